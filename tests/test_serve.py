"""`actlint serve` over HTTP: the JSON endpoints keep the command line's contracts, hostile
uploads get a message and leave the server serving, the configuration of the folder
applies, and the server stays private and responsive."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.conftest import EXAMPLE, FIXTURES, run_actlint
from tests.serving import Server, free_port, get, post, served, zip_bomb

DOCUMENTS = FIXTURES / "documents" / "converted"


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Server]:
    with served(tmp_path_factory.mktemp("serve")) as running:
        yield running


def cli_json(*args: str) -> dict:
    done = run_actlint(*args)
    assert done.returncode in (0, 1), done.stderr
    return json.loads(done.stdout)


def test_api_check_is_the_command_line_s_json(server: Server) -> None:
    status, headers, body = post(server.url + "/api/check", EXAMPLE.name, EXAMPLE.read_bytes())
    assert status == 200 and headers["Content-Type"] == "application/json"
    # an upload is read alone: outside any repository
    expected = cli_json("check", "--no-cache", "--no-repository", "--format", "json", str(EXAMPLE))
    expected["files"][0]["path"] = EXAMPLE.name
    assert json.loads(body) == expected
    vat = [d for d in expected["files"][0]["diagnostics"] if d["code"] == "VAT001"]
    assert vat[0]["quote"] == "3 321,27 € TTC"


def test_api_parse_is_the_command_line_s_json(server: Server) -> None:
    status, _, body = post(server.url + "/api/parse", EXAMPLE.name, EXAMPLE.read_bytes())
    assert status == 200
    expected = cli_json("parse", "--no-repository", "--format", "json", str(EXAMPLE))
    assert json.loads(body) == expected


def test_api_check_reads_documents_and_english(server: Server) -> None:
    docx = DOCUMENTS / "decision-2026-92-lens.docx"
    status, _, body = post(server.url + "/api/check?lang=en", docx.name, docx.read_bytes())
    assert status == 200
    expected = cli_json("check", "--no-cache", "--lang", "en", "--format", "json", str(docx))
    expected["files"][0]["path"] = docx.name
    found = json.loads(body)
    assert found == expected
    vat = next(d for d in found["files"][0]["diagnostics"] if d["code"] == "VAT001")
    assert vat["location"] == {"paragraph": 39, "offset": 33}
    assert vat["message"].startswith("TTC amount disagrees")


def test_an_act_sent_again_is_answered_from_memory(server: Server) -> None:
    act = EXAMPLE.read_bytes() + b"\n"  # not sent by another test
    first = post(server.url + "/api/check", "again.txt", act)
    second = post(server.url + "/api/check", "again.txt", act)
    assert first[1]["X-Actlint-Cache"] == "miss" and second[1]["X-Actlint-Cache"] == "hit"
    assert first[2] == second[2]


def test_a_zip_bomb_named_docx_is_refused_and_the_server_serves_on(server: Server) -> None:
    status, _, body = post(server.url + "/api/check", "bombe.docx", zip_bomb())
    assert status == 200
    (finding,) = json.loads(body)["files"][0]["diagnostics"]
    assert finding["code"] == "IO005" and "limites de lecture" in finding["message"]
    status, _, page = post(server.url + "/check", "bombe.docx", zip_bomb())
    assert status == 200 and "dépasse les limites de lecture".encode() in page
    assert get(server.url + "/")[0] == 200


def test_a_50_mb_upload_is_refused_with_a_message(server: Server) -> None:
    big = b"Vu le code. " * (50 * 1024 * 1024 // 12)
    status, _, body = post(server.url + "/api/check", "gros.txt", big)
    assert status == 413
    assert "dépasse la taille admise (32 Mo)" in json.loads(body)["error"]
    status, _, page = post(server.url + "/check", "gros.txt", big)
    assert status == 413 and 'role="alert"' in page.decode()
    assert "dépasse la taille admise".encode() in page
    assert post(server.url + "/api/check", EXAMPLE.name, EXAMPLE.read_bytes())[0] == 200


def test_a_binary_file_gets_a_message(server: Server) -> None:
    binary = bytes(range(256)) * 4096
    status, _, page = post(server.url + "/check", "scan.docx.exe", binary)
    assert status == 200
    assert "Le fichier n&#39;a pas pu être lu : Le fichier n&#39;est pas un texte" in page.decode()
    status, _, body = post(server.url + "/api/parse", "scan.bin", binary)
    assert status == 422 and "pas un texte" in json.loads(body)["error"]


def test_a_form_without_an_act_says_so(server: Server) -> None:
    status, _, page = post(server.url + "/check", "", b"", field="text")
    assert status == 400 and "Aucun acte reçu".encode() in page
    status, _, body = get(server.url + "/result/0123456789abcdef")
    assert status == 404 and "plus en mémoire".encode() in body


def test_only_loopback_names_are_answered(server: Server) -> None:
    """A web page cannot reach the server through a name of its own (DNS rebinding)."""
    assert get(server.url + "/", headers={"Host": "evil.example"})[0] == 400
    assert get(server.url + "/", headers={"Host": "localhost"})[0] == 200


def test_the_server_answers_while_a_large_act_is_read(server: Server) -> None:
    text = EXAMPLE.read_text(encoding="utf-8")
    head, _, tail = text.partition("### **DECIDE**")
    articles = "".join(
        f"**ARTICLE {i}** : Le montant est fixé à 2 767,72 € HT soit 3 321,27 € TTC.\n\n"
        for i in range(1, 12001)
    )
    large = f"{head}### **DECIDE**\n\n{articles}{tail[tail.index('Fait à') :]}".encode()
    answers: list[int] = []
    reading = threading.Thread(
        target=lambda: answers.append(post(server.url + "/api/check", "large.txt", large)[0])
    )
    reading.start()
    time.sleep(0.5)
    started = time.monotonic()
    assert get(server.url + "/rules/VAT001")[0] == 200
    if (os.cpu_count() or 1) > 1:  # a second worker lints another act meanwhile
        small = EXAMPLE.read_bytes() + b"\n\n"
        assert post(server.url + "/api/check", "small.txt", small)[0] == 200
    answered = time.monotonic() - started
    assert reading.is_alive(), "the large act was read too fast to show anything"
    assert answered < 3
    reading.join(120)
    assert answers == [200]


def test_the_folder_s_configuration_applies_and_is_named(tmp_path: Path) -> None:
    (tmp_path / "actlint.toml").write_text('ignore = ["EXE"]\n[severity]\nVAT001 = "warning"\n')
    with served(tmp_path) as running:
        _, _, body = post(running.url + "/api/check", EXAMPLE.name, EXAMPLE.read_bytes())
        _, _, page = post(running.url + "/check", EXAMPLE.name, EXAMPLE.read_bytes())
        assert "configuration : " + str(tmp_path / "actlint.toml") in running.said()
    found = {d["code"]: d["severity"] for d in json.loads(body)["files"][0]["diagnostics"]}
    assert found["VAT001"] == "warning" and not any(code.startswith("EXE") for code in found)
    assert str(tmp_path / "actlint.toml").encode() in page


def test_another_address_than_the_loopback_is_said_aloud(tmp_path: Path) -> None:
    with served(tmp_path, host="0.0.0.0") as running:
        said = running.said()
    assert "attention : la page est ouverte à toute machine" in said


def test_an_invalid_configuration_stops_the_server_with_its_message(tmp_path: Path) -> None:
    (tmp_path / "actlint.toml").write_text('fail-on = "never"\n')
    done = subprocess.run([sys.executable, "-m", "actlint", "serve", "--port", str(free_port())],
                          cwd=tmp_path, capture_output=True, text=True, timeout=60)  # fmt: skip
    assert done.returncode == 2
    assert "actlint.toml:1: fail-on" in done.stderr and "Traceback" not in done.stderr


def test_without_the_web_extra_serve_says_how_to_install_it() -> None:
    hide = "import sys; sys.modules['starlette'] = None; from actlint.cli import main; main()"
    done = subprocess.run([sys.executable, "-c", hide, "serve"], capture_output=True,
                          text=True, timeout=60)  # fmt: skip
    assert done.returncode == 2
    assert "pip install 'actlint[serve]'" in done.stderr and "Traceback" not in done.stderr


def test_a_port_already_taken_is_said_in_french(server: Server) -> None:
    port = server.url.rsplit(":", 1)[1]
    done = subprocess.run([sys.executable, "-m", "actlint", "serve", "--port", port],
                          capture_output=True, text=True, timeout=60)  # fmt: skip
    assert done.returncode == 2
    assert f"impossible d'écouter sur 127.0.0.1:{port}" in done.stderr
    assert get(server.url + "/")[0] == 200
