"""What ``check`` does with odd inputs: UTF-16 text, files named twice, special files,
missing paths and folders without acts."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from tests.conftest import EXAMPLE, run_actlint

ACT = "DÉCISION n° 1\nDÉCIDE\nArticle 1 : Le taux de TVA est de 19,6 %.\n"


@pytest.mark.parametrize("codec", ["utf-16", "utf-16-le", "utf-16-be"])
def test_utf16_text_is_read_with_a_note(tmp_path: Path, codec: str) -> None:
    act = tmp_path / "notepad.txt"
    act.write_bytes(ACT.replace("\n", "\r\n").encode(codec))
    result = run_actlint("check", "--format", "concise", "--no-cache", str(act))
    assert "IO002" not in result.stdout
    assert f"{act}:1:1 IO007 [info] Fichier encodé en UTF-16" in result.stdout
    assert f"{act}:3:35 VAT002" in result.stdout  # positions in the decoded text


def test_binary_data_with_nul_bytes_is_still_not_text(tmp_path: Path) -> None:
    blob = tmp_path / "image.txt"
    blob.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" * 20)
    assert "IO002" in run_actlint("check", "--format", "concise", str(blob)).stdout


def test_each_file_is_linted_once_in_the_order_first_named(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_bytes(EXAMPLE.read_bytes())
    (tmp_path / "b.txt").write_bytes(EXAMPLE.read_bytes())
    result = run_actlint("check", "--format", "json", "b.txt", "a.txt", "./b.txt", ".",
                         cwd=tmp_path)  # fmt: skip
    import json

    assert [f["path"] for f in json.loads(result.stdout)["files"]] == ["b.txt", "a.txt"]


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs on this system")
def test_special_files_are_not_read(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_bytes(EXAMPLE.read_bytes())
    os.mkfifo(tmp_path / "pipe.txt")
    walked = run_actlint("check", "--format", "concise", ".", cwd=tmp_path)  # would hang
    assert walked.returncode == 1 and "a.txt" in walked.stdout and "pipe" not in walked.stdout
    named = run_actlint("check", "pipe.txt", cwd=tmp_path)
    assert named.returncode == 2
    assert named.stderr == "actlint : pipe.txt n'est pas un fichier ordinaire : il n'est pas lu\n"


def test_a_missing_path_prints_no_summary(tmp_path: Path) -> None:
    result = run_actlint("check", "absent.txt", cwd=tmp_path)
    assert result.returncode == 2
    assert result.stdout == ""
    assert result.stderr == "actlint : fichier introuvable : absent.txt\n"


def test_a_folder_without_acts_says_so(tmp_path: Path) -> None:
    (tmp_path / "vide").mkdir()
    result = run_actlint("check", "vide", cwd=tmp_path)
    assert result.returncode == 0 and result.stdout == ""
    assert result.stderr == "actlint : aucun acte trouvé dans vide\n"
    english = run_actlint("check", "--lang", "en", "vide", cwd=tmp_path)
    assert english.stderr == "actlint: no act found in vide\n"


def test_a_report_or_baseline_in_a_missing_folder_is_said_before_linting(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_bytes(EXAMPLE.read_bytes())
    report = run_actlint("check", "-o", "absent/r.txt", "a.txt", cwd=tmp_path)
    assert report.returncode == 2 and "Traceback" not in report.stderr
    assert report.stderr == "actlint : absent/r.txt : le dossier du rapport n'existe pas\n"
    baseline = run_actlint("check", "--write-baseline", "absent/b.json", "a.txt", cwd=tmp_path)
    assert baseline.returncode == 2 and "le dossier de la base de référence" in baseline.stderr


def test_a_baseline_with_incomplete_entries_is_refused(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_bytes(EXAMPLE.read_bytes())
    (tmp_path / "b.json").write_text('{"version": 1, "findings": [{"path": "a.txt"}]}', "utf-8")
    result = run_actlint("check", "--baseline", "b.json", "a.txt", cwd=tmp_path)
    assert result.returncode == 2 and "base de référence illisible" in result.stderr
    assert "Traceback" not in result.stderr


def test_an_encoding_note_follows_the_selection(tmp_path: Path) -> None:
    act = tmp_path / "ancien.txt"
    act.write_bytes("DÉCISION n° 1\nDÉCIDE\nArticle 1 : a.\n".encode("cp1252"))
    assert "IO001" in run_actlint("check", "--format", "concise", str(act)).stdout
    ignored = run_actlint("check", "--format", "concise", "--ignore", "IO001", str(act))
    assert "IO001" not in ignored.stdout
