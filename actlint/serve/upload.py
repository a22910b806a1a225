"""Read an act sent as a multipart form into memory, within a size limit.

Starlette's own form parser spools large files to a temporary file; acts sent to the page
must never touch the disk, so the body is parsed here as it streams in, kept in memory,
and past the limit no longer kept but only drained, so that the browser still reads the
page that says why."""

from __future__ import annotations

import os
from dataclasses import dataclass, field

from python_multipart.exceptions import MultipartParseError
from python_multipart.multipart import MultipartParser, parse_options_header
from starlette.requests import Request

from actlint.read.formats.container import MAX_PART_BYTES

# The largest part the command line reads from a document: a bigger act is refused.
MAX_UPLOAD = MAX_PART_BYTES
_FORM_OVERHEAD = 64 * 1024  # boundaries, headers and the small fields beside the act
PASTED_NAME = "texte-colle.txt"


class UploadError(Exception):
    """The request holds no act that can be read: ``reason`` is ``too-large``,
    ``not-a-form`` or ``empty``."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


@dataclass
class Upload:
    """The act sent (a file, else the pasted text) and the form's other fields."""

    name: str
    data: bytes
    fields: dict[str, str] = field(default_factory=dict)


@dataclass
class _Part:
    headers: dict[str, str] = field(default_factory=dict)
    data: bytearray = field(default_factory=bytearray)


async def read_upload(request: Request) -> Upload:
    """The act of a ``multipart/form-data`` request: the field ``file``, else ``text``."""
    kind, options = parse_options_header(request.headers.get("content-type", ""))
    boundary = options.get(b"boundary")
    if kind != b"multipart/form-data" or not boundary:
        raise UploadError("not-a-form")
    limit = MAX_UPLOAD + _FORM_OVERHEAD
    declared = request.headers.get("content-length", "")
    too_large = declared.isdigit() and int(declared) > limit
    parts: list[_Part] = []
    header: list[bytes] = [b"", b""]

    def begin() -> None:
        parts.append(_Part())

    def header_field(data: bytes, start: int, end: int) -> None:
        header[0] += data[start:end]

    def header_value(data: bytes, start: int, end: int) -> None:
        header[1] += data[start:end]

    def header_end() -> None:
        parts[-1].headers[header[0].decode("latin-1").lower()] = header[1].decode(
            "utf-8", "replace"
        )
        header[0], header[1] = b"", b""

    def part_data(data: bytes, start: int, end: int) -> None:
        parts[-1].data += data[start:end]

    parser = MultipartParser(boundary, {
        "on_part_begin": begin, "on_header_field": header_field,
        "on_header_value": header_value, "on_header_end": header_end,
        "on_part_data": part_data,
    })  # fmt: skip
    received = 0
    broken = False
    async for chunk in request.stream():
        received += len(chunk)
        too_large = too_large or received > limit
        if too_large or broken:
            continue  # drained, not kept
        try:
            parser.write(chunk)
        except MultipartParseError:
            broken = True
    if too_large:
        raise UploadError("too-large")
    if broken:
        raise UploadError("not-a-form")
    return _upload(parts)


def _upload(parts: list[_Part]) -> Upload:
    fields: dict[str, str] = {}
    chosen: Upload | None = None
    for part in parts:
        _, options = parse_options_header(part.headers.get("content-disposition", ""))
        name = options.get(b"name", b"").decode("utf-8", "replace")
        filename = options.get(b"filename")
        if name == "file" and filename is not None:
            if part.data:
                chosen = Upload(_safe_name(filename.decode("utf-8", "replace")), bytes(part.data))
        elif name == "text":
            if part.data.strip() and chosen is None:
                chosen = Upload(PASTED_NAME, bytes(part.data).replace(b"\r\n", b"\n"))
        elif name:
            fields[name] = part.data[:200].decode("utf-8", "replace")
    if chosen is None:
        raise UploadError("empty")
    if len(chosen.data) > MAX_UPLOAD:
        raise UploadError("too-large")
    chosen.fields = fields
    return chosen


def _safe_name(given: str) -> str:
    """The file's own name, without any folder a client may send."""
    name = os.path.basename(given.replace("\\", "/")).strip()
    return name[:200] or "acte.txt"
