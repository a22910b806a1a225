"""References to other acts: « la délibération … en date du 22 mars 2026 »,
« l'arrêté n° 2026 - 631 du 31 Mars 2026 »."""

from __future__ import annotations

import bisect

from actlint.parse.act import ActReference, DateMention, Span
from actlint.parse.entities.scan import fold, hits
from actlint.text import LazyPattern

_KINDS = {
    "deliberation": "deliberation", "arrete": "arrete", "decision": "decision", "decret": "decret",
    "loi": "loi", "ordonnance": "ordonnance", "circulaire": "circulaire",
    "convention": "convention", "avis": "avis", "contrat": "contrat",
}  # fmt: skip
_KIND = LazyPattern(
    r"(?P<kind>(?i:d[ée]lib[ée]ration|arr[êe]t[ée]|d[ée]cision|d[ée]cret|loi|ordonnance"
    r"|circulaire|convention|avis|contrat))(?P<qual>\s+(?i:pr[ée]fectoral|municipal|interminist[ée]riel"
    r"|minist[ée]riel|du\s+maire|modifi[ée]))?(?!\w)"
)
NUMBER = r"(?:[A-Z]{2,6}\s+)?[A-Z0-9][\w/.]*(?:\s*[-–/]\s*[\w]+)*"
_KIND_HITS = ("deliberation", "arrete", "decision", "decret", "loi", "ordonnance", "circulaire",
              "convention", "avis", "contrat")  # fmt: skip
_NEEDS_IDENTITY = frozenset({"contrat", "convention", "avis"})
_SELF = LazyPattern(r"(?i:pr[ée]sente?|cette|ce)\s+$")
_NUMBER = LazyPattern(rf"\s*(?:n[°º]|N[°º]|num[ée]ro)\s*(?P<num>{NUMBER})")
# « l'arrêté préfectoral 83/PB/2016/04 du 2 mars 2016 »: a number without « n° »
_BARE_NUMBER = LazyPattern(r"\s+(?P<num>\d[0-9A-Z]*(?:[/-][0-9A-Z]+)+)(?![\w/-])")
_DATE_CUE = LazyPattern(r"(?i:(?:en\s+date\s+)?du|des|le)\s+$")
_WINDOW = 120
_SENTENCE_END = LazyPattern(r"\.[ \t]*\n")
_SEPARATOR = LazyPattern(r"\s*([-–/])\s*")


def normalise_number(number: str) -> str:
    """« 2026 - 92 » → « 2026-92 »: no spaces around separators."""
    return _SEPARATOR.sub(r"\1", number.strip()).replace("–", "-")


def find_references(
    text: str, dates: tuple[DateMention, ...], offset: int = 0, folded: str | None = None
) -> tuple[ActReference, ...]:
    """References in ``text``; ``dates`` are the dates found in it."""
    folded = folded if folded is not None else fold(text)
    found: list[ActReference] = []
    date_starts = [d.span.start - offset for d in dates]
    kinds = [m for m in (_KIND.match(text, p) for p in hits(folded, _KIND_HITS)) if m]
    for i, m in enumerate(kinds):
        if _SELF.search(text, max(0, m.start() - 12), m.start()):
            continue  # « la présente décision »
        limit = min(
            len(text), m.end() + _WINDOW, kinds[i + 1].start() if i + 1 < len(kinds) else len(text)
        )
        clause_end = text.find(";", m.end(), limit)
        limit = clause_end if clause_end >= 0 else limit
        sentence_end = _SENTENCE_END.search(text, m.end(), limit)  # « … notifié.\nFait à … le »
        limit = sentence_end.start() if sentence_end else limit
        num = _NUMBER.match(text, m.end()) or _BARE_NUMBER.match(text, m.end())
        if num is None:
            num = _NUMBER.search(text, m.end(), min(limit, m.end() + 40))
        first = bisect.bisect_left(date_starts, m.end())
        named_end = max(m.end(), num.end() if num else 0)
        date = next(
            (dates[j] for j in range(first, bisect.bisect_left(date_starts, limit))
             if _DATE_CUE.search(text, max(0, date_starts[j] - 12), date_starts[j])
             or _right_after(text, named_end, date_starts[j])),
            None,
        )  # fmt: skip
        end = max(m.end(), num.end() if num else 0, date.span.end - offset if date else 0)
        kind = _KINDS[folded[m.start("kind") : m.end("kind")]]
        if (
            kind == "arrete"
            and m["qual"]
            and folded[m.start("qual") : m.end("qual")].strip() == "prefectoral"
        ):
            kind = "arrete_prefectoral"
        if kind in _NEEDS_IDENTITY and num is None and date is None:
            continue  # « le contrat de maintenance »: a thing, not a reference to an act
        found.append(ActReference(
            kind=kind, number=normalise_number(num["num"]) if num else None, date=date,
            span=Span(offset + m.start(), offset + end),
        ))  # fmt: skip
    return tuple(found)


def _right_after(text: str, end: int, date_start: int) -> bool:
    """« l'arrêté préfectoral 10 décembre 2004 »: a date right after the act's name is its
    date, even without « du »."""
    return end <= date_start and text[end:date_start].isspace()
