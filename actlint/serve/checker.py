"""Lint the acts sent to the server in worker processes, remembering recent results in
memory: the event loop never waits on a lint, a large PDF being read blocks no other
request, and an act sent again is answered at once."""

from __future__ import annotations

import asyncio
import contextlib
import hashlib
import multiprocessing
import os
import signal
import time
from collections import OrderedDict
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool

from actlint.run.check import Settings
from actlint.serve.analysis import Analysis, analyse, warm_up

KEPT = 64  # results kept in memory, the least recently used dropped first
_GRACE = 15.0  # seconds beyond the time budget before a worker is taken as stuck


class CheckFailed(Exception):
    """A worker did not give a result: ``reason`` is ``stuck`` (still busy well past the
    time budget, in code a signal cannot interrupt) or ``crashed``."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


class Checker:
    """Worker processes and the memory of their results, keyed by a digest of the act
    and its name salted with a secret of this server, so a key reveals nothing and
    cannot be guessed."""

    def __init__(self, settings: Settings, root: str, time_budget: float, workers: int) -> None:
        self.settings, self.root = settings, root
        self.deadline = time_budget + _GRACE if time_budget > 0 else None
        self.workers = workers
        self._secret = os.urandom(16)
        self._results: OrderedDict[str, Analysis] = OrderedDict()
        self._pool = self._start()

    def _start(self) -> ProcessPoolExecutor:
        # spawn: a fresh interpreter, not a fork of a process running an event loop
        return ProcessPoolExecutor(
            self.workers,
            mp_context=multiprocessing.get_context("spawn"),
            initializer=warm_up,
            initargs=(self.settings, self.root, os.getpid()),
        )

    def warm(self) -> None:
        """Start the workers now rather than on the first act."""
        for _ in range(self.workers):
            self._pool.submit(os.getpid)

    def key(self, data: bytes, name: str) -> str:
        digest = hashlib.sha256(self._secret)
        digest.update(name.encode("utf-8", "replace") + b"\0" + data)
        return digest.hexdigest()[:32]

    def recall(self, key: str) -> Analysis | None:
        """A result still in memory."""
        found = self._results.get(key)
        if found is not None:
            self._results.move_to_end(key)
        return found

    async def check(self, data: bytes, name: str) -> tuple[str, Analysis, bool]:
        """The key, the analysis of the act, and whether it came from memory."""
        key = self.key(data, name)
        known = self.recall(key)
        if known is not None:
            return key, known, True
        loop = asyncio.get_running_loop()
        try:
            job = loop.run_in_executor(self._pool, analyse, data, name, self.settings, self.root)
            analysis = await asyncio.wait_for(job, self.deadline)
        except TimeoutError as error:
            self._restart()
            raise CheckFailed("stuck") from error
        except BrokenProcessPool as error:
            self._restart()
            raise CheckFailed("crashed") from error
        self._results[key] = analysis
        while len(self._results) > KEPT:
            self._results.popitem(last=False)
        return key, analysis, False

    def _restart(self) -> None:
        """Replace the workers, ending a stuck one (its lint is lost, not the server)."""
        old = self._pool
        self._pool = self._start()
        _stop(old, grace=0.0)

    def close(self) -> None:
        _stop(self._pool, grace=2.0)


def _stop(pool: ProcessPoolExecutor, grace: float) -> None:
    """Stop a pool: its pending lints are dropped, its workers given ``grace`` seconds to
    end, then ended, even one busy in code no signal interrupts."""
    processes = dict(getattr(pool, "_processes", None) or {})  # not public: best effort
    pool.shutdown(wait=False, cancel_futures=True)
    until = time.monotonic() + grace
    for pid, process in processes.items():
        process.join(max(0.0, until - time.monotonic()))
        if process.is_alive():
            with contextlib.suppress(OSError):
                os.kill(pid, getattr(signal, "SIGKILL", signal.SIGTERM))  # Windows: no SIGKILL
