"""Citations of code articles, with the code resolved."""

from __future__ import annotations

import pytest

from actlint.parse.entities.citations import find_legal_citations
from actlint.parse.entities.dates import find_dates
from actlint.parse.entities.references import find_references


def cite(text: str) -> list[tuple[str | None, str]]:
    return [(c.code, c.article) for c in find_legal_citations(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "de l'article L.2122-22 du Code Général des Collectivités Territoriales",
            [("CGCT", "L. 2122-22")],
        ),
        (
            "Vu le code de la commande publique et en particulier l'article R2122-8",
            [("CCP", "R. 2122-8")],
        ),
        ("l'article R. 2122-8 du CGCT", [("CGCT", "R. 2122-8")]),
        (
            "ses articles L. 171-6, L. 171-7 et L. 557-1 à L. 557-60 du code de l'environnement",
            [
                ("CENV", "L. 171-6"),
                ("CENV", "L. 171-7"),
                ("CENV", "L. 557-1"),
                ("CENV", "L. 557-60"),
            ],
        ),
        (
            "les articles L.2212-1, L.2212-2 et suivants du Code général des collectivités "
            "territoriales",
            [("CGCT", "L. 2212-1"), ("CGCT", "L. 2212-2")],
        ),
        ("les articles 1520 à 1526 du code général des impôts", [("CGI", "1520"), ("CGI", "1526")]),
        ("(L.141-5-3 du code de l'énergie)", [("CENER", "L. 141-5-3")]),
        # the item after the number is the article's, not another article
        ("son article L. 2122-22 4° du CGCT", [("CGCT", "L. 2122-22")]),
        ("l'article L. 2122-22, 4° du CGCT", [("CGCT", "L. 2122-22")]),
        ("son article 15 permet", []),
        ("à l'article 3 ci-dessus", []),
        ("l'article 4.3.13 de l'arrêté préfectoral", []),
    ],
)
def test_citations(text: str, expected: list[tuple[str | None, str]]) -> None:
    assert cite(text) == expected


def test_item_following_the_article_number() -> None:
    (citation,) = find_legal_citations("l'article L. 2122-22 4° du CGCT")
    assert citation.item == "4°"


def test_same_code_refers_to_the_code_named_last() -> None:
    text = (
        "Vu l'article L.3334-2 du Code de la santé publique ;\nVu l'article L.3341-4 du même code ;"
    )
    assert cite(text) == [("CSP", "L. 3334-2"), ("CSP", "L. 3341-4")]


def test_unresolved_code_is_kept_unjudged() -> None:
    assert cite("l'article L. 2122-22 précité") == [(None, "L. 2122-22")]


def test_references_to_other_acts() -> None:
    text = (
        "Vu la délibération du Conseil Municipal en date du 22 mars 2026 ; "
        "Vu l'arrêté n° 2026 - 631 du 31 Mars 2026 portant délégations ; "
        "Vu l'arrêté préfectoral relatif à la police des lieux publics ; "
        "exécution de la présente décision"
    )
    refs = find_references(text, find_dates(text))
    assert [(r.kind, r.number, r.date.value.isoformat() if r.date else None) for r in refs] == [
        ("deliberation", None, "2026-03-22"),
        ("arrete", "2026-631", "2026-03-31"),
        ("arrete_prefectoral", None, None),
    ]
