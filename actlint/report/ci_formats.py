"""Reports for CI systems: SARIF 2.1.0, GitHub workflow commands, GitLab Code Quality, JUnit."""

from __future__ import annotations

import json
from collections.abc import Sequence
from xml.etree import ElementTree

from actlint import __version__
from actlint.engine.diagnostic import Diagnostic
from actlint.engine.fingerprint import fingerprints
from actlint.engine.lint import FileResult
from actlint.engine.rule import Rule, Severity
from actlint.text import Lang

SARIF_SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json"
_SARIF_LEVEL = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "note"}
_GITHUB_LEVEL = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "notice"}
_GITLAB_SEVERITY = {Severity.ERROR: "major", Severity.WARNING: "minor", Severity.INFO: "info"}


def sarif(results: Sequence[FileResult], rules: Sequence[Rule], lang: Lang) -> str:
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
            "fullDescription": {"text": rule.docs.split("\n\n", 1)[0]},
            "help": {"text": rule.docs},
            "defaultConfiguration": {"level": _SARIF_LEVEL[rule.severity]},
            "properties": {"basis": rule.basis, "status": rule.status, "pack": rule.pack},
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


def _escape_data(text: str) -> str:
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def _escape_property(text: str) -> str:
    return _escape_data(text).replace(":", "%3A").replace(",", "%2C")


def github(results: Sequence[FileResult], lang: Lang) -> str:
    """GitHub Actions workflow commands: one annotation per finding."""
    lines = []
    for result in results:
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
                         f"{_escape_data(_message_with_place(d, lang))}")  # fmt: skip
    return "\n".join(lines)


def gitlab(results: Sequence[FileResult], lang: Lang) -> str:
    """GitLab Code Quality report (a JSON array)."""
    issues = []
    for result in results:
        for d, fingerprint in fingerprints(result):
            issues.append({
                "type": "issue",
                "check_name": d.code,
                "description": f"{d.code} {_message_with_place(d, lang)}",
                "categories": ["Bug Risk" if d.severity is Severity.ERROR else "Style"],
                "severity": _GITLAB_SEVERITY[d.severity],
                "fingerprint": fingerprint,
                "location": {"path": result.path, "lines": {"begin": 1}} if d.place else
                            {"path": result.path,
                             "positions": {"begin": {"line": d.line, "column": d.column},
                                           "end": {"line": d.end_line, "column": d.end_column}}},
            })  # fmt: skip
    return json.dumps(issues, ensure_ascii=False, indent=2)


def _message_with_place(d: Diagnostic, lang: Lang) -> str:
    """The message, led in a document by the page and line (or paragraph) and the quote."""
    if d.place is None:
        return d.message.get(lang)
    if lang == "fr":
        return f"{d.where(lang)}, « {d.quote} » : {d.message.get(lang)}"
    return f"{d.where(lang)}, “{d.quote}”: {d.message.get(lang)}"


def _where(path: str, d: Diagnostic, lang: Lang) -> str:
    return f"{path}:{d.line}:{d.column}" if d.place is None else path


def junit(results: Sequence[FileResult], lang: Lang) -> str:
    """JUnit XML: one test case per file, one failure per finding."""
    suites = ElementTree.Element("testsuites", name="actlint")
    suite = ElementTree.SubElement(
        suites, "testsuite", name="actlint", tests=str(len(results)),
        failures=str(sum(1 for r in results if r.diagnostics)), errors="0",
    )  # fmt: skip
    for result in results:
        case = ElementTree.SubElement(suite, "testcase", name=result.path, classname="actlint")
        for d in result.diagnostics:
            failure = ElementTree.SubElement(
                case, "failure", type=d.code,
                message=f"{_where(result.path, d, lang)} {d.code} {_message_with_place(d, lang)}",
            )  # fmt: skip
            failure.text = "\n".join(filter(None, [
                f"[{d.severity.word(lang)}] {d.message.get(lang)}",
                d.help.get(lang) if d.help else None, d.basis,
            ]))  # fmt: skip
    ElementTree.indent(suites)
    return ElementTree.tostring(suites, encoding="unicode", xml_declaration=True)
