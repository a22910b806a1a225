"""French dates and periods."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from actlint.parse.entities.dates import find_dates, find_periods

MONTH_NAMES = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
               "septembre", "octobre", "novembre", "décembre"]  # fmt: skip


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("le 1er janvier 2026", ["2026-01-01"]),
        ("du 31 Mars 2026", ["2026-03-31"]),
        ("le 11/05/2026", ["2026-05-11"]),
        ("le 01.07.2020", ["2020-07-01"]),
        ("Fait à Pau, le 21 DEC. 2017", ["2017-12-21"]),
        ("le 18 DECEMBRE 2008", ["2008-12-18"]),
        ("le 16 Novembre deux mille dix-huit.", ["2018-11-16"]),
        ("le premier décembre 2017", ["2017-12-01"]),
        ("dans ses courriers des 7 et 19 décembre 2017", ["2017-12-07", "2017-12-19"]),
        ("Les jeudi 29 et vendredi 30 novembre 2018", ["2018-11-29", "2018-11-30"]),
        ("L'an deux mil vingt-trois, le jeudi 30 novembre 2023 à 19h30", ["2023-11-30"]),
        ("l'an deux mille vingt-six, le premier juillet", ["2026-07-01"]),
        ("la loi n° 2023-175 du 10 mars 2023", ["2023-03-10"]),
        ("en février 2024", []),
        ("article L. 2122-22", []),
        ("décret n°2020-293", []),
    ],
)
def test_dates(text: str, expected: list[str]) -> None:
    assert [d.value.isoformat() for d in find_dates(text) if d.value] == expected


def test_date_spans_and_metadata() -> None:
    text = "signé le lundi 12 mai 2026."
    (date,) = find_dates(text, offset=100)
    assert text[date.span.start - 100 : date.span.end - 100] == "lundi 12 mai 2026"
    assert (date.weekday, date.in_words) == ("lundi", False)


def test_impossible_date_is_kept_without_value() -> None:
    (date,) = find_dates("le 31 février 2026")
    assert date.value is None and (date.day, date.month, date.year) == (31, 2, 2026)


def test_periods() -> None:
    text = "prendra effet au 1er janvier 2026 jusqu'au 31 décembre 2026. Fermé jusqu'au 3 mai 2026."
    periods = find_periods(text, 0, find_dates(text))
    assert [
        (p.start.value if p.start else None, p.end.value if p.end else None) for p in periods
    ] == [
        (dt.date(2026, 1, 1), dt.date(2026, 12, 31)),
        (None, dt.date(2026, 5, 3)),
    ]


def test_period_from_to() -> None:
    text = "registre en mairie du 15 janvier 2024 au 31 janvier 2024."
    (period,) = find_periods(text, 0, find_dates(text))
    assert (period.start.value, period.end.value) == (dt.date(2024, 1, 15), dt.date(2024, 1, 31))


@given(
    st.dates(min_value=dt.date(1790, 1, 1), max_value=dt.date(2199, 12, 31)),
    st.sampled_from(["words", "first", "numeric", "dotted", "capital"]),
)
def test_every_supported_form_parses_to_itself(date: dt.date, form: str) -> None:
    month = MONTH_NAMES[date.month - 1]
    day = "1er" if date.day == 1 else str(date.day)
    text = {
        "words": f"le {day} {month} {date.year}",
        "first": f"le {date.day} {month} {date.year}",
        "numeric": f"le {date:%d/%m/%Y}",
        "dotted": f"le {date:%d.%m.%Y}",
        "capital": f"le {day} {month.capitalize()} {date.year}",
    }[form]
    assert [d.value for d in find_dates(text)] == [date]
