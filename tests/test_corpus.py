"""The parse of every real act matches what a careful reader found in it (labels.json)."""

from __future__ import annotations

import pytest

from actlint.document import read_document
from actlint.source import decode
from tests.conftest import LABELS, labelled_path, lint_file

KEYS = sorted(LABELS)
# Families whose defects this rule pack reports; the others belong to later packs.
REPORTED_FAMILIES = {"STR", "EXE"}


def _act(key: str):
    path = labelled_path(key)
    return read_document(decode(path.read_bytes(), str(path))).act


@pytest.mark.parametrize("key", KEYS)
def test_kind_number_and_signature(key: str) -> None:
    label, act = LABELS[key], _act(key)
    assert act.kind == label["kind"]
    assert act.preface.number == label["number_normalized"]
    signature = act.signature
    date = signature.date.value.isoformat() if signature and signature.date else None
    assert date == label["signature_date"]
    place = signature.place if signature else None
    expected_place = label["signature_place"]
    assert place == (expected_place.replace("’", "'") if expected_place else None)


@pytest.mark.parametrize("key", KEYS)
def test_structure(key: str) -> None:
    label, act = LABELS[key], _act(key)
    assert [a.number for a in act.articles] == label["articles"]
    assert len(act.preamble.citations) == label["visas"]
    assert len(act.preamble.recitals) == label["considerants"]
    execution = act.execution_article.number if act.execution_article else None
    assert execution == label["execution_article"]


@pytest.mark.parametrize("key", KEYS)
def test_dates(key: str) -> None:
    label, act = LABELS[key], _act(key)
    assert [d.value.isoformat() for d in act.dates if d.value] == label["dates"]


# 028 lists lot amounts in a table with no currency: they are numbers to a parser,
# and reading them as money would also read every table of figures as money.
@pytest.mark.parametrize("key", [k for k in KEYS if k != "028.txt"])
def test_amounts(key: str) -> None:
    label, act = LABELS[key], _act(key)
    found = [(float(a.value), a.qualifier) for a in act.amounts]
    assert found == [(float(a["value"]), a["qualifier"]) for a in label["amounts"]]


def test_amounts_with_currency_in_028() -> None:
    found = [(float(a.value), a.qualifier) for a in _act("028.txt").amounts]
    assert found == [(350.0, None), (11850.0, "HT")]


@pytest.mark.parametrize("key", KEYS)
def test_reported_defects_are_the_labelled_ones(key: str) -> None:
    """Structure and execution findings are exactly the defects a reader recorded."""
    labelled = {d["family"] for d in LABELS[key]["true_defects"]} & REPORTED_FAMILIES
    found = {d.code[:3] for d in lint_file(labelled_path(key)).diagnostics} & REPORTED_FAMILIES
    assert found == labelled
