"""Money amounts and VAT rates."""

from __future__ import annotations

from decimal import Decimal

import pytest

from actlint.parse.entities.amounts import find_amounts, find_rates


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2 767,72 € HT soit 3 321,27 € TTC", [("2767.72", "HT"), ("3321.27", "TTC")]),
        ("2\u00a0767,72\u00a0€ HT", [("2767.72", "HT")]),
        ("s'élevant à 11.850 € HT.", [("11850", "HT")]),
        ("un loyer de 350 Euros", [("350", None)]),
        ("ne pouvant dépasser 15 000,00 euros ;", [("15000", None)]),
        ("une subvention de 5.000 F", [("5000", None)]),
        ("un montant de cinq mille euros", [("5000", None)]),
        (
            "deux mille sept cent soixante-sept euros et soixante-douze centimes",
            [("2767.72", None)],
        ),
        ("TVA (20 %) : 553,54 €", [("553.54", "TVA")]),
        ("montant HT de 1 000 €", [("1000", "HT")]),
        ("4 500,00 euros hors taxes", [("4500", "HT")]),
        # a table row per line: the label leads; a qualifier on the next line is not this one's
        (
            "Montant HT 2 767,72 €\nTVA 20 % 553,54 €\nMontant TTC 3 321,27 €",
            [("2767.72", "HT"), ("553.54", "TVA"), ("3321.27", "TTC")],
        ),
        ("soit 3 321,26 €\nTTC.", [("3321.26", "TTC")]),  # a line wrapped before the qualifier
        ("10 243.70 9 257.64", []),  # no currency: not money
        ("articles L. 2122-22", []),
    ],
)
def test_amounts(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert [(a.value, a.qualifier) for a in find_amounts(text)] == [
        (Decimal(v), q) for v, q in expected
    ]


def test_amount_span_and_currency() -> None:
    text = "soit 5.000 F de subvention"
    (amount,) = find_amounts(text)
    assert text[amount.span.start : amount.span.end] == "5.000 F"
    assert amount.currency == "FRF"


def test_rates_only_near_vat() -> None:
    assert [r.value for r in find_rates("TVA à 5,5 % ; remise de 10 %")] == [Decimal("5.5")]
    assert find_rates("une hausse de 10 % des effectifs") == ()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a hyphen then a space, a wrapped line: the whole sum is read
        (
            "inférieur à 180 000 €\n  (cent-quatre-vingt- mille euros) (hors les droits",
            [("180000", False), ("180000", True)],
        ),
        (
            "au prix de 134 000 €\n  (cent-trente-quatre- mille euros) à la Commune",
            [("134000", False), ("134000", True)],
        ),
        # OCR damaged the head of the words: their tail is not the sum
        (
            "à hauteurde 5 644,00 € (cing-mille six-cent-quarante-quatre euros) dans le",
            [("5644", False)],
        ),
        (
            "somme de 31 626,00€ (rente-sopt-mill six-cent-vingt-six euros) maximal",
            [("31626", False)],
        ),
        (
            "la somme de 139 600,00 € (centtrnte-neut mille six-cents\neuros) pour",
            [("139600", False)],
        ),
        ("180 000 € (cent-qatre-vi\nmille euros)", [("180000", False)]),
        ("le prix est de mille euros", [("1000", True)]),  # a plain word before: read
        # the tail of a figure OCR broke, a year above a line starting with « F »
        ("deux versements semestiels de 7 $00 euros TTC chacun", []),
        ("s a z 1 6\n\n000 €L", []),
        ("‘AIDES AUX TEMPS LIBRES 2025\n\nF Relover du Régime Général", []),
    ],
)
def test_amounts_as_published_acts_write_them(text: str, expected: list[tuple[str, bool]]) -> None:
    assert [(a.value, a.in_words) for a in find_amounts(text)] == [
        (Decimal(v), w) for v, w in expected
    ]


def test_a_qualifier_after_the_words_in_brackets_is_the_figures_too() -> None:
    text = "dont 4 000 € (quatre-mille euros) TTC au profit de l'agence"
    assert [(a.value, a.qualifier) for a in find_amounts(text)] == [
        (Decimal(4000), "TTC"),
        (Decimal(4000), "TTC"),
    ]
