"""Text that remembers, for each of its characters, where it came from in the original."""

from __future__ import annotations

import re
from array import array
from collections.abc import Callable
from dataclasses import dataclass

Replacement = str | Callable[[re.Match[str]], str]


@dataclass(frozen=True)
class MappedText:
    """``text`` plus ``origin[i]``: the original offset of ``text[i]``.

    ``origin`` has one extra entry, the original offset just past the end, so that
    an exclusive end offset maps too.
    """

    text: str
    origin: array

    @classmethod
    def identity(cls, text: str) -> MappedText:
        return cls(text, array("L", range(len(text) + 1)))

    def sub(self, pattern: re.Pattern[str], repl: Replacement) -> MappedText:
        """Like ``pattern.sub`` but keeping the map.

        A replacement as long as its match maps character for character; otherwise
        its i-th character maps to the i-th character of the match (the last one
        when the replacement is longer), so every character keeps a true origin.
        """
        pieces: list[str] = []
        origin = array("L")
        old = self.origin
        last = 0
        for m in pattern.finditer(self.text):
            start, end = m.span()
            new = repl if isinstance(repl, str) else repl(m)
            if new == m.group(0):
                continue
            pieces.append(self.text[last:start])
            origin.extend(old[last:start])
            pieces.append(new)
            width = end - start
            if width == 0:
                origin.extend(old[start] for _ in new)
            elif len(new) == width:
                origin.extend(old[start:end])
            else:
                origin.extend(old[start + min(i, width - 1)] for i in range(len(new)))
            last = end
        if not pieces:
            return self
        pieces.append(self.text[last:])
        origin.extend(old[last:])
        return MappedText("".join(pieces), origin)

    def translate(self, table: dict[int, str]) -> MappedText:
        """Replace single characters by single characters: the map is unchanged."""
        return MappedText(self.text.translate(table), self.origin)

    def original_span(self, start: int, end: int) -> tuple[int, int]:
        """The original [start, end) offsets covered by ``text[start:end]``."""
        start = max(0, min(start, len(self.text)))
        end = max(start, min(end, len(self.text)))
        if end == start:
            return self.origin[start], self.origin[start]
        return self.origin[start], self.origin[end - 1] + 1
