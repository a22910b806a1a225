"""The repository index's cost, measured on this machine in one run.

Usage (from the project root, actlint installed normally): python bench/repository.py
[--count 10000]

In a new git repository of generated acts (bench/corpus.py, 10,000 by default):
- the first ``actlint index``, which reads and parses every act (cold);
- ``actlint index`` again, when nothing changed (warm);
- a pre-commit-style run: two acts changed, then ``actlint check`` of those two files with
  the repository (warm index: two acts read again), against ``actlint check
  --no-repository`` of the same two files; the ratio is what the repository adds.

Each command runs with a cache of its own (``ACTLINT_CACHE_DIR``) and ``--no-cache`` where
results would otherwise be answered from it; the best of several runs is kept.
"""

from __future__ import annotations

import argparse
import os
import platform
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from corpus import write_corpus

ROUNDS = 5
TARGET_WARM_OVERHEAD = 1.5  # the warm two-file run against the same run without repository


def timed(command: list[str], cwd: Path, env: dict[str, str]) -> float:
    start = time.perf_counter()
    done = subprocess.run(command, cwd=cwd, env=env, capture_output=True, check=False)
    elapsed = time.perf_counter() - start
    if done.returncode not in (0, 1):
        sys.exit(f"{' '.join(command)} failed: {done.stderr.decode()}")
    return elapsed


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--count", type=int, default=10_000)
    args = parser.parse_args()
    actlint = shutil.which("actlint", path=str(Path(sys.executable).parent)) or "actlint"
    print(f"Python {platform.python_version()} ({sys.executable}), {os.cpu_count()} cores")
    with tempfile.TemporaryDirectory(prefix="actlint-bench-repository-") as tmp:
        root = Path(tmp) / "actes"
        paths = write_corpus(root, args.count)
        subprocess.run(["git", "init", "-q"], cwd=root, check=True)
        subprocess.run(["git", "add", "."], cwd=root, check=True)
        env = {**os.environ, "ACTLINT_CACHE_DIR": str(Path(tmp) / "cache"), "NO_COLOR": "1"}
        cold = timed([actlint, "index", "--format", "json"], root, env)
        warm_index = min(timed([actlint, "index", "--format", "json"], root, env)
                         for _ in range(ROUNDS))  # fmt: skip
        changed = [str(p.relative_to(root)) for p in (paths[17], paths[-17])]
        check = [actlint, "check", "--no-cache", *changed]
        with_repository, alone = [], []
        for round_ in range(ROUNDS):
            for relative in changed:  # two acts changed since the index was made
                with open(root / relative, "a", encoding="utf-8") as handle:
                    handle.write(f"\n<!-- relu {round_} -->\n")
            with_repository.append(timed(check, root, env))
            alone.append(timed([*check, "--no-repository"], root, env))
        ratio = min(with_repository) / min(alone)
    print(f"index of {args.count} acts, cold:              {cold:7.2f} s "
          f"({args.count / cold:.0f} acts/s)")  # fmt: skip
    print(f"index again, nothing changed:         {warm_index:7.3f} s")
    print(f"check of 2 changed acts, repository:  {min(with_repository):7.3f} s")
    print(f"check of the same, --no-repository:   {min(alone):7.3f} s")
    verdict = "met" if ratio <= TARGET_WARM_OVERHEAD else "NOT met"
    print(f"warm pre-commit run against linting the 2 files alone: {ratio:.2f}× "
          f"(wanted ≤ {TARGET_WARM_OVERHEAD}×): {verdict}")  # fmt: skip
    return 0 if ratio <= TARGET_WARM_OVERHEAD else 1


if __name__ == "__main__":
    sys.exit(main())
