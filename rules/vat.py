"""VAT: amounts — VAT arithmetic and rates, amounts in words, formatting — and amounts
against the public procurement thresholds in force (VAT004, VAT005)."""

from __future__ import annotations

import datetime as dt
import re
from bisect import bisect_right
from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal
from itertools import pairwise
from typing import Any

from actlint.api import (
    Act,
    Amount,
    Finding,
    LazyPattern,
    Option,
    Severity,
    Span,
    Text,
    Unit,
    VatRate,
    facts,
    rule,
)

from .support.french import euros, factor, french_date, percent
from .support.reference_data import (
    DEFAULT_TERRITORY,
    TERRITORIES,
    Threshold,
    threshold_rows,
    vat_rates,
)
from .support.restatements import VatPair, act_vat_pairs, single_mentions
from .support.sources import (
    ARITHMETIC,
    EU_THRESHOLDS,
    THRESHOLDS_2026,
    TYPOGRAPHY,
    code_article,
    fact,
    law,
    practice,
)
from .support.written_twice import written_twice

CENT = Decimal("0.01")
ROUNDING_PER_LINE = Option(
    "rounding_per_line", "decimal", "0.01",
    doc=Text("écart toléré par ligne quand un total HT additionne des lignes arrondies (en euros)",
             "difference tolerated per line when an HT total adds rounded lines (in euros)"),
)  # fmt: skip
# « auto »: the territory the act shows (its heading, postcodes, stamp), else metropole.
AUTO = "auto"
TERRITORY = Option(
    "territory", "string", AUTO, choices=(AUTO, *TERRITORIES), setting=True,
    doc=Text("territoire dont les taux de TVA s'appliquent ; « auto » : celui que l'acte "
             f"indique (en-tête, codes postaux, tampon), sinon {DEFAULT_TERRITORY}",
             "territory whose VAT rates apply; « auto »: the one the act shows (heading, "
             f"postcodes, stamp), else {DEFAULT_TERRITORY}"),
)  # fmt: skip
# Beyond this share of the TTC, no rate explains the pair: the amounts may not belong
# together, and the rule stays silent rather than guess.
_INFERENCE_LIMIT = Decimal("0.002")


def territory_of(act: Act, options: Mapping[str, Any]) -> str:
    """The territory whose rates apply: the configured one, or the act's own."""
    configured = str(options.get("territory", AUTO))
    if configured != AUTO:
        return configured
    return facts(act).territory or DEFAULT_TERRITORY


def vat_of(ht: Decimal, rate: Decimal) -> Decimal:
    return (ht * rate / 100).quantize(CENT, rounding=ROUND_HALF_UP)


def explains(ht: Decimal, ttc: Decimal, rate: Decimal) -> bool:
    """Whether the rate relates the HT and TTC amounts, give or take a slip of the pen."""
    return ht > 0 and abs(ht + vat_of(ht, rate) - ttc) <= ttc * _INFERENCE_LIMIT


@rule(
    code="VAT001", name="vat-arithmetic", severity=Severity.ERROR,
    summary=Text("Montants HT, TVA et TTC incohérents", "HT, VAT and TTC amounts disagree"),
    basis=law(Text("la TVA se calcule sur le prix hors taxe au taux applicable ; l'usage arrondit "
              "au centime le plus proche",
              "VAT is computed on the price before tax at the applicable rate; usage rounds to "
              "the nearest cent"), code_article("CGI", "266", "267", "278")),
    options=(TERRITORY, ROUNDING_PER_LINE),
)  # fmt: skip
def vat_arithmetic(act: Act, options: Mapping[str, Any]) -> Iterable[Finding]:
    """An HT amount and the TTC amount written with it agree to the cent.

    The TTC amount must equal HT × (1 + rate), rounded half up to the cent; when a
    TVA amount is written between them it must equal HT × rate and HT + TVA must
    equal TTC. The rate is the one written beside the amounts (« TVA 20 % »), or
    else the rate of the territory (option ``territory``, by default the act's own, else
    ``metropole``: 20, 10, 5,5 or 2,1 %) that explains the TTC amount.

    Pairing: an HT amount is paired with the TTC amount of the same sentence that
    restates it, next to it with at most a TVA amount between them; each amount is in
    one pair at most, and a sum also written in words counts once. The pair is certain
    when nothing but connectors stands between them (« soit », « ( », « / », « et »,
    « TVA à 20 % : », the label of a table row); then a TTC amount no rate explains is
    VAT007's. Amounts of one sentence joined by other words (« pour l'autre lot », « le
    taux horaire ») are judged only when a rate relates them within 0,2 %: otherwise
    they may be two prices and nothing is said. Amounts of other sentences or units are
    never paired, and neither are lists (« 100 € HT et 200 € HT, soit respectivement
    120 € TTC et 240 € TTC »).

    Rounding policy: exact to the cent is fine. A single stated amount leaves no room
    for rounding. Only when the HT amount is the sum of several HT lines written in the
    act can rounding line by line explain a gap of up to ``rounding_per_line`` (default
    0,01 €) per line.

    Why: the VAT base is the price before tax, and the tax is that base times the rate
    (CGI, art. 266 and 267; rates, art. 278 to 281 nonies), rounded to the nearest cent.
    A TTC amount that does not follow from the HT amount makes the commitment ambiguous,
    and the accounting officer (comptable public) may reject the payment.

    Severity: an error: the act states an amount that arithmetic contradicts. A warning
    when the HT amount is the sum of HT lines written in the act and the gap stays within
    rounding each line (``rounding_per_line`` per line).

    Contrôle : un montant HT et le montant TTC écrit avec lui concordent au centime près.

    Le montant TTC doit être égal au montant HT × (1 + taux), arrondi au centime le plus
    proche ; lorsqu'un montant de TVA est écrit entre eux, il doit être égal au montant
    HT × taux, et HT + TVA doit être égal au TTC. Le taux est celui que l'acte écrit à côté
    des montants (« TVA 20 % »), ou à défaut le taux du territoire (option ``territory`` :
    par défaut celui de l'acte, sinon ``metropole`` : 20, 10, 5,5 ou 2,1 %) qui explique le
    montant TTC.

    Appariement : un montant HT est apparié au montant TTC de la même phrase qui le
    reprend, placé à côté de lui, avec au plus un montant de TVA entre eux ; chaque montant
    entre dans une paire au plus, et une somme écrite aussi en lettres ne compte qu'une
    fois. La paire est certaine lorsque seuls des mots de liaison les séparent (« soit »,
    « ( », « / », « et », « TVA à 20 % : », le libellé d'une ligne de tableau) ; un montant
    TTC qu'aucun taux n'explique relève alors de VAT007. Des montants d'une même phrase
    reliés par d'autres mots (« pour l'autre lot », « le taux horaire ») ne sont contrôlés
    que si un taux les relie à 0,2 % près : sinon il peut s'agir de deux prix, et rien
    n'est signalé. Les montants de phrases ou d'unités différentes ne sont jamais
    appariés, non plus que les énumérations (« 100 € HT et 200 € HT, soit respectivement
    120 € TTC et 240 € TTC »).

    Arrondi : l'exactitude au centime est la règle. Un montant unique ne laisse aucune
    place à l'arrondi. Ce n'est que lorsque le montant HT est la somme de plusieurs lignes
    HT écrites dans l'acte que l'arrondi ligne à ligne peut expliquer un écart allant
    jusqu'à ``rounding_per_line`` (0,01 € par défaut) par ligne.

    Pourquoi : la base de la TVA est le prix hors taxe, et la taxe est cette base
    multipliée par le taux (CGI, art. 266 et 267 ; taux, art. 278 à 281 nonies), arrondie
    au centime le plus proche. Un montant TTC qui ne découle pas du montant HT rend
    l'engagement ambigu, et le comptable public peut rejeter le paiement.

    Gravité : erreur : l'acte énonce un montant que le calcul contredit. Avertissement
    lorsque le montant HT est la somme de lignes HT écrites dans l'acte et que l'écart
    reste dans la marge de l'arrondi ligne à ligne (``rounding_per_line`` par ligne).

    Failing example::

        DÉCISION n° 2026-92
        DÉCIDE
        Article 1 : Le montant est fixé à 2 767,72 € HT soit 3 321,27 € TTC.

    Passing example::

        DÉCISION n° 2026-92
        DÉCIDE
        Article 1 : Le montant est fixé à 2 767,72 € HT soit 3 321,26 € TTC.
    """
    rates, _ = vat_rates(territory_of(act, options))
    per_line = Decimal(str(options.get("rounding_per_line", "0.01")))
    lines = _HtLines(
        [a.value for a in single_mentions(act.amounts, act.text) if a.qualifier == "HT"]
    )
    for unit, pair in act_vat_pairs(act):
        rate = _stated_rate(unit, pair.ht, pair.ttc) or _inferred_rate(
            pair.ht.value, pair.ttc.value, rates
        )
        if rate is None or not (pair.certain or explains(pair.ht.value, pair.ttc.value, rate[0])):
            continue  # amounts of one sentence that no rate relates may be two prices
        yield from _check(pair, rate, lines.adding_up_to(pair.ht.value), per_line)


def _stated_rate(unit: Unit, ht: Amount, ttc: Amount) -> tuple[Decimal, str] | None:
    start = min(ht.span.start, ttc.span.start) - 60
    end = max(ht.span.end, ttc.span.end) + 60
    near: list[VatRate] = [r for r in unit.entities.rates if start <= r.span.start <= end]
    if len({r.value for r in near}) != 1:
        return None
    return near[0].value, "stated"


def _inferred_rate(
    ht: Decimal, ttc: Decimal, rates: tuple[Decimal, ...]
) -> tuple[Decimal, str] | None:
    if ttc <= 0:
        return None
    for rate in rates:
        if ht + vat_of(ht, rate) == ttc:
            return rate, "inferred"  # the usual case: exact at the first rates tried
    gaps = {rate: abs(ht + vat_of(ht, rate) - ttc) for rate in (Decimal(0), *rates)}
    best = min(gaps, key=gaps.__getitem__)
    return (best, "inferred") if ht > 0 and gaps[best] <= ttc * _INFERENCE_LIMIT else None


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
    pair: VatPair, rate_and_origin: tuple[Decimal, str], lines: int, per_line: Decimal
) -> Iterable[Finding]:
    ht, tva, ttc = pair.ht, pair.tva, pair.ttc
    rate, origin = rate_and_origin
    expected_tva = vat_of(ht.value, rate)
    expected_ttc = ht.value + expected_tva
    wrong_tva = tva is not None and tva.value != expected_tva
    if not wrong_tva and ttc.value == expected_ttc:
        return  # the usual case: nothing to say, nothing to format
    ht_, vat_, pct = euros(ht.value), euros(expected_tva), percent(rate)
    why_rate = (
        Text(f"taux de {pct} écrit dans l'acte", f"{pct} rate written in the act")
        if origin == "stated"
        else Text(
            f"taux de {pct} : le taux applicable le plus proche des montants écrits",
            f"{pct} rate: the applicable rate closest to the written amounts",
        )
    )
    if tva is not None and wrong_tva:
        written, gap = euros(tva.value), euros(abs(tva.value - expected_tva))
        yield Finding(
            span=tva.span,
            message=Text(
                f"TVA incohérente : {ht_} HT × {pct} = {vat_}, et non {written} (écart : {gap})",
                f"VAT amount disagrees: {ht_} HT × {pct} = {vat_}, not {written} (gap: {gap})",
            ),
            help=Text(f"TVA attendue : {vat_} ; écrite : {written} ; {why_rate.fr}",
                      f"expected VAT: {vat_}; written: {written}; {why_rate.en}"),
        )  # fmt: skip
    if ttc.value == expected_ttc:
        return
    rounding = lines and abs(ttc.value - expected_ttc) <= per_line * lines
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
    ttc_, written, gap = euros(expected_ttc), euros(ttc.value), euros(abs(ttc.value - expected_ttc))
    yield Finding(
        span=ttc.span,
        severity=Severity.WARNING if rounding else None,
        message=Text(
            f"montant TTC incohérent : {ht_} HT × {factor(rate)} = {ttc_} TTC, et non {written} "
            f"(écart : {gap})",
            f"TTC amount disagrees: {ht_} HT × {factor(rate)} = {ttc_} TTC, not {written} "
            f"(gap: {gap})",
        ),
        help=Text(
            f"TTC attendu : {ttc_} ({ht_} HT + TVA {vat_}) ; écrit : {written} ; écart : {gap} ; "
            f"{why_rate.fr} ; {policy.fr}",
            f"expected TTC: {ttc_} ({ht_} HT + VAT {vat_}); written: {written}; gap: {gap}; "
            f"{why_rate.en}; {policy.en}",
        ),
    )


@rule(
    code="VAT007", name="vat-rate-implied", severity=Severity.WARNING,
    summary=Text("Aucun taux de TVA ne relie le HT et le TTC",
                 "No VAT rate relates the HT and TTC amounts"),
    basis=law(Text("le TTC est le HT augmenté de la TVA à l'un des taux applicables",
              "the TTC amount is the HT amount plus VAT at one of the applicable rates"),
    code_article("CGI", "266", "267", "278")),
    options=(TERRITORY,),
)  # fmt: skip
def vat_rate_implied(act: Act, options: Mapping[str, Any]) -> Iterable[Finding]:
    """An HT amount and the TTC amount restating it, with no rate written, imply a VAT
    rate that is no rate of the territory (« 8 000,00 € HT soit 9 800,00 € TTC »: 22,5 %).

    Only pairs whose link is certain are judged: the TTC amount follows (or precedes) the
    HT amount with nothing but connectors between them (« soit », « ( », « / », « TTC »
    right after, a TVA amount and its rate); two amounts of one sentence joined by other
    words (« pour l'autre lot », « le taux horaire ») may be two prices. When a rate is
    written, VAT001 checks the amounts against it. The rates tried are those of the
    territory (option ``territory``, by default the act's own, else ``metropole``) and
    0 %; a rate of another territory that fits is named.

    Why: the TTC amount the act commits must follow from the HT amount at a rate that
    exists in the territory (CGI, art. 266 and 267 for the base; art. 278 to 281 nonies,
    296 and 297 for the rates); otherwise one of the two amounts is wrong and the
    commitment is ambiguous.

    Severity: a warning: a price that mixes goods at different rates (works at 10 % and
    supplies at 20 %) gives a TTC amount between two rates, which only a breakdown by
    rate would show. A TTC amount lower than the HT amount is impossible: an error.

    Contrôle : un montant HT et le montant TTC qui le reprend, sans taux écrit, supposent
    un taux de TVA qui n'est pas un taux du territoire (« 8 000,00 € HT soit 9 800,00 €
    TTC » : 22,5 %).

    Seules les paires dont le lien est certain sont contrôlées : le montant TTC suit (ou
    précède) le montant HT sans autre chose entre eux que des mots de liaison (« soit »,
    « ( », « / », « TTC » juste après, un montant de TVA et son taux) ; deux montants d'une
    même phrase reliés par d'autres mots (« pour l'autre lot », « le taux horaire »)
    peuvent être deux prix. Lorsqu'un taux est écrit, VAT001 contrôle les montants au
    regard de ce taux. Les taux essayés sont ceux du territoire (option ``territory`` : par
    défaut celui de l'acte, sinon ``metropole``) et 0 % ; un taux d'un autre territoire
    qui convient est nommé.

    Pourquoi : le montant TTC que l'acte engage doit découler du montant HT à un taux qui
    existe sur le territoire (CGI, art. 266 et 267 pour la base ; art. 278 à 281 nonies,
    296 et 297 pour les taux) ; à défaut, l'un des deux montants est faux et l'engagement
    est ambigu.

    Gravité : avertissement : un prix qui mêle des biens à des taux différents (travaux à
    10 % et fournitures à 20 %) donne un montant TTC entre deux taux, que seule une
    ventilation par taux ferait apparaître. Un montant TTC inférieur au montant HT est
    impossible : erreur.

    Failing example::

        DÉCISION n° 2026-7
        DÉCIDE
        Article 1 : Le montant est fixé à 8 000,00 € HT soit 9 800,00 € TTC.

    Passing example::

        DÉCISION n° 2026-7
        DÉCIDE
        Article 1 : Le montant est fixé à 8 000,00 € HT soit 9 600,00 € TTC.
    """
    territory = territory_of(act, options)
    rates, _ = vat_rates(territory)
    for unit, pair in act_vat_pairs(act):
        ht, ttc = pair.ht.value, pair.ttc.value
        if not pair.certain or ht <= 0 or _stated_rate(unit, pair.ht, pair.ttc):
            continue
        if _inferred_rate(ht, ttc, rates) is not None:
            continue
        yield _implied_rate_finding(pair, territory, rates)


def _implied_rate_finding(pair: VatPair, territory: str, rates: tuple[Decimal, ...]) -> Finding:
    ht, ttc = pair.ht.value, pair.ttc.value
    implied = ((ttc - ht) / ht * 100).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)
    tried = ", ".join(percent(r) for r in (*rates, Decimal(0)))
    ht_, ttc_ = euros(ht), euros(ttc)
    elsewhere = [t for t in TERRITORIES if t != territory
                 and any(explains(ht, ttc, r) for r in vat_rates(t)[0])]  # fmt: skip
    other = (
        Text(f" ; ce taux est celui de : {', '.join(elsewhere)} (option territory)",
             f"; that rate is the one of: {', '.join(elsewhere)} (option territory)")
        if elsewhere else Text("", "")
    )  # fmt: skip
    if ttc < ht:
        return Finding(
            span=pair.ttc.span,
            severity=Severity.ERROR,
            message=Text(f"montant TTC ({ttc_}) inférieur au montant HT ({ht_})",
                         f"TTC amount ({ttc_}) lower than the HT amount ({ht_})"),
            help=Text("un montant toutes taxes comprises ne peut être inférieur au montant "
                      "hors taxes : l'un des deux est faux",
                      "an amount tax included cannot be lower than the amount before tax: "
                      "one of the two is wrong"),
        )  # fmt: skip
    return Finding(
        span=pair.ttc.span,
        message=Text(
            f"{ht_} HT et {ttc_} TTC supposent une TVA de {percent(implied)}, qui n'est pas un "
            f"taux applicable en {territory} (taux essayés : {tried})",
            f"{ht_} HT and {ttc_} TTC imply a VAT rate of {percent(implied)}, not a rate of "
            f"{territory} (rates tried: {tried})",
        ),
        help=Text(
            "vérifier les deux montants ; si le prix mêle plusieurs taux, détailler la TVA par "
            f"taux{other.fr}",
            f"check both amounts; if the price mixes several rates, give the VAT per rate"
            f"{other.en}",
        ),
    )


# A line that states a total: « Total », « Total HT », « Montant total », « Sous-total ».
_TOTAL_LABEL = LazyPattern(r"(?i:\btotal\b)")
_SUBTOTAL_LABEL = LazyPattern(r"(?i:sous[- ]total)")
# In a sentence: « …, soit un total de », « pour un montant total de », « au total ».
_TOTAL_IN_SENTENCE = LazyPattern(
    r"(?i:(?:soit|pour|d['’]un|à)\s+(?:un|le)?\s*(?:montant\s+)?total\s+(?:\w+\s+)?(?:de\s+)?"
    r"|au\s+total\s*:?\s*)$"
)
# What makes the amounts of a sentence not add up by nature: per-period prices,
# a shared split, a part of another amount.
_NOT_ADDED = LazyPattern(
    r"(?i:\bpar\s+(?:an|mois|jour|heure|semaine|trimestre|personne|enfant|m)|/\s*(?:an|mois|jour|h)"
    r"|mensuel|annuel|horaire|respectivement|\bdont\b|\bchacun)"
)


@rule(
    code="VAT008", name="amount-sum", severity=Severity.ERROR,
    summary=Text("Les montants n'atteignent pas le total indiqué",
                 "Amounts do not add up to the stated total"),
    basis=fact(Text("un total est la somme des montants qu'il clôt",
               "a total is the sum of the amounts it closes"), ARITHMETIC),
)  # fmt: skip
def amount_sum(act: Act, options: Mapping[str, Any]) -> Iterable[Finding]:
    """The lines of an amount table (lots, a financing plan, a budget) do not add up to
    the « Total » line that closes them, or the amounts of a sentence do not add up to
    the total it states (« 100 € HT ; 200 € HT ; soit un total de 350 € HT »).

    A table is a run of consecutive lines that each hold the same number of amounts as
    the total line (one per column: HT and TTC columns are added apart); it starts
    after the last line that holds no amount, another number of amounts, or another
    total (a « Sous-total » line counts as a line standing for those above it). Only
    amounts with the total's qualifier (HT, TTC) or none are added; a sum written in
    words too counts once. A table may open with the amount its lines share out
    (« Dépense subventionnable : 100 000 € » above the shares): when the lines below it
    make the total, nothing is said, and otherwise only they are added. Sentences with
    prices per period (« par mois »), a « dont » or « respectivement » are not judged.

    Why: a total is the sum of the lines it closes; a total that its lines contradict
    leaves the amount committed uncertain, and the accounting officer may reject the
    payment. Arithmetic is enough to see it; no particular text is needed.

    Severity: an error for a table closed by a « Total » line, where what is added is
    certain. A warning for a total stated in a sentence (« soit un total de », « pour un
    montant total de »), where an amount of the sentence might not be part of it; for a
    table that opens with the amount its lines share out; and when the gap is within
    0,01 € per line, which rounding each line (percentages of a plan) may explain.

    Contrôle : les lignes d'un tableau de montants (lots, plan de financement, budget) ne
    donnent pas la ligne « Total » qui les clôt, ou les montants d'une phrase ne donnent
    pas le total qu'elle énonce (« 100 € HT ; 200 € HT ; soit un total de 350 € HT »).

    Un tableau est une suite de lignes consécutives qui portent chacune autant de montants
    que la ligne du total (un par colonne : les colonnes HT et TTC sont additionnées
    séparément) ; il commence après la dernière ligne qui ne porte aucun montant, un autre
    nombre de montants ou un autre total (une ligne « Sous-total » compte comme une ligne
    qui tient lieu de celles qui la précèdent). Seuls les montants de même qualificatif
    que le total (HT, TTC) ou sans qualificatif sont additionnés ; une somme écrite aussi
    en lettres ne compte qu'une fois. Un tableau peut s'ouvrir sur le montant que ses
    lignes répartissent (« Dépense subventionnable : 100 000 € » au-dessus des parts) :
    lorsque les lignes qui le suivent donnent le total, rien n'est signalé, et sinon
    seules ces lignes sont additionnées. Les phrases qui portent des prix par période
    (« par mois »), un « dont » ou « respectivement » ne sont pas contrôlées.

    Pourquoi : un total est la somme des lignes qu'il clôt ; un total que ses lignes
    contredisent laisse incertain le montant engagé, et le comptable public peut rejeter
    le paiement. Le calcul suffit à le constater ; aucun texte particulier n'est
    nécessaire.

    Gravité : erreur pour un tableau clos par une ligne « Total », où ce qui est
    additionné est certain. Avertissement pour un total énoncé dans une phrase (« soit un
    total de », « pour un montant total de »), où un montant de la phrase peut ne pas en
    faire partie ; pour un tableau qui s'ouvre sur le montant que ses lignes répartissent ;
    et lorsque l'écart ne dépasse pas 0,01 € par ligne, ce que l'arrondi de chaque ligne
    (pourcentages d'un plan) peut expliquer.

    Failing example::

        DÉLIBÉRATION n° 2026-12
        Article 1 : Le plan de financement est le suivant :
        État (DETR) : 40 000,00 € HT
        Région : 30 000,00 € HT
        Commune : 30 000,00 € HT
        Total : 110 000,00 € HT

    Passing example::

        DÉLIBÉRATION n° 2026-12
        Article 1 : Le plan de financement est le suivant :
        État (DETR) : 40 000,00 € HT
        Région : 30 000,00 € HT
        Commune : 30 000,00 € HT
        Total : 100 000,00 € HT
    """
    for unit in act.units:
        mentions = [a for a in single_mentions(unit.entities.amounts, act.text)
                    if a.currency == "EUR"]  # fmt: skip
        if len(mentions) < 3:
            continue
        rows = _rows(unit, mentions)
        for index in range(len(rows)):
            yield from _table_total(act.text, rows, index)
        yield from _sentence_totals(act.text, mentions)


def _rows(unit: Unit, mentions: list[Amount]) -> list[tuple[Span, list[Amount]]]:
    """Each line of the unit with the amounts written on it."""
    lines = unit.line_spans
    rows: list[tuple[Span, list[Amount]]] = [(line, []) for line in lines]
    starts = [line.start for line in lines]
    for amount in mentions:
        rows[max(0, bisect_right(starts, amount.span.start) - 1)][1].append(amount)
    return rows


def _label(text: str, line: Span, first: Amount) -> str:
    return text[line.start : first.span.start]


# A table row: a short label, then its amounts with at most a short note between and
# after them (« (40 %) », « HT »); prose lines that happen to hold one amount are longer.
_LABEL_REACH = 60
_NOTE_REACH = 20


def _tabular(text: str, line: Span, amounts: list[Amount]) -> bool:
    if len(_label(text, line, amounts[0])) > _LABEL_REACH:
        return False
    ends = [a.span.end for a in amounts]
    starts = [a.span.start for a in amounts[1:]] + [line.end]
    return all(start - end <= _NOTE_REACH for end, start in zip(ends, starts, strict=True))


def _table_total(text: str, rows: list[tuple[Span, list[Amount]]], index: int) -> Iterable[Finding]:
    line, totals = rows[index]
    if not totals or not _TOTAL_LABEL.search(_label(text, line, totals[0])):
        return
    if not _tabular(text, line, totals):
        return
    items: list[list[Amount]] = []
    for above, amounts in reversed(rows[:index]):
        if len(amounts) != len(totals) or not _tabular(text, above, amounts):
            break
        label = _label(text, above, amounts[0])
        if _TOTAL_LABEL.search(label) and not _SUBTOTAL_LABEL.search(label):
            break
        items.append(amounts)
        if _SUBTOTAL_LABEL.search(label):
            break
    if len(items) < 2:
        return
    items.reverse()
    for column, total in enumerate(totals):
        yield from _column_total(total, [row[column] for row in items])


def _column_total(total: Amount, added: list[Amount]) -> Iterable[Finding]:
    """« Coût HT : 100 000 € / État : 40 000 € / Commune : 60 000 € / Total : 100 000 € »:
    the table may open with the amount the other lines share out. Lines below it that
    make the total are a table that adds up; otherwise only the lines below it are
    judged, and the structure is no longer certain."""
    values = [a.value for a in added]
    if any(sum(values[k:], Decimal(0)) == total.value for k in range(len(values) - 1)):
        return
    heads = [k for k, value in enumerate(values) if value == total.value]
    if heads:
        parts = added[heads[-1] + 1 :]
        if len(parts) >= 2:
            yield from _sum_finding(total, parts, certain=False)
        return
    yield from _sum_finding(total, added, certain=True)


def _sentence_totals(text: str, mentions: list[Amount]) -> Iterable[Finding]:
    for i, total in enumerate(mentions):
        if not _stated_total(text, total):
            continue
        first = i
        while first > 0 and not (
            _SENTENCE_END.search(text, mentions[first - 1].span.end, mentions[first].span.start)
            or _stated_total(text, mentions[first - 1])
        ):
            first -= 1
        added = mentions[first:i]
        sentence = (mentions[first].span.start, total.span.end + 20) if added else (0, 0)
        if len(added) < 2 or _NOT_ADDED.search(text, *sentence):
            continue
        yield from _sum_finding(total, added, certain=False)


def _stated_total(text: str, amount: Amount) -> bool:
    return bool(_TOTAL_IN_SENTENCE.search(text, max(0, amount.span.start - 60), amount.span.start))


# A full stop before a capital, a blank line, or a new bullet or enacting line ends a
# sentence; a semicolon does not, as lists of lots run through them.
_SENTENCE_END = LazyPattern(r"\.\s+[A-ZÉÈÀ]|\n\s*\n|\n\s*(?:[-•>*]|\d+°)")


def _sum_finding(total: Amount, added: list[Amount], certain: bool) -> Iterable[Finding]:
    if any(a.qualifier not in (None, total.qualifier) for a in added):
        return
    if total.qualifier is None and len({a.qualifier for a in added}) > 1:
        return
    value = sum((a.value for a in added), Decimal(0))
    gap = abs(value - total.value)
    if not gap:
        return
    rounding = gap <= CENT * len(added)
    terms = " + ".join(euros(a.value) for a in added)
    yield Finding(
        span=total.span,
        severity=Severity.ERROR if certain and not rounding else Severity.WARNING,
        message=Text(
            f"total incohérent : {terms} = {euros(value)}, et non {euros(total.value)} "
            f"(écart : {euros(gap)})",
            f"total disagrees: {terms} = {euros(value)}, not {euros(total.value)} "
            f"(gap: {euros(gap)})",
        ),
        help=Text(
            ("l'écart peut venir de l'arrondi de chaque ligne ; " if rounding else "")
            + ("corriger le total ou l'une des lignes" if certain else
               "vérifier que ces montants forment bien le total, puis corriger"),
            ("the gap may come from rounding each line; " if rounding else "")
            + ("correct the total or one of the lines" if certain else
               "check that these amounts do make up the total, then correct"),
        ),
    )  # fmt: skip


_NUMBER = r"\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?:,\d+)?|\d+(?:[,.]\d+)?"
# « 12 500,00 € × 1,055 = », « 1 000 € HT x 12 mois = », « 250 € * 20 % = »
_PRODUCT = LazyPattern(
    rf"\s*[×xX*]\s*(?P<factor>{_NUMBER})\s*(?P<percent>%)?\s*(?:[^\W\d_]+\s*){{0,2}}=\s*"
)
# « 20 % de 1 000 € », « 50 % du montant HT de 130 000 € », « 10 % sur 2 000 € »
_PERCENT_OF = LazyPattern(
    rf"(?P<percent>{_NUMBER})[^\S\n]?%\s+(?:de|du|d['’]un|sur)\s+"
    r"(?:(?:la|le|l['’])?\s*(?:montant|somme|co[uû]t|prix|total|dépense|base)s?"
    r"(?:\s+[^\W\d_]+){0,2}\s+(?:de\s+)?)?$"
)
_PERCENT_RESULT = LazyPattern(
    r"\s*\)?\s*,?\s*(?:soit|=|:)\s*(?:(?:un\s+montant|une\s+somme|la\s+somme|un\s+total)"
    r"(?:\s+de)?\s*)?"
)
# The act says how the result is rounded: then a result to the euro is what it asks.
_ROUNDED_TO_EURO = LazyPattern(r"(?i:arrondi\w*\s+(?:à\s+l['’]euro|à\s+l['’]unité))")


@rule(
    code="VAT009", name="amount-computation", severity=Severity.ERROR,
    summary=Text("Calcul écrit dans l'acte inexact", "Computation written in the act is wrong"),
    basis=fact(Text("le résultat d'un calcul écrit dans l'acte est celui du calcul",
               "the result of a computation written in the act is that of the computation"),
     ARITHMETIC),
)  # fmt: skip
def amount_computation(act: Act, options: Mapping[str, Any]) -> Iterable[Finding]:
    """A product or a percentage written out in the act, whose result is wrong:
    « 12 500,00 € × 1,055 = 13 187,00 € » (13 187,50 €), « 20 % de 1 000 € soit 250 € »
    (200 €).

    Only computations written out in full are judged: an amount, « × » (or « x », « * »)
    and a factor (« 1,055 », « 12 mois », « 20 % »), « = » and the result; or a
    percentage « de » an amount, then « soit », « = » or « : » and the result. The result
    must be the exact value rounded half up to the cent; a result in whole euros is also
    right when the exact value rounded half up to the euro gives it, and, when the act
    says it rounds to the euro, rounded up or down.

    Why: a computation the act states is a fact it asserts, which arithmetic verifies
    without any text; a wrong result makes the amount committed uncertain.

    Severity: an error: the act states a result that the computation it writes out
    contradicts.

    Contrôle : un produit ou un pourcentage posé dans l'acte, dont le résultat est faux :
    « 12 500,00 € × 1,055 = 13 187,00 € » (13 187,50 €), « 20 % de 1 000 € soit 250 € »
    (200 €).

    Seuls les calculs posés en entier sont contrôlés : un montant, « × » (ou « x », « * »)
    et un facteur (« 1,055 », « 12 mois », « 20 % »), « = » et le résultat ; ou un
    pourcentage « de » un montant, puis « soit », « = » ou « : » et le résultat. Le
    résultat doit être la valeur exacte arrondie au centime le plus proche ; un résultat
    en euros entiers est aussi exact lorsque la valeur exacte arrondie à l'euro le plus
    proche le donne et, lorsque l'acte indique qu'il arrondit à l'euro, arrondie à l'euro
    supérieur ou inférieur.

    Pourquoi : un calcul que l'acte énonce est un fait qu'il affirme, que le calcul
    vérifie sans qu'aucun texte soit nécessaire ; un résultat faux rend incertain le
    montant engagé.

    Gravité : erreur : l'acte énonce un résultat que le calcul qu'il pose contredit.

    Failing example::

        DÉCISION n° 2026-9
        DÉCIDE
        Article 1 : La participation est de 20 % de 1 000,00 € soit 250,00 €.

    Passing example::

        DÉCISION n° 2026-9
        DÉCIDE
        Article 1 : La participation est de 20 % de 1 000,00 € soit 200,00 €.
    """
    text = act.text
    for unit in act.units:
        mentions = [a for a in single_mentions(unit.entities.amounts, text)
                    if a.currency == "EUR"]  # fmt: skip
        to_euro = bool(_ROUNDED_TO_EURO.search(unit.text))
        for operand, result in pairwise(mentions):
            computed = _computed(text, operand, result)
            if computed is None:
                continue
            exact, written_as = computed
            if _rounds_to(exact, result.value, to_euro):
                continue
            expected = exact.quantize(CENT, rounding=ROUND_HALF_UP)
            gap = euros(abs(expected - result.value))
            yield Finding(
                span=result.span,
                message=Text(
                    f"calcul inexact : {written_as.fr} = {euros(expected)}, et non "
                    f"{euros(result.value)} (écart : {gap})",
                    f"wrong computation: {written_as.en} = {euros(expected)}, not "
                    f"{euros(result.value)} (gap: {gap})",
                ),
                help=Text("corriger le résultat ou les termes du calcul",
                          "correct the result or the terms of the computation"),
            )  # fmt: skip


def _computed(text: str, operand: Amount, result: Amount) -> tuple[Decimal, Text] | None:
    """The exact result of the computation written from ``operand`` to ``result``, and
    how to write it, or None when no computation is written there."""
    between = (operand.span.end, result.span.start)
    product = _PRODUCT.fullmatch(text, *between)
    if product:
        factor = _decimal(product["factor"])
        if product["percent"]:
            factor /= 100
        shown = product["factor"] + (" %" if product["percent"] else "")
        words = f"{euros(operand.value)} × {shown}"
        return operand.value * factor, Text(words, words)
    if operand.qualifier and result.qualifier and operand.qualifier != result.qualifier:
        return None  # « 30 % de 10 000 € HT, soit 3 600 € TTC »: a share, then its tax
    percent_of = _PERCENT_OF.search(text, max(0, operand.span.start - 60), operand.span.start)
    if percent_of and _PERCENT_RESULT.fullmatch(text, *between):
        rate = _decimal(percent_of["percent"])
        return operand.value * rate / 100, Text(
            f"{percent(rate)} de {euros(operand.value)}",
            f"{percent(rate)} of {euros(operand.value)}",
        )
    return None


def _decimal(number: str) -> Decimal:
    return Decimal(re.sub(r"[ \u00a0\u202f]", "", number).replace(",", "."))


def _rounds_to(exact: Decimal, written: Decimal, to_euro: bool) -> bool:
    if written == exact.quantize(CENT, rounding=ROUND_HALF_UP):
        return True
    if written != written.to_integral_value():
        return False
    if written == exact.quantize(Decimal(1), rounding=ROUND_HALF_UP):
        return True
    return to_euro and abs(written - exact) < 1


@rule(
    code="VAT002", name="vat-rate", severity=Severity.WARNING,
    summary=Text("Taux de TVA inconnu sur le territoire", "VAT rate unknown in the territory"),
    basis=law(Text("taux de TVA de la métropole, de la Corse et des départements d'outre-mer ; pas "
              "de TVA en Guyane ni à Mayotte",
              "VAT rates of metropolitan France, Corsica and the overseas départements; no VAT "
              "in Guyane and Mayotte"),
    code_article("CGI", "278 à 281 nonies", "294-1", "296", "296 bis", "297")),
    options=(TERRITORY,),
)  # fmt: skip
def vat_rate(act: Act, options: Mapping[str, Any]) -> Iterable[Finding]:
    """A VAT rate written in the act (« TVA à 19,6 % ») is not a rate of the territory.

    The territory is the option ``territory``: ``auto`` (default: the territory the act
    shows by its heading, postcodes or stamp, else ``metropole``), ``metropole``,
    ``corse``, ``guadeloupe``, ``martinique``, ``reunion``, ``guyane`` or ``mayotte``; the
    rates of each, with their sources, are in ``rules/data/vat_rates.toml`` (in Corsica,
    20 %, 10 % and 5,5 % and the particular rates of 13 %, 10 %, 2,1 % and 0,9 %). 0 %
    (exempt) is always accepted.

    Why: VAT rates are set by the CGI for each territory (art. 278 to 281 nonies in
    metropolitan France, 297 in Corsica, 296 and 296 bis in Guadeloupe, Martinique and
    La Réunion; no VAT in Guyane and Mayotte, art. 294-1). A rate that does not exist
    there (an old 19,6 %, a rate of another territory) means the TTC amount, and so the
    commitment, is wrong.

    Severity: a warning: the rate may still be right for a case the table does not hold
    (a contract of a year when another rate applied, a particular regime), so the finding
    asks for a check.

    Contrôle : un taux de TVA écrit dans l'acte (« TVA à 19,6 % ») n'est pas un taux du
    territoire.

    Le territoire est l'option ``territory`` : ``auto`` (par défaut : le territoire que
    l'acte indique par son en-tête, ses codes postaux ou son tampon, sinon ``metropole``),
    ``metropole``, ``corse``, ``guadeloupe``, ``martinique``, ``reunion``, ``guyane`` ou
    ``mayotte`` ; les taux de chacun, avec leurs sources, figurent dans
    ``rules/data/vat_rates.toml`` (en Corse, 20 %, 10 % et 5,5 %, et les taux particuliers
    de 13 %, 10 %, 2,1 % et 0,9 %). Le taux de 0 % (exonération) est toujours admis.

    Pourquoi : les taux de TVA sont fixés par le CGI pour chaque territoire (art. 278 à
    281 nonies en métropole, 297 en Corse, 296 et 296 bis en Guadeloupe, en Martinique et à
    La Réunion ; pas de TVA en Guyane ni à Mayotte, art. 294-1). Un taux qui n'y existe
    pas (un ancien 19,6 %, le taux d'un autre territoire) signifie que le montant TTC, et
    donc l'engagement, est faux.

    Gravité : avertissement : le taux peut être exact dans un cas que la table ne prévoit
    pas (un contrat d'une année où un autre taux s'appliquait, un régime particulier) ; le
    constat appelle une vérification.

    Failing example::

        DÉCISION n° 2026-5
        DÉCIDE
        Article 1 : Le prix est de 1 000,00 € HT, TVA à 19,6 %.

    Passing example::

        DÉCISION n° 2026-5
        DÉCIDE
        Article 1 : Le prix est de 1 000,00 € HT, TVA à 20 %.
    """
    territory = territory_of(act, options)
    rates, source = vat_rates(territory)
    for rate in (r for u in act.units for r in u.entities.rates):
        if rate.value == 0 or rate.value in rates:
            continue
        known = ", ".join(percent(r) for r in rates) or "aucun (TVA non applicable)"
        known_en = ", ".join(percent(r) for r in rates) or "none (no VAT)"
        yield Finding(
            span=rate.span,
            message=Text(f"taux de TVA de {percent(rate.value)} inconnu en {territory}",
                         f"VAT rate {percent(rate.value)} unknown in {territory}"),
            help=Text(f"taux applicables : {known} ({source})",
                      f"applicable rates: {known_en} ({source})"),
        )  # fmt: skip


@rule(
    code="VAT003", name="amount-words-figures", severity=Severity.ERROR,
    summary=Text("Montant en lettres et en chiffres discordants",
                 "Amount in words and in figures disagree"),
    basis=fact(Text("un montant écrit deux fois de deux façons ne peut être vrai deux fois",
               "an amount written twice in two ways cannot be true twice")),
)  # fmt: skip
def amount_words_figures(act: Act, options: Mapping[str, Any]) -> Iterable[Finding]:
    """An amount written in words and the same amount in figures next to it disagree
    (« deux mille sept cent soixante-sept euros et soixante-douze centimes (2 767,27 €) »).

    French number words are read by the text2num library, 1990 hyphenated spelling
    included. Two forms that name two prices (the price before tax in words, the price
    tax included in figures) are not one sum written twice and are not compared.

    Why: the act states two different sums for one commitment: the reader, the accounting
    officer and the judge cannot tell which one it commits, and no text makes one of the
    two writings prevail in an administrative act.

    Severity: an error: the act contradicts itself on the amount it commits.

    Contrôle : un montant écrit en lettres et le même montant écrit en chiffres à côté ne
    concordent pas (« deux mille sept cent soixante-sept euros et soixante-douze centimes
    (2 767,27 €) »).

    Les nombres en lettres sont lus par la bibliothèque text2num, orthographe de 1990
    (traits d'union) comprise. Deux écritures qui désignent deux prix (le prix hors taxe
    en lettres, le prix toutes taxes comprises en chiffres) ne sont pas une même somme
    écrite deux fois et ne sont pas comparées.

    Pourquoi : l'acte énonce deux sommes différentes pour un même engagement : le lecteur,
    le comptable public et le juge ne peuvent savoir laquelle il engage, et aucun texte ne
    fait prévaloir l'une des deux écritures dans un acte administratif.

    Gravité : erreur : l'acte se contredit sur le montant qu'il engage.

    Failing example::

        DÉCISION n° 2026-5
        DÉCIDE
        Article 1 : La somme de deux mille euros (2 500,00 €) est versée.

    Passing example::

        DÉCISION n° 2026-5
        DÉCIDE
        Article 1 : La somme de deux mille euros (2 000,00 €) est versée.
    """
    for words, figures in written_twice(act.amounts, act.text):
        if words.value == figures.value or _other_price(words, figures):
            continue
        yield Finding(
            span=Span(min(words.span.start, figures.span.start),
                      max(words.span.end, figures.span.end)),
            message=Text(
                f"le montant en lettres ({euros(words.value)}) et le montant en chiffres "
                f"({euros(figures.value)}) ne concordent pas",
                f"the amount in words ({euros(words.value)}) and in figures "
                f"({euros(figures.value)}) disagree",
            ),
            help=Text("corriger l'une des deux écritures : aucun texte ne fait prévaloir l'une "
                      "sur l'autre dans un acte administratif",
                      "correct one of the two: no text makes one prevail over the other in an "
                      "administrative act"),
        )  # fmt: skip


def _other_price(words: Amount, figures: Amount) -> bool:
    """« mille euros HT, soit 1 200,00 € TTC »: the two forms name two prices, the price
    before tax and the price tax included, not one sum written twice."""
    if words.qualifier and figures.qualifier and words.qualifier != figures.qualifier:
        return True
    low, high = sorted((words.value, figures.value))
    return any(explains(low, high, rate) for territory in TERRITORIES
               for rate in vat_rates(territory)[0])  # fmt: skip


_DOT_DECIMALS = LazyPattern(r"\d\.\d{2}(?!\d)")
_DOT_THOUSANDS = LazyPattern(r"\d\.\d{3}(?!\d)")
_SPACE_THOUSANDS = LazyPattern(r"\d[ \u00a0\u202f]\d{3}(?!\d)")


@rule(
    code="VAT006", name="amount-format", severity=Severity.INFO,
    summary=Text("Écriture d'un montant ambiguë", "Ambiguous way of writing an amount"),
    basis=practice(Text("en français, la virgule sépare les décimales et l'espace les milliers",
                   "in French, a comma separates decimals and a space thousands"), TYPOGRAPHY),
)  # fmt: skip
def amount_format(act: Act, options: Mapping[str, Any]) -> Iterable[Finding]:
    """An amount uses a dot as decimal separator (« 10 243.70 € »), or the act separates
    thousands with dots in one amount and with spaces in another.

    Said once per act for each of the two, at the first amount so written, with the
    number of others: the convention is the act's, not each amount's.

    Why: French typography writes a decimal comma and a space between thousands (Lexique
    des règles typographiques en usage à l'Imprimerie nationale), a good practice no text
    imposes on a commune. In French « 11.850 € » reads as eleven thousand, « 10.50 € » as
    ten euros fifty; a reader cannot tell which convention a mixed act follows.

    Severity: info: a matter of typography, and the amount is usually clear from its
    context.

    Contrôle : un montant emploie le point comme séparateur décimal (« 10 243.70 € »), ou
    l'acte sépare les milliers par un point dans un montant et par une espace dans un
    autre.

    Le constat est fait une fois par acte pour chacun des deux cas, au premier montant
    ainsi écrit, avec le nombre des autres : la convention est celle de l'acte, non de
    chaque montant.

    Pourquoi : la typographie française emploie la virgule décimale et l'espace entre les
    milliers (Lexique des règles typographiques en usage à l'Imprimerie nationale), bonne
    pratique qu'aucun texte n'impose à une commune. En français, « 11.850 € » se lit onze
    mille huit cent cinquante euros, « 10.50 € » dix euros cinquante ; le lecteur ne peut
    savoir quelle convention suit un acte qui les mêle.

    Gravité : information : il s'agit de typographie, et le montant ressort le plus
    souvent de son contexte.

    Failing example::

        DÉCISION n° 2026-5
        DÉCIDE
        Article 1 : Le prix est de 10 243.70 € HT.

    Passing example::

        DÉCISION n° 2026-5
        DÉCIDE
        Article 1 : Le prix est de 10 243,70 € HT.
    """
    figures = [a for a in act.amounts if not a.in_words and a.currency == "EUR"]
    decimal_dots = [a for a in figures if _DOT_DECIMALS.search(a.text)]
    if decimal_dots:
        first = decimal_dots[0]
        yield Finding(
            span=first.span,
            message=Text(f"séparateur décimal « . » dans « {first.text} »"
                         + _and_others(len(decimal_dots) - 1, "fr"),
                         f"dot used as decimal separator in « {first.text} »"
                         + _and_others(len(decimal_dots) - 1, "en")),
            help=Text(f"écrire {euros(first.value)}, avec une virgule décimale",
                      f"write {euros(first.value)}, with a decimal comma"),
        )  # fmt: skip
    dotted = [a for a in figures if _DOT_THOUSANDS.search(a.text)]
    if dotted and any(_SPACE_THOUSANDS.search(a.text) for a in figures):
        first = dotted[0]
        yield Finding(
            span=first.span,
            message=Text(f"milliers séparés par un point dans « {first.text} »"
                         + _and_others(len(dotted) - 1, "fr") + ", par une espace ailleurs "
                         "dans l'acte",
                         f"thousands separated by a dot in « {first.text} »"
                         + _and_others(len(dotted) - 1, "en") + ", by a space elsewhere in "
                         "the act"),
            help=Text(f"écrire {euros(first.value)}", f"write {euros(first.value)}"),
        )  # fmt: skip


def _and_others(count: int, lang: str) -> str:
    if not count:
        return ""
    if lang == "fr":
        return f" et {count} autre{'s' if count > 1 else ''} montant{'s' if count > 1 else ''}"
    return f" and {count} other amount{'s' if count > 1 else ''}"


# Words that tell the nature of a purchase, and that the act is about one (folded text).
_WORKS = ("travaux",)
_SUPPLIES_SERVICES = ("fourniture", "prestation", "service", "maintenance", "logiciel", "etude",
                      "mission", "abonnement", "location")  # fmt: skip
_PROCUREMENT = ("marche", "accord-cadre", "accords-cadres", "commande publique")
_NATURE_WORDS = {"works": ("travaux", "works"),
                 "supplies-services": ("fournitures et services", "supplies and services"),
                 "all": ("tous marchés", "all contracts")}  # fmt: skip
# When the act does not say when the consultation was engaged, it may have been engaged
# up to this long before the signature: the threshold is the highest of those that
# applied in that time, so that no marché is reported that a threshold of the months
# before its signature may allow.
_LOOKBACK = dt.timedelta(days=183)
# What states when the consultation was engaged, just before a date (folded text):
# « consultation engagée le », « la consultation a été lancée le », « avis d'appel public
# à la concurrence envoyé à la publication le », « mise en concurrence publiée le ».
_CONSULTATION_CUE = LazyPattern(
    r"(?:\bconsultation|\bmise en concurrence|\bavis d['’]appel (?:public )?(?:a (?:la )?)?concurrence)"
    r"[^.;:]{0,60}?\b(?:engagee|lancee|envoyee?|publiee?|transmise?)s?\b,?"
    r"[^.;:,]{0,40}?\b(?:le|du|en date du)\s+$"
)
_CUE_REACH = 160


def _nature(act: Act) -> str | None:
    """« works », « supplies-services », or None when the act says both or neither."""
    text = act.folded
    works = any(word in text for word in _WORKS)
    supplies = any(word in text for word in _SUPPLIES_SERVICES)
    if works == supplies:
        return None
    return "works" if works else "supplies-services"


def _consultation_dates(act: Act) -> tuple[dt.date, ...]:
    """The dates the act gives for the engagement of the consultation."""
    folded = act.folded
    return tuple(
        d.value for d in act.dates
        if d.value and _CONSULTATION_CUE.search(folded, max(0, d.span.start - _CUE_REACH),
                                                d.span.start)
    )  # fmt: skip


def _applicable(
    rows: tuple[Threshold, ...], nature: str | None, signed: dt.date, consulted: list[dt.date]
) -> tuple[Threshold, dt.date | None] | None:
    """The threshold for the nature (for an unknown nature, any), and the consultation date
    it applies at (None when the act gives none). Rows of the consultation apply at the
    dates the act gives, else at any date of the months before the signature; rows of the
    conclusion at the signature date. The highest applicable threshold is taken, so as
    never to report a purchase that one of them would allow."""
    periods: list[tuple[dt.date, dt.date, dt.date | None]] = [(d, d, d) for d in consulted]
    periods = periods or [(signed - _LOOKBACK, signed, None)]
    best: tuple[Threshold, dt.date | None] | None = None
    for first, last, date in periods:
        for row in rows:
            if nature and row.nature not in ("all", nature):
                continue
            if not (row.meets(signed, signed) if row.on_conclusion else row.meets(first, last)):
                continue
            if best is None or (row.limit, row.start) > (best[0].limit, best[0].start):
                best = (row, date)
    return best


def _largest_ht(act: Act) -> Amount | None:
    amounts = [a for art in act.articles for a in art.entities.amounts
               if a.qualifier == "HT" and a.currency == "EUR"]  # fmt: skip
    return max(amounts, key=lambda a: a.value) if amounts else None


@dataclass(frozen=True)
class _Reached:
    """The largest HT amount of the act, the threshold it reaches, the signature date and
    the consultation date the threshold applies at (None when the act gives none)."""

    amount: Amount
    threshold: Threshold
    signed: dt.date
    consulted: dt.date | None


def _reached(act: Act, kind: str) -> _Reached | None:
    """The largest HT amount, when it reaches the ``kind`` threshold that applies."""
    signed = facts(act).signature_date
    amount = _largest_ht(act)
    if signed is None or amount is None:
        return None
    dates = facts(act).derived("builtin.consultation-dates", _consultation_dates)
    consulted = [date for date in dates if date <= signed]
    applicable = _applicable(threshold_rows(kind), _nature(act), signed, consulted)
    if applicable is None or amount.value < applicable[0].limit:
        return None
    return _Reached(amount, applicable[0], signed, applicable[1])


def _superseded_reached(act: Act) -> tuple[Amount, Threshold] | None:
    """Without a consultation date, a lower R. 2122-8 threshold for the act's nature that
    ended in the months before the signature and that the amount reaches: a consultation
    engaged before its end was bound by it."""
    signed = facts(act).signature_date
    amount = _largest_ht(act)
    nature = _nature(act)
    if signed is None or amount is None or nature is None:
        return None
    if any(date <= signed for date in facts(act).derived("builtin.consultation-dates",
                                                        _consultation_dates)):  # fmt: skip
        return None
    rows = [row for row in threshold_rows("dispense") if row.nature in ("all", nature)]

    def in_force(day: dt.date) -> Decimal:
        return max(row.limit for row in rows if row.meets(day, day))

    lower = [row for row in rows
             if not row.on_conclusion and row.end is not None
             and signed - _LOOKBACK <= row.end < signed
             and row.limit <= amount.value and in_force(row.end) == row.limit]  # fmt: skip
    return (amount, min(lower, key=lambda row: row.limit)) if lower else None


@rule(
    code="VAT004", name="procurement-threshold", severity=Severity.ERROR,
    summary=Text("Dispense de l'article R. 2122-8 du CCP au-delà du seuil",
                 "R. 2122-8 CCP dispense used above the threshold"),
    basis=law(Text("un marché ne peut être passé sans publicité ni mise en concurrence qu'en deçà "
              "du seuil en vigueur à l'engagement de la consultation",
              "a marché may be passed without publicity or competition only below the "
              "threshold in force when the consultation was engaged"),
    code_article("CCP", "R. 2122-8"), THRESHOLDS_2026),
)  # fmt: skip
def procurement_threshold(act: Act, options: Mapping[str, Any]) -> Iterable[Finding]:
    """The act relies on R. 2122-8 of the code de la commande publique (no publicity,
    no competition) while the HT amount it commits reaches the threshold that applies to
    its consultation.

    Thresholds, with the texts that set them, their periods and sources, are in
    ``rules/data/procurement_thresholds.toml``: 40 000 € HT from 1 January 2020 (décret
    n° 2019-1344); for works, 70 000 € HT for marchés concluded from 24 July 2020 to
    9 July 2021 (décret n° 2020-893), then 100 000 € HT from 9 December 2020 (loi
    n° 2020-1525, art. 142, extended by décrets n° 2022-1683 and 2024-1217, then made
    permanent from 1 January 2026 by décret n° 2025-1386); for supplies and services,
    60 000 € HT from 1 April 2026 (décret n° 2025-1386). A threshold applies to the
    consultations engaged from its date (décret n° 2025-1386, art. 4), not to the
    marchés signed from it. When the act says when the consultation was engaged
    (« consultation engagée le … », « lancée le … », « avis d'appel public à la
    concurrence envoyé le … »), that date is used. Otherwise the signature date stands
    in for it, and as the consultation may have been engaged in the months before, the
    threshold is the highest of those that applied in the six months before the
    signature. When the amount stays below it but reaches a lower threshold that ended in
    those months, the act is reported as a warning that says so: whether it applied
    depends on when the consultation was engaged, which the act should state.

    The nature is read from the act (« travaux » against « fournitures »,
    « prestations », « maintenance »…); when the act says both or neither, the higher
    threshold is used. Acts that also invoke R. 2122-3 (a single possible operator, no
    amount limit), acts signed before 2020 and acts that date their consultation before 2020
    are not judged. The amount
    is the largest HT amount of the articles; the need's full value (all years, all
    reconductions) may be larger, so the rule can miss a breach but does not invent one.

    Why: above the threshold, a marché requires publicity and competition (CCP,
    art. R. 2122-8 and the texts that raised its threshold for works); a contract passed
    without them is irregular and exposed to annulment.

    Severity: an error when the act gives the date the consultation was engaged: the
    threshold that applies is then certain, and the act relies on a dispense it cannot
    use. A warning when it does not: the threshold then depends on a date the act does
    not give.

    Contrôle : l'acte se fonde sur l'article R. 2122-8 du code de la commande publique
    (marché sans publicité ni mise en concurrence préalables) alors que le montant HT
    qu'il engage atteint le seuil applicable à sa consultation.

    Les seuils, avec les textes qui les fixent, leurs périodes et leurs sources, figurent
    dans ``rules/data/procurement_thresholds.toml`` : 40 000 € HT à compter du 1er janvier
    2020 (décret n° 2019-1344) ; pour les travaux, 70 000 € HT pour les marchés conclus du
    24 juillet 2020 au 9 juillet 2021 (décret n° 2020-893), puis 100 000 € HT à compter du
    9 décembre 2020 (loi n° 2020-1525, art. 142, prorogée par les décrets n° 2022-1683 et
    2024-1217, puis pérennisée à compter du 1er janvier 2026 par le décret n° 2025-1386) ;
    pour les fournitures et services, 60 000 € HT à compter du 1er avril 2026 (décret
    n° 2025-1386). Un seuil s'applique aux consultations engagées à compter de sa date
    (décret n° 2025-1386, art. 4), et non aux marchés signés à compter de celle-ci. Lorsque
    l'acte indique la date d'engagement de la consultation (« consultation engagée le … »,
    « lancée le … », « avis d'appel public à la concurrence envoyé le … »), cette date est
    retenue. À défaut, la date de signature en tient lieu et, la consultation ayant pu être
    engagée dans les mois précédents, le seuil retenu est le plus élevé de ceux applicables
    dans les six mois précédant la signature. Si le montant reste en deçà mais atteint un
    seuil inférieur qui a pris fin dans ces mois, un avertissement le signale : ce seuil
    s'appliquait ou non selon la date d'engagement de la consultation, que l'acte devrait
    indiquer.

    La nature de l'achat est lue dans l'acte (« travaux » d'une part, « fournitures »,
    « prestations », « maintenance »… d'autre part) ; si l'acte mentionne les deux ou
    aucune, le seuil le plus élevé est retenu. Les actes qui invoquent aussi l'article
    R. 2122-3 (un seul opérateur possible, sans limite de montant), ceux signés avant 2020
    et ceux qui datent leur consultation d'avant 2020 ne sont pas contrôlés. Le montant est le plus élevé
    des montants HT des articles ; la valeur totale du besoin (toutes années, toutes
    reconductions) peut être supérieure : la règle peut manquer un dépassement, elle n'en
    invente pas.

    Pourquoi : au-delà du seuil, le marché requiert publicité et mise en concurrence
    (CCP, art. R. 2122-8 et textes qui en ont relevé le seuil pour les travaux) ; un contrat
    passé sans elles est irrégulier et exposé à l'annulation.

    Gravité : erreur lorsque l'acte indique la date d'engagement de la consultation : le
    seuil applicable est alors certain et l'acte se fonde sur une dispense dont il ne peut
    user. Avertissement sinon : le seuil dépend alors d'une date que l'acte ne donne pas.

    Failing example::

        DÉCISION n° 2026-40
        Vu le code de la commande publique, et notamment son article R. 2122-8 ;
        Considérant la consultation engagée le 12 janvier 2026 ;
        DÉCIDE
        Article 1 : Le marché de fournitures est conclu pour 45 000,00 € HT.
        Fait à Lens, le 2 mars 2026.

    Passing example::

        DÉCISION n° 2026-40
        Vu le code de la commande publique, et notamment son article R. 2122-8 ;
        Considérant la consultation engagée le 12 janvier 2026 ;
        DÉCIDE
        Article 1 : Le marché de fournitures est conclu pour 35 000,00 € HT.
        Fait à Lens, le 2 mars 2026.
    """
    if not facts(act).cites("CCP", "R. 2122-8") or facts(act).cites("CCP", "R. 2122-3"):
        return
    reached = _reached(act, "dispense")
    if reached is None:
        yield from _near_a_change(act)
        return
    amount, threshold = reached.amount, reached.threshold
    nature_fr, nature_en = _NATURE_WORDS[threshold.nature]
    reaches = Text(
        f"{euros(amount.value)} HT atteint le seuil de dispense de l'article R. 2122-8 du CCP "
        f"({euros(threshold.limit)} HT, {nature_fr}, {threshold.text})",
        f"{euros(amount.value)} HT reaches the threshold of article R. 2122-8 CCP "
        f"({euros(threshold.limit)} HT, {nature_en}, {threshold.text})",
    )
    help_ = Text(
        "au-delà du seuil, publicité et mise en concurrence sont requises ; ou fonder l'achat "
        f"sur un autre cas (R. 2122-3 : un seul opérateur possible). Seuil : {threshold.source}",
        "above the threshold, publicity and competition are required; or rely on another "
        f"case (R. 2122-3: a single possible operator). Threshold: {threshold.source}",
    )
    if reached.consulted is not None:
        engaged = reached.consulted
        yield Finding(
            span=amount.span,
            message=Text(f"{reaches.fr}, pour une consultation engagée le {french_date(engaged)}",
                         f"{reaches.en}, for a consultation engaged on {engaged.isoformat()}"),
            help=help_,
        )  # fmt: skip
        return
    signed = reached.signed
    yield Finding(
        span=amount.span,
        severity=Severity.WARNING,
        message=Text(
            f"{reaches.fr} au {french_date(signed)} : seuil en vigueur à la date de signature ; "
            "il dépend de la date d'engagement de la consultation",
            f"{reaches.en} on {signed.isoformat()}: threshold in force on the signature date; "
            "it depends on the date the consultation was engaged",
        ),
        help=Text(
            f"{help_.fr} ; l'acte ne dit pas quand la consultation a été engagée : seuil le plus "
            "élevé des six mois précédant la signature ; indiquer cette date dans l'acte",
            f"{help_.en}; the act does not say when the consultation was engaged: the highest "
            "threshold of the six months before the signature; state that date in the act",
        ),
    )


def _near_a_change(act: Act) -> Iterable[Finding]:
    """The amount reaches a threshold that ended shortly before the signature: whether it
    applied depends on when the consultation was engaged, which the act does not say."""
    superseded = _superseded_reached(act)
    if superseded is None:
        return
    amount, row = superseded
    assert row.end is not None
    yield Finding(
        span=amount.span,
        severity=Severity.WARNING,
        message=Text(
            f"{euros(amount.value)} HT atteint le seuil de dispense de l'article R. 2122-8 du "
            f"CCP applicable aux consultations engagées jusqu'au {french_date(row.end)} "
            f"({euros(row.limit)} HT, {row.text}) : l'acte ne dit pas quand la sienne l'a été",
            f"{euros(amount.value)} HT reaches the R. 2122-8 CCP threshold for consultations "
            f"engaged until {row.end.isoformat()} ({euros(row.limit)} HT, {row.text}): the act "
            "does not say when its own was engaged",
        ),
        help=Text(
            "indiquer dans l'acte la date d'engagement de la consultation ; si elle est "
            f"antérieure au {french_date(row.end + dt.timedelta(days=1))}, publicité et mise "
            "en concurrence étaient requises. Seuil : " + row.source,
            "state in the act when the consultation was engaged; if before "
            f"{(row.end + dt.timedelta(days=1)).isoformat()}, publicity and competition were "
            "required. Threshold: " + row.source,
        ),
    )  # fmt: skip


@rule(
    code="VAT005", name="european-threshold", severity=Severity.INFO,
    summary=Text("Montant au-delà du seuil européen des procédures formalisées",
                 "Amount above the European threshold for formal procedures"),
    basis=law(Text("au-delà du seuil européen, un marché est en principe passé selon une procédure "
              "formalisée (sauf exceptions de l'article R. 2123-1)",
              "above the European threshold, a marché is in principle passed by a formal "
              "procedure (save the exceptions of article R. 2123-1)"),
    code_article("CCP", "L. 2124-1", "R. 2123-1"), EU_THRESHOLDS),
)  # fmt: skip
def european_threshold(act: Act, options: Mapping[str, Any]) -> Iterable[Finding]:
    """A marché whose HT amount reaches the European threshold for formal procedures
    that applies to its consultation (for collectivités territoriales, 216 000 € HT for
    supplies and services and 5 404 000 € HT for works for consultations launched in
    2026 and 2027, Règlement délégué (UE) 2025/2152): a formal procedure (appel
    d'offres…) is in principle required.

    The consultation date is read and, when the act does not give it, stood in for as
    VAT004 does: the threshold is then the highest of those that applied in the six
    months before the signature. When the act does not say whether it buys works or
    supplies, the works threshold is used. Advice only: the act may well follow from such
    a procedure, and some marchés above the threshold may still be passed under a
    procédure adaptée (CCP, art. R. 2123-1).

    Why: above the threshold, the code de la commande publique (art. L. 2124-1 and annexe
    2, thresholds of Règlement délégué (UE) 2025/2152) calls for a formal procedure;
    passing such a marché under a procédure adaptée outside the cases of R. 2123-1 would
    be irregular. The reminder helps check that the right procedure was followed.

    Severity: info: the act rarely says which procedure was followed, and reaching the
    threshold is no irregularity by itself.

    Contrôle : le montant HT d'un marché atteint le seuil européen des procédures
    formalisées applicable à sa consultation (pour les collectivités territoriales,
    216 000 € HT pour les fournitures et services et 5 404 000 € HT pour les travaux, pour
    les consultations lancées en 2026 et 2027, règlement délégué (UE) 2025/2152) : une
    procédure formalisée (appel d'offres…) est en principe requise.

    La date de la consultation est lue et, lorsque l'acte ne la donne pas, remplacée comme
    pour VAT004 : le seuil retenu est alors le plus élevé de ceux applicables dans les six
    mois précédant la signature. Si l'acte ne dit pas s'il porte sur des travaux ou des
    fournitures, le seuil des travaux est retenu. Simple information : l'acte peut fort
    bien résulter d'une telle procédure, et certains marchés au-delà du seuil peuvent
    néanmoins être passés selon une procédure adaptée (CCP, art. R. 2123-1).

    Pourquoi : au-delà du seuil, le code de la commande publique (art. L. 2124-1 et annexe
    2, seuils du règlement délégué (UE) 2025/2152) impose en principe une procédure
    formalisée ; passer un tel marché selon une procédure adaptée hors des cas de l'article
    R. 2123-1 serait irrégulier. Le rappel aide à vérifier que la bonne procédure a été
    suivie.

    Gravité : information : l'acte dit rarement quelle procédure a été suivie, et atteindre
    le seuil n'est pas en soi une irrégularité.

    Failing example::

        DÉCISION n° 2026-41
        DÉCIDE
        Article 1 : Le marché de services est attribué pour 250 000,00 € HT.
        Fait à Lens, le 2 mars 2026.

    Passing example::

        DÉCISION n° 2026-41
        DÉCIDE
        Article 1 : Le marché de services est attribué pour 150 000,00 € HT.
        Fait à Lens, le 2 mars 2026.
    """
    if not (facts(act).concerns_procurement or facts(act).cites("CCP", "R. 2122-8")):
        return
    reached = _reached(act, "european")
    if reached is None:
        return
    amount, threshold = reached.amount, reached.threshold
    nature_fr, nature_en = _NATURE_WORDS[threshold.nature]
    yield Finding(
        span=amount.span,
        message=Text(
            f"{euros(amount.value)} HT atteint le seuil européen ({euros(threshold.limit)} HT, "
            f"{nature_fr}, {threshold.text}) : une procédure formalisée est en principe requise",
            f"{euros(amount.value)} HT reaches the European threshold "
            f"({euros(threshold.limit)} HT, {nature_en}, {threshold.text}): a formal procedure "
            "is required in principle",
        ),
        help=Text(
            "vérifier la procédure suivie ; certains marchés peuvent être passés selon une "
            f"procédure adaptée au-delà du seuil (CCP, art. R. 2123-1) ; seuil : {threshold.source}",
            "check the procedure followed; some marchés may be passed under a procédure "
            f"adaptée above the threshold (CCP, art. R. 2123-1); threshold: {threshold.source}",
        ),
    )
