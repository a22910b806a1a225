"""The result cache and parallel runs change nothing but the time taken."""

from __future__ import annotations

import os
from pathlib import Path

from tests.conftest import CORPUS, EXAMPLE, run_actlint


def corpus_copy(folder: Path, copies: int) -> Path:
    acts = [EXAMPLE, *sorted(CORPUS.glob("*.txt"))]
    folder.mkdir()
    for i in range(copies):
        act = acts[i % len(acts)]
        (folder / f"{i:03d}-{act.name}").write_bytes(act.read_bytes())
    return folder


def test_cache_gives_the_same_output_and_sees_edits(tmp_path: Path) -> None:
    cache = tmp_path / "cache"
    env = {"ACTLINT_CACHE_DIR": str(cache)}
    acts = corpus_copy(tmp_path / "acts", 12)
    cold = run_actlint("check", "--format", "json", str(acts), env=env)
    entries = list(cache.rglob("*.json"))
    assert len(entries) == 12
    warm = run_actlint("check", "--format", "json", str(acts), env=env)
    assert warm.stdout == cold.stdout and warm.returncode == cold.returncode
    edited = acts / "000-decision-2026-92-lens.txt"
    edited.write_text(edited.read_text(encoding="utf-8").replace("3 321,27", "3 321,26"),
                      encoding="utf-8")  # fmt: skip
    after = run_actlint("check", "--format", "concise", str(edited), env=env)
    assert "VAT001" not in after.stdout
    for entry in entries:  # a damaged entry is a miss, not a wrong answer
        entry.write_text("{not json", encoding="utf-8")
    assert run_actlint("check", "--format", "json", str(acts), env=env).stdout != ""


def test_no_cache_writes_nothing(tmp_path: Path) -> None:
    cache = tmp_path / "cache"
    acts = corpus_copy(tmp_path / "acts", 3)
    run_actlint("check", "--no-cache", str(acts), env={"ACTLINT_CACHE_DIR": str(cache)})
    assert not cache.exists()
    assert len(os.listdir(acts)) == 3  # nothing written beside the acts either


def test_same_output_whatever_jobs_and_hash_seed(tmp_path: Path) -> None:
    acts = corpus_copy(tmp_path / "acts", 96)  # enough for the automatic pool
    outputs = set()
    for args, seed in ((("-j", "1"), "0"), (("-j", "2"), "1"), ((), "123"), (("-j", "3"), "7")):
        result = run_actlint("check", "--format", "sarif", "--no-cache", *args, str(acts),
                             env={"PYTHONHASHSEED": seed})  # fmt: skip
        assert result.returncode == 1
        outputs.add(result.stdout)
    assert len(outputs) == 1


def test_every_format_is_byte_for_byte_the_same_on_a_rerun(tmp_path: Path) -> None:
    acts = corpus_copy(tmp_path / "acts", 13)
    cache = {"ACTLINT_CACHE_DIR": str(tmp_path / "cache")}
    for fmt in ("text", "concise", "json", "sarif", "github", "gitlab", "junit"):
        runs = {
            run_actlint("check", "--format", fmt, *args, str(acts), env={**cache, **env}).stdout
            for args, env in (
                (("-j", "1", "--no-cache"), {"PYTHONHASHSEED": "0"}),
                (("-j", "2", "--no-cache"), {"PYTHONHASHSEED": "42"}),
                (("-j", "2"), {"PYTHONHASHSEED": "7"}),  # fills the cache
                (("-j", "1"), {"PYTHONHASHSEED": "99"}),  # answered by the cache
            )
        }
        assert len(runs) == 1 and runs.pop(), fmt


def test_cache_clean(tmp_path: Path) -> None:
    cache = tmp_path / "cache"
    env = {"ACTLINT_CACHE_DIR": str(cache)}
    run_actlint("check", str(corpus_copy(tmp_path / "acts", 5)), env=env)
    assert len(list(cache.rglob("*.json"))) == 5
    (tmp_path / "unrelated.json").write_text("{}", encoding="utf-8")
    cleaned = run_actlint("cache", "clean", env=env)
    assert cleaned.returncode == 0
    assert cleaned.stdout == f"actlint : cache vidé (5 entrée(s) supprimée(s) dans {cache})\n"
    assert list(cache.rglob("*.json")) == [] and (tmp_path / "unrelated.json").exists()


def test_the_cache_is_pruned_of_unused_and_surplus_entries(tmp_path: Path) -> None:
    import time

    from actlint.run.cache import _DAY, KEEP_DAYS, prune, prune_if_due

    now = time.time()
    entries = []
    for i, age_days in enumerate([0, 1, 2, KEEP_DAYS + 1]):
        entry = tmp_path / f"{i:02d}" / f"{i:02d}entry.json"
        entry.parent.mkdir()
        entry.write_text("{}", encoding="utf-8")
        os.utime(entry, (now - age_days * _DAY, now - age_days * _DAY))
        entries.append(entry)
    assert prune(tmp_path, now, most=2) == 2  # the month-old one, then the oldest beyond 2
    assert [e.exists() for e in entries] == [True, True, False, False]
    prune_if_due(tmp_path, now)
    os.utime(entries[0], (now - 90 * _DAY, now - 90 * _DAY))
    prune_if_due(tmp_path, now + 60)  # pruned less than a day ago: not again
    assert entries[0].exists()
    prune_if_due(tmp_path, now + 2 * _DAY)
    assert not entries[0].exists() and entries[1].exists()


def test_an_entry_read_again_is_kept(tmp_path: Path) -> None:
    cache = tmp_path / "cache"
    env = {"ACTLINT_CACHE_DIR": str(cache)}
    acts = corpus_copy(tmp_path / "acts", 1)
    run_actlint("check", str(acts), env=env)
    (entry,) = cache.rglob("*.json")
    os.utime(entry, (1_000_000, 1_000_000))
    run_actlint("check", str(acts), env=env)  # a hit
    assert entry.stat().st_mtime > 1_000_000
