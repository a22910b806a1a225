"""French numbers written in words (« deux mille dix-huit », « soixante-douze »)."""

from __future__ import annotations

import re

_WORD = (
    r"(?:zéro|une?|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze|treize|quatorze"
    r"|quinze|seize|vingts?|trente|quarante|cinquante|soixante|cents?|mille|mil)"
)
# A run of number words joined by spaces, hyphens or « et » (1990 spelling included).
NUMBER_WORDS = rf"{_WORD}(?:(?:[ -]|[ -]et[ -]){_WORD})*"
_NUMBER_WORDS_RE = re.compile(rf"(?i:{NUMBER_WORDS})")


def words_to_int(words: str) -> int | None:
    """The value of a run of French number words, or None if it is not one."""
    if not _NUMBER_WORDS_RE.fullmatch(words.strip()):
        return None
    from text_to_num import text2num  # a maintained parser; imported only when needed

    text = re.sub(r"\bmil\b", "mille", words.strip().lower())
    try:
        return int(text2num(text, "fr"))
    except ValueError:
        return None
