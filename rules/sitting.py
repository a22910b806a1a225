"""SEA: the sitting a délibération records — counts, quorum, proxies, secretary, president,
convocation, vote, interested councillors."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Mapping
from typing import Any

from actlint.api import Act, Count, Finding, LazyPattern, Severity, Sitting, Span, Text, fold, rule

from .support.sources import HEALTH_EMERGENCY_SITTINGS, code_article, fact, law

# From the first health emergency (loi n° 2020-290, 23 March 2020, in force 24 March) to the
# end of the last extension of its art. 10 we could confirm (31 July 2022): the quorum was a
# third of the members in office and a member could hold two proxies. The periods were not
# continuous; this whole window is treated as derogatory, so nothing is reported that the
# derogation might have allowed.
_HEALTH_EMERGENCY = (dt.date(2020, 3, 24), dt.date(2022, 7, 31))
# The text says someone did not take part: « ne prend pas part au vote », « quitte la salle ».
_DID_NOT_TAKE_PART = LazyPattern(
    r"(?i:ne\s+(?:prend|prennent|participe|participent)\s+pas|n['’]\s*(?:a|ont|ayant)\s+pas\s+"
    r"(?:pris\s+part|particip)|s['’]\s*(?:est|sont)\s+retir|quitt\w*\s+la\s+s[ée]ance"
    r"|quitt\w*\s+la\s+salle|se\s+retir\w*|int[ée]ress[ée]e?s?\s+(?:à|a)\s+l['’]affaire)"
)


def _sitting(act: Act) -> Sitting | None:
    """The sitting of a délibération that records one with counts or names."""
    sitting = act.sitting
    if act.kind != "deliberation" or sitting is None:
        return None
    return sitting


def _certain(count: Count | None) -> int | None:
    return count.value if count is not None and count.certain else None


def _derogatory(sitting: Sitting) -> bool:
    """Whether the sitting may fall in the health emergency window (or its date is unknown)."""
    date = sitting.date.value if sitting.date else None
    return date is None or _HEALTH_EMERGENCY[0] <= date <= _HEALTH_EMERGENCY[1]


def _french(date: dt.date) -> str:
    return date.strftime("%d/%m/%Y")


def _finding(span: Span, fr: str, en: str, help_fr: str, help_en: str) -> Finding:
    return Finding(span=span, message=Text(fr, en), help=Text(help_fr, help_en))


@rule(
    code="SEA001", name="sitting-counts-contradict", severity=Severity.ERROR,
    summary=Text("Les nombres de la séance se contredisent",
                 "The sitting's counts contradict each other"),
    basis=fact(Text("les membres en exercice sont présents, représentés ou absents ; les "
                    "suffrages sont ceux des présents et représentés qui votent",
                    "members in office are present, represented or absent; the votes are "
                    "those of the present and represented members who vote")),
)  # fmt: skip
def sitting_counts_contradict(act: Act, options: Mapping[str, Any]) -> Iterable[Finding]:
    """The counts a délibération records agree: present + represented + absent = members in
    office, or present + absent when the register counts the members who gave a proxy
    among the absent ones (« Absents : 4 dont 3 représentés »; then represented ≤ absent):
    only counts that fit neither convention are reported; « votants » and the votes cast (pour + contre + abstentions) are the present
    and represented members, less those who did not take part; a vote « à l'unanimité »
    has no vote against; the number of present members is the number of names in the
    list of present members when that list was read whole.

    Why: the record of the sitting proves that the délibération was lawfully adopted
    (quorum, majority). Counts that contradict each other state something false, and a
    judge asked whether the quorum or the majority was reached can no longer tell.

    Severity: error, only for counts read with certainty (written cleanly: a count OCR
    damaged, « PRÉSENTS 2l », is never used). When the text says that someone did not
    take part in the vote without counting them, the votes are not compared.

    Contrôle : les nombres qu'une délibération consigne concordent : présents + représentés
    + absents = membres en exercice, ou présents + absents lorsque le registre compte parmi
    les absents les membres qui ont donné pouvoir (« Absents : 4 dont 3 représentés » ; les
    représentés sont alors au plus les absents) : seuls des nombres qui ne suivent aucune
    de ces deux conventions sont relevés ; les « votants » et les suffrages (pour + contre +
    abstentions) sont les présents et représentés, moins ceux qui n'ont pas pris part au
    vote ; un vote « à l'unanimité » ne compte aucune voix contre ; le nombre de présents
    est celui des noms de la liste des présents lorsque cette liste a été lue en entier.

    Pourquoi : le compte rendu de la séance prouve que la délibération a été régulièrement
    adoptée (quorum, majorité). Des nombres qui se contredisent énoncent un fait faux, et
    le juge qui cherche si le quorum ou la majorité étaient atteints ne peut plus le dire.

    Gravité : erreur, seulement pour des nombres lus avec certitude (écrits nettement : un
    nombre abîmé par l'OCR, « PRÉSENTS 2l », n'est jamais utilisé). Lorsque le texte dit
    qu'un membre n'a pas pris part au vote sans le compter, les suffrages ne sont pas
    comparés.

    Failing example::

        COMMUNE DE TRONGET
        EXTRAIT DU REGISTRE DES DÉLIBÉRATIONS
        Séance du 30 novembre 2023
        Nombre de conseillers en exercice : 14
        Présents : 10
        Pouvoirs : 4
        Absents : 2
        Sous la présidence de Jean-Marc DUMONT, Maire.
        Secrétaire de séance : Daniel CANTE
        Après en avoir délibéré, à l'unanimité des membres présents et représentés,
        le Conseil Municipal valide les modalités de concertation.
        Fait à Tronget, le 1er décembre 2023
        Le Maire, Jean-Marc DUMONT

    Passing example::

        COMMUNE DE TRONGET
        EXTRAIT DU REGISTRE DES DÉLIBÉRATIONS
        Séance du 30 novembre 2023
        Nombre de conseillers en exercice : 14
        Présents : 10
        Pouvoirs : 4
        Absents : 0
        Sous la présidence de Jean-Marc DUMONT, Maire.
        Secrétaire de séance : Daniel CANTE
        Après en avoir délibéré, à l'unanimité des membres présents et représentés,
        le Conseil Municipal valide les modalités de concertation.
        Fait à Tronget, le 1er décembre 2023
        Le Maire, Jean-Marc DUMONT
    """
    sitting = _sitting(act)
    if sitting is None:
        return
    office = _certain(sitting.in_office)
    present, represented = _certain(sitting.present), _certain(sitting.represented)
    absent = _certain(sitting.absent)
    if office is not None and sitting.in_office and present is not None:
        if represented is not None and absent is not None:
            # registers count a member who gave a proxy either apart from the absents or
            # among them (« Absents : 4 dont 3 représentés »): either sum may be the right one
            apart = present + represented + absent
            among = present + absent if represented <= absent else None
            if office not in (apart, among):
                both_fr = f" (ni {among} sans compter les représentés)" if among else ""
                both_en = f" (nor {among} without the represented members)" if among else ""
                yield _finding(
                    sitting.in_office.span,
                    f"{present} présents + {represented} représentés + {absent} absents font "
                    f"{apart}{both_fr}, non les {office} membres en exercice",
                    f"{present} present + {represented} represented + {absent} absent make "
                    f"{apart}{both_en}, not the {office} members in office",
                    "corriger les nombres de la séance",
                    "correct the sitting's counts",
                )
        elif present + (represented or 0) > office:
            yield _finding(
                sitting.in_office.span,
                f"plus de présents et représentés ({present + (represented or 0)}) que de "
                f"membres en exercice ({office})",
                f"more present and represented members ({present + (represented or 0)}) "
                f"than members in office ({office})",
                "corriger les nombres de la séance",
                "correct the sitting's counts",
            )
    if (
        present is not None
        and sitting.present is not None
        and sitting.present_list
        and len(sitting.present_names) != present
    ):
        yield _finding(
            sitting.present_list,
            f"la liste des présents nomme {len(sitting.present_names)} membres, le compte "
            f"en annonce {present}",
            f"the list of present members names {len(sitting.present_names)}, the count "
            f"says {present}",
            "accorder la liste et le nombre de présents",
            "make the list and the count of present members agree",
        )  # fmt: skip
    voting = present + represented if present is not None and represented is not None else None
    voters = _certain(sitting.voters)
    if voters is not None and voting is not None and sitting.voters and voters > voting:
        yield _finding(
            sitting.voters.span,
            f"{voters} votants pour {present} présents et {represented} représentés",
            f"{voters} voters for {present} present and {represented} represented members",
            "corriger le nombre de votants",
            "correct the number of voters",
        )
    # a vote « Par 21 voix pour et 5 abstentions » has no vote against: none written is 0
    votes = [sitting.votes_for, sitting.votes_against, sitting.abstentions]
    cast = [_certain(v) for v in votes[:1]] + [0 if v is None else _certain(v) for v in votes[1:]]
    if None not in cast and voting is not None and sitting.votes_for is not None:
        total = sum(c for c in cast if c is not None)
        not_voting = _certain(sitting.not_voting)
        silent = sitting.not_voting is None and _DID_NOT_TAKE_PART.search(act.text)
        expected = voting - (not_voting or 0)
        if (
            total != expected
            and not silent
            and (sitting.not_voting is None or not_voting is not None)
        ):
            yield _finding(
                sitting.votes_for.span,
                f"{total} suffrages (pour, contre, abstentions) pour {expected} présents et "
                "représentés prenant part au vote",
                f"{total} votes (for, against, abstentions) for {expected} present and "
                "represented members taking part",
                "corriger le décompte des voix", "correct the count of votes",
            )  # fmt: skip
    against = _certain(sitting.votes_against)
    if sitting.unanimous is not None and against:
        yield _finding(
            sitting.unanimous,
            f"vote « à l'unanimité » mais {against} voix contre",
            f"vote « unanimous » but {against} votes against",
            "corriger le résultat du vote",
            "correct the result of the vote",
        )


@rule(
    code="SEA002", name="no-quorum", severity=Severity.ERROR,
    summary=Text("Quorum non atteint", "Quorum not reached"),
    basis=law(Text("le conseil municipal ne délibère valablement que lorsque la majorité de "
                   "ses membres en exercice est présente ; à défaut, il est convoqué à nouveau "
                   "et délibère alors sans condition de quorum",
                   "the council deliberates validly only when a majority of its members in "
                   "office is present; otherwise it is convened again and then deliberates "
                   "without quorum"),
              code_article("CGCT", "L. 2121-17"), HEALTH_EMERGENCY_SITTINGS),
)  # fmt: skip
def no_quorum(act: Act, options: Mapping[str, Any]) -> Iterable[Finding]:
    """The members present are a majority of the members in office (written, or present +
    represented + absent; present + absent when represented ≤ absent, for the register may
    count the members who gave a proxy among the absent ones, and the smaller number is
    then taken), unless the act says the sitting is the one after a first without
    quorum (« sans condition de quorum », « deuxième convocation »). Represented members do
    not count towards the quorum.

    Why: CGCT art. L. 2121-17: the council deliberates validly only when the majority of its
    members in office is present; after a first convocation without quorum, it is convened
    again at least three days later and deliberates without quorum. During the health
    emergency (loi n° 2020-290, art. 10, and the laws that extended it) the quorum was a
    third of the members in office. The exact periods of that derogation were not checked
    one by one: for sittings from 24 March 2020 to 31 July 2022, or of unknown date, only
    fewer than a third present is reported.

    Severity: error: the act itself records that the council deliberated without quorum.
    Counts are used only when read with certainty.

    Contrôle : les présents forment la majorité des membres en exercice (écrits, ou
    présents + représentés + absents ; présents + absents lorsque les représentés sont au
    plus les absents, car le registre peut compter parmi les absents les membres qui ont
    donné pouvoir, et le plus petit nombre est alors retenu), sauf si l'acte dit que la séance suit une première
    réunion sans quorum (« sans condition de quorum », « deuxième convocation »). Les
    membres représentés ne comptent pas pour le quorum.

    Pourquoi : article L. 2121-17 du CGCT : le conseil municipal ne délibère valablement que
    lorsque la majorité de ses membres en exercice est présente ; si, après une première
    convocation, ce quorum n'est pas atteint, il est à nouveau convoqué à trois jours au
    moins d'intervalle et délibère alors sans condition de quorum. Pendant l'état d'urgence
    sanitaire (loi n° 2020-290, art. 10, et les lois qui l'ont prolongé), le quorum était du
    tiers des membres en exercice. Les périodes exactes de cette dérogation n'ont pas été
    vérifiées une à une : pour les séances du 24 mars 2020 au 31 juillet 2022, ou de date
    inconnue, seul un nombre de présents inférieur au tiers est relevé.

    Gravité : erreur : l'acte consigne lui-même que le conseil a délibéré sans quorum. Les
    nombres ne sont utilisés que lus avec certitude.

    Failing example::

        COMMUNE DE CORTE
        DELIBERATION DU CONSEIL MUNICIPAL
        SEANCE DU 08 AVRIL 2025
        PRÉSENTS : 12
        PROCURATIONS : 11
        ABSENTS : 06
        Sous la présidence du Docteur Xavier POLI, Maire.
        SECRETAIRE DE SEANCE : Monsieur Marc-Marie GUGLIELMI
        Après en avoir délibéré, à l'unanimité des membres présents et représentés,
        ADOPTE la proposition de son Maire.
        Fait et délibéré le jour, mois et an que dessus.
        LE MAIRE, Docteur Xavier POLI

    Passing example::

        COMMUNE DE CORTE
        DELIBERATION DU CONSEIL MUNICIPAL
        SEANCE DU 08 AVRIL 2025
        PRÉSENTS : 21
        PROCURATIONS : 06
        ABSENTS : 02
        Sous la présidence du Docteur Xavier POLI, Maire.
        SECRETAIRE DE SEANCE : Monsieur Marc-Marie GUGLIELMI
        Après en avoir délibéré, à l'unanimité des membres présents et représentés,
        ADOPTE la proposition de son Maire.
        Fait et délibéré le jour, mois et an que dessus.
        LE MAIRE, Docteur Xavier POLI
    """
    sitting = _sitting(act)
    if sitting is None or sitting.without_quorum is not None:
        return
    office_count = sitting.in_office_or_sum
    office, present = _certain(office_count), _certain(sitting.present)
    if office is None or present is None or sitting.present is None:
        return
    represented, absent = _certain(sitting.represented), _certain(sitting.absent)
    if sitting.in_office is None and represented is not None and absent is not None:
        # the sum is ambiguous when the absents may include the represented members
        office = present + absent if represented <= absent else office
    derogatory = _derogatory(sitting)
    short = present * 3 < office if derogatory else present * 2 <= office
    if short:
        needed = (office + 2) // 3 if derogatory else office // 2 + 1
        yield _finding(
            sitting.present.span,
            f"{present} présents sur {office} membres en exercice : le quorum "
            f"({needed}) n'est pas atteint",
            f"{present} present out of {office} members in office: the quorum ({needed}) "
            "is not reached",
            "si la séance suit une première réunion sans quorum, le dire ; sinon la "
            "délibération est irrégulière",
            "if the sitting follows a first one without quorum, say so; otherwise the "
            "délibération is irregular",
        )


@rule(
    code="SEA003", name="proxy-holder-twice", severity=Severity.WARNING,
    summary=Text("Un conseiller porteur de plusieurs pouvoirs",
                 "A councillor holding more than one proxy"),
    basis=law(Text("un même conseiller municipal ne peut être porteur que d'un seul pouvoir",
                   "a councillor may hold only one proxy"),
              code_article("CGCT", "L. 2121-20"), HEALTH_EMERGENCY_SITTINGS),
)  # fmt: skip
def proxy_holder_twice(act: Act, options: Mapping[str, Any]) -> Iterable[Finding]:
    """No member holds more than one proxy in the list of proxies (« X à Y »,
    « X (pouvoir à Y) »). Names are compared as written, without accents or case.

    Why: CGCT art. L. 2121-20: a councillor prevented from attending may give a written
    proxy to a colleague, and a councillor may hold only one. Loi n° 2020-290, art. 10, let
    a member hold two proxies during the health emergency, by derogation from L. 2121-20
    (its text, quoted by practitioners, was read; the wording of L. 2121-20 itself only
    through them): for sittings from 24 March 2020 to 31 July 2022, or of unknown date,
    only three proxies or more are reported.

    Severity: warning: the votes cast with the extra proxy are irregular; whether that
    changes the result depends on the margin, which a judge would weigh.

    Contrôle : aucun membre n'est porteur de plus d'un pouvoir dans la liste des procurations
    (« X à Y », « X (pouvoir à Y) »). Les noms sont comparés tels qu'écrits, sans accents
    ni casse.

    Pourquoi : article L. 2121-20 du CGCT : un conseiller empêché peut donner à un collègue
    pouvoir écrit de voter en son nom, et un même conseiller ne peut être porteur que d'un
    seul pouvoir. L'article 10 de la loi n° 2020-290 a permis d'en porter deux pendant
    l'état d'urgence sanitaire : pour les séances du 24 mars 2020 au 31 juillet 2022, ou de
    date inconnue, seuls trois pouvoirs ou plus sont relevés.

    Gravité : avertissement : les voix exprimées au titre du pouvoir en trop sont
    irrégulières ; leur effet sur le résultat dépend de l'écart des voix, qu'un juge
    apprécierait.

    Failing example::

        COMMUNE DE CORTE
        DELIBERATION DU CONSEIL MUNICIPAL
        SEANCE DU 08 AVRIL 2025
        PRÉSENTS : 21
        PROCURATIONS : 06
        ABSENTS : 02
        Sous la présidence du Docteur Xavier POLI, Maire.
        PROCURATIONS : Madame Marie-Luce CASTELLI à Madame Paula RINIERI
        Monsieur Frédéric DEMUYNCK à Madame Paula RINIERI
        SECRETAIRE DE SEANCE : Monsieur Marc-Marie GUGLIELMI
        Après en avoir délibéré, à l'unanimité des membres présents et représentés,
        ADOPTE la proposition de son Maire.
        LE MAIRE, Docteur Xavier POLI

    Passing example::

        COMMUNE DE CORTE
        DELIBERATION DU CONSEIL MUNICIPAL
        SEANCE DU 08 AVRIL 2025
        PRÉSENTS : 21
        PROCURATIONS : 06
        ABSENTS : 02
        Sous la présidence du Docteur Xavier POLI, Maire.
        PROCURATIONS : Madame Marie-Luce CASTELLI à Madame Paula RINIERI
        Monsieur Frédéric DEMUYNCK à Madame Vanina BORROMEI
        SECRETAIRE DE SEANCE : Monsieur Marc-Marie GUGLIELMI
        Après en avoir délibéré, à l'unanimité des membres présents et représentés,
        ADOPTE la proposition de son Maire.
        LE MAIRE, Docteur Xavier POLI
    """
    sitting = _sitting(act)
    if sitting is None:
        return
    allowed = 2 if _derogatory(sitting) else 1
    held: dict[str, list[Span]] = {}
    for proxy in sitting.proxies:
        held.setdefault(fold(proxy.holder.name), []).append(proxy.holder.span)
    for proxy in sitting.proxies:
        spans = held.get(fold(proxy.holder.name), [])
        if len(spans) > allowed and proxy.holder.span == spans[-1]:
            yield _finding(
                proxy.holder.span,
                f"{proxy.holder.name} est porteur de {len(spans)} pouvoirs",
                f"{proxy.holder.name} holds {len(spans)} proxies",
                "un conseiller ne peut porter qu'un seul pouvoir (L. 2121-20), deux pendant "
                "l'état d'urgence sanitaire",
                "a councillor may hold only one proxy (L. 2121-20), two during the health "
                "emergency",
            )


def _recorded(sitting: Sitting) -> bool:
    """A record of the sitting, not a stray mention: counts or the list of present members."""
    return (
        sitting.present is not None
        or bool(sitting.present_names)
        or (sitting.in_office is not None)
    )


@rule(
    code="SEA004", name="no-secretary", severity=Severity.WARNING,
    summary=Text("Aucun secrétaire de séance", "No secrétaire de séance"),
    basis=law(Text("au début de chaque séance, le conseil municipal nomme un ou plusieurs de "
                   "ses membres pour remplir les fonctions de secrétaire",
                   "at the start of each sitting, the council appoints one or more of its "
                   "members as secretary"), code_article("CGCT", "L. 2121-15")),
)  # fmt: skip
def no_secretary(act: Act, options: Mapping[str, Any]) -> Iterable[Finding]:
    """A délibération that records its sitting (counts or the list of present members)
    names its secrétaire de séance.

    Why: CGCT art. L. 2121-15: at the start of each sitting the council appoints one or
    more of its members as secretary; registers record who. Courts hold that the
    appointment is not a formality whose omission voids the délibération (as ministerial
    answers quoting the Conseil d'État report), hence a warning.

    Severity: warning: a missing element that normally must be there.

    Contrôle : une délibération qui consigne sa séance (nombres ou liste des présents)
    nomme son secrétaire de séance.

    Pourquoi : article L. 2121-15 du CGCT : au début de chacune de ses séances, le conseil
    municipal nomme un ou plusieurs de ses membres pour remplir les fonctions de
    secrétaire ; les registres le mentionnent. Le juge ne tient pas cette nomination pour
    une formalité substantielle (selon les réponses ministérielles citant le Conseil
    d'État), d'où un avertissement.

    Gravité : avertissement : un élément qui doit normalement figurer manque.

    Failing example::

        COMMUNE DE CORTE
        DELIBERATION DU CONSEIL MUNICIPAL
        SEANCE DU 08 AVRIL 2025
        PRÉSENTS : 21
        PROCURATIONS : 06
        ABSENTS : 02
        Sous la présidence du Docteur Xavier POLI, Maire.
        Après en avoir délibéré, à l'unanimité des membres présents et représentés,
        ADOPTE la proposition de son Maire.
        LE MAIRE, Docteur Xavier POLI

    Passing example::

        COMMUNE DE CORTE
        DELIBERATION DU CONSEIL MUNICIPAL
        SEANCE DU 08 AVRIL 2025
        PRÉSENTS : 21
        PROCURATIONS : 06
        ABSENTS : 02
        Sous la présidence du Docteur Xavier POLI, Maire.
        SECRETAIRE DE SEANCE : Monsieur Marc-Marie GUGLIELMI
        Après en avoir délibéré, à l'unanimité des membres présents et représentés,
        ADOPTE la proposition de son Maire.
        LE MAIRE, Docteur Xavier POLI
    """
    sitting = _sitting(act)
    if sitting is None or not _recorded(sitting) or sitting.secretary_mention is not None:
        return
    if re.search(r"(?i:secr[ée]tair)", act.text):
        return  # named in words the reader does not know (« désigné secrétaire »)
    yield _finding(
        sitting.span,
        "le compte rendu de la séance ne nomme aucun secrétaire de séance",
        "the record of the sitting names no secrétaire de séance",
        "indiquer le secrétaire de séance désigné par le conseil (L. 2121-15)",
        "name the secrétaire de séance the council appointed (L. 2121-15)",
    )


@rule(
    code="SEA005", name="no-president", severity=Severity.INFO,
    summary=Text("La présidence de la séance n'est pas indiquée",
                 "Who presided over the sitting is not stated"),
    basis=fact(Text("le compte rendu de la séance dit d'ordinaire qui la préside",
                    "the record of the sitting usually says who presides")),
)  # fmt: skip
def no_president(act: Act, options: Mapping[str, Any]) -> Iterable[Finding]:
    """A délibération that records its sitting (counts or the list of present members)
    says who presided over it (« sous la présidence de … », « Président de séance : … »,
    « M. X, Maire, ouvre la séance », « préside la séance »).

    Why: CGCT art. L. 2121-14: the council is presided over by the maire, or failing him
    by whoever replaces him (L. 2122-17). No text requires the record to name the
    president: a record that does not is read as a sitting presided over by the maire.
    Naming him is the registers' practice, and spares a reader asking who presided.

    Severity: info: good practice; the délibération is no less regular without it.

    Contrôle : une délibération qui consigne sa séance (nombres ou liste des présents) dit
    qui la préside (« sous la présidence de … », « Président de séance : … », « M. X,
    Maire, ouvre la séance », « préside la séance »).

    Pourquoi : article L. 2121-14 du CGCT : le conseil municipal est présidé par le maire
    et, à défaut, par celui qui le remplace (L. 2122-17). Aucun texte n'impose au compte
    rendu de nommer le président : à défaut, la séance est réputée présidée par le maire.
    Le nommer est la pratique des registres et évite au lecteur de se demander qui a
    présidé.

    Gravité : information : bonne pratique ; la délibération n'en est pas moins régulière.

    Failing example::

        COMMUNE DE CORTE
        DELIBERATION DU CONSEIL MUNICIPAL
        SEANCE DU 08 AVRIL 2025
        PRÉSENTS : 21
        PROCURATIONS : 06
        ABSENTS : 02
        SECRETAIRE DE SEANCE : Monsieur Marc-Marie GUGLIELMI
        Après en avoir délibéré, à l'unanimité des membres présents et représentés,
        ADOPTE la proposition de son Maire.
        LE MAIRE, Docteur Xavier POLI

    Passing example::

        COMMUNE DE CORTE
        DELIBERATION DU CONSEIL MUNICIPAL
        SEANCE DU 08 AVRIL 2025
        PRÉSENTS : 21
        PROCURATIONS : 06
        ABSENTS : 02
        Sous la présidence du Docteur Xavier POLI, Maire.
        SECRETAIRE DE SEANCE : Monsieur Marc-Marie GUGLIELMI
        Après en avoir délibéré, à l'unanimité des membres présents et représentés,
        ADOPTE la proposition de son Maire.
        LE MAIRE, Docteur Xavier POLI
    """
    sitting = _sitting(act)
    if sitting is None or not _recorded(sitting) or sitting.presidency is not None:
        return
    if re.search(r"(?i:pr[ée]?sid|sous\s+la\s+pr)", act.text):
        return  # said in words the reader does not know (« présidé par », « préside »)
    yield _finding(
        sitting.span,
        "le compte rendu de la séance ne dit pas qui la préside",
        "the record of the sitting does not say who presides",
        "indiquer qui préside la séance (« sous la présidence de … »)",
        "say who presides (« sous la présidence de … »)",
    )


@rule(
    code="SEA006", name="late-convocation", severity=Severity.WARNING,
    summary=Text("Convocation envoyée trop tard", "Convocation sent too late"),
    basis=law(Text("la convocation est adressée trois jours francs au moins avant la séance "
                   "dans les communes de moins de 3 500 habitants, cinq jours francs à partir "
                   "de 3 500 ; en cas d'urgence, le délai peut être abrégé sans être inférieur "
                   "à un jour franc",
                   "the convocation is sent at least three clear days before the sitting "
                   "below 3 500 inhabitants, five from 3 500; in an emergency the delay may "
                   "be shortened to no less than one clear day"),
              code_article("CGCT", "L. 2121-11", "L. 2121-12")),
)  # fmt: skip
def late_convocation(act: Act, options: Mapping[str, Any]) -> Iterable[Finding]:
    """When the act writes both the date of the convocation and the date of the sitting,
    at least three clear days separate them (neither the day of sending nor the day of
    the sitting counts; Saturdays, Sundays and holidays count). The population is not
    known to actlint: only what is late under both delays (three and five clear days) is
    reported. When the act mentions an emergency, only less than one clear day is.

    Why: CGCT art. L. 2121-11 (communes below 3 500 inhabitants: three clear days) and
    L. 2121-12 (from 3 500: five clear days); both allow the maire to shorten the delay in
    an emergency, to no less than one clear day. A convocation sent late makes the
    délibération irregular unless every councillor attended without objecting.

    Severity: warning: the contrôle de légalité raises it, but the irregularity may have
    been without effect (all members present).

    Contrôle : lorsque l'acte écrit la date de la convocation et celle de la séance, trois
    jours francs au moins les séparent (ni le jour de l'envoi ni celui de la séance ne
    comptent ; samedis, dimanches et jours fériés comptent). La population n'est pas
    connue d'actlint : seul ce qui est tardif sous les deux délais (trois et cinq jours
    francs) est relevé. Lorsque l'acte invoque l'urgence, seul un délai inférieur à un jour
    franc l'est.

    Pourquoi : articles L. 2121-11 (communes de moins de 3 500 habitants : trois jours
    francs) et L. 2121-12 (à partir de 3 500 : cinq jours francs) du CGCT ; en cas
    d'urgence, le maire peut abréger le délai, sans qu'il soit inférieur à un jour franc.
    Une convocation tardive rend la délibération irrégulière, sauf si tous les conseillers
    ont siégé sans s'en plaindre.

    Gravité : avertissement : le contrôle de légalité le relève, mais l'irrégularité a pu
    rester sans effet (tous les membres présents).

    Failing example::

        COMMUNE DE CORTE
        DELIBERATION DU CONSEIL MUNICIPAL
        SEANCE DU 08 AVRIL 2025
        DATE DE CONVOCATION : 06 avril 2025
        PRÉSENTS : 21
        PROCURATIONS : 06
        ABSENTS : 02
        Sous la présidence du Docteur Xavier POLI, Maire.
        SECRETAIRE DE SEANCE : Monsieur Marc-Marie GUGLIELMI
        Après en avoir délibéré, à l'unanimité des membres présents et représentés,
        ADOPTE la proposition de son Maire.
        LE MAIRE, Docteur Xavier POLI

    Passing example::

        COMMUNE DE CORTE
        DELIBERATION DU CONSEIL MUNICIPAL
        SEANCE DU 08 AVRIL 2025
        DATE DE CONVOCATION : 26 mars 2025
        PRÉSENTS : 21
        PROCURATIONS : 06
        ABSENTS : 02
        Sous la présidence du Docteur Xavier POLI, Maire.
        SECRETAIRE DE SEANCE : Monsieur Marc-Marie GUGLIELMI
        Après en avoir délibéré, à l'unanimité des membres présents et représentés,
        ADOPTE la proposition de son Maire.
        LE MAIRE, Docteur Xavier POLI
    """
    sitting = _sitting(act)
    if sitting is None or sitting.date is None or sitting.convocation is None:
        return
    held, sent = sitting.date.value, sitting.convocation.value
    if held is None or sent is None:
        return
    clear = (held - sent).days - 1
    needed = 1 if sitting.urgency is not None else 3
    if clear >= needed:
        return
    yield _finding(
        sitting.convocation.span,
        f"convocation du {_french(sent)} pour la séance du {_french(held)} : "
        f"{max(clear, 0)} jour(s) franc(s), moins que les {needed} qu'exige la loi "
        "quelle que soit la population" + (" en cas d'urgence" if needed == 1 else ""),
        f"convocation of {_french(sent)} for the sitting of {_french(held)}: "
        f"{max(clear, 0)} clear day(s), fewer than the {needed} the law requires whatever "
        "the population" + (" in an emergency" if needed == 1 else ""),
        "vérifier la date de la convocation ; trois jours francs (moins de 3 500 habitants) "
        "ou cinq (à partir de 3 500) doivent la séparer de la séance",
        "check the convocation's date; three clear days (below 3 500 inhabitants) or five "
        "(from 3 500) must separate it from the sitting",
    )


# A person the délibération benefits: « cession à Monsieur X », « subvention attribuée à
# Madame Y », « au profit de M. Z ».
_BENEFICIARY = LazyPattern(
    r"(?i:(?:au\s+profit\s+de|en\s+faveur\s+de|(?:attribu|vend|c[èe]d|lou|accord|vers|allou)\w*"
    r"\s+(?:à|au)|cession\s+(?:à|au)|bail\s+(?:à|au)|acqu\w+\s+aupr[èe]s\s+de"
    r"|appartenant\s+(?:à|au))\s+)(?P<who>(?:M\.|Mme|Monsieur|Madame)\s+[A-ZÀ-Ý][\w'’-]*"
    # the name, capitalised words with their particles, and nothing after it
    r"(?:[ \t]+(?:(?:de|du|des|le|la)[ \t]+|d['’])?[A-ZÀ-Ý][\w'’-]*){0,3})"
)
# What the elected office itself gives its holders, which they vote on for themselves:
# indemnités de fonction, mandat spécial, frais de mission or de formation.
_OFFICE_MATTER = LazyPattern(
    r"(?i:indemnit[ée]s?\s+(?:de\s+fonctions?|des\s+[ée]lus)|mandats?\s+sp[ée]cia(?:l|ux)"
    r"|frais\s+de\s+(?:mission|formation|d[ée]placement|repr[ée]sentation))"
)
_SURNAME = LazyPattern(r"\b[A-ZÀ-Ý][A-ZÀ-Ý'-]{2,}\b")


@rule(
    code="SEA007", name="interested-councillor", severity=Severity.WARNING, status="preview",
    summary=Text("Un conseiller intéressé a-t-il pris part au vote ?",
                 "Did an interested councillor take part in the vote?"),
    basis=law(Text("sont illégales les délibérations auxquelles ont pris part un ou plusieurs "
                   "membres du conseil intéressés à l'affaire qui en fait l'objet",
                   "délibérations in which members of the council interested in the matter "
                   "took part are unlawful"), code_article("CGCT", "L. 2131-11")),
)  # fmt: skip
def interested_councillor(act: Act, options: Mapping[str, Any]) -> Iterable[Finding]:
    """A person the délibération benefits (« cession à Monsieur X », « au profit de
    Madame Y ») whose surname is that of a member listed as present or represented, when
    the act never says that someone did not take part (« ne prend pas part au vote »,
    « quitte la salle »). Délibérations on the elected office itself (indemnités de
    fonction, mandat spécial, frais de mission or de formation) are not read: the members
    they name benefit as holders of the office, not as persons interested in a matter.

    Why: CGCT art. L. 2131-11: délibérations in which members of the council interested in
    the matter took part, in their own name or as agents, are unlawful. Courts require an
    interest distinct from the inhabitants' and an effective influence on the vote; a
    namesake is not the same person. Hence a question, not a finding of fact.

    Severity: warning, worded as a question: the contrôle de légalité asks it; only the
    commune knows the answer. Preview: the reading of beneficiaries is new.

    Contrôle : une personne que la délibération avantage (« cession à Monsieur X », « au
    profit de Madame Y ») porte le nom d'un membre inscrit comme présent ou représenté, et
    l'acte ne dit nulle part qu'un membre n'a pas pris part au vote (« ne prend pas part au
    vote », « quitte la salle »). Les délibérations sur le mandat lui-même (indemnités de
    fonction, mandat spécial, frais de mission ou de formation) ne sont pas lues : les
    élus qu'elles nomment en bénéficient comme titulaires du mandat, non comme intéressés
    à une affaire.

    Pourquoi : article L. 2131-11 du CGCT : sont illégales les délibérations auxquelles ont
    pris part un ou plusieurs membres du conseil intéressés à l'affaire qui en fait
    l'objet, soit en leur nom personnel, soit comme mandataires. Le juge exige un intérêt
    distinct de celui des habitants et une influence effective sur le vote ; un homonyme
    n'est pas la même personne. D'où une question, non un constat.

    Gravité : avertissement, formulé comme une question : le contrôle de légalité la pose ;
    seule la commune connaît la réponse. En préversion : la lecture des bénéficiaires est
    nouvelle.

    Failing example::

        COMMUNE DE CORTE
        DELIBERATION DU CONSEIL MUNICIPAL
        SEANCE DU 08 AVRIL 2025
        PRÉSENTS : 3
        Sous la présidence du Docteur Xavier POLI, Maire.
        PRESENTS: MM. POLI X, CAMPANA J, SIMEONI M.
        SECRETAIRE DE SEANCE : Monsieur Xavier POLI
        Après en avoir délibéré, à l'unanimité des membres présents et représentés,
        AUTORISE la cession à Monsieur Marcel SIMEONI de la parcelle AE 182.
        LE MAIRE, Docteur Xavier POLI

    Passing example::

        COMMUNE DE CORTE
        DELIBERATION DU CONSEIL MUNICIPAL
        SEANCE DU 08 AVRIL 2025
        PRÉSENTS : 3
        Sous la présidence du Docteur Xavier POLI, Maire.
        PRESENTS: MM. POLI X, CAMPANA J, SIMEONI M.
        SECRETAIRE DE SEANCE : Monsieur Xavier POLI
        Monsieur Marcel SIMEONI, intéressé à l'affaire, quitte la salle.
        Après en avoir délibéré, à l'unanimité des membres présents et représentés,
        AUTORISE la cession à Monsieur Marcel SIMEONI de la parcelle AE 182.
        LE MAIRE, Docteur Xavier POLI
    """
    sitting = _sitting(act)
    if sitting is None or _DID_NOT_TAKE_PART.search(act.text):
        return
    if _OFFICE_MATTER.search(act.text, sitting.span.end):
        return  # the office itself: its holders are not interested in the sense of L. 2131-11
    members = [m.name for m in sitting.present_names] + [p.giver.name for p in sitting.proxies]
    surnames = {fold(s) for name in members for s in _SURNAME.findall(name)}
    for m in _BENEFICIARY.finditer(act.text, sitting.span.end):
        named = {fold(s) for s in _SURNAME.findall(m.group("who"))}
        shared = sorted(named & surnames)
        if shared:
            who = " ".join(m.group("who").split())
            yield Finding(
                span=Span(m.start("who"), m.end("who")),
                message=Text(
                    f"{who} est-il le conseiller {shared[0].upper()} inscrit comme présent "
                    "ou représenté ? A-t-il pris part au vote ?",
                    f"Is {who} the councillor {shared[0].upper()} listed as present or "
                    "represented? Did he or she take part in the vote?",
                ),
                help=Text("un conseiller intéressé à l'affaire ne prend pas part à la "
                          "délibération ; l'acte doit le mentionner (L. 2131-11)",
                          "a councillor interested in the matter takes no part in the "
                          "délibération; the act should say so (L. 2131-11)"),
            )  # fmt: skip
