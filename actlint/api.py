"""The public interface for rule packs: everything a rule may use, the built-in pack's
included. A pack that imports only from here keeps working as the engine changes."""

from __future__ import annotations

from actlint.engine.basis import Basis, Source
from actlint.engine.facts import CitedAct, Facts, facts, unit_cites
from actlint.engine.options import Option
from actlint.engine.position import Position, Related
from actlint.engine.records import Record
from actlint.engine.repository import Resolution, describe_act
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
from actlint.text import Lang, LazyPattern, Text, fold

__all__ = [
    "Act", "ActReference", "Amount", "Article", "Basis", "CitedAct", "Count", "DateMention",
    "Facts", "Finding", "Kind", "Lang", "LazyPattern", "LegalCitation", "Member", "Option",
    "Period", "Position", "Proxy", "Record", "Related", "Resolution", "Rule", "Severity",
    "Signature", "Sitting", "Source", "Span", "Text", "TransmissionMention", "Unit", "VatRate",
    "describe_act", "facts", "fold", "rule", "unit_cites",
]  # fmt: skip
