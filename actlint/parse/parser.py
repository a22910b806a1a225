"""Parse logical lines with the LALR parser generated from ``grammar/act.lark``."""

from __future__ import annotations

from functools import cache
from typing import Any


@cache
def _parser() -> Any:
    from actlint.parse import _lalr

    return _lalr.Lark_StandAlone()  # type: ignore[no-untyped-call]


def parse(logical_text: str) -> Any:
    """The parse tree of an act's logical text (a ``Tree`` of ``Token`` lines).

    Each token is one line, its line end included. The grammar accepts any sequence
    of lines, so this never fails on text that the normaliser produced.
    """
    return _parser().parse(logical_text + "\n")
