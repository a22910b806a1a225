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
