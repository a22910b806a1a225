"""The ``actlint`` command line: check, parse, rules."""

from __future__ import annotations

import os
import sys
from typing import Literal

import click

from actlint import __version__

EXIT_CLEAN, EXIT_FINDINGS, EXIT_USAGE = 0, 1, 2

_UNREADABLE = {
    "fr": {"missing": "actlint : fichier introuvable : {path}",
           "other": "actlint : impossible de lire {path} : {reason}"},
    "en": {"missing": "actlint: no such file: {path}",
           "other": "actlint: cannot read {path}: {reason}"},
}  # fmt: skip

lang_option = click.option(
    "--lang", type=click.Choice(["fr", "en"]), default="fr", show_default=True,
    help="Language of the messages.",
)  # fmt: skip


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="actlint")
def cli() -> None:
    """actlint: a linter for French local-government acts (décisions, arrêtés, délibérations)."""


FORMATS = ("text", "concise", "json", "sarif", "github", "gitlab", "junit")


@cli.command()
@click.argument("paths", nargs=-1, required=True)
@click.option(
    "--format",
    "output_format",
    type=click.Choice(FORMATS),
    default=None,
    help="How findings are printed (default: text; github under GitHub Actions).",
)
@click.option(
    "--fail-on",
    type=click.Choice(["error", "warning", "info"]),
    default=None,
    help="Lowest severity that makes the exit code 1 (default: error).",
)
@click.option("--config", "config_path", metavar="FILE", help="Use this configuration file.")
@click.option("--preview", is_flag=True, help="Also run the rules still in preview.")
@click.option("--quiet", "-q", is_flag=True, help="Print the findings only, no summary.")
@click.option("--statistics", is_flag=True, help="Print how many findings each rule made.")
@click.option(
    "--stdin-filename",
    metavar="PATH",
    help="The name to report for standard input (-), for editors.",
)
@click.option(
    "--force-exclude", is_flag=True, help="Apply `exclude` to paths given explicitly too."
)
@click.option("--write-baseline", metavar="FILE", help="Record the current findings in FILE.")
@click.option("--baseline", metavar="FILE", help="Report only findings not recorded in FILE.")
@click.option(
    "--territory",
    default=None,
    metavar="NAME",
    help="Territory whose VAT rates apply: auto (default: the act's own, else metropole), "
    "metropole, corse, guadeloupe, martinique, reunion, guyane or mayotte.",
)
@click.option(
    "--lang", type=click.Choice(["fr", "en"]), default=None, help="Language of the messages."
)
@click.option(
    "--select",
    metavar="CODES",
    multiple=True,
    help="Rules to run instead of the configured selection (codes, prefixes or names, "
    "comma-separated; ALL for every rule).",
)
@click.option(
    "--extend-select", metavar="CODES", multiple=True, help="Rules to add to the selection."
)
@click.option("--ignore", metavar="CODES", multiple=True, help="Rules not to run.")
@click.option("--no-cache", is_flag=True, help="Neither read nor write the result cache.")
@click.option(
    "--jobs",
    "-j",
    type=click.IntRange(min=1),
    default=None,
    help="Processes to lint with (default: automatic, several only for large batches).",
)
def check(
    paths: tuple[str, ...],
    output_format: str | None,
    fail_on: str | None,
    config_path: str | None,
    preview: bool,
    quiet: bool,
    statistics: bool,
    stdin_filename: str | None,
    force_exclude: bool,
    write_baseline: str | None,
    baseline: str | None,
    territory: str | None,
    lang: Literal["fr", "en"] | None,
    select: tuple[str, ...],
    extend_select: tuple[str, ...],
    ignore: tuple[str, ...],
    no_cache: bool,
    jobs: int | None,
) -> None:
    """Lint acts: files, directories (walked for .txt, .md, .docx, .odt and .pdf) or - for
    standard input."""
    from actlint.engine.config import ConfigError
    from actlint.engine.lint import FileResult
    from actlint.engine.registry import RegistryError, load_registry
    from actlint.engine.rule import Severity
    from actlint.report.stream import Report
    from actlint.run.baseline import Baseline, Recorder
    from actlint.run.check import Settings, check_paths

    settings = Settings(
        config_path, preview, (("territory", territory),) if territory else (), force_exclude, stdin_filename, jobs, not no_cache,
        select=_selectors(select), extend_select=_selectors(extend_select), ignore=_selectors(ignore),
    )  # fmt: skip
    try:
        run = check_paths(paths, settings, load_registry())
        known = Baseline(baseline) if baseline else None
    except (RegistryError, ConfigError) as error:
        _fail(f"actlint : {error}" if lang != "en" else f"actlint: {error}")
    config = run.config
    language: Literal["fr", "en"] = lang or ("en" if config.lang == "en" else "fr")
    if output_format is None:
        output_format = "github" if os.environ.get("GITHUB_ACTIONS") == "true" else "text"
    report = Report(output_format, list(run.rules), language, quiet, statistics)
    recorder = Recorder() if write_baseline else None
    unreadable = False
    for result in run.files:
        if not isinstance(result, FileResult):
            _warn_unreadable(result, language)
            unreadable = True
            continue
        if recorder is not None:
            recorder.add(result)
        report.add(known.new(result) if known is not None else result)
    report.close()
    if recorder is not None and write_baseline:
        recorder.write(write_baseline)
    for entry in known.gone() if known is not None else ():
        click.echo(
            f"actlint : {entry['path']} : {entry['code']} enregistré dans la base de référence "
            "ne se produit plus" if language == "fr" else
            f"actlint: {entry['path']}: {entry['code']} recorded in the baseline no longer occurs",
            err=True,
        )  # fmt: skip
    if unreadable:
        sys.exit(EXIT_USAGE)
    threshold = Severity[(fail_on or config.fail_on or "error").upper()]
    sys.exit(EXIT_FINDINGS if report.fails(threshold) else EXIT_CLEAN)


@cli.command()
@click.argument("path")
@click.option(
    "--format",
    "output_format",
    type=click.Choice(["tree", "json"]),
    default="tree",
    show_default=True,
    help="A readable outline, or JSON.",
)
@lang_option
def parse(path: str, output_format: str, lang: Literal["fr", "en"]) -> None:
    """Show what actlint understood of an act: structure, dates, amounts, citations."""
    import json

    from actlint.parse.document import read_document
    from actlint.read.files import Unreadable, read
    from actlint.report.json_report import act_json

    source = read(path)
    if not isinstance(source, Unreadable) and source.problem:
        from actlint.engine.input_rules import problem_finding

        source = Unreadable(path, problem_finding(source.problem)[1].get(lang))
    if isinstance(source, Unreadable):
        _warn_unreadable(source, lang)
        sys.exit(EXIT_USAGE)
    tree = act_json(read_document(source))
    if output_format == "json":
        click.echo(json.dumps(tree, ensure_ascii=False, indent=2))
    else:
        from actlint.report.act_tree import render_tree

        click.echo("\n".join(render_tree(path, tree)))


@cli.command(name="rules")
@lang_option
def list_rules(lang: Literal["fr", "en"]) -> None:
    """List every rule: code, name, default severity, status, pack and summary."""
    from rich.console import Console
    from rich.table import Table

    from actlint.engine.registry import RegistryError, load_registry

    try:
        rules = load_registry().rules
    except RegistryError as error:
        _fail(str(error))
    headers = (
        ("code", "nom", "gravité", "statut", "pack", "description")
        if lang == "fr"
        else ("code", "name", "severity", "status", "pack", "summary")
    )
    table = Table(*headers, box=None, pad_edge=False)
    for r in rules:
        status = r.status if lang == "en" else _STATUS_FR[r.status]
        table.add_row(r.code, r.name, r.severity.word(lang), status, r.pack, r.summary.get(lang))
    console = Console(highlight=False)
    if not console.is_terminal:
        console = Console(highlight=False, width=200)
    console.print(table)


@cli.command()
@click.argument("rule_id", metavar="CODE|NAME")
@lang_option
def explain(rule_id: str, lang: Literal["fr", "en"]) -> None:
    """Show a rule's documentation: what it checks, why, its basis, options and examples."""
    from actlint.engine.registry import RegistryError, load_registry
    from actlint.report.explain import render_explanation

    try:
        found = load_registry().get(rule_id)
    except RegistryError as error:
        _fail(str(error))
    if found is None:
        _fail(f"actlint : règle inconnue : {rule_id}" if lang == "fr"
              else f"actlint: unknown rule: {rule_id}")  # fmt: skip
    else:
        click.echo(render_explanation(found, lang))


_STATUS_FR = {
    "stable": "stable",
    "preview": "aperçu",
    "deprecated": "obsolète",
    "removed": "retirée",
}


def _warn_unreadable(item: object, lang: str) -> None:
    from actlint.read.files import Unreadable

    assert isinstance(item, Unreadable)
    template = _UNREADABLE[lang]["missing" if item.reason == "missing" else "other"]
    click.echo(template.format(path=item.path, reason=item.reason), err=True)


def _selectors(given: tuple[str, ...]) -> tuple[str, ...]:
    """« --select VAT,DAT001 --select STR » → ("VAT", "DAT001", "STR")."""
    return tuple(part.strip() for option in given for part in option.split(",") if part.strip())


def _fail(message: str) -> None:
    click.echo(message, err=True)
    sys.exit(EXIT_USAGE)


def main() -> None:
    try:
        cli()
    except ModuleNotFoundError as error:  # actlint run without its dependencies installed
        click.echo(f"actlint : module manquant « {error.name} » : réinstaller actlint avec "
                   "pip pour installer ses dépendances", err=True)  # fmt: skip
        sys.exit(EXIT_USAGE)
