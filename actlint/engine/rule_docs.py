"""The examples in a rule's documentation, which the test suite runs."""

from __future__ import annotations

import re
import textwrap

from actlint.engine.rule import Rule

_EXAMPLE = re.compile(r"^(?P<kind>Failing|Passing) example::\n\n(?P<body>(?:(?: {4}.*)?\n)+)", re.M)


def examples(rule: Rule) -> dict[str, list[str]]:
    """{"failing": [...], "passing": [...]}: the act texts in the rule's docstring."""
    found: dict[str, list[str]] = {"failing": [], "passing": []}
    docs = textwrap.dedent(rule.docs.split("\n", 1)[-1]) + "\n"
    for m in _EXAMPLE.finditer(docs):
        found[m["kind"].lower()].append(textwrap.dedent(m["body"]).strip() + "\n")
    return found
