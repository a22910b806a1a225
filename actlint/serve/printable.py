"""The printable report of an act: one HTML file standing alone (its style inside), with
the act's identity, the date, actlint's version, the configuration and every finding with
its basis."""

from __future__ import annotations

import datetime
from typing import TYPE_CHECKING

from actlint.serve.analysis import Analysis
from actlint.serve.view import counts, findings, summary
from actlint.serve.wording import long_date
from actlint.text import Lang

if TYPE_CHECKING:
    from actlint.serve.app import Service


def printable_report(service: Service, analysis: Analysis, lang: Lang) -> str:
    shown = findings(analysis, lang)
    today = datetime.date.today().isoformat()  # the report's date, not the act's
    response = service.page(
        "report.html", lang, name=analysis.name, summary=summary(analysis, lang),
        findings=shown, counts=counts(shown), today=long_date(today, lang),
    )  # fmt: skip
    return bytes(response.body).decode("utf-8")
