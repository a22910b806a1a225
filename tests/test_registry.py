"""The one registry: every rule, old codes redirected, the lifecycle, pack settings."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any

import pytest

from actlint.engine.config import Config, ConfigError, load_config, select_rules
from actlint.engine.options import Option
from actlint.engine.registry import ENGINE_PACK, Registry, RegistryError, load_registry
from actlint.engine.rule import Finding, Rule, Severity, Status
from actlint.parse.act import Act
from actlint.text import Text


def _never(act: Act, options: Mapping[str, Any]) -> Iterable[Finding]:
    """Finds nothing."""
    return ()


def make(code: str, status: Status = "stable", former: tuple[str, ...] = (),
         options: tuple[Option, ...] = ()) -> Rule:  # fmt: skip
    return Rule(code=code, name=f"rule-{code.lower()}", severity=Severity.WARNING,
                summary=Text(code, code), basis=None, check=_never, status=status,
                options=options, former_codes=former)  # fmt: skip


REGISTRY = Registry((
    make("ABC001"), make("ABC002", "preview"), make("ABC003", "deprecated"),
    make("ABC004", "removed"), make("XYZ001", former=("ABC009",)),
))  # fmt: skip


def chosen(tmp_path: Path, text: str, preview: bool = False) -> list[str]:
    (tmp_path / "actlint.toml").write_text(text, encoding="utf-8")
    config = load_config(tmp_path / "actlint.toml", REGISTRY)
    return [r.code for r in select_rules(REGISTRY.rules, config, "a.txt", preview)]


def test_the_registry_holds_input_and_pack_rules() -> None:
    registry = load_registry()
    io = [r for r in registry.rules if r.code.startswith("IO")]
    assert [r.code for r in io] == [f"IO00{n}" for n in range(1, 8)]
    assert {r.pack for r in io} == {ENGINE_PACK}
    assert registry.get("vat-arithmetic") is registry.get("vat001") is registry.get("VAT001")
    assert "territory" in registry.settings


def test_lifecycle_of_the_default_selection(tmp_path: Path) -> None:
    assert chosen(tmp_path, "") == ["ABC001", "XYZ001"]
    assert chosen(tmp_path, "", preview=True) == ["ABC001", "ABC002", "XYZ001"]
    # a deprecated rule runs only when named, a removed one never
    assert chosen(tmp_path, 'select = ["ALL"]\n', preview=True) == ["ABC001", "ABC002", "XYZ001"]
    assert chosen(tmp_path, 'extend-select = ["ABC003"]\n') == ["ABC001", "ABC003", "XYZ001"]


def test_former_codes_are_redirected(tmp_path: Path) -> None:
    assert REGISTRY.get("ABC009") is REGISTRY.get("XYZ001")
    assert chosen(tmp_path, 'select = ["ABC009"]\n') == ["XYZ001"]
    assert chosen(tmp_path, 'ignore = ["ABC009"]\n') == ["ABC001"]
    (tmp_path / "actlint.toml").write_text('[severity]\nABC009 = "error"\n', encoding="utf-8")
    config = load_config(tmp_path / "actlint.toml", REGISTRY)
    assert config.severity == (("XYZ001", "error"),)


def test_selecting_a_removed_rule_is_an_error(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match=r"ABC004 .* a été retirée"):
        chosen(tmp_path, 'select = ["ABC004"]\n')


def test_two_rules_cannot_claim_one_code() -> None:
    with pytest.raises(RegistryError, match="ABC001"):
        REGISTRY.with_rules([make("ABC001")])
    with pytest.raises(RegistryError, match="ABC009"):
        REGISTRY.with_rules([make("ABC009")])  # a former code stays taken


def test_a_setting_is_declared_one_way() -> None:
    one = Option("zone", "string", "a", Text("", ""), choices=("a", "b"), setting=True)
    other = Option("zone", "string", "b", Text("", ""), choices=("a", "b"), setting=True)
    assert Registry((make("ABC001", options=(one,)),)).settings == {"zone": one}
    with pytest.raises(RegistryError, match="zone"):
        _ = Registry((make("ABC001", options=(one,)), make("ABC002", options=(other,)))).settings


@pytest.mark.parametrize(
    ("kind", "good", "bad"),
    [
        ("decimal", ["0.02", 0.02, 1], ["abc", -1, True, None]),
        ("integer", [3], [3.5, "3", False]),
        ("number", [3, 2.5], ["x", True]),
        ("boolean", [True, False], [1, "true"]),
        ("string", ["x"], [1, None]),
    ],
)  # fmt: skip
def test_option_types(kind: Any, good: list[object], bad: list[object]) -> None:
    option = Option("o", kind, None, Text("", ""))
    assert [option.problem(v) for v in good] == [None] * len(good)
    assert all(option.problem(v) for v in bad)


def test_the_default_configuration_selects_every_stable_rule() -> None:
    stable = [r.code for r in load_registry().rules if r.status == "stable"]
    assert [r.code for r in select_rules(load_registry().rules, Config(), "a.txt", False)] == stable


def test_registry_errors_speak_both_languages() -> None:
    with pytest.raises(RegistryError) as raised:
        REGISTRY.with_rules([make("ABC001")])
    assert raised.value.text.fr.startswith("la règle ABC001 est définie par les packs")
    assert raised.value.text.en.startswith("rule ABC001 is defined by packs")
