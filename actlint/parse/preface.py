"""What the preface of an act says: kind, number, nomenclature, title, authority."""

from __future__ import annotations

import re
from dataclasses import dataclass

from actlint.parse.act import Kind, Span
from actlint.parse.entities.references import NUMBER, normalise_number

_E = "[EÉÈeéè\ufffd]"  # damaged exports replace accented letters with U+FFFD
_KIND_WORD = re.compile(
    rf"(?P<deliberation>EXTRAIT\s+DU\s+REGISTRE\s+DES\s+D{_E}LIB{_E}RATIONS|(?<!\w)D{_E}LIB{_E}RATION"
    rf"|(?<!\w)D{_E}lib{_E}ration)"
    r"|(?P<decision>(?<!\w)D[ÉE]CISION(?!\w)|(?<!\w)Décision(?!\w))"
    r"|(?P<arrete>(?<!\w)ARR[ÊE]T[ÉE]?(?!\w)|(?<!\w)Arr[êe]t[ée]?(?!\w))"
)
_PREFECTORAL = re.compile(r"\W*(?i:pr[ée]fectoral)")  # matched right after the kind word
_NUMBER = re.compile(
    rf"(?:(?<!\w)(?:n|N)\s?[°º]|(?<!\w)(?i:num[ée]ro)(?!\w)|(?<!\w)NOR\s?:)\s*(?P<num>{NUMBER})"
)
# Paris's BMO references (« 2010 DF 58 », « [1998 P. 1025] »): bracketed, alone on a
# line, or right after the word « Délibération » of the page footer.
_BMO_NUMBER = re.compile(
    rf"(?:^|\[|D{_E}lib{_E}ration\s)(?P<num>(?:19|20)\d{{2}}\s[A-Z]{{1,5}}\.?\s\d{{1,4}})(?=\]|$|\s)",
    re.M,
)
_NOMENCLATURE = re.compile(
    r"(?i:nomenclature|classification|code\s+mati[èe]re)\s*:?\s*"
    r"(?P<code>\d{1,2}(?:\s*[.\-–]\s*\d{1,2}){1,4})"
)
_TITLE_CUE = re.compile(r"(?i:\b(?:portant|relati(?:f|ve)s?|concernant|objet)\b)")
# « Le Maire de la Ville de LENS, … », « LE MAIRE DE LAUDUN-L'ARDOISE, », « Préfet de l'Orne »
_AUTHORITY = re.compile(
    r"(?:(?<=\s)|^)(?P<who>(?:Le|LE|La|LA)\s+(?:Maire|maire|MAIRE|Pr[ée]f[eè]te?|PR[ÉE]F[EÈ]TE?"
    r"|Pr[ée]sident|PR[ÉE]SIDENT|Conseil\s+(?:de|d'|municipal|Municipal)|CONSEIL\s+MUNICIPAL)\b[^;\n]*?"
    r"|^(?:Pr[ée]f[eè]te?|PR[ÉE]F[EÈ]TE?)\s[^;,\n]*?)"
    r"\s*[,;:]?\s*$",
    re.M,
)
_PAGE_LINE = re.compile(r"(?i:page\s+\d+(?:\s+(?:sur|/)\s+\d+)?)")
_TITLE_MAX = 200


@dataclass(frozen=True)
class PrefaceFacts:
    kind: Kind
    kind_span: Span | None
    number: str | None
    number_span: Span | None
    nomenclature: str | None
    nomenclature_span: Span | None
    title: str | None
    authority: str | None


def read_preface(text: str, offset: int, whole_text: str) -> PrefaceFacts:
    """The facts of a preface ``text`` starting at ``offset`` in ``whole_text``."""
    kind: Kind = "unknown"
    kind_span = None
    word = _KIND_WORD.search(text)
    if word:
        kind = word.lastgroup  # type: ignore[assignment]
        kind_span = Span(offset + word.start(), offset + word.end())
        if kind == "arrete" and _PREFECTORAL.match(text, word.end()):
            kind = "arrete_prefectoral"
    number = number_span = None
    found = _NUMBER.search(text)
    if found:
        number = normalise_number(found["num"])
        number_span = Span(offset + found.start("num"), offset + found.end("num"))
    else:
        bmo = _BMO_NUMBER.search(whole_text)
        if bmo:
            number = bmo["num"]
            number_span = Span(bmo.start("num"), bmo.end("num"))
    nomenclature = nomenclature_span = None
    code = _NOMENCLATURE.search(text)
    if code:
        nomenclature = ".".join(str(int(p)) for p in re.split(r"\s*[.\-–]\s*", code["code"]))
        nomenclature_span = Span(offset + code.start("code"), offset + code.end("code"))
    authority_match = _AUTHORITY.search(text)
    authority = authority_match["who"].rstrip(" ,") if authority_match else None
    return PrefaceFacts(
        kind=kind, kind_span=kind_span, number=number, number_span=number_span,
        nomenclature=nomenclature, nomenclature_span=nomenclature_span,
        title=_title(text, word), authority=authority,
    )  # fmt: skip


def _title(text: str, kind_word: re.Match[str] | None) -> str | None:
    lines = [line for line in text.split("\n") if line and not _PAGE_LINE.fullmatch(line)]
    for line in lines:
        if _TITLE_CUE.search(line) and not _NOMENCLATURE.search(line):
            return _shorten(line)
    if kind_word:
        line_start = text.rfind("\n", 0, kind_word.start()) + 1
        line_end = text.find("\n", kind_word.start())
        return _shorten(text[line_start : line_end if line_end >= 0 else len(text)])
    return None


def _shorten(line: str) -> str:
    return line if len(line) <= _TITLE_MAX else line[: _TITLE_MAX - 1].rstrip() + "…"
