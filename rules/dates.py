"""DAT: dates that cannot be, contradict each other, or contradict the signature."""

from __future__ import annotations

import bisect
import datetime as dt
import re
from collections.abc import Iterable, Mapping
from typing import Any

from actlint.api import (
    Act,
    ActReference,
    DateMention,
    Finding,
    LazyPattern,
    Severity,
    Span,
    Text,
    facts,
    rule,
)

from .support.effect import effect_starts
from .support.french import ACT_NAMES, ACT_NAMES_EN, WEEKDAY_NAMES, agreeing, french_date
from .support.sources import AURORE, CALENDAR, SITURV, VILLE_DE_CAEN, code_article, fact, law
from .support.written_twice import written_twice

# The oldest texts a commune cites date from 1789: the Déclaration des droits de l'homme et du
# citoyen (26 août 1789) and the law creating the communes (14 décembre 1789).
_EARLIEST_YEAR = 1789
_LATEST_OFFSET = 99


def _written(date: DateMention) -> str:
    return f"« {date.text} »"


_ENGLISH_DAYS = dict(zip(WEEKDAY_NAMES, ("Monday", "Tuesday", "Wednesday", "Thursday",
                                          "Friday", "Saturday", "Sunday"), strict=True))  # fmt: skip


@rule(
    code="DAT001", name="impossible-date", severity=Severity.ERROR,
    summary=Text("Date impossible", "Impossible date"),
    basis=fact(Text("une date qui n'existe pas au calendrier ne peut dater ni l'acte ni ses effets",
               "a date that does not exist cannot date the act or its effects"), CALENDAR),
)  # fmt: skip
def impossible_date(act: Act, options: Mapping[str, Any]) -> Iterable[Finding]:
    """A date that does not exist in the calendar (« 31 février 2026 », « 30/02/2026 »).

    Why: the act names a day that does not exist. Nobody can tell which day was meant,
    and the slip (a day or a month mistyped) may change what the act orders or when it
    applies. The calendar shows it: no text is needed.

    Severity: error. The act states something impossible.

    Contrôle : une date qui n'existe pas dans le calendrier (« 31 février 2026 »,
    « 30/02/2026 »).

    Pourquoi : l'acte mentionne un jour qui n'existe pas. Nul ne peut dire quel jour était
    visé, et l'erreur de frappe (sur le jour ou sur le mois) peut changer ce que l'acte
    prescrit ou la date à laquelle il s'applique. Le calendrier suffit à l'établir : aucun
    texte n'est nécessaire.

    Gravité : erreur. L'acte énonce une chose impossible.

    Failing example::

        ARRÊTÉ n° 2026-3
        ARRÊTE
        Article 1 : La fête aura lieu le 30/02/2026.

    Passing example::

        ARRÊTÉ n° 2026-3
        ARRÊTE
        Article 1 : La fête aura lieu le 28/02/2026.
    """
    for date in act.dates:
        if date.value is None:
            yield Finding(
                span=date.span,
                message=Text(f"date impossible : {_written(date)} n'existe pas",
                             f"impossible date: {_written(date)} does not exist"),
                help=Text("corriger le jour ou le mois", "correct the day or the month"),
            )  # fmt: skip


@rule(
    code="DAT002", name="cited-act-after-signature", severity=Severity.ERROR,
    summary=Text("Acte visé postérieur à la signature", "Cited act dated after the signature"),
    basis=fact(Text("un acte ne peut se fonder sur un acte qui n'existait pas encore à sa signature",
               "an act cannot rest on an act that did not exist yet when it was signed")),
)  # fmt: skip
def cited_act_after_signature(act: Act, options: Mapping[str, Any]) -> Iterable[Finding]:
    """A visa or a considérant cites an act dated after the act's own signature.

    Only the visas and considérants are read: there the act names the texts it rests on.
    The dispositif may legitimately announce a later convention or délibération. The
    délibération and arrêté of delegation are judged by DEL002.

    Why: an act is taken on the day it is signed; it cannot rest on a délibération, an
    arrêté or an avis that did not exist yet on that day, so the visa states something
    impossible. The date is usually mistyped (year, month), and the act then cites nothing
    that exists. The dates of the act show it: no text is needed.

    Severity: error. The act states something impossible: it relies on a text that did
    not exist yet when it was signed.

    Contrôle : un visa ou un considérant cite un acte daté d'après la signature de l'acte
    lui-même.

    Seuls les visas et les considérants sont lus : c'est là que l'acte désigne les textes
    sur lesquels il se fonde. Le dispositif peut légitimement annoncer une convention ou une
    délibération à venir. La délibération et l'arrêté de délégation relèvent de DEL002.

    Pourquoi : un acte est pris le jour de sa signature ; il ne peut se fonder sur une
    délibération, un arrêté ou un avis qui n'existait pas encore à cette date : le visa
    énonce une chose impossible. La date est le plus souvent mal saisie (année, mois), et
    l'acte ne vise alors aucun texte existant. Les dates de l'acte suffisent à l'établir :
    aucun texte n'est nécessaire.

    Gravité : erreur. L'acte énonce une chose impossible, puisqu'il se fonde sur un texte
    qui n'existait pas encore lors de sa signature.

    Failing example::

        DÉCISION n° 2026-92
        Vu la délibération du conseil municipal en date du 22 juin 2026 ;
        DÉCIDE
        Article 1 : Le contrat est renouvelé.
        Fait à Lens, le 11 mai 2026.

    Passing example::

        DÉCISION n° 2026-92
        Vu la délibération du conseil municipal en date du 22 mars 2026 ;
        DÉCIDE
        Article 1 : Le contrat est renouvelé.
        Fait à Lens, le 11 mai 2026.
    """
    signed = facts(act).signature_date
    if signed is None:
        return
    delegating = {
        c.reference for c in (*facts(act).delegation_deliberations, *facts(act).delegation_orders)
    }
    for unit in (*act.preamble.citations, *act.preamble.recitals):
        for reference in unit.entities.references:
            cited = reference.date.value if reference.date else None
            if cited is None or cited <= signed or reference in delegating:
                continue
            name = ACT_NAMES.get(reference.kind, "l'acte")
            days = (cited - signed).days
            yield Finding(
                span=reference.date.span if reference.date else reference.span,
                message=Text(
                    f"{name} {agreeing(reference.kind, 'visé')} est "
                    f"{agreeing(reference.kind, 'daté')} du {french_date(cited)}, "
                    f"{days} jours après la signature de l'acte ({french_date(signed)})",
                    f"{ACT_NAMES_EN.get(reference.kind, 'the act')} cited is dated {cited.isoformat()}, "
                    f"{days} days after the act's signature ({signed.isoformat()})",
                ),
                help=Text("vérifier la date de l'acte visé, ou la date de signature",
                          "check the date of the cited act, or the signature date"),
            )  # fmt: skip


@rule(
    code="DAT003", name="retroactive-effect", severity=Severity.WARNING,
    summary=Text("Effet rétroactif", "Retroactive effect"),
    basis=law(Text("un acte administratif ne dispose que pour l'avenir ; pour un contrat, une date "
              "d'effet antérieure à la signature est une irrégularité, sans écarter le contrat "
              "pour ce seul motif",
              "an administrative act only provides for the future; for a contract, an effective "
              "date before the signature is an irregularity, which alone does not set the "
              "contract aside"), AURORE, VILLE_DE_CAEN, SITURV),
)  # fmt: skip
def retroactive_effect(act: Act, options: Mapping[str, Any]) -> Iterable[Finding]:
    """An article sets an effective date (« prendra effet au », « à compter du », « entre en
    vigueur le ») earlier than the signature date.

    Why: administrative acts dispose only for the future (CE, Ass., 25 juin 1948, Société
    du journal « L'Aurore », n° 94511). For contracts, a start date set before the contract
    is concluded and transmitted is an irregularity (CE, 4 février 1991, Ville de Caen,
    n° 71956), though the contract is not set aside for that alone (CE, 22 mai 2015,
    SITURV, n° 383596). Retroactivity is allowed in narrow cases (a law that permits it,
    filling the gap left by an annulment, a regularisation), so a human must look; the
    message gives both dates and the number of days.

    Severity: a warning: an irregularity a préfecture's contrôle de légalité or a court
    would raise, but one that an exception may justify and that does not by itself void a
    contract, hence not an error.

    Contrôle : un article fixe une date d'effet (« prendra effet au », « à compter du »,
    « entre en vigueur le ») antérieure à la date de signature.

    Pourquoi : les actes administratifs ne disposent que pour l'avenir (CE, Ass., 25 juin
    1948, Société du journal « L'Aurore », n° 94511). Pour les contrats, une date de début
    d'exécution antérieure à la conclusion et à la transmission du contrat est une
    irrégularité (CE, 4 février 1991, Ville de Caen, n° 71956), qui ne suffit pas à elle
    seule à écarter le contrat (CE, 22 mai 2015, SITURV, n° 383596). La rétroactivité n'est
    admise que dans des cas étroits (une loi qui l'autorise, combler le vide laissé par une
    annulation, une régularisation) : l'appréciation revient au lecteur ; le message donne
    les deux dates et le nombre de jours.

    Gravité : avertissement : une irrégularité que relèveraient le contrôle de légalité de
    la préfecture ou un juge, mais qu'une exception peut justifier et qui n'entraîne pas à
    elle seule l'annulation d'un contrat ; ce n'est donc pas une erreur.

    Failing example::

        DÉCISION n° 2026-92
        DÉCIDE
        Article 1 : Le contrat prendra effet au 1er janvier 2026.
        Fait à Lens, le 11 mai 2026.

    Passing example::

        DÉCISION n° 2026-92
        DÉCIDE
        Article 1 : Le contrat prendra effet au 1er juin 2026.
        Fait à Lens, le 11 mai 2026.
    """
    signed = facts(act).signature_date
    if signed is None:
        return
    for mention in effect_starts(act):
        start = mention.value
        if start is None or start >= signed:
            continue
        days = (signed - start).days
        yield Finding(
            span=mention.span,
            message=Text(
                f"effet rétroactif : l'acte prend effet le {french_date(start)}, "
                f"{days} jours avant sa signature le {french_date(signed)} (irrégularité, "
                "sauf si la rétroactivité est permise)",
                f"retroactive effect: the act takes effect on {start.isoformat()}, "
                f"{days} days before it is signed on {signed.isoformat()} (an "
                "irregularity, unless retroactivity is allowed)",
            ),
            help=Text(
                "fixer une date d'effet postérieure à la signature (et à la transmission "
                "au représentant de l'État), ou justifier la rétroactivité ; pour un "
                "contrat, cette irrégularité n'entraîne pas à elle seule son annulation "
                "(CE, 22 mai 2015, SITURV, n° 383596)",
                "set an effective date after the signature (and the transmission to the "
                "préfet), or justify the retroactivity; for a contract, this irregularity "
                "alone does not set it aside (CE, 22 mai 2015, SITURV, n° 383596)",
            ),
        )  # fmt: skip


@rule(
    code="DAT004", name="reversed-period", severity=Severity.ERROR,
    summary=Text("Période qui finit avant de commencer", "Period that ends before it starts"),
    basis=fact(Text("une période dont la fin précède le début ne s'applique à aucun jour",
               "a period that ends before it starts covers no day"), CALENDAR),
)  # fmt: skip
def reversed_period(act: Act, options: Mapping[str, Any]) -> Iterable[Finding]:
    """A period (« du … au … », « à compter du … jusqu'au … ») ends before it starts.

    Why: the act then applies on no day at all; one of the two dates is mistyped. The
    calendar shows it: no text is needed.

    Severity: error. The act states something impossible: a period that contains no day.

    Contrôle : une période (« du … au … », « à compter du … jusqu'au … ») qui s'achève
    avant de commencer.

    Pourquoi : l'acte ne s'applique alors à aucun jour ; l'une des deux dates est mal
    saisie. Le calendrier suffit à l'établir : aucun texte n'est nécessaire.

    Gravité : erreur. L'acte énonce une chose impossible : une période qui ne compte
    aucun jour.

    Failing example::

        ARRÊTÉ n° 2026-7
        ARRÊTE
        Article 1 : La rue est fermée du 12 mai 2026 au 10 mai 2026.

    Passing example::

        ARRÊTÉ n° 2026-7
        ARRÊTE
        Article 1 : La rue est fermée du 10 mai 2026 au 12 mai 2026.
    """
    for unit in act.units:
        for period in unit.entities.periods:
            start = period.start.value if period.start else None
            end = period.end.value if period.end else None
            if start and end and end < start:
                yield Finding(
                    span=period.span,
                    message=Text(
                        f"la période finit le {french_date(end)}, avant de commencer le "
                        f"{french_date(start)}",
                        f"the period ends on {end.isoformat()}, before it starts on "
                        f"{start.isoformat()}",
                    ),
                    help=Text("inverser ou corriger les dates", "swap or correct the dates"),
                )  # fmt: skip


_YEAR = LazyPattern(r"(?<!\d)(?:19|20)\d{2}(?!\d)")


@rule(
    code="DAT005", name="number-year", severity=Severity.INFO,
    summary=Text("Année du numéro différente de l'année de signature",
                 "Year in the act number differs from the signature year"),
    basis=fact(Text("un numéro d'une autre année que la signature trahit souvent une date ou un "
               "numéro erroné",
               "a number of another year than the signature often betrays a wrong date or "
               "number")),
)  # fmt: skip
def number_year(act: Act, options: Mapping[str, Any]) -> Iterable[Finding]:
    """The year written in the act number (« n° 2025-92 ») is not the signature year.

    Acts are most often numbered by year in the register; a number from another year usually comes
    from a template reused without updating it, or from a wrong signature date.

    Why: the number identifies the act in the register and in the transmission to the
    préfecture; a wrong year makes it collide with, or be taken for, another act. The
    number and the signature date of the act show it: no text is needed.

    Severity: info. No text requires the year in the number (numbering by year is a local
    convention), and an act prepared in December and signed in January may keep the number
    it was given; the mismatch is a sign of a stale template or a wrong signature date, for
    a human to weigh.

    Contrôle : l'année inscrite dans le numéro de l'acte (« n° 2025-92 ») n'est pas
    l'année de sa signature.

    Les actes sont le plus souvent numérotés par année dans le registre ; un numéro d'une autre année
    provient le plus souvent d'un modèle repris sans mise à jour, ou d'une date de
    signature erronée.

    Pourquoi : le numéro identifie l'acte dans le registre et lors de sa transmission à la
    préfecture ; une année erronée le fait se confondre avec un autre acte, ou passer pour
    lui. Le numéro et la date de signature de l'acte suffisent à l'établir : aucun texte
    n'est nécessaire.

    Gravité : information. Aucun texte n'impose l'année dans le numéro (la numérotation
    par année est un usage local), et un acte préparé en décembre et signé en janvier peut
    garder le numéro qui lui a été attribué ; la discordance signale un modèle non mis à
    jour ou une date de signature erronée, qu'il revient au rédacteur d'apprécier.

    Failing example::

        DÉCISION n° 2025-92
        DÉCIDE
        Article 1 : Le contrat est renouvelé.
        Fait à Lens, le 11 mai 2026.

    Passing example::

        DÉCISION n° 2026-92
        DÉCIDE
        Article 1 : Le contrat est renouvelé.
        Fait à Lens, le 11 mai 2026.
    """
    signed = facts(act).signature_date
    number, span = act.preface.number, act.preface.number_span
    if signed is None or number is None or span is None:
        return
    years = {int(y) for y in _YEAR.findall(number)}
    if len(years) != 1:
        return
    (year,) = years
    if year != signed.year:
        yield Finding(
            span=span,
            message=Text(f"le numéro {number} porte l'année {year}, mais l'acte est signé en "
                         f"{signed.year}",
                         f"the number {number} carries the year {year}, but the act is signed "
                         f"in {signed.year}"),
            help=Text(f"vérifier le numéro (année {signed.year} ?) ou la date de signature",
                      f"check the number (year {signed.year}?) or the signature date"),
        )  # fmt: skip


@rule(
    code="DAT006", name="weekday-mismatch", severity=Severity.ERROR,
    summary=Text("Jour de la semaine contredit par la date", "Weekday contradicts the date"),
    basis=fact(Text("une date et son jour de la semaine ne peuvent être vrais tous les deux",
               "a date and its day of the week cannot both be true"), CALENDAR),
)  # fmt: skip
def weekday_mismatch(act: Act, options: Mapping[str, Any]) -> Iterable[Finding]:
    """A weekday written with a date does not match it (« lundi 12 mai 2026 »: a Tuesday).

    Why: the date and its weekday contradict each other, so one of them is false; the
    reader cannot tell which, and for a meeting, a closure or a market day the wrong one
    changes what the act orders. The calendar shows it: no text is needed.

    Severity: error. The act states something false.

    Contrôle : le jour de la semaine écrit avec une date ne lui correspond pas (« lundi
    12 mai 2026 » : un mardi).

    Pourquoi : la date et le jour de la semaine se contredisent, de sorte que l'un des deux
    est faux ; le lecteur ne peut savoir lequel, et pour une séance, une fermeture ou un
    jour de marché, le mauvais change ce que l'acte prescrit. Le calendrier suffit à
    l'établir : aucun texte n'est nécessaire.

    Gravité : erreur. L'acte énonce une chose fausse.

    Failing example::

        ARRÊTÉ n° 2026-4
        ARRÊTE
        Article 1 : Le marché se tiendra le lundi 12 mai 2026.

    Passing example::

        ARRÊTÉ n° 2026-4
        ARRÊTE
        Article 1 : Le marché se tiendra le mardi 12 mai 2026.
    """
    for date in act.dates:
        if date.value is None or date.weekday is None:
            continue
        actual = WEEKDAY_NAMES[date.value.weekday()]
        if actual != date.weekday:
            yield Finding(
                span=date.span,
                message=Text(f"le {french_date(date.value)} est un {actual}, pas un {date.weekday}",
                             f"{date.value.isoformat()} is a {_ENGLISH_DAYS[actual]}, not a "
                             f"{_ENGLISH_DAYS.get(date.weekday, date.weekday)}"),
                help=Text(f"écrire « {actual} {french_date(date.value)} », ou corriger la date",
                          f"write « {actual} {french_date(date.value)} », or correct the date"),
            )  # fmt: skip


@rule(
    code="DAT007", name="date-words-figures", severity=Severity.ERROR,
    summary=Text("Date en lettres et en chiffres discordantes",
                 "Date in words and in figures disagree"),
    basis=fact(Text("une date écrite deux fois de deux façons ne peut être vraie deux fois",
               "a date written twice in two ways cannot be true twice")),
)  # fmt: skip
def date_words_figures(act: Act, options: Mapping[str, Any]) -> Iterable[Finding]:
    """A date written in words is followed by the same date in figures
    (« le premier juillet deux mille vingt-six (01/07/2026) ») and the two disagree.

    Why: the act writes one date twice and the two writings disagree, so one of them is
    false and nobody can say which date the act bears. Deliberation software writes both
    forms, and one is often left over from a template. The act contradicts itself: no
    text is needed.

    Severity: error. The act states something false, in one of its two writings.

    Contrôle : une date écrite en lettres est suivie de la même date en chiffres (« le
    premier juillet deux mille vingt-six (01/07/2026) ») et les deux ne concordent pas.

    Pourquoi : l'acte écrit deux fois la même date et les deux écritures divergent : l'une
    est fausse, et nul ne peut dire quelle date porte l'acte. Les logiciels de gestion des
    délibérations écrivent les deux formes, et l'une d'elles provient souvent d'un modèle.
    L'acte se contredit lui-même : aucun texte n'est nécessaire.

    Gravité : erreur. L'acte énonce une chose fausse dans l'une de ses deux écritures.

    Failing example::

        DÉLIBÉRATION n° 2026-12
        Article 1 : Séance du premier juillet 2026 (01/06/2026).

    Passing example::

        DÉLIBÉRATION n° 2026-12
        Article 1 : Séance du premier juillet 2026 (01/07/2026).
    """
    for words, figures in written_twice(act.dates, act.text):
        if words.value is None or figures.value is None or words.value == figures.value:
            continue
        yield Finding(
            span=Span(min(words.span.start, figures.span.start),
                      max(words.span.end, figures.span.end)),
            message=Text(
                f"la date en lettres ({french_date(words.value)}) et la date en chiffres "
                f"({figures.text}) ne concordent pas",
                f"the date in words ({words.value.isoformat()}) and in figures "
                f"({figures.text}) disagree",
            ),
            help=Text("corriger l'une des deux écritures", "correct one of the two forms"),
        )  # fmt: skip


@rule(
    code="DAT008", name="implausible-date", severity=Severity.WARNING,
    summary=Text("Date invraisemblable ou illisible", "Implausible or unreadable date"),
    basis=fact(Text("une date hors de toute vraisemblance est presque toujours une faute de frappe "
               "ou de lecture",
               "a date beyond all likelihood is almost always a typing or reading error"),
     CALENDAR),
)  # fmt: skip
def implausible_date(act: Act, options: Mapping[str, Any]) -> Iterable[Finding]:
    """A date before 1789, more than 99 years after the signature, or with a year that
    OCR damaged (« 12 mai 2O26 », a letter O for a zero).

    Why: these are almost always typing or recognition errors (« 2062 » for « 2026 »),
    and a damaged year makes the date unreadable for anyone who relies on the text. The
    date itself shows it: no text is needed.

    Severity: warning. Such a date is most likely wrong, but not impossible (an old title,
    a very long term), so a human checks it; a damaged year must be restored for the date
    to be read at all.

    Contrôle : une date antérieure à 1789, postérieure de plus de 99 ans à la signature, ou
    dont l'année a été altérée par la reconnaissance de caractères (« 12 mai 2O26 », la
    lettre O pour un zéro).

    Pourquoi : il s'agit presque toujours d'erreurs de frappe ou de reconnaissance
    (« 2062 » pour « 2026 »), et une année altérée rend la date illisible pour quiconque
    se fonde sur le texte. La date suffit à l'établir : aucun texte n'est nécessaire.

    Gravité : avertissement. Une telle date est très probablement erronée, sans être
    impossible (un titre ancien, un terme très éloigné) ; il revient au rédacteur de la
    vérifier. Une année altérée doit, quant à elle, être rétablie pour que la date puisse
    être lue.

    Failing example::

        ARRÊTÉ n° 2026-4
        ARRÊTE
        Article 1 : Le marché se tiendra le 12 mai 2O26.

    Passing example::

        ARRÊTÉ n° 2026-4
        ARRÊTE
        Article 1 : Le marché se tiendra le 12 mai 2026.
    """
    signed = facts(act).signature_date
    latest = (signed.year if signed else dt.date.max.year - _LATEST_OFFSET) + _LATEST_OFFSET
    for date in act.dates:
        if date.value is None or _EARLIEST_YEAR <= date.value.year <= latest:
            continue
        yield Finding(
            span=date.span,
            message=Text(f"date invraisemblable : {_written(date)} (année {date.value.year})",
                         f"implausible date: {_written(date)} (year {date.value.year})"),
            help=Text("vérifier l'année", "check the year"),
        )  # fmt: skip
    for year in act.unreadable_years:
        yield Finding(
            span=year.span,
            message=Text(f"année illisible : « {year.text} » contient une lettre",
                         f"unreadable year: « {year.text} » contains a letter"),
            help=Text("réécrire l'année en chiffres (souvent un O pris pour un zéro)",
                      "rewrite the year in figures (often an O read for a zero)"),
        )  # fmt: skip


# Before a date on its line: « Fait à Lens, le », « Délibéré le », « Alençon, le ».
_OWN_DATE_LINE = LazyPattern(
    r"(?i:^\s*(?:fait|d[ée]lib[ée]r[ée]|sign[ée])\b|^[^,\n]{1,60},\s*le\s*$)"
)
_IMAGE = ("data:image", "![")
# A line that opens the signature's date: « Fait à Lens, le », « FORT DE FRANCE, le ».
_DATING_LINE = LazyPattern(r"(?im)^(?:\s*fait\b[^\n]*|[^\n,]{1,60},\s*le)[ \t]*$")
_DATE_BELOW = 200


def _undated(act: Act) -> bool:
    """No date in the act is its own (see DAT009), and no image may hold it."""
    if any(marker in act.text for marker in _IMAGE):
        return False
    units = sorted(
        (u.span.start, u.span.end)
        for u in (*act.preamble.citations, *act.preamble.recitals, *act.articles)
    )
    starts = [d.span.start for d in act.dates]  # in order
    for line in _DATING_LINE.finditer(act.text):
        i = bisect.bisect_left(starts, line.start())
        if i < len(starts) and starts[i] < line.end() + _DATE_BELOW:
            return False  # « FORT DE FRANCE, le » … « 7 MAI 2005 » a few lines below
    cited = {id(r.date) for r in act.references if r.date is not None}
    for date in act.dates:
        unit = bisect.bisect_right(units, (date.span.start, len(act.text) + 1)) - 1
        if date.in_words or unit < 0 or units[unit][1] <= date.span.start:
            return False  # « l'an deux mille … »: the sitting; or outside the units
        line_start = act.text.rfind("\n", 0, date.span.start) + 1
        before = act.text[line_start : date.span.start]
        if _OWN_DATE_LINE.search(before) and id(date) not in cited:
            return False
    return True


_SIGNATORY_LINE = LazyPattern(
    r"(?im)^\s*(?:pour\s+)?(?:le|la|l['’])\s*(?:maire|pr[ée]f[eè]te?|pr[ée]sidente?|adjointe?"
    r"|sous-pr[ée]f[eè]te?|directeur|directrice)\b"
)


def _shows_signatory(act: Act) -> bool:
    """A signatory is named after the articles (« Le Maire, », « Pour le Préfet »), as a
    signature block or in lines the last article took in. An act that ends with its
    articles lost its block (often an image): STR004 reports that."""
    if act.conclusions is not None:
        return True
    if not act.articles:
        return False
    last = act.articles[-1].text
    return _SIGNATORY_LINE.search(last, last.find("\n") + 1 or len(last)) is not None


@rule(
    code="DAT009", name="missing-signature-date", severity=Severity.WARNING,
    summary=Text("Date de signature absente ou illisible", "Signature date missing or unreadable"),
    basis=law(Text("sans date de signature, ni la compétence du signataire ni le caractère "
              "exécutoire de l'acte ne peuvent être appréciés",
              "without a signature date, neither the signatory's competence nor the act's "
              "enforceability can be assessed"), code_article("CGCT", "L. 2131-1")),
)  # fmt: skip
def missing_signature_date(act: Act, options: Mapping[str, Any]) -> Iterable[Finding]:
    """The signature block of a décision or an arrêté has no readable date; or a
    décision, an arrêté or a délibération bears no date at all.

    An act bears a date of its own when its signature has one, or when a date stands
    outside its visas, considérants and articles (the title, « séance du … », a « Fait
    à …, le … » line, a transmission stamp), or on a line « <lieu>, le … » or « Fait
    … le … » wherever the parser put it. The dates of the acts it cites and of the
    periods it sets are not its own. An act whose text holds an image is not judged:
    the signature block, with its date, is often an image; nor is an arrêté or a
    décision that names no signatory after its articles: it lost its whole block. (A
    missing signature block is reported by STR004; an act with no date at all is
    reported here as well, because nothing in it then fixes which texts and delegations
    applied.)

    Why: the signature date decides which texts and which delegations applied, hence
    whether the signatory was competent; and under CGCT art. L. 2131-1 the act becomes
    executory once published or notified and, for the acts listed in L. 2131-2,
    transmitted to the préfet, which presupposes an act signed on a known day: neither
    transmission nor publication can precede the signature. Without that date neither
    the competence of the author nor the executory force of the act can be assessed.

    Severity: warning. The date is an element an act normally must bear, which the contrôle
    de légalité would ask for; its absence is an irregularity, not by itself proof that the
    act is unlawful, since the date may be established otherwise (by the transmission, for
    instance).

    Contrôle : le bloc de signature d'une décision ou d'un arrêté ne porte pas de date
    lisible ; ou une décision, un arrêté ou une délibération ne porte aucune date.

    Un acte porte une date qui lui est propre lorsque sa signature en comporte une, ou
    qu'une date figure hors de ses visas, considérants et articles (le titre, « séance
    du … », une ligne « Fait à …, le … », un accusé de réception), ou sur une ligne
    « <lieu>, le … » ou « Fait … le … », quel que soit l'endroit où l'analyseur l'a
    placée. Les dates des actes qu'il cite et des périodes qu'il fixe ne sont pas les
    siennes. Un acte dont le texte contient une image n'est pas examiné : le bloc de
    signature, avec sa date, est souvent une image ; pas davantage un arrêté ou une
    décision qui ne nomme aucun signataire après ses articles : il a perdu tout son bloc
    de signature. (L'absence de bloc de signature relève de STR004 ; un acte sans aucune
    date est signalé ici également, car rien ne permet alors de savoir quels textes et
    quelles délégations s'appliquaient.)

    Pourquoi : la date de signature détermine les textes et les délégations applicables,
    et donc la compétence du signataire ; en outre, aux termes de l'article L. 2131-1 du
    CGCT, l'acte devient exécutoire dès sa publication ou sa notification et, pour les
    actes énumérés à l'article L. 2131-2, sa transmission au représentant de l'État, ce
    qui suppose un acte signé à une date connue : ni la transmission ni la publication
    ne peuvent précéder la signature. Sans cette date, ni la compétence de l'auteur ni
    le caractère exécutoire de l'acte ne peuvent être appréciés.

    Gravité : avertissement. La date est une mention que l'acte doit normalement porter,
    et le contrôle de légalité la réclamerait ; son absence est une irrégularité, qui ne
    suffit pas à établir l'illégalité de l'acte, sa date pouvant être établie autrement
    (par la transmission, notamment).

    Failing example::

        ARRÊTÉ n° 2026-4
        ARRÊTE
        Article 1 : La rue est fermée.
        Fait à Lens, le
        Le Maire,
        Jean DUPONT

    Passing example::

        ARRÊTÉ n° 2026-4
        ARRÊTE
        Article 1 : La rue est fermée.
        Fait à Lens, le 2 mai 2026.
        Le Maire,
        Jean DUPONT
    """
    if facts(act).signature_date:
        return
    if act.conclusions is None or not facts(act).requires("signature"):
        signed = act.kind == "deliberation" or (
            facts(act).requires("signature") and _shows_signatory(act)
        )
        if signed and _undated(act):
            yield Finding(
                span=act.first_line,
                message=Text(
                    "l'acte ne porte aucune date lisible : ni date de signature, ni « Fait à …, "
                    "le … », ni date de séance",
                    "the act bears no readable date: no signature date, no « Fait à …, le … », "
                    "no sitting date",
                ),
                help=Text(
                    "dater l'acte : « Fait à <commune>, le <jour> <mois> <année> »",
                    "date the act: « Fait à <commune>, le <jour> <mois> <année> »",
                ),
            )
        return
    yield Finding(
        span=act.conclusions.line_spans[0],
        message=Text(
            "le bloc de signature n'indique pas de date lisible",
            "the signature block gives no readable date",
        ),
        help=Text(
            "compléter : « Fait à <commune>, le <jour> <mois> <année> »",
            "complete it: « Fait à <commune>, le <jour> <mois> <année> »",
        ),
    )


# Numbers that clearly carry the year (and the month) of the act they number:
# « 2023-087 », « DEL2023-11-087 », « 23-11/087 » (year, month, rank), and the national
# « 77-1133 » of décrets, lois and ordonnances before 2000.
_FULL_YEAR = LazyPattern(r"^(?:[A-Z]{1,6}[-_ ]?)?(?P<year>(?:19|20)\d{2})[-/_.]\d")
_YEAR_MONTH = LazyPattern(r"^(?P<year>\d{2})[-/_.](?P<month>0[1-9]|1[0-2])[-/_.]\d{1,4}$")
_NATIONAL = LazyPattern(r"^(?P<year>[5-9]\d)-\d{1,4}$")
_NATIONAL_KINDS = frozenset({"decret", "loi", "ordonnance"})
# Between a number and its date: « n° 23-11/087 du 14 novembre 2022 », « …, en date du ».
_NUMBER_THEN_DATE = LazyPattern(
    r"\s*,?\s*(?:(?:du|de\s+l['’])\s*(?:conseil|assembl[ée]e|comit[ée]|bureau)[\w\s'’-]{0,30}?\s+)?"
    r"(?:en\s+(?:sa\s+)?(?:date|s[ée]ance)\s+)?(?:du|le)?\s*$",
    re.IGNORECASE,
)


def _carried(reference: ActReference) -> tuple[int, int | None] | None:
    """The (year, month or None) a cited act's number clearly carries, or None."""
    number = reference.number or ""
    if m := _FULL_YEAR.match(number):
        return int(m["year"]), None
    if m := _YEAR_MONTH.match(number):
        return 2000 + int(m["year"]) if int(m["year"]) < 50 else 1900 + int(m["year"]), int(
            m["month"]
        )
    if reference.kind in _NATIONAL_KINDS and (m := _NATIONAL.match(number)):
        return 1900 + int(m["year"]), None
    return None


def _dated_by_its_number(act: Act, reference: ActReference) -> bool:
    """The date follows the number directly (« n° 23-11/087 du 14 novembre 2022 »)."""
    assert reference.date is not None and reference.number is not None
    before = act.text[reference.span.start : reference.date.span.start]
    head = before[: _NUMBER_THEN_DATE.search(before).start()]  # type: ignore[union-attr]
    return head.rstrip().endswith(reference.number[-1])


@rule(
    code="DAT010", name="number-contradicts-date", severity=Severity.WARNING,
    summary=Text("Numéro d'un acte cité contredit par sa date",
                 "Number of a cited act contradicts its date"),
    basis=fact(Text("le numéro d'un acte cité porte une année ou un mois que sa date contredit",
               "the number of a cited act carries a year or month its date contradicts")),
)  # fmt: skip
def number_contradicts_date(act: Act, options: Mapping[str, Any]) -> Iterable[Finding]:
    """A cited act's number carries a year (and a month) that its date contradicts:
    « la délibération n° 23-11/087 du 14 novembre 2022 » (the number says November
    2023).

    Only numbers that clearly carry a year are read: a year in four figures at their
    start (« 2023-087 », « DEL2023-11-087 »), two figures followed by a month and a rank
    (« 23-11/087 »), and the numbers of décrets, lois and ordonnances before 2000
    (« n° 77-1133 »); and only when the date follows the number directly. Other
    numbering schemes (« 8378/2016/04 », « D3-B4-07-86 ») are not judged.

    Why: one of the two is mistyped, and the visa then designates either no act or
    another one; the contrôle de légalité cannot find the text the act rests on. The act
    contradicts itself: no text is needed.

    Severity: warning. The number and the date cannot both be right, but which one is
    wrong is not known, and a local numbering scheme may give a number before the act is
    adopted (a délibération numbered when its file was opened); the contrôle de légalité
    would ask for the visa to be corrected.

    Contrôle : le numéro d'un acte cité porte une année (et un mois) que sa date
    contredit : « la délibération n° 23-11/087 du 14 novembre 2022 » (le numéro indique
    novembre 2023).

    Seuls sont lus les numéros qui portent clairement une année : une année en quatre
    chiffres à leur début (« 2023-087 », « DEL2023-11-087 »), deux chiffres suivis d'un mois
    et d'un rang (« 23-11/087 »), et les numéros des décrets, lois et ordonnances
    antérieurs à 2000 (« n° 77-1133 ») ; et seulement lorsque la date suit directement le
    numéro. Les autres modes de numérotation (« 8378/2016/04 », « D3-B4-07-86 ») ne sont
    pas examinés.

    Pourquoi : l'un des deux est mal saisi, et le visa ne désigne alors aucun acte, ou un
    autre ; le contrôle de légalité ne peut retrouver le texte sur lequel l'acte se fonde.
    L'acte se contredit lui-même : aucun texte n'est nécessaire.

    Gravité : avertissement. Le numéro et la date ne peuvent être exacts tous deux, mais on
    ignore lequel est erroné, et une numérotation locale peut attribuer un numéro avant
    l'adoption de l'acte (une délibération numérotée à l'ouverture de son dossier) ; le
    contrôle de légalité demanderait la rectification du visa.

    Failing example::

        DÉCISION n° 2023-92
        Vu la délibération n° 23-11/087 du 14 novembre 2022 portant délégation au maire ;
        DÉCIDE
        Article 1 : Le contrat est renouvelé.

    Passing example::

        DÉCISION n° 2023-92
        Vu la délibération n° 23-11/087 du 14 novembre 2023 portant délégation au maire ;
        DÉCIDE
        Article 1 : Le contrat est renouvelé.
    """
    for reference in act.references:
        if reference.number is None or reference.date is None or reference.date.value is None:
            continue
        carried = _carried(reference)
        if carried is None or not _dated_by_its_number(act, reference):
            continue
        year, month = carried
        date = reference.date.value
        if year == date.year and month in (None, date.month):
            continue
        said = f"{year}" if month is None else f"{month:02d}/{year}"
        yield Finding(
            span=Span(reference.span.start, reference.date.span.end),
            message=Text(
                f"le numéro « {reference.number} » porte la date {said}, mais l'acte cité est "
                f"daté du {french_date(date)}",
                f"the number « {reference.number} » carries {said}, but the cited act is dated "
                f"{date.isoformat()}",
            ),
            help=Text("vérifier le numéro ou la date de l'acte cité",
                      "check the number or the date of the cited act"),
        )  # fmt: skip
