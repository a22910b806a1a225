"""Turn bytes into text and say how: the ``Source`` every later stage starts from."""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from functools import cached_property

BINARY_SAMPLE = 8192


@dataclass(frozen=True)
class Source:
    """The decoded text of one file, exactly as written (line endings included)."""

    path: str
    text: str
    encoding: str
    had_bom: bool = False
    binary: bool = False

    @cached_property
    def line_starts(self) -> tuple[int, ...]:
        """Offsets where lines start; computed only when a position is asked for."""
        text = self.text
        if "\r" in text:
            return (0, *(m.end() for m in _LINE_END.finditer(text)))
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

    @property
    def line_count(self) -> int:
        return len(self.line_starts)


_LINE_END = re.compile(r"\r\n|\r|\n")


def decode(data: bytes, path: str) -> Source:
    """Decode an act: UTF-8 (with or without BOM), else cp1252, else latin-1."""
    if b"\x00" in data[:BINARY_SAMPLE]:
        return Source(path=path, text="", encoding="binary", binary=True)
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
