"""VAT002–VAT006 and the pairing of VAT001 on hand-made acts."""

from __future__ import annotations

import pytest
from actlint_rules.support.reference_data import TERRITORIES, territories

from actlint.engine.lint import lint_source
from actlint.engine.registry import load_rules
from actlint.read.source import decode
from tests.conftest import lint_text, run_actlint

HEAD = "DÉCISION n° 2026-1\nDÉCIDE\n"


def codes(text: str, *selected: str) -> list[str]:
    return [d.code for d in lint_text(HEAD + text, *selected).diagnostics]


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


def procurement(amount: str, subject: str, signed: str, visa: str = R2122_8) -> list[str]:
    text = (
        f"DÉCISION n° 1\n{visa}DÉCIDE\nArticle 1 : Le marché de {subject} est conclu pour "
        f"{amount} € HT.\n" + SIGNED.format(signed)
    )
    return [d.code for d in lint_text(text, "VAT004").diagnostics]


@pytest.mark.parametrize(
    ("amount", "subject", "signed", "expected"),
    [
        ("45 000,00", "fournitures", "2 mars 2026", ["VAT004"]),  # 40 000 until 31 March 2026
        ("45 000,00", "fournitures", "2 avril 2026", []),  # 60 000 from 1 April 2026
        ("60 000,00", "prestations de services", "2 avril 2026", ["VAT004"]),
        ("90 000,00", "travaux", "2 mars 2026", []),  # works: 100 000 from 2026
        ("45 000,00", "travaux", "2 mars 2025", ["VAT004"]),  # 40 000 for all in 2025
        ("90 000,00", "maintenance", "2 mars 2026", ["VAT004"]),
        ("90 000,00", "travaux et de fournitures", "2 mars 2026", []),  # nature unclear: 100 000
        ("45 000,00", "fournitures", "2 mars 2019", []),  # threshold not known: not judged
    ],
)
def test_procurement_thresholds(
    amount: str, subject: str, signed: str, expected: list[str]
) -> None:
    assert procurement(amount, subject, signed) == expected


def test_single_operator_case_is_not_judged_against_the_threshold() -> None:
    visa = R2122_8 + "Vu l'article R. 2122-3 du code de la commande publique ;\n"
    assert procurement("450 000,00", "maintenance", "2 mars 2026", visa) == []


def test_european_threshold_is_advice() -> None:
    text = (
        "DÉCISION n° 1\nDÉCIDE\nArticle 1 : Le marché de services est attribué pour "
        "216 000,00 € HT.\nFait à Lens, le 2 mars 2026.\n"
    )
    (finding,) = lint_text(text, "VAT005").diagnostics
    assert finding.severity.label == "info" and "216 000,00 €" in finding.message.fr


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
