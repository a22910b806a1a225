"""The record of the sitting, read field by field from real délibérations (OCR included)."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Any

import pytest

from actlint.parse.act import Act
from actlint.parse.document import read_document
from actlint.parse.sitting import Count
from actlint.read.source import decode
from tests.conftest import FIXTURES, act_of, run_actlint

REAL = FIXTURES / "corpus-real"


def _act(path: Path) -> Act:
    return read_document(decode(path.read_bytes(), str(path))).act


def _count(act: Act, count: Count | None) -> tuple[int, bool, str] | None:
    if count is None:
        return None
    return count.value, count.certain, act.text[count.span.start : count.span.end]


MARCH, APRIL = dt.date(2025, 3, 18), dt.date(2025, 4, 8)
# file: sitting, convocation, present, represented, absent, president, secretary,
# number of present names and whether the list was read whole, unanimity.
# A count is (value, certain, as written); OCR-damaged counts are kept but not certain.
EXPECTED: dict[str, dict[str, Any]] = {
    "corpus-real/023.txt": dict(
        date=MARCH, convocation=dt.date(2025, 3, 10), present=(16, True, "16"),
        represented=(50, False, "50"),  # « PROCURATIONS 50s »: OCR for 05
        absent=None,  # « AUSENTS 0 »: the label itself is damaged
        president="Xavier POLI", secretary="Mare-Maric GUGLIELMI", names=(16, False),
        unanimous=False,
    ),
    "corpus-real/024.txt": dict(
        date=MARCH, convocation=dt.date(2025, 3, 10), present=(16, True, "16"),
        represented=(0, False, "0"), absent=(0, True, "0"),
        president=None,  # no « sous la présidence » in the text
        secretary="Monsiur Mare-Marie GUGLIELMI", names=(14, False), unanimous=False,
    ),
    "corpus-real/029.txt": dict(
        date=MARCH, convocation=dt.date(2025, 3, 10), present=(16, True, "16"),
        represented=(5, True, "05"), absent=None, president="Xavier POLI",
        secretary="Mare-Marie GUGLIEL MI", names=(17, False), unanimous=False,
    ),
    "corpus-real/031.txt": dict(
        date=MARCH, convocation=dt.date(2025, 3, 10), present=(16, True, "16"),
        represented=(2, False, "2"),  # « PROCURATIONS 2 05 »
        absent=(0, True, "0"), president="Xavier POLL",
        secretary="Monsicur Mare-Marie GUGLIELMI", names=(16, False), unanimous=False,
    ),
    "corpus-real/035.txt": dict(
        date=MARCH, convocation=dt.date(2025, 3, 10), present=(16, True, "16"),
        represented=(5, True, "05"), absent=(8, True, "08"), president="Xavier POLI",
        secretary=None, names=(16, False), unanimous=False,
    ),
    "corpus-real/037.txt": dict(
        date=APRIL, convocation=dt.date(2025, 3, 26),
        present=(2, False, "2"),  # « PRÉSENTS 2l »
        represented=(6, True, "06"), absent=(2, True, "02"), president="Xavier POLI",
        secretary="Marc-Marie GUGLIELMI", names=(21, True), unanimous=True,
    ),
    "corpus-real/038.txt": dict(
        date=APRIL, convocation=dt.date(2025, 3, 26), present=(21, True, "21"),
        represented=(6, True, "06"), absent=(2, True, "02"), president="Xavier POLI",
        secretary="Mare-Marie GUGLIELMI", names=(21, True), unanimous=True,
    ),
    "corpus-real/039.txt": dict(
        date=APRIL, convocation=dt.date(2025, 3, 26),
        present=(4, False, "4"),  # « PRESENTS 4 291 »
        represented=(6, True, "06"), absent=(2, True, "02"), president="Xavier POLI",
        secretary="Marc-Marie GUGLIELMI", names=(21, True), unanimous=True,
    ),
    "corpus-real/040.txt": dict(
        date=APRIL, convocation=dt.date(2025, 3, 26), present=(21, True, "21"),
        represented=(6, True, "06"), absent=(2, True, "02"), president="Xavier POLI",
        secretary="Marc-Marie GUGLIELMI",
        names=(22, False),  # « RINIERI » and « P » on two lines: not read whole
        unanimous=True,
    ),
    "corpus-real/041.txt": dict(
        date=APRIL, convocation=dt.date(2025, 3, 26), present=None,  # « PRÉSENTS : l »
        represented=(6, True, "06"), absent=(2, True, "02"), president="Xavier POLI",
        secretary="Mare-Marie GUGLIELMI", names=(21, True), unanimous=True,
    ),
    "corpus-real/042.txt": dict(
        date=APRIL, convocation=dt.date(2025, 3, 26), present=None,  # « PRÉSENTS = H »
        represented=(6, True, "06"), absent=(2, True, "02"), president="Xavier POLI",
        secretary="Mare-Marie GUGLIELMI", names=(21, True), unanimous=False,
    ),
    "corpus/001.txt": dict(
        date=dt.date(2023, 11, 30),
        convocation=None,  # the table is flattened: its date is far from its label
        present=(10, True, "10"), represented=None, absent=None, president="Maire",
        secretary=None,  # the name runs into the title on the flattened line
        names=(0, False), unanimous=True,
    ),
}  # fmt: skip


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_the_sitting_is_read_field_by_field(name: str) -> None:
    act = _act(FIXTURES / name)
    sitting = act.sitting
    assert sitting is not None
    expected = EXPECTED[name]
    assert sitting.date is not None and sitting.date.value == expected["date"]
    convocation = sitting.convocation.value if sitting.convocation else None
    assert convocation == expected["convocation"]
    for key in ("present", "represented", "absent"):
        assert _count(act, getattr(sitting, key)) == expected[key], key
    assert (sitting.president.name if sitting.president else None) == expected["president"]
    assert (sitting.secretary.name if sitting.secretary else None) == expected["secretary"]
    assert sitting.secretary_mention is not None or name == "corpus-real/035.txt"
    names, whole = expected["names"]
    assert (len(sitting.present_names), sitting.present_list is not None) == (names, whole)
    assert (sitting.unanimous is not None) == expected["unanimous"]
    for member in [*sitting.present_names, sitting.president, sitting.secretary]:
        if member is not None:  # the span covers the name as written
            assert " ".join(act.text[member.span.start : member.span.end].split()) == member.name


def test_the_counts_of_a_table_and_its_vote() -> None:
    """corpus/001: « En exercice : 14 Présents : 10 Votants : 14 », « ONT VOTE POUR : 14
    ONT VOTE CONTRE : / SE SONT ABSTENUS : / »."""
    act = _act(FIXTURES / "corpus/001.txt")
    sitting = act.sitting
    assert sitting is not None
    assert _count(act, sitting.in_office) == (14, True, "14")
    assert _count(act, sitting.voters) == (14, True, "14")
    assert _count(act, sitting.votes_for) == (14, True, "14")
    assert _count(act, sitting.votes_against) == (0, True, "/")
    assert _count(act, sitting.abstentions) == (0, True, "/")


def test_a_vote_by_figures_and_its_proxies() -> None:
    """corpus-real/042: « Par 21 voix « Pour » et 5 « Abstentions » », six proxies."""
    act = _act(REAL / "042.txt")
    sitting = act.sitting
    assert sitting is not None
    assert _count(act, sitting.votes_for) == (21, True, "21")
    assert _count(act, sitting.abstentions) == (5, True, "5")
    assert sitting.votes_against is None  # « contre-offre » is no vote
    pairs = [(p.giver.name, p.holder.name) for p in sitting.proxies]
    assert pairs == [
        ("Marie-Luce CASTELLI", "Paula RINIERI"),
        ("Frédéric DEMUYNCK", "Vanina BORROMEI"),
        ("Fabien LUCIANI", "Mare-Marie GUGLIELMI"),  # the name wraps to the next line
        ("Antoine ORSINI", "Xavier POLI"),  # « au Dr. Xavier POLI, Maire »
        ("Nathalie PULICANI", "Valérie CERUTTI"),
        ("Marie-Cécile RUIZ", "Angèle GRIMALDI-OSTIENSI"),
    ]


def test_counts_in_words_and_a_sum_for_members_in_office() -> None:
    act = act_of(
        "DÉLIBÉRATION DU CONSEIL MUNICIPAL\nSéance du 12 mai 2026\n"
        "Nombre de conseillers en exercice : vingt-neuf\nPrésents : vingt et un\n"
        "Pouvoirs : quatre\nAbsents : 4\nNe prennent pas part au vote : 2\n"
        "Le Conseil, après en avoir délibéré, ADOPTE la proposition.\n"
    )
    sitting = act.sitting
    assert sitting is not None
    assert _count(act, sitting.in_office) == (29, True, "vingt-neuf")
    assert _count(act, sitting.present) == (21, True, "vingt et un")
    assert _count(act, sitting.represented) == (4, True, "quatre")
    assert _count(act, sitting.not_voting) == (2, True, "2")
    assert sitting.in_office_or_sum == sitting.in_office


def test_no_sitting_outside_a_deliberation() -> None:
    assert _act(REAL / "001.txt").sitting is None  # an arrêté préfectoral
    assert _act(FIXTURES / "corpus/019.txt").sitting is None  # a délibération without record


def test_parse_shows_the_sitting_with_positions() -> None:
    path = str(REAL / "038.txt")
    tree = json.loads(run_actlint("parse", "--format", "json", path).stdout)
    sitting = tree["sitting"]
    assert sitting["present"] == {"value": 21, "certain": True, "line": 11, "column": 12}
    assert sitting["convocation"]["value"] == "2025-03-26"
    assert sitting["president"]["name"] == "Xavier POLI"
    assert sitting["present_list_whole"] is True
    assert sitting["vote"]["unanimous"]["text"].lower() == "unanimité"
    outline = run_actlint("parse", path).stdout
    assert "  sitting (line " in outline
    assert "counts: present 21 (11:12), represented 6 (13:16), absent 2 (15:11)" in outline
    assert "proxy: Antoine ORSINI → Xavier POLI" in outline


def test_a_lone_pour_is_no_vote() -> None:
    act = act_of(
        "DÉLIBÉRATION DU CONSEIL MUNICIPAL\nSéance du 12 mai 2026\nPrésents : 10\n"
        "Pouvoirs : 4\nLe Conseil ADOPTE la convention.\nPour : une durée de 2 ans.\n"
        "Pour : - l'acquisition du terrain.\n"
    )
    sitting = act.sitting
    assert sitting is not None
    assert (sitting.votes_for, sitting.votes_against) == (None, None)
