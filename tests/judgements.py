"""Every finding actlint gives on the real corpora, judged by reading the act.

``tests/fixtures/judgements.json`` holds one entry per finding of ``actlint check
--preview`` on ``tests/fixtures/corpus-real/`` and ``tests/fixtures/corpus/``: where it is,
what it says, and a verdict — ``true``, ``false`` or ``debatable`` — with one line of
reason. ``tests/test_judgements.py`` fails when a finding judged false comes back, a true
one disappears, or a finding nobody judged appears.

Run ``python tests/judgements.py`` to print precision per rule; ``--pending`` prints the
findings not judged yet as JSON entries to fill in.
"""

from __future__ import annotations

import json
import sys
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

FIXTURES = Path(__file__).resolve().parent / "fixtures"
CORPORA = ("corpus-real", "corpus")
JUDGEMENTS = FIXTURES / "judgements.json"
VERDICTS = ("true", "false", "debatable")

Key = tuple[str, str, int, int]  # file, code, line, column


@dataclass(frozen=True)
class Seen:
    file: str  # relative to tests/fixtures
    code: str
    severity: str
    line: int
    column: int
    quote: str
    message: str

    @property
    def key(self) -> Key:
        return (self.file, self.code, self.line, self.column)


def corpus_files() -> list[Path]:
    return [p for corpus in CORPORA for p in sorted((FIXTURES / corpus).glob("*.txt"))]


def findings() -> Iterator[Seen]:
    """What ``actlint check --preview`` finds on the corpora, with no configuration."""
    from actlint.engine.config import Config, select_rules
    from actlint.engine.lint import lint_source
    from actlint.engine.registry import load_registry
    from actlint.read.source import decode

    for path in corpus_files():
        name = path.relative_to(FIXTURES).as_posix()
        rules = select_rules(load_registry().rules, Config(), name, preview=True)
        for d in lint_source(decode(path.read_bytes(), name), rules).diagnostics:
            yield Seen(name, d.code, d.severity.label, d.line, d.column, d.quote,
                       d.message.get("fr"))  # fmt: skip


def judged() -> dict[Key, dict[str, object]]:
    entries = json.loads(JUDGEMENTS.read_text(encoding="utf-8"))
    return {(e["file"], e["code"], e["line"], e["column"]): e for e in entries}


def precision_table(seen: list[Seen], verdicts: dict[Key, dict[str, object]]) -> list[str]:
    """Per rule and in total: findings, judged true, false, debatable, and precision
    (true among those judged true or false)."""
    counts: dict[str, Counter[str]] = {}
    for finding in seen:
        verdict = str(verdicts.get(finding.key, {}).get("verdict", "unjudged"))
        for row in (finding.code, "all"):
            counts.setdefault(row, Counter())[verdict] += 1
    rows = [f"{'rule':8} {'found':>5} {'true':>5} {'false':>5} {'debat.':>6} {'unjudg.':>7} "
            f"{'precision':>9}"]  # fmt: skip
    for rule in sorted(counts, key=lambda r: (r == "all", r)):
        c = counts[rule]
        decided = c["true"] + c["false"]
        precision = f"{c['true'] / decided:.0%}" if decided else "—"
        rows.append(f"{rule:8} {c.total():5} {c['true']:5} {c['false']:5} {c['debatable']:6} "
                    f"{c['unjudged']:7} {precision:>9}")  # fmt: skip
    return rows


def main() -> None:
    seen = list(findings())
    verdicts = judged() if JUDGEMENTS.exists() else {}
    if "--pending" in sys.argv:
        pending = [
            {"file": f.file, "code": f.code, "severity": f.severity, "line": f.line,
             "column": f.column, "quote": f.quote, "message": f.message,
             "verdict": "", "reason": ""}
            for f in seen if f.key not in verdicts
        ]  # fmt: skip
        print(json.dumps(pending, ensure_ascii=False, indent=1))
        return
    print("\n".join(precision_table(seen, verdicts)))


if __name__ == "__main__":
    main()
