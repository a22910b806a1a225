"""Lint one source: read the document, run the rules with their options, place their
findings in the file with the configured severities, within the time budget."""

from __future__ import annotations

import gc
import signal
import threading
from collections.abc import Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING, Any

from actlint.engine.diagnostic import Diagnostic
from actlint.engine.facts import within
from actlint.engine.input_rules import (
    internal_error,
    legacy_encoding,
    problem_finding,
    time_budget,
    utf16_encoding,
)
from actlint.engine.result import FileResult
from actlint.engine.rule import Rule, Severity
from actlint.parse.document import Document, read_document
from actlint.read.excerpt import Excerpt
from actlint.read.source import LEGACY_ENCODINGS, UTF16, Source
from actlint.text import Text

if TYPE_CHECKING:
    from actlint.engine.position import Related
    from actlint.engine.repository import Repository


@dataclass(frozen=True)
class Plan:
    """What runs on a file: the rules chosen, the option values each runs with (code →
    values; a rule left out runs with its defaults), the configured severities (code →
    severity) and the time budget in seconds (0: none)."""

    rules: tuple[Rule, ...]
    options: Mapping[str, Mapping[str, Any]] = field(default_factory=dict)
    severities: Mapping[str, Severity] = field(default_factory=dict)
    time_budget: float = 0.0


def lint_planned(
    source: Source, plan: Plan, repository: Repository | None = None, path: str = "",
    document: Document | None = None,
) -> FileResult:  # fmt: skip
    """Lint a source as planned; past the time budget, one IO004 finding instead.
    ``document``: the source already read, when the repository's index just did."""
    try:
        with time_limit(plan.time_budget):
            return lint_source(source, plan.rules, plan.options, plan.severities,
                               repository, path, document)  # fmt: skip
    except TimeBudgetExceeded:
        diagnostic = stopped(plan.time_budget)
        return _with_severities(FileResult(source.path, "unknown", (diagnostic,)), plan.severities)


def stopped(budget: float) -> Diagnostic:
    """The IO004 finding of a file whose reading or linting went past the time budget."""
    return _at_start(time_budget, Text(
        f"analyse interrompue après {budget:g} s (time-budget) : aucun constat n'est rapporté "
        "pour ce fichier",
        f"linting stopped after {budget:g} s (time-budget): no finding is reported for this file",
    ))  # fmt: skip


def lint_source(
    source: Source,
    rules: Sequence[Rule],
    options: Mapping[str, Mapping[str, Any]] | None = None,
    severities: Mapping[str, Severity] | None = None,
    repository: Repository | None = None,
    path: str = "",
    document: Document | None = None,
) -> FileResult:
    """All the diagnostics for one source, sorted by position then code. ``repository``:
    the acts its references resolve against; ``path``: the source's own path in it;
    ``document``: the source already read."""
    with _collector_paused():
        result = _lint(source, rules, options or {}, repository, path, document)
    return _with_severities(result, severities or {})


@contextmanager
def _collector_paused() -> Iterator[None]:
    """Pause the cyclic garbage collector while one act is read and linted: what it is read
    into lives until its findings are placed, and the collector would scan it again and
    again as it grows (a sixth of the time on a long act, more as it grows) to free
    nothing. The collector runs again as soon as the act is done."""
    if not gc.isenabled():  # paused by the caller, or by another thread linting
        yield
        return
    gc.disable()
    try:
        yield
    finally:
        gc.enable()


def _with_severities(result: FileResult, severities: Mapping[str, Severity]) -> FileResult:
    if not severities:
        return result
    return replace(result, diagnostics=tuple(
        replace(d, severity=severities.get(d.code, d.severity)) for d in result.diagnostics
    ))  # fmt: skip


def _lint(
    source: Source,
    rules: Sequence[Rule],
    options: Mapping[str, Mapping[str, Any]],
    repository: Repository | None,
    path: str,
    document: Document | None = None,
) -> FileResult:
    if source.problem is not None:
        rule, message, help_ = problem_finding(source.problem)
        return FileResult(source.path, "unknown", (replace(_at_start(rule, message), help=help_),))
    try:
        document = document or read_document(source)
    except Exception as error:  # reading must not stop the run: say so, lint the rest
        message = Text(f"la lecture de l'acte a échoué : {type(error).__name__}: {error}",
                       f"reading the act failed: {type(error).__name__}: {error}")  # fmt: skip
        return FileResult(source.path, "unknown", (_at_start(internal_error, message),))
    if repository is not None:
        within(document.act, repository, path)
    diagnostics: list[Diagnostic] = []
    encoding_rule = (
        legacy_encoding if source.encoding in LEGACY_ENCODINGS
        else utf16_encoding if source.encoding == UTF16 else None
    )  # fmt: skip
    if encoding_rule is not None and any(r.code == encoding_rule.code for r in rules):
        excerpt = Excerpt.of(source.line_text(1), 1, 1) if source.text else None
        diagnostics.append(
            replace(_at_start(encoding_rule, encoding_rule.summary), excerpt=excerpt)
        )
    for rule in rules:
        values = options.get(rule.code)
        if values is None:
            values = {o.name: o.default for o in rule.options}
        try:
            for finding in rule.check(document.act, values):
                at = document.finding_at(finding.span)
                where = at.where
                diagnostics.append(Diagnostic(
                    code=rule.code, name=rule.name, severity=finding.severity or rule.severity,
                    message=finding.message, line=where.line, column=where.column,
                    end_line=where.end_line, end_column=where.end_column,
                    help=finding.help, basis=rule.basis, place=source.place(where.line),
                    quote=at.quote, excerpt=at.excerpt, context=at.context,
                    related=_shown_from_here(finding.related, repository),
                ))  # fmt: skip
        except Exception as error:  # one broken rule must not hide the others
            message = Text(
                f"la règle {rule.code} ({rule.name}) a échoué : {type(error).__name__}: {error}",
                f"rule {rule.code} ({rule.name}) failed: {type(error).__name__}: {error}",
            )
            diagnostics.append(_at_start(internal_error, message))
    diagnostics.sort(key=Diagnostic.sort_key)
    return FileResult(source.path, document.act.kind, tuple(diagnostics))


def _shown_from_here(
    related: tuple[Related, ...], repository: Repository | None
) -> tuple[Related, ...]:
    """The other files a finding names, shown from the current folder as the linted file
    is (their paths are relative to the repository's root)."""
    if not related or repository is None:
        return related
    import os

    def shown(path: str) -> str:
        absolute = os.path.join(repository.root, path)
        relative = os.path.relpath(absolute)
        return absolute if relative.startswith(os.pardir) else relative

    return tuple(replace(r, path=shown(r.path)) for r in related)


def _at_start(rule: Rule, message: Text) -> Diagnostic:
    return Diagnostic(code=rule.code, name=rule.name, severity=rule.severity, message=message,
                      line=1, column=1, end_line=1, end_column=1, basis=rule.basis)  # fmt: skip


class TimeBudgetExceeded(BaseException):
    """Raised by the timer; a BaseException so that no rule's error handling swallows it."""


@contextmanager
def time_limit(seconds: float) -> Iterator[None]:
    """Interrupt the block after ``seconds`` (0: never). POSIX timers, main thread only."""
    usable = seconds > 0 and hasattr(signal, "setitimer")
    if usable and threading.current_thread() is threading.main_thread():

        def expire(signum: int, frame: object) -> None:
            raise TimeBudgetExceeded

        previous = signal.signal(signal.SIGALRM, expire)
        signal.setitimer(signal.ITIMER_REAL, seconds)
        try:
            yield
        finally:
            signal.setitimer(signal.ITIMER_REAL, 0)
            signal.signal(signal.SIGALRM, previous)
    else:
        yield
