"""The concise report: one line per finding, file by file."""

from __future__ import annotations

from actlint.engine.result import FileResult
from actlint.report.reporter import ReportOptions
from actlint.report.styled import Line, emit
from actlint.report.text import headline
from actlint.text import Lang


def render_concise(result: FileResult, lang: Lang) -> list[Line]:
    """One line per finding; in a document, the quoted text too, to find it by search."""
    return [
        headline(result.path, d, lang)
        + ([(f" — « {d.quote} »", "")] if d.place and d.quote else [])
        for d in result.diagnostics
    ]


class ConciseReporter:
    STATISTICS = "instead"  # people read the table rather than the findings

    def __init__(self, options: ReportOptions) -> None:
        self.options = options

    def add(self, result: FileResult) -> None:
        emit(render_concise(result, self.options.lang), self.options.stream, self.options.colour)

    def close(self) -> None:
        self.options.stream.flush()
