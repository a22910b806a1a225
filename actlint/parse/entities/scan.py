"""Find where an entity may start before running its full pattern there.

Python's regular expressions scan slowly when a pattern opens with a lookbehind or
a long case-blind alternation; ``str.find`` on a folded copy of the text is fast.
Recognisers look for their keywords (a month, « € », « article »…) this way and
run their full pattern only in a window around each hit.
"""

from __future__ import annotations

from collections.abc import Iterable

from actlint.text import fold

__all__ = ["fold", "hits", "windows"]


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
