"""A rule's documentation, as ``actlint explain`` prints it."""

from __future__ import annotations

from actlint.engine.rule import Rule
from actlint.text import Lang, Text

_LABELS = {
    "fr": ("Gravité par défaut", "statut", "pack", "Fondement", "Options", "aucune"),
    "en": ("Default severity", "status", "pack", "Basis", "Options", "none"),
}
_SETTING = Text("aussi réglable pour tout le projet : clé « {name} »",
                "also settable for the whole project: key « {name} »")  # fmt: skip
_FORMER = Text("Anciens codes", "Former codes")


def render_options(rule: Rule, lang: Lang) -> list[str]:
    """One line per option: name, default, allowed values, what it does."""
    lines = []
    for option in rule.options:
        allowed = " | ".join(option.choices) if option.choices else option.type
        line = f"  {option.name} = {option.default!r} ({allowed}) : {option.doc.get(lang)}"
        if option.setting:
            line += " ; " + _SETTING.get(lang).format(name=option.name)
        lines.append(line)
    return lines


def render_explanation(rule: Rule, lang: Lang) -> str:
    severity, status, pack, basis, options, none = _LABELS[lang]
    listed = render_options(rule, lang)
    colon = " :" if lang == "fr" else ":"
    option_lines = [f"{options}{colon}", *listed] if listed else [f"{options}{colon} {none}"]
    former = [f"{_FORMER.get(lang)}{colon} {', '.join(rule.former_codes)}"] * bool(
        rule.former_codes
    )
    return "\n".join([
        f"{rule.code} {rule.name}",
        rule.summary.get(lang),
        "",
        f"{severity} : {rule.severity.word(lang)} · {status} : {rule.status} · {pack} : {rule.pack}"
        if lang == "fr" else
        f"{severity}: {rule.severity.word(lang)} · {status}: {rule.status} · {pack}: {rule.pack}",
        f"{basis} : {rule.basis or '—'}" if lang == "fr" else f"{basis}: {rule.basis or '—'}",
        *option_lines,
        *former,
        "",
        rule.docs,
    ])  # fmt: skip
