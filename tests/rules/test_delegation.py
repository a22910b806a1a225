"""REC, DEL and EXE002-EXE004 on the example act and hand-made variants."""

from __future__ import annotations

from pathlib import Path

import pytest

from actlint.engine.facts import facts
from actlint.engine.lint import lint_source
from actlint.engine.registry import load_rules
from actlint.read.source import decode
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
    found = [(d.code, d.severity.label) for d in lint_file(EXAMPLE).diagnostics
             if d.code.startswith(LEGAL)]  # fmt: skip
    assert found == [("REC002", "info")]  # only the 4° of L. 2122-22 is not named


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
    (ended,) = lint_text(stale, "DEL003").diagnostics
    assert ended.message.fr.endswith("la délégation a pris fin à l'installation du nouveau conseil")
    signed_before_renewal = stale.replace("11 mai 2026", "2 mars 2026")
    assert codes(signed_before_renewal, "DEL003") == []


def test_signatory_named_by_capacity_only() -> None:
    text = decision("", "Fait à Lens, le 11 mai 2026.\nPour le Maire,\nL'Adjoint délégué\n")
    assert codes(text, "DEL005", "STR004") == ["DEL005"]


# Décisions by delegation written as communes write them: every matter of L. 2122-22
# (1° to 29°), every signature form (the maire; an adjoint by L. 2122-18 with the arrêté
# in the visas; suppléance provided for by the délibération, L. 2122-23; an agent by
# L. 2122-19 allowed by the délibération), four territories (metropole, La Réunion,
# Guadeloupe, Corse), an EPCI's président (L. 5211-10); and the same décision with one
# known defect each.
DECISIONS = EXAMPLE.parent / "decisions"
CHECKED = ("DEL", "REC", "DAT", "EXE", "VAT", "REF")
DEFECTS = {
    "defect-adjoint-without-order": ["DEL001"],
    "defect-deliberation-after-signature": ["DEL002"],
    "defect-order-after-signature": ["DEL002"],
    "defect-previous-mandate": ["DEL003"],
    "defect-suppleance-not-provided": ["DEL004"],
    "defect-signatory-unnamed": ["DEL005"],
    "defect-no-delegation-visa": ["REC001", "REC002"],  # nor L. 2122-22 cited at all
    "defect-epci-no-delegation-visa": ["REC001"],
    "defect-undated-deliberation": ["REC001", "REC003"],
    "defect-no-item": [],  # REC002 at info: L. 2122-22 is cited, only the 4° is missing
    "defect-retroactive": ["DAT003"],
    "defect-impossible-date": ["DAT001"],
    "defect-weekday": ["DAT006"],
    "defect-undated": ["DAT009"],
    "defect-number-contradicts-date": ["DAT010"],
    "defect-no-execution": ["EXE001"],
    "defect-execution-names-arrete": ["EXE002"],
    "defect-no-appeal": ["EXE003"],
    "defect-vat-arithmetic": ["VAT001"],
    "defect-vat-rate": ["VAT002"],
    "defect-misspelled-code": ["REF005"],
}
# REC002 takes any « marché » for a marché under 4°: « place du Marché », « le marché de
# voirie » in a dispute (facts.concerns_procurement, outside the delegation rules).


def decision_findings(path: Path) -> list[tuple[str, str]]:
    territory = next((t for t in ("reunion", "guadeloupe") if t in path.name), "metropole")
    rules = [r for r in load_rules() if r.status == "stable"]
    options = {"VAT001": {"territory": territory}, "VAT002": {"territory": territory}}
    result = lint_source(decode(path.read_bytes(), str(path)), rules, options)
    return [(d.code, d.severity.label) for d in result.diagnostics if d.code.startswith(CHECKED)]


@pytest.mark.parametrize("path", sorted(DECISIONS.glob("correct-*.txt")), ids=lambda p: p.stem)
def test_a_correct_decision_gives_no_warning_or_error(path: Path) -> None:
    assert [f for f in decision_findings(path) if f[1] != "info"] == []


@pytest.mark.parametrize("path", sorted(DECISIONS.glob("defect-*.txt")), ids=lambda p: p.stem)
def test_a_defective_decision_gives_exactly_its_defect(path: Path) -> None:
    expected = next(codes for name, codes in DEFECTS.items() if path.stem.rsplit("-", 1)[0] == name)
    found = {code for code, label in decision_findings(path) if label != "info" or code in expected}
    assert sorted(found) == expected


def test_a_decision_missing_only_the_item_gets_advice() -> None:
    (path,) = DECISIONS.glob("defect-no-item-*.txt")
    assert ("REC002", "info") in decision_findings(path)


def test_every_defect_has_its_decision() -> None:
    names = {p.stem.rsplit("-", 1)[0] for p in DECISIONS.glob("defect-*.txt")}
    assert names == set(DEFECTS)


def test_every_matter_signature_and_territory_is_covered() -> None:
    stems = [p.stem.split("-") for p in DECISIONS.glob("correct-*.txt")]
    assert {s[1] for s in stems} >= {f"{n:02d}" for n in range(1, 30)}
    assert {s[2] for s in stems} == {"metropole", "reunion", "guadeloupe", "corse"}
    assert {s[3] for s in stems} >= {"maire", "adjoint", "suppleance", "agent", "president"}


@pytest.mark.parametrize(
    "block",
    [
        # 001 of the real acts: a candidacy form after the signature
        "Fait à Metz, le 25 février 2025.\nLe Préfet,\nJean DUPONT\npour lequel vous êtes "
        "candidat(e) (3) préciser le nom de la liste\n",
        # 002: the préfet's second title
        "Fait à Saint-Denis, le 6 mai 2025.\nLe préfet de La Réunion, préfet de la zone de "
        "défense,\npour la zone de défense et de sécurité du sud de l'Océan Indien\n",
        # 029: a régie's address block
        "Fait à Corte, le 27 février 2025.\nLe Maire,\nXavier POLI\nPOUR LA REGIE DE L'EAU DE "
        "CORTE POUR LA COMMUNAUTE DES:\n",
    ],
)
def test_pour_must_name_an_authority_to_be_a_delegated_signature(block: str) -> None:
    text = "ARRÊTÉ n° 2025-1\nARRÊTE\nArticle 1 : a.\n" + block
    assert codes(text, "DEL001") == []


@pytest.mark.parametrize(
    "block",
    [
        "Pour le Maire et par délégation,\nL'Adjointe déléguée,\nAnne MARTIN\n",
        "P/le Préfet,\nLe Secrétaire général,\nPaul DURAND\n",
        "Pour la Préfecture,\nLe Sous-Préfet, Secrétaire Général\nCharles BARBIER\n",
    ],
)
def test_a_signature_for_an_authority_needs_the_delegating_act(block: str) -> None:
    text = "ARRÊTÉ n° 2025-1\nARRÊTE\nArticle 1 : a.\nFait à Lens, le 2 mai 2025.\n" + block
    assert codes(text, "DEL001") == ["DEL001"]


def test_the_certification_stamp_of_a_deliberation_is_not_a_delegated_signature() -> None:
    """042 of the real acts: the transmission stamp of a délibération."""
    text = (
        "DÉLIBÉRATION n° 25-04/043\nLe conseil municipal,\nDÉLIBÈRE\nArticle 1 : a.\n"
        "Fait à Corte, le 8 avril 2025.\nLe Maire,\nXavier POLI\n"
        "Publication : 14/04/2025\nPour l'autorité compétente par délégation\n"
    )
    assert codes(text, "DEL001") == []


def test_a_name_in_title_case_under_the_capacity_is_a_name() -> None:
    # corpus-real 019
    text = (
        "ARRÊTÉ PRÉFECTORAL n° 1\nARRÊTE\nArticle 1 : a.\nFait à Fort-de-France, le 2 mai 2025\n"
        "Le Préfet de la Martinique\nStanislas Cazelles\nDélai et voie de recours\n"
    )
    assert codes(text, "DEL005") == []
    assert codes(text.replace("Stanislas Cazelles\n", ""), "DEL005") == ["DEL005"]


# DEL004 on matters delegated by the council: when the mayor is impeded, the council
# decides, unless the délibération of delegation provides for suppléance (CGCT,
# art. L. 2122-23, al. 2); L. 2122-17 is then no answer.
BY_DELEGATION = (
    "DÉCISION n° 2026-92\n{visas}"
    "Vu la délibération n° 2026-018 du 3 avril 2026 portant délégation au maire en "
    "application de l'article L. 2122-22 du code général des collectivités territoriales{clause} ;\n"
    "DÉCIDE\nArticle 1 : Le contrat est renouvelé.\nFait à Lens, le 11 mai 2026.\n{signature}"
)
IMPEDED = "Pour le Maire empêché,\nLe premier adjoint,\nPierre MAZURE\n"
DELEGATED = "Pour le Maire,\nL'Adjoint délégué,\nPierre MAZURE\n"
CITES_17 = (
    "Vu le code général des collectivités territoriales, et notamment son article L. 2122-17 ;\n"
)
ORDER = (
    "Vu l'arrêté n° 2026-060 du 7 avril 2026 portant délégation de fonctions au premier adjoint ;\n"
)
PROVIDED = (
    ", et prévoyant qu'en cas d'empêchement du maire les décisions sont prises par le premier "
    "adjoint"
)


def by_delegation(visas: str = "", clause: str = "", signature: str = IMPEDED) -> str:
    return BY_DELEGATION.format(visas=visas, clause=clause, signature=signature)


def test_a_decision_by_delegation_signed_by_suppleance_is_reported_for_the_suppleance() -> None:
    text = by_delegation()
    (finding,) = lint_text(text, "DEL004").diagnostics
    assert finding.severity.label == "warning"
    assert finding.line == text.splitlines().index("Pierre MAZURE") + 1
    assert finding.message.fr.startswith(
        "décision prise par délégation du conseil signée par suppléance du maire empêché"
    )
    assert "le conseil municipal décide en cas d'empêchement du maire" in finding.message.fr
    assert "L. 2122-23" in finding.message.fr
    assert finding.help is not None
    assert "L. 2122-17" not in finding.help.fr + finding.help.en
    assert "prévoit la suppléance" in finding.help.fr and "conseil municipal" in finding.help.fr


@pytest.mark.parametrize(
    "visas", [CITES_17, ORDER, CITES_17 + ORDER], ids=["L2122-17", "order", "both"]
)
def test_citing_suppleance_or_an_order_does_not_make_up_for_the_deliberation(visas: str) -> None:
    (finding,) = lint_text(by_delegation(visas), "DEL004").diagnostics
    assert finding.message.fr.startswith("décision prise par délégation du conseil")


@pytest.mark.parametrize("visas", ["", CITES_17, ORDER], ids=["alone", "L2122-17", "order"])
def test_a_deliberation_providing_for_suppleance_allows_it(visas: str) -> None:
    assert codes(by_delegation(visas, PROVIDED), "DEL004") == []


def test_an_arrete_of_the_mayors_own_powers_keeps_the_suppleance_advice() -> None:
    text = (
        "ARRÊTÉ n° 2026-8\nVu le code général des collectivités territoriales, et notamment "
        "son article L. 2212-2 ;\n" + ORDER + "ARRÊTE\nArticle 1 : La buvette est autorisée.\n"
        "Fait à Lens, le 2 mai 2026.\n" + IMPEDED
    )
    (finding,) = lint_text(text, "DEL004").diagnostics
    assert "les visas ne citent qu'un arrêté de délégation" in finding.message.fr
    assert finding.help and "L. 2122-17" in finding.help.fr
    assert codes(text.replace(ORDER, CITES_17), "DEL004") == []


def test_a_delegated_adjoint_on_a_delegated_matter_is_told_to_cite_the_order_only() -> None:
    (finding,) = lint_text(by_delegation(CITES_17, signature=DELEGATED), "DEL004").diagnostics
    assert finding.help and "L. 2122-18" in finding.help.fr
    assert "empêché" not in finding.help.fr
    own_power = by_delegation(CITES_17, signature=DELEGATED).replace("DÉCISION", "ARRÊTÉ")
    own_power = own_power.replace(" en application de l'article L. 2122-22 du code général "
                                  "des collectivités territoriales", "")  # fmt: skip
    own_power = own_power.replace("portant délégation au maire", "relative au marché")
    (advice,) = lint_text(own_power, "DEL004").diagnostics
    assert advice.help and "empêché" in advice.help.fr


EPCI_IMPEDED = (
    "DÉCISION n° 2026-5\nVu la délibération n° 2026-3 du 10 avril 2026 du conseil "
    "communautaire portant délégation au président en application de l'article L. 5211-10 du "
    "code général des collectivités territoriales ;\nVu l'arrêté n° 2026-4 du 12 avril 2026 "
    "portant délégation de fonctions au premier vice-président ;\nDÉCIDE\nArticle 1 : Le "
    "contrat est renouvelé.\nFait à Corte, le 11 mai 2026.\nPour le Président empêché,\n"
    "Le premier vice-président,\nJean DUPONT\n"
)


@pytest.mark.parametrize(
    "text",
    [
        by_delegation(),
        by_delegation(ORDER),
        by_delegation(CITES_17, signature=DELEGATED),
        by_delegation(ORDER, signature="Le Maire,\nJean DUPONT\n"),
        EPCI_IMPEDED,
    ],
    ids=["impeded", "impeded-order", "adjoint-L2122-17", "mayor", "epci-impeded"],
)
def test_no_delegation_rule_advises_l_2122_17_on_a_delegated_matter(text: str) -> None:
    for finding in lint_text(text).diagnostics:
        if finding.code.startswith("DEL") and finding.help is not None:
            assert "L. 2122-17" not in finding.help.fr + finding.help.en, finding.code


# Citations that could not be verified or that do not say what they were cited for.
WITHDRAWN = ("Charmasson", "01576", "11 avril 2013", "30 janvier 1997", "KPMG", "L. 221-2",
             "R. 2131-1", "1376", "2025/2150", "2025/2151", "S2LOW")  # fmt: skip
LEGAL_RULES = [r for r in load_rules() if r.code[:3] in ("DEL", "REC", "EXE") or r.code == "DAT003"]


@pytest.mark.parametrize("rule", LEGAL_RULES, ids=lambda r: r.code)
def test_the_documentation_cites_no_withdrawn_source(rule) -> None:
    assert [w for w in WITHDRAWN if w in rule.docs] == []
    if "Ville de Caen" in rule.docs:
        assert "CE, 4 février 1991, Ville de Caen, n° 71956" in rule.docs


def test_the_findings_cite_no_withdrawn_source() -> None:
    codes = {r.code for r in LEGAL_RULES}
    for path in sorted(DECISIONS.glob("*.txt")):
        result = lint_source(decode(path.read_bytes(), str(path)), load_rules())
        for d in result.diagnostics:
            if d.code in codes:
                words = d.message.fr + d.message.en + (d.help.fr + d.help.en if d.help else "")
                assert [w for w in WITHDRAWN if w in words] == [], (path.name, d.code)
