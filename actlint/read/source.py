"""Turn bytes into text and say how: the ``Source`` every later stage starts from."""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from functools import cached_property
from typing import Literal

from actlint.text import Lang, Text

BINARY_SAMPLE = 8192
LEGACY_ENCODINGS = ("cp1252", "latin-1")


@dataclass(frozen=True)
class Place:
    """Where a line of text extracted from a document stands in that document.

    ``page``: line ``line`` of page ``number`` (PDF). ``paragraph``: paragraph ``number``
    of the body, the line starting ``offset`` characters into it (DOCX, ODT).
    ``table``: row ``line`` of table ``number`` (DOCX, ODT).
    """

    unit: Literal["page", "paragraph", "table"]
    number: int
    line: int = 0
    offset: int = 0

    def describe(self, column: int, lang: Lang) -> str:
        fr = lang == "fr"
        if self.unit == "page":
            return (f"page {self.number}, ligne {self.line}, colonne {column}" if fr
                    else f"page {self.number}, line {self.line}, column {column}")  # fmt: skip
        if self.unit == "table":
            return (f"tableau {self.number}, rangée {self.line}, caractère {column}" if fr
                    else f"table {self.number}, row {self.line}, character {column}")  # fmt: skip
        at = self.offset + column
        return (
            f"paragraphe {self.number}, caractère {at}"
            if fr
            else f"paragraph {self.number}, character {at}"
        )

    def to_json(self, column: int) -> dict[str, object]:
        if self.unit == "paragraph":
            return {"paragraph": self.number, "offset": self.offset + column - 1}
        if self.unit == "table":
            return {"table": self.number, "row": self.line, "offset": column - 1}
        return {"page": self.number, "line": self.line, "column": column}


@dataclass(frozen=True)
class Problem:
    """Why a file gave no text to lint: the input rule that reports it, and the detail."""

    code: str
    detail: Text | None = None


@dataclass(frozen=True)
class Source:
    """The decoded text of one file, exactly as written (line endings included)."""

    path: str
    text: str
    encoding: str
    had_bom: bool = False
    places: tuple[Place, ...] | None = None
    """For text extracted from a document: where each line of ``text`` comes from."""
    problem: Problem | None = None

    @cached_property
    def line_starts(self) -> tuple[int, ...]:
        """Offsets where lines start; computed only when a position is asked for."""
        text = self.text
        if "\r" in text:
            return (0, *(m.end() for m in re.finditer(_LINE_END, text)))
        starts = [0]
        i = text.find("\n")
        while i >= 0:
            starts.append(i + 1)
            i = text.find("\n", i + 1)
        return tuple(starts)

    def position(self, offset: int) -> tuple[int, int]:
        """1-based (line, column) of a character offset in ``text``."""
        offset = max(0, min(offset, len(self.text)))
        line = bisect.bisect_right(self.line_starts, offset) - 1
        return line + 1, offset - self.line_starts[line] + 1

    def line_text(self, line: int) -> str:
        """The original text of a 1-based line, without its line ending."""
        start = self.line_starts[line - 1]
        end = self.line_starts[line] if line < len(self.line_starts) else len(self.text)
        return self.text[start:end].rstrip("\r\n")

    def place(self, line: int) -> Place | None:
        """Where a 1-based line of ``text`` stands in the document it was extracted from."""
        if self.places is None or not 0 < line <= len(self.places):
            return None
        return self.places[line - 1]

    @property
    def line_count(self) -> int:
        return len(self.line_starts)


_LINE_END = r"\r\n|\r|\n"  # compiled by re when first used


UTF16 = "utf-16"


def decode(data: bytes, path: str) -> Source:
    """Decode an act: UTF-8 (with or without BOM), UTF-16 (with a BOM, or without one when
    the bytes leave no doubt: Windows Notepad's « Unicode »), else cp1252, else latin-1."""
    utf16 = _utf16(data)
    if utf16 is not None:
        return Source(path=path, text=utf16, encoding=UTF16, had_bom=data[:2] in _UTF16_BOMS)
    if b"\x00" in data[:BINARY_SAMPLE]:
        return Source(path=path, text="", encoding="binary", problem=Problem("IO002"))
    had_bom = data.startswith(b"\xef\xbb\xbf")
    if had_bom:
        data = data[3:]
    try:
        return Source(path=path, text=data.decode("utf-8"), encoding="utf-8", had_bom=had_bom)
    except UnicodeDecodeError:
        pass
    try:
        return Source(path=path, text=data.decode("cp1252"), encoding="cp1252")
    except UnicodeDecodeError:
        # cp1252 leaves five bytes undefined; latin-1 maps every byte.
        return Source(path=path, text=data.decode("latin-1"), encoding="latin-1")


_UTF16_BOMS = (b"\xff\xfe", b"\xfe\xff")
# Characters a text may hold; any other control character means the bytes were not UTF-16.
_NOT_TEXT = r"[\x00-\x08\x0b\x0e-\x1f\x7f]"  # compiled by re when first used


def _utf16(data: bytes) -> str | None:
    """The text of UTF-16 bytes, or None when they are not (certainly) UTF-16."""
    if data[:2] in _UTF16_BOMS:
        codec = "utf-16"  # the BOM says the byte order
    elif len(data) >= 2 and len(data) % 2 == 0:
        # Without a BOM, French text in UTF-16 has a NUL as the high byte of nearly every
        # character, and never a NUL as the low byte of a letter.
        sample = data[:BINARY_SAMPLE]
        even, odd = sample[0::2].count(0), sample[1::2].count(0)
        pairs = len(sample) // 2
        if odd >= pairs * 0.6 and even == 0:
            codec = "utf-16-le"
        elif even >= pairs * 0.6 and odd == 0:
            codec = "utf-16-be"
        else:
            return None
    else:
        return None
    try:
        text = data.decode(codec)
    except UnicodeDecodeError:
        return None
    return None if re.search(_NOT_TEXT, text) else text
