"""Recognisers for standard clauses of the dispositif."""

from __future__ import annotations

import re

from actlint.parse.act import Span, Unit
from actlint.text import LazyPattern

# « sont chargés, chacun en ce qui le concerne, de l'exécution du présent arrêté »,
# « est chargé de l'exécution de la présente décision », « ARTICLE 6 : Exécution »,
# and in délibérations « CHARGE Monsieur le Maire, ou son représentant, de l'exécution
# de la présente délibération », « … d'exécuter la présente délibération ».
_EXECUTION = LazyPattern(
    r"(?i:\bcharg[ée]e?s?\b[^.;]{0,80}?\bex[ée]cut(?:ion|er)\b|^(?:article|art\.)\s*\w+\s*[:.\-–]\s*"
    r"(?:copie\s+et\s+)?ex[ée]cution\b)",
    re.M,
)


def assigns_execution(article_text: str) -> bool:
    """Whether an article assigns the execution of the act to someone."""
    lowered = article_text.lower()
    if "xécut" not in lowered and "xecut" not in lowered:
        return False  # the pattern is slow to scan; most articles do not mention execution
    return _EXECUTION.search(article_text) is not None


def execution_clause(unit: Unit) -> Span | None:
    """The span of the sentence of ``unit`` that assigns the execution of the act, if any."""
    if not assigns_execution(unit.text):
        return None
    found = _EXECUTION.search(unit.text)
    assert found is not None
    return Span(unit.span.start + found.start(), unit.span.start + found.end())
