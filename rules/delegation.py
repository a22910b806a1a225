"""DEL: the signatory really held the power to sign on that day, and the act shows it."""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from typing import Any

from actlint.api import Act, Finding, Severity, Text, facts, rule

from .support.french import french_date
from .support.reference_data import verified_renewals
from .support.sources import (
    AUTHOR_UNIDENTIFIED,
    ELECTIONS_2026,
    END_OF_DELEGATIONS,
    VISAS_WITHOUT_FORCE,
    code_article,
    law,
)


def _signature_line(act: Act) -> Any:
    assert act.conclusions is not None
    return act.conclusions.line_spans[-1] if act.conclusions.line_spans else act.conclusions.span


@rule(
    code="DEL001", name="delegation-visa", severity=Severity.WARNING,
    summary=Text("Signature par délégation sans visa de l'acte de délégation",
                 "Delegated signature without the delegating act cited"),
    basis=law(Text("le signataire tient sa compétence d'un arrêté de délégation ; une erreur ou "
              "une omission dans les visas ne rend pas à elle seule l'acte illégal",
              "the signatory's competence comes from a delegation arrêté; an error or omission "
              "in the visas does not by itself make the act unlawful"),
    code_article("CGCT", "L. 2122-18", "L. 2122-19", "L. 2122-23"), VISAS_WITHOUT_FORCE),
)  # fmt: skip
def delegation_visa(act: Act, options: Mapping[str, Any]) -> Iterable[Finding]:
    """A signature made for someone else (« Pour le Maire, l'Adjoint délégué », « Par
    délégation », « Pour le Préfet et par délégation ») comes with a visa of the arrêté
    that grants that power.

    A signature by suppléance of an impeded mayor (« Pour le Maire empêché ») rests on
    L. 2122-17, which needs no act, and is checked by DEL004 instead. Délibérations are
    not judged: the président de séance signs them, and « Pour l'autorité compétente par
    délégation » there is the certification stamp of their transmission. An act signed by
    the mayor or the préfet in person needs no delegation visa.

    Why: the competence of the signatory is the first thing the contrôle de légalité
    checks; an unverifiable delegation exposes the act to annulment for incompetence.

    Failing example::

        ARRÊTÉ n° 2026-8
        ARRÊTE
        Article 1 : La buvette est autorisée.
        Fait à Lens, le 2 mai 2026.
        Pour le Maire,
        L'Adjoint délégué,
        Pierre MAZURE

    Passing example::

        ARRÊTÉ n° 2026-8
        Vu l'arrêté n° 2026-631 du 31 mars 2026 portant délégation de fonctions aux adjoints ;
        ARRÊTE
        Article 1 : La buvette est autorisée.
        Fait à Lens, le 2 mai 2026.
        Pour le Maire,
        L'Adjoint délégué,
        Pierre MAZURE
    """
    wording = facts(act).signed_for_someone
    if (
        wording is None
        or not facts(act).requires("signature")
        or facts(act).signed_by_substitute
        or facts(act).delegation_orders
    ):
        return
    yield Finding(
        span=_signature_line(act),
        message=Text(f"signature « {wording} » sans visa de l'arrêté qui délègue ce pouvoir",
                     f"signature « {wording} » with no visa of the arrêté granting that power"),
        help=Text("ajouter un visa : « Vu l'arrêté n° … du … portant délégation de fonctions "
                  "(ou de signature) à … »",
                  "add a visa: « Vu l'arrêté n° … du … portant délégation de fonctions "
                  "(ou de signature) à … »"),
    )  # fmt: skip


@rule(
    code="DEL002", name="delegation-dates", severity=Severity.ERROR,
    summary=Text("Acte de délégation postérieur à la signature",
                 "Delegating act dated after the signature"),
    basis=law(Text("la compétence s'apprécie à la date de signature : une délégation postérieure "
              "n'existait pas encore",
              "competence is assessed at the signature date: a later delegation did not exist "
              "yet"), code_article("CGCT", "L. 2122-18", "L. 2122-22", "L. 2122-23")),
)  # fmt: skip
def delegation_dates(act: Act, options: Mapping[str, Any]) -> Iterable[Finding]:
    """The délibération of delegation and the arrêté of delegation are dated on or
    before the signature date.

    (Other cited acts dated after the signature are reported by DAT002.)

    Why: on the day of the signature the signatory had no delegation yet: the act is
    taken by an incompetent authority.

    Failing example::

        DÉCISION n° 2026-92
        Vu la délibération du conseil municipal du 22 mars 2026 portant délégation au maire (article L. 2122-22 du CGCT) ;
        Vu l'arrêté n° 2026-631 du 31 mai 2026 portant délégation de fonctions aux adjoints ;
        DÉCIDE
        Article 1 : Le contrat est renouvelé.
        Fait à Lens, le 11 mai 2026.

    Passing example::

        DÉCISION n° 2026-92
        Vu la délibération du conseil municipal du 22 mars 2026 portant délégation au maire (article L. 2122-22 du CGCT) ;
        Vu l'arrêté n° 2026-631 du 31 mars 2026 portant délégation de fonctions aux adjoints ;
        DÉCIDE
        Article 1 : Le contrat est renouvelé.
        Fait à Lens, le 11 mai 2026.
    """
    signed = facts(act).signature_date
    if signed is None:
        return
    for cited in (*facts(act).delegation_deliberations, *facts(act).delegation_orders):
        date = cited.reference.date
        if date is None or date.value is None or date.value <= signed:
            continue
        what = "la délibération" if cited.reference.kind == "deliberation" else "l'arrêté"
        what_en = "délibération" if cited.reference.kind == "deliberation" else "arrêté"
        yield Finding(
            span=date.span,
            message=Text(
                f"{what} de délégation est du {french_date(date.value)}, après la signature "
                f"({french_date(signed)}) : le signataire n'avait pas encore délégation",
                f"the delegating {what_en} is dated {date.value.isoformat()}, after the "
                f"signature ({signed.isoformat()}): the signatory had no delegation yet",
            ),
            help=Text("vérifier les dates ; viser la délégation en vigueur le jour de la signature",
                      "check the dates; cite the delegation in force on the day of signature"),
        )  # fmt: skip


@rule(
    code="DEL003", name="mandate-boundary", severity=Severity.ERROR,
    summary=Text("Délégation d'un mandat précédent", "Delegation from a previous mandate"),
    basis=law(Text("la délégation est donnée pour la durée du mandat et prend fin à "
              "l'installation du nouveau conseil",
              "the delegation is given for the term of office and ends when the new council is "
              "installed"), code_article("CGCT", "L. 2122-22"), END_OF_DELEGATIONS, ELECTIONS_2026),
)  # fmt: skip
def mandate_boundary(act: Act, options: Mapping[str, Any]) -> Iterable[Finding]:
    """A décision signed after a general renewal of municipal councils relies on a
    délibération of delegation voted before that renewal.

    Renewals are dated data with their sources (``rules/data/municipal_elections.toml``);
    only renewals whose dates are checked against an official text are used (2026:
    rounds on 15 and 22 March, every new council installed by 29 March). A délibération
    voted between the first round and the installation is not judged.

    Why: delegations under L. 2122-22 end with the mayor's mandate; after the renewal
    the new council must delegate again, and a décision resting on the old délibération
    is taken without competence.

    Failing example::

        DÉCISION n° 2026-92
        Vu la délibération du conseil municipal du 4 juillet 2020 portant délégation au maire (article L. 2122-22 du CGCT) ;
        DÉCIDE
        Article 1 : Le contrat est renouvelé.
        Fait à Lens, le 11 mai 2026.

    Passing example::

        DÉCISION n° 2026-92
        Vu la délibération du conseil municipal du 3 avril 2026 portant délégation au maire (article L. 2122-22 du CGCT) ;
        DÉCIDE
        Article 1 : Le contrat est renouvelé.
        Fait à Lens, le 11 mai 2026.
    """
    signed = facts(act).signature_date
    if signed is None or facts(act).profile != "decision_delegation":
        return
    for renewal in verified_renewals():
        if signed <= renewal.installed_by:
            continue
        for cited in facts(act).delegation_deliberations:
            date = cited.reference.date
            if date is None or date.value is None or date.value >= renewal.first_round:
                continue
            yield Finding(
                span=date.span,
                message=Text(
                    f"la délibération de délégation du {french_date(date.value)} précède le "
                    f"renouvellement général de {renewal.year} : elle a pris fin avec le mandat",
                    f"the delegation délibération of {date.value.isoformat()} predates the "
                    f"{renewal.year} general renewal: it ended with the mandate",
                ),
                help=Text(
                    f"viser la délibération de délégation votée par le conseil élu en "
                    f"{renewal.year} ({renewal.source})",
                    f"cite the delegation voted by the council elected in {renewal.year} "
                    f"({renewal.source})",
                ),
            )


@rule(
    code="DEL004", name="delegation-mechanism", severity=Severity.WARNING,
    summary=Text("Mécanisme de signature contraire aux visas",
                 "Signature mechanism contradicts the visas"),
    basis=law(Text("la suppléance suppose un empêchement réel ; sur les matières déléguées par le "
              "conseil, le conseil décide en cas d'empêchement du maire, sauf disposition "
              "contraire de la délibération",
              "suppléance needs a real impediment; on matters the council delegated, the "
              "council decides when the mayor is impeded, unless the délibération provides "
              "otherwise"), code_article("CGCT", "L. 2122-17", "L. 2122-18", "L. 2122-23")),
)  # fmt: skip
def delegation_mechanism(act: Act, options: Mapping[str, Any]) -> Iterable[Finding]:
    """The signature names one mechanism and the visas another: suppléance of an impeded
    mayor (« Pour le Maire empêché », L. 2122-17) with only a delegation arrêté in the
    visas, or a delegated adjoint (« l'Adjoint délégué ») with only L. 2122-17 in the
    visas.

    Why: suppléance needs a real, proven impediment; delegation needs an arrêté. Mixing
    them leaves the signatory's competence unproven.

    Failing example::

        ARRÊTÉ n° 2026-8
        Vu l'arrêté n° 2026-631 du 31 mars 2026 portant délégation de fonctions aux adjoints ;
        ARRÊTE
        Article 1 : La buvette est autorisée.
        Fait à Lens, le 2 mai 2026.
        Pour le Maire empêché,
        Le premier adjoint,
        Pierre MAZURE

    Passing example::

        ARRÊTÉ n° 2026-8
        Vu le code général des collectivités territoriales, et notamment son article L. 2122-17 ;
        ARRÊTE
        Article 1 : La buvette est autorisée.
        Fait à Lens, le 2 mai 2026.
        Pour le Maire empêché,
        Le premier adjoint,
        Pierre MAZURE
    """
    if act.conclusions is None:
        return
    substitute = facts(act).signed_by_substitute
    if substitute and facts(act).delegation_orders and not facts(act).cites_suppleance:
        yield Finding(
            span=_signature_line(act),
            message=Text(f"signature par suppléance (« {substitute} ») mais les visas ne citent "
                         "qu'un arrêté de délégation",
                         f"signature by suppléance (« {substitute} ») but the visas cite only a "
                         "delegation arrêté"),
            help=Text("viser l'article L. 2122-17 du CGCT, ou signer au titre de la délégation",
                      "cite article L. 2122-17 CGCT, or sign under the delegation"),
        )  # fmt: skip
    delegated = facts(act).signed_for_someone
    if (
        delegated
        and not substitute
        and facts(act).cites_suppleance
        and not facts(act).delegation_orders
    ):
        yield Finding(
            span=_signature_line(act),
            message=Text(f"signature par délégation (« {delegated} ») mais les visas ne citent "
                         "que la suppléance (L. 2122-17)",
                         f"delegated signature (« {delegated} ») but the visas cite only "
                         "suppléance (L. 2122-17)"),
            help=Text("viser l'arrêté de délégation (L. 2122-18), ou signer « pour le maire "
                      "empêché »",
                      "cite the delegation arrêté (L. 2122-18), or sign « pour le maire "
                      "empêché »"),
        )  # fmt: skip


@rule(
    code="DEL005", name="signatory-name", severity=Severity.WARNING,
    summary=Text("Signataire sans prénom ni nom", "Signatory without first and last name"),
    basis=law(Text("toute décision comporte la signature de son auteur et la mention, en caractères "
              "lisibles, de son prénom, de son nom et de sa qualité",
              "every decision bears its author's signature and, legibly, their first name, "
              "last name and capacity"), code_article("CRPA", "L. 212-1"), AUTHOR_UNIDENTIFIED),
)  # fmt: skip
def signatory_name(act: Act, options: Mapping[str, Any]) -> Iterable[Finding]:
    """The signature block gives the signatory's capacity but not the first and last name.

    (A block with neither is reported by STR004.)

    Why: « toute décision prise par une administration comporte la signature de son
    auteur ainsi que la mention, en caractères lisibles, du prénom, du nom et de la
    qualité de celui-ci » (CRPA, art. L. 212-1); with a delegation, the delegate's name
    is what allows checking the delegation.

    Failing example::

        ARRÊTÉ n° 2026-8
        ARRÊTE
        Article 1 : La buvette est autorisée.
        Fait à Lens, le 2 mai 2026.
        Le Maire

    Passing example::

        ARRÊTÉ n° 2026-8
        ARRÊTE
        Article 1 : La buvette est autorisée.
        Fait à Lens, le 2 mai 2026.
        Le Maire,
        Jean DUPONT
    """
    signature = act.signature
    if (
        not facts(act).requires("signature")
        or signature is None
        or signature.name
        or not signature.capacity
    ):
        return
    yield Finding(
        span=_signature_line(act),
        message=Text(f"le signataire (« {signature.capacity} ») n'est pas nommé : prénom et nom "
                     "manquent",
                     f"the signatory (« {signature.capacity} ») is not named: first and last "
                     "name missing"),
        help=Text(f"ajouter sous « {signature.capacity} » le prénom et le nom en caractères "
                  "lisibles",
                  f"add under « {signature.capacity} » the first and last name, legibly"),
    )  # fmt: skip


_BUDGET = re.compile(
    r"(?i:cr[ée]dits?\b[^.;]{0,80}(?:inscrits?|pr[ée]vus?|ouverts?)\b[^.;]{0,40}budget)"
)


@rule(
    code="DEL006", name="budget-credits", severity=Severity.INFO,
    summary=Text("Inscription des crédits au budget non mentionnée",
                 "Budget credits not mentioned"),
    basis=law(Text("la délégation du 4° vaut pour les marchés « lorsque les crédits sont inscrits "
              "au budget »",
              "the 4° delegation covers marchés « lorsque les crédits sont inscrits au "
              "budget »"), code_article("CGCT", "L. 2122-22")),
)  # fmt: skip
def budget_credits(act: Act, options: Mapping[str, Any]) -> Iterable[Finding]:
    """A décision taken under L. 2122-22 4° (a marché or an accord-cadre) states that
    the credits are inscribed in the budget.

    A décision that names another item of L. 2122-22 as its basis (« son 11° », the fees
    of a lawyer in a dispute over a marché) is not judged.

    Why: the delegation of 4° covers marchés only « lorsque les crédits sont inscrits au
    budget »; saying so shows the condition is met. Advice only: the act is not
    irregular for not saying it.

    Failing example::

        DÉCISION n° 2026-92
        Vu la délibération du conseil municipal du 22 mars 2026 portant délégation au maire (4° de l'article L. 2122-22 du CGCT) ;
        DÉCIDE
        Article 1 : Le marché de maintenance est conclu.

    Passing example::

        DÉCISION n° 2026-92
        Vu la délibération du conseil municipal du 22 mars 2026 portant délégation au maire (4° de l'article L. 2122-22 du CGCT) ;
        DÉCIDE
        Article 1 : Le marché de maintenance est conclu.
        Article 2 : Les crédits nécessaires sont inscrits au budget de l'exercice.
    """
    if (
        not facts(act).requires("budget-credits")
        or not facts(act).concerns_procurement
        or not act.articles
        or facts(act).relies_on_other_items_than("4°")
    ):
        return
    folded = act.folded
    i = folded.find("budget")
    while i >= 0:  # the pattern ends on « budget »: look only just before each one
        if _BUDGET.search(folded, max(0, i - 140), i + 6):
            return
        i = folded.find("budget", i + 1)
    yield Finding(
        span=act.articles[-1].heading,
        message=Text("l'acte ne dit pas que les crédits sont inscrits au budget (condition du "
                     "4° de l'article L. 2122-22)",
                     "the act does not say that the credits are inscribed in the budget "
                     "(condition of L. 2122-22 4°)"),
        help=Text("ajouter un article : « Les crédits nécessaires sont inscrits au budget de "
                  "l'exercice. »",
                  "add an article: « Les crédits nécessaires sont inscrits au budget de "
                  "l'exercice. »"),
    )  # fmt: skip
