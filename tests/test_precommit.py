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
