"""What Word and LibreOffice write beyond the fixtures' cases, each read as printed:
style-linked numbering, restarted lists, field codes, moved and deleted text, text
boxes, outline-numbered headings, continued lists. Small packages built here."""

from __future__ import annotations

import io
import zipfile

from actlint.read.formats import load

W_NS = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
MC_NS = 'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"'


def _package(parts: dict[str, str]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as package:
        for name, text in parts.items():
            package.writestr(name, text.encode("utf-8"))
    return buffer.getvalue()


def _p(text: str, style: str = "", extra: str = "") -> str:
    props = f'<w:pPr><w:pStyle w:val="{style}"/>{extra}</w:pPr>' if style or extra else ""
    return f'<w:p>{props}<w:r><w:t xml:space="preserve">{text}</w:t></w:r></w:p>'


NUMBERING = f"""<w:numbering {W_NS}>
<w:abstractNum w:abstractNumId="7"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/>
<w:lvlText w:val="Article %1 :"/><w:suff w:val="space"/></w:lvl>
<w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="lowerLetter"/><w:lvlText w:val="%2)"/></w:lvl>
</w:abstractNum>
<w:num w:numId="3"><w:abstractNumId w:val="7"/></w:num>
<w:num w:numId="4"><w:abstractNumId w:val="7"/><w:lvlOverride w:ilvl="0"><w:startOverride w:val="10"/></w:lvlOverride></w:num>
</w:numbering>"""
STYLES = f"""<w:styles {W_NS}>
<w:style w:styleId="Article"><w:pPr><w:numPr><w:numId w:val="3"/></w:numPr></w:pPr></w:style>
<w:style w:styleId="ArticleBis"><w:basedOn w:val="Article"/></w:style>
</w:styles>"""


def _docx(body: str) -> list[str]:
    document = f"<w:document {W_NS} {MC_NS}><w:body>{body}</w:body></w:document>"
    data = _package({
        "word/document.xml": document, "word/numbering.xml": NUMBERING, "word/styles.xml": STYLES,
    })  # fmt: skip
    return load(data, "act.docx").text.splitlines()


def test_word_numbering_from_styles_levels_and_restarts() -> None:
    lines = _docx(
        _p("Le contrat est renouvelé.", "Article")
        + _p("Le prix est révisé.", "ArticleBis")  # numbering inherited through basedOn
        + _p("premier cas", extra='<w:numPr><w:ilvl w:val="1"/><w:numId w:val="3"/></w:numPr>')
        + _p("second cas", extra='<w:numPr><w:ilvl w:val="1"/><w:numId w:val="3"/></w:numPr>')
        + _p("Le maire est chargé de l'exécution.", "Article")
        + _p("Reprise à dix.", extra='<w:numPr><w:ilvl w:val="0"/><w:numId w:val="4"/></w:numPr>')
    )
    assert lines == [
        "Article 1 : Le contrat est renouvelé.",
        "Article 2 : Le prix est révisé.",
        "a) premier cas",
        "b) second cas",
        "Article 3 : Le maire est chargé de l'exécution.",
        "Article 10 : Reprise à dix.",
    ]


def test_word_fields_moves_deletions_and_text_boxes() -> None:
    field = (
        '<w:p><w:r><w:t xml:space="preserve">Fait le </w:t></w:r>'
        '<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText> DATE \\@ "d MMMM yyyy" </w:instrText></w:r>'
        '<w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>11 mai 2026</w:t></w:r>'
        '<w:r><w:fldChar w:fldCharType="end"/></w:r></w:p>'
    )
    moved = (
        "<w:p><w:moveFrom><w:r><w:t>ancien emplacement </w:t></w:r></w:moveFrom>"
        "<w:r><w:t>Article 2 : texte</w:t></w:r><w:moveTo><w:r><w:t> déplacé</w:t></w:r></w:moveTo></w:p>"
    )
    joined = (
        '<w:p><w:pPr><w:rPr><w:del w:id="9"/></w:rPr></w:pPr><w:r><w:t xml:space="preserve">Le marché est </w:t></w:r></w:p>'
        "<w:p><w:r><w:t>attribué.</w:t></w:r></w:p>"
    )
    box = (
        "<w:p><w:r><mc:AlternateContent><mc:Choice><w:drawing><w:txbxContent>"
        "<w:p><w:r><w:t>Ville de Lens</w:t></w:r></w:p></w:txbxContent></w:drawing></mc:Choice>"
        "<mc:Fallback><w:pict><w:txbxContent><w:p><w:r><w:t>Ville de Lens</w:t></w:r></w:p>"
        "</w:txbxContent></w:pict></mc:Fallback></mc:AlternateContent></w:r>"
        "<w:r><w:t>DÉCISION n° 5</w:t></w:r></w:p>"
    )
    control = "<w:sdt><w:sdtContent>" + _p("Le Maire,") + "</w:sdtContent></w:sdt>"
    assert _docx(field + moved + joined + box + control) == [
        "Fait le 11 mai 2026",
        "Article 2 : texte déplacé",
        "Le marché est attribué.",
        "Ville de Lens",
        "DÉCISION n° 5",
        "Le Maire,",
    ]


ODF = (
    'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
    'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
    'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"'
)


def test_opendocument_outline_headings_continued_lists_and_spacing() -> None:
    styles = (
        f'<office:document-styles {ODF}><office:styles><text:outline-style style:name="Outline">'
        '<text:outline-level-style text:level="1" style:num-format="1" style:num-prefix="Article " '
        'style:num-suffix=" :"/></text:outline-style>'
        '<text:list-style style:name="L1"><text:list-level-style-number text:level="1" '
        'style:num-format="a" style:num-suffix=")"/></text:list-style>'
        "</office:styles></office:document-styles>"
    )
    content = (
        f"<office:document-content {ODF}><office:body><office:text>"
        '<text:h text:outline-level="1">Le contrat<text:s text:c="3"/>est renouvelé.</text:h>'
        '<text:list xml:id="list1" text:style-name="L1"><text:list-item><text:p>premier</text:p>'
        "</text:list-item></text:list>"
        "<text:p>Ligne<text:tab/>un<text:line-break/>ligne deux"
        '<text:note text:note-class="footnote"><text:note-citation>1</text:note-citation>'
        "<text:note-body><text:p>Une note.</text:p></text:note-body></text:note></text:p>"
        '<text:list text:continue-list="list1"><text:list-header><text:p>sans numéro</text:p>'
        "</text:list-header><text:list-item><text:p>second</text:p></text:list-item></text:list>"
        '<text:h text:outline-level="1">Exécution.</text:h>'
        "</office:text></office:body></office:document-content>"
    )
    data = _package({
        "mimetype": "application/vnd.oasis.opendocument.text",
        "content.xml": content,
        "styles.xml": styles,
    })  # fmt: skip
    assert load(data, "act.odt").text.splitlines() == [
        "Article 1 : Le contrat   est renouvelé.",
        "a) premier",
        "Ligne\tun",
        "ligne deux",
        "sans numéro",
        "b) second",
        "Article 2 : Exécution.",
        "Une note.",
    ]
