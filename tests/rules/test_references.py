"""REF001 and the articles of other acts: quoted by this one, or named « de l'arrêté … »."""

from __future__ import annotations

from tests.conftest import lint_text
from tests.test_build import AMENDING


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
