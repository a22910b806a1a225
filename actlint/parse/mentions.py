"""The mentions that record how an act became executory: « Certifié exécutoire »,
« Transmis en préfecture le … », « Reçu en préfecture le … », « Affiché le … »,
« Publié le … », « Mis en ligne le … », « Notifié le … », and the receipt the @CTES
platform prints on the act (« Réception par le préfet : 14/04/2025 », « Publication :
14/04/2025 »).

Each mention keeps its wording, its date when one follows it, and whether the date was
left blank (« Transmis le : …… », « Publié le : »). A wording that can also be the act's
own prose (« publié le 3 mars au BOAMP » in a visa) counts only where mentions are
written: opening a line, or in the run of a certification (« ACTE EXÉCUTOIRE Reçu par le
représentant de l'État le 01/12/2023 et publié le 01/12/2023 »); and never in a visa or a
considérant, which ``build`` leaves out.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence

from actlint.parse.act import DateMention, MentionKind, Span, TransmissionMention
from actlint.parse.entities.dates import find_dates
from actlint.text import LazyPattern, lower

_PREFECTURE = (
    r"(?:(?:en|[àa]\s+la|au|par\s+(?:la|le)|aux\s+services\s+de\s+la)\s+"
    r"(?:sous-)?pr[ée]fecture|(?:au|par\s+le)\s+(?:sous-)?pr[ée]fet"
    r"|(?:au|par\s+le)\s+repr[ée]sentant\s+de\s+l['’]\s?[ée]tat"
    r"|(?:au|en)\s+contr[ôo]le\s+de\s+l[ée]galit[ée])"
)
# Each wording, with whether it names its destination (then it is a mention wherever it
# stands) or may be the act's prose (then only where mentions are written).
_WORDINGS: tuple[tuple[MentionKind, str, bool], ...] = (
    ("certified", r"(?:accus[ée]\s+)?certifi[ée]e?\s+ex[ée]cutoire|(?-i:\bACTE\s+EX[ÉE]CUTOIRE)"
                  r"|\bcertifie\s+sous\s+sa\s+responsabilit[ée]\s+le\s+caract[èe]re\s+"
                  r"ex[ée]cutoire(?:\s+(?:de\s+cet\s+acte|de\s+la\s+pr[ée]sente\s+\w+"
                  r"|du\s+pr[ée]sent\s+\w+|de\s+l['’]\s?acte))?", True),
    ("certified", r"\bacte\s+ex[ée]cutoire", False),
    ("transmitted", r"\b(?:t[ée]l[ée])?transmise?s?\s+" + _PREFECTURE
                    + r"|\btransmission\s+" + _PREFECTURE, True),
    ("transmitted", r"\b(?:t[ée]l[ée])?transmise?s?|\bdate\s+de\s+(?:t[ée]l[ée])?transmission",
     False),
    ("received", r"\bre[çc]ue?s?\s+" + _PREFECTURE + r"|(?:r[ée])?ception\s+par\s+le\s+pr[ée]fet"
                 r"|\br[ée]ception\s+" + _PREFECTURE, True),
    ("received", r"\bre[çc]ue?s?|\bdate\s+de\s+r[ée]ception", False),
    ("posted", r"\baffich[ée]e?s?(?:\s+en\s+mairie)?|\bdate\s+d['’]\s?affichage|\baffichage",
     False),
    ("published", r"\bpubli[ée]e?s?(?:\s+sur\s+le\s+site\s+(?:internet\s+)?de\s+la\s+"
                  r"(?:commune|ville|mairie))?|\bdate\s+de\s+publication|\bpublication", False),
    ("online", r"\bmise?s?\s+en\s+ligne(?:\s+sur\s+le\s+site\s+(?:internet\s+)?de\s+la\s+"
               r"(?:commune|ville|mairie))?", False),
    ("notified", r"\bnotifi[ée]e?s?(?:\s+(?:à\s+l['’]\s?int[ée]ress[ée]e?|aux\s+int[ée]ress[ée]e?s))?"
                 r"|\bdate\s+de\s+notification", False),
)  # fmt: skip
_PATTERNS = tuple(
    (kind, LazyPattern(rf"(?i:(?:{w})(?![\w-]))"), named) for kind, w, named in _WORDINGS
)
# The words a mention cannot do without, and how far before and after them its wording runs.
_HINTS = ("cutoire", "transmis", "ception", "recu", "reçu", "affich", "publié", "publie",
          "publication", "en ligne", "notifi")  # fmt: skip
_BEFORE, _AFTER = 80, 120
# What links a wording to its date: « le », « le : », « : », « en date du », « à la date
# du »; OCR may turn the colon into « ! ».
_LINK = LazyPattern(r"[ \t]*(?:(?:le|en\s+date\s+du|à\s+la\s+date\s+du|du)\b[ \t]*)?[:!]?[ \t]*",
                   re.I)  # fmt: skip
# A date left blank: dots, ellipses, underscores, slashes between them, or nothing at all
# before the line ends or the next mention opens.
_BLANK = LazyPattern(r"(?:[.…_/\- \t]*[.…_][.…_/\- \t]*)(?=\n|$|[A-Za-zÀ-ÿ])|[ \t]*(?=\n|$)")
_DATED_SLOT = LazyPattern(r"(?i:\b(?:le|du)\b)")
_LINE_START = LazyPattern(r"(?:^|\n)[ \t>*#|\-–•\[]*(?:\*\*)?[ \t]*$")
_REACH = 240  # characters after a certification over which its other mentions run
_CHAIN = 60  # characters between two mentions of one run (« … le 01/12/2023 et publié le »)


def find_mentions(
    text: str, prose: Sequence[Span] = (), articles: Sequence[Span] = (), skip: Sequence[Span] = ()
) -> tuple[TransmissionMention, ...]:
    """Every mention of the act's certification, transmission, publication or
    notification in ``text``, in order. ``text`` is the act's logical text before the
    @CTES receipt is blanked out of it (offsets are the same). Nothing is read in
    ``prose`` (visas, considérants: « la demande transmise en préfecture le … »); in
    ``articles`` only a mention opening its line or in a certification's run; ``skip``
    holds what the stamp reader already read (« Date de télétransmission : … »)."""
    hits: list[tuple[int, int, MentionKind, bool]] = []
    for lo, hi in _windows(lower(text)):
        for kind, pattern, named in _PATTERNS:
            for m in pattern.finditer(text, lo, hi):
                hits.append((m.start(), m.end(), kind, named))
    hits.sort(key=lambda h: (h[0], -(h[1] - h[0])))
    found: list[TransmissionMention] = []
    taken_until = -1
    run_until = -1  # the end of the current run of mentions (a certification and its dates)
    for start, end, kind, named in hits:
        if start < taken_until or _within(start, prose):
            continue
        in_run = start <= run_until
        opens_line = bool(_LINE_START.search(text, max(0, start - 40), start))
        if not (named or in_run or opens_line):
            continue
        if not (in_run or opens_line) and _within(start, articles):
            continue
        mention = _read(text, start, end, kind)
        if mention is None or any(_overlaps(mention.span, s) for s in skip):
            continue
        found.append(mention)
        taken_until = mention.span.end
        if kind == "certified":
            run_until = max(run_until, mention.span.end + _REACH)
        elif in_run:
            run_until = max(run_until, mention.span.end + _CHAIN)
    return tuple(found)


def _windows(lowered: str) -> list[tuple[int, int]]:
    """Where mentions may stand: around the words they cannot do without, found by plain
    search (a regular expression over a long act costs seconds), merged."""
    found = sorted(at for hint in _HINTS for at in _occurrences(lowered, hint))
    windows: list[tuple[int, int]] = []
    for at in found:
        lo, hi = max(0, at - _BEFORE), min(len(lowered), at + _AFTER)
        if windows and lo <= windows[-1][1]:
            windows[-1] = (windows[-1][0], max(windows[-1][1], hi))
        else:
            windows.append((lo, hi))
    return windows


def _occurrences(text: str, word: str) -> Iterator[int]:
    at = text.find(word)
    while at >= 0:
        yield at
        at = text.find(word, at + 1)


def _within(at: int, spans: Sequence[Span]) -> bool:
    return any(s.start <= at < s.end for s in spans)


def _overlaps(a: Span, b: Span) -> bool:
    return a.start < b.end and b.start < a.end


def _read(text: str, start: int, end: int, kind: MentionKind) -> TransmissionMention | None:
    """The mention whose wording is ``text[start:end]``: with the date that follows it,
    or blank, or (a certification) standing alone; None when the words are prose."""
    wording = text[start:end]
    link = _LINK.match(text, end)
    after = link.end() if link else end
    linked = text[end:after].strip() != ""
    date = _date_at(text, after)
    if date is None and linked and _line_end(text, after):
        line_end = text.find("\n", after)
        if line_end >= 0:
            date = _date_at(text, line_end + 1)  # the date on the next line (OCR, tables)
    if date is not None and (linked or kind == "certified" or date.span.start == after):
        return TransmissionMention(kind=kind, wording=wording, span=Span(start, date.span.end),
                                   date=date, blank=False)  # fmt: skip
    if linked:
        blank = _BLANK.match(text, after)
        # Nothing before the line ends is a blank after « le » or a label « Date de … : »;
        # after a noun and a colon (« Publication : ») it is a heading, its text below.
        dated_slot = bool(_DATED_SLOT.search(text[end:after])) or wording.lower().startswith("date")
        if blank is not None and (blank.end() > after or (dated_slot and _line_end(text, after))):
            return TransmissionMention(kind=kind, wording=wording,
                                       span=Span(start, max(blank.end(), after)),
                                       date=None, blank=True)  # fmt: skip
    if kind == "certified":
        return TransmissionMention(kind=kind, wording=wording, span=Span(start, end),
                                   date=None, blank=False)  # fmt: skip
    return None


def _line_end(text: str, at: int) -> bool:
    end = text.find("\n", at)
    return text[at : len(text) if end < 0 else end].strip() == ""


def _date_at(text: str, at: int) -> DateMention | None:
    """The date written right at ``at`` (after spaces), with spans into ``text``."""
    window = text[at : at + 40]
    stripped = len(window) - len(window.lstrip(" \t"))
    for d in find_dates(window):
        if d.span.start == stripped:
            return DateMention(value=d.value, text=d.text, span=Span(at + d.span.start, at + d.span.end),
                               in_words=d.in_words, weekday=d.weekday, day=d.day, month=d.month,
                               year=d.year)  # fmt: skip
        break
    return None
