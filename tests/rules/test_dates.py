"""DAT rules on hand-made acts, the example act and the corpus."""

from __future__ import annotations

import pytest

from tests.conftest import CORPUS, EXAMPLE, lint_file, lint_text


def found(text: str, *codes: str) -> list[tuple[str, str]]:
    return [(d.code, d.message.en) for d in lint_text(text, *codes).diagnostics]


def test_example_act_has_a_retroactive_effect_with_both_dates_and_the_days() -> None:
    (finding,) = [d for d in lint_file(EXAMPLE).diagnostics if d.code == "DAT003"]
    assert (finding.severity.label, finding.line, finding.column) == ("warning", 60, 55)
    assert finding.message.fr == (
        "effet rétroactif : l'acte prend effet le 1er janvier 2026, 130 jours avant sa "
        "signature le 11 mai 2026"
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
        ("le mardi 11 mai 2026", ["2026-05-11 is a monday, not a mardi"]),
        ("le samedi 28/02/2026", []),
        ("les jeudi 29 et vendredi 30 novembre 2018", []),
        ("les jeudi 29 et samedi 30 novembre 2018", ["2018-11-30 is a vendredi, not a samedi"]),
    ],
)
def test_weekdays(text: str, expected: list[str]) -> None:
    messages = [m for _, m in found(f"ARRÊTÉ n° 1\nARRÊTE\nArticle 1 : Fête {text}.\n", "DAT006")]
    assert messages == [e.replace("monday", "lundi") for e in expected]


def test_number_year() -> None:
    head = "DÉCISION n° {}\nDÉCIDE\nArticle 1 : a.\nFait à Lens, le 11 mai 2026.\n"
    assert found(head.format("2025-92"), "DAT005") == [
        ("DAT005", "the number 2025-92 carries the year 2025, but the act is signed in 2026")
    ]
    for number in ("2026-92", "92", "1122-21-20-057", "2025-2026/4"):
        assert found(head.format(number), "DAT005") == []


def test_implausible_and_damaged_years() -> None:
    text = (
        "ARRÊTÉ n° 1\nARRÊTE\nArticle 1 : Vu le décret du 4 août 1789 ; fermé le 12 mai 2O26 ; "
        "jusqu'au 1er janvier 2131.\nFait à Lens, le 11 mai 2026.\n"
    )
    messages = [m for _, m in found(text, "DAT008")]
    assert messages == [
        "implausible date: « 4 août 1789 » (year 1789)",
        "unreadable year: « 2O26 » contains a letter",
        "implausible date: « 1er janvier 2131 » (year 2131)",
    ]


def test_words_and_figures() -> None:
    head = "DÉLIBÉRATION n° 1\nArticle 1 : Séance du "
    assert found(head + "premier juillet 2026 (01/07/2026).\n", "DAT007") == []
    assert [
        c for c, _ in found(head + "premier juillet 2026, soit le 01/08/2026.\n", "DAT007")
    ] == ["DAT007"]


def test_missing_signature_date_only_when_a_block_exists() -> None:
    assert found("ARRÊTÉ n° 1\nARRÊTE\nArticle 1 : a.\n", "DAT009") == []  # STR004's case
    text = "ARRÊTÉ n° 1\nARRÊTE\nArticle 1 : a.\nFait à Lens, le\nLe Maire,\nJean DUPONT\n"
    assert [c for c, _ in found(text, "DAT009")] == ["DAT009"]


@pytest.mark.parametrize("path", sorted(CORPUS.glob("*.txt")), ids=lambda p: p.name)
def test_no_date_or_amount_finding_on_the_corpus(path) -> None:
    """A reader found no date or amount defect in these acts: neither does actlint."""
    assert [d.code for d in lint_file(path).diagnostics if d.code[:3] in ("DAT", "VAT")] == []
