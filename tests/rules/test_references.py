"""REF rules on lines of real acts and on hand-made acts."""

from __future__ import annotations

import pytest

from tests.conftest import act_of, lint_text
from tests.test_build import AMENDING


def codes(text: str, *selected: str) -> list[str]:
    return [d.code for d in lint_text(text, *selected).diagnostics]


def arrete(*lines: str) -> str:
    body = "\n".join(f"Article {i} : {line}" for i, line in enumerate(lines, 1))
    return f"ARRÊTÉ n° 2026-8\nARRÊTE\n{body}\nArticle {len(lines) + 1} : Exécution.\n"


@pytest.mark.parametrize(
    "line",
    [
        # 008 of the real acts, raw and as the normaliser gives « $n^{\circ}$ » back
        "Les installations seront équipées des appareils de mesures prévus par les articles 7 "
        "et 8 du décret $n^{\\circ} 98-817$ du 11 septembre 1998 relatif aux chaudières.",
        "Les installations seront équipées des appareils de mesures prévus par les articles 7 "
        "et 8 du décret n° 98-817 du 11 septembre 1998 relatif aux chaudières.",
        # 012
        "Le programme s'applique en application de l'article 65 de l'arrêté intégré du 02 "
        "février 1998 modifié.",
        # 014, 021, 015
        "Elles sont protégées contre la foudre en application des articles 16 à 23 de l'arrêté "
        "ministériel du 04 octobre 2010.",
        "Les conditions de surveillance se font dans le respect des articles 32 à 34 de l'arrêté "
        "du 26 août 2013",
        "Les articles 61 et 62 de l'arrêté du 2 février 1998 s'appliquent.",
    ],
)
def test_articles_of_another_text_are_not_this_acts(line: str) -> None:
    assert codes(arrete(line), "REF001") == []


def test_each_number_of_a_list_of_this_acts_articles_is_checked() -> None:
    text = arrete("a.", "Les infractions aux articles 1 et 7 ci-dessus sont punies.")
    (finding,) = lint_text(text, "REF001").diagnostics
    assert "article 7" in finding.message.fr
    line = text.splitlines()[3]
    assert (finding.line, finding.column) == (4, line.index("7 ci") + 1)  # on the « 7 »


def test_a_dated_act_named_without_du_matches_its_susvise() -> None:
    """020 of the real acts: « VU l'arrêté préfectoral 10 décembre 2004 »."""
    text = (
        "ARRÊTÉ n° 2012-1\nVU l'arrêté préfectoral 10 décembre 2004 autorisant la société ;\n"
        "ARRÊTE\nArticle 1 : L'arrêté préfectoral du 10 décembre 2004 susvisé est complété.\n"
    )
    assert codes(text, "REF001", "REC003") == []


@pytest.mark.parametrize(
    "visa",
    [
        # 015 of the real acts: « son article 18 » is the décret's, not the code's
        "VU le décret n° 77-1133 du 21 septembre 1977 modifié pris pour l’application de la loi "
        "du 19 juillet 1976 codifiée au titre V livre 1° du code de l’Environnement précité et "
        "notamment son article 18 ;",
        # 008
        "VU les dispositions de l'article 38 du décret n° 77-1133 du 21 septembre 1977 et du "
        "code de l'environnement ;",
        # 022
        "VU le code de l'environnement et les conditions fixées à l'article 1° du décret "
        "n° 77-1133 du 19 septembre 1977 ;",
        # 018: « 3. » opens the next item of an enumeration
        "VU les articles R. 181-18 et R. 181-20 à R. 181-32 du code de l'environnement, 3. les "
        "travaux envisagés ;",
        "Vu la délibération n° 2020-14 du 3 mars 2020, et notamment son article 6 ;",
        "Vu le code de la commande publique et la délibération du 3 mars 2020, dont l'article 3 ;",
    ],
)
def test_articles_of_the_text_just_named_are_not_a_codes(visa: str) -> None:
    text = f"ARRÊTÉ n° 2026-8\n{visa}\nARRÊTE\nArticle 1 : a.\n"
    assert codes(text, "REF002") == []


def test_a_misshapen_article_of_a_code_is_still_found() -> None:
    text = (
        "ARRÊTÉ n° 2026-8\nVu le code de l'environnement, et notamment son article L.2222-4 ;\n"
        "ARRÊTE\nArticle 1 : a.\n"
    )
    assert codes(text, "REF002") == ["REF002"]
    act = act_of(
        "ARRÊTÉ n° 2026-8\nVu le CGCT, et notamment son article L. 2212-2 ;\nARRÊTE\nArticle 1 : a.\n"
    )
    assert [(c.code, c.article) for c in act.legal_citations] == [("CGCT", "L. 2212-2")]


@pytest.mark.parametrize(
    ("name", "title"),
    [
        ("code général des colectivités territoriales", "code général des collectivités "
         "territoriales"),
        ("code de la commande public", "code de la commande publique"),
        ("Code Général des Collectivites Terrtories", "code général des collectivités "
         "territoriales"),  # 030 of the real acts
        ("code des relations entre la public et l'administration", "code des relations entre le "
         "public et l'administration"),  # 007 of the labelled acts
    ],
)  # fmt: skip
def test_a_misspelled_code_name_is_reported_with_the_code_meant(name: str, title: str) -> None:
    text = f"ARRÊTÉ n° 2026-8\nVu le {name}, et notamment son article L. 2212-2 ;\nARRÊTE\n"
    (finding,) = lint_text(text + "Article 1 : a.\n", "REF005").diagnostics
    assert finding.severity.label == "info"
    assert finding.message.fr == f"« {name} » ne désigne aucun code : « {title} » ?"
    assert (finding.line, finding.column) == (2, 7)


@pytest.mark.parametrize(
    "name",
    [
        "code général des collectivités territoriales",
        "CODE GENERAL DES COLLECTIVITES TERRITORIALES",
        "code de l’environnement",
        "code de I'environnement",  # 004 of the real acts: OCR read the l of « l' » as I
        "code de la sécurité intérieure",
        "code de la sécurité sociale",
        "code de procédure pénale",
        "code des transports",
        "code du sport",
        "code civil",
        "code rural",
        "code INSEE 2B096",
        "code postal",
        "code g\ufffdn\ufffdral des imp\ufffdts",  # a wrong encoding, not a misspelling
    ],
)
def test_a_code_named_rightly_or_not_a_code_is_not_reported(name: str) -> None:
    text = f"ARRÊTÉ n° 2026-8\nVu le {name} ;\nARRÊTE\nArticle 1 : a.\n"
    assert codes(text, "REF005") == []


def lots(*numbers: str) -> str:
    articles = "\n".join(
        f"Article {i} : Le lot {i} est attribué à l'offre économiquement la plus avantageuse au "
        f"sens de l'article {n} du code de la commande publique."
        for i, n in enumerate(numbers, 1)
    )
    return f"DÉCISION n° 2026-7\nVu le code de la commande publique ;\nDÉCIDE\n{articles}\n"


def test_an_article_cited_once_with_two_digits_swapped_is_reported() -> None:
    (finding,) = lint_text(
        lots("R. 2152-7", "R. 2152-7", "R. 2125-7", "R. 2152-7"), "REF006"
    ).diagnostics
    assert finding.line == 6
    assert "« R. 2125-7 » est cité une fois, « R. 2152-7 » 3 fois" in finding.message.fr


@pytest.mark.parametrize(
    "numbers",
    [
        ("R. 2152-7", "R. 2152-7", "R. 2152-7"),
        # neighbours differ in their last part: cited together on purpose
        ("L. 2212-1", "L. 2212-1", "L. 2212-2"),
        # each cited once: nothing says which is the slip
        ("R. 2152-7", "R. 2125-7"),
        ("R. 2152-7", "R. 2152-7", "R. 2162-8"),
    ],
)
def test_articles_that_are_not_one_slip_apart_are_not_reported(numbers: tuple[str, ...]) -> None:
    assert codes(lots(*numbers), "REF006") == []


def test_a_slip_in_another_wording_is_not_reported() -> None:
    text = lots("R. 2152-7", "R. 2152-7").replace(
        "Vu le code de la commande publique ;",
        "Vu le code de la commande publique, et notamment son article R. 2125-7 ;",
    )
    assert codes(text, "REF006") == []


def test_two_visas_of_one_day_with_close_numbers_are_two_texts() -> None:
    """003 of the real acts: two ARS arrêtés of 30 October 2023, numbered in sequence."""
    text = (
        "ARRÊTÉ n° 2025-0182\n"
        "VU l'arrêté ARS Grand Est n° 2023-5462 du 30 octobre 2023 portant adoption des zones du "
        "schéma régional de santé ;\n"
        "VU l'arrêté ARS Grand Est n° 2023-5463 du 30 octobre 2023 portant adoption du schéma "
        "régional de santé ;\nARRÊTE\nArticle 1 : a.\n"
    )
    assert codes(text, "REF004") == []


ARRETE_TEMPLATE = "ARRÊTÉ n° 2026_8\nLe Maire de la commune de Lens,\n{visas}ARRÊTE\nArticle 1 : a.\nArticle 2 : {body}\n"


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("Voir l'article 3 ci-dessus.", ["REF001"]),
        ("Voir l'article 1er du présent arrêté.", []),
        ("Voir l'article 3 du code pénal.", []),  # another text
        ("Voir l'article 3 de la loi du 2 mars 1982.", []),
        ("Voir l'article 4.3.13 de l'arrêté préfectoral.", []),
        ("Les infractions à l'article précédent.", []),
    ],
)
def test_cross_references(body: str, expected: list[str]) -> None:
    assert codes(ARRETE_TEMPLATE.format(visas="", body=body), "REF001") == expected


def test_susvise_needs_a_visa() -> None:
    body = "L'arrêté préfectoral du 4 mars 2019 susvisé est applicable."
    assert codes(ARRETE_TEMPLATE.format(visas="", body=body), "REF001") == ["REF001"]
    visas = "Vu l'arrêté préfectoral du 4 mars 2019 relatif au bruit ;\n"
    assert codes(ARRETE_TEMPLATE.format(visas=visas, body=body), "REF001") == []


@pytest.mark.parametrize(
    ("visa", "expected"),
    [
        ("Vu le code général des collectivités territoriales, notamment son article L 2212 ;", ["REF002"]),
        ("Vu le code général des collectivités territoriales, notamment son article L. 2212-2 ;", []),
        ("Vu le code de l'environnement, notamment son article L. 171-11 ;", []),
        ("Vu le code de l'environnement, notamment son article L. 1711 ;", ["REF002"]),
        ("Vu l'article R. 2122-8 du code de la commande publique ;", []),
        ("Vu l'article L 2212 précité ;", []),  # code unknown: not judged
    ],
)  # fmt: skip
def test_article_shapes(visa: str, expected: list[str]) -> None:
    assert codes(ARRETE_TEMPLATE.format(visas=visa + "\n", body="b."), "REF002") == expected


def test_government_level_only_for_communal_acts() -> None:
    visa = "Vu le code général des collectivités territoriales, notamment son article L. 3221-4 ;\n"
    assert codes(ARRETE_TEMPLATE.format(visas=visa, body="b."), "REF003") == ["REF003"]
    prefect = ARRETE_TEMPLATE.format(visas=visa, body="b.").replace(
        "ARRÊTÉ n°", "ARRÊTÉ PRÉFECTORAL n°"
    )
    assert codes(prefect, "REF003") == []


def test_same_date_unrelated_numbers_are_two_texts() -> None:
    visas = ("Vu l'arrêté préfectoral n° 5103/2016/03 du 2 mars 2016 ;\n"
             "Vu l'arrêté préfectoral n° 8378/2016/04 du 2 mars 2016 ;\n")  # fmt: skip
    assert codes(ARRETE_TEMPLATE.format(visas=visas, body="b."), "REF004") == []


def test_susvise_with_another_number() -> None:
    visas = "Vu l'ordonnance n° 2020-306 du 25 mars 2020 ;\n"
    body = "Les délais de l'ordonnance n° 2020-330 susvisée s'appliquent."
    assert codes(ARRETE_TEMPLATE.format(visas=visas, body=body), "REF004") == ["REF004"]
    same = body.replace("2020-330", "2020-306")
    assert codes(ARRETE_TEMPLATE.format(visas=visas, body=same), "REF004") == []


def test_articles_quoted_from_another_act_are_not_cross_references() -> None:
    # corpus-real 021: « … remplacé par les dispositions suivantes : Article 22 : … »
    assert not lint_text(AMENDING, "REF001").diagnostics


def test_an_article_of_another_act_named_after_it_is_not_a_cross_reference() -> None:
    text = (
        "ARRÊTÉ\nVu l'arrêté ministériel du 26 août 2013 ;\nARRÊTE\nArticle 1 : La hauteur est calculée conformément à l'article 23 "
        "de l'arrêté du 26 août 2013 susvisé.\nArticle 2 : Le secrétaire général est chargé "
        "de l'exécution du présent arrêté.\n"
    )  # corpus-real 021
    assert not lint_text(text, "REF001").diagnostics
    wrong = text.replace(
        "l'article 23 de l'arrêté du 26 août 2013", "l'article 3 du présent arrêté"
    )
    assert [d.code for d in lint_text(wrong, "REF001").diagnostics] == ["REF001"]
