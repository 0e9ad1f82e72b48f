"""The rows of an Excel workbook (.xlsx): the archive checked, then read with openpyxl.

openpyxl (the optional extra ``excel``) reads the workbook in read-only mode and takes the
values Excel computed (``data_only``). It trusts the zip archive, so the archive is
checked first with the checks the .docx reader uses (:mod:`vnreport.ooxml.zipread`), under
:class:`~vnreport.limits.RowLimits`: the number of entries, the sizes the entries declare,
how far each inflates (a zip bomb inflates about 1,000 times), and then every entry is
inflated, measured and compared with what it declares, so nothing openpyxl later reads
is larger than what was checked. An XML part with a DTD is refused (Excel writes none;
a DTD is where entity expansion comes from).

A formula is read as the value Excel saved with it. A workbook written by a program that
does not calculate (openpyxl itself, many exporters) saves formulas without values;
openpyxl reads those cells as empty, and a merge would print nothing where a figure was
meant. Such a cell is refused instead, naming it, so that the clerk opens the file in Excel
or LibreOffice Calc and saves it (which calculates it) or types the value.
"""

from __future__ import annotations

import datetime
import io
import re
import unicodedata
import zipfile
import zlib
from collections.abc import Iterator
from decimal import Decimal
from typing import Any

from vnreport.batch.grid import Bad, Record
from vnreport.batch.problems import Problems, over_limit
from vnreport.errors import PackageError
from vnreport.limits import RowLimits
from vnreport.ooxml.zipread import (
    CENTRAL_SIGNATURE,
    OLE_SIGNATURE,
    ZIP_ERRORS,
    check_inflated,
    inflate,
    locate,
)

__all__ = ["check_archive", "records"]

#: An entry may inflate this far before its compression ratio counts: small XML parts
#: compress far better than sheets do.
_RATIO_GRACE = 1024 * 1024
#: Bytes kept from the end of one inflated chunk to find a mark cut across two.
_OVERLAP = 32
_DOCTYPES = tuple("<!DOCTYPE".encode(codec) for codec in ("utf-8", "utf-16-le", "utf-16-be"))
_FORMULA = re.compile(rb"<(?:[A-Za-z_][\w.-]*:)?f[\s>/]")
_CELL_REFERENCE = re.compile(r"([A-Z]{1,3})([0-9]+)")
_TIME_CODES = re.compile(r"[hs]|am/pm|a/p")
_FORMAT_LITERALS = re.compile(r'"[^"]*"|\[[^\]]*\]|\\.')
_EXTRA = "pip install 'vnreport[excel]'"


def check_archive(data: bytes, problems: Problems, limits: RowLimits) -> frozenset[str]:
    """Refuse a workbook whose archive is broken, hostile or over the limits; the names
    of the parts that hold formulas."""
    if data.startswith(OLE_SIGNATURE):
        problems.fatal(
            "is not an .xlsx workbook but an OLE file: an Excel 97-2003 workbook (.xls) "
            "renamed, or a workbook protected by a password; in Excel, save it as "
            "'Excel Workbook (*.xlsx)' without a password"
        )
    entries = limits.max_zip_entries
    if data.count(CENTRAL_SIGNATURE) > entries:
        problems.fatal(over_limit(f"more than {entries} zip entries", "max_zip_entries", limits))
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            infos = archive.infolist()
    except ZIP_ERRORS as error:
        problems.fatal(f"is not an .xlsx workbook (not a zip archive: {error})")
    if len(infos) > entries:
        problems.fatal(over_limit(f"{len(infos)} zip entries", "max_zip_entries", limits))
    try:
        stored = locate(infos, data)
    except PackageError as error:
        problems.fatal(f"is not a readable .xlsx workbook: {error}")
    declared = sum(info.file_size for info in infos)
    if declared > limits.max_inflated_bytes:
        problems.fatal(
            over_limit(f"entries that inflate to {declared} bytes", "max_inflated_bytes", limits)
        )
    ratio = limits.max_compression_ratio
    for info in infos:
        if info.file_size > max(_RATIO_GRACE, ratio * info.compress_size):
            problems.fatal(
                over_limit(
                    f"the entry {info.filename} inflates "
                    f"{info.file_size // max(info.compress_size, 1)} times (a zip bomb?)",
                    "max_compression_ratio",
                    limits,
                )
            )
    formulas: set[str] = set()
    for info, (start, end) in stored:
        if _inflated(info, memoryview(data)[start:end], problems):
            formulas.add(info.filename)
    return frozenset(formulas)


def _inflated(info: zipfile.ZipInfo, raw: memoryview, problems: Problems) -> bool:
    """Inflate one entry, no further than it declares; whether it holds a formula."""
    size = crc = 0
    tail = b""
    formula = False
    try:
        for chunk in inflate(info, raw):
            size += len(chunk)
            if size > info.file_size:
                problems.fatal(
                    f"is not a readable .xlsx workbook: the entry {info.filename} declares "
                    f"{info.file_size} bytes and holds more"
                )
            crc = zlib.crc32(chunk, crc)
            window = tail + bytes(chunk)
            if any(mark in window for mark in _DOCTYPES):
                problems.fatal(
                    f"is not a readable .xlsx workbook: the part {info.filename} holds a "
                    "DTD (<!DOCTYPE …>), which Excel never writes"
                )
            formula = formula or _FORMULA.search(window) is not None
            tail = window[-_OVERLAP:]
        check_inflated(info, size, crc)
    except PackageError as error:
        problems.fatal(f"is not a readable .xlsx workbook: {error}")
    return formula


def records(
    data: bytes, sheet: str | None, problems: Problems, limits: RowLimits
) -> Iterator[Record]:
    """Every row of the sheet (the first, or ``sheet``) with its number, blank ones too,
    each cell's value converted (:func:`_value`)."""
    formulas = check_archive(data, problems, limits)
    try:
        import openpyxl
    except ImportError:
        problems.fatal(
            f"needs openpyxl to read an Excel workbook: {_EXTRA} (or save the sheet as "
            "CSV UTF-8 and read that)"
        )
    try:
        workbook = openpyxl.load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    except Exception as error:  # openpyxl raises whatever its parts' parsers raise
        problems.fatal(f"is not a readable .xlsx workbook: {type(error).__name__}: {error}")
    try:
        names = list(workbook.sheetnames)
        name = names[0] if sheet is None and names else sheet
        if name not in names:
            listed = ", ".join(repr(found) for found in names) or "none"
            problems.fatal(f"has no sheet {name!r}; its sheets: {listed}")
        worksheet: Any = workbook[name]
        if not hasattr(worksheet, "iter_rows"):
            problems.fatal(f"the sheet {name!r} is a chart, not a table")
        path = str(getattr(worksheet, "_worksheet_path", ""))
        missing = _formulas_without_values(data, path) if path in formulas else frozenset()
        # The dimension a file declares may be "A1:XFD1048576": read the rows there are.
        worksheet.reset_dimensions()
        expected = 1
        for cells in worksheet.iter_rows():
            number = next((cell.row for cell in cells if hasattr(cell, "row")), expected)
            expected = number + 1
            yield (
                number,
                [
                    _value(cell, (number, column) in missing)
                    for column, cell in enumerate(cells, start=1)
                ],
            )
    finally:
        workbook.close()


def _value(cell: Any, uncomputed: bool) -> object:
    """A cell's value as a merge takes it: int, Decimal (exact), str (NFC), date,
    datetime, time, bool or ``None``; a :class:`Bad` for what cannot be read."""
    value = cell.value
    if getattr(cell, "data_type", None) == "e":
        return Bad(f"holds the Excel error {value}: correct the formula, or type the value")
    if value is None:
        if uncomputed:
            return Bad(
                "holds a formula without its computed value (the file was written by a "
                "program that does not calculate): open it in Excel or LibreOffice Calc "
                "and save it, or type the value"
            )
        return None
    if isinstance(value, bool | int):
        return value
    if isinstance(value, float):
        # Excel stores every number as a float: 1250000.0 is the integer 1250000, and
        # 0.1 the decimal its shortest text shows, never 0.1000000000000000055….
        return int(value) if value.is_integer() else Decimal(repr(value))
    if isinstance(value, str):
        return unicodedata.normalize("NFC", value)
    if isinstance(value, datetime.datetime):
        if value.time() == datetime.time() and not _shows_time(cell):
            return value.date()
        return value
    if isinstance(value, datetime.date | datetime.time):
        return value
    if isinstance(value, datetime.timedelta):
        return Bad("holds a duration: format the cell as text, or as a time of day")
    return Bad(f"holds a value vnreport does not read ({type(value).__name__})")


def _shows_time(cell: Any) -> bool:
    """Whether the cell's number format shows a time (``dd/mm/yyyy hh:mm``), not a date
    alone: a date cell is read as a date."""
    shown = _FORMAT_LITERALS.sub("", str(getattr(cell, "number_format", "") or "").lower())
    return _TIME_CODES.search(shown) is not None


def _formulas_without_values(data: bytes, path: str) -> frozenset[tuple[int, int]]:
    """The (row, column) of each formula cell of the sheet part ``path`` saved without a
    computed value: no ``<v>``, or an empty one where the formula's result is not a text
    (an empty text is a value)."""
    from lxml import etree

    found: set[tuple[int, int]] = set()
    row = column = 0
    with zipfile.ZipFile(io.BytesIO(data)) as archive, archive.open(path.lstrip("/")) as part:
        parsed = etree.iterparse(
            part,
            events=("start", "end"),
            resolve_entities=False,
            no_network=True,
            huge_tree=False,
        )
        for event, element in parsed:
            local = etree.QName(element).localname
            if event == "start":
                if local == "row":
                    row = int(element.get("r") or row + 1)
                    column = 0
                elif local == "c":
                    reference = _CELL_REFERENCE.fullmatch(element.get("r") or "")
                    column = _column_number(reference.group(1)) if reference else column + 1
                continue
            if local == "c":
                children = {etree.QName(child).localname: child for child in element}
                value = children.get("v")
                if "f" in children and (
                    value is None or (not value.text and element.get("t") != "str")
                ):
                    found.add((row, column))
                element.clear()
            elif local == "row":
                element.clear()
                while element.getprevious() is not None:
                    del element.getparent()[0]
    return frozenset(found)


def _column_number(letters: str) -> int:
    number = 0
    for letter in letters:
        number = number * 26 + ord(letter) - ord("A") + 1
    return number
