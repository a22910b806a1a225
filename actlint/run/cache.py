"""A content-hash cache of results: re-linting unchanged acts costs little more than start-up.

An entry is keyed by the file's bytes and path, the effective settings and
configuration, and the code that produced it (actlint's and the rule packs' files,
by size and modification time). Entries are written atomically, so concurrent runs
never read half an entry; a damaged entry is a miss.

The cache stays bounded: an entry read again is touched, and once a day at most a run
removes the entries nobody used for ``KEEP_DAYS`` days (those of files deleted, or of
versions of actlint or of the configuration no longer in use), then the oldest ones
beyond ``MAX_ENTRIES``. ``actlint cache clean`` empties it.
"""

from __future__ import annotations

import os
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

from actlint import __version__
from actlint.engine.basis import Basis, Source
from actlint.engine.diagnostic import Diagnostic
from actlint.engine.result import FileResult
from actlint.engine.rule import Severity
from actlint.read.excerpt import Excerpt
from actlint.read.source import Place
from actlint.text import Text

if TYPE_CHECKING:
    from actlint.engine.position import Related

FORMAT = 4
KEEP_DAYS = 30
MAX_ENTRIES = 200_000
_PRUNED = "pruned"  # a marker whose date is the last pruning
_DAY = 86_400


def default_folder() -> Path:
    """``$ACTLINT_CACHE_DIR``, else ``$XDG_CACHE_HOME/actlint``, else ``~/.cache/actlint``."""
    if os.environ.get("ACTLINT_CACHE_DIR"):
        return Path(os.environ["ACTLINT_CACHE_DIR"])
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return Path(base) / "actlint"


@cache
def code_fingerprint() -> str:
    """What changes when actlint or a rule pack changes, installed or edited in place.

    Found from the files, without importing the packs: actlint's own folder, and for each
    pack registered under the ``actlint.rules`` entry points the folder of the package its
    entry point names (or its module's file) and the metadata that declares it."""
    from actlint.engine.plugins import entry_points, find_top_level
    from actlint.engine.registry import GROUP

    places = {str(Path(__file__).parent.parent)}
    for entry in entry_points(GROUP):
        places.add(entry.origin or entry.value)
        top = entry.value.partition(":")[0].strip().partition(".")[0]
        spec = find_top_level(top)
        if spec is None:
            places.add(entry.value)
        elif spec.submodule_search_locations:
            places.update(spec.submodule_search_locations)
        elif spec.origin:
            places.add(spec.origin)
    return _fingerprint_of(tuple(sorted(places)))


@cache
def _fingerprint_of(places: tuple[str, ...]) -> str:
    import hashlib

    digest = hashlib.sha256(f"{FORMAT}\0{__version__}".encode())
    for name in places:
        if os.path.isfile(name):
            paths = [name]
        elif os.path.isdir(name):
            paths = sorted(
                os.path.join(folder, file)
                for folder, _, files in os.walk(name)
                for file in files
                if file.endswith(_CODE_SUFFIXES)
            )
        else:
            digest.update(name.encode())
            continue
        for path in paths:
            stat = os.stat(path)
            digest.update(f"{path}\0{stat.st_size}\0{stat.st_mtime_ns}".encode())
    return digest.hexdigest()


_CODE_SUFFIXES = (".py", ".lark", ".toml", ".txt")  # code, grammar, data, metadata


class ResultCache:
    def __init__(self, folder: Path) -> None:
        self.folder = str(folder)  # joined with os.path: pathlib costs more than the read

    def key(self, data: bytes, path: str, context: str) -> str:
        import hashlib

        digest = hashlib.sha256(data)
        digest.update(f"\0{path}\0{context}".encode())
        return digest.hexdigest()

    def _entry(self, key: str) -> str:
        return os.path.join(self.folder, key[:2], key + ".json")

    def has(self, key: str) -> bool:
        return os.path.exists(self._entry(key))

    def get(self, key: str, path: str) -> FileResult | None:
        import json

        try:
            name = self._entry(key)
            with open(name, "rb") as handle:
                entry = json.loads(handle.read())
            os.utime(name)  # used: kept by the next pruning
            diagnostics = tuple(_diagnostic(d) for d in entry["diagnostics"])
            return FileResult(path, entry["kind"], diagnostics)
        except (OSError, ValueError, KeyError, TypeError):
            return None

    def put(self, key: str, result: FileResult) -> None:
        import json
        import tempfile

        entry = {"kind": result.kind, "diagnostics": [_stored(d) for d in result.diagnostics]}
        folder = os.path.join(self.folder, key[:2])
        try:
            os.makedirs(folder, exist_ok=True)
            with tempfile.NamedTemporaryFile("w", encoding="utf-8", dir=folder, delete=False,
                                             suffix=".tmp") as handle:  # fmt: skip
                json.dump(entry, handle, ensure_ascii=False)
            os.replace(handle.name, os.path.join(folder, key + ".json"))
        except OSError:
            pass  # a cache that cannot be written only costs time


def _stored(d: Diagnostic) -> dict[str, object]:
    return {
        "code": d.code, "name": d.name, "severity": d.severity.label,
        "message": [d.message.fr, d.message.en],
        "help": [d.help.fr, d.help.en] if d.help else None,
        "basis": _stored_basis(d.basis), "at": [d.line, d.column, d.end_line, d.end_column],
        "quote": d.quote, "context": d.context,
        "excerpt": [d.excerpt.text, d.excerpt.start, d.excerpt.end] if d.excerpt else None,
        "place": [d.place.unit, d.place.number, d.place.line, d.place.offset] if d.place else None,
        "related": [r.stored() for r in d.related],
    }  # fmt: skip


def _diagnostic(entry: dict[str, Any]) -> Diagnostic:
    line, column, end_line, end_column = (int(n) for n in entry["at"])
    help_ = entry["help"]
    place, excerpt = entry["place"], entry["excerpt"]
    return Diagnostic(
        code=str(entry["code"]), name=str(entry["name"]),
        severity=Severity[str(entry["severity"]).upper()],
        message=Text(*entry["message"]),
        line=line, column=column, end_line=end_line, end_column=end_column,
        help=Text(*help_) if help_ else None,
        basis=_basis(entry["basis"]), quote=str(entry["quote"]), context=str(entry["context"]),
        excerpt=Excerpt(str(excerpt[0]), int(excerpt[1]), int(excerpt[2])) if excerpt else None,
        place=Place(place[0], *(int(n) for n in place[1:])) if place else None,
        related=_related(entry["related"]),
    )  # fmt: skip


def _related(stored: list[Any]) -> tuple[Related, ...]:
    if not stored:
        return ()
    from actlint.engine.position import Related

    return tuple(Related.restored(r) for r in stored)


def _entries(folder: Path) -> list[Path]:
    """The cache's own files: entries (and temporary files) in its two-letter folders."""
    if not folder.is_dir():
        return []
    return [
        entry
        for sub in folder.iterdir()
        if sub.is_dir() and len(sub.name) == 2
        for entry in sub.iterdir()
        if entry.suffix in (".json", ".tmp")
    ]


def prune(folder: Path, now: float, keep_days: int = KEEP_DAYS, most: int = MAX_ENTRIES) -> int:
    """Remove the entries not used for ``keep_days`` days, then the least recently used
    beyond ``most``; how many were removed."""
    dated = []
    for entry in _entries(folder):
        try:
            dated.append((entry.stat().st_mtime, entry))
        except OSError:
            continue
    dated.sort(reverse=True)
    doomed = [e for i, (when, e) in enumerate(dated) if i >= most or now - when > keep_days * _DAY]
    for entry in doomed:
        entry.unlink(missing_ok=True)
    return len(doomed)


def prune_if_due(folder: Path, now: float) -> None:
    """Prune at most once a day, so that runs do not each walk the whole cache."""
    marker = folder / _PRUNED
    try:
        if marker.exists() and now - marker.stat().st_mtime < _DAY:
            return
        folder.mkdir(parents=True, exist_ok=True)
        marker.touch()
        prune(folder, now)
    except OSError:
        pass  # a cache that cannot be pruned only costs disk space


def clean(folder: Path) -> int:
    """Remove every entry of the cache; how many there were."""
    removed = 0
    for entry in _entries(folder):
        entry.unlink(missing_ok=True)
        removed += 1
    for sub in folder.iterdir() if folder.is_dir() else ():
        if sub.is_dir() and len(sub.name) == 2 and not any(sub.iterdir()):
            sub.rmdir()
    (folder / _PRUNED).unlink(missing_ok=True)
    return removed


def _stored_basis(basis: Basis | None) -> dict[str, object] | None:
    if basis is None:
        return None
    sources = [[s.cite, s.locator, s.authority] for s in basis.sources]
    return {"kind": basis.kind, "reason": [basis.reason.fr, basis.reason.en], "sources": sources}


def _basis(entry: dict[str, Any] | None) -> Basis | None:
    if entry is None:
        return None
    return Basis(kind=entry["kind"], reason=Text(*entry["reason"]),
                 sources=tuple(Source(*s) for s in entry["sources"]))  # fmt: skip
