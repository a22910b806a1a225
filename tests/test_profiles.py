"""The act profiles table: read by every rule, extended by house packs."""

from __future__ import annotations

import sys
import textwrap
from importlib.metadata import distributions
from pathlib import Path

import pytest

from actlint.engine import profiles
from actlint.engine.facts import facts
from tests.conftest import act_of, lint_text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("DÉCISION n° 1\nVu l'article L. 2122-22 du CGCT ;\nDÉCIDE\n", "decision_delegation"),
        ("DÉCISION n° 1\nDÉCIDE\n", "decision"),
        ("ARRÊTÉ n° 1\nVu le code général des collectivités territoriales, notamment les "
         "articles L. 2212-1 et L. 2212-2 ;\nARRÊTE\n", "arrete_police"),
        ("ARRÊTÉ n° 1\nVu le code général des collectivités territoriales ;\nARRÊTE\n", "arrete"),
        ("ARRÊTÉ PRÉFECTORAL n° 1\nARRÊTE\n", "arrete_prefectoral"),
        ("DÉLIBÉRATION n° 1\nDélibère :\n", "deliberation"),
    ],
)  # fmt: skip
def test_profiles(text: str, expected: str) -> None:
    assert facts(act_of(text)).profile == expected


def test_a_house_pack_extends_a_profile(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A package declaring an ``actlint.profiles`` entry point adds requirements."""
    (tmp_path / "house_profiles.py").write_text(
        'EXTRA = {"deliberation": {"requires": ["execution-article"]}}\n', encoding="utf-8"
    )
    info = tmp_path / "house_profiles-1.0.dist-info"
    info.mkdir()
    (info / "METADATA").write_text("Metadata-Version: 2.1\nName: house-profiles\nVersion: 1.0\n")
    (info / "entry_points.txt").write_text(
        textwrap.dedent("""\
            [actlint.profiles]
            house = house_profiles:EXTRA
        """)
    )
    monkeypatch.syspath_prepend(str(tmp_path))
    assert any(d.metadata["Name"] == "house-profiles" for d in distributions())
    profiles._table.cache_clear()
    try:
        text = "DÉLIBÉRATION n° 1\nDélibère :\nArticle 1 : La subvention est accordée.\n"
        assert [d.code for d in lint_text(text, "EXE001").diagnostics] == ["EXE001"]
    finally:
        profiles._table.cache_clear()
        sys.modules.pop("house_profiles", None)


def test_every_requirement_in_the_table_is_used_by_a_rule() -> None:
    import actlint_rules

    rules_source = "\n".join(
        p.read_text(encoding="utf-8") for p in Path(actlint_rules.__file__).parent.glob("*.py")
    )
    for row in profiles._table().values():
        for requirement in row["requires"]:  # type: ignore[union-attr]
            assert f'requires("{requirement}")' in rules_source, requirement
