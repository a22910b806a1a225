"""CHN: the chain of acts a décision rests on, checked against the other acts of its
repository: the acts its visas cite, the délibération of delegation, the arrêté
delegating to the signatory, the acts that later withdraw or amend it. These rules find
nothing when the act is linted outside a repository."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Mapping
from decimal import Decimal
from typing import TYPE_CHECKING, Any

from actlint.api import (
    Act,
    ActReference,
    Finding,
    LazyPattern,
    Related,
    Severity,
    Text,
    facts,
    fold,
    rule,
)

if TYPE_CHECKING:
    from actlint.api import Record

from .support.french import agreeing, euros, french_date
from .support.sources import (
    END_OF_DELEGATIONS,
    REPOSITORY_ACTS,
    code_article,
    fact,
    law,
)


def _label(record: Record) -> Text:
    return Text(record.label("fr"), record.label("en"))


def _quoted(act: Act, ref: ActReference) -> str:
    return " ".join(act.text[ref.span.start : ref.span.end].split())


@rule(
    code="CHN001", name="cited-act-not-in-repository", severity=Severity.INFO,
    summary=Text("Acte cité absent du dépôt qui contient les actes de cette autorité",
                 "Cited act missing from the repository that holds that authority's acts"),
    basis=fact(Text("les actes du dépôt ne contiennent aucun acte de ce numéro et de cette date",
                    "the repository's acts hold no act of that number and date"),
               REPOSITORY_ACTS),
)  # fmt: skip
def cited_act_not_in_repository(act: Act, options: Mapping[str, Any]) -> Iterable[Finding]:
    """A visa or an article cites a délibération, an arrêté or a décision that the
    repository does not hold, while it holds other acts of that kind, of the same place of
    signature and of the same year.

    Only references giving a number or a date are resolved; a reference is matched to the
    acts of its kind by number and date. The act may simply be kept elsewhere (another
    repository, a paper register): this is information for the reader.

    Why: the acts a décision rests on are the first thing a reader checks; when they are
    in the repository, the other CHN rules check the chain end to end. An act cited but
    missing is either kept elsewhere or cited with a wrong number or date.

    Severity: info: the act may lawfully be kept elsewhere.

    Contrôle : un visa ou un article cite une délibération, un arrêté ou une décision que le
    dépôt ne contient pas, alors qu'il contient d'autres actes de cette nature, du même lieu
    de signature et de la même année.

    Seules les références qui donnent un numéro ou une date sont résolues ; une référence
    est rapprochée des actes de sa nature par le numéro et la date. L'acte peut être
    conservé ailleurs (autre dépôt, registre papier) : c'est une information.

    Pourquoi : les actes sur lesquels repose une décision sont la première chose que vérifie
    le lecteur ; lorsqu'ils sont dans le dépôt, les autres règles CHN vérifient la chaîne
    de bout en bout. Un acte cité mais absent est conservé ailleurs, ou cité avec un
    numéro ou une date erronés.

    Gravité : info : l'acte peut être conservé ailleurs, régulièrement.

    Failing example::

        DÉCISION n° 2026-10
        Le Maire de la commune d'Arras,
        Vu la délibération n° 2026-04 du 20 mars 2026 portant délégation au maire (article L. 2122-22 du code général des collectivités territoriales) ;
        Vu l'arrêté n° 2026-51 du 26 mars 2026 portant délégation de fonctions à un adjoint ;
        DÉCIDE
        Article 1 : Un marché de fournitures de bureau est conclu avec la société ALPHA pour 10 000 € HT.
        Fait à Arras, le 2 avril 2026.
        Pour le Maire, l'Adjoint délégué,
        Jean MARTIN

        ==> arrete-2026-50.txt <==
        ARRÊTÉ n° 2026-50
        OBJET : Délégation de fonctions à un adjoint
        Le Maire de la commune d'Arras,
        ARRÊTE
        Article 1 : Délégation de fonctions est donnée à Monsieur Jean MARTIN, adjoint au maire, pour les marchés publics.
        Fait à Arras, le 25 mars 2026.
        Le Maire,
        Paul DURAND

    Passing example::

        DÉCISION n° 2026-10
        Le Maire de la commune d'Arras,
        Vu la délibération n° 2026-04 du 20 mars 2026 portant délégation au maire (article L. 2122-22 du code général des collectivités territoriales) ;
        Vu l'arrêté n° 2026-50 du 25 mars 2026 portant délégation de fonctions à un adjoint ;
        DÉCIDE
        Article 1 : Un marché de fournitures de bureau est conclu avec la société ALPHA pour 10 000 € HT.
        Fait à Arras, le 2 avril 2026.
        Pour le Maire, l'Adjoint délégué,
        Jean MARTIN

        ==> arrete-2026-50.txt <==
        ARRÊTÉ n° 2026-50
        OBJET : Délégation de fonctions à un adjoint
        Le Maire de la commune d'Arras,
        ARRÊTE
        Article 1 : Délégation de fonctions est donnée à Monsieur Jean MARTIN, adjoint au maire, pour les marchés publics.
        Fait à Arras, le 25 mars 2026.
        Le Maire,
        Paul DURAND
    """
    if facts(act).repository is None:
        return  # linted alone
    f = facts(act)
    for ref, delegating in facts(act).cited_acts:
        found = f.resolve(ref, delegating)
        if found is None or found.status != "absent":
            continue
        quoted = _quoted(act, ref)
        yield Finding(ref.span, Text(
            f"« {quoted} » n'est pas dans le dépôt, qui contient d'autres actes de cette nature, "
            "de cette autorité et de cette année",
            f"« {quoted} » is not in the repository, which holds other acts of that kind, "
            "authority and year",
        ), help=Text("vérifier le numéro et la date cités, ou ajouter l'acte au dépôt",
                     "check the number and date cited, or add the act to the repository"))  # fmt: skip


@rule(
    code="CHN002", name="cited-act-differs", severity=Severity.WARNING,
    summary=Text("Numéro ou date d'un acte cité différent de l'acte du dépôt",
                 "Number or date of a cited act differs from the repository's act"),
    basis=fact(Text("l'acte du dépôt de même numéro porte une autre date, ou l'acte de même "
                    "date un numéro voisin", "the repository's act of that number bears "
                    "another date, or the act of that date a close number"), REPOSITORY_ACTS),
)  # fmt: skip
def cited_act_differs(act: Act, options: Mapping[str, Any]) -> Iterable[Finding]:
    """A visa or an article cites an act whose number the repository holds with another
    date, or whose date and kind match an act of the repository whose number differs by
    one character (one replaced, added, removed, or two swapped).

    Why: a visa citing an act with a wrong date or number points the reader, and the
    contrôle de légalité, to an act that does not exist. An error in the visas does not
    by itself make the act unlawful (CE, 5 avril 2002, n° 221890), but it must be
    corrected before signature, and it may hide a citation of the wrong act.

    Severity: a warning: a typing error in a visa is not an illegality, but it is almost
    never intended.

    Contrôle : un visa ou un article cite un acte dont le dépôt contient le numéro avec une
    autre date, ou dont la date et la nature correspondent à un acte du dépôt dont le
    numéro diffère d'un caractère (remplacé, ajouté, retiré, ou deux caractères inversés).

    Pourquoi : un visa qui cite un acte avec une date ou un numéro erronés renvoie le
    lecteur, et le contrôle de légalité, à un acte qui n'existe pas. Une erreur dans les
    visas ne rend pas à elle seule l'acte illégal (CE, 5 avril 2002, n° 221890), mais elle
    doit être corrigée avant la signature et peut cacher la citation d'un autre acte.

    Gravité : avertissement : une faute de frappe dans un visa n'est pas une illégalité,
    mais elle n'est presque jamais voulue.

    Failing example::

        DÉCISION n° 2026-10
        Le Maire de la commune d'Arras,
        Vu la délibération n° 2026-04 du 20 mars 2026 portant délégation au maire (article L. 2122-22 du code général des collectivités territoriales) ;
        Vu l'arrêté n° 2026-50 du 26 mars 2026 portant délégation de fonctions à un adjoint ;
        DÉCIDE
        Article 1 : Un marché de fournitures de bureau est conclu avec la société ALPHA pour 10 000 € HT.
        Fait à Arras, le 2 avril 2026.
        Pour le Maire, l'Adjoint délégué,
        Jean MARTIN

        ==> arrete-2026-50.txt <==
        ARRÊTÉ n° 2026-50
        OBJET : Délégation de fonctions à un adjoint
        Le Maire de la commune d'Arras,
        ARRÊTE
        Article 1 : Délégation de fonctions est donnée à Monsieur Jean MARTIN, adjoint au maire, pour les marchés publics.
        Fait à Arras, le 25 mars 2026.
        Le Maire,
        Paul DURAND

    Passing example::

        DÉCISION n° 2026-10
        Le Maire de la commune d'Arras,
        Vu la délibération n° 2026-04 du 20 mars 2026 portant délégation au maire (article L. 2122-22 du code général des collectivités territoriales) ;
        Vu l'arrêté n° 2026-50 du 25 mars 2026 ;
        DÉCIDE
        Article 1 : Un marché de fournitures de bureau est conclu avec la société ALPHA pour 10 000 € HT.
        Fait à Arras, le 2 avril 2026.
        Pour le Maire, l'Adjoint délégué,
        Jean MARTIN

        ==> arrete-2026-50.txt <==
        ARRÊTÉ n° 2026-50
        OBJET : Délégation de fonctions à un adjoint
        Le Maire de la commune d'Arras,
        ARRÊTE
        Article 1 : Délégation de fonctions est donnée à Monsieur Jean MARTIN, adjoint au maire, pour la commande publique.
        Fait à Arras, le 25 mars 2026.
        Le Maire,
        Paul DURAND
    """
    if facts(act).repository is None:
        return  # linted alone
    f = facts(act)
    for ref, delegating in facts(act).cited_acts:
        found = f.resolve(ref, delegating)
        if found is None or found.status != "differs" or found.record is None:
            continue
        record, quoted = found.record, _quoted(act, ref)
        label = _label(record)
        if found.differs == "date":
            message = Text(
                f"« {quoted} » : le dépôt contient {label.fr}, "
                f"{agreeing(record.kind, 'daté')} d'un autre jour",
                f"« {quoted} »: the repository holds {label.en}, dated another day",
            )
            at = record.date_at or record.at
        else:
            message = Text(
                f"« {quoted} » : le dépôt contient à cette date {label.fr}, dont le numéro "
                "diffère d'un caractère",
                f"« {quoted} »: the repository holds on that date {label.en}, whose number "
                "differs by one character",
            )
            at = record.at
        yield Finding(ref.span, message, help=Text(
            "corriger la référence, ou l'acte cité s'il porte l'erreur",
            "correct the reference, or the cited act if the error is there",
        ), related=(Related(record.path, at, label),))  # fmt: skip


def _decision_items(act: Act) -> list[int]:
    """The items of L. 2122-22 the décision relies on: those it names, else 4° for a
    marché."""
    f = facts(act)
    named = sorted({int(i.rstrip("°")) for i in f.delegated_items if i.rstrip("°").isdigit()})
    return named or ([4] if f.concerns_procurement else [])


def _delegating(act: Act, kinds: tuple[str, ...]) -> Iterator[tuple[ActReference, Record]]:
    """The acts of delegation of these kinds the act cites, as the repository holds them."""
    f = facts(act)
    for ref, delegating in f.cited_acts:
        if delegating and ref.kind in kinds:
            found = f.resolve(ref, True)
            if found is not None and found.status == "resolved" and found.record:
                yield ref, found.record


def _delegations(act: Act) -> Iterator[tuple[ActReference, Record]]:
    """The délibérations of delegation the décision cites that delegate items."""
    return ((ref, record) for ref, record in _delegating(act, ("deliberation",)) if record.items)


def _top_amount(act: Act, limit_text: str) -> tuple[Decimal, str] | None:
    """The décision's largest amount of the kind the délibération's limit names (HT unless
    it says TTC)."""
    wanted = "TTC" if "ttc" in fold(limit_text) else "HT"
    amounts = [a for a in act.amounts if a.qualifier == wanted]
    if not amounts:
        return None
    top = max(a.value for a in amounts)
    return top, f"{euros(top)} {wanted}"


@rule(
    code="CHN003", name="matter-not-delegated", severity=Severity.WARNING,
    summary=Text("La délibération de délégation ne délègue pas la matière de la décision",
                 "The délibération of delegation does not delegate the décision's matter"),
    basis=law(Text("le maire ne décide par délégation que dans les matières et les limites "
                   "que fixe la délibération du conseil municipal",
                   "the mayor decides by delegation only in the matters and within the limits "
                   "the council's délibération sets"),
              code_article("CGCT", "L. 2122-22", "L. 2122-23")),
)  # fmt: skip
def matter_not_delegated(act: Act, options: Mapping[str, Any]) -> Iterable[Finding]:
    """A décision cites the délibération of delegation, the repository holds it, and it
    does not delegate the item of L. 2122-22 the décision relies on, or sets a limit the
    décision exceeds.

    The délibérations cited are read together (one may complete another). The décision's
    item is the one it names (« L. 2122-22, 4° »), else 4° for a décision on a marché. The limit compared is the largest amount the délibération sets for the
    item, against the décision's largest amount of the same kind (HT unless the limit
    says TTC).

    Why: the mayor holds only the powers the council delegated to him, within the limits it
    set (CGCT, art. L. 2122-22); a décision outside them is taken by an incompetent
    authority and is annulled for that reason. The décisions are signed under the same
    délibération (L. 2122-23).

    Severity: a warning: the matter may be delegated by another délibération the visas do
    not cite.

    Contrôle : une décision cite la délibération de délégation, le dépôt la contient, et
    elle ne délègue pas l'alinéa de l'article L. 2122-22 dont relève la décision, ou fixe
    une limite que la décision dépasse.

    Les délibérations citées sont lues ensemble (l'une peut compléter l'autre). L'alinéa de
    la décision est celui qu'elle cite (« L. 2122-22, 4° »), à défaut le 4° pour une
    décision portant sur un marché. La limite comparée est le plus grand montant
    que la délibération fixe pour l'alinéa, face au plus grand montant de la décision de
    même nature (HT, sauf si la limite est TTC).

    Pourquoi : le maire ne détient que les pouvoirs que le conseil lui a délégués, dans les
    limites qu'il a fixées (CGCT, art. L. 2122-22) ; une décision prise en dehors émane
    d'une autorité incompétente et est annulée pour ce motif. Les décisions sont signées
    sous le régime de la même délibération (L. 2122-23).

    Gravité : avertissement : la matière peut être déléguée par une autre délibération que
    les visas ne citent pas.

    Failing example::

        DÉCISION n° 2026-10
        Le Maire de la commune d'Arras,
        Vu la délibération n° 2026-04 du 20 mars 2026 portant délégation au maire (article L. 2122-22 du code général des collectivités territoriales) ;
        Vu l'arrêté n° 2026-50 du 25 mars 2026 portant délégation de fonctions à un adjoint ;
        DÉCIDE
        Article 1 : Un marché de fournitures de bureau est conclu avec la société ALPHA pour 52 000 € HT.
        Fait à Arras, le 2 avril 2026.
        Pour le Maire, l'Adjoint délégué,
        Jean MARTIN

        ==> deliberation-2026-04.txt <==
        DÉLIBÉRATION n° 2026-04
        OBJET : Délégations du conseil municipal au maire
        Le Conseil municipal,
        DÉCIDE
        Article 1 : Le maire est chargé, par délégation du conseil municipal et pour la durée de son mandat :
        4° De prendre toute décision concernant la passation des marchés d'un montant inférieur à 40 000 € HT ;
        Fait à Arras, le 20 mars 2026.
        Le Maire,
        Paul DURAND

    Passing example::

        DÉCISION n° 2026-10
        Le Maire de la commune d'Arras,
        Vu la délibération n° 2026-04 du 20 mars 2026 portant délégation au maire (article L. 2122-22 du code général des collectivités territoriales) ;
        Vu l'arrêté n° 2026-50 du 25 mars 2026 portant délégation de fonctions à un adjoint ;
        DÉCIDE
        Article 1 : Un marché de fournitures de bureau est conclu avec la société ALPHA pour 39 000 € HT.
        Fait à Arras, le 2 avril 2026.
        Pour le Maire, l'Adjoint délégué,
        Jean MARTIN

        ==> deliberation-2026-04.txt <==
        DÉLIBÉRATION n° 2026-04
        OBJET : Délégations du conseil municipal au maire
        Le Conseil municipal,
        DÉCIDE
        Article 1 : Le maire est chargé, par délégation du conseil municipal et pour la durée de son mandat :
        4° De prendre toute décision concernant la passation des marchés d'un montant inférieur à 40 000 € HT ;
        Fait à Arras, le 20 mars 2026.
        Le Maire,
        Paul DURAND
    """
    if facts(act).repository is None:
        return  # linted alone
    if act.kind != "decision":
        return
    cited = list(_delegations(act))
    if not cited:
        return
    # The délibérations cited are read together: one may complete another.
    delegated = {i.number: (ref, record, i) for ref, record in cited for i in record.items}
    ref, record = cited[0]
    label = _label(record)
    for number in _decision_items(act):
        if number not in delegated:
            listed = ", ".join(f"{n}°" for n in sorted(delegated))
            yield Finding(ref.span, Text(
                f"{label.fr} ne délègue pas au maire le {number}° de l'article L. 2122-22, "
                f"dont relève la décision (les délibérations citées délèguent : {listed})",
                f"{label.en} does not delegate item {number}° of article L. 2122-22 to the "
                f"mayor, which the décision relies on (the délibérations cited delegate: {listed})",
            ), related=(Related(record.path, record.at, label),))  # fmt: skip
            continue
        at, by, item = delegated[number]
        top = _top_amount(act, item.limit_text) if item.limit is not None else None
        if item.limit is not None and top is not None and top[0] > item.limit:
            yield Finding(at.span, Text(
                f"le montant de la décision ({top[1]}) dépasse la limite que {_label(by).fr} "
                f"fixe pour le {number}° (« {item.limit_text} »)",
                f"the décision's amount ({top[1]}) exceeds the limit {_label(by).en} sets for "
                f"item {number}° (« {item.limit_text} »)",
            ), related=(Related(by.path, item.at, Text(
                f"{number}° de la délibération", f"item {number}° of the délibération")),))  # fmt: skip


# The words of an arrêté's delegation that cover an item of L. 2122-22 (folded).
_MATTER_WORDS = {
    3: r"emprunts?|finances?", 4: r"marches|commande\s+publique|achats?|accords?-cadres",
    5: r"louage|baux|locations?", 6: r"assurances?", 8: r"cimetieres?|concessions?\s+funeraires?",
    11: r"avocats?|honoraires|affaires\s+juridiques|contentieux",
    15: r"preemption|urbanisme|foncier", 16: r"actions?\s+en\s+justice|contentieux|affaires\s+juridiques",
}  # fmt: skip
_EVERY_MATTER = LazyPattern(
    r"l\.\s*2122-22|toutes?\s+(?:les\s+)?(?:matieres|decisions)|l'ensemble\s+des\s+(?:matieres|decisions)"
)


def _covers(matters: str, item: int) -> bool | None:
    """Whether the matters an arrêté delegates cover the item; None when unknown."""
    if _EVERY_MATTER.search(matters):
        return True
    words = _MATTER_WORDS.get(item)
    return None if words is None else bool(re.search(words, matters))


# An agent's capacity, though it says « adjoint » (« adjoint administratif », « directeur
# général adjoint des services »).
_AGENT = LazyPattern(
    r"directeu|directrice|responsable|\bchef|secretaire|attache|\bagent|\bdgs\b|administrati"
    r"|technique|redact|ingenieur|\bdes\s+services"
)


def _family(capacity: str) -> str | None:
    """Adjoint, councillor (L. 2122-18) or agent (L. 2122-19)."""
    folded = fold(capacity)
    if _AGENT.search(folded):
        return "agent"
    if "adjoint" in folded:
        return "adjoint"
    return "conseiller" if "conseill" in folded else None


_FAMILY = {"adjoint": Text("d'adjoint", "adjoint"),
           "conseiller": Text("de conseiller municipal", "municipal councillor"),
           "agent": Text("d'agent", "agent")}  # fmt: skip


def _surnames(name: str) -> set[str]:
    """The surname of « Pierre MAZURE » (the words in capitals), else the last word; each
    part of a compound one (« DURAND-VASSEUR »)."""
    words = [w for w in re.findall(r"[\w'’]+", name) if len(w) > 1]
    capitals = {fold(w) for w in words if w.isupper()}
    return capitals or ({fold(words[-1])} if words else set())


@rule(
    code="CHN004", name="delegation-order-mismatch", severity=Severity.WARNING,
    summary=Text("L'arrêté de délégation ne couvre pas le signataire ou la matière",
                 "The arrêté of delegation does not cover the signatory or the matter"),
    basis=law(Text("l'adjoint ou le conseiller ne signe que dans les matières que l'arrêté de "
                   "délégation lui confie, et seulement une fois l'arrêté pris",
                   "an adjoint or councillor signs only in the matters the arrêté of delegation "
                   "gives him, and only once the arrêté is taken"),
              code_article("CGCT", "L. 2122-18", "L. 2122-19", "L. 2122-23")),
)  # fmt: skip
def delegation_order_mismatch(act: Act, options: Mapping[str, Any]) -> Iterable[Finding]:
    """A décision or an arrêté signed for the mayor cites the arrêté of delegation, the
    repository holds it, and the arrêté is dated after the signature (an error), does not
    name the signatory, names him in another capacity (adjoint, councillor, agent), or
    does not cover the matter of the décision (warnings). The arrêtés cited are read
    together (one may complete another), and only the first of the warnings is reported. A
    signature by suppléance of an impeded mayor (« Pour le Maire empêché ») needs no
    arrêté (L. 2122-17) and is not judged.

    The signatory is matched by surname (the words in capitals, else the last word); the
    capacity as adjoint, councillor or agent (« adjoint administratif », « directeur
    général adjoint des services » are agents); the matter by the words of the arrêté's delegation (« marchés publics », « commande
    publique » for 4°) or a delegation of every matter of L. 2122-22.

    Why: an adjoint or a councillor signs for the mayor only under an arrêté delegating
    functions to him (CGCT, art. L. 2122-18), an agent only under an arrêté delegating
    signature (L. 2122-19), and the décisions taken by delegation of the council are signed
    under the same arrêtés (L. 2122-23). A delegation is valid only for the matters it
    names and from the day it is taken; a signature outside it makes the act incompetent.

    Severity: a warning; an error when the arrêté is dated after the signature, since no
    other act can then have given the power.

    Contrôle : une décision ou un arrêté signé pour le maire cite l'arrêté de délégation, le
    dépôt le contient, et l'arrêté est daté après la signature (erreur), ne nomme pas le
    signataire, le nomme en une autre qualité (adjoint, conseiller, agent), ou ne couvre
    pas la matière de la décision (avertissements). Les arrêtés cités sont lus ensemble
    (l'un peut compléter l'autre), et seul le premier des avertissements est signalé. La
    signature par suppléance du maire empêché (« Pour le Maire empêché ») ne demande pas
    d'arrêté (L. 2122-17) et n'est pas contrôlée.

    Le signataire est reconnu à son nom de famille (les mots en capitales, à défaut le
    dernier mot) ; la qualité d'adjoint, de conseiller ou d'agent (« adjoint administratif »,
    « directeur général adjoint des services » sont des agents) ; la matière aux mots de la délégation (« marchés publics », « commande
    publique » pour le 4°) ou à une délégation de toutes les matières de l'article
    L. 2122-22.

    Pourquoi : un adjoint ou un conseiller ne signe pour le maire qu'en vertu d'un arrêté
    lui déléguant des fonctions (CGCT, art. L. 2122-18), un agent qu'en vertu d'un arrêté
    de délégation de signature (L. 2122-19), et les décisions prises par délégation du
    conseil sont signées sous le régime des mêmes arrêtés (L. 2122-23). Une délégation ne
    vaut que pour les matières qu'elle nomme et à compter du jour où elle est prise ; une
    signature en dehors rend l'acte incompétent.

    Gravité : avertissement ; erreur lorsque l'arrêté est daté après la signature, car
    aucun autre acte n'a pu alors donner le pouvoir.

    Failing example::

        DÉCISION n° 2026-10
        Le Maire de la commune d'Arras,
        Vu la délibération n° 2026-04 du 20 mars 2026 portant délégation au maire (article L. 2122-22 du code général des collectivités territoriales) ;
        Vu l'arrêté n° 2026-50 du 3 avril 2026 portant délégation de fonctions à un adjoint ;
        DÉCIDE
        Article 1 : Un marché de fournitures de bureau est conclu avec la société ALPHA pour 10 000 € HT.
        Fait à Arras, le 2 avril 2026.
        Pour le Maire, l'Adjoint délégué,
        Jean MARTIN

        ==> arrete-2026-50.txt <==
        ARRÊTÉ n° 2026-50
        OBJET : Délégation de fonctions à un adjoint
        Le Maire de la commune d'Arras,
        ARRÊTE
        Article 1 : Délégation de fonctions est donnée à Monsieur Jean MARTIN, adjoint au maire, pour les marchés publics.
        Fait à Arras, le 3 avril 2026.
        Le Maire,
        Paul DURAND

    Passing example::

        DÉCISION n° 2026-10
        Le Maire de la commune d'Arras,
        Vu la délibération n° 2026-04 du 20 mars 2026 portant délégation au maire (article L. 2122-22 du code général des collectivités territoriales) ;
        Vu l'arrêté n° 2026-50 du 25 mars 2026 portant délégation de fonctions à un adjoint ;
        DÉCIDE
        Article 1 : Un marché de fournitures de bureau est conclu avec la société ALPHA pour 10 000 € HT.
        Fait à Arras, le 2 avril 2026.
        Pour le Maire, l'Adjoint délégué,
        Jean MARTIN

        ==> arrete-2026-50.txt <==
        ARRÊTÉ n° 2026-50
        OBJET : Délégation de fonctions à un adjoint
        Le Maire de la commune d'Arras,
        ARRÊTE
        Article 1 : Délégation de fonctions est donnée à Monsieur Jean MARTIN, adjoint au maire, pour les décisions prises en application de l'article L. 2122-22.
        Fait à Arras, le 25 mars 2026.
        Le Maire,
        Paul DURAND
    """
    if facts(act).repository is None:
        return  # linted alone
    f = facts(act)
    signature = act.signature
    if act.kind == "deliberation" or signature is None or not f.signed_for_someone:
        return
    if f.signed_by_substitute:
        return  # « Pour le Maire empêché »: suppléance (L. 2122-17), no arrêté needed
    signed = f.signature_date
    orders = [(ref, record) for ref, record in _delegating(act, ("arrete", "arrete_prefectoral"))
              if record.delegates]  # fmt: skip
    limit = signed.isoformat() if signed else ""
    after = {id(r) for _, r in orders if limit and r.date and r.date > limit}
    for ref, record in orders:
        if signed is not None and id(record) in after:
            label = _label(record)
            yield Finding(ref.span, Text(
                f"{label.fr} est daté après la signature de l'acte ({french_date(signed)}) : il "
                "ne pouvait pas fonder la signature",
                f"{label.en} is dated after the act's signature ({signed.isoformat()}): it "
                "could not ground the signature",
            ), severity=Severity.ERROR,
                related=(Related(record.path, record.date_at or record.at, label),))  # fmt: skip
    in_force = [(ref, record) for ref, record in orders if id(record) not in after]
    if not in_force or not signature.name:
        return
    # The arrêtés cited are read together: one may complete another.
    ref, record = in_force[0]
    label = _label(record)
    surnames = _surnames(signature.name)
    named = [(r, d) for _, r in in_force for d in r.delegates if surnames & _surnames(d.name)]
    if not named:
        listed = ", ".join(f"{d.name} ({d.capacity})" for _, r in in_force for d in r.delegates)
        yield Finding(ref.span, Text(
            f"{label.fr} ne nomme pas le signataire, {signature.name} : il délègue à {listed}",
            f"{label.en} does not name the signatory, {signature.name}: it delegates to {listed}",
        ), related=(Related(record.path, record.at, label),))  # fmt: skip
        return
    by, delegate = named[0]
    signs_as = _family(" ".join(filter(None, (signature.capacity, signature.on_behalf))))
    named_as = {_family(d.capacity) for _, d in named} - {None}
    if signs_as and named_as and signs_as not in named_as:
        yield Finding(ref.span, Text(
            f"{_label(by).fr} nomme {delegate.name} {delegate.capacity}, mais l'acte est signé "
            f"en qualité {_FAMILY[signs_as].fr}",
            f"{_label(by).en} names {delegate.name} {delegate.capacity}, but the act is signed "
            f"as {_FAMILY[signs_as].en}",
        ), related=(Related(by.path, delegate.at, Text(delegate.name, delegate.name)),))  # fmt: skip
        return
    matters = " ".join(d.matters for _, d in named)
    uncovered = [n for n in _decision_items(act) if _covers(matters, n) is False]
    if uncovered and act.kind == "decision":
        yield Finding(ref.span, Text(
            f"les arrêtés de délégation cités ne délèguent pas à {delegate.name} la matière de "
            f"la décision ({uncovered[0]}° de l'article L. 2122-22)",
            f"the arrêtés of delegation cited do not delegate to {delegate.name} the "
            f"décision's matter (item {uncovered[0]}° of article L. 2122-22)",
        ), related=tuple(Related(r.path, d.at, Text(d.name, d.name)) for r, d in named))  # fmt: skip


@rule(
    code="CHN005", name="delegation-ended", severity=Severity.WARNING,
    summary=Text("Délibération de délégation éteinte à la date de la signature",
                 "Délibération of delegation no longer in force when signed"),
    basis=law(Text("les délégations du conseil au maire prennent fin avec le mandat, à "
                   "l'installation du nouveau conseil, et le conseil peut toujours y mettre fin",
                   "the council's delegations to the mayor end with the term, at the new "
                   "council's installation, and the council may end them at any time"),
              code_article("CGCT", "L. 2122-22", "L. 2122-23"), END_OF_DELEGATIONS),
)  # fmt: skip
def delegation_ended(act: Act, options: Mapping[str, Any]) -> Iterable[Finding]:
    """A décision cites the délibération of delegation, the repository holds it, and
    before the décision's signature either the council was installed again (a
    délibération of installation or election of the mayor, of the same place, dated after
    the délibération of delegation), or a later act withdrew, repealed or replaced it.

    Why: the délibération charges the mayor « pour la durée de son mandat » (CGCT, art.
    L. 2122-22): the delegations end at the installation of the new council (Rép. min.
    n° 14629, JO Sénat du 10 février 2005), and « le conseil municipal peut toujours mettre
    fin à la délégation » (L. 2122-23). A décision taken under a délibération no longer in
    force is taken by an incompetent authority.

    Severity: a warning: the new council may have delegated the same matter again by a
    délibération the visas do not cite.

    Contrôle : une décision cite la délibération de délégation, le dépôt la contient, et
    avant la signature de la décision, soit le conseil a été installé de nouveau (une
    délibération d'installation ou d'élection du maire, du même lieu, postérieure à la
    délibération de délégation), soit un acte postérieur l'a retirée, abrogée ou remplacée.

    Pourquoi : la délibération charge le maire « pour la durée de son mandat » (CGCT, art.
    L. 2122-22) : les délégations prennent fin à l'installation du nouveau conseil (Rép.
    min. n° 14629, JO Sénat du 10 février 2005), et « le conseil municipal peut toujours
    mettre fin à la délégation » (L. 2122-23). Une décision prise sur une délibération qui
    n'est plus en vigueur émane d'une autorité incompétente.

    Gravité : avertissement : le nouveau conseil a pu déléguer de nouveau la même matière
    par une délibération que les visas ne citent pas.

    Failing example::

        DÉCISION n° 2026-10
        Le Maire de la commune d'Arras,
        Vu la délibération n° 2026-04 du 20 mars 2026 portant délégation au maire (article L. 2122-22 du code général des collectivités territoriales) ;
        Vu l'arrêté n° 2026-50 du 25 mars 2026 portant délégation de fonctions à un adjoint ;
        DÉCIDE
        Article 1 : Un marché de fournitures de bureau est conclu avec la société ALPHA pour 10 000 € HT.
        Fait à Arras, le 2 avril 2026.
        Pour le Maire, l'Adjoint délégué,
        Jean MARTIN

        ==> deliberation-2026-04.txt <==
        DÉLIBÉRATION n° 2026-04
        OBJET : Délégations du conseil municipal au maire
        Le Conseil municipal,
        DÉCIDE
        Article 1 : Le maire est chargé, par délégation du conseil municipal et pour la durée de son mandat :
        4° De prendre toute décision concernant la passation des marchés d'un montant inférieur à 40 000 € HT ;
        Fait à Arras, le 20 mars 2026.
        Le Maire,
        Paul DURAND

        ==> deliberation-2026-09.txt <==
        DÉLIBÉRATION n° 2026-09
        OBJET : Abrogation des délégations
        Le Conseil municipal,
        DÉCIDE
        Article 1 : La délibération n° 2026-04 du 20 mars 2026 est abrogée.
        Fait à Arras, le 30 mars 2026.
        Le Maire,
        Paul DURAND

    Passing example::

        DÉCISION n° 2026-10
        Le Maire de la commune d'Arras,
        Vu la délibération n° 2026-04 du 20 mars 2026 portant délégation au maire (article L. 2122-22 du code général des collectivités territoriales) ;
        Vu l'arrêté n° 2026-50 du 25 mars 2026 portant délégation de fonctions à un adjoint ;
        DÉCIDE
        Article 1 : Un marché de fournitures de bureau est conclu avec la société ALPHA pour 10 000 € HT.
        Fait à Arras, le 2 avril 2026.
        Pour le Maire, l'Adjoint délégué,
        Jean MARTIN

        ==> deliberation-2026-04.txt <==
        DÉLIBÉRATION n° 2026-04
        OBJET : Délégations du conseil municipal au maire
        Le Conseil municipal,
        DÉCIDE
        Article 1 : Le maire est chargé, par délégation du conseil municipal et pour la durée de son mandat :
        4° De prendre toute décision concernant la passation des marchés d'un montant inférieur à 40 000 € HT ;
        Fait à Arras, le 20 mars 2026.
        Le Maire,
        Paul DURAND

        ==> deliberation-2026-01.txt <==
        DÉLIBÉRATION n° 2026-01
        OBJET : Installation du conseil municipal et élection du maire
        Le Conseil municipal,
        DÉCIDE
        Article 1 : M. Paul DURAND est élu maire.
        Fait à Arras, le 20 mars 2026.
        Le Maire,
        Paul DURAND
    """
    if facts(act).repository is None:
        return  # linted alone
    f = facts(act)
    signed = f.signature_date
    repository = f.repository
    if act.kind != "decision" or signed is None or repository is None:
        return
    until = signed.isoformat()
    for ref, record in _delegations(act):
        label = _label(record)
        since = record.date or ""
        installed = [s.path for s in repository.acts if s.installs_council and s.date
                     and since < s.date <= until and s.place == record.place]  # fmt: skip
        last = max(filter(None, map(repository.record, installed)), key=lambda r: r.date or "",
                   default=None)  # fmt: skip
        if last is not None:
            yield Finding(ref.span, Text(
                f"{label.fr} est antérieure à l'installation du conseil municipal "
                f"({_label(last).fr}) : les délégations ont pris fin avec le mandat",
                f"{label.en} predates the installation of the council ({_label(last).en}): "
                "the delegations ended with the term",
            ), related=(Related(last.path, last.at, _label(last)),))  # fmt: skip
            continue
        for other, index in repository.touching(record):
            cited = other.cites[index]
            if cited.effect == "withdraws" and other.date and since <= other.date <= until:
                yield Finding(ref.span, Text(
                    f"{label.fr} a été retirée, abrogée ou remplacée par {_label(other).fr} "
                    "avant la signature",
                    f"{label.en} was withdrawn, repealed or replaced by {_label(other).en} "
                    "before the signature",
                ), related=(Related(other.path, cited.at, _label(other)),))  # fmt: skip
                break


@rule(
    code="CHN006", name="act-amended-later", severity=Severity.INFO,
    summary=Text("Acte modifié ou retiré par un acte postérieur du dépôt",
                 "Act amended or withdrawn by a later act of the repository"),
    basis=fact(Text("un acte postérieur du dépôt modifie, retire ou abroge cet acte",
                    "a later act of the repository amends, withdraws or repeals this act"),
               REPOSITORY_ACTS),
)  # fmt: skip
def act_amended_later(act: Act, options: Mapping[str, Any]) -> Iterable[Finding]:
    """Another act of the repository names this one (by number and date, or by date for
    an act without number, of the same place) in its title or its articles, with a verb
    that governs it: amending it (« modifie », « complète », or replacing one of its
    articles) or withdrawing, repealing or replacing it (« abroge la délibération … », « La
    décision … est retirée », « rapporte », « remplace »). Only an act of the same authority
    counts: a délibération for a délibération or a décision, a décision for a décision, an
    arrêté for an arrêté.

    Why: whoever reads or re-uses an act must know that its text is no longer the one in
    force; the repository knows it before the reader does.

    Severity: info: amending or withdrawing an act is lawful; the finding tells where its
    text in force is.

    Contrôle : un autre acte du dépôt nomme celui-ci (par son numéro et sa date, ou par sa
    date s'il n'a pas de numéro, du même lieu) dans son titre ou ses articles, avec un verbe
    qui le régit : qui le modifie (« modifie », « complète », ou remplace l'un de ses
    articles) ou qui le retire, l'abroge ou le remplace (« abroge la délibération … », « La
    décision … est retirée », « rapporte », « remplace »). Seul compte un acte de la même
    autorité : une délibération pour une délibération ou une décision, une décision pour une
    décision, un arrêté pour un arrêté.

    Pourquoi : qui lit ou réutilise un acte doit savoir que son texte n'est plus celui en
    vigueur ; le dépôt le sait avant le lecteur.

    Gravité : info : modifier ou retirer un acte est régulier ; le constat dit où se trouve
    son texte en vigueur.

    Failing example::

        DÉCISION n° 2026-10
        Le Maire de la commune d'Arras,
        Vu la délibération n° 2026-04 du 20 mars 2026 portant délégation au maire (article L. 2122-22 du code général des collectivités territoriales) ;
        Vu l'arrêté n° 2026-50 du 25 mars 2026 portant délégation de fonctions à un adjoint ;
        DÉCIDE
        Article 1 : Un marché de fournitures de bureau est conclu avec la société ALPHA pour 10 000 € HT.
        Fait à Arras, le 2 avril 2026.
        Pour le Maire, l'Adjoint délégué,
        Jean MARTIN

        ==> decision-2026-12.txt <==
        DÉCISION n° 2026-12
        Le Maire de la commune d'Arras,
        DÉCIDE
        Article 1 : L'article 1er de la décision n° 2026-10 du 2 avril 2026 est modifié : le montant est porté à 12 000 € HT.
        Fait à Arras, le 9 avril 2026.
        Le Maire,
        Paul DURAND

    Passing example::

        DÉCISION n° 2026-10
        Le Maire de la commune d'Arras,
        Vu la délibération n° 2026-04 du 20 mars 2026 portant délégation au maire (article L. 2122-22 du code général des collectivités territoriales) ;
        Vu l'arrêté n° 2026-50 du 25 mars 2026 portant délégation de fonctions à un adjoint ;
        DÉCIDE
        Article 1 : Un marché de fournitures de bureau est conclu avec la société ALPHA pour 10 000 € HT.
        Fait à Arras, le 2 avril 2026.
        Pour le Maire, l'Adjoint délégué,
        Jean MARTIN

        ==> decision-2026-12.txt <==
        DÉCISION n° 2026-12
        Le Maire de la commune d'Arras,
        Vu la décision n° 2026-10 du 2 avril 2026 ;
        DÉCIDE
        Article 1 : Un marché de fournitures de papier est conclu avec la société BETA pour 2 000 € HT.
        Fait à Arras, le 9 avril 2026.
        Pour le Maire, l'Adjoint délégué,
        Jean MARTIN
    """
    if facts(act).repository is None:
        return  # linted alone
    f = facts(act)
    record = f.record
    if record is None or f.repository is None:
        return
    at = act.preface.number_span or act.first_line
    for other, index in f.repository.touching(record):
        cited = other.cites[index]
        label = _label(other)
        verb = (Text("modifié", "amended") if cited.effect == "amends"
                else Text("retiré, abrogé ou remplacé", "withdrawn, repealed or replaced"))  # fmt: skip
        yield Finding(at, Text(
            f"cet acte est {verb.fr} par {label.fr}", f"this act is {verb.en} by {label.en}"
        ), related=(Related(other.path, cited.at, label),))  # fmt: skip
