"""Lint one source: read the document, run the rules, place their findings in the file."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from typing import Any

from actlint.engine.diagnostic import Diagnostic
from actlint.engine.input_rules import internal_error, legacy_encoding, problem_finding
from actlint.engine.rule import Rule
from actlint.parse.act import Kind
from actlint.parse.document import read_document
from actlint.read.excerpt import Excerpt
from actlint.read.source import LEGACY_ENCODINGS, Source
from actlint.text import Text


@dataclass(frozen=True)
class FileResult:
    """What reporters need of one file. Each finding carries its own excerpt, so the
    file's text is not kept: memory stays flat however many files a run reads."""

    path: str
    kind: Kind
    diagnostics: tuple[Diagnostic, ...]


def lint_source(
    source: Source, rules: Sequence[Rule], options: Mapping[str, Mapping[str, Any]] | None = None
) -> FileResult:
    """All the diagnostics for one source, sorted by position then code."""
    options = options or {}
    if source.problem is not None:
        rule, message, help_ = problem_finding(source.problem)
        return FileResult(source.path, "unknown", (replace(_at_start(rule, message), help=help_),))
    document = read_document(source)
    diagnostics: list[Diagnostic] = []
    if source.encoding in LEGACY_ENCODINGS:
        excerpt = Excerpt.of(source.line_text(1), 1, 1) if source.text else None
        diagnostics.append(
            replace(_at_start(legacy_encoding, legacy_encoding.summary), excerpt=excerpt)
        )
    for rule in rules:
        own = options.get(rule.code)
        try:
            for finding in rule.check(
                document.act, {**rule.options, **own} if own else rule.options
            ):
                at = document.finding_at(finding.span)
                where = at.where
                diagnostics.append(Diagnostic(
                    code=rule.code, name=rule.name, severity=finding.severity or rule.severity,
                    message=finding.message, line=where.line, column=where.column,
                    end_line=where.end_line, end_column=where.end_column,
                    help=finding.help, basis=rule.basis, place=source.place(where.line),
                    quote=at.quote, excerpt=at.excerpt, context=at.context,
                ))  # fmt: skip
        except Exception as error:  # one broken rule must not hide the others
            message = Text(
                f"la règle {rule.code} ({rule.name}) a échoué : {type(error).__name__}: {error}",
                f"rule {rule.code} ({rule.name}) failed: {type(error).__name__}: {error}",
            )
            diagnostics.append(_at_start(internal_error, message))
    diagnostics.sort(key=Diagnostic.sort_key)
    return FileResult(source.path, document.act.kind, tuple(diagnostics))


def _at_start(rule: Rule, message: Text) -> Diagnostic:
    return Diagnostic(code=rule.code, name=rule.name, severity=rule.severity, message=message,
                      line=1, column=1, end_line=1, end_column=1, basis=rule.basis)  # fmt: skip
