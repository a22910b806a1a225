"""A finding placed in a file: what reporters print."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from actlint.engine.basis import Basis
from actlint.engine.rule import Severity
from actlint.read.excerpt import Excerpt
from actlint.read.source import Place
from actlint.text import Lang, Text

if TYPE_CHECKING:
    from actlint.engine.position import Related


@dataclass(frozen=True)
class Diagnostic:
    code: str
    name: str
    severity: Severity
    message: Text
    line: int
    column: int
    end_line: int
    end_column: int
    help: Text | None = None
    basis: Basis | None = None
    place: Place | None = None
    """Where the finding stands in a DOCX, ODT or PDF document (page and line, paragraph)."""
    quote: str = ""
    """The text the finding is about, as written."""
    excerpt: Excerpt | None = None
    """Its line, for reports that show the source; None when there is nothing to show."""
    context: str = ""
    related: tuple[Related, ...] = ()
    """Places in other files the finding names (the act cited, the act of delegation)."""

    def where(self, lang: Lang) -> str:
        """`line:column` in a text file; page and line, or paragraph, in a document."""
        if self.place is None:
            return f"{self.line}:{self.column}"
        return self.place.describe(self.column, lang)

    def sort_key(self) -> tuple[int, int, str]:
        return (self.line, self.column, self.code)

    def to_json(self, lang: Lang) -> dict[str, object]:
        return {
            "code": self.code,
            "name": self.name,
            "severity": self.severity.label,
            "message": self.message.get(lang),
            "line": self.line,
            "column": self.column,
            "end_line": self.end_line,
            "end_column": self.end_column,
            "help": self.help.get(lang) if self.help else None,
            "basis": self.basis.line(lang) if self.basis else None,
            "basis_kind": self.basis.kind if self.basis else None,
            "sources": self.basis.to_json(lang)["sources"] if self.basis else [],
            "quote": self.quote,
            "location": self.place.to_json(self.column) if self.place else None,
            **({"related": [r.to_json(lang) for r in self.related]} if self.related else {}),
        }
