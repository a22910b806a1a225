"""Baselines through the console script: paths however typed, only linted files, success."""

from __future__ import annotations

import json
import os
import stat
import subprocess
from pathlib import Path

import pytest

from tests.conftest import EXAMPLE, run_actlint


@pytest.fixture
def repository(tmp_path: Path) -> Path:
    """A repository of acts: git-initialised, acts in a folder, no configuration."""
    subprocess.run(["git", "init", "-q", str(tmp_path)], check=True)
    (tmp_path / "actes").mkdir()
    (tmp_path / "actes" / "lens.txt").write_bytes(EXAMPLE.read_bytes())
    (tmp_path / "actes" / "autre.txt").write_bytes(EXAMPLE.read_bytes())
    return tmp_path


def test_writing_a_baseline_succeeds_in_one_line(repository: Path) -> None:
    written = run_actlint("check", "--write-baseline", "b.json", ".", cwd=repository)
    assert written.returncode == 0
    assert written.stdout == ""
    assert written.stderr.strip() == (
        "actlint : base de référence écrite dans b.json : 14 constat(s) dans 2 fichier(s)"
    )
    mode = stat.S_IMODE(os.stat(repository / "b.json").st_mode)
    umask = os.umask(0)
    os.umask(umask)
    assert mode == 0o666 & ~umask  # 0644 under the usual umask, not a temporary file's 0600
    paths = {e["path"] for e in json.loads((repository / "b.json").read_text())["findings"]}
    assert paths == {"actes/lens.txt", "actes/autre.txt"}  # relative to the repository


@pytest.mark.parametrize(
    ("where", "named"),
    [
        (".", "actes"),
        (".", "./actes/lens.txt"),
        (".", "actes//lens.txt"),
        ("actes", "lens.txt"),  # as pre-commit passes it from a sub-folder
        ("actes", "../actes/lens.txt"),
        ("actes", "ABSOLUTE"),
    ],
)  # fmt: skip
def test_recorded_findings_match_however_the_path_is_typed(
    repository: Path, where: str, named: str
) -> None:
    run_actlint("check", "--write-baseline", "b.json", ".", cwd=repository)
    if named == "ABSOLUTE":
        named = str(repository / "actes" / "lens.txt")
    again = run_actlint("check", "--baseline", str(repository / "b.json"), named,
                        cwd=repository / where)  # fmt: skip
    assert again.returncode == 0, again.stdout
    assert "ne se produit plus" not in again.stderr


def test_only_linted_files_can_have_findings_that_no_longer_occur(repository: Path) -> None:
    run_actlint("check", "--write-baseline", "b.json", "actes", cwd=repository)
    lens = repository / "actes" / "lens.txt"
    lens.write_text(lens.read_text(encoding="utf-8").replace("3 321,27", "3 321,26"), "utf-8")
    result = run_actlint("check", "--baseline", "b.json", "actes/lens.txt", cwd=repository)
    assert result.returncode == 0
    gone = [line for line in result.stderr.splitlines() if "ne se produit plus" in line]
    assert gone == [
        "actlint : actes/lens.txt : VAT001 enregistré dans la base de référence ne se produit plus"
    ]


def test_the_configuration_folder_is_the_root(tmp_path: Path) -> None:
    (tmp_path / "projet" / "actes").mkdir(parents=True)
    (tmp_path / "projet" / "actlint.toml").write_text("preview = false\n", encoding="utf-8")
    (tmp_path / "projet" / "actes" / "lens.txt").write_bytes(EXAMPLE.read_bytes())
    run_actlint("check", "--write-baseline", "projet/b.json", "projet", cwd=tmp_path)
    recorded = json.loads((tmp_path / "projet" / "b.json").read_text())["findings"]
    assert {e["path"] for e in recorded} == {"actes/lens.txt"}
    again = run_actlint("check", "--baseline", "b.json", "actes/lens.txt",
                        cwd=tmp_path / "projet")  # fmt: skip
    assert again.returncode == 0 and again.stderr == ""
