"""REC, DEL and EXE002-EXE004 on the example act and hand-made variants."""

from __future__ import annotations

from actlint.engine.facts import facts
from tests.conftest import EXAMPLE, act_of, lint_file, lint_text

LEGAL = ("REC", "DEL")


def test_the_example_delegation_chain_is_recognised_as_valid() -> None:
    act = act_of(EXAMPLE.read_text(encoding="utf-8"))
    assert facts(act).profile == "decision_delegation"
    assert [str(c.reference.date.value) for c in facts(act).delegation_deliberations] == [
        "2026-03-22"
    ]
    assert [
        (c.reference.number, str(c.reference.date.value)) for c in facts(act).delegation_orders
    ] == [("2026-631", "2026-03-31")]
    codes = [d.code for d in lint_file(EXAMPLE).diagnostics if d.code.startswith(LEGAL)]
    assert codes == ["REC002"]  # only the 4° of L. 2122-22 is not named


def decision(
    visas: str, signature: str = "Fait à Lens, le 11 mai 2026.\nLe Maire,\nJean DUPONT\n"
) -> str:
    return (f"DÉCISION n° 2026-92\n{visas}DÉCIDE\nArticle 1 : Le contrat est renouvelé.\n"
            f"{signature}")  # fmt: skip


def codes(text: str, *selected: str) -> list[str]:
    return [d.code for d in lint_text(text, *selected).diagnostics]


def test_undated_delegation_deliberation_is_pointed_at() -> None:
    text = decision(
        "Vu la délibération du conseil municipal portant délégation au maire en "
        "application de l'article L. 2122-22 du CGCT ;\n"
    )
    (finding,) = lint_text(text, "REC001").diagnostics
    assert finding.line == 2 and "datée" in finding.message.fr


def test_a_decision_under_the_mayors_own_powers_needs_no_delegation() -> None:
    text = decision(
        "Vu le code général des collectivités territoriales, et notamment son article L. 2212-2 ;\n"
    )
    assert codes(text, "REC001", "REC002", "EXE004", "DEL006") == []


def test_a_deliberation_is_not_a_delegation() -> None:
    text = (
        "DÉLIBÉRATION n° 1\nVu le code général des collectivités territoriales ;\n"
        "Délibère :\nArticle 1 : Le conseil délègue au maire les matières de l'article "
        "L. 2122-22 du CGCT.\n"
    )
    assert [c for c in codes(text) if c.startswith(("REC", "DEL", "EXE"))] == []


def test_prefectoral_signature_delegation() -> None:
    signature = "Fait à Pau, le 21 décembre 2017.\nPour le Préfet et par délégation,\nLe Secrétaire général,\nJean DUPONT\n"
    head = "ARRÊTÉ PRÉFECTORAL N° 1\n{}ARRÊTE\nArticle 1 : a.\n" + signature
    assert codes(head.format(""), "DEL001") == ["DEL001"]
    visa = (
        "Vu l'arrêté préfectoral n° 17-12 du 4 septembre 2017 portant délégation de signature ;\n"
    )
    assert codes(head.format(visa), "DEL001") == []


def test_the_mayor_signing_in_person_needs_no_delegation_visa() -> None:
    assert codes(decision(""), "DEL001", "DEL004") == []


def test_delegation_dates_and_mandate() -> None:
    late = decision(
        "Vu l'arrêté n° 2026-631 du 12 mai 2026 portant délégation aux adjoints ;\n",
        "Fait à Lens, le 11 mai 2026.\nPour le Maire,\nL'Adjoint délégué,\nPierre MAZURE\n",
    )
    assert codes(late, "DEL002", "DAT002") == ["DEL002"]  # reported once, by DEL002
    stale = decision(
        "Vu la délibération du 10 juillet 2020 portant délégation au maire (article "
        "L. 2122-22 du CGCT) ;\n"
    )
    assert codes(stale, "DEL003") == ["DEL003"]
    between_rounds = decision(
        "Vu la délibération du 22 mars 2026 portant délégation au maire "
        "(article L. 2122-22 du CGCT) ;\n"
    )
    assert codes(between_rounds, "DEL003") == []
    signed_before_renewal = stale.replace("11 mai 2026", "2 mars 2026")
    assert codes(signed_before_renewal, "DEL003") == []


def test_signatory_named_by_capacity_only() -> None:
    text = decision("", "Fait à Lens, le 11 mai 2026.\nPour le Maire,\nL'Adjoint délégué\n")
    assert codes(text, "DEL005", "STR004") == ["DEL005"]


def test_execution_article_naming_another_kind() -> None:
    text = (
        "ARRÊTÉ n° 1\nARRÊTE\nArticle 1 : a.\nArticle 2 : Le directeur général des services "
        "est chargé de l'exécution de la présente décision.\n"
    )
    (finding,) = lint_text(text, "EXE002").diagnostics
    assert finding.severity.label == "error"
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
