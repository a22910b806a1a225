"""Find the installed rule packs through the ``actlint.rules`` entry-point group."""

from __future__ import annotations

from dataclasses import replace

from actlint.engine.rule import Rule

GROUP = "actlint.rules"


class RegistryError(Exception):
    """A rule pack that cannot be loaded, or two rules that claim the same code."""


def load_rules() -> tuple[Rule, ...]:
    """Every rule of every installed pack, sorted by code."""
    from importlib.metadata import entry_points

    rules: dict[str, Rule] = {}
    for entry in sorted(entry_points(group=GROUP), key=lambda e: e.name):
        try:
            pack = entry.load()
        except Exception as error:  # a broken pack must say so, not crash the run
            raise RegistryError(f"rule pack {entry.name!r} ({entry.value}): {error}") from error
        for item in pack:
            if not isinstance(item, Rule):
                raise RegistryError(f"rule pack {entry.name!r} holds {item!r}, not a Rule")
            item = replace(item, pack=entry.name)
            if item.code in rules:
                other = rules[item.code]
                raise RegistryError(
                    f"rule {item.code} is defined by packs {other.pack!r} and {item.pack!r}"
                )
            rules[item.code] = item
    return tuple(sorted(rules.values(), key=lambda r: r.code))
