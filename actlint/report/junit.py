"""JUnit XML: one test case per file, one failure per finding, written when the run ends
since the suite opens with its totals."""

from __future__ import annotations

from collections.abc import Sequence
from xml.etree import ElementTree

from actlint.engine.diagnostic import Diagnostic
from actlint.engine.result import FileResult
from actlint.engine.rule import Severity
from actlint.report.one_line import message_with_place
from actlint.report.reporter import WholeDocument
from actlint.text import Lang


def _where(path: str, d: Diagnostic, lang: Lang) -> str:
    return f"{path}:{d.line}:{d.column}" if d.place is None else path


def junit(results: Sequence[FileResult], lang: Lang, fail_on: Severity = Severity.INFO) -> str:
    """JUnit XML: one test case per file, one failure per finding that fails the gate
    (``--fail-on``); the findings below it are reported in the case's output without
    failing it, so that the test report and the exit code agree."""
    suites = ElementTree.Element("testsuites", name="actlint")
    suite = ElementTree.SubElement(
        suites, "testsuite", name="actlint", tests=str(len(results)),
        failures=str(sum(1 for r in results if any(d.severity >= fail_on for d in r.diagnostics))),
        errors="0",
    )  # fmt: skip
    for result in results:
        case = ElementTree.SubElement(suite, "testcase", name=result.path, classname="actlint")
        for d in result.diagnostics:
            if d.severity < fail_on:
                continue
            failure = ElementTree.SubElement(
                case, "failure", type=d.code,
                message=f"{_where(result.path, d, lang)} {d.code} {message_with_place(d, lang)}",
            )  # fmt: skip
            failure.text = "\n".join(filter(None, [
                f"[{d.severity.word(lang)}] {d.message.get(lang)}",
                d.help.get(lang) if d.help else None,
                f"{d.basis.label(lang)} : {d.basis.line(lang)}" if d.basis else None,
            ]))  # fmt: skip
        below = [d for d in result.diagnostics if d.severity < fail_on]
        if below:
            ElementTree.SubElement(case, "system-out").text = "\n".join(
                f"{_where(result.path, d, lang)} {d.code} [{d.severity.word(lang)}] "
                f"{message_with_place(d, lang)}"
                for d in below
            )
    ElementTree.indent(suites)
    return ElementTree.tostring(suites, encoding="unicode", xml_declaration=True)


class JunitReporter(WholeDocument):
    def render(self, results: Sequence[FileResult]) -> str:
        return junit(results, self.options.lang, self.options.fail_on)
