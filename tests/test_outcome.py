"""How a check ends, as plain functions: baselines, the messages they call for, the exit code."""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path

import pytest

from actlint.engine.config import ConfigError
from actlint.engine.rule import Severity
from actlint.read.files import Unreadable
from actlint.run.baseline import Baselines, no_longer_occurs, relative_to
from actlint.run.outcome import Outcome, Tally, exit_code, fail_threshold
from tests.conftest import CORPUS, EXAMPLE, lint_file

ERROR, WARNING, INFO = Severity.ERROR, Severity.WARNING, Severity.INFO


@pytest.mark.parametrize(
    ("unreadable", "severities", "threshold", "code"),
    [
        (False, {}, ERROR, 0),
        (False, {ERROR: 0, WARNING: 0}, INFO, 0),
        (False, {WARNING: 3, INFO: 1}, ERROR, 0),
        (False, {WARNING: 3}, WARNING, 1),
        (False, {ERROR: 1}, WARNING, 1),
        (False, {INFO: 1}, INFO, 1),
        (False, {INFO: 1}, WARNING, 0),
        (True, {}, ERROR, 2),
        (True, {ERROR: 5}, INFO, 2),  # an incomplete check is a usage error whatever it found
    ],
)
def test_exit_code(
    unreadable: bool, severities: dict[Severity, int], threshold: Severity, code: int
) -> None:
    assert exit_code(unreadable, severities, threshold) == code


def test_fail_threshold_command_line_then_configuration_then_error() -> None:
    assert fail_threshold(None, None) is ERROR
    assert fail_threshold(None, "info") is INFO
    assert fail_threshold("warning", "info") is WARNING


def test_tally_counts_by_severity_and_rule() -> None:
    result = lint_file(EXAMPLE)
    tally = Tally()
    tally.add(result)
    tally.add(result)
    assert tally.files == 2
    assert sum(tally.severities.values()) == sum(tally.by_rule.values())
    assert sum(tally.by_rule.values()) == 2 * len(result.diagnostics)
    vat = next(d for d in result.diagnostics if d.code == "VAT001")
    assert tally.by_rule[("VAT001", vat.name)] >= 2


def test_no_longer_occurs_in_both_languages() -> None:
    message = no_longer_occurs({"path": "actes/a.txt", "code": "VAT001", "fingerprint": "x"})
    assert message.get("fr") == (
        "actlint : actes/a.txt : VAT001 enregistré dans la base de référence ne se produit plus"
    )
    assert message.get("en") == (
        "actlint: actes/a.txt: VAT001 recorded in the baseline no longer occurs"
    )


def test_baselines_record_filter_and_tell_what_is_gone(tmp_path: Path) -> None:
    stored = tmp_path / "baseline.json"
    example, other = lint_file(EXAMPLE), lint_file(CORPUS / "015.txt")
    recording = Baselines(record_in=str(stored))
    assert recording.filter(example) == example  # recording alone filters nothing
    recording.filter(other)
    count = len(example.diagnostics) + len(other.diagnostics)
    assert [m.get("en") for m in recording.close()] == [
        f"actlint: baseline written to {stored}: {count} finding(s) in 2 file(s)"
    ]
    recorded = json.loads(stored.read_text("utf-8"))["findings"]
    assert len(recorded) == count

    comparing = Baselines(compare_with=str(stored))
    assert comparing.filter(example).diagnostics == ()
    assert comparing.close() == []  # the other file was not linted: nothing said of it
    fixed = replace(other, diagnostics=other.diagnostics[1:])
    again = Baselines(compare_with=str(stored))
    again.filter(fixed)
    gone = other.diagnostics[0]
    assert [m.get("en") for m in again.close()] == [
        f"actlint: {relative_to(Path.cwd(), other.path)}: {gone.code} recorded in the "
        "baseline no longer occurs"
    ]


def test_baseline_recorded_while_comparing_holds_the_whole_run(tmp_path: Path) -> None:
    first, second = tmp_path / "first.json", tmp_path / "second.json"
    example = lint_file(EXAMPLE)
    Baselines(record_in=str(first)).filter(example)  # never closed: nothing written
    assert not first.exists()
    recording = Baselines(record_in=str(first))
    recording.filter(example)
    recording.close()
    both = Baselines(compare_with=str(first), record_in=str(second))
    assert both.filter(example).diagnostics == ()
    assert [m.get("en")[:34] for m in both.close()] == ["actlint: baseline written to /tmp/"]
    assert json.loads(second.read_text("utf-8")) == json.loads(first.read_text("utf-8"))


def test_unreadable_baseline_is_a_configuration_error(tmp_path: Path) -> None:
    broken = tmp_path / "baseline.json"
    broken.write_text("{", encoding="utf-8")
    with pytest.raises(ConfigError, match="base de référence illisible"):
        Baselines(compare_with=str(broken))
    with pytest.raises(ConfigError):
        Baselines(compare_with=str(tmp_path / "missing.json"))


def test_outcome_follows_the_files_in_order() -> None:
    example = lint_file(EXAMPLE)
    missing = Unreadable("absent.txt", "missing")
    outcome = Outcome()
    assert list(outcome.follow([example, missing, example])) == [example, missing, example]
    assert outcome.unreadable and outcome.tally.files == 2
    assert outcome.exit_code(ERROR) == 2
    assert outcome.close() == []


def test_outcome_exit_code_counts_only_findings_new_to_the_baseline(tmp_path: Path) -> None:
    stored = tmp_path / "baseline.json"
    example = lint_file(EXAMPLE)
    recording = Outcome(Baselines(record_in=str(stored)))
    assert list(recording.follow([example])) == []  # recording reports nothing
    recording.close()
    assert recording.exit_code(ERROR) == 0  # and succeeds
    comparing = Outcome(Baselines(compare_with=str(stored)))
    (reported,) = comparing.follow([example])
    assert reported.diagnostics == () and comparing.exit_code(INFO) == 0
