"""Diagnostics about the input itself, raised by the engine rather than by a rule pack."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from actlint.engine.rule import Finding, Rule, Severity, rule
from actlint.parse.act import Act
from actlint.read.source import Problem
from actlint.text import Text


@rule(
    code="IO001", name="legacy-encoding", severity=Severity.WARNING, basis=None,
    summary=Text("Fichier non encodé en UTF-8 (lu en Windows-1252)",
                 "File not encoded in UTF-8 (read as Windows-1252)"),
)  # fmt: skip
def legacy_encoding(act: Act, options: Mapping[str, Any]) -> Iterable[Finding]:
    """The file is not valid UTF-8 and was read as Windows-1252 (cp1252).

    Why: exports from municipal software are often in cp1252. actlint reads them, but
    a character that cp1252 maps differently from what the author meant cannot be
    detected; saving the act in UTF-8 removes the doubt.
    """
    return ()


@rule(
    code="IO002", name="not-text", severity=Severity.ERROR, basis=None,
    summary=Text("Le fichier n'est pas un texte", "The file is not text"),
)  # fmt: skip
def not_text(act: Act, options: Mapping[str, Any]) -> Iterable[Finding]:
    """The file holds binary data (NUL bytes), so it is not an act in text form.

    Why: nothing can be checked in it; a binary file passed by mistake should be
    reported, not ignored.
    """
    return ()


@rule(
    code="IO003", name="internal-error", severity=Severity.ERROR, basis=None,
    summary=Text("Une règle a échoué sur ce fichier", "A rule failed on this file"),
)  # fmt: skip
def internal_error(act: Act, options: Mapping[str, Any]) -> Iterable[Finding]:
    """A rule raised an exception on this file; its findings are missing.

    Why: a crash must not hide the other rules' findings nor stop the run; it is
    reported so that the missing check is not taken for a clean result.
    """
    return ()


@rule(
    code="IO004", name="time-budget", severity=Severity.ERROR, basis=None,
    summary=Text("Analyse interrompue : temps dépassé", "Linting stopped: time budget exceeded"),
)  # fmt: skip
def time_budget(act: Act, options: Mapping[str, Any]) -> Iterable[Finding]:
    """Linting the file took longer than the configured time budget (``time-budget``,
    in seconds) and was stopped; none of its findings are reported.

    Why: a runaway file must not leave a CI job or a pre-commit hook stuck; it is
    reported so that the missing checks are not taken for a clean result.
    """
    return ()


@rule(
    code="IO005", name="unreadable-document", severity=Severity.ERROR, basis=None,
    summary=Text("Document illisible", "Unreadable document"),
)  # fmt: skip
def unreadable_document(act: Act, options: Mapping[str, Any]) -> Iterable[Finding]:
    """A DOCX, ODT or PDF file could not be read: damaged or truncated, protected by a
    password, or beyond the reading limits (size, number of parts or pages, XML entity
    declarations). The message says which.

    Why: nothing in it can be checked, and a file that fails to open for actlint may
    fail to open for the préfecture too; it is reported, never taken for a clean act.
    Documents are containers of compressed parts: the limits keep a hostile file from
    exhausting memory or time.
    """
    return ()


@rule(
    code="IO006", name="no-text-layer", severity=Severity.ERROR, basis=None,
    summary=Text("PDF sans couche texte (numérisation)", "PDF with no text layer (a scan)"),
)  # fmt: skip
def no_text_layer(act: Act, options: Mapping[str, Any]) -> Iterable[Finding]:
    """The PDF holds only images of its pages: a scan, with no text to read.

    Why: an empty result would look like a clean act. Passing the file through text
    recognition (OCR), which most scanning and PDF software offers as « rendre le texte
    interrogeable » or « reconnaissance de texte », adds the text layer; lint the result.
    """
    return ()


@rule(
    code="IO007", name="utf16-encoding", severity=Severity.INFO, basis=None,
    summary=Text("Fichier encodé en UTF-16 (lu comme tel)", "File encoded in UTF-16 (read as such)"),
)  # fmt: skip
def utf16_encoding(act: Act, options: Mapping[str, Any]) -> Iterable[Finding]:
    """The file is in UTF-16, as Windows Notepad saves « Unicode » text.

    Why: actlint reads it, but many tools (version control diffs, the préfecture's
    platforms, other linters) expect UTF-8; saving the act in UTF-8 avoids surprises.
    """
    return ()


NO_TEXT_HELP = Text(
    "ajoutez une couche texte par reconnaissance de caractères (OCR) puis relancez actlint",
    "add a text layer with optical character recognition (OCR), then run actlint again",
)

INPUT_RULES: tuple[Rule, ...] = (
    legacy_encoding,
    not_text,
    internal_error,
    time_budget,
    unreadable_document,
    no_text_layer,
    utf16_encoding,
)


def problem_finding(problem: Problem) -> tuple[Rule, Text, Text | None]:
    """The input rule, message and help that report a file that gave no text."""
    found = next(r for r in INPUT_RULES if r.code == problem.code)
    detail = problem.detail
    message = (
        found.summary
        if detail is None
        else Text(f"{found.summary.fr} : {detail.fr}", f"{found.summary.en}: {detail.en}")
    )
    return found, message, NO_TEXT_HELP if found is no_text_layer else None
