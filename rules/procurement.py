"""VAT004–VAT005: amounts against the public procurement thresholds in force."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping
from typing import Any

from actlint.engine.rule import Finding, Severity, rule
from actlint.parse.act import Act, Amount
from actlint.text import Text

from .dates import signature_date
from .support.french import euros, french_date
from .support.reference_data import Threshold, thresholds

# Words that tell the nature of a purchase, and that the act is about one (folded text).
_WORKS = ("travaux",)
_SUPPLIES_SERVICES = ("fourniture", "prestation", "service", "maintenance", "logiciel", "etude",
                      "mission", "abonnement", "location")  # fmt: skip
_PROCUREMENT = ("marche", "accord-cadre", "accords-cadres", "commande publique")
_NATURE_WORDS = {"works": ("travaux", "works"),
                 "supplies-services": ("fournitures et services", "supplies and services"),
                 "all": ("tous marchés", "all contracts")}  # fmt: skip


def _nature(act: Act) -> str | None:
    """« works », « supplies-services », or None when the act says both or neither."""
    text = act.folded
    works = any(word in text for word in _WORKS)
    supplies = any(word in text for word in _SUPPLIES_SERVICES)
    if works == supplies:
        return None
    return "works" if works else "supplies-services"


def _applicable(rows: tuple[Threshold, ...], nature: str | None) -> Threshold | None:
    """The threshold for the nature; for an unknown nature the highest, so as never to
    report a purchase that a higher threshold would allow."""
    matching = [r for r in rows if r.nature in ("all", nature)] if nature else list(rows)
    return max(matching, key=lambda r: r.limit) if matching else None


def _largest_ht(act: Act) -> Amount | None:
    amounts = [a for art in act.articles for a in art.entities.amounts
               if a.qualifier == "HT" and a.currency == "EUR"]  # fmt: skip
    return max(amounts, key=lambda a: a.value) if amounts else None


def _cites(act: Act, article: str) -> bool:
    return any(c.code == "CCP" and c.article == article for c in act.legal_citations)


def _reached(act: Act, kind: str) -> tuple[Amount, Threshold, dt.date] | None:
    """The largest HT amount, when it reaches the ``kind`` threshold in force at signature."""
    signed = signature_date(act)
    amount = _largest_ht(act)
    if signed is None or amount is None:
        return None
    threshold = _applicable(thresholds(kind, signed), _nature(act))
    if threshold is None or amount.value < threshold.limit:
        return None
    return amount, threshold, signed


@rule(
    code="VAT004", name="procurement-threshold", severity=Severity.ERROR,
    summary=Text("Dispense de l'article R. 2122-8 du CCP au-delà du seuil",
                 "R. 2122-8 CCP dispense used above the threshold"),
    basis="CCP, art. R. 2122-8 (marché sans publicité ni mise en concurrence sous un seuil), "
          "dans sa version en vigueur à la date de signature",
)  # fmt: skip
def procurement_threshold(act: Act, options: Mapping[str, Any]) -> Iterable[Finding]:
    """The act relies on R. 2122-8 of the code de la commande publique (no publicity,
    no competition) while the HT amount it commits reaches the threshold in force on
    its signature date.

    Thresholds, with their dates of effect and sources, are in
    ``rules/data/procurement_thresholds.toml``: 40 000 € HT from 2020 to 2025; from 2026,
    100 000 € HT for works, and for supplies and services 40 000 € HT until 31 March 2026
    then 60 000 € HT. The decree applies to consultations engaged from its date; the
    act rarely gives that date, so the signature date stands in for it. The nature is
    read from the act (« travaux » against « fournitures », « prestations »,
    « maintenance »…); when the act says both or neither, the higher threshold is used.
    Acts that also invoke R. 2122-3 (a single possible operator, no amount limit) and
    acts signed before 2020 are not judged. The amount is the largest HT amount of the
    articles; the need's full value (all years, all reconductions) may be larger, so the
    rule can miss a breach but does not invent one.

    Why: above the threshold, a marché requires publicity and competition; a contract
    passed without them is irregular and exposed to annulment.

    Failing example::

        DÉCISION n° 2026-40
        Vu le code de la commande publique, et notamment son article R. 2122-8 ;
        DÉCIDE
        Article 1 : Le marché de fournitures est conclu pour 45 000,00 € HT.
        Fait à Lens, le 2 mars 2026.

    Passing example::

        DÉCISION n° 2026-40
        Vu le code de la commande publique, et notamment son article R. 2122-8 ;
        DÉCIDE
        Article 1 : Le marché de fournitures est conclu pour 35 000,00 € HT.
        Fait à Lens, le 2 mars 2026.
    """
    if not _cites(act, "R. 2122-8") or _cites(act, "R. 2122-3"):
        return
    reached = _reached(act, "dispense")
    if reached is None:
        return
    amount, threshold, signed = reached
    nature_fr, nature_en = _NATURE_WORDS[threshold.nature]
    yield Finding(
        span=amount.span,
        message=Text(
            f"{euros(amount.value)} HT atteint le seuil de dispense de l'article R. 2122-8 du "
            f"CCP ({euros(threshold.limit)} HT, {nature_fr}, au {french_date(signed)})",
            f"{euros(amount.value)} HT reaches the threshold of article R. 2122-8 CCP "
            f"({euros(threshold.limit)} HT, {nature_en}, on {signed.isoformat()})",
        ),
        help=Text(
            f"au-delà du seuil, publicité et mise en concurrence sont requises ; ou fonder "
            f"l'achat sur un autre cas (R. 2122-3 : un seul opérateur possible). Seuil : "
            f"{threshold.source} ; date de signature prise pour date de consultation",
            f"above the threshold, publicity and competition are required; or rely on "
            f"another case (R. 2122-3: a single possible operator). Threshold: "
            f"{threshold.source}; signature date taken as consultation date",
        ),
    )


@rule(
    code="VAT005", name="european-threshold", severity=Severity.INFO,
    summary=Text("Montant au-delà du seuil européen des procédures formalisées",
                 "Amount above the European threshold for formal procedures"),
    basis="CCP, art. L. 2124-1 et annexe 2 (seuils européens des procédures formalisées)",
)  # fmt: skip
def european_threshold(act: Act, options: Mapping[str, Any]) -> Iterable[Finding]:
    """A marché whose HT amount reaches the European threshold in force on the
    signature date (for collectivités territoriales, 216 000 € HT for supplies and
    services and 5 404 000 € HT for works in 2026-2027): a formal procedure (appel
    d'offres…) is required.

    Advice only: the act may well follow from such a procedure. When the act does not
    say whether it buys works or supplies, the works threshold is used.

    Why: passing such a marché under a procédure adaptée would be irregular; the
    reminder helps check that the right procedure was followed.

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
    if not (any(word in act.folded for word in _PROCUREMENT) or _cites(act, "R. 2122-8")):
        return
    reached = _reached(act, "european")
    if reached is None:
        return
    amount, threshold, _ = reached
    nature_fr, nature_en = _NATURE_WORDS[threshold.nature]
    yield Finding(
        span=amount.span,
        message=Text(
            f"{euros(amount.value)} HT atteint le seuil européen ({euros(threshold.limit)} HT, "
            f"{nature_fr}) : une procédure formalisée est requise",
            f"{euros(amount.value)} HT reaches the European threshold "
            f"({euros(threshold.limit)} HT, {nature_en}): a formal procedure is required",
        ),
        help=Text(
            f"vérifier la procédure suivie ; seuil : {threshold.source}",
            f"check the procedure followed; threshold: {threshold.source}",
        ),
    )
