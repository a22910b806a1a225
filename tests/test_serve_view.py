"""What the page shows of an analysis: highlights cut at the findings' exact places, across
lines and shared by findings on the same words, and the time budget as on the command line."""

from __future__ import annotations

from pathlib import Path

from actlint.run.check import Settings
from actlint.serve.analysis import analyse
from actlint.serve.view import findings, lines, summary
from tests.conftest import EXAMPLE, FIXTURES


def highlighted(path: Path) -> dict[str, list[tuple[str, str]]]:
    """Code → the (line label, text) pieces highlighted for it."""
    analysis = analyse(path.read_bytes(), path.name, Settings(), str(path.parent))
    shown = findings(analysis, "fr")
    pieces: dict[str, list[tuple[str, str]]] = {}
    for line in lines(analysis, shown, "fr"):
        for segment in line.segments:
            for index in segment.findings:
                pieces.setdefault(shown[index].code, []).append((line.label, segment.text))
    return pieces


def test_each_highlight_is_the_quoted_text_at_its_place() -> None:
    pieces = highlighted(EXAMPLE)
    assert pieces["VAT001"] == [("58", "3 321,27 € TTC")]
    assert pieces["DAT003"] == [("60", "1<sup>er</sup> janvier 2026")]
    # a citation cut across two lines is highlighted on both
    assert pieces["REC002"] == [("13", "L.2122-  "), ("14", "22")]


def test_findings_on_the_same_words_share_one_highlight_with_an_anchor_each() -> None:
    analysis = analyse(EXAMPLE.read_bytes(), EXAMPLE.name, Settings(), str(EXAMPLE.parent))
    shown = findings(analysis, "fr")
    assert [s.severity for s in shown] == sorted(
        (s.severity for s in shown), key=["error", "warning", "info"].index
    )
    segment = next(seg for line in lines(analysis, shown, "fr") for seg in line.segments
                   if seg.text == "ARTICLE 6")  # fmt: skip
    assert {shown[i].code for i in segment.starts} == {"EXE003", "EXE004"}
    assert segment.severity == "warning"  # the most severe of the two


def test_a_pdf_line_is_labelled_by_page_and_line() -> None:
    pdf = FIXTURES / "documents" / "converted" / "decision-2026-92-lens.pdf"
    assert highlighted(pdf)["VAT001"] == [("p. 1, l. 42", "3 321,27 € TTC")]


def test_the_summary_reads_the_delegation_chain() -> None:
    analysis = analyse(EXAMPLE.read_bytes(), EXAMPLE.name, Settings(), str(EXAMPLE.parent))
    read = summary(analysis, "en")
    assert read is not None
    assert read["signed_on"] == "11 May 2026" and read["number"] == "2026-92"
    assert read["chain"] == [
        "Pour le Maire, L'Adjoint Délégué, Pierre MAZURE",
        "arrêté (order) n° 2026-631 of 31 March 2026 (line 16)",
        "délibération (council resolution) of 22 March 2026 (line 12)",
    ]


def test_the_time_budget_of_the_configuration_stops_a_long_read(tmp_path: Path) -> None:
    (tmp_path / "actlint.toml").write_text("time-budget = 0.001\n", encoding="utf-8")
    text = EXAMPLE.read_text(encoding="utf-8") * 200
    analysis = analyse(text.encode("utf-8"), "long.txt", Settings(), str(tmp_path))
    assert [d.code for d in analysis.result.diagnostics] == ["IO004"]
    assert "analyse interrompue après 0.001 s" in analysis.result.diagnostics[0].message.fr
    assert analysis.config == str(tmp_path / "actlint.toml")


def test_in_a_document_the_chain_points_at_the_page_and_line() -> None:
    pdf = FIXTURES / "documents" / "converted" / "decision-2026-92-lens.pdf"
    analysis = analyse(pdf.read_bytes(), pdf.name, Settings(), str(pdf.parent))
    read = summary(analysis, "fr")
    assert read is not None
    assert read["chain"][1].startswith("arrêté n° 2026-631 du 31 mars 2026 (page 1, ligne ")
