"""A finding placed in a file: what reporters print."""

from __future__ import annotations

from dataclasses import dataclass

from actlint.rule import Lang, Severity, Text


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
        }
