"""What a user sees on the example act, exactly.

After an intended change of the output, refresh the snapshot with
``ACTLINT_UPDATE_SNAPSHOTS=1 pytest tests/test_snapshot.py`` and review the diff.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from tests.conftest import EXAMPLE, FIXTURES, run_actlint

SNAPSHOTS = Path(__file__).parent / "snapshots"


@pytest.mark.parametrize(("name", "args"), [
    ("example-text-fr.txt", ("check",)),
    ("example-text-en.txt", ("check", "--lang", "en")),
    ("example-concise.txt", ("check", "--format", "concise")),
])  # fmt: skip
def test_output_on_the_example_act(name: str, args: tuple[str, ...]) -> None:
    # Run from the fixtures folder so that the printed path does not depend on the checkout.
    output = run_actlint(*args, EXAMPLE.name, cwd=FIXTURES).stdout
    snapshot = SNAPSHOTS / name
    if os.environ.get("ACTLINT_UPDATE_SNAPSHOTS"):
        snapshot.write_text(output, encoding="utf-8")
    assert output == snapshot.read_text(encoding="utf-8")
