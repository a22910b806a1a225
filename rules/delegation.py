"""DEL: the signatory really held the power to sign on that day, and the act shows it."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from actlint.api import Act, Finding, LazyPattern, Severity, Text, facts, fold, rule

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

    A signature by suppléance of an impeded mayor (« Pour le Maire empêché ») is checked by
    DEL004 instead: for the mayor's own powers it rests on L. 2122-17, which needs no act;
    for matters delegated by the council, on the délibération of delegation (L. 2122-23).
    Délibérations are not judged: the président de séance signs them, and « Pour
    l'autorité compétente par délégation » there is the certification stamp of their
    transmission. An act signed by the mayor or the préfet in person needs no delegation
    visa.

    Why: the competence of the signatory is the first thing the contrôle de légalité
    checks. An adjoint or a councillor signs for the mayor only under an arrêté delegating
    functions to him (CGCT, art. L. 2122-18), an agent only under an arrêté delegating
    signature (L. 2122-19), and a décision taken by delegation of the council is signed by
    an adjoint or a councillor under the same arrêtés unless the délibération provides
    otherwise (L. 2122-23), and by an agent only if the délibération expressly allows it
    (CAA Nancy, 7 août 2003, n° 98NC01059). Without the visa, the
    reader cannot check that the delegation existed and covered the matter; if it did not,
    the act is annulled for incompetence.

    Severity: a warning: an error or an omission in the visas does not by itself make an
    act illegal (CE, 5 avril 2002, n° 221890); the act is lawful if the delegation existed,
    but the préfecture will ask for it.

    Contrôle : une signature donnée pour une autre autorité (« Pour le Maire, l'Adjoint
    délégué », « Par délégation », « Pour le Préfet et par délégation ») s'accompagne du
    visa de l'arrêté qui confère ce pouvoir.

    La signature par suppléance du maire empêché (« Pour le Maire empêché ») relève de
    DEL004 : pour les pouvoirs propres du maire, elle repose sur l'article L. 2122-17, qui
    n'exige aucun acte ; pour les matières déléguées par le conseil, sur la délibération de
    délégation (art. L. 2122-23). Les délibérations ne sont pas contrôlées : le président de
    séance les signe, et « Pour l'autorité compétente par délégation » y est la mention de
    certification de leur transmission. L'acte signé par le maire ou le préfet lui-même n'a
    pas à viser de délégation.

    Pourquoi : la compétence du signataire est le premier point qu'examine le contrôle de
    légalité. Un adjoint ou un conseiller municipal ne signe pour le maire qu'en vertu d'un
    arrêté lui déléguant des fonctions (CGCT, art. L. 2122-18), un agent qu'en vertu d'un
    arrêté de délégation de signature (art. L. 2122-19), et la décision prise par délégation
    du conseil est signée par un adjoint ou un conseiller en vertu des mêmes arrêtés, sauf
    disposition contraire de la délibération (art. L. 2122-23), et par un agent seulement si
    la délibération l'autorise expressément (CAA Nancy, 7 août 2003, n° 98NC01059). Sans ce visa, le lecteur ne peut vérifier que la délégation existait
    et couvrait la matière ; à défaut, l'acte est annulé pour incompétence.

    Gravité : avertissement : l'erreur ou l'omission dans les visas est par elle-même sans
    incidence sur la légalité de l'acte (CE, 5 avril 2002, n° 221890) ; l'acte est régulier
    si la délégation existait, mais la préfecture la demandera.

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
    """The délibération of delegation and the arrêté of delegation cited in the visas are
    dated on or before the signature date.

    (Other cited acts dated after the signature are reported by DAT002.)

    Why: the competence of an act's author is assessed on the day the act is signed. The
    mayor decides on matters delegated by the council only under its délibération (CGCT,
    art. L. 2122-22 and L. 2122-23); an adjoint or a councillor signs for the mayor only
    under an arrêté of delegation (L. 2122-18). A délibération or an arrêté of delegation
    dated after the signature did not exist on that day.

    Severity: an error: as written, the act states that its signatory held no delegation
    yet when signing, which makes it unlawful on its face (incompetence); if it is only a
    wrong date, the act still states something impossible.

    Contrôle : la délibération de délégation et l'arrêté de délégation visés sont datés au
    plus tard du jour de la signature.

    (Les autres actes visés postérieurs à la signature relèvent de DAT002.)

    Pourquoi : la compétence de l'auteur d'un acte s'apprécie à la date de sa signature. Le
    maire ne décide dans les matières déléguées par le conseil municipal qu'en vertu de sa
    délibération (CGCT, art. L. 2122-22 et L. 2122-23) ; un adjoint ou un conseiller
    municipal ne signe pour le maire qu'en vertu d'un arrêté de délégation
    (art. L. 2122-18). Une délibération ou un arrêté de délégation postérieur à la
    signature n'existait pas ce jour-là.

    Gravité : erreur : tel qu'il est rédigé, l'acte indique que son signataire ne détenait
    pas encore de délégation lorsqu'il a signé, ce qui le rend illégal à sa seule lecture
    (incompétence) ; s'il ne s'agit que d'une date erronée, l'acte énonce encore une chose
    impossible.

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
    only renewals whose dates are checked against an official text are used (2026: rounds
    on 15 and 22 March, décret n° 2025-848; every new council installed by 29 March,
    L. 2121-7). A délibération voted between the first round and the installation is not
    judged.

    Why: the council delegates to the mayor « pour la durée de son mandat » (CGCT,
    art. L. 2122-22); the delegations end at the installation meeting of the new council
    (Rép. min. QE n° 14629, JO Sénat 10 février 2005), which must delegate again. A
    décision resting on the former council's délibération is taken by an authority that no
    longer held the power.

    Severity: an error: the décision relies on a delegation that no longer existed when it
    was signed, which makes it unlawful on its face (incompetence); only renewals whose
    dates are checked against an official text are used, so the finding rests on facts.

    Contrôle : une décision signée après un renouvellement général des conseils municipaux
    se fonde sur une délibération de délégation votée avant ce renouvellement.

    Les renouvellements sont des données datées, avec leurs sources
    (``rules/data/municipal_elections.toml``) ; seuls ceux dont les dates sont vérifiées sur
    un texte officiel sont utilisés (2026 : scrutins des 15 et 22 mars, décret
    n° 2025-848 ; tous les nouveaux conseils installés au plus tard le 29 mars,
    art. L. 2121-7). Une délibération votée entre le premier tour et l'installation n'est
    pas contrôlée.

    Pourquoi : le conseil municipal délègue au maire « pour la durée de son mandat » (CGCT,
    art. L. 2122-22) ; les délégations prennent fin à la séance d'installation du nouveau
    conseil (Rép. min. QE n° 14629, JO Sénat 10 février 2005), qui doit délibérer à
    nouveau. La décision fondée sur la délibération de l'ancien conseil est prise par une
    autorité qui n'en avait plus le pouvoir.

    Gravité : erreur : la décision repose sur une délégation qui n'existait plus lors de sa
    signature, ce qui la rend illégale à sa seule lecture (incompétence) ; seuls sont
    utilisés les renouvellements dont les dates sont vérifiées sur un texte officiel, de
    sorte que le constat repose sur des faits.

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
                    f"renouvellement général de {renewal.year} : la délégation a pris fin à "
                    "l'installation du nouveau conseil",
                    f"the delegation délibération of {date.value.isoformat()} predates the "
                    f"{renewal.year} general renewal: the delegation ended when the new council "
                    "was installed",
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
    """The signature names one mechanism and the visas, or the matter, another.

    For an act of the mayor's own powers: suppléance of an impeded mayor (« Pour le Maire
    empêché », L. 2122-17) with only a delegation arrêté in the visas, or a delegated
    adjoint (« l'Adjoint délégué ») with only L. 2122-17 in the visas.

    For an act taken by delegation of the council (L. 2122-22): a signature by suppléance
    of the impeded mayor, unless a visa or a considérant shows that the délibération of
    delegation provides for it; there, the advice is never to cite L. 2122-17. A delegated
    adjoint with only L. 2122-17 in the visas is told to cite the arrêté of delegation. A
    président of an EPCI signing by suppléance is not judged.

    Why: suppléance needs a real, proven impediment (CGCT, art. L. 2122-17) and delegation
    needs an arrêté (L. 2122-18): mixing them leaves the signatory's competence unproven.
    On matters delegated by the council, L. 2122-17 does not apply: « sauf disposition
    contraire dans la délibération, les décisions relatives aux matières ayant fait l'objet
    de la délégation sont prises, en cas d'empêchement du maire, par le conseil municipal »
    (L. 2122-23, al. 2). A décision by delegation signed for the impeded mayor is regular
    only if the délibération provides for the suppléance.

    Severity: a warning: the act may be lawful (the délibération may provide for the
    suppléance, the impediment may be real, the arrêté may exist) but, as written, it does
    not show it, and the contrôle de légalité would ask.

    Contrôle : la signature invoque un mécanisme et les visas, ou la matière, en supposent un
    autre.

    Pour un acte relevant des pouvoirs propres du maire : suppléance du maire empêché
    (« Pour le Maire empêché », art. L. 2122-17) alors que les visas ne citent qu'un arrêté
    de délégation, ou adjoint délégué (« l'Adjoint délégué ») alors que les visas ne citent
    que l'article L. 2122-17.

    Pour un acte pris par délégation du conseil municipal (art. L. 2122-22) : signature par
    suppléance du maire empêché, sauf si un visa ou un considérant montre que la
    délibération de délégation la prévoit ; le conseil donné n'est alors jamais de viser
    l'article L. 2122-17. À l'adjoint délégué dont les visas ne citent que l'article
    L. 2122-17, il est conseillé de viser l'arrêté de délégation. La signature par
    suppléance du président d'un EPCI n'est pas contrôlée.

    Pourquoi : la suppléance suppose un empêchement réel et établi (CGCT, art. L. 2122-17),
    la délégation un arrêté (art. L. 2122-18) : les confondre laisse la compétence du
    signataire sans preuve. Dans les matières déléguées par le conseil, l'article L. 2122-17
    ne s'applique pas : « sauf disposition contraire dans la délibération, les décisions
    relatives aux matières ayant fait l'objet de la délégation sont prises, en cas
    d'empêchement du maire, par le conseil municipal » (art. L. 2122-23, al. 2). La décision
    prise par délégation et signée pour le maire empêché n'est régulière que si la
    délibération prévoit la suppléance.

    Gravité : avertissement : l'acte peut être régulier (la délibération peut prévoir la
    suppléance, l'empêchement être réel, l'arrêté exister), mais, tel qu'il est rédigé, il
    ne le montre pas, et le contrôle de légalité le demanderait.

    Failing example::

        ARRÊTÉ n° 2026-8
        Vu l'arrêté n° 2026-631 du 31 mars 2026 portant délégation de fonctions aux adjoints ;
        ARRÊTE
        Article 1 : La buvette est autorisée.
        Fait à Lens, le 2 mai 2026.
        Pour le Maire empêché,
        Le premier adjoint,
        Pierre MAZURE

    Failing example::

        DÉCISION n° 2026-92
        Vu le code général des collectivités territoriales, et notamment ses articles L. 2122-17 et L. 2122-22 ;
        Vu la délibération n° 2026-018 du 3 avril 2026 portant délégation au maire en application de l'article L. 2122-22 du CGCT ;
        DÉCIDE
        Article 1 : Le contrat est renouvelé.
        Fait à Lens, le 11 mai 2026.
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

    Passing example::

        DÉCISION n° 2026-92
        Vu la délibération n° 2026-018 du 3 avril 2026 portant délégation au maire en application de l'article L. 2122-22 du CGCT, et prévoyant qu'en cas d'empêchement du maire les décisions sont prises par le premier adjoint ;
        DÉCIDE
        Article 1 : Le contrat est renouvelé.
        Fait à Lens, le 11 mai 2026.
        Pour le Maire empêché,
        Le premier adjoint,
        Pierre MAZURE
    """
    if act.conclusions is None:
        return
    substitute = facts(act).signed_by_substitute
    delegated_matter = _on_delegated_matter(act)
    if substitute and delegated_matter:
        if facts(act).executive == "maire" and not _provides_suppleance(act):
            yield Finding(
                span=_signature_line(act),
                message=Text(
                    f"décision prise par délégation du conseil signée par suppléance du maire "
                    f"empêché (« {substitute} ») : sur les matières déléguées, le conseil "
                    "municipal décide en cas d'empêchement du maire, sauf disposition contraire "
                    "de la délibération de délégation (art. L. 2122-23 du CGCT)",
                    f"décision taken by delegation of the council signed by suppléance of the "
                    f"impeded mayor (« {substitute} »): on delegated matters the council decides "
                    "when the mayor is impeded, unless the délibération of delegation provides "
                    "otherwise (CGCT, art. L. 2122-23)",
                ),
                help=Text(
                    "vérifier que la délibération de délégation prévoit la suppléance du maire "
                    "empêché et la viser (« Vu la délibération n° … du … portant délégation au "
                    "maire et prévoyant qu'en cas d'empêchement du maire … ») ; à défaut, faire "
                    "décider le conseil municipal",
                    "check that the délibération of delegation provides for suppléance of the "
                    "impeded mayor and cite it (« Vu la délibération n° … du … portant "
                    "délégation au maire et prévoyant qu'en cas d'empêchement du maire … »); "
                    "otherwise have the council decide",
                ),
            )
    elif substitute and facts(act).delegation_orders and not facts(act).cites_suppleance:
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
            help=Text("viser l'arrêté qui délègue ces fonctions au signataire (L. 2122-18 et "
                      "L. 2122-23)",
                      "cite the arrêté delegating these functions to the signatory "
                      "(L. 2122-18 and L. 2122-23)")
            if delegated_matter else
            Text("viser l'arrêté de délégation (L. 2122-18), ou signer « pour le maire "
                 "empêché »",
                 "cite the delegation arrêté (L. 2122-18), or sign « pour le maire "
                 "empêché »"),
        )  # fmt: skip


# « prévoyant qu'en cas d'empêchement du maire les décisions sont prises par le premier
# adjoint », « en cas d'absence ou d'empêchement », « suppléance »
_SUPPLEANCE_WORDS = LazyPattern(r"(?i:emp[êe]ch|suppl[ée]an|suppl[ée][ée])")


def _on_delegated_matter(act: Act) -> bool:
    """The act is taken by delegation of the council: a décision by delegation, or another
    act that says so and cites no power of its author's own."""
    if act.kind == "decision":
        return facts(act).by_delegation
    return facts(act).states_delegation and not facts(act).own_power_basis


def _provides_suppleance(act: Act) -> bool:
    """A visa or a considérant says that the délibération of delegation provides for the
    mayor's suppléance (CGCT, art. L. 2122-23, al. 2)."""
    units = (*act.preamble.citations, *act.preamble.recitals)
    return any(_SUPPLEANCE_WORDS.search(unit.text) and "delib" in fold(unit.text) for unit in units)


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

    Why: « toute décision prise par une administration comporte la signature de son auteur
    ainsi que la mention, en caractères lisibles, du prénom, du nom et de la qualité de
    celui-ci » (CRPA, art. L. 212-1); with a delegation, the delegate's name is what allows
    checking the delegation.

    Severity: a warning: the omission is a substantial irregularity when the author cannot
    otherwise be identified (CE, 28 mai 2010, n° 328686), but not when the act or its
    context identifies him; a human must judge.

    Contrôle : le bloc de signature indique la qualité du signataire, mais ni son prénom ni
    son nom.

    (Le bloc qui n'indique ni l'un ni l'autre relève de STR004.)

    Pourquoi : « toute décision prise par une administration comporte la signature de son
    auteur ainsi que la mention, en caractères lisibles, du prénom, du nom et de la qualité
    de celui-ci » (CRPA, art. L. 212-1) ; en cas de délégation, c'est le nom du délégataire
    qui permet de vérifier la délégation.

    Gravité : avertissement : l'omission est une irrégularité substantielle lorsque l'auteur
    ne peut être identifié autrement (CE, 28 mai 2010, n° 328686), mais non lorsque l'acte
    ou son contexte permet de l'identifier ; l'appréciation revient au lecteur.

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


_BUDGET = LazyPattern(
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
    """A décision taken under L. 2122-22 4° (a marché or an accord-cadre) states that the
    credits are inscribed in the budget.

    A décision that names another item of L. 2122-22 as its basis (« son 11° », the fees of
    a lawyer in a dispute over a marché) is not judged.

    Why: the council delegates decisions on marchés and accords-cadres only « lorsque les
    crédits sont inscrits au budget » (CGCT, art. L. 2122-22, 4°); saying so shows the
    condition is met.

    Severity: info: good drafting practice; no text requires the décision to state it, and
    the act is not irregular for not saying it as long as the credits are in fact inscribed.

    Contrôle : la décision prise en application du 4° de l'article L. 2122-22 (un marché ou
    un accord-cadre) indique que les crédits sont inscrits au budget.

    La décision qui se fonde sur un autre alinéa de l'article L. 2122-22 (« son 11° », les
    honoraires d'un avocat dans un litige portant sur un marché) n'est pas contrôlée.

    Pourquoi : le conseil municipal ne délègue les décisions relatives aux marchés et
    accords-cadres que « lorsque les crédits sont inscrits au budget » (CGCT,
    art. L. 2122-22, 4°) ; le dire montre que la condition est remplie.

    Gravité : information : bonne pratique de rédaction ; aucun texte n'impose à la décision
    de le mentionner, et l'acte n'est pas irrégulier faute de le dire dès lors que les
    crédits sont effectivement inscrits.

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
