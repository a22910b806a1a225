"""The README's commands stay true: CI runs its test command, its output is the real one."""

from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
README = (ROOT / "README.md").read_text(encoding="utf-8")


def readme_commands() -> list[str]:
    block = re.search(r"```sh\n(.*?)```", README, re.S)
    assert block, "the README's first code block holds the commands"
    return [line for line in block.group(1).splitlines() if line and not line.startswith("#")]


def test_ci_runs_the_readme_test_command() -> None:
    install_and_lint, install_and_test = readme_commands()
    assert "actlint check tests/fixtures/decision-2026-92-lens.txt" in install_and_lint
    assert install_and_test in (ROOT / ".ci" / "run").read_text(encoding="utf-8")


def test_readme_shows_the_real_output() -> None:
    shown = re.search(r"```text\n(.*?)```", README, re.S)
    assert shown
    snapshot = (ROOT / "tests" / "snapshots" / "example-text-fr.txt").read_text(encoding="utf-8")
    assert shown.group(1) == snapshot


def test_readme_lists_every_rule() -> None:
    from actlint.engine.registry import load_rules

    listed = set(re.findall(r"^\| ([A-Z]{3}\d{3}) \| ([a-z-]+) \|", README, re.M))
    assert listed == {(r.code, r.name) for r in load_rules()}


def test_readme_documents_the_configuration_keys_from_their_single_source() -> None:
    from actlint.engine.config import readme_table
    from actlint.engine.registry import load_registry

    assert readme_table(load_registry()) in README
