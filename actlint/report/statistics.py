"""The ``--statistics`` table: how many findings each rule made, printed when the run ends."""

from __future__ import annotations

from collections.abc import Mapping

from actlint.engine.result import FileResult
from actlint.report.reporter import ReportOptions
from actlint.run.outcome import Tally


def render_statistics(counts: Mapping[tuple[str, str], int]) -> list[str]:
    """How many findings each rule made: `count  CODE  name`, most frequent first."""
    ranked = sorted(counts.items(), key=lambda item: (-item[1], item[0]))
    width = len(str(max(counts.values()))) if counts else 1
    return [f"{n:>{width}}\t{code}\t{name}" for (code, name), n in ranked]


class StatisticsReporter:
    def __init__(self, options: ReportOptions) -> None:
        self.options = options
        self.tally = Tally()

    def add(self, result: FileResult) -> None:
        self.tally.add(result)

    def close(self) -> None:
        lines = render_statistics(self.tally.by_rule)
        self.options.stream.write("".join(line + "\n" for line in lines))
        self.options.stream.flush()
