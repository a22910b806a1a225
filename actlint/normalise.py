"""Rebuild the text of an act as a reader sees it, one logical line per unit.

Every step keeps the character map of :class:`MappedText`, so any offset in the
result leads back to a line and column of the original file.
"""

from __future__ import annotations

import re
import unicodedata

from actlint.mapped import MappedText

_LINE_ENDINGS = re.compile(r"\r\n?|[\f\v\u2028\u2029\x85]")
_COMBINING_RUN = re.compile(r".[\u0300-\u036f\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]+", re.S)
_NON_ASCII = re.compile(r"[^\x00-\x7f]")

_SAME_WIDTH = str.maketrans(
    {
        **dict.fromkeys("\u00a0\u202f\u2007\u2009\u200a\u2002\u2003\u2004\u2005\u2006\u3000\t", " "),
        **dict.fromkeys("\u2019\u2018\u02bc\u2032\u00b4", "'"),
        **dict.fromkeys("\u2010\u2011", "-"),
    }
)
_INVISIBLE = re.compile(r"[\u00ad\u200b\u200c\u200d\u2060\ufeff]")

# Markdown and HTML left behind by PDF-to-text converters.
_HEADING_MARK = re.compile(r"^[ ]*#{1,6}[ ]+", re.M)
_EMPHASIS_MARK = re.compile(r"\*\*|__")
_LINE_BREAK_TAG = re.compile(r"<br\s*/?>", re.I)
_INLINE_TAG = re.compile(r"</?(?:sup|sub|b|i|u|strong|em|span|p)\b[^>\n]{0,40}>", re.I)
_ESCAPE = re.compile(r"\\(?=[\\`*_{}\[\]()#+\-.!|<>])")

# A citation cut after its hyphen (« L.2122- » / « 22 ») is glued back as written.
_CITATION_BREAK = re.compile(r"(?<=\d-)[ ]*\n[ ]*(?=\d)")
# A word cut by typographic hyphenation; compounds keep their hyphen.
_WORD_BREAK = re.compile(r"(?<=[a-zàâäçéèêëîïôöûùüÿœ])(\w*)-[ ]*\n[ ]*(?=[a-zàâäçéèêëîïôöûùüÿœ])")
_COMPOUND_PREFIXES = frozenset(
    "ci là peut vis c'est après avant sous sur vice non au semi demi anti extra "
    "contre entre inter mi porte quasi grand grande arrière belle beau".split()
)
_LINE_BREAK = re.compile(r"[ ]*\n(?:[ ]*\n)*[ ]*")

# Lines that open a unit are never glued onto the line before them.
_UNIT_START = re.compile(
    r"(?:[-–•][ ])?_?(?:VU|Vu)\b|(?:CONSID[EÉ\uFFFD]RANT|Consid[eé\uFFFD]rant)"
    r"|(?:ARTICLE|Article|Aticle|Art\.)[ ]?(?:\d|1er|ler|premier|PREMIER|unique)"
    r"|(?:D[EÉ]CIDE|ARR[EÊ]TE|D[EÉ]LIB[EÈ]RE)[ ]?:?[ ]*$|(?:Fait|FAIT) [àa] |En mairie"
    r"|qu(?:e |')|[-–•*+][ ]"
)
_SENTENCE_END = re.compile(r"[;:.!?]$")
_CONTINUATION_START = re.compile(r"[a-zàâäçéèêëîïôöûùüÿœ0-9(«\"'%€]")

# Keywords that start a unit inside a line flattened by OCR or a converter.
_FLATTENED_UNIT = re.compile(
    r"(?<=[;,.:!?»)])[ ]+(?="
    r"(?:VU|Vu)\b|(?:CONSID[EÉ]RANT|Consid[eé]rant)\b"
    r"|(?:ARR[EÊ]TE|D[EÉ]CIDE|D[EÉ]LIB[EÈ]RE)[ ]?:?[ ]+(?:ARTICLE|Article|Aticle|Art\.)[ ]?(?:\d|1er|ler|premier)"
    r")"
    r"|[ ]+(?="
    r"[-–•][ ]+_?(?:VU|Vu|MU[ ]l')"  # « - VU la demande », « - MU l'article » (OCR)
    r"|(?:ARTICLE|Article|Aticle|Art\.)[ ]?(?:\d+|1er|ler|premier|PREMIER)(?:er)?[ ]?[:.\-–]"
    r"|(?:Fait|FAIT)[ ](?:à|a)[ ][A-ZÉ]|En mairie,?[ ]le[ ]|Ainsi fait et délibéré"
    r"|[A-ZÉ][\w']*(?:-[\w']+)*,?[ ]le[ ]\d{1,2}(?:er)?[ ][a-zéû]+\.?[ ]\d{4},?[ ](?:Le|La|Pour|P\.O)[ ]"
    r")"
)
_SPACE_RUN = re.compile(r"[ ]{2,}")
_EDGE_SPACE = re.compile(r"^[ ]+|[ ]+$", re.M)
_BLANK_LINES = re.compile(r"\n{2,}|^\n+|\n+$")


def normalise(text: str) -> MappedText:
    """The logical lines of an act, mapped back to ``text``."""
    m = MappedText.identity(text)
    m = m.sub(_LINE_ENDINGS, "\n")
    m = _nfc(m)
    m = m.translate(_SAME_WIDTH).sub(_INVISIBLE, "")
    m = m.sub(_LINE_BREAK_TAG, "\n").sub(_INLINE_TAG, "").sub(_ESCAPE, "")
    m = m.sub(_HEADING_MARK, "").sub(_EMPHASIS_MARK, "")
    m = m.sub(_CITATION_BREAK, "").sub(_WORD_BREAK, _join_word)
    m = m.sub(_LINE_BREAK, _join_or_break)
    m = m.sub(_FLATTENED_UNIT, "\n")
    m = m.sub(_SPACE_RUN, " ").sub(_EDGE_SPACE, "").sub(_BLANK_LINES, _blank)
    return m


def _nfc(m: MappedText) -> MappedText:
    if unicodedata.is_normalized("NFC", m.text):
        return m
    m = m.sub(_COMBINING_RUN, lambda x: unicodedata.normalize("NFC", x.group()))
    if unicodedata.is_normalized("NFC", m.text):
        return m
    return m.sub(_NON_ASCII, lambda x: unicodedata.normalize("NFC", x.group()))


def _join_word(match: re.Match[str]) -> str:
    start = match.string.rfind(" ", 0, match.start()) + 1
    fragment = match.string[start : match.start() + len(match.group(1))].lower()
    head = fragment.rsplit("-", 1)[-1].lstrip("'(«\"")
    return match.group(1) + ("-" if head in _COMPOUND_PREFIXES else "")


def _join_or_break(match: re.Match[str]) -> str:
    """Glue a wrapped line onto the previous one, or keep the break."""
    text = match.string
    if match.group().count("\n") > 1:
        return "\n\n"
    before_start = text.rfind("\n", 0, match.start()) + 1
    before = text[before_start : match.start()]
    after_end = text.find("\n", match.end())
    after = text[match.end() : after_end if after_end >= 0 else len(text)]
    if not before or not after or _UNIT_START.match(after) or _SENTENCE_END.search(before):
        return "\n"
    hard_break = match.group().startswith("  ")
    if _CONTINUATION_START.match(after) or (hard_break and not before.endswith(",")):
        return " "
    return "\n"


def _blank(match: re.Match[str]) -> str:
    at_edge = match.start() == 0 or match.end() == len(match.string)
    return "" if at_edge else "\n"
