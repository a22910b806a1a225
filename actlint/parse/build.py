"""Turn the parse tree into the typed ``Act``, with entities recognised in every unit."""

from __future__ import annotations

import itertools
import re
from dataclasses import replace
from typing import Any

from actlint.parse.act import (
    Act,
    Article,
    Conclusions,
    Entities,
    Kind,
    Preamble,
    Preface,
    Span,
    Unit,
)
from actlint.parse.clauses import assigns_execution, execution_clause
from actlint.parse.delegating import read_delegation
from actlint.parse.entities import Placed, recognise
from actlint.parse.entities.dates import find_dates
from actlint.parse.preface import read_preface
from actlint.parse.signature import read_signature
from actlint.parse.sitting import read_sitting
from actlint.text import LazyPattern
from actlint.vocabulary import (
    ARTICLE,
    ARTICLE_LABELS,
    ENACTING,
    SITTING_DAY,
    VISA,
    article_label,
    pattern,
)

_ARTICLE_NUMBER = LazyPattern(rf"{pattern(ARTICLE)}\s?(?P<label>{article_label()})")
# A label that is not a number names the first article: « 1er », « premier », « unique ».
_FIRST_ARTICLE_LABELS = frozenset(label.lower() for label in ARTICLE_LABELS)
# « Ainsi fait et délibéré les jour, mois et an que dessus »: signed on the day of the sitting.
_SITTING_DAY = LazyPattern(f"(?i:{SITTING_DAY})")
# What announces the date of the sitting in the heading of a délibération: « séance du
# 18 mars 2025 », « L'an deux mille vingt-cinq, le dix-huit mars ».
# Dates of the heading that are not the sitting's: « DATE DE CONVOCATION : 10 mars 2025 ».
_NOT_SITTING = LazyPattern(r"(?i:convocation|convoqu|affich|transmis|re[çc]u)[^\n\d]{0,25}$")
# The cue opens its line: « lors de la séance du 16 mars 2008 » in the text is another one.
_SITTING_CUE = LazyPattern(
    r"(?i:^[^\w\n]*(?:s[ée]ance|r[ée]union|session)\b[^\n\d]{0,20}$|\bl'an\b[^\n]{0,60}$)", re.M
)


# A line that opens the preamble, the enacting formula or an article.
_BODY_OPENING = LazyPattern(
    rf"^(?:[-–•][ ])?(?:{pattern(VISA, ('upper', 'capitalised'))}[ ,:]"
    rf"|{pattern(ENACTING)}[ ]?:?[ ]*$|{pattern(ARTICLE)}[ ]?{article_label()}\b)",
    re.M,
)


def misplaced_signature(tree: Any) -> int | None:
    """Where a line read as the signature's opening stands before the act's visas,
    formula or articles (« Saint-Denis, le 6 mai 2025 » under the heading): it is the
    heading's date line. None when the conclusions are where they belong."""
    sections = {child.data: child for child in tree.children}
    if "conclusions" not in sections or "formula" in sections:
        return None
    if sections["preamble"].children or sections["body"].children:
        return None
    first, *rest = _tokens(sections["conclusions"])
    if first.type != "PLACE_DATE":
        return (
            None  # « Fait à … », « … jour, mois et an que dessus »: a signature, annexes after it
        )
    if any(_BODY_OPENING.match(str(line)) for line in rest):
        return int(first.start_pos)
    return None


def build(tree: Any, text: str) -> Act:
    """The ``Act`` for the parse tree of the logical ``text``."""
    sections = {child.data: child for child in tree.children}
    placed = Placed(recognise(text))

    def unit(lines: list[Any]) -> tuple[str, Span, Entities]:
        if not lines:
            return "", Span(0, 0), Entities()
        span = Span(lines[0].start_pos, lines[-1].end_pos - 1)  # each line token ends with "\n"
        return text[span.start : span.end], span, placed.within(span)

    preface_text, preface_span, preface_entities = unit(_tokens(sections["preface"]))
    read = read_preface(preface_text, preface_span.start, text)
    # The heading names the act itself (« DÉCISION n° … », « DECISION RELATIVE A … »),
    # not another act.
    preface_entities = preface_entities.replace(
        references=tuple(r for r in preface_entities.references if r.kind != read.kind),
    )
    preface = Preface(
        text=preface_text, span=preface_span, entities=preface_entities,
        kind=read.kind, kind_span=read.kind_span, number=read.number,
        number_span=read.number_span, nomenclature=read.nomenclature,
        nomenclature_span=read.nomenclature_span, title=read.title, authority=read.authority,
    )  # fmt: skip

    visas: list[Unit] = []
    recitals: list[Unit] = []
    for item in sections["preamble"].children:
        if item.data == "visa":
            visas.append(Unit(*unit(_tokens(item))))
        elif item.data == "recital":
            recitals.append(Unit(*unit(_tokens(item))))
        else:  # recital_group: « CONSIDÉRANT : » then one « que … » line per considérant
            items = [c for c in item.children if getattr(c, "data", None) == "recital_item"]
            if items:
                recitals.extend(Unit(*unit(_tokens(c))) for c in items)
            else:
                recitals.append(Unit(*unit(_tokens(item))))

    formula = None
    if "formula" in sections:
        formula = Unit(*unit(_tokens(sections["formula"])))

    articles = []
    for node in sections["body"].children:
        tokens = _tokens(node)
        unit_text, span, entities = unit(tokens)
        heading = _ARTICLE_NUMBER.match(unit_text)
        label = heading["label"] if heading else ""
        articles.append(Article(
            text=unit_text, span=span, entities=entities, number=_article_number(label),
            label=label, heading=Span(span.start, span.start + (heading.end() if heading else 0)),
        ))  # fmt: skip

    articles = _own_articles(articles, text, placed)

    conclusions = None
    if "conclusions" in sections:
        c_text, c_span, c_entities = unit(_tokens(sections["conclusions"]))
        signature = read_signature(c_text, c_span.start, c_entities.dates)
        sitting_day = _SITTING_DAY.search(c_text) if signature.date is None else None
        if sitting_day is not None:
            sitting = _sitting_date(preface)
            unreadable = None if sitting else sitting_day.group()  # the sitting's date is lost
            signature = replace(signature, date=sitting, unreadable_date=unreadable)
        conclusions = Conclusions(
            text=c_text, span=c_span, entities=c_entities, signature=signature
        )

    if preface.kind == "unknown" and formula is not None:
        preface = _kind_from_formula(preface, formula)
    if preface.kind == "unknown" and _SITTING_SIGNS.search(text):
        preface = replace(preface, kind="deliberation")  # OCR ate the heading's kind word
    if preface.kind == "arrete" and _signed_by_prefect(preface, conclusions):
        preface = replace(preface, kind="arrete_prefectoral")

    execution = [a for a in articles if assigns_execution(a.text)]
    clause = execution_clause(execution[-1]) if execution else None
    if clause is None and not articles:
        # a délibération decides in paragraphs: « CHARGE Monsieur le Maire de l'exécution… »
        clause = next(filter(None, map(execution_clause, [preface, *recitals])), None)
        clause = clause or (execution_clause(formula) if formula else None)
    sitting = read_sitting(
        text, _sitting_date(preface) if preface.kind == "deliberation" else None,
        is_deliberation=preface.kind == "deliberation",
    )  # fmt: skip
    act = Act(
        text=text, preface=preface, preamble=Preamble(tuple(visas), tuple(recitals)),
        formula=formula, articles=tuple(articles), conclusions=conclusions,
        execution_article=execution[-1] if execution else None, execution_clause=clause,
        sitting=sitting,
    )  # fmt: skip
    if preface.kind in ("deliberation", "unknown") and "delegation" in act.folded:
        signed = act.signature.date if act.signature else None
        delegation = read_delegation(act, _sitting_date(preface) or signed)
        if delegation is not None:
            act = replace(act, delegation=delegation)
    return act


# « Article 3 ..... page 5 »: an entry of a table of contents, not an article.
_CONTENTS_ENTRY = LazyPattern(r"(?:\.{3,}|…)[ ]*(?:(?i:page|p\.)[ ]*)?\d{1,3}[ ]*$")
# The end of an article that introduces a quotation: « … est remplacé par les dispositions
# suivantes : », « … est ainsi rédigé : », « … sont insérés les articles suivants : ».
_QUOTATION_INTRO = LazyPattern(
    r"(?i:(?:suivantes?|suit|r[ée]dig[ée]e?s?|libell[ée]e?s?|par)\s*:\s*[«\"“]?\s*$)"
)
_HEADING_SEPARATOR = LazyPattern(r"[ ]*(?P<sep>[:.\-–]?)")


def _own_articles(articles: list[Article], text: str, placed: Placed) -> list[Article]:
    """The act's own articles: the headings of a table of contents and of articles quoted
    from another act (« L'article 22 de l'arrêté … est remplacé par les dispositions
    suivantes : Article 22 : … ») become text of the article before them."""
    kept: list[Article] = []
    leaders = "..." in text or "…" in text  # no table of contents without its leaders
    for i, article in enumerate(articles):
        contents = leaders and _is_contents_entry(article, text)
        if kept and (contents or _is_quoted(kept[-1], article, _next_numbered(articles, i), text)):
            previous = kept[-1]
            span = Span(previous.span.start, article.span.end)
            quoted = previous.quotations if contents else (*previous.quotations, article.span)
            kept[-1] = replace(
                previous, text=text[span.start : span.end], span=span,
                entities=placed.within(span), quotations=quoted,
            )  # fmt: skip
        elif not contents:
            kept.append(article)
    return kept


def _is_contents_entry(article: Article, text: str) -> bool:
    line_end = text.find("\n", article.span.start)
    heading_line = text[article.span.start : line_end if line_end >= 0 else article.span.end]
    return _CONTENTS_ENTRY.search(heading_line) is not None


def _next_numbered(articles: list[Article], i: int) -> Article | None:
    """The first numbered article after the i-th."""
    return next((a for a in articles[i + 1 : i + 2] if a.number is not None), None) or next(
        (a for a in itertools.islice(articles, i + 1, None) if a.number is not None), None
    )


def _is_quoted(before: Article, article: Article, following: Article | None, text: str) -> bool:
    """A heading out of the act's sequence, between two that follow each other: quoted
    when the article before announces a quotation, or when it is written otherwise than
    its neighbours (« Article 22 : » between « ARTICLE 5 : » and « ARTICLE 6 : »)."""
    if before.number is None or article.number is None:
        return False
    if article.number in (before.number, before.number + 1):
        return False  # in sequence, or a duplicate: the act's own, even if wrong
    if following is None or following.number != before.number + 1:
        return False
    if _QUOTATION_INTRO.search(before.text):
        return True
    style = _heading_style(article, text)
    return style != _heading_style(before, text) and style != _heading_style(following, text)


def _heading_style(article: Article, text: str) -> tuple[bool, str]:
    """How a heading is written: its word in capitals or not, and what follows its label."""
    word = text[article.span.start : article.span.start + 3]
    separator = _HEADING_SEPARATOR.match(text, article.heading.end)
    return word.isupper(), separator["sep"] if separator else ""


def _tokens(node: Any) -> list[Any]:
    """The line tokens of a node, in order."""
    out = []
    for child in node.children:
        if hasattr(child, "children"):
            out.extend(_tokens(child))
        else:
            out.append(child)
    return out


def _article_number(label: str) -> int | None:
    if label.isdigit():
        return int(label)
    return 1 if label.lower() in _FIRST_ARTICLE_LABELS else None


def _sitting_date(preface: Preface) -> Any:
    """The date of the sitting: the one the heading announces as such (« séance du … »,
    « L'an … »), else the first date in the preface of a délibération."""
    dates = [d for d in find_dates(preface.text, preface.span.start) if d.value is not None]
    for date in dates:
        start = date.span.start - preface.span.start
        if date.text[:5].lower() == "l'an " or _SITTING_CUE.search(
            preface.text, max(0, start - 80), start
        ):
            return date
    others = [d for d in dates if not _NOT_SITTING.search(
        preface.text, max(0, d.span.start - preface.span.start - 40), d.span.start - preface.span.start
    )]  # fmt: skip
    return others[0] if others else None


_FORMULA_KIND: dict[str, Kind] = {"d": "decision", "a": "arrete"}


def _kind_from_formula(preface: Preface, formula: Unit) -> Preface:
    word = formula.text.split("\n", 1)[0].strip().lower()
    kind: Kind = "deliberation" if "lib" in word else _FORMULA_KIND.get(word[:1], "unknown")
    return replace(preface, kind=kind)


# A council's sitting: only délibérations are « délibérées » and have a « secrétaire de séance ».
_SITTING_SIGNS = LazyPattern(
    rf"(?i:{SITTING_DAY}|apr[èe]s\s+en\s+avoir\s+d[ée]lib[ée]r[ée]|secr[ée]taire\s+de\s+s[ée]ance"
    r"|^[^\w\n]*s[ée]ance\s+(?:publique\s+)?du\b)",
    re.M,
)
# The State's authorities: their arrêtés are the préfet's kind of act, not a mayor's.
_PREFECT = LazyPattern(
    r"(?i:pr[ée]f[eè]te?\b|pr[ée]fecture|sous-pr[ée]fet|agence\s+r[ée]gionale\s+de\s+sant[ée]"
    r"|\bARS\b|recteur|rectrice|ministre)"
)


def _signed_by_prefect(preface: Preface, conclusions: Conclusions | None) -> bool:
    capacity = conclusions.signature.capacity if conclusions and conclusions.signature else None
    on_behalf = conclusions.signature.on_behalf if conclusions and conclusions.signature else None
    signer = " ".join(filter(None, [capacity, on_behalf]))
    if signer:
        return bool(_PREFECT.search(signer)) and "maire" not in signer.lower()
    authority = preface.authority or ""
    return bool(_PREFECT.search(authority)) and "maire" not in authority.lower()
