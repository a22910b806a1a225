"""The rule engine: packs from entry points, crashing rules, ordering, severities."""

from __future__ import annotations

from importlib.metadata import entry_points

import pytest

from actlint.engine.lint import lint_source
from actlint.engine.registry import GROUP, load_registry, load_rules
from actlint.engine.rule import Finding, Rule, Severity, rule
from actlint.read.source import decode
from actlint.text import Text
from tests.conftest import EXAMPLE


def test_builtin_pack_is_registered_like_any_other() -> None:
    (builtin,) = [e for e in entry_points(group=GROUP) if e.name == "builtin"]
    assert builtin.value == "actlint_rules:RULES"
    assert {r.pack for r in load_rules()} >= {"builtin"}
    assert {"VAT001", "EXE001", "STR001", "STR002", "STR003", "STR004"} <= {
        r.code for r in load_rules()
    }


@rule(
    code="TST001",
    name="always-crashes",
    severity=Severity.ERROR,
    basis=None,
    summary=Text("plante", "crashes"),
)
def crashing(act, options):
    """Raises."""
    raise ZeroDivisionError("boom")


@rule(
    code="TST002",
    name="first-line",
    severity=Severity.INFO,
    basis=None,
    summary=Text("première ligne", "first line"),
)
def first_line(act, options):
    """Reports the first character."""
    yield Finding(act.preface.span.__class__(0, 1), Text("ici", "here"))


def test_a_crashing_rule_is_reported_and_the_others_still_run() -> None:
    source = decode(EXAMPLE.read_bytes(), str(EXAMPLE))
    result = lint_source(source, [crashing, first_line])
    assert [(d.code, d.severity.label) for d in result.diagnostics] == [
        ("IO003", "error"),
        ("TST002", "info"),
    ]
    assert "TST001" in result.diagnostics[0].message.fr
    assert "ZeroDivisionError: boom" in result.diagnostics[0].message.en


def test_rule_metadata_is_validated() -> None:
    with pytest.raises(ValueError):
        Rule(
            code="VAT1",
            name="x",
            severity=Severity.ERROR,
            summary=Text("", ""),
            basis=None,
            check=lambda act, options: (),
        )
    with pytest.raises(ValueError):
        Rule(
            code="VAT999",
            name="Not Kebab",
            severity=Severity.ERROR,
            summary=Text("", ""),
            basis=None,
            check=lambda act, options: (),
        )


def test_legacy_encoding_is_a_warning_and_positions_still_hold() -> None:
    text = "DÉCISION n° 1\nDÉCIDE\nArticle 1 : 100,00 € HT soit 120,01 € TTC.\n"
    result = lint_source(decode(text.encode("cp1252"), "a.txt"), load_registry().rules)
    assert [(d.code, d.line, d.column) for d in result.diagnostics][:1] == [("IO001", 1, 1)]
    quiet = lint_source(decode(text.encode("cp1252"), "a.txt"), load_rules())  # not selected
    assert "IO001" not in [d.code for d in quiet.diagnostics]
    vat = next(d for d in result.diagnostics if d.code == "VAT001")
    third_line = text.split("\n")[2]
    assert (vat.line, vat.column) == (3, third_line.index("120,01") + 1)
