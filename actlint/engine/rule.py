"""What a rule is: metadata, a pure check over the ``Act``, and the findings it yields.

A rule pack is a list of :class:`Rule` objects published under the ``actlint.rules``
entry-point group; the built-in pack uses the same mechanism as anyone's.
"""

from __future__ import annotations

import enum
import re
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Literal

from actlint.engine.basis import Basis
from actlint.engine.options import Option
from actlint.text import Lang, Text

if TYPE_CHECKING:  # the act's types are not needed to read rules or results
    from actlint.engine.position import Related
    from actlint.parse.act import Act, Span

# Compiled by re when first used: reading results from the cache does not need them.
_CODE = r"^[A-Z]{2,4}\d{3}$"
_NAME = r"^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$"


class Severity(enum.IntEnum):
    INFO = 1
    WARNING = 2
    ERROR = 3

    @property
    def label(self) -> str:
        return self.name.lower()

    def word(self, lang: Lang) -> str:
        return _SEVERITY_WORDS[lang][self]


# What each severity means; every rule's default severity follows it, and its documentation
# says why (« Severity: » / « Gravité : »).
SEVERITY_POLICY: dict[Severity, Text] = {
    Severity.ERROR: Text(
        "l'acte énonce quelque chose de faux ou d'impossible (calcul inexact, date qui "
        "n'existe pas, acte visé postérieur à la signature, texte à compléter laissé) ou il lui "
        "manque un élément sans lequel il est illégal à sa seule lecture",
        "the act states something false or impossible (wrong arithmetic, a date that does not "
        "exist, a cited act dated after the signature, a placeholder left in) or lacks "
        "something without which it is unlawful on its face",
    ),
    Severity.WARNING: Text(
        "une irrégularité que relèverait le contrôle de légalité de la préfecture ou un juge, "
        "ou un élément manquant qui doit normalement figurer dans l'acte",
        "an irregularity a préfecture's contrôle de légalité or a court would raise, or a "
        "missing element that normally must be in the act",
    ),
    Severity.INFO: Text(
        "bonne pratique de rédaction, style, ou appréciation laissée au rédacteur",
        "good drafting practice, style, or a judgement call left to the drafter",
    ),
}

_SEVERITY_WORDS: dict[str, dict[Severity, str]] = {
    "fr": {Severity.ERROR: "erreur", Severity.WARNING: "avertissement", Severity.INFO: "info"},
    "en": {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "info"},
}


@dataclass(frozen=True)
class Finding:
    """What a rule yields: where, what is wrong, and what would be right."""

    span: Span
    message: Text
    help: Text | None = None
    severity: Severity | None = None  # a rule may soften its own default for one finding
    related: tuple[Related, ...] = ()  # places in other files the finding names


Check = Callable[["Act", Mapping[str, Any]], Iterable[Finding]]

# stable: runs by default; preview: only with --preview or when named; deprecated: runs only
# when named by its code or name; removed: never runs, kept so that its code still explains.
Status = Literal["stable", "preview", "deprecated", "removed"]


_STATUS_FR = {"stable": "stable", "preview": "aperçu", "deprecated": "obsolète",
              "removed": "retirée"}  # fmt: skip


def status_word(status: Status, lang: Lang) -> str:
    return _STATUS_FR[status] if lang == "fr" else status


@dataclass(frozen=True)
class Rule:
    code: str
    name: str
    severity: Severity
    summary: Text
    basis: Basis | None
    check: Check
    status: Status = "stable"
    options: tuple[Option, ...] = ()
    pack: str = "builtin"
    former_codes: tuple[str, ...] = ()  # codes this rule had before: selecting them selects it

    @property
    def docs(self) -> str:
        import inspect

        return inspect.cleandoc(self.check.__doc__ or "")

    def option(self, name: str) -> Option | None:
        return next((o for o in self.options if o.name == name), None)

    def __post_init__(self) -> None:
        if not re.match(_CODE, self.code):
            raise ValueError(f"rule code {self.code!r} must be a family prefix and three digits")
        if not re.match(_NAME, self.name):
            raise ValueError(f"rule name {self.name!r} must be kebab-case")
        if self.basis is not None and not isinstance(self.basis, Basis):
            raise ValueError(f"rule {self.code}: basis must be an actlint.api.Basis")


def rule(
    *,
    code: str,
    name: str,
    severity: Severity,
    summary: Text,
    basis: Basis | None,
    status: Status = "stable",
    options: tuple[Option, ...] = (),
    former_codes: tuple[str, ...] = (),
) -> Callable[[Check], Rule]:
    """Declare a rule; the decorated function's docstring is its documentation."""

    def wrap(check: Check) -> Rule:
        return Rule(code=code, name=name, severity=severity, summary=summary, basis=basis,
                    check=check, status=status, options=options,
                    former_codes=former_codes)  # fmt: skip

    return wrap
