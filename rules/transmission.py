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
    """« 2026 - 92 » and « 2026_92 » are one number: @CTES forbids hyphens, slashes and
    spaces; and software that transmits often prefixes the nature (« DEL-25-04-031 » for
    the délibération « 25-04/031 »)."""
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
    number (« 2026-92 » and « 2026_92 » are the same: the platform forbids hyphens),
    and its date the act's signature date.

    Why: the acknowledgement proves the transmission that makes the act executory
    (L. 2131-1). A stamp whose number or date is another act's proves nothing for this
    one: usually the wrong file was attached to the transmission, or the act was
    renumbered or redated after it.

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

    Why: only a signed act can be transmitted; a transmission dated before the
    signature means that either the signature date or the transmitted file is wrong,
    and the act may not be executory on the date it claims (L. 2131-1).

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
