"""No input, however broken, makes actlint raise, hang or point outside the file."""

from __future__ import annotations

import json
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from actlint.engine.lint import lint_source
from actlint.engine.registry import load_rules
from actlint.parse.document import read_document
from actlint.read.formats import load
from actlint.read.source import decode
from tests.conftest import CORPUS, EXAMPLE, FIXTURES, run_actlint

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
    if source.problem is None:
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


OCR_SLIPS = (("l", "1"), ("1", "l"), ("O", "0"), ("0", "O"), ("é", "e"), ("m", "rn"),
             ("rn", "m"), (",", "."), ("€", "E"), ("'", "’"), (" ", ""), ("e", "c"))  # fmt: skip
REAL_ACTS = [path.read_text(encoding="utf-8") for path in [EXAMPLE, *sorted(CORPUS.glob("*.txt"))]]


@st.composite
def damaged_act(draw: st.DrawFn) -> bytes:
    """A real act after the damage scans, exports and copies do: truncation, OCR slips,
    doubled, dropped or swapped lines, and a stretch saved in another encoding."""
    lines = draw(st.sampled_from(REAL_ACTS)).split("\n")
    for _ in range(draw(st.integers(0, 8))):
        at = draw(st.integers(0, max(0, len(lines) - 1)))
        damage = draw(st.sampled_from(("truncate", "ocr", "double", "drop", "swap")))
        if damage == "truncate":
            lines = (
                [*lines[:at], lines[at][: draw(st.integers(0, len(lines[at])))]] if lines else []
            )
        elif damage == "ocr" and lines:
            wrong, right = draw(st.sampled_from(OCR_SLIPS))
            lines[at] = lines[at].replace(wrong, right, draw(st.integers(1, 3)))
        elif damage == "double" and lines:
            lines.insert(at, lines[at])
        elif damage == "drop" and lines:
            del lines[at]
        elif damage == "swap" and len(lines) > 1:
            lines[at - 1], lines[at] = lines[at], lines[at - 1]
    split = draw(st.integers(0, len(lines)))
    head, tail = "\n".join(lines[:split]), "\n".join(lines[split:])
    encoding = draw(st.sampled_from(("utf-8", "cp1252", "latin-1")))
    return head.encode("utf-8") + b"\n" + tail.encode(encoding, "replace")


@settings(max_examples=200, suppress_health_check=[HealthCheck.too_slow], deadline=None)
@given(damaged_act())
def test_damaged_real_acts(data: bytes) -> None:
    check_invariants(data)


@settings(max_examples=8, suppress_health_check=[HealthCheck.too_slow], deadline=None)
@given(damaged_act())
def test_damaged_acts_through_the_console_script(data: bytes) -> None:
    """Exit code 0, 1 or 2 only, no traceback, and the same output twice."""
    runs = [run_actlint("check", "--no-cache", "--format", "json", "-", stdin=data) for _ in "ab"]
    assert runs[0].returncode in (0, 1, 2) and "Traceback" not in runs[0].stderr
    assert (runs[0].returncode, runs[0].stdout) == (runs[1].returncode, runs[1].stdout)
    json.loads(runs[0].stdout)


DOCUMENTS = sorted((FIXTURES / "documents" / "converted").glob("00[14].*"))


@settings(max_examples=150, suppress_health_check=[HealthCheck.too_slow], deadline=None)
@given(
    st.sampled_from(DOCUMENTS),
    st.lists(st.tuples(st.integers(0, 10**6), st.integers(0, 255)), max_size=12),
    st.integers(0, 10**6),
)
def test_damaged_documents(path: Path, flips: list[tuple[int, int]], cut: int) -> None:
    """DOCX, ODT and PDF files with bytes changed and cut short: an IO finding or a
    reading, never an exception, and every position inside the text read."""
    data = bytearray(path.read_bytes())
    for position, byte in flips:
        data[position % len(data)] = byte
    source = load(bytes(data[: max(1, cut % (len(data) + 1))]), path.name)
    result = lint_source(source, RULES)
    assert all(d.code != "IO003" for d in result.diagnostics), result.diagnostics
    for d in result.diagnostics:
        assert 1 <= d.line <= d.end_line <= max(1, source.line_count)
        if d.place is not None:
            assert source.places is not None and d.place in source.places


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


def test_a_20_mb_act(tmp_path: Path) -> None:
    article = ("Article {n} : Le lot {n} est attribué pour 1 000,00 € HT soit 1 200,00 € TTC, "
               "du 1er janvier 2027 au 31 décembre 2027, selon l'article R. 2122-8 du code de "
               "la commande publique.\n")  # fmt: skip
    body = "".join(article.format(n=n) for n in range(1, 115_001))
    act = tmp_path / "big.txt"
    act.write_text("DÉCISION n° 2026-1\nLe Maire,\nDÉCIDE\n" + body + "Fait à Lens, le 2 mai "
                   "2026.\nLe Maire,\nJean DUPONT\n", encoding="utf-8")  # fmt: skip
    assert act.stat().st_size > 20_000_000
    result = run_actlint("check", "--format", "concise", str(act))
    assert result.returncode in (0, 1) and result.stderr == "" and "IO004" not in result.stdout


def test_adversarial_inputs_do_not_hang(tmp_path: Path) -> None:
    """Inputs that once made a pattern or a rule quadratic: each must finish, and quickly
    enough for the generous guard below (the benchmark, not this test, measures speed)."""
    for name, text in ADVERSARIAL.items():
        path = tmp_path / name
        path.write_text(text, encoding="utf-8")
        result = run_actlint("check", "--format", "concise", "--quiet", str(path))
        assert result.returncode in (0, 1) and result.stderr == "", name
