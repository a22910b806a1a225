"""The parse of every real act matches what a careful reader found in it (labels.json)."""

from __future__ import annotations

import pytest

from actlint.parse.document import read_document
from actlint.read.source import decode
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
        "NOM002",  # a marché filed under 9.1 rather than 1.x (advice; legal notes §7.1)
        "NOM003",  # « 2026-92 »: the hyphen is refused by the transmission platform (advice)
    },
    "001.txt": {"NOM003"},  # « 36/2023 »: « / » is not transmissible (advice)
    "004.txt": {
        "STR002",  # labelled: no ARRÊTE before article 1
        "EXE001",  # labelled: article 3 only lists recipients
        "REC003",  # « VU l'arrêté préfectoral relatif à la police des lieux publics »: no date, no number
        "EXE003",  # no voies et délais de recours
        "NOM003",  # « 008PM/2026 » (advice)
    },
    "007.txt": {
        "STR002",
        "DEL001",  # both labelled (« Pour la Préfecture » with no delegation visa)
        "REF005",  # « code des relations entre la public et l'administration »
    },
    "012.txt": {"STR002"},  # labelled
    "013.txt": {"STR002", "REF004"},  # both labelled (8378/2016/04 vs 83/PB/2016/04)
    "015.txt": {
        "STR003",  # labelled: article 2 missing
        "EXE001",  # labelled: « Ampliation … transmise à » only
        "EXE003",  # no voies et délais de recours
        "NOM003",  # « PMU 2020-03-063 » (advice)
    },
    "019.txt": set(),
    "023.txt": {
        "STR004",  # labelled: « Fait à LEXY le … » with no signatory
        "EXE003",  # no voies et délais de recours
        "REF003",  # labelled: L 3221-3 and L 3221-4 belong to the département
    },
    "025.txt": set(),
    "028.txt": {"STR006"},  # « Quatre marchés … » is opened and never closed in this text
    "031.txt": set(),  # 1998: transmitted on paper, before @CTES
}
PACKS = ("STR", "EXE", "DEL", "REC", "DAT", "VAT", "REF", "ENT", "NOM")


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


def test_name_variants_in_preview_find_the_labelled_ones() -> None:
    """ENT001 is in preview: on the corpus it finds the three labelled names and nothing else."""
    from actlint.engine.lint import lint_source
    from actlint.engine.registry import load_rules
    from actlint.read.source import decode

    (rule,) = [r for r in load_rules() if r.code == "ENT001"]
    found = {}
    for key in KEYS:
        path = labelled_path(key)
        result = lint_source(decode(path.read_bytes(), str(path)), [rule])
        found[key] = [d.message.fr for d in result.diagnostics]
    assert {k: v for k, v in found.items() if v} == {
        "../examples/decision-2026-92-lens.txt": [
            "« AQUA RAY SAS » est écrit « AQUA-RAY » ailleurs dans l'acte"
        ],
        "007.txt": ["« Richerments » est écrit « Richemonts » ailleurs dans l'acte"],
        "015.txt": ["« Lascau » est écrit « Lacau » ailleurs dans l'acte"],
    }
