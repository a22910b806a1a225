"""TRA: the @CTES acknowledgement stamp against the act it acknowledges; the act's
executory force: its mentions of transmission, publication and notification, and the date
it says it takes effect."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Iterator, Mapping
from typing import Any

from actlint.api import (
    Act,
    Finding,
    LazyPattern,
    Severity,
    Span,
    Text,
    TransmissionMention,
    facts,
    rule,
)

from .support.effect import effect_on_signature, effect_starts
from .support.french import french_date
from .support.sources import code_article, law

_SEPARATORS = LazyPattern(r"[^A-Za-z0-9]+")


def _same_number(stamped: str, written: str) -> bool:
    """« 2026 - 92 » and « 2026_92 » are one number: transmission software (Pastell)
    forbids hyphens, slashes and spaces; and software that transmits often prefixes the
    nature (« DEL-25-04-031 » for the délibération « 25-04/031 »)."""
    a, b = _SEPARATORS.sub("", stamped).upper(), _SEPARATORS.sub("", written).upper()
    return a == b or (a.endswith(b) and a[: len(a) - len(b)].isalpha())


def _french(date: dt.date) -> str:
    return date.strftime("%d/%m/%Y")


@rule(
    code="TRA001", name="stamp-mismatch", severity=Severity.WARNING,
    summary=Text("L'accusé de réception ne correspond pas à l'acte",
                 "The acknowledgement stamp does not match the act"),
    basis=law(Text("l'accusé de réception de la préfecture identifie l'acte transmis : "
              "département, SIREN, date de décision, numéro, nature",
              "the préfecture's acknowledgement identifies the act transmitted: département, "
              "SIREN, decision date, number, kind"), code_article("CGCT", "L. 2131-1", "L. 2131-2")),
)  # fmt: skip
def stamp_mismatch(act: Act, options: Mapping[str, Any]) -> Iterable[Finding]:
    """The @CTES acknowledgement stamp (« Accusé de réception en préfecture ») carries an
    identifier département-SIREN-AAAAMMJJ-numéro-nature. Its number must be the act's
    number (« 2026-92 » and « 2026_92 » are the same: transmission software such as
    Pastell forbids hyphens), and its date the act's signature date.

    Why: under CGCT art. L. 2131-1 and L. 2131-2, the acts listed in L. 2131-2 are
    executory only once transmitted to the préfet, and the acknowledgement proves that
    transmission. A stamp whose number or date is another act's proves nothing for this
    one: usually the wrong file was attached to the transmission, or the act was
    renumbered or redated after it.

    Severity: warning. The mismatch does not show that the act was not transmitted, only
    that this stamp cannot prove it; the contrôle de légalité, or a judge asked from when
    the act was executory, would raise it.

    Contrôle : l'accusé de réception @CTES (« Accusé de réception en préfecture ») porte un
    identifiant département-SIREN-AAAAMMJJ-numéro-nature. Son numéro doit être celui de
    l'acte (« 2026-92 » et « 2026_92 » sont le même numéro : les logiciels de
    télétransmission tels que Pastell proscrivent le trait d'union), et sa date la date de
    signature de l'acte.

    Pourquoi : aux termes des articles L. 2131-1 et L. 2131-2 du CGCT, les actes énumérés
    à l'article L. 2131-2 ne sont exécutoires qu'une fois transmis au représentant de
    l'État, et l'accusé de réception fait la preuve de cette transmission. Un accusé dont
    le numéro ou la date sont ceux d'un autre acte ne prouve rien pour celui-ci : le plus
    souvent, un mauvais fichier a été joint à la transmission, ou l'acte a été renuméroté
    ou redaté après elle.

    Gravité : avertissement. La discordance ne montre pas que l'acte n'a pas été transmis,
    seulement que cet accusé ne peut en faire la preuve ; le contrôle de légalité, ou le
    juge saisi de la date à laquelle l'acte est devenu exécutoire, la relèverait.

    Failing example::

        DÉCISION n° 2026-92
        Accusé de réception en préfecture
        062-216204982-20260511-2026_93-AR
        Date de télétransmission : 12/05/2026
        DÉCIDE
        Article 1 : Le contrat est renouvelé.
        Fait à Lens, le 11 mai 2026

    Passing example::

        DÉCISION n° 2026-92
        Accusé de réception en préfecture
        062-216204982-20260511-2026_92-AR
        Date de télétransmission : 12/05/2026
        DÉCIDE
        Article 1 : Le contrat est renouvelé.
        Fait à Lens, le 11 mai 2026
    """
    stamp = act.stamp
    if stamp is None:
        return
    number = act.preface.number
    if number and not _same_number(stamp.number, number):
        yield Finding(
            span=stamp.span,
            message=Text(f"l'accusé de réception porte le numéro « {stamp.number} », l'acte "
                         f"le numéro « {number} »",
                         f"the stamp carries number « {stamp.number} », the act « {number} »"),
            help=Text("vérifier que le bon fichier a été transmis",
                      "check that the right file was transmitted"),
        )  # fmt: skip
    signed = facts(act).signature_date
    if signed and stamp.decided and signed != stamp.decided:
        yield Finding(
            span=stamp.span,
            message=Text(f"l'accusé de réception date la décision du {_french(stamp.decided)}, "
                         f"l'acte est signé le {_french(signed)}",
                         f"the stamp dates the decision {_french(stamp.decided)}, the act is "
                         f"signed on {_french(signed)}"),
            help=Text("la date de décision transmise doit être la date de signature",
                      "the decision date transmitted must be the signature date"),
        )  # fmt: skip


@rule(
    code="TRA002", name="transmitted-before-signature", severity=Severity.ERROR,
    summary=Text("Acte transmis en préfecture avant d'être signé",
                 "Act transmitted to the préfecture before it was signed"),
    basis=law(Text("seul l'acte signé est transmis au représentant de l'État et devient exécutoire",
              "only the signed act is transmitted to the State's representative and becomes "
              "enforceable"), code_article("CGCT", "L. 2131-1", "L. 2131-2")),
)  # fmt: skip
def transmitted_before_signature(act: Act, options: Mapping[str, Any]) -> Iterable[Finding]:
    """The transmission date (« Date de télétransmission ») and the date of receipt
    (« Date de réception préfecture ») of the @CTES stamp are not before the signature
    date of the act.

    Why: only a signed act can be transmitted to the préfet and become executory (CGCT
    art. L. 2131-1 and L. 2131-2); a transmission dated before the signature is
    impossible, so either the signature date or the transmitted file is wrong, and the act
    may not be executory on the date it claims.

    Severity: error. The act and its stamp state something impossible together.

    Contrôle : la date de télétransmission (« Date de télétransmission ») et la date de
    réception (« Date de réception préfecture ») portées sur l'accusé de réception @CTES
    ne sont pas antérieures à la date de signature de l'acte.

    Pourquoi : seul un acte signé peut être transmis au représentant de l'État et devenir
    exécutoire (articles L. 2131-1 et L. 2131-2 du CGCT) ; une transmission datée d'avant
    la signature est impossible : la date de signature ou le fichier transmis est erroné,
    et l'acte peut ne pas être exécutoire à la date dont il se prévaut.

    Gravité : erreur. L'acte et son accusé de réception énoncent ensemble une chose
    impossible.

    Failing example::

        DÉCISION n° 2026-92
        Accusé de réception en préfecture
        062-216204982-20260511-2026_92-AR
        Date de télétransmission : 10/05/2026
        DÉCIDE
        Article 1 : Le contrat est renouvelé.
        Fait à Lens, le 11 mai 2026

    Passing example::

        DÉCISION n° 2026-92
        Accusé de réception en préfecture
        062-216204982-20260511-2026_92-AR
        Date de télétransmission : 11/05/2026
        Date de réception préfecture : 11/05/2026
        DÉCIDE
        Article 1 : Le contrat est renouvelé.
        Fait à Lens, le 11 mai 2026
    """
    stamp = act.stamp
    signed = facts(act).signature_date
    if stamp is None or signed is None:
        return
    for mention, fr, en in ((stamp.sent, "transmis", "transmitted"),
                            (stamp.received, "reçu en préfecture", "received at the préfecture")):  # fmt: skip
        if mention is not None and mention.value is not None and mention.value < signed:
            yield Finding(
                span=mention.span,
                message=Text(f"acte {fr} le {_french(mention.value)}, avant sa signature le "
                             f"{_french(signed)}",
                             f"act {en} on {_french(mention.value)}, before it was signed on "
                             f"{_french(signed)}"),
            )  # fmt: skip


# Délibérations L. 2131-2 1° a) and b) leaves out of transmission: road and parking tariffs,
# classement and déclassement, alignment and levelling plans, communal roads; promotion
# rates, centres de gestion (folded words).
_NOT_TRANSMITTED = LazyPattern(
    r"droits?\s+de\s+(?:voirie|stationnement)|\bstationnement\b|\b(?:de)?classement\b"
    r"|\balignement\b|\bnivellement\b|\bvoies?\s+communales?\b|\bvoirie\b"
    r"|\bavancement\s+de\s+grade\b|\btaux\s+de\s+promotion\b|\bcentres?\s+de\s+gestion\b"
)
_PUBLICITY = ("published", "online", "posted", "notified")
_TRANSMISSION = ("transmitted", "received")
_FORMALITY_FR = {
    "certified": "certification du caractère exécutoire", "transmitted": "transmission",
    "received": "réception en préfecture", "posted": "affichage", "published": "publication",
    "online": "mise en ligne", "notified": "notification",
}  # fmt: skip
_FORMALITY_EN = {
    "certified": "certification as executory", "transmitted": "transmission",
    "received": "receipt at the préfecture", "posted": "posting", "published": "publication",
    "online": "putting online", "notified": "notification",
}  # fmt: skip
_DONE_FR = {
    "transmitted": "transmis au représentant de l'État", "received": "reçu en préfecture",
    "posted": "affiché", "published": "publié", "online": "mis en ligne", "notified": "notifié",
}  # fmt: skip
_DONE_EN = {
    "transmitted": "transmitted to the préfet", "received": "received at the préfecture",
    "posted": "posted", "published": "published", "online": "put online",
    "notified": "notified",
}  # fmt: skip
_RUN = 200  # characters between two blank mentions reported together


def _must_be_transmitted(act: Act) -> bool:
    """The act is among those L. 2131-2 CGCT makes executory only once transmitted, as its
    profile says (délibérations, décisions by delegation of the council), and is not a
    délibération on a subject the article leaves out (road tariffs, promotion rates…)."""
    if not facts(act).requires("transmission"):
        return False
    return act.kind != "deliberation" or not _NOT_TRANSMITTED.search(act.folded)


def _dated(act: Act, kinds: tuple[str, ...]) -> Iterator[tuple[dt.date, str]]:
    """The dates of the act's mentions of these kinds, and of its stamp for a
    transmission, each with the kind of formality it dates."""
    for m in act.mentions:
        if m.kind in kinds and m.date is not None and m.date.value is not None:
            yield m.date.value, m.kind
    if "transmitted" in kinds and act.stamp is not None:
        for kind, dated in (("transmitted", act.stamp.sent), ("received", act.stamp.received)):
            if dated is not None and dated.value is not None:
                yield dated.value, kind


def _earliest(dates: Iterable[tuple[dt.date, str]]) -> tuple[dt.date, str] | None:
    return min(dates, default=None)


@rule(
    code="TRA003", name="effect-before-executory", severity=Severity.WARNING, status="preview",
    summary=Text("Date d'effet antérieure à la date à laquelle l'acte devient exécutoire",
                 "Effective date before the act becomes executory"),
    basis=law(Text("les actes des autorités communales ne sont exécutoires qu'une fois publiés ou "
              "notifiés et, pour ceux de l'article L. 2131-2, transmis au représentant de l'État "
              "(L. 5211-3 : de même pour les EPCI)",
              "acts of communal authorities are executory only once published or notified and, "
              "for those of article L. 2131-2, transmitted to the State's representative "
              "(L. 5211-3: likewise for EPCI)"),
              code_article("CGCT", "L. 2131-1", "L. 2131-2", "L. 5211-3")),
)  # fmt: skip
def effect_before_executory(act: Act, options: Mapping[str, Any]) -> Iterable[Finding]:
    """An article sets the act's own effective date (« la présente décision prend effet
    le », « le présent arrêté entre en vigueur le », « la présente délibération est
    applicable à compter du »: the act itself is the subject, not a contract or a lease it
    concludes, whose term may start earlier) earlier than a date the act's own mentions
    show it was not yet executory: before it was published, posted, put online or
    notified (the earliest of those the act records: « Publié le », « Affiché le »,
    « Notifié le », the @CTES receipt's « Publication : »), or, for an act that must be
    transmitted (délibérations, décisions by delegation of the council), before it was
    transmitted to the préfet (« Transmis en préfecture le », « Reçu par le représentant
    de l'État le », the stamp's dates). Both dates must be read; an effective date before
    the signature is DAT003's, not reported again here. Arrêtés préfectoraux, which
    L. 2131-1 does not govern, are not read.

    Why: under CGCT art. L. 2131-1, the acts of communal authorities are executory once
    brought to the knowledge of those concerned (publication, notification) and, for the
    acts listed in L. 2131-2, transmitted to the préfet; L. 5211-3 applies the same rules
    to EPCI. An act cannot produce effects before it is executory: the effective date the
    act gives then comes before the act could apply, as the contrôle de légalité reads it.

    Severity: warning. The act gives an effect its formalities did not allow on that date;
    an irregularity the contrôle de légalité would raise, which a justified retroactivity
    may explain, hence not an error.

    Contrôle : un article fixe la date d'effet de l'acte lui-même (« la présente décision
    prend effet le », « le présent arrêté entre en vigueur le », « la présente délibération
    est applicable à compter du » : l'acte en est le sujet, non un contrat ou un bail qu'il
    conclut, dont le terme peut commencer plus tôt) antérieure à une date à laquelle
    les mentions de l'acte montrent qu'il n'était pas encore exécutoire : avant sa
    publication, son affichage, sa mise en ligne ou sa notification (la plus ancienne de
    celles que l'acte mentionne : « Publié le », « Affiché le », « Notifié le », la
    « Publication : » de l'accusé @CTES) ou, pour un acte soumis à transmission
    (délibérations, décisions prises par délégation du conseil), avant sa transmission au
    représentant de l'État (« Transmis en préfecture le », « Reçu par le représentant de
    l'État le », les dates de l'accusé de réception). Les deux dates doivent être lues ;
    une date d'effet antérieure à la signature relève de DAT003 et n'est pas signalée une
    seconde fois. Les arrêtés préfectoraux, que l'article L. 2131-1 ne régit pas, ne sont
    pas lus.

    Pourquoi : aux termes de l'article L. 2131-1 du CGCT, les actes des autorités
    communales sont exécutoires dès leur publication ou leur notification et, pour ceux
    qu'énumère l'article L. 2131-2, dès leur transmission au représentant de l'État ;
    l'article L. 5211-3 étend ces règles aux EPCI. Un acte ne peut produire d'effet avant
    d'être exécutoire : la date d'effet qu'il se donne précède le moment où il pouvait
    s'appliquer.

    Gravité : avertissement. L'acte se donne un effet que ses formalités ne permettaient
    pas à cette date : une irrégularité que relèverait le contrôle de légalité, qu'une
    rétroactivité justifiée peut expliquer ; ce n'est donc pas une erreur.

    Failing example::

        DÉCISION n° 2026-92
        Vu le code général des collectivités territoriales, notamment son article L. 2122-22 ;
        DÉCIDE
        Article 1 : La présente décision prend effet le 12 mai 2026.
        Fait à Lens, le 11 mai 2026
        Le Maire, Jean DUPONT
        Transmis en préfecture le 18 mai 2026
        Publié le 18 mai 2026

    Passing example::

        DÉCISION n° 2026-92
        Vu le code général des collectivités territoriales, notamment son article L. 2122-22 ;
        DÉCIDE
        Article 1 : La présente décision prend effet le 20 mai 2026.
        Fait à Lens, le 11 mai 2026
        Le Maire, Jean DUPONT
        Transmis en préfecture le 18 mai 2026
        Publié le 18 mai 2026
    """
    if act.kind in ("arrete_prefectoral", "unknown"):
        return  # L. 2131-1 governs the acts of communal authorities
    # What bounds the executory date from below: the earliest publicity the act records,
    # and, for an act that must be transmitted, the earliest record of its transmission.
    bounds = [_earliest(_dated(act, _PUBLICITY))]
    if _must_be_transmitted(act):
        bounds.append(_earliest(_dated(act, _TRANSMISSION)))
    known = [b for b in bounds if b is not None]
    if not known:
        return
    executory, kind = max(known)
    signed = facts(act).signature_date
    for mention in effect_starts(act, itself=True):
        start = mention.value
        if start is None or start >= executory or (signed is not None and start < signed):
            continue
        yield Finding(
            span=mention.span,
            message=Text(f"l'acte prend effet le {french_date(start)}, avant d'être exécutoire : "
                         f"il a été {_DONE_FR[kind]} le {french_date(executory)}",
                         f"the act takes effect on {start.isoformat()}, before it is executory: "
                         f"it was {_DONE_EN[kind]} on {executory.isoformat()}"),
            help=Text("fixer la date d'effet au plus tôt à la date à laquelle l'acte est exécutoire "
                      "(publication ou notification et, s'il y est soumis, transmission au "
                      "représentant de l'État), ou écrire « à compter de la date à laquelle il "
                      "sera exécutoire »",
                      "set the effective date no earlier than the date the act is executory "
                      "(publication or notification and, when required, transmission to the "
                      "préfet), or write « from the date it becomes executory »"),
        )  # fmt: skip


@rule(
    code="TRA004", name="blank-certification", severity=Severity.INFO,
    summary=Text("Mention de transmission ou de publication laissée sans date",
                 "Transmission or publication mention left without its date"),
    basis=law(Text("le maire peut, sous sa responsabilité, certifier le caractère exécutoire d'un "
              "acte : une mention sans date ne certifie rien",
              "the maire may, under his responsibility, certify that an act is executory: a "
              "mention without its date certifies nothing"), code_article("CGCT", "L. 2131-1")),
)  # fmt: skip
def blank_certification(act: Act, options: Mapping[str, Any]) -> Iterable[Finding]:
    """A mention of the act's formalities is left with its date blank: « Certifié
    exécutoire … Transmis le : …… Publié le : », « Affiché le ../../.... »; blank mentions
    that follow one another are reported together. STR005 does not report these dots:
    the act itself is complete, only the record of its formalities is not.

    Why: under CGCT art. L. 2131-1, the maire may certify, under his responsibility, that
    an act is executory; the certification rests on the dates of transmission and of
    publication or notification. Left blank, the mention certifies nothing: it does not
    show when, or whether, the act became executory, which is what a reader, a court or
    the contrôle de légalité looks for in it.

    Severity: info. The act is not irregular for it, and the certification is optional
    (« peut certifier »); the version sent to the préfecture cannot carry the date of its
    own transmission, so a blank there is normal. The blank is worth completing on the
    copy that is published or kept, as good practice. Not STR005's error: the blank is in
    the record of the formalities, written after the act, not in the act's own statements.

    Contrôle : une mention des formalités de l'acte est laissée sans date : « Certifié
    exécutoire … Transmis le : …… Publié le : », « Affiché le ../../.... » ; les mentions
    en blanc qui se suivent sont signalées ensemble. STR005 ne signale pas ces points :
    l'acte lui-même est complet, seule la relation de ses formalités ne l'est pas.

    Pourquoi : aux termes de l'article L. 2131-1 du CGCT, le maire peut certifier, sous sa
    responsabilité, le caractère exécutoire d'un acte ; la certification repose sur les
    dates de transmission et de publication ou de notification. Laissée en blanc, la
    mention ne certifie rien : elle ne montre ni quand ni si l'acte est devenu exécutoire,
    ce qu'y cherchent le lecteur, le juge ou le contrôle de légalité.

    Gravité : information. L'acte n'en est pas irrégulier, et la certification est
    facultative (« peut certifier ») ; l'exemplaire transmis à la préfecture ne peut porter
    la date de sa propre transmission, et un blanc y est donc normal. Compléter la mention
    sur l'exemplaire publié ou conservé relève de la bonne pratique. Ce n'est pas l'erreur
    de STR005 : le blanc est dans la relation des formalités, écrite après l'acte, non
    dans ce que l'acte énonce.

    Failing example::

        DÉCISION n° 2026-92
        DÉCIDE
        Article 1 : Le contrat est renouvelé.
        Fait à Lens, le 11 mai 2026
        Le Maire, Jean DUPONT
        Certifié exécutoire
        Transmis en préfecture le : ……
        Publié le :

    Passing example::

        DÉCISION n° 2026-92
        DÉCIDE
        Article 1 : Le contrat est renouvelé.
        Fait à Lens, le 11 mai 2026
        Le Maire, Jean DUPONT
        Certifié exécutoire
        Transmis en préfecture le : 12/05/2026
        Publié le : 12/05/2026
    """
    runs: list[list[TransmissionMention]] = []
    for mention in act.mentions:
        if not mention.blank:
            continue
        if runs and mention.span.start - runs[-1][-1].span.end <= _RUN:
            runs[-1].append(mention)
        else:
            runs.append([mention])
    for run in runs:
        kinds = list(dict.fromkeys(m.kind for m in run))
        fr = ", ".join(_FORMALITY_FR[k] for k in kinds)
        en = ", ".join(_FORMALITY_EN[k] for k in kinds)
        plural = len(run) > 1
        yield Finding(
            span=Span(run[0].span.start, run[-1].span.end),
            message=Text(f"mention{'s' if plural else ''} de formalité laissée{'s' if plural else ''} "
                         f"sans date : {fr}",
                         f"formality mention{'s' if plural else ''} left without a date: {en}"),
            help=Text("compléter les dates une fois l'acte transmis et publié ou notifié, ou "
                      "retirer la mention",
                      "fill in the dates once the act is transmitted and published or notified, "
                      "or remove the mention"),
        )  # fmt: skip


@rule(
    code="TRA005", name="effect-on-signature", severity=Severity.WARNING,
    summary=Text("Acte soumis à transmission déclaré applicable dès sa signature",
                 "Act subject to transmission said to take effect on signature"),
    basis=law(Text("les délibérations et les décisions prises par délégation du conseil (L. 2122-22) "
              "ne sont exécutoires qu'une fois transmises au représentant de l'État et publiées "
              "ou notifiées (L. 5211-3 : de même pour les EPCI)",
              "délibérations and decisions taken by delegation of the council (L. 2122-22) are "
              "executory only once transmitted to the State's representative and published or "
              "notified (L. 5211-3: likewise for EPCI)"),
              code_article("CGCT", "L. 2131-1", "L. 2131-2", "L. 5211-3")),
)  # fmt: skip
def effect_on_signature_rule(act: Act, options: Mapping[str, Any]) -> Iterable[Finding]:
    """An act that must be transmitted to the préfet — a délibération, or a décision taken
    by delegation of the council (L. 2122-22) or of an EPCI's assembly (L. 5211-10) —
    says that it takes effect on its signature: « la présente décision prend effet à
    compter de sa signature », « le présent arrêté entre en vigueur dès sa signature »,
    « … est exécutoire à la date de sa signature ». Only the act itself is read so (« le
    présent … », « la présente … », « cet acte »), and only its own signature (« sa
    signature », « la signature de la présente décision »): a contract that takes effect on
    its signature, or an act that takes effect on the contract's (« à compter de la
    signature du contrat »), is the contract's affair. A clause that adds the formalities
    to the signature (« exécutoire dès sa signature, sa transmission au représentant de
    l'État et sa publication ») makes them cumulative and is right. Délibérations on the subjects L. 2131-2 1° a) and
    b) leaves out (road and parking tariffs, classement, alignment, promotion rates,
    centres de gestion) are not reported.

    Why: CGCT art. L. 2131-2 I 1° lists the délibérations and the décisions taken by
    delegation under L. 2122-22 among the acts that L. 2131-1 makes executory only once
    transmitted to the préfet and published or notified (L. 5211-3 applies these rules to
    EPCI). The act cannot take effect on the day it is signed, before those formalities:
    the clause states an effect the law does not give it.

    Severity: warning. The clause misstates when the act applies, and an act applied from
    its signature is applied before it is executory: an irregularity the contrôle de
    légalité raises; the act itself is not void for the clause, hence not an error.

    Contrôle : un acte soumis à transmission au représentant de l'État — une délibération,
    ou une décision prise par délégation du conseil municipal (L. 2122-22) ou de l'organe
    délibérant d'un EPCI (L. 5211-10) — énonce qu'il prend effet dès sa signature : « la
    présente décision prend effet à compter de sa signature », « le présent arrêté entre
    en vigueur dès sa signature », « … est exécutoire à la date de sa signature ». Seul
    l'acte lui-même est lu ainsi (« le présent … », « la présente … », « cet acte »), et
    sa seule signature (« sa signature », « la signature de la présente décision ») : un
    contrat qui prend effet à sa signature, ou un acte qui prend effet à celle du contrat
    (« à compter de la signature du contrat »), relève du contrat. Une clause qui ajoute
    les formalités à la signature (« exécutoire dès sa signature, sa transmission au
    représentant de l'État et sa publication ») les rend cumulatives et est exacte. Les
    délibérations portant
    sur les matières que l'article L. 2131-2 1° a) et b) exclut (droits de voirie et de
    stationnement, classement, alignement, taux de promotion, centres de gestion) ne sont
    pas signalées.

    Pourquoi : l'article L. 2131-2 I 1° du CGCT range les délibérations et les décisions
    prises par délégation en application de l'article L. 2122-22 parmi les actes que
    l'article L. 2131-1 ne rend exécutoires qu'une fois transmis au représentant de l'État
    et publiés ou notifiés (l'article L. 5211-3 étend ces règles aux EPCI). L'acte ne peut
    prendre effet le jour de sa signature, avant ces formalités : la clause lui prête un
    effet que la loi ne lui donne pas.

    Gravité : avertissement. La clause énonce à tort le moment où l'acte s'applique, et un
    acte appliqué dès sa signature l'est avant d'être exécutoire : une irrégularité que
    relève le contrôle de légalité ; la clause ne rend pas l'acte nul, ce n'est donc pas
    une erreur.

    Failing example::

        DÉCISION n° 2026-92
        Vu le code général des collectivités territoriales, notamment son article L. 2122-22 ;
        DÉCIDE
        Article 1 : Le contrat est renouvelé.
        Article 2 : La présente décision prend effet à compter de sa signature.
        Fait à Lens, le 11 mai 2026
        Le Maire, Jean DUPONT

    Passing example::

        DÉCISION n° 2026-92
        Vu le code général des collectivités territoriales, notamment son article L. 2122-22 ;
        DÉCIDE
        Article 1 : Le contrat est renouvelé.
        Article 2 : La présente décision est exécutoire dès sa transmission au représentant de
        l'État et sa publication.
        Fait à Lens, le 11 mai 2026
        Le Maire, Jean DUPONT
    """
    if not _must_be_transmitted(act):
        return
    for span in effect_on_signature(act):
        yield Finding(
            span=span,
            message=Text(f"l'acte dit prendre effet dès sa signature (« {act.text[span.start:span.end]} ») ; "
                         "soumis à transmission, il n'est exécutoire qu'une fois transmis au "
                         "représentant de l'État et publié ou notifié",
                         f"the act says it takes effect on signature (« "
                         f"{act.text[span.start:span.end]} »); being subject to transmission, it "
                         "is executory only once transmitted to the préfet and published or "
                         "notified"),
            help=Text("écrire : « La présente décision sera exécutoire dès sa transmission au "
                      "représentant de l'État et sa publication (ou sa notification). »",
                      "write: « La présente décision sera exécutoire dès sa transmission au "
                      "représentant de l'État et sa publication (ou sa notification). »"),
        )  # fmt: skip
