"""Which kinds of act a rule applies to, and how each kind names itself."""

from __future__ import annotations

from actlint.act import Kind

# Acts of a single authority, with an enacting word, an execution article and a signature.
ENACTMENTS: frozenset[Kind] = frozenset({"decision", "arrete", "arrete_prefectoral"})

FORMULA: dict[Kind, str] = {
    "decision": "DÉCIDE",
    "arrete": "ARRÊTE",
    "arrete_prefectoral": "ARRÊTE",
}
# « chargé de l'exécution … »
OF_SELF: dict[Kind, str] = {
    "decision": "de la présente décision",
    "arrete": "du présent arrêté",
    "arrete_prefectoral": "du présent arrêté",
    "deliberation": "de la présente délibération",
}
