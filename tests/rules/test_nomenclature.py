"""NOM rules, and the procurement fact NOM002, REC002 and DEL006 share."""

from __future__ import annotations

import pytest

from actlint.api import facts
from tests.conftest import act_of, lint_text

DELEGATED = (
    "DÉCISION n° 2026_12\nNOMENCLATURE : 7.1\n"
    "Vu la délibération n° 2020-031 du 4 juillet 2020 portant délégation au maire en "
    "application de l'article L. 2122-22 du code général des collectivités territoriales ;\n"
    "DÉCIDE\nArticle 1 : {}\n"
)


@pytest.mark.parametrize(
    "body",
    [
        "Les droits de place du marché hebdomadaire sont fixés à 1,50 € le mètre linéaire.",
        "Les tarifs du marché de Noël sont fixés comme suit.",
        "Le don d'une fontaine pour la place du Marché est accepté.",
        "Les emplacements du marché aux puces et du marché forain sont de 10 €.",
        "Le marché couvert ouvre le samedi ; le jour de marché est le mercredi.",
        "Les installations sont contrôlées en marche normale.",
    ],
)
def test_markets_in_the_streets_are_not_procurement(body: str) -> None:
    text = DELEGATED.format(body)
    assert not facts(act_of(text)).concerns_procurement
    assert [d.code for d in lint_text(text, "NOM002", "REC002", "DEL006").diagnostics] == []


@pytest.mark.parametrize(
    "body",
    [
        "Le marché de maintenance du logiciel est conclu avec la société AQUA-RAY.",
        "Le marché public de travaux de voirie est attribué à la société Colas.",
        "L'accord-cadre de fournitures est reconduit.",
    ],
)
def test_procurement(body: str) -> None:
    assert facts(act_of(DELEGATED.format(body))).concerns_procurement
