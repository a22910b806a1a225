"""STR: the act's structure — kind, enacting word, article numbering, signature block —
and what a tired proofreader misses: placeholders, unbalanced signs, a title that
contradicts the enacting word."""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterable, Iterator, Mapping
from typing import Any

from actlint.api import Act, Finding, LazyPattern, Severity, Span, Text, facts, fold, rule

from .support.french import FORMULA
from .support.sources import GUIDE_DE_LEGISTIQUE, TYPOGRAPHY, code_article, fact, law, practice


@rule(
    code="STR001", name="unknown-kind", severity=Severity.WARNING,
    summary=Text("Type d'acte non reconnu", "Unrecognised kind of act"),
    basis=law(Text("le type d'acte décide de son régime de transmission et de publicité",
              "the kind of act decides how it is transmitted and published"),
    code_article("CGCT", "L. 2131-1", "L. 2131-2")),
)  # fmt: skip
def unknown_kind(act: Act, options: Mapping[str, Any]) -> Iterable[Finding]:
    """The preface does not say what the act is: décision, arrêté or délibération.

    A file with nothing of an act at all is reported by STR008 instead.

    Why: the kind of act decides whether it is transmitted to the représentant de l'État
    and when it becomes executory (CGCT, art. L. 2131-1 and L. 2131-2: délibérations,
    décisions taken by delegation under L. 2122-22, most of the mayor's police decisions
    and regulatory acts are transmitted), and which other checks apply (an arrêté needs
    « ARRÊTE », a décision taken by delegation must cite the délibération of delegation).
    An act whose heading names no kind is either not an act or lost its heading; the
    other checks cannot be trusted on it.

    Severity: a warning: the title is an element an act normally bears, and without it
    neither the préfecture nor the reader can tell which regime applies to the act; but
    its absence does not by itself make the act irregular, and the act may only have
    lost its heading in an export.

    Contrôle : le préambule ne dit pas ce qu'est l'acte : ni décision, ni arrêté, ni
    délibération.

    Un fichier qui ne contient rien d'un acte relève de STR008.

    Pourquoi : la nature de l'acte détermine s'il est transmis au représentant de l'État et
    à quel moment il devient exécutoire (CGCT, art. L. 2131-1 et L. 2131-2 : les
    délibérations, les décisions prises par délégation en application de l'article
    L. 2122-22, la plupart des décisions de police du maire et les actes réglementaires sont
    transmis), ainsi que les autres contrôles applicables (un arrêté est introduit par
    « ARRÊTE », une décision prise par délégation vise la délibération de délégation). Un
    acte dont l'en-tête ne nomme aucune nature n'est pas un acte, ou a perdu son en-tête ;
    les autres contrôles ne sont pas fiables sur lui.

    Gravité : avertissement : l'intitulé est un élément que porte normalement tout acte, et
    sans lui ni la préfecture ni le lecteur ne savent quel régime s'applique à l'acte ; mais
    son absence ne suffit pas à rendre l'acte irrégulier, et l'acte peut n'avoir perdu son
    en-tête que lors d'un export.

    Failing example::

        Note de service n° 12
        Vu le règlement intérieur ;
        Article 1 : Les bureaux seront fermés le 2 mai 2026.

    Passing example::

        ARRÊTÉ n° 2026-12
        Le Maire de la commune de Lens,
        ARRÊTE
        Article 1 : La rue est fermée.
    """
    if act.kind == "unknown" and not _nothing_of_an_act(act):  # STR008 says more
        yield Finding(
            span=act.first_line,
            message=Text(
                "type d'acte non reconnu : l'en-tête ne nomme ni une décision, ni un arrêté, "
                "ni une délibération",
                "unrecognised kind of act: the heading names no décision, arrêté or délibération",
            ),
            help=Text(
                "commencer l'acte par son intitulé, par exemple « ARRÊTÉ n° 2026-12 » ou "
                "« DÉCISION n° 2026-92 »",
                "start the act with its title, e.g. « ARRÊTÉ n° 2026-12 » or « DÉCISION n° 2026-92 »",
            ),
        )


# « ARRÊTÉ », « DÉCIDÉ » alone on the line before the first article (often in a Markdown
# heading): the enacting word written as a participle, present all the same.
_ENACTING_AS_PARTICIPLE = LazyPattern(
    r"(?m)^[#* \t]*(?:ARR[ÊE]T[ÉE]|D[ÉE]CID[ÉE])[*\s]*:?[*\s]*\n\s*\Z"
)


def _nothing_of_an_act(act: Act) -> bool:
    """No part of an act is recognised: no kind, visa, considérant, enacting word,
    article or signature block."""
    return (
        act.kind == "unknown"
        and not act.preamble.citations
        and not act.preamble.recitals
        and act.formula is None
        and not act.articles
        and act.conclusions is None
    )


@rule(
    code="STR008", name="not-an-act", severity=Severity.ERROR,
    summary=Text("Fichier vide ou sans rien d'un acte", "Empty file, or nothing of an act"),
    basis=fact(Text("un acte transmis ou publié a un objet, un dispositif et un signataire",
               "an act that is transmitted or published has a subject, an enacting part and a "
               "signatory")),
)  # fmt: skip
def not_an_act(act: Act, options: Mapping[str, Any]) -> Iterable[Finding]:
    """The file is empty, or nothing in it is part of an act: no title naming a kind of act,
    no visa, considérant, enacting word, article or signature block.

    Why: a plain fact, no text needed: the file holds no act. It cannot be what the user
    meant to check — a wrong file, an export that lost its text, notes kept beside the
    acts (leave those out with ``exclude``). Passing it silently would let a gate approve
    nothing; every other check is meaningless on it.

    Severity: an error: whatever the file was meant to hold, it holds no act — nothing that
    could be transmitted, published or executed — and a clean result on it would be false.

    Contrôle : le fichier est vide, ou rien de ce qu'il contient n'appartient à un acte : ni
    intitulé nommant une nature d'acte, ni visa, ni considérant, ni mot du dispositif, ni
    article, ni bloc de signature.

    Pourquoi : simple constat, sans texte à invoquer : le fichier ne contient aucun acte. Ce
    ne peut être ce que l'utilisateur voulait contrôler : un mauvais fichier, un export qui
    a perdu son texte, des notes rangées à côté des actes (à écarter par ``exclude``). Le
    laisser passer sans rien dire permettrait à un contrôle automatique d'approuver un
    fichier vide de tout acte ; aucun autre contrôle n'a de sens sur lui.

    Gravité : erreur : quoi que le fichier dût contenir, il ne contient aucun acte — rien qui
    puisse être transmis, publié ou exécuté —, et un résultat sans anomalie serait faux.

    Failing example::

        Notes de la réunion de service
        Penser à commander les panneaux.

    Passing example::

        ARRÊTÉ n° 2026-12
        Le Maire de la commune de Lens,
        ARRÊTE
        Article 1 : La rue est fermée.
    """
    if not act.text.strip():
        yield Finding(
            span=Span(0, 0),
            message=Text("le fichier est vide", "the file is empty"),
            help=Text("vérifier que le bon fichier est contrôlé, et qu'il contient le texte de "
                      "l'acte", "check that the right file is linted, and that it holds the act's text"),
        )  # fmt: skip
    elif _nothing_of_an_act(act):
        yield Finding(
            span=act.first_line,
            message=Text(
                "rien n'y ressemble à un acte : ni intitulé (décision, arrêté, délibération), "
                "ni visa, ni dispositif, ni article, ni signature",
                "nothing in it looks like an act: no title (décision, arrêté, délibération), "
                "visa, enacting word, article or signature",
            ),
            help=Text("vérifier le fichier ; s'il n'est pas un acte, l'écarter par « exclude »",
                      "check the file; if it is not an act, leave it out with « exclude »"),
        )  # fmt: skip


@rule(
    code="STR002", name="missing-formula", severity=Severity.INFO,
    summary=Text("Mot du dispositif absent (DÉCIDE, ARRÊTE)",
                 "Enacting word missing (DÉCIDE, ARRÊTE)"),
    basis=practice(Text("visas et considérants, puis le dispositif introduit par son verbe d'action "
                   "(« DÉCIDE », « ARRÊTE »)",
                   "visas and considérants, then the enacting part introduced by its verb "
                   "(« DÉCIDE », « ARRÊTE »)"), GUIDE_DE_LEGISTIQUE),
)  # fmt: skip
def missing_formula(act: Act, options: Mapping[str, Any]) -> Iterable[Finding]:
    """A décision or an arrêté has articles but no enacting word before them. « ARRÊTÉ » or
    « DÉCIDÉ » alone on the line before the first article counts as the enacting word.
    Délibérations are not checked: their enacting wording varies (« Délibère : »,
    « décide : », « PREND ACTE »).

    Why: good drafting practice, not a rule of law. The Guide de légistique, written for
    the State's own texts, has the dispositif of an arrêté introduced by « ARRÊTE »;
    communes follow it by usage, and « DÉCIDE » is their usage for a décision. The
    word separates the reasons (visas, considérants) from what the act decides. No text
    requires it of a commune.

    Severity: info: a drafting practice; an act without the word is no less lawful, and its
    articles still say what it decides.

    Contrôle : une décision ou un arrêté comporte des articles, mais aucun mot du dispositif
    ne les précède. « ARRÊTÉ » ou « DÉCIDÉ » seul sur la ligne qui précède le premier
    article tient lieu de mot du dispositif. Les délibérations ne sont pas contrôlées : leur
    formule varie (« Délibère : », « décide : », « PREND ACTE »).

    Pourquoi : bonne pratique de rédaction, non règle de droit. Le Guide de légistique, écrit
    pour les textes de l'État, fait introduire le dispositif d'un arrêté par « ARRÊTE » ;
    les communes le suivent par usage, et « DÉCIDE » est leur usage pour une
    décision. Ce mot sépare les motifs (visas, considérants) de ce que l'acte décide. Aucun
    texte ne l'impose à une commune.

    Gravité : information : il s'agit d'une pratique de rédaction ; l'acte qui en est
    dépourvu n'en est pas moins régulier, et ses articles disent toujours ce qu'il décide.

    Failing example::

        ARRÊTÉ n° 2026-12
        Le Maire de la commune de Lens,
        Vu le code général des collectivités territoriales ;
        Article 1 : La rue est fermée.

    Passing example::

        ARRÊTÉ n° 2026-12
        Le Maire de la commune de Lens,
        Vu le code général des collectivités territoriales ;
        ARRÊTE
        Article 1 : La rue est fermée.
    """
    if not facts(act).requires("formula") or act.formula is not None or not act.articles:
        return
    first = act.articles[0]
    before = act.text[max(0, first.span.start - 200) : first.span.start]
    if _ENACTING_AS_PARTICIPLE.search(before):
        return  # « ARRÊTÉ » alone before the articles: the enacting word, mis-accented
    word = FORMULA.get(act.kind, "DÉCIDE")
    yield Finding(
        span=first.heading,
        message=Text(f"le dispositif n'est pas introduit par « {word} » avant le premier article",
                     f"the enacting word « {word} » is missing before the first article"),
        help=Text(f"ajouter une ligne « {word} » entre les considérants et le premier article",
                  f"add a line « {word} » between the recitals and the first article"),
    )  # fmt: skip


@rule(
    code="STR003", name="article-numbering", severity=Severity.INFO,
    summary=Text("Numérotation des articles discontinue ou répétée",
                 "Article numbering skips or repeats"),
    basis=practice(Text("les articles sont numérotés de façon continue",
                   "articles are numbered continuously"), GUIDE_DE_LEGISTIQUE),
)  # fmt: skip
def article_numbering(act: Act, options: Mapping[str, Any]) -> Iterable[Finding]:
    """Articles are numbered 1, 2, 3… with no gap, no repeat and no step back. « Article 1er »,
    « Article premier » and « Art. 1 » all count as 1. A second series from 1 after at
    least three articles (the articles of an annex the act carries) ends the check.

    Why: good drafting practice, not a rule of law: the Guide de légistique, written for the
    State's own texts and followed by communes by usage, numbers articles continuously. A
    missing « article 2 » (a deleted article whose number was not closed up) or two
    « article 3 » make cross-references ambiguous and suggest a lost provision.

    Severity: info: numbering is a matter of drafting; a gap or a repeat does not change
    what the articles decide, though it is worth a second reading in case a provision was
    lost.

    Contrôle : les articles sont numérotés 1, 2, 3… sans lacune, sans doublon ni retour en
    arrière. « Article 1er », « Article premier » et « Art. 1 » valent tous 1. Une seconde
    série repartant de 1 après au moins trois articles (les articles d'une annexe jointe à
    l'acte) met fin au contrôle.

    Pourquoi : bonne pratique de rédaction, non règle de droit : le Guide de légistique,
    écrit pour les textes de l'État et suivi par les communes par usage, numérote les
    articles de façon continue. Un « article 2 » manquant (un article supprimé sans que la
    numérotation ait été reprise) ou deux « article 3 » rendent les renvois ambigus et
    laissent craindre une disposition perdue.

    Gravité : information : la numérotation relève de la rédaction ; une lacune ou un
    doublon ne change rien à ce que décident les articles, mais justifie une relecture, au
    cas où une disposition se serait perdue.

    Failing example::

        ARRÊTÉ n° 2020-63
        ARRÊTE
        Article 1 : L'accès au plateau est interdit.
        Article 3 : Le présent arrêté sera affiché.

    Passing example::

        ARRÊTÉ n° 2020-63
        ARRÊTE
        Article 1er : L'accès au plateau est interdit.
        Article 2 : Le présent arrêté sera affiché.
    """
    expected = 1
    seen: set[int] = set()
    numbers = [a.number for a in act.articles]
    for i, article in enumerate(act.articles):
        number = article.number
        if number is None:
            continue
        if number == 1 and len(seen) >= 3 and numbers[i + 1 : i + 2] in ([], [2]):
            break  # a second series from 1: the articles of an annex the act carries
        if number == expected and number not in seen:
            seen.add(number)
            expected = number + 1
            continue
        if number in seen:
            message = Text(
                f"l'article {number} est numéroté deux fois", f"article {number} is numbered twice"
            )
        elif number == expected + 1:
            message = Text(
                f"numérotation discontinue : l'article {expected} manque avant l'article {number}",
                f"numbering gap: article {expected} is missing before article {number}",
            )
        elif number > expected:
            message = Text(
                f"numérotation discontinue : les articles {expected} à {number - 1} "
                f"manquent avant l'article {number}",
                f"numbering gap: articles {expected} to {number - 1} are missing "
                f"before article {number}",
            )
        else:
            message = Text(
                f"l'article {number} vient après l'article {expected - 1}",
                f"article {number} comes after article {expected - 1}",
            )
        yield Finding(
            span=article.heading,
            message=message,
            help=Text(
                f"renuméroter : cet article devrait être l'article {expected}",
                f"renumber: this article should be article {expected}",
            ),
        )
        seen.add(number)
        expected = max(expected, number) + 1


@rule(
    code="STR004", name="signature-block", severity=Severity.WARNING,
    summary=Text("Bloc de signature absent ou sans signataire",
                 "Signature block missing or without signatory"),
    basis=law(Text("toute décision comporte la signature de son auteur et la mention de son "
              "prénom, de son nom et de sa qualité",
              "every decision bears its author's signature, first name, last name and "
              "capacity"), code_article("CRPA", "L. 212-1")),
)  # fmt: skip
def signature_block(act: Act, options: Mapping[str, Any]) -> Iterable[Finding]:
    """A décision or an arrêté ends with its place, date and signatory: a signature block
    (« Fait à …, le … ») naming the signatory by capacity or name or, where no such block
    is read, a capacity line followed by a first and last name. Délibérations are not
    checked: their published extracts often leave the signature out. But any act, a
    délibération included, that certifies an extract (« Pour extrait conforme ») names
    who certifies it: the mention with no capacity or name after it (nor, as OCR may
    place it, just before it) certifies nothing.

    Why: « toute décision prise par une administration comporte la signature de son
    auteur ainsi que la mention, en caractères lisibles, du prénom, du nom et de la
    qualité de celui-ci » (CRPA, art. L. 212-1). The « Fait à …, le … » line also gives
    the act its date of signature. A certification that names no one certifies nothing.

    Severity: a warning: a missing signature block, or a signatory who is not named, is an
    irregularity the contrôle de légalité would raise; not an error, because the text
    linted is often a copy (an export, the published version) whose original may be
    signed, and because leaving out the name is a substantial irregularity only where the
    author cannot be identified otherwise (CE, 28 mai 2010, n° 328686).

    Contrôle : une décision ou un arrêté se termine par le lieu, la date et le signataire :
    un bloc de signature (« Fait à …, le … ») qui désigne le signataire par sa qualité ou son
    nom ou, à défaut d'un tel bloc, une ligne de qualité suivie d'un prénom et d'un nom. Les
    délibérations ne sont pas contrôlées : leurs extraits publiés omettent souvent la
    signature. Mais tout acte, délibération comprise, qui certifie un extrait (« Pour extrait
    conforme ») nomme qui le certifie : la mention qui n'est suivie d'aucune qualité ni
    d'aucun nom (ni précédée de près, là où l'OCR peut les déplacer) ne certifie rien.

    Pourquoi : « toute décision prise par une administration comporte la signature de son
    auteur ainsi que la mention, en caractères lisibles, du prénom, du nom et de la qualité
    de celui-ci » (CRPA, art. L. 212-1). La ligne « Fait à …, le … » donne aussi à l'acte sa
    date de signature. Une certification qui ne nomme personne ne certifie rien.

    Gravité : avertissement : l'absence de bloc de signature, ou d'un signataire nommé, est
    une irrégularité que relèverait le contrôle de légalité ; ce n'est pas une erreur, car
    le texte contrôlé est souvent une copie (un export, la version publiée) dont l'original
    peut être signé, et l'omission du nom n'est une irrégularité substantielle que si
    l'auteur ne peut être identifié autrement (CE, 28 mai 2010, n° 328686).

    Failing example::

        ARRÊTÉ n° 2018-4
        ARRÊTE
        Article 1 : La circulation est restreinte.
        Fait à Lexy, le 16 novembre 2018.

    Passing example::

        ARRÊTÉ n° 2018-4
        ARRÊTE
        Article 1 : La circulation est restreinte.
        Fait à Lexy, le 16 novembre 2018.
        Le Maire,
        Jean DUPONT
    """
    extract = _unsigned_extract(act)
    if extract is not None:
        yield Finding(
            span=extract,
            message=Text("« Pour extrait conforme » n'est suivi d'aucun signataire (ni qualité, "
                         "ni nom) : l'extrait n'est pas certifié",
                         "« Pour extrait conforme » is followed by no signatory (no capacity, no "
                         "name): the extract is not certified"),
            help=Text("ajouter sous la mention la qualité, le prénom et le nom de qui certifie "
                      "l'extrait, par exemple « Le Maire, Jean DUPONT »",
                      "add under the mention the capacity, first and last name of who certifies "
                      "the extract, e.g. « Le Maire, Jean DUPONT »"),
        )  # fmt: skip
        return
    if not facts(act).requires("signature"):
        return
    signature = act.signature
    if act.conclusions is None or signature is None:
        signer = _signer_left_unparsed(act)
        if signer is not None:
            if _PERSON.search(act.text, signer.end, signer.end + _SIGNER_REACH) is None:
                yield Finding(
                    span=signer,
                    message=Text("le signataire n'est pas nommé (qualité sans prénom ni nom)",
                                 "the signatory is not named (a capacity with no name)"),
                    help=Text("écrire sous la qualité le prénom et le nom du signataire",
                              "write the signatory's first and last name under the capacity"),
                )  # fmt: skip
            return
        end = len(act.text.rstrip())
        line_start = act.text.rfind("\n", 0, end) + 1
        yield Finding(
            span=Span(line_start, end),
            message=Text("l'acte n'a pas de bloc de signature (« Fait à …, le … », qualité, "
                         "prénom et nom du signataire)",
                         "the act has no signature block (« Fait à …, le … », capacity, first "
                         "and last name of the signatory)"),
            help=Text("ajouter en fin d'acte : « Fait à <commune>, le <date> », puis la qualité, "
                      "le prénom et le nom du signataire",
                      "add at the end: « Fait à <commune>, le <date> », then the signatory's "
                      "capacity, first and last name"),
        )  # fmt: skip
        return
    if signature.name is None and signature.capacity is None:
        yield Finding(
            span=act.conclusions.line_spans[0],
            message=Text("le bloc de signature ne nomme pas le signataire (ni qualité, ni nom)",
                         "the signature block does not name the signatory (no capacity, no name)"),
            help=Text("ajouter sous la date la qualité, le prénom et le nom du signataire, par "
                      "exemple « Le Maire, Jean DUPONT »",
                      "add under the date the signatory's capacity, first and last name, e.g. "
                      "« Le Maire, Jean DUPONT »"),
        )  # fmt: skip


_EXTRACT = "pour extrait conforme"
_EXTRACT_REACH = 400  # characters after the mention where its signatory stands
_EXTRACT_BEFORE = 40  # and before it, in the same sentence, where OCR may have put it
# Who certifies an extract (folded, glued words of OCR included: « LEMAIRE »).
_SIGNATORY_WORDS = LazyPattern(
    r"maire|president|adjoint|secretaire|prefet|directeur|directrice|conseill|delegu"
)
_UPPER_LETTERS = "A-ZÉÈÊËÀÂÎÏÔÖÛÜÇ"
# A first and last name: « Xavier POLI », « Jean DUPONT ».
_PERSON = LazyPattern(rf"[{_UPPER_LETTERS}][a-zà-ÿ]+[ -]+[{_UPPER_LETTERS}]{{2,}}")


# A signatory's capacity opening a line (« Le Préfet, », « Pour le Préfet et par
# délégation », « | La Directrice de l'Offre Sanitaire »), in the folded text.
_CAPACITY_LINE = LazyPattern(
    r"(?m)^[ \t|*#]*(?:pour\s+l[ae']\s*|p/\s*|par\s+delegation,?\s*)?(?:le\s+|la\s+|l')?"
    r"(?:prefet|prefete|maire|president|presidente|directeur|directrice|secretaire\s+general|"
    r"sous-prefet|adjoint|adjointe)\b"
)
_SIGNER_REACH = 300  # characters after the capacity where the signatory's name stands


def _signer_left_unparsed(act: Act) -> Span | None:
    """The capacity line of a signature the parser did not read as a block (no « Fait à »
    line, a date on the capacity's line, a table cell): the act is signed all the same."""
    start = act.articles[0].span.start if act.articles else len(act.text) // 2
    found = None
    for m in _CAPACITY_LINE.finditer(fold(act.text), start):  # lines kept, unlike act.folded
        line_end = act.text.find("\n", m.start())
        found = Span(m.start() + len(m.group()) - len(m.group().lstrip(" \t|*#")),
                     line_end if line_end >= 0 else len(act.text))  # fmt: skip
        if _PERSON.search(act.text, found.end, found.end + _SIGNER_REACH):
            return found
    return found


def _unsigned_extract(act: Act) -> Span | None:
    """The last « Pour extrait conforme » when no capacity or name follows it."""
    at = act.folded.rfind(_EXTRACT)
    if at < 0:
        return None
    after_start = at + len(_EXTRACT)
    # OCR may read the signature column before the mention (« LEMAIRE » on the line above)
    near = act.folded[max(0, at - _EXTRACT_BEFORE) : at]
    after = act.folded[after_start : after_start + _EXTRACT_REACH]
    if _SIGNATORY_WORDS.search(after) or _SIGNATORY_WORDS.search(near[near.rfind(".") + 1 :]):
        return None
    if _PERSON.search(act.text, after_start, after_start + _EXTRACT_REACH):
        return None
    return Span(at, after_start)


# Signs without which no template mark can be there (folded text): a quick look first.
_PLACEHOLDER_HINTS = ("xxx", "[", "a completer", "xx/")
# Template marks that are never the act's own words.
_TEMPLATE_MARK = LazyPattern(
    r"(?<![\w])X{3,}(?![\w])|(?i:\[(?:date|nom|prénom|montant|numéro|n°|adresse|objet|x+|"
    r"à compléter)\])|(?i:xx/xx/xx(?:xx)?)|(?i:(?:^|(?<=[:(]))\s*à compléter\b)",
    re.MULTILINE,
)
# A run of dots or ellipses (« ..... », « …… », « ….. »), or one ellipsis.
_DOTS = LazyPattern(r"\.{4,}|…[….]+|…")
# Words after which a run of dots stands for a missing value: « le ….. », « n° ……… »,
# « Fait à ……, le … », « la somme de ……… € ».
_BLANK_CUES = frozenset({
    "le", "la", "les", "l'", "du", "de", "d'", "des", "au", "aux", "a", "en", "n°", "no",
    "numero", "date", "datee", "dates", "signe", "signee", "recu", "recue", "soit", "par",
    "pour", "m.", "mme", "monsieur", "madame",
})  # fmt: skip
# After one ellipsis a blank is certain only where a date or a number was due.
_SHORT_BLANK_CUES = frozenset({"le", "du", "au", "n°", "no", "numero"})
# « pour un montant de  € HT »: a currency with no figure before it.
_BLANK_AMOUNT = LazyPattern(r"(?i:\b(?:de|à|soit)[^\S\n]+(?:€|euros?\b)(?:[^\S\n]*(?:HT|TTC)\b)?)")
# « en date du , » : the date itself is missing.
_BLANK_DATE = LazyPattern(r"(?i:\ben\s+date\s+du[^\S\n]*(?=[,;]))")
_LAST_WORD = LazyPattern(r"(\S+)\s*$")
_BEFORE_REACH = 120  # characters before the dots where the word calling for a value stands
_OPEN_ELISION = LazyPattern(r"[(\[]\s*$")
_CLOSE_ELISION = LazyPattern(r"\s*[)\]]")
_AFTER_SHORT_BLANK = LazyPattern(
    r"\s*(?:$|[,;.)]|\d|(?i:janvier|f[ée]vrier|mars|avril|mai|juin|"
    r"juillet|ao[ûu]t|septembre|octobre|novembre|d[ée]cembre)\b)"
)


def _in_quotation(text: str, at: int) -> bool:
    """Whether a guillemet is open at ``at``: dots there elide a quoted text."""
    before = text[:at]
    return before.count("«") > before.count("»") or before.count("“") > before.count("”")


def _is_blank(text: str, start: int, end: int) -> bool:
    """Whether the dots at ``text[start:end]`` leave a value to fill in the act's own
    sentence, rather than lead to a page or a value (a table of contents, « Taxe
    foncière ...... : 32,19 % »), open a form field (« Montant : ........ ») or elide
    words (« (....) », « […] », a quotation cut short)."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    # the end of the line before the dots is enough, and keeps long lines linear
    before = text[max(line_start, start - _BEFORE_REACH) : start]
    after = text[end : line_end if line_end >= 0 else len(text)]
    if _OPEN_ELISION.search(before) and _CLOSE_ELISION.match(after):
        return False
    if _in_quotation(text, start):
        return False
    word = _LAST_WORD.search(before)
    if word is None:
        return False  # dots open the line: a table cell or a leader's tail, not a sentence
    cue = fold(word[1]).strip(",")
    if text[start:end] == "…":
        return cue in _SHORT_BLANK_CUES and bool(_AFTER_SHORT_BLANK.match(after))
    return cue in _BLANK_CUES or (cue.endswith(("'", "’")) and cue[:-1] + "'" in _BLANK_CUES)


_PAIRS = (("«", "»"), ("(", ")"), ("[", "]"), ("“", "”"))
# Quotations may run over several paragraphs (an article of another act quoted whole);
# parentheses and brackets close within their paragraph.
_ACROSS_UNITS = frozenset({"«", "“"})
# « a) », « 2) », « iv) »: list markers close a parenthesis that was never opened.
_LIST_MARKER = LazyPattern(r"(?<![\w(])[a-z0-9ivx]{1,3}\)")
# « [] », « [ ] », « [x] »: a checkbox of a form, not a bracket.
_CHECKBOX = LazyPattern(r"\[[ xX✓]?\]")
# A line of the act's prose holds words: stamp fragments, OCR'd table cells and
# letterheads (« PS 27N 2203N DEL25-5-021 OE] ») do not.
_PROSE_WORD = LazyPattern(r"(?<![\w'’])[a-zà-ÿ]{3,}(?![\w])")


@rule(
    code="STR005", name="placeholder", severity=Severity.ERROR,
    summary=Text("Texte à compléter laissé dans l'acte", "Placeholder left in the act"),
    basis=fact(Text("une mention laissée à compléter n'a aucun contenu : l'acte n'est pas achevé",
               "a mention left to fill in has no content: the act is not finished")),
)  # fmt: skip
def placeholder(act: Act, options: Mapping[str, Any]) -> Iterable[Finding]:
    """A placeholder of the template is still in the act's own sentences: « XXX »,
    « [date] », « [nom] », « à compléter », dots where a value is due (« le ….. »,
    « Fait à ……, le … », « n° ……… », « la somme de ……… € »), a currency with no figure
    before it (« pour un montant de  € HT ») or a date missing after « en date du ».

    Dots are a blank only after a word that calls for a value (« le », « du », « n° »,
    « à », « de »…). They are not a blank when they lead to a page or a value (a table
    of contents « Chapitre 1.3 ..... 5 », « Taxe foncière ...... : 32,19 % »), open a
    form field (« Montant : .......... », a model form annexed to the act), or elide
    words (« (....) », « […] », dots inside a quotation).

    Dates left blank in the mentions of the act's formalities (« Certifié exécutoire …
    Transmis le : …… Publié le : ») are TRA004's (info), not reported here: the act is
    complete, the record of its formalities is not.

    Why: a plain fact, no text needed: the mark or the blank is there in the act's text,
    and a mention left blank has no content.

    Severity: an error: a placeholder left in is a statement with no content, and it must be
    filled in before the act is signed.

    Contrôle : une marque du modèle subsiste dans les phrases de l'acte : « XXX »,
    « [date] », « [nom] », « à compléter », des points là où une valeur est attendue
    (« le ….. », « Fait à ……, le … », « n° ……… », « la somme de ……… € »), une devise que
    ne précède aucun chiffre (« pour un montant de  € HT ») ou une date manquante après
    « en date du ».

    Les points ne forment un blanc qu'après un mot qui appelle une valeur (« le », « du »,
    « n° », « à », « de »…). Ils n'en forment pas lorsqu'ils mènent à une page ou à une
    valeur (une table des matières « Chapitre 1.3 ..... 5 », « Taxe foncière ...... :
    32,19 % »), ouvrent un champ de formulaire (« Montant : .......... », un modèle de
    formulaire annexé à l'acte) ou marquent une coupure (« (....) », « […] », des points à
    l'intérieur d'une citation).

    Les dates laissées en blanc dans les mentions des formalités de l'acte (« Certifié
    exécutoire … Transmis le : …… Publié le : ») relèvent de l'information TRA004 et ne
    sont pas signalées ici : l'acte est complet, la relation de ses formalités ne l'est pas.

    Pourquoi : simple constat, sans texte à invoquer : la marque ou le blanc figure dans le
    texte de l'acte, et une mention laissée en blanc n'a aucun contenu.

    Gravité : erreur : un texte à compléter laissé dans l'acte est une mention sans contenu,
    qui doit être complétée avant la signature.

    Failing example::

        ARRÊTÉ n° 2026-8
        ARRÊTE
        Article 1 : La buvette est autorisée le [date] pour un montant de  € HT.

    Passing example::

        ARRÊTÉ n° 2026-8
        ARRÊTE
        Article 1 : La buvette est autorisée le 12 juin 2026 pour un montant de 50 € HT.
        Sommaire : Article 1 ..... page 1
    """
    text, folded = act.text, act.folded
    marks: list[re.Match[str]] = []
    if any(hint in folded for hint in _PLACEHOLDER_HINTS):
        marks.extend(_TEMPLATE_MARK.finditer(text))
    if "…" in text or "...." in text:
        starts = [u.span.start for u in act.units]
        marks.extend(m for m in _DOTS.finditer(text) if _dots_are_blank(act, starts, m))
    # A date left blank in a mention of the act's formalities (« Publié le : …… ») is
    # TRA004's: the record of the formalities is unfinished, not the act.
    left_blank = [m.span for m in act.mentions if m.blank]
    for m in sorted(marks, key=lambda m: m.start()):
        if any(s.start <= m.start() < s.end for s in left_blank):
            continue
        yield Finding(
            span=Span(m.start(), m.end()),
            message=Text(f"texte à compléter laissé dans l'acte : « {m.group()} »",
                         f"placeholder left in the act: « {m.group()} »"),
            help=Text("remplacer par la valeur définitive avant signature",
                      "replace it with the final value before signing"),
        )  # fmt: skip
    for m in _BLANK_AMOUNT.finditer(text) if "€" in text or "euro" in folded else ():
        yield Finding(
            span=Span(m.start(), m.end()),
            message=Text(f"montant laissé en blanc : « {m.group()} » n'a pas de chiffre",
                         f"amount left blank: « {m.group()} » has no figure"),
            help=Text("écrire le montant avant la devise", "write the sum before the currency"),
        )  # fmt: skip
    for m in _BLANK_DATE.finditer(text) if "en date du" in folded else ():
        yield Finding(
            span=Span(m.start(), m.end()),
            message=Text(f"date laissée en blanc : « {m.group().strip()} » sans date",
                         f"date left blank: « {m.group().strip()} » with no date"),
            help=Text("écrire la date de l'acte cité", "write the date of the cited act"),
        )  # fmt: skip


def _dots_are_blank(act: Act, starts: list[int], dots: re.Match[str]) -> bool:
    """Whether dots are a blank, judged within their unit (a quotation opened there);
    ``starts`` are where the act's units start."""
    unit = act.units[max(0, bisect_right(starts, dots.start()) - 1)]
    if not unit.span.start <= dots.start() < unit.span.end:
        return False  # outside the act's units: a stamp
    offset = unit.span.start
    return _is_blank(unit.text, dots.start() - offset, dots.end() - offset)


@rule(
    code="STR006", name="unbalanced-signs", severity=Severity.INFO,
    summary=Text("Guillemets ou parenthèses non refermés", "Unbalanced quotes or parentheses"),
    basis=practice(Text("guillemets et parenthèses vont par paires",
                   "quotation marks and brackets go in pairs"), TYPOGRAPHY),
)  # fmt: skip
def unbalanced_signs(act: Act, options: Mapping[str, Any]) -> Iterable[Finding]:
    """In a unit (a visa, a considérant, an article…), an opening parenthesis or bracket
    is not closed, or a closing one was never opened; a « guillemet » is not closed
    before the end of the act (a quotation may run over several paragraphs). Signs are
    paired as they nest, so the sign reported is the one left alone, whatever the lines
    the paragraph is wrapped over.

    Not reported: checkboxes (« [ ] »), list markers (« a) »), a quotation opened with
    « " » and closed with « » », “ or ” when the act never uses the other one (OCR reads
    bullets and superscripts so), and signs of lines that are no prose: table rows
    (« | » borders, cells), lines of fewer than three words (stamp fragments, OCR
    noise), a bullet glyph opening a line, an opening sign with nothing after it.

    Why: good practice, not a rule of law: in French typography « guillemets »,
    parentheses and brackets go in pairs (Lexique des règles typographiques en usage à
    l'Imprimerie nationale). A quotation that does not end leaves unclear which words are
    quoted (the text of a law, a company's name) and which are the act's own.

    Severity: info: typography; what the act decides rarely depends on a sign left alone,
    and a stray sign may come from layout or OCR rather than from the author.

    Contrôle : dans une unité (un visa, un considérant, un article…), une parenthèse ou un
    crochet ouvrant n'est pas refermé, ou un signe fermant n'a jamais été ouvert ; un
    « guillemet » n'est pas refermé avant la fin de l'acte (une citation peut s'étendre sur
    plusieurs paragraphes). Les signes sont appariés selon leur imbrication : le signe
    signalé est celui qui reste seul, quelles que soient les lignes sur lesquelles le
    paragraphe est réparti.

    Ne sont pas signalés : les cases à cocher (« [ ] »), les marques d'énumération
    (« a) »), une citation ouverte par « " » et fermée par « » », “ ou ” lorsque l'acte
    n'emploie jamais l'autre (l'OCR lit ainsi puces et exposants), et les signes des lignes
    qui ne sont pas de la prose : lignes de tableau (bordures « | », cellules), lignes de
    moins de trois mots (fragments de tampon, bruit d'OCR), puce en début de ligne, signe
    ouvrant que rien ne suit.

    Pourquoi : bonne pratique, non règle de droit : en typographie française, guillemets,
    parenthèses et crochets vont par paires (Lexique des règles typographiques en usage à
    l'Imprimerie nationale). Une citation qui ne se termine pas laisse incertain ce qui est
    cité (le texte d'une loi, la raison sociale d'une entreprise) et ce qui appartient à
    l'acte lui-même.

    Gravité : information : il s'agit de typographie ; ce que décide l'acte dépend rarement
    d'un signe resté seul, et un signe isolé peut venir de la mise en page ou de l'OCR
    plutôt que de l'auteur.

    Failing example::

        ARRÊTÉ n° 2026-8
        ARRÊTE
        Article 1 : La fête « Bal des CM2 se tient salle Marion.

    Passing example::

        ARRÊTÉ n° 2026-8
        ARRÊTE
        Article 1 : La fête « Bal des CM2 » se tient salle Marion.
    """
    for start, sign, matching in _unmatched_signs(act):
        yield Finding(
            span=Span(start, start + 1),
            message=Text(f"« {sign} » sans son pendant « {matching} » dans ce paragraphe",
                         f"« {sign} » without its matching « {matching} » in this paragraph"),
            help=Text("refermer (ou retirer) le signe", "close (or remove) the sign"),
        )  # fmt: skip


def _unmatched_signs(act: Act) -> Iterator[tuple[int, str, str]]:
    """(offset, sign, the sign it lacks) for each sign of a pair left alone, in text order,
    save those that pair nothing in prose: checkboxes, list markers, signs of a line
    without words, a guillemet opened at the end of its line with nothing to quote."""
    text = act.text
    found: list[tuple[int, str, str]] = []
    for opening, closing in _PAIRS:
        if opening not in text and closing not in text:
            continue
        if opening in "“" and not (opening in text and closing in text):
            continue  # “ alone or ” alone is a bullet or a superscript misread, not a quote
        signs = re.compile(re.escape(opening) + "|" + re.escape(closing))
        across = opening in _ACROSS_UNITS
        still_open: list[int] = []
        for unit in act.units:
            if not across:
                found.extend((at, opening, closing) for at in still_open)
                still_open = []
            boxes = [m.span() for m in _CHECKBOX.finditer(unit.text)] if opening == "[" else []
            for m in signs.finditer(unit.text):
                at = unit.span.start + m.start()
                if any(a <= m.start() < b for a, b in boxes):
                    continue
                if m.group() == opening:
                    still_open.append(at)
                elif still_open:
                    still_open.pop()
                elif not (closing == ")" and _LIST_MARKER.match(text, _word_start(text, at))):
                    found.append((at, closing, opening))
        found.extend((at, opening, closing) for at in still_open)
    for at, sign, matching in sorted(found):
        if _pairs_nothing(text, at, sign):
            continue
        yield at, sign, matching


def _word_start(text: str, at: int) -> int:
    """Where the word ending at ``at`` starts (« iv) » → the « i »)."""
    start = at
    while start > 0 and start > at - 3 and text[start - 1].isalnum():
        start -= 1
    return start


def _pairs_nothing(text: str, at: int, sign: str) -> bool:
    """Whether a lone sign is no quotation or parenthesis of the act's prose: a sign of a
    table row (« | » borders, tab-separated cells, whose rows wrap anywhere), of a line
    without words (a stamp fragment, OCR noise), a bullet glyph opening a line, an
    opening sign with nothing after it, a closing guillemet of a quotation opened with
    « " »."""
    line_start = text.rfind("\n", 0, at) + 1
    line_end = text.find("\n", at)
    line = text[line_start : line_end if line_end >= 0 else len(text)]
    if "|" in line or "\t" in line or len(_PROSE_WORD.findall(line)) < 3:
        return True
    before, after = text[line_start:at], text[at + 1 : line_start + len(line)]
    if sign in "«“([":
        return not before.strip(" >-–—•") or not after.strip(" ,.;:")
    if sign in "»”" and before.count('"') % 2:
        return True
    return not before.strip(" >-–—•")


_ENGLISH_TITLES = {"une décision": "a décision", "un arrêté": "an arrêté"}
_WORDS = {"decision": ("une décision", "DÉCIDE"), "arrete": ("un arrêté", "ARRÊTE"),
          "arrete_prefectoral": ("un arrêté", "ARRÊTE")}  # fmt: skip


@rule(
    code="STR007", name="title-contradicts-formula", severity=Severity.WARNING,
    summary=Text("Titre et mot du dispositif contradictoires",
                 "Title contradicts the enacting word"),
    basis=fact(Text("le titre et le mot du dispositif désignent deux types d'acte différents",
               "the title and the enacting word name two different kinds of act")),
)  # fmt: skip
def title_contradicts_formula(act: Act, options: Mapping[str, Any]) -> Iterable[Finding]:
    """The title names one kind of act (« DÉCISION ») and the enacting word another
    (« ARRÊTE »), or the reverse. (An execution article naming another kind, « le
    présent arrêté » in a décision, is reported by EXE002.)

    Why: a plain fact, no text needed: the act contradicts itself about what it is. A
    décision introduced by « ARRÊTE » (or an arrêté by « DÉCIDE ») is a template copied
    from another kind of act; the reader cannot tell what the act is, and its register
    and transmission may be wrong.

    Severity: a warning: the contradiction is certain, but which of the two words is wrong
    is not, and the nature of the act usually shows from its author and its subject; it is
    an inconsistency the contrôle de légalité would point out, not a defect that makes
    the act unlawful on its face.

    Contrôle : le titre nomme une nature d'acte (« DÉCISION ») et le mot du dispositif une
    autre (« ARRÊTE »), ou l'inverse. (Un article d'exécution qui nomme une autre nature,
    « le présent arrêté » dans une décision, relève d'EXE002.)

    Pourquoi : simple constat, sans texte à invoquer : l'acte se contredit sur ce qu'il est.
    Une décision introduite par « ARRÊTE » (ou un arrêté par « DÉCIDE ») reprend le modèle
    d'un autre type d'acte ; le lecteur ne sait pas ce qu'est l'acte, et son
    enregistrement comme sa transmission peuvent être erronés.

    Gravité : avertissement : la contradiction est certaine, mais lequel des deux mots est
    erroné ne l'est pas, et la nature de l'acte ressort le plus souvent de son auteur et de
    son objet ; c'est une incohérence que relèverait le contrôle de légalité, non un vice
    qui rendrait l'acte irrégulier à sa seule lecture.

    Failing example::

        DÉCISION n° 2026-92
        ARRÊTE
        Article 1 : Le contrat est renouvelé.

    Passing example::

        DÉCISION n° 2026-92
        DÉCIDE
        Article 1 : Le contrat est renouvelé.
    """
    if act.formula is None or act.kind not in _WORDS:
        return
    word = act.formula.text.split("\n", 1)[0].strip().lower()
    said = facts(act).enacted_as
    if said not in ("decision", "arrete") or said == act.kind.split("_")[0]:
        return
    title_word, expected = _WORDS[act.kind]
    yield Finding(
        span=act.formula.line_spans[0],
        message=Text(f"l'acte s'intitule {title_word} mais son dispositif est introduit par "
                     f"« {word.upper().rstrip(' :')} »",
                     f"the act is titled as {_ENGLISH_TITLES[title_word]} but its enacting word is "
                     f"« {word.upper().rstrip(' :')} »"),
        help=Text(f"écrire « {expected} », ou corriger le titre",
                  f"write « {expected} », or correct the title"),
    )  # fmt: skip
