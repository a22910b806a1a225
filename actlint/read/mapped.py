"""Text that remembers, for each of its characters, where it came from in the original.

Each rewrite records only its edits; an offset is traced back through them, edit list
by edit list, when a position is actually needed. Most characters are never edited,
so no per-character table is ever built.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable
from dataclasses import dataclass

from actlint.text import LazyPattern

Replacement = str | Callable[[re.Match[str]], str]


@dataclass(frozen=True)
class _Rewrite:
    """The edits of one rewrite: text[old_start:old_end] became new_start…new_start+len."""

    new_starts: tuple[int, ...]
    new_ends: tuple[int, ...]
    old_starts: tuple[int, ...]
    old_ends: tuple[int, ...]

    def back(self, offset: int) -> int:
        """The offset, in the text before this rewrite, of the character at ``offset``."""
        i = bisect.bisect_right(self.new_starts, offset) - 1
        if i < 0:
            return offset
        if offset < self.new_ends[i]:  # inside a replacement
            width = self.old_ends[i] - self.old_starts[i]
            return self.old_starts[i] + min(offset - self.new_starts[i], max(width - 1, 0))
        return offset - self.new_ends[i] + self.old_ends[i]


@dataclass(frozen=True)
class MappedText:
    text: str
    rewrites: tuple[_Rewrite, ...] = ()

    @classmethod
    def identity(cls, text: str) -> MappedText:
        return cls(text)

    def sub(self, pattern: re.Pattern[str] | LazyPattern, repl: Replacement) -> MappedText:
        """Like ``pattern.sub``, recording where each replacement came from.

        A replacement as long as its match maps character for character; otherwise
        its i-th character maps to the i-th character of the match (the last one when
        the replacement is longer), so every character keeps a true origin.
        """
        text = self.text
        edits = []
        if isinstance(repl, str):
            for m in pattern.finditer(text):
                if m.group() != repl:
                    edits.append((m.start(), m.end(), repl))
        else:
            for m in pattern.finditer(text):
                new = repl(m)
                if new != m.group():
                    edits.append((m.start(), m.end(), new))
        return self.splice(edits)

    def splice(self, edits: list[tuple[int, int, str]]) -> MappedText:
        """Apply sorted, non-overlapping edits (start, end, replacement)."""
        if not edits:
            return self
        text = self.text
        pieces = []
        new_starts, new_ends, old_starts, old_ends = [], [], [], []
        last = 0
        shift = 0
        for start, end, new in edits:
            pieces.append(text[last:start])
            pieces.append(new)
            if len(new) != end - start:  # same-width edits map one to one: nothing to record
                new_starts.append(start + shift)
                new_ends.append(start + shift + len(new))
                old_starts.append(start)
                old_ends.append(end)
            shift += len(new) - (end - start)
            last = end
        pieces.append(text[last:])
        rewrite = _Rewrite(tuple(new_starts), tuple(new_ends), tuple(old_starts), tuple(old_ends))
        rewrites = (*self.rewrites, rewrite) if new_starts else self.rewrites
        return MappedText("".join(pieces), rewrites)

    def replace_chars(self, table: dict[str, str]) -> MappedText:
        """Replace single characters by single characters: positions are unchanged."""
        text = self.text
        for old, new in table.items():
            if old in text:  # str.replace is much faster than str.translate
                text = text.replace(old, new)
        return MappedText(text, self.rewrites)

    def strip(self) -> MappedText:
        """Without leading and trailing white space."""
        start = len(self.text) - len(self.text.lstrip())
        end = max(start, len(self.text.rstrip()))
        edits = [(0, start, "")] if start else []
        if end < len(self.text):
            edits.append((end, len(self.text), ""))
        return self.splice(edits)

    def origin(self, offset: int) -> int:
        """The original offset of the character at ``offset`` (or of the end, at len(text))."""
        for rewrite in reversed(self.rewrites):
            offset = rewrite.back(offset)
        return offset

    def original_span(self, start: int, end: int) -> tuple[int, int]:
        """The original [start, end) offsets covered by ``text[start:end]``."""
        start = max(0, min(start, len(self.text)))
        end = max(start, min(end, len(self.text)))
        if end == start:
            return self.origin(start), self.origin(start)
        return self.origin(start), self.origin(end - 1) + 1
