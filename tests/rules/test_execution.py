"""EXE rules: the execution article, the kind it names, appeal mentions, the report to the
council."""

from __future__ import annotations

import pytest

from actlint.engine.diagnostic import Diagnostic
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


def appeal_finding(articles: str, head: str = "ARRÊTÉ n° 1\nARRÊTE\n") -> Diagnostic:
    (finding,) = lint_text(head + articles, "EXE003").diagnostics
    return finding


def test_missing_appeal_mentions_of_a_regulatory_act_are_good_practice() -> None:
    finding = appeal_finding(
        "Article 1 : La circulation est interdite rue Pasteur du 4 au 8 mai 2026.\n"
        "Article 2 : Le stationnement est interdit place Jean Jaurès.\n"
    )
    assert finding.severity.label == "info"
    assert finding.message.fr == (
        "l'acte n'indique ni les voies ni les délais de recours (acte réglementaire : mention "
        "de bonne pratique)"
    )
    assert finding.help and "court dès la publication, même sans cette mention" in finding.help.fr
    assert "bonne pratique" in finding.help.fr and "notification" not in finding.help.fr


@pytest.mark.parametrize(
    "articles",
    [
        # individual: a named person, a named company, a notification
        "Article 1 : Madame Anne MARTIN est autorisée à installer une terrasse.\n",
        "Article 1 : Le marché est attribué à la société ÉQUIP'ÉCOLES.\n",
        "Article 1 : L'autorisation est retirée.\nArticle 2 : Le présent arrêté sera notifié à "
        "l'intéressé.\n",
        # unknown scope, or both: a warning all the same
        "Article 1 : La buvette est autorisée.\n",
        "Article 1 : Pendant les travaux de la société COLAS, la circulation est interdite rue "
        "Pasteur.\n",
    ],
    ids=["person", "company", "notified", "unknown", "mixed"],
)
def test_missing_appeal_mentions_of_an_individual_or_unknown_act_are_a_warning(
    articles: str,
) -> None:
    finding = appeal_finding(articles)
    assert finding.severity.label == "warning"
    assert finding.message.fr == "l'acte n'indique ni les voies ni les délais de recours"
    assert finding.help and "(CJA, art. R. 421-5)" in finding.help.fr


def test_a_title_announcing_a_reglement_makes_the_act_regulatory() -> None:
    title = "ARRÊTÉ n° 1 portant règlement intérieur du cimetière\nARRÊTE\n"
    finding = appeal_finding("Article 1 : Le cimetière est ouvert de 8 h à 18 h.\n", title)
    assert finding.severity.label == "info"
    named = "ARRÊTÉ n° 1 réglementant l'activité de la société RECTICEL\nARRÊTE\n"
    assert appeal_finding("Article 1 : a.\n", named).severity.label == "warning"


def test_execution_article_is_good_practice() -> None:
    (finding,) = lint_text("ARRÊTÉ n° 1\nARRÊTE\nArticle 1 : a.\n", "EXE001").diagnostics
    assert finding.help and finding.help.fr.startswith("bonne pratique de rédaction : ")
    assert "circulaire" not in finding.help.fr.lower()


def test_report_to_the_council_is_a_recommended_mention() -> None:
    text = (
        "DÉCISION n° 2026-92\nVu la délibération du conseil municipal du 22 mars 2026 portant "
        "délégation au maire (article L. 2122-22 du CGCT) ;\nDÉCIDE\nArticle 1 : Le contrat "
        "est renouvelé.\n"
    )
    (finding,) = lint_text(text, "EXE004").diagnostics
    assert finding.severity.label == "info"
    assert finding.message.fr.endswith("(mention recommandée)")
    assert finding.help and "mention facultative mais recommandée" in finding.help.fr
    assert "chacune des réunions obligatoires du conseil municipal" in finding.help.fr
