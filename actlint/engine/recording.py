"""The record the repository index keeps of a parsed act (``records.py``): its identity,
what it delegates, and what it does to the acts it names, each placed in its file."""

from __future__ import annotations

from typing import Any

from actlint.engine.facts import facts
from actlint.engine.position import Position
from actlint.engine.records import KINDS, Cited, Effect, Item, Named, Record
from actlint.parse.act import Act, ActReference, Span
from actlint.parse.delegates import read_delegates
from actlint.parse.document import Document
from actlint.parse.entities.references import normalise_number
from actlint.text import LazyPattern, fold

_PART = LazyPattern(r"\b(?:articles?|dispositions|alineas?|annexes?|points?|paragraphes?)\b")
# The installation of a new council: not a council of young people, nor the election of
# a maire délégué or of a maire adjoint de quartier.
_INSTALLS = LazyPattern(
    r"installation\s+du\s+conseil\s+municipal(?!\s+(?:des|d'|de\s+la)\s*(?:jeunes|enfants|jeunesse))"
    r"|election\s+du\s+maire\b(?!\s+(?:delegue|adjoint|de\s+quartier))"
)


def record_of(document: Document, path: str) -> Record:
    """The record of a parsed act, its positions placed in its file."""
    act = document.act

    def at(span: Span) -> Position:
        where = document.finding_at(span).where
        return Position(where.line, where.column, document.source.place(where.line))

    signature = act.signature
    # A délibération is dated by its sitting, not by the extract's signature.
    sitting = act.sitting.date if act.sitting else None
    candidates = (
        sitting if act.kind == "deliberation" else None,
        act.delegation.date if act.delegation else None,
        signature.date if signature else None,
        *act.preface.entities.dates,
    )  # fmt: skip
    dated = next((d for d in candidates if d is not None and d.value), None)
    place = signature.place if signature and signature.place else None
    title = act.preface.title
    return Record(
        path=path, kind=act.kind,
        number=normalise_number(act.preface.number) if act.preface.number else None,
        date=dated.value.isoformat() if dated and dated.value else None,
        title=" ".join(title.split()) if title else None,
        place=fold(place).strip() if place else None,
        at=at(act.preface.number_span or act.first_line),
        date_at=at(dated.span) if dated else None,
        installs_council=bool(title and _INSTALLS.search(fold(title))),
        items=_items(act, at), delegates=_delegates(act, at), cites=_cites(act, at),
        rests_on=tuple(Cited(ref.kind, ref.number, _iso(ref), None, at(ref.span), delegating)
                       for ref, delegating in facts(act).cited_acts),
    )  # fmt: skip


def _items(act: Act, at: Any) -> tuple[Item, ...]:
    if act.delegation is None:
        return ()
    found = []
    for item in act.delegation.items:
        number = item.by_wording or item.number
        if number is None:
            continue
        limits = [a for a in act.amounts for s in item.limits
                  if s.start <= a.span.start < s.end]  # fmt: skip
        top = max((a.value for a in limits), default=None)
        text = " ; ".join(act.text[s.start : s.end] for s in item.limits)
        found.append(Item(number, at(item.span), top, " ".join(text.split())))
    return tuple(found)


def _delegates(act: Act, at: Any) -> tuple[Named, ...]:
    return tuple(
        Named(d.name, d.capacity, " ".join(act.folded[d.matters.start : d.matters.end].split()),
              at(d.span))
        for d in read_delegates(act)
    )  # fmt: skip


def _cites(act: Act, at: Any) -> tuple[Cited, ...]:
    """The acts named in the title and the articles, with what the act does to them."""
    found = []
    for unit in (act.preface, *act.articles):
        first_of_sentence = -1
        for ref in unit.entities.references:
            if ref.kind not in KINDS:
                continue
            sentence = _sentence_start(act, ref.span.start)
            subject = sentence > first_of_sentence  # the first act its sentence names
            first_of_sentence = max(first_of_sentence, sentence)
            effect = (
                _effect(act, ref, subject) if ref.kind in _AUTHORITY.get(act.kind, ()) else None
            )
            found.append(Cited(ref.kind, ref.number, _iso(ref), effect, at(ref.span)))
    return tuple(found)


# What an act may withdraw or amend: the acts of its own authority.
_AUTHORITY = {"deliberation": ("deliberation", "decision"), "decision": ("decision",),
              "arrete": ("arrete",), "arrete_prefectoral": ("arrete", "arrete_prefectoral")}  # fmt: skip
_VERBS = r"(abrog|retir|rapport|remplac|annul|modifi|complet)\w*"
# « abroge la délibération … », « portant modification de l'arrêté … », « modifiant
# l'article 3 de la décision … »: the verb right before the act it governs.
_VERB_BEFORE = LazyPattern(
    rf"(?:\b{_VERBS}|portant\s+(abrogation|retrait|modification|remplacement))\s+"
    r"(?:d[eu]s?\s+|de\s+la\s+|de\s+l'\s*)?(?:l'\s*|la\s+|le\s+|les\s+)?"
    r"(?:(?:dispositions|articles?|alineas?|annexes?|points?)\b[^.;:]{0,40}?\s+d[eu]s?\s+(?:la\s+|l'\s*|le\s+)?)?$"
)
# « La délibération n° … est abrogée », « … du 8 novembre 2005 sont remplacées »: the act
# its sentence names first, subject of the verb.
_VERB_AFTER = LazyPattern(rf"[^.;]{{0,80}}?\b(?:est|sont)\s+(?:ainsi\s+|donc\s+)?{_VERBS}")
_WITHDRAWING = ("abrog", "retir", "rapport", "remplac", "annul", "retrait")
_SENTENCE_START = LazyPattern(r"[.;:]\s|\n\n")


def _sentence_start(act: Act, at: int) -> int:
    starts = [m.end() for m in _SENTENCE_START.finditer(act.folded, max(0, at - 400), at)]
    return starts[-1] if starts else max(0, at - 400)


def _effect(act: Act, ref: ActReference, subject: bool) -> Effect | None:
    """What the act does to the act ``ref`` names: withdraws it (« abroge », « retire »,
    « remplace ») or amends it (« modifie », « complète », or replaces a part of it)."""
    folded = act.folded
    start = _sentence_start(act, ref.span.start)
    before = _VERB_BEFORE.search(folded, max(start, ref.span.start - 120), ref.span.start)
    after = _VERB_AFTER.match(folded, ref.span.end) if subject and before is None else None
    found = before or after
    if found is None:
        return None
    verb = next(group for group in found.groups() if group)
    part = _PART.search(folded, start, ref.span.start)
    return "withdraws" if verb.startswith(_WITHDRAWING) and part is None else "amends"


def _iso(ref: ActReference) -> str | None:
    return ref.date.value.isoformat() if ref.date and ref.date.value else None
