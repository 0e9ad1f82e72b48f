"""What :func:`~vnreport.read_text` is given — a text, a file's bytes or a file's path —
as its text, measured against the limits before anything slow reads it.

A file's encoding is detected as the rows of a merge detect a CSV's
(:mod:`vnreport.textcodec`: UTF-8 with or without its byte order mark, UTF-16, Windows-1258,
NFC after), and read by the checker's reader of files (regular files only, a pipe refused
without waiting for it). A file that is not text (a .docx renamed .txt, a folder) is named
for what it is. Sizes are those of the checker's reader
(:class:`~vnreport.limits.PackageLimits`): the file (a text: its characters) against
``max_file_bytes``, its lines against ``max_paragraphs``, as a .docx's paragraphs are.
"""

from __future__ import annotations

import os
from pathlib import Path

from vnreport.errors import PackageError
from vnreport.limits import PackageLimits
from vnreport.ooxml.package import read_file
from vnreport.textcodec import UndecodableTextError, UnknownEncodingError, binary_kind, decode_text

__all__ = ["NotTextError", "line_count", "text_of"]

#: What :meth:`str.splitlines` cuts at, besides "\n" and "\r" (counted apart for "\r\n").
_OTHER_BREAKS = ("\v", "\f", "\x1c", "\x1d", "\x1e", "\x85", "\u2028", "\u2029")

_KINDS = {
    "docx": (
        "the file is a Word document (.docx), not plain text: give it its .docx name, "
        "or read it with vnreport.read_docx"
    ),
    "xlsx": "the file is an Excel workbook (.xlsx), not a document's text",
    "zip": "the file is a zip archive, not plain text",
    "ole": (
        "the file is a Word or Excel 97-2003 file (.doc, .xls), not plain text: save it "
        "as .docx in Word and read that"
    ),
    "pdf": "the file is a PDF, not plain text: read the .docx it was made from",
}


class NotTextError(ValueError):
    """What was given cannot be read as a document's text; the message says why."""


def text_of(
    source: str | bytes | os.PathLike[str], encoding: str | None, limits: PackageLimits
) -> str:
    """The text of ``source`` (NFC when it was decoded here), or :class:`NotTextError`."""
    if isinstance(source, str):
        if encoding is not None:
            raise NotTextError("encoding= is for a file or its bytes: a str is text already")
        _within(len(source), "characters", limits)
        return source
    if isinstance(source, bytes | bytearray | memoryview):
        data = bytes(source)
    elif isinstance(source, os.PathLike):
        data = _read(Path(source), limits)
    else:
        raise NotTextError(
            f"read_text takes a text (str), its bytes or a path, not {type(source).__name__}"
        )
    _within(len(data), "bytes", limits)
    kind = binary_kind(data)
    if kind is not None:
        raise NotTextError(_KINDS[kind])
    try:
        return decode_text(data, encoding).text
    except UnknownEncodingError as error:
        raise NotTextError(str(error)) from None
    except UndecodableTextError as error:
        raise NotTextError(f"{error}: give its encoding (encoding=, --encoding)") from None


def line_count(text: str) -> int:
    """How many lines :meth:`str.splitlines` cuts ``text`` into, without cutting it (a
    text of line breaks would be a list of millions of strings)."""
    breaks = text.count("\n") + text.count("\r") - text.count("\r\n")
    breaks += sum(text.count(mark) for mark in _OTHER_BREAKS)
    return breaks + (1 if text and text[-1] not in "\n\r" + "".join(_OTHER_BREAKS) else 0)


def _within(size: int, unit: str, limits: PackageLimits) -> None:
    if size > limits.max_file_bytes:
        raise NotTextError(
            f"the text has {size} {unit}, more than limits.package.max_file_bytes "
            f"({limits.max_file_bytes}) allows"
        )


def _read(path: Path, limits: PackageLimits) -> bytes:
    """The file's bytes, read as the checker reads a .docx (regular files only, no more
    than the limit), a folder and a missing file named as such (the caller names the
    path: ``FILE: not a recognisable document: no such file``)."""
    if path.is_dir():
        raise NotTextError("it is a folder, not a file: give the text file inside it")
    if not path.exists():
        raise NotTextError("no such file")
    try:
        return read_file(path, limits)
    except PackageError as error:
        # The checker's reader ends its refusal of a pipe or a device with what it reads.
        message = str(error).removesuffix(": only .docx files can be read")
        raise NotTextError(message) from None
