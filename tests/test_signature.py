"""The signature block as communes and préfectures write it."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.conftest import act_of, lint_text

HEAD = "ARRÊTÉ n° 2025-12\nLe Maire,\nARRÊTE\nArticle 1 : La buvette est autorisée.\n"


@pytest.mark.parametrize(
    ("lines", "place", "date"),
    [
        ("Fait au Lamentin, le 3 mai 2025\nLe Maire,\nJean DUPONT", "Le Lamentin", "2025-05-03"),
        ("FAIT AUX ABYMES, LE 3 MAI 2025\nLe Maire,\nJean DUPONT", "LES ABYMES", "2025-05-03"),
        ("Fait en mairie, le 3 mai 2025\nLe Maire,\nJean DUPONT", None, "2025-05-03"),
        ("Fait le 3 mai 2025 à Lens.\nLe Maire,\nJean DUPONT", "Lens", "2025-05-03"),
        # corpus-real 004 (in a Markdown table), 006, 029
        ("Á Colmar, le 24 septembre 2021\nLe préfet,\nJean DUPONT", "Colmar", "2021-09-24"),
        ("A ARGENTAN, le 18 décembre 2009\nLe préfet,\nJean DUPONT", "ARGENTAN", "2009-12-18"),
        ("FAIT A CORTE, LE 27 FEVRIER 2025\nLE MAIRE\nJean DUPONT", "CORTE", "2025-02-27"),
    ],
)
def test_signature_openings(lines: str, place: str | None, date: str) -> None:
    signature = act_of(HEAD + lines).signature
    assert signature is not None and signature.date is not None
    assert (signature.place, signature.date.value) == (place, dt.date.fromisoformat(date))


def test_name_before_capacity() -> None:
    signature = act_of(HEAD + "Fait à Lens, le 3 mai 2025\nJean DUPONT, Maire").signature
    assert signature is not None
    assert (signature.name, signature.capacity) == ("Jean DUPONT", "Maire")


@pytest.mark.parametrize(
    ("line", "written"),
    [
        ("Fait à Rouen, le 1 - 8 JAN 2011", "1 - 8 JAN 2011"),
        ("Fait à Pau, le", ""),
    ],  # corpus-real 011
)
def test_an_unreadable_signature_date_is_said_and_reported(line: str, written: str) -> None:
    text = HEAD + line + "\nLe préfet,\nJean DUPONT"
    signature = act_of(text).signature
    assert signature is not None and signature.date is None
    assert signature.unreadable_date == written
    assert [d.code for d in lint_text(text, "DAT009").diagnostics] == ["DAT009"]


def test_a_date_line_under_the_heading_is_not_the_signature() -> None:
    # corpus-real 002: the place and date under the heading, the signature an image
    text = (
        "ARRÊTÉ Nº 2025 – 794\nLE PRÉFET DE LA RÉUNION\nSaint-Denis, le 6 mai 2025\n"
        "- VU le code forestier ;\nCONSIDÉRANT qu'il y a lieu d'assurer la sécurité publique ;\n"
        "ARRÊTE\nArticle 1 : Les sentiers sont fermés.\n"
    )
    act = act_of(text)
    assert (len(act.preamble.citations), len(act.preamble.recitals), len(act.articles)) == (1, 1, 1)
    assert act.formula is not None and act.conclusions is None
    assert act.kind == "arrete_prefectoral"


def test_a_date_line_in_a_signature_stays_the_signature() -> None:
    act = act_of(HEAD + "Lens, le 3 mai 2025\nLe Maire,\nJean DUPONT")
    assert act.signature is not None and act.signature.place == "Lens"


SITTING = (
    "25-03/004\nCOMMUNE DE CORTE\nDELIBERATION DU CONSEIL MUNICIPAL\n\nSEANCE DU 18 MARS 2025\n\n"
    "DATE DE CONVOCATION + 10 mars 2025\n\nLE CONSEIL,\n\n> ADOPTE la proposition de son Maire,\n\n"
    "> CHARGE Monsieur le Maire de l'exécution de la présente délibération.\n\n"
)


@pytest.mark.parametrize(
    "closing",
    [
        "Fait e délibéré le jour, mois et an que dessus",  # corpus-real 024 (OCR)
        "Fait et délibéré le jour, mois et an que dessus.",  # corpus-real 037
        "Faitet délibéré le jour, mois et an que dessus.",  # corpus-real 025
        "Fait et délibéré\n\nls jour, moiset an que dessus, er",  # corpus-real 033
    ],
)
def test_a_deliberation_is_signed_on_the_day_of_its_sitting(closing: str) -> None:
    act = act_of(
        SITTING + closing + "\n\nPour extrait conforme\n\nLE MAIRE\n\nDocteur Xavier POLI\n"
    )
    assert act.kind == "deliberation"
    assert act.signature is not None and act.signature.date is not None
    assert act.signature.date.value == dt.date(2025, 3, 18)  # the sitting, not the convocation
    assert act.preface.number == "25-03/004"
    assert act.execution_clause is not None
    assert act.text[act.execution_clause.start : act.execution_clause.end].startswith("CHARGE")


def test_sitting_written_in_words_is_preferred_to_other_dates() -> None:
    text = (
        "EXTRAIT DU REGISTRE DES DÉLIBÉRATIONS\nConvocation du 10 mars 2025\n"
        "L'an deux mille vingt-cinq, le 18 mars 2025, le conseil municipal s'est réuni.\n"
        "Monsieur le Maire est chargé de l'exécution de la présente délibération.\n"
        "Ainsi fait et délibéré les jour, mois et an que dessus.\n"
    )
    act = act_of(text)
    assert act.signature is not None and act.signature.date is not None
    assert act.signature.date.value == dt.date(2025, 3, 18)
    assert act.execution_clause is not None


def test_sitting_days_damaged_by_ocr_and_a_lost_sitting_date() -> None:
    # corpus-real 032, 035: « jor », « mov ean »
    for closing in (
        "« délibéré les jor, mois et an que dessus",
        "Fa e délibér les jour, mov ean que dessus,",
    ):
        signature = act_of(SITTING + closing + "\n").signature
        assert signature is not None and signature.date is not None
    # corpus-real 030: the sitting's date line is unreadable, the convocation's is not
    text = SITTING.replace("SEANCE DU 18 MARS 2025", "SEAN y 202:")
    signature = act_of(text + "Fait et délibéré le jour, mois et an que dessus,\n").signature
    assert signature is not None and signature.date is None
    assert signature.unreadable_date == "jour, mois et an que dessus"


def test_an_annex_after_the_sitting_day_leaves_the_signature_in_place() -> None:
    # corpus-real 029: a convention with its own articles annexed after the closing
    text = (
        SITTING + "Faitet déibôré l jour, moiset an que dessus\n\nCONVENTION\nArticle 1 : Objet.\n"
    )
    act = act_of(text)
    assert act.signature is not None and act.signature.date is not None
    assert act.signature.date.value.isoformat() == "2025-03-18"


def test_who_signs_is_read_in_the_signature_block_not_in_the_annexes() -> None:
    # corpus-real 035: a tariff table annexed after the closing (« POUR LES REPAS : 3 »)
    text = SITTING + (
        "Fait et délibéré le jour, mois et an que dessus.\nPour extrait conforme\nLE MAIRE\n"
        "Docteur Xavier POLI\n\nANNEXE\nGrille tarifaire\nTranche 1\nTranche 2\nTranche 3\n"
        "Tranche 4\nPOUR LES REPAS : 3\nPierre MARTIN\n"
    )
    signature = act_of(text).signature
    assert signature is not None
    assert (signature.on_behalf, signature.name) == (None, "Docteur Xavier POLI")
