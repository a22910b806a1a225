"""Shared text values of every layer: a message in both languages, and accent folding."""

from __future__ import annotations

from dataclasses import dataclass
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
    lowered = text.lower()
    if len(text) < 64 and len(lowered) == len(text):
        return lowered.translate(_WORD_TABLE)  # quicker on a word; replace() wins on pages
    if len(lowered) != len(text):  # a few characters lower to two (« İ »): fold one by one
        lowered = "".join(c.lower()[:1] or c for c in text)
    for accented, plain in _ACCENTS.items():
        if accented in lowered:
            lowered = lowered.replace(accented, plain)
    return lowered
