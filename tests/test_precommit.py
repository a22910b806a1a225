"""actlint as a pre-commit hook, run by the real pre-commit against this repository."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import EXAMPLE

ROOT = Path(__file__).resolve().parent.parent
GOOD = (
    "ARRÊTÉ n° 2026-8\nLe Maire de Lens,\nVu le code général des collectivités territoriales ;\n"
    "ARRÊTE\nArticle 1 : La buvette est autorisée.\nArticle 2 : Le présent arrêté peut faire "
    "l'objet d'un recours devant le tribunal administratif de Lille dans un délai de deux mois.\n"
    "Article 3 : Le directeur général des services est chargé de l'exécution du présent arrêté.\n"
    "Fait à Lens, le 4 mai 2026.\nLe Maire,\nJean DUPONT\n"
)


def git(*args: str, cwd: Path) -> None:
    subprocess.run(["git", *args], cwd=cwd, check=True, capture_output=True)


@pytest.mark.skipif(not (ROOT / ".git").exists(), reason="needs this project as a git repository")
def test_bad_act_blocks_the_commit_and_good_one_passes(tmp_path: Path) -> None:
    acts = tmp_path / "acts"
    acts.mkdir()
    git("init", "-q", cwd=acts)
    git("config", "user.email", "greffe@example.org", cwd=acts)
    git("config", "user.name", "Greffe", cwd=acts)
    env = {**os.environ, "PRE_COMMIT_HOME": str(tmp_path / "cache"), "NO_COLOR": "1"}
    pre_commit = [sys.executable, "-m", "pre_commit"]
    assert shutil.which("git")

    def try_hook() -> subprocess.CompletedProcess[str]:
        return subprocess.run([*pre_commit, "try-repo", str(ROOT), "actlint"], cwd=acts, env=env,
                              capture_output=True, text=True, timeout=600)  # fmt: skip

    (acts / "decision.txt").write_bytes(EXAMPLE.read_bytes())
    git("add", "decision.txt", cwd=acts)
    blocked = try_hook()
    assert blocked.returncode != 0, blocked.stdout + blocked.stderr
    assert "VAT001" in blocked.stdout
    git("reset", "-q", cwd=acts)
    (acts / "decision.txt").unlink()

    (acts / "arrete.txt").write_text(GOOD, encoding="utf-8")
    git("add", "arrete.txt", cwd=acts)
    passed = try_hook()
    assert passed.returncode == 0, passed.stdout + passed.stderr
    assert "Passed" in passed.stdout


def readme_block(containing: str) -> str:
    """The README's YAML block holding ``containing``, as the user copies it."""
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    blocks = text.split("```yaml\n")[1:]
    return next(b.split("```", 1)[0] for b in blocks if containing in b)


def run_hooks(acts: Path, config: str, env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    (acts / ".pre-commit-config.yaml").write_text(config, encoding="utf-8")
    return subprocess.run([sys.executable, "-m", "pre_commit", "run", "--all-files"], cwd=acts,
                          env=env, capture_output=True, text=True, timeout=600)  # fmt: skip


@pytest.fixture
def acts(tmp_path: Path) -> Path:
    folder = tmp_path / "acts"
    folder.mkdir()
    git("init", "-q", cwd=folder)
    (folder / "decision.txt").write_bytes(EXAMPLE.read_bytes())
    (folder / "arrete.txt").write_text(GOOD, encoding="utf-8")
    return folder


def test_the_readme_local_hook_works_as_written(acts: Path, tmp_path: Path) -> None:
    env = {**os.environ, "PRE_COMMIT_HOME": str(tmp_path / "cache"), "NO_COLOR": "1",
           "PATH": f"{Path(sys.executable).parent}{os.pathsep}{os.environ['PATH']}"}  # fmt: skip
    config = readme_block("repo: local")
    git("add", ".", cwd=acts)
    blocked = run_hooks(acts, config, env)
    assert blocked.returncode == 1 and "decision.txt:58:34 VAT001" in blocked.stdout
    (acts / "decision.txt").unlink()
    passed = run_hooks(acts, config, env)
    assert passed.returncode == 0 and "Passed" in passed.stdout, passed.stdout


@pytest.mark.skipif(not (ROOT / ".git").exists(), reason="needs this project as a git repository")
def test_the_readme_remote_hook_works_with_a_real_revision(acts: Path, tmp_path: Path) -> None:
    env = {**os.environ, "PRE_COMMIT_HOME": str(tmp_path / "cache"), "NO_COLOR": "1"}
    head = subprocess.run(["git", "rev-parse", "HEAD"], cwd=ROOT, capture_output=True,
                          text=True, check=True).stdout.strip()  # fmt: skip
    written = readme_block("rev:")
    # the address and the commit the user picks: this repository, at its last commit
    config = "\n".join(
        f"  - repo: {ROOT}" if line.strip().startswith("- repo:")
        else f"    rev: {head}" if line.strip().startswith("rev:") else line
        for line in written.splitlines()
    )  # fmt: skip
    assert config.count("\n") == written.count("\n") - 1 and "id: actlint" in config
    git("add", ".", cwd=acts)
    blocked = run_hooks(acts, config + "\n", env)
    assert blocked.returncode == 1 and "VAT001" in blocked.stdout, blocked.stdout + blocked.stderr
