"""Articles of codes, keyed by (code, article): R. 2122-8 CGCT and R. 2122-8 CCP differ."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from actlint.act import LegalCitation, Span
from actlint.entities.codes import CODE_NAME, SAME_CODE, code_of

# « L. 2122-22 », « L.2122-22 », « R2122-8 », « L 3221-3 », « LO 1112-1 », « 1520 »
_ARTICLE_NUMBER = r"(?:(?P<level>LO|[LRDA])\s?\.?\s?)?(?P<num>\d{1,4}(?:-\d{1,4})*)(?:\s?°)?"
_ARTICLE = re.compile(rf"(?<![\w.-]){_ARTICLE_NUMBER}(?![\w-]|\.\d)")
# What opens a list of articles, and what may join two numbers in the list.
# Not at the start of a line: there « Article 1 » heads an article of the act itself.
_ARTICLE_WORD = re.compile(r"(?<![\n])(?<!^)(?i:\barticles?\b|\bart\.)\s*")
_LIST_JOIN = re.compile(r"\s*(?:,|et|à|ou)\s*(?:l['’]\s*article\s*|les\s+articles\s*)?|\s+")
_ITEM = re.compile(r"(?P<item>\d{1,2}\s?°)\s+(?:de\s+l['’]\s*)$")
_CODE_AFTER = re.compile(r"\s*(?:,\s*)?(?:et\s+suivants\s+)?(?:du|de\s+la|de\s+l['’]|des)\s+")
_CLAUSE_END = re.compile(r"[;]|\bVu\b")


@dataclass
class CodeMemory:
    """The code named last in the act, for « du même code »."""

    last: str | None = field(default=None)


def find_legal_citations(text: str, offset: int, codes: CodeMemory) -> tuple[LegalCitation, ...]:
    found: list[LegalCitation] = []
    for head in _ARTICLE_WORD.finditer(text):
        pos = head.end()
        numbers: list[re.Match[str]] = []
        while True:
            m = _ARTICLE.match(text, pos)
            if not m or (not numbers and m["num"] is None):
                break
            numbers.append(m)
            join = _LIST_JOIN.match(text, m.end())
            if not join or not _ARTICLE.match(text, join.end()):
                pos = m.end()
                break
            pos = join.end()
        if not numbers:
            continue
        code = _code_for(text, head.start(), pos, codes)
        item_match = _ITEM.search(text, max(0, head.start() - 12), head.start())
        item = item_match["item"].replace(" ", "") if item_match else None
        for m in numbers:
            if code is None and not m["level"]:
                continue  # « son article 15 », « l'article 3 ci-dessus »: not a code's article
            article = _article_text(m)
            found.append(LegalCitation(code=code, article=article,
                                       span=Span(offset + m.start(), offset + m.end()), item=item))
    # Bare citations without the word « article » (« (L.141-5-3 du code de l'énergie) »)
    covered = {c.span.start - offset for c in found}
    for m in _ARTICLE.finditer(text):
        if m.start() in covered or not m["level"] or "-" not in m["num"]:
            continue
        code = _code_for(text, m.start(), m.end(), codes)
        found.append(LegalCitation(code=code, article=_article_text(m),
                                   span=Span(offset + m.start(), offset + m.end())))
    found.sort(key=lambda c: c.span.start)
    return tuple(found)


def _article_text(m: re.Match[str]) -> str:
    return f"{m['level']}. {m['num']}" if m["level"] else m["num"]


def _code_for(text: str, start: int, end: int, codes: CodeMemory) -> str | None:
    """The code of the articles in text[start:end]: named right after, or before in the clause."""
    after = _CODE_AFTER.match(text, end)
    if after:
        named = CODE_NAME.match(text, after.end())
        if named:
            codes.last = code_of(named)
            return codes.last
        if SAME_CODE.match(text, after.end()):
            return codes.last
    clause_start = max((m.end() for m in _CLAUSE_END.finditer(text, 0, start)), default=0)
    before = list(CODE_NAME.finditer(text, clause_start, start))
    if before:
        codes.last = code_of(before[-1])
        return codes.last
    return None
