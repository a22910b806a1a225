"""Money amounts (« 2 767,72 € HT », « 11.850 € HT », « 350 Euros », « cinq mille euros »)
and VAT rates (« TVA (20 %) », « TVA à 5,5 % »)."""

from __future__ import annotations

import re
from decimal import Decimal

from actlint.act import Amount, Qualifier, Span, VatRate
from actlint.entities.numbers import NUMBER_WORDS, words_to_int

_FIGURES = r"(?P<int>\d{1,3}(?:[ .]\d{3})+|\d+)(?:,(?P<cents>\d{1,2})|\.(?P<dcents>\d{2})(?!\d))?"
_CURRENCY = r"(?P<cur>€|(?i:euros?|eur)\b|F\b|(?i:francs?)\b)"
_QUALIFIER_AFTER = (
    r"(?:\s*\(?\s*(?P<q>HT|H\.T\.?|TTC|T\.T\.C\.?|(?i:hors\s+taxes?|toutes\s+taxes\s+comprises)"
    r"|(?i:net\s+de\s+taxes?)|TVA)\b\.?\)?)?"
)
_FIGURE_AMOUNT = re.compile(rf"(?<![\w,.]){_FIGURES}\s?{_CURRENCY}{_QUALIFIER_AFTER}")
_WORD_AMOUNT = re.compile(
    rf"(?<![\w-])(?P<words>{NUMBER_WORDS})\s+(?P<cur>(?i:euros?))\b"
    rf"(?:\s+(?i:et)\s+(?P<cwords>{NUMBER_WORDS})\s+(?i:centimes?))?{_QUALIFIER_AFTER}"
)
_QUALIFIER_BEFORE = re.compile(
    r"(?P<q>HT|TTC|TVA|hors taxes?|toutes taxes comprises)\s*(?:\(\s*\d+(?:[,.]\d+)?\s*%\s*\))?"
    r"\s*(?:de|:|=|s'élevant à|soit)?\s*$",
    re.I,
)
_RATE = re.compile(r"(?<![\w,.])(?P<rate>\d{1,2}(?:[,.]\d{1,2})?)\s?%")
_VAT_NEAR = re.compile(r"(?i:\bT\.?V\.?A\.?\b|taxe sur la valeur ajoutée)")

_QUALIFIERS: dict[str, Qualifier] = {
    "ht": "HT", "h.t": "HT", "hors taxe": "HT", "hors taxes": "HT",
    "ttc": "TTC", "t.t.c": "TTC", "toutes taxes comprises": "TTC",
    "net de taxe": "TTC", "net de taxes": "TTC", "tva": "TVA",
}  # fmt: skip


def find_amounts(text: str, offset: int = 0) -> tuple[Amount, ...]:
    found: list[Amount] = []
    for m in _FIGURE_AMOUNT.finditer(text):
        units = m["int"].replace(" ", "").replace(".", "")
        cents = m["cents"] or m["dcents"] or "0"
        value = Decimal(units) + Decimal(cents.ljust(2, "0")) / 100
        found.append(_amount(text, m, offset, value, in_words=False))
    for m in _WORD_AMOUNT.finditer(text):
        euros = words_to_int(m["words"])
        cents = words_to_int(m["cwords"]) if m["cwords"] else 0
        if euros is None or cents is None or cents > 99:
            continue
        found.append(_amount(text, m, offset, Decimal(euros) + Decimal(cents) / 100, in_words=True))
    found.sort(key=lambda a: a.span.start)
    return tuple(found)


def _amount(text: str, m: re.Match[str], offset: int, value: Decimal, in_words: bool) -> Amount:
    qualifier = _qualifier(m["q"])
    if qualifier is None:
        before = _QUALIFIER_BEFORE.search(text, max(0, m.start() - 40), m.start())
        qualifier = _qualifier(before["q"]) if before else None
    currency = "FRF" if m["cur"][0] in "Ff" else "EUR"
    return Amount(value=value, qualifier=qualifier, currency=currency, text=m.group(),
                  span=Span(offset + m.start(), offset + m.end()), in_words=in_words)


def _qualifier(word: str | None) -> Qualifier | None:
    if not word:
        return None
    return _QUALIFIERS.get(re.sub(r"\s+", " ", word.lower()).rstrip("."))


def find_rates(text: str, offset: int = 0) -> tuple[VatRate, ...]:
    """Percentages written within a few words of « TVA »."""
    rates = []
    for m in _RATE.finditer(text):
        window = text[max(0, m.start() - 30) : m.end() + 30]
        if _VAT_NEAR.search(window):
            value = Decimal(m["rate"].replace(",", "."))
            rates.append(VatRate(value=value, span=Span(offset + m.start(), offset + m.end())))
    return tuple(rates)
