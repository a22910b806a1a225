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
    lowered = article_text.lower()
    if "xécution" not in lowered and "xecution" not in lowered:
        return False  # the pattern is slow to scan; most articles do not mention execution
    return _EXECUTION.search(article_text) is not None
