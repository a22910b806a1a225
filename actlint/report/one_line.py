"""A finding's message on one line, for the formats that show no excerpt of the act."""

from __future__ import annotations

from actlint.engine.diagnostic import Diagnostic
from actlint.text import Lang


def message_with_place(d: Diagnostic, lang: Lang) -> str:
    """The message, led in a document by the page and line (or paragraph) and the quote,
    followed by the other files it names."""
    message = d.message.get(lang)
    if d.related:
        see = "voir" if lang == "fr" else "see"
        message += f" ({see} {'; '.join(r.describe(lang) for r in d.related)})"
    if d.place is None:
        return message
    if lang == "fr":
        return f"{d.where(lang)}, « {d.quote} » : {message}"
    return f"{d.where(lang)}, “{d.quote}”: {message}"
