"""Who an arrêté delegates functions or signature to (CGCT, art. L. 2122-18 and
L. 2122-19), in what capacity, and for which matters: « Délégation de fonctions et de
signature est donnée à Monsieur Pierre MAZURE, Adjoint au Maire, dans les domaines
suivants : … ». What is read here is what the arrêté writes; whether it covers a décision
is the rules' affair.
"""

from __future__ import annotations

from dataclasses import dataclass

from actlint.parse.act import Act, Span
from actlint.text import LazyPattern

# « est donnée à Monsieur Pierre MAZURE, Adjoint au Maire », « délègue à Mme Durand,
# conseillère municipale », « Monsieur Pierre MAZURE, 3e adjoint, est chargé … »: a
# civility, a name, then the capacity up to the next comma, colon or full stop.
_DELEGATE = LazyPattern(
    r"(?P<civility>\b(?:Monsieur|Madame|M\.|Mme|MM\.)\s+)"
    r"(?P<name>(?:[A-ZÀ-Ý][\w'’-]*\.?\s+){0,3}[A-ZÀ-Ý][\w'’-]+)"
    r"\s*,\s*(?P<capacity>[^,:;.\n]{3,80})"
)
# The capacities of L. 2122-18 (adjoints, councillors) and L. 2122-19 (agents).
_CAPACITY = LazyPattern(
    r"(?i:adjoint|conseill[eè]re?\s+municipa|conseill[eè]re?\s+d[ée]l[ée]gu|directeur|directrice"
    r"|responsable|chef|secr[ée]taire|attach[ée]|ing[ée]nieur|agent|r[ée]dacteur|r[ée]dactrice)"
)
_DELEGATES_WORDS = LazyPattern(r"(?i:d[ée]l[ée]gation|d[ée]l[ée]gu[ée]e?s?\b|d[ée]l[èe]gue)")


@dataclass(frozen=True)
class Delegate:
    """A person an arrêté of delegation names: ``span`` covers the name and capacity,
    ``matters`` the rest of the article (what is delegated)."""

    name: str
    capacity: str
    span: Span
    matters: Span


def read_delegates(act: Act) -> tuple[Delegate, ...]:
    """The people a municipal arrêté of delegation names, article by article, with the
    capacity of an adjoint, a councillor or an agent."""
    if act.kind != "arrete" or not _DELEGATES_WORDS.search(act.preface.text):
        return ()
    found: list[Delegate] = []
    for article in act.articles:
        for m in _DELEGATE.finditer(article.text):
            capacity = m["capacity"].strip()
            if not _CAPACITY.search(capacity):
                continue
            start = article.span.start
            found.append(Delegate(
                name=" ".join(m["name"].split()), capacity=capacity,
                span=Span(start + m.start("name"), start + m.end("capacity")),
                matters=Span(start + m.end(), article.span.end),
            ))  # fmt: skip
    return tuple(found)
