"""VAT: an HT amount, its TVA and its TTC amount must agree to the cent."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping
from decimal import ROUND_HALF_UP, Decimal
from typing import Any

from actlint.act import Act, Amount, Unit, VatRate
from actlint.rule import Finding, Severity, Text, rule

from .money import euros, factor, percent

CENT = Decimal("0.01")
# Rates of metropolitan France, CGI art. 278 to 281 nonies.
METROPOLITAN_RATES = (Decimal(20), Decimal(10), Decimal("5.5"), Decimal("2.1"))
# Beyond this share of the TTC, no rate explains the pair: the amounts may not belong
# together, and the rule stays silent rather than guess.
_INFERENCE_LIMIT = Decimal("0.002")


def vat_of(ht: Decimal, rate: Decimal) -> Decimal:
    return (ht * rate / 100).quantize(CENT, rounding=ROUND_HALF_UP)


@rule(
    code="VAT001", name="vat-arithmetic", severity=Severity.ERROR,
    summary=Text("Montants HT, TVA et TTC incohérents", "HT, VAT and TTC amounts disagree"),
    basis="CGI, art. 266 et 267 (base : le prix hors taxe), art. 278 à 281 nonies (taux) ; "
          "montants de TVA arrondis au centime le plus proche",
)  # fmt: skip
def vat_arithmetic(act: Act, options: Mapping[str, Any]) -> Iterable[Finding]:
    """An HT amount and the TTC amount written with it agree to the cent.

    The TTC amount must equal HT × (1 + rate), rounded half up to the cent; when a
    TVA amount is written between them it must equal HT × rate and HT + TVA must
    equal TTC. The rate is the one written beside the amounts (« TVA 20 % »), or
    else the French rate (20, 10, 5,5 or 2,1 %) that explains the TTC amount; when
    no rate comes close, the amounts may not belong together and nothing is said.

    Pairing: an HT amount is paired with the TTC amount that follows it (or precedes
    it) in the same unit, with at most a TVA amount between them; amounts of other
    units or with another HT amount between them are never paired.

    Rounding policy: a single stated amount leaves no room for rounding, so any gap
    is an error. Only when the HT amount is the sum of several HT lines written in
    the act can rounding line by line explain a gap of up to one cent per line: then
    the finding is a warning.

    Why: the amount committed is what the act says; a TTC amount that does not follow
    from the HT amount makes the commitment ambiguous, and the accounting officer
    (comptable public) may reject the payment.

    Failing example::

        DÉCISION n° 2026-92
        DÉCIDE
        Article 1 : Le montant est fixé à 2 767,72 € HT soit 3 321,27 € TTC.

    Passing example::

        DÉCISION n° 2026-92
        DÉCIDE
        Article 1 : Le montant est fixé à 2 767,72 € HT soit 3 321,26 € TTC.
    """
    lines = _HtLines([a.value for a in act.amounts if a.qualifier == "HT"])
    for unit in act.units:
        amounts = unit.entities.amounts
        for i, ht in enumerate(amounts):
            if ht.qualifier != "HT" or ht.currency != "EUR":
                continue
            pair = _pair(amounts, i)
            if pair is None:
                continue
            tva, ttc = pair
            rate = _stated_rate(unit, ht, ttc) or _inferred_rate(ht.value, ttc.value)
            if rate is None:
                continue
            yield from _check(ht, tva, ttc, rate, lines.adding_up_to(ht.value))


def _pair(amounts: tuple[Amount, ...], i: int) -> tuple[Amount | None, Amount] | None:
    """(TVA, TTC) written with the HT amount at ``i``, if they unambiguously belong to it."""
    for step in (1, -1):
        j = i + step
        tva = None
        if 0 <= j < len(amounts) and amounts[j].qualifier == "TVA":
            tva = amounts[j]
            j += step
        if 0 <= j < len(amounts) and amounts[j].qualifier == "TTC" and amounts[j].currency == "EUR":
            return tva, amounts[j]
    return None


def _stated_rate(unit: Unit, ht: Amount, ttc: Amount) -> tuple[Decimal, str] | None:
    start = min(ht.span.start, ttc.span.start) - 60
    end = max(ht.span.end, ttc.span.end) + 60
    near: list[VatRate] = [r for r in unit.entities.rates if start <= r.span.start <= end]
    if len({r.value for r in near}) != 1:
        return None
    return near[0].value, "stated"


def _inferred_rate(ht: Decimal, ttc: Decimal) -> tuple[Decimal, str] | None:
    if ttc <= 0:
        return None
    best = min(METROPOLITAN_RATES, key=lambda r: abs(ht + vat_of(ht, r) - ttc))
    if abs(ht + vat_of(ht, best) - ttc) > ttc * _INFERENCE_LIMIT:
        return None
    return best, "inferred"


class _HtLines:
    """The HT amounts of an act, to tell whether one of them is the sum of the others."""

    def __init__(self, values: list[Decimal]) -> None:
        self.count = Counter(values)
        self.total = sum(values, Decimal(0))
        self.size = len(values)

    def adding_up_to(self, total: Decimal) -> int:
        """How many other HT amounts add up to ``total`` (0 if they do not)."""
        same = self.count[total]
        others = self.size - same
        return others if others >= 2 and self.total - total * same == total else 0


def _check(
    ht: Amount, tva: Amount | None, ttc: Amount, rate_and_origin: tuple[Decimal, str], lines: int
) -> Iterable[Finding]:
    rate, origin = rate_and_origin
    expected_tva = vat_of(ht.value, rate)
    expected_ttc = ht.value + expected_tva
    why_rate = (
        Text(
            f"taux de {percent(rate)} écrit dans l'acte", f"{percent(rate)} rate written in the act"
        )
        if origin == "stated"
        else Text(
            f"taux de {percent(rate)} : le seul taux français proche des montants écrits",
            f"{percent(rate)} rate: the only French rate close to the written amounts",
        )
    )
    if tva is not None and tva.value != expected_tva:
        gap = tva.value - expected_tva
        yield Finding(
            span=tva.span,
            message=Text(
                f"TVA incohérente : {euros(ht.value)} HT × {percent(rate)} = {euros(expected_tva)}, "
                f"et non {euros(tva.value)} (écart : {euros(abs(gap))})",
                f"VAT amount disagrees: {euros(ht.value)} HT × {percent(rate)} = "
                f"{euros(expected_tva)}, not {euros(tva.value)} (gap: {euros(abs(gap))})",
            ),
            help=Text(f"TVA attendue : {euros(expected_tva)} ; écrite : {euros(tva.value)} ; "
                      f"{why_rate.fr}",
                      f"expected VAT: {euros(expected_tva)}; written: {euros(tva.value)}; "
                      f"{why_rate.en}"),
        )  # fmt: skip
    if ttc.value == expected_ttc:
        return
    gap = ttc.value - expected_ttc
    rounding = lines and abs(gap) <= CENT * lines
    policy = (
        Text(
            f"l'écart peut venir de l'arrondi ligne à ligne des {lines} montants HT",
            f"the gap may come from rounding each of the {lines} HT lines",
        )
        if rounding
        else Text(
            "un montant unique ne laisse pas de place à un écart d'arrondi",
            "a single amount leaves no room for a rounding gap",
        )
    )
    yield Finding(
        span=ttc.span,
        severity=Severity.WARNING if rounding else None,
        message=Text(
            f"montant TTC incohérent : {euros(ht.value)} HT × {factor(rate)} = "
            f"{euros(expected_ttc)} TTC, et non {euros(ttc.value)} (écart : {euros(abs(gap))})",
            f"TTC amount disagrees: {euros(ht.value)} HT × {factor(rate)} = "
            f"{euros(expected_ttc)} TTC, not {euros(ttc.value)} (gap: {euros(abs(gap))})",
        ),
        help=Text(
            f"TTC attendu : {euros(expected_ttc)} ({euros(ht.value)} HT + TVA "
            f"{euros(expected_tva)}) ; écrit : {euros(ttc.value)} ; écart : {euros(abs(gap))} ; "
            f"{why_rate.fr} ; {policy.fr}",
            f"expected TTC: {euros(expected_ttc)} ({euros(ht.value)} HT + VAT "
            f"{euros(expected_tva)}); written: {euros(ttc.value)}; gap: {euros(abs(gap))}; "
            f"{why_rate.en}; {policy.en}",
        ),
    )  # fmt: skip
