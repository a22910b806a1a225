"""actlint's performance figures, measured on this machine in one run.

Usage (from the project root, actlint installed normally): python bench/bench.py [--quick]

Run it from a normal (non-editable) install: ``pip install . lark`` into a fresh virtual
environment (lark, which actlint does not need at run time, is the yardstick). An editable install reads the package from the checkout; without bytecode
(``PYTHONDONTWRITEBYTECODE=1``) every process compiles it again, which makes each start-up
about 1.5× slower. The benchmark refuses that combination and warns on any editable install.

Every target is printed with its measured value and « met » or « NOT met », after the
Python and the install the figures come from:
- one ``actlint check`` of the example act without the cache, the same answered by the
  cache, ``actlint --version`` and ``actlint --help``, each against
  ``python -c "import lark"`` (best of several runs, the commands taking turns);
- in process, the whole pipeline (read, normalise, parse, build, all stable rules) on the
  example act against the bare LALR parse of its logical text, with acts per second;
- peak memory of ``actlint check`` on a 5 MB act, and at half that size (linear in size);
- time per kilobyte of a generated act of 2,000 articles against the example's, and
  hostile inputs at a size then twice it (linear in size);
- on a synthetic corpus (bench/corpus.py: 10,000 acts, 1,000 with --quick): acts per second
  with ``--jobs 1`` and ``--jobs 2``, peak memory for a tenth of the corpus and for all of
  it (flat: results are not accumulated with their text), and a warm (cached) re-run
  against the cold run.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from importlib.metadata import PackageNotFoundError, distribution
from importlib.util import cache_from_source
from pathlib import Path

import actlint
from actlint.engine.lint import lint_source
from actlint.engine.registry import load_rules
from actlint.parse.parser import parse
from actlint.parse.stamp import find_stamp
from actlint.read.normalise import normalise
from actlint.read.source import decode

sys.path.insert(0, str(Path(__file__).resolve().parent))
from corpus import write_corpus

ROOT = Path(__file__).resolve().parent.parent
EXAMPLE = ROOT / "tests" / "fixtures" / "decision-2026-92-lens.txt"

# Targets. Process times are ratios to `python -c "import lark"` on the same machine.
TARGET_CHECK = 2.0  # `actlint check --no-cache` of the example act
TARGET_CACHED = 1.3  # the same answered by the cache
TARGET_VERSION = 1.0  # `actlint --version`
TARGET_HELP = 1.0  # `actlint --help`
TARGET_PIPELINE = 4.0  # in process: the whole pipeline against the bare LALR parse
TARGET_BIG_MEMORY_MB = 100  # peak memory of `actlint check` on a 5 MB act
BIG_ACT_BYTES = 5 * 1024 * 1024
TARGET_MEMORY_GROWTH = 2.5  # memory above start-up at twice the size: 2 when linear
TARGET_SIZE_RATIO = 1.5  # time per KB of a large act against the example's
TARGET_DOUBLE_SIZE_RATIO = 2.5  # time at twice the size: 2 when linear, 4 when quadratic
TARGET_JOBS_SPEED_UP = 1.6
TARGET_MEMORY_RATIO = 1.2  # peak memory for all the files against a tenth of them
TARGET_WARM_SHARE = 0.10


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


def act_of_size(size: int) -> bytes:
    """A generated act of about ``size`` bytes."""
    per_article = len(generated_act(200)) / 200
    return generated_act(max(1, int(size / per_article)))


def best_seconds(work: Callable[[], object], minimum_seconds: float, rounds: int = 5) -> float:
    """Seconds per call of ``work``: the best of ``rounds`` rounds that together last
    ``minimum_seconds``. The best round is the one the rest of the machine disturbed least."""
    work()  # warm up
    best = float("inf")
    for _ in range(rounds):
        runs, start = 0, time.perf_counter()
        while True:
            work()
            runs += 1
            elapsed = time.perf_counter() - start
            if elapsed >= minimum_seconds / rounds:
                break
        best = min(best, elapsed / runs)
    return best


def seconds_per_doc(data: bytes, minimum_seconds: float) -> float:
    rules = [r for r in load_rules() if r.status == "stable"]
    return best_seconds(lambda: lint_source(decode(data, "bench.txt"), rules), minimum_seconds)


def seconds_per_parse(data: bytes, minimum_seconds: float) -> float:
    """The bare LALR parse of the act's logical text (what the grammar alone costs)."""
    _, text = find_stamp(normalise(decode(data, "bench.txt").text).text)
    return best_seconds(lambda: parse(text), minimum_seconds)


ADVERSARIAL = {
    "a line of digits and spaces": lambda size: "1 2 " * (size // 4),
    "« Vu » lines": lambda size: "Vu le code ;\n" * (size // 13),
    "nested parentheses": lambda size: "(" * (size // 2) + ")" * (size // 2),
    "amounts": lambda size: "1 000,00 € HT soit 1 200,00 € TTC " * (size // 36),
}


def adversarial_ratios(size: int) -> dict[str, float]:
    """For each hostile input: time at twice the size over time at the size (2 if linear)."""
    rules = [r for r in load_rules() if r.status == "stable"]
    ratios = {}
    for name, make in ADVERSARIAL.items():
        times = []
        for n in (size, 2 * size):
            data = make(n).encode("utf-8")
            start = time.perf_counter()
            lint_source(decode(data, "hostile.txt"), rules)
            times.append(time.perf_counter() - start)
        ratios[name] = times[1] / times[0]
    return ratios


def best_wall_times(
    commands: dict[str, tuple[list[str], dict[str, str] | None]], runs: int
) -> dict[str, float]:
    """The best wall time of each command; the commands take turns, so that a change in
    the machine's load touches them all alike."""
    best = dict.fromkeys(commands, float("inf"))
    for _ in range(runs):
        for name, (command, env) in commands.items():
            start = time.perf_counter()
            subprocess.run(command, capture_output=True, check=False, env=env)
            best[name] = min(best[name], time.perf_counter() - start)
    return best


@dataclass
class Install:
    """Which actlint the figures come from."""

    location: str
    editable: bool
    bytecode: bool  # the package's compiled modules are there to load
    no_writing: bool  # PYTHONDONTWRITEBYTECODE: a missing one is compiled in every process

    def describe(self) -> str:
        kind = "EDITABLE install" if self.editable else "normal (non-editable) install"
        if self.bytecode:
            bytecode = "with bytecode"
        elif self.no_writing:
            bytecode = "WITHOUT bytecode, and PYTHONDONTWRITEBYTECODE stops it being written"
        else:
            bytecode = "without bytecode yet (written by the first run)"
        return f"actlint {actlint.__version__}, {kind} {bytecode}, from {self.location}"

    @property
    def recompiles(self) -> bool:
        """Whether every process compiles the package again."""
        return not self.bytecode and self.no_writing


def install() -> Install:
    editable = False
    try:
        direct = distribution("actlint").read_text("direct_url.json")
    except PackageNotFoundError:
        direct = None
    if direct:
        editable = bool(json.loads(direct).get("dir_info", {}).get("editable", False))
    package = Path(actlint.__file__).resolve().parent
    editable = editable or package.is_relative_to(ROOT)  # run from the checkout
    bytecode = Path(cache_from_source(str(package / "cli.py"))).exists()
    no_writing = sys.flags.dont_write_bytecode or bool(os.environ.get("PYTHONDONTWRITEBYTECODE"))
    return Install(str(package), editable, bytecode, no_writing)


def measured(command: list[str], env: dict[str, str] | None = None) -> tuple[float, int]:
    """Wall time (s) and peak resident memory (KB) of a command."""
    done = subprocess.run([sys.executable, "-S", "-c", _MEASURE, *command], env=env,
                          capture_output=True, text=True, check=True)  # fmt: skip
    seconds, peak = done.stdout.split()
    return float(seconds), int(peak)


# Run by a small separate Python: a child forked from this (large) process would start
# with its memory and report it as its own peak.
_MEASURE = (
    "import os, subprocess, sys, time\n"
    "start = time.perf_counter()\n"
    "child = subprocess.Popen(sys.argv[1:], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)\n"
    "_, _, usage = os.wait4(child.pid, 0)\n"
    "print(time.perf_counter() - start, usage.ru_maxrss)\n"
)


class Table:
    """The targets, each with its measured value and verdict."""

    def __init__(self) -> None:
        self.rows: list[tuple[str, str, str, bool]] = []

    def add(self, what: str, value: str, target: str, met: bool) -> None:
        self.rows.append((what, value, target, met))

    def print(self) -> None:
        widths = [max(len(row[i]) for row in self.rows) for i in range(3)]
        header = ("target", "measured", "wanted")
        widths = [max(w, len(h)) for w, h in zip(widths, header, strict=True)]
        line = "  ".join(h.ljust(w) for h, w in zip(header, widths, strict=True))
        print(line + "  verdict")
        for what, value, target, met in self.rows:
            cells = (what, value, target)
            print("  ".join(c.ljust(w) for c, w in zip(cells, widths, strict=True)), end="  ")
            print("met" if met else "NOT met")
        missed = sum(1 for row in self.rows if not row[3])
        print(f"{len(self.rows) - missed} of {len(self.rows)} targets met")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--quick", action="store_true", help="shorter runs, rougher figures")
    parser.add_argument(
        "--allow-editable",
        action="store_true",
        help="run even on an editable install without bytecode (figures not comparable)",
    )
    args = parser.parse_args()
    seconds = 1.0 if args.quick else 3.0
    runs = 10 if args.quick else 30

    where = install()
    print(f"Python {platform.python_version()} ({platform.python_implementation()}, "
          f"{sys.executable}) on {platform.machine()}, {os.cpu_count()} cores")  # fmt: skip
    print(where.describe())
    if where.editable or where.recompiles:
        banner = "!" * 78
        print(banner, file=sys.stderr)
        if where.editable:
            print("WARNING: actlint is an editable install: start-up figures are not those "
                  "users get; install it with `pip install .` into a fresh virtual "
                  "environment.", file=sys.stderr)  # fmt: skip
        if where.recompiles:
            print("WARNING: no bytecode, and PYTHONDONTWRITEBYTECODE stops it being written: "
                  "every process compiles the whole package again (about 1.5× slower).",
                  file=sys.stderr)  # fmt: skip
        print(banner, file=sys.stderr)
        if where.editable and where.recompiles and not args.allow_editable:
            print("bench: refusing to measure (--allow-editable to measure anyway)",
                  file=sys.stderr)  # fmt: skip
            return 2

    example = EXAMPLE.read_bytes()
    big = generated_act(2000)
    example_s = seconds_per_doc(example, seconds)
    parse_s = seconds_per_parse(example, seconds)
    big_s = seconds_per_doc(big, seconds)
    example_per_kb = example_s / (len(example) / 1024)
    big_per_kb = big_s / (len(big) / 1024)

    beside = Path(sys.executable).with_name("actlint")  # the same environment as this script
    actlint_command = str(beside) if beside.exists() else shutil.which("actlint") or "actlint"
    if subprocess.run([sys.executable, "-c", "import lark"], check=False).returncode:
        sys.exit("bench: lark must be installed beside actlint to time `import lark`")
    with tempfile.TemporaryDirectory() as folder:
        act = Path(folder) / "decision.txt"
        act.write_bytes(example)
        env = {**os.environ, "ACTLINT_CACHE_DIR": str(Path(folder) / "cache")}
        subprocess.run([actlint_command, "check", str(act)], capture_output=True, env=env,
                       check=False)  # fmt: skip  # fills the cache
        walls = best_wall_times({
            "import lark": ([sys.executable, "-c", "import lark"], None),
            "pass": ([sys.executable, "-c", "pass"], None),
            "check": ([actlint_command, "check", "--no-cache", str(act)], None),
            "cached": ([actlint_command, "check", str(act)], env),
            "version": ([actlint_command, "--version"], None),
            "help": ([actlint_command, "--help"], None),
        }, runs)  # fmt: skip
    lark = walls["import lark"]

    hostile_size = 256 * 1024 if args.quick else 1024 * 1024
    ratios = adversarial_ratios(hostile_size)

    with tempfile.TemporaryDirectory() as folder:
        sizes = {"small": example, "half": act_of_size(BIG_ACT_BYTES // 2),
                 "big": act_of_size(BIG_ACT_BYTES)}  # fmt: skip
        memory: dict[str, int] = {}
        for name, data in sizes.items():
            act = Path(folder) / f"{name}.txt"
            act.write_bytes(data)
            _, memory[name] = measured([actlint_command, "check", "--no-cache", str(act)])
        growth = (memory["big"] - memory["small"]) / max(1, memory["half"] - memory["small"])

    count = 1000 if args.quick else 10_000
    with tempfile.TemporaryDirectory() as folder:
        acts, tenth = Path(folder) / "acts", Path(folder) / "tenth"
        write_corpus(acts, count)
        write_corpus(tenth, count // 10)
        quiet = ["check", "--no-cache", "--quiet", "--format", "concise"]
        one, memory_all = measured([actlint_command, *quiet, "-j", "1", str(acts)])
        _, memory_tenth = measured([actlint_command, *quiet, "-j", "1", str(tenth)])
        two, _ = measured([actlint_command, *quiet, "-j", "2", str(acts)])
        env = {**os.environ, "ACTLINT_CACHE_DIR": str(Path(folder) / "cache")}
        cached = ["check", "--quiet", "--format", "concise", "-j", "1", str(acts)]
        cold, _ = measured([actlint_command, *cached], env)
        warm, _ = measured([actlint_command, *cached], env)

    def ms(s: float) -> str:
        return f"{s * 1000:.0f} ms"

    print(
        f'\nprocesses (best of {runs}): `python -c "import lark"` {ms(lark)}, '
        f"`python -c pass` {ms(walls['pass'])}"
    )
    print(
        f"in process: example act ({len(example) / 1024:.1f} KB) {1 / example_s:,.0f} acts/s "
        f"({example_s * 1000:.2f} ms each), bare LALR parse {parse_s * 1000:.2f} ms; "
        f"generated corpus with --jobs 1: {count / one:,.0f} acts/s\n"
    )
    table = Table()
    for name, what, target in (
        ("check", "`actlint check --no-cache` example act", TARGET_CHECK),
        ("cached", "`actlint check` answered by the cache", TARGET_CACHED),
        ("version", "`actlint --version`", TARGET_VERSION),
        ("help", "`actlint --help`", TARGET_HELP),
    ):
        ratio = walls[name] / lark
        table.add(what, f"{ms(walls[name])} = {ratio:.2f}× import lark",
                  f"≤ {target}× import lark", ratio <= target)  # fmt: skip
    pipeline = example_s / parse_s
    table.add("in process: whole pipeline, example act",
              f"{pipeline:.2f}× bare parse ({1 / example_s:,.0f} acts/s)",
              f"≤ {TARGET_PIPELINE}× bare parse", pipeline <= TARGET_PIPELINE)  # fmt: skip
    big_mb = memory["big"] / 1024
    table.add(f"peak memory, {len(sizes['big']) / 2**20:.1f} MB act", f"{big_mb:.0f} MB",
              f"≤ {TARGET_BIG_MEMORY_MB} MB", big_mb <= TARGET_BIG_MEMORY_MB)  # fmt: skip
    table.add("memory at twice the size (above start-up)",
              f"{growth:.2f}× ({memory['half'] / 1024:.0f} → {big_mb:.0f} MB, "
              f"start-up {memory['small'] / 1024:.0f} MB)",
              f"≤ {TARGET_MEMORY_GROWTH}× (linear: 2×)", growth <= TARGET_MEMORY_GROWTH)  # fmt: skip
    size_ratio = big_per_kb / example_per_kb
    table.add(f"time per KB, 2,000 articles ({len(big) / 1024:.0f} KB)",
              f"{size_ratio:.2f}× the example's ({big_s * 1000:.0f} ms)",
              f"≤ {TARGET_SIZE_RATIO}×", size_ratio <= TARGET_SIZE_RATIO)  # fmt: skip
    worst = max(ratios, key=ratios.__getitem__)
    table.add(f"hostile inputs, {hostile_size // 1024:,} KB then twice",
              f"worst {ratios[worst]:.2f}× ({worst})",
              f"≤ {TARGET_DOUBLE_SIZE_RATIO}× (linear: 2×)",
              ratios[worst] <= TARGET_DOUBLE_SIZE_RATIO)  # fmt: skip
    table.add(f"--jobs 2 against --jobs 1, {count:,} acts",
              f"{one / two:.2f}× ({count / one:,.0f} → {count / two:,.0f} acts/s)",
              f"≥ {TARGET_JOBS_SPEED_UP}×", one / two >= TARGET_JOBS_SPEED_UP)  # fmt: skip
    table.add(f"peak memory, {count:,} files against {count // 10:,}",
              f"{memory_all / memory_tenth:.2f}× ({memory_tenth / 1024:.0f} → "
              f"{memory_all / 1024:.0f} MB)",
              f"≤ {TARGET_MEMORY_RATIO}× (flat)", memory_all <= TARGET_MEMORY_RATIO * memory_tenth)  # fmt: skip
    table.add(f"warm cache re-run, {count:,} files", f"{warm / cold:.0%} of cold "
              f"({warm:.2f} s against {cold:.2f} s)", f"≤ {TARGET_WARM_SHARE:.0%}",
              warm <= TARGET_WARM_SHARE * cold)  # fmt: skip
    table.print()
    return 0


if __name__ == "__main__":
    sys.exit(main())
