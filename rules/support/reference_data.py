"""The pack's reference data (VAT rates, procurement thresholds, election dates, the
@CTES nomenclature), read from ``data/``. Each file gives its ``source``, the date it was
``checked`` against it and when to ``review`` it; a row may give its own source and date."""

from __future__ import annotations

import datetime as dt
import tomllib
from collections.abc import Callable
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


def data_files() -> tuple[str, ...]:
    """The names of the reference data files."""
    folder = resources.files("actlint_rules").joinpath("data")
    return tuple(sorted(p.name for p in folder.iterdir() if p.name.endswith(".toml")))


# Where the rows of each data file are.
_ROWS: dict[str, Callable[[dict[str, Any]], list[dict[str, Any]]]] = {
    "vat_rates.toml": lambda table: list(table["territory"].values()),
    "procurement_thresholds.toml": lambda table: [*table["dispense"], *table["european"]],
    "municipal_elections.toml": lambda table: list(table["renewal"]),
    "delegable_items.toml": lambda table: list(table["last_item"]),
    "delegable_matters.toml": lambda table: [
        *table["matter"],
        *table["unconfirmed"],
        *table["outside"],
    ],
    "actes_nomenclature.toml": lambda table: [
        {"code": code, "name": matter} for code, matter in table["matters"].items()
    ],
}


def records(name: str) -> tuple[dict[str, Any], ...]:
    """The rows of a data file, each with the file's ``source`` and ``checked`` where it
    does not give its own (KeyError for a file whose rows are not known here)."""
    table = _load(name)
    inherited = {key: table[key] for key in ("source", "checked") if key in table}
    return tuple({**inherited, **row} for row in _ROWS[name](table))


def about(name: str) -> dict[str, Any]:
    """What a data file says of itself: its ``source``, ``checked`` date and ``review``."""
    table = _load(name)
    return {key: table[key] for key in ("source", "checked", "review") if key in table}


def territories() -> tuple[str, ...]:
    return tuple(_load("vat_rates.toml")["territory"])


def vat_rates(territory: str) -> tuple[tuple[Decimal, ...], str]:
    """The VAT rates of a territory, and where they come from."""
    row = _load("vat_rates.toml")["territory"][territory]
    return tuple(Decimal(str(rate)) for rate in row["rates"]), row["source"]


@dataclass(frozen=True)
class Threshold:
    """A procurement threshold and the period it applies to: the period of the
    consultation's engagement, or of the marché's conclusion (``on_conclusion``)."""

    nature: str  # "works", "supplies-services" or "all"
    limit: Decimal
    start: dt.date
    end: dt.date | None  # inclusive; None: still in force
    text: str  # how a finding names the text that sets it
    source: str
    on_conclusion: bool = False

    def meets(self, first: dt.date, last: dt.date) -> bool:
        """Whether the period shares a day with ``first`` to ``last``."""
        return self.start <= last and (self.end is None or first <= self.end)


@cache
def threshold_rows(kind: str) -> tuple[Threshold, ...]:
    """Every ``kind`` ("dispense" or "european") threshold, whatever its period."""
    return tuple(
        Threshold(row["nature"], Decimal(row["limit"]), row["from"], row.get("until"),
                  row["text"], row["source"], row.get("applies") == "conclusion")
        for row in _load("procurement_thresholds.toml")[kind]
    )  # fmt: skip


@dataclass(frozen=True)
class Renewal:
    """A general renewal of municipal councils."""

    year: int
    first_round: dt.date
    installed_by: dt.date
    source: str
    installed_from: dt.date | None = None  # the earliest installation (L. 2121-7)


def verified_renewals() -> tuple[Renewal, ...]:
    """The renewals whose dates are checked against an official source ("V")."""
    return tuple(
        Renewal(
            row["year"],
            row["first_round"],
            row["installed_by"],
            row["source"],
            row.get("installed_from"),
        )
        for row in _load("municipal_elections.toml")["renewal"]
        if row["confidence"] == "V"
    )


def nomenclature() -> tuple[dict[str, str], str]:
    """The national @CTES matters (codes « 9 » and « 9.1 » → names), and their source."""
    table = _load("actes_nomenclature.toml")
    return dict(table["matters"]), str(table["source"])


def items_needing_limits() -> frozenset[int]:
    """The items of L. 2122-22 whose limits the délibération of delegation must set."""
    return frozenset(_load("delegable_items.toml")["limited"])


@dataclass(frozen=True)
class LastItem:
    """The highest item number of L. 2122-22 on and before ``until``."""

    last: int
    until: dt.date
    source: str


def verified_last_items() -> tuple[LastItem, ...]:
    """The checked counts of items of L. 2122-22 ("V"), earliest first."""
    rows = [r for r in _load("delegable_items.toml")["last_item"] if r["confidence"] == "V"]
    return tuple(sorted((LastItem(r["last"], r["until"], r["source"]) for r in rows),
                        key=lambda r: r.until))  # fmt: skip
