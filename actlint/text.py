"""Shared text values of every layer: a message in both languages, accent folding, and
regular expressions compiled when first used."""

from __future__ import annotations

import re
import sys
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Literal

if TYPE_CHECKING:
    import datetime as dt

Lang = Literal["fr", "en"]


@dataclass(frozen=True)
class Text:
    """A message in French and English."""

    fr: str
    en: str

    def get(self, lang: Lang) -> str:
        return self.en if lang == "en" else self.fr


# Same-length folding: one character in, one character out, so offsets still hold.
_ACCENTS = {
    "é": "e", "è": "e", "ê": "e", "ë": "e", "à": "a", "â": "a", "ä": "a", "î": "i", "ï": "i",
    "ô": "o", "ö": "o", "û": "u", "ù": "u", "ü": "u", "ç": "c", "ÿ": "y", "\ufffd": "e",
}  # fmt: skip


_WORD_TABLE = str.maketrans(_ACCENTS)


MONTHS: dict[str, tuple[str, ...]] = {
    "fr": ("janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
           "septembre", "octobre", "novembre", "décembre"),
    "en": ("January", "February", "March", "April", "May", "June", "July", "August",
           "September", "October", "November", "December"),
}  # fmt: skip


def long_date(date: dt.date, lang: Lang = "fr") -> str:
    """« 11 mai 2026 », « 1er janvier 2026 »; « 11 May 2026 » in English."""
    day = "1er" if date.day == 1 and lang == "fr" else str(date.day)
    return f"{day} {MONTHS[lang][date.month - 1]} {date.year}"


def fold(text: str) -> str:
    """Lower case without accents, exactly as long as ``text``."""
    if len(text) < 64:
        lowered = text.lower()
        if len(lowered) == len(text):
            return lowered.translate(_WORD_TABLE)  # quicker on a word; replace() wins on pages
    return _paged(text, _fold_page)


def lower(text: str) -> str:
    """``text.lower()``, without its passing cost in memory on a long text."""
    return _paged(text, str.lower)


# Lowering a string that is not ASCII takes a buffer twelve times its length: a long text
# is lowered page by page. Pages end after a space or a line break, which no change of
# case looks across (« Σ » lowers by what stands beside it).
_PAGE = 1 << 16


def _paged(text: str, change: Callable[[str], str]) -> str:
    if len(text) <= _PAGE:
        return change(text)
    pages = []
    start = 0
    while start < len(text):
        end = start + _PAGE
        if end < len(text):
            cut = max(text.rfind(" ", start, end), text.rfind("\n", start, end))
            if cut < start:  # no break in the page: up to the next one
                ahead = [i for i in (text.find(" ", end), text.find("\n", end)) if i >= 0]
                cut = min(ahead, default=len(text) - 1)
            end = cut + 1
        pages.append(change(text[start:end]))
        start = end
    return "".join(pages)


def _fold_page(text: str) -> str:
    lowered = text.lower()
    if len(lowered) != len(text):  # a few characters lower to two (« İ »): fold one by one
        lowered = "".join(c.lower()[:1] or c for c in text)
    for accented, plain in _ACCENTS.items():
        if accented in lowered:
            lowered = lowered.replace(accented, plain)
    return lowered


# An act needs only some of the patterns of the readers and rules (a décision none of those
# of a council's sitting), and compiling them all costs more than linting one act.
class LazyPattern:
    """``re.compile(pattern, flags)``, compiled the first time it searches."""

    __slots__ = ("_compiled", "flags", "pattern")

    def __init__(self, pattern: str, flags: int = 0) -> None:
        self.pattern = pattern
        self.flags = flags
        self._compiled: re.Pattern[str] | None = None

    @property
    def compiled(self) -> re.Pattern[str]:
        if self._compiled is None:
            self._compiled = re.compile(self.pattern, self.flags)
        return self._compiled

    def __repr__(self) -> str:
        return f"LazyPattern({self.pattern!r}, {self.flags})"

    @property
    def groupindex(self) -> dict[str, int]:
        return dict(self.compiled.groupindex)

    def search(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        return (self._compiled or self.compiled).search(string, pos, endpos)

    def match(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        return (self._compiled or self.compiled).match(string, pos, endpos)

    def fullmatch(
        self, string: str, pos: int = 0, endpos: int = sys.maxsize
    ) -> re.Match[str] | None:
        return (self._compiled or self.compiled).fullmatch(string, pos, endpos)

    def finditer(
        self, string: str, pos: int = 0, endpos: int = sys.maxsize
    ) -> Iterator[re.Match[str]]:
        return (self._compiled or self.compiled).finditer(string, pos, endpos)

    def findall(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> list[Any]:
        return (self._compiled or self.compiled).findall(string, pos, endpos)

    def sub(self, repl: str | Callable[[re.Match[str]], str], string: str, count: int = 0) -> str:
        return (self._compiled or self.compiled).sub(repl, string, count)

    def subn(
        self, repl: str | Callable[[re.Match[str]], str], string: str, count: int = 0
    ) -> tuple[str, int]:
        return (self._compiled or self.compiled).subn(repl, string, count)

    def split(self, string: str, maxsplit: int = 0) -> list[str | Any]:
        return (self._compiled or self.compiled).split(string, maxsplit)
