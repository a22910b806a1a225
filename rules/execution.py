"""EXE: the act assigns its own execution."""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from typing import Any

from actlint.api import Act, Finding, Severity, Span, Text, facts, fold, rule

from .support.french import OF_SELF
from .support.sources import (
    CIRCULAIRE_2004,
    CZABAJ,
    GUIDE_DE_LEGISTIQUE,
    REPORT_TO_COUNCIL,
    code_article,
    fact,
    law,
    practice,
)


def _of_self(act: Act) -> str:
    """« de la présente décision », « du présent arrêté »…, as the kind of act says."""
    return OF_SELF.get(act.kind, "du présent acte")


@rule(
    code="EXE001", name="execution-article", severity=Severity.INFO,
    summary=Text("Aucun article ne charge quiconque de l'exécution",
                 "No article assigns the execution of the act"),
    basis=practice(Text("un dernier article désigne qui exécute l'acte ; aucun texte ne l'impose "
                   "à une commune",
                   "a last article names who carries the act out; no text requires it of a "
                   "commune"), CIRCULAIRE_2004, GUIDE_DE_LEGISTIQUE),
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
    if not facts(act).requires("execution-article") or not act.articles or act.execution_article:
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
            f"chargé de l'exécution {_of_self(act)}. »",
            f"add a last article, e.g. « Le directeur général des services est chargé de "
            f"l'exécution {_of_self(act)}. »",
        ),
    )


_NAMED_KIND = re.compile(
    r"(?i:ex[ée]cution\s+(?:du|de\s+la)\s+pr[ée]sente?\s+(?P<kind>arr[êe]t[ée]|d[ée]cision|d[ée]lib[ée]ration))"
)
_KIND_OF_WORD = {"arrete": ("arrete", "arrete_prefectoral"), "decision": ("decision",),
                 "deliberation": ("deliberation",)}  # fmt: skip


@rule(
    code="EXE002", name="execution-names-kind", severity=Severity.WARNING,
    summary=Text("L'article d'exécution nomme un autre type d'acte",
                 "The execution article names another kind of act"),
    basis=fact(Text("l'acte se désigne sous le nom d'un autre type d'acte que le sien",
               "the act calls itself by the name of another kind of act")),
)  # fmt: skip
def execution_names_kind(act: Act, options: Mapping[str, Any]) -> Iterable[Finding]:
    """The execution article names the act's own kind: « la présente décision » in a
    décision, « le présent arrêté » in an arrêté.

    Why: « chargé de l'exécution du présent arrêté » in a décision is a leftover of
    another template; it leaves unclear which act is to be executed.

    Failing example::

        DÉCISION n° 2026-92
        DÉCIDE
        Article 1 : Le contrat est renouvelé.
        Article 2 : Le directeur général des services est chargé de l'exécution du présent arrêté.

    Passing example::

        DÉCISION n° 2026-92
        DÉCIDE
        Article 1 : Le contrat est renouvelé.
        Article 2 : Le directeur général des services est chargé de l'exécution de la présente décision.
    """
    article = act.execution_article
    if article is None or act.kind not in OF_SELF:
        return
    named = _NAMED_KIND.search(article.text)
    if named is None:
        return
    word = fold(named["kind"])
    if act.kind in _KIND_OF_WORD.get(word, ()):
        return
    yield Finding(
        span=Span(article.span.start + named.start("kind"), article.span.start + named.end("kind")),
        message=Text(f"l'article d'exécution vise « {named['kind']} » dans un acte qui est "
                     f"{_ARTICLE_KIND[act.kind]}",
                     f"the execution article names « {named['kind']} » in an act that is "
                     f"{_ARTICLE_KIND_EN[act.kind]}"),
        help=Text(f"écrire « chargé de l'exécution {_of_self(act)} »",
                  f"write « chargé de l'exécution {_of_self(act)} »"),
    )  # fmt: skip


_ARTICLE_KIND = {"decision": "une décision", "arrete": "un arrêté",
                 "arrete_prefectoral": "un arrêté préfectoral",
                 "deliberation": "une délibération"}  # fmt: skip
_ARTICLE_KIND_EN = {"decision": "a décision", "arrete": "an arrêté",
                    "arrete_prefectoral": "a préfectoral arrêté",
                    "deliberation": "a délibération"}  # fmt: skip
# The usual wordings, folded (lower case, no accents).
_APPEAL_ROUTE = ("tribunal administratif", "telerecours", "recours contentieux",
                 "exces de pouvoir", "voies et delais de recours", "voie de recours",
                 "juridiction administrative")  # fmt: skip
_APPEAL_DELAY = ("deux mois", "2 mois", "r. 421-1", "r.421-1", "r 421-1")


@rule(
    code="EXE003", name="appeal-mentions", severity=Severity.WARNING,
    summary=Text("Voies et délais de recours absents", "Appeal routes and time limits missing"),
    basis=law(Text("les délais de recours ne sont opposables à la personne à qui une décision "
              "individuelle est notifiée que s'ils y sont mentionnés ; pour un acte "
              "réglementaire publié, le délai de deux mois court de toute façon",
              "time limits for appeal bind the person notified of an individual decision only "
              "when the notification mentions them; for a published regulatory act the two "
              "months run anyway"), code_article("CJA", "R. 421-1", "R. 421-5"), CZABAJ),
)  # fmt: skip
def appeal_mentions(act: Act, options: Mapping[str, Any]) -> Iterable[Finding]:
    """An arrêté or a décision states how and when it can be challenged: the tribunal
    administratif (or Télérecours, « recours pour excès de pouvoir ») and the two-month
    time limit.

    Why: the two-month limit runs only if the routes and time limits are mentioned
    (CJA, art. R. 421-5); without them, the act stays open to challenge for a
    « délai raisonnable », in principle one year (CE, 2016, Czabaj). The act is not
    invalid, hence a warning. Délibérations are not checked.

    Failing example::

        ARRÊTÉ n° 2026-8
        ARRÊTE
        Article 1 : La buvette est autorisée.

    Passing example::

        ARRÊTÉ n° 2026-8
        ARRÊTE
        Article 1 : La buvette est autorisée.
        Article 2 : Le présent arrêté peut faire l'objet d'un recours devant le tribunal administratif de Lille dans un délai de deux mois, y compris par l'application Télérecours citoyens.
    """
    if not facts(act).requires("appeal-mentions") or not act.articles:
        return
    route = any(words in act.folded for words in _APPEAL_ROUTE)
    delay = any(words in act.folded for words in _APPEAL_DELAY)
    if route and delay:
        return
    if not route and not delay:
        message = Text(
            "l'acte n'indique ni les voies ni les délais de recours",
            "the act states neither appeal routes nor time limits",
        )
    elif route:
        message = Text(
            "l'acte indique la voie de recours mais pas le délai de deux mois",
            "the act states the appeal route but not the two-month time limit",
        )
    else:
        message = Text(
            "l'acte indique un délai mais pas la juridiction compétente",
            "the act states a time limit but not the competent court",
        )
    yield Finding(
        span=act.articles[-1].heading,
        message=message,
        help=Text("ajouter : « Le présent acte peut faire l'objet d'un recours devant le tribunal "
                  "administratif de … dans un délai de deux mois à compter de sa publication ou "
                  "de sa notification, y compris par Télérecours citoyens (www.telerecours.fr). »",
                  "add: « Le présent acte peut faire l'objet d'un recours devant le tribunal "
                  "administratif de … dans un délai de deux mois à compter de sa publication ou "
                  "de sa notification, y compris par Télérecours citoyens (www.telerecours.fr). »"),
    )  # fmt: skip


_REPORT = ("rendu compte", "rendre compte", "compte rendu au conseil")


@rule(
    code="EXE004", name="report-to-council", severity=Severity.INFO,
    summary=Text("Compte rendu au conseil non mentionné", "Report to the council not mentioned"),
    basis=law(Text("le maire rend compte des décisions prises par délégation à chaque réunion "
              "obligatoire du conseil ; la mention dans la décision est facultative",
              "the mayor reports the decisions taken by delegation at each mandatory council "
              "meeting; the mention in the décision is optional"),
    code_article("CGCT", "L. 2122-23"), REPORT_TO_COUNCIL),
)  # fmt: skip
def report_to_council(act: Act, options: Mapping[str, Any]) -> Iterable[Finding]:
    """A décision taken by delegation of the council says that it will be reported to
    the council (« il en sera rendu compte au conseil municipal »).

    Why: the mayor must report every delegated décision at the next mandatory meeting
    (L. 2122-23); the mention reminds the services and shows the council's oversight.
    Advice only.

    Failing example::

        DÉCISION n° 2026-92
        Vu la délibération du conseil municipal du 22 mars 2026 portant délégation au maire (article L. 2122-22 du CGCT) ;
        DÉCIDE
        Article 1 : Le contrat est renouvelé.

    Passing example::

        DÉCISION n° 2026-92
        Vu la délibération du conseil municipal du 22 mars 2026 portant délégation au maire (article L. 2122-22 du CGCT) ;
        DÉCIDE
        Article 1 : Le contrat est renouvelé.
        Article 2 : Il en sera rendu compte au conseil municipal lors de sa prochaine séance.
    """
    reported = any(words in act.folded for words in _REPORT)
    if not facts(act).requires("report-to-council") or not act.articles or reported:
        return
    yield Finding(
        span=act.articles[-1].heading,
        message=Text(
            "l'acte ne mentionne pas le compte rendu au conseil municipal",
            "the act does not mention the report to the council",
        ),
        help=Text(
            "ajouter : « Il en sera rendu compte au conseil municipal lors de sa prochaine "
            "séance. »",
            "add: « Il en sera rendu compte au conseil municipal lors de sa prochaine séance. »",
        ),
    )
