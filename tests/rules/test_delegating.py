"""DLG: the délibération of delegation read and checked, on acts written as communes
write them from the wording of CGCT art. L. 2122-22."""

from __future__ import annotations

import json
from pathlib import Path

from tests.conftest import act_of, lint_text, run_actlint

HEAD = (
    "COMMUNE DE SAINT-EXEMPLE\n"
    "EXTRAIT DU REGISTRE DES DÉLIBÉRATIONS DU CONSEIL MUNICIPAL\n"
    "Séance du {date}\n"
    "Délibération n° 2026-018\n"
    "Objet : Délégations consenties au maire par le conseil municipal à la suite du "
    "renouvellement général du conseil municipal (article L. 2122-22 du CGCT)\n"
    "Vu le code général des collectivités territoriales, et notamment ses articles L. 2122-18, "
    "L. 2122-19, L. 2122-22 et L. 2122-23 ;\n"
    "Le conseil municipal, après en avoir délibéré,\n"
    "DÉCIDE\n"
    "Article 1 : Le maire est chargé, par délégation du conseil municipal et pour la durée de "
    "son mandat :\n"
)
TAIL = (
    "Article 2 : Les décisions prises en application de la présente délibération pourront "
    "être signées par un adjoint agissant par délégation du maire dans les conditions fixées "
    "à l'article L. 2122-18 du CGCT.\n"
    "Article 3 : Les décisions prises en application de la présente délibération ne pourront "
    "pas être signées par le directeur général des services (article L. 2122-19 du CGCT).\n"
    "Article 4 : En cas d'empêchement du maire, les décisions relatives aux matières ayant "
    "fait l'objet de la présente délégation seront prises par le premier adjoint.\n"
    "Fait et délibéré les jour, mois et an que dessus.\n"
    "Le Maire,\nJean DUPONT\n"
)
ITEMS = (
    "1° D'arrêter et modifier l'affectation des propriétés communales utilisées par les "
    "services publics municipaux ;\n"
    "2° De fixer, dans la limite de 500 € par droit unitaire, les tarifs des droits de voirie, "
    "de stationnement et de dépôt temporaire sur les voies et autres lieux publics ;\n"
    "4° De prendre toute décision concernant la préparation, la passation, l'exécution et le "
    "règlement des marchés et des accords-cadres ainsi que toute décision concernant leurs "
    "avenants, lorsque les crédits sont inscrits au budget ;\n"
    "16° D'intenter au nom de la commune les actions en justice ou de défendre la commune "
    "dans les actions intentées contre elle, dans les cas définis par le conseil municipal ;\n"
    "- De demander à tout organisme financeur l'attribution de subventions ;\n"
)


def deliberation(items: str = ITEMS, date: str = "3 avril 2026") -> str:
    return HEAD.format(date=date) + items + TAIL


def test_the_items_limits_and_permissions_are_read() -> None:
    act = act_of(deliberation())
    delegation = act.delegation
    assert delegation is not None
    assert act.text[delegation.span.start : delegation.span.end].startswith("maire est chargé")
    assert delegation.date is not None and str(delegation.date.value) == "2026-04-03"
    items = [(i.number, i.by_wording) for i in delegation.items]
    assert items == [(1, 1), (2, 2), (4, 4), (16, 16), (None, 26)]
    two = delegation.items[1]
    assert [act.text[s.start : s.end] for s in two.limits] == [
        "dans la limite de 500 € par droit unitaire"
    ]
    sixteen = delegation.items[3]
    assert sixteen.limits == ()
    assert sixteen.council_wording is not None
    wording = act.text[sixteen.council_wording.start : sixteen.council_wording.end]
    assert wording == "dans les cas définis par le conseil municipal"
    assert delegation.adjoints is not None and delegation.adjoints.allowed
    assert delegation.agents is not None and not delegation.agents.allowed
    assert delegation.suppleance is not None
    assert (
        "empêchement" in act.text[delegation.suppleance.span.start : delegation.suppleance.span.end]
    )


def test_a_decision_citing_a_delegation_is_not_one() -> None:
    text = (
        "DÉCISION n° 2026-92\n"
        "Vu la délibération du 3 avril 2026 donnant délégation au maire ;\n"
        "DÉCIDE\nArticle 1 : 4° De renouveler le contrat.\nFait à Lens, le 11 mai 2026.\n"
    )
    assert act_of(text).delegation is None


def test_a_report_of_the_decisions_taken_is_not_a_delegation() -> None:
    text = (
        "Délibération n° 1 du 18 DECEMBRE 2008\n"
        "1° Objet : COMPTE-RENDU DE DELEGATIONS Dans le cadre des délégations consenties au "
        "Maire par le Conseil Municipal lors de la séance du 16 mars 2008, il est proposé de "
        "PRENDRE ACTE des décisions municipales.\n"
    )
    assert act_of(text).delegation is None


def test_the_parse_json_and_tree_show_the_delegation(tmp_path: Path) -> None:
    path = tmp_path / "delegation.txt"
    path.write_text(deliberation(), encoding="utf-8")
    tree = json.loads(run_actlint("parse", "--format", "json", str(path)).stdout)
    delegation = tree["act"]["delegation"] if "act" in tree else tree["delegation"]
    assert [i["number"] for i in delegation["items"]] == [1, 2, 4, 16, None]
    assert delegation["items"][1]["limits"][0]["text"].startswith("dans la limite de 500")
    assert delegation["items"][1]["line"] == 11
    assert delegation["adjoints"]["allowed"] is True
    outline = run_actlint("parse", str(path)).stdout
    assert "delegation (" in outline and "law's wording, no limit" in outline


def test_limits_missing_on_an_item_the_council_must_limit() -> None:
    diagnostics = lint_text(deliberation(), "DLG001").diagnostics
    assert [d.code for d in diagnostics] == ["DLG001", "DLG001"]
    assert "16°" in diagnostics[0].message.fr
    assert "26°" in diagnostics[1].message.fr  # an unnumbered item known by its wording


def test_limits_set_by_scope_or_elsewhere_are_accepted() -> None:
    items = (
        "16° D'intenter au nom de la commune les actions en justice ou de défendre la commune "
        "dans toutes les actions intentées contre elle, devant toutes les juridictions ;\n"
        "26° De demander à tout organisme financeur l'attribution de subventions, dans les "
        "conditions fixées par le conseil municipal ;\n"
        "Pour l'application du 26°, la délégation vaut pour tout projet inscrit au budget.\n"
    )
    assert lint_text(deliberation(items), "DLG001").diagnostics == ()


def test_item_four_is_never_reported() -> None:
    items = "4° De prendre toute décision concernant les marchés et les accords-cadres ;\n"
    assert lint_text(deliberation(items), "DLG001").diagnostics == ()


def test_an_item_number_that_did_not_exist_yet() -> None:
    items = "26° De demander l'attribution de subventions pour tout projet ;\n"
    (finding,) = lint_text(deliberation(items, "4 avril 2014"), "DLG002").diagnostics
    assert "26°" in finding.message.fr and "25°" in finding.message.fr
    assert lint_text(deliberation(items, "4 avril 2016"), "DLG002").diagnostics == ()
    # the law that added the 25° is not verified: a 25° is never reported
    early = "25° D'exercer un droit ;\n"
    assert lint_text(deliberation(early, "1er février 2013"), "DLG002").diagnostics == ()


def test_a_delegation_dated_before_the_installation() -> None:
    (finding,) = lint_text(deliberation(date="17 mars 2026"), "DLG003").diagnostics
    assert "15 mars 2026" in finding.message.fr and finding.line == 3
    assert lint_text(deliberation(date="20 mars 2026"), "DLG003").diagnostics == ()
    assert lint_text(deliberation(date="14 mars 2026"), "DLG003").diagnostics == ()


def test_the_old_councils_delegation_is_not_judged_without_a_sign_of_the_new_one() -> None:
    text = deliberation(date="17 mars 2026").replace(
        " à la suite du renouvellement général du conseil municipal", ""
    )
    assert lint_text(text, "DLG003").diagnostics == ()


def test_the_last_item_ends_at_the_next_article() -> None:
    items = (
        "26° De demander à l'État ou à d'autres collectivités territoriales, dans les "
        "conditions fixées par le conseil municipal, l'attribution de subventions ;\n"
    )
    (finding,) = lint_text(deliberation(items), "DLG001").diagnostics  # TAIL: « Article 2 … »
    assert "26°" in finding.message.fr


def test_no_limit_on_loans_is_not_a_limit() -> None:
    loans = (
        "3° De procéder à la réalisation des emprunts destinés au financement des "
        "investissements prévus par le budget, {} ;\n"
    )
    for words in ("quel que soit leur montant", "pour tous les emprunts"):
        (finding,) = lint_text(deliberation(loans.format(words)), "DLG001").diagnostics
        assert "3°" in finding.message.fr, words
    law = "et de prendre les décisions mentionnées au III de l'article L. 1618-2"
    assert len(lint_text(deliberation(loans.format(law)), "DLG001").diagnostics) == 1
    for words in ("dans la limite de 500 000 € par an", "pour une durée de 20 ans au plus"):
        assert lint_text(deliberation(loans.format(words)), "DLG001").diagnostics == (), words
    # elsewhere a scope still counts
    suits = "16° D'intenter toutes les actions en justice au nom de la commune ;\n"
    assert lint_text(deliberation(suits), "DLG001").diagnostics == ()
