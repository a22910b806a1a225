"""The ``actlint`` command line: check, parse, rules."""

from __future__ import annotations

import os
import sys
from typing import TYPE_CHECKING, Literal, NoReturn

import click

from actlint import __version__
from actlint.report.formats import REPORTERS
from actlint.text import Lang, Text

if TYPE_CHECKING:
    from actlint.engine.config import Config

EXIT_USAGE = 2  # the same as actlint.run.outcome's, which importing would load the engine


lang_option = click.option(
    "--lang", type=click.Choice(["fr", "en"]), default="fr", show_default=True,
    help="Language of the messages.",
)  # fmt: skip


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, "-V", "--version", prog_name="actlint")
def cli() -> None:
    """actlint: a linter for French local-government acts (décisions, arrêtés, délibérations)."""


@cli.command()
@click.argument("paths", nargs=-1, required=True)
@click.option(
    "--format",
    "output_format",
    type=click.Choice(list(REPORTERS)),
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
    "--no-repository",
    is_flag=True,
    help="Resolve no reference against the other acts of the repository.",
)
@click.option(
    "--exit-zero", is_flag=True, help="Exit with 0 even when findings reach the failing level."
)
@click.option(
    "--output-file",
    "-o",
    metavar="FILE",
    help="Write the report to FILE (replaced whole when the run ends) instead of stdout.",
)
@click.option(
    "--color",
    "colour",
    type=click.Choice(["auto", "always", "never"]),
    default="auto",
    show_default=True,
    help="Colour the text report: on a terminal (auto; FORCE_COLOR and NO_COLOR are obeyed), "
    "always or never.",
)
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
    no_repository: bool,
    jobs: int | None,
    exit_zero: bool,
    output_file: str | None,
    colour: str,
) -> None:
    """Lint acts: files, directories (walked for .txt, .md, .docx, .odt and .pdf) or - for
    standard input."""
    from actlint.engine.config import ConfigError
    from actlint.engine.registry import RegistryError, load_registry
    from actlint.engine.result import FileResult
    from actlint.report.formats import open_reporter
    from actlint.report.reporter import ReportOptions
    from actlint.run.baseline import Baselines
    from actlint.run.check import Settings, check_paths
    from actlint.run.outcome import Outcome, fail_threshold
    from actlint.run.output import report_stream, unwritable

    given = (("territory", territory),) if territory else ()
    settings = Settings(
        config_path, preview, given, force_exclude, stdin_filename, jobs, not no_cache,
        select=_selectors(select), extend_select=_selectors(extend_select), ignore=_selectors(ignore),
        repository=not no_repository,
    )  # fmt: skip
    try:
        run = check_paths(paths, settings, load_registry)  # the packs: loaded if needed
        baselines = Baselines(compare_with=baseline, record_in=write_baseline, root=run.root)
    except (RegistryError, ConfigError) as error:
        _fail(Text(f"actlint : {error.text.fr}", f"actlint: {error.text.en}"), lang or "fr")
    language: Literal["fr", "en"] = lang or ("en" if run.config.lang == "en" else "fr")
    if output_format is None:
        output_format = "github" if os.environ.get("GITHUB_ACTIONS") == "true" else "text"
    threshold = fail_threshold(fail_on, run.config.fail_on)
    outcome = Outcome(baselines, exit_zero=exit_zero)
    problem = unwritable(output_file)
    if problem is not None:
        _fail(problem, language)
    try:
        with report_stream(output_file) as stream:
            options = ReportOptions(
                run.rules, language, quiet, stream,
                colour={"auto": None, "always": True, "never": False}[colour],
                statistics=statistics, fail_on=threshold,
            )  # fmt: skip
            reporter = open_reporter(output_format, options)
            for item in outcome.follow(run.files):
                if isinstance(item, FileResult):
                    reporter.add(item)
                else:
                    click.echo(item.message().get(language), err=True)
            reporter.close()
    except RegistryError as error:  # the cache answered every file, but the report lists rules
        _fail(Text(f"actlint : {error.text.fr}", f"actlint: {error.text.en}"), language)
    try:
        said = outcome.close()
    except OSError as error:  # the baseline could not be written (permissions, disk full)
        _fail(Text(f"actlint : écriture impossible : {error}", f"actlint: cannot write: {error}"),
              language)  # fmt: skip
    for message in said:
        click.echo(message.get(language), err=True)
    sys.exit(outcome.exit_code(threshold))


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
@click.option(
    "--no-repository",
    is_flag=True,
    help="Do not resolve the acts cited against the other acts of the repository.",
)
@lang_option
def parse(path: str, output_format: str, no_repository: bool, lang: Literal["fr", "en"]) -> None:
    """Show what actlint understood of an act: structure, dates, amounts, citations, and
    what each act it cites resolved to in its repository."""
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
    document = read_document(source)
    tree = act_json(document)
    if not no_repository and path != "-":
        from actlint.run.cache import code_fingerprint, default_folder
        from actlint.run.check import repository_root
        from actlint.run.index import load_index, within_root

        config = _config_of(path, lang)
        root = repository_root(path, config.repository)
        if root is not None:
            from actlint.report.json_report import cited_acts_json

            repository = load_index(root, default_folder(), code_fingerprint(), config.excludes)[0]
            tree.update(cited_acts_json(document, repository, within_root(root, path), lang))
    if output_format == "json":
        click.echo(json.dumps(tree, ensure_ascii=False, indent=2))
    else:
        from actlint.report.act_tree import render_tree

        click.echo("\n".join(render_tree(path, tree)))


@cli.command()
@click.argument("path", default=".", type=click.Path(exists=True, file_okay=True))
@click.option(
    "--format",
    "output_format",
    type=click.Choice(["text", "json"]),
    default="text",
    show_default=True,
    help="A readable list, or JSON.",
)
@lang_option
def index(path: str, output_format: str, lang: Literal["fr", "en"]) -> None:
    """Index the acts of the repository PATH belongs to (its git work tree, the configured
    repository folder, or PATH itself) and show the chain of acts each one rests on."""
    import json
    from pathlib import Path

    from actlint.report.repository_report import index_json, index_text
    from actlint.run.cache import code_fingerprint, default_folder
    from actlint.run.check import repository_root
    from actlint.run.index import load_index

    config = _config_of(path, lang)
    root = repository_root(path, config.repository)
    if root is None:
        root = Path(path) if Path(path).is_dir() else Path(path).parent
    repository, stats = load_index(root, default_folder(), code_fingerprint(), config.excludes)
    if output_format == "json":
        click.echo(json.dumps(index_json(repository, stats, lang), ensure_ascii=False, indent=2))
    else:
        click.echo("\n".join(index_text(repository, stats, lang)))


@cli.command(name="rules")
@lang_option
def list_rules(lang: Literal["fr", "en"]) -> None:
    """List every rule: code, name, default severity, status, pack and summary."""
    from rich.console import Console
    from rich.table import Table

    from actlint.engine.registry import RegistryError, load_registry
    from actlint.engine.rule import status_word

    try:
        rules = load_registry().rules
    except RegistryError as error:
        _fail(Text(f"actlint : {error.text.fr}", f"actlint: {error.text.en}"), lang)
    headers = (
        ("code", "nom", "gravité", "statut", "pack", "description")
        if lang == "fr"
        else ("code", "name", "severity", "status", "pack", "summary")
    )
    table = Table(*headers, box=None, pad_edge=False)
    for r in rules:
        status = status_word(r.status, lang)
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
        _fail(Text(f"actlint : {error.text.fr}", f"actlint: {error.text.en}"), lang)
    if found is None:
        _fail(Text(f"actlint : règle inconnue : {rule_id}", f"actlint: unknown rule: {rule_id}"),
              lang)  # fmt: skip
    click.echo(render_explanation(found, lang))


@cli.command()
@click.option(
    "--host",
    default="127.0.0.1",
    show_default=True,
    help="Address to listen on; any other than the loopback opens the page to the "
    "network (a warning is printed).",
)
@click.option(
    "--port",
    type=click.IntRange(0, 65535),
    default=8000,
    show_default=True,
    help="Port to listen on.",
)
@click.option("--config", "config_path", metavar="FILE", help="Use this configuration file.")
def serve(host: str, port: int, config_path: str | None) -> None:
    """Serve the page where acts are dropped and checked, and its JSON endpoint."""
    try:
        import jinja2  # noqa: F401
        import python_multipart  # noqa: F401
        import starlette  # noqa: F401
        import uvicorn  # noqa: F401
    except ModuleNotFoundError as error:
        _fail(
            f"actlint : la page web demande le module « {error.name} », absent : "
            "l'installer avec pip install 'actlint[serve]'"
        )
    from actlint.serve.server import run_server

    sys.exit(run_server(host, port, config_path))


@cli.group()
def cache() -> None:
    """The result cache ($ACTLINT_CACHE_DIR, else $XDG_CACHE_HOME/actlint)."""


@cache.command()
@lang_option
def clean(lang: Literal["fr", "en"]) -> None:
    """Remove every entry of the result cache."""
    from actlint.run.cache import clean as clean_cache
    from actlint.run.cache import default_folder

    folder = default_folder()
    removed = clean_cache(folder)
    said = Text(f"actlint : cache vidé ({removed} entrée(s) supprimée(s) dans {folder})",
                f"actlint: cache cleaned ({removed} entries removed from {folder})")  # fmt: skip
    click.echo(said.get(lang))


def _config_of(path: str, lang: Lang) -> Config:
    """The configuration that applies to ``path``; an invalid one ends the command."""
    from actlint.engine.config import ConfigError
    from actlint.engine.registry import RegistryError, load_registry
    from actlint.run.check import Configs, Settings

    try:
        return Configs(load_registry, Settings()).for_path(path)
    except (ConfigError, RegistryError) as error:
        _fail(Text(f"actlint : {error.text.fr}", f"actlint: {error.text.en}"), lang)


def _warn_unreadable(item: object, lang: Lang) -> None:
    from actlint.read.files import Unreadable

    assert isinstance(item, Unreadable)
    click.echo(item.message().get(lang), err=True)


def _selectors(given: tuple[str, ...]) -> tuple[str, ...]:
    """« --select VAT,DAT001 --select STR » → ("VAT", "DAT001", "STR")."""
    return tuple(part.strip() for option in given for part in option.split(",") if part.strip())


def _fail(message: Text | str, lang: Lang = "fr") -> NoReturn:
    click.echo(message.get(lang) if isinstance(message, Text) else message, err=True)
    sys.exit(EXIT_USAGE)


def main() -> None:
    try:
        cli()
    except ModuleNotFoundError as error:  # actlint run without its dependencies installed
        click.echo(f"actlint : module manquant « {error.name} » : réinstaller actlint avec "
                   "pip pour installer ses dépendances", err=True)  # fmt: skip
        sys.exit(EXIT_USAGE)
