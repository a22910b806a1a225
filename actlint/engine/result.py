"""What linting one file gives: light to import, so that results read from the cache
are reported without loading the parser or the rules."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from actlint.engine.diagnostic import Diagnostic

if TYPE_CHECKING:
    from actlint.parse.act import Kind


@dataclass(frozen=True)
class FileResult:
    """What reporters need of one file. Each finding carries its own excerpt, so the
    file's text is not kept: memory stays flat however many files a run reads."""

    path: str
    kind: Kind
    diagnostics: tuple[Diagnostic, ...]
