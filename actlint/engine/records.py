"""What the repository index keeps of each act: its identity (kind, number, date, title,
place), what it delegates (the items of a délibération of delegation, the people an arrêté
names), the acts it withdraws or amends, each with its position in its own file. A record
is plain data, written to and read from the index cache as JSON.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from typing import Any, Literal, NamedTuple

from actlint.engine.facts import facts
from actlint.engine.position import Position
from actlint.parse.act import Act, ActReference, Kind, Span
from actlint.parse.delegates import read_delegates
from actlint.parse.document import Document
from actlint.parse.entities.references import normalise_number
from actlint.text import Lang, LazyPattern, fold

# What an act does to another it names, by the verb of the sentence naming it.
Effect = Literal["withdraws", "amends"]
_PART = LazyPattern(r"\b(?:articles?|dispositions|alineas?|annexes?|points?|paragraphes?)\b")
# The installation of a new council: not a council of young people, nor the election of
# a maire délégué or of a maire adjoint de quartier.
_INSTALLS = LazyPattern(
    r"installation\s+du\s+conseil\s+municipal(?!\s+(?:des|d'|de\s+la)\s*(?:jeunes|enfants|jeunesse))"
    r"|election\s+du\s+maire\b(?!\s+(?:delegue|adjoint|de\s+quartier))"
)


@dataclass(frozen=True)
class Item:
    """An item of L. 2122-22 a délibération delegates, and the amount it is limited to."""

    number: int
    at: Position
    limit: Decimal | None = None  # the largest amount its limits name
    limit_text: str = ""


@dataclass(frozen=True)
class Named:
    """A person an arrêté of delegation names, in what capacity, for which matters."""

    name: str
    capacity: str
    matters: str  # folded
    at: Position


@dataclass(frozen=True)
class Cited:
    """An act this act names outside its visas, and what it does to it."""

    kind: str
    number: str | None
    date: str | None
    effect: Effect | None
    at: Position
    delegating: bool = False  # the act of delegation the act rests on


@dataclass(frozen=True)
class Record:
    path: str  # relative to the repository's root, with « / »
    kind: Kind
    number: str | None  # without spaces around its separators
    date: str | None  # ISO: the signature's date, else the sitting's or the title's
    title: str | None
    place: str | None  # folded: « lens »
    at: Position  # its number, else its first line
    date_at: Position | None = None
    installs_council: bool = False
    items: tuple[Item, ...] = ()
    delegates: tuple[Named, ...] = ()
    cites: tuple[Cited, ...] = ()  # in the title and articles, with their effect
    rests_on: tuple[Cited, ...] = ()  # the acts the visas and articles cite

    def label(self, lang: Lang) -> str:
        """« la délibération n° 2026-04 du 22 mars 2026 »"""
        from actlint.engine.repository import describe_act

        return describe_act(self.kind, self.number, self.date, lang)

    def to_json(self) -> dict[str, Any]:
        return {
            "path": self.path, "kind": self.kind, "number": self.number, "date": self.date,
            "title": self.title, "place": self.place, "at": self.at.stored(),
            "date_at": self.date_at.stored() if self.date_at else None,
            "installs_council": self.installs_council,
            "items": [{"number": i.number, "at": i.at.stored(),
                       "limit": str(i.limit) if i.limit is not None else None,
                       "limit_text": i.limit_text} for i in self.items],
            "delegates": [{"name": d.name, "capacity": d.capacity, "matters": d.matters,
                           "at": d.at.stored()} for d in self.delegates],
            "cites": [_cited_json(c) for c in self.cites],
            "rests_on": [_cited_json(c) for c in self.rests_on],
        }  # fmt: skip

    @staticmethod
    def from_json(data: dict[str, Any]) -> Record:
        return Record(
            path=data["path"], kind=data["kind"], number=data["number"], date=data["date"],
            title=data["title"], place=data["place"], at=Position.restored(data["at"]),
            date_at=Position.restored(data["date_at"]) if data["date_at"] else None,
            installs_council=data["installs_council"],
            items=tuple(Item(i["number"], Position.restored(i["at"]),
                             Decimal(i["limit"]) if i["limit"] is not None else None,
                             i["limit_text"]) for i in data["items"]),
            delegates=tuple(Named(d["name"], d["capacity"], d["matters"],
                                  Position.restored(d["at"])) for d in data["delegates"]),
            cites=tuple(_cited(c) for c in data["cites"]),
            rests_on=tuple(_cited(c) for c in data["rests_on"]),
        )  # fmt: skip


class Summary(NamedTuple):
    """What resolving a reference needs of an act, kept apart from its record: a
    repository of thousands of acts is searched without reading every record (a named
    tuple: the index makes one per act at each run).
    ``effects``: the acts it withdraws or amends, (kind, number, date, effect, index of the
    citation in ``Record.cites``)."""

    path: str
    kind: str
    number: str | None
    date: str | None
    place: str | None
    installs_council: bool
    delegates: bool  # it delegates items (a délibération) or to people (an arrêté)
    effects: tuple[tuple[str, str | None, str | None, str, int], ...] = ()

    @staticmethod
    def of(record: Record) -> Summary:
        return Summary(
            record.path, record.kind, record.number, record.date, record.place,
            record.installs_council, bool(record.items or record.delegates),
            tuple((c.kind, c.number, c.date, c.effect, i)
                  for i, c in enumerate(record.cites) if c.effect),
        )  # fmt: skip

    def stored(self) -> list[Any]:
        return [self.kind, self.number, self.date, self.place, self.installs_council,
                self.delegates, [list(e) for e in self.effects]]  # fmt: skip

    @staticmethod
    def restored(path: str, data: list[Any]) -> Summary:
        """A plain tuple: ten thousand are made in a few milliseconds."""
        kind, number, date, place, installs, delegates, effects = data
        return Summary(path, kind, number, date, place, installs, delegates,
                       tuple(map(tuple, effects)) if effects else ())  # fmt: skip


def _cited_json(c: Cited) -> dict[str, Any]:
    return {"kind": c.kind, "number": c.number, "date": c.date, "effect": c.effect,
            "at": c.at.stored(), "delegating": c.delegating}  # fmt: skip


def _cited(c: dict[str, Any]) -> Cited:
    return Cited(c["kind"], c["number"], c["date"], c["effect"], Position.restored(c["at"]),
                 c["delegating"])  # fmt: skip


def record_of(document: Document, path: str) -> Record:
    """The record of a parsed act, its positions placed in its file."""
    act = document.act

    def at(span: Span) -> Position:
        where = document.finding_at(span).where
        return Position(where.line, where.column, document.source.place(where.line))

    signature = act.signature
    # A délibération is dated by its sitting, not by the extract's signature.
    sitting = act.sitting.date if act.sitting else None
    candidates = (
        sitting if act.kind == "deliberation" else None,
        act.delegation.date if act.delegation else None,
        signature.date if signature else None,
        *act.preface.entities.dates,
    )  # fmt: skip
    dated = next((d for d in candidates if d is not None and d.value), None)
    place = signature.place if signature and signature.place else None
    title = act.preface.title
    return Record(
        path=path, kind=act.kind,
        number=normalise_number(act.preface.number) if act.preface.number else None,
        date=dated.value.isoformat() if dated and dated.value else None,
        title=" ".join(title.split()) if title else None,
        place=fold(place).strip() if place else None,
        at=at(act.preface.number_span or act.first_line),
        date_at=at(dated.span) if dated else None,
        installs_council=bool(title and _INSTALLS.search(fold(title))),
        items=_items(act, at), delegates=_delegates(act, at), cites=_cites(act, at),
        rests_on=tuple(Cited(ref.kind, ref.number, _iso(ref), None, at(ref.span), delegating)
                       for ref, delegating in facts(act).cited_acts),
    )  # fmt: skip


def _items(act: Act, at: Any) -> tuple[Item, ...]:
    if act.delegation is None:
        return ()
    found = []
    for item in act.delegation.items:
        number = item.by_wording or item.number
        if number is None:
            continue
        limits = [a for a in act.amounts for s in item.limits
                  if s.start <= a.span.start < s.end]  # fmt: skip
        top = max((a.value for a in limits), default=None)
        text = " ; ".join(act.text[s.start : s.end] for s in item.limits)
        found.append(Item(number, at(item.span), top, " ".join(text.split())))
    return tuple(found)


def _delegates(act: Act, at: Any) -> tuple[Named, ...]:
    return tuple(
        Named(d.name, d.capacity, " ".join(act.folded[d.matters.start : d.matters.end].split()),
              at(d.span))
        for d in read_delegates(act)
    )  # fmt: skip


def _cites(act: Act, at: Any) -> tuple[Cited, ...]:
    """The acts named in the title and the articles, with what the act does to them."""
    found = []
    for unit in (act.preface, *act.articles):
        first_of_sentence = -1
        for ref in unit.entities.references:
            if ref.kind not in KINDS:
                continue
            sentence = _sentence_start(act, ref.span.start)
            subject = sentence > first_of_sentence  # the first act its sentence names
            first_of_sentence = max(first_of_sentence, sentence)
            effect = (
                _effect(act, ref, subject) if ref.kind in _AUTHORITY.get(act.kind, ()) else None
            )
            found.append(Cited(ref.kind, ref.number, _iso(ref), effect, at(ref.span)))
    return tuple(found)


# What an act may withdraw or amend: the acts of its own authority.
_AUTHORITY = {"deliberation": ("deliberation", "decision"), "decision": ("decision",),
              "arrete": ("arrete",), "arrete_prefectoral": ("arrete", "arrete_prefectoral")}  # fmt: skip
_VERBS = r"(abrog|retir|rapport|remplac|annul|modifi|complet)\w*"
# « abroge la délibération … », « portant modification de l'arrêté … », « modifiant
# l'article 3 de la décision … »: the verb right before the act it governs.
_VERB_BEFORE = LazyPattern(
    rf"(?:\b{_VERBS}|portant\s+(abrogation|retrait|modification|remplacement))\s+"
    r"(?:d[eu]s?\s+|de\s+la\s+|de\s+l'\s*)?(?:l'\s*|la\s+|le\s+|les\s+)?"
    r"(?:(?:dispositions|articles?|alineas?|annexes?|points?)\b[^.;:]{0,40}?\s+d[eu]s?\s+(?:la\s+|l'\s*|le\s+)?)?$"
)
# « La délibération n° … est abrogée », « … du 8 novembre 2005 sont remplacées »: the act
# its sentence names first, subject of the verb.
_VERB_AFTER = LazyPattern(rf"[^.;]{{0,80}}?\b(?:est|sont)\s+(?:ainsi\s+|donc\s+)?{_VERBS}")
_WITHDRAWING = ("abrog", "retir", "rapport", "remplac", "annul", "retrait")
_SENTENCE_START = LazyPattern(r"[.;:]\s|\n\n")


def _sentence_start(act: Act, at: int) -> int:
    starts = [m.end() for m in _SENTENCE_START.finditer(act.folded, max(0, at - 400), at)]
    return starts[-1] if starts else max(0, at - 400)


def _effect(act: Act, ref: ActReference, subject: bool) -> Effect | None:
    """What the act does to the act ``ref`` names: withdraws it (« abroge », « retire »,
    « remplace ») or amends it (« modifie », « complète », or replaces a part of it)."""
    folded = act.folded
    start = _sentence_start(act, ref.span.start)
    before = _VERB_BEFORE.search(folded, max(start, ref.span.start - 120), ref.span.start)
    after = _VERB_AFTER.match(folded, ref.span.end) if subject and before is None else None
    found = before or after
    if found is None:
        return None
    verb = next(group for group in found.groups() if group)
    part = _PART.search(folded, start, ref.span.start)
    return "withdraws" if verb.startswith(_WITHDRAWING) and part is None else "amends"


def _iso(ref: ActReference) -> str | None:
    return ref.date.value.isoformat() if ref.date and ref.date.value else None


# The kinds of act the index resolves references to.
KINDS = ("deliberation", "decision", "arrete", "arrete_prefectoral")
