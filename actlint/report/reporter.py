"""What every output format of ``check`` offers: a reporter fed each file's result as the run
goes, then closed.

Results are reported as soon as each file is linted, so output starts at once and memory
stays flat. Formats that are one document with their totals first keep the results (their
findings, not the files' texts) and write the document when closed."""

from __future__ import annotations

import sys
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Protocol, TextIO, runtime_checkable

from actlint.engine.result import FileResult
from actlint.engine.rule import Rule, Severity
from actlint.text import Lang


@runtime_checkable
class Reporter(Protocol):
    def add(self, result: FileResult) -> None:
        """Report one file's result, in the order the files were given."""

    def close(self) -> None:
        """Finish the report: totals, the whole document of formats written at the end."""


@dataclass(frozen=True)
class ReportOptions:
    """What a reporter is made with; each format reads what it needs."""

    rules: Sequence[Rule]  # the rules of the run, described by formats that list them
    lang: Lang
    quiet: bool = False  # the findings only, no summary
    stream: TextIO = field(default_factory=lambda: sys.stdout)
    colour: bool | None = None  # None: on a colour terminal (``--color auto``)
    statistics: bool = False  # also say how many findings each rule made
    fail_on: Severity = Severity.ERROR  # the lowest severity that fails the check


class WholeDocument:
    """A format written as one document when the run ends: results are kept until then."""

    def __init__(self, options: ReportOptions) -> None:
        self.options = options
        self.kept: list[FileResult] = []

    def add(self, result: FileResult) -> None:
        self.kept.append(result)

    def close(self) -> None:
        self.options.stream.write(self.render(self.kept) + "\n")
        self.options.stream.flush()

    def render(self, results: Sequence[FileResult]) -> str:
        raise NotImplementedError


class Together:
    """Two reporters fed the same results (a format, and the statistics on stderr)."""

    def __init__(self, first: Reporter, second: Reporter) -> None:
        self.reporters = (first, second)

    def add(self, result: FileResult) -> None:
        for reporter in self.reporters:
            reporter.add(result)

    def close(self) -> None:
        for reporter in self.reporters:
            reporter.close()
