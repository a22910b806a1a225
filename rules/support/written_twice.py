"""Mentions written twice side by side, in words and in figures: « cinq mille euros
(5 000 €) », « le premier juillet 2026 (01/07/2026) »."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from itertools import pairwise
from typing import Protocol, TypeVar

from actlint.api import LazyPattern, Span

# What may stand between the two forms: « ( », « , soit », « soit le ».
BETWEEN = LazyPattern(r"\s*(?:\(|,?\s*soit(?:\s+le)?\s*)\s*")


class _Mention(Protocol):
    @property
    def span(self) -> Span: ...

    @property
    def in_words(self) -> bool: ...


M = TypeVar("M", bound=_Mention)


def written_twice(mentions: Sequence[M], text: str) -> Iterator[tuple[M, M]]:
    """(in words, in figures) for each pair of neighbours that write one thing twice."""
    for first, second in pairwise(mentions):
        if first.in_words != second.in_words and BETWEEN.fullmatch(
            text[first.span.end : second.span.start]
        ):
            yield (first, second) if first.in_words else (second, first)
