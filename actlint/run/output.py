"""Where a check's report goes: stdout, or a file replaced whole when the run ends (the
baseline a check records is written the same way)."""

from __future__ import annotations

import os
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from typing import TextIO

from actlint.text import Text


def unwritable(path: str | None) -> Text | None:
    """Why a report cannot be written at ``path`` (its folder is missing), or None; asked
    before linting, so that a long run does not end in a lost report."""
    if path is None or os.path.isdir(os.path.dirname(os.path.abspath(path))):
        return None
    return Text(
        f"actlint : {path} : le dossier du rapport n'existe pas",
        f"actlint: {path}: the report's folder does not exist",
    )


@contextmanager
def report_stream(path: str | None) -> Iterator[TextIO]:
    """stdout, or a temporary file beside ``path`` that replaces it once the report is
    complete: a run stopped half-way leaves the previous report whole."""
    if path is None:
        yield sys.stdout
        return
    folder = os.path.dirname(os.path.abspath(path))
    import tempfile

    handle = tempfile.NamedTemporaryFile(  # noqa: SIM115 (closed below, or removed on error)
        "w", encoding="utf-8", dir=folder, delete=False, prefix=".actlint-"
    )
    try:
        with handle:
            yield handle  # type: ignore[misc]  # a text file, as TextIO describes
        umask = os.umask(0)
        os.umask(umask)
        os.chmod(handle.name, 0o666 & ~umask)
        os.replace(handle.name, path)
    except BaseException:
        os.unlink(handle.name)
        raise
