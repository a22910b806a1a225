"""REC003 on visas met in real acts: only an act the visa cites must be identified."""

from __future__ import annotations

import pytest

from tests.conftest import lint_text

HEAD = "ARRÊTÉ n° 2026_8\nLe Maire de la commune de Lens,\n{}\nARRÊTE\nArticle 1 : a.\n"


def findings(visas: str) -> list[str]:
    return [d.code for d in lint_text(HEAD.format(visas), "REC003").diagnostics]


@pytest.mark.parametrize(
    "visas",
    [
        # the enacting word of the act, set as a heading among the visas (corpus-real 001)
        "Vu le code rural ;\n### ARRÊTÉ :",
        # a draft, and acts the narrative of a visa names (corpus-real 005, 008, 017)
        "Vu le courriel en réponse du 26 mars 2020 de l'exploitant sur le projet d'arrêté, "
        "indiquant qu'il n'a pas d'observation à formuler ;",
        "Vu l'avis du conseil municipal de la mairie de Chalampé, réuni le 20/12/2022, en vu de "
        "délibérer sur le projet d'arrêté préfectoral transmis ;",
        "Vu la demande du 16 juin 2005 en vue de la modification de certaines prescriptions de "
        "l'arrêté d'autorisation susvisé ;",
        "Vu le plan local d'urbanisme arrêté le 3 mai 2020 ;",
        "Vu le rapport rappelant que la loi Climat et résilience a modifié le code ;",
        # a date the recogniser did not attach (corpus-real 020)
        "VU l'arrêté préfectoral 10 décembre 2004 autorisant la Société Fromagère de Domfront "
        "à exploiter une fromagerie ;",
        # the usual delegation wording has a number and a date
        "Vu la délibération n° 2020-031 du 4 juillet 2020 donnant délégation au maire pour "
        "prendre toute décision concernant les marchés ;",
        "Vu l'arrêté susvisé ;",
    ],
)
def test_visas_that_cite_no_unidentified_act(visas: str) -> None:
    assert findings(visas) == []


@pytest.mark.parametrize(
    "visas",
    [
        "VU l'arrêté préfectoral relatif à la police des lieux publics ;",
        "- VU : la délibération du conseil municipal portant délégation au maire ;",
        "Vu l'arrêté municipal portant règlement du stationnement ;",
    ],
)
def test_visa_citing_an_act_without_date_or_number(visas: str) -> None:
    assert findings(visas) == ["REC003"]


# REC002: L. 2122-22 not cited at all is a warning; cited without the item (4°), advice.
DELEGATED_MARCHE = (
    "DÉCISION n° 2026-92\nLe Maire de la commune de Lens,\n{}\nDÉCIDE\n"
    "Article 1 : Le marché de maintenance est conclu avec la société LOGITUD.\n"
)


def test_legal_basis_not_cited_is_a_warning() -> None:
    text = DELEGATED_MARCHE.format(
        "Vu la délibération n° 2026-18 du 22 mars 2026 portant délégation au maire ;"
    )
    (finding,) = lint_text(text, "REC002").diagnostics
    assert finding.severity.label == "warning"
    assert "ne citent pas l'article L. 2122-22" in finding.message.fr


def test_only_the_item_missing_is_advice() -> None:
    visa = (
        "Vu la délibération n° 2026-18 du 22 mars 2026 portant délégation au maire en "
        "application de l'article L. 2122-22 du code général des collectivités territoriales ;"
    )
    (finding,) = lint_text(DELEGATED_MARCHE.format(visa), "REC002").diagnostics
    assert finding.severity.label == "info"
    assert "(4°) n'est pas identifiable" in finding.message.fr
    with_item = visa.replace("de l'article", "du 4° de l'article")
    assert lint_text(DELEGATED_MARCHE.format(with_item), "REC002").diagnostics == ()


# REC004: reasons are required of individual unfavourable decisions only (CRPA,
# art. L. 211-2), not of regulatory police measures.
POLICE = (
    "ARRÊTÉ n° 2026-8\nLe Maire de la commune de Lens,\nVu le code général des collectivités "
    "territoriales, et notamment ses articles L. 2212-1 et L. 2212-2 ;\n{recitals}ARRÊTE\n"
    "{articles}Article 9 : Le directeur général des services est chargé de l'exécution du "
    "présent arrêté{notified}.\n"
)


def reasons(articles: str, recitals: str = "", notified: str = "") -> list[str]:
    text = POLICE.format(articles=articles, recitals=recitals, notified=notified)
    return [d.code for d in lint_text(text, "REC004").diagnostics]


@pytest.mark.parametrize(
    "articles",
    [
        "Article 1 : Le débit de boissons « Le Central », exploité par M. Paul DURAND, est "
        "fermé à titre provisoire pour une durée de quinze jours.\n",
        "Article 1 : L'autorisation d'occupation du domaine public délivrée le 3 mars 2026 à la "
        "société GLACES DU NORD est retirée.\n",
        "Article 1 : La demande de Madame Anne MARTIN tendant à l'installation d'une terrasse "
        "est rejetée.\n",
        "Article 1 : M. Paul DURAND est mis en demeure de faire cesser les nuisances sonores "
        "dans un délai de huit jours.\n",
        "Article 1 : L'autorisation de stationnement de taxi accordée à M. Paul DURAND est "
        "suspendue pour une durée d'un mois.\n",
    ],
    ids=["closure", "withdrawal", "refusal", "formal-notice", "suspension"],
)
def test_an_individual_unfavourable_police_measure_states_its_reasons(articles: str) -> None:
    assert reasons(articles) == ["REC004"]
    assert reasons(articles, "Considérant les plaintes répétées du voisinage ;\n") == []


@pytest.mark.parametrize(
    "articles",
    [
        # regulatory police measures
        "Article 1 : La circulation est interdite rue Pasteur du 4 au 8 mai 2026.\n",
        "Article 1 : Le stationnement est interdit sur la place du Marché le samedi de 6 h à "
        "14 h.\n",
        "Article 1 : Pendant les travaux réalisés par l'entreprise COLAS, la circulation est "
        "interdite rue Pasteur.\n",
        "Article 1 : Il est interdit de consommer des boissons alcoolisées sur la voie publique.\n",
        # individual but favourable, or what may happen later only
        "Article 1 : Madame Anne MARTIN est autorisée à installer une terrasse.\n",
        "Article 1 : Madame Anne MARTIN est autorisée à installer une terrasse, qu'elle devra "
        "retirer chaque soir.\n",
        "Article 1 : La société GLACES DU NORD est autorisée à occuper le domaine public. "
        "L'autorisation pourra être retirée à tout moment.\n",
        # unfavourable, but the act names no one: unsure, not reported
        "Article 1 : L'autorisation d'occupation du domaine public est retirée.\n",
    ],
    ids=[
        "traffic",
        "parking",
        "traffic-works",
        "prohibition",
        "favourable",
        "favourable-with-a-duty",
        "may-withdraw",
        "nobody-named",
    ],
)
def test_regulatory_or_favourable_measures_need_no_reasons(articles: str) -> None:
    assert reasons(articles) == []


def test_a_measure_notified_to_the_one_it_concerns_is_individual() -> None:
    withdrawn = "Article 1 : L'autorisation d'occupation du domaine public est retirée.\n"
    assert reasons(withdrawn, notified=", qui sera notifié à M. Paul DURAND") == ["REC004"]
    assert reasons(withdrawn, notified=", qui sera notifié à l'intéressé") == ["REC004"]
