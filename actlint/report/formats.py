"""The output formats of ``check`` by the name ``--format`` takes, each the reporter of one
module of this package."""

from __future__ import annotations

import sys
from collections.abc import Callable
from dataclasses import replace
from importlib import import_module
from typing import TYPE_CHECKING, Any

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

STATISTICS = "actlint.report.statistics:StatisticsReporter"


def open_reporter(name: str, options: ReportOptions) -> Reporter:
    """The reporter of format ``name``. With ``options.statistics``, a format says where the
    table of findings by rule goes (its ``STATISTICS``): ``instead`` of the findings (the
    formats people read), ``inside`` its document (JSON, SARIF), or else on stderr, so that
    what stdout carries stays in its format."""
    make: Callable[[ReportOptions], Reporter] = _resolve(REPORTERS[name])
    if not options.statistics:
        return make(options)
    table: Callable[[ReportOptions], Reporter] = _resolve(STATISTICS)
    where = getattr(make, "STATISTICS", "stderr")
    if where == "instead":
        return table(options)
    if where == "inside":
        return make(options)
    from actlint.report.reporter import Together

    return Together(make(options), table(replace(options, stream=sys.stderr)))


def _resolve(name: str) -> Any:
    """The object ``module:attribute`` names, its module imported."""
    module, _, attribute = name.partition(":")
    return getattr(import_module(module), attribute)
