"""The words that open the units of an act, each with every spelling acts are met with.

The normaliser and the builder make their patterns from here. The grammar
(``grammar/act.lark``) is compiled without Python, so it spells the same words in
its terminals; ``tests/test_vocabulary.py`` proves that both spell them alike.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from itertools import product
from typing import Literal, NamedTuple

Case = Literal["upper", "capitalised", "lower"]

# Damaged exports replace accented letters with U+FFFD.
DAMAGED = "\ufffd"
APOSTROPHES = "'’"


class Word(NamedTuple):
    """A word as a correct act writes it in capitals, and the forms it is also met in.

    ``cases`` are the ways it is written (« ARTICLE », « Article », « article »); each
    accented letter may also lose its accent when ``unaccented``, and be U+FFFD when
    ``damaged``.
    """

    capitals: str
    cases: tuple[Case, ...] = ("upper", "capitalised")
    unaccented: bool = True
    damaged: bool = True

    def written(self, cases: Iterable[Case] | None = None) -> list[str]:
        """The word in each of its cases (or only those of ``cases``), accents as they are."""
        wanted = self.cases if cases is None else tuple(cases)
        return [_in_case(self.capitals, case) for case in self.cases if case in wanted]

    def letters(self, letter: str, *, undamaged: bool = False) -> str:
        """The ways ``letter`` of the word may be written, the letter itself first."""
        plain = unicodedata.normalize("NFD", letter)[0]
        if plain == letter:
            return letter
        return letter + plain * self.unaccented + DAMAGED * (self.damaged and not undamaged)


def _in_case(capitals: str, case: Case) -> str:
    if case == "upper":
        return capitals
    if case == "lower":
        return capitals.lower()
    return capitals[:1] + capitals[1:].lower()


def spellings(
    words: Iterable[Word], cases: Iterable[Case] | None = None, *, undamaged: bool = False
) -> tuple[str, ...]:
    """Every spelling of ``words``, in their order: all of them, or only those in ``cases``.

    ``undamaged`` leaves out the spellings with U+FFFD.
    """
    wanted = None if cases is None else tuple(cases)
    return tuple(
        "".join(letters)
        for word in words
        for written in word.written(wanted)
        for letters in product(*(word.letters(c, undamaged=undamaged) for c in written))
    )


def pattern(
    words: Iterable[Word],
    cases: Iterable[Case] | None = None,
    *,
    undamaged: bool = False,
    space: str = "[ ]",
) -> str:
    """A regular expression group matching exactly ``spellings(words, cases, undamaged=…)``.

    Accent variants are character classes rather than alternatives: scanning stays as
    quick as a pattern written by hand. ``space`` stands for the blank between words.
    """
    wanted = None if cases is None else tuple(cases)
    alternatives = [
        "".join(_letter_pattern(word, c, undamaged, space) for c in written)
        for word in words
        for written in word.written(wanted)
    ]
    return "(?:" + "|".join(alternatives) + ")"


def _letter_pattern(word: Word, letter: str, undamaged: bool, space: str) -> str:
    if letter == " ":
        return space
    forms = word.letters(letter, undamaged=undamaged)
    return f"[{forms}]" if len(forms) > 1 else re.escape(letter)


def literal(spellings: Iterable[str], *, space: str = "[ ]") -> str:
    """A regular expression group matching exactly ``spellings``, in that order."""
    return "(?:" + "|".join(space.join(map(re.escape, s.split(" "))) for s in spellings) + ")"


def beginnings(spellings: Iterable[str], length: int) -> tuple[str, ...]:
    """The distinct first ``length`` characters of ``spellings``: needles for a quick find."""
    return tuple(dict.fromkeys(s[:length] for s in spellings))


# Visas: « Vu le code général des collectivités territoriales ; ».
VISA = (Word("VU", cases=("upper", "capitalised", "lower")),)
# « - MU l'article … »: OCR reads the « VU » after a bullet as « MU ».
VISA_OCR = tuple(f"MU l{apostrophe}" for apostrophe in APOSTROPHES)

# Recitals: « Considérant que … », or « CONSIDÉRANT : » alone on its line, then one
# « que … » line for each recital.
RECITAL = (Word("CONSIDÉRANT"),)
RECITAL_HEAD = (*RECITAL, Word("CONSIDÉRANTS"))
RECITAL_ITEM = ("que ", *(f"qu{apostrophe}" for apostrophe in APOSTROPHES))

# The enacting words between the preamble and the articles: « DÉCIDE : », « ARRÊTE ».
# The normaliser looks for the three common ones only, in capitals and undamaged.
COMMON_ENACTING = (Word("DÉCIDE"), Word("ARRÊTE"), Word("DÉLIBÈRE"))
ENACTING = (
    *COMMON_ENACTING,
    Word("PREND ACTE", cases=("upper",)),
    Word("DÉCIDONS", cases=("upper",), damaged=False),
    Word("ARRÊTONS", cases=("upper",), damaged=False),
)

# Article headings: the word, then the label: « Article 1er : », « ARTICLE UNIQUE ».
# « Aticle » is an OCR slip, « Art. » the abbreviation.
ARTICLE = (
    Word("ARTICLE"),
    Word("ATICLE", cases=("capitalised",)),
    Word("ART.", cases=("capitalised",)),
)
ARTICLE_NUMBER = r"\d+"
# « ler »: OCR reads the « 1 » of « 1er » as an « l ».
ARTICLE_FIRST = ("1er", "ler", "premier", "PREMIER")
ARTICLE_SOLE = ("unique", "UNIQUE")
ARTICLE_LABELS = (*ARTICLE_FIRST, *ARTICLE_SOLE)


def article_label(labels: Iterable[str] = ARTICLE_LABELS) -> str:
    """A regular expression group for an article's label: a number or one of ``labels``.

    The number comes first: « 1er » is read as the number 1 followed by « er ».
    """
    return "(?:" + "|".join([ARTICLE_NUMBER, *map(re.escape, labels)]) + ")"


# Where and when the act was signed: « Fait à Lens, le 11 mai 2026 », « Fait au
# Lamentin », « Fait aux Abymes », « Donné à … », « En mairie, le … », « Fait en
# mairie, le … », « Ainsi fait et délibéré les jour, mois et an que dessus ».
MADE = Word("FAIT")
GIVEN = Word("DONNÉ", unaccented=False, damaged=False)
SIGNED = (MADE, GIVEN)
AT = (
    Word("À", cases=("lower", "upper"), damaged=False),
    Word("AU", cases=("lower", "upper")),
    Word("AUX", cases=("lower", "upper")),
)
IN_TOWN_HALL = "En mairie"
SITTING_CLOSE = "Ainsi fait et délibéré"
# Openings of a signature that name no place after « à »: the town hall, the sitting of
# a council (« Fait et délibéré les jour, mois et an que dessus »), or the date first
# (« Fait le 12 mai 2026 à Lens »).
SIGNED_OTHERWISE = (
    "Fait en mairie",
    "Fait et délibéré",
    "FAIT ET DÉLIBÉRÉ",
    SITTING_CLOSE,
    "Fait le",
    "Fait, le",
)
# « … les jour, mois et an que dessus »: a délibération signed on the day of its sitting.
# OCR damages it in every way (« Faitet déibôré l jour, moiset an que dessus »), so it is
# known by its last words, whatever comes before them on the line.
SITTING_DAY = r"jo\w{0,3},?[ ]?mo\w{0,3}[ ]?(?:e?t?[ ]?)?an[ ](?:que[ ]|ci-?[ ]?)?dessus"
