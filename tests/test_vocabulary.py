"""The grammar, the normaliser and the builder spell the words that open units alike.

The grammar cannot import ``actlint.vocabulary``: its terminals are read from
``grammar/act.lark`` and compared with the vocabulary both ways, spelling by spelling.
"""

from __future__ import annotations

import re
import re._constants as sre  # the regular-expression compiler's parse tree, to list
import re._parser as sre_parse  # every string a finite part of a terminal matches
from itertools import product
from pathlib import Path
from typing import Any

import pytest

from actlint.parse.parser import parse
from actlint.read.normalise import normalise
from actlint.vocabulary import (
    ARTICLE,
    ARTICLE_FIRST,
    ARTICLE_LABELS,
    ARTICLE_NUMBER,
    AT,
    COMMON_ENACTING,
    ENACTING,
    IN_TOWN_HALL,
    MADE,
    RECITAL,
    RECITAL_HEAD,
    RECITAL_ITEM,
    SIGNED,
    SIGNED_OTHERWISE,
    SITTING_CLOSE,
    SITTING_DAY,
    VISA,
    VISA_OCR,
    Word,
    literal,
    pattern,
    spellings,
)
from tests.conftest import act_of

GRAMMAR = Path(__file__).resolve().parent.parent / "grammar" / "act.lark"
DIGIT = r"\d"

# Each terminal that opens a unit, and what its groups spell, in order: its words
# (ARTICLE: then its label). PLACE_DATE opens the conclusions with a place name, not
# a word, and TEXT is any line.
SIGNED_AT_OPENINGS = {
    *(f"{signed} {at} " for signed in spellings(SIGNED) for at in spellings(AT)),
    *(f"{IN_TOWN_HALL}{comma} le" for comma in ("", ",")),
    *SIGNED_OTHERWISE,
}
TERMINAL_WORDS: dict[str, list[set[str]]] = {
    "VISA": [set(spellings(VISA))],
    "VISA_OCR": [set(VISA_OCR)],
    "CONSIDERANT_HEAD": [set(spellings(RECITAL_HEAD))],
    "CONSIDERANT": [set(spellings(RECITAL))],
    "QUE": [set(RECITAL_ITEM)],
    "FORMULA": [set(spellings(ENACTING))],
    "ARTICLE": [set(spellings(ARTICLE)), {ARTICLE_NUMBER, *ARTICLE_LABELS}],
    "SIGNED_AT": [SIGNED_AT_OPENINGS],
}
NOT_WORDS = {"PLACE_DATE", "SITTING_DAY", "TEXT"}


def grammar_terminals() -> dict[str, str]:
    text = GRAMMAR.read_text(encoding="utf-8")
    terminal = re.compile(r"^(?P<name>[A-Z][A-Z0-9_]*)(?:\.\d+)?: /(?P<regex>.*)/$", re.M)
    return {m["name"]: m["regex"] for m in terminal.finditer(text)}


def language(items: Any) -> set[str]:
    """Every string a parsed regular expression matches; it must match finitely many.

    ``\\d`` and ``\\d+`` stand for themselves: an article's number is any number.
    """
    strings = {""}
    for op, av in items:
        strings = {s + t for s in strings for t in _item_language(op, av)}
    return strings


def _item_language(op: Any, av: Any) -> set[str]:
    if op is sre.LITERAL:
        return {chr(av)}
    if op is sre.IN:
        return set().union(*(_class_member(kind, value) for kind, value in av))
    if op is sre.SUBPATTERN:
        return language(av[-1])
    if op is sre.BRANCH:
        return set().union(*(language(branch) for branch in av[1]))
    if op is sre.MAX_REPEAT:
        low, high, item = av
        once = language(item)
        if high is sre.MAXREPEAT and low == 1 and once == {DIGIT}:
            return {DIGIT + "+"}
        assert high is not sre.MAXREPEAT, "no finite list of spellings"
        return {"".join(p) for n in range(low, high + 1) for p in product(once, repeat=n)}
    raise AssertionError(f"no list of spellings for {op}")


def _class_member(kind: Any, value: Any) -> set[str]:
    if kind is sre.LITERAL:
        return {chr(value)}
    if kind is sre.RANGE:
        return {chr(c) for c in range(value[0], value[1] + 1)}
    assert kind is sre.CATEGORY and value is sre.CATEGORY_DIGIT, kind
    return {DIGIT}


def groups(regex: str) -> list[set[str]]:
    """What each top-level non-capturing group of ``regex`` spells, in order.

    Groups are found in the text: the compiler's parse tree inlines them.
    """
    found, depth, start, i = [], 0, 0, 0
    while i < len(regex):
        char = regex[i]
        if char == "\\":
            i += 1
        elif char == "[":
            i = regex.index("]", i + 2)  # a class never starts with « ] » here
        elif char == "(":
            depth, start = depth + 1, i if depth == 0 else start
        elif char == ")":
            depth -= 1
            if depth == 0 and regex.startswith("(?:", start):
                found.append(language(sre_parse.parse(regex[start : i + 1])))
        i += 1
    return found


def test_every_word_terminal_of_the_grammar_is_known() -> None:
    assert set(grammar_terminals()) == set(TERMINAL_WORDS) | NOT_WORDS


@pytest.mark.parametrize("terminal", sorted(TERMINAL_WORDS))
def test_grammar_spells_the_words_of_the_vocabulary_and_no_other(terminal: str) -> None:
    expected = TERMINAL_WORDS[terminal]
    written = groups(grammar_terminals()[terminal])[: len(expected)]
    for in_grammar, in_vocabulary in zip(written, expected, strict=True):
        assert sorted(in_grammar - in_vocabulary) == []  # in the grammar only
        assert sorted(in_vocabulary - in_grammar) == []  # in the vocabulary only


def _lines() -> list[tuple[str, str, str]]:
    """(terminal, lines before, line) for every spelling the grammar should know."""
    recital_head = "CONSIDÉRANT :\n"
    return [
        *(("VISA", "", f"{s} la loi ;") for s in spellings(VISA)),
        *(("VISA_OCR", "", f"- {s}article 3 ;") for s in VISA_OCR),
        *(("CONSIDERANT", "", f"{s} que le projet est utile ;") for s in spellings(RECITAL)),
        *(("CONSIDERANT_HEAD", "", f"{s} :") for s in spellings(RECITAL_HEAD)),
        *(("QUE", recital_head, f"{s}il convient ;") for s in RECITAL_ITEM),
        *(("FORMULA", "", f"{s} :") for s in spellings(ENACTING)),
        *(
            ("ARTICLE", "", f"{s} {label} : texte")
            for s in spellings(ARTICLE)
            for label in ("12", *ARTICLE_LABELS)
        ),
        *(
            ("SIGNED_AT", "", f"{s} {at} Lens, le 2 mai 2026.")
            for s in spellings(SIGNED)
            for at in spellings(AT)
        ),
        ("SIGNED_AT", "", f"{IN_TOWN_HALL}, le 2 mai 2026"),
        ("SIGNED_AT", "", f"{IN_TOWN_HALL} le 2 mai 2026"),
        *(("SIGNED_AT", "", f"{s} 2 mai 2026.") for s in SIGNED_OTHERWISE),
        # corpus-real 024, 025, 034: OCR damaged the start, not the words of the sitting day
        ("SITTING_DAY", "", "Fait e délibéré le jour, mois et an que dessus"),
        ("SITTING_DAY", "", "Faitet délibéré le jour, mois et an que dessus."),
        ("SITTING_DAY", "", "Fait t déibéré les jour, moi t an que dessus"),
    ]


def test_grammar_knows_the_sitting_day_by_the_vocabulary_s_words() -> None:
    assert SITTING_DAY in grammar_terminals()["SITTING_DAY"]


def _tokens(tree: Any) -> list[Any]:
    if not hasattr(tree, "children"):
        return [tree]
    return [token for child in tree.children for token in _tokens(child)]


@pytest.mark.parametrize(("terminal", "before", "line"), _lines())
def test_parser_reads_every_spelling_as_its_terminal(terminal: str, before: str, line: str) -> None:
    token = _tokens(parse(before + line))[-1]
    assert (token.type, str(token)) == (terminal, line + "\n")


WORD_GROUPS = [VISA, RECITAL, RECITAL_HEAD, ENACTING, COMMON_ENACTING, ARTICLE, SIGNED, AT]


@pytest.mark.parametrize("words", WORD_GROUPS)
@pytest.mark.parametrize("cases", [None, ("upper",), ("capitalised",), ("lower",)])
@pytest.mark.parametrize("undamaged", [False, True])
def test_patterns_match_the_spellings_exactly(
    words: tuple[Word, ...], cases: Any, undamaged: bool
) -> None:
    written = set(spellings(words, cases, undamaged=undamaged))
    regex = pattern(words, cases, undamaged=undamaged)
    assert groups(regex) == [written] if written else regex == "(?:)"


def test_literal_patterns_match_the_spellings_exactly() -> None:
    for words in (VISA_OCR, RECITAL_ITEM, (IN_TOWN_HALL, SITTING_CLOSE), SIGNED_OTHERWISE):
        assert groups(literal(words)) == [set(words)]


def _unit_lines() -> list[str]:
    """Lines the normaliser must never glue to the one before, one per spelling it knows."""
    return [
        *(f"{s} la loi ;" for s in spellings(VISA, ["upper", "capitalised"])),
        *(f"{s} que le projet est utile ;" for s in spellings(RECITAL)),
        *(f"{s} {label} : texte" for s in spellings(ARTICLE) for label in ("12", *ARTICLE_FIRST)),
        *(f"{s} :" for s in spellings(COMMON_ENACTING, ["upper"], undamaged=True)),
        *(f"{s} {at} Lens, le 2 mai 2026." for s in spellings([MADE]) for at in ("à", "a")),
        f"{IN_TOWN_HALL}, le 2 mai 2026",
        *(f"{s}il convient ;" for s in RECITAL_ITEM),
    ]


@pytest.mark.parametrize("line", _unit_lines())
def test_normaliser_keeps_a_unit_on_its_own_line(line: str) -> None:
    # Two trailing spaces mark a Markdown line break, which the normaliser joins
    # unless the next line opens a unit.
    assert len(normalise(f"suite du texte  \n{line}").text.split("\n")) == 2


def _flattened_units() -> list[str]:
    """Units the normaliser must split off a line flattened by OCR, one per spelling."""
    return [
        *(f"{s} la loi," for s in spellings(VISA, ["upper", "capitalised"])),
        *(f"{s} que le projet est utile," for s in spellings(RECITAL, undamaged=True)),
        *(f"- {s}article 3," for s in VISA_OCR),
        *(f"{s} {label} : texte" for s in spellings(ARTICLE) for label in ("12", *ARTICLE_FIRST)),
        *(f"{s} {at} Lens, le 2 mai 2026." for s in spellings([MADE]) for at in ("à", "a")),
        f"{IN_TOWN_HALL}, le 2 mai 2026",
        f"{SITTING_CLOSE} les jour, mois et an que dessus",
    ]


@pytest.mark.parametrize("unit", _flattened_units())
def test_normaliser_splits_flattened_units(unit: str) -> None:
    assert normalise(f"LE MAIRE DE LENS, {unit}").text.split("\n")[0] == "LE MAIRE DE LENS,"


@pytest.mark.parametrize("enacting", spellings(COMMON_ENACTING, ["upper"], undamaged=True))
def test_normaliser_splits_a_flattened_enacting_word_before_the_first_article(
    enacting: str,
) -> None:
    flattened = f"Vu la loi ; {enacting} Article 1er : texte"
    assert normalise(flattened).text.split("\n") == ["Vu la loi ;", enacting, "Article 1er : texte"]


@pytest.mark.parametrize("word", spellings(ARTICLE))
@pytest.mark.parametrize("label", ["12", *ARTICLE_LABELS])
def test_builder_numbers_every_article_label(word: str, label: str) -> None:
    (article,) = act_of(f"ARRÊTÉ\n{word} {label} : texte\n").articles
    assert article.number == (12 if label == "12" else 1)
