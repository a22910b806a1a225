"""NOM: the @CTES metadata of the act — matter code and act number."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Mapping
from typing import Any

from actlint.api import Act, Finding, LazyPattern, Severity, Text, facts, rule

from .support.reference_data import nomenclature
from .support.sources import ACTES_PLATFORM, code_article, law, practice

_TRANSMISSIBLE = LazyPattern(r"[A-Z0-9_]{1,15}")
_NUMBER_LIMIT = 15
# Acts transmitted through @CTES: the collectivités' own, not the préfet's.
_TRANSMITTED = ("decision", "arrete", "deliberation")
# The number of another act taken for the act's own (« l'ordonnance n° 2021-175 »).
_OTHER_ACT = LazyPattern(
    r"(?i:\b(?:ordonnance|d[ée]cret|loi|circulaire|directive|r[èe]glement)\s+(?:n[°o]\s*)?$)"
)

# The act number as the @CTES schema accepts it; Pastell accepts only A–Z, 0–9 and « _ ».
_ACTES_SCHEMA = LazyPattern(r"^(?:[a-zA-Z0-9][a-zA-Z0-9\-_ ]{0,13})?[a-zA-Z0-9]$")
_PREFECT = LazyPattern(r"(?i:\bpr[ée]f[eè]te?\b|\bpr[ée]fecture\b)")
# A letterhead line of the State's services: « PRÉFECTURE DE L'EURE », « Préfet de l'Orne ».
_PREFECT_HEADING = LazyPattern(r"(?im:^\W*pr[ée]f(?:ecture|[eè]te?)\s+(?:de|du|des|d['’]))")


def _by_prefect(act: Act) -> bool:
    """An arrêté of the préfet, whatever its title says (its letterhead, its author, its
    signatory): not sent by @CTES."""
    signature = act.signature
    said = [act.preface.authority or "", signature.capacity or "" if signature else ""]
    preface = act.text[act.preface.span.start : act.preface.span.end]
    return any(_PREFECT.search(words) for words in said) or bool(_PREFECT_HEADING.search(preface))


@rule(
    code="NOM001", name="unknown-matter", severity=Severity.WARNING,
    summary=Text("Code de nomenclature @CTES inexistant", "@CTES matter code does not exist"),
    basis=law(Text("la plateforme @CTES refuse un code de matière absent de la nomenclature "
              "nationale, et un acte soumis à transmission n'est exécutoire qu'une fois transmis",
              "the @CTES platform refuses a matter code absent from the national "
              "nomenclature, and an act subject to transmission is enforceable only once "
              "transmitted"), code_article("CGCT", "L. 2131-1", "L. 2131-2"), ACTES_PLATFORM),
)  # fmt: skip
def unknown_matter(act: Act, options: Mapping[str, Any]) -> Iterable[Finding]:
    """The nomenclature code of the act, however written (« 09 – 01 », « 9.1 », « 9-1 »),
    exists in the national @CTES list. Only the first two levels are national; levels
    3 to 5 are agreed locally and not judged.

    Why: the code classifies the act for its electronic transmission to the préfet
    (governed by CGCT art. R. 2131-2-A to R. 2131-4). The list of matters is not in the
    CGCT: it is the national nomenclature of the @CTES chain, good practice that the
    transmission software applies (Pastell refuses a code absent from it). A code that does
    not exist sends the act to the wrong service or gets the transmission rejected.

    Severity: warning. A code absent from the national list is refused at transmission, and
    the mention in the act is wrong; but the nomenclature is a convention of the
    transmission chain, not a requirement of law, so the act itself is not unlawful for it.

    Contrôle : le code de nomenclature de l'acte, quelle que soit son écriture (« 09 – 01 »,
    « 9.1 », « 9-1 »), figure dans la nomenclature nationale @CTES. Seuls les deux premiers
    niveaux sont nationaux ; les niveaux 3 à 5, définis localement, ne sont pas examinés.

    Pourquoi : le code classe l'acte en vue de sa transmission électronique au
    représentant de l'État (régie par les articles R. 2131-2-A à R. 2131-4 du CGCT). La
    liste des matières ne figure pas dans le CGCT : c'est la nomenclature nationale de la
    chaîne @CTES, bonne pratique que les logiciels de télétransmission appliquent (Pastell
    refuse un code qui n'y figure pas). Un code inexistant oriente l'acte vers le mauvais
    service ou fait rejeter la transmission.

    Gravité : avertissement. Un code absent de la nomenclature nationale est refusé lors
    de la transmission, et la mention portée sur l'acte est erronée ; mais la nomenclature
    est une convention de la chaîne de télétransmission, non une exigence légale : l'acte
    n'est pas irrégulier de ce seul fait.

    Failing example::

        DÉCISION n° 2026-92
        NOMENCLATURE : 9.7
        DÉCIDE
        Article 1 : Le contrat est renouvelé.

    Passing example::

        DÉCISION n° 2026-92
        NOMENCLATURE : 09 – 01
        DÉCIDE
        Article 1 : Le contrat est renouvelé.
    """
    code, span = act.preface.nomenclature, act.preface.nomenclature_span
    if code is None or span is None:
        return
    matters, source = nomenclature()
    national = ".".join(code.split(".")[:2])
    if national in matters:
        return
    yield Finding(
        span=span,
        message=Text(f"le code de nomenclature {national} n'existe pas dans la nomenclature "
                     "nationale @CTES",
                     f"matter code {national} does not exist in the national @CTES list"),
        help=Text(f"choisir un code de la nomenclature nationale ({source})",
                  f"choose a code from the national list ({source})"),
    )  # fmt: skip


@rule(
    code="NOM002", name="matter-suggestion", severity=Severity.INFO,
    summary=Text("Matière @CTES peu cohérente avec l'objet", "@CTES matter unlike the subject"),
    basis=practice(Text("la matière @CTES classe l'acte pour le contrôle de légalité : 1.1 « Marchés "
                   "publics », 1.4 « Autres types de contrats »",
                   "the @CTES matter files the act for the contrôle de légalité: 1.1 « Marchés "
                   "publics », 1.4 « Autres types de contrats »"), ACTES_PLATFORM),
)  # fmt: skip
def matter_suggestion(act: Act, options: Mapping[str, Any]) -> Iterable[Finding]:
    """An act about a marché or an accord-cadre (it says so, or cites the code de la
    commande publique) is classified outside matter 1 (commande publique).

    Advice only: the classification is the collectivité's choice, and 9.1 is a valid
    code; but the contrôle de légalité sorts commande publique acts under 1.x.

    Why: in the national @CTES nomenclature, matter 1.1 is « Marchés publics » and 1.4
    « Autres types de contrats »; acts filed under the expected matter reach the right desk
    at the préfecture. The nomenclature is good practice of the @CTES chain, not a rule of
    law.

    Severity: info. The classification is a judgement left to the collectivité, and the
    code used exists; the finding is a suggestion.

    Contrôle : un acte relatif à un marché ou à un accord-cadre (il le dit, ou vise le
    code de la commande publique) est classé hors de la matière 1 (commande publique).

    Simple conseil : le classement relève du choix de la collectivité, et 9.1 est un code
    valide ; mais le contrôle de légalité range les actes de la commande publique sous 1.x.

    Pourquoi : dans la nomenclature nationale @CTES, la matière 1.1 est « Marchés
    publics » et la matière 1.4 « Autres types de contrats » ; un acte classé dans la
    matière attendue parvient au bon service de la préfecture. La nomenclature relève de la
    bonne pratique de la chaîne @CTES, non d'une règle de droit.

    Gravité : information. Le classement est une appréciation laissée à la collectivité,
    et le code employé existe ; le signalement n'est qu'une suggestion.

    Failing example::

        DÉCISION n° 2026-92
        NOMENCLATURE : 9.1
        DÉCIDE
        Article 1 : Le marché de maintenance est conclu.

    Passing example::

        DÉCISION n° 2026-92
        NOMENCLATURE : 1.1
        DÉCIDE
        Article 1 : Le marché de maintenance est conclu.
    """
    code, span = act.preface.nomenclature, act.preface.nomenclature_span
    if code is None or span is None or code.startswith("1.") or not facts(act).concerns_procurement:
        return
    yield Finding(
        span=span,
        message=Text(f"l'acte porte sur un marché mais est classé en {code} : la matière 1.1 "
                     "« Marchés publics » (ou 1.4, 1.7) serait attendue",
                     f"the act is about a marché but is filed under {code}: matter 1.1 "
                     "« Marchés publics » (or 1.4, 1.7) would be expected"),
        help=Text("vérifier la matière choisie pour la télétransmission",
                  "check the matter chosen for the transmission"),
    )  # fmt: skip


# Electronic transmission (@CTES) exists since the décret n° 2005-324 of 7 April 2005: an
# act whose every date is older was transmitted on paper, its number was never checked.
_ELECTRONIC_SINCE = dt.date(2005, 4, 7)


@rule(
    code="NOM003", name="transmissible-number", severity=Severity.INFO,
    summary=Text("Numéro d'acte non transmissible tel quel (Pastell / @CTES)",
                 "Act number not transmissible as is (Pastell / @CTES)"),
    basis=practice(Text("numéro interne de 15 caractères au plus : lettres majuscules, chiffres et "
                   "« _ » (règle appliquée par Pastell / @CTES)",
                   "internal number of at most 15 characters: capital letters, digits and « _ » "
                   "(rule applied by Pastell / @CTES)"), ACTES_PLATFORM),
)  # fmt: skip
def transmissible_number(act: Act, options: Mapping[str, Any]) -> Iterable[Finding]:
    """The act number, spaces removed, has at most 15 characters among A–Z, 0–9 and
    « _ »; otherwise the finding gives the transmissible form (« 2026-92 » → « 2026_92 »).

    Préfectoral arrêtés are not transmitted through @CTES and are not checked; nor is an
    act whose @CTES stamp shows it was transmitted (the platform recorded its number),
    nor a number that belongs to another act (« l'ordonnance n° 2021-175 »), nor an act
    dated before electronic transmission existed (décret n° 2005-324 du 7 avril 2005).

    Why: the act's internal number (« numéro interne ») is sent with it to the préfecture;
    Pastell accepts at most 15 characters among capital letters, digits and « _ » (the
    Pastell / @CTES rule), so a number written otherwise must be rewritten when the act is
    transmitted, and the number recorded there then differs from the one on the act. This
    is good practice of the transmission chain, not a rule of law.

    Severity: info. The act itself is not irregular, and the number can be adapted at
    transmission; the finding prevents a discrepancy between the act and its record.

    Contrôle : le numéro de l'acte, sans ses espaces, compte au plus 15 caractères parmi
    A–Z, 0–9 et « _ » ; à défaut, le signalement indique la forme transmissible
    (« 2026-92 » → « 2026_92 »).

    Les arrêtés préfectoraux ne sont pas transmis par @CTES et ne sont pas examinés ; ni un
    acte dont l'accusé de réception @CTES montre qu'il a été transmis (la plateforme a
    enregistré son numéro), ni un numéro qui appartient à un autre acte (« l'ordonnance
    n° 2021-175 »), ni un acte antérieur à la transmission électronique (décret
    n° 2005-324 du 7 avril 2005).

    Pourquoi : le numéro interne de l'acte est transmis avec lui à la préfecture ; Pastell
    n'admet que 15 caractères au plus, parmi les lettres majuscules, les chiffres et « _ »
    (règle Pastell / @CTES), de sorte qu'un numéro écrit autrement doit être réécrit lors
    de la transmission, et le numéro enregistré diffère alors de celui que porte l'acte.
    Il s'agit d'une bonne pratique de la chaîne de télétransmission, non d'une règle de
    droit.

    Gravité : information. L'acte lui-même n'est pas irrégulier, et le numéro peut être
    adapté lors de la transmission ; le signalement évite un écart entre l'acte et son
    enregistrement.

    Failing example::

        DÉCISION n° 2026 - 92
        DÉCIDE
        Article 1 : Le contrat est renouvelé.

    Passing example::

        DÉCISION n° 2026_92
        DÉCIDE
        Article 1 : Le contrat est renouvelé.
    """
    number, span = act.preface.number, act.preface.number_span
    if act.kind not in _TRANSMITTED or number is None or span is None or act.stamp is not None:
        return  # the stamp shows the number the platform recorded: it was transmitted
    if _OTHER_ACT.search(act.text, max(0, span.start - 30), span.start) or _by_prefect(act):
        return
    dates = [d.value for d in act.dates if d.value is not None]
    if dates and max(dates) < _ELECTRONIC_SINCE:
        return  # an act from before electronic transmission
    compact = number.replace(" ", "")
    if _TRANSMISSIBLE.fullmatch(compact):
        return
    suggested = re.sub(r"_+", "_", re.sub(r"[^A-Z0-9]", "_", compact.upper())).strip("_")
    fits = len(suggested) <= _NUMBER_LIMIT
    schema_only = _ACTES_SCHEMA.match(compact) is not None
    yield Finding(
        span=span,
        message=Text(f"le numéro « {number} » ne peut pas être télétransmis tel quel"
                     + (" par Pastell (le schéma @CTES l'admet)" if schema_only else ""),
                     f"the number « {number} » cannot be transmitted as is"
                     + (" through Pastell (the @CTES schema accepts it)" if schema_only else "")),
        help=Text(f"forme transmissible : {suggested}" if fits else
                  f"raccourcir le numéro à {_NUMBER_LIMIT} caractères (A–Z, 0–9, _)",
                  f"transmissible form: {suggested}" if fits else
                  f"shorten the number to {_NUMBER_LIMIT} characters (A–Z, 0–9, _)"),
    )  # fmt: skip
