"""Recognisers for what acts mention inline: dates, periods, amounts, citations, references."""

from __future__ import annotations

from actlint.act import Entities
from actlint.entities.amounts import find_amounts, find_rates
from actlint.entities.citations import CodeMemory, find_legal_citations
from actlint.entities.dates import find_dates, find_periods
from actlint.entities.references import find_references


def recognise(text: str, offset: int, codes: CodeMemory) -> Entities:
    """Every entity in ``text``, a unit that starts at ``offset`` in the act."""
    dates = find_dates(text, offset)
    return Entities(
        dates=dates,
        periods=find_periods(text, offset, dates),
        amounts=find_amounts(text, offset),
        rates=find_rates(text, offset),
        legal_citations=find_legal_citations(text, offset, codes),
        references=find_references(text, offset, dates),
    )
