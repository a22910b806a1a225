"""STR rules and EXE001 on hand-made and real acts."""

from __future__ import annotations

import pytest

from tests.conftest import CORPUS, lint_file, lint_text


def codes(text: str, *selected: str) -> list[str]:
    return [d.code for d in lint_text(text, *selected).diagnostics]


def test_numbering_gap_points_at_the_article_after_the_gap() -> None:
    (gap,) = [d for d in lint_file(CORPUS / "015.txt").diagnostics if d.code == "STR003"]
    assert gap.message.fr == "numérotation discontinue : l'article 2 manque avant l'article 3"
    line = (CORPUS / "015.txt").read_text(encoding="utf-8").split("\n")[gap.line - 1]
    assert line[gap.column - 1 : gap.end_column - 1] == "Article 3"


def test_duplicate_and_backward_numbers() -> None:
    text = "ARRÊTÉ n° 1\nARRÊTE\nArticle 1 : a.\nArticle 2 : b.\nArticle 2 : c.\nArticle 1 : d.\n"
    messages = [d.message.en for d in lint_text(text, "STR003").diagnostics]
    assert messages == ["article 2 is numbered twice", "article 1 is numbered twice"]


def test_numbering_that_starts_late() -> None:
    text = "ARRÊTÉ n° 1\nARRÊTE\nArticle 2 : a.\nArticle 3 : b.\n"
    (message,) = [d.message.en for d in lint_text(text, "STR003").diagnostics]
    assert message == "numbering gap: article 1 is missing before article 2"


def test_first_article_variants_count_as_one() -> None:
    for first in ("Article 1er", "ARTICLE PREMIER", "Art. 1er", "Article premier.-"):
        assert codes(f"ARRÊTÉ n° 1\nARRÊTE\n{first} : a.\nArticle 2 : b.\n", "STR003") == []


def test_unknown_kind() -> None:
    assert codes("Note n° 4\nVu le règlement ;\nArticle 1 : a.\n", "STR001") == ["STR001"]
    # nothing of an act at all: STR008 says it, once
    assert codes("Compte rendu de réunion\nLe 3 mai 2026.\n", "STR001", "STR008") == ["STR008"]
    assert codes("", "STR001", "STR008") == ["STR008"]


def test_signature_missing_entirely() -> None:
    text = "ARRÊTÉ n° 1\nARRÊTE\nArticle 1 : a.\n"
    (finding,) = lint_text(text, "STR004").diagnostics
    assert finding.line == 3


def test_signature_by_capacity_only_is_enough_for_this_rule() -> None:
    text = "ARRÊTÉ n° 1\nARRÊTE\nArticle 1 : a.\nFait à Lens, le 2 mai 2026.\nLe Maire\n"
    assert codes(text, "STR004") == []


PLACEHOLDER_HEAD = (
    "ARRÊTÉ n° 2026_8\nLe Maire de la commune de Lens,\nARRÊTE\nArticle 1 : a.\nArticle 2 : {}\n"
)


@pytest.mark.parametrize(
    "line",
    [
        # tables of contents (corpus-real 003 and 009)
        "Zone de référence n² Champagne ..... page 5",
        "TITRE 2 EXECUTION DE L'ARRETE ..... 7",
        "Arrêté n D3-B4-07-86 réglementant l'activité de la société RECTICEL, qui exploite un "
        "établissement de fabrication de mousse polyuréthane. ..... 1",
        # a leader to a value (corpus-real 037)
        "v Taxe Foncière bâtie (TFB) ...... : 322,19% v Taxe Foncière non bâtie (TFNB) . 67,77 %",
        "(TH).......... 2 31:91% Ÿ Contribution Fonciére des Entreprises (CFE) ... : 20,28 %",
        # a form field of a model form, and elisions
        "Montant : ..........",
        "Nom : ............ Prénom : ............",
        "Les travaux (....) sont achevés.",
        "« Indépendamment des poursuites […] et activités »",
        "« Les installations ..... sont conformes. »",
        "Vu le code …",
        "Les déchets (bois, papier, etc....) sont collectés.",
    ],
)
def test_leaders_forms_and_elisions_are_not_placeholders(line: str) -> None:
    assert codes(PLACEHOLDER_HEAD.format(line), "STR005") == []


@pytest.mark.parametrize(
    ("line", "quoted"),
    [
        ("Certifié exécutoire le …..", "….."),
        ("La buvette est autorisée le … ;", "…"),
        ("Fait à ……, le 3 mai 2026.", "……"),
        ("Le marché est conclu pour un montant de  € HT.", "de € HT"),
        ("Vu la délibération en date du , portant délégation ;", "en date du"),
        ("La délibération n° ……… est rapportée.", "………"),
        ("Le titulaire est la société XXX.", "XXX"),
        ("Date : à compléter.", "à compléter"),
    ],
)
def test_blanks_in_the_acts_own_sentences(line: str, quoted: str) -> None:
    (finding,) = lint_text(PLACEHOLDER_HEAD.format(line), "STR005").diagnostics
    assert quoted in finding.message.fr
    shown = f"Article 2 : {line}"[finding.column - 1 : finding.end_column - 1]
    assert finding.line == 5 and " ".join(shown.split()) == quoted


@pytest.mark.parametrize(
    "body",
    [
        # a parenthesis wrapped over two lines, a quotation over two paragraphs
        "La fête (salle\nMarion) est autorisée.",
        "Les dispositions suivantes s'appliquent : « Toutes mesures sont prises pour recueillir "
        "les eaux.\nArticle 3 : Les eaux collectées sont éliminées vers les filières appropriées. »",
        # checkboxes of a form
        "Cocher la case : [ ] oui [] non [x] sans objet, selon la demande formulée.",
        # OCR: a stamp fragment, bullet glyphs, a table row, “ read for a bullet
        "PS 27N 2203N DEL25-5-021 OE]",
        "(Out exposé de son Maire,",
        "frounée [ 08930 | 300€ | 620e | T [v2 Jounee| 0830 | 150€ | X",
        "‘Madame Angéle GRIMALDI-OSTIENSI à Madame Jeannine CAMPANA “Monsieur Ange-Julien "
        "NICOLINI à Monsieur Philippe GHIONGA",
        # a quotation opened with a straight quote and closed with a guillemet
        'vu la directive 2010/75/UE relative aux émissions industrielles, dite "directive IED» '
        "et les conclusions",
    ],
)
def test_balanced_or_not_a_pair(body: str) -> None:
    assert codes(PLACEHOLDER_HEAD.format(body), "STR006") == []


def test_the_sign_reported_is_the_one_left_alone() -> None:
    body = (
        "Les conduits doivent être aménagés (plate-forme de mesure, orifices, longueur droite, "
        "dans des conditions conformes aux normes (NF X 44-052) en vigueur."
    )
    (finding,) = lint_text(PLACEHOLDER_HEAD.format(body), "STR006").diagnostics
    assert (
        finding.line == 5
        and finding.column == len("Article 2 : Les conduits doivent être aménagés ") + 1
    )
    quoted = "La fête « Bal » se tient salle « Marion, selon le programme."
    (finding,) = lint_text(PLACEHOLDER_HEAD.format(quoted), "STR006").diagnostics
    assert finding.column == len("Article 2 : La fête « Bal » se tient salle ") + 1


EXTRACT = (
    "DÉLIBÉRATION n° 25-03/021\nLe Conseil municipal,\nArticle 1 : Les emplois sont créés.\n"
    "Ainsi fait et délibéré les jour, mois et an que dessus.\n{}"
)


def test_an_extract_certified_by_nobody() -> None:
    (finding,) = lint_text(EXTRACT.format("Pour extrait conforme\n\na\n"), "STR004").diagnostics
    assert finding.line == 5 and "Pour extrait conforme" in finding.message.fr


@pytest.mark.parametrize(
    "ending",
    [
        "Pour extrait conforme\n\nLE MAIRE\n",
        "Pour extrait conforme\n\nLEMAIRE\n",  # OCR glues the words
        "Pour extrait conforme,\nDocteur Xavier POLI\n",
        "ol 0— LEMAIRE\n\nPour extrait conforme\n\na\n",  # OCR reads the column above it
    ],
)
def test_an_extract_with_its_certifier(ending: str) -> None:
    assert codes(EXTRACT.format(ending), "STR004") == []


ARRETE_TEMPLATE = "ARRÊTÉ n° 2026_8\nLe Maire de la commune de Lens,\n{visas}ARRÊTE\nArticle 1 : a.\nArticle 2 : {body}\n"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Certifié exécutoire le …..", ["STR005"]),
        ("Le titulaire est la société XXX.", ["STR005"]),
        ("Le montant est de [montant].", ["STR005"]),
        ("Date : à compléter.", ["STR005"]),
        ("« Indépendamment des poursuites […] et activités »", []),  # an elision in a quotation
        ("Les XXe et XXIe siècles.", []),
    ],
)
def test_placeholders(text: str, expected: list[str]) -> None:
    assert codes(ARRETE_TEMPLATE.format(visas="", body=text), "STR005") == expected


def test_list_markers_are_not_unbalanced_parentheses() -> None:
    body = "Dans un délai de 4 mois à compter de : a) l'affichage ; b) la publication (en ligne)."
    assert codes(ARRETE_TEMPLATE.format(visas="", body=body), "STR006") == []
    assert codes(
        ARRETE_TEMPLATE.format(visas="", body="La fête (salle Marion est autorisée."), "STR006"
    ) == ["STR006"]


def test_title_and_formula() -> None:
    assert codes("ARRÊTÉ n° 1\nDÉCIDE\nArticle 1 : a.\n", "STR007") == ["STR007"]
    assert codes("DÉLIBÉRATION n° 1\nDÉCIDE :\nArticle 1 : a.\n", "STR007") == []


def test_an_enacting_word_written_as_a_participle_is_there() -> None:
    # corpus-real 018: « ARRÊTÉ » alone between the visas and the first article
    text = (
        "ARRÊTÉ PRÉFECTORAL n° 2025-12\nVu le code de l'environnement ;\nARRÊTÉ\n"
        "Article 1 - Exploitant\nLa société est autorisée.\n"
    )
    assert codes(text, "STR002") == []
    assert codes(text.replace("ARRÊTÉ\nArticle", "### ARRÊTÉ :\nArticle"), "STR002") == []
    assert codes(text.replace("ARRÊTÉ\nArticle", "Article"), "STR002") == ["STR002"]


def test_a_second_series_of_articles_is_an_annex() -> None:
    # corpus-real 013: the prescriptions annexed after the signature restart at article 1
    act = "".join(f"Article {n} :\nTexte {n}.\n" for n in range(1, 8))
    annex = "".join(f"Article {n} :\nPrescription {n}.\n" for n in range(1, 6))
    text = "ARRÊTÉ n° 1\nARRÊTE\n" + act + "Le Préfet,\nAlain FAIDON\n" + annex
    assert codes(text, "STR003") == []
    assert codes("ARRÊTÉ n° 1\nARRÊTE\nArticle 1 : a.\nArticle 2 : b.\nArticle 1 : c.\n",
                 "STR003") == ["STR003"]  # fmt: skip


@pytest.mark.parametrize(
    "ending",
    [
        # corpus-real 013: the date on the capacity's line, no « Fait à »
        "Le Préfet, - 3 SEP, 2012\nPour le Préfet\nit par délégation,\nLe Secrétaire Général\n"
        "Alain FAIDON\n",
        # corpus-real 004: the block inside a Markdown table
        "| Á Colmar, le 24 septembre 2021 |\n| Le Préfet, |\n| Louis LAUGIER |\n",
        # corpus-real 003: no date line at all
        "Pour la Directrice Générale, et par délégation, La Directrice de l'Offre Sanitaire\n"
        "Monica BOSI\n",
    ],
)  # fmt: skip
def test_a_signature_the_parser_does_not_read_as_a_block_is_a_signature(ending: str) -> None:
    text = "ARRÊTÉ n° 1\nARRÊTE\nArticle 1 : La rue est fermée.\n" + ending
    assert codes(text, "STR004") == []


def test_a_capacity_with_no_name_is_said_as_such() -> None:
    text = "ARRÊTÉ n° 1\nARRÊTE\nArticle 1 : La rue est fermée.\nLE PREFET\n"
    (finding,) = lint_text(text, "STR004").diagnostics
    assert finding.message.fr.startswith("le signataire n'est pas nommé")


def test_a_receipt_stamp_ocr_cut_short_is_not_prose() -> None:
    # corpus-real 042: the « Ré » of « Réception par le préfet » lost, its « ] » left alone
    text = (
        "DÉLIBÉRATION n° 25-04/043\n[02B-212000962-20250408-DEL-25-04-043-DE\n"
        "Accusé certifié exécutoire\nLe conseil municipal DÉLIBÈRE\nArticle 1 : Le tarif est "
        "fixé pour la saison entière.\nception par le préfet ! 14/04/2025]\n"
    )
    assert codes(text, "STR006") == []
