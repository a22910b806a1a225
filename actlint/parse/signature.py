"""Who signed, where and when: read from the conclusions of an act."""

from __future__ import annotations

import re

from actlint.parse.act import DateMention, Signature, Span
from actlint.text import LazyPattern
from actlint.vocabulary import AT, IN_TOWN_HALL, SIGNED, SIGNED_OTHERWISE, literal, pattern

_NOWHERE = literal([IN_TOWN_HALL, *SIGNED_OTHERWISE], space=r"\s+")
_PLACE = LazyPattern(
    rf"^(?:{pattern(SIGNED)}\s+(?P<at>{pattern(AT)})\s+(?P<place>[^,\n]+?)\s*,?\s+(?i:le)\b"
    rf"|(?P<nowhere>{_NOWHERE})"
    # « Lens, le 11 mai 2026 »; « Á Colmar, le … », « A ARGENTAN, le … »: « à » before it
    r"|(?:[AÀÁ]\s+(?=[A-ZÉÈ]))?(?P<bare>[A-ZÉÈ][^\n,;:]{1,50}?),?\s+(?i:le)\s+(?:\d|1er))"
)
# « Fait le 12 mai 2026 à Lens »: the place after the date.
_PLACE_AFTER_DATE = LazyPattern(
    r"\s*,?\s*(?i:à|a)\s+(?P<place>[A-ZÉÈ][^,\n]{0,50}?)\s*(?:[,.]|$)", re.M
)
# « au Lamentin » is « à le Lamentin », « aux Abymes » « à les Abymes »: the article is
# part of the commune's name.
_ARTICLE_OF_AT = {"au": "Le ", "aux": "Les "}
# « le » then whatever the opening line gives as a date, when no date could be read in it.
_WRITTEN_DATE = LazyPattern(r"(?i:\ble\b)[ ]*(?P<date>[^\n]*)")
# The signature block proper: its date is on one of its first lines, not in a notice after it.
_SIGNATURE_LINES = 5
_SIGNER_LINES = 8
_ON_BEHALF = LazyPattern(
    r"(?i:\b(?:pour\s+(?:le|la|l['’])\s*[^,\n]+|p/\s*(?:le|la)\s+[^,\n]+|p\.o\.?[^,\n]*"
    r"|par\s+d[ée]l[ée]gation|par\s+empêchement[^,\n]*))"
)
# Capacities that sign acts; on a line, or between commas.
_CAPACITY = LazyPattern(
    r"(?i:maire|adjoint|adjointe|pr[ée]f[eè]te?|sous-pr[ée]f[eè]te?|pr[ée]sident|pr[ée]sidente"
    r"|secr[ée]taire|directeur|directrice|conseiller|conseill[èe]re|d[ée]l[ée]gu[ée]e?)"
)
_UPPER = r"[A-ZÉÈÊËÀÂÎÏÔÖÛÜÇ]"
_LOWER = r"[a-zéèêëàâîïôöûüç]"
# « Pierre MAZURE », « Jean-Marc DUMONT », « BOUVIER Christophe »
_NAME = LazyPattern(
    rf"(?<!\w)(?:{_UPPER}{_LOWER}+(?:-{_UPPER}{_LOWER}+)?[ ])+{_UPPER}{_UPPER}+(?:[-' ]{_UPPER}{_UPPER}+)*(?!\w)"
    rf"|(?<!\w){_UPPER}{_UPPER}+(?:[-' ]{_UPPER}{_UPPER}+)*[ ]{_UPPER}{_LOWER}+(?:-{_UPPER}{_LOWER}+)?(?!\w)"
)
# « Stanislas Cazelles » alone on its line: a name in title case, met under a capacity
_TITLE_CASE_NAME = LazyPattern(
    rf"(?m)^[ \t]*({_UPPER}{_LOWER}{{2,}}(?:-{_UPPER}{_LOWER}+)?[ ]{_UPPER}{_LOWER}{{2,}}"
    rf"(?:-{_UPPER}{_LOWER}+)?)[ \t]*$"
)
_NOT_A_FIRST_NAME = LazyPattern(r"(?i:le|la|les|pour|par|fait|vu|monsieur|madame)\b")
_SEGMENT_SPLIT = LazyPattern(r"\s*[,\n:]\s*")
_NOISE = LazyPattern(r"(?i:pour\s+extrait\s+conforme|ainsi\s+fait|et\s+ont\s+sign[ée])")


def read_signature(text: str, offset: int, dates: tuple[DateMention, ...]) -> Signature:
    """The signature in conclusions ``text`` (starting at ``offset``); ``dates`` are its dates."""
    place_match = _PLACE.search(text)
    place = None
    if place_match and place_match["place"]:
        article = _ARTICLE_OF_AT.get(place_match["at"].lower(), "")
        place = _in_case_of(article, place_match["place"]) + place_match["place"].strip()
    elif place_match and place_match["bare"]:
        place = place_match["bare"].strip() or None
    block_end = _line_end(text, _SIGNATURE_LINES)
    date = next((d for d in dates if d.span.start - offset < block_end), None)
    if date is not None and place is None:
        after = _PLACE_AFTER_DATE.match(text, date.span.end - offset)
        place = after["place"].strip() if after else None
    unreadable = None
    if date is None:
        first_line = text.split("\n", 1)[0]
        written = _WRITTEN_DATE.search(first_line, place_match.end() - 2 if place_match else 0)
        if written is not None and place_match is not None and not place_match["nowhere"]:
            unreadable = written["date"].strip(" .,")
    rest_start = date.span.end - offset if date else (place_match.end() if place_match else 0)
    rest = text[rest_start:]
    # who signs stands in the few lines after the date: annexes and notices come after them
    rest = rest[: _line_end(rest, _SIGNER_LINES)]
    on_behalf_match = _ON_BEHALF.search(rest)
    on_behalf = on_behalf_match.group().strip() if on_behalf_match else None
    names = list(_NAME.finditer(rest))
    name = names[-1].group() if names else None
    capacities = []
    for segment in _SEGMENT_SPLIT.split(rest):
        segment = segment.strip(" .")
        if not segment or _NOISE.search(segment) or (on_behalf and segment in on_behalf):
            continue
        if name and name in segment:
            segment = segment.replace(name, "").strip(" ,.")
        if segment and _CAPACITY.search(segment) and len(segment) <= 80:
            capacities.append(segment)
    if name is None and capacities:
        titled = next((m for m in _TITLE_CASE_NAME.finditer(rest)
                       if not _NOT_A_FIRST_NAME.match(m[1]) and not _CAPACITY.search(m[1])),
                      None)  # fmt: skip
        name = titled[1] if titled else None
    return Signature(
        place=place, date=date, on_behalf=on_behalf,
        capacity=", ".join(capacities) or None, name=name,
        span=Span(offset, offset + len(text)), unreadable_date=unreadable,
    )  # fmt: skip


def _in_case_of(article: str, place: str) -> str:
    """``article`` in capitals when the place is written in capitals (« FAIT AU LAMENTIN »)."""
    return article.upper() if place.isupper() else article


def _line_end(text: str, lines: int) -> int:
    """The offset of the end of the first ``lines`` lines of ``text``."""
    end = -1
    for _ in range(lines):
        end = text.find("\n", end + 1)
        if end < 0:
            return len(text)
    return end
