"""Lines of styled segments, printed plain or, on a colour terminal, through rich."""

from __future__ import annotations

import os
import sys
from typing import TextIO

Segment = tuple[str, str]  # (text, rich style; "" for none)
Line = list[Segment]


def use_colour(stream: TextIO, asked: bool | None = None) -> bool:
    """``--color always|never`` first, then ``FORCE_COLOR`` and ``NO_COLOR``, then whether
    the stream is a terminal."""
    if asked is not None:
        return asked
    if os.environ.get("FORCE_COLOR"):
        return True
    return stream.isatty() and not os.environ.get("NO_COLOR")


def emit(lines: list[Line], stream: TextIO | None = None, colour: bool | None = None) -> None:
    stream = stream or sys.stdout
    if not use_colour(stream, colour):
        stream.write("".join("".join(text for text, _ in line) + "\n" for line in lines))
        return
    from rich.console import Console
    from rich.text import Text

    console = Console(file=stream, highlight=False, soft_wrap=True, force_terminal=True)
    for line in lines:
        console.print(Text.assemble(*[(text, style) if style else text for text, style in line]))
