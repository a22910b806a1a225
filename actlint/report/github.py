"""GitHub Actions workflow commands: one annotation per finding, file by file."""

from __future__ import annotations

from actlint.engine.result import FileResult
from actlint.engine.rule import Severity
from actlint.report.one_line import message_with_place
from actlint.report.reporter import ReportOptions
from actlint.text import Lang

_GITHUB_LEVEL = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "notice"}


def _escape_data(text: str) -> str:
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def _escape_property(text: str) -> str:
    return _escape_data(text).replace(":", "%3A").replace(",", "%2C")


def workflow_commands(result: FileResult, lang: Lang) -> list[str]:
    """One workflow command per finding of a file."""
    lines = []
    for d in result.diagnostics:
        fields: tuple[tuple[str, object], ...] = (
            ("file", result.path), ("line", d.line), ("col", d.column),
            ("endLine", d.end_line), ("endColumn", d.end_column),
        ) if d.place is None else (("file", result.path),)  # fmt: skip
        properties = ",".join(
            f"{key}={_escape_property(str(value))}"
            for key, value in (*fields, ("title", f"{d.code} {d.name}"))
        )
        lines.append(f"::{_GITHUB_LEVEL[d.severity]} {properties}::"
                     f"{_escape_data(message_with_place(d, lang))}")  # fmt: skip
    return lines


class GithubReporter:
    def __init__(self, options: ReportOptions) -> None:
        self.options = options

    def add(self, result: FileResult) -> None:
        lines = workflow_commands(result, self.options.lang)
        self.options.stream.write("".join(line + "\n" for line in lines))

    def close(self) -> None:
        self.options.stream.flush()
