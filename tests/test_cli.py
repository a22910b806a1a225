"""The installed console script, run as users and CI run it."""

from __future__ import annotations

import json
import os
from pathlib import Path

import jsonschema
import pytest

from actlint import __version__
from tests.conftest import CORPUS, EXAMPLE, run_actlint

DIAGNOSTIC = {
    "type": "object",
    "required": [
        "code",
        "name",
        "severity",
        "message",
        "line",
        "column",
        "end_line",
        "end_column",
        "help",
        "basis",
    ],
    "properties": {
        "code": {"type": "string", "pattern": "^[A-Z]{2,4}[0-9]{3}$"},
        "name": {"type": "string"},
        "severity": {"enum": ["error", "warning", "info"]},
        "message": {"type": "string", "minLength": 1},
        "line": {"type": "integer", "minimum": 1},
        "column": {"type": "integer", "minimum": 1},
        "end_line": {"type": "integer", "minimum": 1},
        "end_column": {"type": "integer", "minimum": 1},
        "help": {"type": ["string", "null"]},
        "basis": {"type": ["string", "null"]},
    },
}
CHECK_SCHEMA = {
    "type": "object",
    "required": ["version", "files", "summary"],
    "properties": {
        "version": {"const": 1},
        "files": {"type": "array", "items": {
            "type": "object", "required": ["path", "kind", "diagnostics"],
            "properties": {
                "path": {"type": "string"},
                "kind": {"enum": ["decision", "arrete", "arrete_prefectoral", "deliberation", "unknown"]},
                "diagnostics": {"type": "array", "items": DIAGNOSTIC},
            },
        }},
        "summary": {"type": "object", "required": ["files", "error", "warning", "info"],
                    "properties": {k: {"type": "integer", "minimum": 0}
                                   for k in ("files", "error", "warning", "info")}},
    },
}  # fmt: skip
POSITIONED = {"type": "object", "required": ["line", "column"]}
PARSE_SCHEMA = {
    "type": "object",
    "required": ["kind", "number", "nomenclature", "title", "authority", "visas", "considerants",
                 "formula", "articles", "signature", "dates", "amounts", "citations"],
    "properties": {
        "visas": {"type": "array", "items": {"type": "object", "required": ["text", "line", "dates"]}},
        "considerants": {"type": "array", "items": {"type": "object", "required": ["text", "line"]}},
        "articles": {"type": "array", "items": {"type": "object", "required": ["number", "line", "text"]}},
        "signature": {"type": ["object", "null"],
                      "required": ["place", "date", "on_behalf", "capacity", "name"]},
        "dates": {"type": "array", "items": {**POSITIONED, "required": ["value", "text", "line", "column"]}},
        "amounts": {"type": "array", "items": {**POSITIONED, "required": ["value", "qualifier", "line", "column"],
                                                "properties": {"value": {"type": "string"}}}},
        "citations": {"type": "array", "items": {**POSITIONED, "required": ["code", "article", "line", "column"]}},
    },
}  # fmt: skip


def test_example_act_fails_with_the_vat_finding() -> None:
    result = run_actlint("check", str(EXAMPLE))
    assert result.returncode == 1
    assert "decision-2026-92-lens.txt:58:34 VAT001 [erreur] montant TTC incohérent" in result.stdout
    assert "^^^^" in result.stdout and "Traceback" not in result.stderr


def test_json_output_follows_the_contract() -> None:
    result = run_actlint("check", "--format", "json", str(EXAMPLE), str(CORPUS))
    report = json.loads(result.stdout)
    jsonschema.validate(report, CHECK_SCHEMA)
    assert report["summary"]["files"] == 12
    first = report["files"][0]
    assert first["kind"] == "decision"
    where = [(d["code"], d["line"], d["column"], d["end_line"], d["end_column"])
             for d in first["diagnostics"]]  # fmt: skip
    assert where == [
        ("NOM003", 3, 18, 3, 27),
        ("NOM002", 5, 22, 5, 29),
        ("REC002", 13, 57, 14, 3),  # « L.2122- » / « 22 »: the citation spans a line break
        ("VAT001", 58, 34, 58, 48),
        ("DAT003", 60, 55, 60, 82),
        ("EXE003", 64, 3, 64, 12),
        ("EXE004", 64, 3, 64, 12),
    ]
    assert result.returncode == 1


def test_parse_json_follows_the_contract() -> None:
    result = run_actlint("parse", "--format", "json", str(EXAMPLE))
    assert result.returncode == 0
    tree = json.loads(result.stdout)
    jsonschema.validate(tree, PARSE_SCHEMA)
    assert (tree["kind"], tree["number"], tree["nomenclature"]) == ("decision", "2026-92", "9.1")
    assert tree["signature"]["date"] == "2026-05-11"
    assert tree["amounts"][0] == {
        "value": "2767.72",
        "qualifier": "HT",
        "currency": "EUR",
        "in_words": False,
        "line": 58,
        "column": 1,
    }


def test_parse_tree_is_readable() -> None:
    result = run_actlint("parse", str(EXAMPLE))
    assert "visas: 3" in result.stdout and "name: Pierre MAZURE" in result.stdout


@pytest.mark.parametrize(("fail_on", "code"), [("error", 0), ("warning", 0), ("info", 1)])
def test_fail_on(fail_on: str, code: int) -> None:
    assert run_actlint("check", "--fail-on", fail_on, str(CORPUS / "015.txt")).returncode == code


def test_clean_act_exits_zero(tmp_path: Path) -> None:
    act = tmp_path / "ok.txt"
    act.write_text(
        "DÉCISION n° 2026_1\nVu le code général des collectivités territoriales, et notamment "
        "son article L. 2212-2 ;\nDÉCIDE\nArticle 1 : Le prix est de 100,00 € HT soit 120,00 € TTC.\n"
        "Article 2 : La présente décision peut faire l'objet d'un recours devant le tribunal "
        "administratif de Lille dans un délai de deux mois.\n"
        "Article 3 : Le directeur général des services est chargé de l'exécution de la présente "
        "décision.\nFait à Lens, le 2 mai 2026.\nLe Maire,\nJean DUPONT\n",
        encoding="utf-8",
    )
    result = run_actlint("check", str(act))
    assert (result.returncode, result.stdout.strip()) == (0, "Aucun problème trouvé (1 fichier).")


def test_missing_path_is_a_usage_error() -> None:
    result = run_actlint("check", "no/such/act.txt")
    assert result.returncode == 2
    assert result.stderr.strip() == "actlint : fichier introuvable : no/such/act.txt"
    assert (
        run_actlint("parse", "--lang", "en", "nope.txt").stderr.strip()
        == "actlint: no such file: nope.txt"
    )


def test_unknown_option_is_a_usage_error() -> None:
    assert run_actlint("check", "--format", "xml", str(EXAMPLE)).returncode == 2


def test_stdin(tmp_path: Path) -> None:
    result = run_actlint("check", "--format", "concise", "-", stdin=EXAMPLE.read_bytes())
    assert "\n-:58:34 VAT001 [erreur]" in result.stdout
    assert result.returncode == 1


def test_directories_are_walked_for_acts(tmp_path: Path) -> None:
    (tmp_path / "a").mkdir()
    (tmp_path / "a" / "act.md").write_bytes(EXAMPLE.read_bytes())
    (tmp_path / "logo.png").write_bytes(b"\x89PNG")
    (tmp_path / "~$act.docx").write_bytes(b"lock")
    (tmp_path / ".git").mkdir()
    (tmp_path / ".git" / "x.txt").write_bytes(EXAMPLE.read_bytes())
    report = json.loads(run_actlint("check", "--format", "json", str(tmp_path)).stdout)
    assert [Path(f["path"]).name for f in report["files"]] == ["act.md"]


def test_english_messages() -> None:
    result = run_actlint("check", "--lang", "en", str(EXAMPLE))
    assert "VAT001 [error] TTC amount disagrees" in result.stdout
    assert "= help: expected TTC: 3 321,26 €" in result.stdout


def test_rules_table_and_version() -> None:
    table = run_actlint("rules").stdout
    assert "VAT001" in table and "vat-arithmetic" in table and "builtin" in table
    assert run_actlint("--version").stdout.strip() == f"actlint, version {__version__}"


def test_binary_and_empty_files(tmp_path: Path) -> None:
    binary = tmp_path / "scan.txt"
    binary.write_bytes(b"\x00\x01\x02PK\x03\x04" * 100)
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    result = run_actlint("check", "--format", "json", str(binary), str(empty))
    report = json.loads(result.stdout)
    assert [[d["code"] for d in f["diagnostics"]] for f in report["files"]] == [
        ["IO002"],
        ["STR008"],
    ]
    assert result.returncode == 1 and result.stderr == ""
    assert run_actlint("parse", str(binary)).returncode == 2


def test_an_empty_act_fails_the_default_gate(tmp_path: Path) -> None:
    (tmp_path / "vide.txt").write_bytes(b"")
    (tmp_path / "notes.md").write_text("# Notes\n\nPenser aux panneaux.\n", encoding="utf-8")
    for name, where, said in (("vide.txt", "1:1", "le fichier est vide"),
                              ("notes.md", "1:3", "rien n'y ressemble à un acte")):  # fmt: skip
        result = run_actlint("check", "--format", "concise", name, cwd=tmp_path)
        assert result.returncode == 1
        assert result.stdout.startswith(f"{name}:{where} STR008 [erreur] {said}"), result.stdout
        assert "STR001" not in result.stdout


def test_preview_rules_run_only_when_asked(tmp_path: Path) -> None:
    act = tmp_path / "police.txt"
    act.write_text(
        "ARRÊTÉ n° 2026-8\nVu le code général des collectivités territoriales, et notamment ses "
        "articles L. 2212-1 et L. 2212-2 ;\nARRÊTE\nArticle 1 : Le débit de boissons de M. Paul "
        "DURAND est fermé à titre provisoire pour une durée de quinze jours.\n",
        encoding="utf-8",
    )
    assert "REC004" not in run_actlint("check", "--format", "concise", str(act)).stdout
    assert "REC004" in run_actlint("check", "--preview", "--format", "concise", str(act)).stdout


def _on_a_terminal(*args: str, env: dict[str, str]) -> str:
    """Run the console script with its output on a pseudo-terminal, as a person sees it."""
    import pty
    import subprocess

    from tests.conftest import actlint_executable

    leader, follower = pty.openpty()
    process = subprocess.Popen([actlint_executable(), *args], stdout=follower, stderr=follower,
                               env={**os.environ, "TERM": "xterm-256color", **env})  # fmt: skip
    os.close(follower)
    chunks = []
    while True:
        try:
            chunk = os.read(leader, 65536)
        except OSError:
            break
        if not chunk:
            break
        chunks.append(chunk)
    process.wait(timeout=60)
    os.close(leader)
    return b"".join(chunks).decode("utf-8", "replace")


def test_colour_on_a_terminal_and_never_with_no_color() -> None:
    coloured = _on_a_terminal("check", str(EXAMPLE), env={"NO_COLOR": ""})  # empty: unset
    assert "\x1b[" in coloured and "VAT001" in coloured
    plain = _on_a_terminal("check", str(EXAMPLE), env={"NO_COLOR": "1"})
    assert "\x1b[" not in plain and "VAT001" in plain


def test_a_missing_dependency_is_a_message_not_a_traceback() -> None:
    import subprocess
    import sys

    script = (
        "import sys; sys.modules['text_to_num'] = None; "  # as if text2num were not installed
        f"sys.argv = ['actlint', 'parse', {str(CORPUS / '023.txt')!r}]; "
        "from actlint.cli import main; main()"
    )
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True)
    assert result.returncode == 2
    assert "module manquant « text_to_num »" in result.stderr and "Traceback" not in result.stderr


def test_statistics_in_json_stay_json() -> None:
    result = run_actlint("check", "--statistics", "--format", "json", str(EXAMPLE))
    document = json.loads(result.stdout)
    assert {"code": "VAT001", "name": "vat-arithmetic", "count": 1} in document["statistics"]
    assert document["summary"]["error"] == 1 and len(document["files"]) == 1


def test_exit_zero_reports_without_failing(tmp_path: Path) -> None:
    result = run_actlint("check", "--exit-zero", "--format", "concise", str(EXAMPLE))
    assert result.returncode == 0 and "VAT001 [erreur]" in result.stdout
    missing = run_actlint("check", "--exit-zero", str(tmp_path / "absent.txt"))
    assert missing.returncode == 2  # an incomplete check is never a success


def test_output_file(tmp_path: Path) -> None:
    target = tmp_path / "rapport.sarif"
    target.write_text("previous report\n", encoding="utf-8")
    result = run_actlint("check", "--format", "sarif", "-o", str(target), str(EXAMPLE))
    assert result.returncode == 1 and result.stdout == ""
    assert json.loads(target.read_text(encoding="utf-8"))["version"] == "2.1.0"
    assert [p.name for p in tmp_path.iterdir()] == ["rapport.sarif"]  # no temporary left


def test_colour_always_never_and_force_color() -> None:
    forced = run_actlint("check", "--color", "always", str(EXAMPLE))
    assert "\x1b[" in forced.stdout
    assert "\x1b[" in run_actlint("check", str(EXAMPLE), env={"FORCE_COLOR": "1"}).stdout
    assert "\x1b[" not in run_actlint("check", str(EXAMPLE)).stdout  # not a terminal
    never = _on_a_terminal("check", "--color", "never", str(EXAMPLE), env={"NO_COLOR": ""})
    assert "\x1b[" not in never and "VAT001" in never


def test_short_version_flag() -> None:
    assert run_actlint("-V").stdout == f"actlint, version {__version__}\n"


def test_junit_follows_fail_on() -> None:
    from xml.etree import ElementTree

    def failures(*args: str) -> list[str]:
        out = run_actlint("check", "--format", "junit", *args, str(EXAMPLE)).stdout
        return [f.get("type", "") for f in ElementTree.fromstring(out).iter("failure")]

    assert failures() == ["VAT001"]  # the error fails the case: exit 1
    assert sorted(failures("--fail-on", "warning")) == ["DAT003", "EXE003", "VAT001"]
    out = run_actlint("check", "--format", "junit", "--fail-on", "error", str(EXAMPLE)).stdout
    assert "DAT003 [avertissement]" in out  # reported in the case's output, not failing it


@pytest.mark.parametrize(
    ("config", "fr", "en"),
    [
        ("selct = []\n", "clé inconnue (vouliez-vous dire « select » ?)",
         "unknown key (did you mean « select »?)"),
        ('ignore = ["VAT01"]\n', "« VAT01 » ne désigne aucune règle",
         "« VAT01 » designates no rule"),
        ('ignore = ["vat-arithmetik"]\n', "(vouliez-vous dire « vat-arithmetic » ?)",
         "(did you mean « vat-arithmetic »?)"),
        ("[rules.VAT001]\nrounding_per_lin = 1\n", "(vouliez-vous dire « rounding_per_line » ?)",
         "(did you mean « rounding_per_line »?)"),
    ],
)  # fmt: skip
def test_configuration_errors_in_both_languages(
    tmp_path: Path, config: str, fr: str, en: str
) -> None:
    (tmp_path / "actlint.toml").write_text(config, encoding="utf-8")
    (tmp_path / "a.txt").write_bytes(EXAMPLE.read_bytes())
    french = run_actlint("check", "a.txt", cwd=tmp_path)
    assert french.returncode == 2 and french.stderr.startswith("actlint : ") and fr in french.stderr
    english = run_actlint("check", "--lang", "en", "a.txt", cwd=tmp_path)
    assert english.stderr.startswith("actlint: ") and en in english.stderr, english.stderr
    assert "clé" not in english.stderr


def test_usage_errors_follow_the_language() -> None:
    french = run_actlint("check", "--select", "XYZ999", str(EXAMPLE))
    assert french.returncode == 2
    assert french.stderr == "actlint : --select : « XYZ999 » ne désigne aucune règle\n"
    english = run_actlint("check", "--lang", "en", "--select", "XYZ999", str(EXAMPLE))
    assert english.stderr == "actlint: --select: « XYZ999 » designates no rule\n"
