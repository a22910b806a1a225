"""The text of a document, line by line, each line with the place it comes from."""

from __future__ import annotations

from actlint.source import Place, Source


class Lines:
    """Lines of extracted text and their places; becomes a ``Source`` like a text file's."""

    def __init__(self) -> None:
        self.lines: list[str] = []
        self.places: list[Place] = []

    def add(self, text: str, place: Place) -> None:
        """Add a paragraph (or a PDF line); its own line breaks stay lines of the same place."""
        offset = 0
        for part in text.split("\n"):
            self.lines.append(part)
            self.places.append(Place(place.unit, place.number, place.line, place.offset + offset))
            offset += len(part) + 1

    def blank(self) -> None:
        if self.lines and self.lines[-1].strip():
            self.lines.append("")
            self.places.append(self.places[-1])

    def source(self, path: str, encoding: str) -> Source:
        text = "\n".join(self.lines) + "\n" if self.lines else ""
        return Source(path=path, text=text, encoding=encoding, places=tuple(self.places))
