"""The mentions of an act's formalities, as real acts write them: certification,
transmission, receipt, posting, publication, notification, dates left blank."""

from __future__ import annotations

import datetime as dt

import pytest

from actlint.parse.document import read_document
from actlint.read.source import decode
from actlint.report.act_tree import render_tree
from actlint.report.json_report import act_json
from tests.conftest import act_of

HEAD = "DÉCISION n° 2026-92\nDÉCIDE\nArticle 1 : Le contrat est renouvelé.\nFait à Lens, le 11 mai 2026\nLe Maire, Jean DUPONT\n"


def read(text: str) -> list[tuple[str, dt.date | None, bool, str]]:
    act = act_of(text)
    return [
        (m.kind, m.date.value if m.date else None, m.blank, act.text[m.span.start : m.span.end])
        for m in act.mentions
    ]


def test_a_flattened_register_extract() -> None:
    # corpus 001 (Tronget): the OCR put the whole extract on one line
    text = (
        "COMMUNE DE TRONGET EXTRAIT DU REGISTRE DES DÉLIBÉRATIONS ONT VOTE POUR : 14 ACTE "
        "EXECUTOIRE Reçu par le représentant de l’Etat le 01/12/2023 et publié le 01/12/2023 "
        "Pour extrait conforme, Fait à Tronget, le 01/12/2023 Le Maire, Jean-Marc DUMONT\n"
    )
    day = dt.date(2023, 12, 1)
    assert read(text) == [
        ("certified", None, False, "ACTE EXECUTOIRE"),
        ("received", day, False, "Reçu par le représentant de l'Etat le 01/12/2023"),
        ("published", day, False, "publié le 01/12/2023"),
    ]


def test_the_receipt_the_platform_prints() -> None:
    # corpus-real 037: the @CTES receipt, blanked out of the act's text, is read all the same
    text = (
        "DELIBERATION DU CONSEIL MUNICIPAL\nLE CONSEIL,\n> ADOPTE la proposition,\n"
        "Fait et délibéré le 8 avril 2025.\nLE MAIRE\n\n"
        "Accusé de réception - Ministère de l'Intérieur [02B-212000962-20250408-DEL-25-04-031-DE\n\n"
        "Accusé certifié exécutoire\n\nIRéception par le préfet ! 14/04/2025] Publication : 14/04/2025\n"
    )
    day = dt.date(2025, 4, 14)
    assert [(k, d, b) for k, d, b, _ in read(text)] == [
        ("certified", None, False), ("received", day, False), ("published", day, False),
    ]  # fmt: skip


def test_a_heading_s_mentions() -> None:
    # corpus 031 (Paris, 1998)
    text = (
        "Délibération affichée à l'Hôtel-de-Ville\net transmise au représentant de l'Etat le "
        "1er octobre 1998.\nReçue par le représentant de l'Etat le 2 octobre 1998.\n"
        "Le Conseil de Paris,\nDÉLIBÈRE\nArticle 1 : Une subvention est accordée.\n"
    )
    assert [(k, d) for k, d, _, _ in read(text)] == [
        ("transmitted", dt.date(1998, 10, 1)), ("received", dt.date(1998, 10, 2)),
    ]  # fmt: skip


def test_the_maire_s_certification_in_a_sentence() -> None:
    text = HEAD + (
        "Le Maire certifie sous sa responsabilité le caractère exécutoire de cet acte, compte "
        "tenu de sa transmission en préfecture le 12 mai 2026 et de sa publication le "
        "13 mai 2026.\n"
    )
    assert [(k, d) for k, d, _, _ in read(text)] == [
        ("certified", None), ("transmitted", dt.date(2026, 5, 12)),
        ("published", dt.date(2026, 5, 13)),
    ]  # fmt: skip


@pytest.mark.parametrize(
    "line", ["Transmis le : ……", "Publié le :", "Affiché le ../../....", "Notifié le ______",
             "Mis en ligne le : …………", "Date de publication :"],
)  # fmt: skip
def test_dates_left_blank(line: str) -> None:
    found = read(HEAD + "Certifié exécutoire\n" + line + "\n")
    assert found[0][0] == "certified" and found[1][2] is True and found[1][1] is None


@pytest.mark.parametrize(
    "text",
    [
        # prose of a visa, of a considérant, of an article: not a mention
        "ARRÊTÉ n° 1\nVu la demande transmise en préfecture le 18 août 2022 par la société X ;\n"
        "ARRÊTE\nArticle 1 : La demande est accordée.\n",
        "DÉCISION n° 1\nVu l'avis d'appel public à la concurrence publié le 3 mars 2026 au BOAMP ;\n"
        "DÉCIDE\nArticle 1 : Le marché est attribué.\n",
        "DÉCISION n° 1\nDÉCIDE\nArticle 1 : Le rapport transmis en préfecture le 3 mars 2026 est "
        "approuvé.\n",
        "ARRÊTÉ n° 1\nARRÊTE\nArticle 1 : Le présent arrêté sera publié le cas échéant.\n",
        "ARRÊTÉ n° 1\nARRÊTE\nArticle 1 : Le recueil des actes est tenu en mairie.\n",
    ],
)
def test_prose_is_not_a_mention(text: str) -> None:
    assert read(text) == []


def test_the_stamp_s_dates_are_not_read_twice() -> None:
    text = (
        "DÉCISION n° 2026-92\nAccusé de réception en préfecture\n"
        "062-216204982-20260511-2026_92-AR\nDate de télétransmission : 12/05/2026\n"
        "Date de réception préfecture : 12/05/2026\nDÉCIDE\nArticle 1 : Le contrat est renouvelé.\n"
        "Fait à Lens, le 11 mai 2026\n"
    )
    assert read(text) == []


def test_parse_shows_the_mentions_and_the_stamp_with_positions() -> None:
    text = (
        "DÉCISION n° 2026-92\nAccusé de réception en préfecture\n"
        "062-216204982-20260511-2026_92-AR\nDate de télétransmission : 12/05/2026\n"
        "DÉCIDE\nArticle 1 : Le contrat est renouvelé.\nFait à Lens, le 11 mai 2026\n"
        "Le Maire, Jean DUPONT\nCertifié exécutoire\nPublié le 13/05/2026\nNotifié le :\n"
    )
    tree = act_json(read_document(decode(text.encode("utf-8"), "act.txt")))
    assert tree["stamp"]["identifier"] == "062-216204982-20260511-2026_92-AR"
    assert tree["stamp"]["sent"] == {"value": "2026-05-12", "text": "12/05/2026", "line": 4,
                                     "column": 28}  # fmt: skip
    assert tree["mentions"] == [
        {"kind": "certified", "wording": "Certifié exécutoire", "date": None, "blank": False,
         "line": 9, "column": 1},
        {"kind": "published", "wording": "Publié", "blank": False, "line": 10, "column": 1,
         "date": {"value": "2026-05-13", "text": "13/05/2026", "line": 10, "column": 11}},
        {"kind": "notified", "wording": "Notifié", "date": None, "blank": True, "line": 11,
         "column": 1},
    ]  # fmt: skip
    outline = render_tree("act.txt", tree)
    assert "  stamp (3:1): 062-216204982-20260511-2026_92-AR" in outline
    assert "    published 2026-05-13: « Publié » (10:1)" in outline
    assert "    notified (left blank): « Notifié » (11:1)" in outline


def test_a_heading_is_not_a_blank() -> None:
    text = (
        "ARRÊTÉ n° 1\nARRÊTE\nArticle 1 : La rue est fermée.\nFait à Lens, le 11 mai 2026\n"
        "Le Maire, Jean DUPONT\nPublication :\nLe présent arrêté est publié sur le site de la "
        "commune.\n"
    )
    assert read(text) == []
