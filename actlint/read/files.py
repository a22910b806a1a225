"""Which files a command reads: paths given, directories walked for acts."""

from __future__ import annotations

import os
import sys
from collections.abc import Iterator
from dataclasses import dataclass

from actlint.read.formats import DOCUMENT_SUFFIXES, load
from actlint.read.source import Source
from actlint.text import Text

ACT_SUFFIXES = (".txt", ".md", *DOCUMENT_SUFFIXES)
STDIN = "-"


@dataclass(frozen=True)
class Unreadable:
    """A path that gave nothing to lint, and why: ``missing``, ``not-regular``, ``no-act``
    (a folder without acts, which is not an error) or the system's own words."""

    path: str
    reason: str

    @property
    def blocking(self) -> bool:
        """Whether it makes the run fail as a usage error (exit 2)."""
        return self.reason != EMPTY_FOLDER

    def message(self) -> Text:
        path, reason = self.path, self.reason
        if reason == "missing":
            return Text(f"actlint : fichier introuvable : {path}", f"actlint: no such file: {path}")
        if reason == NOT_REGULAR:
            return Text(f"actlint : {path} n'est pas un fichier ordinaire : il n'est pas lu",
                        f"actlint: {path} is not a regular file: it is not read")  # fmt: skip
        if reason == EMPTY_FOLDER:
            return Text(f"actlint : aucun acte trouvé dans {path}",
                        f"actlint: no act found in {path}")  # fmt: skip
        return Text(f"actlint : impossible de lire {path} : {reason}",
                    f"actlint: cannot read {path}: {reason}")  # fmt: skip


NOT_REGULAR = "not-regular"  # a FIFO, a socket, a device: reading it could wait forever
EMPTY_FOLDER = "no-act"  # a folder with no act in it


def expand(paths: tuple[str, ...]) -> Iterator[str | Unreadable]:
    """Files named or found under directories (sorted, hidden folders skipped), each once,
    in the order first named. Only regular files are walked into; a special file named
    explicitly is unreadable."""
    seen: set[str] = set()
    for path in paths:
        if path == STDIN:
            yield path
        elif os.path.isdir(path):
            found: list[str] = []
            for folder, subfolders, names in os.walk(path):
                subfolders[:] = sorted(d for d in subfolders if not d.startswith("."))
                found.extend(
                    full
                    for n in names
                    if _is_act(n) and os.path.isfile(full := os.path.join(folder, n))
                )
            if not found:
                yield Unreadable(path, EMPTY_FOLDER)
            for name in sorted(found):
                if _first_time(name, seen):
                    yield name
        elif os.path.isfile(path):
            if _first_time(path, seen):
                yield path
        elif os.path.exists(path):
            yield Unreadable(path, NOT_REGULAR)
        else:
            yield Unreadable(path, "missing")


def _first_time(path: str, seen: set[str]) -> bool:
    """Whether a file is met for the first time, however its path was written."""
    key = os.path.realpath(path)
    if key in seen:
        return False
    seen.add(key)
    return True


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
