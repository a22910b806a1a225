"""Reports written as the run goes: each file's findings as soon as it is linted, so
output starts at once and memory stays flat. Formats that are one document with
their totals first (SARIF, GitLab, JUnit) keep the findings (not the texts) to the end."""

from __future__ import annotations

import sys
from collections import Counter
from typing import TextIO

from actlint.engine.lint import FileResult
from actlint.engine.rule import Rule, Severity
from actlint.report.styled import emit
from actlint.text import Lang


class Report:
    def __init__(
        self, fmt: str, rules: list[Rule], lang: Lang, quiet: bool = False,
        statistics: bool = False, stream: TextIO | None = None,
    ) -> None:  # fmt: skip
        self.fmt, self.rules, self.lang, self.quiet = fmt, rules, lang, quiet
        self.statistics = statistics
        self.stream = stream or sys.stdout
        self.files = 0
        self.counts: Counter[Severity] = Counter()
        self.by_rule: Counter[tuple[str, str]] = Counter()
        self.kept: list[FileResult] = []
        self.json = None
        if fmt == "json" and not statistics:
            from actlint.report.json_report import CheckJson

            self.json = CheckJson(self.stream.write, lang)

    def add(self, result: FileResult) -> None:
        self.files += 1
        for d in result.diagnostics:
            self.counts[d.severity] += 1
            self.by_rule[(d.code, d.name)] += 1
        if self.statistics:
            return
        if self.json is not None:
            self.json.add(result)
        elif self.fmt == "text":
            from actlint.report.text import render_file

            emit([line for line in render_file(result, self.lang) if line or not self.quiet],
                 self.stream)  # fmt: skip
        elif self.fmt == "concise":
            from actlint.report.text import render_concise

            emit(render_concise(result, self.lang), self.stream)
        elif self.fmt == "github":
            from actlint.report.ci_formats import github

            printed = github([result], self.lang)
            if printed:
                self.stream.write(printed + "\n")
        else:
            self.kept.append(result)

    def close(self) -> None:
        if self.statistics:
            from actlint.report.text import render_statistics

            self.stream.write("".join(line + "\n" for line in render_statistics(self.by_rule)))
        elif self.json is not None:
            self.json.close()
        elif self.fmt == "text":
            if not self.quiet:
                from actlint.report.text import summary

                emit([summary(self.files, self.counts, self.lang)], self.stream)
        elif self.fmt in ("sarif", "gitlab", "junit"):
            from actlint.report import ci_formats

            printed = {
                "sarif": lambda: ci_formats.sarif(self.kept, self.rules, self.lang),
                "gitlab": lambda: ci_formats.gitlab(self.kept, self.lang),
                "junit": lambda: ci_formats.junit(self.kept, self.lang),
            }[self.fmt]()
            self.stream.write(printed + "\n")
        self.stream.flush()

    def fails(self, threshold: Severity) -> bool:
        return any(n for severity, n in self.counts.items() if severity >= threshold)
