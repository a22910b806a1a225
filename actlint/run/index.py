"""The index of a repository's acts, built incrementally and kept in the cache.

The repository is the configured ``repository`` folder, else the root of the git work tree
the linted file is in; a file outside both has none. Every file actlint can read under it
(text, Markdown, DOCX, ODT, PDF; hidden folders and git-ignored files left out) gets a
:class:`~actlint.engine.records.Record`.

The index is kept in one file of the cache per repository: for each act its size,
modification time, content hash and record. A run re-reads only the files whose size or
time changed, and parses only those whose content changed; a file's record is reused
wherever the same content is found (a file moved or copied). Nothing found in the
repository is imported or run; a file that cannot be read is noted and skipped.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import stat
import subprocess
import tempfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from actlint.engine.records import Record, Summary
from actlint.engine.repository import Repository
from actlint.read.files import ACT_SUFFIXES
from actlint.text import Text

# Of the kept index: path → [size, modification time, sha-256, summary, record (JSON text),
# why unreadable].
FORMAT = 2
# Past this many acts to parse, a process pool reads them.
_PARALLEL_FROM = 64


@dataclass
class IndexStats:
    """What building the index cost: files listed, read again, parsed, skipped."""

    files: int = 0
    read: list[str] = field(default_factory=list)  # files whose size or time changed
    parsed: list[str] = field(default_factory=list)  # files whose content changed
    skipped: list[tuple[str, Text]] = field(default_factory=list)


def repository_root(path: str, configured: Path | bool | None) -> Path | None:
    """The folder whose acts ``path``'s references resolve against, or None."""
    if configured is False:
        return None
    if isinstance(configured, Path):
        return configured
    folder = Path(os.path.abspath(path))
    folder = folder if folder.is_dir() else folder.parent
    return next((f for f in (folder, *folder.parents) if (f / ".git").exists()), None)


def within_root(root: Path, path: str) -> str:
    """``path`` relative to the repository's root, with « / »; empty when outside."""
    absolute, root = Path(os.path.abspath(path)), root.resolve()
    return absolute.relative_to(root).as_posix() if absolute.is_relative_to(root) else ""


def load_index(root: Path, cache_folder: Path, fingerprint: str) -> tuple[Repository, IndexStats]:
    """The repository's index, brought up to date with its files and saved."""
    root = root.resolve()
    base = str(root)
    stats = IndexStats()
    name = hashlib.sha256(base.encode()).hexdigest()[:24] + ".json"
    kept_file = cache_folder / "index" / name
    kept = _read_kept(kept_file, fingerprint)
    by_content = {e[2]: e for e in kept.values() if e[3] is not None}  # a moved act: not parsed
    entries: dict[str, list[Any]] = {}
    to_parse: list[tuple[str, str, int, int]] = []
    files = _act_files(root)
    stats.files = len(files)
    for relative in files:
        absolute = os.path.join(base, relative)
        try:
            info = os.stat(absolute)
        except FileNotFoundError:
            continue  # deleted, not yet committed
        except OSError as error:
            stats.skipped.append((relative, _system(error)))
            continue
        if not stat.S_ISREG(info.st_mode):
            continue
        old = kept.get(relative)
        if old is not None and old[0] == info.st_size and old[1] == info.st_mtime_ns:
            entries[relative] = old
            if old[5] is not None:
                stats.skipped.append((relative, Text(*old[5])))
            continue
        stats.read.append(relative)
        try:
            with open(absolute, "rb") as handle:
                digest = hashlib.sha256(handle.read()).hexdigest()
        except OSError as error:
            stats.skipped.append((relative, _system(error)))
            continue
        same = by_content.get(digest)
        if same is not None:
            entries[relative] = [info.st_size, info.st_mtime_ns, digest, *same[3:]]
        else:
            to_parse.append((relative, digest, info.st_size, info.st_mtime_ns))
    for (relative, digest, size, mtime), (record, problem) in zip(
        to_parse, _parse_all(root, [t[0] for t in to_parse]), strict=True
    ):
        stats.parsed.append(relative)
        if problem is not None:
            stats.skipped.append((relative, Text(*problem)))
        summary = Summary.of(record).stored() if record else None
        text = json.dumps(record.to_json(), ensure_ascii=False) if record else None
        entries[relative] = [size, mtime, digest, summary, text, problem]
    if entries != kept:
        _write_kept(kept_file, fingerprint, entries)
    contents = hashlib.sha256(
        "\0".join(f"{p}\0{e[2]}" for p, e in sorted(entries.items())).encode()
    )

    def load(path: str) -> Record | None:
        entry = entries.get(path)
        if entry is None or entry[4] is None:
            return None
        return Record.from_json({**json.loads(entry[4]), "path": path})

    summaries = tuple(Summary.restored(p, e[3]) for p, e in entries.items() if e[3] is not None)
    return Repository(base, summaries, load, contents.hexdigest()), stats


def _system(error: OSError) -> Text:
    said = error.strerror or str(error)
    return Text(said, said)


def repository_of_texts(texts: dict[str, str], root: str = ".") -> Repository:
    """A repository of acts given as text, path → text (a rule's documented examples)."""
    from actlint.engine.records import record_of
    from actlint.parse.document import read_document
    from actlint.read.source import decode

    records = tuple(record_of(read_document(decode(text.encode(), path)), path)
                    for path, text in texts.items())  # fmt: skip
    return Repository.of_records(root, records)


# A repository's own documentation, not acts.
_NOT_ACTS = re.compile(r"(?:^|/)(?:readme|changelog|changes|contributing|license|licence|authors)"
                       r"(?:\.[a-z]+)?$", re.I)  # fmt: skip


def _act_files(root: Path) -> list[str]:
    """The files under ``root`` with an act's suffix, but the repository's documentation
    (README, CHANGELOG…): git's list (tracked, and untracked but not ignored) in a git work
    tree, else a walk that skips hidden folders."""
    return [p for p in _listed(root) if not _NOT_ACTS.search(p)]


def _listed(root: Path) -> list[str]:
    if (root / ".git").exists():
        try:
            listed = subprocess.run(
                ["git", "-C", str(root), "ls-files", "-z", "--cached", "--others",
                 "--exclude-standard"],
                capture_output=True, check=True, timeout=60,
            ).stdout.decode("utf-8", "surrogateescape")  # fmt: skip
            return sorted({p for p in listed.split("\0") if p.lower().endswith(ACT_SUFFIXES)})
        except (OSError, subprocess.SubprocessError):
            pass
    found = []
    for folder, subfolders, names in os.walk(root):
        subfolders[:] = sorted(d for d in subfolders if not d.startswith("."))
        for name in names:
            if name.lower().endswith(ACT_SUFFIXES):
                found.append(Path(folder, name).relative_to(root).as_posix())
    return sorted(found)


def _parse_all(root: Path, paths: list[str]) -> list[tuple[Record | None, list[str] | None]]:
    if len(paths) < _PARALLEL_FROM or (os.cpu_count() or 1) < 2:
        return [_parse_one(str(root), p) for p in paths]
    from concurrent.futures import ProcessPoolExecutor

    jobs = min(os.cpu_count() or 1, 8)
    with ProcessPoolExecutor(jobs) as pool:
        chunk = max(1, min(64, len(paths) // (jobs * 8)))
        return list(pool.map(_parse_one, [str(root)] * len(paths), paths, chunksize=chunk))


def _parse_one(root: str, relative: str) -> tuple[Record | None, list[str] | None]:
    """A file's record, or None and why it could not be read."""
    from actlint.engine.records import record_of
    from actlint.parse.document import read_document
    from actlint.read.formats import load

    try:
        with open(os.path.join(root, relative), "rb") as handle:
            data = handle.read()
        source = load(data, relative)
        if source.problem is not None:
            detail = source.problem.detail
            return None, [detail.fr, detail.en] if detail else [source.problem.code] * 2
        return record_of(read_document(source), relative), None
    except Exception as error:  # one unreadable act must not stop the index
        return None, [f"{type(error).__name__}: {error}"] * 2


def _read_kept(path: Path, fingerprint: str) -> dict[str, list[Any]]:
    try:
        kept = json.loads(path.read_bytes())
        if kept.get("format") == FORMAT and kept.get("fingerprint") == fingerprint:
            return dict(kept["files"])
    except (OSError, ValueError, KeyError, TypeError, AttributeError):
        pass
    return {}


def _write_kept(path: Path, fingerprint: str, entries: dict[str, list[Any]]) -> None:
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        with tempfile.NamedTemporaryFile("w", encoding="utf-8", dir=path.parent, delete=False,
                                         suffix=".tmp") as handle:  # fmt: skip
            json.dump({"format": FORMAT, "fingerprint": fingerprint, "files": entries}, handle,
                      ensure_ascii=False)  # fmt: skip
        os.replace(handle.name, path)
    except OSError:
        pass  # an index that cannot be kept only costs time
