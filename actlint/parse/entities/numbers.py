"""French numbers written in words (« deux mille dix-huit », « soixante-douze »)."""

from __future__ import annotations

from actlint.text import LazyPattern

_WORD = (
    r"(?:zéro|une?|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze|treize|quatorze"
    r"|quinze|seize|vingts?|trente|quarante|cinquante|soixante|cents?|mille|mil)"
)
# A run of number words joined by spaces, hyphens or « et » (1990 spelling included).
NUMBER_WORDS = rf"{_WORD}(?:(?:[ -]|[ -]et[ -]){_WORD})*"
# The same, as sums are met with in published acts: a hyphen with a space after it
# (« cent-quatre-vingt- mille »), a line wrapped between two words.
LOOSE_NUMBER_WORDS = rf"{_WORD}(?:(?:[^\S\n]*-\s*|\s+|[ -]et[ -]){_WORD})*"
_NUMBER_WORDS_RE = LazyPattern(rf"(?i:{LOOSE_NUMBER_WORDS})")
_HYPHEN = LazyPattern(r"\s*-\s*")
_SPACES = LazyPattern(r"\s+")
_MIL = LazyPattern(r"\bmil\b")
# The first letters of number words: a word that starts so, written just before a run
# of number words, is one of them the scanner could not read (« cing-mille », « quatr »).
_STEMS = ("zero", "deux", "trois", "quat", "cinq", "sept", "huit", "neuf", "onze", "douz",
          "treiz", "quinz", "seiz", "ving", "tren", "quar", "soix", "cent", "mill")  # fmt: skip
_TOKEN_BEFORE = LazyPattern(r"(\S+)\s*$")


def words_to_int(words: str) -> int | None:
    """The value of a run of French number words, or None if it is not one."""
    if not _NUMBER_WORDS_RE.fullmatch(words.strip()):
        return None
    from text_to_num import text2num  # a maintained parser; imported only when needed

    text = _MIL.sub("mille", _SPACES.sub(" ", _HYPHEN.sub("-", words.strip().lower())))
    try:
        return int(text2num(text, "fr"))
    except ValueError:
        return None


def follows_unread_number_word(text: str, start: int) -> bool:
    """Whether the number words at ``start`` continue a number word that could not be
    read (« cing-mille six-cent-quarante-quatre », « rente-sopt-mill six-cent »): then
    they are only the end of the number."""
    before = _TOKEN_BEFORE.search(text, max(0, start - 40), start)
    if before is None:
        return False
    parts = before[1].lower().strip("(«\"'").split("-")
    return any(part.startswith(_STEMS) for part in parts)
