"""The receipt the transmission platform prints on a transmitted act is not the act's text."""

from __future__ import annotations

from actlint.parse.stamp import find_stamp
from tests.conftest import act_of

# corpus-real 037 (OCR of a délibération of Corte, receipt printed on each page)
RECEIPT = (
    "Accusé de réception - Ministère de l'Intérieur [02B-212000962-20250408-DEL-25-04-031-DE\n\n"
    "Accusé certifié exécutoire\n\n"
    "IRéception par le préfet ! 14/04/2025] Publication : 14/04/2025\n\n"
    "Pour l'autorité compétente par délégation\n"
)


def test_receipt_wordings_and_identifier_are_blanked_with_their_brackets() -> None:
    stamp, text = find_stamp(RECEIPT)
    assert stamp is not None and stamp.number == "DEL-25-04-031"
    assert len(text) == len(RECEIPT) and text.count("\n") == RECEIPT.count("\n")
    assert set(text) <= {" ", "\n", "I"}  # « I » is OCR noise glued to the wording


def test_the_receipt_s_authority_is_not_a_delegated_signature() -> None:
    act = act_of(
        "25-04/031\nDELIBERATION DU CONSEIL MUNICIPAL\nLE CONSEIL,\n> ADOPTE la proposition,\n"
        "Fait et délibéré le jour, mois et an que dessus.\n\nPour extrait conforme\n\nLE MAIRE\n\n"
        "Docteur Xavier POLI\n\n" + RECEIPT
    )
    assert act.signature is not None and act.signature.on_behalf is None
    assert act.stamp is not None and act.stamp.identifier.startswith("02B-")


def test_publication_dates_in_prose_are_the_act_s_text() -> None:
    line = "la date de publication : 14/04/2025 fait courir le délai"
    assert find_stamp(line)[1] == line
