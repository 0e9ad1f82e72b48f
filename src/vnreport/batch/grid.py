"""A table from a grid of cells (a CSV's records, a sheet's rows): the header, the rows.

The rules are the same for CSV and Excel, so they are written once:

- the header is the first row that is not blank; its names are NFC without surrounding
  spaces; a name that is empty (between named columns) or given twice is refused with
  the column's position; empty names at the end of the header are dropped (the empty
  columns a spreadsheet's used range drags along) when nothing is written under them;
- a row that is wholly blank (every cell empty or spaces) is skipped, and the rows keep
  their numbers: row 7 is the seventh row under the header, blank or not;
- a row with fewer cells than the header has the rest empty; a row with a cell written
  under no column (past the header) is refused, naming the row, its line and the column;
- a text longer than :attr:`~vnreport.limits.RowLimits.max_cell_chars` is refused, and
  more rows or cells than the limits allow end the reading.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from vnreport.batch.problems import Problems, column_label, over_limit
from vnreport.batch.table import Row
from vnreport.limits import RowLimits

__all__ = ["Bad", "Grid", "is_blank", "read_grid"]


class Bad:
    """A cell that cannot be read, in place of its value: why."""

    __slots__ = ("message",)

    def __init__(self, message: str) -> None:
        self.message = message


#: One record of the grid: where it begins (file line or sheet row), and its cells.
Record = tuple[int, Sequence[object]]


class Grid:
    """The header and rows of a grid, once read."""

    def __init__(self, columns: tuple[str, ...], rows: list[Row]) -> None:
        self.columns = columns
        self.rows = rows


def is_blank(value: object) -> bool:
    """An empty cell: nothing, or only spaces."""
    return value is None or (isinstance(value, str) and not value.strip())


def read_grid(
    records: Iterable[Record], problems: Problems, limits: RowLimits, *, empty: object
) -> Grid:
    """The header and the rows of ``records`` (every record, blank ones included, in
    order); ``empty`` is the value of a missing cell ("" in a CSV, ``None`` in a sheet).
    Problems are added to ``problems`` (and raised by the caller)."""
    header_index: int | None = None
    columns: tuple[str, ...] = ()
    rows: list[Row] = []
    cells = 0
    for index, (line, record) in enumerate(records):
        if all(is_blank(value) for value in record):
            continue
        if header_index is None:
            header_index = index
            columns = _header(record, line, problems, limits)
            continue
        number = index - header_index
        if len(rows) >= limits.max_rows:
            problems.fatal(
                over_limit(f"more than {limits.max_rows} rows", "max_rows", limits),
                row=number,
                line=line,
            )
        cells += len(columns)
        if cells > limits.max_cells:
            problems.fatal(
                over_limit(f"more than {limits.max_cells} cells", "max_cells", limits),
                row=number,
                line=line,
            )
        rows.append(_row(number, line, record, columns, problems, limits, empty))
    if header_index is None:
        problems.fatal("holds no table: it has no header row (the first row names the columns)")
    return Grid(columns, rows)


def _header(
    record: Sequence[object], line: int, problems: Problems, limits: RowLimits
) -> tuple[str, ...]:
    names: list[str] = []
    for index, value in enumerate(record):
        if isinstance(value, Bad):
            problems.add(
                f"the name of {column_label(index)} cannot be read: {value.message}", line=line
            )
            names.append(f"\0{index}")  # a place holder no real name can equal
            continue
        name = _name(value)
        if name is None:
            problems.add(
                f"the name of {column_label(index)} must be a text, not {_kind(value)}",
                line=line,
            )
            name = f"\0{index}"
        names.append(name)
    while names and not names[-1]:
        names.pop()
    if len(names) > limits.max_columns:
        problems.fatal(
            over_limit(f"a header of {len(names)} columns", "max_columns", limits), line=line
        )
    positions: dict[str, list[int]] = {}
    for index, name in enumerate(names):
        if not name:
            problems.add(
                f"{column_label(index)} has no name in the header: name it, or delete the column",
                line=line,
            )
        elif len(name) > limits.max_cell_chars:
            problems.add(
                over_limit(
                    f"the name of {column_label(index)} has {len(name)} characters",
                    "max_cell_chars",
                    limits,
                ),
                line=line,
            )
        elif not name.startswith("\0"):
            positions.setdefault(name, []).append(index)
    for name, places in positions.items():
        if len(places) > 1:
            where = " and ".join(column_label(place) for place in places)
            problems.add(
                f"names more than one column ({where}): each column needs a name of its own",
                line=line,
                column=name,
            )
    return tuple(names)


def _name(value: object) -> str | None:
    """A header cell as a column name, or ``None`` when it is no name (a date)."""
    if value is None:
        return ""
    if isinstance(value, str):
        return value.strip()
    if isinstance(value, int) and not isinstance(value, bool):
        return str(value)  # a year as a heading (2024)
    return None


def _kind(value: object) -> str:
    if isinstance(value, bool):
        return "true or false"
    if isinstance(value, float):
        return "a number"
    return f"a {type(value).__name__}"


def _row(
    number: int,
    line: int,
    record: Sequence[object],
    columns: tuple[str, ...],
    problems: Problems,
    limits: RowLimits,
    empty: object,
) -> Row:
    width = len(columns)
    extra = next(
        (index for index in range(width, len(record)) if not is_blank(record[index])), None
    )
    if extra is not None:
        problems.add(
            f"has a value in {column_label(extra)}, past the {width} columns of the header: "
            "give the column a name in the header, or move the value",
            row=number,
            line=line,
        )
    values: dict[str, object] = {}
    for index, name in enumerate(columns):
        value = record[index] if index < len(record) else empty
        if isinstance(value, Bad):
            problems.add(value.message, row=number, line=line, column=name)
            value = empty
        elif isinstance(value, str) and len(value) > limits.max_cell_chars:
            problems.add(
                over_limit(f"a text of {len(value)} characters", "max_cell_chars", limits),
                row=number,
                line=line,
                column=name,
            )
            value = empty
        values[name] = value
    return Row(number, line, values)
