"""What the repository index keeps of each act: its identity (kind, number, date, title,
place), what it delegates (the items of a délibération of delegation, the people an arrêté
names), the acts it withdraws or amends, each with its position in its own file. A record
is plain data, written to and read from the index cache as JSON (``recording.py`` makes
it from a parsed act).
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from typing import TYPE_CHECKING, Any, Literal, NamedTuple

from actlint.engine.position import Position
from actlint.text import Lang, long_date

if TYPE_CHECKING:
    from actlint.parse.act import Kind

# What an act does to another it names, by the verb of the sentence naming it.
Effect = Literal["withdraws", "amends"]


_KIND_FR = {"deliberation": "la délibération", "decision": "la décision",
            "arrete": "l'arrêté", "arrete_prefectoral": "l'arrêté préfectoral"}  # fmt: skip
_KIND_EN = {"deliberation": "the délibération", "decision": "the décision",
            "arrete": "the arrêté", "arrete_prefectoral": "the préfectoral arrêté"}  # fmt: skip


def describe_act(kind: str, number: str | None, date: str | None, lang: Lang) -> str:
    """« la délibération n° 2026-04 du 22 mars 2026 », « the arrêté n° 631 of 2026-03-31 »."""
    words = (_KIND_FR if lang == "fr" else _KIND_EN).get(kind, kind)
    if number:
        words += f" n° {number}"
    if date:
        import datetime as dt

        words += f" du {long_date(dt.date.fromisoformat(date))}" if lang == "fr" else f" of {date}"
    return words


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


# The kinds of act the index resolves references to.
KINDS = ("deliberation", "decision", "arrete", "arrete_prefectoral")
