"""``actlint check`` over paths: configuration, rule selection, linting, baseline."""

from __future__ import annotations

import json
import os
import tempfile
from dataclasses import dataclass, replace
from pathlib import Path

from actlint.config import (
    Config,
    ConfigError,
    find_config,
    load_config,
    select_rules,
    severity_overrides,
)
from actlint.files import STDIN, Unreadable, expand, read
from actlint.fingerprint import fingerprints
from actlint.house_rules import house_rule
from actlint.lint import FileResult, lint_source
from actlint.rule import Rule

BASELINE_VERSION = 1


@dataclass(frozen=True)
class Settings:
    """What the command line says; None leaves the choice to the configuration."""

    config_path: str | None = None
    preview: bool = False
    territory: str | None = None
    force_exclude: bool = False
    stdin_filename: str | None = None


@dataclass(frozen=True)
class Outcome:
    results: list[FileResult]
    rules: list[Rule]
    unreadable: list[Unreadable]
    config: Config


class _Configs:
    """Configurations by file, read once each."""

    def __init__(self, rules: list[Rule], territories: tuple[str, ...], forced: str | None):
        self.rules, self.territories = rules, territories
        self.forced = Path(forced) if forced else None
        self.loaded: dict[Path | None, Config] = {}

    def for_path(self, path: str) -> Config:
        location = self.forced or (find_config(path if path != STDIN else ".") if path else None)
        if location not in self.loaded:
            self.loaded[location] = (
                load_config(location, self.rules, self.territories) if location else Config()
            )
        return self.loaded[location]


def check_paths(
    paths: tuple[str, ...], settings: Settings, rules: list[Rule], territories: tuple[str, ...]
) -> Outcome:
    """Lint every act under ``paths``. Raises ConfigError for an invalid configuration."""
    if settings.config_path and not Path(settings.config_path).is_file():
        raise ConfigError(f"{settings.config_path}: fichier de configuration introuvable")
    configs = _Configs(rules, territories, settings.config_path)
    results: list[FileResult] = []
    unreadable: list[Unreadable] = []
    first = configs.for_path(paths[0] if paths else ".")
    for item in expand(paths):
        if isinstance(item, Unreadable):
            unreadable.append(item)
            continue
        config = configs.for_path(item)
        explicit = item in paths
        if item != STDIN and config.excludes(item) and (not explicit or settings.force_exclude):
            continue
        source = read(item)
        if isinstance(source, Unreadable):
            unreadable.append(source)
            continue
        if source.path == STDIN and settings.stdin_filename:
            source = replace(source, path=settings.stdin_filename)
        house = [house_rule(entry) for entry in config.house_rules]
        chosen = select_rules([*rules, *house], config, source.path, settings.preview)
        territory = settings.territory or config.territory or "metropole"
        options = {code: dict(values) for code, values in config.rule_options}
        for rule in chosen:
            if "territory" in rule.options:
                options.setdefault(rule.code, {})["territory"] = territory
        result = lint_source(source, chosen, options)
        overrides = severity_overrides(config, [*rules, *house])
        if overrides:
            result = replace(result, diagnostics=tuple(
                replace(d, severity=overrides.get(d.code, d.severity)) for d in result.diagnostics
            ))  # fmt: skip
        results.append(result)
    return Outcome(results, rules, unreadable, first)


def write_baseline(path: str, results: list[FileResult]) -> None:
    """Record the current findings, atomically."""
    entries = [
        {"path": r.path, "code": d.code, "fingerprint": fingerprint, "line": d.line}
        for r in results
        for d, fingerprint in fingerprints(r)
    ]
    payload = json.dumps({"version": BASELINE_VERSION, "findings": entries},
                         ensure_ascii=False, indent=2)  # fmt: skip
    folder = os.path.dirname(os.path.abspath(path))
    with tempfile.NamedTemporaryFile("w", encoding="utf-8", dir=folder, delete=False,
                                     prefix=".actlint-baseline-") as handle:  # fmt: skip
        handle.write(payload + "\n")
    os.replace(handle.name, path)


def apply_baseline(
    path: str, results: list[FileResult]
) -> tuple[list[FileResult], list[dict[str, object]]]:
    """The results without the findings recorded in the baseline, and the recorded
    findings that no longer occur."""
    try:
        recorded = json.loads(Path(path).read_text("utf-8"))
        entries = recorded["findings"]
        known = {(e["path"], e["fingerprint"]) for e in entries}
    except (OSError, ValueError, KeyError, TypeError) as error:
        raise ConfigError(f"{path}: base de référence illisible ({error})") from error
    kept, seen = [], set()
    for result in results:
        fresh = []
        for d, fingerprint in fingerprints(result):
            if (result.path, fingerprint) in known:
                seen.add((result.path, fingerprint))
            else:
                fresh.append(d)
        kept.append(replace(result, diagnostics=tuple(fresh)))
    gone = [e for e in entries if (e["path"], e["fingerprint"]) not in seen]
    return kept, gone
