"""VAT rules: HT, TVA and TTC amounts and their pairing, rates by territory, amounts in
words, sums, procurement thresholds and amount formats."""

from __future__ import annotations

import json
from decimal import ROUND_HALF_UP, Decimal

import pytest
from actlint_rules.support.french import euros
from actlint_rules.support.reference_data import TERRITORIES, territories
from hypothesis import given
from hypothesis import strategies as st

from actlint.engine.lint import lint_source
from actlint.engine.registry import load_rules
from actlint.read.source import decode
from tests.conftest import EXAMPLE, lint_file, lint_text, run_actlint

HEAD = "DÉCISION n° 2026-1\nDÉCIDE\n"


def vat(text: str):
    return [d for d in lint_text(HEAD + text, "VAT001").diagnostics]


def test_example_act_reports_the_cent() -> None:
    (finding,) = [d for d in lint_file(EXAMPLE).diagnostics if d.code == "VAT001"]
    assert finding.severity.label == "error"
    assert (finding.line, finding.column, finding.end_line, finding.end_column) == (58, 34, 58, 48)
    assert "3 321,26 €" in finding.message.fr and "3 321,27 €" in finding.message.fr
    assert "écart : 0,01 €" in finding.message.fr
    assert finding.help and "2 767,72 € HT" in finding.help.fr and "20 %" in finding.help.fr


def test_explicit_vat_line_is_checked() -> None:
    findings = vat("Article 1 : 2 767,72 € HT, TVA (20 %) : 553,55 €, soit 3 321,27 € TTC.\n")
    assert [(d.message.en.split(":")[0]) for d in findings] == [
        "VAT amount disagrees",
        "TTC amount disagrees",
    ]


def test_stated_rate_is_used() -> None:
    assert vat("Article 1 : 1 000,00 € HT, TVA à 5,5 %, soit 1 055,00 € TTC.\n") == []
    (finding,) = vat("Article 1 : 1 000,00 € HT, TVA à 10 %, soit 1 055,00 € TTC.\n")
    assert "1 100,00 €" in finding.message.fr


def test_ttc_before_ht_pairs_too() -> None:
    (finding,) = vat("Article 1 : 120,01 € TTC soit 100,00 € HT.\n")
    assert "120,00 €" in finding.message.fr


def test_no_rate_explains_the_pair_so_nothing_is_said() -> None:
    assert vat("Article 1 : 1 000,00 € HT et, pour l'autre lot, 1 500,00 € TTC.\n") == []


def test_amounts_of_different_units_are_never_paired() -> None:
    assert vat("Article 1 : 1 000,00 € HT.\nArticle 2 : 1 200,01 € TTC.\n") == []


def test_rounding_of_several_lines_is_a_warning() -> None:
    text = (
        "Article 1 : Lot 1 : 10,01 € HT ; lot 2 : 10,01 € HT ; lot 3 : 10,01 € HT.\n"
        "Article 2 : Total : 30,03 € HT soit 36,05 € TTC.\n"
    )
    (finding,) = vat(text)
    assert finding.severity.label == "warning"
    assert "arrondi" in finding.help.fr


@given(
    ht=st.decimals(min_value=Decimal("0.01"), max_value=Decimal("9999999.99"), places=2),
    rate=st.sampled_from([Decimal(20), Decimal(10), Decimal("5.5"), Decimal("2.1")]),
)
def test_correct_ttc_never_fires(ht: Decimal, rate: Decimal) -> None:
    ttc = ht + (ht * rate / 100).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)
    text = f"Article 1 : {euros(ht)} HT, TVA à {str(rate).replace('.', ',')} %, soit {euros(ttc)} TTC.\n"
    assert vat(text) == []


@given(
    ht=st.decimals(min_value=Decimal("100.00"), max_value=Decimal("9999999.99"), places=2),
    off=st.integers(min_value=2, max_value=99).map(lambda c: Decimal(c) / 100),
    sign=st.sampled_from([1, -1]),
)
def test_ttc_off_by_two_cents_or_more_always_fires(ht: Decimal, off: Decimal, sign: int) -> None:
    ttc = ht + (ht * 20 / 100).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP) + sign * off
    findings = vat(f"Article 1 : {euros(ht)} HT, TVA à 20 %, soit {euros(ttc)} TTC.\n")
    assert [d.severity.label for d in findings] == ["error"]


def codes(text: str, *selected: str) -> list[str]:
    return [d.code for d in lint_text(HEAD + text, *selected).diagnostics]


def test_a_ttc_is_not_paired_with_an_hourly_rate_that_follows_it() -> None:
    text = (
        "Article 1 : Le marché est conclu pour un montant de 36 000,00 € TTC (TVA 20 %), le "
        "taux horaire d'intervention étant fixé à 45,00 € HT.\n"
    )
    assert codes(text, "VAT001", "VAT007") == []


def test_amounts_of_two_sentences_are_two_prices() -> None:
    text = (
        "Article 1 : Le loyer est fixé à 1 000,00 € HT (TVA à 20 %). La caution s'élève à "
        "1 250,00 € TTC.\n"
    )
    assert codes(text, "VAT001", "VAT007") == []


def test_the_words_between_ht_and_ttc_restate_the_figures() -> None:
    text = (
        "Article 1 : Le montant est de 5 000,00 € HT (cinq mille euros hors taxes), soit "
        "6 000,01 € TTC (six mille euros et un centime toutes taxes comprises).\n"
    )
    (finding,) = lint_text(HEAD + text, "VAT001", "VAT003").diagnostics
    assert finding.code == "VAT001" and "6 000,00 €" in finding.message.fr
    assert codes(text.replace("6 000,01", "6 000,00").replace(" et un centime", ""), "VAT001") == []


def test_each_ht_keeps_its_own_ttc() -> None:
    text = (
        "Article 1 : Le forfait est de 10 000,00 € HT soit 12 000,00 € TTC, soit 50,00 € HT "
        "par heure d'intervention.\n"
    )
    assert codes(text, "VAT001", "VAT007") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("8 000,00 € HT soit 9 800,00 € TTC", ["VAT007"]),  # 22,5 %
        ("8 000,00 € HT (9 800,00 € TTC)", ["VAT007"]),
        ("Montant HT : 8 000,00 €\nMontant TTC : 9 800,00 €", ["VAT007"]),  # a table
        ("8 000,00 € HT soit 9 600,00 € TTC", []),
        ("8 000,00 € HT soit 8 000,00 € TTC", []),  # exempt
        ("8 000,00 € HT, TVA à 22,5 %, soit 9 800,00 € TTC", []),  # VAT002's, not a pairing
        ("8 000,00 € HT et, pour l'autre lot, 9 800,00 € TTC", []),  # maybe two prices
        ("8 000,00 € HT pour le premier lot et 9 800,00 € TTC pour le second", []),
    ],
)
def test_a_ttc_no_rate_explains(text: str, expected: list[str]) -> None:
    assert codes(f"Article 1 : Le montant est de {text}.\n", "VAT007") == expected


def test_the_implied_rate_and_the_rates_tried_are_said() -> None:
    (finding,) = lint_text(
        HEAD + "Article 1 : 8 000,00 € HT soit 9 800,00 € TTC.\n", "VAT007"
    ).diagnostics
    assert finding.severity.label == "warning"
    assert "22,5 %" in finding.message.fr
    assert "20 %, 10 %, 5,5 %, 2,1 %, 0 %" in finding.message.fr
    (other,) = lint_text(
        HEAD + "Article 1 : 1 000,00 € HT soit 1 085,00 € TTC.\n", "VAT007"
    ).diagnostics
    assert "guadeloupe" in other.help.fr


def test_a_ttc_below_the_ht_is_an_error() -> None:
    (finding,) = lint_text(
        HEAD + "Article 1 : 1 000,00 € HT soit 900,00 € TTC.\n", "VAT007"
    ).diagnostics
    assert finding.severity.label == "error"


# Corte, 8 April 2025: the financing plan of a délibération, with its total line added.
PLAN = (
    "DÉLIBÉRATION n° 2025-36\n"
    "Article 1 : ADOPTE le plan de financement tel que défini ci-dessous :\n"
    "Aide sollicitée :\n"
    "Collectivité de Corse (50 %) 65 000,00 €\n"
    "Part Communale (50 %) (TVA en sus) 65 000,00 €\n"
    "Total H. T. de l'investissement : {} €\n"
)


def test_a_plan_whose_lines_do_not_make_the_total() -> None:
    (finding,) = lint_text(PLAN.format("140 000,00"), "VAT008").diagnostics
    assert finding.severity.label == "error"
    assert "65 000,00 € + 65 000,00 € = 130 000,00 €, et non 140 000,00 €" in finding.message.fr
    assert (finding.line, finding.column) == (6, 35)
    assert not lint_text(PLAN.format("130 000,00"), "VAT008").diagnostics


def test_columns_of_a_table_are_added_apart() -> None:
    text = (
        "Article 1 : Lot\tHT\tTTC\nLot 1\t1 000,00 €\t1 200,00 €\nLot 2\t2 000,00 €\t2 400,00 €\n"
        "Total\t3 000,00 €\t3 500,00 €\n"
    )
    (finding,) = lint_text(HEAD + text, "VAT008").diagnostics
    assert "3 600,00 €" in finding.message.fr and "3 500,00 €" in finding.message.fr


def test_a_subtotal_stands_for_the_lines_above_it() -> None:
    text = (
        "Article 1 :\nLot 1 : 100,00 €\nLot 2 : 200,00 €\nSous-total : 300,00 €\n"
        "Lot 3 : 50,00 €\nTotal : 350,00 €\n"
    )
    assert codes(text, "VAT008") == []


def test_prose_lines_are_not_a_table() -> None:
    # délibération prose, OCR lines about a hundred characters wide, one amount each
    text = (
        "Article 1 : Le Maire propose au Conseil d'individualiser une aide municipale à hauteur de 5 644,00 €\n"
        "dans le cadre de Travaux Lourds dont le montant des travaux subventionnables s'élève à 31 626,00 €\n"
        "et sollicite l'aide de l'ANAH à hauteur maximale de 30 101,00 € ; le coût total de l'opération reste de 64 400,00 €\n"
    )
    assert codes(text, "VAT008") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("lot 1 : 100,00 € HT ; lot 2 : 200,00 € HT ; soit un total de 350,00 € HT", ["warning"]),
        ("lot 1 : 100,00 € HT ; lot 2 : 200,00 € HT ; soit un total de 300,00 € HT", []),
        (
            "un loyer de 500,00 € et des charges de 50,00 € par mois, soit un total de 6 600,00 €",
            [],
        ),
        ("100,00 € HT et 200,00 € TTC, soit un total de 350,00 € HT", []),  # HT and TTC mixed
    ],
)
def test_a_total_stated_in_a_sentence_is_a_warning(text: str, expected: list[str]) -> None:
    findings = lint_text(HEAD + f"Article 1 : {text}.\n", "VAT008").diagnostics
    assert [d.severity.label for d in findings] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("12 500,00 € × 1,055 = 13 187,00 €", "13 187,50 €"),
        ("12 500,00 € × 1,055 = 13 187,50 €", None),
        ("20 % de 1 000 € soit 250 €", "200,00 €"),
        ("20 % de 1 000 € soit 200 €", None),
        ("50 % du montant HT de 130 000,00 €, soit 65 000,00 €", None),
        ("50 % du montant HT de 130 000,00 €, soit 60 000,00 €", "65 000,00 €"),
        ("1 000 € HT x 12 mois = 12 000 € HT", None),
        ("33 % de 1 001 € soit 330 €", None),  # 330,33 rounded to the euro
        ("33 % de 1 001 € soit 331 €", "330,33 €"),
        ("33 % de 1 001 € soit 331 €, arrondi à l'euro supérieur", None),
        ("une participation de 20 % ; le coût est de 1 000 € soit 250 € par an", None),
        ("30 % de 10 000 € HT, soit 3 600 € TTC", None),  # the share, tax included
    ],
)
def test_a_computation_written_out(text: str, expected: str | None) -> None:
    findings = lint_text(HEAD + f"Article 1 : {text}.\n", "VAT009").diagnostics
    assert [f"= {expected}, et non" in d.message.fr for d in findings] == (
        [True] if expected else []
    )


def test_a_table_may_open_with_the_amount_its_lines_share_out() -> None:
    text = (
        "Article 1 :\nDépense subventionnable : 100 000,00 € HT\nDETR (40 %) : 40 000,00 €\n"
        "Commune (60 %) : {} €\nTotal : 100 000,00 €\n"
    )
    assert codes(text.format("60 000,00"), "VAT008") == []
    findings = lint_text(HEAD + text.format("50 000,00"), "VAT008").diagnostics
    assert [d.severity.label for d in findings] == ["warning"]
    assert "40 000,00 € + 50 000,00 € = 90 000,00 €" in findings[0].message.fr


def test_listed_lots_are_not_paired_with_a_neighbour() -> None:
    text = (
        "Article 1 : lot 1 : 100,00 € HT ; lot 2 : 200,00 € HT ; soit 120,00 € TTC et "
        "250,00 € TTC.\n"
    )
    assert codes(text, "VAT001") == []
    text = "Article 1 : 100,00 € HT et 200,00 € HT, soit respectivement 120,00 € TTC et 240,01 € TTC.\n"
    assert codes(text, "VAT001") == []


def test_each_lot_is_paired_with_its_own_ttc() -> None:
    text = (
        "Article 1 : lot 1 : 100,00 € HT soit 120,00 € TTC ; lot 2 : 200,00 € HT soit "
        "240,02 € TTC.\n"
    )
    (finding,) = lint_text(HEAD + text, "VAT001").diagnostics
    assert "240,00 €" in finding.message.fr


def test_amounts_in_euros_words_and_dot_grouping_pair_too() -> None:
    assert codes("Article 1 : 11.850 euros HT soit 14.220 euros TTC.\n", "VAT001") == []
    assert codes("Article 1 : 11.850 euros HT soit 14.230 euros TTC.\n", "VAT001") == ["VAT001"]


def lint_territory(text: str, territory: str) -> list[str]:
    rules = [r for r in load_rules() if r.code in ("VAT001", "VAT002")]
    options = {r.code: {"territory": territory} for r in rules}
    result = lint_source(decode((HEAD + text).encode(), "a.txt"), rules, options)
    return [d.code for d in result.diagnostics]


def test_rates_depend_on_the_territory() -> None:
    text = "Article 1 : 1 000,00 € HT, TVA à 8,5 %, soit 1 085,00 € TTC.\n"
    assert lint_territory(text, "guadeloupe") == []
    assert lint_territory(text, "metropole") == ["VAT002"]
    assert lint_territory("Article 1 : TVA à 20 %.\n", "guyane") == ["VAT002"]
    assert lint_territory("Article 1 : TVA à 0 %.\n", "mayotte") == []


def test_territory_on_the_command_line(tmp_path) -> None:
    act = tmp_path / "a.txt"
    act.write_text(
        HEAD + "Article 1 : 1 000,00 € HT, TVA à 8,5 %, soit 1 085,00 € TTC.\n", encoding="utf-8"
    )
    assert "VAT002" in run_actlint("check", "--format", "concise", str(act)).stdout
    assert (
        "VAT002"
        not in run_actlint(
            "check", "--format", "concise", "--territory", "martinique", str(act)
        ).stdout
    )


def test_declared_territories_are_the_data_territories() -> None:
    assert set(TERRITORIES) == set(territories())


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "la somme de deux mille sept cent soixante-sept euros et soixante-douze centimes "
            "(2 767,72 €)",
            [],
        ),
        (
            "la somme de deux mille sept cent soixante-sept euros et soixante-douze centimes "
            "(2 767,27 €)",
            ["VAT003"],
        ),
        ("cinq mille euros, soit 5 000,00 €", []),
        ("cinq mille euros ; le loyer est de 350,00 €", []),  # not the same sum
        ("mille euros HT, soit 1 200,00 € TTC", []),  # the price before and after tax
        ("mille euros, soit 1 200,00 €", []),  # 20 % apart: maybe before and after tax
        # damaged words: only their tail could be read, which is not the sum
        ("à hauteur de 5 644,00 € (cing-mille six-cent-quarante-quatre euros)", []),
        ("inférieur à 180 000 €\n(cent-quatre-vingt- mille euros)", []),
        ("inférieur à 180 000 € (cent-quatre-vingt-un mille euros)", ["VAT003"]),
    ],
)
def test_words_and_figures(text: str, expected: list[str]) -> None:
    assert codes(f"Article 1 : {text}.\n", "VAT003") == expected


SIGNED = "Fait à Lens, le {}.\n"


R2122_8 = "Vu le code de la commande publique, et notamment son article R. 2122-8 ;\n"


def threshold_findings(
    amount: str, subject: str, signed: str, visa: str = R2122_8, code: str = "VAT004"
) -> list[tuple[str, str, str]]:
    text = (
        f"DÉCISION n° 1\n{visa}DÉCIDE\nArticle 1 : Le marché de {subject} est conclu pour "
        f"{amount} € HT.\n" + SIGNED.format(signed)
    )
    return [(d.code, d.severity.label, d.message.fr) for d in lint_text(text, code).diagnostics]


def procurement(amount: str, subject: str, signed: str, visa: str = R2122_8) -> list[str]:
    return [code for code, _, _ in threshold_findings(amount, subject, signed, visa)]


@pytest.mark.parametrize(
    ("amount", "subject", "signed", "expected"),
    [
        ("45 000,00", "fournitures", "2 mars 2026", ["VAT004"]),  # 40 000 until 31 March 2026
        # 60 000 from 1 April 2026, but a consultation engaged before then had 40 000
        ("45 000,00", "fournitures", "2 avril 2026", ["VAT004"]),
        ("45 000,00", "fournitures", "2 décembre 2026", []),
        ("60 000,00", "prestations de services", "2 avril 2026", ["VAT004"]),
        ("90 000,00", "travaux", "2 mars 2026", []),  # works: 100 000 from 2026
        ("90 000,00", "maintenance", "2 mars 2026", ["VAT004"]),
        ("90 000,00", "travaux et de fournitures", "2 mars 2026", []),  # nature unclear: 100 000
        ("45 000,00", "fournitures", "2 mars 2019", []),  # threshold not known: not judged
        # works, 2020 to 2025: 40 000, then 70 000 (décret n° 2020-893), then 100 000
        ("45 000,00", "travaux", "2 mars 2020", ["VAT004"]),
        ("65 000,00", "travaux", "2 septembre 2020", []),
        ("75 000,00", "travaux", "2 septembre 2020", ["VAT004"]),
        ("95 000,00", "travaux", "2 mars 2021", []),  # loi ASAP from December 2020
        ("95 000,00", "travaux", "2 mars 2022", []),
        ("95 000,00", "travaux", "2 mars 2024", []),  # décret n° 2022-1683
        ("95 000,00", "travaux", "2 mars 2025", []),  # décret n° 2024-1217
        ("45 000,00", "fournitures", "2 mars 2025", ["VAT004"]),
    ],
)
def test_procurement_thresholds(
    amount: str, subject: str, signed: str, expected: list[str]
) -> None:
    assert procurement(amount, subject, signed) == expected


def test_works_under_the_temporary_threshold_of_2023_are_not_reported() -> None:
    # An 85 000 € HT works contract signed on 2 March 2023 was reported against 40 000 €:
    # the works threshold was 100 000 € HT (décret n° 2022-1683, art. 6).
    assert procurement("85 000,00", "travaux", "2 mars 2023") == []


def test_works_above_the_threshold_of_2023_are_a_warning_naming_the_decree() -> None:
    ((code, severity, message),) = threshold_findings("120 000,00", "travaux", "2 mars 2023")
    assert (code, severity) == ("VAT004", "warning")
    assert "100 000,00 € HT" in message and "décret n° 2022-1683" in message
    assert "seuil en vigueur à la date de signature" in message
    assert "il dépend de la date d'engagement de la consultation" in message


def test_a_consultation_possibly_engaged_before_the_new_threshold_is_not_an_error() -> None:
    # 15 May 2026: the consultation may have been engaged before 1 April 2026 (40 000 €)
    # or after (60 000 €); 50 000 € is never an error, but the act must say which.
    ((_, severity, message),) = threshold_findings("50 000,00", "fournitures", "15 mai 2026")
    assert severity == "warning" and "40 000,00 € HT" in message
    assert "consultations engagées jusqu'au 31 mars 2026" in message
    assert "l'acte ne dit pas quand la sienne l'a été" in message
    # long after the change, or with the consultation's date, nothing is left to say
    assert threshold_findings("50 000,00", "fournitures", "15 décembre 2026") == []
    # works: 100 000 € throughout 2025 and 2026, so no earlier threshold is in question
    assert threshold_findings("95 000,00", "travaux", "2 mars 2026") == []
    ((_, severity, message),) = threshold_findings("70 000,00", "fournitures", "15 mai 2026")
    assert severity == "warning" and "60 000,00 € HT" in message and "2025-1386" in message


@pytest.mark.parametrize(
    ("consultation", "amount", "expected"),
    [
        # engaged after 1 April 2026: 60 000 €, and the date is certain, so an error
        ("Considérant la consultation engagée le 3 avril 2026 ;", "70 000,00",
         [("error", "60 000,00 € HT", "3 avril 2026")]),
        ("Considérant la consultation engagée le 3 avril 2026 ;", "50 000,00", []),
        # engaged before 1 April 2026: 40 000 €, though the marché is signed in May
        ("Considérant que la consultation a été lancée le 10 mars 2026 auprès de trois "
         "entreprises ;", "50 000,00", [("error", "40 000,00 € HT", "10 mars 2026")]),
        ("Vu l'avis d'appel public à la concurrence envoyé à la publication le 2 avril 2026 ;",
         "50 000,00", []),
        # a consultation « engaged » after the signature is not read as its date
        ("Considérant la consultation engagée le 3 juin 2026 ;", "70 000,00",
         [("warning", "60 000,00 € HT", "15 mai 2026")]),
    ],
)  # fmt: skip
def test_the_consultation_date_the_act_gives_decides(
    consultation: str, amount: str, expected: list[tuple[str, str, str]]
) -> None:
    found = threshold_findings(amount, "fournitures", "15 mai 2026", R2122_8 + consultation + "\n")
    assert [severity for _, severity, _ in found] == [severity for severity, _, _ in expected]
    for (_, _, message), (_, limit, date) in zip(found, expected, strict=True):
        assert limit in message and date in message


def test_single_operator_case_is_not_judged_against_the_threshold() -> None:
    visa = R2122_8 + "Vu l'article R. 2122-3 du code de la commande publique ;\n"
    assert procurement("450 000,00", "maintenance", "2 mars 2026", visa) == []


def test_european_threshold_is_advice() -> None:
    text = (
        "DÉCISION n° 1\nDÉCIDE\nArticle 1 : Le marché de services est attribué pour "
        "216 000,00 € HT.\nFait à Lens, le 2 septembre 2026.\n"
    )
    (finding,) = lint_text(text, "VAT005").diagnostics
    assert finding.severity.label == "info" and "216 000,00 €" in finding.message.fr
    assert "en principe" in finding.message.fr and "2025/2152" in finding.message.fr
    assert "R. 2123-1" in finding.help.fr


def test_european_threshold_of_a_consultation_possibly_launched_before_2026() -> None:
    # Signed in March 2026, the consultation may have been launched in 2025, when the
    # threshold was 221 000 € HT: 218 000 € is then below it.
    assert threshold_findings("218 000,00", "services", "2 mars 2026", "", "VAT005") == []
    assert threshold_findings("218 000,00", "services", "2 septembre 2026", "", "VAT005") != []


def test_amount_format_is_said_once_per_act() -> None:
    text = "Article 1 : 10 243.70 € HT, 2 048.74 € de TVA et 12 292.44 € TTC.\n"
    (finding,) = lint_text(HEAD + text, "VAT006").diagnostics
    assert "10 243.70" in finding.message.fr and "et 2 autres montants" in finding.message.fr
    # Corte: « 12.000€ » twice, « 180 000 € » and « 12 000€ » elsewhere
    text = (
        "Article 1 : inférieur à 180 000 € ; au prix de 12.000€ (douze-mille euros) ; le prix "
        "de 12 000€ est conforme ; au prix de 12.000€ (douze-mille euros).\n"
    )
    (finding,) = lint_text(HEAD + text, "VAT006").diagnostics
    assert "et 1 autre montant," in finding.message.fr


def test_amount_format() -> None:
    assert codes("Article 1 : 10 243.70 € HT.\n", "VAT006") == ["VAT006"]
    assert codes("Article 1 : 11.850 € HT et 2 000 € HT.\n", "VAT006") == ["VAT006"]
    assert codes("Article 1 : 11.850 € HT et 2.000 € HT.\n", "VAT006") == []
    assert codes("Article 1 : 11 850,00 € HT.\n", "VAT006") == []


def vat_rate_codes(text: str, territory_hint: str | None, options: dict[str, str]) -> list[str]:
    from dataclasses import replace

    from actlint_rules.vat import vat_rate

    from tests.conftest import act_of

    act = replace(act_of(HEAD + text), territory_hint=territory_hint)
    return [vat_rate.code for _ in vat_rate.check(act, options)]


def test_rates_follow_the_act_territory_unless_one_is_configured() -> None:
    text = "Article 1 : 1 000,00 € HT, TVA à 8,5 %, soit 1 085,00 € TTC.\n"
    assert vat_rate_codes(text, "reunion", {"territory": "auto"}) == []
    assert vat_rate_codes(text, None, {"territory": "auto"}) == ["VAT002"]  # metropole
    assert vat_rate_codes(text, "reunion", {"territory": "metropole"}) == ["VAT002"]
    assert vat_rate_codes(text, "reunion", {}) == []  # the default is « auto »


def test_five_and_a_half_percent_is_a_corsican_rate() -> None:
    # Corte, plan de financement: « Part Communale (50 %) (TVA en sus) », a 5,5 % rate
    text = "Article 1 : 10 000,00 € HT, TVA à 5,5 %, soit 10 550,00 € TTC.\n"
    assert lint_territory(text, "corse") == []
    assert lint_territory(text.replace("5,5", "13").replace("10 550", "11 300"), "corse") == []
    assert lint_territory("Article 1 : TVA à 8,5 %.\n", "corse") == ["VAT002"]


CORSICAN_ACT = """COMMUNE D'AJACCIO
Hôtel de ville – 20000 Ajaccio
DÉCISION n° 2026-14
DÉCIDE
Article 1 : Le marché de fournitures est conclu pour 10 000,00 € HT, TVA à {rate} %, soit {ttc} € TTC.
Fait à Ajaccio, le 2 mars 2026.
"""


@pytest.mark.parametrize(
    ("rate", "ttc", "expected"),
    [("5,5", "10 550,00", []), ("13", "11 300,00", []), ("8,5", "10 850,00", ["VAT002"])],
)
def test_a_corsican_act_is_judged_at_corsican_rates(
    rate: str, ttc: str, expected: list[str]
) -> None:
    # The postcode 20000 gives Corsica, where 5,5 % is a rate (it was once missing).
    act = CORSICAN_ACT.format(rate=rate, ttc=ttc)
    assert [d.code for d in lint_text(act, "VAT002").diagnostics] == expected


def test_five_and_a_half_percent_with_territory_corse_on_the_command_line(tmp_path) -> None:
    act = tmp_path / "a.txt"
    act.write_text(HEAD + "Article 1 : 10 000,00 € HT, TVA à 5,5 %, soit 10 550,00 € TTC ; "
                   "TVA à 13 %.\n", encoding="utf-8")  # fmt: skip
    for territory, expected in (("corse", []), ("metropole", ["VAT002"])):
        shown = run_actlint("check", "--format", "json", "--select", "VAT002",
                            "--territory", territory, str(act))  # fmt: skip
        found = json.loads(shown.stdout)["files"][0]["diagnostics"]
        assert [(d["code"], d["quote"]) for d in found] == [(c, "13 %") for c in expected]


DOC_LABELS = ("Why:", "Severity:", "Contrôle :", "Pourquoi :", "Gravité :", "Failing example::",
              "Passing example::")  # fmt: skip


@pytest.mark.parametrize("rule", [r for r in load_rules() if r.code.startswith("VAT")],
                         ids=lambda r: r.code)  # fmt: skip
def test_vat_rules_are_documented_in_english_and_french(rule) -> None:
    import textwrap

    docs = textwrap.dedent(rule.docs.split("\n", 1)[1])
    paragraphs = [p.strip() for p in docs.split("\n\n")]
    starts = [[i for i, p in enumerate(paragraphs) if p.startswith(label)] for label in DOC_LABELS]
    assert all(len(found) == 1 for found in starts), rule.code  # each label once, as a paragraph
    assert [found[0] for found in starts] == sorted(found[0] for found in starts), rule.code
    assert not [w for w in ("1376", "2025/2150", "2025/2151", "S2LOW") if w in rule.docs]
