"""Recognisers for standard clauses of the dispositif."""

from __future__ import annotations

import re

# « sont chargés, chacun en ce qui le concerne, de l'exécution du présent arrêté »,
# « est chargé de l'exécution de la présente décision », « ARTICLE 6 : Exécution »
_EXECUTION = re.compile(
    r"(?i:\bcharg[ée]e?s?\b[^.;]{0,80}?\bex[ée]cution\b|^(?:article|art\.)\s*\w+\s*[:.\-–]\s*"
    r"(?:copie\s+et\s+)?ex[ée]cution\b)"
)


def assigns_execution(article_text: str) -> bool:
    """Whether an article assigns the execution of the act to someone."""
    return _EXECUTION.search(article_text) is not None
