"""Articles of codes, keyed by (code, article): R. 2122-8 CGCT and R. 2122-8 CCP differ."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from actlint.parse.act import LegalCitation, Span
from actlint.parse.entities.codes import CODE_NAME, SAME_CODE, code_of
from actlint.parse.entities.scan import fold, hits, windows
from actlint.text import LazyPattern

# « L. 2122-22 », « L.2122-22 », « R2122-8 », « L 3221-3 », « LO 1112-1 », « 1520 »
_ARTICLE_NUMBER = r"(?:(?P<level>LO|[LRDA])\s?\.?\s?)?(?P<num>\d{1,4}(?:-\d{1,4})*)(?:\s?°)?"
_ARTICLE = LazyPattern(rf"(?<![\w.-]){_ARTICLE_NUMBER}(?![\w-]|\.\d)")
# What opens a list of articles, and what may join two numbers in the list.
_ARTICLE_WORD = LazyPattern(r"(?i:articles?\b|art\.)\s*")
_BARE = LazyPattern(r"(?P<level>LO|[LRDA])\s?\.?\s?(?P<num>\d{1,4}(?:-\d{1,4})+)(?![\w-]|\.\d)")
# Joins stay on the line: a number opening the next line is an item (« 3. les travaux »).
_LIST_JOIN = LazyPattern(
    r"[ \t]*(?:,|et|à|ou)[ \t]*(?:l['’][ \t]*article[ \t]*|les[ \t]+articles[ \t]*)?|[ \t]+"
)
_ITEM = LazyPattern(r"(?P<item>\d{1,2}\s?°)\s+(?:de\s+l['’]\s*)$")
# « l'article L. 2122-22 4° »: the item follows the article number
_ITEM_AFTER = LazyPattern(r"\s*,?\s+(?P<item>\d{1,2}\s?°)")
_CODE_AFTER = LazyPattern(r"\s*(?:,\s*)?(?:et\s+suivants\s+)?(?:du|de\s+la|de\s+l['’]|des)\s*")
# Texts other than codes whose articles acts cite: « l'article 38 du décret n° 77-1133 »,
# « son article 6 » after « la délibération du … ».
_OTHER_TEXT = LazyPattern(
    r"(?i:d[ée]crets?|lois?|ordonnances?|arr[êe]t[ée]s?|d[ée]lib[ée]rations?|r[èe]glements?"
    r"|directives?|circulaires?|conventions?|d[ée]cisions?|contrats?|cahiers?\s+des\s+charges"
    r"|statuts|traité)\b"
)
# Codes that number every article with its level and a hyphen (« L. 2122-22 »): a bare
# « son article 18 » in a clause naming one of them belongs to another text of the clause.
_HYPHENATED_CODES = frozenset({"CGCT", "CCP", "CENV", "CURB", "CSP", "CRPA", "CJA", "CCH",
                               "CGPPP", "CSI", "CASF", "CGFP", "CELEC", "CPATR", "CTOUR",
                               "CENER", "CEDUC", "CVOIRIE"})  # fmt: skip


_CODE_AFTER_NAMED = LazyPattern(
    rf"{_CODE_AFTER.pattern}(?:{CODE_NAME.pattern}|{SAME_CODE.pattern})", re.IGNORECASE
)


@dataclass
class _CodeMemory:
    """The code named last in the act, for « du même code »."""

    last: str | None = field(default=None)


def find_legal_citations(
    text: str, offset: int = 0, folded: str | None = None
) -> tuple[LegalCitation, ...]:
    """Code articles cited in ``text``, in order (« du même code » needs that order)."""
    folded = folded if folded is not None else fold(text)
    codes = _CodeMemory()
    found: list[LegalCitation] = []
    for position in hits(folded, ("article", "art.")):
        # At the start of a line, « Article 1 » heads an article of the act itself.
        if position == 0 or text[position - 1] == "\n":
            continue
        head = _ARTICLE_WORD.match(text, position)
        if head is None:
            continue
        pos = head.end()
        numbers: list[re.Match[str]] = []
        items: dict[int, str] = {}
        while True:
            m = _ARTICLE.match(text, pos)
            if not m or (not numbers and m["num"] is None):
                break
            if numbers and numbers[0]["level"] and not m["level"]:
                break  # « R. 181-20 à R. 181-32, 3. les travaux »: an item, not an article
            numbers.append(m)
            end = m.end()
            item_after = _ITEM_AFTER.match(text, end) if m["level"] else None
            if item_after:
                items[m.start()] = item_after["item"].replace(" ", "")
                end = item_after.end()
            join = _LIST_JOIN.match(text, end)
            if not join or not _ARTICLE.match(text, join.end()):
                pos = end
                break
            pos = join.end()
        if not numbers:
            continue
        code = _code_for(text, head.start(), pos, codes)
        if code is not None and _belongs_elsewhere(text, head.start(), pos, code, numbers):
            code = None
        item_match = _ITEM.search(text, max(0, head.start() - 12), head.start())
        item = item_match["item"].replace(" ", "") if item_match else None
        for m in numbers:
            if code is None and not m["level"]:
                continue  # « son article 15 », « l'article 3 ci-dessus »: not a code's article
            article = _article_text(m)
            found.append(
                LegalCitation(
                    code=code,
                    article=article,
                    span=Span(offset + m.start(), offset + m.end()),
                    item=items.get(m.start(), item),
                )
            )
    # Bare citations without the word « article » (« (L.141-5-3 du code de l'énergie) »)
    covered = {c.span.start - offset for c in found}
    hyphens = [i for i in hits(text, "-", word_start=False) if text[i - 1 : i].isdigit()]
    for m in (m for w in windows(hyphens, 12, 12, len(text)) for m in _BARE.finditer(text, *w)):
        if m.start() in covered or (
            m.start() and (text[m.start() - 1].isalnum() or text[m.start() - 1] in ".-")
        ):
            continue
        code = _code_for(text, m.start(), m.end(), codes)
        found.append(
            LegalCitation(
                code=code, article=_article_text(m), span=Span(offset + m.start(), offset + m.end())
            )
        )
    found.sort(key=lambda c: c.span.start)
    return tuple(found)


def _article_text(m: re.Match[str]) -> str:
    return f"{m['level']}. {m['num']}" if m["level"] else m["num"]


def _belongs_elsewhere(
    text: str, start: int, end: int, code: str, numbers: list[re.Match[str]]
) -> bool:
    """Whether articles given a code by looking back in the clause are another text's.

    « Vu la délibération …, et notamment son article 6 »: the text named last before
    the articles is not the code. Articles with a level letter (« L. 2122-22 ») are a
    code's whatever else the clause names; bare numbers are the code's only if the
    code names none of its articles that way.
    """
    if any(m["level"] for m in numbers) or _CODE_AFTER_NAMED.match(text, end):
        return False
    clause_start = max(text.rfind(";", 0, start), text.rfind("\n", 0, start)) + 1
    last_code = max((m.end() for m in CODE_NAME.finditer(text, clause_start, start)), default=-1)
    last_text = max((m.end() for m in _OTHER_TEXT.finditer(text, clause_start, start)), default=-1)
    if last_text > last_code:
        return True
    return code in _HYPHENATED_CODES and not any("-" in m["num"] for m in numbers)


def _code_for(text: str, start: int, end: int, codes: _CodeMemory) -> str | None:
    """The code of the articles in text[start:end]: named right after, or before in the clause."""
    after = _CODE_AFTER.match(text, end)
    if after:
        named = CODE_NAME.match(text, after.end())
        if named:
            codes.last = code_of(named)
            return codes.last
        if SAME_CODE.match(text, after.end()):
            return codes.last
        if _OTHER_TEXT.match(text, after.end()):
            return None  # « l'article 38 du décret n° 77-1133 »
    clause_start = max(text.rfind(";", 0, start), text.rfind("\n", 0, start)) + 1
    before = list(CODE_NAME.finditer(text, clause_start, start))
    if before:
        codes.last = code_of(before[-1])
        return codes.last
    return None
