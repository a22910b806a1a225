"""The parse of every real act matches what a careful reader found in it (labels.json)."""

from __future__ import annotations

import pytest

from actlint.document import read_document
from actlint.source import decode
from tests.conftest import LABELS, labelled_path, lint_file

KEYS = sorted(LABELS)


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


# Every finding actlint makes on the real acts, by code. Each labelled STR, EXE, DEL and
# REC defect must be there; each finding beyond the labels is listed with why it is true.
EXPECTED = {
    "../examples/decision-2026-92-lens.txt": {
        "VAT001",  # 2 767,72 € HT × 1,20 = 3 321,26 €, not 3 321,27 €
        "DAT003",  # labelled: effect on 1 January 2026, signed 11 May 2026
        "REC002",  # a marché under delegation: the visa does not name L. 2122-22 4°
        "EXE003",  # no voies et délais de recours anywhere in the act
        "EXE004",  # no « il en sera rendu compte » (advice)
    },
    "001.txt": set(),
    "004.txt": {
        "STR002",  # labelled: no ARRÊTE before article 1
        "EXE001",  # labelled: article 3 only lists recipients
        "REC003",  # « VU l'arrêté préfectoral relatif à la police des lieux publics »: no date, no number
        "EXE003",  # no voies et délais de recours
    },
    "007.txt": {
        "STR002",
        "DEL001",
    },  # both labelled (« Pour la Préfecture » with no delegation visa)
    "012.txt": {"STR002"},  # labelled
    "013.txt": {"STR002"},  # labelled
    "015.txt": {
        "STR003",  # labelled: article 2 missing
        "EXE001",  # labelled: « Ampliation … transmise à » only
        "EXE003",  # no voies et délais de recours
    },
    "019.txt": set(),
    "023.txt": {
        "STR004",  # labelled: « Fait à LEXY le … » with no signatory
        "EXE003",  # no voies et délais de recours
    },
    "025.txt": set(),
    "028.txt": set(),
    "031.txt": set(),
}
PACKS = ("STR", "EXE", "DEL", "REC", "DAT", "VAT")


@pytest.mark.parametrize("key", KEYS)
def test_findings_on_real_acts_are_the_expected_ones(key: str) -> None:
    found = {d.code for d in lint_file(labelled_path(key)).diagnostics if d.code.startswith(PACKS)}
    assert found == EXPECTED[key]


@pytest.mark.parametrize("key", KEYS)
def test_every_labelled_defect_of_the_built_packs_is_found(key: str) -> None:
    labelled = {d["family"] for d in LABELS[key]["true_defects"]} & {
        "STR",
        "EXE",
        "DEL",
        "REC",
        "DAT",
    }
    found = {d.code[:3] for d in lint_file(labelled_path(key)).diagnostics}
    assert labelled <= found


def test_no_error_from_the_legal_packs_on_the_corpus() -> None:
    """Errors block a commit: on these published acts none is due."""
    errors = [
        (key, d.code)
        for key in KEYS
        if key.endswith(".txt") and "examples" not in key
        for d in lint_file(labelled_path(key)).diagnostics
        if d.severity.label == "error"
    ]
    assert errors == []
