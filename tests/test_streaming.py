"""Reports are written file by file, and the files are linted only as the report asks."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest

from actlint.engine.lint import FileResult
from actlint.engine.registry import load_registry
from actlint.read.files import Unreadable
from actlint.report.json_report import CheckJson
from actlint.run.check import Settings, check_paths
from tests.conftest import CORPUS, EXAMPLE, lint_file


@pytest.mark.parametrize("count", [0, 1, 3])
def test_streamed_json_is_the_document_json_dumps_would_write(count: int) -> None:
    results = [lint_file(path) for path in [EXAMPLE, *sorted(CORPUS.glob("*.txt"))][:count]]
    out = io.StringIO()
    writer = CheckJson(out.write, "fr")
    for result in results:
        writer.add(result)
    writer.close()
    counts = {
        label: sum(d.severity.label == label for r in results for d in r.diagnostics)
        for label in ("error", "warning", "info")
    }
    expected = {
        "version": 1,
        "files": [
            {
                "path": r.path,
                "kind": r.kind,
                "diagnostics": [d.to_json("fr") for d in r.diagnostics],
            }
            for r in results
        ],
        "summary": {"files": count, **counts},
    }
    assert out.getvalue() == json.dumps(expected, ensure_ascii=False, indent=2) + "\n"


def test_files_are_linted_as_they_are_asked_for(tmp_path: Path) -> None:
    for name in ("a.txt", "b.txt"):
        (tmp_path / name).write_bytes(EXAMPLE.read_bytes())
    run = check_paths((str(tmp_path),), Settings(cache=False), load_registry())
    first = next(run.files)
    assert isinstance(first, FileResult) and first.path.endswith("a.txt")
    (tmp_path / "b.txt").unlink()  # not read yet: the report can start before the run ends
    (second,) = run.files
    assert isinstance(second, Unreadable) and second.reason == "missing"
