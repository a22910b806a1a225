"""Every rule documents itself, and its documented examples behave as documented."""

from __future__ import annotations

import pytest

from actlint.engine.registry import load_registry, load_rules
from actlint.engine.rule_docs import body, examples, has_both_languages
from tests.conftest import lint_text

RULES = load_rules()


@pytest.mark.parametrize("rule", RULES, ids=lambda r: r.code)
def test_rule_is_documented(rule) -> None:
    assert rule.docs and "Why:" in rule.docs
    assert rule.basis is not None and rule.basis.problems() == [], "every rule has a basis"
    assert rule.summary.fr and rule.summary.en
    found = examples(rule)
    assert found["failing"] and found["passing"]


@pytest.mark.parametrize("rule", load_registry().rules, ids=lambda r: r.code)
def test_rule_is_documented_in_french_and_in_english(rule) -> None:
    assert has_both_languages(rule), "English, then « Contrôle : », « Pourquoi : », « Gravité : »"
    assert "example::" not in body(rule, "fr") and "example::" not in body(rule, "en")


@pytest.mark.parametrize("rule", RULES, ids=lambda r: r.code)
def test_failing_examples_fail(rule) -> None:
    for text in examples(rule)["failing"]:
        codes = [d.code for d in lint_text(text, rule.code).diagnostics]
        assert rule.code in codes, text


@pytest.mark.parametrize("rule", RULES, ids=lambda r: r.code)
def test_passing_examples_pass(rule) -> None:
    for text in examples(rule)["passing"]:
        assert lint_text(text, rule.code).diagnostics == (), text
