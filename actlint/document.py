"""One act through the front of the pipeline: source, logical text, syntax tree, ``Act``."""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass, replace

from actlint.act import Act, Span
from actlint.build import build
from actlint.diagnostic import Excerpt, context
from actlint.mapped import MappedText
from actlint.normalise import normalise
from actlint.parser import parse
from actlint.source import Source
from actlint.stamp import find_stamp


@dataclass(frozen=True)
class Location:
    line: int
    column: int
    end_line: int
    end_column: int


@dataclass(frozen=True)
class Document:
    source: Source
    logical: MappedText
    act: Act

    def locate(self, span: Span) -> Location:
        """Where a span of the logical text lies in the original file (1-based, end exclusive)."""
        start, end = self.logical.original_span(span.start, span.end)
        text = self.source.text
        while end < len(text) and unicodedata.combining(text[end]):
            end += 1  # a letter composed by NFC ends after its accents in the original
        line, column = self.source.position(start)
        end_line, end_column = self.source.position(end)
        return Location(line, column, end_line, end_column)

    def excerpt(self, where: Location) -> Excerpt:
        same_line = where.end_line == where.line
        line = self.source.line_text(where.line)
        return Excerpt.of(line, where.column, where.end_column if same_line else None)

    def context(self, span: Span) -> str:
        start, end = self.logical.original_span(span.start, span.end)
        return context(self.source.text, start, end)

    def quote(self, span: Span, limit: int = 80) -> str:
        """The original text of a span on one line, shortened past ``limit`` characters."""
        start, end = self.logical.original_span(span.start, span.end)
        text = " ".join(self.source.text[start:end].split())
        return text if len(text) <= limit else text[: limit - 1] + "…"


def read_document(source: Source) -> Document:
    logical = normalise(source.text)
    stamp, text = find_stamp(logical.text)
    act = build(parse(text), text)
    if stamp is not None:
        act = replace(act, stamp=stamp)
    return Document(source=source, logical=logical, act=act)
