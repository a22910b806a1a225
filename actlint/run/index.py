"""The index of a repository's acts, built incrementally and kept in the cache.

The repository is the configured ``repository`` folder, else the root of the git work tree
the linted file is in; a file outside both has none. Every file actlint can read under it
(text, Markdown, DOCX, ODT, PDF; hidden folders and git-ignored files left out) gets a
:class:`~actlint.engine.records.Record`.

The index is kept in the cache, in one folder per repository: for each act its size,
modification time, content hash, summary and record. A run re-reads only the files whose size or
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
import zlib
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from actlint.engine.records import Record, Summary
from actlint.engine.repository import Repository
from actlint.read.files import ACT_SUFFIXES
from actlint.text import LazyPattern, Text

if TYPE_CHECKING:
    from actlint.parse.document import Document

FORMAT = 3  # of the kept index
# Past this many acts to parse, a process pool reads them.
_PARALLEL_FROM = 64


@dataclass
class IndexStats:
    """What building the index cost: files listed, read again, parsed, skipped."""

    files: int = 0
    read: list[str] = field(default_factory=list)  # files whose size or time changed
    parsed: list[str] = field(default_factory=list)  # files whose content changed
    skipped: list[tuple[str, Text]] = field(default_factory=list)
    # The documents parsed in this process, by path, with their content hash: a run that
    # lints them too does not parse them again.
    documents: dict[str, tuple[str, Document]] = field(default_factory=dict)


def within_root(root: Path, path: str) -> str:
    """``path`` relative to the repository's root, with « / »; empty when outside."""
    absolute, root = Path(os.path.abspath(path)), root.resolve()
    return absolute.relative_to(root).as_posix() if absolute.is_relative_to(root) else ""


def load_index(
    root: Path, cache_folder: Path, fingerprint: str,
    excluded: Callable[[str], bool] | None = None,
) -> tuple[Repository, IndexStats]:  # fmt: skip
    """The repository's index, brought up to date with its files and saved. ``excluded``:
    whether the configuration leaves a file out (given its absolute path)."""
    root = root.resolve()
    base = str(root)
    stats = IndexStats()
    kept = _Kept(cache_folder / "index" / hashlib.sha256(base.encode()).hexdigest()[:24],
                 fingerprint)  # fmt: skip
    # A file moved or copied: its record is taken where the same content was.
    by_content = {e[2]: path for path, e in kept.entries.items() if e[3] is not None}
    entries: dict[str, list[Any]] = {}
    texts: dict[str, str] = {}  # the records made or moved in this run
    to_parse: list[tuple[str, str, int, int]] = []
    files = _act_files(root)
    stats.files = len(files)
    for relative in files:
        absolute = os.path.join(base, relative)
        if _undecodable(relative):
            stats.skipped.append((relative.encode("utf-8", "replace").decode(), _BAD_NAME))
            continue
        if excluded is not None and excluded(absolute):
            continue
        try:
            info = os.stat(absolute)
        except FileNotFoundError:
            continue  # deleted, not yet committed
        except OSError as error:
            stats.skipped.append((relative, _system(error)))
            continue
        if not stat.S_ISREG(info.st_mode):
            continue
        old = kept.entries.get(relative)
        if old is not None and old[0] == info.st_size and old[1] == info.st_mtime_ns:
            entries[relative] = old
            if old[4] is not None:
                stats.skipped.append((relative, Text(*old[4])))
            continue
        stats.read.append(relative)
        try:
            with open(absolute, "rb") as handle:
                digest = hashlib.sha256(handle.read()).hexdigest()
        except OSError as error:
            stats.skipped.append((relative, _system(error)))
            continue
        same = by_content.get(digest)
        text = kept.record_text(same) if same is not None else None
        if same is not None and text is not None:
            entries[relative] = [info.st_size, info.st_mtime_ns, digest, *kept.entries[same][3:]]
            texts[relative] = text
        else:
            to_parse.append((relative, digest, info.st_size, info.st_mtime_ns))
    for (relative, digest, size, mtime), (record, problem, document) in zip(
        to_parse, _parse_all(root, [t[0] for t in to_parse]), strict=True
    ):
        stats.parsed.append(relative)
        if document is not None:
            stats.documents[relative] = (digest, document)
        if problem is not None:
            stats.skipped.append((relative, Text(*problem)))
        entries[relative] = [size, mtime, digest, Summary.of(record).stored() if record else None,
                             problem]  # fmt: skip
        if record is not None:
            texts[relative] = json.dumps(record.to_json(), ensure_ascii=False)
    kept.save(entries, texts, {*stats.read, *(kept.entries.keys() - entries.keys())})
    contents = hashlib.sha256("\0".join(f"{p}\0{e[2]}" for p, e in entries.items()).encode())

    def load(path: str) -> Record | None:
        text = texts.get(path) or kept.record_text(path)
        return Record.from_json({**json.loads(text), "path": path}) if text else None

    summaries = tuple(Summary.restored(p, e[3]) for p, e in entries.items() if e[3] is not None)
    return Repository(base, summaries, load, contents.hexdigest()), stats


_BAD_NAME = Text("nom de fichier qui n'est pas en UTF-8", "file name not in UTF-8")


def _undecodable(name: str) -> bool:
    """A name git gave with bytes that are not UTF-8 (kept as surrogates)."""
    try:
        name.encode("utf-8")
    except UnicodeEncodeError:
        return True
    return False


def _system(error: OSError) -> Text:
    said = error.strerror or str(error)
    return Text(said, said)


def repository_of_texts(texts: dict[str, str], root: str = ".") -> Repository:
    """A repository of acts given as text, path → text (a rule's documented examples)."""
    from actlint.engine.recording import record_of
    from actlint.parse.document import read_document
    from actlint.read.source import decode

    records = tuple(record_of(read_document(decode(text.encode(), path)), path)
                    for path, text in texts.items())  # fmt: skip
    return Repository.of_records(root, records)


# A repository's own documentation, not acts.
_NOT_ACTS = LazyPattern(r"(?:^|/)(?:readme|changelog|changes|contributing|license|licence|authors)"
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


def _parse_all(
    root: Path, paths: list[str]
) -> list[tuple[Record | None, list[str] | None, Document | None]]:
    """Each file's record (or why it could not be read), and its document when parsed in
    this process."""
    if len(paths) < _PARALLEL_FROM or (os.cpu_count() or 1) < 2:
        return [_read_one(str(root), p) for p in paths]
    from concurrent.futures import ProcessPoolExecutor

    jobs = min(os.cpu_count() or 1, 8)
    with ProcessPoolExecutor(jobs) as pool:
        chunk = max(1, min(64, len(paths) // (jobs * 8)))
        found = pool.map(_parse_one, [str(root)] * len(paths), paths, chunksize=chunk)
        return [(record, problem, None) for record, problem in found]


def _parse_one(root: str, relative: str) -> tuple[Record | None, list[str] | None]:
    """A file's record, or None and why it could not be read (in a worker process)."""
    return _read_one(root, relative)[:2]


def _read_one(root: str, relative: str) -> tuple[Record | None, list[str] | None, Document | None]:
    from actlint.engine.recording import record_of
    from actlint.parse.document import read_document
    from actlint.read.formats import load

    try:
        with open(os.path.join(root, relative), "rb") as handle:
            data = handle.read()
        source = load(data, relative)
        if source.problem is not None:
            from actlint.engine.input_rules import problem_finding

            said = problem_finding(source.problem)[1]
            return None, [said.fr, said.en], None
        document = read_document(source)
        return record_of(document, relative), None, document
    except Exception as error:  # one unreadable act must not stop the index
        return None, [f"{type(error).__name__}: {error}"] * 2, None


# The kept index is split in shards by path, so that a run that read a few files again
# writes only their shards; each shard has the files' summaries, and beside it their
# records, read only when one is asked for.
_SHARDS = 64


def _shard(path: str) -> int:
    return zlib.crc32(path.encode()) % _SHARDS


class _Kept:
    """The index as the last run left it: path → [size, modification time, sha-256,
    summary, why unreadable], and the records (JSON text) by shard."""

    def __init__(self, folder: Path, fingerprint: str) -> None:
        self.folder, self.fingerprint = folder, fingerprint
        self.entries: dict[str, list[Any]] = {}
        self._records: dict[int, dict[str, str]] = {}
        for shard in range(_SHARDS):
            self.entries.update(self._read(f"{shard:02d}.json"))

    def _read(self, name: str) -> dict[str, Any]:
        try:
            part = json.loads((self.folder / name).read_bytes())
            if part.get("format") == FORMAT and part.get("fingerprint") == self.fingerprint:
                return dict(part["files"])
        except (OSError, ValueError, KeyError, TypeError, AttributeError):
            pass  # none yet, or damaged: its files are read again
        return {}

    def _records_of(self, shard: int) -> dict[str, str]:
        if shard not in self._records:
            self._records[shard] = self._read(f"{shard:02d}.records.json")
        return self._records[shard]

    def record_text(self, path: str) -> str | None:
        return self._records_of(_shard(path)).get(path)

    def save(self, entries: dict[str, list[Any]], texts: dict[str, str], changed: set[str]) -> None:
        """Write the shards of the files read again or gone (an atomic replace each)."""
        shards = {_shard(path) for path in changed}
        summaries: dict[int, dict[str, list[Any]]] = {shard: {} for shard in shards}
        records: dict[int, dict[str, str]] = {shard: {} for shard in shards}
        for path, entry in entries.items():
            shard = _shard(path)
            if shard in shards:
                summaries[shard][path] = entry
                text = texts.get(path) or self._records_of(shard).get(path)
                if text is not None:
                    records[shard][path] = text
        try:
            self.folder.mkdir(parents=True, exist_ok=True)
            for shard in shards:
                self._write(f"{shard:02d}.records.json", records[shard])
                self._write(f"{shard:02d}.json", summaries[shard])
        except OSError:
            pass  # an index that cannot be kept only costs time

    def _write(self, name: str, files: dict[str, Any]) -> None:
        # dumps, then one write: json.dump writes piece by piece, several times slower
        text = json.dumps({"format": FORMAT, "fingerprint": self.fingerprint, "files": files})
        with tempfile.NamedTemporaryFile("wb", dir=self.folder, delete=False,
                                         suffix=".tmp") as handle:  # fmt: skip
            handle.write(text.encode())
        os.replace(handle.name, self.folder / name)
