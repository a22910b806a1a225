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
