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
from actlint.text import LazyPattern

_IDENTIFIER = LazyPattern(
    r"\b(?:\d{2,3}|0?2[AB])-\d{9}-(?P<date>\d{8})-(?P<number>[A-Za-z0-9_][A-Za-z0-9_ \-]{0,13}?)"
    r"-(?P<nature>DE|AR|AI|AU|CC|BF)\b"
)
_DATE = r"(?P<d>\d{1,2})\s?/\s?(?P<m>\d{1,2})\s?/\s?(?P<y>\d{4})"
_HEAD = LazyPattern(
    r"accus[ée]\s+(?:de\s+)?r[ée]ception\s+(?:en\s+)?pr[ée]fecture"
    r"|accus[ée]\s+de\s+r[ée]ception\s*-\s*minist[èée]re\s+de\s+l'int[ée]rieur",
    re.I,
)
_SENT = LazyPattern(r"date\s+de\s+t[ée]l[ée]transmission\s*:?\s*" + _DATE, re.I)
_RECEIVED = LazyPattern(r"date\s+de\s+r[ée]ception\s+(?:en\s+)?pr[ée]fecture\s*:?\s*" + _DATE, re.I)
_LABEL = LazyPattern(r"\bID\s*:\s*$")
_REACH = 300  # characters around the identifier where the rest of the stamp is looked for
# The wordings of the receipt the platform prints on every page of a transmitted act
# (« Accusé certifié exécutoire », « Réception par le préfet : 14/04/2025 », « Pour
# l'autorité compétente par délégation »): none is the act's, wherever OCR put them.
_RECEIPT_WORDING = LazyPattern(
    r"accus[ée]\s+de\s+r[ée]ception\s*-\s*minist[èée]re\s+de\s+l'int[ée]rieur"
    r"|accus[ée]\s+certifi[ée]\s+ex[ée]cutoire"
    r"|(?:r[ée])?ception\s+par\s+le\s+pr[ée]fet\s*[:!]?\s*\d{1,2}/\d{1,2}/\d{4}"  # OCR eats « Ré »
    r"|(?<!\w)(?<!de )(?<!la )publication\s*:\s*\d{1,2}/\d{1,2}/\d{4}"
    r"|pour\s+l'autorit[ée]\s+comp[ée]tente(?:\s+par\s+d[ée]l[ée]gation)?",
    re.I,
)
_RECEIPT_NEEDLES = ("ccus", "CCUS", "utorit", "UTORIT", "ception par", "CEPTION PAR")


_NATURES = ("-DE", "-AR", "-AI", "-AU", "-CC", "-BF")


def find_stamp(text: str) -> tuple[Stamp | None, str]:
    """The stamp in a logical text, and the text with the stamp blanked out."""
    stamp, blanked = _find_identified_stamp(text)
    if any(needle in text for needle in _RECEIPT_NEEDLES):
        receipt = [_with_brackets(text, m) for m in _RECEIPT_WORDING.finditer(text)]
        if stamp is not None or receipt:
            receipt.extend(_with_brackets(text, m) for m in _IDENTIFIER.finditer(text))
        blanked = _blank(blanked, receipt)
    return stamp, blanked


def _find_identified_stamp(text: str) -> tuple[Stamp | None, str]:
    """The stamp around the first identifier, and the text with it blanked out."""
    if not any(nature in text for nature in _NATURES):
        return None, text  # a quick look first: most acts carry no stamp
    found = _IDENTIFIER.search(text)
    if found is None:
        return None, text
    window = Span(max(0, found.start() - _REACH), min(len(text), found.end() + _REACH))
    pieces = [Span(found.start(), found.end())]
    # OCR may set the receipt's heading after its identifier (column order lost)
    head = _last(_HEAD, text, window.start, found.start()) or _HEAD.search(
        text, found.end(), window.end
    )
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
    return stamp, _blank(text, pieces)


def _with_brackets(text: str, m: re.Match[str]) -> Span:
    """The span of a receipt wording with the bracket OCR left on either side of it
    (« [02B-…-DE », « Réception par le préfet ! 14/04/2025] »): blanked together."""
    start = m.start() - 1 if m.start() and text[m.start() - 1] in "[({" else m.start()
    end = m.end() + 1 if m.end() < len(text) and text[m.end()] in "])}" else m.end()
    return Span(start, end)


def _blank(text: str, pieces: list[Span]) -> str:
    """``text`` with spaces over ``pieces``, line ends kept: every offset stays."""
    if not pieces:
        return text
    out, last = [], 0
    for piece in sorted(pieces):
        start = max(piece.start, last)
        out.append(text[last:start])
        out.append("".join(c if c == "\n" else " " for c in text[start : piece.end]))
        last = max(last, piece.end)
    out.append(text[last:])
    return "".join(out)


def _last(pattern: LazyPattern, text: str, start: int, end: int) -> re.Match[str] | None:
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
