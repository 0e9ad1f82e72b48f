"""A table as printed (read from a .docx's ``w:tbl`` or a text's tab- or |-separated rows)
→ the model's :class:`~vnreport.model.table.Table`.

The sources give a :class:`PrintedTable`: rows of :class:`PrintedCell` with the columns
each spans, its vertical merge, its alignment and its emphasis, and how many rows are
the header. :func:`read_table` reads it back as the renderer prints it
(:mod:`vnreport.layout.tables`): the merged headings as :class:`Heading`\\ s, a row
"(1) (2) (3)=(2)/(1)" as ``column_numbers`` (and ``ratio_of``), a bold first or last row
as the totals, printed Vietnamese numbers as numbers ("3.250" → 3250, "18,5" →
``Decimal("18.5")``, "tăng 5,2%" → a change), "-" in a column of figures as the missing
mark. Where the printed form cannot tell two models apart (a percentage or a plain
number), the one that prints the same is chosen; a total that does not check against
its column is kept as the text it prints.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from decimal import Decimal, InvalidOperation

import attrs

from vnreport.errors import FieldError
from vnreport.formatting.numbers import format_change, format_number
from vnreport.model.table import Cell, Column, ColumnKind, Heading, Table

__all__ = ["PrintedCell", "PrintedTable", "read_number", "read_table"]

_NUMBER = re.compile(r"^-?(?:\d{1,3}(?:\.\d{3})+|\d+)(?:,\d+)?$")
_CHANGE = re.compile(r"^(?P<way>tăng|giảm)\s+(?P<figure>\d[\d.]*(?:,\d+)?)\s*%$")
_UNCHANGED = "không đổi"
_COLUMN_NUMBER = re.compile(r"^\((?P<number>\d+)\)(?:=\((?P<a>\d+)\)/\((?P<b>\d+)\))?$")
_MISSING_MARKS = frozenset({"-", "–"})
_UNIT = re.compile(r"^(?:Đơn vị tính|ĐVT)\s*:\s*(?P<unit>.+)$", re.IGNORECASE)
_ALIGN_OF = {ColumnKind.TEXT: "left", ColumnKind.ROW_NUMBER: "center"}


@attrs.frozen(kw_only=True)
class PrintedCell:
    """One cell as printed: its text with the model's emphasis markup (relative to the
    cell's own style), its plain text, the columns it spans and its vertical merge
    ("restart", "continue" or "none")."""

    markup: str
    text: str
    span: int = 1
    merge: str = "none"
    align: str | None = None  # None: the source does not say (a plain text)
    bold: bool = False


@attrs.frozen(kw_only=True)
class PrintedTable:
    """A table as printed, with the caption and unit lines found above it."""

    rows: tuple[tuple[PrintedCell, ...], ...]
    #: How many leading rows are headings (the rows marked to repeat), ``None`` unknown.
    header_rows: int | None = None
    title: str | None = None
    unit: str | None = None

    @property
    def summary(self) -> str:
        """The first row's texts, as a report names the table."""
        return " | ".join(cell.text for cell in self.rows[0]) if self.rows else ""


def unit_of(text: str) -> str | None:
    """The unit of an "Đơn vị tính: …" line, or ``None`` if it is none."""
    match = _UNIT.match(text)
    return None if match is None else match.group("unit").strip()


def read_number(text: str) -> int | Decimal | None:
    """A number printed the Vietnamese way, or ``None``: "3.250" → 3250, "18,5" →
    ``Decimal("18.5")``, "1.250.000" → 1250000.

    >>> read_number("3.250"), read_number("18,5"), read_number("Quý II")
    (3250, Decimal('18.5'), None)
    """
    if not _NUMBER.match(text):
        return None
    whole, _, fraction = text.replace(".", "").partition(",")
    if not fraction:
        return int(whole)
    try:
        return Decimal(f"{whole}.{fraction}")
    except InvalidOperation:  # pragma: no cover - the pattern admits digits only
        return None


def read_table(printed: PrintedTable) -> Table:
    """The model's table for ``printed``; :class:`FieldError` when it is no table the
    model holds (ragged rows, no body row)."""
    rows = [row for row in printed.rows if row]
    if len(rows) < 2:
        raise FieldError("Table", "a table needs a heading row and at least one row")
    count = sum(cell.span for cell in rows[0])
    depth = _header_depth(rows, printed.header_rows)
    grid = [_expand(row, count, position) for position, row in enumerate(rows[:depth])]
    header = _headings(grid, 0, 0, count)
    body = rows[depth:]
    numbers_row = _column_numbers(body[0], count) if body else None
    if numbers_row is not None:
        body = body[1:]
    elif depth > 1 and _column_numbers(rows[depth - 1], count) is not None:
        numbers_row = _column_numbers(rows[depth - 1], count)
        header = _headings(grid[:-1], 0, 0, count)
    for position, row in enumerate(body):
        if sum(cell.span for cell in row) != count or any(cell.span != 1 for cell in row):
            raise FieldError(
                f"Table.rows[{position}]",
                f"has {len(row)} cells for {count} columns: merged cells in the body are not "
                "a statistics table",
            )
    if not body:
        raise FieldError("Table.rows", "the table has headings but no rows")
    totals_at = _totals_position(body)
    totals_row = body.pop(totals_at) if totals_at is not None else None
    if totals_row is not None:
        totals_row = tuple(attrs.evolve(cell, markup=_unbold(cell.markup)) for cell in totals_row)
    if not body:
        raise FieldError("Table.rows", "the table has a totals row but no other row")
    ratios = numbers_row or [None] * count
    columns, cells, missing = _columns(body, totals_row, ratios, header)
    table_rows = [[cells[column][index] for column in range(count)] for index in range(len(body))]
    totals = None if totals_row is None else [cells[column][-1] for column in range(count)]
    options = {
        "header": header,
        "rows": table_rows,
        "columns": columns,
        "title": printed.title,
        "unit": printed.unit,
        "column_numbers": numbers_row is not None,
        "missing": missing,
        "totals_first": totals_at == 0 and len(body) > 0 and totals_row is not None,
    }
    return _with_totals(options, totals, totals_row)


def _header_depth(rows: Sequence[Sequence[PrintedCell]], marked: int | None) -> int:
    """The marked header rows, else the first row and the rows its merges reach into."""
    if marked:
        return min(marked, len(rows) - 1)
    depth = 1
    while depth < len(rows) - 1:
        above = rows[depth - 1]
        spans = any(cell.span > 1 for cell in above) or any(
            cell.merge == "restart" for cell in above
        )
        if not spans and not any(cell.merge == "continue" for cell in rows[depth]):
            break
        depth += 1
    return depth


def _expand(row: Sequence[PrintedCell], count: int, position: int) -> list[PrintedCell | None]:
    """A header row by column: each cell at the first column it spans, ``None`` under
    the rest of its span."""
    expanded: list[PrintedCell | None] = []
    for cell in row:
        expanded.append(cell)
        expanded.extend([None] * (cell.span - 1))
    if len(expanded) != count:
        raise FieldError(
            f"Table.header[{position}]",
            f"spans {len(expanded)} columns but the first heading row spans {count}",
        )
    return expanded


def _headings(
    grid: Sequence[Sequence[PrintedCell | None]], level: int, start: int, end: int
) -> list[str | Heading]:
    """The headings of header row ``level`` over columns ``start``…``end``: a cell over
    the rows below (merged down, or the last row) a column's heading, another a
    :class:`Heading` over the headings under it."""
    items: list[str | Heading] = []
    column = start
    while column < end:
        cell = grid[level][column]
        if cell is None:
            raise FieldError(f"Table.header[{level}]", "a heading cell is cut by another's span")
        span = cell.span
        below = grid[level + 1][column] if level + 1 < len(grid) else None
        if level + 1 >= len(grid) or (below is not None and below.merge == "continue"):
            if span != 1:
                raise FieldError(
                    f"Table.header[{level}]",
                    f"the heading {cell.text!r} spans {span} columns with no headings under it",
                )
            items.append(cell.markup)
        else:
            items.append(
                Heading(text=cell.markup, columns=_headings(grid, level + 1, column, column + span))
            )
        column += span
    return items


def _column_numbers(row: Sequence[PrintedCell], count: int) -> list[tuple[int, int] | None] | None:
    """The row "(1) (2) (3)=(2)/(1)": each column's ``ratio_of``; ``None`` if it is not."""
    if len(row) != count:
        return None
    ratios: list[tuple[int, int] | None] = []
    for position, cell in enumerate(row, start=1):
        match = _COLUMN_NUMBER.match(cell.text.replace(" ", ""))
        if match is None or int(match.group("number")) != position:
            return None
        a, b = match.group("a"), match.group("b")
        ratios.append(None if a is None else (int(a), int(b)))
    return ratios


def _totals_position(body: Sequence[Sequence[PrintedCell]]) -> int | None:
    """A bold row first or last (never the only row) is the totals."""
    if len(body) < 2:
        return None
    for position in (len(body) - 1, 0):
        cells = [cell for cell in body[position] if cell.text]
        if cells and all(cell.bold for cell in cells):
            others = body[1:] if position == 0 else body[:-1]
            if not all(cell.bold for row in others for cell in row if cell.text):
                return position
    return None


def _columns(
    body: Sequence[Sequence[PrintedCell]],
    totals: Sequence[PrintedCell] | None,
    ratios: Sequence[tuple[int, int] | None],
    header: Sequence[str | Heading],
) -> tuple[list[Column], list[list[Cell]], str | None]:
    """Each column's :class:`Column` and its cells (the totals' last), read so that they
    print as they were printed; "-" in a column of figures is the missing mark (two
    different marks stay text)."""
    count = len(ratios)
    by_column = [
        [row[index] for row in body] + ([totals[index]] if totals else []) for index in range(count)
    ]
    marks = {
        cell.text
        for printed in by_column
        if _alignment(printed) != "left"
        for cell in printed
        if cell.text in _MISSING_MARKS
    }
    mark = marks.pop() if len(marks) == 1 else None
    headings = Table(header=header, rows=[[""] * count]).headings
    columns: list[Column] = []
    cells: list[list[Cell]] = []
    for index, printed in enumerate(by_column):
        column, values = _column(printed, ratios[index], headings[index], mark)
        columns.append(column)
        cells.append(values)
    used = any(value is None for values in cells for value in values)
    return columns, cells, mark if used else None


def _column(
    printed: Sequence[PrintedCell], ratio_of: tuple[int, int] | None, heading: str, mark: str | None
) -> tuple[Column, list[Cell]]:
    align = _alignment(printed)
    if align == "left":
        return Column(kind=ColumnKind.TEXT), [cell.markup for cell in printed]
    figures = [cell.text for cell in printed if cell.text and cell.text != mark]
    if align == "center":
        return Column(kind=ColumnKind.ROW_NUMBER), [_as_figure(c, None, mark) for c in printed]
    if ratio_of is not None or any(_CHANGE.match(text) or text == _UNCHANGED for text in figures):
        found = _ratio_column(printed, ratio_of, heading, mark)
        if found is not None:
            return found
    decimals = _decimals(figures)
    values = [_as_figure(cell, decimals, mark) for cell in printed]
    return Column(kind=ColumnKind.NUMBER, decimals=decimals), values


def _alignment(printed: Sequence[PrintedCell]) -> str:
    """The column's alignment as printed (the body's cells; a plain text says none: a
    column whose every figure reads as a number is right-aligned)."""
    aligns = [cell.align for cell in printed if cell.text]
    given = [align for align in aligns if align is not None]
    if given:
        return max(set(given), key=given.count)
    texts = [cell.text for cell in printed if cell.text and not cell.bold]  # not the totals
    if texts and all(read_number(text) is not None or text in _MISSING_MARKS for text in texts):
        return "right"
    return "left"


def _decimals(figures: Sequence[str]) -> int | None:
    """``None`` (every digit) when that prints each figure as printed, else the one
    number of decimals they all print."""
    values = [(text, read_number(text)) for text in figures]
    if all(value is not None and format_number(value) == text for text, value in values):
        return None
    places = {len(text.partition(",")[2]) for text, value in values if value is not None}
    return places.pop() if len(places) == 1 else None


def _as_figure(cell: PrintedCell, decimals: int | None, mark: str | None) -> Cell:
    if mark is not None and cell.text == mark:
        return None
    value = read_number(cell.text)
    if value is None or format_number(value, decimals=decimals) != cell.text:
        return cell.markup
    if decimals and isinstance(value, int):
        return Decimal(value)
    return value


def _ratio_column(
    printed: Sequence[PrintedCell], ratio_of: tuple[int, int] | None, heading: str, mark: str | None
) -> tuple[Column, list[Cell]] | None:
    """A change column ("tăng 5,2%") or, under "(3)=(2)/(1)", a percentage or a ratio."""
    texts = [cell.text for cell in printed]
    changes = [_CHANGE.match(text) for text in texts]
    if any(changes):
        shown = {len(match.group("figure").partition(",")[2]) for match in changes if match}
        decimals = shown.pop() if len(shown) == 1 else 1
        column = Column(kind=ColumnKind.CHANGE, decimals=decimals, ratio_of=ratio_of)
        values: list[Cell] = []
        for cell, match in zip(printed, changes, strict=True):
            value: Cell = cell.markup
            if match is not None:
                figure = read_number(match.group("figure"))
                if figure is not None:
                    ratio = Decimal(figure).scaleb(-2)
                    value = -ratio if match.group("way") == "giảm" else ratio
            elif cell.text == _UNCHANGED:
                value = Decimal(0)
            elif mark is not None and cell.text == mark:
                value = None
            if isinstance(value, Decimal) and format_change(value, decimals=decimals) != cell.text:
                value = cell.markup
            values.append(value)
        return column, values
    figures = [text for text in texts if text and text != mark]
    digits = {len(text.partition(",")[2]) for text in figures}
    places = digits.pop() if len(digits) == 1 else None
    percent = "%" in heading
    kind = ColumnKind.PERCENT if percent else ColumnKind.RATIO
    column = Column(kind=kind, decimals=places, ratio_of=ratio_of)
    values = []
    for cell in printed:
        value = None if cell.text == mark else read_number(cell.text)
        if value is None:
            values.append(None if mark is not None and cell.text == mark else cell.markup)
            continue
        ratio = Decimal(value).scaleb(-2) if percent else Decimal(value)
        values.append(ratio if column.text(ratio) == cell.text else cell.markup)
    return column, values


def _unbold(markup: str) -> str:
    """A totals cell without the bold the whole row prints in."""
    if markup.startswith("**") and markup.endswith("**") and "**" not in markup[2:-2]:
        return markup[2:-2]
    return markup


def _with_totals(
    options: dict[str, object],
    totals: list[Cell] | None,
    printed: Sequence[PrintedCell] | None,
) -> Table:
    """The table with its totals row; a total that does not check is kept as the text it
    prints (it was printed so, whatever the sum)."""
    columns = options.pop("columns")
    assert isinstance(columns, list)
    plain = _plain_columns(columns, options)
    for _ in range(len(totals or ()) + 1):
        try:
            return Table(**options, columns=plain, totals=totals)  # type: ignore[arg-type]
        except FieldError as error:
            match = re.match(r"Table\.totals\[(\d+)\]", error.field)
            if match is None or totals is None or printed is None:
                raise
            at = int(match.group(1))
            totals[at] = printed[at].markup
    raise FieldError("Table.totals", "the totals row does not check against its columns")


def _plain_columns(columns: list[Column], options: dict[str, object]) -> list[Column]:
    """The columns, or none at all when the table, judged from its content, prints the
    same (as a table written without ``columns`` does)."""
    judged = Table(
        **{key: options[key] for key in ("header", "rows", "missing")},  # type: ignore[arg-type]
    )
    same = all(
        column.ratio_of is None
        and column.decimals is None
        and _ALIGN_OF.get(kind, "right") == _ALIGN_OF.get(column.kind, "right")
        and (kind is column.kind or column.kind is ColumnKind.NUMBER)
        for kind, column in zip(judged.kinds, columns, strict=True)
    )
    return [] if same else columns
