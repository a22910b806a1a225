"""actlint's built-in rule pack, registered through the ``actlint.rules`` entry point.

Every rule declared in a rule module is in the pack: adding a rule to a module is enough.
"""

from __future__ import annotations

from actlint.api import Rule

from . import (
    chain,
    dates,
    delegating,
    delegation,
    execution,
    matters,
    names,
    nomenclature,
    recitals,
    references,
    sitting,
    structure,
    transmission,
    vat,
)

RULE_MODULES = (
    chain, dates, delegating, delegation, execution, matters, names, nomenclature, recitals,
    references, sitting, structure, transmission, vat,
)  # fmt: skip

RULES: tuple[Rule, ...] = tuple(
    sorted(
        (value for module in RULE_MODULES for value in vars(module).values()
         if isinstance(value, Rule)),
        key=lambda r: r.code,
    )
)  # fmt: skip
