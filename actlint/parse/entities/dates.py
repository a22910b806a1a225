"""French dates: « 1er janvier 2026 », « 31 Mars 2026 », « 11/05/2026 », « 21 DEC. 2017 »,
« les 29 et 30 novembre 2018 », « l'an deux mille vingt-six, le premier juillet »,
« seize novembre deux mille dix-huit »; and the periods they bound."""

from __future__ import annotations

import bisect
import datetime as dt
import re

from actlint.parse.act import DateMention, Period, Span, UnreadableYear
from actlint.parse.entities.numbers import NUMBER_WORDS, words_to_int
from actlint.parse.entities.scan import fold, hits, windows
from actlint.text import LazyPattern

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

_MONTH = (
    r"(?P<month>(?i:janvier|janv\.?|f[ée]vrier|f[ée]vr?\.|mars|avril|avr\.|mai|juin|juillet|juil\.?"
    r"|ao[uû]t|septembre|sept?\.|octobre|oct\.|novembre|nov\.|d[ée]cembre|d[ée]c\.))(?![\w])"
)
_WEEKDAY = r"(?i:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)"
# « 2 6 DEC. 2012 »: OCR splits a two-digit day into two digits; read first, as one day.
_SPLIT_DAY = r"[0-3] \d(?!\d)"
_DAY = rf"(?:{_SPLIT_DAY}|\d{{1,2}}(?:er|ER)?|1<sup>er</sup>|(?i:premier)|(?i:{NUMBER_WORDS}))"
_YEAR = rf"(?P<year>\d{{4}}(?![\d/])|(?i:{NUMBER_WORDS}))"
# « les 7 et 19 décembre 2017 », « Les jeudi 29 et vendredi 30 novembre 2018 »
_DAYS = rf"(?P<days>(?:{_WEEKDAY}\s+)?{_DAY}(?:\s*(?:,|et)\s+(?:{_WEEKDAY}\s+)?{_DAY})*)"
_WORDED = LazyPattern(rf"(?<![\w/.,-]){_DAYS}\s+{_MONTH}\s+{_YEAR}")
_NUMERIC = LazyPattern(r"(?P<d>\d{1,2})(?P<sep>[/.])(?P<m>\d{1,2})(?P=sep)(?P<y>\d{4})(?![\w/])")
_NOT_BEFORE_NUMERIC = frozenset("/.,-_") | frozenset("0123456789")
_WEEKDAY_BEFORE = LazyPattern(rf"(?P<weekday>{_WEEKDAY})\s+$")
# « l'an deux mille vingt-six, le premier juillet » (deliberation software)
_YEAR_FIRST = LazyPattern(
    rf"(?i:l['’]an)\s+(?P<yearw>{NUMBER_WORDS})\s*,?\s+(?i:le)\s+(?:(?P<weekday>{_WEEKDAY})\s+)?"
    rf"(?P<day>{_DAY})\s+{_MONTH}(?:\s+(?P<year>\d{{4}})(?![\d/]))?"
)
_SPLIT_DAY_RE = LazyPattern(_SPLIT_DAY)
_SINGLE_DAY = LazyPattern(rf"(?P<weekday>{_WEEKDAY}\s+)?(?P<day>{_DAY})")


_MONTH_STEMS = ("janv", "fev", "mars", "avr", "mai", "juin", "juil", "aout", "sept", "oct", "nov",
                "dec")  # fmt: skip
# How far a day list may reach before its month, and a year in words after it.
_BEFORE_MONTH, _AFTER_MONTH = 60, 60
_LETTERS = LazyPattern(r"[a-z]+")


def month_hits(folded: str) -> list[int]:
    """Where a month name (« mars », « déc. ») starts; not « maire » nor « décide »."""
    found = []
    for position in hits(folded, _MONTH_STEMS):
        word = _LETTERS.match(folded, position)
        if word and word.group() in MONTHS:
            found.append(position)
    return found


def _numeric_hits(text: str) -> list[int]:
    """Where a separator stands between digits, as in « 11/05/2026 » or « 01.07.2020 »."""
    found = []
    for separator in "/.":
        i = text.find(separator, 1)
        while i >= 0:
            if text[i - 1].isdigit() and text[i + 1 : i + 2].isdigit():
                found.append(i)
            i = text.find(separator, i + 1)
    return sorted(found)


def find_dates(
    text: str, offset: int = 0, folded: str | None = None, months: list[int] | None = None
) -> tuple[DateMention, ...]:
    """Every date written in ``text``, in order; ``folded`` is ``scan.fold(text)`` and
    ``months`` is ``month_hits(folded)``, when known."""
    folded = folded if folded is not None else fold(text)
    months = months if months is not None else month_hits(folded)
    found: list[DateMention] = []
    taken: list[tuple[int, int]] = []  # spans already read as dates, sorted

    def free(start: int, end: int) -> bool:
        i = bisect.bisect_left(taken, (start, end))
        before_ok = i == 0 or taken[i - 1][1] <= start
        after_ok = i == len(taken) or taken[i][0] >= end
        return before_ok and after_ok

    month_windows = windows(months, _BEFORE_MONTH, _AFTER_MONTH, len(text))
    if "l'an" in folded or "l’an" in folded:
        for window in month_windows:
            for m in _YEAR_FIRST.finditer(text, *window):
                year = int(m["year"]) if m["year"] else words_to_int(m["yearw"])
                day = _day_value(m["day"])
                if year is None or day is None:
                    continue
                found.append(
                    _mention(
                        text,
                        m.start(),
                        m.end(),
                        offset,
                        day,
                        _month(m["month"]),
                        year,
                        m["weekday"],
                        True,
                    )
                )
                bisect.insort(taken, m.span())
    for window in month_windows:
        for m in _WORDED.finditer(text, *window):
            if free(*m.span()):
                found.extend(_worded(text, m, offset))
                bisect.insort(taken, m.span())
    numeric = windows(_numeric_hits(text), 3, 12, len(text))
    for m in (m for window in numeric for m in _NUMERIC.finditer(text, *window)):
        if (m.start() and text[m.start() - 1] in _NOT_BEFORE_NUMERIC) or not free(*m.span()):
            continue
        weekday = _WEEKDAY_BEFORE.search(text, max(0, m.start() - 12), m.start())
        start = weekday.start() if weekday else m.start()
        found.append(
            _mention(
                text,
                start,
                m.end(),
                offset,
                int(m["d"]),
                int(m["m"]),
                int(m["y"]),
                weekday["weekday"] if weekday else None,
                False,
            )
        )
    found.sort(key=lambda d: d.span.start)
    return tuple(found)


_DAMAGED_YEAR = LazyPattern(
    rf"(?:\d{{1,2}}(?:er)?|premier)\s+{_MONTH}\s+(?P<year>[12][0-9OoIlS]{{3}})(?![\w])"
)


def find_unreadable_years(text: str, months: list[int]) -> tuple[UnreadableYear, ...]:
    """Years that OCR damaged after a day and a month (« 12 mai 2O26 »); ``months`` are
    the positions of month names (``month_hits``)."""
    found = []
    for window in windows(months, 8, 24, len(text)):
        for m in _DAMAGED_YEAR.finditer(text, *window):
            if not m["year"].isdigit():
                found.append(UnreadableYear(m["year"], Span(m.start("year"), m.end("year"))))
    return tuple(found)


def _worded(text: str, m: re.Match[str], offset: int) -> list[DateMention]:
    """One mention per day of « les 7 et 19 décembre 2017 »."""
    year = int(m["year"]) if m["year"].isdigit() else words_to_int(m["year"])
    days = [(d, _day_value(d["day"])) for d in _SINGLE_DAY.finditer(m["days"])]
    if year is None or any(value is None for _, value in days):
        return []
    if any(" " in d["day"] and not _exists(year, _month(m["month"]), v) for d, v in days):
        return []  # « 3 5 mars »: digits OCR split, and joined they make no day: no date
    month = _month(m["month"])
    in_words = not m["year"].isdigit()
    base = m.start("days")
    mentions = []
    for i, (d, value) in enumerate(days):
        # The last day carries the month and year; the others only their own words.
        end = m.end() if i == len(days) - 1 else base + d.end()
        weekday = d["weekday"].strip() if d["weekday"] else None
        mentions.append(
            _mention(
                text,
                base + d.start(),
                end,
                offset,
                value or 0,
                month,
                year,
                weekday,
                in_words or not d["day"][:1].isdigit(),
            )
        )
    return mentions


def _mention(
    text: str,
    start: int,
    end: int,
    offset: int,
    day: int,
    month: int,
    year: int,
    weekday: str | None,
    in_words: bool,
) -> DateMention:
    try:
        value: dt.date | None = dt.date(year, month, day)
    except ValueError:
        value = None
    return DateMention(
        value=value, text=text[start:end], span=Span(offset + start, offset + end),
        in_words=in_words, weekday=weekday.lower() if weekday else None,
        day=day, month=month, year=year,
    )  # fmt: skip


def _exists(year: int, month: int, day: int | None) -> bool:
    try:
        dt.date(year, month, day or 0)
    except ValueError:
        return False
    return True


def _month(word: str) -> int:
    return MONTHS[fold(word).rstrip(".")]


def _day_value(word: str) -> int | None:
    word = word.replace("<sup>er</sup>", "").strip()
    if _SPLIT_DAY_RE.fullmatch(word):
        return int(word.replace(" ", ""))
    low = word.lower()
    if low == "premier":
        return 1
    digits = low.removesuffix("er")
    if digits.isdigit():
        return int(digits)
    return words_to_int(word)


# Wording that opens a period before a date, and what the date then is.
_START_CUES = LazyPattern(
    r"(?i:(?:à compter du|à partir du|à dater du|prend(?:ra)? effet (?:au|le|à compter du)"
    r"|entre(?:ra)? en vigueur (?:le|au)|effet au|du))\s*$"
)
_END_CUES = LazyPattern(r"(?i:jusqu['’]au|au)\s*$")
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
            periods.append(
                Period(date, end, cue, Span(offset + local - len(start_cue.group()), last.span.end))
            )
            i += 2 if closes else 1
            continue
        end_cue = re.search(r"(?i:jusqu['’]au)\s*$", before)
        if end_cue:
            periods.append(
                Period(
                    None,
                    date,
                    end_cue.group().strip(),
                    Span(offset + local - len(end_cue.group()), date.span.end),
                )
            )
        i += 1
    return tuple(periods)
