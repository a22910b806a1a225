"""GitLab Code Quality: one JSON array of issues, written when the run ends."""

from __future__ import annotations

import json
from collections.abc import Sequence

from actlint.engine.fingerprint import fingerprints
from actlint.engine.result import FileResult
from actlint.engine.rule import Severity
from actlint.report.one_line import message_with_place
from actlint.report.reporter import WholeDocument
from actlint.text import Lang

_GITLAB_SEVERITY = {Severity.ERROR: "major", Severity.WARNING: "minor", Severity.INFO: "info"}


def gitlab(results: Sequence[FileResult], lang: Lang) -> str:
    """GitLab Code Quality report (a JSON array)."""
    issues = []
    for result in results:
        for d, fingerprint in fingerprints(result):
            issues.append({
                "type": "issue",
                "check_name": d.code,
                "description": f"{d.code} {message_with_place(d, lang)}",
                "categories": ["Bug Risk" if d.severity is Severity.ERROR else "Style"],
                "severity": _GITLAB_SEVERITY[d.severity],
                "fingerprint": fingerprint,
                "location": {"path": result.path, "lines": {"begin": 1}} if d.place else
                            {"path": result.path,
                             "positions": {"begin": {"line": d.line, "column": d.column},
                                           "end": {"line": d.end_line, "column": d.end_column}}},
            })  # fmt: skip
    return json.dumps(issues, ensure_ascii=False, indent=2)


class GitlabReporter(WholeDocument):
    def render(self, results: Sequence[FileResult]) -> str:
        return gitlab(results, self.options.lang)
