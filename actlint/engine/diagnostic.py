"""A finding placed in a file: what reporters print."""

from __future__ import annotations

from dataclasses import dataclass

from actlint.engine.rule import Lang, Severity, Text
from actlint.read.source import Place

_WINDOW = 60  # characters of context kept on each side of a finding in a long line
_CONTEXT = 24  # characters on each side of the flagged text, for fingerprints


@dataclass(frozen=True)
class Excerpt:
    """The line a finding is on, cut around it: ``text[start:end]`` is what is flagged."""

    text: str
    start: int
    end: int

    @classmethod
    def of(cls, line: str, column: int, end_column: int | None) -> Excerpt:
        """``end_column`` None: the finding runs on past the end of the line."""
        text = line.replace("\t", " ")
        start = column - 1
        end = max(end_column - 1 if end_column is not None else len(text), start + 1)
        if start > _WINDOW:
            cut = start - _WINDOW
            text, start, end = "…" + text[cut:], start - cut + 1, end - cut + 1
        if len(text) > end + _WINDOW:
            text = text[: end + _WINDOW] + "…"
        return cls(text, start, min(end, len(text) + 1))


def context(text: str, start: int, end: int) -> str:
    """The flagged text and a few characters around it, blanks folded: what a finding's
    fingerprint is made of, so that it survives edits elsewhere in the file."""
    return " ".join(text[max(0, start - _CONTEXT) : end + _CONTEXT].split())


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
    basis: str | None = None
    place: Place | None = None
    """Where the finding stands in a DOCX, ODT or PDF document (page and line, paragraph)."""
    quote: str = ""
    """The text the finding is about, as written."""
    excerpt: Excerpt | None = None
    """Its line, for reports that show the source; None when there is nothing to show."""
    context: str = ""

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
            "basis": self.basis,
            "quote": self.quote,
            "location": self.place.to_json(self.column) if self.place else None,
        }
