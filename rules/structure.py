"""STR: what the parser sees directly — kind, enacting word, article numbering, signature."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from actlint.engine.rule import Finding, Severity, rule
from actlint.parse.act import Act, Span
from actlint.text import Text

from .profiles import FORMULA, requires


def _first_line(act: Act) -> Span:
    end = act.text.find("\n")
    return Span(0, end if end >= 0 else len(act.text))


@rule(
    code="STR001", name="unknown-kind", severity=Severity.WARNING,
    summary=Text("Type d'acte non reconnu", "Unrecognised kind of act"),
    basis="CGCT, art. L. 2131-1 et L. 2131-2 (actes soumis à l'obligation de transmission)",
)  # fmt: skip
def unknown_kind(act: Act, options: Mapping[str, Any]) -> Iterable[Finding]:
    """The preface does not say what the act is: décision, arrêté or délibération.

    Why: the kind decides which rules apply (an arrêté needs « ARRÊTE », a décision
    taken by delegation must cite the délibération of delegation) and how the act is
    transmitted to the préfecture. An act whose heading names no kind is either not
    an act or lost its heading; the other checks cannot be trusted on it.

    Failing example::

        Note de service
        Les bureaux seront fermés le 2 mai 2026.

    Passing example::

        ARRÊTÉ n° 2026-12
        Le Maire de la commune de Lens,
        ARRÊTE
        Article 1 : La rue est fermée.
    """
    if act.kind == "unknown":
        yield Finding(
            span=_first_line(act),
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


@rule(
    code="STR002", name="missing-formula", severity=Severity.WARNING,
    summary=Text("Mot du dispositif absent (DÉCIDE, ARRÊTE)",
                 "Enacting word missing (DÉCIDE, ARRÊTE)"),
    basis="Guide de légistique (SGG, Conseil d'État), 3.1 : visas, motifs, puis dispositif "
          "introduit par le verbe d'action",
)  # fmt: skip
def missing_formula(act: Act, options: Mapping[str, Any]) -> Iterable[Finding]:
    """A décision or an arrêté has articles but no enacting word before them.

    Why: the dispositif of an arrêté is introduced by « ARRÊTE », that of a décision
    by « DÉCIDE »; the word separates the reasons (visas, considérants) from what the
    act decides. Délibérations are not checked: their enacting wording varies
    (« Délibère : », « décide : », « PREND ACTE »).

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
    if not requires(act, "formula") or act.formula is not None or not act.articles:
        return
    word = FORMULA[act.kind]
    first = act.articles[0]
    yield Finding(
        span=first.heading,
        message=Text(f"le dispositif n'est pas introduit par « {word} » avant le premier article",
                     f"the enacting word « {word} » is missing before the first article"),
        help=Text(f"ajouter une ligne « {word} » entre les considérants et le premier article",
                  f"add a line « {word} » between the recitals and the first article"),
    )  # fmt: skip


@rule(
    code="STR003", name="article-numbering", severity=Severity.WARNING,
    summary=Text("Numérotation des articles discontinue ou répétée",
                 "Article numbering skips or repeats"),
    basis="Guide de légistique (SGG, Conseil d'État), 3.3 : articles numérotés de façon continue",
)  # fmt: skip
def article_numbering(act: Act, options: Mapping[str, Any]) -> Iterable[Finding]:
    """Articles are numbered 1, 2, 3… with no gap, no repeat and no step back.

    Why: a missing « article 2 » (a deleted article whose number was not closed up)
    or two « article 3 » make cross-references ambiguous and suggest a lost
    provision. « Article 1er », « Article premier » and « Art. 1 » all count as 1.

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
    for article in act.articles:
        number = article.number
        if number is None:
            continue
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
    basis="CRPA, art. L. 212-1 (signature, prénom, nom et qualité de l'auteur)",
)  # fmt: skip
def signature_block(act: Act, options: Mapping[str, Any]) -> Iterable[Finding]:
    """A décision or an arrêté ends with its place, date and signatory.

    Why: « toute décision prise par une administration comporte la signature de son
    auteur ainsi que la mention, en caractères lisibles, du prénom, du nom et de la
    qualité de celui-ci » (CRPA, art. L. 212-1). Without a date the act cannot be
    dated either. Délibérations are not checked: their published extracts often
    leave the signature out.

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
    if not requires(act, "signature"):
        return
    signature = act.signature
    if act.conclusions is None or signature is None:
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
