"""Accent- and case-blind forms of French words, for comparing what acts spell loosely."""

from __future__ import annotations

import unicodedata


def fold(text: str) -> str:
    """« Décembre » → « decembre »."""
    decomposed = unicodedata.normalize("NFD", text.lower())
    return "".join(c for c in decomposed if not unicodedata.combining(c))
