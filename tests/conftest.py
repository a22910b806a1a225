"""Shared fixtures: the real acts, the installed console script, linting a text or a file."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest

from actlint.engine.lint import FileResult, lint_source
from actlint.engine.registry import load_rules
from actlint.engine.rule_docs import example_files
from actlint.parse.act import Act
from actlint.parse.document import read_document
from actlint.read.source import decode
from actlint.run.index import repository_of_texts

FIXTURES = Path(__file__).parent / "fixtures"
CORPUS = FIXTURES / "corpus"
EXAMPLE = FIXTURES / "decision-2026-92-lens.txt"
LABELS: dict[str, dict] = json.loads((CORPUS / "labels.json").read_text(encoding="utf-8"))


def labelled_path(key: str) -> Path:
    """The fixture for a labels.json key (the example act is labelled by its shared path)."""
    path = CORPUS / key
    return path if path.exists() else FIXTURES / Path(key).name


def act_of(text: str) -> Act:
    return read_document(decode(text.encode("utf-8"), "act.txt")).act


def lint_text(text: str, *codes: str) -> FileResult:
    """Lint an act given as text; the acts that follow it, each led by « ==> path <== »,
    are the other acts of its repository."""
    rules = [r for r in load_rules() if not codes or r.code in codes]
    act, others = example_files(text)
    if not others:
        return lint_source(decode(act.encode("utf-8"), "act.txt"), rules)
    repository = repository_of_texts({"act.txt": act, **others})
    return lint_source(decode(act.encode("utf-8"), "act.txt"), rules, None, None, repository,
                       "act.txt")  # fmt: skip


def lint_file(path: Path) -> FileResult:
    """Lint a file with the default rules (stable ones), as `actlint check` does."""
    stable = [r for r in load_rules() if r.status == "stable"]
    return lint_source(decode(path.read_bytes(), str(path)), stable)


def actlint_executable() -> str:
    """The installed console script of the environment running the tests."""
    beside = Path(sys.executable).with_name("actlint")
    found = str(beside) if beside.exists() else shutil.which("actlint")
    if not found:
        pytest.fail("the actlint console script is not installed")
    return found


_CACHE = tempfile.mkdtemp(prefix="actlint-test-cache-")  # never the user's own cache


def run_actlint(
    *args: str,
    stdin: bytes | None = None,
    cwd: Path | None = None,
    env: dict[str, str] | None = None,
) -> subprocess.CompletedProcess[str]:
    full_env = {**os.environ, "NO_COLOR": "1", "ACTLINT_CACHE_DIR": _CACHE, **(env or {})}
    done = subprocess.run([actlint_executable(), *args], input=stdin, capture_output=True,
                          cwd=cwd, env=full_env, timeout=180)  # fmt: skip
    return subprocess.CompletedProcess(
        done.args, done.returncode, done.stdout.decode("utf-8"), done.stderr.decode("utf-8")
    )
