"""The builder: the act's own articles, its kind when the heading is damaged, where it is from."""

from __future__ import annotations

import pytest

from tests.conftest import act_of, lint_text

# corpus-real 021: an amending arrêté quotes the articles it rewrites
AMENDING = (
    "ARRÊTÉ PRÉFECTORAL\nLe Préfet de l'Orne,\nVu le code de l'environnement ;\n"
    "Vu l'arrêté préfectoral du 10 décembre 2004 ;\nARRÊTE\n"
    "ARTICLE 1 :\n"
    "L'article 22 de l'arrêté du 10 décembre 2004 susvisé est remplacé par les dispositions "
    "suivantes : Article 22 : dispositions applicables aux installations de combustions\n"
    "Les installations de combustions sont implantées conformément à l'arrêté ministériel.\n"
    "ARTICLE 2 :\n"
    "L'article 27 de l'arrêté du 10 décembre 2004 susvisé est remplacé par les dispositions "
    "suivantes : Article 27 : Prescriptions spécifiques aux tours aéro réfrigérantes\n"
    "Les installations de réfrigération sont exploitées conformément à l'arrêté ministériel.\n"
    "ARTICLE 3 :\nLe secrétaire général est chargé de l'exécution du présent arrêté.\n"
)


def test_articles_quoted_from_another_act_are_text_of_the_amending_article() -> None:
    act = act_of(AMENDING)
    assert [a.number for a in act.articles] == [1, 2, 3]
    fifth = act.articles[0]
    assert "Article 22 : dispositions applicables" in fifth.text  # the quotation is kept
    (quoted,) = fifth.quotations
    assert act.text[quoted.start : quoted.end].startswith("Article 22 :")
    assert not [d for d in lint_text(AMENDING, "STR003").diagnostics]


def test_a_stray_heading_out_of_sequence_and_style_is_text() -> None:
    # corpus-real 020: « 2° Par les tiers » read by OCR as a heading « Article 2 »
    text = (
        "ARRÊTÉ\nARRÊTE\nArticle 3 : Etude de dangers\nLe texte.\nArticle 4 : Recours\n"
        "1° Par l'exploitant, dans un délai de deux mois ;\nArticle 2\n"
        "Par les tiers, dans un délai de quatre mois.\nArticle 5 : Sanctions\nLe texte.\n"
    )
    assert [a.number for a in act_of(text).articles] == [3, 4, 5]


@pytest.mark.parametrize(
    "articles",
    [
        "Article 1 : a.\nArticle 2 : b.\nArticle 2 : c.\nArticle 3 : d.\n",  # a duplicate
        "Article 1 : a.\nArticle 2 : b.\nArticle 4 : c.\nArticle 5 : d.\n",  # a gap
    ],
)
def test_real_numbering_defects_stay_the_act_s_own(articles: str) -> None:
    act = act_of("ARRÊTÉ\nARRÊTE\n" + articles)
    assert len(act.articles) == 4


def test_a_table_of_contents_lists_no_article() -> None:
    text = (
        "ARRÊTÉ\nSommaire\nArticle 1 ..... page 2\nArticle 2 ..... page 3\n"
        "ARRÊTE\nArticle 1 : a.\nArticle 2 : b.\n"
    )
    act = act_of(text)
    assert [a.number for a in act.articles] == [1, 2]
    assert act.articles[0].text == "Article 1 : a."


@pytest.mark.parametrize(
    ("heading", "kind"),
    [
        # corpus-real 003: an arrêté of a regional health agency
        (
            "# ARRETE ARS GRAND EST n 2025-0182 du 13 janvier 2025\n"
            "### La Directrice Générale de l'Agence Régionale de Santé Grand Est\n"
            "- **VU** le Code de la santé publique ;\n### ARRETE\nArticle 1 : a.\n",
            "arrete_prefectoral",
        ),
        (
            "ARRÊTÉ n° 12\nLe Recteur de l'académie de Lyon,\nVu le code ;\nARRÊTE\nArticle 1 : a.\n",
            "arrete_prefectoral",
        ),
        ("ARRÊTÉ n° 12\nLe Maire de Lens,\nVu le code ;\nARRÊTE\nArticle 1 : a.\n", "arrete"),
        # corpus-real 029: OCR ate the heading's kind word
        (
            "25-03/015\nRATION DU CONSEIL MUNICIPAL\nSEANCE DU 18 MARS 2025\nLE CONSEIL,\n"
            "> ADOPTE la proposition.\nFaitet déibôré l jour, moiset an que dessus\n",
            "deliberation",
        ),
    ],
)
def test_kinds(heading: str, kind: str) -> None:
    assert act_of(heading).kind == kind


@pytest.mark.parametrize(
    ("text", "territory"),
    [
        ("ARRÊTÉ N° 2025-794\nLE PRÉFET DE LA RÉUNION\n", "reunion"),  # corpus-real 002
        ("Préfecture de la Martinique\nARRÊTÉ N° 2015/110059\n", "martinique"),  # corpus-real 016
        ("RÉGION GUADELOUPE\nARRÊTÉ n° 3\n", "guadeloupe"),
        ("PRÉFET DU HAUT-RHIN\nARRÊTÉ\n", "metropole"),  # corpus-real 004
        ("PRÉFET DE LA HAUTE-CORSE\nARRÊTÉ\n", "corse"),
        ("2B096 COMMUNE DE CORTE Code INSEE\nDÉLIBÉRATION\n", "corse"),  # corpus-real 038
        ("DÉLIBÉRATION\nLa Mairie, 97200 Fort-de-France, a reçu\n", "martinique"),
        ("DÉLIBÉRATION\nsise place de la Gare 20250 Corte\n", "corse"),
        ("DÉLIBÉRATION\nRéunion du conseil municipal du 3 mai 2025\n", None),
        ("DÉLIBÉRATION\nLe montant est de 97200 euros.\n", None),
    ],
)
def test_territory_hint(text: str, territory: str | None) -> None:
    assert act_of(text).territory_hint == territory


def test_the_stamp_s_department_comes_first() -> None:
    text = (
        "DÉLIBÉRATION\nsiège à 75001 Paris\nAccusé de réception en préfecture\n"
        "972-219722097-20250408-DEL-25-04-031-DE\nDate de télétransmission : 14/04/2025\n"
    )
    assert act_of(text).territory_hint == "martinique"
