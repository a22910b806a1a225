"""actlint's built-in rule pack, registered through the ``actlint.rules`` entry point."""

from __future__ import annotations

from actlint.rule import Rule

from .dates import (
    cited_act_after_signature,
    date_words_figures,
    implausible_date,
    impossible_date,
    missing_signature_date,
    number_year,
    retroactive_effect,
    reversed_period,
    weekday_mismatch,
)
from .execution import execution_article
from .procurement import european_threshold, procurement_threshold
from .structure import article_numbering, missing_formula, signature_block, unknown_kind
from .vat import amount_format, amount_words_figures, vat_arithmetic, vat_rate

RULES: tuple[Rule, ...] = (
    unknown_kind,
    missing_formula,
    article_numbering,
    signature_block,
    impossible_date,
    cited_act_after_signature,
    retroactive_effect,
    reversed_period,
    number_year,
    weekday_mismatch,
    date_words_figures,
    implausible_date,
    missing_signature_date,
    vat_arithmetic,
    vat_rate,
    amount_words_figures,
    procurement_threshold,
    european_threshold,
    amount_format,
    execution_article,
)
