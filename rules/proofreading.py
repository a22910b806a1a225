"""STR005–STR007: what a tired proofreader misses — placeholders, unbalanced signs, a
title that contradicts the enacting word."""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from typing import Any

from actlint.engine.rule import Finding, Severity, rule
from actlint.parse.act import Act, Span
from actlint.text import Text

_PLACEHOLDER = re.compile(
    r"(?<![\w])X{3,}(?![\w])|(?i:\[(?:date|nom|prénom|montant|numéro|n°|adresse|objet|x+|"
    r"à compléter)\])|…{2,}|…\.+|\.{4,}|(?i:à compléter)|(?i:xx/xx/xx(?:xx)?)"
)
_PLACEHOLDER_HINTS = ("xxx", "[", "…", "....", "a completer", "xx/")
_PAIRS = (("«", "»"), ("(", ")"), ("[", "]"), ("“", "”"))
# « a) », « 2) », « iv) »: list markers close a parenthesis that was never opened.
_LIST_MARKER = re.compile(r"(?<![\w(])[a-z0-9ivx]{1,3}\)")


@rule(
    code="STR005", name="placeholder", severity=Severity.ERROR,
    summary=Text("Texte à compléter laissé dans l'acte", "Placeholder left in the act"),
    basis="Un acte doit être complet avant signature : CRPA, art. L. 212-1 (signature), "
          "L. 221-2 (entrée en vigueur) ; une mention laissée en blanc n'a aucun contenu",
)  # fmt: skip
def placeholder(act: Act, options: Mapping[str, Any]) -> Iterable[Finding]:
    """A placeholder of the template is still in the text: « XXX », « [date] »,
    « [nom] », « le ….. », « …… », « à compléter ».

    Why: published acts have been found with « Certifié exécutoire … le ….. » left blank:
    the mention then proves nothing. An error, because it must be fixed before signing.

    Failing example::

        ARRÊTÉ n° 2026-8
        ARRÊTE
        Article 1 : La buvette est autorisée le [date].

    Passing example::

        ARRÊTÉ n° 2026-8
        ARRÊTE
        Article 1 : La buvette est autorisée le 12 juin 2026.
    """
    if not any(sign in act.folded for sign in _PLACEHOLDER_HINTS):
        return  # the pattern is slow to scan; most acts hold none of these signs
    for m in _PLACEHOLDER.finditer(act.text):
        yield Finding(
            span=Span(m.start(), m.end()),
            message=Text(f"texte à compléter laissé dans l'acte : « {m.group()} »",
                         f"placeholder left in the act: « {m.group()} »"),
            help=Text("remplacer par la valeur définitive avant signature",
                      "replace it with the final value before signing"),
        )  # fmt: skip


@rule(
    code="STR006", name="unbalanced-signs", severity=Severity.WARNING,
    summary=Text("Guillemets ou parenthèses non refermés", "Unbalanced quotes or parentheses"),
    basis="Lexique des règles typographiques en usage à l'Imprimerie nationale : guillemets et "
          "parenthèses vont par paires",
)  # fmt: skip
def unbalanced_signs(act: Act, options: Mapping[str, Any]) -> Iterable[Finding]:
    """In a unit (a visa, a considérant, an article…), an opening « guillemet »,
    parenthesis or bracket is not closed, or a closing one was never opened.

    Why: a quotation that does not end leaves unclear which words are quoted (the text of
    a law, a company's name) and which are the act's own.

    Failing example::

        ARRÊTÉ n° 2026-8
        ARRÊTE
        Article 1 : La fête « Bal des CM2 se tient salle Marion.

    Passing example::

        ARRÊTÉ n° 2026-8
        ARRÊTE
        Article 1 : La fête « Bal des CM2 » se tient salle Marion.
    """
    pairs = [(o, c) for o, c in _PAIRS if o in act.text or c in act.text]
    for unit in act.units if pairs else ():
        for opening, closing in pairs:
            opened, closed = unit.text.count(opening), unit.text.count(closing)
            if closing == ")" and opened != closed:
                closed -= len(_LIST_MARKER.findall(unit.text))
            if opened == closed:
                continue
            sign = opening if opened > closed else closing
            where = unit.text.rfind(opening) if opened > closed else unit.text.find(closing)
            start = unit.span.start + where
            yield Finding(
                span=Span(start, start + 1),
                message=Text(f"« {sign} » sans son pendant « {closing if sign == opening else opening} »"
                             " dans ce paragraphe",
                             f"« {sign} » without its matching « {closing if sign == opening else opening} »"
                             " in this paragraph"),
                help=Text("refermer (ou retirer) le signe", "close (or remove) the sign"),
            )  # fmt: skip


_FORMULA_KIND = {"d": "decision", "a": "arrete"}
_WORDS = {"decision": ("une décision", "DÉCIDE"), "arrete": ("un arrêté", "ARRÊTE"),
          "arrete_prefectoral": ("un arrêté", "ARRÊTE")}  # fmt: skip


@rule(
    code="STR007", name="title-contradicts-formula", severity=Severity.WARNING,
    summary=Text("Titre et mot du dispositif contradictoires",
                 "Title contradicts the enacting word"),
    basis="Guide de légistique (SGG, Conseil d'État) : le dispositif d'un arrêté est introduit par "
          "« ARRÊTE », celui d'une décision par « DÉCIDE »",
)  # fmt: skip
def title_contradicts_formula(act: Act, options: Mapping[str, Any]) -> Iterable[Finding]:
    """The title names one kind of act (« DÉCISION ») and the enacting word another
    (« ARRÊTE »), or the reverse. (An execution article naming another kind, « le
    présent arrêté » in a décision, is reported by EXE002.)

    Why: a décision introduced by « ARRÊTE » (or an arrêté by « DÉCIDE ») is a template
    copied from another kind of act; the reader cannot tell what the act is, and its
    register and transmission may be wrong.

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
    said = _FORMULA_KIND.get(word[:1])
    if said is None or said == act.kind.split("_")[0]:
        return
    title_word, expected = _WORDS[act.kind]
    yield Finding(
        span=act.formula.line_spans[0],
        message=Text(f"l'acte s'intitule {title_word} mais son dispositif est introduit par "
                     f"« {word.upper().rstrip(' :')} »",
                     f"the act is titled as {title_word} but its enacting word is "
                     f"« {word.upper().rstrip(' :')} »"),
        help=Text(f"écrire « {expected} », ou corriger le titre",
                  f"write « {expected} », or correct the title"),
    )  # fmt: skip
