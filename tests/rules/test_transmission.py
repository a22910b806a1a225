"""TRA rules: the @CTES acknowledgement stamp checked against the act it is printed on."""

from __future__ import annotations

import pytest

from tests.conftest import lint_text

STAMPED = (
    "DÉCISION n° {number}\nAccusé de réception en préfecture\n"
    "062-216204982-20260511-{stamped}-AR\nDate de télétransmission : {sent}\n"
    "DÉCIDE\nArticle 1 : Le contrat est renouvelé.\nFait à Lens, le 11 mai 2026\n"
)


@pytest.mark.parametrize(
    ("number", "stamped", "expected"),
    [
        ("2026-92", "2026_92", []),  # the transmissible form of the same number
        ("2026-92", "2026_93", ["TRA001"]),
        ("2026_92", "2026_92", []),
        ("25-04/031", "DEL-25-04-031", []),  # corpus-real 037: the nature as a prefix
        ("25-04/031", "DEL-25-04-032", ["TRA001"]),
        ("2026-92", "12026_92", ["TRA001"]),
    ],
)
def test_the_stamp_carries_the_acts_number(number: str, stamped: str, expected: list[str]) -> None:
    text = STAMPED.format(number=number, stamped=stamped, sent="12/05/2026")
    assert [d.code for d in lint_text(text, "TRA001").diagnostics] == expected


@pytest.mark.parametrize(("sent", "expected"), [("10/05/2026", ["TRA002"]), ("11/05/2026", [])])
def test_no_transmission_before_the_signature(sent: str, expected: list[str]) -> None:
    text = STAMPED.format(number="2026-92", stamped="2026_92", sent=sent)
    findings = lint_text(text, "TRA002").diagnostics
    assert [d.code for d in findings] == expected
    assert all(d.severity.label == "error" for d in findings)
