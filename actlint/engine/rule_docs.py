"""A rule's documentation, read from its docstring: the English and French bodies, and the
examples the test suite runs.

The docstring holds, in order: the English text (what the rule checks, then « Why: » and
« Severity: » paragraphs), the French text (« Contrôle : », « Pourquoi : », « Gravité : »),
then the « Failing example:: » and « Passing example:: » blocks.
"""

from __future__ import annotations

import re
import textwrap

from actlint.engine.rule import Rule
from actlint.text import Lang, LazyPattern

_EXAMPLE = LazyPattern(
    r"^(?P<kind>Failing|Passing) example::\n\n(?P<body>(?:(?: {4}.*)?\n)+)", re.M
)
_FIRST_EXAMPLE = LazyPattern(r"^(?:Failing|Passing) example::$", re.M)
_FRENCH = LazyPattern(r"^Contrôle : ", re.M)

ENGLISH_LABELS = ("Why: ", "Severity: ")
FRENCH_LABELS = ("Contrôle : ", "Pourquoi : ", "Gravité : ")


def _prose(rule: Rule) -> str:
    """The docstring without its examples."""
    found = _FIRST_EXAMPLE.search(rule.docs)
    return (rule.docs[: found.start()] if found else rule.docs).strip()


def body(rule: Rule, lang: Lang) -> str:
    """What the rule checks, why, and why its severity, in ``lang``; the English text when a
    third-party rule has no French one."""
    prose = _prose(rule)
    french = _FRENCH.search(prose)
    if french is None:
        return prose
    return prose[french.start() :].strip() if lang == "fr" else prose[: french.start()].strip()


def has_both_languages(rule: Rule) -> bool:
    english, french = body(rule, "en"), body(rule, "fr")
    return (
        english != french
        and all(f"\n{label}" in f"\n{english}" for label in ENGLISH_LABELS)
        and all(f"\n{label}" in f"\n{french}" for label in FRENCH_LABELS)
    )


_FILE = re.compile(r"^==> (?P<path>\S+) <==$", re.M)


def example_files(example: str) -> tuple[str, dict[str, str]]:
    """An example's act, and the other acts of its repository: an example may go on with
    files, each led by a line « ==> path <== » (as ``head`` shows several files)."""
    parts = _FILE.split(example)
    others = {parts[i]: parts[i + 1].strip() + "\n" for i in range(1, len(parts) - 1, 2)}
    return parts[0].strip() + "\n", others


def examples(rule: Rule) -> dict[str, list[str]]:
    """{"failing": [...], "passing": [...]}: the act texts in the rule's docstring."""
    found: dict[str, list[str]] = {"failing": [], "passing": []}
    docs = textwrap.dedent(rule.docs.split("\n", 1)[-1]) + "\n"
    for m in _EXAMPLE.finditer(docs):
        found[m["kind"].lower()].append(textwrap.dedent(m["body"]).strip() + "\n")
    return found
