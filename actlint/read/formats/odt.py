"""OpenDocument text (ODT, LibreOffice) read as the act would be printed and signed.

Why not an ODF library: odfpy and odfdo give the text of paragraphs, but neither
renders list numbers (« Article 1 » written as a numbered list with the prefix
« Article »), which is how templates number articles. The format stores the label
parts (prefix, format, suffix, start value, continued lists) in list styles, which
are read here from the standard XML tree through :mod:`actlint.read.formats.container`.

What is read: the body in order (headings and paragraphs, lists, sections, tables row
by row, text boxes), list and outline numbers, field values, tracked changes as if
accepted (inserted text stands in the body; deleted text lives apart in
``text:tracked-changes``, which is skipped). Footnotes follow the body. Headers and
footers (in ``styles.xml``) are not part of the act.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from xml.etree.ElementTree import Element

from actlint.read.formats.container import DocumentError, Package
from actlint.read.formats.extracted import Lines
from actlint.read.formats.numbering import label
from actlint.read.source import Source
from actlint.text import Text

TEXT = "{urn:oasis:names:tc:opendocument:xmlns:text:1.0}"
TABLE = "{urn:oasis:names:tc:opendocument:xmlns:table:1.0}"
OFFICE = "{urn:oasis:names:tc:opendocument:xmlns:office:1.0}"
STYLE = "{urn:oasis:names:tc:opendocument:xmlns:style:1.0}"
DRAW = "{urn:oasis:names:tc:opendocument:xmlns:drawing:1.0}"
XML_ID = "{http://www.w3.org/XML/1998/namespace}id"

_SKIPPED = {
    TEXT + t
    for t in (
        "tracked-changes",
        "note",
        "sequence-decls",
        "variable-decls",
        "user-field-decls",
        "soft-page-break",
        "bookmark-ref",
    )
}
_SKIPPED |= {OFFICE + "annotation", OFFICE + "forms"}
_BLOCKS = {TEXT + "section", TEXT + "index-body", TEXT + "table-of-content", OFFICE + "text",
           DRAW + "text-box", TEXT + "change-start", TEXT + "list-header"}  # fmt: skip


def read_odt(data: bytes, path: str) -> Source:
    package = Package(data)
    content = package.xml("content.xml")
    styles = _ListStyles()
    if "styles.xml" in package:
        styles.load(package.xml("styles.xml"))
    styles.load(content)
    body = content.find(f"{OFFICE}body/{OFFICE}text")
    if body is None:
        raise DocumentError(Text("document OpenDocument sans texte", "OpenDocument with no text"))
    reader = _Reader(styles)
    reader.block(body)
    for note in body.iter(f"{TEXT}note-body"):
        reader.block(note)
    return reader.lines.source(path, "odt")


@dataclass(frozen=True)
class _Level:
    prefix: str = ""
    style: str = ""
    suffix: str = ""
    start: int = 1
    shown: int = 1  # text:display-levels


class _ListStyles:
    def __init__(self) -> None:
        self.lists: dict[str, dict[int, _Level]] = {}
        self.paragraph_lists: dict[str, str] = {}  # paragraph style -> list style
        self.outline: dict[int, _Level] = {}

    def load(self, root: Element) -> None:
        for style in root.iter(f"{TEXT}list-style"):
            self.lists[style.get(f"{STYLE}name", "")] = _levels(style)
        for outline in root.iter(f"{TEXT}outline-style"):
            self.outline = _levels(outline)
        for style in root.iter(f"{STYLE}style"):
            listed = style.get(f"{STYLE}list-style-name")
            if listed:
                self.paragraph_lists[style.get(f"{STYLE}name", "")] = listed
        # automatic paragraph styles inherit their parent's list style
        for style in root.iter(f"{STYLE}style"):
            name, parent = style.get(f"{STYLE}name", ""), style.get(f"{STYLE}parent-style-name")
            if name not in self.paragraph_lists and parent in self.paragraph_lists:
                self.paragraph_lists[name] = self.paragraph_lists[parent]


def _levels(style: Element) -> dict[int, _Level]:
    levels = {}
    for child in style:
        if not child.tag.startswith(TEXT) or "level-style" not in child.tag:
            continue
        number = int(child.get(f"{TEXT}level", "1"))
        if child.tag.endswith("-number") or child.tag == f"{TEXT}outline-level-style":
            levels[number] = _Level(
                prefix=child.get(f"{STYLE}num-prefix", ""),
                style=child.get(f"{STYLE}num-format", ""),
                suffix=child.get(f"{STYLE}num-suffix", ""),
                start=_int(child.get(f"{TEXT}start-value"), 1),
                shown=_int(child.get(f"{TEXT}display-levels"), 1),
            )
        else:
            levels[number] = _Level()  # bullets and images carry nothing an act needs
    return levels


def _int(value: str | None, default: int) -> int:
    try:
        return int(value) if value is not None else default
    except ValueError:
        return default


class _Reader:
    def __init__(self, styles: _ListStyles) -> None:
        self.styles = styles
        self.lines = Lines()
        self.counters: dict[str, list[int]] = {}  # list style -> counter per level
        self.list_ids: dict[str, str] = {}  # xml:id of a list -> its style

    def block(self, parent: Element, prefix: str = "") -> None:
        for child in parent:
            tag = child.tag
            if tag in (f"{TEXT}p", f"{TEXT}h"):
                self.paragraph(child, prefix)
                prefix = ""
            elif tag == f"{TEXT}list":
                self.numbered_list(child, level=1, style=None)
            elif tag == f"{TABLE}table":
                self.table(child)
            elif tag in _BLOCKS:
                self.block(child)

    def paragraph(self, p: Element, prefix: str = "") -> None:
        boxes: list[Element] = []
        text = "".join(self._inline(p, boxes))
        for box in boxes:
            self.block(box)
        if p.tag == f"{TEXT}h" and not prefix:
            prefix = self._outline(p)
        self.lines.paragraph(prefix + text if text.strip() else "")

    def numbered_list(self, element: Element, level: int, style: str | None) -> None:
        style = element.get(f"{TEXT}style-name") or style
        continues = element.get(f"{TEXT}continue-numbering") == "true"
        continued = element.get(f"{TEXT}continue-list")
        if continued in self.list_ids:
            style, continues = style or self.list_ids[continued], True
        if element.get(XML_ID):
            self.list_ids[element.get(XML_ID, "")] = style or ""
        for item in element:
            if item.tag not in (f"{TEXT}list-item", f"{TEXT}list-header"):
                continue
            item_style = style
            first = next((c for c in item if c.tag in (f"{TEXT}p", f"{TEXT}h")), None)
            if item_style is None and first is not None:
                item_style = self.styles.paragraph_lists.get(first.get(f"{TEXT}style-name", ""))
            numbered = item.tag == f"{TEXT}list-item" and any(
                c.tag in (f"{TEXT}p", f"{TEXT}h") for c in item
            )
            prefix = ""
            if numbered:
                start = item.get(f"{TEXT}start-value")
                prefix = self._count(item_style or "", level, continues, _int(start, 0))
                continues = True
            for child in item:
                if child.tag == f"{TEXT}list":
                    self.numbered_list(child, level + 1, item_style)
                elif child.tag in (f"{TEXT}p", f"{TEXT}h"):
                    self.paragraph(child, prefix)
                    prefix = ""
                elif child.tag == f"{TABLE}table":
                    self.table(child)

    def _count(self, style: str, level: int, continues: bool, start: int) -> str:
        levels = self.styles.lists.get(style, {})
        spec = levels.get(level, _Level())
        counters = self.counters.setdefault(style, [])
        if not continues and level == 1:
            counters.clear()
        while len(counters) < level:
            counters.append(levels.get(len(counters) + 1, _Level()).start - 1)
        del counters[level:]
        counters[level - 1] = start if start else counters[level - 1] + 1
        return _render(spec, levels, counters, level)

    def _outline(self, heading: Element) -> str:
        level = _int(heading.get(f"{TEXT}outline-level"), 1)
        spec = self.styles.outline.get(level)
        if spec is None or not spec.style:
            return ""
        counters = self.counters.setdefault("\0outline", [])
        while len(counters) < level:
            counters.append(self.styles.outline.get(len(counters) + 1, _Level()).start - 1)
        del counters[level:]
        counters[level - 1] += 1
        return _render(spec, self.styles.outline, counters, level)

    def table(self, table: Element) -> None:
        boxes: list[Element] = []  # text boxes in cells are read with their cell
        paragraphs = (f"{TEXT}p", f"{TEXT}h")
        self.lines.table(
            [["".join(self._inline(p, boxes)) for p in cell.iter() if p.tag in paragraphs]
             for cell in row.findall(f"{TABLE}table-cell")]
            for row in _rows(table)
        )  # fmt: skip

    def _inline(self, element: Element, boxes: list[Element]) -> Iterator[str]:
        if element.text:
            yield element.text
        for child in element:
            tag = child.tag
            if tag in _SKIPPED:
                pass
            elif tag == f"{TEXT}s":
                yield " " * _int(child.get(f"{TEXT}c"), 1)
            elif tag == f"{TEXT}tab":
                yield "\t"
            elif tag == f"{TEXT}line-break":
                yield "\n"
            elif tag == f"{DRAW}text-box":
                boxes.append(child)
            else:
                yield from self._inline(child, boxes)
            if child.tail:
                yield child.tail


def _rows(table: Element) -> Iterator[Element]:
    """The rows of a table, header and grouped rows included, nested tables' excluded."""
    for child in table:
        if child.tag == f"{TABLE}table-row":
            yield child
        elif child.tag in (f"{TABLE}table-header-rows", f"{TABLE}table-rows",
                           f"{TABLE}table-row-group"):  # fmt: skip
            yield from _rows(child)


def _render(spec: _Level, levels: dict[int, _Level], counters: list[int], level: int) -> str:
    if not spec.style and not spec.prefix and not spec.suffix:
        return ""
    shown = range(max(1, level - spec.shown + 1), level + 1)
    number = ".".join(label(counters[k - 1], levels.get(k, _Level()).style or "1") for k in shown)
    text = spec.prefix + (number if spec.style else "") + spec.suffix
    return text + " " if text.strip() else ""
