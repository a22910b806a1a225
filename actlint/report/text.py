"""The default report: each finding with its source excerpt, caret, help and basis, file by
file, then a summary of the run."""

from __future__ import annotations

from collections.abc import Mapping

from actlint.engine.diagnostic import Diagnostic
from actlint.engine.result import FileResult
from actlint.engine.rule import Severity
from actlint.read.excerpt import Excerpt
from actlint.report.reporter import ReportOptions
from actlint.report.styled import Line, emit
from actlint.run.outcome import Tally
from actlint.text import Lang

_STYLE = {Severity.ERROR: "bold red", Severity.WARNING: "bold yellow", Severity.INFO: "bold blue"}
_HELP = {"fr": "aide : ", "en": "help: "}
_SEE = {"fr": "voir : ", "en": "see: "}


def headline(path: str, d: Diagnostic, lang: Lang) -> Line:
    """`path:line:col CODE [severity] message`; in a document, page and line or paragraph."""
    where = f"{path}:{d.where(lang)}" if d.place is None else f"{path} ({d.where(lang)})"
    return [
        (where, "bold"),
        (" ", ""),
        (d.code, _STYLE[d.severity]),
        (f" [{d.severity.word(lang)}] ", _STYLE[d.severity]),
        (d.message.get(lang), ""),
    ]


def render_file(result: FileResult, lang: Lang) -> list[Line]:
    """Each finding of one file with its excerpt, caret, help and basis."""
    lines: list[Line] = []
    help_label = _HELP[lang]
    colon = " : " if lang == "fr" else ": "
    for d in result.diagnostics:
        lines.append(headline(result.path, d, lang))
        if d.excerpt is not None:
            lines.extend(_excerpt(d.excerpt, d))
        if d.help:
            lines.append([("   = ", "blue"), (help_label, "bold"), (d.help.get(lang), "")])
        for related in d.related:
            lines.append([("   = ", "blue"), (_SEE[lang], "bold"), (related.describe(lang), "")])
        if d.basis:
            label = d.basis.label(lang) + colon
            lines.append([("   = ", "blue"), (label, "bold"), (d.basis.line(lang), "")])
        lines.append([])
    return lines


def _excerpt(excerpt: Excerpt, d: Diagnostic) -> list[Line]:
    number = str(d.line if d.place is None else d.place.line or d.place.number)
    gutter = " " * len(number)
    carets = "^" * max(1, excerpt.end - excerpt.start)
    return [
        [(f"{gutter} |", "blue")],
        [(f"{number} | ", "blue"), (excerpt.text, "")],
        [(f"{gutter} | ", "blue"), (" " * excerpt.start + carets, _STYLE[d.severity])],
    ]


class _Wording:
    """The summary's words in one language (a plain class: cheaper to define at start-up
    than a dataclass)."""

    __slots__ = ("clean", "error", "file", "found", "info", "warning")

    def __init__(self, *, clean: str, found: str, error: tuple[str, str],
                 warning: tuple[str, str], info: tuple[str, str], file: tuple[str, str]) -> None:  # fmt: skip
        self.clean, self.found, self.error = clean, found, error
        self.warning, self.info, self.file = warning, info, file


_SUMMARY = {
    "fr": _Wording(
        clean="Aucun problème trouvé ({files}).",
        found="Trouvé : {counts} dans {files}.",
        error=("erreur", "erreurs"),
        warning=("avertissement", "avertissements"),
        info=("info", "info"),
        file=("fichier", "fichiers"),
    ),
    "en": _Wording(
        clean="No problems found ({files}).",
        found="Found {counts} in {files}.",
        error=("error", "errors"),
        warning=("warning", "warnings"),
        info=("info", "info"),
        file=("file", "files"),
    ),
}


def summary(files: int, counts: Mapping[Severity, int], lang: Lang) -> Line:
    """« Trouvé : 1 erreur, 3 avertissements, 3 info dans 1 fichier. »"""
    wording = _SUMMARY[lang]
    files_text = _count(files, wording.file, lang)
    if not any(counts.values()):
        return [(wording.clean.format(files=files_text), "bold green")]
    found = ", ".join(
        _count(counts.get(severity, 0), forms, lang)
        for severity, forms in (
            (Severity.ERROR, wording.error),
            (Severity.WARNING, wording.warning),
            (Severity.INFO, wording.info),
        )
    )
    return [(wording.found.format(counts=found, files=files_text), "bold")]


def _count(n: int, forms: tuple[str, str], lang: Lang) -> str:
    singular = n <= 1 if lang == "fr" else n == 1
    return f"{n} {forms[0] if singular else forms[1]}"


class TextReporter:
    """``--quiet`` drops the summary and the blank line after each finding."""

    STATISTICS = "instead"  # people read the table rather than the findings

    def __init__(self, options: ReportOptions) -> None:
        self.options = options
        self.tally = Tally()

    def add(self, result: FileResult) -> None:
        self.tally.add(result)
        lines = render_file(result, self.options.lang)
        emit(
            [line for line in lines if line or not self.options.quiet],
            self.options.stream,
            self.options.colour,
        )

    def close(self) -> None:
        if not self.options.quiet and self.tally.files:  # nothing linted: the errors said why
            tally = self.tally
            emit(
                [summary(tally.files, tally.severities, self.options.lang)],
                self.options.stream,
                self.options.colour,
            )
        self.options.stream.flush()
