"""DAT rules on hand-made acts, the example act and the corpus."""

from __future__ import annotations

import pytest

from tests.conftest import CORPUS, EXAMPLE, act_of, lint_file, lint_text


def found(text: str, *codes: str) -> list[tuple[str, str]]:
    return [(d.code, d.message.en) for d in lint_text(text, *codes).diagnostics]


def test_example_act_has_a_retroactive_effect_with_both_dates_and_the_days() -> None:
    (finding,) = [d for d in lint_file(EXAMPLE).diagnostics if d.code == "DAT003"]
    assert (finding.severity.label, finding.line, finding.column) == ("warning", 60, 55)
    assert finding.message.fr == (
        "effet rétroactif : l'acte prend effet le 1er janvier 2026, 130 jours avant sa "
        "signature le 11 mai 2026 (irrégularité, sauf si la rétroactivité est permise)"
    )
    assert finding.help is not None
    assert "illégal" not in finding.message.fr + finding.help.fr
    assert (
        "cette irrégularité n'entraîne pas à elle seule son annulation (CE, 22 mai 2015, "
        "SITURV, n° 383596)" in finding.help.fr
    )


def test_delegation_chain_dates_of_the_example_are_not_after_the_signature() -> None:
    assert not [d for d in lint_file(EXAMPLE).diagnostics if d.code == "DAT002"]


def test_cited_act_after_signature_names_the_act_and_the_gap() -> None:
    text = (
        "DÉCISION n° 2026-9\nVu l'arrêté n° 2026-631 du 31 mai 2026 relatif au stationnement ;\n"
        "DÉCIDE\nArticle 1 : a.\nFait à Lens, le 11 mai 2026.\nLe Maire,\nJean DUPONT\n"
    )
    (finding,) = lint_text(text, "DAT002").diagnostics
    assert finding.message.fr.startswith("l'arrêté visé est daté du 31 mai 2026, 20 jours après")


def test_future_convention_announced_in_an_article_is_not_a_cited_act() -> None:
    text = (
        "DÉCISION n° 2026-9\nDÉCIDE\nArticle 1 : la convention du 1er juin 2026 sera signée.\n"
        "Fait à Lens, le 11 mai 2026.\n"
    )
    assert found(text, "DAT002") == []


def test_effective_date_after_signature_and_plain_periods_are_not_retroactive() -> None:
    text = (
        "ARRÊTÉ n° 2026-9\nARRÊTE\nArticle 1 : Consultation du 2 mars 2026 au 9 mars 2026.\n"
        "Article 2 : Le présent arrêté entre en vigueur le 12 mai 2026.\n"
        "Fait à Lens, le 11 mai 2026.\n"
    )
    assert found(text, "DAT003") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("le lundi 11 mai 2026", []),
        ("le mardi 11 mai 2026", ["2026-05-11 is a Monday, not a Tuesday"]),
        ("le samedi 28/02/2026", []),
        ("les jeudi 29 et vendredi 30 novembre 2018", []),
        ("les jeudi 29 et samedi 30 novembre 2018", ["2018-11-30 is a Friday, not a Saturday"]),
    ],
)
def test_weekdays(text: str, expected: list[str]) -> None:
    messages = [m for _, m in found(f"ARRÊTÉ n° 1\nARRÊTE\nArticle 1 : Fête {text}.\n", "DAT006")]
    assert messages == expected


def test_number_year() -> None:
    head = "DÉCISION n° {}\nDÉCIDE\nArticle 1 : a.\nFait à Lens, le 11 mai 2026.\n"
    assert found(head.format("2025-92"), "DAT005") == [
        ("DAT005", "the number 2025-92 carries the year 2025, but the act is signed in 2026")
    ]
    for number in ("2026-92", "92", "1122-21-20-057", "2025-2026/4"):
        assert found(head.format(number), "DAT005") == []


def test_implausible_and_damaged_years() -> None:
    text = (
        "ARRÊTÉ n° 1\nARRÊTE\nArticle 1 : Vu le décret du 4 août 1689 ; fermé le 12 mai 2O26 ; "
        "jusqu'au 1er janvier 2131.\nFait à Lens, le 11 mai 2026.\n"
    )
    messages = [m for _, m in found(text, "DAT008")]
    assert messages == [
        "implausible date: « 4 août 1689 » (year 1689)",
        "unreadable year: « 2O26 » contains a letter",
        "implausible date: « 1er janvier 2131 » (year 2131)",
    ]


def test_the_oldest_texts_a_commune_cites_are_plausible() -> None:
    text = (
        "ARRÊTÉ n° 1\nVu la Déclaration des droits de l'homme et du citoyen du 26 août 1789 ;\n"
        "ARRÊTE\nArticle 1 : a.\nFait à Lens, le 11 mai 2026.\n"
    )
    assert found(text, "DAT008") == []


def test_words_and_figures() -> None:
    head = "DÉLIBÉRATION n° 1\nArticle 1 : Séance du "
    assert found(head + "premier juillet 2026 (01/07/2026).\n", "DAT007") == []
    assert [
        c for c, _ in found(head + "premier juillet 2026, soit le 01/08/2026.\n", "DAT007")
    ] == ["DAT007"]


def test_missing_signature_date_when_a_block_exists() -> None:
    text = "ARRÊTÉ n° 1\nARRÊTE\nArticle 1 : a.\nFait à Lens, le\nLe Maire,\nJean DUPONT\n"
    assert found(text, "DAT009") == [("DAT009", "the signature block gives no readable date")]


def test_an_act_with_no_date_at_all_is_reported() -> None:
    (finding,) = found("ARRÊTÉ n° 1\nARRÊTE\nArticle 1 : a.\nLe Maire,\nJean DUPONT\n", "DAT009")
    assert "bears no readable date" in finding[1]


def test_an_act_that_ends_with_its_articles_lost_its_block_not_its_date() -> None:
    """014 of the real acts ends with its execution article: the signature block, with
    its date, was an image (STR004 reports the missing block)."""
    text = "ARRÊTÉ n° 1\nARRÊTE\nArticle 1 : Le préfet est chargé de l'exécution.\n"
    assert found(text, "DAT009") == []


def test_the_example_without_its_fait_line_bears_no_date() -> None:
    """Removing « Fait à LENS, le 11 mai 2026. » leaves only cited acts' dates and the
    contract's period: the décision itself is undated."""
    text = EXAMPLE.read_text(encoding="utf-8").replace("Fait à LENS, le 11 mai 2026.", "")
    assert [c for c, m in found(text, "DAT009") if "bears no readable date" in m] == ["DAT009"]


@pytest.mark.parametrize(
    "end",
    [
        "Fait à Lens, le 11 mai 2026.\nLe Maire,\nJean DUPONT\n",
        # 015 of the real acts: the date two lines below the place, all read as the article
        "FORT DE FRANCE, le\nPour la PREFET et par délégation le Secrétaire\nLaurent PREVOST\n"
        "7 MAI 2005\n",
        # the signature is an image, which may hold its date
        "![img-0.jpeg](data:image/jpeg;base64,/9j/4AAQ)\n",
    ],
)
def test_an_act_dated_somewhere_or_signed_by_an_image_is_not_undated(end: str) -> None:
    text = (
        "ARRÊTÉ n° 1\nVu l'arrêté préfectoral du 2 mars 2016 ;\nARRÊTE\nArticle 1 : L'arrêté "
        "prend effet à compter du 1er juin 2016.\nArticle 2 : Le secrétaire général est chargé "
        "de l'exécution du présent arrêté.\n" + end
    )
    assert [m for _, m in found(text, "DAT009") if "bears no readable date" in m] == []


def test_a_deliberation_with_a_sitting_date_is_dated() -> None:
    text = (
        "DÉLIBÉRATION n° 2026-12\nSéance du 18 mars 2025\nLe conseil municipal,\n"
        "DÉLIBÈRE\nArticle 1 : La subvention est accordée.\nLe Maire,\nJean DUPONT\n"
    )
    assert found(text, "DAT009") == []
    undated = text.replace("Séance du 18 mars 2025\n", "")
    assert [c for c, _ in found(undated, "DAT009")] == ["DAT009"]


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Alençon, le 2 6 DEC. 2012", "2012-12-26"),  # 020 of the real acts
        ("Fait à Lens, le 1 0 mars 2019", "2019-03-10"),
    ],
)
def test_a_day_split_by_ocr_is_one_day(line: str, expected: str) -> None:
    text = f"ARRÊTÉ n° 1\nARRÊTE\nArticle 1 : a.\n{line}\nLe Préfet,\nJean DUPONT\n"
    act = act_of(text)
    assert [str(d.value) for d in act.dates] == [expected]
    assert found(text, "DAT001") == []


def test_split_digits_that_make_no_day_are_no_date() -> None:
    text = "ARRÊTÉ n° 1\nARRÊTE\nArticle 1 : a.\nAlençon, le 3 5 MARS 2019\nLe Préfet,\n"
    assert act_of(text).dates == ()
    assert found(text, "DAT001") == []


@pytest.mark.parametrize(
    ("visa", "expected"),
    [
        ("Vu la délibération n° 23-11/087 du 14 novembre 2022 portant délégation au maire ;",
         ["DAT010"]),
        ("Vu la délibération n° 23-11/087 du 14 novembre 2023 portant délégation au maire ;", []),
        ("Vu la délibération n° 2025-018 du conseil municipal du 3 avril 2026 ;", ["DAT010"]),
        ("Vu la délibération n° 2026-018 du conseil municipal en sa séance du 3 avril 2026 ;", []),
        ("Vu la délibération n° 23-10/087 du 14 novembre 2023 portant délégation au maire ;",
         ["DAT010"]),
        ("Vu l'arrêté n° 2025-631 du 31 mars 2026 portant délégation ;", ["DAT010"]),
        ("Vu le décret n° 77-1133 du 21 septembre 1977 ;", []),
        ("Vu le décret n° 78-1133 du 21 septembre 1977 ;", ["DAT010"]),
        # schemes that do not clearly carry a year are not judged
        ("Vu l'arrêté préfectoral n° 8378/2016/04 du 2 mars 2015 ;", []),
        ("Vu l'arrêté n° D3-B4-07-86 du 19 avril 2008 ;", []),
        ("Vu la délibération n° 12-345 du 3 mars 2020 ;", []),
        ("Vu l'arrêté préfectoral n° 2015015-0009 du 15 janvier 2016 ;", []),
        # the date is not the number's: another act's, later in the visa
        ("Vu l'arrêté n° 2025-631, modifié par l'arrêté du 31 mars 2026 ;", []),
    ],
)  # fmt: skip
def test_cited_number_contradicting_its_date(visa: str, expected: list[str]) -> None:
    text = f"DÉCISION n° 2026-92\n{visa}\nDÉCIDE\nArticle 1 : a.\n"
    assert [c for c, _ in found(text, "DAT010")] == expected


@pytest.mark.parametrize("path", sorted(CORPUS.glob("*.txt")), ids=lambda p: p.name)
def test_no_date_or_amount_finding_on_the_corpus(path) -> None:
    """A reader found no date or amount defect in these acts: neither does actlint."""
    assert [d.code for d in lint_file(path).diagnostics if d.code[:3] in ("DAT", "VAT")] == []
