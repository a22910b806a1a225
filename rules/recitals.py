"""REC: the visas and considérants show the act's legal basis and reasons."""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from typing import Any

from actlint.api import Act, ActReference, Finding, Severity, Span, Text, Unit, facts, rule

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
    """A décision taken by delegation of the council must cite the council's délibération
    of delegation, with its date.

    A décision is taken by delegation when it says so (it cites L. 2122-22, or L. 5211-10
    for an EPCI, or « par délégation du conseil »), and also when it is a décision of the
    maire, or of an EPCI's président, that cites no other basis of its author's
    competence (a police power, L. 2212-2 or L. 2213-1; the maire's own powers, L. 2122-18,
    L. 2122-19, L. 2122-21; a délibération authorising him): the law gives the décision
    form to those acts, and a visa cannot be both what makes an act delegated and what it
    lacks. In that second case the finding is a warning, since the act may rest on a power
    it does not cite. Applies to the profiles ``decision_delegation`` and
    ``decision_delegation_epci`` (``actlint/engine/data/profiles.toml``); a délibération
    is not checked.

    Why: the mayor holds the power to decide these matters only through the délibération
    of delegation (L. 2122-22), for the duration of the mandate; without it cited and
    dated, nobody can check that the power existed on the day of the signature.

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
    L. 2122-22 of the CGCT is cited (directly, or inside the délibération visa), and when
    the décision concerns a marché or an accord-cadre, the item relied on (4°) is named.

    Why: L. 2122-22 lists the delegable matters limitatively; the contrôle de légalité
    checks that the décision falls within a delegated item, which is easy only when the
    act names it.

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
    narrative names further on (« Vu le courriel de l'exploitant sur le projet
    d'arrêté »), an act « susvisé » or « précité », and the enacting word set among the
    visas (« ARRÊTÉ : ») are not.

    Why: « Vu l'arrêté préfectoral relatif à la police des lieux publics » does not tell
    which arrêté, of which year, still in force or not; the reader cannot check the
    basis. An error or omission in the visas does not by itself make the act illegal
    (CE, 5 avril 2002, n° 221890), hence a warning.

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
_VISA_HEAD = re.compile(r"[\s>*•–—-]*(?:vus?\b)?[\s:,]*(?:le|la|les|l['’])?\s*", re.IGNORECASE)
# After the act's name: a date or a number the recogniser did not attach (« l'arrêté
# préfectoral 10 décembre 2004 »), or a word sending to where it is identified.
_IDENTIFIED_AFTER = re.compile(
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


@rule(
    code="REC004", name="reasons", severity=Severity.WARNING, status="preview",
    summary=Text("Mesure de police sans motifs", "Police measure without reasons"),
    basis=law(Text("les décisions individuelles défavorables sont motivées : la motivation "
              "énonce les considérations de droit et de fait qui les fondent",
              "unfavourable individual decisions state their reasons: the legal and factual "
              "considerations they rest on"), code_article("CRPA", "L. 211-2", "L. 211-5")),
)  # fmt: skip
def reasons(act: Act, options: Mapping[str, Any]) -> Iterable[Finding]:
    """A police arrêté states its reasons: at least one considérant or « motif ».

    Preview: the profiles that must state reasons (police measures, individual
    unfavourable decisions) are not yet measured on enough acts.

    Why: decisions that restrict public freedoms or are police measures must state the
    considerations of law and fact on which they rest (CRPA, art. L. 211-2 and L. 211-5);
    an unmotivated police measure is illegal.

    Failing example::

        ARRÊTÉ n° 2026-8
        Vu le code général des collectivités territoriales, et notamment ses articles L. 2212-1 et L. 2212-2 ;
        ARRÊTE
        Article 1 : La rue est fermée.

    Passing example::

        ARRÊTÉ n° 2026-8
        Vu le code général des collectivités territoriales, et notamment ses articles L. 2212-1 et L. 2212-2 ;
        Considérant les travaux de voirie ;
        ARRÊTE
        Article 1 : La rue est fermée.
    """
    if not facts(act).requires("reasons") or act.preamble.recitals:
        return
    if any(word in act.folded for word in _MOTIVE):
        return
    yield Finding(
        span=_before_formula(act),
        message=Text(
            "mesure de police sans considérant ni motif",
            "police measure with no considérant and no motive",
        ),
        help=Text(
            "exposer les motifs de droit et de fait : « Considérant que … »",
            "state the reasons in law and fact: « Considérant que … »",
        ),
    )
