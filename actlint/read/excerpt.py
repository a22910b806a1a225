"""The part of a file a finding shows: its line cut around it, and its fingerprint context."""

from __future__ import annotations

from dataclasses import dataclass

_WINDOW = 60  # characters of context kept on each side of a finding in a long line
_CONTEXT = 24  # characters on each side of the flagged text, for fingerprints


@dataclass(frozen=True)
class Excerpt:
    """The line a finding is on, cut around it: ``text[start:end]`` is what is flagged."""

    text: str
    start: int
    end: int

    @classmethod
    def of(cls, line: str, column: int, end_column: int | None) -> Excerpt:
        """``end_column`` None: the finding runs on past the end of the line."""
        text = line.replace("\t", " ")
        start = column - 1
        end = max(end_column - 1 if end_column is not None else len(text), start + 1)
        if start > _WINDOW:
            cut = start - _WINDOW
            text, start, end = "…" + text[cut:], start - cut + 1, end - cut + 1
        if len(text) > end + _WINDOW:
            text = text[: end + _WINDOW] + "…"
        return cls(text, start, min(end, len(text) + 1))


def context(text: str, start: int, end: int) -> str:
    """The flagged text and a few characters around it, blanks folded: what a finding's
    fingerprint is made of, so that it survives edits elsewhere in the file."""
    return " ".join(text[max(0, start - _CONTEXT) : end + _CONTEXT].split())
