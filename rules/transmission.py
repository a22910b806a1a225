"""TRA: the @CTES acknowledgement stamp against the act it acknowledges."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Mapping
from typing import Any

from actlint.api import Act, Finding, Severity, Text, facts, rule

from .support.sources import code_article, law

_SEPARATORS = re.compile(r"[^A-Za-z0-9]+")


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
