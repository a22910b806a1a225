"""The findings on the real corpora against their judgements (tests/judgements.py)."""

from __future__ import annotations

from collections import Counter

import pytest

from tests.judgements import VERDICTS, Key, Seen, corpus_files, findings, judged


@pytest.fixture(scope="module")
def seen() -> list[Seen]:
    return list(findings())


@pytest.fixture(scope="module")
def verdicts() -> dict[Key, dict[str, object]]:
    return judged()


def test_every_entry_is_judged_with_a_reason(verdicts: dict[Key, dict[str, object]]) -> None:
    for key, entry in verdicts.items():
        assert entry["verdict"] in VERDICTS and str(entry["reason"]).strip(), key
        assert not entry.get("fixed") or entry["verdict"] == "false", key


def test_every_finding_is_judged(seen: list[Seen], verdicts: dict[Key, dict]) -> None:
    unjudged = [f for f in seen if f.key not in verdicts]
    assert unjudged == [], "run `python tests/judgements.py --pending` and judge these"


def test_fixed_false_findings_do_not_come_back(seen: list[Seen], verdicts: dict[Key, dict]) -> None:
    back = [f for f in seen if verdicts.get(f.key, {}).get("fixed")]
    assert back == []


def test_true_findings_do_not_disappear(seen: list[Seen], verdicts: dict[Key, dict]) -> None:
    present = {f.key for f in seen}
    lost = [k for k, e in verdicts.items() if e["verdict"] == "true" and k not in present]
    assert lost == []


def test_no_false_error_and_few_false_findings(seen: list[Seen], verdicts: dict[Key, dict]) -> None:
    false = [f for f in seen if verdicts.get(f.key, {}).get("verdict") == "false"]
    assert [f for f in false if f.severity == "error"] == []
    assert len(false) <= 0.05 * len(seen)


def test_at_most_three_warnings_per_act_on_average(seen: list[Seen]) -> None:
    warnings = Counter(f.severity for f in seen)["warning"]
    assert warnings <= 3 * len(corpus_files())
