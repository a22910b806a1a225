"""actlint's built-in rule pack, registered through the ``actlint.rules`` entry point."""

from __future__ import annotations

from actlint.rule import Rule

from .execution import execution_article
from .structure import (
    article_numbering,
    missing_formula,
    signature_block,
    unknown_kind,
)
from .vat import vat_arithmetic

RULES: tuple[Rule, ...] = (
    unknown_kind,
    missing_formula,
    article_numbering,
    signature_block,
    vat_arithmetic,
    execution_article,
)
