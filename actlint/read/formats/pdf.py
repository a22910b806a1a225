"""PDF acts read from their text layer, page by page, as a person reads them.

Library: pypdfium2, the bindings to PDFium (the PDF engine of Chromium, fuzzed
continuously). Against the pure-Python pdfminer.six and pypdf it is many times faster,
reports encrypted and damaged files cleanly, and gives text with its boxes, which is
what rebuilding lines needs. PyMuPDF would do as well but its AGPL licence does not
suit a library others embed.

From the text boxes: visual lines (boxes sharing a baseline, left to right), a blank
line where the vertical gap shows a new paragraph, running headers and footers (text
repeated in the top or bottom margin of several pages) and page numbers (« Page 1 sur
3 », « 2/3 », « - 2 - ») left out. Nothing is inserted at a page break, so an article
that runs onto the next page stays whole. Each line keeps its page and line number.
"""

from __future__ import annotations

import itertools
import re
import statistics
from collections import Counter
from dataclasses import dataclass

from actlint.read.formats.container import CORRUPTED, ENCRYPTED, DocumentError, too_large
from actlint.read.formats.extracted import Lines
from actlint.read.source import Place, Source
from actlint.text import LazyPattern, Text

MAX_BYTES = 64 * 1024 * 1024
MAX_PAGES = 500
MAX_OBJECTS = 250_000
MAX_CHARS_PER_PAGE = 200_000
_MARGIN = 0.09  # share of the page height where running headers and footers sit
_PARAGRAPH_GAP = 1.6  # a gap this many times the usual line pitch starts a paragraph

_OBJECT = re.compile(rb"\d+[ \t\r\n]+\d+[ \t\r\n]+obj\b")
_OBJECT_STREAM = re.compile(rb"/ObjStm\b")
_STREAM_COUNT = re.compile(rb"/N[ \t\r\n]+(\d{1,9})")
_PAGE_NUMBER = LazyPattern(
    r"(?:page|p\.)?\s*\d{1,4}\s*(?:(?:/|sur|of)\s*\d{1,4})?|-\s*\d{1,4}\s*-", re.I
)
_DIGITS = LazyPattern(r"\d+")


class NoTextLayer(DocumentError):
    """A PDF whose pages carry no text: a scan."""


@dataclass
class _Line:
    top: float
    bottom: float
    text: str
    number: int  # 1-based, on its page, counting every visual line


def read_pdf(data: bytes, path: str) -> Source:
    if len(data) > MAX_BYTES:
        raise too_large("taille du fichier", "file size")
    if _object_count(data) > MAX_OBJECTS:
        raise too_large(f"plus de {MAX_OBJECTS} objets", f"more than {MAX_OBJECTS} objects")
    import pypdfium2 as pdfium  # imported only when a PDF is read

    try:
        document = pdfium.PdfDocument(data)
    except pdfium.PdfiumError as error:
        raise DocumentError(ENCRYPTED if "password" in str(error).lower() else CORRUPTED) from error
    try:
        if len(document) > MAX_PAGES:
            raise too_large(f"plus de {MAX_PAGES} pages", f"more than {MAX_PAGES} pages")
        pages = []
        for index in range(len(document)):
            page = document[index]
            textpage = page.get_textpage()
            if textpage.count_chars() > MAX_CHARS_PER_PAGE:
                raise too_large("texte d'une page", "text of a page")
            pages.append((page.get_height(), *_page_lines(_boxes(textpage))))
            textpage.close()
            page.close()
    except pdfium.PdfiumError as error:
        raise DocumentError(CORRUPTED) from error
    finally:
        document.close()
    if not any(line.text.strip() for _, stamp, lines in pages for line in stamp + lines):
        raise NoTextLayer(Text(f"{len(pages)} page(s), en image seulement",
                               f"{len(pages)} page(s), images only"))  # fmt: skip
    running = _running_lines(pages)
    out = Lines()
    for page_number, (height, stamp, lines) in enumerate(pages, start=1):
        if stamp:
            # the identifier may wrap in its narrow box: « …-20260511- » / « 2026_92-AR »
            pending = ""
            for line in stamp:
                if line.text.endswith("-") and not pending:
                    pending, first = line.text, line.number
                    continue
                out.add(
                    pending + line.text,
                    Place("page", page_number, first if pending else line.number),
                )
                pending = ""
            out.blank()
        pitch = _pitch(lines)
        previous: _Line | None = None
        for line in lines:
            zone = _zone(line, height)
            if zone and (
                _key(line.text) in running[zone] or _PAGE_NUMBER.fullmatch(line.text.strip())
            ):
                continue
            if (
                previous is not None
                and pitch
                and previous.bottom - line.bottom > _PARAGRAPH_GAP * pitch
            ):
                out.blank()
            out.add(line.text, Place("page", page_number, line.number))
            previous = line
    return out.source(path, "pdf")


def _object_count(data: bytes) -> int:
    """Indirect objects, those packed in object streams included (an upper bound)."""
    count = sum(1 for _ in _OBJECT.finditer(data))
    for m in _OBJECT_STREAM.finditer(data):
        window = data[max(0, m.start() - 200) : m.end() + 200]
        numbers = _STREAM_COUNT.search(window)
        count += int(numbers[1]) if numbers else 0
    return count


_Box = tuple[float, float, float, float, str]  # top, bottom, left, right, text
_STAMP_MARK = LazyPattern(
    r"accus[ée] de r[ée]ception en pr[ée]fecture|date de t[ée]l[ée]transmission"
    r"|date de r[ée]ception pr[ée]fecture|\d{9}-\d{8}-",
    re.I,
)
_STAMP_IDENTIFIER = LazyPattern(r"\d{9}-\d{8}-")


def _boxes(textpage: object) -> list[_Box]:
    boxes = []
    for i in range(textpage.count_rects()):  # type: ignore[attr-defined]
        left, bottom, right, top = textpage.get_rect(i)  # type: ignore[attr-defined]
        text = textpage.get_text_bounded(left, bottom, right, top)  # type: ignore[attr-defined]
        text = text.replace("\r", "").replace("\n", "")
        if text.strip():
            boxes.append((top, bottom, left, right, text))
    return boxes


def _page_lines(boxes: list[_Box]) -> tuple[list[_Line], list[_Line]]:
    """The @CTES stamp's lines and the page's other lines, numbered from the top.

    The platform prints its stamp in a box beside the act's first lines; read line by
    line across the page, the two would interleave. The stamp's box is the column of
    its own marks (« Accusé de réception », the identifier, the dates), from its first
    mark to just below its last.
    """
    marks = [b for b in boxes if _STAMP_MARK.search(b[4])]
    stamp: list[_Box] = []
    if any(_STAMP_IDENTIFIER.search(b[4]) for b in marks):
        height = max(b[0] - b[1] for b in marks)
        left, right = min(b[2] for b in marks) - 2, max(b[3] for b in marks) + 2
        top, bottom = max(b[0] for b in marks) + 2, min(b[1] for b in marks) - 2 * height
        stamp = [
            b for b in boxes if left <= b[2] and b[3] <= right and bottom <= b[1] and b[0] <= top
        ]
    rest = [b for b in boxes if b not in stamp]
    stamp_lines, lines = _visual_lines(stamp), _visual_lines(rest)
    for number, line in enumerate(sorted(stamp_lines + lines, key=lambda x: -x.top), start=1):
        line.number = number
    return stamp_lines, lines


def _visual_lines(boxes: list[_Box]) -> list[_Line]:
    """Text boxes grouped by baseline, top to bottom, each line read left to right."""
    boxes = sorted(boxes, key=lambda box: (-box[0], box[2]))
    rows: list[list[_Box]] = []
    for box in boxes:
        middle = (box[0] + box[1]) / 2
        for row in rows[-3:]:
            if row[0][1] <= middle <= row[0][0]:
                row.append(box)
                break
        else:
            rows.append([box])
    lines = []
    for row in sorted(rows, key=lambda r: -r[0][0]):
        row.sort(key=lambda box: box[2])
        text = row[0][4]
        for before, box in itertools.pairwise(row):
            if box[2] - before[3] > 1.0 and not text.endswith(" "):
                text += " "
            text += box[4]
        lines.append(_Line(top=max(b[0] for b in row), bottom=min(b[1] for b in row),
                           text=text.rstrip(), number=0))  # fmt: skip
    return lines


def _zone(line: _Line, height: float) -> str:
    if line.bottom >= height * (1 - _MARGIN):
        return "top"
    if line.top <= height * _MARGIN:
        return "bottom"
    return ""


def _key(text: str) -> str:
    return _DIGITS.sub("#", " ".join(text.split()).lower())


def _running_lines(pages: list[tuple[float, list[_Line], list[_Line]]]) -> dict[str, set[str]]:
    """Texts (digits aside) found in the same margin of at least two pages."""
    seen: dict[str, Counter[str]] = {"top": Counter(), "bottom": Counter()}
    for height, _, lines in pages:
        for zone in ("top", "bottom"):
            seen[zone].update({_key(line.text) for line in lines if _zone(line, height) == zone})
    return {zone: {key for key, n in counts.items() if n >= 2} for zone, counts in seen.items()}


def _pitch(lines: list[_Line]) -> float:
    gaps = [a.bottom - b.bottom for a, b in itertools.pairwise(lines) if a.bottom > b.bottom]
    return statistics.median(gaps) if gaps else 0.0
