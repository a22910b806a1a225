"""References to other acts: « la délibération … en date du 22 mars 2026 »,
« l'arrêté n° 2026 - 631 du 31 Mars 2026 »."""

from __future__ import annotations

import re

from actlint.act import ActReference, DateMention, Span
from actlint.fold import fold

_KINDS = {
    "deliberation": "deliberation", "arrete": "arrete", "decision": "decision", "decret": "decret",
    "loi": "loi", "ordonnance": "ordonnance", "circulaire": "circulaire",
    "convention": "convention", "avis": "avis", "contrat": "contrat",
}  # fmt: skip
_KIND = re.compile(
    r"(?<!\w)(?P<kind>(?i:d[ée]lib[ée]ration|arr[êe]t[ée]|d[ée]cision|d[ée]cret|loi|ordonnance"
    r"|circulaire|convention|avis|contrat))(?P<qual>\s+(?i:pr[ée]fectoral|municipal|interminist[ée]riel"
    r"|minist[ée]riel|du\s+maire|modifi[ée]))?(?!\w)"
)
NUMBER = r"(?:[A-Z]{2,6}\s+)?[A-Z0-9][\w/.]*(?:\s*[-–/]\s*[\w]+)*"
_NEEDS_IDENTITY = frozenset({"contrat", "convention", "avis"})
_SELF = re.compile(r"(?i:pr[ée]sente?|cette|ce)\s+$")
_NUMBER = re.compile(rf"\s*(?:n[°º]|N[°º]|num[ée]ro)\s*(?P<num>{NUMBER})")
_DATE_CUE = re.compile(r"(?i:(?:en\s+date\s+)?du|des|le)\s+$")
_WINDOW = 120


def normalise_number(number: str) -> str:
    """« 2026 - 92 » → « 2026-92 »: no spaces around separators."""
    return re.sub(r"\s*([-–/])\s*", r"\1", number.strip()).replace("–", "-")


def find_references(text: str, offset: int, dates: tuple[DateMention, ...]) -> tuple[ActReference, ...]:
    found: list[ActReference] = []
    kinds = list(_KIND.finditer(text))
    for i, m in enumerate(kinds):
        limit = min(len(text), m.end() + _WINDOW, kinds[i + 1].start() if i + 1 < len(kinds) else len(text))
        clause_end = text.find(";", m.end(), limit)
        limit = clause_end if clause_end >= 0 else limit
        num = _NUMBER.match(text, m.end())
        if num is None:
            num = _NUMBER.search(text, m.end(), min(limit, m.end() + 40))
        date = next(
            (d for d in dates
             if m.end() <= d.span.start - offset < limit
             and _DATE_CUE.search(text, max(0, d.span.start - offset - 12), d.span.start - offset)),
            None,
        )  # fmt: skip
        end = max(m.end(), num.end() if num else 0, date.span.end - offset if date else 0)
        kind = _KINDS[fold(m["kind"])]
        if kind == "arrete" and m["qual"] and fold(m["qual"]).strip() == "prefectoral":
            kind = "arrete_prefectoral"
        if kind in _NEEDS_IDENTITY and num is None and date is None:
            continue  # « le contrat de maintenance »: a thing, not a reference to an act
        if _SELF.search(text, max(0, m.start() - 12), m.start()):
            continue  # « la présente décision »
        found.append(ActReference(
            kind=kind, number=normalise_number(num["num"]) if num else None, date=date,
            span=Span(offset + m.start(), offset + end),
        ))  # fmt: skip
    return tuple(found)
