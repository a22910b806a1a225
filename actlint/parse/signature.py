"""Who signed, where and when: read from the conclusions of an act."""

from __future__ import annotations

import re

from actlint.parse.act import DateMention, Signature, Span
from actlint.vocabulary import AT, IN_TOWN_HALL, SIGNED, literal, pattern

_IN_TOWN_HALL = literal([IN_TOWN_HALL], space=r"\s+")
_PLACE = re.compile(
    rf"^(?:(?P<nowhere>{_IN_TOWN_HALL})"
    rf"|{pattern(SIGNED)}\s+{pattern(AT)}\s+(?P<at>[^,\n]+?)\s*,?\s+le\b"
    r"|(?P<bare>[A-ZÉÈ][^\n,;:]{1,50}?),?\s+le\s+(?:\d|1er))"
)
_ON_BEHALF = re.compile(
    r"(?i:\b(?:pour\s+(?:le|la|l['’])\s*[^,\n]+|p/\s*(?:le|la)\s+[^,\n]+|p\.o\.?[^,\n]*"
    r"|par\s+d[ée]l[ée]gation|par\s+empêchement[^,\n]*))"
)
# Capacities that sign acts; on a line, or between commas.
_CAPACITY = re.compile(
    r"(?i:maire|adjoint|adjointe|pr[ée]f[eè]te?|sous-pr[ée]f[eè]te?|pr[ée]sident|pr[ée]sidente"
    r"|secr[ée]taire|directeur|directrice|conseiller|conseill[èe]re|d[ée]l[ée]gu[ée]e?)"
)
_UPPER = r"[A-ZÉÈÊËÀÂÎÏÔÖÛÜÇ]"
_LOWER = r"[a-zéèêëàâîïôöûüç]"
# « Pierre MAZURE », « Jean-Marc DUMONT », « BOUVIER Christophe »
_NAME = re.compile(
    rf"(?<!\w)(?:{_UPPER}{_LOWER}+(?:-{_UPPER}{_LOWER}+)?[ ])+{_UPPER}{_UPPER}+(?:[-' ]{_UPPER}{_UPPER}+)*(?!\w)"
    rf"|(?<!\w){_UPPER}{_UPPER}+(?:[-' ]{_UPPER}{_UPPER}+)*[ ]{_UPPER}{_LOWER}+(?:-{_UPPER}{_LOWER}+)?(?!\w)"
)
_SEGMENT_SPLIT = re.compile(r"\s*[,\n:]\s*")
_NOISE = re.compile(r"(?i:pour\s+extrait\s+conforme|ainsi\s+fait|et\s+ont\s+sign[ée])")


def read_signature(text: str, offset: int, dates: tuple[DateMention, ...]) -> Signature:
    """The signature in conclusions ``text`` (starting at ``offset``); ``dates`` are its dates."""
    place_match = _PLACE.search(text)
    place = None
    if place_match:
        place = (place_match["at"] or place_match["bare"] or "").strip() or None
    date = dates[0] if dates else None
    rest_start = date.span.end - offset if date else (place_match.end() if place_match else 0)
    rest = text[rest_start:]
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
    return Signature(
        place=place, date=date, on_behalf=on_behalf,
        capacity=", ".join(capacities) or None, name=name,
        span=Span(offset, offset + len(text)),
    )  # fmt: skip
