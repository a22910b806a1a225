"""Open DOCX and ODT packages safely: zip and XML read within fixed limits.

A document is a zip of XML parts, and both layers can be made hostile: a part that
inflates to gigabytes, thousands of parts, an XML entity that expands exponentially.
Every read here is capped, and XML is parsed with ``defusedxml`` with DTDs forbidden
outright (no legitimate Office or OpenDocument part declares one), so a hostile file
costs bounded time and memory and ends as a ``DocumentError``.
"""

from __future__ import annotations

import io
import zipfile
import zlib
from xml.etree.ElementTree import Element, ParseError

from defusedxml import DefusedXmlException
from defusedxml.ElementTree import fromstring

from actlint.text import Text

MAX_PARTS = 2_000
MAX_PART_BYTES = 32 * 1024 * 1024
MAX_TOTAL_BYTES = 128 * 1024 * 1024


class DocumentError(Exception):
    """The document cannot be read; ``detail`` says why, in both languages."""

    def __init__(self, detail: Text) -> None:
        super().__init__(detail.en)
        self.detail = detail


CORRUPTED = Text("fichier endommagé ou tronqué", "damaged or truncated file")
ENCRYPTED = Text("fichier protégé par un mot de passe", "password-protected file")


def too_large(what_fr: str, what_en: str) -> DocumentError:
    return DocumentError(Text(f"dépasse les limites de lecture ({what_fr})",
                              f"exceeds the reading limits ({what_en})"))  # fmt: skip


class Package:
    """The parts of a zip container, read on demand within the limits above."""

    def __init__(self, data: bytes) -> None:
        try:
            self._zip = zipfile.ZipFile(io.BytesIO(data))
            infos = self._zip.infolist()
        except (zipfile.BadZipFile, zipfile.LargeZipFile, OSError, ValueError, EOFError) as error:
            raise DocumentError(CORRUPTED) from error
        if len(infos) > MAX_PARTS:
            raise too_large(f"plus de {MAX_PARTS} parties", f"more than {MAX_PARTS} parts")
        if sum(info.file_size for info in infos) > MAX_TOTAL_BYTES:
            raise too_large("taille décompressée", "decompressed size")
        if any(info.flag_bits & 0x1 for info in infos):
            raise DocumentError(ENCRYPTED)
        self._names = {info.filename for info in infos}

    def __contains__(self, name: str) -> bool:
        return name in self._names

    def read(self, name: str) -> bytes:
        if name not in self._names:
            raise DocumentError(Text(f"partie « {name} » absente", f"part “{name}” missing"))
        try:
            with self._zip.open(name) as part:
                # zipfile never returns more than the size the entry declares, and checks
                # the CRC at the end, so a lying header cannot inflate past this cap.
                data = part.read(MAX_PART_BYTES + 1)
        except (zipfile.BadZipFile, OSError, EOFError, zlib.error, NotImplementedError,
                RuntimeError, ValueError) as error:  # fmt: skip
            raise DocumentError(CORRUPTED) from error
        if len(data) > MAX_PART_BYTES:
            raise too_large(f"partie « {name} »", f"part “{name}”")
        return data

    def xml(self, name: str) -> Element:
        return parse_xml(self.read(name))


def parse_xml(data: bytes) -> Element:
    try:
        root: Element = fromstring(data, forbid_dtd=True)
    except DefusedXmlException as error:
        raise DocumentError(Text("XML interdit (déclaration DTD ou entités)",
                                 "forbidden XML (DTD or entity declaration)")) from error  # fmt: skip
    except (ParseError, ValueError) as error:
        raise DocumentError(CORRUPTED) from error
    return root
