"""Every legal reference the rule pack prints is listed, and none of the withdrawn ones is.

The pack prints references in four places: each rule's summary, basis and documentation,
the sources of its reference data, and the messages and help of its findings. The first
three are listed in ``snapshots/legal-references.txt``, so that adding or changing a
reference is a reviewed change; messages are collected by running the pack on every act the
tests hold.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Iterator
from pathlib import Path

import pytest

from actlint.engine.registry import load_rules
from actlint.engine.rule_docs import body
from tests.conftest import FIXTURES, lint_text

ROOT = Path(__file__).resolve().parent.parent
SNAPSHOT = Path(__file__).parent / "snapshots" / "legal-references.txt"
RULES = [r for r in load_rules() if r.pack == "builtin"]

# What a legal review withdrew: sources that do not exist, are abrogated, or do not say what
# they were cited for.
WITHDRAWN = {
    "Charmasson (not found)": r"Charmasson",
    "Rép. min. QE 01576 of 11 April 2013 (not found)": r"01576|11 avril 2013",
    "circulaire du 30 janvier 1997 (abrogated, for State texts)": r"30 janvier 1997",
    "paragraph numbers of State drafting guides": r"§\s*\d+(?:\.\d+)+|l[ée]gistique,?\s*\d+\.\d",
    "CE, Ass., 24 mars 2006, KPMG (transitional measures)": r"KPMG",
    "CRPA L. 221-2 for a « date certaine »": r"L\.\s*221-2\b|date certaine",
    "CGCT R. 2131-1 (electronic publication, not teletransmission)": r"R\.\s*2131-1\b",
    "Code civil art. 1376 (private deeds)": r"\b1376\b",
    "EU regulations 2025/2150 and 2025/2151 (utilities, concessions)": r"2025/215[01]\b",
    "Ville de Caen without its date": r"(?<!4 février 1991, )Ville de Caen",
    "S2LOW for the act-number rule (it is Pastell / @CTES)": r"S2LOW",
    "illegality where the case law says irregularity": r"r[ée]troacti\w*[^.;]{0,80}ill[ée]gal",
}

_REFERENCE = re.compile(
    r"\b(?:CGCT|CRPA|CJA|CCP|CGI|Code civil|code [a-zé' ]+), art\. [^;—)]+"
    r"|\bart(?:icle|\.)s? [LRD]\. ?\d[\d-]*(?: et [LRD]\. ?\d[\d-]*)*"
    r"|\b(?:CE|CAA [A-Z]\w+|TA [A-Z]\w+)(?:, [A-Z][a-z.]+)*, \d{1,2}(?:er)? \w+ \d{4}[^;—)]*?n° [\dA-Z]+"
    r"|\bRép\. min\.[^;—)]+"
    r"|\b(?:[Dd]écret|[Ll]oi|[Oo]rdonnance) n° \d{2,4}-\d+[^;,—)]*"
    r"|\b[Rr]èglement délégué \(UE\) \d{4}/\d+"
    r"|\b[Cc]irculaire du \d{1,2}(?:er)? \w+ \d{4}"
    r"|Guide de légistique"
)  # fmt: skip


def _static_texts() -> Iterator[tuple[str, str]]:
    """(where, text) for every text the pack prints that does not depend on an act."""
    for rule in RULES:
        for lang in ("fr", "en"):
            yield f"{rule.code} summary", rule.summary.get(lang)
            yield f"{rule.code} docs", body(rule, lang)  # type: ignore[arg-type]
            if rule.basis is not None:
                yield f"{rule.code} basis", rule.basis.line(lang)  # type: ignore[arg-type]
    for path in sorted((ROOT / "rules" / "data").glob("*.toml")):
        yield from _data_sources(path.name, tomllib.loads(path.read_text(encoding="utf-8")))


def _data_sources(where: str, table: object) -> Iterator[tuple[str, str]]:
    if isinstance(table, dict):
        for key, value in table.items():
            if key == "source" and isinstance(value, str):
                yield where, value
            else:
                yield from _data_sources(where, value)
    elif isinstance(table, list):
        for item in table:
            yield from _data_sources(where, item)


def _acts() -> Iterator[Path]:
    for folder in ("decisions", "corpus", "corpus-real"):
        yield from sorted((FIXTURES / folder).rglob("*.txt"))
        yield from sorted((FIXTURES / folder).rglob("*.md"))
    yield FIXTURES / "decision-2026-92-lens.txt"


def listed_references() -> list[str]:
    return sorted({m.group(0).strip() for _, text in _static_texts()
                   for m in _REFERENCE.finditer(" ".join(text.split()))})  # fmt: skip


def test_the_references_the_pack_prints_are_the_listed_ones() -> None:
    listed = SNAPSHOT.read_text(encoding="utf-8").splitlines()
    assert listed_references() == listed, (
        "the pack's legal references changed: review them, then write the new list with "
        "`python -m tests.test_legal_references`"
    )


@pytest.mark.parametrize("reason", WITHDRAWN)
def test_no_withdrawn_reference_in_rules_or_data(reason: str) -> None:
    pattern = re.compile(WITHDRAWN[reason])
    found = [f"{where}: {text[:120]}" for where, text in _static_texts()
             if pattern.search(" ".join(text.split()))]  # fmt: skip
    assert found == [], reason


def test_no_withdrawn_reference_in_any_finding() -> None:
    patterns = {reason: re.compile(p) for reason, p in WITHDRAWN.items()}
    printed: set[str] = set()
    for path in _acts():
        text = path.read_text(encoding="utf-8", errors="replace")
        for d in lint_text(text).diagnostics:
            for lang in ("fr", "en"):
                printed.add(d.message.get(lang))  # type: ignore[arg-type]
                if d.help is not None:
                    printed.add(d.help.get(lang))  # type: ignore[arg-type]
    assert len(printed) > 100, "the acts of the tests produce findings to check"
    found = [(reason, text) for text in printed for reason, p in patterns.items()
             if p.search(text)]  # fmt: skip
    assert found == []


def test_every_basis_can_be_opened_by_a_jurist() -> None:
    problems = {r.code: r.basis.problems() if r.basis else ["no basis"] for r in RULES}
    assert {code: p for code, p in problems.items() if p} == {}


def test_a_withdrawn_reference_would_be_caught() -> None:
    samples = {
        "CE, 28 juin 1974, Charmasson": "Charmasson (not found)",
        "circulaire du 30 janvier 1997, § 4.5.1": "circulaire du 30 janvier 1997 (abrogated, for "
        "State texts)",
        "CE, février 1991, Ville de Caen, n° 71956": "Ville de Caen without its date",
        "Règlements délégués (UE) 2025/2150 et 2025/2151": "EU regulations 2025/2150 and "
        "2025/2151 (utilities, concessions)",
    }
    for text, reason in samples.items():
        assert re.search(WITHDRAWN[reason], text), text
    assert not re.search(WITHDRAWN["Ville de Caen without its date"],
                         "CE, 4 février 1991, Ville de Caen, n° 71956")  # fmt: skip


if __name__ == "__main__":
    SNAPSHOT.write_text("".join(f"{r}\n" for r in listed_references()), encoding="utf-8")
