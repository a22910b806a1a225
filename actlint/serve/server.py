"""Start the page's server: the configuration of the folder it is started in, the worker
processes, and uvicorn listening on the loopback unless told otherwise."""

from __future__ import annotations

import os
import socket
import sys

from actlint.engine.config import ConfigError
from actlint.engine.registry import RegistryError
from actlint.run.check import Settings
from actlint.serve.analysis import _configs
from actlint.serve.app import LOOPBACK, Service, create_app
from actlint.serve.checker import Checker
from actlint.text import Lang

EXIT_USAGE = 2


def run_server(host: str, port: int, config_path: str | None) -> int:
    """Serve until interrupted; the exit code."""
    import uvicorn

    settings = Settings(config_path=config_path, cache=False)
    root = os.getcwd()
    try:
        configs = _configs(settings)
        config = configs.for_path(root)
        rules = configs.registry_of(config).rules
    except (ConfigError, RegistryError) as error:
        print(f"actlint : {error.text.fr}", file=sys.stderr)
        return EXIT_USAGE
    address = f"[{host}]" if ":" in host else host
    refused = _unavailable(host, port)
    if refused is not None:
        print(f"actlint : impossible d'écouter sur {address}:{port} : {refused} ; choisir une "
              "autre adresse ou un autre port (--host, --port)", file=sys.stderr)  # fmt: skip
        return EXIT_USAGE
    lang: Lang = "en" if config.lang == "en" else "fr"
    checker = Checker(settings, root, config.time_budget, workers=min(2, os.cpu_count() or 1))
    shown = str(config.path) if config.path else None
    service = Service(checker, rules, shown, lang, config.time_budget)
    print(f"actlint : page ouverte sur http://{address}:{port}/ (Ctrl+C pour arrêter)",
          file=sys.stderr)  # fmt: skip
    print(f"actlint : configuration : {shown or 'aucune (réglages par défaut)'}", file=sys.stderr)
    if host not in LOOPBACK:
        print(
            f"actlint : attention : la page est ouverte à toute machine qui peut joindre "
            f"{address}:{port}, sans authentification ; les actes déposés y sont lus",
            file=sys.stderr,
        )
    try:
        uvicorn.run(create_app(service, host), host=host, port=port, access_log=False,
                    log_level="warning", server_header=False)  # fmt: skip
    finally:
        checker.close()
    return 0


def _unavailable(host: str, port: int) -> str | None:
    """Why the server could not listen on ``host:port`` (taken, not an address of this
    machine), or None."""
    try:
        infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
        family, _, _, _, where = infos[0]
        with socket.socket(family, socket.SOCK_STREAM) as probe:
            probe.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)  # as uvicorn does
            probe.bind(where)
    except OSError as error:
        return error.strerror or str(error)
    return None
