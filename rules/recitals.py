"""REC: the visas and considérants show the act's legal basis and reasons."""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from typing import Any

from actlint.api import (
    Act,
    ActReference,
    Finding,
    LazyPattern,
    Severity,
    Span,
    Text,
    Unit,
    facts,
    fold,
    rule,
)

from .support.french import ACT_NAMES, ACT_NAMES_EN, agreeing
from .support.sources import GUIDE_DE_LEGISTIQUE, VISAS_WITHOUT_FORCE, code_article, law, practice

_IDENTIFIED_KINDS = {"deliberation", "arrete", "arrete_prefectoral", "decision", "decret",
                     "ordonnance", "circulaire", "loi"}  # fmt: skip


def _before_formula(act: Act) -> Span:
    """Where a missing visa belongs: the last visa, or else the first line."""
    visas = act.preamble.citations
    return visas[-1].line_spans[0] if visas else act.first_line


@rule(
    code="REC001", name="delegation-deliberation", severity=Severity.WARNING,
    summary=Text("Délibération de délégation non visée", "Delegation délibération not cited"),
    basis=law(Text("la décision prise par délégation tient sa compétence de la délibération du "
              "conseil ; une erreur ou une omission dans les visas ne rend pas à elle seule "
              "l'acte illégal",
              "a décision taken by delegation draws its competence from the council's "
              "délibération; an error or omission in the visas does not by itself make the act "
              "unlawful"), code_article("CGCT", "L. 2122-22", "L. 2122-23"), VISAS_WITHOUT_FORCE),
)  # fmt: skip
def delegation_deliberation(act: Act, options: Mapping[str, Any]) -> Iterable[Finding]:
    """A décision taken by delegation of the council cites the council's délibération of
    delegation, with its date.

    A décision is taken by delegation when it says so (it cites L. 2122-22, or L. 5211-10
    for an EPCI, or « par délégation du conseil »), and also when it is a décision of the
    maire, or of an EPCI's président, that cites no other basis of its author's competence
    (a police power, L. 2212-2 or L. 2213-1; the maire's own powers, L. 2122-18, L. 2122-19,
    L. 2122-21; a délibération authorising him): the law gives the décision form to those
    acts, and a visa cannot be both what makes an act delegated and what it lacks. Applies
    to the profiles ``decision_delegation`` and ``decision_delegation_epci``
    (``actlint/engine/data/profiles.toml``); a délibération is not checked.

    Why: the mayor holds the power to decide these matters only through the council's
    délibération of delegation (CGCT, art. L. 2122-22), for the duration of the mandate, and
    the décisions taken under it follow its regime (L. 2122-23); without it cited and
    dated, nobody can check that the power existed on the day of the signature.

    Severity: a warning: an error or an omission in the visas does not by itself make an
    act illegal (CE, 5 avril 2002, n° 221890); the décision is lawful if the délibération
    exists and covers the matter, but the préfecture will ask for it. When the act does not
    even say that it is taken by delegation, the finding is a warning as well, since the
    act may rest on a power it does not cite.

    Contrôle : la décision prise par délégation du conseil vise la délibération de
    délégation, avec sa date.

    Une décision est prise par délégation lorsqu'elle le dit (elle vise l'article
    L. 2122-22, ou L. 5211-10 pour un EPCI, ou porte « par délégation du conseil »), mais
    aussi lorsqu'il s'agit d'une décision du maire, ou du président d'un EPCI, qui ne vise
    aucun autre fondement de la compétence de son auteur (un pouvoir de police,
    art. L. 2212-2 ou L. 2213-1 ; les pouvoirs propres du maire, art. L. 2122-18,
    L. 2122-19, L. 2122-21 ; une délibération l'autorisant) : la loi donne la forme de la
    décision à ces actes, et un visa ne peut être à la fois ce qui fait d'un acte un acte
    délégué et ce qui lui manque. S'applique aux profils ``decision_delegation`` et
    ``decision_delegation_epci`` (``actlint/engine/data/profiles.toml``) ; les délibérations
    ne sont pas contrôlées.

    Pourquoi : le maire ne détient le pouvoir de décider dans ces matières que par la
    délibération de délégation du conseil municipal (CGCT, art. L. 2122-22), pour la durée
    de son mandat, et les décisions prises sur ce fondement suivent son régime
    (art. L. 2122-23) ; si elle n'est ni visée ni datée, personne ne peut vérifier que le
    pouvoir existait le jour de la signature.

    Gravité : avertissement : l'erreur ou l'omission dans les visas est par elle-même sans
    incidence sur la légalité de l'acte (CE, 5 avril 2002, n° 221890) ; la décision est
    régulière si la délibération existe et couvre la matière, mais la préfecture la
    demandera. Lorsque l'acte ne dit même pas qu'il est pris par délégation, le constat est
    aussi un avertissement, l'acte pouvant reposer sur un pouvoir qu'il ne vise pas.

    Failing example::

        DÉCISION n° 2026-92
        Vu le code général des collectivités territoriales, et notamment son article L. 2122-22 ;
        DÉCIDE
        Article 1 : Le contrat est renouvelé.

    Passing example::

        DÉCISION n° 2026-92
        Vu la délibération du conseil municipal du 22 mars 2026 portant délégation au maire en application de l'article L. 2122-22 du code général des collectivités territoriales ;
        DÉCIDE
        Article 1 : Le contrat est renouvelé.
    """
    if not facts(act).requires("delegation-deliberation"):
        return
    cited = facts(act).delegation_deliberations
    if any(c.reference.date is not None for c in cited):
        return
    undated = cited[0].reference.span if cited else None
    epci = facts(act).profile == "decision_delegation_epci"
    to_whom, article = ("au président", "L. 5211-10") if epci else ("au maire", "L. 2122-22")
    help_text = Text(
        f"ajouter un visa : « Vu la délibération n° … du … portant délégation {to_whom} en "
        f"application de l'article {article} du CGCT »",
        f"add a visa: « Vu la délibération n° … du … portant délégation {to_whom} en "
        f"application de l'article {article} du CGCT »",
    )
    if not facts(act).states_delegation and not cited:
        author = "du président" if epci else "du maire"
        yield Finding(
            span=_before_formula(act),
            message=Text(
                f"décision {author} qui ne vise ni la délibération de délégation du conseil "
                f"(CGCT, art. {article}) ni un autre fondement de sa compétence",
                f"décision of the {'président' if epci else 'maire'} citing neither the "
                f"council's délibération of delegation (CGCT, art. {article}) nor another "
                "basis of its author's competence",
            ),
            help=help_text,
            severity=Severity.WARNING,
        )
        return
    yield Finding(
        span=undated or _before_formula(act),
        message=Text(
            "décision prise par délégation du conseil sans visa de la délibération de délégation"
            + (" datée" if cited else ""),
            "décision taken by delegation of the council without citing the "
            + ("date of the " if cited else "")
            + "délibération of delegation",
        ),
        help=help_text,
    )


@rule(
    code="REC002", name="legal-basis", severity=Severity.WARNING,
    summary=Text("Fondement de la délégation non identifiable",
                 "Legal basis of the delegation not identifiable"),
    basis=law(Text("liste limitative des matières que le conseil peut déléguer ; 4° : marchés et "
              "accords-cadres lorsque les crédits sont inscrits au budget",
              "closed list of the matters the council may delegate; 4°: marchés and "
              "accords-cadres when the credits are in the budget"), code_article("CGCT", "L. 2122-22")),
)  # fmt: skip
def legal_basis(act: Act, options: Mapping[str, Any]) -> Iterable[Finding]:
    """A décision taken by delegation lets the reader identify its basis: article
    L. 2122-22 of the CGCT is cited (directly, or inside the délibération visa), and when the
    décision concerns a marché or an accord-cadre, the item relied on (4°) is named.

    Why: CGCT, art. L. 2122-22 lists the matters the council may delegate, and the list is
    limitative; the contrôle de légalité checks that the décision falls within a delegated
    item, which is easy only when the act names it.

    Severity: a warning when L. 2122-22 is not cited at all: the act does not show the basis
    of its author's competence. Info when the article is cited and only the item (4°) is not
    named: the basis is shown, and naming the item is a matter of precision.

    Contrôle : la décision prise par délégation permet d'en identifier le fondement :
    l'article L. 2122-22 du CGCT est visé (directement, ou dans le visa de la délibération)
    et, lorsque la décision porte sur un marché ou un accord-cadre, l'alinéa invoqué (4°)
    est indiqué.

    Pourquoi : l'article L. 2122-22 du CGCT énumère de façon limitative les matières que le
    conseil municipal peut déléguer ; le contrôle de légalité vérifie que la décision
    relève d'une matière déléguée, ce qui n'est aisé que si l'acte l'indique.

    Gravité : avertissement lorsque l'article L. 2122-22 n'est pas visé du tout : l'acte ne
    montre pas le fondement de la compétence de son auteur. Information lorsque l'article
    est visé et que seul l'alinéa (4°) manque : le fondement apparaît, et préciser l'alinéa
    relève de la précision de la rédaction.

    Failing example::

        DÉCISION n° 2026-92
        Vu la délibération du conseil municipal du 22 mars 2026 portant délégation au maire en application de l'article L. 2122-22 du code général des collectivités territoriales ;
        DÉCIDE
        Article 1 : Le marché de maintenance est conclu.

    Passing example::

        DÉCISION n° 2026-92
        Vu la délibération du conseil municipal du 22 mars 2026 portant délégation au maire en application du 4° de l'article L. 2122-22 du code général des collectivités territoriales ;
        DÉCIDE
        Article 1 : Le marché de maintenance est conclu.
    """
    if not facts(act).requires("legal-basis"):
        return
    citations = [c for c in act.legal_citations if c.code == "CGCT" and c.article == "L. 2122-22"]
    if not citations:
        yield Finding(
            span=_before_formula(act),
            message=Text("les visas ne citent pas l'article L. 2122-22 du CGCT, fondement de la "
                         "délégation",
                         "the visas do not cite article L. 2122-22 CGCT, basis of the delegation"),
            help=Text("viser l'article L. 2122-22 du CGCT, avec l'alinéa de la matière déléguée",
                      "cite article L. 2122-22 CGCT, with the item of the delegated matter"),
        )  # fmt: skip
        return
    if not facts(act).concerns_procurement or facts(act).relies_on_other_items_than("4°"):
        return
    if "4°" in facts(act).delegated_items or any(
        c.item and c.item.rstrip(" °") == "4" for c in citations
    ):
        return
    yield Finding(
        span=citations[0].span,
        message=Text("l'alinéa de l'article L. 2122-22 dont relève ce marché (4°) n'est pas "
                     "identifiable",
                     "the item of article L. 2122-22 this marché relies on (4°) is not "
                     "identifiable"),
        help=Text("préciser dans le visa : « en application du 4° de l'article L. 2122-22 du "
                  "CGCT »",
                  "say in the visa: « en application du 4° de l'article L. 2122-22 du CGCT »"),
        severity=Severity.INFO,
    )  # fmt: skip


@rule(
    code="REC003", name="visa-identifies-act", severity=Severity.INFO,
    summary=Text("Acte visé sans date ni numéro", "Cited act with neither date nor number"),
    basis=practice(Text("un visa identifie le texte qu'il cite par sa nature, sa date et son numéro",
                   "a visa identifies the text it cites by its kind, date and number"),
         GUIDE_DE_LEGISTIQUE),
)  # fmt: skip
def visa_identifies_act(act: Act, options: Mapping[str, Any]) -> Iterable[Finding]:
    """A visa that cites another act (délibération, arrêté, décision, décret, loi…)
    identifies it by its date or its number.

    Only the act the visa cites is checked: the one named first, after « Vu ». Acts its
    narrative names further on (« Vu le courriel de l'exploitant sur le projet d'arrêté »),
    an act « susvisé » or « précité », and the enacting word set among the visas
    (« ARRÊTÉ : ») are not.

    Why: good drafting practice: the Guide de légistique, written for the State's own texts
    and followed by communes by usage, has a visa identify the text it cites by its nature,
    its date and its number. « Vu l'arrêté préfectoral relatif à la police des lieux
    publics » does not tell which arrêté, of which year, still in force or not; the reader
    cannot check the basis.

    Severity: info: an error or an omission in the visas does not by itself make an act
    illegal (CE, 5 avril 2002, n° 221890); an incomplete visa is a matter of drafting.

    Contrôle : le visa qui cite un autre acte (délibération, arrêté, décision, décret,
    loi…) l'identifie par sa date ou par son numéro.

    Seul l'acte que le visa cite est contrôlé : celui qui est nommé en premier, après
    « Vu ». Les actes que le visa mentionne ensuite dans son récit (« Vu le courriel de
    l'exploitant sur le projet d'arrêté »), l'acte « susvisé » ou « précité », et le mot du
    dispositif placé parmi les visas (« ARRÊTÉ : ») ne le sont pas.

    Pourquoi : bonne pratique de rédaction : le Guide de légistique, écrit pour les textes
    de l'État et suivi par les communes par usage, veut que le visa identifie le texte
    qu'il cite par sa nature, sa date et son numéro. « Vu l'arrêté préfectoral relatif à la
    police des lieux publics » ne dit pas de quel arrêté il s'agit, de quelle année, ni s'il
    est encore en vigueur ; le lecteur ne peut vérifier le fondement.

    Gravité : information : l'erreur ou l'omission dans les visas est par elle-même sans
    incidence sur la légalité de l'acte (CE, 5 avril 2002, n° 221890) ; un visa incomplet
    relève de la rédaction.

    Failing example::

        ARRÊTÉ n° 2026-8
        VU l'arrêté préfectoral relatif à la police des lieux publics ;
        ARRÊTE
        Article 1 : La buvette est autorisée.

    Passing example::

        ARRÊTÉ n° 2026-8
        VU l'arrêté préfectoral n° 2019-12 du 4 mars 2019 relatif à la police des lieux publics ;
        ARRÊTE
        Article 1 : La buvette est autorisée.
    """
    for visa in act.preamble.citations:
        for reference in visa.entities.references:
            if reference.kind not in _IDENTIFIED_KINDS or reference.number or reference.date:
                continue
            if not _cited_by(visa, reference) or _identified_after(visa, reference):
                continue
            name_fr, name_en = ACT_NAMES[reference.kind], ACT_NAMES_EN[reference.kind]
            yield Finding(
                span=reference.span,
                message=Text(f"{name_fr} {agreeing(reference.kind, 'visé')} n'est "
                             f"{agreeing(reference.kind, 'identifié')} ni par sa date ni par son "
                             "numéro",
                             f"{name_en} cited is identified by neither date nor number"),
                help=Text(f"compléter : « Vu {name_fr} n° … du … »",
                          f"complete it: « Vu {name_fr} n° … du … »"),
            )  # fmt: skip


# What may stand before the act a visa cites: « Vu l' », « - VU : la », nothing (a list
# of visas under one « Vu : »). An act named further on is the narrative of the visa
# (« Vu le courriel de l'exploitant sur le projet d'arrêté »), not the act cited.
_VISA_HEAD = LazyPattern(r"[\s>*•–—-]*(?:vus?\b)?[\s:,]*(?:le|la|les|l['’])?\s*", re.IGNORECASE)
# After the act's name: a date or a number the recogniser did not attach (« l'arrêté
# préfectoral 10 décembre 2004 »), or a word sending to where it is identified.
_IDENTIFIED_AFTER = LazyPattern(
    r"(?i:\s*(?:pr[ée]fectoral|municipal|minist[ée]riel|interminist[ée]riel)?\s*"
    r"(?:susvis[ée]e?s?|pr[ée]cit[ée]e?s?|ci-dessus|n[°o]|num[ée]ro|\d))"
)


def _cited_by(visa: Unit, reference: ActReference) -> bool:
    """Whether the act is the one the visa cites: named first, after « Vu »."""
    head = visa.text[: reference.span.start - visa.span.start]
    return _VISA_HEAD.fullmatch(head) is not None and not _heading(visa, reference)


def _heading(visa: Unit, reference: ActReference) -> bool:
    """« ARRÊTÉ : » alone on its line: the enacting word, not an act cited."""
    start = reference.span.start - visa.span.start
    line_end = visa.text.find("\n", start)
    rest = visa.text[start : line_end if line_end >= 0 else len(visa.text)]
    words = rest.strip(" :.-").split()
    return len(words) <= 2 and all(w.isupper() for w in words)


def _identified_after(visa: Unit, reference: ActReference) -> bool:
    end = reference.span.end - visa.span.start
    return _IDENTIFIED_AFTER.match(visa.text, end) is not None


_MOTIVE = ("considerant", "motif", "eu egard")
# What makes an individual decision unfavourable (CRPA, art. L. 211-2), in folded text: a
# refusal, a withdrawal or an abrogation, a suspension, a closure, a formal notice or an
# order, a sanction, a prohibition aimed at the person.
_UNFAVOURABLE = LazyPattern(
    r"\brefus\w*|\brejete(?:e|es|s)?\b|\brejett\w*|\brejet\s+de\s+(?:la|sa)\s+demande"
    r"|\bretire(?:e|es|s|nt)?\b|\bretrait\b|\babrog\w*"
    r"|\bsuspen(?:d|ds|du|due|dus|dues|sion)\b"
    r"|\bfermeture\s+(?:administrative|provisoire|temporaire|definitive|immediate)"
    r"|\b(?:ordonn|prononc|decid)\w*\s+la\s+fermeture"
    r"|\b(?:est|sera|sont|seront)\s+fermee?s?\s+(?:administrativement|a\s+titre|pour\s+une\s+duree"
    r"|pendant\s+une\s+duree|jusqu)"
    r"|\bmise?s?\s+en\s+demeure|\bmet\s+en\s+demeure|\benjoint\b|\binjonction\b"
    r"|\bordonne(?:e|es|s)?\b|\ba\s+titre\s+de\s+sanction|\bsanction\s+(?:administrative|"
    r"disciplinaire)|\bavertissement\b|\bblame\b|\bdemoli\w*|\bevacuation\b"
    r"|\bexpuls\w*|\bdecheance\b|\bdechue?s?\b|\bastreinte\b"
    r"|\binterdi\w*\s+(?:a|au)\s+(?:m\.|mme|monsieur|madame|la\s+societe|l['’]entreprise"
    r"|l['’]interesse|l['’]exploitant)"
)
# « pourra être retiré », « en cas de refus »: what the act may do later, not what it does.
_ONLY_POSSIBLE = LazyPattern(
    r"(?:pourr\w*|peu[tv]\w*|en\s+cas\s+d[e'’]|sous\s+peine\s+d[e'’])\s*(?:etre\s+|faire\s+"
    r"l['’]objet\s+d['’]\s*(?:une?\s+)?)?(?:\w+\s+){0,2}$"
)


def _unfavourable(act: Act) -> bool:
    """An article (not the execution article, not the appeal mentions) refuses, withdraws,
    suspends, closes, orders or sanctions."""
    for article in act.articles:
        if article is act.execution_article:
            continue
        text = fold(article.text)
        if "recours" in text:
            continue
        for m in _UNFAVOURABLE.finditer(text):
            if not _ONLY_POSSIBLE.search(text, max(0, m.start() - 50), m.start()):
                return True
    return False


@rule(
    code="REC004", name="reasons", severity=Severity.WARNING, status="preview",
    summary=Text("Décision individuelle défavorable sans motifs",
                 "Individual unfavourable decision without reasons"),
    basis=law(Text("les décisions individuelles défavorables sont motivées : la motivation "
              "énonce les considérations de droit et de fait qui les fondent",
              "unfavourable individual decisions state their reasons: the legal and factual "
              "considerations they rest on"), code_article("CRPA", "L. 211-2", "L. 211-5")),
)  # fmt: skip
def reasons(act: Act, options: Mapping[str, Any]) -> Iterable[Finding]:
    """A police arrêté that is an individual unfavourable decision states its reasons: at
    least one considérant or « motif ».

    The arrêté is individual when its articles name the person or the company it concerns
    (« M. DUPONT », « la société ÉQUIP'ÉCOLES », « le pétitionnaire ») or it is notified to
    one, and lay down no rule for everyone; it is unfavourable when an article refuses,
    rejects, withdraws, abrogates, suspends, orders a closure, puts on formal notice,
    orders, sanctions or forbids the person something. What an article says may happen later
    (« l'autorisation pourra être retirée ») does not count, nor do the execution article
    and the appeal mentions. A regulatory police measure (« la circulation est interdite
    rue … », parking rules) is not checked, nor is an arrêté whose scope the text does not
    show: when in doubt, nothing is reported.

    Preview: the acts the rule applies to are not yet measured on enough acts.

    Why: CRPA, art. L. 211-2 requires a statement of reasons only for individual decisions
    unfavourable to the person concerned: those that restrict public freedoms or are a
    police measure, impose a sanction, subject an authorisation to restrictive conditions
    or impose obligations, withdraw or abrogate a decision creating rights, oppose a
    prescription, a forclusion or a déchéance, refuse an advantage that is a right, refuse
    an authorisation, or reject a mandatory prior administrative appeal. The reasons must
    be written in the decision and state the considerations of law and fact on which it
    rests (art. L. 211-5). Regulatory acts need no statement of reasons.

    Severity: a warning: a decision that must be reasoned and is not is irregular in form,
    which a court annuls on that ground; the rule stays in preview until its reading of
    « individual » and « unfavourable » is measured on more acts.

    Contrôle : un arrêté de police qui constitue une décision individuelle défavorable
    énonce ses motifs : au moins un considérant ou un « motif ».

    L'arrêté est individuel lorsque ses articles nomment la personne ou la société qu'il
    concerne (« M. DUPONT », « la société ÉQUIP'ÉCOLES », « le pétitionnaire ») ou qu'il est
    notifié à l'une d'elles, sans poser de règle pour tous ; il est défavorable lorsqu'un
    article refuse, rejette, retire, abroge, suspend, ordonne une fermeture, met en demeure,
    enjoint, sanctionne ou interdit quelque chose à la personne. Ce qu'un article annonce
    comme possible (« l'autorisation pourra être retirée ») ne compte pas, non plus que
    l'article d'exécution et la mention des voies de recours. Une mesure de police
    réglementaire (« la circulation est interdite rue … », des règles de stationnement)
    n'est pas contrôlée, non plus qu'un arrêté dont le texte ne montre pas la portée : dans
    le doute, rien n'est signalé.

    Règle en préversion : les actes auxquels elle s'applique ne sont pas encore mesurés sur
    assez d'actes.

    Pourquoi : l'article L. 211-2 du CRPA n'impose la motivation que des décisions
    individuelles défavorables à la personne qu'elles concernent : celles qui restreignent
    l'exercice des libertés publiques ou constituent une mesure de police, infligent une
    sanction, subordonnent l'octroi d'une autorisation à des conditions restrictives ou
    imposent des sujétions, retirent ou abrogent une décision créatrice de droits,
    opposent une prescription, une forclusion ou une déchéance, refusent un avantage dont
    l'attribution constitue un droit, refusent une autorisation, ou rejettent un recours
    administratif préalable obligatoire. La motivation est écrite dans la décision et
    comporte l'énoncé des considérations de droit et de fait qui en constituent le
    fondement (art. L. 211-5). Les actes réglementaires n'ont pas à être motivés.

    Gravité : avertissement : une décision soumise à l'obligation de motivation qui n'est
    pas motivée est entachée d'un vice de forme, que le juge sanctionne par l'annulation ;
    la règle reste en préversion tant que sa lecture de « individuelle » et de
    « défavorable » n'est pas mesurée sur davantage d'actes.

    Failing example::

        ARRÊTÉ n° 2026-8
        Vu le code général des collectivités territoriales, et notamment ses articles L. 2212-1 et L. 2212-2 ;
        ARRÊTE
        Article 1 : Le débit de boissons « Le Central », exploité par M. Paul DURAND, est fermé à titre provisoire pour une durée de quinze jours.

    Passing example::

        ARRÊTÉ n° 2026-8
        Vu le code général des collectivités territoriales, et notamment ses articles L. 2212-1 et L. 2212-2 ;
        ARRÊTE
        Article 1 : La circulation est interdite rue Pasteur du 4 au 8 mai 2026.
    """
    if not facts(act).requires("reasons") or act.preamble.recitals:
        return
    if facts(act).scope != "individual" or not _unfavourable(act):
        return
    if any(word in act.folded for word in _MOTIVE):
        return
    yield Finding(
        span=_before_formula(act),
        message=Text(
            "décision individuelle défavorable sans considérant ni motif",
            "individual unfavourable decision with no considérant and no motive",
        ),
        help=Text(
            "énoncer dans l'acte les considérations de droit et de fait qui fondent la "
            "décision : « Considérant que … » (CRPA, art. L. 211-5)",
            "state in the act the considerations of law and fact on which the decision "
            "rests: « Considérant que … » (CRPA, art. L. 211-5)",
        ),
    )
