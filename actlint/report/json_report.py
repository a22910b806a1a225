"""Machine-readable output: the findings of ``check`` and the ``Act`` of ``parse``.

Both shapes are contracts other tools depend on; extend them, never change them.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

from actlint.engine.lint import FileResult
from actlint.engine.rule import Severity
from actlint.parse.act import Amount, DateMention, Entities, LegalCitation, Span, Unit
from actlint.parse.document import Document
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
