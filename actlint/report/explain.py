"""A rule's documentation, as ``actlint explain`` prints it."""

from __future__ import annotations

import re

from actlint.engine.rule import SEVERITY_POLICY, Rule, status_word
from actlint.engine.rule_docs import body, examples
from actlint.text import Lang, Text

_LABELS = {
    "fr": ("Gravité par défaut", "statut", "pack", "Options", "aucune"),
    "en": ("Default severity", "status", "pack", "Options", "none"),
}
_SETTING = Text("aussi réglable pour tout le projet : clé « {name} »",
                "also settable for the whole project: key « {name} »")  # fmt: skip
_FORMER = Text("Anciens codes", "Former codes")
_POLICY = Text("Politique de gravité", "Severity policy")
_EXAMPLES = {
    "fr": {"failing": "Exemple signalé", "passing": "Exemple conforme"},
    "en": {"failing": "Failing example", "passing": "Passing example"},
}


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


def _basis(rule: Rule, lang: Lang, colon: str) -> list[str]:
    """The basis's kind and reason, then each source with where to open it."""
    basis = rule.basis
    if basis is None:
        return [f"Sources{colon} {_LABELS[lang][-1]}"]
    label = basis.label(lang)
    return [
        f"{label[0].upper()}{label[1:]}{colon} {basis.reason.get(lang)}",
        *(
            f"  - {s.cite}" + (f" ({s.locator})" if s.locator not in s.cite else "")
            for s in basis.sources
            if basis.kind != "fact"
        ),
    ]


def _examples(rule: Rule, lang: Lang, colon: str) -> list[str]:
    lines = []
    for kind, texts in examples(rule).items():
        for text in texts:
            lines += ["", f"{_EXAMPLES[lang][kind]}{colon}", ""]
            lines += [f"    {line}" if line else "" for line in text.rstrip("\n").split("\n")]
    return lines


def render_explanation(rule: Rule, lang: Lang) -> str:
    severity, status, pack, options, none = _LABELS[lang]
    colon = " :" if lang == "fr" else ":"
    listed = render_options(rule, lang)
    option_lines = [f"{options}{colon}", *listed] if listed else [f"{options}{colon} {none}"]
    former = [f"{_FORMER.get(lang)}{colon} {', '.join(rule.former_codes)}"] * bool(
        rule.former_codes
    )
    word = rule.severity.word(lang)
    return "\n".join([
        f"{rule.code} {rule.name}",
        rule.summary.get(lang),
        "",
        f"{severity}{colon} {word} · {status}{colon} {status_word(rule.status, lang)} · {pack}{colon} {rule.pack}",
        # the policy is that of findings on acts; input rules judge the file, not the act
        *[f"{_POLICY.get(lang)}{colon} {word} = {SEVERITY_POLICY[rule.severity].get(lang)}"]
        * (rule.basis is not None),
        *_basis(rule, lang, colon),
        *option_lines,
        *former,
        "",
        re.sub(r"\n{3,}", "\n\n", body(rule, lang)),
        *_examples(rule, lang, colon),
    ])  # fmt: skip
