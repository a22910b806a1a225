"""Which files a command reads: paths given, directories walked for acts."""

from __future__ import annotations

import os
import sys
from collections.abc import Iterator
from dataclasses import dataclass

from actlint.read.formats import DOCUMENT_SUFFIXES, load
from actlint.read.source import Source

ACT_SUFFIXES = (".txt", ".md", *DOCUMENT_SUFFIXES)
STDIN = "-"


@dataclass(frozen=True)
class Unreadable:
    path: str
    reason: str


def expand(paths: tuple[str, ...]) -> Iterator[str | Unreadable]:
    """Files named or found under directories (sorted, hidden folders skipped)."""
    for path in paths:
        if path == STDIN:
            yield path
        elif os.path.isdir(path):
            found: list[str] = []
            for folder, subfolders, names in os.walk(path):
                subfolders[:] = sorted(d for d in subfolders if not d.startswith("."))
                found.extend(os.path.join(folder, n) for n in names if _is_act(n))
            yield from sorted(found)
        elif os.path.exists(path):
            yield path
        else:
            yield Unreadable(path, "missing")


def _is_act(name: str) -> bool:
    """An act's file, not the lock file an open office suite leaves beside it."""
    return name.lower().endswith(ACT_SUFFIXES) and not name.startswith(("~$", ".~lock"))


def read_bytes(path: str) -> bytes | Unreadable:
    """The bytes of a file (or of standard input for « - »), or why they cannot be read."""
    try:
        if path == STDIN:
            return sys.stdin.buffer.read()
        with open(path, "rb") as handle:
            return handle.read()
    except FileNotFoundError:
        return Unreadable(path, "missing")
    except OSError as error:
        return Unreadable(path, error.strerror or str(error))


def read(path: str) -> Source | Unreadable:
    """The source of a file, or why it cannot be read."""
    data = read_bytes(path)
    return data if isinstance(data, Unreadable) else load(data, path)
