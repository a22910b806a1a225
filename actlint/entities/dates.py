"""French dates: « 1er janvier 2026 », « 31 Mars 2026 », « 11/05/2026 », « 21 DEC. 2017 »,
« les 29 et 30 novembre 2018 », « l'an deux mille vingt-six, le premier juillet »,
« seize novembre deux mille dix-huit »; and the periods they bound."""

from __future__ import annotations

import datetime as dt
import re

from actlint.act import DateMention, Period, Span
from actlint.fold import fold
from actlint.entities.numbers import NUMBER_WORDS, words_to_int

MONTHS = {
    "janvier": 1, "janv": 1, "jan": 1,
    "fevrier": 2, "fevr": 2, "fev": 2,
    "mars": 3,
    "avril": 4, "avr": 4,
    "mai": 5,
    "juin": 6,
    "juillet": 7, "juil": 7,
    "aout": 8,
    "septembre": 9, "sept": 9, "sep": 9,
    "octobre": 10, "oct": 10,
    "novembre": 11, "nov": 11,
    "decembre": 12, "dec": 12,
}  # fmt: skip
WEEKDAYS = ("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche")

_MONTH = (
    r"(?P<month>(?i:janvier|janv\.?|f[ée]vrier|f[ée]vr?\.|mars|avril|avr\.|mai|juin|juillet|juil\.?"
    r"|ao[uû]t|septembre|sept?\.|octobre|oct\.|novembre|nov\.|d[ée]cembre|d[ée]c\.))(?![\w])"
)
_WEEKDAY = r"(?i:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)"
_DAY = rf"(?:\d{{1,2}}(?:er|ER)?|1<sup>er</sup>|(?i:premier)|(?i:{NUMBER_WORDS}))"
_YEAR = rf"(?P<year>\d{{4}}(?![\d/])|(?i:{NUMBER_WORDS}))"
# « les 7 et 19 décembre 2017 », « Les jeudi 29 et vendredi 30 novembre 2018 »
_DAYS = rf"(?P<days>(?:{_WEEKDAY}\s+)?{_DAY}(?:\s*(?:,|et)\s+(?:{_WEEKDAY}\s+)?{_DAY})*)"
_WORDED = re.compile(rf"(?<![\w/.,-]){_DAYS}\s+{_MONTH}\s+{_YEAR}")
_NUMERIC = re.compile(
    r"(?<![\w/.,-])(?:(?P<weekday>" + _WEEKDAY + r")\s+)?"
    r"(?P<d>\d{1,2})(?P<sep>[/.])(?P<m>\d{1,2})(?P=sep)(?P<y>\d{4})(?![\w/])"
)
# « l'an deux mille vingt-six, le premier juillet » (deliberation software)
_YEAR_FIRST = re.compile(
    rf"(?i:l['’]an)\s+(?P<yearw>{NUMBER_WORDS})\s*,?\s+(?i:le)\s+(?:(?P<weekday>{_WEEKDAY})\s+)?"
    rf"(?P<day>{_DAY})\s+{_MONTH}(?:\s+(?P<year>\d{{4}})(?![\d/]))?"
)
_SINGLE_DAY = re.compile(rf"(?P<weekday>{_WEEKDAY}\s+)?(?P<day>{_DAY})")


def find_dates(text: str, offset: int = 0) -> tuple[DateMention, ...]:
    found: list[DateMention] = []
    taken: list[tuple[int, int]] = []

    def free(start: int, end: int) -> bool:
        return all(end <= s or start >= e for s, e in taken)

    for m in _YEAR_FIRST.finditer(text):
        year = int(m["year"]) if m["year"] else words_to_int(m["yearw"])
        day = _day_value(m["day"])
        if year is None or day is None:
            continue
        found.append(_mention(text, m.start(), m.end(), offset, day, _month(m["month"]), year,
                              m["weekday"], True))
        taken.append(m.span())
    for m in _WORDED.finditer(text):
        if not free(*m.span()):
            continue
        year = int(m["year"]) if m["year"].isdigit() else words_to_int(m["year"])
        if year is None:
            continue
        month = _month(m["month"])
        days = list(_SINGLE_DAY.finditer(m["days"]))
        in_words = not m["year"].isdigit()
        parsed = [(d, _day_value(d["day"])) for d in days]
        if any(value is None for _, value in parsed):
            continue
        base = m.start("days")
        for i, (d, value) in enumerate(parsed):
            # The last day carries the month and year; the others only their own words.
            start = base + d.start()
            end = m.end() if i == len(parsed) - 1 else base + d.end()
            weekday = d["weekday"].strip() if d["weekday"] else None
            assert value is not None
            found.append(_mention(text, start, end, offset, value, month, year, weekday,
                                  in_words or not d["day"][:1].isdigit()))
        taken.append(m.span())
    for m in _NUMERIC.finditer(text):
        if not free(*m.span()):
            continue
        found.append(_mention(text, m.start(), m.end(), offset, int(m["d"]), int(m["m"]),
                              int(m["y"]), m["weekday"], False))
    found.sort(key=lambda d: d.span.start)
    return tuple(found)


def _mention(text: str, start: int, end: int, offset: int, day: int, month: int, year: int,
             weekday: str | None, in_words: bool) -> DateMention:
    try:
        value: dt.date | None = dt.date(year, month, day)
    except ValueError:
        value = None
    return DateMention(
        value=value, text=text[start:end], span=Span(offset + start, offset + end),
        in_words=in_words, weekday=weekday.lower() if weekday else None,
        day=day, month=month, year=year,
    )  # fmt: skip


def _month(word: str) -> int:
    return MONTHS[fold(word).rstrip(".")]


def _day_value(word: str) -> int | None:
    word = word.replace("<sup>er</sup>", "").strip()
    low = word.lower()
    if low == "premier":
        return 1
    digits = low.removesuffix("er")
    if digits.isdigit():
        return int(digits)
    return words_to_int(word)


# Wording that opens a period before a date, and what the date then is.
_START_CUES = re.compile(
    r"(?i:(?:à compter du|à partir du|à dater du|prend(?:ra)? effet (?:au|le|à compter du)"
    r"|entre(?:ra)? en vigueur (?:le|au)|effet au|du))\s*$"
)
_END_CUES = re.compile(r"(?i:jusqu['’]au|au)\s*$")
_LOOKBACK = 40


def find_periods(text: str, offset: int, dates: tuple[DateMention, ...]) -> tuple[Period, ...]:
    periods: list[Period] = []
    i = 0
    while i < len(dates):
        date = dates[i]
        local = date.span.start - offset
        before = text[max(0, local - _LOOKBACK) : local]
        start_cue = _START_CUES.search(before)
        following = dates[i + 1] if i + 1 < len(dates) else None
        between = text[date.span.end - offset : following.span.start - offset] if following else ""
        closes = following is not None and _END_CUES.fullmatch(between.strip()) is not None
        if start_cue:
            end = following if closes else None
            cue = start_cue.group().strip() + (" … " + between.strip() if closes else "")
            last = end or date
            periods.append(Period(date, end, cue, Span(offset + local - len(start_cue.group()),
                                                       last.span.end)))
            i += 2 if closes else 1
            continue
        end_cue = re.search(r"(?i:jusqu['’]au)\s*$", before)
        if end_cue:
            periods.append(Period(None, date, end_cue.group().strip(),
                                  Span(offset + local - len(end_cue.group()), date.span.end)))
        i += 1
    return tuple(periods)
