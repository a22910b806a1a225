"""The @CTES acknowledgement stamp (« Accusé de réception en préfecture »): found, read as
metadata, and blanked out of the text the grammar sees.

The stamp is added by the transmission platform, often over the first page. Its lines
are not the act's: left in, their dates would count as the act's dates. Blanking them
with spaces keeps every offset, so findings can still point into the stamp.
"""

from __future__ import annotations

import datetime as dt
import re

from actlint.parse.act import DateMention, Span, Stamp

_IDENTIFIER = re.compile(
    r"\b(?:\d{2,3}|2[AB])-\d{9}-(?P<date>\d{8})-(?P<number>[A-Za-z0-9_][A-Za-z0-9_ \-]{0,13}?)"
    r"-(?P<nature>DE|AR|AI|AU|CC|BF)\b"
)
_DATE = r"(?P<d>\d{1,2})\s?/\s?(?P<m>\d{1,2})\s?/\s?(?P<y>\d{4})"
_HEAD = re.compile(r"accus[ée]\s+(?:de\s+)?r[ée]ception\s+(?:en\s+)?pr[ée]fecture", re.I)
_SENT = re.compile(r"date\s+de\s+t[ée]l[ée]transmission\s*:?\s*" + _DATE, re.I)
_RECEIVED = re.compile(r"date\s+de\s+r[ée]ception\s+(?:en\s+)?pr[ée]fecture\s*:?\s*" + _DATE, re.I)
_LABEL = re.compile(r"\bID\s*:\s*$")
_REACH = 300  # characters around the identifier where the rest of the stamp is looked for


_NATURES = ("-DE", "-AR", "-AI", "-AU", "-CC", "-BF")


def find_stamp(text: str) -> tuple[Stamp | None, str]:
    """The stamp in a logical text, and the text with the stamp blanked out."""
    if not any(nature in text for nature in _NATURES):
        return None, text  # a quick look first: most acts carry no stamp
    found = _IDENTIFIER.search(text)
    if found is None:
        return None, text
    window = Span(max(0, found.start() - _REACH), min(len(text), found.end() + _REACH))
    pieces = [Span(found.start(), found.end())]
    head = _last(_HEAD, text, window.start, found.start())
    label = _LABEL.search(text, max(0, found.start() - 8), found.start())
    for extra in (head, label):
        if extra is not None:
            pieces.append(Span(extra.start(), extra.end()))
    sent = _SENT.search(text, window.start, window.end)
    received = _RECEIVED.search(text, window.start, window.end)
    if head is None and sent is None and received is None:
        return None, text  # an identifier alone (in a file name, a visa) is not a stamp
    stamp = Stamp(
        identifier=found[0], span=Span(found.start(), found.end()),
        number=found["number"], decided=_date(found["date"][6:], found["date"][4:6], found["date"][:4]),
        nature=found["nature"], sent=_mention(sent), received=_mention(received),
    )  # fmt: skip
    for m in (sent, received):
        if m is not None:
            pieces.append(Span(m.start(), m.end()))
    chars = list(text)
    for piece in pieces:
        for i in range(piece.start, piece.end):
            if chars[i] != "\n":
                chars[i] = " "
    return stamp, "".join(chars)


def _last(pattern: re.Pattern[str], text: str, start: int, end: int) -> re.Match[str] | None:
    found = None
    for m in pattern.finditer(text, start, end):
        found = m
    return found


def _date(day: str, month: str, year: str) -> dt.date | None:
    try:
        return dt.date(int(year), int(month), int(day))
    except ValueError:
        return None


def _mention(m: re.Match[str] | None) -> DateMention | None:
    if m is None:
        return None
    start = m.start("d")
    return DateMention(value=_date(m["d"], m["m"], m["y"]), text=m.string[start : m.end()],
                       span=Span(start, m.end()), day=int(m["d"]), month=int(m["m"]),
                       year=int(m["y"]))  # fmt: skip
