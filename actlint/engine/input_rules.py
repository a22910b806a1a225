"""Diagnostics about the input itself, raised by the engine rather than by a rule pack."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from actlint.engine.rule import Finding, Rule, Severity, rule
from actlint.parse.act import Act
from actlint.read.source import Problem
from actlint.text import Text


@rule(
    code="IO001", name="legacy-encoding", severity=Severity.WARNING, basis=None,
    summary=Text("Fichier non encodé en UTF-8 (lu en Windows-1252)",
                 "File not encoded in UTF-8 (read as Windows-1252)"),
)  # fmt: skip
def legacy_encoding(act: Act, options: Mapping[str, Any]) -> Iterable[Finding]:
    """The file is not valid UTF-8 and was read as Windows-1252 (cp1252).

    Why: a matter of the file, not of the act: no legal text is involved. Exports from
    municipal software are often in cp1252. actlint reads them, but a character that cp1252
    maps differently from what the author meant cannot be detected; saving the act in UTF-8
    removes the doubt.

    Severity: a warning: the act was read and checked, but on a text that may differ in a few
    characters from what its author wrote, so a finding may be missed or wrong.

    Contrôle : le fichier n'est pas en UTF-8 valide ; il a été lu en Windows-1252 (cp1252).

    Pourquoi : la question tient au fichier, non à l'acte : aucun texte juridique n'est en
    cause. Les exports des logiciels municipaux sont souvent en cp1252. actlint les lit, mais
    un caractère que cp1252 code autrement que ne l'entendait l'auteur ne peut être détecté ;
    enregistrer l'acte en UTF-8 lève le doute.

    Gravité : avertissement : l'acte a été lu et contrôlé, mais sur un texte qui peut différer
    de quelques caractères de ce qu'a écrit son auteur ; une anomalie peut donc échapper au
    contrôle ou être signalée à tort.
    """
    return ()


@rule(
    code="IO002", name="not-text", severity=Severity.ERROR, basis=None,
    summary=Text("Le fichier n'est pas un texte", "The file is not text"),
)  # fmt: skip
def not_text(act: Act, options: Mapping[str, Any]) -> Iterable[Finding]:
    """The file holds binary data (NUL bytes), so it is not an act in text form.

    Why: a matter of the file, not of the act: no legal text is involved. Nothing can be
    checked in it; a binary file passed by mistake should be reported, not ignored.

    Severity: an error: no check ran on the file, and a clean result would be false.

    Contrôle : le fichier contient des données binaires (octets NUL) : ce n'est pas un acte
    sous forme de texte.

    Pourquoi : la question tient au fichier, non à l'acte : aucun texte juridique n'est en
    cause. Rien ne peut y être contrôlé ; un fichier binaire transmis par erreur doit être
    signalé, non ignoré.

    Gravité : erreur : aucun contrôle n'a porté sur le fichier, et un résultat sans anomalie
    serait faux.
    """
    return ()


@rule(
    code="IO003", name="internal-error", severity=Severity.ERROR, basis=None,
    summary=Text("Une règle a échoué sur ce fichier", "A rule failed on this file"),
)  # fmt: skip
def internal_error(act: Act, options: Mapping[str, Any]) -> Iterable[Finding]:
    """A rule raised an exception on this file, and its findings are missing; or reading the
    act itself failed, and no rule ran on it. The message names the rule and the error.

    Why: a matter of actlint, not of the act: no legal text is involved. A crash must not
    hide the other rules' findings nor stop the run; it is reported so that the missing
    check is not taken for a clean result.

    Severity: an error: at least one check did not run on the file, and a clean result would
    be false.

    Contrôle : une règle a levé une exception sur ce fichier, et ses constats manquent ; ou
    la lecture de l'acte lui-même a échoué, et aucune règle ne s'y est appliquée. Le message
    nomme la règle et l'erreur.

    Pourquoi : la question tient à actlint, non à l'acte : aucun texte juridique n'est en
    cause. Une défaillance ne doit ni masquer les constats des autres règles ni interrompre
    l'analyse ; elle est signalée pour que le contrôle manquant ne soit pas pris pour un
    résultat sans anomalie.

    Gravité : erreur : au moins un contrôle n'a pas porté sur le fichier, et un résultat sans
    anomalie serait faux.
    """
    return ()


@rule(
    code="IO004", name="time-budget", severity=Severity.ERROR, basis=None,
    summary=Text("Analyse interrompue : temps dépassé", "Linting stopped: time budget exceeded"),
)  # fmt: skip
def time_budget(act: Act, options: Mapping[str, Any]) -> Iterable[Finding]:
    """Linting the file took longer than the configured time budget (``time-budget``,
    in seconds) and was stopped; none of its findings are reported.

    Why: a matter of actlint, not of the act: no legal text is involved. A runaway file must
    not leave a CI job or a pre-commit hook stuck; it is reported so that the missing checks
    are not taken for a clean result.

    Severity: an error: no finding on the file is reported, and a clean result would be
    false.

    Contrôle : l'analyse du fichier a dépassé le temps alloué (``time-budget``, en secondes)
    et a été interrompue ; aucun de ses constats n'est rapporté.

    Pourquoi : la question tient à actlint, non à l'acte : aucun texte juridique n'est en
    cause. Un fichier dont l'analyse s'emballe ne doit pas bloquer une chaîne d'intégration
    continue ni un hook pre-commit ; il est signalé pour que les contrôles manquants ne
    soient pas pris pour un résultat sans anomalie.

    Gravité : erreur : aucun constat n'est rapporté sur le fichier, et un résultat sans
    anomalie serait faux.
    """
    return ()


@rule(
    code="IO005", name="unreadable-document", severity=Severity.ERROR, basis=None,
    summary=Text("Document illisible", "Unreadable document"),
)  # fmt: skip
def unreadable_document(act: Act, options: Mapping[str, Any]) -> Iterable[Finding]:
    """A DOCX, ODT or PDF file could not be read: damaged or truncated, protected by a
    password, or beyond the reading limits (size, number of parts or pages, XML entity
    declarations). The message says which.

    Why: a matter of the file, not of the act: no legal text is involved. Nothing in it can
    be checked, and a file that fails to open for actlint may fail to open for the
    préfecture too; it is reported, never taken for a clean act. Documents are containers of
    compressed parts: the limits keep a hostile file from exhausting memory or time.

    Severity: an error: no check ran on the file, and a clean result would be false.

    Contrôle : un fichier DOCX, ODT ou PDF n'a pu être lu : endommagé ou tronqué, protégé
    par un mot de passe, ou au-delà des limites de lecture (taille, nombre de parties ou de
    pages, déclarations d'entités XML). Le message précise laquelle.

    Pourquoi : la question tient au fichier, non à l'acte : aucun texte juridique n'est en
    cause. Rien n'y peut être contrôlé, et un fichier qu'actlint ne parvient pas à ouvrir
    peut tout aussi bien ne pas s'ouvrir à la préfecture ; il est signalé, jamais pris pour
    un acte sans anomalie. Ces documents sont des conteneurs de parties compressées : les
    limites empêchent un fichier malveillant d'épuiser la mémoire ou le temps.

    Gravité : erreur : aucun contrôle n'a porté sur le fichier, et un résultat sans anomalie
    serait faux.
    """
    return ()


@rule(
    code="IO006", name="no-text-layer", severity=Severity.ERROR, basis=None,
    summary=Text("PDF sans couche texte (numérisation)", "PDF with no text layer (a scan)"),
)  # fmt: skip
def no_text_layer(act: Act, options: Mapping[str, Any]) -> Iterable[Finding]:
    """The PDF holds only images of its pages: a scan, with no text to read.

    Why: a matter of the file, not of the act: no legal text is involved. An empty result
    would look like a clean act. Passing the file through text recognition (OCR), which
    most scanning and PDF software offers as « rendre le texte interrogeable » or
    « reconnaissance de texte », adds the text layer; lint the result.

    Severity: an error: no check ran on the file, and a clean result would be false.

    Contrôle : le PDF ne contient que des images de ses pages : une numérisation, sans texte
    à lire.

    Pourquoi : la question tient au fichier, non à l'acte : aucun texte juridique n'est en
    cause. Un résultat vide ressemblerait à celui d'un acte sans anomalie. La reconnaissance
    de caractères (OCR), que proposent la plupart des logiciels de numérisation et de PDF
    sous les noms « rendre le texte interrogeable » ou « reconnaissance de texte », ajoute la
    couche texte ; contrôler ensuite le fichier obtenu.

    Gravité : erreur : aucun contrôle n'a porté sur le fichier, et un résultat sans anomalie
    serait faux.
    """
    return ()


@rule(
    code="IO007", name="utf16-encoding", severity=Severity.INFO, basis=None,
    summary=Text("Fichier encodé en UTF-16 (lu comme tel)", "File encoded in UTF-16 (read as such)"),
)  # fmt: skip
def utf16_encoding(act: Act, options: Mapping[str, Any]) -> Iterable[Finding]:
    """The file is in UTF-16, as Windows Notepad saves « Unicode » text.

    Why: a matter of the file, not of the act: no legal text is involved. actlint reads it,
    but many tools (version control diffs, the préfecture's platforms, other linters) expect
    UTF-8; saving the act in UTF-8 avoids surprises.

    Severity: info: the file was read exactly and every check ran; only other tools may
    stumble on it.

    Contrôle : le fichier est encodé en UTF-16, comme le Bloc-notes de Windows enregistre le
    texte « Unicode ».

    Pourquoi : la question tient au fichier, non à l'acte : aucun texte juridique n'est en
    cause. actlint le lit, mais bien des outils (comparaisons de versions, plateformes de la
    préfecture, autres outils de contrôle) attendent de l'UTF-8 ; enregistrer l'acte en UTF-8
    évite les surprises.

    Gravité : information : le fichier a été lu exactement et tous les contrôles se sont
    appliqués ; seuls d'autres outils risquent d'achopper sur lui.
    """
    return ()


NO_TEXT_HELP = Text(
    "ajoutez une couche texte par reconnaissance de caractères (OCR) puis relancez actlint",
    "add a text layer with optical character recognition (OCR), then run actlint again",
)

INPUT_RULES: tuple[Rule, ...] = (
    legacy_encoding,
    not_text,
    internal_error,
    time_budget,
    unreadable_document,
    no_text_layer,
    utf16_encoding,
)


def problem_finding(problem: Problem) -> tuple[Rule, Text, Text | None]:
    """The input rule, message and help that report a file that gave no text."""
    found = next(r for r in INPUT_RULES if r.code == problem.code)
    detail = problem.detail
    message = (
        found.summary
        if detail is None
        else Text(f"{found.summary.fr} : {detail.fr}", f"{found.summary.en}: {detail.en}")
    )
    return found, message, NO_TEXT_HELP if found is no_text_layer else None
