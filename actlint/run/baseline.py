"""Baselines: record today's findings, then report only new ones."""

from __future__ import annotations

import json
import os
import tempfile
from dataclasses import replace
from pathlib import Path

from actlint.engine.config import ConfigError
from actlint.engine.fingerprint import fingerprints
from actlint.engine.lint import FileResult

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
