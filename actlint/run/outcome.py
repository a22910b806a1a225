"""How a check ends: its findings counted as they are reported, and the exit code they call for."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Iterator, Mapping

from actlint.engine.result import FileResult
from actlint.engine.rule import Severity
from actlint.read.files import Unreadable
from actlint.run.baseline import Baselines
from actlint.text import Text

EXIT_CLEAN, EXIT_FINDINGS, EXIT_USAGE = 0, 1, 2


class Tally:
    """Files and findings counted as results go by: by severity for summaries and the exit
    code, by rule for ``--statistics``."""

    def __init__(self) -> None:
        self.files = 0
        self.severities: Counter[Severity] = Counter()
        self.by_rule: Counter[tuple[str, str]] = Counter()

    def add(self, result: FileResult) -> None:
        self.files += 1
        for d in result.diagnostics:
            self.severities[d.severity] += 1
            self.by_rule[(d.code, d.name)] += 1


def fail_threshold(given: str | None, configured: str | None) -> Severity:
    """The lowest severity that fails a check: the command line's, else the configuration's,
    else error."""
    return Severity[(given or configured or "error").upper()]


def exit_code(unreadable: bool, severities: Mapping[Severity, int], threshold: Severity) -> int:
    """2 when an input could not be read, whatever was found, since the check is incomplete;
    1 when a reported finding is at least as severe as ``threshold``; else 0."""
    if unreadable:
        return EXIT_USAGE
    reached = any(n for severity, n in severities.items() if severity >= threshold)
    return EXIT_FINDINGS if reached else EXIT_CLEAN


class Outcome:
    """What a check comes to, gathered as its files go by: each result filtered through the
    baselines and counted, and whether any input could not be read."""

    def __init__(self, baselines: Baselines | None = None, exit_zero: bool = False) -> None:
        self.baselines = baselines or Baselines()
        self.tally = Tally()
        self.unreadable = False
        # Writing a baseline records the findings rather than reporting them: it succeeds.
        self.recording = self.baselines.recorder is not None
        self.exit_zero = exit_zero

    def follow(self, files: Iterable[FileResult | Unreadable]) -> Iterator[FileResult | Unreadable]:
        """Each file as it is to be reported, in order: its findings new to the baseline, or
        the input that could not be read. A run that writes a baseline reports no file."""
        for item in files:
            if isinstance(item, Unreadable):
                self.unreadable = self.unreadable or item.blocking
                yield item
            else:
                result = self.baselines.filter(item)
                self.tally.add(result)
                if not self.recording:
                    yield result

    def close(self) -> list[Text]:
        """Writes the baseline asked for; what to tell of the one compared with."""
        return self.baselines.close()

    def exit_code(self, threshold: Severity) -> int:
        """As ``exit_code`` says; 0 rather than 1 when writing a baseline or asked to exit
        with zero (an unreadable input is still 2: the check is incomplete)."""
        code = exit_code(self.unreadable, self.tally.severities, threshold)
        return EXIT_CLEAN if code == EXIT_FINDINGS and (self.recording or self.exit_zero) else code
