"""Rule options declared with the rule: name, type, default, allowed values, documentation.

A rule declares its options; the configuration validates values against the declaration
before any file is read, and ``explain`` and the README document them from it. An option
declared as a *setting* is also a project-wide key of the configuration (and may be given
on the command line): a pack contributes it, the engine knows nothing of its meaning.
A value set for one rule (``[rules.VAT002] territory = …``) overrides the setting.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, Literal

from actlint.text import Text

OptionType = Literal["string", "decimal", "integer", "number", "boolean"]

_TYPE_WORDS: dict[OptionType, Text] = {
    "string": Text("un texte", "a string"),
    "decimal": Text("un nombre décimal positif ou nul (« 0.02 »)",
                    "a non-negative decimal number (« 0.02 »)"),
    "integer": Text("un nombre entier", "a whole number"),
    "number": Text("un nombre", "a number"),
    "boolean": Text("true ou false", "true or false"),
}  # fmt: skip


@dataclass(frozen=True)
class Option:
    """One option of a rule."""

    name: str
    type: OptionType
    default: Any
    doc: Text
    choices: tuple[str, ...] = ()
    setting: bool = False  # also a project-wide configuration key and command-line value

    def problem(self, value: object) -> Text | None:
        """What is wrong with a configured value, or None."""
        if self.choices:
            if value not in self.choices:
                listed = ", ".join(self.choices)
                return Text(f"« {value} » n'est pas une valeur possible ({listed})",
                            f"« {value} » is not a possible value ({listed})")  # fmt: skip
            return None
        if _valid(self.type, value):
            return None
        expected = _TYPE_WORDS[self.type]
        return Text(f"« {value} » ne convient pas : {expected.fr} est attendu",
                    f"« {value} » does not fit: {expected.en} is expected")  # fmt: skip

    def describe(self) -> str:
        """`name` (type or choices, default): the option in one line, for docs."""
        allowed = " | ".join(self.choices) if self.choices else self.type
        return f"{self.name} ({allowed}, default {self.default!r})"


def _valid(kind: OptionType, value: object) -> bool:
    if kind == "boolean":
        return isinstance(value, bool)
    if isinstance(value, bool):
        return False
    if kind == "string":
        return isinstance(value, str)
    if kind == "integer":
        return isinstance(value, int)
    if kind == "number":
        return isinstance(value, int | float)
    from decimal import Decimal, InvalidOperation  # only for options that take amounts

    try:
        return isinstance(value, str | int | float) and Decimal(str(value)) >= 0
    except InvalidOperation:
        return False


def resolve(
    options: tuple[Option, ...],
    own: Mapping[str, Any],
    given: Mapping[str, Any],
    configured: Mapping[str, Any],
) -> dict[str, Any]:
    """The values a rule runs with: its own configured values first, then for settings the
    command line's, then the configuration's, then the declared default."""
    values = {}
    for option in options:
        if option.name in own:
            values[option.name] = own[option.name]
        elif option.setting and option.name in given:
            values[option.name] = given[option.name]
        elif option.setting and option.name in configured:
            values[option.name] = configured[option.name]
        else:
            values[option.name] = option.default
    return values
