"""Stable identities for findings, that survive edits elsewhere in the file."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator

from actlint.engine.diagnostic import Diagnostic
from actlint.engine.result import FileResult


def fingerprints(result: FileResult, path: str | None = None) -> Iterator[tuple[Diagnostic, str]]:
    """Each diagnostic with a fingerprint built from its code, the file path (``path``, else
    the result's), the text it points at and a few characters around it (not its line
    number), so edits elsewhere, even on the same long line, do not change it; the n-th
    identical finding in a file gets n in its fingerprint."""
    import hashlib

    path = result.path if path is None else path
    seen: Counter[str] = Counter()
    for d in result.diagnostics:
        key = f"{d.code}\0{path}\0{d.context}"
        seen[key] += 1
        digest = hashlib.sha256(f"{key}\0{seen[key]}".encode()).hexdigest()[:32]
        yield d, digest
