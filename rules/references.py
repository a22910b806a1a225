"""REF: citations of codes and cross-references point at something that exists."""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from difflib import SequenceMatcher
from functools import cache
from typing import Any

from actlint.api import (
    Act,
    ActReference,
    Finding,
    LazyPattern,
    LegalCitation,
    Severity,
    Span,
    Text,
    fold,
    rule,
)

from .support.sources import GUIDE_DE_LEGISTIQUE, code_parts, fact, law, practice

# « l'article 3 », « à l'article 1er ci-dessus », « l'article précédent »: articles of the
# act itself. A reference followed by « du code », « de la loi »… is to another text.
# « les articles 7 et 8 du décret », « articles 16 à 23 de l'arrêté »: a list of numbers,
# then what they belong to.
_ARTICLE_LABEL = r"(?:\d{1,3}|1er|premier)(?:er)?\b(?![.,]\d)"
_INTERNAL = LazyPattern(
    rf"(?i:\barticles?\s+(?P<numbers>{_ARTICLE_LABEL}(?:[ \t]*(?:,|et|à|ou)[ \t]*"
    rf"{_ARTICLE_LABEL})*)(?P<after>[^.;:\n]{{0,30}}))"
)
_LABEL = LazyPattern(_ARTICLE_LABEL, re.IGNORECASE)
_OTHER_TEXT = LazyPattern(
    r"^\s*(?:(?:du|de\s+la|des|de\s+ce|dudit|de\s+ladite)\s+|de\s+l['’]\s*)"
    r"(?!pr[ée]sente?\b)|^\s*(?:bis|ter)\b|^\s*[-–]\s*\d"
)

_SUSVISE = LazyPattern(r"(?i:susvis[ée]e?s?)")

# How each code numbers its articles: level letter, then the number (« L. 2122-22 »).
_SHAPES = {
    "CGCT": r"(?:LO|L|R|D)\. \d{4}-\d+(?:-\d+)*",
    "CCP": r"(?:L|R)\. \d{4}-\d+(?:-\d+)*",
    "CENV": r"(?:L|R|D)\. \d{3}-\d+(?:-\d+)*",
    "CURB": r"(?:L|R|A)\. \d{3}-\d+(?:-\d+)*",
    "CSP": r"(?:L|R|D)\. \d{4}-\d+(?:-\d+)*",
    "CRPA": r"(?:L|R|D)\. \d{3}-\d+",
    "CJA": r"(?:L|R|D)\. \d{3}-\d+(?:-\d+)*",
}
_SHAPE = {code: LazyPattern(pattern) for code, pattern in _SHAPES.items()}
_EXAMPLE = {"CGCT": "L. 2122-22", "CCP": "R. 2122-8", "CENV": "L. 171-11", "CURB": "L. 153-36",
            "CSP": "L. 3341-4", "CRPA": "L. 212-1", "CJA": "R. 421-1"}  # fmt: skip
_CODE_NAMES = {"CGCT": "CGCT", "CCP": "code de la commande publique", "CENV": "code de "
               "l'environnement", "CURB": "code de l'urbanisme", "CSP": "code de la santé "
               "publique", "CRPA": "CRPA", "CJA": "code de justice administrative"}  # fmt: skip
_LEVELS = {"3": ("du département", "of the département"), "4": ("de la région", "of the région")}
_SIMILAR = 0.7  # how alike two numbers must be to be taken for one text written two ways
_SAME_NUMBER = Text("harmoniser le numéro avec celui du visa", "use the same number as in the visa")
_MAX_VARIANTS = 4  # more numbers than this for one kind and day: several acts, not one


@rule(
    code="REF001", name="cross-reference", severity=Severity.ERROR,
    summary=Text("Renvoi à un article ou à un visa qui n'existe pas",
                 "Reference to an article or visa that does not exist"),
    basis=fact(Text("un renvoi interne désigne une disposition que l'acte ne contient pas",
               "an internal reference points to a provision the act does not contain")),
)  # fmt: skip
def cross_reference(act: Act, options: Mapping[str, Any]) -> Iterable[Finding]:
    """A cross-reference inside the act points at an article of the act that exists
    (« l'article 3 ci-dessus », « l'article 1er du présent arrêté »), and an act called
    « susvisé » is cited in the visas.

    References followed by « du code », « de la loi », « de l'arrêté »… are to other texts
    and are not judged here.

    Why: a published préfectoral arrêté numbered its articles from 2 and still referred
    to « l'article 1 »: the provision it points at does not exist, and the obligation it
    meant to enforce has no content. Likewise an act called « susvisé » that no visa cites
    refers to nothing above it. The act itself shows it: no text is needed.

    Severity: error. The act states something false, a provision or a visa it does not
    contain.

    Contrôle : un renvoi interne à l'acte désigne un article qui existe dans l'acte
    (« l'article 3 ci-dessus », « l'article 1er du présent arrêté »), et un acte dit
    « susvisé » figure dans les visas.

    Les renvois suivis de « du code », « de la loi », « de l'arrêté »… visent d'autres
    textes et ne sont pas examinés ici.

    Pourquoi : un arrêté préfectoral publié numérotait ses articles à partir de 2 tout en
    renvoyant à « l'article 1 » : la disposition visée n'existe pas, et l'obligation dont
    il entendait assurer le respect est dépourvue de contenu. De même, un acte dit
    « susvisé » qu'aucun visa ne cite ne renvoie à rien. L'acte suffit à l'établir : aucun
    texte n'est nécessaire.

    Gravité : erreur. L'acte énonce une chose fausse, en renvoyant à une disposition ou à
    un visa qu'il ne comporte pas.

    Failing example::

        ARRÊTÉ n° 2026-8
        ARRÊTE
        Article 1 : La rue est fermée.
        Article 2 : Les infractions à l'article 3 ci-dessus sont punies.

    Passing example::

        ARRÊTÉ n° 2026-8
        ARRÊTE
        Article 1 : La rue est fermée.
        Article 2 : Les infractions à l'article 1 ci-dessus sont punies.
    """
    numbers = {a.number for a in act.articles if a.number is not None}
    if not numbers:
        return
    for article in act.articles:
        heading_end = article.heading.end - article.span.start
        for m in _INTERNAL.finditer(article.text, heading_end):
            if _OTHER_TEXT.match(m["after"]):
                continue
            for label in _LABEL.finditer(m["numbers"]):
                number = 1 if label.group().lower() in ("1er", "premier") else int(label.group())
                if number in numbers:
                    continue
                start = article.span.start + m.start("numbers") + label.start()
                if any(q.start <= start < q.end for q in article.quotations):
                    continue  # an article of another act, quoted by this one
                yield _missing_article(start, start + len(label.group()), number, numbers)
    cited = _VisaIndex(r for v in act.preamble.citations for r in v.entities.references)
    for article in act.articles:
        for reference in article.entities.references:
            after = act.text[reference.span.end : reference.span.end + 40]
            if not _SUSVISE.match(after.lstrip()) or cited.matches(reference):
                continue
            yield Finding(
                span=reference.span,
                message=Text(
                    "acte dit « susvisé » sans visa correspondant",
                    "act called « susvisé » with no matching visa",
                ),
                help=Text(
                    "ajouter le visa de cet acte, ou retirer « susvisé »",
                    "add the visa of this act, or remove « susvisé »",
                ),
            )


def _missing_article(start: int, end: int, number: int, numbers: set[int]) -> Finding:
    listed = ", ".join(map(str, sorted(numbers)))
    return Finding(
        span=Span(start, end),
        message=Text(f"renvoi à l'article {number}, qui n'existe pas dans l'acte "
                     f"(articles : {listed})",
                     f"reference to article {number}, which the act does not have "
                     f"(articles: {listed})"),
        help=Text("corriger le numéro de l'article visé", "correct the article number"),
    )  # fmt: skip


class _VisaIndex:
    """The acts the visas cite, by kind and by (kind, date)."""

    def __init__(self, references: Iterable[ActReference]) -> None:
        self.kinds: set[str] = set()
        self.dated: set[tuple[str, object]] = set()
        for r in references:
            kind = r.kind.split("_")[0]  # an « arrêté préfectoral » is an arrêté
            self.kinds.add(kind)
            if r.date and r.date.value:
                self.dated.add((kind, r.date.value))

    def matches(self, reference: ActReference) -> bool:
        kind = reference.kind.split("_")[0]
        if reference.date and reference.date.value:
            return (kind, reference.date.value) in self.dated
        return kind in self.kinds


@rule(
    code="REF002", name="article-number-shape", severity=Severity.WARNING,
    summary=Text("Numéro d'article mal formé pour son code", "Article number malformed for its code"),
    basis=fact(Text("aucun article de ce code n'a un numéro de cette forme",
               "no article of that code has a number of that shape")),
)  # fmt: skip
def article_number_shape(act: Act, options: Mapping[str, Any]) -> Iterable[Finding]:
    """A cited article does not have the shape its code gives its articles: in the CGCT,
    « L. 2212-2 », never « L 2212 » without its suffix; in the code de l'environnement
    « L. 171-11 ».

    Codes judged: CGCT, code de la commande publique, code de l'environnement, code de
    l'urbanisme, code de la santé publique, CRPA, code de justice administrative. A
    citation whose code cannot be resolved is not judged (R. 2122-8 of the CGCT and of
    the CCP are different articles).

    Why: no article of that code has that shape, so the number designates no article, or
    another one; the reader cannot find the legal basis. How a code numbers its articles
    is a fact of the code itself: no other text is needed.

    Severity: warning. The citation is certainly wrong, and the contrôle de légalité would
    ask for it to be corrected; but the article meant can often be guessed, and an error in
    the visas does not by itself make an act unlawful (CE, 5 avril 2002, n° 221890), hence
    not an error.

    Contrôle : un article cité n'a pas la forme que son code donne à ses articles : dans le
    CGCT, « L. 2212-2 », jamais « L 2212 » sans son suffixe ; dans le code de
    l'environnement, « L. 171-11 ».

    Codes examinés : CGCT, code de la commande publique, code de l'environnement, code de
    l'urbanisme, code de la santé publique, CRPA, code de justice administrative. Une
    citation dont le code ne peut être déterminé n'est pas examinée (l'article R. 2122-8
    du CGCT et celui du code de la commande publique sont deux articles différents).

    Pourquoi : aucun article de ce code n'a cette forme ; le numéro ne désigne donc aucun
    article, ou en désigne un autre, et le lecteur ne peut retrouver le fondement
    juridique de l'acte. La numérotation des articles d'un code ressort du code lui-même :
    aucun autre texte n'est nécessaire.

    Gravité : avertissement. La citation est certainement erronée, et le contrôle de
    légalité en demanderait la rectification ; mais l'article visé peut souvent être
    deviné, et une erreur dans les visas n'entache pas à elle seule l'acte d'illégalité
    (CE, 5 avril 2002, n° 221890), d'où un avertissement plutôt qu'une erreur.

    Failing example::

        ARRÊTÉ n° 2026-8
        Vu le code général des collectivités territoriales, et notamment son article L 2212 ;
        ARRÊTE
        Article 1 : La rue est fermée.

    Passing example::

        ARRÊTÉ n° 2026-8
        Vu le code général des collectivités territoriales, et notamment son article L. 2212-2 ;
        ARRÊTE
        Article 1 : La rue est fermée.
    """
    for citation in act.legal_citations:
        shape = _SHAPE.get(citation.code or "")
        if shape is None or shape.fullmatch(citation.article):
            continue
        assert citation.code is not None
        yield Finding(
            span=citation.span,
            message=Text(f"« {citation.article} » n'a pas la forme d'un article du "
                         f"{_CODE_NAMES[citation.code]}",
                         f"« {citation.article} » is not shaped like an article of the "
                         f"{_CODE_NAMES[citation.code]}"),
            help=Text(f"forme attendue : {_EXAMPLE[citation.code]}",
                      f"expected shape: {_EXAMPLE[citation.code]}"),
        )  # fmt: skip


@rule(
    code="REF003", name="government-level", severity=Severity.WARNING,
    summary=Text("Article du CGCT d'un autre niveau de collectivité",
                 "CGCT article of another level of government"),
    basis=law(Text("le CGCT consacre sa 2e partie (L. 2xxx) à la commune, sa 3e (L. 3xxx) au "
              "département et sa 4e (L. 4xxx) à la région",
              "the CGCT gives its 2nd part (L. 2xxx) to the commune, its 3rd (L. 3xxx) to the "
              "département and its 4th (L. 4xxx) to the région"),
    code_parts("CGCT", "2e, 3e et 4e parties (la commune, le département, la région)")),
)  # fmt: skip
def government_level(act: Act, options: Mapping[str, Any]) -> Iterable[Finding]:
    """A communal act (the maire, the conseil municipal) grounds itself on CGCT articles
    of the département (L. 3xxx) or the région (L. 4xxx).

    Why: the CGCT gives its second part (L. 2xxx) to the commune, its third (L. 3xxx) to
    the département and its fourth (L. 4xxx) to the région. Articles of the third and
    fourth parts give powers to the président du conseil départemental or régional, not to
    the maire; the act then cites no basis for its author's competence (a traffic arrêté
    citing L. 3221-3 and L. 3221-4 instead of L. 2213-1).

    Severity: warning. A competence visa that names another authority's powers is an
    irregularity the contrôle de légalité would raise; but a wrong visa does not by itself
    make the act unlawful when the maire is in fact competent (CE, 5 avril 2002,
    n° 221890), hence not an error.

    Contrôle : un acte communal (du maire ou du conseil municipal) se fonde sur des
    articles du CGCT relatifs au département (L. 3xxx) ou à la région (L. 4xxx).

    Pourquoi : le CGCT consacre sa deuxième partie (L. 2xxx) à la commune, sa troisième
    (L. 3xxx) au département et sa quatrième (L. 4xxx) à la région. Les articles des
    troisième et quatrième parties confèrent des pouvoirs au président du conseil
    départemental ou régional, non au maire ; l'acte ne vise alors aucun texte fondant la
    compétence de son auteur (un arrêté de circulation visant les articles L. 3221-3 et
    L. 3221-4 au lieu de l'article L. 2213-1).

    Gravité : avertissement. Un visa de compétence qui désigne les pouvoirs d'une autre
    autorité est une irrégularité que le contrôle de légalité relèverait ; mais une erreur
    de visa n'entache pas à elle seule l'acte d'illégalité lorsque le maire est
    effectivement compétent (CE, 5 avril 2002, n° 221890), d'où un avertissement plutôt
    qu'une erreur.

    Failing example::

        ARRÊTÉ n° 2018-4
        Le Maire de la commune de Lexy,
        Vu le code général des collectivités territoriales, notamment les articles L. 3221-3 et L. 3221-4 ;
        ARRÊTE
        Article 1 : La circulation est restreinte.

    Passing example::

        ARRÊTÉ n° 2018-4
        Le Maire de la commune de Lexy,
        Vu le code général des collectivités territoriales, notamment les articles L. 2213-1 et L. 2213-2 ;
        ARRÊTE
        Article 1 : La circulation est restreinte.
    """
    if act.kind not in ("decision", "arrete", "deliberation"):
        return
    for citation in act.legal_citations:
        if citation.code != "CGCT" or not re.fullmatch(
            r"(?:L|R|D)\. [34]\d{3}-.*", citation.article
        ):
            continue
        level_fr, level_en = _LEVELS[citation.article[3]]
        yield Finding(
            span=citation.span,
            message=Text(f"un acte communal cite l'article {citation.article} du CGCT, qui "
                         f"relève {level_fr}",
                         f"a communal act cites CGCT article {citation.article}, which belongs to "
                         f"the powers {level_en}"),
            help=Text("viser l'article de la 2e partie du CGCT qui fonde le pouvoir du maire "
                      "(police : L. 2212-1 et suivants, circulation : L. 2213-1)",
                      "cite the article of the CGCT's 2nd part that grounds the mayor's power "
                      "(police: L. 2212-1 and following, traffic: L. 2213-1)"),
        )  # fmt: skip


@rule(
    code="REF004", name="text-cited-two-ways", severity=Severity.WARNING,
    summary=Text("Un même texte cité sous deux numéros", "One text cited with two numbers"),
    basis=fact(Text("un même texte ne peut porter deux numéros",
               "one text cannot bear two numbers")),
)  # fmt: skip
def text_cited_two_ways(act: Act, options: Mapping[str, Any]) -> Iterable[Finding]:
    """The same text is cited with two different numbers: two references of the same kind
    and date whose numbers are alike but differ (« n° 8378/2016/04 » in the visas,
    « 83/PB/2016/04 » in an article), or an act called « susvisé » whose number is not
    that of the only act of its kind in the visas (« l'ordonnance n° 2020-330 susvisée »
    when the visas cite « l'ordonnance n° 2020-306 »).

    Two acts of the same date with unrelated numbers are two texts and are not
    reported, and neither are two visas: the visas list each text once (« l'arrêté ARS
    n° 2023-5462 » and « n° 2023-5463 », both of 30 October 2023, are two schemes).

    Why: the reader cannot tell which text applies; one of the numbers is wrong. The act
    contradicts itself: no text is needed.

    Severity: warning. One of the numbers is very likely wrong, but which one, and whether
    two texts are not in fact meant, takes a human; the contrôle de légalité would ask
    which text the act applies.

    Contrôle : un même texte est cité sous deux numéros différents : deux références de
    même nature et de même date dont les numéros se ressemblent sans être identiques
    (« n° 8378/2016/04 » dans les visas, « 83/PB/2016/04 » dans un article), ou un acte
    dit « susvisé » dont le numéro n'est pas celui du seul acte de sa nature figurant dans
    les visas (« l'ordonnance n° 2020-330 susvisée » alors que les visas citent
    « l'ordonnance n° 2020-306 »).

    Deux actes de même date aux numéros sans rapport sont deux textes et ne sont pas
    signalés, non plus que deux visas : les visas ne citent chaque texte qu'une fois
    (« l'arrêté ARS n° 2023-5462 » et « n° 2023-5463 », tous deux du 30 octobre 2023, sont
    deux arrêtés distincts).

    Pourquoi : le lecteur ne peut savoir quel texte s'applique ; l'un des numéros est
    erroné. L'acte se contredit lui-même : aucun texte n'est nécessaire.

    Gravité : avertissement. L'un des numéros est très probablement erroné, mais il
    revient au rédacteur de dire lequel, et de vérifier qu'il ne s'agit pas en réalité de
    deux textes ; le contrôle de légalité demanderait quel texte l'acte applique.

    Failing example::

        ARRÊTÉ n° 2017-61
        Vu l'arrêté préfectoral n° 8378/2016/04 du 2 mars 2016 ;
        ARRÊTE
        Article 1 : Les valeurs fixées par l'arrêté préfectoral 83/PB/2016/04 du 2 mars 2016 sont respectées.

    Passing example::

        ARRÊTÉ n° 2017-61
        Vu l'arrêté préfectoral n° 8378/2016/04 du 2 mars 2016 ;
        ARRÊTE
        Article 1 : Les valeurs fixées par l'arrêté préfectoral n° 8378/2016/04 du 2 mars 2016 sont respectées.
    """
    # Only references of one kind and one date can be one text: compare within those.
    groups: dict[tuple[str, object], list[ActReference]] = {}
    for reference in act.references:
        if reference.number and reference.date and reference.date.value:
            groups.setdefault((reference.kind, reference.date.value), []).append(reference)
    reported: set[str] = set()
    visas = {id(r) for v in act.preamble.citations for r in v.entities.references}
    for group in groups.values():
        numbers = set(r.number for r in group)
        if not 2 <= len(numbers) <= _MAX_VARIANTS:
            continue  # one number, or a list of distinct acts of the same day
        for first, second in _pairs_with_distinct_numbers(group):
            if id(first) in visas and id(second) in visas:
                continue  # the visas list each text once: two visas are two texts
            alike = SequenceMatcher(None, _digits(first.number), _digits(second.number)).ratio()
            if alike < _SIMILAR or second.number in reported:
                continue
            reported.add(second.number or "")
            yield Finding(
                span=second.span,
                message=Text(f"le même texte semble cité sous deux numéros : « {first.number} » "
                             f"et « {second.number} »",
                             f"the same text seems cited with two numbers: « {first.number} » "
                             f"and « {second.number} »"),
                help=_SAME_NUMBER,
            )  # fmt: skip
    cited = [r for v in act.preamble.citations for r in v.entities.references if r.number]
    for article in act.articles:
        for reference in article.entities.references:
            after = act.text[reference.span.end : reference.span.end + 40]
            if not reference.number or not _SUSVISE.match(after.lstrip()):
                continue
            same_kind = [r for r in cited if r.kind == reference.kind]
            if len(same_kind) != 1 or same_kind[0].number == reference.number:
                continue
            if reference.number in reported:
                continue
            yield Finding(
                span=reference.span,
                message=Text(f"« {reference.number} » est dit « susvisé », mais le visa cite le "
                             f"n° « {same_kind[0].number} »",
                             f"« {reference.number} » is called « susvisé », but the visa cites "
                             f"n° « {same_kind[0].number} »"),
                help=_SAME_NUMBER,
            )  # fmt: skip


def _pairs_with_distinct_numbers(
    group: list[ActReference],
) -> Iterable[tuple[ActReference, ActReference]]:
    """Each reference with the first earlier one under another number."""
    first_of: dict[str | None, ActReference] = {}
    for reference in group:
        for number, first in first_of.items():
            if number != reference.number:
                yield first, reference
        first_of.setdefault(reference.number, reference)


def _digits(number: str | None) -> str:
    return re.sub(r"[^0-9A-Za-z]", "", number or "")


# The codes' names, as Légifrance spells them; the folded forms are compared with what
# follows « code » in the act.
_CODE_TITLES = (
    "code général des collectivités territoriales", "code de la commande publique",
    "code de l'environnement", "code de l'urbanisme", "code de la santé publique",
    "code des relations entre le public et l'administration", "code de justice administrative",
    "code général des impôts", "code général de la propriété des personnes publiques",
    "code pénal", "code de la route", "code de l'énergie",
    "code de la construction et de l'habitation", "code du travail", "code civil",
    "code de l'éducation", "code de la sécurité intérieure", "code du patrimoine",
    "code du tourisme", "code rural et de la pêche maritime", "code électoral",
    "code de l'action sociale et des familles", "code de la sécurité sociale",
    "code général de la fonction publique", "code de la voirie routière",
    "code des communes", "code de la consommation", "code de commerce", "code forestier",
    "code minier", "code du sport", "code des transports", "code de procédure pénale",
    "code de procédure civile", "code des assurances", "code monétaire et financier",
    "code de la défense", "code des douanes", "code de l'organisation judiciaire",
    "code de la propriété intellectuelle", "code de la mutualité", "code de l'artisanat",
    "code de l'aviation civile", "code des ports maritimes", "code de la recherche",
    "code du service national", "code des juridictions financières", "code du domaine de l'État",
    "code des postes et des communications électroniques", "code de la justice pénale des mineurs",
    "code de l'expropriation pour cause d'utilité publique", "code de la famille et de l'aide sociale",
    "code du cinéma et de l'image animée", "code des pensions civiles et militaires de retraite",
    "code de l'entrée et du séjour des étrangers et du droit d'asile", "code rural",
    "code de la justice administrative", "code du domaine public fluvial et de la navigation intérieure",
)  # fmt: skip
_WORD = LazyPattern(r"[a-z]+(?:'[a-z]+)?'?")
_NAME_STOP = LazyPattern(r"[,;.:()\[\]\n«»\"\ufffd]")
_OCR_L = LazyPattern(r"^i'")  # « I'environnement »: a capital I read for the l of « l' »
_NEAR = 0.9  # how alike a name must be to a code's to be that code misspelled
_MIN_TITLE = 10  # shorter names (« code civil », « code pénal ») differ by too little


def _titles() -> list[tuple[tuple[str, ...], str]]:
    return [(tuple(fold(title).split()[1:]), title) for title in _CODE_TITLES]


_TITLE_WORDS = _titles()
# « code » not followed by a code's exact title: the only places worth comparing.
_NOT_A_TITLE = LazyPattern(
    r"(?<![a-z0-9])code (?!(?:"
    + "|".join(
        re.escape(" ".join(words)) for words, _ in sorted(_TITLE_WORDS, key=len, reverse=True)
    )
    + r")(?![a-z]))"
)


@rule(
    code="REF005", name="misspelled-code", severity=Severity.INFO,
    summary=Text("Nom de code mal orthographié", "Misspelled code name"),
    basis=practice(Text("un visa cite un code sous son intitulé exact",
                   "a visa cites a code by its exact title"), GUIDE_DE_LEGISTIQUE),
)  # fmt: skip
def misspelled_code(act: Act, options: Mapping[str, Any]) -> Iterable[Finding]:
    """A code is named almost, but not exactly, as it is called: « code général des
    colectivités territoriales », « code de la commande public ».

    The words after « code » are compared with the titles of the French codes, accents
    and case aside; a name a few letters away from one title, and equal to none, is
    reported with the title it most resembles. Short titles (« code civil », « code
    pénal ») are not compared: one letter turns them into another word.

    Why: citing a text under its exact title is good drafting practice (Guide de
    légistique, written for the State's texts and followed by communes by usage). A
    misspelled title names no code: software that resolves citations finds nothing, and a
    reader must guess which code is meant.

    Severity: info. The code meant is almost always obvious to a reader, and the misspelling
    changes nothing of what the act decides; it is a matter of drafting.

    Contrôle : un code est désigné presque, mais pas exactement, sous son intitulé : « code
    général des colectivités territoriales », « code de la commande public ».

    Les mots qui suivent « code » sont comparés aux intitulés des codes français, sans
    tenir compte des accents ni de la casse ; un nom qui diffère de quelques lettres d'un
    intitulé, sans être égal à aucun, est signalé avec l'intitulé dont il est le plus
    proche. Les intitulés courts (« code civil », « code pénal ») ne sont pas comparés :
    une lettre suffit à en faire un autre mot.

    Pourquoi : citer un texte sous son intitulé exact relève de la bonne pratique de
    rédaction (Guide de légistique, rédigé pour les textes de l'État et suivi par les
    communes par usage). Un intitulé mal orthographié ne désigne aucun code : un logiciel
    qui résout les citations ne trouve rien, et le lecteur doit deviner le code visé.

    Gravité : information. Le code visé est presque toujours évident pour le lecteur, et
    la faute ne change rien à ce que l'acte décide ; c'est une question de rédaction.

    Failing example::

        ARRÊTÉ n° 2026-8
        Vu le code général des colectivités territoriales, et notamment son article L. 2212-2 ;
        ARRÊTE
        Article 1 : La rue est fermée.

    Passing example::

        ARRÊTÉ n° 2026-8
        Vu le code général des collectivités territoriales, et notamment son article L. 2212-2 ;
        ARRÊTE
        Article 1 : La rue est fermée.
    """
    folded = act.folded.replace("’", "'")
    for named in _NOT_A_TITLE.finditer(folded):
        start = named.start()
        stop = _NAME_STOP.search(folded, start + 5, start + 120)
        words = list(_WORD.finditer(folded, start + 5, stop.start() if stop else start + 120))
        if "\ufffd" in act.text[start : words[-1].end() if words else start]:
            continue  # letters lost to a wrong encoding, not misspelled
        found = _near_title(tuple(_OCR_L.sub("l'", w.group()) for w in words))
        if found is None:
            continue
        count, title = found
        end = words[count - 1].end()
        written = act.text[start:end]
        yield Finding(
            span=Span(start, end),
            message=Text(f"« {written} » ne désigne aucun code : « {title} » ?",
                         f"« {written} » names no code: « {title} »?"),
            help=Text(f"écrire « {title} »", f"write « {title} »"),
        )  # fmt: skip


@cache
def _near_title(words: tuple[str, ...]) -> tuple[int, str] | None:
    """(how many words, the title) when ``words`` begin with a code's title misspelled;
    None when they begin with a title exactly, or with none."""
    if any(words[: len(title_words)] == title_words for title_words, _ in _TITLE_WORDS):
        return None
    best: tuple[float, int, str] | None = None
    for title_words, title in _TITLE_WORDS:
        count = len(title_words)
        written = " ".join(words[:count])
        expected = " ".join(title_words)
        if len(words) < count or len(expected) < _MIN_TITLE:
            continue
        alike = SequenceMatcher(None, written, expected).ratio()
        if alike >= _NEAR and (best is None or alike > best[0]):
            best = (alike, count, title)
    return (best[1], best[2]) if best else None


_LEVELLED = LazyPattern(r"^(?P<level>LO|[LRDA])\. (?P<number>\d+(?:-\d+)*)$")
_CONTEXT_WORDS = 4  # words before a citation that make its « sentence pattern »


@rule(
    code="REF006", name="article-transposed", severity=Severity.WARNING,
    summary=Text("Même article cité sous deux numéros", "One article cited with two numbers"),
    basis=fact(Text("un même article cité sous deux numéros voisins : l'un des deux est une faute",
               "one article cited under two neighbouring numbers: one of them is a mistake")),
)  # fmt: skip
def article_transposed(act: Act, options: Mapping[str, Any]) -> Iterable[Finding]:
    """An article of a code is cited several times, and once under a number that differs
    from it by two swapped digits or one digit, in the same wording: « au sens de
    l'article R. 2152-7 » three times and « au sens de l'article R. 2125-7 » once.

    Only the main part of the number is compared (« 2152 » in « R. 2152-7 »): articles
    that differ in their last part (« L. 2212-1 » and « L. 2212-2 ») are neighbours that
    acts cite together. The words before both citations must be the same.

    Why: a transposition typo makes the act rest on another article, often one that
    exists and says something else; the reader cannot tell which one the act applies. The
    act contradicts itself: no text is needed.

    Severity: warning. A slip is likely but not certain (the act may mean both articles),
    so a human checks; the contrôle de légalité would raise an act resting on the wrong
    article.

    Contrôle : un article d'un code est cité plusieurs fois, et une fois sous un numéro qui
    en diffère par deux chiffres intervertis ou par un chiffre, dans la même tournure :
    « au sens de l'article R. 2152-7 » trois fois et « au sens de l'article R. 2125-7 »
    une fois.

    Seule la partie principale du numéro est comparée (« 2152 » dans « R. 2152-7 ») : des
    articles qui ne diffèrent que par leur dernière partie (« L. 2212-1 » et
    « L. 2212-2 ») sont des articles voisins que les actes citent ensemble. Les mots qui
    précèdent les deux citations doivent être identiques.

    Pourquoi : une interversion de chiffres fait reposer l'acte sur un autre article,
    souvent existant et de portée différente ; le lecteur ne peut savoir lequel l'acte
    applique. L'acte se contredit lui-même : aucun texte n'est nécessaire.

    Gravité : avertissement. Une erreur de frappe est probable mais non certaine (l'acte
    peut viser les deux articles), et il revient au rédacteur de vérifier ; le contrôle de
    légalité relèverait un acte fondé sur un article erroné.

    Failing example::

        DÉCISION n° 2026-7
        Vu le code de la commande publique ;
        DÉCIDE
        Article 1 : Le lot 1 est attribué à l'offre la plus avantageuse au sens de l'article R. 2152-7 du code de la commande publique.
        Article 2 : Le lot 2 est attribué à l'offre la plus avantageuse au sens de l'article R. 2152-7 du code de la commande publique.
        Article 3 : Le lot 3 est attribué à l'offre la plus avantageuse au sens de l'article R. 2125-7 du code de la commande publique.

    Passing example::

        DÉCISION n° 2026-7
        Vu le code de la commande publique ;
        DÉCIDE
        Article 1 : Le lot 1 est attribué à l'offre la plus avantageuse au sens de l'article R. 2152-7 du code de la commande publique.
        Article 2 : Le lot 2 est attribué à l'offre la plus avantageuse au sens de l'article R. 2152-7 du code de la commande publique.
        Article 3 : Le lot 3 est attribué à l'offre la plus avantageuse au sens de l'article R. 2152-7 du code de la commande publique.
    """
    cited: dict[tuple[str, str], list[LegalCitation]] = {}
    for citation in act.legal_citations:
        if citation.code and _LEVELLED.match(citation.article):
            cited.setdefault((citation.code, citation.article), []).append(citation)
    for (code, article), once in cited.items():
        if len(once) != 1:
            continue
        for (other_code, other), often in cited.items():
            if other_code != code or len(often) < 2 or not _one_slip(article, other):
                continue
            context = _words_before(act, once[0])
            if not any(_words_before(act, c) == context for c in often):
                continue
            yield Finding(
                span=once[0].span,
                message=Text(f"« {article} » est cité une fois, « {other} » {len(often)} fois "
                             "dans la même tournure : le même article sous deux numéros ?",
                             f"« {article} » is cited once, « {other} » {len(often)} times in "
                             "the same wording: one article under two numbers?"),
                help=Text(f"vérifier le numéro ; écrire « {other} » s'il s'agit du même article",
                          f"check the number; write « {other} » if it is the same article"),
            )  # fmt: skip
            break


def _one_slip(first: str, second: str) -> bool:
    """The two numbers differ only in their main part, by two adjacent digits swapped or
    one digit changed, with the same level letter."""
    a, b = _LEVELLED.match(first), _LEVELLED.match(second)
    if a is None or b is None or a["level"] != b["level"]:
        return False
    main_a, _, rest_a = a["number"].partition("-")
    main_b, _, rest_b = b["number"].partition("-")
    if rest_a != rest_b or len(main_a) != len(main_b) or main_a == main_b:
        return False
    diff = [i for i, (x, y) in enumerate(zip(main_a, main_b, strict=True)) if x != y]
    if len(diff) == 1:
        return True
    i = diff[0]
    return diff == [i, i + 1] and main_a[i] == main_b[i + 1] and main_a[i + 1] == main_b[i]


_LETTERS_WORD = LazyPattern(r"[a-z]+")


def _words_before(act: Act, citation: LegalCitation) -> list[str]:
    line_start = act.text.rfind("\n", 0, citation.span.start) + 1
    before = act.folded[max(line_start, citation.span.start - 80) : citation.span.start]
    return _LETTERS_WORD.findall(before)[-_CONTEXT_WORDS:]
