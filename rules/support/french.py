"""How French acts write sums, rates, dates and the acts they cite, for messages."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from actlint.api import long_date

WEEKDAY_NAMES = ("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche")
# The enacting word each kind of act is introduced by.
FORMULA: dict[str, str] = {
    "decision": "DÉCIDE",
    "arrete": "ARRÊTE",
    "arrete_prefectoral": "ARRÊTE",
}
# « chargé de l'exécution … »
OF_SELF: dict[str, str] = {
    "decision": "de la présente décision",
    "arrete": "du présent arrêté",
    "arrete_prefectoral": "du présent arrêté",
    "deliberation": "de la présente délibération",
}

ACT_NAMES = {
    "deliberation": "la délibération", "arrete": "l'arrêté",
    "arrete_prefectoral": "l'arrêté préfectoral", "decision": "la décision",
    "decret": "le décret", "loi": "la loi", "ordonnance": "l'ordonnance",
    "circulaire": "la circulaire", "convention": "la convention", "avis": "l'avis",
    "contrat": "le contrat",
}  # fmt: skip
_FEMININE = {"deliberation", "decision", "loi", "ordonnance", "circulaire", "convention"}
ACT_NAMES_EN = {
    "deliberation": "the délibération", "arrete": "the arrêté",
    "arrete_prefectoral": "the préfectoral arrêté", "decision": "the décision",
    "decret": "the décret", "loi": "the loi", "ordonnance": "the ordonnance",
    "circulaire": "the circulaire", "convention": "the convention", "avis": "the avis",
    "contrat": "the contrat",
}  # fmt: skip


def agreeing(kind: str, participle: str) -> str:
    """« visé » → « visée » when the act's name is feminine (« la délibération visée »)."""
    return participle + ("e" if kind in _FEMININE else "")


def euros(value: Decimal) -> str:
    """« 3 321,26 € »: spaces between thousands, decimal comma, two decimals."""
    return f"{value:,.2f}".translate(_FRENCH_FIGURES) + " €"


_FRENCH_FIGURES = str.maketrans(",.", " ,")


def factor(rate: Decimal) -> str:
    """« 1,20 » for a 20 % rate; « 1,055 » for 5,5 %."""
    text = f"{Decimal(1) + rate / 100:f}".rstrip("0")
    if len(text.split(".")[1]) < 2:
        text = f"{Decimal(1) + rate / 100:.2f}"
    return text.replace(".", ",")


def percent(rate: Decimal) -> str:
    """« 20 % », « 5,5 % »."""
    return f"{rate.normalize():f}".replace(".", ",") + " %"


def french_date(date: dt.date) -> str:
    """« 1er janvier 2026 », « 11 mai 2026 »."""
    return long_date(date)
