"""actlint's performance figures, measured on this machine in one run.

Usage (from the project root, actlint installed): python bench/bench.py [--quick]

Prints, for the example act and for a generated act of 2,000 articles:
- documents per second through the whole pipeline (read, normalise, parse, build,
  all stable rules) on one core;
- time per kilobyte, to show that the cost grows linearly with the size;
- the wall time of one ``actlint check`` process, against ``python -c "import lark"``
  and ``python -c pass``, best of several runs;
- for a batch of copies of the corpus: ``--jobs 2`` against ``--jobs 1``, and a warm
  (cached) re-run against the cold run.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from actlint.lint import lint_source
from actlint.registry import load_rules
from actlint.source import decode

ROOT = Path(__file__).resolve().parent.parent
EXAMPLE = ROOT / "tests" / "fixtures" / "decision-2026-92-lens.txt"
TARGET_DOCS_PER_SECOND = 1000
TARGET_SIZE_RATIO = 1.5


def generated_act(articles: int) -> bytes:
    """A décision of ``articles`` articles, in the shapes real acts take."""
    lines = [
        "DÉCISION n° 2026-999",
        "NOMENCLATURE : 01 – 01",
        "Le Maire de la Ville de Lens,",
        "Vu la délibération du Conseil Municipal en date du 22 mars 2026, portant délégation "
        "au maire en application de l'article L. 2122-22 du code général des collectivités "
        "territoriales,",
        "Vu l'arrêté n° 2026-631 du 31 mars 2026 portant délégation de signature,",
        "Considérant la nécessité d'assurer la continuité du service public ;",
        "DÉCIDE",
    ]
    for n in range(1, articles + 1):
        lines.append(
            f"ARTICLE {n} : Le lot n° {n} est attribué à la société ENTREPRISE {n} pour un "
            f"montant de {1000 + n},00 € HT soit {(1000 + n) * 1.2:.2f} € TTC, à compter du "
            f"1er janvier 2027 et jusqu'au 31 décembre 2027, conformément à l'article "
            f"R. 2122-8 du code de la commande publique."
        )
    lines.append(
        "ARTICLE 2001 : Le directeur général des services est chargé de l'exécution "
        "de la présente décision."
    )
    lines += [
        "Fait à Lens, le 11 mai 2026.",
        "Pour le Maire,",
        "L'Adjoint délégué,",
        "Pierre MAZURE",
    ]
    return ("\n".join(lines) + "\n").replace("ARTICLE 2001", f"ARTICLE {articles + 1}").encode()


def seconds_per_doc(data: bytes, minimum_seconds: float) -> float:
    rules = [r for r in load_rules() if r.status == "stable"]
    lint_source(decode(data, "bench.txt"), rules)  # warm up
    runs, start = 0, time.perf_counter()
    while True:
        lint_source(decode(data, "bench.txt"), rules)
        runs += 1
        elapsed = time.perf_counter() - start
        if elapsed >= minimum_seconds:
            return elapsed / runs


def best_wall_time(command: list[str], runs: int) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run(command, capture_output=True, check=False)
        times.append(time.perf_counter() - start)
    return min(times)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--quick", action="store_true", help="shorter runs, rougher figures")
    args = parser.parse_args()
    seconds = 1.0 if args.quick else 3.0
    runs = 10 if args.quick else 30

    example = EXAMPLE.read_bytes()
    big = generated_act(2000)
    example_s = seconds_per_doc(example, seconds)
    big_s = seconds_per_doc(big, seconds)
    example_per_kb = example_s / (len(example) / 1024)
    big_per_kb = big_s / (len(big) / 1024)
    docs_per_second = 1 / example_s

    beside = Path(sys.executable).with_name("actlint")  # the same environment as this script
    actlint = str(beside) if beside.exists() else shutil.which("actlint") or "actlint"
    with tempfile.TemporaryDirectory() as folder:
        act = Path(folder) / "decision.txt"
        act.write_bytes(example)
        check = best_wall_time([actlint, "check", str(act)], runs)
    import_lark = best_wall_time([sys.executable, "-c", "import lark"], runs)
    bare = best_wall_time([sys.executable, "-c", "pass"], runs)

    batch = 500 if args.quick else 2000
    with tempfile.TemporaryDirectory() as folder:
        acts = Path(folder) / "acts"
        acts.mkdir()
        corpus = [EXAMPLE, *sorted((ROOT / "tests" / "fixtures" / "corpus").glob("*.txt"))]
        for i in range(batch):
            (acts / f"{i:05d}.txt").write_bytes(corpus[i % len(corpus)].read_bytes())
        one = _timed([actlint, "check", "--no-cache", "-j", "1", "--quiet", str(acts)])
        two = _timed([actlint, "check", "--no-cache", "-j", "2", "--quiet", str(acts)])
        env = {**os.environ, "ACTLINT_CACHE_DIR": str(Path(folder) / "cache")}
        cold = _timed([actlint, "check", "-j", "1", "--quiet", str(acts)], env)
        warm = _timed([actlint, "check", "-j", "1", "--quiet", str(acts)], env)

    ok = {
        "throughput": docs_per_second >= TARGET_DOCS_PER_SECOND,
        "linear": big_per_kb <= TARGET_SIZE_RATIO * example_per_kb,
        "start-up": check <= import_lark,
    }
    print(
        f"example act ({len(example) / 1024:.1f} KB): {docs_per_second:,.0f} documents/s on one core "
        f"({example_s * 1000:.2f} ms each; {example_per_kb * 1000:.3f} ms/KB) "
        f"[target ≥ {TARGET_DOCS_PER_SECOND}: {'met' if ok['throughput'] else 'NOT met'}]"
    )
    print(
        f"generated act, 2,000 articles ({len(big) / 1024:.0f} KB): {big_s * 1000:.0f} ms "
        f"({big_per_kb * 1000:.3f} ms/KB, {big_per_kb / example_per_kb:.2f}× the example's) "
        f"[target ≤ {TARGET_SIZE_RATIO}×: {'met' if ok['linear'] else 'NOT met'}]"
    )
    print(
        f'one `actlint check` process: {check * 1000:.0f} ms; `python -c "import lark"`: '
        f"{import_lark * 1000:.0f} ms; `python -c pass`: {bare * 1000:.0f} ms "
        f"(best of {runs}) [target: check ≤ import lark: {'met' if ok['start-up'] else 'NOT met'}]"
    )
    print(
        f"{batch:,} files: --jobs 2 in {two:.2f} s against --jobs 1 in {one:.2f} s "
        f"({one / two:.2f}×); warm cache re-run {warm:.2f} s against cold {cold:.2f} s "
        f"({warm / cold:.0%})"
    )
    return 0


def _timed(command: list[str], env: dict[str, str] | None = None) -> float:
    start = time.perf_counter()
    subprocess.run(command, capture_output=True, check=False, env=env)
    return time.perf_counter() - start


if __name__ == "__main__":
    sys.exit(main())
