"""A finding's message on one line, for the formats that show no excerpt of the act."""

from __future__ import annotations

from actlint.engine.diagnostic import Diagnostic
from actlint.text import Lang


def message_with_place(d: Diagnostic, lang: Lang) -> str:
    """The message, led in a document by the page and line (or paragraph) and the quote."""
    if d.place is None:
        return d.message.get(lang)
    if lang == "fr":
        return f"{d.where(lang)}, « {d.quote} » : {d.message.get(lang)}"
    return f"{d.where(lang)}, “{d.quote}”: {d.message.get(lang)}"
