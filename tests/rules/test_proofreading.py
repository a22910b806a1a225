"""REF, ENT, NOM and STR005-STR007 on hand-made acts."""

from __future__ import annotations

import pytest

from tests.conftest import lint_text

HEAD = "ARRÊTÉ n° 2026_8\nLe Maire de la commune de Lens,\n{visas}ARRÊTE\nArticle 1 : a.\nArticle 2 : {body}\n"


def codes(text: str, *selected: str) -> list[str]:
    return [d.code for d in lint_text(text, *selected).diagnostics]


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
    assert codes(HEAD.format(visas="", body=body), "REF001") == expected


def test_susvise_needs_a_visa() -> None:
    body = "L'arrêté préfectoral du 4 mars 2019 susvisé est applicable."
    assert codes(HEAD.format(visas="", body=body), "REF001") == ["REF001"]
    visas = "Vu l'arrêté préfectoral du 4 mars 2019 relatif au bruit ;\n"
    assert codes(HEAD.format(visas=visas, body=body), "REF001") == []


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
    assert codes(HEAD.format(visas=visa + "\n", body="b."), "REF002") == expected


def test_government_level_only_for_communal_acts() -> None:
    visa = "Vu le code général des collectivités territoriales, notamment son article L. 3221-4 ;\n"
    assert codes(HEAD.format(visas=visa, body="b."), "REF003") == ["REF003"]
    prefect = HEAD.format(visas=visa, body="b.").replace("ARRÊTÉ n°", "ARRÊTÉ PRÉFECTORAL n°")
    assert codes(prefect, "REF003") == []


def test_same_date_unrelated_numbers_are_two_texts() -> None:
    visas = ("Vu l'arrêté préfectoral n° 5103/2016/03 du 2 mars 2016 ;\n"
             "Vu l'arrêté préfectoral n° 8378/2016/04 du 2 mars 2016 ;\n")  # fmt: skip
    assert codes(HEAD.format(visas=visas, body="b."), "REF004") == []


@pytest.mark.parametrize(
    ("written", "expected"),
    [
        ("09 – 01", []),
        ("9.1", []),
        ("9-1", []),
        ("1.1.3", []),
        ("9.7", ["NOM001"]),
        ("12.1", ["NOM001"]),
    ],
)
def test_nomenclature_forms(written: str, expected: list[str]) -> None:
    text = f"DÉCISION n° 1\nNOMENCLATURE : {written}\nDÉCIDE\nArticle 1 : a.\n"
    assert codes(text, "NOM001") == expected


@pytest.mark.parametrize(
    ("number", "form"),
    [("2026 - 92", "2026_92"), ("008PM/2026", "008PM_2026"), ("2026.12", "2026_12"),
     ("2026_92", None), ("PMU 2020-03-063", "PMU2020_03_063")],
)  # fmt: skip
def test_transmissible_number(number: str, form: str | None) -> None:
    findings = lint_text(f"DÉCISION n° {number}\nDÉCIDE\nArticle 1 : a.\n", "NOM003").diagnostics
    assert [d.help.fr.split(" : ")[1] for d in findings if d.help] == ([form] if form else [])


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
    assert codes(HEAD.format(visas="", body=text), "STR005") == expected


def test_list_markers_are_not_unbalanced_parentheses() -> None:
    body = "Dans un délai de 4 mois à compter de : a) l'affichage ; b) la publication (en ligne)."
    assert codes(HEAD.format(visas="", body=body), "STR006") == []
    assert codes(HEAD.format(visas="", body="La fête (salle Marion est autorisée."), "STR006") == [
        "STR006"
    ]


def test_place_of_signature_ignores_case_and_hyphens() -> None:
    text = ("ARRÊTÉ n° 1\nLe Maire de la commune de Chasse sur Rhône,\nARRÊTE\nArticle 1 : a.\n"
            "Fait à CHASSE-SUR-RHÔNE, le 2 mai 2026.\nLe Maire,\nJean DUPONT\n")  # fmt: skip
    assert codes(text, "ENT002") == []
    assert codes(text.replace("CHASSE-SUR-RHÔNE", "Vienne"), "ENT002") == ["ENT002"]


def test_title_and_formula() -> None:
    assert codes("ARRÊTÉ n° 1\nDÉCIDE\nArticle 1 : a.\n", "STR007") == ["STR007"]
    assert codes("DÉLIBÉRATION n° 1\nDÉCIDE :\nArticle 1 : a.\n", "STR007") == []


def test_names_ignore_case_accents_and_legal_forms_but_not_hyphens() -> None:
    head = "DÉCISION n° 1\nConsidérant que la société {} est capable ;\nDÉCIDE\nArticle 1 : La société {} est retenue.\n"
    assert codes(head.format("AQUA RAY", "Aqua Ray SAS"), "ENT001") == []
    assert codes(head.format("AQUA-RAY", "AQUA RAY SAS"), "ENT001") == ["ENT001"]
    assert codes(head.format("Richemonts", "Richerments"), "ENT001") == ["ENT001"]
    assert codes(head.format("Sources Roxane", "Source Roxane"), "ENT001") == []  # a plural


def test_susvise_with_another_number() -> None:
    visas = "Vu l'ordonnance n° 2020-306 du 25 mars 2020 ;\n"
    body = "Les délais de l'ordonnance n° 2020-330 susvisée s'appliquent."
    assert codes(HEAD.format(visas=visas, body=body), "REF004") == ["REF004"]
    same = body.replace("2020-330", "2020-306")
    assert codes(HEAD.format(visas=visas, body=same), "REF004") == []
