"""Rebuild the text of an act as a reader sees it, one logical line per unit.

Every step keeps the character map of :class:`MappedText`, so any offset in the
result leads back to a line and column of the original file.
"""

from __future__ import annotations

import html
import re
import unicodedata
from itertools import pairwise

from actlint.read.mapped import MappedText
from actlint.text import LazyPattern
from actlint.vocabulary import (
    ARTICLE,
    ARTICLE_FIRST,
    ARTICLE_LABELS,
    AT,
    COMMON_ENACTING,
    IN_TOWN_HALL,
    MADE,
    RECITAL,
    RECITAL_ITEM,
    SIGNED_OTHERWISE,
    VISA,
    VISA_OCR,
    Case,
    article_label,
    beginnings,
    literal,
    pattern,
    spellings,
)

_OTHER_LINE_ENDS = "\r\f\v\u2028\u2029\x85"
_LINE_ENDINGS = LazyPattern(r"\r\n?|[\f\v\u2028\u2029\x85]")
_COMBINING_RUN = LazyPattern(r".[\u0300-\u036f\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]+", re.S)
_NON_ASCII = LazyPattern(r"[^\x00-\x7f]")

_SAME_WIDTH = {
    **dict.fromkeys("\u00a0\u202f\u2007\u2009\u200a\u2002\u2003\u2004\u2005\u2006\u3000\t", " "),
    **dict.fromkeys("\u2019\u2018\u02bc\u2032\u00b4", "'"),
    **dict.fromkeys("\u2010\u2011", "-"),
}
_INVISIBLE_CHARS = "\u00ad\u200b\u200c\u200d\u2060\ufeff"
_INVISIBLE = LazyPattern(f"[{_INVISIBLE_CHARS}]")

# Markdown and HTML left behind by PDF-to-text converters; each pass runs only when
# the character it looks for is in the text at all.
_MARKUP = (
    ("<", LazyPattern(r"<br\s*/?>", re.I), "\n"),
    (
        "<",
        LazyPattern(
            r"</?(?:sup|sub|b|i|u|s|strong|em|span|p|font|small|big|mark|a|div|center)\b[^>\n]{0,80}>",
            re.I,
        ),
        "",
    ),
    ("\\", LazyPattern(r"\\(?=[\\`*_{}\[\]()#+\-.!|<>])"), ""),
    ("#", LazyPattern(r"#{1,6}[ ]+"), ""),  # headings only: see _heading_mark
    ("**", LazyPattern(r"\*\*"), ""),
    ("__", LazyPattern(r"__"), ""),
)

# Images inlined by OCR converters: « ![img-0.jpeg](data:image/jpeg;base64,/9j/…) ».
_IMAGE = LazyPattern(r"!\[[^\]\n]{0,200}\]\((?:data:[^)\s]*|[^)\s]{0,200})\)")
# HTML entities: « &amp; », « &nbsp; », « &#39; », « &#x2019; ».
_ENTITY = LazyPattern(r"&(?:[A-Za-z]{2,8}[0-9]?|#[0-9]{1,6}|#[xX][0-9A-Fa-f]{1,5});")

# LaTeX fragments of OCR'd PDFs: « $1^{\text {er }}$ », « $n^{\circ} 98-817$ », « $>$ ».
# A fragment opens with « $ » before a non-blank and closes with « $ » after one.
_MATH = LazyPattern(r"\$(?=[^\s$])[^$\n]{0,400}?(?<=[^\s$])\$")
# Inside a fragment: the markup to drop or to write as the character it prints. The
# letters and digits it shows are kept where they are, so positions stay exact.
_MATH_SYMBOLS = {
    "circ": "°", "checkmark": "✓", "square": "☐", "leq": "≤", "geq": "≥", "le": "≤",
    "ge": "≥", "times": "×", "cdot": "·", "div": "÷", "mu": "µ", "pm": "±", "Sigma": "Σ",
    "infty": "∞", "approx": "≈", "neq": "≠", "quad": " ", "qquad": " ", "degree": "°",
}  # fmt: skip
_MATH_TOKEN = LazyPattern(
    r"\^\s*\{\s*\\circ\s*\}|\^\s*\\circ\b"  # a degree or « n° » sign
    r"|\\(?:begin|end)\s*\{[A-Za-z*]+\}"  # environments: « \begin{aligned} »
    r"|\\(?:text|mathrm|mathbf|mathit|mathsf|mathtt|operatorname|underline|boldsymbol|textbf)"
    r"\s*\{"  # a command whose argument is text: its brace closes below
    r"|\\(?P<symbol>[A-Za-z]+)\b\s?"
    r"|\\[,;:! ]|\\\\|\\(?P<escaped>[%&$#_{}])"
    r"|(?P<power>\^\s*\{(?=-?\d))"  # « 10^{5} »: a power, unlike « 1^{er} »
    r"|\{\s*\}|[{}^_]|~|&"
)
# OCR spaces out the letters of math text: « $\underline{V u}$ », « $U B D E O$ ».
_MATH_SPACED_LETTER = LazyPattern(r"(?<=(?<![\w\\])[A-Za-z])[ ](?=[A-Za-z](?!\w))")

# Page furniture of OCR'd PDFs alone on its line: « 6/7 », « Page 2/5 », « - 3 - ».
# Each line is looked for after its line end, a literal: far quicker than « ^ » and re.M.
_PAGE_NUMBER = LazyPattern(
    r"\n(?P<line>[ ]*(?:(?i:page)[ ]*(?P<page>\d{1,3})(?:[ ]*(?:/|(?i:sur))[ ]*(?P<of>\d{1,3}))?"
    r"|(?P<n>\d{1,3})[ ]?/[ ]?(?P<total>\d{1,3})|[-–][ ]?\d{1,3}[ ]?[-–])[ ]*)(?=\n|$)"
)

# OCR reads a lower-case « l » as a capital « I » or a « 1 »: « Pour Ie Maire »,
# « 1'article », « Ia délibération ». Only where no French word could stand: before an
# apostrophe and a letter, or as the article « le », « la », « les ».
_OCR_ELL = LazyPattern(
    # the letter first, then what stands before it: a scan for the letter is quick
    r"[I1](?<![\w'][I1])"
    r"(?:(?='[a-zàâäéèêëîïôöûùüœh])|(?<=I)(?=(?:e|a|es)[ ](?:[a-zàâäéèêëîïôöûùüœ]|[A-ZÉ][a-zé])))"
)
# Damaged exports (accented letters lost as U+FFFD) also lose the apostrophe as « ? »:
# « l?H\ufffdtel ». A lone damaged letter between blanks can only be « à ».
_DAMAGED_APOSTROPHE = LazyPattern(r"(?:(?<=\b[cdjlmnstCDJLMNST])|(?<=\b[qQ]u))\?(?=[A-Za-z\ufffd])")
_DAMAGED_A = LazyPattern(r"(?<=[ \n])\ufffd(?=[ \n])")

# A hyphen at the end of a line: a cut citation (« L.2122- » / « 22 ») is glued back
# as written; a word cut by typographic hyphenation loses its hyphen, unless it is a
# compound (« ci-après »).
_LOWER = "abcdefghijklmnopqrstuvwxyzàâäçéèêëîïôöûùüÿœ"
_COMPOUND_PREFIXES = frozenset(
    [
        "ci",
        "là",
        "peut",
        "vis",
        "c'est",
        "après",
        "avant",
        "sous",
        "sur",
        "vice",
        "non",
        "au",
        "semi",
        "demi",
        "anti",
        "extra",
        "contre",
        "entre",
        "inter",
        "mi",
        "porte",
        "quasi",
        "grand",
        "grande",
        "arrière",
        "belle",
        "beau",
    ]
)

_CAPITALISED: tuple[Case, ...] = ("upper", "capitalised")
# In running text a lower-case « vu » is more often a participle than a visa.
_VISA = pattern(VISA, _CAPITALISED)
_ARTICLE = pattern(ARTICLE)
_ENACTING = pattern(COMMON_ENACTING, ("upper",), undamaged=True)
_MADE_AT = rf"{pattern((MADE,))}[ ]{pattern(AT, ('lower',))}[ ]"
# The labels the normaliser knows are narrower than the grammar's; widening them would
# change how existing acts read.
_GLUED_LABELS = tuple(label for label in ARTICLE_LABELS if label != "UNIQUE")
_FLATTENED_LABELS = ARTICLE_FIRST
_AFTER_ENACTING_LABELS = tuple(label for label in ARTICLE_FIRST if label != "PREMIER")
# Signature openings without « à »; inside a flattened line only the longer ones, « Fait
# le » being too common a start of prose to split at.
_SIGNED_OTHERWISE = literal(SIGNED_OTHERWISE)
_FLATTENED_SIGNED = tuple(s for s in SIGNED_OTHERWISE if len(s) > len("Fait, le"))

# Lines that open a unit are never glued onto the line before them. Typographic
# apostrophes are plain by then: the vocabulary's « qu’ » spellings never meet one here.
_UNIT_START = LazyPattern(
    rf"(?:(?:[-–•][ ])?_?{_VISA}\b|{pattern(RECITAL)}"
    rf"|{_ARTICLE}[ ]?{article_label(_GLUED_LABELS)}"
    rf"|{_ENACTING}[ ]?:?[ ]*(?=\n|$)|{_MADE_AT}|{literal((IN_TOWN_HALL,))}|{_SIGNED_OTHERWISE}"
    rf"|{literal(RECITAL_ITEM)}|[-–•*+][ ])"
)
_SENTENCE_END = frozenset(";:.!?")
_CONTINUATION_START = frozenset("abcdefghijklmnopqrstuvwxyzàâäçéèêëîïôöûùüÿœ0123456789(«\"'%€")

# Keywords that start a unit inside a line flattened by OCR or a converter. Visas,
# considérants and the enacting word only count after punctuation (« …, Vu le code »).
_FLATTENED_UNIT = LazyPattern(
    r"[ ]+(?="
    rf"(?P<punct>{_VISA}\b|{pattern(RECITAL, undamaged=True)}\b"
    rf"|{_ENACTING}[ ]?:?[ \n]+{_ARTICLE}[ ]?{article_label(_AFTER_ENACTING_LABELS)})"
    rf"|[-–•][ ]+_?(?:{_VISA}|{literal(VISA_OCR)})"  # « - VU la demande », « - MU l'article » (OCR)
    rf"|{_ARTICLE}[ ]?{article_label(_FLATTENED_LABELS)}(?:er)?[ ]?[:.\-–]"
    rf"|{_MADE_AT}[A-ZÉ]|{literal((IN_TOWN_HALL,))},?[ ]le[ ]|{literal(_FLATTENED_SIGNED)}"
    r")"
)
# « … Tresques Laudun-L'Ardoise le 27 mars 2020, Le Maire, … »: where a signature starts.
_PLACE_DATE_SIGNATURE = LazyPattern(
    r"[ ]+(?=[A-ZÉ][\w']*(?:-[\w']+)*,?[ ]le[ ]\d{1,2}(?:er)?[ ][a-zéû]+\.?[ ]\d{4},?[ ]"
    r"(?:Le|La|Pour|P\.O)[ ])"
)
_PLACE_DATE_HINT = LazyPattern(r" le \d{1,2}(?:er)? [a-zéû]+\.? \d{4},? (?:Le|La|Pour|P\.O) ")
# Cheap signs that a line holds a unit keyword after its start (flattened text): a
# blank or a bullet, then the beginning of a spelling, long enough to be rare in prose.
_FLATTENED_HINTS = (
    *(f" {visa}{after}" for visa in spellings(VISA, _CAPITALISED) for after in " ,"),
    *(f"_{visa}" for visa in spellings(VISA, ("upper",))),
    *(f"- {ocr}" for ocr in beginnings(VISA_OCR, 2)),
    *(f" {recital}" for recital in beginnings(spellings(RECITAL, undamaged=True), 6)),
    *(f" {article}" for article in spellings(ARTICLE)),
    *(f" {made} " for made in spellings((MADE,))),
    f" {IN_TOWN_HALL}",
    *(f" {close}" for close in beginnings(_FLATTENED_SIGNED, 10)),
    *(f" {word}" for word in beginnings(spellings(COMMON_ENACTING, ("upper",), undamaged=True), 3)),
)


def normalise(text: str) -> MappedText:
    """The logical lines of an act, mapped back to ``text``."""
    m = MappedText.identity(text)
    if any(c in text for c in _OTHER_LINE_ENDS):
        m = m.sub(_LINE_ENDINGS, "\n")
    m = _nfc(m)
    m = m.replace_chars(_SAME_WIDTH)
    if any(c in m.text for c in _INVISIBLE_CHARS):
        m = m.sub(_INVISIBLE, "")
    m = _converter_markup(m)
    for needle, markup, replacement in _MARKUP:
        if needle in m.text:
            m = m.sub(markup, _heading_mark if needle == "#" else replacement)
    m = m.splice(_line_joins(m.text))
    if any(hint in m.text for hint in _FLATTENED_HINTS):
        m = m.sub(_FLATTENED_UNIT, _split_flattened)
    if _PLACE_DATE_HINT.search(m.text):
        m = m.sub(_PLACE_DATE_SIGNATURE, "\n")
    return m.splice(_space_runs(m.text)).strip()


def _converter_markup(m: MappedText) -> MappedText:
    """Images, HTML entities, LaTeX fragments, page numbers and running headers out; OCR
    slips mended."""
    if "](" in m.text:
        m = m.sub(_IMAGE, "")
    if "&" in m.text:
        m = m.sub(_ENTITY, _entity)
    if "$" in m.text:
        m = m.splice(_math_edits(m.text))
    m = m.splice(_page_furniture(m.text))
    m = m.splice(_running_lines(m.text))
    if "'" in m.text or "I" in m.text:
        m = m.sub(_OCR_ELL, "l")
    if "\ufffd" in m.text:
        m = m.sub(_DAMAGED_APOSTROPHE, "'").sub(_DAMAGED_A, "à")
    return m


def _entity(match: re.Match[str]) -> str:
    """The character an entity stands for, blanks and apostrophes made plain."""
    char = html.unescape(match.group())
    return _SAME_WIDTH.get(char, char) if len(char) == 1 else match.group()


def _math_edits(text: str) -> list[tuple[int, int, str]]:
    """Edits that turn each LaTeX fragment into the text it prints."""
    edits: list[tuple[int, int, str]] = []
    for fragment in _MATH.finditer(text):
        start, end = fragment.start(), fragment.end()
        inside = [(start, start + 1, "")]
        if text.startswith("{", start + 1) and start and text[start - 1] == " ":
            inside.append((start - 1, start, ""))  # « n ${ }^{\circ}$ »: a superscript of « n »
        for token in _MATH_TOKEN.finditer(text, start + 1, end - 1):
            inside.append((token.start(), token.end(), _math_token(token)))
        for blank in _MATH_SPACED_LETTER.finditer(text, start + 1, end - 1):
            inside.append((blank.start(), blank.end(), ""))
        inside.append((end - 1, end, ""))
        edits.extend(sorted(inside))
    return edits


def _math_token(token: re.Match[str]) -> str:
    if token["symbol"] is not None:
        return _MATH_SYMBOLS.get(token["symbol"], "")
    if token["escaped"] is not None:
        return token["escaped"]
    if token["power"] is not None:
        return "^"
    written = token.group()
    if "circ" in written:
        return "°"
    return " " if written in ("~", "\\\\") or written[:2] in ("\\,", "\\;", "\\ ") else ""


def _page_furniture(text: str) -> list[tuple[int, int, str]]:
    """Page numbers alone on their line (« 6/7 », « Page 2 sur 5 ») blanked out."""
    edits = []
    for line in _PAGE_NUMBER.finditer("\n" + text):  # the first line has a line end too
        page, total = line["page"] or line["n"], line["of"] or line["total"]
        if page is not None and total is not None and not 0 < int(page) <= int(total):
            continue  # « 12/06 » is more likely a date than a page
        edits.append((line.start("line") - 1, line.end("line") - 1, ""))
    return edits


# A running header or footer: a line printed again on every page of an OCR'd PDF
# (« PRÉFET DE LA RÉUNION », « Direction départementale des territoires »). It is kept
# where it first stands (the letterhead) and blanked where it breaks into the body.
_RUNNING_MIN_REPEATS = 3
_RUNNING_MIN_GAP = 15  # lines between two of its occurrences: a page at least
_RUNNING_LENGTH = (10, 120)
_NOT_RUNNING = LazyPattern(r"[|\t]|^\W*(?i:vu|consid|article|art\.|arr[êe]t|d[ée]cid|fait|que)\b")


def _running_lines(text: str) -> list[tuple[int, int, str]]:
    """Edits blanking the repeated occurrences of a running header or footer."""
    where: dict[str, list[tuple[int, int, int]]] = {}
    start = 0
    for number, line in enumerate(text.split("\n")):
        key = line.strip()
        if (
            _RUNNING_LENGTH[0] <= len(key) <= _RUNNING_LENGTH[1]
            and key[-1] not in ".;:,"  # a sentence of the act, not a heading
            and not _NOT_RUNNING.search(key)
        ):
            where.setdefault(key, []).append((number, start, start + len(line)))
        start += len(line) + 1
    edits = []
    for places in where.values():
        numbers = [n for n, _, _ in places]
        spread = all(b - a >= _RUNNING_MIN_GAP for a, b in pairwise(numbers))
        if len(places) >= _RUNNING_MIN_REPEATS and spread:
            edits += [(begin, end, "") for _, begin, end in places[1:]]
    return sorted(edits)


def _nfc(m: MappedText) -> MappedText:
    if unicodedata.is_normalized("NFC", m.text):
        return m
    m = m.sub(_COMBINING_RUN, lambda x: unicodedata.normalize("NFC", x.group()))
    if unicodedata.is_normalized("NFC", m.text):
        return m
    return m.sub(_NON_ASCII, lambda x: unicodedata.normalize("NFC", x.group()))


def _heading_mark(match: re.Match[str]) -> str:
    """« ## » opening a line is a Markdown heading; elsewhere « # » is text (« n° # »)."""
    line_start = match.string.rfind("\n", 0, match.start()) + 1
    return "" if not match.string[line_start : match.start()].strip() else match.group()


def _line_joins(text: str) -> list[tuple[int, int, str]]:
    """For each line end with the blanks around it: glue, join with a space, or break.

    A plain loop over line ends: regular expressions that start with a space or an
    optional part scan slowly.
    """
    edits = []
    length = len(text)
    i = text.find("\n")
    while i >= 0:
        start = i
        while start and text[start - 1] == " ":
            start -= 1
        end = i + 1
        while end < length and text[end] in " \n":
            end += 1
        hyphen = _join_hyphen(text, start, end)
        if hyphen is not None:
            edits.append((start - 1, end, hyphen))
        else:
            joint = _join_or_break(text, start, i, end)
            if end - start > 1 or joint != "\n":  # a lone line end that stays is no edit
                edits.append((start, end, joint))
        i = text.find("\n", end)
    return edits


def _join_hyphen(text: str, start: int, end: int) -> str | None:
    """What replaces « -⏎ » when a line ends with a hyphen; None when it is not a cut."""
    if start < 2 or end >= len(text) or text[start - 1] != "-" or text.count("\n", start, end) > 1:
        return None
    before, after = text[start - 2], text[end]
    if before.isdigit() and after.isdigit():
        return "-"  # « L.2122- » / « 22 »
    if before not in _LOWER or after not in _LOWER:
        return None
    word_start = text.rfind(" ", 0, start) + 1
    head = text[word_start : start - 1].lower().rsplit("-", 1)[-1].lstrip("'(«\"")
    return "-" if head in _COMPOUND_PREFIXES else ""


def _join_or_break(text: str, start: int, newline: int, end: int) -> str:
    """Glue a wrapped line onto the previous one, or keep the break (without its spaces)."""
    if start == 0 or end == len(text) or text.count("\n", newline, end) > 1:
        return "\n"
    last = text[start - 1]
    if last in _SENTENCE_END or _UNIT_START.match(text, end):
        return "\n"
    if text[end] in _CONTINUATION_START:
        return " "
    hard_break = newline - start >= 2  # two trailing spaces: Markdown's line break
    return " " if hard_break and last != "," else "\n"


def _space_runs(text: str) -> list[tuple[int, int, str]]:
    """Runs of spaces folded to one."""
    edits = []
    i = text.find("  ")
    while i >= 0:
        end = i + 2
        while end < len(text) and text[end] == " ":
            end += 1
        edits.append((i, end, " "))
        i = text.find("  ", end)
    return edits


def _split_flattened(match: re.Match[str]) -> str:
    if match["punct"] is not None and match.string[match.start() - 1] not in ";,.:!?»)":
        return match.group()
    return "\n"
