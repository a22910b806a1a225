"""EXE: the act assigns its own execution."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from actlint.api import Act, Finding, LazyPattern, Severity, Span, Text, facts, fold, rule

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

    Recognised wordings: « … est chargé (sont chargés, chacun en ce qui le concerne,) de
    l'exécution de la présente décision / du présent arrêté », or an article headed
    « Exécution ». An article that only lists the recipients (« Le présent arrêté est
    transmis à … », « Ampliation … ») does not assign the execution. Délibérations are not
    checked: their execution falls to the maire by law (CGCT, art. L. 2122-21).

    Why: good drafting practice, not a rule of law. The circulaire du 1er juillet 2004 and
    the Guide de légistique, written for the State's own texts and followed by communes by
    usage, end a text with the article that names who applies it (here the directeur
    général des services, the comptable public, the police municipale); no text requires
    it of a commune.

    Severity: info: a drafting practice; an act without the article is no less lawful and
    no less executory.

    Contrôle : la décision ou l'arrêté se termine par un article qui en confie l'exécution.

    Formules reconnues : « … est chargé (sont chargés, chacun en ce qui le concerne,) de
    l'exécution de la présente décision / du présent arrêté », ou un article intitulé
    « Exécution ». L'article qui se borne à énumérer les destinataires (« Le présent arrêté
    est transmis à … », « Ampliation … ») ne confie pas l'exécution. Les délibérations ne
    sont pas contrôlées : leur exécution incombe au maire en vertu de la loi (CGCT,
    art. L. 2122-21).

    Pourquoi : bonne pratique de rédaction, non règle de droit. La circulaire du
    1er juillet 2004 et le Guide de légistique, écrits pour les textes de l'État et suivis
    par les communes par usage, terminent le texte par l'article qui désigne qui l'applique
    (ici le directeur général des services, le comptable public, la police municipale) ;
    aucun texte ne l'impose à une commune.

    Gravité : information : il s'agit d'une pratique de rédaction ; l'acte qui en est
    dépourvu n'en est ni moins régulier ni moins exécutoire.

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
            f"bonne pratique de rédaction : ajouter un dernier article, par exemple « Le "
            f"directeur général des services est chargé de l'exécution {_of_self(act)}. »",
            f"good drafting practice: add a last article, e.g. « Le directeur général des "
            f"services est chargé de l'exécution {_of_self(act)}. »",
        ),
    )


_NAMED_KIND = LazyPattern(
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

    Why: a plain fact, no text needed: the act names itself as another kind of act.
    « chargé de l'exécution du présent arrêté » in a décision is a leftover of another
    template, and it leaves unclear which act is to be executed.

    Severity: a warning: the act contradicts itself on what it is; the contradiction does
    not change what it decides, but it is the kind of slip a préfecture or a court would
    point out.

    Contrôle : l'article d'exécution désigne l'acte par sa propre nature : « la présente
    décision » dans une décision, « le présent arrêté » dans un arrêté.

    Pourquoi : simple constat, sans texte à invoquer : l'acte se désigne comme un acte d'une
    autre nature. « chargé de l'exécution du présent arrêté » dans une décision est un reste
    d'un autre modèle, qui laisse incertain l'acte à exécuter.

    Gravité : avertissement : l'acte se contredit sur sa propre nature ; la contradiction ne
    change pas ce qu'il décide, mais c'est le genre d'erreur que relèverait une préfecture
    ou un juge.

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

    Whether the act is an individual decision or a regulatory act is read from its articles:
    an article naming the person or the company it concerns, or a notification to one, makes
    it individual; rules laid down for everyone (traffic, parking, access to a place) or a
    title announcing a règlement or tarifs make it regulatory. Délibérations are not
    checked.

    Why: an action lies within two months of the notification or the publication of the
    decision (CJA, art. R. 421-1). For an individual decision, the time limits run only if
    the notification mentions them and the routes of appeal (R. 421-5); without them, the
    decision stays open to challenge for a « délai raisonnable », in principle one year
    from notification or knowledge (CE, Ass., 13 juillet 2016, Czabaj, n° 387763). For a
    published regulatory act the two months run from publication all the same: the
    mention is good practice.

    Severity: a warning for an individual decision, or when the text does not show the
    act's scope: a missing element that normally must be there, without which the time
    limits are not opposable; the act itself is not invalid. Info for a regulatory act,
    where the mention is good practice only.

    Contrôle : l'arrêté ou la décision indique comment et dans quel délai il peut être
    contesté : le tribunal administratif (ou Télérecours, « recours pour excès de
    pouvoir ») et le délai de deux mois.

    Le caractère individuel ou réglementaire de l'acte se lit dans ses articles : un article
    qui nomme la personne ou la société qu'il concerne, ou une notification à l'une d'elles,
    le rend individuel ; des règles posées pour tous (circulation, stationnement, accès à un
    lieu) ou un intitulé annonçant un règlement ou des tarifs le rendent réglementaire. Les
    délibérations ne sont pas contrôlées.

    Pourquoi : le recours est formé dans les deux mois de la notification ou de la
    publication de la décision (CJA, art. R. 421-1). Contre une décision individuelle, les
    délais ne sont opposables que si la notification les mentionne, ainsi que les voies de
    recours (art. R. 421-5) ; à défaut, la décision reste contestable dans un « délai
    raisonnable », en principe d'un an à compter de la notification ou de la connaissance
    acquise (CE, Ass., 13 juillet 2016, Czabaj, n° 387763). Contre un acte réglementaire
    publié, le délai de deux mois court dès la publication : la mention est une bonne
    pratique.

    Gravité : avertissement pour une décision individuelle, ou lorsque le texte ne montre
    pas la portée de l'acte : il manque un élément qui doit normalement y figurer et sans
    lequel les délais ne sont pas opposables ; l'acte n'en est pas pour autant irrégulier.
    Information pour un acte réglementaire, pour lequel la mention n'est qu'une bonne
    pratique.

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
    if facts(act).scope == "regulatory":
        yield Finding(
            span=act.articles[-1].heading,
            message=Text(f"{message.fr} (acte réglementaire : mention de bonne pratique)",
                         f"{message.en} (regulatory act: a matter of good practice)"),
            help=Text("contre un acte réglementaire, le délai de deux mois court dès la "
                      "publication, même sans cette mention ; l'indiquer reste une bonne "
                      "pratique : « Le présent acte peut faire l'objet d'un recours devant le "
                      "tribunal administratif de … dans un délai de deux mois à compter de sa "
                      "publication, y compris par Télérecours citoyens (www.telerecours.fr). »",
                      "against a regulatory act the two months run from publication, even "
                      "without this mention; stating it remains good practice: « Le présent "
                      "acte peut faire l'objet d'un recours devant le tribunal administratif "
                      "de … dans un délai de deux mois à compter de sa publication, y compris "
                      "par Télérecours citoyens (www.telerecours.fr). »"),
            severity=Severity.INFO,
        )  # fmt: skip
        return
    yield Finding(
        span=act.articles[-1].heading,
        message=message,
        help=Text("ajouter : « Le présent acte peut faire l'objet d'un recours devant le tribunal "
                  "administratif de … dans un délai de deux mois à compter de sa publication ou "
                  "de sa notification, y compris par Télérecours citoyens (www.telerecours.fr). » ; "
                  "le délai de recours contre une décision individuelle n'est opposable que si "
                  "la notification mentionne les voies et délais (CJA, art. R. 421-5)",
                  "add: « Le présent acte peut faire l'objet d'un recours devant le tribunal "
                  "administratif de … dans un délai de deux mois à compter de sa publication ou "
                  "de sa notification, y compris par Télérecours citoyens (www.telerecours.fr). »; "
                  "the time limit against an individual decision runs only if the notification "
                  "states the routes and time limits (CJA, art. R. 421-5)"),
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
    """A décision taken by delegation of the council says that it will be reported to the
    council (« il en sera rendu compte au conseil municipal »).

    Why: the mayor must report the décisions taken by delegation at each mandatory meeting
    of the council (CGCT, art. L. 2122-23); that report is the obligation. The mention in
    the décision itself is optional (Rép. min. n° 08042, JO Sénat 28 février 2019), but
    recommended: it reminds the services of the report and shows the council's oversight.

    Severity: info: a recommended mention; a décision without it is no less lawful, and
    what the law requires is the report at the meeting, which no act can show in advance.

    Contrôle : la décision prise par délégation du conseil municipal indique qu'il en sera
    rendu compte au conseil (« il en sera rendu compte au conseil municipal »).

    Pourquoi : le maire doit rendre compte des décisions prises par délégation à chacune des
    réunions obligatoires du conseil municipal (CGCT, art. L. 2122-23) ; c'est ce compte
    rendu qui est obligatoire. La mention dans la décision elle-même est facultative
    (Rép. min. n° 08042, JO Sénat 28 février 2019), mais recommandée : elle rappelle le
    compte rendu aux services et montre le contrôle du conseil.

    Gravité : information : mention recommandée ; la décision qui en est dépourvue n'en est
    pas moins régulière, et ce que la loi exige est le compte rendu en séance, qu'aucun
    acte ne peut montrer par avance.

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
            "l'acte ne mentionne pas le compte rendu au conseil municipal (mention recommandée)",
            "the act does not mention the report to the council (a recommended mention)",
        ),
        help=Text(
            "mention facultative mais recommandée (Rép. min. n° 08042, JO Sénat 28 février "
            "2019) : « Il en sera rendu compte au conseil municipal lors de sa prochaine "
            "séance. » ; l'obligation est le compte rendu du maire à chacune des réunions "
            "obligatoires du conseil municipal (CGCT, art. L. 2122-23)",
            "optional but recommended (Rép. min. n° 08042, JO Sénat 28 février 2019): « Il en "
            "sera rendu compte au conseil municipal lors de sa prochaine séance. »; the "
            "obligation is the mayor's report at each mandatory meeting of the council (CGCT, "
            "art. L. 2122-23)",
        ),
    )
