"""The rows of a merge (trộn văn bản), read safely: one row of data per document.

>>> from vnreport.batch.rows import rows_from_records
>>> table = rows_from_records([{"ho_ten": "Nguyễn Thị Hồng Nhung", "so_tien": 1250000.0}])
>>> table.columns, table.rows[0].number, dict(table.rows[0].values)
(('ho_ten', 'so_tien'), 1, {'ho_ten': 'Nguyễn Thị Hồng Nhung', 'so_tien': 1250000})

:func:`read_rows` reads a file by its suffix: a CSV (.csv, .tsv, .txt; encoding and
delimiter detected, :mod:`~vnreport.batch.csvtext`), an Excel workbook (.xlsx, with the
optional extra ``excel``; :mod:`~vnreport.batch.workbook`), or a list of rows in JSON,
YAML or TOML (read by the exchange format's bounded parsers). :func:`rows_from_records`
takes Python mappings or a pandas DataFrame. Whatever the source, the result is a
:class:`RowTable`, every problem found is reported at once in a
:class:`~vnreport.errors.RowsError` (row, line, column, what), and reading costs no more
than :class:`~vnreport.limits.RowLimits` allow. docs/merge-data.md describes the files.
"""

from __future__ import annotations

import datetime
import numbers
import os
import unicodedata
from collections.abc import Iterable, Mapping
from decimal import Decimal
from pathlib import Path
from typing import Any

from vnreport.batch import csvtext, workbook
from vnreport.batch.grid import Grid, is_blank, read_grid
from vnreport.batch.problems import Problems, column_label, over_limit
from vnreport.batch.table import Row, RowKind, RowTable, Values
from vnreport.exchange.files import decode as decode_utf8
from vnreport.exchange.files import read_path
from vnreport.exchange.formats import parse
from vnreport.exchange.problems import DataError, Problem
from vnreport.exchange.problems import Path as DataPath
from vnreport.exchange.yamlreader import yaml_lines
from vnreport.formatting.values import is_missing
from vnreport.limits import DataLimits, RowLimits

__all__ = ["Row", "RowKind", "RowTable", "Values", "read_rows", "rows_from_records"]

_KINDS = {
    ".csv": RowKind.CSV,
    ".tsv": RowKind.CSV,
    ".txt": RowKind.CSV,
    ".xlsx": RowKind.XLSX,
    ".json": RowKind.JSON,
    ".yaml": RowKind.YAML,
    ".yml": RowKind.YAML,
    ".toml": RowKind.TOML,
}
_SAVE_AS = (
    "in Excel, File › Save As 'Excel Workbook (*.xlsx)' or 'CSV UTF-8 (Comma delimited) (*.csv)'"
)
#: Files that hold tables but are not read, and how to get one that is.
_REFUSED = {
    ".xls": f"an Excel 97-2003 workbook (.xls) is not read: {_SAVE_AS}",
    ".xlsm": (
        "a macro-enabled workbook (.xlsm) is not read (a merge needs the data, not the "
        f"macros): {_SAVE_AS}"
    ),
    ".xlsb": f"a binary Excel workbook (.xlsb) is not read: {_SAVE_AS}",
    ".ods": (
        "a LibreOffice Calc spreadsheet (.ods) is not read: in Calc, File › Save As "
        "'Excel 2007-365 (.xlsx)' or 'Text CSV (.csv)' with the character set UTF-8"
    ),
    ".numbers": (
        "an Apple Numbers file is not read: in Numbers, File › Export To › Excel or CSV "
        "(text encoding Unicode UTF-8)"
    ),
}
_ACCEPTED = ".csv, .tsv, .txt, .xlsx, .json, .yaml, .yml or .toml"
_FORMATS = {RowKind.JSON: "json", RowKind.YAML: "yaml", RowKind.TOML: "toml"}


def read_rows(
    path: str | os.PathLike[str],
    *,
    encoding: str | None = None,
    delimiter: str | None = None,
    sheet: str | None = None,
    limits: RowLimits | None = None,
) -> RowTable:
    """The rows of the table in the file at ``path``, by its suffix.

    ``encoding`` and ``delimiter`` are a CSV's (detected when ``None``), ``sheet`` an
    Excel workbook's (the first when ``None``). Only a regular file is read (a FIFO or
    a device is refused before anything is read from it), no more of it than
    ``limits.max_file_bytes``.

    Raises :class:`~vnreport.errors.RowsError` listing every problem found (at most a
    hundred), ``OSError`` when the file cannot be opened.
    """
    limits = limits or RowLimits()
    file = Path(path)
    source = str(file)
    problems = Problems(source)
    suffix = file.suffix.lower()
    if suffix in _REFUSED:
        problems.fatal(_REFUSED[suffix])
    kind = _KINDS.get(suffix)
    if kind is None:
        problems.fatal(
            f"cannot tell what kind of table {file.name!r} is: name it {_ACCEPTED} "
            "(or export it to CSV UTF-8 or .xlsx)"
        )
    for given, name, allowed in (
        (encoding, "encoding", RowKind.CSV),
        (delimiter, "delimiter", RowKind.CSV),
        (sheet, "sheet", RowKind.XLSX),
    ):
        if given is not None and kind is not allowed:
            problems.fatal(f"{name}= is for {allowed.name} files; this file is {kind.name}")
    data = _read(file, problems, limits)
    if kind is RowKind.CSV:
        text = csvtext.decode(data, encoding, delimiter, problems)
        grid = read_grid(csvtext.records(text, problems), problems, limits, empty="")
        return _table(source, kind, text.encoding, grid, problems)
    if kind is RowKind.XLSX:
        grid = read_grid(
            workbook.records(data, sheet, problems, limits), problems, limits, empty=None
        )
        return _table(source, kind, None, grid, problems)
    return _read_data(data, kind, problems, limits)


def _read(file: Path, problems: Problems, limits: RowLimits) -> bytes:
    """The file's bytes through the exchange format's bounded reader, its limit named."""
    try:
        return read_path(file, DataLimits(max_file_bytes=limits.max_file_bytes))
    except DataError as error:
        message = "; ".join(problem.message for problem in error.problems)
        if "max_file_bytes" in message:
            problems.fatal(
                over_limit(
                    f"a file of more than {limits.max_file_bytes} bytes", "max_file_bytes", limits
                )
            )
        problems.fatal(message)


def _table(
    source: str, kind: RowKind, encoding: str | None, grid: Grid, problems: Problems
) -> RowTable:
    problems.raise_any()
    return RowTable(source, kind, encoding, grid.columns, grid.rows)


# --- JSON, YAML, TOML ------------------------------------------------------------------


def _read_data(data: bytes, kind: RowKind, problems: Problems, limits: RowLimits) -> RowTable:
    try:
        text = decode_utf8(data)
    except DataError as error:
        problems.fatal("; ".join(str(problem) for problem in error.problems))
    fmt = _FORMATS[kind]
    # The parser's own limits are set past the table's, so that a table within RowLimits
    # is never refused by them and what is too large is named by RowLimits below.
    parser_limits = DataLimits(
        max_file_bytes=limits.max_file_bytes,
        max_string_chars=limits.max_cell_chars + 1,
        max_items=max(limits.max_rows, limits.max_columns) + 1,
        max_values=limits.max_cells + 2 * limits.max_rows + 4,
    )
    try:
        parsed = parse(text, fmt, parser_limits)
    except DataError as error:
        for problem in error.problems:
            problems.add(_translated(problem, limits), line=problem.line)
        raise problems.error() from None
    records, prefix = _rows_of(parsed.data, fmt, problems)
    lines: dict[DataPath, int] = {}
    if kind is RowKind.YAML:
        lines = yaml_lines(text, {(*prefix, index) for index in range(len(records))})
    refused: dict[tuple[int, str], str] = {}
    for problem in parsed.problems:
        path = problem.path[len(prefix) :]
        if problem.path[: len(prefix)] == prefix and len(path) >= 2 and isinstance(path[0], int):
            refused[(path[0], str(path[1]))] = _translated(problem, limits)
        else:
            problems.add(_translated(problem, limits), line=problem.line)
    return _from_mappings(
        records,
        source=problems.source,
        kind=kind,
        problems=problems,
        limits=limits,
        lines=lambda index: lines.get((*prefix, index)),
        refused=refused,
    )


def _rows_of(data: object, fmt: str, problems: Problems) -> tuple[list[Any], DataPath]:
    """The list of rows in ``data`` and its path: the list itself, or ``{"rows": […]}``."""
    if isinstance(data, dict):
        others = sorted(key for key in data if key != "rows")
        if "rows" not in data or others:
            problems.fatal(
                "holds a mapping: the rows must be a list of mappings, or the only key "
                f"'rows' holding that list (found {', '.join(map(repr, others)) or 'no rows'})"
            )
        rows = data["rows"]
        if not isinstance(rows, list):
            problems.fatal(f"'rows' must be a list of mappings, not {_kind(rows)}")
        return rows, ("rows",)
    if isinstance(data, list):
        if fmt == "toml":  # unreachable: a TOML file is a table
            problems.fatal("the rows must be under the key 'rows' ([[rows]] tables)")
        return data, ()
    return problems.fatal(f"holds {_kind(data)}: the rows must be a list of mappings")


def _translated(problem: Problem, limits: RowLimits) -> str:
    """A parser's message with the limit of :class:`RowLimits` it stands for."""
    message = problem.message
    if "DataLimits.max_string_chars" in message:
        return over_limit(
            f"a text of more than {limits.max_cell_chars} characters", "max_cell_chars", limits
        )
    if "DataLimits.max_items" in message:
        return over_limit(
            f"more than {limits.max_rows} rows, or {limits.max_columns} columns",
            "max_rows" if len(problem.path) <= 1 else "max_columns",
            limits,
        )
    if "DataLimits.max_values" in message:
        return over_limit(f"more than {limits.max_cells} cells", "max_cells", limits)
    return message


# --- Python records --------------------------------------------------------------------


def rows_from_records(
    records: Iterable[Mapping[str, object]] | Any,
    *,
    source: str = "<records>",
    limits: RowLimits | None = None,
) -> RowTable:
    """The rows of ``records``: mappings of column name to value, or a pandas DataFrame
    (read through ``to_dict("records")``; pandas is not imported here).

    NaN, ``pandas.NA`` and ``NaT`` are empty cells (``None``); numpy's numbers are numbers
    (a float that is whole, as a column with a gap makes of integers, is an int; any other
    float the Decimal its shortest text shows); texts are NFC. A list or mapping as a
    value is refused, naming the row and the column.
    """
    limits = limits or RowLimits()
    problems = Problems(source)
    columns: list[str] = []
    if hasattr(records, "to_dict") and hasattr(records, "columns"):
        columns = [_name(label, index, problems) for index, label in enumerate(records.columns)]
        records = records.to_dict("records")
    rows: list[object] = []
    for record in records:
        if len(rows) >= limits.max_rows:
            problems.fatal(over_limit(f"more than {limits.max_rows} rows", "max_rows", limits))
        rows.append(record)
    return _from_mappings(
        rows,
        source=source,
        kind=RowKind.RECORDS,
        problems=problems,
        limits=limits,
        lines=lambda _index: None,
        refused={},
        columns=columns,
    )


def _from_mappings(
    records: list[Any],
    *,
    source: str,
    kind: RowKind,
    problems: Problems,
    limits: RowLimits,
    lines: Any,
    refused: Mapping[tuple[int, str], str],
    columns: list[str] | None = None,
) -> RowTable:
    """A table from mappings (records, or a data file's rows): the columns are every key
    in the order first met; a key a row lacks is an empty cell (``None``)."""
    order: dict[str, None] = dict.fromkeys(columns or ())
    cells: list[tuple[int, int | None, dict[str, object]]] = []
    if len(records) > limits.max_rows:
        problems.fatal(over_limit(f"{len(records)} rows", "max_rows", limits))
    for index, record in enumerate(records):
        number, line = index + 1, lines(index)
        if not isinstance(record, Mapping):
            problems.add(
                f"is {_kind(record)}, not a mapping of column names to values",
                row=number,
                line=line,
            )
            continue
        values: dict[str, object] = {}
        for position, (key, value) in enumerate(record.items()):
            name = _name(key, position, problems, row=number, line=line)
            if not name:
                continue
            if name in values:
                problems.add(
                    "is given twice in the row (its names differ only in spaces or in "
                    "how their accents are encoded)",
                    row=number,
                    line=line,
                    column=name,
                )
                continue
            message = refused.get((index, str(key)))
            if message is not None:
                problems.add(message, row=number, line=line, column=name)
                continue
            values[name] = _cell(value, problems, limits, number, line, name)
            if name not in order:
                if len(order) >= limits.max_columns:
                    problems.fatal(
                        over_limit(
                            f"more than {limits.max_columns} columns", "max_columns", limits
                        ),
                        row=number,
                        line=line,
                        column=name,
                    )
                order[name] = None
        # A row wholly blank is skipped and keeps its number, as in a CSV or a sheet, so
        # that emptying a row leaves the numbers of the others where they were.
        if not all(is_blank(value) for value in values.values()):
            cells.append((number, line, values))
    if len(order) * len(cells) > limits.max_cells:
        problems.fatal(over_limit(f"{len(order) * len(cells)} cells", "max_cells", limits))
    problems.raise_any()
    names = tuple(order)
    rows = [
        Row(number, line, {name: values.get(name) for name in names})
        for number, line, values in cells
    ]
    return RowTable(source, kind, None, names, rows)


def _name(
    key: object,
    position: int,
    problems: Problems,
    *,
    row: int | None = None,
    line: int | None = None,
) -> str:
    """A key or a DataFrame's column label as a column name ("" when refused)."""
    if not isinstance(key, str):
        problems.add(
            f"the name of {column_label(position)} must be a text, not {_kind(key)} ({key!r})",
            row=row,
            line=line,
        )
        return ""
    name = unicodedata.normalize("NFC", key).strip()
    if not name:
        problems.add(f"{column_label(position)} has an empty name", row=row, line=line)
    return name


def _cell(
    value: object, problems: Problems, limits: RowLimits, row: int, line: int | None, column: str
) -> object:
    """A value as a merge takes it: str (NFC), int, Decimal, bool, date, datetime, time or
    ``None``; anything else is refused with its row and column."""
    if value is None or is_missing(value):
        return None
    if isinstance(value, str):
        if len(value) > limits.max_cell_chars:
            problems.add(
                over_limit(f"a text of {len(value)} characters", "max_cell_chars", limits),
                row=row,
                line=line,
                column=column,
            )
            return None
        return unicodedata.normalize("NFC", value)
    if isinstance(value, bool) or _is_numpy_bool(value):
        return bool(value)
    if isinstance(value, numbers.Integral):
        return int(value)
    if isinstance(value, Decimal):
        return value
    if isinstance(value, numbers.Real):
        number = float(value)
        if number in (float("inf"), float("-inf")):
            problems.add("is an infinite number", row=row, line=line, column=column)
            return None
        # numpy's float64 is a float; float.__repr__, not its repr "np.float64(0.1)".
        return int(number) if number.is_integer() else Decimal(float.__repr__(number))
    if isinstance(value, datetime.datetime):
        # pandas' Timestamp is a datetime: a plain one, without its nanoseconds.
        return datetime.datetime(
            value.year,
            value.month,
            value.day,
            value.hour,
            value.minute,
            value.second,
            value.microsecond,
            value.tzinfo,
        )
    if isinstance(value, datetime.date | datetime.time):
        return value
    if isinstance(value, list | tuple | dict | set | frozenset | Mapping):
        problems.add(
            f"holds {_kind(value)}: a cell holds one text, number, date or true/false",
            row=row,
            line=line,
            column=column,
        )
        return None
    problems.add(
        f"holds a {type(value).__name__}: a cell holds a text, a number, a date or true/false",
        row=row,
        line=line,
        column=column,
    )
    return None


def _is_numpy_bool(value: object) -> bool:
    kind = type(value)
    return kind.__name__ in ("bool_", "bool") and kind.__module__ == "numpy"


def _kind(value: object) -> str:
    if isinstance(value, Mapping):
        return "a mapping"
    if isinstance(value, list | tuple | set | frozenset):
        return "a list"
    if value is None:
        return "nothing (null)"
    return f"a {type(value).__name__}"
