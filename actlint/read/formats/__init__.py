"""Every format an act comes in, read into the same ``Source`` a text file gives.

The format is told by the file's first bytes (a zip package, a PDF header), with the
name's suffix deciding only between formats that look alike; text is the rest.
"""

from __future__ import annotations

from actlint.read.source import Problem, Source, decode
from actlint.text import Text

DOCUMENT_SUFFIXES = (".docx", ".odt", ".pdf")
_ODT_MIMETYPE = b"mimetypeapplication/vnd.oasis.opendocument.text"
# Word and LibreOffice wrap a password-protected DOCX or ODT in an OLE compound file.
_COMPOUND_FILE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"


def load(data: bytes, path: str) -> Source:
    """The source of a file's bytes, whatever its format; a document that cannot be
    read gives an empty source with the ``Problem`` to report."""
    kind = _kind(data, path)
    if kind == "text":
        return decode(data, path)
    from actlint.read.formats.container import DocumentError

    try:
        if data.startswith(_COMPOUND_FILE):
            raise DocumentError(Text("fichier protégé par un mot de passe, ou au format .doc "
                                     "d'avant 2007 : enregistrez-le en DOCX sans mot de passe",
                                     "password-protected file, or a pre-2007 .doc file: save it "
                                     "as DOCX without a password"))  # fmt: skip
        if kind == "pdf":
            from actlint.read.formats.pdf import read_pdf

            return read_pdf(data, path)
        if kind == "odt":
            from actlint.read.formats.odt import read_odt

            return read_odt(data, path)
        from actlint.read.formats.docx import read_docx

        return read_docx(data, path)
    except DocumentError as error:
        from actlint.read.formats.pdf import NoTextLayer

        code = "IO006" if isinstance(error, NoTextLayer) else "IO005"
        return Source(path=path, text="", encoding=kind, problem=Problem(code, error.detail))
    except RecursionError:
        detail = Text("structure trop profonde", "structure nested too deeply")
        return Source(path=path, text="", encoding=kind, problem=Problem("IO005", detail))


def _kind(data: bytes, path: str) -> str:
    suffix = path.lower().rsplit(".", 1)[-1] if "." in path else ""
    if data.startswith(b"%PDF-") or (suffix == "pdf" and b"%PDF-" in data[:1024]):
        return "pdf"
    if data.startswith(b"PK\x03\x04") or suffix in ("docx", "odt"):
        if data[30 : 30 + len(_ODT_MIMETYPE)] == _ODT_MIMETYPE or suffix == "odt":
            return "odt"
        return "docx"
    if suffix == "pdf":
        return "pdf"
    return "text"
