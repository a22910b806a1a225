"""Machine-readable output: the findings of ``check`` and the ``Act`` of ``parse``.

Both shapes are contracts other tools depend on; extend them, never change them.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

from actlint.engine.repository import Repository
from actlint.engine.result import FileResult
from actlint.engine.rule import Severity
from actlint.parse.act import (
    Amount,
    DateMention,
    Delegation,
    Entities,
    LegalCitation,
    Permission,
    Span,
    Unit,
)
from actlint.parse.document import Document
from actlint.parse.sitting import Count, Member, Sitting
from actlint.report.reporter import ReportOptions
from actlint.run.outcome import Tally
from actlint.text import Lang

CHECK_VERSION = 1


class CheckJson:
    """The ``check`` report as one JSON object, written file by file:
    ``{"version", "files": [...], "summary"}``, as ``json.dumps(..., indent=2)`` would."""

    def __init__(
        self, write: Callable[[str], object], lang: Lang, statistics: bool = False
    ) -> None:
        self.write, self.lang, self.statistics = write, lang, statistics
        self.tally = Tally()

    def add(self, result: FileResult) -> None:
        first = not self.tally.files
        self.tally.add(result)
        entry = {
            "path": result.path,
            "kind": result.kind,
            "diagnostics": [d.to_json(self.lang) for d in result.diagnostics],
        }
        opening = f'{{\n  "version": {CHECK_VERSION},\n  "files": [\n' if first else ",\n"
        self.write(opening + "    " + _dumps(entry, level=2))

    def close(self) -> None:
        severities = (Severity.ERROR, Severity.WARNING, Severity.INFO)
        summary = {
            "files": self.tally.files,
            **{s.label: self.tally.severities[s] for s in severities},
        }
        if self.tally.files:
            self.write("\n  ],\n")
        else:
            self.write(f'{{\n  "version": {CHECK_VERSION},\n  "files": [],\n')
        if self.statistics:
            self.write(f'  "statistics": {_dumps(statistics_json(self.tally), level=1)},\n')
        self.write(f'  "summary": {_dumps(summary, level=1)}\n}}\n')


def statistics_json(tally: Tally) -> list[dict[str, object]]:
    """How many findings each rule made, most frequent first."""
    ranked = sorted(tally.by_rule.items(), key=lambda item: (-item[1], item[0]))
    return [{"code": code, "name": name, "count": n} for (code, name), n in ranked]


class JsonReporter:
    STATISTICS = "inside"  # a "statistics" member beside the summary

    def __init__(self, options: ReportOptions) -> None:
        self.options = options
        self.document = CheckJson(options.stream.write, options.lang, options.statistics)

    def add(self, result: FileResult) -> None:
        self.document.add(result)

    def close(self) -> None:
        self.document.close()
        self.options.stream.flush()


def _dumps(value: object, level: int) -> str:
    """``value`` as JSON indented by 2, to sit ``level`` levels deep in a document."""
    return json.dumps(value, ensure_ascii=False, indent=2).replace("\n", "\n" + "  " * level)


def act_json(document: Document) -> dict[str, Any]:
    """The parsed act, positions in the original file."""
    act = document.act

    def at(span: Span) -> dict[str, Any]:
        """Line and column in the file; in a document, also its page and line or paragraph."""
        where = document.locate(span)
        place = document.source.place(where.line)
        found: dict[str, Any] = {"line": where.line, "column": where.column}
        if place is not None:
            found["location"] = place.to_json(where.column)
        return found

    def line(span: Span) -> dict[str, Any]:
        found = at(span)
        del found["column"]
        return found

    def date(d: DateMention) -> dict[str, Any]:
        return {"value": d.value.isoformat() if d.value else None, "text": d.text, **at(d.span)}

    def amount(a: Amount) -> dict[str, Any]:
        return {"value": str(a.value), "qualifier": a.qualifier, "currency": a.currency,
                "in_words": a.in_words, **at(a.span)}  # fmt: skip

    def citation(c: LegalCitation) -> dict[str, Any]:
        return {"code": c.code, "article": c.article, "item": c.item, **at(c.span)}

    def entities(e: Entities) -> dict[str, Any]:
        return {
            "dates": [date(d) for d in e.dates],
            "amounts": [amount(a) for a in e.amounts],
            "citations": [citation(c) for c in e.legal_citations],
            "references": [
                {"kind": r.kind, "number": r.number,
                 "date": r.date.value.isoformat() if r.date and r.date.value else None,
                 **at(r.span)}
                for r in e.references
            ],
        }  # fmt: skip

    def unit(u: Unit) -> dict[str, Any]:
        return {"text": u.text, **line(u.span), **entities(u.entities)}

    def excerpt(span: Span) -> dict[str, Any]:
        return {"text": act.text[span.start : span.end], **at(span)}

    def delegation(d: Delegation) -> dict[str, Any]:
        def permission(p: Permission | None) -> dict[str, Any] | None:
            return None if p is None else {"allowed": p.allowed, **excerpt(p.span)}

        return {
            **excerpt(d.span),
            "date": None if d.date is None else date(d.date),
            "items": [
                {"number": i.number, "by_wording": i.by_wording, **excerpt(i.span),
                 "limits": [excerpt(s) for s in i.limits],
                 "council_wording": None if i.council_wording is None
                 else excerpt(i.council_wording)}
                for i in d.items
            ],
            "adjoints": permission(d.adjoints),
            "agents": permission(d.agents),
            "suppleance": permission(d.suppleance),
        }  # fmt: skip

    def count(c: Count | None) -> dict[str, Any] | None:
        return None if c is None else {"value": c.value, "certain": c.certain, **at(c.span)}

    def member(m: Member | None) -> dict[str, Any] | None:
        return None if m is None else {"name": m.name, **at(m.span)}

    def mention(s: Span | None) -> dict[str, Any] | None:
        return None if s is None else {"text": act.text[s.start : s.end], **at(s)}

    def sitting(s: Sitting) -> dict[str, Any]:
        return {
            **line(s.span),
            "date": None if s.date is None else date(s.date),
            "convocation": None if s.convocation is None else date(s.convocation),
            **{key: count(getattr(s, key)) for key in (
                "in_office", "present", "represented", "absent", "voters")},
            "present_names": [member(m) for m in s.present_names],
            "present_list_whole": s.present_list is not None,
            "proxies": [{"giver": member(p.giver), "holder": member(p.holder)} for p in s.proxies],
            "absent_names": [member(m) for m in s.absent_names],
            "president": member(s.president),
            "presidency": mention(s.presidency),
            "secretary": member(s.secretary),
            "secretary_mention": mention(s.secretary_mention),
            "vote": {
                "unanimous": mention(s.unanimous),
                **{key: count(getattr(s, key)) for key in (
                    "votes_for", "votes_against", "abstentions", "not_voting")},
            },
            "without_quorum": mention(s.without_quorum),
            "urgency": mention(s.urgency),
        }  # fmt: skip

    signature = act.signature
    return {
        "kind": act.kind,
        "number": act.preface.number,
        "nomenclature": act.preface.nomenclature,
        "title": act.preface.title,
        "authority": act.preface.authority,
        "visas": [unit(u) for u in act.preamble.citations],
        "considerants": [unit(u) for u in act.preamble.recitals],
        "formula": act.formula.text.split("\n", 1)[0] if act.formula else None,
        "articles": [
            {"number": a.number, "label": a.label, **line(a.span), "text": a.text,
             "quotations": [line(q) for q in a.quotations]}
            for a in act.articles
        ],
        "execution_article": act.execution_article.number if act.execution_article else None,
        "execution_clause": None if act.execution_clause is None else {
            "text": act.text[act.execution_clause.start : act.execution_clause.end],
            **at(act.execution_clause),
        },
        "territory_hint": act.territory_hint,
        "delegation": None if act.delegation is None else delegation(act.delegation),
        "sitting": None if act.sitting is None else sitting(act.sitting),
        "signature": None if signature is None else {
            "place": signature.place,
            "date": signature.date.value.isoformat() if signature.date and signature.date.value else None,
            "on_behalf": signature.on_behalf,
            "capacity": signature.capacity,
            "name": signature.name,
            "unreadable_date": signature.unreadable_date,
            **line(signature.span),
        },
        "stamp": None if act.stamp is None else {
            "identifier": act.stamp.identifier,
            "number": act.stamp.number,
            "decided": act.stamp.decided.isoformat() if act.stamp.decided else None,
            "nature": act.stamp.nature,
            "sent": date(act.stamp.sent) if act.stamp.sent else None,
            "received": date(act.stamp.received) if act.stamp.received else None,
            **at(act.stamp.span),
        },
        "mentions": [
            {"kind": m.kind, "wording": m.wording,
             "date": date(m.date) if m.date else None, "blank": m.blank, **at(m.span)}
            for m in act.mentions
        ],
        "dates": [date(d) for d in act.dates],
        "amounts": [amount(a) for a in act.amounts],
        "citations": [citation(c) for c in act.legal_citations],
        "references": entities(Entities(references=act.references))["references"],
    }  # fmt: skip


def cited_acts_json(
    document: Document, repository: Repository, path: str, lang: Lang
) -> dict[str, Any]:
    """What each act the visas and articles cite resolved to in the repository (path and
    position there), or why not."""
    from actlint.engine.facts import facts, within

    act = document.act
    within(act, repository, path)
    found = facts(act)
    cited = []
    for ref, delegating in found.cited_acts:
        where = document.locate(ref.span)
        resolution = found.resolve(ref, delegating)
        cited.append({
            "text": " ".join(act.text[ref.span.start : ref.span.end].split()),
            "kind": ref.kind, "number": ref.number,
            "date": ref.date.value.isoformat() if ref.date and ref.date.value else None,
            "delegating": delegating, "line": where.line, "column": where.column,
            "resolution": resolution.to_json(lang) if resolution else None,
        })  # fmt: skip
    return {"repository": repository.root, "cited_acts": cited}
