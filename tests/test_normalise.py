"""Normalisation: the text a reader sees, with every character traced to the original."""

from __future__ import annotations

import pytest

from actlint.parse.act import Span
from actlint.parse.document import read_document
from actlint.read.normalise import normalise
from actlint.read.source import decode
from tests.conftest import CORPUS, EXAMPLE


def test_markdown_and_typography_are_removed() -> None:
    text = "## **Décision n° 2026 - 92**\n\nprendra effet au 1<sup>er</sup> janvier\u00a02026 l\u2019an\n"
    assert normalise(text).text == "Décision n° 2026 - 92\nprendra effet au 1er janvier 2026 l'an"


def test_backslash_escapes_and_emphasis() -> None:
    assert normalise(r"Article 1 \- le \*texte\* __gras__").text == "Article 1 - le *texte* gras"


def test_citation_cut_by_a_line_break_is_glued() -> None:
    text = "de l'article L.2122-  \n22 du Code Général"
    assert normalise(text).text == "de l'article L.2122-22 du Code Général"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("l'adminis-\ntration", "l'administration"),  # typographic hyphenation
        ("mentionnées ci-\naprès", "mentionnées ci-après"),  # a compound keeps its hyphen
        ("Jean-\nMarc DUMONT", "Jean-\nMarc DUMONT"),  # capitalised: not a broken word
    ],
)
def test_hyphenated_line_breaks(text: str, expected: str) -> None:
    assert normalise(text).text == expected


def test_wrapped_lines_join_but_units_and_signature_lines_stay_apart() -> None:
    text = (
        "Vu la délibération en date du 22 mars  \n2026, portant approbation,\n\n"
        "Considérant que le logiciel de  \nGestion est utile ;\n"
        "Considérant que la société\nest capable,\n"
        "Fait à LENS, le 11 mai 2026.\n\nPour le Maire,  \nL'Adjoint Délégué,  \nPierre MAZURE\n"
    )
    assert normalise(text).text.split("\n") == [
        "Vu la délibération en date du 22 mars 2026, portant approbation,",
        "Considérant que le logiciel de Gestion est utile ;",
        "Considérant que la société est capable,",
        "Fait à LENS, le 11 mai 2026.",
        "Pour le Maire,",
        "L'Adjoint Délégué,",
        "Pierre MAZURE",
    ]


def test_flattened_ocr_line_is_split_at_units() -> None:
    text = (
        "LE MAIRE DE LAUDUN, Vu le code pénal, Vu le décret n°2020-293 du 23 mars 2020, "
        "Considérant la situation, Sur demande du 26 mars 2020. ARRETE Article 1: L'accès est "
        "interdit. Article 3: Ampliation à la gendarmerie Laudun-L'Ardoise le 27 mars 2020, "
        "Le Maire, Yves CAZORLA"
    )
    assert normalise(text).text.split("\n") == [
        "LE MAIRE DE LAUDUN,",
        "Vu le code pénal,",
        "Vu le décret n°2020-293 du 23 mars 2020,",
        "Considérant la situation, Sur demande du 26 mars 2020.",
        "ARRETE",
        "Article 1: L'accès est interdit.",
        "Article 3: Ampliation à la gendarmerie",
        "Laudun-L'Ardoise le 27 mars 2020, Le Maire, Yves CAZORLA",
    ]


def test_combining_accents_are_composed_and_located_whole() -> None:
    decomposed = "De\u0301cision n\u00b0 1"
    assert normalise(decomposed).text == "Décision n° 1"
    document = read_document(decode(decomposed.encode(), "a.txt"))
    where = document.locate(Span(0, 2))  # « Dé » covers « D », « e » and the accent
    assert (where.column, where.end_column) == (1, 4)


@pytest.mark.parametrize("newline", ["\n", "\r\n", "\r"])
def test_every_character_maps_back_to_what_it_came_from(newline: str) -> None:
    original = EXAMPLE.read_text(encoding="utf-8").replace("\n", newline)
    mapped = normalise(original)
    for i, char in enumerate(mapped.text):
        source_char = original[mapped.origin(i)]
        if char.isalnum():
            assert source_char == char, (i, char, source_char)


# Letters the normaliser mends: OCR's « I » or « 1 » for « l », a damaged « à ».
_MENDED = {("l", "I"), ("l", "1"), ("à", "\ufffd")}


@pytest.mark.parametrize("path", sorted(CORPUS.glob("*.txt")), ids=lambda p: p.name)
def test_letters_of_real_acts_map_to_the_same_letters(path) -> None:
    original = decode(path.read_bytes(), str(path)).text
    mapped = normalise(original)
    mismatches = [
        i
        for i, c in enumerate(mapped.text)
        if c.isalnum()
        and original[mapped.origin(i)] != c
        and (c, original[mapped.origin(i)]) not in _MENDED
    ]
    assert not mismatches


def test_bom_and_cp1252() -> None:
    with_bom = decode("\ufeffDécision".encode(), "a.txt")
    assert (with_bom.text, with_bom.encoding, with_bom.had_bom) == ("Décision", "utf-8", True)
    legacy = decode("Arrêté du 1er février".encode("cp1252"), "b.txt")
    assert (legacy.text, legacy.encoding) == ("Arrêté du 1er février", "cp1252")


def test_source_positions_count_every_kind_of_line_end() -> None:
    source = decode(b"a\r\nb\rc\nd", "x.txt")
    assert [source.position(i) for i in (0, 3, 5, 7)] == [(1, 1), (2, 1), (3, 1), (4, 1)]
    assert source.line_text(2) == "b"


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        # corpus-real 008 (Mistral OCR of a PDF)
        (
            r"les articles 7 et 8 du décret $n^{\circ} 98-817$ du 11 septembre 1998",
            "les articles 7 et 8 du décret n° 98-817 du 11 septembre 1998",
        ),
        (r"Article $1^{er}$ : Objet", "Article 1er : Objet"),
        (r"Au $1^{\text {er }}$ <br> janvier", "Au 1er janvier"),
        (
            r"Zone de référence $\mathbf{n}^{\circ} 1$ Nord Ardennes",
            "Zone de référence n° 1 Nord Ardennes",
        ),
        (r"$>$ Sentier Burel", "> Sentier Burel"),  # corpus-real 002
        (r"$\checkmark$ Psychiatrie", "✓ Psychiatrie"),  # corpus-real 003
        (
            r"du décret n ${ }^{\circ} 77-1133$ du 21 septembre 1977",
            "du décret n° 77-1133 du 21 septembre 1977",
        ),
        (r"$\underline{V u}$ :", "Vu :"),  # corpus-real 010
        (r"supérieure à $10^{5} \mathrm{~Pa}$.", "supérieure à 10^5 Pa."),
        (r"de $850^{\circ} \mathrm{C}$ pendant", "de 850° C pendant"),
        ("il coûte 5 $ et 6 $ de plus", "il coûte 5 $ et 6 $ de plus"),  # not a fragment
    ],
)
def test_latex_fragments_read_as_the_text_they_print(line: str, expected: str) -> None:
    assert normalise(line).text == expected


def test_latex_fragments_keep_every_digit_where_it_was() -> None:
    line = r"du décret $n^{\circ} 98-817$ du 11"
    mapped = normalise(line)
    at = mapped.text.index("98-817")
    assert line[mapped.origin(at) : mapped.origin(at + 6 - 1) + 1] == "98-817"


def test_inline_images_entities_and_tags_are_not_text() -> None:
    image = "![img-0.jpeg](data:image/jpeg;base64,/9j/4AAQSkZJRgABAQAAAQABAAD/2wBDAAgGBgcGBQgH)"
    text = f"Le préfet,\n{image}\nSigné : Jean DUPONT &amp; l&#39;adjoint&nbsp;<b>délégué</b>"
    assert normalise(text).text == "Le préfet,\nSigné : Jean DUPONT & l'adjoint délégué"


def test_page_numbers_alone_on_their_line_are_dropped() -> None:
    text = "Prénom NOM\n\nSignature\n\n6/7\n# ANNEXE 4\n\nPage 2 sur 5\n\n- 3 -\n\nsuite"
    assert normalise(text).text == "Prénom NOM\nSignature\nANNEXE 4\nsuite"
    assert normalise("réunion du\n\n12/06\n\nsuite").text == "réunion du\n12/06\nsuite"


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        # corpus-real 004, 023, 029
        ("à I'article 4.4.4 suivant", "à l'article 4.4.4 suivant"),
        (
            "sur la structure et Ia gestion de la dette ;",
            "sur la structure et la gestion de la dette ;",
        ),
        ("Place de Ia Gare", "Place de la Gare"),
        ("Pour Ie Maire,", "Pour le Maire,"),
        (
            "selon 1'article 3 de Ie présent arrêté et Ies annexes",
            "selon l'article 3 de le présent arrêté et les annexes",
        ),
        # a roman numeral, a name, a digit that is a number: unchanged
        ("titre Ier, Ian SMITH, 1 an", "titre Ier, Ian SMITH, 1 an"),
    ],
)
def test_ocr_capital_i_or_one_for_ell_is_mended(line: str, expected: str) -> None:
    mapped = normalise(line)
    assert mapped.text == expected
    assert len(mapped.text) == len(line)  # one letter for one letter: positions unchanged


def test_damaged_export_apostrophes_and_lone_a() -> None:
    line = "affich\ufffde \ufffd l?H\ufffdtel-de-Ville, d?adh\ufffdrer"  # corpus 019 (Paris BMO)
    assert normalise(line).text == "affich\ufffde à l'H\ufffdtel-de-Ville, d'adh\ufffdrer"
    assert normalise("Qui est-ce? Oui").text == "Qui est-ce? Oui"  # no damage, no change


def test_a_running_header_is_kept_once() -> None:
    # an OCR'd PDF prints its letterhead again at the top of every page
    header = "PRÉFET DE LA RÉUNION"
    page = "\n".join(f"ligne {i} du texte de l'arrêté ;" for i in range(20))
    text = f"{header}\nARRÊTÉ n° 2025-794\n{page}\n{header}\n{page}\n{header}\n{page}\n"
    # the act's own sentences, repeated from page to page, are not furniture
    logical = normalise(text)
    assert logical.text.count(header) == 1
    last = logical.text.rindex("ligne 19")
    assert logical.original_span(last, last + 8)[0] == text.rindex("ligne 19")
    twice = f"{header}\n{page}\n{header}\n{page}\n"  # twice is not a running header
    assert normalise(twice).text.count(header) == 2
