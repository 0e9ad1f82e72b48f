"""The bytes of a text file an office sends → its text, NFC: the encodings Windows writes.

Both text readers — the rows of a merge (a CSV, :mod:`vnreport.batch.csvtext`) and the
importer's plain text (:func:`vnreport.read_text`) — read files from the same desks, so
they detect the encoding the same way, in this order: a UTF-8 byte order mark (Excel's
"CSV UTF-8", Notepad's "UTF-8 with BOM"); a UTF-16 or UTF-32 one (Excel's "Unicode Text",
Notepad's "Unicode"); text that is valid UTF-8; otherwise Windows-1258, the Vietnamese
Windows code page. Windows-1258 writes many toned letters as a letter and a combining
tone mark ("ễ" as "ê" + U+0303), so the text is NFC-normalised after decoding, whatever
the encoding: "Nguyễn" from any file equals "Nguyễn" typed in Python.

Each reader words its own errors (what a CSV should be saved as is not what a draft
should); the facts come from here: :class:`UnknownEncodingError`, :class:`UndecodableTextError`,
and :func:`binary_kind` for a file of another kind named as text.
"""

from __future__ import annotations

import codecs
import unicodedata

import attrs

from vnreport.ooxml.zipread import OLE_SIGNATURE

__all__ = [
    "Decoded",
    "UndecodableTextError",
    "UnknownEncodingError",
    "binary_kind",
    "decode_text",
    "encoding_named",
]

_BOMS = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    # UTF-32's marks begin like UTF-16's: they are tested first.
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)


@attrs.frozen
class Decoded:
    """A file's text (NFC, no byte order mark) and the encoding it was read in."""

    text: str
    encoding: str


class UnknownEncodingError(ValueError):
    """An encoding given by name that Python does not know."""

    def __init__(self, encoding: str) -> None:
        super().__init__(
            f"the encoding {encoding!r} is unknown: give one Python knows, such as "
            "'utf-8', 'utf-8-sig', 'utf-16' or 'cp1258'"
        )
        self.encoding = encoding


class UndecodableTextError(ValueError):
    """Bytes that are not text in the encoding given (``given``), or in none of those
    detected (``given`` is ``None``); ``byte`` is the offset of the first, ``line`` its
    line (1-based)."""

    def __init__(self, given: str | None, byte: int, line: int) -> None:
        what = f"not {given}" if given is not None else "neither UTF-8 nor Windows-1258"
        super().__init__(f"byte {byte} (line {line}) is {what} text")
        self.given = given
        self.byte = byte
        self.line = line


def encoding_named(encoding: str) -> str:
    """The codec ``encoding`` names, "utf-8" read as "utf-8-sig" (a file saved with a byte
    order mark is still UTF-8); :class:`UnknownEncodingError` when there is none."""
    try:
        name = codecs.lookup(encoding).name
    except LookupError:
        raise UnknownEncodingError(encoding) from None
    return "utf-8-sig" if name == "utf-8" else name


def decode_text(data: bytes, encoding: str | None = None) -> Decoded:
    """The text of ``data``, NFC, in ``encoding`` or the one detected (module docs).

    >>> decode_text("Nguyễn".encode("utf-16")).encoding
    'utf-16'
    """
    used = _detected(data) if encoding is None else encoding_named(encoding)
    try:
        text = data.decode(used)
    except UnicodeDecodeError as error:
        line = data.count(b"\n", 0, error.start) + 1
        raise UndecodableTextError(encoding, error.start, line) from None
    # A UTF-16 or UTF-32 file given by a name without its byte order (e.g. "utf-16-le").
    text = text.removeprefix("\ufeff")
    return Decoded(unicodedata.normalize("NFC", text), used)


def _detected(data: bytes) -> str:
    for mark, name in _BOMS:
        if data.startswith(mark):
            return name
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        return "cp1258"
    return "utf-8"


#: Markers of Word's and Excel's main parts, whose names every such zip stores in full
#: (in its local headers and in its central directory), so they can be found in the bytes
#: without opening the archive.
_ZIP_KINDS = ((b"word/document.xml", "docx"), (b"xl/workbook.xml", "xlsx"))


def binary_kind(data: bytes) -> str | None:
    """What a file named as text is when its first bytes say it is no text: "docx" (a
    Word document), "xlsx" (an Excel workbook), "zip" (another zip archive), "ole" (an
    Office 97-2003 file) or "pdf"; ``None`` for anything else."""
    if data.startswith(b"PK\x03\x04"):
        return next((kind for marker, kind in _ZIP_KINDS if marker in data), "zip")
    if data.startswith(OLE_SIGNATURE):
        return "ole"
    if data.startswith(b"%PDF"):
        return "pdf"
    return None
