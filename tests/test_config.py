"""Configuration, baselines and house rules, through the installed console script."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.conftest import CORPUS, EXAMPLE, run_actlint

POLICE = CORPUS / "015.txt"  # STR003, EXE001, EXE003 (warnings)


def codes(*args: str, cwd: Path) -> list[str]:
    result = run_actlint("check", "--format", "json", *args, cwd=cwd)
    assert result.returncode in (0, 1), result.stderr
    return [d["code"] for f in json.loads(result.stdout)["files"] for d in f["diagnostics"]]


@pytest.fixture
def project(tmp_path: Path) -> Path:
    (tmp_path / "actes").mkdir()
    (tmp_path / "actes" / "015.txt").write_bytes(POLICE.read_bytes())
    (tmp_path / "actes" / "lens.txt").write_bytes(EXAMPLE.read_bytes())
    return tmp_path


def configure(project: Path, text: str, name: str = "actlint.toml") -> None:
    (project / name).write_text(text, encoding="utf-8")


def test_defaults_without_configuration(project: Path) -> None:
    assert sorted(set(codes("actes", cwd=project))) == [
        "DAT003", "EXE001", "EXE003", "EXE004", "NOM002", "NOM003", "REC002", "STR003",
        "VAT001"]  # fmt: skip


@pytest.mark.parametrize(
    ("config", "expected"),
    [
        ('select = ["STR"]\n', ["STR003"]),
        (
            'select = ["ALL"]\nignore = ["EXE", "vat-arithmetic", "DAT", "REC002", "NOM"]\n',
            ["STR003"],
        ),
        ('select = ["VAT001", "article-numbering"]\n', ["STR003", "VAT001"]),
        ('ignore = ["ALL"]\nextend-select = ["EXE001"]\n', []),
        ('select = ["STR003"]\nextend-select = ["EXE001"]\n', ["EXE001", "STR003"]),
    ],
)
def test_select_ignore(project: Path, config: str, expected: list[str]) -> None:
    configure(project, config)
    assert sorted(set(codes("actes", cwd=project))) == expected


@pytest.mark.parametrize(
    ("config", "options", "expected"),
    [
        ("", ("--select", "STR,VAT001"), ["STR003", "VAT001"]),
        ('select = ["VAT"]\n', ("--select", "STR"), ["STR003"]),  # replaces the configured one
        (
            'select = ["VAT"]\n',
            ("--extend-select", "STR003", "--extend-select", "EXE001"),
            ["EXE001", "STR003", "VAT001"],
        ),
        ('select = ["STR", "VAT"]\n', ("--ignore", "vat-arithmetic"), ["STR003"]),
        ('ignore = ["STR"]\n', ("--select", "STR003,VAT001"), ["VAT001"]),  # ignores still hold
    ],
)
def test_select_and_ignore_on_the_command_line(
    project: Path, config: str, options: tuple[str, ...], expected: list[str]
) -> None:
    configure(project, config)
    assert sorted(set(codes(*options, "--no-cache", "actes", cwd=project))) == expected


def test_an_unknown_selector_on_the_command_line_is_a_usage_error(project: Path) -> None:
    result = run_actlint("check", "--ignore", "VAT001,XYZ9", "actes", cwd=project)
    assert (result.returncode, result.stdout) == (2, "")
    assert "--ignore : « XYZ9 » ne désigne aucune règle" in result.stderr
    configure(project, '[[house-rules]]\ncode = "HOU001"\nkind = "forbidden"\nphrase = "x"\n')
    assert run_actlint("check", "--select", "HOU001", "actes", cwd=project).returncode == 0


def test_per_file_ignores_severity_fail_on_and_lang(project: Path) -> None:
    configure(project, 'per-file-ignores = { "actes/lens.txt" = ["VAT", "DAT", "REC", "EXE"] }\n'
                       'select = ["STR", "VAT", "DAT", "REC", "EXE"]\n'
                       'fail-on = "warning"\nlang = "en"\n[severity]\nSTR003 = "info"\n'
                       'EXE001 = "warning"\n')  # fmt: skip
    result = run_actlint("check", "--format", "concise", "actes", cwd=project)
    assert "lens.txt" not in result.stdout
    assert "STR003 [info] numbering gap" in result.stdout
    assert "EXE001 [warning]" in result.stdout  # raised by the configuration
    assert result.returncode == 1  # and fail-on is warning
    assert run_actlint("check", "--fail-on", "error", "actes", cwd=project).returncode == 0


def test_rule_options_and_territory(project: Path) -> None:
    lots = project / "actes" / "lots.txt"
    lots.write_text("DÉCISION n° 1\nDÉCIDE\nArticle 1 : lot 1 : 10,01 € HT ; lot 2 : 10,01 € HT ; "
                    "lot 3 : 10,01 € HT.\nArticle 2 : Total : 30,03 € HT soit 36,09 € TTC.\n",
                    encoding="utf-8")  # fmt: skip
    rate = project / "actes" / "rate.txt"
    rate.write_text("DÉCISION n° 2\nDÉCIDE\nArticle 1 : TVA à 8,5 %.\n", encoding="utf-8")

    def severities() -> list[tuple[str, str]]:
        out = run_actlint(
            "check", "--format", "json", "actes/lots.txt", "actes/rate.txt", cwd=project
        )
        return [(d["code"], d["severity"]) for f in json.loads(out.stdout)["files"]
                for d in f["diagnostics"]]  # fmt: skip

    configure(project, 'select = ["VAT001", "VAT002"]\n')
    assert severities() == [("VAT001", "error"), ("VAT002", "warning")]  # 0,05 € > 3 × 0,01 €
    configure(
        project, 'select = ["VAT001", "VAT002"]\n[rules.VAT001]\nrounding_per_line = "0.02"\n'
    )
    assert severities() == [("VAT001", "warning"), ("VAT002", "warning")]  # 0,05 € ≤ 3 × 0,02 €
    configure(project, 'select = ["VAT001", "VAT002"]\nterritory = "guadeloupe"\n')
    # 8,5 % is a Guadeloupe rate; and no Guadeloupe rate explains 30,03 → 36,09: no pairing
    assert severities() == []


def test_nearest_configuration_wins_and_config_overrides(project: Path) -> None:
    configure(project, 'select = ["STR"]\n')
    (project / "actes" / "sub").mkdir()
    (project / "actes" / "sub" / "015.txt").write_bytes(POLICE.read_bytes())
    configure(project / "actes" / "sub", 'select = ["EXE001"]\n', ".actlint.toml")
    result = json.loads(run_actlint("check", "--format", "json", "actes", cwd=project).stdout)
    by_file = {
        Path(f["path"]).as_posix(): [d["code"] for d in f["diagnostics"]] for f in result["files"]
    }
    assert by_file["actes/015.txt"] == ["STR003"]
    assert by_file["actes/sub/015.txt"] == ["EXE001"]
    other = project / "other.toml"
    other.write_text('select = ["EXE003"]\n', encoding="utf-8")
    assert set(codes("--config", str(other), "actes", cwd=project)) == {"EXE003"}


def test_pyproject_section(project: Path) -> None:
    configure(project, '[project]\nname = "actes"\n[tool.actlint]\nselect = ["STR003"]\n',
              "pyproject.toml")  # fmt: skip
    assert set(codes("actes", cwd=project)) == {"STR003"}


def test_exclude_and_force_exclude(project: Path) -> None:
    configure(project, 'exclude = ["lens.txt"]\n')
    assert all("lens" not in c for c in codes("actes", cwd=project))
    files = json.loads(run_actlint("check", "--format", "json", "actes", cwd=project).stdout)[
        "files"
    ]
    assert [Path(f["path"]).name for f in files] == ["015.txt"]
    explicit = run_actlint("check", "--format", "json", "actes/lens.txt", cwd=project)
    assert json.loads(explicit.stdout)["summary"]["files"] == 1
    forced = run_actlint(
        "check", "--format", "json", "--force-exclude", "actes/lens.txt", cwd=project
    )
    assert json.loads(forced.stdout)["summary"]["files"] == 0


@pytest.mark.parametrize(
    ("config", "message"),
    [
        ('selcet = ["STR"]\n', "actlint.toml:1: selcet : clé inconnue"),
        ('fail-on = "warning"\nignore = ["XYZ"]\n', "actlint.toml:2: ignore : « XYZ » ne désigne aucune règle"),
        ('lang = "de"\n', "actlint.toml:1: lang : « de » n'est pas une valeur possible"),
        ('[rules.VAT001]\nrounding = "0.02"\n', "actlint.toml:2: rounding : option inconnue de VAT001"),
        ('select = "STR"\n', "actlint.toml:1: select : une liste"),
        ("select = [\n", "TOML invalide"),
    ],
)  # fmt: skip
def test_invalid_configuration_is_a_usage_error(project: Path, config: str, message: str) -> None:
    configure(project, config)
    result = run_actlint("check", "actes", cwd=project)
    assert result.returncode == 2 and message in result.stderr, result.stderr
    assert "Traceback" not in result.stderr


def test_baseline(project: Path) -> None:
    baseline = project / "baseline.json"
    first = run_actlint("check", "--write-baseline", str(baseline), "actes", cwd=project)
    assert first.returncode == 0 and baseline.exists()  # recording is a success
    assert run_actlint("check", "--baseline", str(baseline), "actes", cwd=project).returncode == 0
    act = project / "actes" / "015.txt"
    text = act.read_text(encoding="utf-8")
    act.write_text("\n" + text.replace("Article 4:", "Article 6:"), encoding="utf-8")
    result = run_actlint(
        "check", "--format", "concise", "--baseline", str(baseline), "actes", cwd=project
    )
    # only what the edit brought: article 6 after 3, article 5 after 6
    assert [line.split(" STR003 ")[1] for line in result.stdout.splitlines()] == [
        "[info] numérotation discontinue : les articles 4 à 5 manquent avant l'article 6",
        "[info] l'article 5 vient après l'article 6",
    ]
    assert result.returncode == 0  # warnings only
    lens = project / "actes" / "lens.txt"
    lens.write_text(lens.read_text(encoding="utf-8").replace("3 321,27", "3 321,26"), "utf-8")
    gone = run_actlint("check", "--baseline", str(baseline), "actes", cwd=project)
    assert "VAT001 enregistré dans la base de référence ne se produit plus" in gone.stderr


def test_house_rules(project: Path) -> None:
    configure(
        project,
        """
select = ["HOU"]

[[house-rules]]
code = "HOU001"
kind = "required"
phrase = "Il en sera rendu compte au conseil municipal"
acts = ["decision"]
severity = "error"

[[house-rules]]
code = "HOU002"
kind = "preferred"
phrase = "Directeur Général Adjoint"
replacement = "directeur général adjoint"
""",
    )
    result = run_actlint("check", "--format", "concise", "actes", cwd=project)
    assert (
        "lens.txt:3:6 HOU001 [erreur] l'acte ne contient pas « Il en sera rendu compte"
        in result.stdout
    )
    assert (
        "lens.txt:64:20 HOU002 [avertissement] écrire « directeur général adjoint »"
        in result.stdout
    )
    assert "015.txt" not in result.stdout  # an arrêté: HOU001 does not apply
    configure(project, '[[house-rules]]\ncode = "HOU001"\nkind = "mandatory"\nphrase = "x"\n')
    assert run_actlint("check", "actes", cwd=project).returncode == 2


def test_linting_a_repository_never_runs_code_found_in_it(project: Path) -> None:
    """A rule pack lying in the linted folder is not installed, so it is never loaded."""
    marker = project / "ran"
    (project / "hostile.py").write_text(
        f"open({str(marker)!r}, 'w').close()\nRULES = ()\n", encoding="utf-8"
    )
    info = project / "hostile-1.0.dist-info"
    info.mkdir()
    (info / "METADATA").write_text("Metadata-Version: 2.1\nName: hostile\nVersion: 1.0\n")
    (info / "entry_points.txt").write_text("[actlint.rules]\nhostile = hostile:RULES\n")
    (project / "actes" / "hostile.py.txt").write_text("ARRÊTÉ n° 1\n", encoding="utf-8")
    assert run_actlint("check", "actes", cwd=project).returncode in (0, 1)
    assert run_actlint("rules", cwd=project).returncode == 0
    assert not marker.exists()


def test_time_budget_turns_a_runaway_file_into_a_finding(project: Path) -> None:
    big = project / "actes" / "big.txt"
    big.write_text("DÉCISION n° 1\nDÉCIDE\n" + "Article 1 : Vu le code ; le 2 mai 2026.\n" * 40_000,
                   encoding="utf-8")  # fmt: skip
    configure(project, "time-budget = 0.01\n")
    result = run_actlint("check", "--format", "concise", "--no-cache", "actes/big.txt", cwd=project)
    assert result.returncode == 1
    assert result.stdout.startswith(
        "actes/big.txt:1:1 IO004 [erreur] analyse interrompue après 0.01 s"
    )
    configure(project, 'time-budget = "vite"\n')
    assert run_actlint("check", "actes/big.txt", cwd=project).returncode == 2


def test_a_rule_option_overrides_the_project_setting(project: Path) -> None:
    act = project / "actes" / "rate.txt"
    act.write_text("DÉCISION n° 2\nDÉCIDE\nArticle 1 : TVA à 20 %.\n", encoding="utf-8")
    # 20 % is a rate of metropolitan France, not of Guyane (no VAT there)
    configure(project, 'select = ["VAT002"]\n')
    assert codes("actes/rate.txt", cwd=project) == []
    configure(project, 'select = ["VAT002"]\n[rules.VAT002]\nterritory = "guyane"\n')
    assert codes("actes/rate.txt", cwd=project) == ["VAT002"]
    # the rule's own value wins over the project's and the command line's
    configure(project, 'select = ["VAT002"]\nterritory = "metropole"\n'
              '[rules.VAT002]\nterritory = "guyane"\n')  # fmt: skip
    assert codes("actes/rate.txt", cwd=project) == ["VAT002"]
    assert codes("--territory", "metropole", "actes/rate.txt", cwd=project) == ["VAT002"]
    configure(project, 'select = ["VAT002"]\n')
    assert codes("--territory", "guyane", "actes/rate.txt", cwd=project) == ["VAT002"]


@pytest.mark.parametrize(
    ("config", "line", "says"),
    [
        ('[rules.VAT001]\nrounding_per_line = "abc"\n', 2, "VAT001 : « abc » ne convient pas"),
        ('[rules.VAT001]\nrounding_per_line = -1\n', 2, "nombre décimal positif"),
        ('[rules.VAT001]\nrounding_per_line = true\n', 2, "« True » ne convient pas"),
        ('\n[rules.VAT002]\nterritory = "atlantis"\n', 3, "« atlantis » n'est pas une valeur"),
        ('preview = false\nterritory = "atlantis"\n', 2, "territory : « atlantis »"),
    ],
)  # fmt: skip
def test_invalid_option_values_are_configuration_errors(
    project: Path, config: str, line: int, says: str
) -> None:
    configure(project, config)
    result = run_actlint("check", "actes", cwd=project)
    assert result.returncode == 2
    assert result.stdout == ""  # no file was linted
    assert f"actlint.toml:{line}:" in result.stderr and says in result.stderr, result.stderr
    assert "IO003" not in result.stderr


def test_a_valid_decimal_option_may_be_a_number(project: Path) -> None:
    configure(project, 'select = ["VAT001"]\n[rules.VAT001]\nrounding_per_line = 0.02\n')
    assert run_actlint("check", "actes", cwd=project).returncode == 1  # the example's VAT001


def test_an_unknown_setting_on_the_command_line_is_a_usage_error(project: Path) -> None:
    result = run_actlint("check", "--territory", "atlantis", "actes", cwd=project)
    assert result.returncode == 2
    assert "--territory : « atlantis » n'est pas une valeur possible" in result.stderr


@pytest.mark.parametrize(
    ("config", "says"),
    [
        ('ignore = [""]\n', "ne désigne aucune règle"),
        ('[[house-rules]]\ncode = "HOU001"\nkind = "forbidden"\nphrase = "x"\nmessage = 123\n',
         "« message » est un texte"),
        ('[[house-rules]]\ncode = "HOU001"\nkind = "forbidden"\nphrase = "x"\nacts = []\n',
         "« acts » est une liste non vide"),
    ],
)  # fmt: skip
def test_values_that_would_break_the_run_are_refused(project: Path, config: str, says: str) -> None:
    configure(project, config)
    result = run_actlint("check", "actes", cwd=project)
    assert result.returncode == 2 and says in result.stderr and "Traceback" not in result.stderr
