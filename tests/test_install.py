"""The wheel carries everything: grammar, rules and console script work from anywhere."""

from __future__ import annotations

import json
import shutil
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
    assert (site / "actlint" / "parse" / "_lalr.py").exists()
    assert not (site / "actlint" / "grammar").exists()  # the generator stays in the repository
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


PACK = Path(__file__).parent / "fixtures" / "example_pack"


def test_a_third_party_pack_plugs_in(installed: Path, tmp_path: Path) -> None:
    """A pack installed beside actlint shows in `actlint rules` and obeys the configuration."""
    pack = shutil.copytree(PACK, tmp_path / "pack")  # building writes beside the sources
    subprocess.run([str(installed / "bin" / "python"), "-m", "pip", "install", "--quiet",
                    str(pack)], check=True, capture_output=True)  # fmt: skip
    actlint = str(installed / "bin" / "actlint")
    listed = subprocess.run([actlint, "rules"], capture_output=True, text=True, cwd=tmp_path)
    row = next(line for line in listed.stdout.splitlines() if line.startswith("HSE001"))
    assert "signed-on-sunday" in row and "example" in row
    act = tmp_path / "sunday.txt"
    act.write_text("ARRÊTÉ n° 1\nARRÊTE\nArticle 1 : a.\nFait à Lens, le 3 mai 2026.\n",
                   encoding="utf-8")  # fmt: skip

    def codes(*args: str) -> list[str]:
        out = subprocess.run([actlint, "check", "--format", "json", *args, str(act)],
                             capture_output=True, text=True, cwd=tmp_path).stdout  # fmt: skip
        return [d["code"] for d in json.loads(out)["files"][0]["diagnostics"]]

    assert "HSE001" in codes()
    (tmp_path / "actlint.toml").write_text('ignore = ["HSE"]\n', encoding="utf-8")
    assert "HSE001" not in codes()
    (tmp_path / "actlint.toml").write_text('select = ["signed-on-sunday"]\n[severity]\nHSE001 = "error"\n',
                                           encoding="utf-8")  # fmt: skip
    assert codes() == ["HSE001"]
    result = subprocess.run(
        [actlint, "check", str(act)], capture_output=True, text=True, cwd=tmp_path
    )
    assert result.returncode == 1 and "HSE001 [erreur]" in result.stdout
    # its option, declared with the rule, is set and checked by the configuration
    (tmp_path / "actlint.toml").write_text('select = ["HSE001"]\n[rules.HSE001]\nday = "samedi"\n',
                                           encoding="utf-8")  # fmt: skip
    assert codes() == []  # 3 May 2026 is a Sunday
    (tmp_path / "actlint.toml").write_text('[rules.HSE001]\nday = "lundi"\n', encoding="utf-8")
    refused = subprocess.run(
        [actlint, "check", str(act)], capture_output=True, text=True, cwd=tmp_path
    )
    assert refused.returncode == 2 and "« lundi » n'est pas une valeur possible" in refused.stderr
    explained = subprocess.run([actlint, "explain", "HSE001"], capture_output=True, text=True)
    assert "day = 'dimanche' (samedi | dimanche)" in explained.stdout


def test_the_page_ships_its_assets_and_needs_its_extra(installed: Path) -> None:
    """The templates and assets are in the wheel; without the `serve` extra, `actlint serve`
    says what to install instead of failing."""
    site = next((installed / "lib").glob("python3*/site-packages"))
    for asset in ("templates/result.html", "templates/report.html", "static/page.js",
                  "static/style.css"):  # fmt: skip
        assert (site / "actlint" / "serve" / asset).exists(), asset
    done = subprocess.run([str(installed / "bin" / "actlint"), "serve"], capture_output=True,
                          text=True, timeout=60)  # fmt: skip
    assert done.returncode == 2
    assert "pip install 'actlint[serve]'" in done.stderr and "Traceback" not in done.stderr
