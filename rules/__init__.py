"""actlint's built-in rule pack, registered through the ``actlint.rules`` entry point."""

from __future__ import annotations

from actlint.api import Rule

from .dates import (
    cited_act_after_signature,
    date_words_figures,
    implausible_date,
    impossible_date,
    missing_signature_date,
    number_contradicts_date,
    number_year,
    retroactive_effect,
    reversed_period,
    weekday_mismatch,
)
from .delegation import (
    budget_credits,
    delegation_dates,
    delegation_mechanism,
    delegation_visa,
    mandate_boundary,
    signatory_name,
)
from .execution import appeal_mentions, execution_article, execution_names_kind, report_to_council
from .names import name_variants, place_of_signature
from .nomenclature import matter_suggestion, transmissible_number, unknown_matter
from .recitals import delegation_deliberation, legal_basis, reasons, visa_identifies_act
from .references import (
    article_number_shape,
    article_transposed,
    cross_reference,
    government_level,
    misspelled_code,
    text_cited_two_ways,
)
from .structure import (
    article_numbering,
    missing_formula,
    placeholder,
    signature_block,
    title_contradicts_formula,
    unbalanced_signs,
    unknown_kind,
)
from .transmission import stamp_mismatch, transmitted_before_signature
from .vat import (
    amount_format,
    amount_words_figures,
    european_threshold,
    procurement_threshold,
    vat_arithmetic,
    vat_rate,
)

RULES: tuple[Rule, ...] = (
    stamp_mismatch,
    transmitted_before_signature,
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
    number_contradicts_date,
    vat_arithmetic,
    vat_rate,
    amount_words_figures,
    procurement_threshold,
    european_threshold,
    amount_format,
    execution_article,
    execution_names_kind,
    appeal_mentions,
    report_to_council,
    delegation_deliberation,
    legal_basis,
    visa_identifies_act,
    reasons,
    delegation_visa,
    delegation_dates,
    mandate_boundary,
    delegation_mechanism,
    signatory_name,
    budget_credits,
    cross_reference,
    article_number_shape,
    government_level,
    text_cited_two_ways,
    misspelled_code,
    article_transposed,
    name_variants,
    place_of_signature,
    unknown_matter,
    matter_suggestion,
    transmissible_number,
    placeholder,
    unbalanced_signs,
    title_contradicts_formula,
)
