"""The output formats of ``check`` by the name ``--format`` takes, each the reporter of one
module of this package."""

from __future__ import annotations

import pkgutil
from collections.abc import Callable
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from actlint.report.reporter import Reporter, ReportOptions

# Import paths rather than classes: the command line reads the names on every start, and
# the formats' modules import the engine, which only ``check`` needs.
REPORTERS: dict[str, str] = {
    "text": "actlint.report.text:TextReporter",
    "concise": "actlint.report.concise:ConciseReporter",
    "json": "actlint.report.json_report:JsonReporter",
    "sarif": "actlint.report.sarif:SarifReporter",
    "github": "actlint.report.github:GithubReporter",
    "gitlab": "actlint.report.gitlab:GitlabReporter",
    "junit": "actlint.report.junit:JunitReporter",
}

# --statistics prints its table instead of the findings, whatever the format.
STATISTICS = "actlint.report.statistics:StatisticsReporter"


def open_reporter(name: str, options: ReportOptions, statistics: bool = False) -> Reporter:
    """The reporter of format ``name``, or with ``statistics`` the table of findings by rule."""
    make: Callable[[ReportOptions], Reporter] = pkgutil.resolve_name(
        STATISTICS if statistics else REPORTERS[name]
    )
    return make(options)
