"""SARIF 2.1.0, the log code-scanning tools read: the rules run, then every finding."""

from __future__ import annotations

import json
from collections.abc import Sequence

from actlint import __version__
from actlint.engine.diagnostic import Diagnostic
from actlint.engine.fingerprint import fingerprints
from actlint.engine.position import Related
from actlint.engine.result import FileResult
from actlint.engine.rule import Rule, Severity
from actlint.engine.rule_docs import body
from actlint.report.json_report import statistics_json
from actlint.report.reporter import WholeDocument
from actlint.run.outcome import Tally
from actlint.text import Lang

SARIF_SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json"
_SARIF_LEVEL = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "note"}


def sarif(
    results: Sequence[FileResult], rules: Sequence[Rule], lang: Lang, statistics: bool = False
) -> str:
    codes = sorted({d.code for r in results for d in r.diagnostics} | {r.code for r in rules})
    by_code = {r.code: r for r in rules}
    descriptors = []
    for code in codes:
        rule = by_code.get(code)
        if rule is None:
            continue
        descriptors.append({
            "id": rule.code,
            "name": rule.name,
            "shortDescription": {"text": rule.summary.get(lang)},
            "fullDescription": {"text": body(rule, lang).split("\n\n", 1)[0]},
            "help": {"text": body(rule, lang)},
            "defaultConfiguration": {"level": _SARIF_LEVEL[rule.severity]},
            "properties": {"basis": rule.basis.line(lang) if rule.basis else None,
                           "basisKind": rule.basis.kind if rule.basis else None,
                           "sources": rule.basis.to_json(lang)["sources"] if rule.basis else [],
                           "status": rule.status, "pack": rule.pack},
        })  # fmt: skip
    index = {d["id"]: i for i, d in enumerate(descriptors)}
    findings = []
    for result in results:
        for d, fingerprint in fingerprints(result):
            entry: dict[str, object] = {
                "ruleId": d.code,
                "level": _SARIF_LEVEL[d.severity],
                "message": {"text": d.message.get(lang)
                            + (f" ({d.help.get(lang)})" if d.help else "")},
                "locations": [_sarif_location(result.path, d, lang)],
                "partialFingerprints": {"actlint/v1": fingerprint},
            }  # fmt: skip
            if d.code in index:
                entry["ruleIndex"] = index[d.code]
            if d.related:
                entry["relatedLocations"] = [_related(i, r, lang) for i, r in enumerate(d.related)]
            findings.append(entry)
    log = {
        "version": "2.1.0",
        "$schema": SARIF_SCHEMA,
        "runs": [{
            "tool": {"driver": {"name": "actlint", "version": __version__,
                                "informationUri": "https://pypi.org/project/actlint/",
                                "rules": descriptors}},
            "results": findings,
        }],
    }  # fmt: skip
    if statistics:
        tally = Tally()
        for result in results:
            tally.add(result)
        log["runs"][0]["properties"] = {"statistics": statistics_json(tally)}  # type: ignore[index]
    return json.dumps(log, ensure_ascii=False, indent=2)


def _sarif_location(path: str, d: Diagnostic, lang: Lang) -> dict[str, object]:
    """Lines and columns in a text file. A document's lines are not the file's, so there
    the location says the page and line (or paragraph) and quotes the text."""
    artifact = {"uri": path.replace("\\", "/")}
    if d.place is None:
        region = {"startLine": d.line, "startColumn": d.column, "endLine": d.end_line,
                  "endColumn": max(d.end_column, 1)}  # fmt: skip
        return {"physicalLocation": {"artifactLocation": artifact, "region": region}}
    return {
        "physicalLocation": {"artifactLocation": artifact},
        "message": {"text": f"{d.where(lang)} : « {d.quote} »" if lang == "fr"
                    else f"{d.where(lang)}: “{d.quote}”"},
        "properties": {**d.place.to_json(d.column), "quote": d.quote},
    }  # fmt: skip


def _related(number: int, related: Related, lang: Lang) -> dict[str, object]:
    """Another file the finding names: a region in a text file; the page and line (or
    paragraph) in a document."""
    position = related.position
    location: dict[str, object] = {"artifactLocation": {"uri": related.path.replace("\\", "/")}}
    if position.place is None:
        location["region"] = {"startLine": position.line, "startColumn": position.column}
    return {
        "id": number, "physicalLocation": location,
        "message": {"text": related.note.get(lang) if position.place is None
                    else f"{position.describe(lang)} : {related.note.get(lang)}" if lang == "fr"
                    else f"{position.describe(lang)}: {related.note.get(lang)}"},
    }  # fmt: skip


class SarifReporter(WholeDocument):
    """The rules described are those of the run, whether or not they found anything."""

    STATISTICS = "inside"  # in the run's properties

    def render(self, results: Sequence[FileResult]) -> str:
        options = self.options
        return sarif(results, options.rules, options.lang, options.statistics)
