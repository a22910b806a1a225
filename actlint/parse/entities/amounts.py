"""Money amounts (« 2 767,72 € HT », « 11.850 € HT », « 350 Euros », « cinq mille euros »)
and VAT rates (« TVA (20 %) », « TVA à 5,5 % »)."""

from __future__ import annotations

import re
from decimal import Decimal

from actlint.parse.act import Amount, Qualifier, Span, VatRate
from actlint.parse.entities.numbers import (
    LOOSE_NUMBER_WORDS,
    follows_unread_number_word,
    words_to_int,
)
from actlint.parse.entities.scan import fold, hits, windows
from actlint.text import LazyPattern

_FIGURES = r"(?P<int>\d{1,3}(?:[ .\u00a0\u202f]\d{3})+|\d+)(?:,(?P<cents>\d{1,2})|\.(?P<dcents>\d{2})(?!\d))?"
_CURRENCY = r"(?P<cur>€|(?i:euros?|eur)\b|F\b|(?i:francs?)\b)"
_QUALIFIER_AFTER = (
    # on the next line only when that line holds no other figure (« € » / « TTC. »), so
    # that a table row's label (« TVA 20 % 553,54 € ») stays its own amount's
    r"(?:(?:[^\S\n]*|[^\S\n]*\n[^\S\n]*(?=[^\d\n]*(?:\n|\Z)))\(?[^\S\n]*(?P<q>HT|H\.T\.?|TTC|T\.T\.C\.?|(?i:hors\s+taxes?|toutes\s+taxes\s+comprises)"
    r"|(?i:net\s+de\s+taxes?)|TVA)\b\.?\)?)?"
)
_FIGURE_AMOUNT = LazyPattern(rf"{_FIGURES}\s?{_CURRENCY}{_QUALIFIER_AFTER}")
_NOT_BEFORE_FIGURES = frozenset(",.0123456789") | frozenset("abcdefghijklmnopqrstuvwxyz")
_WORD_AMOUNT = LazyPattern(
    rf"(?<![\w-])(?P<words>{LOOSE_NUMBER_WORDS})\s+(?P<cur>(?i:euros?))\b"
    rf"(?:\s+(?i:et)\s+(?P<cwords>{LOOSE_NUMBER_WORDS})\s+(?i:centimes?))?{_QUALIFIER_AFTER}"
)
_QUALIFIER_BEFORE = LazyPattern(
    r"(?P<q>HT|TTC|TVA|hors taxes?|toutes taxes comprises)\s*(?:\(?\s*\d+(?:[,.]\d+)?\s*%\s*\)?)?"
    r"\s*(?:de|:|=|s'élevant à|soit)?\s*$",
    re.I,
)
_RATE = LazyPattern(r"(?<![\w,.])(?P<rate>\d{1,2}(?:[,.]\d{1,2})?)\s?%")
_RATE_REACH = 8
# « TVA (20 %) », « TVA à 5,5 % », « taux de TVA de 20 % », « 20 % de TVA »
_VAT_BEFORE = LazyPattern(r"(?i:\bT\.?V\.?A\b\.?|valeur\s+ajout[ée]e)[^;%\d]{0,20}$")
_VAT_AFTER = LazyPattern(r"\s*(?i:de\s+)?(?:T\.?V\.?A\b|taxe\s+sur\s+la\s+valeur)")

_QUALIFIERS: dict[str, Qualifier] = {
    "ht": "HT", "h.t": "HT", "hors taxe": "HT", "hors taxes": "HT",
    "ttc": "TTC", "t.t.c": "TTC", "toutes taxes comprises": "TTC",
    "net de taxe": "TTC", "net de taxes": "TTC", "tva": "TVA",
}  # fmt: skip


# Currency words, found cheaply before the full patterns run around them.
_CURRENCY_HITS = ("€", "euro", "eur", "franc", " f")
_WORDS_REACH = 160  # « deux mille sept cent soixante-sept euros et soixante-douze centimes »


def find_amounts(text: str, offset: int = 0, folded: str | None = None) -> tuple[Amount, ...]:
    folded = folded if folded is not None else fold(text)
    markers = [
        p
        for p in hits(folded, _CURRENCY_HITS, word_start=False)
        if not folded.startswith(" f", p) or not folded[p + 2 : p + 3].isalpha()
    ]
    found: list[Amount] = []
    for window in windows(markers, 40, 50, len(text)):
        for m in _FIGURE_AMOUNT.finditer(text, *window):
            if m.start() and text[m.start() - 1].lower() in _NOT_BEFORE_FIGURES:
                continue
            if _LEADING_ZERO.match(m["int"]) or _franc_on_another_line(m):
                continue  # the tail of a figure OCR broke (« 7 $00 »), a year above « F »
            found.append(_figure_amount(text, m, offset))
    euro_markers = [p for p in markers if folded.startswith("euro", p)]
    for window in windows(euro_markers, _WORDS_REACH, 120, len(text)):
        for m in _WORD_AMOUNT.finditer(text, *window):
            if follows_unread_number_word(text, m.start()):
                continue  # only the end of a sum OCR damaged: its value would be wrong
            euros = words_to_int(m["words"])
            cents = words_to_int(m["cwords"]) if m["cwords"] else 0
            if euros is None or cents is None or cents > 99:
                continue
            value = Decimal(euros) + Decimal(cents) / 100
            found.append(_amount(text, m, offset, value, in_words=True))
    found.sort(key=lambda a: a.span.start)
    return tuple(_share_qualifiers(found, text, offset))


# A figure and the same sum in words in brackets: « 4 000 € (quatre mille euros) TTC ».
_RESTATED = LazyPattern(r"\s*\(\s*")
_CLOSED_QUALIFIER = LazyPattern(
    r"\s*\)[^\S\n]*(?P<q>HT|H\.T\.?|TTC|T\.T\.C\.?|(?i:hors\s+taxes?|toutes\s+taxes\s+comprises))\b"
)
_LEADING_ZERO = LazyPattern(r"0\d")


def _franc_on_another_line(m: re.Match[str]) -> bool:
    return m["cur"][0] in "Ff" and "\n" in m.string[m.end("int") : m.start("cur")]


def _share_qualifiers(found: list[Amount], text: str, offset: int) -> list[Amount]:
    """A sum written in figures then in words in brackets is one sum: a qualifier written
    with either form, or after the closing bracket, is both forms' qualifier."""
    for i in range(len(found) - 1):
        figures, words = found[i], found[i + 1]
        if figures.in_words or not words.in_words or figures.value != words.value:
            continue
        if not _RESTATED.fullmatch(text, figures.span.end - offset, words.span.start - offset):
            continue
        after = _CLOSED_QUALIFIER.match(text, words.span.end - offset)
        qualifier = figures.qualifier or words.qualifier or (after and _qualifier(after["q"]))
        if qualifier:
            found[i] = figures.replace(qualifier=qualifier)
            found[i + 1] = words.replace(qualifier=qualifier)
    return found


def _figure_amount(text: str, m: re.Match[str], offset: int) -> Amount:
    units = re.sub(r"\D", "", m["int"])
    cents = m["cents"] or m["dcents"] or "0"
    value = Decimal(units) + Decimal(cents.ljust(2, "0")) / 100
    return _amount(text, m, offset, value, in_words=False)


def _amount(text: str, m: re.Match[str], offset: int, value: Decimal, in_words: bool) -> Amount:
    qualifier = _qualifier(m["q"])
    if qualifier is None:
        before = _QUALIFIER_BEFORE.search(text, max(0, m.start() - 40), m.start())
        qualifier = _qualifier(before["q"]) if before else None
    currency = "FRF" if m["cur"][0] in "Ff" else "EUR"
    return Amount(
        value=value,
        qualifier=qualifier,
        currency=currency,
        text=m.group(),
        span=Span(offset + m.start(), offset + m.end()),
        in_words=in_words,
    )


def _qualifier(word: str | None) -> Qualifier | None:
    if not word:
        return None
    return _QUALIFIERS.get(re.sub(r"\s+", " ", word.lower()).rstrip("."))


def find_rates(text: str, offset: int = 0) -> tuple[VatRate, ...]:
    """Percentages written right after or right before « TVA »."""
    rates = []
    percents = hits(text, "%", word_start=False)
    for m in (
        m for w in windows(percents, _RATE_REACH, 1, len(text)) for m in _RATE.finditer(text, *w)
    ):
        if _VAT_BEFORE.search(text, max(0, m.start() - 30), m.start()) or _VAT_AFTER.match(
            text, m.end()
        ):
            value = Decimal(m["rate"].replace(",", "."))
            rates.append(VatRate(value=value, span=Span(offset + m.start(), offset + m.end())))
    return tuple(rates)
