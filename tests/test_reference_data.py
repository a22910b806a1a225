"""The reference data in rules/data/: every file and row says where it comes from and
when it was checked, every file when to review it, and the README lists them."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pytest
from actlint_rules.support.reference_data import about, data_files, records, threshold_rows

README = (Path(__file__).resolve().parents[1] / "README.md").read_text(encoding="utf-8")
FILES = data_files()
# Citations withdrawn from the data: the act number and the nomenclature are Pastell /
# @CTES's, and the EU thresholds of collectivités are those of Règlement délégué 2025/2152.
WITHDRAWN = ("S2LOW", "2025/2150", "2025/2151")


def test_the_data_files_are_the_known_ones() -> None:
    assert FILES == (
        "actes_nomenclature.toml",
        "delegable_items.toml",
        "delegable_matters.toml",
        "municipal_elections.toml",
        "procurement_thresholds.toml",
        "vat_rates.toml",
    )


@pytest.mark.parametrize("name", FILES)
def test_every_file_says_its_source_when_it_was_checked_and_when_to_review_it(name: str) -> None:
    said = about(name)
    assert isinstance(said.get("source"), str) and said["source"].strip()
    assert isinstance(said.get("checked"), dt.date)
    assert isinstance(said.get("review"), str) and said["review"].strip()


@pytest.mark.parametrize("name", FILES)
def test_every_row_has_a_source_and_a_checked_date(name: str) -> None:
    rows = records(name)  # a file whose rows are not known here fails: KeyError
    assert rows
    for row in rows:
        assert isinstance(row.get("source"), str) and row["source"].strip(), row
        assert isinstance(row.get("checked"), dt.date), row
        assert row["checked"] <= dt.date.today(), row


@pytest.mark.parametrize("name", FILES)
def test_no_withdrawn_citation_in_the_data(name: str) -> None:
    from importlib import resources

    text = resources.files("actlint_rules").joinpath("data", name).read_text("utf-8")
    assert not [w for w in WITHDRAWN if w in text]


def test_nomenclature_source_is_pastell_ctes() -> None:
    assert "Pastell / @CTES" in about("actes_nomenclature.toml")["source"]


@pytest.mark.parametrize("kind", ["dispense", "european"])
def test_threshold_periods_are_well_formed(kind: str) -> None:
    rows = threshold_rows(kind)
    assert rows
    for row in rows:
        assert row.nature in ("works", "supplies-services", "all")
        assert row.end is None or row.start <= row.end
        numbers = re.findall(r"\d{4}[-/]\d+", row.text)  # the text a finding names…
        assert numbers and all(n in row.source for n in numbers), row  # …is the source's


def test_the_works_threshold_has_no_gap_from_2020() -> None:
    """Each day from 1 January 2020 to today has at least one works threshold of R. 2122-8,
    so that an act is never left unjudged, nor judged by another nature's threshold."""
    works = [r for r in threshold_rows("dispense") if r.nature in ("works", "all")]
    day = dt.date(2020, 1, 1)
    while day <= dt.date.today():
        assert any(r.meets(day, day) for r in works), day
        day += dt.timedelta(days=1)


def test_the_readme_lists_each_data_file_with_its_review() -> None:
    section = re.search(r"^## Reference data\n(.*?)^## ", README, re.M | re.S)
    assert section, "the README has a « Reference data » section"
    for name in FILES:
        row = re.search(rf"^\| `{re.escape(name)}` \|.*\|$", section.group(1), re.M)
        assert row, name
        assert about(name)["checked"].isoformat() in row.group(0)
