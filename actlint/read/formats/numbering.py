"""Numbers as word processors print list labels: 1, a, A, i, I."""

from __future__ import annotations

_ROMAN = ((1000, "m"), (900, "cm"), (500, "d"), (400, "cd"), (100, "c"), (90, "xc"),
          (50, "l"), (40, "xl"), (10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i"))  # fmt: skip


def roman(n: int) -> str:
    out = []
    for value, letters in _ROMAN:
        while n >= value:
            out.append(letters)
            n -= value
    return "".join(out)


def letters(n: int) -> str:
    """a … z, then aa … zz, as both Word and LibreOffice count."""
    if n < 1:
        return ""
    return chr(ord("a") + (n - 1) % 26) * ((n - 1) // 26 + 1)


def label(n: int, style: str) -> str:
    """The label of number ``n`` in a style named the OpenDocument way (1, a, A, i, I, or '')."""
    if style == "a":
        return letters(n)
    if style == "A":
        return letters(n).upper()
    if style == "i":
        return roman(n)
    if style == "I":
        return roman(n).upper()
    if style == "":
        return ""
    return str(n)
