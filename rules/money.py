"""How French acts write sums of money: « 3 321,26 € »."""

from __future__ import annotations

from decimal import Decimal


def euros(value: Decimal) -> str:
    """« 3 321,26 € »: spaces between thousands, decimal comma, two decimals."""
    whole, cents = f"{value:.2f}".split(".")
    sign = "-" if whole.startswith("-") else ""
    digits = whole.lstrip("-")
    groups = []
    while digits:
        groups.append(digits[-3:])
        digits = digits[:-3]
    return f"{sign}{' '.join(reversed(groups))},{cents} €"


def factor(rate: Decimal) -> str:
    """« 1,20 » for a 20 % rate; « 1,055 » for 5,5 %."""
    text = f"{Decimal(1) + rate / 100:f}".rstrip("0")
    if len(text.split(".")[1]) < 2:
        text = f"{Decimal(1) + rate / 100:.2f}"
    return text.replace(".", ",")


def percent(rate: Decimal) -> str:
    """« 20 % », « 5,5 % »."""
    return f"{rate.normalize():f}".replace(".", ",") + " %"
