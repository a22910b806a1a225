"""The page's words, in French and English; French unless the page asks for English."""

from __future__ import annotations

from actlint import text
from actlint.text import Lang, Text

WORDS: dict[str, Text] = {
    "title": Text("actlint — relecture des actes", "actlint — proofreading acts"),
    "tagline": Text(
        "Déposez une décision, un arrêté ou une délibération : actlint dit ce qui ne va pas, "
        "où, et pourquoi.",
        "Drop a décision, an arrêté or a délibération: actlint says what is wrong, where, and why.",
    ),
    "skip": Text("Aller aux constats", "Skip to the findings"),
    "switch": Text("English", "Français"),
    "switch_label": Text("Read this page in English", "Lire cette page en français"),
    "file_label": Text(
        "Fichier de l'acte (texte, Markdown, DOCX, ODT ou PDF)",
        "The act's file (text, Markdown, DOCX, ODT or PDF)",
    ),
    "drop": Text("Déposez le fichier ici, ou choisissez-le :", "Drop the file here, or choose it:"),
    "or_paste": Text("… ou collez le texte de l'acte :", "… or paste the act's text:"),
    "submit": Text("Relire l'acte", "Check the act"),
    "working": Text("Lecture en cours…", "Reading…"),
    "privacy": Text(
        "L'acte est lu en mémoire sur cette machine : il n'est ni enregistré ni transmis.",
        "The act is read in memory on this machine: it is neither stored nor sent anywhere.",
    ),
    "config_used": Text("Configuration appliquée", "Configuration used"),
    "config_none": Text(
        "aucun fichier de configuration : règles et gravités par défaut",
        "no configuration file: default rules and severities",
    ),
    "summary": Text("Ce qu'actlint a lu", "What actlint read"),
    "file": Text("Fichier", "File"),
    "read_as": Text("Lu comme", "Read as"),
    "read_as_text": Text("texte", "text"),
    "kind": Text("Nature de l'acte", "Kind of act"),
    "number": Text("Numéro", "Number"),
    "subject": Text("Objet", "Subject"),
    "authority": Text("Autorité", "Authority"),
    "signed_on": Text("Date de signature", "Signature date"),
    "signatory": Text("Signataire", "Signatory"),
    "amounts": Text("Montants", "Amounts"),
    "chain": Text("Chaîne de délégation", "Delegation chain"),
    "chain_none": Text("aucun acte de délégation cité", "no act of delegation cited"),
    "unknown": Text("non trouvé", "not found"),
    "findings": Text("Constats", "Findings"),
    "no_findings": Text("Aucun constat : rien à signaler.", "No finding: nothing to report."),
    "counts": Text(
        "{error} erreur(s), {warning} avertissement(s), {info} info",
        "{error} error(s), {warning} warning(s), {info} info",
    ),
    "filters": Text("Filtrer les constats", "Filter the findings"),
    "by_severity": Text("Gravité", "Severity"),
    "by_family": Text("Famille", "Family"),
    "shown": Text("constat(s) affiché(s)", "finding(s) shown"),
    "goto": Text("Voir dans l'acte", "Show in the act"),
    "explain": Text("Explication de la règle", "The rule's explanation"),
    "help": Text("aide", "help"),
    "act_text": Text("L'acte tel qu'il a été lu", "The act as read"),
    "act_text_hint": Text(
        "Chaque constat est surligné à sa place ; survolez-le ou atteignez-le au clavier "
        "(Tab) pour lire le message.",
        "Each finding is highlighted where it is; hover it or reach it with the keyboard "
        "(Tab) to read the message.",
    ),
    "downloads": Text("Télécharger", "Download"),
    "report_html": Text("Rapport imprimable (HTML)", "Printable report (HTML)"),
    "report_json": Text("Constats en JSON", "Findings as JSON"),
    "report_sarif": Text("Constats en SARIF", "Findings as SARIF"),
    "another": Text("Relire un autre acte", "Check another act"),
    "unreadable": Text("Le fichier n'a pas pu être lu", "The file could not be read"),
    "too_large": Text(
        "Le fichier dépasse la taille admise ({limit} Mo) : il n'a pas été lu.",
        "The file is larger than allowed ({limit} MB): it was not read.",
    ),
    "empty": Text(
        "Aucun acte reçu : choisissez un fichier ou collez un texte.",
        "No act received: choose a file or paste a text.",
    ),
    "not_a_form": Text(
        "La demande n'a pas pu être lue : renvoyez le formulaire.",
        "The request could not be read: send the form again.",
    ),
    "stuck": Text(
        "La lecture de l'acte a dépassé le temps admis ({seconds} s) : elle a été arrêtée.",
        "Reading the act took longer than allowed ({seconds} s): it was stopped.",
    ),
    "crashed": Text(
        "La lecture de l'acte a échoué : le fichier est peut-être endommagé.",
        "Reading the act failed: the file may be damaged.",
    ),
    "expired": Text(
        "Ce résultat n'est plus en mémoire : déposez l'acte à nouveau.",
        "This result is no longer in memory: drop the act again.",
    ),
    "unknown_rule": Text("Règle inconnue : {code}", "Unknown rule: {code}"),
    "back": Text("Retour", "Back"),
    "version": Text("actlint version {version}", "actlint version {version}"),
    "report_title": Text("Rapport de relecture", "Proofreading report"),
    "report_date": Text("Date du rapport", "Date of the report"),
    "where": Text("Emplacement", "Place"),
    "quote": Text("Texte visé", "Text concerned"),
    "basis": Text("Fondement", "Basis"),
    "sources": Text("Sources", "Sources"),
    "line": Text("ligne {line}, colonne {column}", "line {line}, column {column}"),
    "whole_file": Text("le fichier entier", "the whole file"),
}

KINDS: dict[str, Text] = {
    "decision": Text("décision", "décision (decision)"),
    "arrete": Text("arrêté", "arrêté (order)"),
    "arrete_prefectoral": Text("arrêté préfectoral", "arrêté préfectoral (prefect's order)"),
    "deliberation": Text("délibération", "délibération (council resolution)"),
    "unknown": Text("non reconnue", "not recognised"),
}

FORMATS: dict[str, str] = {"pdf": "PDF", "docx": "DOCX (Word)", "odt": "ODT (LibreOffice)"}


def word(key: str, lang: Lang, **values: object) -> str:
    """The page's word ``key`` in ``lang``, its ``{placeholders}`` filled."""
    said = WORDS[key].get(lang)
    return said.format(**values) if values else said


def long_date(iso: str | None, lang: Lang) -> str | None:
    """« 2026-05-11 » → « 11 mai 2026 » (« 1er » for the first) or « 11 May 2026 »."""
    if not iso:
        return None
    import datetime as dt

    return text.long_date(dt.date.fromisoformat(iso), lang)


def amount(value: str, lang: Lang) -> str:
    """« 2767.72 » → « 2 767,72 » in French, « 2,767.72 » in English."""
    whole, _, cents = value.partition(".")
    sign = "-" if whole.startswith("-") else ""
    whole = whole.lstrip("-")
    groups: list[str] = []
    while len(whole) > 3:
        whole, groups = whole[:-3], [whole[-3:], *groups]
    digits = [whole, *groups]
    if lang == "fr":
        return sign + "\u202f".join(digits) + (f",{cents}" if cents else "")
    return sign + ",".join(digits) + (f".{cents}" if cents else "")
