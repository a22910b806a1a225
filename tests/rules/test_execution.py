"""EXE rules: the execution article, the kind it names, appeal mentions, the report to the
council."""

from __future__ import annotations

from tests.conftest import EXAMPLE, lint_file, lint_text


def codes(text: str, *selected: str) -> list[str]:
    return [d.code for d in lint_text(text, *selected).diagnostics]


def test_deliberation_needs_no_formula_execution_or_signature() -> None:
    text = "DÉLIBÉRATION n° 12\nVu le code ;\nArticle 1 : La subvention est accordée.\n"
    assert codes(text, "STR002", "STR004", "EXE001") == []


def test_example_act_has_execution_article_and_no_structure_finding() -> None:
    found = [d.code for d in lint_file(EXAMPLE).diagnostics]
    assert not [code for code in found if code.startswith("STR") or code in ("EXE001", "EXE002")]


def test_transmission_is_not_execution() -> None:
    text = (
        "ARRÊTÉ n° 1\nARRÊTE\nArticle 1 : a.\n"
        "Article 2 : Le présent arrêté est transmis à M. le Sous-Préfet.\n"
    )
    (finding,) = lint_text(text, "EXE001").diagnostics
    assert finding.line == 4 and finding.help and "du présent arrêté" in finding.help.fr


def test_execution_wordings() -> None:
    for wording in (
        "Le directeur est chargé de l'exécution de la présente décision.",
        "Le secrétaire général et le maire sont chargés, chacun en ce qui le concerne, "
        "de l'exécution du présent arrêté.",
        "Exécution. Le secrétaire général veille à l'application.",
    ):
        text = f"DÉCISION n° 1\nDÉCIDE\nArticle 1 : a.\nArticle 2 : {wording}\n"
        assert codes(text, "EXE001") == [], wording


def test_execution_article_naming_another_kind() -> None:
    text = (
        "ARRÊTÉ n° 1\nARRÊTE\nArticle 1 : a.\nArticle 2 : Le directeur général des services "
        "est chargé de l'exécution de la présente décision.\n"
    )
    (finding,) = lint_text(text, "EXE002").diagnostics
    assert finding.severity.label == "warning"
    assert finding.help and "du présent arrêté" in finding.help.fr


def test_appeal_mentions_wordings() -> None:
    head = "ARRÊTÉ n° 1\nARRÊTE\nArticle 1 : a.\nArticle 2 : {}\n"
    complete = (
        "Recours pour excès de pouvoir devant le tribunal administratif de Pau dans les "
        "deux mois, ou par l'application Télérecours citoyens."
    )
    assert codes(head.format(complete), "EXE003") == []
    (route_only,) = lint_text(
        head.format("Recours devant le tribunal administratif."), "EXE003"
    ).diagnostics
    assert "deux mois" in route_only.message.fr
    assert codes(head.format("Délai de recours : deux mois (R. 421-1 CJA)."), "EXE003") == [
        "EXE003"
    ]
