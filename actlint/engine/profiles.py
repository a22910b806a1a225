"""Act profiles: which kind of act this is, and what that kind must contain.

The requirements live in ``data/profiles.toml``; this module decides which profile an
act has (rules ask through ``facts(act).profile`` and ``facts(act).requires(…)``). A house pack extends the table through the ``actlint.profiles`` entry-point
group: an object mapping profile names to ``{"requires": [...]}`` (new profiles' names
are kept; for existing ones the requirements are added).
"""

from __future__ import annotations

import os
import tomllib
from functools import cache

from actlint.parse.act import Act
from actlint.text import LazyPattern

_POLICE_ARTICLE = LazyPattern(r"^L\. 22(?:12|13|14|15)-")
_POLICE_WORDING = LazyPattern(
    r"(?i:pouvoirs?\s+de\s+police|police\s+municipale|circulation|stationnement)"
)


EXTENSIONS = "actlint.profiles"


@cache
def _table() -> dict[str, dict[str, object]]:
    from actlint.engine.plugins import entry_points

    table: dict[str, dict[str, object]] = tomllib.loads(_table_text())
    for entry in sorted(entry_points(EXTENSIONS), key=lambda e: e.name):
        for name, extension in entry.load().items():
            row = table.setdefault(name, {"description": name, "requires": []})
            listed = row["requires"]
            assert isinstance(listed, list)
            listed.extend(r for r in extension.get("requires", ()) if r not in listed)
    return table


def _table_text() -> str:
    """``data/profiles.toml``: read beside this module, without importing
    ``importlib.resources``, unless the package is not in a folder (a zip file)."""
    try:
        with open(os.path.join(os.path.dirname(__file__), "data", "profiles.toml"), "rb") as file:
            return file.read().decode("utf-8")
    except OSError:
        from importlib import resources

        return (
            resources.files("actlint.engine").joinpath("data", "profiles.toml").read_text("utf-8")
        )


def profile_of(act: Act, by_delegation: bool, executive: str | None = None) -> str:
    """The name of the act's profile in ``data/profiles.toml``; ``executive`` is who takes
    the act when known (« maire », « president » of an EPCI)."""
    if act.kind == "decision":
        if not by_delegation:
            return "decision"
        if executive == "president" and not _cites_commune_delegation(act):
            return "decision_delegation_epci"
        return "decision_delegation"
    if act.kind == "arrete":
        visas = " ".join(u.text for u in act.preamble.citations)
        police = any(
            c.code == "CGCT" and _POLICE_ARTICLE.match(c.article) for c in act.legal_citations
        )
        return "arrete_police" if police or _POLICE_WORDING.search(visas) else "arrete"
    return act.kind


def _cites_commune_delegation(act: Act) -> bool:
    return any(c.code == "CGCT" and c.article == "L. 2122-22" for c in act.legal_citations)


def requirements(profile: str) -> list[object]:
    """What acts of a profile must contain."""
    listed = _table()[profile]["requires"]
    assert isinstance(listed, list)
    return listed
