"""``actlint check`` over paths: configuration, rule selection, linting, baseline."""

from __future__ import annotations

import os
import signal
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, replace
from functools import cache
from pathlib import Path

from actlint.engine.config import (
    Config,
    ConfigError,
    find_config,
    load_config,
    matches,
    select_rules,
    severity_overrides,
)
from actlint.engine.diagnostic import Diagnostic
from actlint.engine.house_rules import house_rule
from actlint.engine.lint import FileResult, lint_source
from actlint.engine.rule import Rule
from actlint.read.files import STDIN, Unreadable, expand, read_bytes
from actlint.read.formats import load
from actlint.run.cache import ResultCache, code_fingerprint, default_folder
from actlint.territories import TERRITORIES
from actlint.text import Text


@dataclass(frozen=True)
class Settings:
    """What the command line says; None leaves the choice to the configuration."""

    config_path: str | None = None
    preview: bool = False
    territory: str | None = None
    force_exclude: bool = False
    stdin_filename: str | None = None
    jobs: int | None = None  # None: automatic
    cache: bool = True
    select: tuple[str, ...] = ()  # replaces the configuration's selection when given
    extend_select: tuple[str, ...] = ()  # added to it
    ignore: tuple[str, ...] = ()  # added to it


@dataclass(frozen=True)
class Run:
    """A check over paths. ``files`` lints them as it is iterated, in order, so that
    reports can stream and memory stays flat however many files there are."""

    rules: list[Rule]
    config: Config  # the configuration of the first path: lang, fail-on
    files: Iterator[FileResult | Unreadable]


class _Configs:
    """Configurations by file, read once each."""

    def __init__(self, rules: list[Rule], territories: tuple[str, ...], settings: Settings):
        self.rules, self.territories, self.settings = rules, territories, settings
        self.forced = Path(settings.config_path) if settings.config_path else None
        self.loaded: dict[Path | None, Config] = {}
        self.found: dict[str, Path | None] = {}
        self.house: dict[int, list[Rule]] = {}

    def house_rules(self, config: Config) -> list[Rule]:
        """The house rules a configuration declares, made once."""
        if id(config) not in self.house:
            self.house[id(config)] = [house_rule(entry) for entry in config.house_rules]
        return self.house[id(config)]

    def for_path(self, path: str) -> Config:
        where = os.path.abspath(path if path != STDIN else ".")
        folder = where if os.path.isdir(where) else os.path.dirname(where)
        if folder not in self.found:  # one search per folder, not per file
            self.found[folder] = self.forced or find_config(folder)
        location = self.found[folder]
        if location not in self.loaded:
            config = load_config(location, self.rules, self.territories) if location else Config()
            self.loaded[location] = self._with_command_line(config)
        return self.loaded[location]

    def _with_command_line(self, config: Config) -> Config:
        """``--select`` replaces the configuration's selection; ``--extend-select`` and
        ``--ignore`` add to it."""
        given = self.settings
        if not (given.select or given.extend_select or given.ignore):
            return config
        return replace(
            config,
            select=given.select or config.select,
            extend_select=(*config.extend_select, *given.extend_select),
            ignore=(*config.ignore, *given.ignore),
        )


def check_paths(
    paths: tuple[str, ...], settings: Settings, rules: list[Rule], territories: tuple[str, ...]
) -> Run:
    """Lint every act under ``paths``. Raises ConfigError for an invalid configuration,
    before any file is linted."""
    if settings.config_path and not Path(settings.config_path).is_file():
        raise ConfigError(f"{settings.config_path}: fichier de configuration introuvable")
    configs = _Configs(rules, territories, settings)
    first = configs.for_path(paths[0] if paths else ".")
    todo: list[str | Unreadable] = []
    for item in expand(paths):
        if not isinstance(item, Unreadable):
            config = configs.for_path(item)  # read now: an invalid one stops the run
            explicit = item in paths
            if item != STDIN and config.excludes(item) and (not explicit or settings.force_exclude):
                continue
        todo.append(item)
    known = [
        *rules,
        *(r for config in configs.loaded.values() for r in configs.house_rules(config)),
    ]
    for option, selectors in (("--select", settings.select),
                              ("--extend-select", settings.extend_select),
                              ("--ignore", settings.ignore)):  # fmt: skip
        unknown = [s for s in selectors if not any(matches(s, rule) for rule in known)]
        if unknown:
            raise ConfigError(f"{option} : « {unknown[0]} » ne désigne aucune règle")
    return Run(rules, first, _lint_all(todo, settings, configs, rules))


def _lint_all(
    todo: list[str | Unreadable], settings: Settings, configs: _Configs, rules: list[Rule]
) -> Iterator[FileResult | Unreadable]:
    fingerprint = code_fingerprint(tuple(rules)) if settings.cache else ""
    paths = [item for item in todo if isinstance(item, str)]
    if _jobs(settings.jobs, len(paths)) > 1 and STDIN not in paths:
        # Files the cache answers cost less than a worker's start: only the others go to
        # the pool, and only if they are still many enough.
        misses = [p for p in paths if not _cached(p, settings, configs, rules, fingerprint)]
        jobs = _jobs(settings.jobs, len(misses))
        if jobs > 1 and misses:
            from concurrent.futures import ProcessPoolExecutor  # costly to import; rarely needed

            missing = set(misses)
            with ProcessPoolExecutor(jobs) as pool:
                chunk = max(1, min(64, len(misses) // (jobs * 8)))
                shared = [(settings, fingerprint)] * len(misses)
                linted = pool.map(_lint_in_worker, misses, shared, chunksize=chunk)
                for item in todo:
                    if isinstance(item, Unreadable):
                        yield item
                    elif item in missing:
                        yield next(linted)
                    else:
                        yield lint_path(item, settings, configs, rules, fingerprint)
            return
    for item in todo:
        yield (
            item
            if isinstance(item, Unreadable)
            else lint_path(item, settings, configs, rules, fingerprint)
        )


# Below this many files a process pool costs more than it saves.
_PARALLEL_FROM = 64


def _jobs(asked: int | None, files: int) -> int:
    if asked is not None:
        return max(1, asked)
    return min(os.cpu_count() or 1, 8) if files >= _PARALLEL_FROM else 1


@cache
def _worker_state(settings: Settings) -> tuple[list[Rule], _Configs]:
    """Each worker process loads the rules and reads the configurations once."""
    from actlint.engine.registry import load_rules

    rules = list(load_rules())
    return rules, _Configs(rules, TERRITORIES, settings)


def _lint_in_worker(path: str, shared: tuple[Settings, str]) -> FileResult | Unreadable:
    """``shared``: the settings and the code fingerprint, computed once by the main process."""
    settings, fingerprint = shared
    rules, configs = _worker_state(settings)
    return lint_path(path, settings, configs, rules, fingerprint)


@dataclass(frozen=True)
class _Planned:
    """A file read, with what applies to it: configuration, rules, cache entry."""

    data: bytes
    shown: str  # the path reported (--stdin-filename for standard input)
    config: Config
    chosen: list[Rule]
    house: list[Rule]
    store: ResultCache | None
    key: str


def _plan(
    path: str, settings: Settings, configs: _Configs, rules: list[Rule], fingerprint: str
) -> _Planned | Unreadable:
    data = read_bytes(path)
    if isinstance(data, Unreadable):
        return data
    shown = settings.stdin_filename if path == STDIN and settings.stdin_filename else path
    config = configs.for_path(path)
    house = configs.house_rules(config)
    chosen = select_rules([*rules, *house], config, shown, settings.preview)
    store, key = None, ""
    if settings.cache and path != STDIN:
        store = ResultCache(default_folder())
        # Everything that can change a result, and nothing else (not --jobs).
        context = f"{settings.preview}\0{settings.territory}\0{config!r}\0{fingerprint}"
        key = store.key(data, shown, context)
    return _Planned(data, shown, config, chosen, house, store, key)


def _cached(
    path: str, settings: Settings, configs: _Configs, rules: list[Rule], fingerprint: str
) -> bool:
    planned = _plan(path, settings, configs, rules, fingerprint)
    return isinstance(planned, _Planned) and bool(planned.store and planned.store.has(planned.key))


def lint_path(
    path: str, settings: Settings, configs: _Configs, rules: list[Rule], fingerprint: str
) -> FileResult | Unreadable:
    """Lint one file with the configuration that applies to it (from the cache if it can)."""
    planned = _plan(path, settings, configs, rules, fingerprint)
    if isinstance(planned, Unreadable):
        return planned
    config, store = planned.config, planned.store
    if store is not None:
        cached = store.get(planned.key, planned.shown)
        if cached is not None:
            return cached
    source = load(planned.data, planned.shown)
    territory = settings.territory or config.territory or "metropole"
    options = {code: dict(values) for code, values in config.rule_options}
    for rule in planned.chosen:
        if "territory" in rule.options:
            options.setdefault(rule.code, {})["territory"] = territory
    try:
        with time_limit(config.time_budget):
            result = lint_source(source, planned.chosen, options)
    except TimeBudgetExceeded:
        return FileResult(source.path, "unknown", (_over_budget(config.time_budget),))
    overrides = severity_overrides(config, [*rules, *planned.house])
    if overrides:
        result = replace(result, diagnostics=tuple(
            replace(d, severity=overrides.get(d.code, d.severity)) for d in result.diagnostics
        ))  # fmt: skip
    if store is not None:
        store.put(planned.key, result)
    return result


class TimeBudgetExceeded(BaseException):
    """Raised by the timer; a BaseException so that no rule's error handling swallows it."""


@contextmanager
def time_limit(seconds: float) -> Iterator[None]:
    """Interrupt the block after ``seconds`` (0: never). POSIX timers, main thread only."""
    usable = seconds > 0 and hasattr(signal, "setitimer")
    if usable and threading.current_thread() is threading.main_thread():

        def expire(signum: int, frame: object) -> None:
            raise TimeBudgetExceeded

        previous = signal.signal(signal.SIGALRM, expire)
        signal.setitimer(signal.ITIMER_REAL, seconds)
        try:
            yield
        finally:
            signal.setitimer(signal.ITIMER_REAL, 0)
            signal.signal(signal.SIGALRM, previous)
    else:
        yield


def _over_budget(seconds: float) -> Diagnostic:
    from actlint.engine.input_rules import time_budget

    return Diagnostic(
        code=time_budget.code, name=time_budget.name, severity=time_budget.severity,
        message=Text(f"analyse interrompue après {seconds:g} s (time-budget) : aucun constat "
                     "n'est rapporté pour ce fichier",
                     f"linting stopped after {seconds:g} s (time-budget): no finding is "
                     "reported for this file"),
        line=1, column=1, end_line=1, end_column=1,
    )  # fmt: skip
