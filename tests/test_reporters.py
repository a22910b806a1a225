"""The output formats of ``check``: one table of reporters, each fed file by file."""

from __future__ import annotations

import io
import json

import click
import pytest

from actlint.cli import check
from actlint.engine.lint import FileResult
from actlint.engine.registry import load_registry, load_rules
from actlint.report.formats import REPORTERS, open_reporter
from actlint.report.reporter import Reporter, ReportOptions
from actlint.run.check import Settings, check_paths
from tests.conftest import CORPUS, EXAMPLE, lint_file, run_actlint

WHOLE_DOCUMENTS = ("sarif", "gitlab", "junit")  # their totals come first: written at the end


def report(name: str, results: list[FileResult], quiet: bool = False) -> str:
    out = io.StringIO()
    rules = [r for r in load_rules() if r.status == "stable"]
    reporter = open_reporter(name, ReportOptions(rules, "fr", quiet, stream=out))
    for result in results:
        reporter.add(result)
    reporter.close()
    return out.getvalue()


def test_format_choices_are_the_table_in_order() -> None:
    (option,) = [p for p in check.params if p.name == "output_format"]
    assert isinstance(option.type, click.Choice)
    assert list(option.type.choices) == list(REPORTERS)
    assert list(REPORTERS) == ["text", "concise", "json", "sarif", "github", "gitlab", "junit"]


@pytest.mark.parametrize("name", REPORTERS)
def test_every_format_reports(name: str) -> None:
    reporter = open_reporter(name, ReportOptions([], "fr", stream=io.StringIO()))
    assert isinstance(reporter, Reporter)
    printed = report(name, [lint_file(EXAMPLE)])
    assert "VAT001" in printed and printed.endswith("\n")


@pytest.mark.parametrize("name", REPORTERS)
def test_formats_stream_unless_one_document(name: str) -> None:
    out = io.StringIO()
    reporter = open_reporter(name, ReportOptions([], "en", stream=out))
    reporter.add(lint_file(EXAMPLE))
    assert bool(out.getvalue()) is (name not in WHOLE_DOCUMENTS)
    reporter.close()
    assert out.getvalue()


@pytest.mark.parametrize("name", REPORTERS)
def test_each_format_prints_what_the_command_prints(name: str) -> None:
    paths = (str(EXAMPLE), str(CORPUS / "015.txt"))
    run = check_paths(paths, Settings(cache=False), load_registry())
    out = io.StringIO()
    reporter = open_reporter(name, ReportOptions(run.rules, "fr", stream=out))
    for result in run.files:
        assert isinstance(result, FileResult)
        reporter.add(result)
    reporter.close()
    assert out.getvalue() == run_actlint("check", "--no-cache", "--format", name, *paths).stdout


def _counted(lines: list[str]) -> int:
    assert lines and all(line.split("\t")[0].strip().isdigit() for line in lines)
    return sum(int(line.split("\t")[0]) for line in lines)


@pytest.mark.parametrize("name", REPORTERS)
def test_statistics_keep_each_format(name: str, capsys: pytest.CaptureFixture[str]) -> None:
    """The formats people read show the table instead of the findings; JSON and SARIF carry
    it inside their document; the others keep their output and print the table on stderr."""
    results = [lint_file(EXAMPLE), lint_file(EXAMPLE)]
    found = 2 * len(results[0].diagnostics)
    out = io.StringIO()
    reporter = open_reporter(name, ReportOptions([], "fr", stream=out, statistics=True))
    for result in results:
        reporter.add(result)
    reporter.close()
    printed = out.getvalue()
    if name in ("text", "concise"):
        assert _counted(printed.splitlines()) == found
    elif name == "json":
        assert sum(s["count"] for s in json.loads(printed)["statistics"]) == found
    elif name == "sarif":
        run = json.loads(printed)["runs"][0]
        assert sum(s["count"] for s in run["properties"]["statistics"]) == found
    else:
        assert printed == report(name, results)
        assert _counted(capsys.readouterr().err.splitlines()) == found


def test_quiet_text_keeps_only_the_findings() -> None:
    results = [lint_file(EXAMPLE)]
    full, quiet = report("text", results), report("text", results, quiet=True)
    assert "Trouvé" in full and "Trouvé" not in quiet
    assert "" in full.splitlines() and "" not in quiet.splitlines()
    assert [line for line in full.splitlines()[:-1] if line] == quiet.splitlines()


def test_empty_runs_still_make_whole_documents() -> None:
    assert report("text", []) == ""  # nothing linted: the reasons went to stderr
    assert report("concise", []) == report("github", []) == ""
    for name in ("json", *WHOLE_DOCUMENTS):
        assert report(name, [])
