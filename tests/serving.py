"""Run `actlint serve` as users do, the installed console script on a free local port, and
send it forms as a browser would."""

from __future__ import annotations

import os
import socket
import subprocess
import time
import urllib.error
import urllib.request
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from email.message import Message
from pathlib import Path

from tests.conftest import actlint_executable


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
        return port


@dataclass
class Server:
    url: str
    process: subprocess.Popen[bytes]
    log: Path

    def said(self) -> str:
        return self.log.read_text(encoding="utf-8", errors="replace")


@contextmanager
def served(cwd: Path, *options: str, host: str = "127.0.0.1") -> Iterator[Server]:
    """`actlint serve` started in ``cwd``, answering once it is ready; stopped after."""
    port = free_port()
    log = cwd / f"serve-{port}.log"
    with log.open("wb") as sink:
        process = subprocess.Popen(
            [actlint_executable(), "serve", "--port", str(port), "--host", host, *options],
            cwd=cwd, stdout=sink, stderr=subprocess.STDOUT, env={**os.environ, "NO_COLOR": "1"},
        )  # fmt: skip
    server = Server(f"http://127.0.0.1:{port}", process, log)
    try:
        deadline = time.monotonic() + 30
        while True:
            if process.poll() is not None:
                raise AssertionError(f"actlint serve ended: {server.said()}")
            try:
                with urllib.request.urlopen(server.url + "/", timeout=2) as answer:
                    if answer.status == 200:
                        break
            except OSError:
                if time.monotonic() > deadline:
                    raise
                time.sleep(0.1)
        yield server
    finally:
        process.terminate()
        try:
            process.wait(15)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


def post(
    url: str, name: str, data: bytes, field: str = "file", headers: dict[str, str] | None = None
) -> tuple[int, Message, bytes]:
    """POST ``data`` as the form field ``field`` (a file named ``name``); status, headers, body."""
    boundary = f"----actlint{uuid.uuid4().hex}"
    filename = f'; filename="{name}"' if field == "file" else ""
    body = (
        (
            f'--{boundary}\r\nContent-Disposition: form-data; name="{field}"{filename}\r\n'
            "Content-Type: application/octet-stream\r\n\r\n"
        ).encode()
        + data
        + f"\r\n--{boundary}--\r\n".encode()
    )
    request = urllib.request.Request(url, data=body, method="POST", headers={
        "Content-Type": f"multipart/form-data; boundary={boundary}", **(headers or {}),
    })  # fmt: skip
    return _send(request)


def get(url: str, headers: dict[str, str] | None = None) -> tuple[int, Message, bytes]:
    return _send(urllib.request.Request(url, headers=headers or {}))


def _send(request: urllib.request.Request) -> tuple[int, Message, bytes]:
    try:
        with urllib.request.urlopen(request, timeout=120) as answer:
            return answer.status, answer.headers, answer.read()
    except urllib.error.HTTPError as error:
        return error.code, error.headers, error.read()


def zip_bomb() -> bytes:
    """A « .docx » whose one part inflates to 256 MB of zeros (a quarter of a megabyte compressed)."""
    import io
    import zipfile

    buffer = io.BytesIO()
    block = b"\0" * (1024 * 1024)
    with (
        zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as package,
        package.open("word/document.xml", "w", force_zip64=True) as part,
    ):
        for _ in range(256):
            part.write(block)
    return buffer.getvalue()
