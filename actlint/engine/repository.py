"""The acts of a repository, and what a reference to another act resolves to.

A reference (« la délibération du 22 mars 2026 », « l'arrêté n° 2026-631 du 31 mars
2026 ») is matched to the indexed acts of its kind by number and date:

- ``resolved``: the act it names (same number and date, or the one element that fits what
  the reference gives);
- ``differs``: an act with the same number but another date, or the same kind and date and
  a number one keystroke away: the reference, or the act, carries a typing error;
- ``absent``: no such act, while the repository holds acts of that kind, place and year;
- ``unknown``: nothing to compare with (the reference gives neither number nor date, or the
  repository holds no act of that kind, place and year).
"""

from __future__ import annotations

import hashlib
import json
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Literal

from actlint.engine.records import KINDS, Record, Summary
from actlint.text import Lang, LazyPattern, Text

if TYPE_CHECKING:
    from actlint.parse.act import Act, ActReference

Status = Literal["resolved", "differs", "absent", "unknown"]
Differs = Literal["date", "number"] | None


@dataclass(frozen=True)
class Resolution:
    status: Status
    record: Record | None = None
    differs: Differs = None
    reason: Text | None = None  # why it is not resolved

    def to_json(self, lang: Lang) -> dict[str, object]:
        return {
            "status": self.status,
            "path": self.record.path if self.record else None,
            "position": self.record.at.to_json() if self.record else None,
            "differs": self.differs,
            "reason": self.reason.get(lang) if self.reason else None,
        }


class Repository:
    """The indexed acts of one repository. ``acts``: the summary of each act references
    may name (délibérations, décisions, arrêtés), in path order; ``record(path)``: its
    whole record, read when first asked."""

    def __init__(
        self, root: str, summaries: tuple[Summary, ...], load: Callable[[str], Record | None],
        digest: str = "",
    ) -> None:  # fmt: skip
        self.root = root
        self.acts = tuple(s for s in summaries if s.kind in KINDS)  # in path order
        self._load, self._digest = load, digest
        self._records: dict[str, Record | None] = {}
        # The acts by number, by date, and the (kind, place, year) the repository holds.
        self._by_number: dict[str, list[Summary]] = {}
        self._by_date: dict[str, list[Summary]] = {}
        for act in self.acts:
            if act.number:
                self._by_number.setdefault(_key(act.number), []).append(act)
            if act.date:
                self._by_date.setdefault(act.date, []).append(act)
        self._held = Counter((s.kind, s.place, (s.date or "")[:4]) for s in self.acts)
        self._paths = {s.path: s for s in self.acts}

    @staticmethod
    def of_records(root: str, records: tuple[Record, ...]) -> Repository:
        by_path = {r.path: r for r in sorted(records, key=lambda r: r.path)}
        return Repository(root, tuple(Summary.of(r) for r in by_path.values()), by_path.get)

    @property
    def digest(self) -> str:
        """What changes when any act the repository holds changes: part of the cache key of
        every result that may depend on it (given by the index: its files' content hashes)."""
        if not self._digest:
            text = json.dumps([[s.path, *s.stored()] for s in self.acts], sort_keys=True)
            self._digest = hashlib.sha256(text.encode()).hexdigest()
        return self._digest

    def record(self, path: str) -> Record | None:
        if path not in self._records:
            self._records[path] = self._load(path)
        return self._records[path]

    def _found(self, status: Status, summary: Summary, differs: Differs = None) -> Resolution:
        return Resolution(status, self.record(summary.path), differs)

    def resolve(
        self, ref: ActReference, *, place: str | None = None, delegating: bool = False,
        citing: str = "",
    ) -> Resolution:  # fmt: skip
        """The act ``ref`` names. ``place``: the citing act's (folded), for telling whether
        the repository holds the acts of that authority. ``delegating``: among acts of the
        same date, prefer the one that delegates (a council adopts many délibérations in
        one sitting). ``citing``: the citing act's path, never the act cited."""
        date = ref.date.value.isoformat() if ref.date and ref.date.value else None
        return self.resolve_identity(ref.kind, ref.number, date, place, delegating, citing)

    def resolve_identity(
        self, kind: str, number: str | None, date: str | None, place: str | None,
        delegating: bool, citing: str = "",
    ) -> Resolution:  # fmt: skip
        """The act of this kind, number and date (ISO), as ``resolve``."""
        number = _key(number) if number else None
        if number is None and date is None:
            return Resolution(
                "unknown", reason=Text("ni numéro ni date", "neither number nor date")
            )

        def of_kind(found: list[Summary]) -> list[Summary]:
            """The acts of that kind, by the same authority (place) when both are known, and
            one copy of each (the text and the PDF of one act are one act)."""
            kept: dict[tuple[str, str | None, str | None], Summary] = {}
            for s in found:
                if (
                    _kinds_match(kind, s.kind)
                    and s.path != citing
                    and (place is None or s.place is None or s.place == place)
                ):
                    kept.setdefault((s.kind, s.number and _key(s.number), s.date), s)
            return list(kept.values())

        that_day = of_kind(self._by_date.get(date, [])) if date is not None else []
        if number is not None:
            numbered = of_kind(self._by_number.get(number, []))
            if numbered:
                dated = [s for s in numbered if date is None or s.date == date]
                if dated:
                    return self._found("resolved", dated[0])
                return self._found("differs", numbered[0], "date")
            # The one act of that kind on that date, its number a keystroke away (the acts of
            # one sitting are numbered in sequence: one of several is no typing error).
            close = [s for s in that_day if s.number and _one_keystroke(_key(s.number), number)]
            if len(that_day) == 1 and close:
                return self._found("differs", close[0], "number")
        else:
            dated = that_day
            if delegating and len(dated) > 1:
                dated = [s for s in dated if s.delegates] or dated
            if len(dated) == 1:
                return self._found("resolved", dated[0])
            if dated:
                return Resolution("unknown", reason=Text(
                    f"{len(dated)} actes de cette nature à cette date",
                    f"{len(dated)} acts of that kind on that date"))  # fmt: skip
        year = (date or "")[:4] or _year_of(number)
        kinds = ("arrete", "arrete_prefectoral") if kind == "arrete" else (kind,)
        held = sum(self._held[(k, place, year)] for k in kinds)
        own = self._paths.get(citing)
        if own is not None and own.kind in kinds and own.place == place:
            held -= (own.date or "")[:4] == year  # the citing act is no other act
        if place is not None and year and held > 0:
            return Resolution("absent", reason=Text(
                "aucun acte de ce numéro et de cette date dans le dépôt",
                "no act of that number and date in the repository"))  # fmt: skip
        return Resolution("unknown", reason=Text(
            "le dépôt ne contient aucun acte de cette nature, de cette autorité et de cette année",
            "the repository holds no act of that kind, authority and year"))  # fmt: skip

    def touching(self, record: Record) -> list[tuple[Record, int]]:
        """The acts that withdraw or amend ``record`` (each with the index of its
        citation), by the number and date they give."""
        found = []
        for other in self.acts:
            if not other.effects or other.path == record.path or _same_act(other, record):
                continue  # the act itself, or a copy of it in another format
            if other.date and record.date and other.date < record.date:
                continue
            for kind, number, date, _, index in other.effects:
                if _kinds_match(kind, record.kind) and _names(number, date, record, other.place):
                    found.append((other, index))
        return [(full, index) for other, index in found if (full := self.record(other.path))]


def _names(number: str | None, date: str | None, record: Record, place: str | None) -> bool:
    """Whether an act of ``place`` citing this number and date names ``record``: by its
    number (and date, if given), or by its date alone in an act of the same place."""
    if number and record.number:
        same = _key(number) == _key(record.number) and (date is None or date == record.date)
        return same and (place is None or record.place is None or place == record.place)
    same_place = place is not None and place == record.place
    return number is None and date is not None and date == record.date and same_place


def _same_act(one: Summary, other: Record) -> bool:
    return (one.kind, one.number, one.date) == (other.kind, other.number, other.date)


def _kinds_match(cited: str, kind: str) -> bool:
    if cited == "arrete":
        return kind in ("arrete", "arrete_prefectoral")
    return cited == kind


_SEPARATORS = str.maketrans({"/": "-", ".": "-", "_": "-", "–": "-", " ": None})


def _key(number: str) -> str:
    """« 2026/03/22/04 », « 2026 - 03 - 22 - 04 » and « 2026-03-22-04 » are one number."""
    return number.translate(_SEPARATORS).casefold()


def _year_of(number: str | None) -> str:
    head = (number or "")[:4]
    return head if head.isdigit() and head.startswith("20") else ""


def _one_keystroke(a: str, b: str) -> bool:
    """One character replaced, added, removed, or two neighbours swapped."""
    if a == b or abs(len(a) - len(b)) > 1:
        return False
    if len(a) == len(b):
        diff = [i for i in range(len(a)) if a[i] != b[i]]
        return len(diff) == 1 or (
            len(diff) == 2 and diff[1] == diff[0] + 1 and a[diff[0]] == b[diff[1]]
            and a[diff[1]] == b[diff[0]]
        )  # fmt: skip
    short, long_ = (a, b) if len(a) < len(b) else (b, a)
    return any(long_[:i] + long_[i + 1 :] == short for i in range(len(long_)))


# Between an act's name (and number) and its date, only these words: « la délibération du
# conseil municipal en date du 22 mars 2026 », not « l'arrêté transmis le 21 octobre ».
_NAMING_WORDS = LazyPattern(
    r"(?:\s|[,'’]|\b(?:du|de|des|la|le|l|en|date|no|numero|conseil|municipal|communautaire"
    r"|prefectoral|maire|bureau|comite|syndical|president|susvise|susvisee)\b"
    r"|n°|[^\s]*\d[^\s]*|[-–/])*"  # and the number: « n° 2026 - 631 »
)
_NAME = LazyPattern(r"\w*")  # the act's name: « délibération », « arrêté »
_ABOVE = LazyPattern(r"\s*(?:susvise|precitee?|mentionnee?\s+ci-dessus)")
_DRAFT = LazyPattern(r"projet\s+d['’]?\s*$")


# Words naming another authority than the citing act's, in the reference or right after it.
_OTHER_AUTHORITY = LazyPattern(
    r"\b(?:inter)?ministeriel|\bdu\s+ministre|\bcommunautaire|\bde\s+la\s+communaute\b"
    r"|\bde\s+la\s+metropole|\bdu\s+conseil\s+(?:departemental|regional|general|syndical"
    r"|d'administration)|\bdu\s+syndicat|\bdu\s+departement|\bde\s+la\s+region"
)
_PREFECT = LazyPattern(r"\bdu\s+(?:sous-)?prefet\b|\bprefectoral")


def _authority(act: Act, ref: ActReference) -> str | None:
    """« other » when the reference names an act of another authority than the citing
    act's own (a minister, an EPCI, a département…), « prefect » for a préfet's act."""
    words = act.folded[ref.span.start : min(len(act.folded), ref.span.end + 40)]
    words = words.split(";", 1)[0]
    own = act.folded[act.preface.span.start : act.preface.span.end]
    other = _OTHER_AUTHORITY.search(words)
    if other and not _OTHER_AUTHORITY.search(own):
        return "other"
    return "prefect" if _PREFECT.search(words) else None


def cited_acts(act: Act, delegating: set[ActReference]) -> tuple[tuple[ActReference, bool], ...]:
    """The references to acts of the chain in the visas and the articles, as the
    repository resolves them, each with whether it names an act of delegation (one of
    ``delegating``: then, among several acts of one date, the one that delegates is meant).

    « La décision susvisée » is the last décision named before. A draft (« le projet
    d'arrêté ») is no act; a date that does not follow the act's name
    (« l'arrêté transmis le … ») is not its date; an arrêté or a décision cited by its date
    alone, unless as the act of delegation, is not identified (ministers' arrêtés are
    cited so)."""
    folded = act.folded
    found = []
    last: dict[str, ActReference] = {}  # the last act of each kind named, for « susvisé »
    for unit in (*act.preamble.citations, *act.articles):
        for ref in unit.entities.references:
            if ref.kind not in KINDS or _DRAFT.search(folded, max(0, ref.span.start - 12),
                                                      ref.span.start):  # fmt: skip
                continue
            delegates = ref in delegating
            authority = _authority(act, ref)
            if authority == "other":
                continue  # a minister's, an EPCI's, a département's act: not the repository's
            if authority == "prefect" and ref.kind == "arrete":
                ref = ref.replace(kind="arrete_prefectoral")
            if ref.number is None and ref.date is None and ref.kind in last:
                if _ABOVE.match(folded, ref.span.end):  # « la décision susvisée »
                    ref = ref.replace(number=last[ref.kind].number, date=last[ref.kind].date)
            elif ref.number is not None or ref.date is not None:
                last[ref.kind] = ref
            if ref.date is not None:
                gap = folded[ref.span.start : ref.date.span.start]
                if _NAMING_WORDS.fullmatch(gap, _NAME.match(gap).end()) is None:  # type: ignore[union-attr]
                    ref = ref.replace(date=None)
            if ref.number is None and (
                ref.date is None or (ref.kind != "deliberation" and not delegates)
            ):
                continue
            found.append((ref, delegates))
    return tuple(found)
