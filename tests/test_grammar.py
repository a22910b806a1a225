"""The grammar and the standalone parser generated from it."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from actlint.parse.parser import parse

ROOT = Path(__file__).resolve().parent.parent


@pytest.mark.parametrize("seed", ["0", "1", "random"])
def test_generated_parser_is_up_to_date_byte_for_byte(seed: str) -> None:
    """Generated again in a fresh process, whatever its hash seed, the parser is the
    committed file exactly."""
    check = subprocess.run([sys.executable, str(ROOT / "grammar" / "generate.py"), "--check"],
                           capture_output=True, text=True,
                           env={**os.environ, "PYTHONHASHSEED": seed})  # fmt: skip
    assert check.returncode == 0, check.stderr


def sections(text: str) -> list[tuple[str, int]]:
    tree = parse(text)
    return [(child.data, len(child.children)) for child in tree.children]


def test_sections_of_a_complete_act() -> None:
    text = (
        "DÉCISION n° 1\nLe Maire,\nVu la loi ;\nsuite du visa\nConsidérant que ;\nDÉCIDE\n"
        "Article 1 : a\nsuite\nArticle 2 : b\nFait à Lens, le 2 mai 2026.\nLe Maire\n"
    )
    assert sections(text) == [
        ("preface", 2),
        ("preamble", 2),
        ("formula", 1),
        ("body", 2),
        ("conclusions", 2),
    ]


def test_a_line_out_of_place_becomes_text_of_the_unit_before() -> None:
    tree = parse("ARRÊTÉ\nArticle 1 : a\nVu la loi ;\nConsidérant que x ;\nARRÊTE\n")
    body = next(c for c in tree.children if c.data == "body")
    (article,) = body.children
    assert [str(t).rstrip("\n") for t in article.children] == [
        "Article 1 : a",
        "Vu la loi ;",
        "Considérant que x ;",
        "ARRÊTE",
    ]


def test_recital_group_with_que_items() -> None:
    tree = parse("ARRÊTÉ\nCONSIDÉRANT :\nque a ;\nque b,\nque c ;\nARTICLE 1er\ntexte\n")
    preamble = next(c for c in tree.children if c.data == "preamble")
    (group,) = preamble.children
    assert [c.data for c in group.children if hasattr(c, "data")] == ["recital_item"] * 3


def test_title_words_are_not_the_formula() -> None:
    tree = parse("ARRÊTE n°008PM/2026 Autorisation\nVu la demande ;\nAticle ler: Madame X\n")
    assert "formula" not in [c.data for c in tree.children]


def test_place_and_date_line_opens_the_conclusions_only_with_a_place() -> None:
    tree = parse(
        "ARRÊTÉ\nArticle 1 : a\nReçue par le représentant de l'Etat le 19 mai 2009.\n"
        "Alençon, le 23 octobre 2018\n"
    )
    conclusions = next(c for c in tree.children if c.data == "conclusions")
    assert str(conclusions.children[0]) == "Alençon, le 23 octobre 2018\n"
