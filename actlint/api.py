"""The public interface for rule packs: everything a rule may use, the built-in pack's
included. A pack that imports only from here keeps working as the engine changes."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from actlint.engine.basis import Basis, Source
from actlint.engine.facts import CitedAct, Facts, facts, unit_cites
from actlint.engine.options import Option
from actlint.engine.position import Position, Related
from actlint.engine.rule import Finding, Rule, Severity, rule
from actlint.parse.act import (
    Act,
    ActReference,
    Amount,
    Article,
    DateMention,
    Kind,
    LegalCitation,
    Period,
    Signature,
    Span,
    TransmissionMention,
    Unit,
    VatRate,
)
from actlint.parse.sitting import Count, Member, Proxy, Sitting
from actlint.text import Lang, LazyPattern, Text, fold, long_date

__all__ = [
    "Act", "ActReference", "Amount", "Article", "Basis", "CitedAct", "Count", "DateMention",
    "Facts", "Finding", "Kind", "Lang", "LazyPattern", "LegalCitation", "Member", "Option",
    "Period", "Position", "Proxy", "Record", "Related", "Resolution", "Rule", "Severity",
    "Signature", "Sitting", "Source", "Span", "Text", "TransmissionMention", "Unit", "VatRate",
    "facts", "fold", "long_date", "rule", "unit_cites",
]  # fmt: skip

if TYPE_CHECKING:
    from actlint.engine.records import Record
    from actlint.engine.repository import Resolution


def __getattr__(name: str) -> Any:
    """The repository's types, imported when a pack first asks for them: a lint outside any
    repository never needs them."""
    if name == "Record":
        from actlint.engine.records import Record

        return Record
    if name == "Resolution":
        from actlint.engine.repository import Resolution

        return Resolution
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
