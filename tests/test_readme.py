"""The README's commands stay true: CI runs its test command, its output is the real one."""

from __future__ import annotations

import os
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

    listed = set(re.findall(r"^\| ([A-Z]{3}\d{3}) \| ([a-z-]+) \| (\w+)", README, re.M))
    assert listed == {(r.code, r.name, r.severity.label) for r in load_rules()}


def test_readme_states_the_severity_policy_the_rules_follow() -> None:
    from actlint.engine.rule import SEVERITY_POLICY

    for severity, meaning in SEVERITY_POLICY.items():
        assert f"- **{severity.label}**: {meaning.en};" in README or (
            f"- **{severity.label}**: {meaning.en}." in README
        ), severity


def test_readme_documents_the_configuration_keys_from_their_single_source() -> None:
    from actlint.engine.config import readme_table
    from actlint.engine.registry import load_registry

    assert readme_table(load_registry()) in README


def test_the_exclude_example_leaves_out_files_that_are_not_acts(tmp_path: Path) -> None:
    import json

    from tests.conftest import EXAMPLE, run_actlint

    example = re.search(r"`(exclude = \[[^`]*\])`", README)
    assert example is not None
    (tmp_path / "actlint.toml").write_text(example.group(1) + "\n", encoding="utf-8")
    (tmp_path / "notes").mkdir()
    (tmp_path / "notes" / "todo.md").write_text("# À faire\n", encoding="utf-8")
    (tmp_path / "README.md").write_text("# Actes de la commune\n", encoding="utf-8")
    (tmp_path / "decision.txt").write_bytes(EXAMPLE.read_bytes())
    result = run_actlint("check", "--format", "json", ".", cwd=tmp_path)
    assert [f["path"] for f in json.loads(result.stdout)["files"]] == ["./decision.txt"]


def test_shell_completion_and_module_entry_point_work_as_documented() -> None:
    import subprocess
    import sys

    from tests.conftest import actlint_executable

    assert "_ACTLINT_COMPLETE=bash_source actlint" in README and "python -m actlint" in README
    completion = subprocess.run([actlint_executable()], env={**os.environ,
                                "_ACTLINT_COMPLETE": "bash_source"},
                                capture_output=True, text=True)  # fmt: skip
    assert "complete -o nosort -F _actlint_completion actlint" in completion.stdout
    module = subprocess.run([sys.executable, "-m", "actlint", "-V"], capture_output=True,
                            text=True)  # fmt: skip
    assert module.returncode == 0 and module.stdout.startswith("actlint, version")
