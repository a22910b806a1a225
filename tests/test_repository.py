"""The chain of acts checked across the files of a real git repository: the example
décision, the délibération of delegation of 22 March 2026 (a PDF), the arrêté n° 2026-631
of 31 March 2026 naming the signing adjoint (a DOCX), the délibération installing the
council. Each broken link gives exactly its finding, pointing into the décision and naming
the other file and its position."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import EXAMPLE, FIXTURES, run_actlint

CHAIN = FIXTURES / "chain"
CONVERTED = FIXTURES / "documents" / "converted"
DECISION = "decisions/decision-2026-92.txt"
ARRETE = "arretes/arrete-2026-631.docx"
DELIBERATION = "deliberations/2026-03-22-delegations.pdf"
INSTALLATION = "deliberations/2026-03-22-installation.txt"


def git(*args: str, cwd: Path) -> None:
    subprocess.run(["git", *args], cwd=cwd, check=True, capture_output=True)


@pytest.fixture
def repository(tmp_path: Path) -> Path:
    """A commune's repository of acts, committed, with its own index cache."""
    root = tmp_path / "actes"
    for relative, source in (
        (DECISION, EXAMPLE),
        (ARRETE, CONVERTED / "arrete-2026-631-delegations-adjoints.docx"),
        (DELIBERATION, CONVERTED / "deliberation-2026-03-22-delegations.pdf"),
        (INSTALLATION, CHAIN / "deliberation-2026-03-22-installation.txt"),
    ):
        (root / relative).parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(source, root / relative)
    git("init", "-q", cwd=root)
    git("config", "user.email", "greffe@example.org", cwd=root)
    git("config", "user.name", "Greffe", cwd=root)
    git("add", ".", cwd=root)
    git("commit", "-q", "-m", "Actes de mars", cwd=root)
    return root


def cache(root: Path) -> dict[str, str]:
    return {"ACTLINT_CACHE_DIR": str(root.parent / "cache")}


def chain_findings(root: Path, *extra: str) -> list[dict[str, object]]:
    done = run_actlint("check", "--format", "json", "--select", "CHN", *extra, DECISION,
                       cwd=root, env=cache(root))  # fmt: skip
    assert done.returncode in (0, 1), done.stderr
    return [d for f in json.loads(done.stdout)["files"] for d in f["diagnostics"]]


def edit(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text, old
    path.write_text(text.replace(old, new), encoding="utf-8")


def replace_by_text(root: Path, relative: str, source: Path, old: str, new: str) -> str:
    """Replace a document of the repository by the text of a variant of it."""
    (root / relative).unlink()
    variant = Path(relative).with_suffix(".txt").as_posix()
    (root / variant).write_text(source.read_text(encoding="utf-8").replace(old, new), "utf-8")
    assert old in source.read_text(encoding="utf-8")
    return variant


def test_the_valid_chain_gives_no_cross_file_finding(repository: Path) -> None:
    assert chain_findings(repository) == []
    parsed = run_actlint("parse", "--format", "json", DECISION, cwd=repository,
                         env=cache(repository))  # fmt: skip
    cited = json.loads(parsed.stdout)["cited_acts"]
    resolved = {c["text"]: c["resolution"] for c in cited}
    deliberation = resolved["délibération du Conseil Municipal en date du 22 mars 2026"]
    assert deliberation["status"] == "resolved" and deliberation["path"] == DELIBERATION
    assert deliberation["position"]["location"] == {"page": 1, "line": 3, "column": 17}
    arrete = resolved["arrêté n° 2026 - 631 du 31 Mars 2026"]
    assert arrete["path"] == ARRETE and arrete["position"]["location"]["paragraph"] == 2


def test_a_wrong_date_names_the_act_the_repository_holds(repository: Path) -> None:
    edit(repository / DECISION, "2026 - 631 du 31 Mars 2026", "2026 - 631 du 30 Mars 2026")
    [finding] = chain_findings(repository)
    assert finding["code"] == "CHN002" and (finding["line"], finding["column"]) == (16, 6)
    [related] = finding["related"]
    assert related["path"] == ARRETE and related["location"]["paragraph"] > 2


def test_a_cited_act_missing_from_the_repository_is_information(repository: Path) -> None:
    edit(repository / DECISION, "2026 - 631 du 31 Mars 2026", "2026 - 702 du 31 Mars 2026")
    [finding] = chain_findings(repository)
    assert finding["code"] == "CHN001" and finding["severity"] == "info"


def test_a_matter_the_deliberation_does_not_delegate(repository: Path) -> None:
    variant = replace_by_text(
        repository, DELIBERATION, CHAIN / "deliberation-2026-03-22-delegations.txt",
        "4° De prendre toute décision", "De plus, le maire rend compte de toute décision",
    )  # fmt: skip
    [finding] = chain_findings(repository)
    assert finding["code"] == "CHN003" and finding["line"] == 12
    assert "4°" in str(finding["message"])
    assert finding["related"] == [{"path": variant, "line": 5, "column": 17, "location": None,
                                   "message": "la délibération n° 2026-03-22-04 du 22 mars 2026"}]  # fmt: skip


def test_a_signatory_the_arrete_does_not_name(repository: Path) -> None:
    edit(repository / DECISION, "Pierre MAZURE", "Jean DUPONT")
    [finding] = chain_findings(repository)
    assert finding["code"] == "CHN004" and finding["severity"] == "warning"
    assert "Jean DUPONT" in str(finding["message"]) and "Pierre MAZURE" in str(finding["message"])
    assert finding["related"][0]["path"] == ARRETE  # type: ignore[index]


def test_an_arrete_dated_after_the_signature_is_an_error(repository: Path) -> None:
    variant = replace_by_text(
        repository, ARRETE, CHAIN / "arrete-2026-631-delegations-adjoints.txt",
        "Fait à Lens, le 31 mars 2026.", "Fait à Lens, le 12 mai 2026.",
    )  # fmt: skip
    edit(repository / DECISION, "2026 - 631 du 31 Mars 2026", "2026 - 631 du 12 Mai 2026")
    [finding] = chain_findings(repository)
    assert finding["code"] == "CHN004" and finding["severity"] == "error"
    assert finding["related"][0]["path"] == variant  # type: ignore[index]
    assert (finding["related"][0]["line"], finding["related"][0]["column"]) == (25, 17)  # type: ignore[index]


def test_a_deliberation_replaced_before_the_signature(repository: Path) -> None:
    later = repository / "deliberations" / "2026-04-10-delegations.txt"
    later.write_text(
        (CHAIN / "deliberation-2026-03-22-delegations.txt").read_text(encoding="utf-8")
        .replace("n° 2026-03-22-04", "n° 2026-04-10-02").replace("22 mars 2026", "10 avril 2026")
        .replace("Article 3 :", "Article 3 : La délibération n° 2026-03-22-04 du 22 mars 2026 "
                 "est abrogée.\n\nArticle 4 :"),
        encoding="utf-8",
    )  # fmt: skip
    [finding] = chain_findings(repository)
    assert finding["code"] == "CHN005" and (finding["line"], finding["column"]) == (12, 7)
    [related] = finding["related"]
    assert related["path"] == "deliberations/2026-04-10-delegations.txt"
    assert (related["line"], related["column"]) == (37, 16)


def test_a_deliberation_older_than_the_council_installation(repository: Path) -> None:
    edit(
        repository / INSTALLATION, "Fait à Lens, le 22 mars 2026.", "Fait à Lens, le 5 avril 2026."
    )
    [finding] = chain_findings(repository)
    assert finding["code"] == "CHN005" and "installation" in str(finding["message"])
    assert finding["related"][0]["path"] == INSTALLATION  # type: ignore[index]


def test_a_later_decision_amending_this_one_is_information(repository: Path) -> None:
    amending = repository / "decisions" / "decision-2026-120.txt"
    amending.write_text(
        "DÉCISION n° 2026-120\nLe Maire de la Ville de Lens,\nDÉCIDE\nArticle 1 : L'article 3 "
        "de la décision n° 2026-92 du 11 mai 2026 est modifié.\nFait à Lens, le 2 juin 2026.\n"
        "Le Maire,\nSylvain ROBERT\n", encoding="utf-8",
    )  # fmt: skip
    [finding] = chain_findings(repository)
    assert finding["code"] == "CHN006" and finding["line"] == 3
    assert finding["related"][0]["path"] == "decisions/decision-2026-120.txt"  # type: ignore[index]


def test_both_positions_in_text_and_sarif(repository: Path) -> None:
    edit(repository / DECISION, "2026 - 631 du 31 Mars 2026", "2026 - 631 du 30 Mars 2026")
    text = run_actlint("check", "--select", "CHN", DECISION, cwd=repository, env=cache(repository))
    assert f"{DECISION}:16:6 CHN002" in text.stdout
    assert f"= voir : {ARRETE}, paragraphe" in text.stdout
    sarif = run_actlint("check", "--format", "sarif", "--select", "CHN", DECISION,
                        cwd=repository, env=cache(repository))  # fmt: skip
    [result] = json.loads(sarif.stdout)["runs"][0]["results"]
    [related] = result["relatedLocations"]
    assert related["physicalLocation"]["artifactLocation"]["uri"] == ARRETE
    assert related["message"]["text"].startswith("paragraphe")


def test_no_repository_and_outside_any_repository(repository: Path, tmp_path: Path) -> None:
    edit(repository / DECISION, "Pierre MAZURE", "Jean DUPONT")
    assert chain_findings(repository, "--no-repository") == []
    alone = tmp_path / "alone"
    alone.mkdir()
    shutil.copyfile(repository / DECISION, alone / "decision.txt")
    done = run_actlint("check", "--format", "json", "--select", "CHN", "decision.txt", cwd=alone,
                       env=cache(repository))  # fmt: skip
    assert json.loads(done.stdout)["files"][0]["diagnostics"] == []


def test_the_configured_repository_folder(repository: Path, tmp_path: Path) -> None:
    elsewhere = tmp_path / "projet"
    elsewhere.mkdir()
    shutil.copyfile(repository / DECISION, elsewhere / "decision.txt")
    edit(elsewhere / "decision.txt", "Pierre MAZURE", "Jean DUPONT")
    (elsewhere / "actlint.toml").write_text(f'repository = "{repository.as_posix()}"\n', "utf-8")
    done = run_actlint("check", "--format", "json", "--select", "CHN", "decision.txt",
                       cwd=elsewhere, env=cache(repository))  # fmt: skip
    [finding] = json.loads(done.stdout)["files"][0]["diagnostics"]
    assert finding["code"] == "CHN004"
    (elsewhere / "actlint.toml").write_text("repository = 3\n", "utf-8")
    wrong = run_actlint("check", "decision.txt", cwd=elsewhere, env=cache(repository))
    assert (
        wrong.returncode == 2 and "repository" in wrong.stderr and "Traceback" not in wrong.stderr
    )


def test_index_lists_the_acts_and_each_chain(repository: Path) -> None:
    (repository / "deliberations" / "broken.pdf").write_bytes(b"%PDF-1.7 not really")
    shown = run_actlint("index", cwd=repository, env=cache(repository))
    assert shown.returncode == 0, shown.stderr
    assert f"{DECISION}: la décision n° 2026-92 du 11 mai 2026" in shown.stdout
    assert f"[délégation] → {DELIBERATION}:page 1, ligne 3, colonne 17" in shown.stdout
    assert f"[délégation] → {ARRETE}:paragraphe 2" in shown.stdout
    assert "deliberations/broken.pdf" in shown.stdout.split("illisibles")[1]
    listed = json.loads(run_actlint("index", "--format", "json", cwd=repository,
                                    env=cache(repository)).stdout)  # fmt: skip
    assert listed["read"] == [] and listed["parsed"] == []  # all kept from the first run
    decision = next(a for a in listed["acts"] if a["path"] == DECISION)
    assert {c["path"] for c in decision["chain"]} == {DELIBERATION, ARRETE}


def test_the_index_never_runs_what_it_finds(repository: Path, tmp_path: Path) -> None:
    marker = tmp_path / "ran"
    (repository / "setup.py").write_text(f"open({str(marker)!r}, 'w')\n", encoding="utf-8")
    (repository / "sitecustomize.txt").write_text(f"import os; open({str(marker)!r}, 'w')\n",
                                                  encoding="utf-8")  # fmt: skip
    assert run_actlint("index", cwd=repository, env=cache(repository)).returncode == 0
    assert not marker.exists()


def test_pre_commit_blocks_a_broken_chain_and_reads_only_what_changed(
    repository: Path, tmp_path: Path
) -> None:
    from tests.test_precommit import readme_block

    env = {**os.environ, "PRE_COMMIT_HOME": str(tmp_path / "pre-commit"), "NO_COLOR": "1",
           **cache(repository),
           "PATH": f"{Path(sys.executable).parent}{os.pathsep}{os.environ['PATH']}"}  # fmt: skip
    (repository / ".pre-commit-config.yaml").write_text(readme_block("repo: local"), "utf-8")
    git("add", ".pre-commit-config.yaml", cwd=repository)
    subprocess.run(["git", "commit", "-q", "-m", "hook", "--no-verify"], cwd=repository,
                   check=True)  # fmt: skip
    # The arrêté stays in the folder, kept out of git (pre-commit leaves untracked files
    # alone), and is indexed with the rest.
    git("rm", "-q", "--cached", ARRETE, cwd=repository)
    subprocess.run(["git", "commit", "-q", "-m", "arrêté hors dépôt", "--no-verify"],
                   cwd=repository, check=True)  # fmt: skip
    first = run_actlint("index", "--format", "json", cwd=repository, env=cache(repository))
    assert sorted(json.loads(first.stdout)["parsed"]) == sorted(
        [DECISION, ARRETE, DELIBERATION, INSTALLATION]
    )
    # The arrêté is now unreadable, but its size and time are those indexed: a run that
    # re-read unchanged acts would lose it.
    docx = repository / ARRETE
    kept = docx.stat()
    docx.write_bytes(b"\0" * kept.st_size)
    os.utime(docx, ns=(kept.st_atime_ns, kept.st_mtime_ns))

    new = repository / "decisions" / "decision-2026-93.txt"
    new.write_text(EXAMPLE.read_text(encoding="utf-8").replace("2026 - 92", "2026 - 93")
                   .replace("Pierre MAZURE", "Jean DUPONT"), encoding="utf-8")  # fmt: skip
    git("add", "decisions/decision-2026-93.txt", cwd=repository)
    subprocess.run([sys.executable, "-m", "pre_commit", "install"], cwd=repository, env=env,
                   check=True, capture_output=True)  # fmt: skip
    blocked = subprocess.run(["git", "commit", "-m", "Décision 2026-93"], cwd=repository,
                             env=env, capture_output=True, text=True, timeout=600)  # fmt: skip
    said = blocked.stdout + blocked.stderr  # git shows the hook's output on either
    assert blocked.returncode != 0, said
    assert "decisions/decision-2026-93.txt:16:6 CHN004" in said
    assert f"= voir : {ARRETE}, paragraphe 2" in said
    assert "CHN001" not in said and "CHN003" not in said
    after = json.loads(run_actlint("index", "--format", "json", cwd=repository,
                                   env=cache(repository)).stdout)  # fmt: skip
    assert after["read"] == [] and after["skipped"] == []


def test_a_file_name_not_in_utf8_is_skipped_with_a_note(repository: Path) -> None:
    name = os.fsencode(repository / "deliberations") + b"/d\xe9lib.txt"
    with open(name, "wb") as handle:
        handle.write((CHAIN / "deliberation-2026-03-22-installation.txt").read_bytes())
    assert chain_findings(repository) == []
    shown = run_actlint("index", cwd=repository, env=cache(repository))
    assert shown.returncode == 0 and "Traceback" not in shown.stderr
    assert "UTF-8" in shown.stdout.split("illisibles")[1]


def test_files_the_configuration_excludes_are_not_indexed(repository: Path) -> None:
    drafts = repository / "brouillons"
    drafts.mkdir()
    (drafts / "arrete-2026-800.txt").write_text(
        "ARRÊTÉ n° 2026-800\nLe Maire de la Ville de Lens,\nARRÊTE\nArticle 1 : L'arrêté "
        "n° 2026-631 du 31 mars 2026 est abrogé.\nFait à Lens, le 2 avril 2026.\nLe Maire,\n"
        "Sylvain ROBERT\n", encoding="utf-8")  # fmt: skip

    def on_the_arrete() -> list[object]:
        done = run_actlint("check", "--format", "json", "--select", "CHN", ARRETE,
                           cwd=repository, env=cache(repository))  # fmt: skip
        return [d["code"] for f in json.loads(done.stdout)["files"] for d in f["diagnostics"]]

    assert on_the_arrete() == ["CHN006"]  # the draft repeals it
    (repository / "actlint.toml").write_text('exclude = ["brouillons/*"]\n', encoding="utf-8")
    assert on_the_arrete() == []
