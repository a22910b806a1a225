"""Baselines: record today's findings, then report only new ones.

A finding is recorded by its file and its fingerprint (the flagged text and a few
characters around it, so that edits elsewhere keep it). Files are recorded by their path
relative to the project's root (the configuration's folder, else the repository's root,
else the current folder), however they were named on the command line.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import replace
from pathlib import Path

from actlint.engine.config import ConfigError
from actlint.engine.fingerprint import fingerprints
from actlint.engine.result import FileResult
from actlint.run.output import report_stream
from actlint.text import Text

VERSION = 1
_FIELDS = ("path", "code", "fingerprint")


def relative_to(root: Path, path: str) -> str:
    """``path`` as the baseline records it: relative to ``root`` when inside it, with « / »,
    without « ./ » or « .. » detours; standard input and paths outside stay as given."""
    if path == "-":
        return path
    absolute = os.path.normpath(os.path.abspath(path))
    try:
        return Path(absolute).relative_to(root.resolve()).as_posix()
    except ValueError:
        return Path(absolute).as_posix()


class Recorder:
    """The findings of a run, written as a baseline at its end."""

    def __init__(self, root: Path) -> None:
        self.root = root
        self.entries: list[dict[str, object]] = []
        self.files = 0

    def add(self, result: FileResult) -> None:
        self.files += 1
        path = relative_to(self.root, result.path)
        self.entries.extend(
            {"path": path, "code": d.code, "fingerprint": fingerprint, "line": d.line}
            for d, fingerprint in fingerprints(result, path)
        )

    def write(self, path: str) -> None:
        """Atomically: a run stopped half-way leaves the previous baseline whole."""
        import json

        payload = json.dumps({"version": VERSION, "findings": self.entries},
                             ensure_ascii=False, indent=2)  # fmt: skip
        with report_stream(path) as handle:
            handle.write(payload + "\n")


class Baseline:
    """Findings recorded earlier; ``new`` keeps what is not among them."""

    def __init__(self, path: str, root: Path) -> None:
        self.root = root
        self.linted: set[object] = set()
        import json

        try:
            recorded = json.loads(Path(path).read_text("utf-8"))
            self.entries: list[dict[str, object]] = recorded["findings"]
            if not all(isinstance(e.get(k), str) for e in self.entries for k in _FIELDS):
                raise ValueError("each finding needs a path, a code and a fingerprint")
            self.known = {(e["path"], e["fingerprint"]) for e in self.entries}
        except (OSError, ValueError, KeyError, TypeError) as error:
            raise ConfigError(
                Text(
                    f"{path}: base de référence illisible ({error})",
                    f"{path}: unreadable baseline ({error})",
                )
            ) from error
        self.seen: set[tuple[object, object]] = set()

    def new(self, result: FileResult) -> FileResult:
        path = relative_to(self.root, result.path)
        self.linted.add(path)
        fresh = []
        for d, fingerprint in fingerprints(result, path):
            if (path, fingerprint) in self.known:
                self.seen.add((path, fingerprint))
            else:
                fresh.append(d)
        return replace(result, diagnostics=tuple(fresh))

    def gone(self) -> list[dict[str, object]]:
        """Recorded findings of the files linted in this run that did not occur again: a
        file not linted this time says nothing about its findings."""
        return [
            e for e in self.entries
            if e["path"] in self.linted and (e["path"], e["fingerprint"]) not in self.seen
        ]  # fmt: skip


def no_longer_occurs(entry: Mapping[str, object]) -> Text:
    """What to say of a recorded finding that did not occur in this run."""
    path, code = entry["path"], entry["code"]
    return Text(
        f"actlint : {path} : {code} enregistré dans la base de référence ne se produit plus",
        f"actlint: {path}: {code} recorded in the baseline no longer occurs",
    )


def recorded(count: int, files: int, path: str) -> Text:
    """The one line a check that writes a baseline ends with."""
    return Text(
        f"actlint : base de référence écrite dans {path} : {count} constat(s) dans "
        f"{files} fichier(s)",
        f"actlint: baseline written to {path}: {count} finding(s) in {files} file(s)",
    )


class Baselines:
    """The baseline a check compares with and the one it records, either optional."""

    def __init__(
        self, compare_with: str | None = None, record_in: str | None = None,
        root: Path | None = None,
    ) -> None:  # fmt: skip
        """Raises ConfigError when the baseline to compare with cannot be read."""
        root = root or Path.cwd()
        self.known = Baseline(compare_with, root) if compare_with else None
        self.record_in = record_in
        self.recorder = Recorder(root) if record_in else None
        if record_in and not os.path.isdir(os.path.dirname(os.path.abspath(record_in))):
            raise ConfigError(
                Text(
                    f"{record_in}: le dossier de la base de référence n'existe pas",
                    f"{record_in}: the baseline's folder does not exist",
                )
            )

    def filter(self, result: FileResult) -> FileResult:
        """Records every finding, then keeps only those the compared baseline does not know:
        a baseline written while comparing holds the whole run, not just what was new."""
        if self.recorder is not None:
            self.recorder.add(result)
        return self.known.new(result) if self.known is not None else result

    def close(self) -> list[Text]:
        """Writes the recorded baseline; says which compared findings no longer occur."""
        said = []
        if self.recorder is not None and self.record_in:
            self.recorder.write(self.record_in)
            recorder = self.recorder
            said.append(recorded(len(recorder.entries), recorder.files, self.record_in))
        if self.known is not None:
            said += [no_longer_occurs(entry) for entry in self.known.gone()]
        return said
