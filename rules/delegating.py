"""DLG: the délibération of delegation itself (CGCT, art. L. 2122-22): the matters the
council gives the mayor, the limits it sets, and its date."""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from typing import Any

from actlint.api import Act, Finding, LazyPattern, Severity, Span, Text, fold, rule

from .support.french import french_date
from .support.reference_data import items_needing_limits, verified_last_items, verified_renewals
from .support.sources import (
    ELECTIONS_2026,
    FIRST_SITTING_2008,
    NOTRE,
    SAINT_JOSEPH,
    TA_AMIENS_2021,
    code_article,
    law,
)

# Words by which an item sets its own scope (« pour toutes les actions en justice », « sur
# l'ensemble du territoire », « quel que soit le montant », « dans les conditions
# suivantes »), or refers to limits written elsewhere (« ci-après », « en annexe »).
_OPEN_SCOPE = r"\bpour\s+tout\b|\btous\b|\btoutes\b|ensemble\s+d|quel(?:le)?s?\s+que\s+soi"
_REFERRED = (
    r"suivant|ci-apres|ci-dessous|annex|\bsauf\b|\bhors\b|uniquement|seulement|exclusivement"
    r"|\bzones?\b|perimetre|limite\s+de|maximum|plafon|exced|inferieur|superieur|jusqu"
)
_SCOPE = LazyPattern(rf"\d|{_OPEN_SCOPE}|{_REFERRED}")
# Items whose limit is an amount: loans (3°), credit lines (20°, « sur la base d'un montant
# maximum autorisé par le conseil »). For them « quel que soit leur montant », « tous les
# emprunts » say there is no limit, and a bare figure (« L. 1618-2 ») is no amount: only a
# quantity (« 1 000 000 € », « 30 ans », « 5 % ») or limits written elsewhere count.
_AMOUNT_ITEMS = frozenset({3, 20})
_AMOUNT_SCOPE = LazyPattern(
    r"\d[\d .,\u00a0\u202f]*(?:€|euros?\b|eur\b|k€|m€|millions?\b|milliards?\b|%|pour\s*cent"
    rf"|ans\b|annees?\b|mois\b)|{_REFERRED}"
)


@rule(
    code="DLG001", name="delegation-limits", severity=Severity.WARNING,
    summary=Text("Matière déléguée sans les limites que le conseil doit fixer",
                 "Delegated matter without the limits the council must set"),
    basis=law(Text("pour les matières de l'article L. 2122-22 déléguées « dans les limites (ou "
                   "conditions) fixées par le conseil municipal », la délibération doit fixer "
                   "elle-même ces limites",
                   "for the matters of L. 2122-22 delegated « within the limits (or conditions) "
                   "set by the council », the délibération must itself set them"),
              code_article("CGCT", "L. 2122-22"), TA_AMIENS_2021, SAINT_JOSEPH),
)  # fmt: skip
def delegation_limits(act: Act, options: Mapping[str, Any]) -> Iterable[Finding]:
    """A délibération of delegation gives the mayor an item of L. 2122-22 whose limits or
    conditions the council must set (2°, 3°, 15°, 16°, 17°, 20°, 21°, 22°, 26°, 27°), and
    sets none.

    The item is known by its number, or by its wording when it has none, and ends at the
    next item or article. An item is taken to set its limits when it gives an amount or a
    figure, a scope (« toutes les actions », « l'ensemble du périmètre », « pour tout
    projet »), or refers to limits written elsewhere (« dans les conditions suivantes »,
    « ci-après », « en annexe »). For loans (3°) and credit lines (20°), whose limit is an
    amount, only a quantity (« 1 000 000 € », « 20 ans ») or limits written elsewhere
    count: « quel que soit leur montant », « tous les emprunts » say there is no limit, and
    the article numbers the law's wording copies are no amount. An item whose number
    the délibération names again outside the item (« pour le 3°, dans la limite de … ») is
    not judged. Item 4° (marchés) is not worded so and is never reported.

    Why: for these items the law delegates only « dans les limites (ou conditions, ou cas)
    fixées par le conseil municipal » (CGCT, art. L. 2122-22); a délibération that copies
    these words without setting the limits does not validly transfer the competence, and
    the décisions taken under it are open to annulment (TA Amiens, 6 avril 2021,
    n° 2100998; CE, 2 février 2000, Commune de Saint-Joseph, n° 117920).

    Severity: a warning: the contrôle de légalité raises it and a court may annul the
    décisions taken under the item, but the limits may be set in another délibération the
    act does not show.

    Contrôle : une délibération de délégation confie au maire une matière de l'article
    L. 2122-22 dont le conseil doit fixer les limites ou les conditions (2°, 3°, 15°, 16°,
    17°, 20°, 21°, 22°, 26°, 27°), sans en fixer aucune.

    La matière est reconnue à son numéro, ou à sa rédaction à défaut de numéro, et s'arrête
    à la matière ou à l'article suivant. La matière est tenue pour limitée lorsqu'elle
    indique un montant ou un chiffre, un champ (« toutes les actions », « l'ensemble du
    périmètre », « pour tout projet »), ou renvoie à des limites écrites ailleurs (« dans les
    conditions suivantes », « ci-après », « en annexe »). Pour les emprunts (3°) et les
    lignes de trésorerie (20°), dont la limite est un montant, seuls comptent une quantité
    (« 1 000 000 € », « 20 ans ») ou un renvoi à des limites écrites ailleurs : « quel que
    soit leur montant », « tous les emprunts » disent l'absence de limite, et les numéros
    d'articles que recopie la rédaction de la loi ne sont pas un montant. La matière dont la délibération cite de nouveau le numéro hors de son alinéa (« pour le
    3°, dans la limite de … ») n'est pas contrôlée. Le 4° (marchés) n'est pas rédigé ainsi
    et n'est jamais signalé.

    Pourquoi : pour ces matières, la loi ne permet la délégation que « dans les limites (ou
    conditions, ou cas) fixées par le conseil municipal » (CGCT, art. L. 2122-22) ; la
    délibération qui recopie ces mots sans fixer les limites ne transfère pas valablement
    la compétence, et les décisions prises sur son fondement encourent l'annulation (TA
    Amiens, 6 avril 2021, n° 2100998 ; CE, 2 février 2000, Commune de Saint-Joseph,
    n° 117920).

    Gravité : avertissement : le contrôle de légalité le relève et le juge peut annuler les
    décisions prises sur ce fondement, mais les limites peuvent figurer dans une autre
    délibération que l'acte ne montre pas.

    Failing example::

        DÉLIBÉRATION n° 2026-018
        Séance du 3 avril 2026
        Objet : Délégations consenties au maire (article L. 2122-22 du CGCT)
        DÉCIDE
        Article 1 : Le maire est chargé, par délégation du conseil municipal et pour la durée de son mandat :
        3° De procéder, dans les limites fixées par le conseil municipal, à la réalisation des emprunts destinés au financement des investissements prévus par le budget ;
        Fait et délibéré les jour, mois et an que dessus.

    Passing example::

        DÉLIBÉRATION n° 2026-018
        Séance du 3 avril 2026
        Objet : Délégations consenties au maire (article L. 2122-22 du CGCT)
        DÉCIDE
        Article 1 : Le maire est chargé, par délégation du conseil municipal et pour la durée de son mandat :
        3° De procéder, dans la limite de 1 000 000 € par an, à la réalisation des emprunts destinés au financement des investissements prévus par le budget ;
        Fait et délibéré les jour, mois et an que dessus.
    """
    delegation = act.delegation
    if delegation is None:
        return
    limited = items_needing_limits()
    folded = act.folded
    for item in delegation.items:
        number = item.number if item.number is not None else item.by_wording
        if number not in limited or item.limits:
            continue
        words = folded[item.span.start : item.span.end]
        label = f"{item.number}°" if item.number is not None else ""
        scope = _AMOUNT_SCOPE if number in _AMOUNT_ITEMS else _SCOPE
        if scope.search(words.replace(label, "", 1) if label else words):
            continue
        if _named_elsewhere(folded, number, item.span.start, item.span.end):
            continue
        open_scope = re.search(_OPEN_SCOPE, words) if number in _AMOUNT_ITEMS else None
        span = item.council_wording or item.span
        if open_scope is not None and item.council_wording is None:
            span = Span(item.span.start + open_scope.start(), item.span.start + open_scope.end())
        yield Finding(
            span=span,
            message=Text(
                f"le {number}° de l'article L. 2122-22 est délégué sans les limites (ou "
                "conditions) que le conseil municipal doit fixer lui-même",
                f"item {number}° of L. 2122-22 is delegated without the limits (or conditions) "
                "the council must set itself",
            ),
            help=Text(
                "fixer les limites dans la délibération (un montant, un champ, des cas : « dans "
                "la limite de … € », « pour toutes les actions … ») ; recopier « dans les limites "
                "fixées par le conseil municipal » ne suffit pas",
                "set the limits in the délibération (an amount, a scope, cases: « dans la limite "
                "de … € », « pour toutes les actions … »); copying « dans les limites fixées par "
                "le conseil municipal » is not enough",
            ),
        )


def _named_elsewhere(folded: str, number: int, start: int, end: int) -> bool:
    """The délibération names the item's number again outside it (« le 3° », « au 16° »)."""
    mention = re.compile(rf"(?<![\d,.]){number}\s*(?:°|ᵒ|º)")
    return any(not start <= m.start() < end for m in mention.finditer(folded))


@rule(
    code="DLG002", name="delegation-item-number", severity=Severity.ERROR,
    summary=Text("Alinéa de l'article L. 2122-22 inexistant à la date de la délibération",
                 "Item of L. 2122-22 that did not exist at the délibération's date"),
    basis=law(Text("l'article L. 2122-22 énumère limitativement les matières délégables ; un "
                   "alinéa ajouté après la délibération n'existait pas",
                   "L. 2122-22 lists the delegable matters exhaustively; an item added after "
                   "the délibération did not exist"),
              code_article("CGCT", "L. 2122-22"), NOTRE),
)  # fmt: skip
def delegation_item_number(act: Act, options: Mapping[str, Any]) -> Iterable[Finding]:
    """A délibération of delegation numbers an item beyond the last item L. 2122-22 had on
    its date.

    Only periods whose count of items is checked against a dated official source are used
    (``rules/data/delegable_items.toml``): until 8 August 2015, the article ended at 25° at
    most (loi NOTRe n° 2015-991 of 7 August 2015, art. 127, added 26°). The law that added
    the 25° is not verified, so a 25° is never reported. Later délibérations are not judged:
    the count of items added since is not confirmed.

    Why: the list of L. 2122-22 is limitative; a number the article did not have on the
    délibération's date delegates nothing, or is a wrong number, and the décisions that
    cite it rest on no item.

    Severity: an error: the act names an item that did not exist on its date.

    Contrôle : une délibération de délégation numérote une matière au-delà du dernier alinéa
    que comptait l'article L. 2122-22 à sa date.

    Seules les périodes dont le nombre d'alinéas est vérifié sur une source officielle datée
    sont utilisées (``rules/data/delegable_items.toml``) : jusqu'au 8 août 2015, l'article
    s'arrêtait au 25° au plus (la loi NOTRe n° 2015-991 du 7 août 2015, art. 127, ajoute le
    26°). La loi qui a ajouté le 25° n'est pas vérifiée : un 25° n'est donc jamais signalé.
    Les délibérations postérieures ne sont pas contrôlées : le nombre d'alinéas ajoutés
    depuis n'est pas confirmé.

    Pourquoi : la liste de l'article L. 2122-22 est limitative ; un numéro que l'article ne
    comportait pas à la date de la délibération ne délègue rien, ou est erroné, et les
    décisions qui le visent ne reposent sur aucun alinéa.

    Gravité : erreur : l'acte nomme un alinéa qui n'existait pas à sa date.

    Failing example::

        DÉLIBÉRATION n° 2014-030
        Séance du 4 avril 2014
        Objet : Délégations consenties au maire (article L. 2122-22 du CGCT)
        DÉCIDE
        Article 1 : Le maire est chargé, par délégation du conseil municipal et pour la durée de son mandat :
        26° De demander à l'État ou à d'autres collectivités territoriales l'attribution de subventions pour tout projet ;
        Fait et délibéré les jour, mois et an que dessus.

    Passing example::

        DÉLIBÉRATION n° 2014-030
        Séance du 4 avril 2014
        Objet : Délégations consenties au maire (article L. 2122-22 du CGCT)
        DÉCIDE
        Article 1 : Le maire est chargé, par délégation du conseil municipal et pour la durée de son mandat :
        5° De décider de la conclusion et de la révision du louage de choses pour une durée n'excédant pas douze ans ;
        Fait et délibéré les jour, mois et an que dessus.
    """
    delegation = act.delegation
    if delegation is None or delegation.date is None or delegation.date.value is None:
        return
    day = delegation.date.value
    period = next((p for p in verified_last_items() if day <= p.until), None)
    if period is None:
        return
    for item in delegation.items:
        if item.number is None or item.number <= period.last:
            continue
        yield Finding(
            span=item.span,
            message=Text(
                f"le {item.number}° n'existait pas dans l'article L. 2122-22 le "
                f"{french_date(day)} : l'article s'arrêtait au {period.last}° au plus",
                f"item {item.number}° did not exist in L. 2122-22 on {day.isoformat()}: the "
                f"article ended at {period.last}° at most",
            ),
            help=Text(f"vérifier le numéro de l'alinéa ({period.source})",
                      f"check the item's number ({period.source})"),
        )  # fmt: skip


# The act shows it is the new council's: its election, its installation, the mayor's.
_NEW_COUNCIL = LazyPattern(
    r"renouvellement\s+(?:general\s+)?(?:des\s+conseils|du\s+conseil)|installation\s+du"
    r"|election\s+du\s+maire|elu(?:e|s|es)?\s+(?:maire\s+)?(?:le|lors)|nouveau\s+conseil"
)


@rule(
    code="DLG003", name="delegation-before-installation", severity=Severity.ERROR,
    summary=Text("Délibération de délégation antérieure à l'installation du conseil",
                 "Délibération of delegation dated before the council's installation"),
    basis=law(Text("après le premier tour d'un renouvellement général, le conseil sortant ne "
                   "délibère plus et le nouveau conseil ne se réunit qu'à partir du vendredi "
                   "suivant le tour où il est élu au complet",
                   "after the first round of a general renewal the outgoing council no longer "
                   "deliberates, and the new one meets from the Friday after the round at which "
                   "it is elected complete"),
              code_article("CGCT", "L. 2121-7", "L. 2122-22"), FIRST_SITTING_2008,
              ELECTIONS_2026),
)  # fmt: skip
def delegation_before_installation(act: Act, options: Mapping[str, Any]) -> Iterable[Finding]:
    """A délibération of delegation of a council elected at a general renewal is dated
    from the first round to the day before the earliest possible installation.

    Only renewals whose dates are checked against an official text are used
    (``rules/data/municipal_elections.toml``; 2026: first round on 15 March, décret
    n° 2025-848; no new council installed before Friday 20 March, L. 2121-7). The act must
    show it is the new council's (its election, its installation, the election of the
    mayor, the renewal); a délibération dated later in the installation window is not
    judged.

    Why: the outgoing council's powers end on the day of the first round (Sénat, guide
    pratique pour les élections municipales de mars 2008); the new council's first meeting
    is held at the earliest on the Friday after the round at which it was elected complete
    (CGCT, art. L. 2121-7), and it elects the mayor then. A délibération of delegation to
    the new mayor dated in between was adopted by no council in office.

    Severity: an error: the date is impossible for the council that adopts the act; if it
    is only a typing error, the act still states something impossible.

    Contrôle : une délibération de délégation d'un conseil élu lors d'un renouvellement
    général est datée entre le premier tour et la veille de la première installation
    possible.

    Seuls sont utilisés les renouvellements dont les dates sont vérifiées sur un texte
    officiel (``rules/data/municipal_elections.toml`` ; 2026 : premier tour le 15 mars,
    décret n° 2025-848 ; aucun nouveau conseil installé avant le vendredi 20 mars,
    art. L. 2121-7). L'acte doit montrer qu'il émane du nouveau conseil (son élection, son
    installation, l'élection du maire, le renouvellement) ; une délibération datée plus
    tard dans la fenêtre d'installation n'est pas contrôlée.

    Pourquoi : les pouvoirs du conseil sortant prennent fin le jour du premier tour (Sénat,
    guide pratique pour les élections municipales de mars 2008) ; la première réunion du
    nouveau conseil se tient au plus tôt le vendredi suivant le tour à l'issue duquel il a
    été élu au complet (CGCT, art. L. 2121-7), et il y élit le maire. Une délibération de
    délégation au nouveau maire datée entre les deux n'a été adoptée par aucun conseil en
    fonctions.

    Gravité : erreur : la date est impossible pour le conseil qui adopte l'acte ; s'il ne
    s'agit que d'une erreur de frappe, l'acte énonce encore une chose impossible.

    Failing example::

        DÉLIBÉRATION n° 2026-018
        Séance du 17 mars 2026
        Objet : Délégations consenties au maire à la suite du renouvellement général du conseil municipal
        DÉCIDE
        Article 1 : Le maire est chargé, par délégation du conseil municipal et pour la durée de son mandat :
        5° De décider de la conclusion et de la révision du louage de choses pour une durée n'excédant pas douze ans ;
        Fait et délibéré les jour, mois et an que dessus.

    Passing example::

        DÉLIBÉRATION n° 2026-018
        Séance du 3 avril 2026
        Objet : Délégations consenties au maire à la suite du renouvellement général du conseil municipal
        DÉCIDE
        Article 1 : Le maire est chargé, par délégation du conseil municipal et pour la durée de son mandat :
        5° De décider de la conclusion et de la révision du louage de choses pour une durée n'excédant pas douze ans ;
        Fait et délibéré les jour, mois et an que dessus.
    """
    delegation = act.delegation
    if delegation is None or delegation.date is None or delegation.date.value is None:
        return
    day = delegation.date.value
    for renewal in verified_renewals():
        if renewal.installed_from is None:
            continue
        if not renewal.first_round <= day < renewal.installed_from:
            continue
        if not _NEW_COUNCIL.search(fold(act.text)):
            continue
        yield Finding(
            span=delegation.date.span,
            message=Text(
                f"délibération de délégation datée du {french_date(day)}, entre le premier tour "
                f"du renouvellement de {renewal.year} ({french_date(renewal.first_round)}) et "
                f"la première installation possible d'un nouveau conseil "
                f"({french_date(renewal.installed_from)}) : aucun conseil ne pouvait la voter",
                f"délibération of delegation dated {day.isoformat()}, between the first round "
                f"of the {renewal.year} renewal ({renewal.first_round.isoformat()}) and the "
                f"earliest installation of a new council ({renewal.installed_from.isoformat()}): "
                "no council could adopt it",
            ),
            help=Text(
                "vérifier la date de la séance : la délégation est votée par le nouveau conseil, "
                "après son installation et l'élection du maire (art. L. 2121-7 du CGCT)",
                "check the sitting's date: the delegation is voted by the new council after its "
                "installation and the mayor's election (CGCT, art. L. 2121-7)",
            ),
        )
