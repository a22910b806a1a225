"""The act profiles table: read by every rule, extended by house packs."""

from __future__ import annotations

import sys
import textwrap
from importlib.metadata import distributions
from pathlib import Path

import pytest

from actlint.engine import profiles
from actlint.engine.facts import facts
from tests.conftest import EXAMPLE, act_of, lint_text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("DÉCISION n° 1\nVu l'article L. 2122-22 du CGCT ;\nDÉCIDE\n", "decision_delegation"),
        ("DÉCISION n° 1\nDÉCIDE\n", "decision"),  # nobody named: no profile inferred
        # a décision of the maire is taken by delegation unless it cites another power
        ("DÉCISION n° 1\nLe Maire de Lens,\nDÉCIDE\n", "decision_delegation"),
        ("DÉCISION n° 1\nLe Maire de Lens,\nVu le code général des collectivités "
         "territoriales, et notamment ses articles L. 2212-1 et L. 2212-2 ;\nDÉCIDE\n",
         "decision"),
        ("DÉCISION n° 1 portant délégation de signature\nLe Maire de Lens,\nVu le code général "
         "des collectivités territoriales, et notamment son article L. 2122-19 ;\nDÉCIDE\n",
         "decision"),
        # L. 2122-19 in the visa of the signatory's delegation: still a delegated décision
        ("DÉCISION n° 1\nLe Maire de Lens,\nVu l'arrêté n° 2026-60 du 7 avril 2026 portant "
         "délégation de signature au directeur général des services (article L. 2122-19 du "
         "CGCT) ;\nDÉCIDE\n", "decision_delegation"),
        ("DÉCISION n° 1\nLe Maire de Lens,\nVu la délibération du 3 mars 2026 autorisant le "
         "maire à signer le marché ;\nDÉCIDE\n", "decision"),
        ("DÉCISION n° 1\nDÉCIDE\nArticle 1 : a.\nFait à Lens, le 2 mai 2026.\nPour le Maire,\n"
         "L'Adjoint délégué,\nPierre MAZURE\n", "decision_delegation"),
        ("DÉCISION n° 1\nLe Président de la communauté de communes du Centre Corse,\n"
         "DÉCIDE\n", "decision_delegation_epci"),
        ("DÉCISION n° 1\nLe Président de la communauté d'agglomération,\nVu l'article "
         "L. 5211-10 du CGCT ;\nDÉCIDE\n", "decision_delegation_epci"),
        # the président of a département is not inferred
        ("DÉCISION n° 1\nLe Président du conseil départemental,\nDÉCIDE\n", "decision"),
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


def test_the_example_without_its_delegation_visa_is_still_a_delegated_decision() -> None:
    """The profile must not rest on the visa whose absence REC001 reports."""
    text = EXAMPLE.read_text(encoding="utf-8")
    start = text.index("Vu la délibération du Conseil Municipal")
    end = text.index("Vu l'arrêté n° 2026")
    act = act_of(text[:start] + text[end:])
    assert facts(act).profile == "decision_delegation"
    found = [(d.code, d.severity.label) for d in lint_text(text[:start] + text[end:]).diagnostics]
    assert ("REC001", "warning") in found


def test_the_kind_the_enacting_word_announces() -> None:
    assert facts(act_of("DÉCISION n° 1\nDÉCIDE\nArticle 1 : a.\n")).enacted_as == "decision"
    assert facts(act_of("ARRÊTÉ n° 1\nARRÊTE\nArticle 1 : a.\n")).enacted_as == "arrete"
    text = "DÉLIBÉRATION n° 1\nDÉLIBÈRE\nArticle 1 : a.\n"
    assert facts(act_of(text)).enacted_as == "deliberation"
