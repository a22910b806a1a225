"""Shared text values of every layer: a message in both languages, and accent folding."""

from __future__ import annotations

from dataclasses import dataclass
from collections.abc import Callable
from typing import Literal

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
