"""EXE: the act assigns its own execution."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from actlint.act import Act
from actlint.rule import Finding, Severity, Text, rule

from .profiles import ENACTMENTS, OF_SELF


@rule(
    code="EXE001", name="execution-article", severity=Severity.WARNING,
    summary=Text("Aucun article ne charge quiconque de l'exécution",
                 "No article assigns the execution of the act"),
    basis="Circulaire du 1er juillet 2004 relative aux règles d'élaboration des textes, et "
          "Guide de légistique : dernier article « … est chargé de l'exécution du présent … »",
)  # fmt: skip
def execution_article(act: Act, options: Mapping[str, Any]) -> Iterable[Finding]:
    """A décision or an arrêté ends with an article that assigns its execution.

    Recognised wordings: « … est chargé (sont chargés, chacun en ce qui le concerne,)
    de l'exécution de la présente décision / du présent arrêté », or an article headed
    « Exécution ». An article that only lists the recipients (« Le présent arrêté est
    transmis à … », « Ampliation … ») does not assign the execution. Délibérations
    are not checked: their execution falls to the maire by law (CGCT, art. L. 2122-21).

    Why: the execution article names who must apply the act (directeur général des
    services, comptable public, police municipale); without it, nobody is formally in
    charge.

    Failing example::

        ARRÊTÉ n° 2026-8
        ARRÊTE
        Article 1 : La buvette est autorisée.
        Article 2 : Le présent arrêté est transmis à la gendarmerie.

    Passing example::

        ARRÊTÉ n° 2026-8
        ARRÊTE
        Article 1 : La buvette est autorisée.
        Article 2 : Le directeur général des services est chargé de l'exécution du présent arrêté.
    """
    if act.kind not in ENACTMENTS or not act.articles or act.execution_article is not None:
        return
    last = act.articles[-1]
    yield Finding(
        span=last.heading,
        message=Text(
            "aucun article ne charge quiconque de l'exécution de l'acte",
            "no article assigns the execution of the act",
        ),
        help=Text(
            f"ajouter un dernier article, par exemple « Le directeur général des services est "
            f"chargé de l'exécution {OF_SELF[act.kind]}. »",
            f"add a last article, e.g. « Le directeur général des services est chargé de "
            f"l'exécution {OF_SELF[act.kind]}. »",
        ),
    )
