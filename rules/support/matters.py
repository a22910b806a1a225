"""What a décision taken by delegation of the council decides, and the items of CGCT
art. L. 2122-22 that allow it, as ``data/delegable_matters.toml`` classifies subjects.

Rules ask :func:`matters_of` (a value derived once per act, through ``facts(act).derived``):
the subject the act announces (its title, « Objet : … »), where it is written, the delegable
matters it names, the matters it names that no item covers, and whether an item not yet
confirmed may cover it."""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from functools import cache
from importlib import resources

from actlint.api import Act, LazyPattern, Span, facts, fold

DERIVED = "actlint_rules.delegable-matters"


@dataclass(frozen=True)
class Matter:
    """A matter of L. 2122-22 (``item`` « 4° »), or one outside it (``item`` empty)."""

    key: str
    item: str
    label: str
    label_en: str
    confidence: str  # "V", "V2", "U"
    council: str = ""  # for a matter outside: the text giving it to the council
    also: tuple[str, ...] = ()  # other items a décision on the matter may rightly cite


@dataclass(frozen=True)
class Classification:
    """What the subject of an act decides, as far as its title says."""

    subject: str | None  # the title, as written
    span: Span | None  # where the title is in the act's text
    matters: tuple[Matter, ...]  # the delegable matters the subject names
    outside: tuple[Matter, ...]  # matters the subject names that no item covers
    unconfirmed: bool  # an item not yet confirmed may cover the subject

    @property
    def items(self) -> frozenset[str]:
        """The items of L. 2122-22 the subject falls under (« 4° », « 5° »)."""
        return frozenset(m.item for m in self.matters)

    @property
    def fitting_items(self) -> frozenset[str]:
        """The items a décision on this subject may rightly cite: its own, and those the
        table says fit it too (a lawyer's fees: 11°, or 4° and 16°)."""
        return self.items | {item for m in self.matters for item in m.also}

    @property
    def clearly_outside(self) -> bool:
        """The subject is read, names a matter no item covers, and none that one may."""
        return bool(self.span and self.outside and not self.matters and not self.unconfirmed)


@dataclass(frozen=True)
class _Row:
    matter: Matter
    pattern: LazyPattern  # the row's patterns as one alternation: one search per subject

    def names(self, folded: str) -> bool:
        return self.pattern.search(folded) is not None


@cache
def _table() -> dict[str, tuple[_Row, ...]]:
    text = resources.files("actlint_rules").joinpath("data", "delegable_matters.toml")
    table = tomllib.loads(text.read_text("utf-8"))
    return {
        section: tuple(
            _Row(
                Matter(row["key"], row.get("item", ""), row["label"], row["label_en"],
                       row.get("confidence", "V"), row.get("council", ""),
                       tuple(row.get("also", ()))),
                LazyPattern("|".join(f"(?:{p})" for p in row["patterns"])),
            )
            for row in table[section]
        )
        for section in ("matter", "unconfirmed", "outside")
    }  # fmt: skip


def delegable_matters() -> tuple[Matter, ...]:
    """Every matter of L. 2122-22 the table knows, in the order of its items."""
    return tuple(row.matter for row in _table()["matter"])


def item_matter(item: str) -> Matter | None:
    """The matter of an item (« 4° »), or None for an item the table does not know."""
    return next((m for m in delegable_matters() if m.item == item), None)


# « Objet : », « OBJET - », « Décision portant » before what the décision decides.
_LEAD = LazyPattern(r"^[\s#*>_-]*(?:objet\s*[:.-]?\s*)?", re.IGNORECASE)


def classify_subject(subject: str) -> tuple[tuple[Matter, ...], tuple[Matter, ...], bool]:
    """The delegable matters a subject names, those outside every item, and whether an
    item not yet confirmed may cover it."""
    folded = fold(subject)
    table = _table()
    matters = tuple(r.matter for r in table["matter"] if r.names(folded))
    outside = tuple(r.matter for r in table["outside"] if r.names(folded))
    unconfirmed = any(r.names(folded) for r in table["unconfirmed"])
    return matters, outside, unconfirmed


def _classify(act: Act) -> Classification:
    title = act.preface.title
    if not title or not title.strip():
        return Classification(None, None, (), (), False)
    at = act.text.find(title, act.preface.span.start)
    span = Span(at, at + len(title)) if at >= 0 else None
    subject = title[_LEAD.match(title).end() :]  # type: ignore[union-attr]
    matters, outside, unconfirmed = classify_subject(subject)
    if not matters and not outside and facts(act).concerns_procurement:
        # a title that does not say it (« contrat de maintenance du logiciel … »), in an act
        # that passes or amends a marché
        matters = tuple(m for m in delegable_matters() if m.item == "4°")
    return Classification(title, span, matters, outside, unconfirmed)


def matters_of(act: Act) -> Classification:
    """What the act decides, classified by the items of L. 2122-22 (kept with the act)."""
    return facts(act).derived(DERIVED, _classify)
