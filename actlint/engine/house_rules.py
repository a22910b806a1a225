"""House rules: wording rules that legal staff declare in the configuration, without Python.

Three kinds: a phrase that acts of some kinds must contain (``required``), a phrase that
must not appear (``forbidden``), a wording to replace by another (``preferred``).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from actlint.engine.basis import Basis
from actlint.engine.rule import Finding, Rule, Severity
from actlint.parse.act import Act, Span
from actlint.text import LazyPattern, Text, fold

_FIELDS = {"code", "kind", "phrase", "replacement", "acts", "message", "severity"}
_KINDS = ("required", "forbidden", "preferred")
_ACT_KINDS = ("decision", "arrete", "arrete_prefectoral", "deliberation", "unknown")
_CODE = LazyPattern(r"^[A-Z]{2,4}\d{3}$")

_KINDS_FR = {"forbidden": "expression interdite", "required": "expression obligatoire",
             "preferred": "expression à remplacer"}  # fmt: skip
_HOUSE = Basis(
    kind="house",
    reason=Text(
        "déclarée dans la configuration du projet", "declared in the project's configuration"
    ),
    sources=(),
)


def validate_house_rule(entry: Mapping[str, Any]) -> Text | None:
    """What is wrong with a house rule entry, or None."""
    unknown = set(entry) - _FIELDS
    if unknown:
        listed = ", ".join(sorted(unknown))
        return Text(f"champ inconnu dans une règle maison : {listed}",
                    f"unknown field in a house rule: {listed}")  # fmt: skip
    if not isinstance(entry.get("code"), str) or not _CODE.match(entry["code"]):
        return Text("chaque règle maison a un « code » de la forme ABC123",
                    "each house rule has a « code » shaped ABC123")  # fmt: skip
    if entry.get("kind") not in _KINDS:
        return Text(f"« kind » vaut {', '.join(_KINDS)}", f"« kind » is {', '.join(_KINDS)}")
    if not isinstance(entry.get("phrase"), str) or not entry["phrase"].strip():
        return Text("chaque règle maison a une « phrase »", "each house rule has a « phrase »")
    if entry["kind"] == "preferred" and not isinstance(entry.get("replacement"), str):
        return Text("une règle « preferred » a un « replacement »",
                    "a « preferred » rule has a « replacement »")  # fmt: skip
    if entry.get("severity", "warning") not in ("error", "warning", "info"):
        return Text("« severity » vaut error, warning ou info",
                    "« severity » is error, warning or info")  # fmt: skip
    if "message" in entry and not (isinstance(entry["message"], str) and entry["message"].strip()):
        return Text("« message » est un texte", "« message » is a text")
    acts = entry.get("acts", list(_ACT_KINDS))
    if not isinstance(acts, list) or not acts or any(a not in _ACT_KINDS for a in acts):
        listed = ", ".join(_ACT_KINDS)
        return Text(f"« acts » est une liste non vide parmi {listed}",
                    f"« acts » is a non-empty list among {listed}")  # fmt: skip
    return None


def house_rule(entry: Mapping[str, Any]) -> Rule:
    """The rule a validated configuration entry declares."""
    kind, phrase = entry["kind"], entry["phrase"]
    acts = tuple(entry.get("acts", _ACT_KINDS))
    folded_phrase = fold(" ".join(phrase.split()))
    replacement = entry.get("replacement", "")
    default = {
        "required": Text(f"l'acte ne contient pas « {phrase} »", f"the act lacks « {phrase} »"),
        "forbidden": Text(f"« {phrase} » est proscrit", f"« {phrase} » is not allowed"),
        "preferred": Text(f"écrire « {replacement} » plutôt que « {phrase} »",
                          f"write « {replacement} » rather than « {phrase} »"),
    }[kind]  # fmt: skip
    message = Text(entry["message"], entry["message"]) if entry.get("message") else default

    def check(act: Act, options: Mapping[str, Any]) -> Iterable[Finding]:
        if act.kind not in acts:
            return
        positions = []
        i = act.folded.find(folded_phrase)
        while i >= 0:
            positions.append(i)
            i = act.folded.find(folded_phrase, i + 1)
        if kind == "required":
            if not positions:
                yield Finding(act.first_line, message)
            return
        for start in positions:
            yield Finding(Span(start, start + len(folded_phrase)), message)

    instead = f" → « {replacement} »" if replacement else ""
    kinds = ", ".join(acts)
    check.__doc__ = (
        f"House rule ({kind}): « {phrase} »{instead}, in acts of kind {kinds}.\n\n"
        "Why: declared in the project configuration.\n\n"
        "Severity: set by the project configuration.\n\n"
        f"Contrôle : règle maison ({_KINDS_FR[kind]}) : « {phrase} »{instead}, dans "
        f"les actes de type {kinds}.\n\n"
        "Pourquoi : déclarée dans la configuration du projet.\n\n"
        "Gravité : fixée par la configuration du projet."
    )
    return Rule(
        code=entry["code"], name=f"house-{entry['code'].lower()}",
        severity=Severity[entry.get("severity", "warning").upper()],
        summary=message, basis=_HOUSE, check=check,
        pack="house",
    )  # fmt: skip
