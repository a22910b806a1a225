"""Recognisers for what acts mention inline: dates, periods, amounts, citations, references.

They run once over the whole logical text of an act; each unit then takes the
entities that lie inside it.
"""

from __future__ import annotations

import bisect
from typing import Any

from actlint.parse.act import Entities, Span
from actlint.parse.entities.amounts import find_amounts, find_rates
from actlint.parse.entities.citations import find_legal_citations
from actlint.parse.entities.dates import find_dates, find_periods, find_unreadable_years, month_hits
from actlint.parse.entities.references import find_references
from actlint.text import fold


def recognise(text: str) -> Entities:
    """Every entity in the logical text of an act, each kind sorted by position."""
    folded = fold(text)
    months = month_hits(folded)
    dates = find_dates(text, folded=folded, months=months)
    return Entities(
        dates=dates,
        periods=find_periods(text, 0, dates),
        amounts=find_amounts(text, folded=folded),
        rates=find_rates(text),
        legal_citations=find_legal_citations(text, folded=folded),
        references=find_references(text, dates, folded=folded),
        unreadable_years=find_unreadable_years(text, months),
    )


class Placed:
    """The entities of an act, ready to be handed out unit by unit."""

    def __init__(self, entities: Entities) -> None:
        self.entities = entities
        # (name, start offsets, items) for each kind the act mentions at all
        self._kinds: list[tuple[str, list[int], tuple[Any, ...]]] = []
        for name in _KINDS:
            items = getattr(entities, name)
            if items:
                self._kinds.append((name, [item.span.start for item in items], items))
        self._all_starts = sorted(start for _, starts, _ in self._kinds for start in starts)

    def within(self, span: Span) -> Entities:
        """The entities that lie entirely inside ``span``."""
        start, end = span.start, span.end
        first = bisect.bisect_left(self._all_starts, start)
        if first == len(self._all_starts) or self._all_starts[first] >= end:
            return _NONE  # most units mention nothing
        parts: dict[str, tuple[Any, ...]] = {}
        for name, starts, items in self._kinds:
            lo = bisect.bisect_left(starts, start)
            if lo < len(starts) and starts[lo] < end:
                hi = bisect.bisect_left(starts, end, lo)
                parts[name] = tuple(item for item in items[lo:hi] if item.span.end <= end)
        return Entities(**parts) if parts else _NONE


_NONE = Entities()
_KINDS = (
    "dates", "periods", "amounts", "rates", "legal_citations", "references", "unreadable_years",
)  # fmt: skip
