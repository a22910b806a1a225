"""The pack's reference data (VAT rates, procurement thresholds), read from ``data/``."""

from __future__ import annotations

import datetime as dt
import tomllib
from dataclasses import dataclass
from decimal import Decimal
from functools import cache
from importlib import resources
from typing import Any

DEFAULT_TERRITORY = "metropole"
# The French VAT territories (CGI, art. 294 to 297), as the rows of data/vat_rates.toml.
TERRITORIES = ("metropole", "corse", "guadeloupe", "martinique", "reunion", "guyane", "mayotte")


@cache
def _load(name: str) -> dict[str, Any]:
    text = resources.files("actlint_rules").joinpath("data", name).read_text("utf-8")
    return tomllib.loads(text)


def territories() -> tuple[str, ...]:
    return tuple(_load("vat_rates.toml"))


def vat_rates(territory: str) -> tuple[tuple[Decimal, ...], str]:
    """The VAT rates of a territory, and where they come from."""
    row = _load("vat_rates.toml")[territory]
    return tuple(Decimal(str(rate)) for rate in row["rates"]), row["source"]


@dataclass(frozen=True)
class Threshold:
    nature: str  # "works", "supplies-services" or "all"
    limit: Decimal
    source: str


def thresholds(kind: str, on: dt.date) -> tuple[Threshold, ...]:
    """The ``kind`` ("dispense" or "european") thresholds in force on a date."""
    return tuple(
        Threshold(row["nature"], Decimal(row["limit"]), row["source"])
        for row in _load("procurement_thresholds.toml")[kind]
        if row["from"] <= on and ("until" not in row or on <= row["until"])
    )


@dataclass(frozen=True)
class Renewal:
    """A general renewal of municipal councils."""

    year: int
    first_round: dt.date
    installed_by: dt.date
    source: str


def verified_renewals() -> tuple[Renewal, ...]:
    """The renewals whose dates are checked against an official source ("V")."""
    return tuple(
        Renewal(row["year"], row["first_round"], row["installed_by"], row["source"])
        for row in _load("municipal_elections.toml")["renewal"]
        if row["confidence"] == "V"
    )


def nomenclature() -> tuple[dict[str, str], str]:
    """The national @CTES matters (codes « 9 » and « 9.1 » → names), and their source."""
    table = _load("actes_nomenclature.toml")
    return dict(table["matters"]), str(table["source"])
