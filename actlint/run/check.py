"""``actlint check`` over paths: the configuration of each file, what runs on it, the
cache and the process pool."""

from __future__ import annotations

import os
import time
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, replace
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, overload

from actlint.engine.config import (
    Config,
    ConfigError,
    find_config,
    load_config,
    no_such_rule,
    select_rules,
    severity_overrides,
)
from actlint.engine.options import resolve
from actlint.engine.registry import Registry, load_registry
from actlint.engine.result import FileResult
from actlint.engine.rule import Rule
from actlint.read.files import STDIN, Unreadable, expand, read_bytes
from actlint.read.formats import load
from actlint.run.cache import ResultCache, code_fingerprint, default_folder, prune_if_due
from actlint.text import Text

if TYPE_CHECKING:
    from actlint.engine.lint import Plan
    from actlint.engine.repository import Repository
    from actlint.parse.document import Document


@dataclass(frozen=True)
class Settings:
    """What the command line says; None leaves the choice to the configuration."""

    config_path: str | None = None
    preview: bool = False
    values: tuple[tuple[str, str], ...] = ()  # the packs' settings given (``territory``…)
    force_exclude: bool = False
    stdin_filename: str | None = None
    jobs: int | None = None  # None: automatic
    cache: bool = True
    select: tuple[str, ...] = ()  # replaces the configuration's selection when given
    extend_select: tuple[str, ...] = ()  # added to it
    ignore: tuple[str, ...] = ()  # added to it
    repository: bool = True  # False: resolve no reference against the repository's acts


class Run:
    """A check over paths. ``files`` lints them as it is iterated, in order, so that
    reports can stream and memory stays flat however many files there are.

    ``rules``: every rule a report may name (input, packs', house rules); ``config``: the
    configuration of the first path (lang, fail-on); ``root``: the project's root, which
    baselines record paths from. A plain class: cheaper to define at start-up."""

    __slots__ = ("config", "files", "root", "rules")

    def __init__(
        self,
        rules: Sequence[Rule],
        config: Config,
        root: Path,
        files: Iterator[FileResult | Unreadable],
    ) -> None:
        self.rules, self.config, self.root, self.files = rules, config, root, files


class Configs:
    """Configurations by file, read once each, and what each plans for its files."""

    def __init__(self, registry: Registry | Callable[[], Registry], settings: Settings):
        self._registry, self.settings = registry, settings
        self.forced = Path(settings.config_path) if settings.config_path else None
        self.loaded: dict[Path | None, Config] = {}
        self.found: dict[str, Path | None] = {}
        self.registries: dict[int, Registry] = {}
        self.plans: dict[tuple[int, tuple[str, ...]], Plan] = {}
        self.hits: dict[str, tuple[str, str]] = {}  # path → cache key and path shown
        self.repositories: dict[Path, Repository] = {}
        self.roots: dict[tuple[str, int], Path | None] = {}
        # The acts the index parsed in this run, by absolute path, with their content hash.
        self.documents: dict[str, tuple[str, Document]] = {}

    def repository_of(self, config: Config, path: str) -> tuple[Repository | None, str]:
        """The repository ``path`` belongs to, indexed once per run, and its path there."""
        if not self.settings.repository or path == STDIN:
            return None, ""
        folder = os.path.dirname(os.path.abspath(path))
        if (folder, id(config)) not in self.roots:  # one search per folder
            found = repository_root(folder, config.repository)
            self.roots[folder, id(config)] = found.resolve() if found else None
        root = self.roots[folder, id(config)]
        if root is None:
            return None, ""
        from actlint.run.index import load_index, within_root

        if root not in self.repositories:
            repository, stats = load_index(
                root, default_folder(), code_fingerprint(), config.excludes
            )
            self.repositories[root] = repository
            for relative, parsed in stats.documents.items():
                self.documents[os.path.join(root, relative)] = parsed
        return self.repositories[root], within_root(root, path)

    def parsed(self, path: str, data: bytes) -> Document | None:
        """The document of ``path`` if the index parsed these very bytes in this run."""
        found = self.documents.pop(os.path.abspath(path), None)
        if found is None:
            return None
        import hashlib

        return found[1] if hashlib.sha256(data).hexdigest() == found[0] else None

    @property
    def registry(self) -> Registry:
        """The installed packs' rules, loaded when first needed: a run the cache answers
        whole, without a configuration file, never loads them."""
        if not isinstance(self._registry, Registry):
            self._registry = self._registry()
        return self._registry

    def registry_of(self, config: Config) -> Registry:
        """The registry with the house rules a configuration declares, made once."""
        if id(config) not in self.registries:
            from actlint.engine.house_rules import house_rule

            house = [house_rule(entry) for entry in config.house_rules]
            self.registries[id(config)] = self.registry.with_rules(house)
        return self.registries[id(config)]

    def plan(self, config: Config, path: str) -> Plan:
        """What runs on ``path``: the same for every file a configuration does not single
        out with per-file ignores."""
        key = (id(config), config.ignored_for(path))
        if key not in self.plans:
            from actlint.engine.lint import Plan

            registry = self.registry_of(config)
            chosen = select_rules(registry.rules, config, path, self.settings.preview)
            own = {code: dict(values) for code, values in config.rule_options}
            given, configured = dict(self.settings.values), dict(config.settings)
            self.plans[key] = Plan(
                rules=tuple(chosen),
                options={r.code: resolve(r.options, own.get(r.code, {}), given, configured)
                         for r in chosen if r.options},
                severities=severity_overrides(config, registry.rules),
                time_budget=config.time_budget,
            )  # fmt: skip
        return self.plans[key]

    def for_path(self, path: str) -> Config:
        where = os.path.abspath(path if path != STDIN else ".")
        folder = where if os.path.isdir(where) else os.path.dirname(where)
        if folder not in self.found:  # one search per folder, not per file
            self.found[folder] = self.forced or find_config(folder)
        location = self.found[folder]
        if location not in self.loaded:
            config = load_config(location, self.registry) if location else Config()
            self.loaded[location] = self._with_command_line(config)
        return self.loaded[location]

    def _with_command_line(self, config: Config) -> Config:
        """``--select`` replaces the configuration's selection; ``--extend-select`` and
        ``--ignore`` add to it."""
        given = self.settings
        if not (given.select or given.extend_select or given.ignore):
            return config
        canonical = self.registry.canonical
        return replace(
            config,
            select=tuple(map(canonical, given.select)) or config.select,
            extend_select=(*config.extend_select, *map(canonical, given.extend_select)),
            ignore=(*config.ignore, *map(canonical, given.ignore)),
        )


def check_paths(
    paths: tuple[str, ...], settings: Settings, registry: Registry | Callable[[], Registry]
) -> Run:
    """Lint every act under ``paths``. Raises ConfigError for an invalid configuration or
    setting, before any file is linted. ``registry`` may be the function that loads it,
    called only when the run needs the rules."""
    if settings.config_path and not Path(settings.config_path).is_file():
        raise ConfigError(
            Text(
                f"{settings.config_path}: fichier de configuration introuvable",
                f"{settings.config_path}: no such configuration file",
            )
        )
    configs = Configs(registry, settings)
    for name, value in settings.values:
        option = configs.registry.settings.get(name)
        problem = (
            Text("aucun pack de règles ne la déclare", "no rule pack declares it")
            if option is None else option.problem(value)
        )  # fmt: skip
        if problem:
            raise ConfigError(Text(f"--{name} : {problem.fr}", f"--{name}: {problem.en}"))
    first = configs.for_path(paths[0] if paths else ".")
    todo: list[str | Unreadable] = []
    for item in expand(paths):
        if not isinstance(item, Unreadable):
            config = configs.for_path(item)  # read now: an invalid one stops the run
            explicit = item in paths
            if item != STDIN and config.excludes(item) and (not explicit or settings.force_exclude):
                continue
        todo.append(item)

    @cache
    def every() -> Registry:
        known = {r.code: r for r in configs.registry.rules}
        for config in configs.loaded.values():
            for rule in configs.registry_of(config).rules:
                known.setdefault(rule.code, rule)
        return Registry(tuple(sorted(known.values(), key=lambda r: r.code)))

    for flag, selectors in (("--select", settings.select),
                            ("--extend-select", settings.extend_select),
                            ("--ignore", settings.ignore)):  # fmt: skip
        unknown = [s for s in selectors if not every().designates(s)]
        if unknown:
            problem = no_such_rule(unknown[0], every())
            raise ConfigError(Text(f"{flag} : {problem.fr}", f"{flag}: {problem.en}"))
    if not _all_cached(todo, settings, configs):
        configs.registry  # noqa: B018 (loaded now: a pack that cannot load stops the run here)
    rules = _Rules(lambda: every().rules)
    return Run(rules, first, project_root(first), _lint_all(todo, settings, configs))


class _Rules(Sequence[Rule]):
    """The rules of a run, loaded the first time a report asks for them."""

    def __init__(self, load: Callable[[], tuple[Rule, ...]]) -> None:
        self._load = load

    @property
    def _rules(self) -> tuple[Rule, ...]:
        return self._load()

    @overload
    def __getitem__(self, index: int) -> Rule: ...
    @overload
    def __getitem__(self, index: slice) -> tuple[Rule, ...]: ...
    def __getitem__(self, index: int | slice) -> Rule | tuple[Rule, ...]:
        return self._rules[index]

    def __len__(self) -> int:
        return len(self._rules)

    def __iter__(self) -> Iterator[Rule]:
        return iter(self._rules)


def repository_root(path: str, configured: Path | bool | None) -> Path | None:
    """The folder whose acts the references of the file or folder ``path`` resolve
    against: the configured one, else the root of its git work tree; None for none."""
    if configured is False:
        return None
    if isinstance(configured, Path):
        return configured
    folder = Path(os.path.abspath(path))
    folder = folder if folder.is_dir() else folder.parent
    return next((f for f in (folder, *folder.parents) if (f / ".git").exists()), None)


def project_root(config: Config) -> Path:
    """The folder of the configuration file, else the repository's root, else the current
    folder."""
    if config.path is not None:
        return config.path.parent.resolve()
    here = Path.cwd().resolve()
    return repository_root(str(here), None) or here


def _lint_all(
    todo: list[str | Unreadable], settings: Settings, configs: Configs
) -> Iterator[FileResult | Unreadable]:
    fingerprint = code_fingerprint() if settings.cache else ""
    if settings.cache:
        prune_if_due(default_folder(), time.time())
    paths = [item for item in todo if isinstance(item, str)]
    if _jobs(settings.jobs, len(paths)) > 1 and STDIN not in paths:
        # Files the cache answers cost less than a worker's start: only the others go to
        # the pool, and only if they are still many enough.
        misses = [p for p in paths if not _cached(p, settings, configs, fingerprint)]
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
                        yield lint_path(item, settings, configs, fingerprint)
            return
    for item in todo:
        yield (
            item
            if isinstance(item, Unreadable)
            else lint_path(item, settings, configs, fingerprint)
        )


# Below this many files a process pool costs more than it saves.
_PARALLEL_FROM = 64


def _jobs(asked: int | None, files: int) -> int:
    if asked is not None:
        return max(1, asked)
    return min(os.cpu_count() or 1, 8) if files >= _PARALLEL_FROM else 1


@cache
def _worker_configs(settings: Settings) -> Configs:
    """Each worker process loads the rules and reads the configurations once."""
    return Configs(load_registry(), settings)


def _lint_in_worker(path: str, shared: tuple[Settings, str]) -> FileResult | Unreadable:
    """``shared``: the settings and the code fingerprint, computed once by the main process."""
    settings, fingerprint = shared
    return lint_path(path, settings, _worker_configs(settings), fingerprint)


class _Planned:
    """A file read, with the configuration that applies to it, the repository it belongs
    to and its cache entry (a plain class: cheaper to define at start-up than a dataclass)."""

    __slots__ = ("config", "data", "key", "repository", "shown", "store")

    def __init__(
        self, data: bytes, shown: str, config: Config, store: ResultCache | None, key: str,
        repository: tuple[Repository | None, str],
    ) -> None:  # fmt: skip
        self.data, self.shown, self.config, self.store, self.key = data, shown, config, store, key
        self.repository = repository


def _plan(
    path: str, settings: Settings, configs: Configs, fingerprint: str
) -> _Planned | Unreadable:
    data = read_bytes(path)
    if isinstance(data, Unreadable):
        return data
    shown = settings.stdin_filename if path == STDIN and settings.stdin_filename else path
    config = configs.for_path(path)
    repository = configs.repository_of(config, path)
    store, key = None, ""
    if settings.cache and path != STDIN:
        store = ResultCache(default_folder())
        # Everything that can change a result, and nothing else (not --jobs): the acts of
        # the repository the file's references resolve against are part of it.
        acts = f"{repository[1]}\0{repository[0].digest}" if repository[0] else ""
        context = f"{settings.preview}\0{settings.values!r}\0{config!r}\0{fingerprint}\0{acts}"
        key = store.key(data, shown, context)
    return _Planned(data, shown, config, store, key, repository)


def _all_cached(todo: list[str | Unreadable], settings: Settings, configs: Configs) -> bool:
    """Whether the cache holds the result of every file to lint (then the run needs
    neither the rules nor the parser)."""
    if not settings.cache:
        return False
    fingerprint = code_fingerprint()
    for item in todo:
        if isinstance(item, Unreadable):
            continue
        if item == STDIN:
            return False
        planned = _plan(item, settings, configs, fingerprint)
        if not (isinstance(planned, _Planned) and planned.store and planned.store.has(planned.key)):
            return False
        configs.hits[item] = (planned.key, planned.shown)  # not read nor hashed again
    return True


def _cached(path: str, settings: Settings, configs: Configs, fingerprint: str) -> bool:
    planned = _plan(path, settings, configs, fingerprint)
    return isinstance(planned, _Planned) and bool(planned.store and planned.store.has(planned.key))


def lint_path(
    path: str, settings: Settings, configs: Configs, fingerprint: str
) -> FileResult | Unreadable:
    """Lint one file with the configuration that applies to it (from the cache if it can)."""
    hit = configs.hits.pop(path, None)
    if hit is not None:
        found = ResultCache(default_folder()).get(*hit)
        if found is not None:
            return found
    planned = _plan(path, settings, configs, fingerprint)
    if isinstance(planned, Unreadable):
        return planned
    store = planned.store
    if store is not None:
        cached = store.get(planned.key, planned.shown)
        if cached is not None:
            return cached
    from actlint.engine.lint import lint_planned

    plan = configs.plan(planned.config, planned.shown)
    document = configs.parsed(path, planned.data) if planned.repository[0] else None
    source = load(planned.data, planned.shown)
    planned.data = b""  # read: the bytes need not stay beside the act while it is linted
    result = lint_planned(source, plan, *planned.repository, document)
    if store is not None:
        store.put(planned.key, result)
    return result
