"""A place in another file than the one linted: where a finding's related act stands."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from actlint.read.source import Place
from actlint.text import Lang, Text


@dataclass(frozen=True)
class Position:
    """Where something stands in its file: line and column, and for a DOCX, ODT or PDF
    document the page and line or the paragraph."""

    line: int
    column: int
    place: Place | None = None

    def describe(self, lang: Lang) -> str:
        if self.place is None:
            return f"{self.line}:{self.column}"
        return self.place.describe(self.column, lang)

    def to_json(self) -> dict[str, Any]:
        return {"line": self.line, "column": self.column,
                "location": self.place.to_json(self.column) if self.place else None}  # fmt: skip

    def stored(self) -> list[Any]:
        place = self.place
        return [self.line, self.column,
                [place.unit, place.number, place.line, place.offset] if place else None]  # fmt: skip

    @staticmethod
    def restored(data: list[Any]) -> Position:
        return Position(data[0], data[1], Place(*data[2]) if data[2] else None)


@dataclass(frozen=True)
class Related:
    """Another file a finding names: its path (relative to the repository's root, or as
    given), the position there, and what stands there."""

    path: str
    position: Position
    note: Text

    def describe(self, lang: Lang) -> str:
        """« actes/deliberation.pdf, page 1, ligne 4, colonne 1 (la délibération …) »"""
        where = self.position.describe(lang)
        joined = f"{self.path}:{where}" if self.position.place is None else f"{self.path}, {where}"
        return f"{joined} ({self.note.get(lang)})"

    def to_json(self, lang: Lang) -> dict[str, Any]:
        return {"path": self.path, **self.position.to_json(), "message": self.note.get(lang)}

    def stored(self) -> list[Any]:
        return [self.path, self.position.stored(), self.note.fr, self.note.en]

    @staticmethod
    def restored(data: list[Any]) -> Related:
        return Related(data[0], Position.restored(data[1]), Text(data[2], data[3]))
