"""The wheel carries everything: grammar, rules and console script work from anywhere."""

from __future__ import annotations

import subprocess
import sys
import venv
from pathlib import Path

import pytest

from tests.conftest import EXAMPLE

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def installed(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A fresh virtual environment with the wheel built from this checkout."""
    work = tmp_path_factory.mktemp("wheel")
    subprocess.run([sys.executable, "-m", "build", "--wheel", "--no-isolation",
                    "--outdir", str(work / "dist"), str(ROOT)],
                   check=True, capture_output=True)  # fmt: skip
    (wheel,) = (work / "dist").glob("actlint-*.whl")
    env_dir = work / "venv"
    venv.create(env_dir, with_pip=True)
    python = env_dir / "bin" / "python"
    subprocess.run([str(python), "-m", "pip", "install", "--quiet", str(wheel)],
                   check=True, capture_output=True)  # fmt: skip
    return env_dir


def test_wheel_contents(installed: Path) -> None:
    site = next((installed / "lib").glob("python3*/site-packages"))
    assert (site / "actlint" / "grammar" / "act.lark").exists()
    assert (site / "actlint" / "_lalr.py").exists()
    assert (site / "actlint_rules" / "vat.py").exists()
    assert not (site / "rules").exists() and not (site / "tests").exists()


def test_console_script_from_another_directory(installed: Path, tmp_path: Path) -> None:
    act = tmp_path / "decision.txt"
    act.write_bytes(EXAMPLE.read_bytes())
    result = subprocess.run([str(installed / "bin" / "actlint"), "check", "decision.txt"],
                            capture_output=True, text=True, cwd=tmp_path,
                            env={"NO_COLOR": "1", "PATH": "/usr/bin:/bin"})  # fmt: skip
    assert result.returncode == 1, result.stderr
    assert "\ndecision.txt:58:34 VAT001 [erreur] montant TTC incohérent" in result.stdout
    rules = subprocess.run([str(installed / "bin" / "actlint"), "rules"], capture_output=True,
                           text=True, cwd=tmp_path)  # fmt: skip
    assert "EXE001" in rules.stdout
