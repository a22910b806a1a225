"""Baselines: record today's findings, then report only new ones."""

from __future__ import annotations

import json
import os
import tempfile
from collections.abc import Mapping
from dataclasses import replace
from pathlib import Path

from actlint.engine.config import ConfigError
from actlint.engine.fingerprint import fingerprints
from actlint.engine.lint import FileResult
from actlint.text import Text

VERSION = 1


class Recorder:
    """The findings of a run, written as a baseline at its end."""

    def __init__(self) -> None:
        self.entries: list[dict[str, object]] = []

    def add(self, result: FileResult) -> None:
        self.entries.extend(
            {"path": result.path, "code": d.code, "fingerprint": fingerprint, "line": d.line}
            for d, fingerprint in fingerprints(result)
        )

    def write(self, path: str) -> None:
        """Atomically: a run stopped half-way leaves the previous baseline whole."""
        payload = json.dumps({"version": VERSION, "findings": self.entries},
                             ensure_ascii=False, indent=2)  # fmt: skip
        folder = os.path.dirname(os.path.abspath(path))
        with tempfile.NamedTemporaryFile("w", encoding="utf-8", dir=folder, delete=False,
                                         prefix=".actlint-baseline-") as handle:  # fmt: skip
            handle.write(payload + "\n")
        os.replace(handle.name, path)


class Baseline:
    """Findings recorded earlier; ``new`` keeps what is not among them."""

    def __init__(self, path: str) -> None:
        try:
            recorded = json.loads(Path(path).read_text("utf-8"))
            self.entries: list[dict[str, object]] = recorded["findings"]
            self.known = {(e["path"], e["fingerprint"]) for e in self.entries}
        except (OSError, ValueError, KeyError, TypeError) as error:
            raise ConfigError(f"{path}: base de référence illisible ({error})") from error
        self.seen: set[tuple[object, object]] = set()

    def new(self, result: FileResult) -> FileResult:
        fresh = []
        for d, fingerprint in fingerprints(result):
            if (result.path, fingerprint) in self.known:
                self.seen.add((result.path, fingerprint))
            else:
                fresh.append(d)
        return replace(result, diagnostics=tuple(fresh))

    def gone(self) -> list[dict[str, object]]:
        """Recorded findings that did not occur in this run."""
        return [e for e in self.entries if (e["path"], e["fingerprint"]) not in self.seen]


def no_longer_occurs(entry: Mapping[str, object]) -> Text:
    """What to say of a recorded finding that did not occur in this run."""
    path, code = entry["path"], entry["code"]
    return Text(
        f"actlint : {path} : {code} enregistré dans la base de référence ne se produit plus",
        f"actlint: {path}: {code} recorded in the baseline no longer occurs",
    )


class Baselines:
    """The baseline a check compares with and the one it records, either optional."""

    def __init__(self, compare_with: str | None = None, record_in: str | None = None) -> None:
        """Raises ConfigError when the baseline to compare with cannot be read."""
        self.known = Baseline(compare_with) if compare_with else None
        self.record_in = record_in
        self.recorder = Recorder() if record_in else None

    def filter(self, result: FileResult) -> FileResult:
        """Records every finding, then keeps only those the compared baseline does not know:
        a baseline written while comparing holds the whole run, not just what was new."""
        if self.recorder is not None:
            self.recorder.add(result)
        return self.known.new(result) if self.known is not None else result

    def close(self) -> list[Text]:
        """Writes the recorded baseline; says which compared findings no longer occur."""
        if self.recorder is not None and self.record_in:
            self.recorder.write(self.record_in)
        if self.known is None:
            return []
        return [no_longer_occurs(entry) for entry in self.known.gone()]
