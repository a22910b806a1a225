"""NOM rules, and the procurement fact NOM002, REC002 and DEL006 share."""

from __future__ import annotations

import pytest

from actlint.api import facts
from tests.conftest import act_of, lint_text

DELEGATED = (
    "DÉCISION n° 2026_12\nNOMENCLATURE : 7.1\n"
    "Vu la délibération n° 2020-031 du 4 juillet 2020 portant délégation au maire en "
    "application de l'article L. 2122-22 du code général des collectivités territoriales ;\n"
    "DÉCIDE\nArticle 1 : {}\n"
)


@pytest.mark.parametrize(
    "body",
    [
        "Les droits de place du marché hebdomadaire sont fixés à 1,50 € le mètre linéaire.",
        "Les tarifs du marché de Noël sont fixés comme suit.",
        "Le don d'une fontaine pour la place du Marché est accepté.",
        "Les emplacements du marché aux puces et du marché forain sont de 10 €.",
        "Le marché couvert ouvre le samedi ; le jour de marché est le mercredi.",
        "Les installations sont contrôlées en marche normale.",
    ],
)
def test_markets_in_the_streets_are_not_procurement(body: str) -> None:
    text = DELEGATED.format(body)
    assert not facts(act_of(text)).concerns_procurement
    assert [d.code for d in lint_text(text, "NOM002", "REC002", "DEL006").diagnostics] == []


@pytest.mark.parametrize(
    "body",
    [
        "Le marché de maintenance du logiciel est conclu avec la société AQUA-RAY.",
        "Le marché public de travaux de voirie est attribué à la société Colas.",
        "L'accord-cadre de fournitures est reconduit.",
    ],
)
def test_procurement(body: str) -> None:
    assert facts(act_of(DELEGATED.format(body))).concerns_procurement


STAMPED = (
    "DÉLIBÉRATION n° 25-04/041\nLe Conseil municipal,\nArticle 1 : Le mandat est donné.\n"
    "Accusé de réception en préfecture\n059-212000962-20250408-DEL-25-04-041-DE\n"
    "Date de télétransmission : 14/04/2025\nDate de réception préfecture : 14/04/2025\n"
)


def nom003(text: str) -> list[str]:
    return [d.code for d in lint_text(text, "NOM003").diagnostics]


def test_a_stamped_act_was_transmitted_with_its_number() -> None:
    assert act_of(STAMPED).stamp is not None
    assert nom003(STAMPED) == []
    unstamped = STAMPED.split("Accusé")[0]
    assert nom003(unstamped) == ["NOM003"]


def test_the_number_of_another_act_is_not_the_acts_own() -> None:
    # corpus-real 041: the act's heading is OCR-damaged, an ordonnance's number was read instead
    assert not [
        d
        for d in lint_text(
            "DÉLIBÉRATION\nIl propose, conformément à l'ordonnance n° 2021-175 du 17 février "
            "2021, de donner mandat.\nArticle 1 : Le mandat est donné.\n",
            "NOM003",
        ).diagnostics
        if "2021-175" in d.message.fr
    ]


@pytest.mark.parametrize("heading", ["PRÉFECTURE DE L'EURE", "Préfet de l'Orne"])
def test_an_arrete_of_the_prefect_is_not_sent_by_ctes(heading: str) -> None:
    text = f"{heading}\nArrêté n° D1-B1-11-135 autorisant la société\nARRÊTE\nArticle 1 : a.\n"
    assert nom003(text) == []
    assert nom003(text.replace(heading + "\n", "")) == ["NOM003"]


def proofread(text: str, *selected: str) -> list[str]:
    return [d.code for d in lint_text(text, *selected).diagnostics]


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
    assert proofread(text, "NOM001") == expected


@pytest.mark.parametrize(
    ("number", "form"),
    [("2026 - 92", "2026_92"), ("008PM/2026", "008PM_2026"), ("2026.12", "2026_12"),
     ("2026_92", None), ("PMU 2020-03-063", "PMU2020_03_063")],
)  # fmt: skip
def test_transmissible_number(number: str, form: str | None) -> None:
    findings = lint_text(f"DÉCISION n° {number}\nDÉCIDE\nArticle 1 : a.\n", "NOM003").diagnostics
    assert [d.help.fr.split(" : ")[1] for d in findings if d.help] == ([form] if form else [])


def test_an_act_from_before_electronic_transmission_is_not_judged() -> None:
    # corpus/031: a 1998 délibération, transmitted on paper
    text = "DÉLIBÉRATION n° 98/1025\nLe conseil DÉLIBÈRE\nArticle 1 : a.\n{}"
    paper = "Transmise au représentant de l'Etat le 1er octobre 1998.\n"
    assert lint_text(text.format(paper), "NOM003").diagnostics == ()
    recent = "Acte exécutoire reçu par le représentant de l'État le 01/12/2023.\n"
    assert [d.code for d in lint_text(text.format(recent), "NOM003").diagnostics] == ["NOM003"]


def test_a_receipt_whose_heading_ocr_put_after_its_identifier_is_a_stamp() -> None:
    # corpus-real 040
    text = (
        "DÉLIBÉRATION n° 25-04/036\nSECRETAIRE DE SEANCE : Monsieur Marc-Marie GUGLIELMI "
        "[02B-212000962-20250408-DEL-25-04-036-DE\nAccusé de réception - Ministére de "
        "l'Intérieur\nLe conseil municipal DÉLIBÈRE\nArticle 1 : a.\n"
    )
    assert act_of(text).stamp is not None
    assert lint_text(text, "NOM003").diagnostics == ()


@pytest.mark.parametrize(
    ("number", "by_pastell_only"),
    [("2026-92", True), ("25-03/002", False), ("2026-000000000092", False)],
)
def test_the_message_says_whether_only_pastell_refuses_the_number(
    number: str, by_pastell_only: bool
) -> None:
    text = f"ARRÊTÉ n° {number}\nARRÊTE\nArticle 1 : a.\nFait à Lens, le 4 mai 2026.\n"
    (message,) = [d.message.fr for d in lint_text(text, "NOM003").diagnostics]
    assert ("par Pastell (le schéma @CTES l'admet)" in message) is by_pastell_only
