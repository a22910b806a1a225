"""The package's layers: each imports only from the layers below it, and the built-in
rule pack uses only the public interface third-party packs use."""

from __future__ import annotations

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
# The folders of actlint/ in pipeline order; the bottom-layer modules come first.
LAYERS = {"text": 0, "vocabulary": 0, "read": 1, "parse": 2, "engine": 3, "run": 4,
          "report": 5, "api": 6, "serve": 6, "cli": 6, "__main__": 7}  # fmt: skip


def imports(path: Path) -> list[str]:
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            found.append(node.module)
        elif isinstance(node, ast.Import):
            found.extend(alias.name for alias in node.names)
    return found


def layer(module: str) -> int | None:
    parts = module.split(".")
    if parts[0] != "actlint":
        return None
    return LAYERS[parts[1]] if len(parts) > 1 else 0


def test_every_module_belongs_to_a_layer() -> None:
    for path in (ROOT / "actlint").iterdir():
        if path.name != "__init__.py" and not path.name.startswith((".", "__pycache__")):
            assert path.stem in LAYERS, path


def test_no_layer_imports_a_higher_one() -> None:
    crossings = []
    for path in (ROOT / "actlint").rglob("*.py"):
        if path.name == "_lalr.py":
            continue
        parts = path.relative_to(ROOT).with_suffix("").parts
        own = layer(".".join(parts[:-1] if parts[-1] == "__init__" else parts))
        assert own is not None
        crossings += [f"{path.relative_to(ROOT)} imports {m}" for m in imports(path)
                      if (theirs := layer(m)) is not None and theirs > own]  # fmt: skip
    assert crossings == []


def test_the_built_in_pack_uses_the_public_interface_only() -> None:
    for path in (ROOT / "rules").rglob("*.py"):
        used = [m for m in imports(path) if m.startswith("actlint") and m != "actlint.api"]
        assert used == [], path


def test_rule_modules_do_not_import_each_other() -> None:
    for path in (ROOT / "rules").glob("*.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        relative = [n.module or "" for n in ast.walk(tree)
                    if isinstance(n, ast.ImportFrom) and n.level > 0]  # fmt: skip
        if path.name == "__init__.py":
            continue
        assert all(m.startswith("support") for m in relative), (path, relative)


def test_each_rule_lives_in_the_module_its_prefix_names() -> None:
    import actlint_rules

    modules = {"STR": "structure", "REC": "recitals", "DEL": "delegation", "DAT": "dates",
               "VAT": "vat", "EXE": "execution", "REF": "references", "NOM": "nomenclature",
               "ENT": "names", "TRA": "transmission", "DLG": "delegating",
               "MAT": "matters", "SEA": "sitting", "CHN": "chain"}  # fmt: skip
    for rule in actlint_rules.RULES:
        assert rule.check.__module__ == f"actlint_rules.{modules[rule.code[:3]]}", rule.code


def test_rule_tests_mirror_the_rule_modules() -> None:
    modules = {p.stem for p in (ROOT / "rules").glob("*.py") if p.stem != "__init__"}
    tests = {p.stem.removeprefix("test_") for p in (ROOT / "tests" / "rules").glob("test_*.py")}
    assert tests - {"rule_docs"} == modules
