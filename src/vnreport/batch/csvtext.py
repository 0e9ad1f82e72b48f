"""The records of a CSV file: its encoding, its delimiter, and the line each record begins.

Offices export CSV from Excel in one of a few ways, and the encoding is detected as
:mod:`vnreport.textcodec` detects a text file's (the importer's plain text too): a UTF-8
byte order mark ("CSV UTF-8"); a UTF-16 one ("Unicode Text", which is tab-separated);
text that is valid UTF-8; otherwise Windows-1258 ("CSV (Comma delimited)" on a Vietnamese
Windows), its combining tone marks NFC-normalised.

The delimiter is the one of "," ";" TAB "|" found most often in the header, outside
quotes: Vietnamese Windows uses ";" because its decimal mark is ",". Records are parsed
by :mod:`csv` in strict mode (a stray quote is an error with its line, not a guess).
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Iterator

from vnreport.batch.grid import Record
from vnreport.batch.problems import Problems
from vnreport.textcodec import UndecodableTextError, UnknownEncodingError, binary_kind, decode_text

__all__ = ["DELIMITERS", "CsvText", "decode", "records", "sniff_delimiter"]

#: The delimiters sniffed, in the order a tie is settled.
DELIMITERS = (",", ";", "\t", "|")

#: Characters no text table holds: C0 controls but tab, line feed and carriage return.
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
_KINDS = {
    "xlsx": "a zip archive (an Excel workbook? name it .xlsx)",
    "zip": "a zip archive (an Excel workbook? name it .xlsx)",
    "docx": "a zip archive (a Word document, not a table)",
    "ole": "an Excel 97-2003 workbook or another OLE file: save it as CSV UTF-8",
    "pdf": "a PDF file",
}


class CsvText:
    """The decoded text of a CSV file and how it was read."""

    def __init__(self, text: str, encoding: str, delimiter: str) -> None:
        self.text = text
        self.encoding = encoding
        self.delimiter = delimiter


def decode(data: bytes, encoding: str | None, delimiter: str | None, problems: Problems) -> CsvText:
    """The text of ``data`` (NFC, checked to be text), its encoding and its delimiter."""
    kind = binary_kind(data)
    if kind is not None:
        problems.fatal(f"is not a text table but {_KINDS[kind]}")
    if delimiter is not None and (
        len(delimiter) != 1 or delimiter in '"\r\n' or delimiter.isalnum()
    ):
        problems.fatal(
            f"the delimiter {delimiter!r} cannot separate cells: give one character such "
            "as ',' ';' '\\t' or '|'"
        )
    try:
        decoded = decode_text(data, encoding)
    except UnknownEncodingError as error:
        problems.fatal(str(error))
    except UndecodableTextError as error:
        if encoding is None:  # neither UTF-8 nor the Windows code page
            problems.fatal(
                f"is not a text table: byte {error.byte} (line {error.line}) is neither "
                "UTF-8 nor Windows-1258 text; save the file as CSV UTF-8, or give its "
                "encoding",
            )
        problems.fatal(
            f"is not {encoding} text: byte {error.byte} cannot be read (line {error.line}); "
            "give its encoding, or save the file as CSV UTF-8"
        )
    text = decoded.text
    control = _CONTROL.search(text)
    if control is not None:
        line = text.count("\n", 0, control.start()) + 1
        problems.fatal(
            f"is not a text table: line {line} holds the control character "
            f"U+{ord(control.group()):04X} (binary data, or a file of another kind named "
            ".csv)"
        )
    return CsvText(text, decoded.encoding, delimiter or sniff_delimiter(text))


def sniff_delimiter(text: str) -> str:
    """The delimiter the first line that is not blank uses most, outside quotes ("," when
    it uses none: one column).

    >>> sniff_delimiter('ho_ten;"chức vụ, đơn vị";ngay\\n')
    ';'
    >>> sniff_delimiter("ho_ten\\tngay\\n"), sniff_delimiter("ho_ten\\n")
    ('\\t', ',')
    """
    counts = dict.fromkeys(DELIMITERS, 0)
    quoted = False
    started = False
    for character in text:
        if character == '"':
            quoted = not quoted
        elif not quoted:
            if character in "\r\n":
                if started:
                    break
                continue
            if character in counts:
                counts[character] += 1
            if not character.isspace() or character == "\t":
                started = True
    best = max(DELIMITERS, key=lambda delimiter: counts[delimiter])
    return best if counts[best] else ","


def records(source: CsvText, problems: Problems) -> Iterator[Record]:
    """Every record with the line it begins on (blank lines are records with no cells)."""
    reader = csv.reader(
        io.StringIO(source.text, newline=""), delimiter=source.delimiter, strict=True
    )
    start = 1
    try:
        for record in reader:
            yield start, record
            start = reader.line_num + 1
    except csv.Error as error:
        problems.fatal(f"is not valid CSV: {error}", line=reader.line_num or start)
