"""Entry points of the installed distributions, read without ``importlib.metadata``.

Importing ``importlib.metadata`` costs more than the rest of a cached run's start-up. The
entry points actlint needs (``actlint.rules``, ``actlint.profiles``) are read here from the
``entry_points.txt`` of the distributions found in the folders of ``sys.path``, the way
``importlib.metadata`` finds them: the first distribution of a name on the path wins.
When distributions may come from somewhere else (a zip file on the path, an import hook
that declares distributions), ``importlib.metadata`` answers instead.
"""

from __future__ import annotations

import os
import re
import sys
from importlib import import_module
from importlib.machinery import ModuleSpec
from typing import Any

from actlint.text import LazyPattern

_SUFFIXES = (".dist-info", ".egg-info")
# importlib.metadata's pattern: ``module``, ``module:attribute.attribute``, with [extras].
_VALUE = LazyPattern(r"(?P<module>[\w.]+)\s*(:\s*(?P<attr>[\w.]+)\s*)?((?P<extras>\[.*\])\s*)?$")


class EntryPoint:
    """One entry point: its name, its value (``module:attribute``), its group and the
    metadata folder that declares it ("" when ``importlib.metadata`` found it)."""

    __slots__ = ("group", "name", "origin", "value")

    def __init__(self, name: str, value: str, group: str, origin: str = "") -> None:
        self.name, self.value, self.group, self.origin = name, value, group, origin

    def __repr__(self) -> str:
        return f"EntryPoint({self.name!r}, {self.value!r}, {self.group!r})"

    def load(self) -> Any:
        """The object the entry point names (its module imported)."""
        match = _VALUE.match(self.value)
        if match is None:
            raise ValueError(f"invalid entry point value: {self.value!r}")
        found: Any = import_module(match.group("module"))
        for attribute in filter(None, (match.group("attr") or "").split(".")):
            found = getattr(found, attribute)
        return found


def entry_points(group: str) -> list[EntryPoint]:
    """The entry points of ``group`` declared by the installed distributions."""
    read = _read_from_path(group)
    if read is not None:
        return read
    from importlib.metadata import entry_points as from_metadata

    return [EntryPoint(e.name, e.value, e.group) for e in from_metadata(group=group)]


def _read_from_path(group: str) -> list[EntryPoint] | None:
    """None when some distributions could be missed by reading folders only."""
    if any(_declares_distributions(finder) for finder in sys.meta_path):
        return None
    found: list[EntryPoint] = []
    seen: set[str] = set()
    for entry in sys.path:
        folder = entry or "."
        try:
            names = sorted(os.listdir(folder))
        except NotADirectoryError:
            return None  # a zip file on the path: importlib.metadata reads those
        except OSError:
            continue
        for name in names:
            if not name.endswith(_SUFFIXES):
                continue
            distribution = _normalised(name.rpartition(".")[0].partition("-")[0])
            if distribution in seen:
                continue
            seen.add(distribution)
            metadata = os.path.join(folder, name)
            found += _declared(metadata, group)
    return found


def find_top_level(name: str) -> ModuleSpec | None:
    """Where the top-level module or package ``name`` is, found the way ``import`` finds it
    (the import hooks in order, editable installs included) without importing it nor
    ``importlib.util``."""
    loaded = sys.modules.get(name)
    if loaded is not None:
        return getattr(loaded, "__spec__", None)
    for finder in sys.meta_path:
        find_spec = getattr(finder, "find_spec", None)
        if find_spec is None:
            continue
        try:
            spec = find_spec(name, None)
        except (ImportError, ValueError):
            return None
        if spec is not None:
            assert isinstance(spec, ModuleSpec)
            return spec
    return None


def _declares_distributions(finder: object) -> bool:
    """Whether an import hook other than the standard path finder declares distributions."""
    from importlib.machinery import PathFinder

    return finder is not PathFinder and hasattr(finder, "find_distributions")


def _normalised(name: str) -> str:
    return re.sub(r"[-_.]+", "_", name).lower()


def _declared(metadata: str, group: str) -> list[EntryPoint]:
    try:
        with open(os.path.join(metadata, "entry_points.txt"), encoding="utf-8") as handle:
            lines = handle.read().splitlines()
    except OSError:
        return []
    found, section = [], None
    for raw in lines:
        line = raw.strip()
        if not line or line.startswith(("#", ";")):
            continue
        if line.startswith("[") and line.endswith("]"):
            section = line[1:-1].strip()
        elif section == group:
            name, _, value = line.partition("=")
            found.append(EntryPoint(name.strip(), value.strip(), group, metadata))
    return found
