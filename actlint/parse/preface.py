"""What the preface of an act says: kind, number, nomenclature, title, authority, and
where the act comes from."""

from __future__ import annotations

import re
from dataclasses import dataclass

from actlint.parse.act import Kind, Span
from actlint.parse.entities.references import NUMBER, normalise_number
from actlint.text import LazyPattern, fold

_E = "[EÉÈeéè\ufffd]"  # damaged exports replace accented letters with U+FFFD
_KIND_WORD = LazyPattern(
    rf"(?P<deliberation>EXTRAIT\s+DU\s+REGISTRE\s+DES\s+D{_E}LIB{_E}RATIONS|(?<!\w)D{_E}LIB{_E}RATION"
    rf"|(?<!\w)D{_E}lib{_E}ration)"
    r"|(?P<decision>(?<!\w)D[ÉE]CISION(?!\w)|(?<!\w)Décision(?!\w))"
    r"|(?P<arrete>(?<!\w)ARR[ÊE]T[ÉE]?(?!\w)|(?<!\w)Arr[êe]t[ée]?(?!\w))"
)
# The names of kinds of acts, in any case, accents optional.
_KIND_NAMES = (
    "d[ée]lib[ée]ration|arr[êe]t[ée]|d[ée]cision|d[ée]cret|loi|ordonnance|circulaire"
    "|convention|march[ée]|contrat|avenant"
)
_PREFECTORAL = LazyPattern(r"\W*(?i:pr[ée]fectoral)")  # matched right after the kind word
_NUMBER = LazyPattern(
    rf"(?:(?<!\w)(?:n|N)\s?[°º˚\u030a]|(?<!\w)(?i:num[ée]ro)(?!\w)|(?<!\w)NOR\s?:)\s*(?P<num>{NUMBER})"
)
# « ARRETE ARS GRAND EST n 2025-0182 du 13 janvier 2025 » (OCR lost the « ° »),
# « DÉLIBÉRATION 12/06/2023-4 »: a number right after the kind word, where one is expected.
_NUMBER_AFTER_KIND = LazyPattern(
    r"[ ]+(?:[A-ZÉÈ]{2,}[ ]){0,4}?(?:[nN][ ])?(?P<num>\d{1,4}[-/.]\d[\w/.-]*\w)"
)
# « 2024-117 DDT/SE »: the service's initials after the number belong to it.
_SERVICE_SUFFIX = LazyPattern(r"[ ](?P<service>[A-Z]{2,6}(?:/[A-Z]{1,6})+)(?![\w/])")
# « 25-03/012 », « 12/06/2023-4 » alone on a line: how councils number their délibérations
# at the head of each one (a date alone, « 12/06/2023 », is not a number).
_NUMBER_LINE = LazyPattern(
    r"^[ ]*#?[ ]*(?P<num>\d{1,4}[-/.][ ]?\d{1,4}(?:[-/]\d{1,5})+)[ ]*$", re.M
)
_DATE_ONLY = LazyPattern(r"\d{1,2}([/.-])\d{1,2}\1(?:\d{4}|\d{2})")
# A « n° » that numbers another act (« modifiant l'arrêté préfectoral n° 994156 »,
# « la délibération n° 24-02/027 ») or a cadastral parcel (« section AK n° 58 »).
_OTHER_ACT_BEFORE = LazyPattern(
    r"(?i:(?:\b(?:la|le|les|du|de|des|au|aux|par|sa|son|ses|cette|ce|dite?|ladite|ledit)\s+|\bl')"
    rf"(?:{_KIND_NAMES})\w*(?:\s+[\w'-]+){{0,3}}\s*$)"
    r"|\b(?:[A-Z]{1,2}|(?i:parcelles?|sections?|lots?))\s*$"
)
# Paris's BMO references (« 2010 DF 58 », « [1998 P. 1025] »): bracketed, alone on a
# line, or right after the word « Délibération » of the page footer.
_BMO_NUMBER = LazyPattern(
    rf"(?:^|\[|D{_E}lib{_E}ration\s)(?P<num>(?:19|20)\d{{2}}\s[A-Z]{{1,5}}\.?\s\d{{1,4}})(?=\]|$|\s)",
    re.M,
)
_NOMENCLATURE = LazyPattern(
    r"(?i:nomenclature|classification|code\s+mati[èe]re)\s*:?\s*"
    r"(?P<code>\d{1,2}(?:\s*[.\-–]\s*\d{1,2}){1,4})"
)
_TITLE_CUE = LazyPattern(r"(?i:\b(?:portant|relati(?:f|ve)s?|concernant|objet)\b)")
# « Le Maire de la Ville de LENS, … », « LE MAIRE DE LAUDUN-L'ARDOISE, », « Préfet de l'Orne »
_AUTHORITY = LazyPattern(
    r"(?:(?<=\s)|^)(?P<who>(?:Le|LE|La|LA)\s+(?:Maire|maire|MAIRE|Pr[ée]f[eè]te?|PR[ÉE]F[EÈ]TE?"
    r"|Pr[ée]sident|PR[ÉE]SIDENT|Conseil\s+(?:de|d'|municipal|Municipal)|CONSEIL\s+MUNICIPAL"
    r"|Directr?(?:ice|eur)\s+[Gg][ée]n[ée]rale?|DIRECTR?(?:ICE|EUR)\s+G[ÉE]N[ÉE]RALE?|Recteur|Rectrice"
    r"|RECTEUR|RECTRICE|Ministre|MINISTRE)\b[^;\n]*?"
    r"|^(?:Pr[ée]f[eè]te?|PR[ÉE]F[EÈ]TE?)\s[^;,\n]*?)"
    r"\s*[,;:]?\s*$",
    re.M,
)
_PAGE_LINE = LazyPattern(r"(?i:page\s+\d+(?:\s+(?:sur|/)\s+\d+)?)")
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
    found = _own_number(text, word)
    if found:
        number = normalise_number(text[found[0] : found[1]])
        number_span = Span(offset + found[0], offset + found[1])
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


def _own_number(text: str, kind_word: re.Match[str] | None) -> tuple[int, int] | None:
    """Where the act's own number is written: after « n° » where no other act is named,
    after « n » on the line of the kind word, or alone on a line; the earliest wins."""
    candidates = []
    for found in _NUMBER.finditer(text):
        line_start = text.rfind("\n", 0, found.start()) + 1
        if not _OTHER_ACT_BEFORE.search(text, max(line_start, found.start() - 80), found.start()):
            candidates.append(_with_service(text, found.start("num"), found.end("num")))
            break
    bare = _NUMBER_AFTER_KIND.match(text, kind_word.end()) if kind_word else None
    if bare is not None and not _DATE_ONLY.fullmatch(bare["num"]):
        candidates.append(_with_service(text, bare.start("num"), bare.end("num")))
    line = next(
        (m for m in _NUMBER_LINE.finditer(text) if not _DATE_ONLY.fullmatch(m["num"])), None
    )
    if line is not None:
        candidates.append((line.start("num"), line.end("num")))
    return min(candidates, default=None)


def _with_service(text: str, start: int, end: int) -> tuple[int, int]:
    suffix = _SERVICE_SUFFIX.match(text, end)
    return (start, suffix.end()) if suffix else (start, end)


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


Territory = str  # metropole, corse, guadeloupe, martinique, reunion, guyane, mayotte

# The overseas départements and Corsica as a heading names them: « PRÉFET DE LA
# RÉUNION », « Préfecture de la Martinique », « Haute-Corse ». « réunion » in lower case
# is a meeting, and so is « Réunion du conseil ».
_NAMED_TERRITORY = LazyPattern(
    r"(?P<guadeloupe>(?i:guadeloupe))|(?P<martinique>(?i:martinique))"
    r"|(?P<guyane>(?i:guyane))|(?P<mayotte>(?i:mayotte))"
    r"|(?P<reunion>(?:la|LA|La|de|DE)[ ]+(?:R[ée]union|R[ÉE]UNION)(?![ ]+(?:du|des|de|d')\b))"
    r"|(?P<corse>(?i:haute-corse|corse-du-sud|collectivit[ée] de corse|\bcorse\b)|\b2[AB]\d{3}\b)"
)
# Metropolitan départements, as « Préfet du Haut-Rhin », « Préfecture de l'Orne » name
# them (folded: lower case, no accents, hyphens).
_METROPOLITAN_NAMES = (
    "ain aisne allier alpes-de-haute-provence hautes-alpes alpes-maritimes ardeche ardennes "
    "ariege aube aude aveyron bouches-du-rhone calvados cantal charente charente-maritime cher "
    "correze cote-d'or cotes-d'armor creuse dordogne doubs drome eure eure-et-loir finistere "
    "gard haute-garonne gers gironde herault ille-et-vilaine indre indre-et-loire isere jura "
    "landes loir-et-cher loire haute-loire loire-atlantique loiret lot lot-et-garonne lozere "
    "maine-et-loire manche marne haute-marne mayenne meurthe-et-moselle meuse morbihan moselle "
    "nievre nord oise orne pas-de-calais puy-de-dome pyrenees-atlantiques hautes-pyrenees "
    "pyrenees-orientales bas-rhin haut-rhin rhone haute-saone saone-et-loire sarthe savoie "
    "haute-savoie paris seine-maritime seine-et-marne yvelines deux-sevres somme tarn "
    "tarn-et-garonne var vaucluse vendee vienne haute-vienne vosges yonne territoire-de-belfort "
    "essonne hauts-de-seine seine-saint-denis val-de-marne val-d'oise"
)
_METROPOLITAN = frozenset(_METROPOLITAN_NAMES.split())
_PREFECT_OF = LazyPattern(
    r"(?i:pr[ée]f(?:[eè]te?|ecture)(?:\s+de\s+la\s+r[ée]gion\s+[\w' -]+?,\s*pr[ée]f(?:e|è)te?)?"
    r"\s+(?:de\s+la\s+|de\s+l'|du\s+|des\s+|de\s+)(?P<name>[\w'-]+(?:[ -](?:et|de|du|d')[ -][\w'-]+)?))"
)
# A postcode before a commune's name: « 97200 Fort-de-France », « 20250 Corte ».
# The digits first, then what stands before them: a scan for a digit is quick.
_POSTCODE = LazyPattern(r"(?P<code>\d{5})(?<![\w,.-]\d{5})(?<!\d[ ]\d{5})[ ]+(?=[A-ZÉÈ][\w'-]{2,})")
_ADDRESS_REACH = 50_000
_OVERSEAS_CODES = {"971": "guadeloupe", "972": "martinique", "973": "guyane", "974": "reunion",
                   "976": "mayotte"}  # fmt: skip


def territory_of(heading: str, text: str, stamp_identifier: str | None) -> Territory | None:
    """Where the act is from: the département of its @CTES identifier, else the one its
    heading names, else the one most of its postcodes give; None when nothing says."""
    if stamp_identifier:
        found = _territory_of_department(stamp_identifier.split("-", 1)[0])
        if found:
            return found
    named = _NAMED_TERRITORY.search(heading)
    if named and named.lastgroup:
        return named.lastgroup
    for prefect in _PREFECT_OF.finditer(heading):
        if fold(prefect["name"]).replace(" ", "-") in _METROPOLITAN:
            return "metropole"
    counts: dict[str, int] = {}
    # Addresses are in the letterhead and the closing lines: a huge act's middle is not read.
    head_and_tail = text if len(text) <= _ADDRESS_REACH * 2 else (
        text[:_ADDRESS_REACH] + "\n" + text[-_ADDRESS_REACH:]
    )  # fmt: skip
    for postcode in _POSTCODE.finditer(head_and_tail):
        territory = _territory_of_postcode(postcode["code"])
        if territory:
            counts[territory] = counts.get(territory, 0) + 1
    return max(counts, key=lambda t: counts[t]) if counts else None


def _territory_of_department(department: str) -> Territory | None:
    department = department.upper().lstrip("0") or "0"
    if department in ("2A", "2B", "20"):
        return "corse"
    if department in _OVERSEAS_CODES:
        return _OVERSEAS_CODES[department]
    if department.isdigit() and 1 <= int(department) <= 95:
        return "metropole"
    return None  # Saint-Pierre-et-Miquelon, the other collectivités, or not a département


def _territory_of_postcode(code: str) -> Territory | None:
    if code.startswith("20"):
        return "corse"
    if code[:3] in _OVERSEAS_CODES:
        return _OVERSEAS_CODES[code[:3]]
    return "metropole" if "01" <= code[:2] <= "95" else None
