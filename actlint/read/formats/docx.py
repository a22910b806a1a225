"""Word documents (DOCX, Office Open XML) read as the act would be printed and signed.

Why not a DOCX library: python-docx gives paragraph text without list numbering, and
docx2python renders every numbered paragraph as « 1) » whatever the level text says,
ignoring start values, overrides and numbering carried by paragraph styles. Acts
number their articles exactly that way (« Article %1 » in a style), so the article
numbers would be lost. The format itself is simple to walk with the standard XML
tree, read through :mod:`actlint.read.formats.container` for safety.

What is read: the body in order (paragraphs, tables row by row, content controls,
text boxes), list numbers rendered from ``numbering.xml`` (level text, number format,
start and override, style-linked numbering), field results (not their codes), and
tracked changes as if accepted (insertions kept, deletions and moved-away text
dropped). Footnotes follow the body. Headers and footers are not part of the act.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from xml.etree.ElementTree import Element

from actlint.read.formats.container import DocumentError, Package
from actlint.read.formats.extracted import Lines
from actlint.read.formats.numbering import label
from actlint.read.source import Source
from actlint.text import LazyPattern, Text

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_MC = "{http://schemas.openxmlformats.org/markup-compatibility/2006}"
_RELS = "{http://schemas.openxmlformats.org/package/2006/relationships}"

_SKIPPED = {W + t for t in ("del", "moveFrom", "instrText", "delText", "delInstrText", "pPr",
                            "rPr", "footnoteReference", "endnoteReference", "commentReference",
                            "fldData")}  # fmt: skip
_FORMATS = {"decimal": "1", "decimalZero": "01", "lowerLetter": "a", "upperLetter": "A",
            "lowerRoman": "i", "upperRoman": "I", "none": ""}  # fmt: skip
_LEVEL_REF = LazyPattern(r"%([1-9])")


def read_docx(data: bytes, path: str) -> Source:
    package = Package(data)
    main = _main_part(package)
    folder = main.rsplit("/", 1)[0] + "/" if "/" in main else ""
    body = package.xml(main).find(f"{W}body")
    if body is None:
        raise DocumentError(Text("document Word sans corps de texte", "Word document with no body"))
    reader = _Reader(_Numbering.load(package, folder))
    reader.block(body)
    notes = folder + "footnotes.xml"
    if notes in package:
        for note in package.xml(notes).iter(f"{W}footnote"):
            if note.get(f"{W}type") in (None, "normal"):
                reader.block(note)
    return reader.lines.source(path, "docx")


def _main_part(package: Package) -> str:
    if "_rels/.rels" in package:
        for rel in package.xml("_rels/.rels").iter(f"{_RELS}Relationship"):
            if rel.get("Type", "").endswith("/officeDocument"):
                return rel.get("Target", "").lstrip("/")
    return "word/document.xml"


@dataclass
class _Level:
    start: int = 1
    style: str = "1"
    text: str = "%1."
    suffix: str = " "


@dataclass
class _Numbering:
    """Numbering definitions and the running counters of each list."""

    levels: dict[str, dict[int, _Level]] = field(default_factory=dict)  # per abstractNumId
    nums: dict[str, tuple[str, dict[int, int]]] = field(
        default_factory=dict
    )  # numId -> abstract, starts
    styles: dict[str, tuple[str, int]] = field(default_factory=dict)  # styleId -> numId, ilvl
    counters: dict[str, dict[int, int]] = field(default_factory=dict)

    @classmethod
    def load(cls, package: Package, folder: str) -> _Numbering:
        numbering = cls()
        if folder + "numbering.xml" in package:
            root = package.xml(folder + "numbering.xml")
            for abstract in root.iter(f"{W}abstractNum"):
                numbering.levels[abstract.get(f"{W}abstractNumId", "")] = {
                    int(lvl.get(f"{W}ilvl", "0")): _level(lvl) for lvl in abstract.iter(f"{W}lvl")
                }
            for num in root.iter(f"{W}num"):
                ref = num.find(f"{W}abstractNumId")
                starts = {}
                for override in num.iter(f"{W}lvlOverride"):
                    start = override.find(f"{W}startOverride")
                    if start is not None:
                        starts[int(override.get(f"{W}ilvl", "0"))] = _int(start, 1)
                abstract_id = ref.get(f"{W}val", "") if ref is not None else ""
                numbering.nums[num.get(f"{W}numId", "")] = (abstract_id, starts)
        if folder + "styles.xml" in package:
            numbering._load_styles(package.xml(folder + "styles.xml"))
        return numbering

    def _load_styles(self, root: Element) -> None:
        based: dict[str, str] = {}
        direct: dict[str, tuple[str, int]] = {}
        for style in root.iter(f"{W}style"):
            name = style.get(f"{W}styleId", "")
            parent = style.find(f"{W}basedOn")
            if parent is not None:
                based[name] = parent.get(f"{W}val", "")
            num_pr = style.find(f"{W}pPr/{W}numPr")
            if num_pr is not None:
                direct[name] = _num_pr(num_pr)
        for name in based.keys() | direct.keys():
            seen, current = set(), name
            while current and current not in direct and current not in seen:
                seen.add(current)
                current = based.get(current, "")
            if current in direct:
                self.styles[name] = direct[current]

    def label(self, paragraph: Element) -> str:
        """The list label printed before a paragraph (« Article 3 »), or ''."""
        num_pr = paragraph.find(f"{W}pPr/{W}numPr")
        style = paragraph.find(f"{W}pPr/{W}pStyle")
        style_name = style.get(f"{W}val", "") if style is not None else ""
        num_id, ilvl = _num_pr(num_pr) if num_pr is not None else ("", -1)
        if style_name in self.styles and (not num_id or ilvl < 0):
            style_id, style_level = self.styles[style_name]
            num_id, ilvl = num_id or style_id, ilvl if ilvl >= 0 else style_level
        ilvl = max(ilvl, 0)
        if num_id in ("", "0") or num_id not in self.nums:
            return ""
        abstract_id, starts = self.nums[num_id]
        levels = self.levels.get(abstract_id, {})
        # Lists restarted by an override count on their own; the others share their
        # abstract definition's counters, as Word does.
        key = num_id if starts else "abstract:" + abstract_id
        counters = self.counters.setdefault(key, {})
        level = levels.get(ilvl, _Level())
        counters[ilvl] = counters.get(ilvl, starts.get(ilvl, level.start) - 1) + 1
        for deeper in [k for k in counters if k > ilvl]:
            del counters[deeper]

        def number(m: re.Match[str]) -> str:
            k = int(m[1]) - 1
            lvl = levels.get(k, _Level())
            value = counters.get(k, starts.get(k, lvl.start))
            text = label(value, lvl.style.lstrip("0") if lvl.style != "01" else "1")
            return text.zfill(2) if lvl.style == "01" else text

        text = _LEVEL_REF.sub(number, level.text)
        return text + level.suffix if text else ""


def _level(lvl: Element) -> _Level:
    level = _Level()
    start = lvl.find(f"{W}start")
    if start is not None:
        level.start = _int(start, 1)
    fmt = lvl.find(f"{W}numFmt")
    if fmt is not None:
        kind = fmt.get(f"{W}val", "decimal")
        level.style = "•" if kind == "bullet" else _FORMATS.get(kind, "1")
    text = lvl.find(f"{W}lvlText")
    if text is not None:
        level.text = text.get(f"{W}val", "")
    suffix = lvl.find(f"{W}suff")
    if suffix is not None:
        level.suffix = {"nothing": "", "space": " "}.get(suffix.get(f"{W}val", ""), " ")
    if level.style == "•":
        level.text, level.style = "", ""  # bullets carry nothing an act needs
    return level


def _num_pr(num_pr: Element) -> tuple[str, int]:
    num_id = num_pr.find(f"{W}numId")
    ilvl = num_pr.find(f"{W}ilvl")
    return (num_id.get(f"{W}val", "") if num_id is not None else "",
            _int(ilvl, -1) if ilvl is not None else -1)  # fmt: skip


def _int(element: Element, default: int) -> int:
    try:
        return int(element.get(f"{W}val", ""))
    except ValueError:
        return default


class _Reader:
    def __init__(self, numbering: _Numbering) -> None:
        self.numbering = numbering
        self.lines = Lines()
        self.carried = ""  # text of a paragraph whose mark was deleted, joined to the next
        self.in_field_code = False

    def block(self, parent: Element) -> None:
        for child in parent:
            if child.tag == f"{W}p":
                self.paragraph(child)
            elif child.tag == f"{W}tbl":
                self.table(child)
            elif child.tag in (f"{W}sdt", f"{W}sdtContent", f"{W}customXml", f"{W}ins",
                               f"{W}moveTo", f"{W}smartTag"):  # fmt: skip
                self.block(child)

    def paragraph(self, p: Element) -> None:
        boxes: list[Element] = []
        text = self.carried + "".join(self._runs(p, boxes))
        for box in boxes:
            self.block(box)
        mark_deleted = p.find(f"{W}pPr/{W}rPr/{W}del") is not None
        if mark_deleted:
            self.carried = text
            return
        self.carried = ""
        self.lines.paragraph(self.numbering.label(p) + text if text.strip() else "")

    def table(self, tbl: Element) -> None:
        boxes: list[Element] = []  # text boxes in cells are read with their cell
        self.lines.table(
            [
                ["".join(self._runs(p, boxes)) for p in cell.iter(f"{W}p")]
                for cell in row.findall(f"{W}tc")
            ]
            for row in tbl.findall(f"{W}tr")
        )

    def _runs(self, element: Element, boxes: list[Element]) -> Iterator[str]:
        for child in element:
            tag = child.tag
            if tag in _SKIPPED:
                continue
            if tag == f"{W}t":
                if not self.in_field_code:
                    yield child.text or ""
            elif tag == f"{W}fldChar":
                kind = child.get(f"{W}fldCharType")
                self.in_field_code = kind == "begin"
            elif tag == f"{W}tab" and element.tag == f"{W}r":
                yield "\t"
            elif tag in (f"{W}br", f"{W}cr"):
                yield "\n"
            elif tag == f"{W}noBreakHyphen":
                yield "-"
            elif tag == f"{W}txbxContent":
                boxes.append(child)
            elif tag == f"{_MC}AlternateContent":
                choice = child.find(f"{_MC}Choice")
                if choice is not None:
                    yield from self._runs(choice, boxes)
            elif tag == f"{W}p":
                continue  # nested paragraphs belong to text boxes, read as blocks
            else:
                yield from self._runs(child, boxes)
