"""CHN: the chain of acts, checked against the other acts of the repository (given here as
the files that follow the act, each led by « ==> path <== »)."""

from __future__ import annotations

from actlint.engine.repository import Repository, _one_keystroke
from actlint.parse.delegates import read_delegates
from tests.conftest import act_of, lint_text

DECISION = """DÉCISION n° 2026-10
Le Maire de la commune d'Arras,
{visa}
Vu l'arrêté n° 2026-50 du 25 mars 2026 portant délégation de fonctions à un adjoint ;
DÉCIDE
Article 1 : Un marché de fournitures de bureau est conclu avec la société ALPHA pour 10 000 € HT.
Fait à Arras, le 2 avril 2026.
Pour le Maire, {capacity},
Jean MARTIN
"""
VISA = ("Vu la délibération du conseil municipal en date du 20 mars 2026 portant délégation au "
        "maire en application de l'article L. 2122-22 du code général des collectivités "
        "territoriales ;")  # fmt: skip
DELIBERATION = """
==> deliberation-{number}.txt <==
DÉLIBÉRATION n° {number}
OBJET : {title}
Le Conseil municipal,
DÉCIDE
Article 1 : {body}
Fait à Arras, le 20 mars 2026.
Le Maire,
Paul DURAND
"""
DELEGATES = ("Le maire est chargé, par délégation du conseil municipal et pour la durée de son "
             "mandat :\n4° De prendre toute décision concernant la préparation, la passation, "
             "l'exécution et le règlement des marchés et des accords-cadres ;")  # fmt: skip
ORDER = """
==> arrete-2026-50.txt <==
ARRÊTÉ n° 2026-50
OBJET : Délégation de fonctions à un adjoint
Le Maire de la commune d'Arras,
ARRÊTE
Article 1 : Délégation de fonctions est donnée à {who}, pour {matters}.
Fait à Arras, le 25 mars 2026.
Le Maire,
Paul DURAND
"""


def chain(visa: str = VISA, capacity: str = "l'Adjoint délégué",
          who: str = "Monsieur Jean MARTIN, adjoint au maire", matters: str = "les marchés publics",
          others: str = "") -> list[tuple[str, str]]:  # fmt: skip
    text = (DECISION.format(visa=visa, capacity=capacity)
            + DELIBERATION.format(number="2026-04", title="Délégations au maire", body=DELEGATES)
            + ORDER.format(who=who, matters=matters) + others)  # fmt: skip
    return [(d.code, d.message.fr) for d in lint_text(text).diagnostics if d.code[:3] == "CHN"]


def test_the_deliberation_of_delegation_is_told_from_others_of_its_sitting() -> None:
    # the council adopted two délibérations on 20 March: the visa names the one delegating
    budget = DELIBERATION.format(number="2026-03", title="Budget primitif",
                                 body="Le budget primitif est adopté.")  # fmt: skip
    assert chain(others=budget) == []
    without_the_item = DELIBERATION.format(
        number="2026-03", title="Délégations au maire",
        body="Le maire est chargé, par délégation du conseil municipal :\n16° D'intenter au nom "
        "de la commune les actions en justice ;",
    )  # fmt: skip
    assert [code for code, _ in chain(others=without_the_item)] == []  # two delegate: unknown


def test_a_councillor_signing_as_an_adjoint() -> None:
    found = chain(who="Monsieur Jean MARTIN, conseiller municipal délégué")
    assert [code for code, _ in found] == ["CHN004"]
    assert "qualité d'adjoint" in found[0][1]


def test_an_arrete_delegating_another_matter() -> None:
    found = chain(matters="l'état civil et les cimetières")
    assert [code for code, _ in found] == ["CHN004"]
    assert "4°" in found[0][1]
    assert chain(matters="les décisions prises en application de l'article L. 2122-22") == []


def test_a_date_that_is_not_the_acts_own_is_not_compared() -> None:
    # « l'arrêté … transmis le … » gives the date of a sending, not of the arrêté
    visa = "Vu l'arrêté n° 2026-50 transmis à l'adjoint le 26 mars 2026 ;\n" + VISA
    text = DECISION.format(visa=visa, capacity="l'Adjoint délégué").replace(
        "Vu l'arrêté n° 2026-50 du 25 mars 2026 portant délégation de fonctions à un adjoint ;\n",
        "",
    )
    text += DELIBERATION.format(number="2026-04", title="Délégations", body=DELEGATES)
    text += ORDER.format(who="Monsieur Jean MARTIN, adjoint au maire", matters="les marchés")
    assert [d.code for d in lint_text(text).diagnostics if d.code[:3] == "CHN"] == []


def test_a_draft_is_no_act() -> None:
    visa = VISA + "\nVu le projet d'arrêté n° 2026-77 du 1er mars 2026 ;"
    assert chain(visa=visa) == []


def test_one_keystroke_apart() -> None:
    assert _one_keystroke("2026-631", "2026-613")  # swapped
    assert _one_keystroke("2026-631", "2026-632") and _one_keystroke("2026-631", "2026-6311")
    assert not _one_keystroke("2026-631", "2026-700")
    assert not _one_keystroke("2026-631", "2026-631")


def test_an_empty_repository_resolves_nothing() -> None:
    from actlint.parse.act import ActReference, Span

    found = Repository.of_records(".", ()).resolve(
        ActReference("arrete", "2026-1", None, Span(0, 1))
    )
    assert found.status == "unknown"


def test_the_delegates_an_arrete_names() -> None:
    act = act_of(
        ORDER.split("<==\n", 1)[1].format(
            who="Madame Anne DURAND, 2e adjointe au maire", matters="les affaires scolaires"
        )
    )
    [delegate] = read_delegates(act)
    assert (delegate.name, delegate.capacity) == ("Anne DURAND", "2e adjointe au maire")
    assert "affaires scolaires" in act.text[delegate.matters.start : delegate.matters.end]


def test_the_act_named_above() -> None:
    # « l'arrêté susvisé » in an article is the arrêté the visas named
    text = DECISION.format(visa=VISA, capacity="l'Adjoint délégué").replace(
        "Fait à Arras", "Article 2 : L'arrêté susvisé est notifié à la société.\nFait à Arras"
    )
    from actlint.engine.facts import facts

    act = act_of(text)
    cited = [
        (r.kind, r.number, act.text[r.span.start : r.span.end]) for r, _ in facts(act).cited_acts
    ]
    assert cited[-1] == ("arrete", "2026-50", "arrêté")
    assert len([c for c in cited if c[0] == "arrete"]) == 2


def test_the_citing_act_is_not_another_act_of_the_repository() -> None:
    # the repository holds no other arrêté of Arras in 2026: a missing one is unknown
    order = ORDER.split("<==\n", 1)[1].format(who="Monsieur Jean MARTIN, adjoint au maire",
                                               matters="les marchés")  # fmt: skip
    order = order.replace("ARRÊTE\n", "Vu l'arrêté n° 2026-12 du 3 janvier 2026 ;\nARRÊTE\n")
    assert [
        d.code
        for d in lint_text(
            order + DELIBERATION.format(number="2026-04", title="Délégations", body=DELEGATES)
        ).diagnostics
        if d.code == "CHN001"
    ] == []


def codes(text: str) -> list[str]:
    return [d.code for d in lint_text(text).diagnostics if d.code[:3] == "CHN"]


AMENDING = """
==> deliberation-2026-05.txt <==
DÉLIBÉRATION n° 2026-05
OBJET : Tarifs
Le Conseil municipal,
DÉCIDE
Article 1 : {body}
Fait à Arras, le 12 mai 2026.
Le Maire,
Paul DURAND
"""


def test_only_the_verb_governing_an_act_withdraws_it() -> None:
    base = (DECISION.format(visa=VISA, capacity="l'Adjoint délégué")
            + DELIBERATION.format(number="2026-04", title="Délégations", body=DELEGATES)
            + ORDER.format(who="Monsieur Jean MARTIN, adjoint au maire", matters="les marchés"))  # fmt: skip
    mention = ("Conformément au rapport du maire, et comme le prévoit la délibération n° 2026-04 "
               "du 20 mars 2026, les tarifs sont fixés à 3 €.")  # fmt: skip
    assert codes(base.replace("Fait à Arras, le 2 avril", "Fait à Arras, le 2 juin")
                 + AMENDING.format(body=mention)) == []  # fmt: skip
    repeal = "La délibération n° 2026-04 du 20 mars 2026 est abrogée."
    assert codes(base.replace("Fait à Arras, le 2 avril", "Fait à Arras, le 2 juin")
                 + AMENDING.format(body=repeal)) == ["CHN005"]  # fmt: skip


def test_a_decision_cannot_withdraw_a_deliberation() -> None:
    text = (DELIBERATION.format(number="2026-04", title="Délégations", body=DELEGATES)
            .split("<==\n", 1)[1]
            + "\n==> decision-2026-150.txt <==\nDÉCISION n° 2026-150\nLe Maire,\nDÉCIDE\n"
            "Article 1 : La délibération n° 2026-04 du 20 mars 2026 est retirée.\n"
            "Fait à Arras, le 12 mai 2026.\nLe Maire,\nPaul DURAND\n")  # fmt: skip
    assert codes(text) == []


def test_the_council_of_young_people_is_not_the_council() -> None:
    young = DELIBERATION.format(number="2026-30", title="Installation du conseil municipal des "
                                "jeunes", body="Le conseil municipal des jeunes est installé.")  # fmt: skip
    text = (DECISION.format(visa=VISA, capacity="l'Adjoint délégué")
            .replace("le 2 avril 2026", "le 2 juin 2026")
            + DELIBERATION.format(number="2026-04", title="Délégations", body=DELEGATES)
            + ORDER.format(who="Monsieur Jean MARTIN, adjoint au maire", matters="les marchés")
            + young.replace("20 mars 2026", "12 mai 2026"))  # fmt: skip
    assert codes(text) == []
    council = young.replace(" des jeunes", "").replace("20 mars 2026", "12 mai 2026")
    assert codes(text.replace(young.replace("20 mars 2026", "12 mai 2026"), council)) == ["CHN005"]


def test_an_adjoint_administratif_is_an_agent() -> None:
    found = chain(
        capacity="La secrétaire de mairie",
        who="Monsieur Jean MARTIN, adjoint administratif principal, secrétaire de mairie",
    )
    assert found == []


def test_a_substitute_for_the_impeded_mayor_needs_no_arrete() -> None:
    text = (DECISION.format(visa=VISA, capacity="l'Adjoint").replace(
        "Pour le Maire,", "Pour le Maire empêché,")
        + DELIBERATION.format(number="2026-04", title="Délégations", body=DELEGATES)
        + ORDER.format(who="Monsieur Jean MARTIN, adjoint au maire", matters="l'état civil"))  # fmt: skip
    assert codes(text) == []
    assert codes(text.replace("Pour le Maire empêché,", "Pour le Maire,")) == ["CHN004"]


def test_numbers_written_with_other_separators_are_the_same() -> None:
    visa = VISA.replace(
        "délibération du conseil municipal en date du 20 mars 2026",
        "délibération n° 2026/04 du 20 mars 2026",
    )
    assert chain(visa=visa) == []


def test_another_authority_s_act_is_not_looked_for() -> None:
    visa = VISA + "\nVu l'arrêté ministériel n° 2026-51 du 3 février 2026 ;"
    assert chain(visa=visa) == []


def test_another_commune_s_act_is_not_the_one_cited() -> None:
    other = DELIBERATION.format(number="2026-04", title="Délégations", body=DELEGATES).replace(
        "Fait à Arras, le 20 mars 2026", "Fait à Lens, le 22 mars 2026").replace(
        "deliberation-2026-04.txt", "lens/deliberation-2026-04.txt")  # fmt: skip
    visa = (
        "Vu la délibération n° 2026-04 du 22 mars 2026 portant délégation au maire (L. 2122-22) ;"
    )
    # the délibération of Arras of 20 March is cited with the date of Lens's
    assert [c for c, _ in chain(visa=visa, others=other)] == ["CHN002"]


def test_delegations_completed_by_a_second_deliberation() -> None:
    second = DELIBERATION.format(
        number="2026-07", title="Délégations complémentaires",
        body="Le maire est chargé, par délégation du conseil municipal :\n16° D'intenter au nom "
        "de la commune les actions en justice ;").replace("20 mars 2026", "3 avril 2026")  # fmt: skip
    visa = (VISA + "\nVu la délibération n° 2026-07 du 3 avril 2026 complétant les délégations "
            "au maire (L. 2122-22) ;\nVu l'article L. 2122-22, 16° du code général des "
            "collectivités territoriales ;")  # fmt: skip
    text = (DECISION.format(visa=visa, capacity="l'Adjoint délégué")
            .replace("le 2 avril 2026", "le 9 avril 2026")
            .replace("Un marché de fournitures de bureau est conclu avec la société ALPHA pour "
                     "10 000 € HT", "La commune défend dans l'instance n° 2601234")
            + DELIBERATION.format(number="2026-04", title="Délégations", body=DELEGATES)
            + second
            + ORDER.format(who="Monsieur Jean MARTIN, adjoint au maire",
                           matters="les marchés et les affaires juridiques"))  # fmt: skip
    assert [d.code for d in lint_text(text).diagnostics if d.code == "CHN003"] == []


def test_two_copies_of_one_act_are_one_act() -> None:
    copy = ORDER.replace("arrete-2026-50.txt", "copies/arrete-2026-50.md")
    visa = VISA + "\nVu l'arrêté n° 2026-05 du 25 mars 2026 ;"  # 50 typed 05
    found = [
        c
        for c, _ in chain(
            visa=visa,
            others=copy.format(
                who="Monsieur Jean MARTIN, adjoint au maire", matters="les marchés publics"
            ),
        )
    ]
    assert found == ["CHN002"]
