"""The heading of an act: its own number, in the forms real authorities write it."""

from __future__ import annotations

import pytest

from tests.conftest import act_of


@pytest.mark.parametrize(
    ("heading", "number"),
    [
        ("25-03/012\n\nCOMMUNE DE CORTE\n\nDELIBERATION DU CONSEIL MUNICIPAL", "25-03/012"),
        ("DÉLIBÉRATION\n12/06/2023-4\nObjet : tarifs", "12/06/2023-4"),
        ("ARRÊTÉ n° 2024-117 DDT/SE portant fermeture", "2024-117 DDT/SE"),
        ("### ARRÊTÉ PRÉFECTORAL Nº 2025 /CÉ", "2025/CÉ"),  # corpus-real 001
        ("# ARRETE ARS GRAND EST n 2025-0182 du 13 janvier 2025", "2025-0182"),  # corpus-real 003
        ("Délibération\n[1998 P. 1025]\nObjet : subvention", "1998 P. 1025"),
    ],
)
def test_the_act_s_own_number(heading: str, number: str) -> None:
    assert act_of(heading + "\n").preface.number == number


@pytest.mark.parametrize(
    "heading",
    [
        # corpus-real 018: the amended act's number
        "PRÉFET DE LA MARTINIQUE\nARRÊTÉ PRÉFECTORAL COMPLÉMENTAIRE modifiant l'arrêté préfectoral "
        "n° 994156 du 21 décembre 1999 portant autorisation",
        # corpus-real 041: a cited ordonnance in the exposé of a délibération
        "DELIBERATION DU CONSEIL MUNICIPAL\nLE MAIRE expose que, conformément à l'ordonnance "
        "n° 2021-175 du 17 février 2021, la commune peut participer.",
        # corpus-real 033: a cadastral parcel
        "DELIBERATION DU CONSEIL MUNICIPAL\nLe garage cadastré parcelles AK n° 58, 59 et 60.",
        "DÉLIBÉRATION\n12/06/2023\nObjet : tarifs",  # a date alone is not a number
    ],
)
def test_no_number_of_another_act_for_the_act_s_own(heading: str) -> None:
    assert act_of(heading + "\n").preface.number is None


def test_the_number_line_comes_before_the_numbers_of_other_acts() -> None:
    text = (
        "25-03/030\n\nDELIBERATION DU CONSEIL MUNICIPAL\n\n"
        "> APPROUVE le renouvellement de la délibération n° 24-02/027 du 12 février 2024\n"
    )  # corpus-real 036
    assert act_of(text).preface.number == "25-03/030"
