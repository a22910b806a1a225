"""Find where an entity may start before running its full pattern there.

Python's regular expressions scan slowly when a pattern opens with a lookbehind or
a long case-blind alternation; ``str.find`` on a folded copy of the text is fast.
Recognisers look for their keywords (a month, « € », « article »…) this way and
run their full pattern only in a window around each hit.
"""

from __future__ import annotations

from collections.abc import Iterable

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


def hits(folded: str, needles: Iterable[str], word_start: bool = True) -> list[int]:
    """Sorted positions of the needles in ``folded``, at the start of a word if asked."""
    found = []
    for needle in needles:
        i = folded.find(needle)
        while i >= 0:
            if not word_start or i == 0 or not folded[i - 1].isalnum():
                found.append(i)
            i = folded.find(needle, i + 1)
    return sorted(found)


def windows(
    positions: Iterable[int], before: int, after: int, length: int
) -> list[tuple[int, int]]:
    """Disjoint [start, end) ranges covering ``before``/``after`` characters around each position."""
    merged: list[tuple[int, int]] = []
    for position in positions:
        start, end = max(0, position - before), min(length, position + after)
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(merged[-1][1], end))
        else:
            merged.append((start, end))
    return merged
