"""The project configuration: ``[tool.actlint]`` in pyproject.toml, ``actlint.toml`` or
``.actlint.toml``; the nearest file to the linted path wins, ``--config`` overrides.

``KEYS`` is the one description of the configuration; the README's table is generated
from it (``python -m actlint.engine.config``).
"""

from __future__ import annotations

import fnmatch
import os
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path
from typing import Any, Literal

from actlint.engine.registry import Registry, RegistryError, matches
from actlint.engine.rule import Rule, Severity
from actlint.text import Text

CONFIG_FILES = ("actlint.toml", ".actlint.toml", "pyproject.toml")
SEVERITIES = ("error", "warning", "info")
LANGS = ("fr", "en")


@dataclass(frozen=True)
class Key:
    name: str
    kind: str
    default: str
    description: str


KEYS = (
    Key("select", "list of codes, prefixes or names", "all stable rules",
        "Rules to run instead of the default set; `ALL` selects every rule."),
    Key("extend-select", "list", "[]", "Rules to add to the selection."),
    Key("ignore", "list", "[]", "Rules not to run (codes, prefixes such as `DAT`, names, `ALL`)."),
    Key("per-file-ignores", "table glob → list", "{}",
        "Rules not to run on files matching a glob (relative to the configuration file)."),
    Key("severity", "table rule → error|warning|info", "{}", "Severity overrides per rule."),
    Key("fail-on", "error|warning|info", "error", "Lowest severity that makes the exit code 1."),
    Key("lang", "fr|en", "fr", "Language of the messages."),
    Key("exclude", "list of globs", "[]",
        "Paths not to lint when walking directories (and for explicit paths with "
        "`--force-exclude`)."),
    Key("preview", "boolean", "false", "Also run the rules still in preview."),
    Key("time-budget", "seconds", "60",
        "Longest time spent on one file; beyond it the file gets an IO004 finding (0: none)."),
    Key("repository", "folder or false", "the git repository's root",
        "The folder whose acts references are resolved against (relative to the "
        "configuration file); `false`: none."),
    Key("rules", "table rule → options", "{}",
        "Options of a rule, e.g. `[tool.actlint.rules.VAT001] rounding_per_line = \"0.02\"`."),
    Key("house-rules", "array of tables", "[]",
        "Wording rules for legal staff: `code`, `kind` (`required`, `forbidden` or "
        "`preferred`), `phrase`, `replacement` (preferred), `acts` (kinds of act), "
        "`message`, `severity`."),
)  # fmt: skip
_KNOWN = {key.name for key in KEYS}


class ConfigError(Exception):
    """An invalid configuration: the message names the file, the line and the key, in
    French (``str``) and English (``text.en``)."""

    def __init__(self, message: Text | str) -> None:
        self.text = message if isinstance(message, Text) else Text(message, message)
        super().__init__(self.text.fr)


def did_you_mean(given: str, known: Iterable[str]) -> Text:
    """« (did you mean X?) » for a word a letter or two away from a known one, else nothing."""
    import difflib

    close = difflib.get_close_matches(given, list(known), n=1, cutoff=0.75)
    if not close:
        return Text("", "")
    return Text(f" (vouliez-vous dire « {close[0]} » ?)", f" (did you mean « {close[0]} »?)")


@dataclass(frozen=True)
class Config:
    path: Path | None = None
    select: tuple[str, ...] = ()
    extend_select: tuple[str, ...] = ()
    ignore: tuple[str, ...] = ()
    per_file_ignores: tuple[tuple[str, tuple[str, ...]], ...] = ()
    severity: tuple[tuple[str, str], ...] = ()
    fail_on: str | None = None
    lang: str | None = None
    settings: tuple[tuple[str, Any], ...] = ()  # the packs' settings (``territory``…)
    exclude: tuple[str, ...] = ()
    preview: bool = False
    time_budget: float = 60.0
    rule_options: tuple[tuple[str, tuple[tuple[str, Any], ...]], ...] = ()
    house_rules: tuple[dict[str, Any], ...] = field(default=())
    # The folder of acts references resolve against: None for the git repository's root,
    # False for none.
    repository: Path | Literal[False] | None = None

    @property
    def root(self) -> Path:
        return self.path.parent if self.path else Path.cwd()

    @cached_property
    def _root_prefix(self) -> str:
        return str(self.root.resolve()).rstrip(os.sep) + os.sep

    def relative(self, path: str) -> str:
        """The path relative to the configuration's folder, with « / » (as globs are written)."""
        absolute = os.path.abspath(path)
        if absolute.startswith(self._root_prefix):
            return absolute[len(self._root_prefix) :].replace(os.sep, "/")
        return Path(path).as_posix()

    def excludes(self, path: str) -> bool:
        if not self.exclude:
            return False
        relative = self.relative(path)
        parts = relative.split("/")
        return any(
            fnmatch.fnmatch(relative, glob) or any(fnmatch.fnmatch(p, glob) for p in parts)
            for glob in self.exclude
        )

    def ignored_for(self, path: str) -> tuple[str, ...]:
        if not self.per_file_ignores:
            return ()
        relative = self.relative(path)
        return tuple(
            code for glob, codes in self.per_file_ignores
            if fnmatch.fnmatch(relative, glob) or fnmatch.fnmatch(Path(relative).name, glob)
            for code in codes
        )  # fmt: skip


def select_rules(rules: Iterable[Rule], config: Config, path: str, preview: bool) -> list[Rule]:
    """The rules to run on ``path``: select, extend-select, ignore, per-file ignores,
    preview and the rules' lifecycle. Selectors are already canonical (see ``_validate``)."""
    ignored = (*config.ignore, *config.ignored_for(path))
    preview = preview or config.preview
    chosen = []
    for rule in rules:
        named = {rule.code, rule.name}
        exact = any(s in named for s in (*config.select, *config.extend_select))
        if config.select:
            picked = any(matches(s, rule) for s in config.select)
        else:
            picked = rule.status == "stable" or (preview and rule.status == "preview")
        picked = picked or any(matches(s, rule) for s in config.extend_select)
        if rule.status in ("preview", "deprecated") and not (
            exact or (preview and rule.status == "preview")
        ):
            picked = False
        if rule.status == "removed" or any(matches(s, rule) for s in ignored):
            picked = False
        if picked:
            chosen.append(rule)
    return chosen


def find_config(path: str) -> Path | None:
    """The configuration file nearest to ``path`` (its folder, then the parents)."""
    folder = Path(os.path.abspath(path))
    folder = folder if folder.is_dir() else folder.parent
    for candidate_folder in (folder, *folder.parents):
        for name in CONFIG_FILES:
            candidate = candidate_folder / name
            if candidate.is_file() and (name != "pyproject.toml" or _has_tool_section(candidate)):
                return candidate
    return None


def _has_tool_section(pyproject: Path) -> bool:
    import tomllib  # only read when a project has a file to read

    try:
        return "actlint" in tomllib.loads(pyproject.read_text("utf-8")).get("tool", {})
    except (OSError, tomllib.TOMLDecodeError, UnicodeDecodeError):
        return True  # let load_config report the broken file


def load_config(path: Path, registry: Registry) -> Config:
    """Read and validate a configuration file."""
    import tomllib

    try:
        text = path.read_text("utf-8")
        document = tomllib.loads(text)
    except (OSError, UnicodeDecodeError) as error:
        raise ConfigError(f"{path}: {error}") from error
    except tomllib.TOMLDecodeError as error:
        raise ConfigError(
            Text(f"{path}: TOML invalide : {error}", f"{path}: invalid TOML: {error}")
        ) from error
    table = (
        document.get("tool", {}).get("actlint", {}) if path.name == "pyproject.toml" else document
    )
    return _validate(path, text, table, registry)


def _line_of(text: str, key: str) -> int:
    pattern = re.compile(
        rf'^\s*(?:\[[^\]]*\b{re.escape(key)}\b[^\]]*\]|"?{re.escape(key)}"?\s*=)', re.M
    )
    found = pattern.search(text)
    return text.count("\n", 0, found.start()) + 1 if found else 1


def _validate(path: Path, text: str, table: dict[str, Any], registry: Registry) -> Config:
    def fail(key: str, problem: Text | str) -> ConfigError:
        if isinstance(problem, str):
            problem = Text(problem, problem)
        where = f"{path}:{_line_of(text, key)}: {key}"
        return ConfigError(Text(f"{where} : {problem.fr}", f"{where}: {problem.en}"))

    settings = registry.settings
    known = _KNOWN | set(settings)
    for key in table:
        if key not in known:
            hint, listed = did_you_mean(key, known), ", ".join(sorted(known))
            raise fail(
                key,
                Text(
                    f"clé inconnue{hint.fr} (clés possibles : {listed})",
                    f"unknown key{hint.en} (possible keys: {listed})",
                ),
            )

    house = table.get("house-rules", [])
    if not isinstance(house, list) or not all(isinstance(h, dict) for h in house):
        raise fail(
            "house-rules",
            Text(
                "un tableau de tables [[house-rules]] est attendu",
                "an array of tables [[house-rules]] is expected",
            ),
        )
    from actlint.engine.house_rules import house_rule, validate_house_rule

    for entry in house:
        problem = validate_house_rule(entry)
        if problem:
            raise fail("house-rules", problem)
    try:
        registry = registry.with_rules(house_rule(entry) for entry in house)
    except RegistryError as error:
        raise fail("house-rules", error.text) from error

    def selector(key: str, given: str) -> str:
        """The canonical selector, after checking that it designates a rule that can run."""
        if not given.strip() or not registry.designates(given):
            raise fail(key, no_such_rule(given, registry))
        rule = registry.get(given)
        if rule is not None and rule.status == "removed":
            raise fail(
                key,
                Text(
                    f"la règle {rule.code} ({rule.name}) a été retirée",
                    f"rule {rule.code} ({rule.name}) was removed",
                ),
            )
        return registry.canonical(given)

    def selectors(key: str) -> tuple[str, ...]:
        value = table.get(key, [])
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            raise fail(
                key,
                Text(
                    "une liste de codes, de préfixes ou de noms est attendue",
                    "a list of codes, prefixes or names is expected",
                ),
            )
        return tuple(selector(key, s) for s in value)

    def choice(key: str, allowed: tuple[str, ...]) -> str | None:
        value = table.get(key)
        if value is not None and value not in allowed:
            raise fail(
                key,
                Text(
                    f"« {value} » n'est pas une valeur possible ({', '.join(allowed)})",
                    f"« {value} » is not a possible value ({', '.join(allowed)})",
                ),
            )
        return value

    per_file = table.get("per-file-ignores", {})
    if not isinstance(per_file, dict):
        raise fail(
            "per-file-ignores",
            Text(
                "une table « motif = [règles] » est attendue",
                "a table « glob = [rules] » is expected",
            ),
        )
    per_file_ignores = []
    for glob, codes in per_file.items():
        if not isinstance(codes, list) or not all(
            isinstance(c, str) and c.strip() and registry.designates(c) for c in codes
        ):
            raise fail(
                glob,
                Text(
                    "une liste de règles existantes est attendue",
                    "a list of existing rules is expected",
                ),
            )
        per_file_ignores.append((glob, tuple(registry.canonical(c) for c in codes)))

    severity = table.get("severity", {})
    if not isinstance(severity, dict):
        raise fail(
            "severity",
            Text(
                "une table « règle = gravité » est attendue",
                "a table « rule = severity » is expected",
            ),
        )
    for given, level in severity.items():
        selector(given, given)
        if level not in SEVERITIES:
            raise fail(
                given,
                Text(
                    f"« {level} » n'est pas une gravité ({', '.join(SEVERITIES)})",
                    f"« {level} » is not a severity ({', '.join(SEVERITIES)})",
                ),
            )

    options = table.get("rules", {})
    if not isinstance(options, dict):
        raise fail(
            "rules", Text("une table par règle est attendue", "a table per rule is expected")
        )
    rule_options = []
    for given, values in options.items():
        rule = registry.get(given)
        if rule is None or not isinstance(values, dict):
            raise fail(given, no_such_rule(given, registry))
        for name, value in values.items():
            option = rule.option(name)
            if option is None:
                known_options = ", ".join(o.name for o in rule.options)
                hint = did_you_mean(name, [o.name for o in rule.options])
                raise fail(
                    name,
                    Text(
                        f"option inconnue de {rule.code}{hint.fr} (options : {known_options or 'aucune'})",
                        f"unknown option of {rule.code}{hint.en} (options: {known_options or 'none'})",
                    ),
                )
            wrong = option.problem(value)
            if wrong:
                raise fail(name, Text(f"{rule.code} : {wrong.fr}", f"{rule.code}: {wrong.en}"))
        rule_options.append((rule.code, tuple(values.items())))

    pack_settings = []
    for name, option in settings.items():
        if name in table:
            wrong = option.problem(table[name])
            if wrong:
                raise fail(name, wrong)
            pack_settings.append((name, table[name]))

    exclude = table.get("exclude", [])
    if not isinstance(exclude, list) or not all(isinstance(g, str) for g in exclude):
        raise fail(
            "exclude", Text("une liste de motifs est attendue", "a list of globs is expected")
        )
    preview = table.get("preview", False)
    if not isinstance(preview, bool):
        raise fail("preview", Text("true ou false est attendu", "true or false is expected"))
    budget = table.get("time-budget", 60)
    if isinstance(budget, bool) or not isinstance(budget, int | float) or budget < 0:
        raise fail(
            "time-budget",
            Text(
                "un nombre de secondes positif est attendu",
                "a positive number of seconds is expected",
            ),
        )
    repository = table.get("repository")
    if repository is not None and repository is not False and not isinstance(repository, str):
        raise fail("repository", Text("un dossier ou false est attendu",
                                      "a folder or false is expected"))  # fmt: skip
    folder = (path.parent / repository).resolve() if isinstance(repository, str) else repository
    if isinstance(folder, Path) and not folder.is_dir():
        raise fail("repository", Text(f"{folder} n'est pas un dossier",
                                      f"{folder} is not a folder"))  # fmt: skip

    return Config(
        path=path, select=selectors("select"), extend_select=selectors("extend-select"),
        ignore=selectors("ignore"), per_file_ignores=tuple(per_file_ignores),
        severity=tuple((registry.canonical(k), v) for k, v in severity.items()),
        fail_on=choice("fail-on", SEVERITIES), lang=choice("lang", LANGS),
        settings=tuple(pack_settings), exclude=tuple(exclude), preview=preview,
        time_budget=float(budget), rule_options=tuple(rule_options), house_rules=tuple(house),
        repository=folder,
    )  # fmt: skip


def no_such_rule(given: str, registry: Registry) -> Text:
    """« X designates no rule », with the nearest code or name when one is close."""
    hint = did_you_mean(given, [n for r in registry.rules for n in (r.code, r.name)])
    return Text(f"« {given} » ne désigne aucune règle{hint.fr}",
                f"« {given} » designates no rule{hint.en}")  # fmt: skip


def severity_overrides(config: Config, rules: Iterable[Rule]) -> dict[str, Severity]:
    """Rule code → the severity the configuration gives it."""
    overrides = {}
    for selector, level in config.severity:
        for rule in rules:
            if matches(selector, rule):
                overrides[rule.code] = Severity[level.upper()]
    return overrides


def readme_table(registry: Registry) -> str:
    """The configuration keys as a Markdown table, for the README: the engine's, then the
    settings the installed packs contribute."""
    rows = ["| key | value | default | meaning |", "|---|---|---|---|"]
    rows += [f"| `{k.name}` | {k.kind} | {k.default} | {k.description} |" for k in KEYS]
    rows += [
        f"| `{o.name}` | {'|'.join(o.choices) or o.type} | {o.default} | "
        f"{o.doc.en[:1].upper()}{o.doc.en[1:]}. |"
        for o in registry.settings.values()
    ]
    return "\n".join(rows)


if __name__ == "__main__":
    from actlint.engine.registry import load_registry

    print(readme_table(load_registry()))
