"""The délibération of delegation (CGCT, art. L. 2122-22): the council charging the mayor,
for the term of his mandate, with matters listed « 1° … 2° … ». What is read here is what
the act writes: each item delegated (its number as written, and the item of L. 2122-22
its wording names), the limits it sets, and whether it lets adjoints, agents or a
substitute sign. Whether an item needs limits, or existed on a date, is the rules' affair.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from actlint.parse.act import Act, DateMention, DelegatedItem, Delegation, Permission, Span
from actlint.text import LazyPattern, lower

# « donne délégation au maire », « délègue à Monsieur le Maire », « le maire est chargé,
# par délégation du conseil municipal », « charge le maire, par délégation, … ».
_CUE = LazyPattern(
    r"(?:donne(?:r|nt)?|accorde(?:r|nt)?|consent(?:ir)?)\s+(?:au\s+maire\s+)?(?:les\s+)?"
    r"delegations?\s+(?:suivantes\s+)?(?:a\s+(?:monsieur|madame|m\.|mme)\s+(?:le|la)\s+|au\s+)maire"
    r"|delegue(?:r|nt)?\s+(?:a\s+(?:monsieur|madame|m\.|mme)\s+(?:le|la)\s+|au\s+)maire"
    r"|\bmaire\s+est\s+charge(?:e)?,?\s+(?:en\s+outre,?\s+)?par\s+delegation\s+du\s+conseil"
    r"|charge(?:r)?\s+(?:monsieur|madame|m\.|mme)?\s*(?:le|la)\s+maire,?\s+par\s+delegation"
)
# An item: « 1° De fixer … », « - 3°) D'intenter … », « • De prendre … » (no number).
_ITEM = LazyPattern(
    r"^[ \t>*_]*(?:[-–•▪·][ \t]*)?(?:(?P<number>\d{1,2})[ \t]*(?:°|ᵒ|º|o\b)[ \t]*[-–:.)]?[ \t]*"
    r"|(?=[-–•▪·]))[-–•▪·]?[ \t]*(?P<opening>(?:de|d'|d’|du|des|a|au|en)\b|d['’])",
    re.M,
)
# Searched in the text, not the folded text, whose lines are joined.
_ARTICLE_HEADING = LazyPattern(r"^[ \t>*_#]*(?:article|art\.)\s*\w+", re.M | re.I)
# Limits the délibération sets for an item: an amount, « dans la limite de 50 000 € »,
# « n'excédant pas … », « dans les conditions suivantes : », « ci-après ».
_LIMIT = LazyPattern(
    r"dans\s+(?:la|les)\s+limites?\s+(?:de|d'|du|des)\b[^;\n]*?\d[^;,\n]*"
    r"|(?:pour\s+un\s+montant|montant)\s+(?:unitaire\s+)?(?:maximum|maximal|inferieur|plafonne)"
    r"[^;\n]*?\d[^;,\n]*"
    r"|n'excedant\s+pas[^;,\n]*|plafon[^;,\n]*\d[^;,\n]*|jusqu'a\s+\d[^;,\n]*"
    r"|(?:limites?|conditions|cas)\s+(?:suivant(?:e)?s|ci-apres|ci-dessous|definie?s?\s+(?:a|en)\s+annexe)"
    r"[^;\n]*"
)
# The law's own words copied without the limits: « dans les limites fixées par le conseil
# municipal », « dans les conditions fixées par le conseil », « dans les cas définis par … ».
_PLACEHOLDER = LazyPattern(
    r"(?:dans\s+)?(?:la\s+|les\s+)?(?:limites?|conditions|cas)\s+(?:fixee?s?|determinee?s?|definie?s?)"
    r"\s+par\s+le\s+conseil(?:\s+municipal)?"
)
_NEGATION = LazyPattern(r"\bne\s+(?:\w+\s+){0,3}pas\b|\bexclu|\binterdi|\bnon\b")
_SIGN = LazyPattern(r"sign|delegation|l\.\s*2122-1[89]")
_ADJOINTS = LazyPattern(r"\badjoints?\b|conseillers?\s+municipa(?:l|ux)\b|l\.\s*2122-18")
_AGENTS = LazyPattern(
    r"l\.\s*2122-19|directeur\s+general|\bdgs\b|\bagents?\b|responsables?\s+de\s+service"
    r"|fonctionnaires?|subdeleg"
)
_SUPPLEANCE = LazyPattern(r"empechement|suppleance|l\.\s*2122-17")

# Words of each item of L. 2122-22 that name it, for items written without their number.
# Only items whose wording the project's legal notes confirm are listed.
_WORDING: tuple[tuple[int, LazyPattern], ...] = tuple(
    (number, LazyPattern(words))
    for number, words in (
        (20, r"lignes?\s+de\s+tresorerie"),
        (21, r"l\.\s*214-1|fonds\s+(?:artisana|de\s+commerce)"),
        (22, r"droit\s+de\s+priorite"),
        (1, r"affectation\s+des\s+proprietes\s+communales"),
        (2, r"droits\s+de\s+voirie|droits\s+de\s+stationnement"),
        (3, r"emprunts"),
        (4, r"marches\b.{0,40}accords-cadres|accords-cadres|marches\s+publics"),
        (5, r"louage\s+de\s+choses"),
        (6, r"contrats\s+d'assurance|contrats\s+d’assurance"),
        (7, r"regies\s+comptables"),
        (8, r"concessions\s+dans\s+les\s+cimetieres"),
        (9, r"dons\s+et\s+legs"),
        (10, r"alienation\s+de\s+gre\s+a\s+gre"),
        (11, r"honoraires\s+des\s+avocats|frais\s+et\s+honoraires"),
        (12, r"expropri"),
        (13, r"creation\s+de\s+classes"),
        (15, r"droits?\s+de\s+preemption"),
        (16, r"actions?\s+en\s+justice"),
        (17, r"vehicules\s+municipaux|accidents\s+dans\s+lesquels"),
        (26, r"attribution\s+de\s+subventions"),
        (27, r"autorisations?\s+d'urbanisme|autorisations?\s+d’urbanisme"),
    )
)


def item_by_wording(folded: str) -> int | None:
    """The item of L. 2122-22 the (folded) wording of a delegated matter names."""
    return next((number for number, words in _WORDING if words.search(folded)), None)


def read_delegation(act: Act, date: DateMention | None) -> Delegation | None:
    """The delegation a délibération gives the mayor under L. 2122-22, if it is one."""
    if act.kind not in ("deliberation", "unknown"):
        return None
    start = act.formula.span.start if act.formula else (
        act.articles[0].span.start if act.articles else act.preface.span.end
    )  # fmt: skip
    if not act.articles and not act.formula and act.preamble.citations:
        start = act.preamble.citations[-1].span.end
    end = act.conclusions.span.start if act.conclusions else len(act.text)
    folded = act.folded
    cue = _CUE.search(folded, start, end)
    if cue is None:
        return None
    items = tuple(_items(act, cue.end(), end))
    if not items:
        return None
    tail = Span(cue.start(), end)
    return Delegation(
        span=Span(cue.start(), cue.end()), date=date, items=items,
        adjoints=_permission(act, tail, items, _ADJOINTS),
        agents=_permission(act, tail, items, _AGENTS),
        suppleance=_permission(act, tail, items, _SUPPLEANCE, signing=False),
    )  # fmt: skip


def _items(act: Act, start: int, end: int) -> Iterator[DelegatedItem]:
    folded = act.folded
    text = act.text
    found = [m for m in _ITEM.finditer(lower(text), start, end)]
    # keep item lines, not the cue's own line
    headings = [m.start() for m in _ARTICLE_HEADING.finditer(text, start, end)]
    for i, match in enumerate(found):
        item_start = match.start() + len(match.group()) - len(match.group().lstrip(" \t>*_"))
        stop = found[i + 1].start() - 1 if i + 1 < len(found) else end
        stop = min([stop, *(h - 1 for h in headings if h > item_start)])
        blank = text.find("\n\n", item_start, stop)
        if blank >= 0:
            stop = blank
        line_end = text.find("\n", item_start, stop)
        if match["number"] is None and line_end >= 0:
            stop = line_end  # an unnumbered bullet: its own line only
        while stop > item_start and text[stop - 1] in " \t\n":
            stop -= 1
        span = Span(item_start, stop)
        words = folded[span.start : span.end]
        placeholder = _PLACEHOLDER.search(words)
        yield DelegatedItem(
            number=int(match["number"]) if match["number"] else None,
            by_wording=item_by_wording(words),
            text=text[span.start : span.end],
            span=span,
            limits=tuple(
                Span(span.start + m.start(), span.start + len(m.group().rstrip()) + m.start())
                for m in _LIMIT.finditer(words)
            ),
            council_wording=None if placeholder is None else Span(
                span.start + placeholder.start(), span.start + placeholder.end()
            ),
        )  # fmt: skip


def _permission(
    act: Act, region: Span, items: tuple[DelegatedItem, ...], who: LazyPattern,
    signing: bool = True,
) -> Permission | None:  # fmt: skip
    """The sentence of the délibération, outside its items, that lets (or forbids) ``who``
    sign the décisions, or that provides for the mayor's suppléance."""
    folded = act.folded
    position = region.start
    for line in folded[region.start : region.end].split("\n"):
        line_span = Span(position, position + len(line))
        position += len(line) + 1
        if any(i.span.start <= line_span.start < i.span.end for i in items):
            continue
        for sentence in re.finditer(r"(?:[^.;]|(?<=l)\.|\.(?=\S))+", line):
            words = sentence.group()
            if who.search(words) and (not signing or _SIGN.search(words)):
                span = Span(line_span.start + sentence.start(), line_span.start + sentence.end())
                lead = len(words) - len(words.lstrip())
                span = Span(span.start + lead, span.end)
                return Permission(span=span, allowed=_NEGATION.search(words) is None)
    return None
