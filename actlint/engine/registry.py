"""The one registry of every rule: the engine's input rules, the installed packs' rules
(``actlint.rules`` entry points) and a configuration's house rules.

It answers every question about rules — which rule a selector designates, old codes
redirected to new ones, the settings packs contribute — for the command line, the
configuration, the reports and ``explain`` alike.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, replace
from functools import cache, cached_property

from actlint.engine.options import Option
from actlint.engine.rule import Rule
from actlint.text import Text

GROUP = "actlint.rules"
ENGINE_PACK = "actlint"  # the pack name of the input rules, which the engine itself raises


class RegistryError(Exception):
    """A rule pack that cannot be loaded, or two rules that claim the same code; the
    message in French (``str``) and English (``text.en``)."""

    def __init__(self, message: Text) -> None:
        self.text = message
        super().__init__(message.fr)


@dataclass(frozen=True)
class Registry:
    rules: tuple[Rule, ...]  # sorted by code

    @cached_property
    def _by_code(self) -> dict[str, Rule]:
        return {r.code: r for r in self.rules}

    @cached_property
    def redirects(self) -> dict[str, str]:
        """Former code → the code of the rule that now holds it."""
        return {old: r.code for r in self.rules for old in r.former_codes}

    def get(self, code_or_name: str) -> Rule | None:
        """The rule with this code, former code or name (codes in any case)."""
        code = self.redirects.get(code_or_name.upper(), code_or_name.upper())
        found = self._by_code.get(code)
        return found or next((r for r in self.rules if r.name == code_or_name), None)

    def canonical(self, selector: str) -> str:
        """A selector with a former code replaced by the current one."""
        return self.redirects.get(selector.upper(), selector)

    def designates(self, selector: str) -> bool:
        """Whether a selector (code, former code, prefix, name or ALL) matches a rule."""
        return any(matches(self.canonical(selector), r) for r in self.rules)

    @cached_property
    def settings(self) -> dict[str, Option]:
        """Project-wide settings the packs contribute, by name (one declaration each)."""
        found: dict[str, Option] = {}
        for rule in self.rules:
            for option in rule.options:
                if not option.setting:
                    continue
                known = found.setdefault(option.name, option)
                if (known.type, known.default, known.choices) != (
                    option.type,
                    option.default,
                    option.choices,
                ):
                    raise RegistryError(Text(
                        f"le réglage « {option.name} » est déclaré de deux façons "
                        f"(règle {rule.code} et une autre)",
                        f"setting « {option.name} » is declared two different ways "
                        f"(rule {rule.code} and another rule)",
                    ))  # fmt: skip
        return found

    def with_rules(self, extra: Iterable[Rule]) -> Registry:
        """This registry and more rules (a configuration's house rules)."""
        added = tuple(extra)
        if not added:
            return self
        return Registry(_merged((*self.rules, *added)))


def matches(selector: str, rule: Rule) -> bool:
    """Whether a selector (code, code prefix, name or ALL) designates a rule."""
    return selector == "ALL" or selector == rule.name or rule.code.startswith(selector.upper())


@cache
def load_registry() -> Registry:
    """The engine's input rules and every rule of every installed pack, sorted by code."""
    from actlint.engine.input_rules import INPUT_RULES
    from actlint.engine.plugins import entry_points

    rules = [replace(r, pack=ENGINE_PACK) for r in INPUT_RULES]
    for entry in sorted(entry_points(GROUP), key=lambda e: e.name):
        try:
            pack = entry.load()
        except Exception as error:  # a broken pack must say so, not crash the run
            raise RegistryError(Text(
                f"pack de règles « {entry.name} » ({entry.value}) : {error}",
                f"rule pack « {entry.name} » ({entry.value}): {error}",
            )) from error  # fmt: skip
        for item in pack:
            if not isinstance(item, Rule):
                raise RegistryError(Text(
                    f"le pack de règles « {entry.name} » contient {item!r}, pas une règle",
                    f"rule pack « {entry.name} » holds {item!r}, not a Rule",
                ))  # fmt: skip
            rules.append(replace(item, pack=entry.name))
    return Registry(_merged(rules))


def _merged(rules: Iterable[Rule]) -> tuple[Rule, ...]:
    by_code: dict[str, Rule] = {}
    for rule in rules:
        for code in (rule.code, *rule.former_codes):
            other = by_code.get(code)
            if other is not None and other is not rule:
                raise RegistryError(Text(
                    f"la règle {code} est définie par les packs « {other.pack} » et « {rule.pack} »",
                    f"rule {code} is defined by packs « {other.pack} » and « {rule.pack} »",
                ))  # fmt: skip
            by_code[code] = rule
    return tuple(sorted({id(r): r for r in by_code.values()}.values(), key=lambda r: r.code))


def load_rules() -> tuple[Rule, ...]:
    """The installed packs' rules, without the engine's input rules."""
    return tuple(r for r in load_registry().rules if r.pack != ENGINE_PACK)
