"""One act sent to the page, linted and parsed as the command line would: run in a worker
process, so that the server answers other requests meanwhile and the time budget's timer
(a signal, main thread only) applies."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from typing import Any

from actlint.engine.result import FileResult
from actlint.read.source import Place
from actlint.run.check import Configs, Settings


@dataclass(frozen=True)
class Analysis:
    """What the page shows of one act: the findings, the parsed act (``parse --format
    json``, None when nothing could be read), the text as read line by line with where
    each line stands in a document, and the delegation chain the visas cite."""

    name: str
    result: FileResult
    tree: dict[str, Any] | None
    lines: tuple[str, ...]
    places: tuple[Place, ...] | None
    encoding: str
    chain: tuple[dict[str, Any], ...]
    config: str | None  # the configuration file that applied, if any
    timed_out: bool = False


@cache
def _configs(settings: Settings) -> Configs:
    """The rules and configurations, loaded once per worker process."""
    from actlint.engine.registry import load_registry

    return Configs(load_registry(), settings)


def warm_up(settings: Settings, root: str, server: int) -> None:
    """Load the rules, the parser and the configuration before the first act arrives, and
    end this worker if the server (process ``server``) ends without stopping it."""
    import threading

    threading.Thread(target=_watch, args=(server,), daemon=True).start()
    configs = _configs(settings)
    configs.plan(configs.for_path(root), "warm-up.txt")
    from actlint.engine import lint  # noqa: F401 (imported now, not on the first act)


def _watch(server: int) -> None:
    import os
    import time

    while os.getppid() == server:
        time.sleep(1.0)
    os._exit(0)


def analyse(data: bytes, name: str, settings: Settings, root: str) -> Analysis:
    """Lint and parse ``data`` (a file named ``name``) with the configuration that applies
    in the folder ``root``, within its time budget."""
    from actlint.engine.lint import TimeBudgetExceeded, lint_planned, stopped, time_limit
    from actlint.read.formats import load

    configs = _configs(settings)
    config = configs.for_path(root)
    plan = configs.plan(config, name)
    shown = str(config.path) if config.path else None
    try:
        with time_limit(plan.time_budget):
            source = load(data, name)
            tree, chain = _parsed(source) if source.problem is None else (None, ())
    except TimeBudgetExceeded:
        interrupted = FileResult(name, "unknown", (stopped(plan.time_budget),))
        return Analysis(name, interrupted, None, (), None, "", (), shown, timed_out=True)
    result = lint_planned(source, plan)
    # the lines the diagnostics count, as ``Source.line_starts`` splits them
    lines = tuple(re.split(r"\r\n|\r|\n", source.text)) if source.problem is None else ()
    return Analysis(name, result, tree, lines, source.places, source.encoding, chain, shown)


def _parsed(source: Any) -> tuple[dict[str, Any] | None, tuple[dict[str, Any], ...]]:
    """The parse view, and the chain of acts the signature rests on: the arrêtés of
    delegation, then the délibérations of delegation, each with its line."""
    from actlint.engine.facts import facts
    from actlint.parse.document import read_document
    from actlint.report.json_report import act_json

    try:
        document = read_document(source)
    except Exception:  # the lint reports it as IO003; the page shows no summary
        return None, ()
    found = facts(document.act)
    chain = []
    for cited in (*found.delegation_orders, *found.delegation_deliberations):
        reference = cited.reference
        when = reference.date.value if reference.date else None
        chain.append({
            "kind": reference.kind,
            "number": reference.number,
            "date": when.isoformat() if when else None,
            "line": document.locate(cited.visa.span).line,
        })  # fmt: skip
    return act_json(document), tuple(chain)
