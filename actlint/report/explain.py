"""A rule's documentation, as ``actlint explain`` prints it."""

from __future__ import annotations

from actlint.engine.rule import Rule
from actlint.text import Lang

_LABELS = {
    "fr": ("Gravité par défaut", "statut", "pack", "Fondement", "Options", "aucune"),
    "en": ("Default severity", "status", "pack", "Basis", "Options", "none"),
}


def render_explanation(rule: Rule, lang: Lang) -> str:
    severity, status, pack, basis, options, none = _LABELS[lang]
    option_text = ", ".join(f"{k} = {v}" for k, v in rule.options.items()) or none
    return "\n".join([
        f"{rule.code} {rule.name}",
        rule.summary.get(lang),
        "",
        f"{severity} : {rule.severity.word(lang)} · {status} : {rule.status} · {pack} : {rule.pack}"
        if lang == "fr" else
        f"{severity}: {rule.severity.word(lang)} · {status}: {rule.status} · {pack}: {rule.pack}",
        f"{basis} : {rule.basis or '—'}" if lang == "fr" else f"{basis}: {rule.basis or '—'}",
        f"{options} : {option_text}" if lang == "fr" else f"{options}: {option_text}",
        "",
        rule.docs,
    ])  # fmt: skip
