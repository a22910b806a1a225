"""The text of a document, line by line, each line with the place it comes from."""

from __future__ import annotations

from collections.abc import Iterable

from actlint.read.source import Place, Source


class Lines:
    """Lines of extracted text and their places; becomes a ``Source`` like a text file's."""

    def __init__(self) -> None:
        self.lines: list[str] = []
        self.places: list[Place] = []
        self.paragraphs = 0
        self.tables = 0

    def paragraph(self, text: str) -> None:
        """A paragraph of a DOCX or ODT body; those with text are numbered from 1."""
        if text.strip():
            self.paragraphs += 1
            self.add(text, Place("paragraph", self.paragraphs))
        else:
            self.add("", Place("paragraph", self.paragraphs))

    def table(self, rows: Iterable[list[list[str]]]) -> None:
        """A table, one line per row, its cells (each cell's paragraphs joined) by tabs."""
        self.tables += 1
        for number, cells in enumerate(rows, start=1):
            texts = [" ".join(part.strip() for part in cell if part.strip()) for cell in cells]
            if any(texts):
                self.add("\t".join(texts), Place("table", self.tables, number))

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
