"""What the result page shows of an analysis: the findings in order of severity, the
act's text cut into highlighted segments at the findings' exact places, and the summary of
what was read."""

from __future__ import annotations

from dataclasses import dataclass, field
from itertools import pairwise
from typing import Any

from actlint.engine.diagnostic import Diagnostic
from actlint.engine.rule import Severity
from actlint.read.source import Place
from actlint.serve.analysis import Analysis
from actlint.serve.wording import FORMATS, KINDS, amount, long_date, word
from actlint.text import Lang

_ORDER = {Severity.ERROR: 0, Severity.WARNING: 1, Severity.INFO: 2}


@dataclass
class Shown:
    """One finding as the page shows it."""

    index: int
    code: str
    name: str
    severity: str  # error, warning, info
    severity_word: str
    family: str
    message: str
    help: str | None
    basis: str | None
    basis_label: str
    sources: list[dict[str, Any]]
    where: str
    quote: str
    line: int
    placed: bool = False  # whether it is highlighted in the text shown


@dataclass
class Segment:
    text: str
    findings: tuple[int, ...] = ()  # indexes of the findings covering it
    starts: tuple[int, ...] = ()  # of those, the ones that begin here
    severity: str = ""  # the most severe of them


@dataclass
class Line:
    number: int
    label: str  # « 58 », or « p. 1, l. 42 », « § 39 » in a document
    title: str
    segments: list[Segment] = field(default_factory=list)


def _ordered(analysis: Analysis) -> list[Diagnostic]:
    """The findings, most severe first, then in the order of the text."""
    return sorted(analysis.result.diagnostics, key=lambda d: (_ORDER[d.severity], d.sort_key()))


def findings(analysis: Analysis, lang: Lang) -> list[Shown]:
    """The findings as shown, in the order of ``_ordered``."""
    return [_shown(i, d, lang) for i, d in enumerate(_ordered(analysis))]


def _shown(index: int, d: Diagnostic, lang: Lang) -> Shown:
    basis = d.basis
    where = (
        d.place.describe(d.column, lang)
        if d.place is not None
        else word("line", lang, line=d.line, column=d.column)
    )
    return Shown(
        index=index, code=d.code, name=d.name, severity=d.severity.label,
        severity_word=d.severity.word(lang), family=d.code[:-3],
        message=d.message.get(lang), help=d.help.get(lang) if d.help else None,
        basis=basis.line(lang) if basis else None,
        basis_label=basis.label(lang) if basis else word("basis", lang),
        sources=[{"cite": s.cite, "locator": s.locator} for s in basis.sources] if basis else [],
        where=where, quote=d.quote, line=d.line,
    )  # fmt: skip


def _spans(analysis: Analysis, shown: list[Shown]) -> dict[int, list[tuple[int, int, int]]]:
    """Line → (start, end, finding) in characters of that line, end exclusive."""
    ordered = _ordered(analysis)
    lines = analysis.lines
    spans: dict[int, list[tuple[int, int, int]]] = {}
    for item, d in zip(shown, ordered, strict=True):
        if not lines or d.line > len(lines):
            continue
        last = min(max(d.end_line, d.line), len(lines))
        for number in range(d.line, last + 1):
            text = lines[number - 1]
            start = d.column - 1 if number == d.line else 0
            end = d.end_column - 1 if number == last and last == d.end_line else len(text)
            start, end = max(0, min(start, len(text))), max(0, min(end, len(text)))
            if end <= start:
                if number != d.line:
                    continue
                # a finding about a place rather than a text: its first character, or
                # the whole line when it starts at the line's end
                start, end = (start, start + 1) if start < len(text) else (0, len(text))
            spans.setdefault(number, []).append((start, end, item.index))
        item.placed = d.line in spans and any(f == item.index for *_, f in spans[d.line])
    return spans


def lines(analysis: Analysis, shown: list[Shown], lang: Lang) -> list[Line]:
    """The text as read, each line cut where a highlight starts or ends."""
    spans = _spans(analysis, shown)
    severity = {s.index: s.severity for s in shown}
    out = []
    for number, text in enumerate(analysis.lines, 1):
        place = (
            analysis.places[number - 1]
            if analysis.places and number <= len(analysis.places)
            else None
        )
        label, title = _label(number, place, lang)
        line = Line(number, label, title)
        marks = spans.get(number, [])
        cuts = sorted({0, len(text), *(s for s, _, _ in marks), *(e for _, e, _ in marks)})
        for start, end in pairwise(cuts):
            covering = tuple(f for s, e, f in marks if s <= start and end <= e)
            starting = tuple(f for s, _, f in marks if s == start and f in covering)
            worst = min((severity[f] for f in covering), key=lambda s: _RANK[s], default="")
            line.segments.append(Segment(text[start:end], covering, starting, worst))
        if not line.segments:
            line.segments.append(Segment(""))
        out.append(line)
    return out


_CURRENCY = {"EUR": "€"}
_RANK = {"error": 0, "warning": 1, "info": 2}


def _label(number: int, place: Place | None, lang: Lang) -> tuple[str, str]:
    if place is None:
        return str(number), word("line", lang, line=number, column=1).split(",")[0]
    if place.unit == "page":
        return f"p. {place.number}, l. {place.line}", place.describe(1, lang).rsplit(",", 1)[0]
    if place.unit == "table":
        short = "tabl." if lang == "fr" else "table"
        return f"{short} {place.number}, {place.line}", place.describe(1, lang).rsplit(",", 1)[0]
    return f"§ {place.number}", place.describe(1, lang).rsplit(",", 1)[0]


def summary(analysis: Analysis, lang: Lang) -> dict[str, Any] | None:
    """The parse view in a few lines: kind, number, subject, authority, signature,
    amounts and the chain of delegation, or None when nothing was read."""
    tree = analysis.tree
    if tree is None:
        return None
    signature = tree["signature"] or {}
    signatory = ", ".join(
        str(signature[key]) for key in ("on_behalf", "capacity", "name") if signature.get(key)
    )
    chain = [_step(step, analysis, lang) for step in analysis.chain]
    return {
        "kind": KINDS.get(tree["kind"], KINDS["unknown"]).get(lang),
        "number": tree["number"],
        "subject": tree["title"],
        "authority": tree["authority"],
        "signed_on": long_date(signature.get("date"), lang),
        "signatory": signatory or None,
        "amounts": [
            " ".join(
                p
                for p in (
                    amount(a["value"], lang),
                    _CURRENCY.get(a["currency"], a["currency"] or ""),
                    a["qualifier"] or "",
                )
                if p
            )
            for a in tree["amounts"]
        ],
        "chain": ([signatory] if signatory and chain else []) + chain,
        "read_as": FORMATS.get(analysis.encoding)
        or f"{word('read_as_text', lang)} ({analysis.encoding})",
    }


def _step(step: dict[str, Any], analysis: Analysis, lang: Lang) -> str:
    kind = KINDS.get(step["kind"], KINDS["unknown"]).get(lang)
    number = f" n° {step['number']}" if step["number"] else ""
    on = long_date(step["date"], lang)
    dated = (f" du {on}" if lang == "fr" else f" of {on}") if on else ""
    places = analysis.places
    place = places[step["line"] - 1] if places and step["line"] <= len(places) else None
    return f"{kind}{number}{dated} ({_label(step['line'], place, lang)[1]})"


def counts(shown: list[Shown]) -> dict[str, int]:
    found = {"error": 0, "warning": 0, "info": 0}
    for item in shown:
        found[item.severity] += 1
    return found
