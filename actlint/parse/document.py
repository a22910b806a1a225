"""One act through the front of the pipeline: source, logical text, syntax tree, ``Act``."""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass, replace
from typing import Any

from actlint.parse.act import Act, Span, TransmissionMention
from actlint.parse.build import build, misplaced_signature
from actlint.parse.mentions import find_mentions
from actlint.parse.parser import parse
from actlint.parse.preface import territory_of
from actlint.parse.stamp import find_stamp
from actlint.read.excerpt import Excerpt, context
from actlint.read.mapped import MappedText
from actlint.read.normalise import normalise
from actlint.read.source import Source


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
        return self._locate(*self.logical.original_span(span.start, span.end))

    def _locate(self, start: int, end: int) -> Location:
        text = self.source.text
        while end < len(text) and unicodedata.combining(text[end]):
            end += 1  # a letter composed by NFC ends after its accents in the original
        line, column = self.source.position(start)
        end_line, end_column = self.source.position(end)
        return Location(line, column, end_line, end_column)

    def finding_at(self, span: Span) -> Shown:
        """All a finding shows of the file: where it is, its line, the text it quotes."""
        start, end = self.logical.original_span(span.start, span.end)
        where = self._locate(start, end)
        same_line = where.end_line == where.line
        excerpt = Excerpt.of(self.source.line_text(where.line), where.column,
                             where.end_column if same_line else None)  # fmt: skip
        quoted = " ".join(self.source.text[start:end].split())
        if len(quoted) > _QUOTE_LIMIT:
            quoted = quoted[: _QUOTE_LIMIT - 1] + "…"
        return Shown(where, excerpt, quoted, context(self.source.text, start, end))


_QUOTE_LIMIT = 80


@dataclass(frozen=True)
class Shown:
    """What a finding shows of the file."""

    where: Location
    excerpt: Excerpt
    quote: str  # the flagged text on one line, shortened past 80 characters
    context: str  # with a few characters around it, for fingerprints


def read_document(source: Source) -> Document:
    logical = normalise(source.text)
    stamp, text = find_stamp(logical.text)
    act = build(_parse(text), text)
    if stamp is not None:
        act = replace(act, stamp=stamp)
    identifier = stamp.identifier if stamp else None
    territory = territory_of(act.preface.text, act.text, identifier)
    if territory is not None:
        act = replace(act, territory_hint=territory)
    mentions = _mentions(logical.text, act)
    if mentions:
        act = replace(act, mentions=mentions)
    return Document(source=source, logical=logical, act=act)


def _mentions(text: str, act: Act) -> tuple[TransmissionMention, ...]:
    """The act's mentions of its formalities, read in the text before the @CTES receipt
    was blanked out (its « Réception par le préfet » and « Publication » are some), except
    what the stamp reader read."""
    prose = [u.span for u in (*act.preamble.citations, *act.preamble.recitals)]
    stamp = act.stamp
    skip = [m.span for m in (stamp.sent, stamp.received) if m is not None] if stamp else []
    return find_mentions(text, prose, [a.span for a in act.articles], skip)


_REPARSES = 3


def _parse(text: str) -> Any:
    """The parse tree of ``text``; a date line under the heading, which the grammar
    takes for the signature, is parsed again as a line of the heading."""
    tree = parse(text)
    for _ in range(_REPARSES):
        opening = misplaced_signature(tree)
        if opening is None:
            break
        end = text.find("\n", opening)
        end = len(text) if end < 0 else end
        text = text[:opening] + "_" * (end - opening) + text[end:]  # spans stay the same
        tree = parse(text)
    return tree
