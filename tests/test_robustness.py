"""No input, however broken, makes actlint raise, hang or point outside the file."""

from __future__ import annotations

from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from actlint.document import read_document
from actlint.lint import lint_source
from actlint.registry import load_rules
from actlint.source import decode
from tests.conftest import CORPUS, EXAMPLE, run_actlint

RULES = load_rules()
REAL_LINES = [line for path in [EXAMPLE, *sorted(CORPUS.glob("*.txt"))]
              for line in path.read_text(encoding="utf-8").split("\n")]  # fmt: skip

# Pieces of acts, put together in any order and damaged.
act_like = st.lists(
    st.one_of(
        st.sampled_from(REAL_LINES),
        st.sampled_from(
            [
                "Vu",
                "VU",
                "Considérant",
                "CONSIDÉRANT :",
                "que",
                "DÉCIDE",
                "ARRÊTE",
                "Article 1er :",
                "Art. 2.-",
                "Fait à",
                "le 31 février 2026",
                "1er",
                "€ HT",
                "TTC",
                "L.2122-",
                "22",
                "**",
                "<sup>er</sup>",
                "\\",
                "#",
                "n°",
                "du même code",
                "l'an deux mille",
                "-",
                "\u00a0",
                "\r",
                "\ufffd",
            ]
        ),
        st.text(max_size=40),
    ),
    max_size=40,
).map("\n".join)


def check_invariants(data: bytes) -> None:
    source = decode(data, "fuzz.txt")
    result = lint_source(source, RULES)
    assert all(d.code != "IO003" for d in result.diagnostics), result.diagnostics
    last_line = max(1, source.line_count)
    for d in result.diagnostics:
        assert 1 <= d.line <= d.end_line <= last_line
        assert d.column >= 1 and d.end_column >= 1
        if source.text:
            assert d.column <= len(source.line_text(d.line)) + 1
            assert d.end_column <= len(source.line_text(d.end_line)) + 1
    if not source.binary:
        assert read_document(source).act == read_document(source).act  # same input, same act


@settings(max_examples=300, suppress_health_check=[HealthCheck.too_slow], deadline=None)
@given(act_like)
def test_act_like_text(text: str) -> None:
    check_invariants(text.encode("utf-8"))


@settings(max_examples=200, deadline=None)
@given(st.text())
def test_any_text(text: str) -> None:
    check_invariants(text.encode("utf-8", "surrogatepass"))


@settings(max_examples=200, deadline=None)
@given(st.binary())
def test_any_bytes(data: bytes) -> None:
    check_invariants(data)


def test_large_act_through_the_console_script(tmp_path: Path) -> None:
    """A 5 MB act: thousands of articles, one finding each where the VAT is wrong."""
    head = "DÉCISION n° 2026-1\nLe Maire,\nVu le code général des collectivités territoriales ;\nDÉCIDE\n"
    body = "".join(
        f"Article {n} : Le montant du lot {n} est de 1 000,00 € HT soit 1 200,0{n % 2} € TTC, "
        f"à compter du 1er janvier 2027, en application de l'article L. 2122-22 du CGCT.\n"
        for n in range(1, 31001)
    )
    act = tmp_path / "big.txt"
    act.write_text(
        head + body + "Fait à Lens, le 2 mai 2026.\nLe Maire,\nJean DUPONT\n", encoding="utf-8"
    )
    assert act.stat().st_size > 5_000_000
    result = run_actlint("check", "--format", "concise", str(act))
    assert result.returncode == 1 and result.stderr == ""
    lines = [line for line in result.stdout.splitlines() if " VAT001 " in line]
    assert len(lines) == 15500  # one per odd lot
    column = body.index("1 200,01") + 1
    assert lines[0] == (
        f"{act}:5:{column} VAT001 [erreur] montant TTC incohérent : 1 000,00 € HT "
        "× 1,20 = 1 200,00 € TTC, et non 1 200,01 € (écart : 0,01 €)"
    )


ADVERSARIAL = {
    "digits.txt": "1 2 " * 250_000,  # a 1 MB line of digits and spaces
    "visas.txt": "Vu le code ;\n" * 100_000,
    "parentheses.txt": "(" * 50_000 + ")" * 50_000,
    "amounts.txt": "1 000,00 € HT soit 1 200,00 € TTC " * 20_000,
    "references.txt": "".join(
        f"Vu l'arrêté n° {i}/2016/04 du 2 mars 2016 ;\n" for i in range(20_000)
    ),
    "susvise.txt": "ARRÊTÉ n° 1\n"
    + "".join(f"Vu l'arrêté n° {i} du 2 mars 2016 ;\n" for i in range(10_000))
    + "ARRÊTE\nArticle 1 : "
    + "l'arrêté du 3 mars 2016 susvisé ; " * 10_000,
}


def test_adversarial_inputs_do_not_hang(tmp_path: Path) -> None:
    """Inputs that once made a pattern or a rule quadratic: each must finish, and quickly
    enough for the generous guard below (the benchmark, not this test, measures speed)."""
    for name, text in ADVERSARIAL.items():
        path = tmp_path / name
        path.write_text(text, encoding="utf-8")
        result = run_actlint("check", "--format", "concise", "--quiet", str(path))
        assert result.returncode in (0, 1) and result.stderr == "", name
