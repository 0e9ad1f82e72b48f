"""A table as printed, without a renderer: its header rows with their merged cells, its
rows' final texts and alignment, and the column widths that print every word whole.

Widths come from the content, measured in Times New Roman (:mod:`vnreport.metrics`): a
column is never narrower than its longest word, heading or figure ("STT", "13.471",
"huyện"), and the room left over goes to the columns with the longest texts. A table
whose words cannot all fit whole on the page is not squeezed: :func:`check_fits` refuses
it in the body (it belongs in a landscape appendix), and an appendix whose
``landscape`` is left out turns landscape for it (:func:`needs_landscape`).
"""

from __future__ import annotations

import enum
from collections.abc import Iterable, Iterator, Sequence

import attrs

from vnreport.errors import FieldError
from vnreport.metrics.measure import TWIPS_PER_MM, TWIPS_PER_POINT, text_width
from vnreport.model.inline import Run, parse_emphasis
from vnreport.model.table import ColumnKind, Heading, Table
from vnreport.rules import ND30, Align, Rulebook

__all__ = [
    "CELL_MARGIN",
    "CELL_TEXT_SIZE",
    "GridCell",
    "Merge",
    "TableGrid",
    "cell_positions",
    "check_fits",
    "column_widths",
    "needs_landscape",
    "table_grid",
    "text_width_of_page",
]

# What the "VN Table" styles of the template set (tests/test_render_units.py holds them
# together): 13 pt cell text, 85 twips of cell margin on either side. Words are measured
# bold, as the header and the totals print, with a little slack for the borders.
CELL_TEXT_SIZE = 13
CELL_MARGIN = 85
_SLACK = 40
# A column's share of the room left over follows its longest text, counted in characters
# between these bounds, so that one long cell does not squeeze the others to nothing.
_MIN_CHARS = 4
_MAX_CHARS = 40

#: "Đơn vị tính: …", the unit line above a statistics table. Practice, not the decree:
#: Nghị định 30 says nothing of tables' units; district reports print it so, right-aligned
#: and italic above the table's right edge.
UNIT_LABEL = "Đơn vị tính"

_ALIGNS = {ColumnKind.TEXT: Align.LEFT, ColumnKind.ROW_NUMBER: Align.CENTER}


class Merge(enum.Enum):
    """Where a header cell stands in a vertical merge (``w:vMerge``)."""

    NONE = "none"
    #: The top of a heading that spans the header rows below it.
    RESTART = "restart"
    #: A cell covered by the heading above it.
    CONTINUE = "continue"


@attrs.frozen(kw_only=True)
class GridCell:
    """One printed cell: its runs, alignment, the columns it spans and its merge."""

    runs: tuple[Run, ...]
    align: Align
    span: int = 1
    merge: Merge = Merge.NONE
    bold: bool = False

    @property
    def text(self) -> str:
        return "".join(run.text for run in self.runs)


@attrs.frozen(kw_only=True)
class TableGrid:
    """A table as printed: ``header`` rows (the headings, then the column numbers; they
    repeat on every page), ``body`` rows (the totals where they print), the widths
    below which a word of a column breaks (``floors``), the column's share of the room
    left over (``weights``), the widths at which each of its cells prints on one line
    (``naturals``) and the widths the author fixed (``fixed``), in twips."""

    title: tuple[Run, ...] | None
    unit: str | None
    header: tuple[tuple[GridCell, ...], ...]
    body: tuple[tuple[GridCell, ...], ...]
    floors: tuple[int, ...]
    weights: tuple[int, ...]
    naturals: tuple[int, ...]
    fixed: tuple[int | None, ...]

    @property
    def narrowest(self) -> int:
        """The narrowest the table can print with every word whole (twips)."""
        return sum(
            max(floor, fixed or 0) for floor, fixed in zip(self.floors, self.fixed, strict=True)
        )


def table_grid(table: Table) -> TableGrid:
    """The printed form of ``table``.

    >>> from vnreport.model.table import Heading
    >>> grid = table_grid(
    ...     Table(
    ...         header=["Xã", Heading(text="Kết quả", columns=["Kế hoạch", "Thực hiện"])],
    ...         rows=[["Quài Nưa", 1250, 13471]],
    ...     )
    ... )
    >>> for row in grid.header:
    ...     print([(cell.text, cell.span, cell.merge.value) for cell in row])
    [('Xã', 1, 'restart'), ('Kết quả', 2, 'none')]
    [('', 1, 'continue'), ('Kế hoạch', 1, 'none'), ('Thực hiện', 1, 'none')]
    >>> [(cell.text, cell.align.value) for cell in grid.body[0]]
    [('Quài Nưa', 'left'), ('1.250', 'right'), ('13.471', 'right')]
    """
    kinds = table.kinds
    aligns = [_ALIGNS.get(kind, Align.RIGHT) for kind in kinds]
    header = _header_rows(table.header, table.header_depth)
    if table.column_numbers:
        header.append(
            [GridCell(runs=(Run(text),), align=Align.CENTER) for text in table.column_number_texts]
        )
    rows = [_row(table, row, aligns) for row in table.rows]
    totals = table.totals_row
    if totals is not None:
        printed = _row(table, totals, aligns, bold=True)
        rows.insert(0, printed) if table.totals_first else rows.append(printed)
    fixed = tuple(
        None if column.width_mm is None else round(float(column.width_mm) * TWIPS_PER_MM)
        for column in (table.column(index) for index in range(table.column_count))
    )
    unit = None
    if table.unit is not None:
        has_label = table.unit.casefold().startswith(UNIT_LABEL.casefold())
        unit = table.unit if has_label else f"{UNIT_LABEL}: {table.unit}"
    return TableGrid(
        title=None if table.title is None else parse_emphasis(table.title),
        unit=unit,
        header=tuple(tuple(row) for row in header),
        body=tuple(tuple(row) for row in rows),
        floors=tuple(_floors(header, rows, table.column_count)),
        weights=tuple(_weights([*header, *rows], table.column_count)),
        naturals=tuple(_naturals(rows, table.column_count)),
        fixed=fixed,
    )


def _row(
    table: Table, cells: Sequence[object], aligns: list[Align], *, bold: bool = False
) -> list[GridCell]:
    printed = []
    for index, cell in enumerate(cells):
        if isinstance(cell, str):
            runs = tuple(
                Run(item.text, bold=bold or item.bold, italic=item.italic)
                for item in parse_emphasis(cell)
            )
        else:
            runs = (Run(table.cell_text(index, cell), bold=bold),)  # type: ignore[arg-type]
        printed.append(GridCell(runs=runs, align=aligns[index], bold=bold))
    return printed


def _header_rows(items: Sequence[str | Heading], depth: int) -> list[list[GridCell]]:
    rows: list[list[GridCell]] = [[] for _ in range(depth)]

    def place(item: str | Heading, level: int) -> None:
        if isinstance(item, Heading):
            rows[level].append(_heading(item.text, span=len(item.leaves)))
            for child in item.columns:
                place(child, level + 1)
            return
        spans_down = level < depth - 1
        rows[level].append(_heading(item, merge=Merge.RESTART if spans_down else Merge.NONE))
        for below in range(level + 1, depth):
            rows[below].append(_heading("", merge=Merge.CONTINUE))

    for item in items:
        place(item, 0)
    return rows


def _heading(text: str, *, span: int = 1, merge: Merge = Merge.NONE) -> GridCell:
    runs = parse_emphasis(text) if text else ()
    return GridCell(runs=runs, align=Align.CENTER, span=span, merge=merge, bold=True)


def cell_positions(row: Sequence[GridCell]) -> Iterator[tuple[int, GridCell]]:
    """Each cell of ``row`` with the first column it stands in."""
    column = 0
    for cell in row:
        yield column, cell
        column += cell.span


def _cell_width(text: str) -> int:
    """The width (twips) of a cell that prints ``text`` on one line."""
    width = text_width(text, CELL_TEXT_SIZE, bold=True) if text else 0.0
    return round(width * TWIPS_PER_POINT) + 2 * CELL_MARGIN + _SLACK


def _word_floor(text: str) -> int:
    """The width (twips) below which the longest word of ``text`` would break."""
    return max((_cell_width(word) for word in text.split()), default=_cell_width(""))


def _floors(
    header: Iterable[Sequence[GridCell]], rows: Iterable[Sequence[GridCell]], count: int
) -> list[int]:
    floors = [_word_floor("") for _ in range(count)]
    spanning: list[tuple[int, int, int]] = []
    for row in [*header, *rows]:
        for column, cell in cell_positions(row):
            need = _word_floor(cell.text)
            if cell.span == 1:
                floors[column] = max(floors[column], need)
            else:
                spanning.append((column, cell.span, need))
    # A heading over several columns must fit its longest word across them: what they
    # lack goes to the last of them.
    for column, span, need in spanning:
        short = need - sum(floors[column : column + span])
        if short > 0:
            floors[column + span - 1] += short
    return floors


def _naturals(rows: Iterable[Sequence[GridCell]], count: int) -> list[int]:
    """The width (twips) at which each column's cells print on one line ("Toàn huyện",
    "tăng 14,8%"); headings may wrap between their words, so they are not counted."""
    naturals = [0] * count
    for row in rows:
        for column, cell in cell_positions(row):
            if cell.span == 1:
                naturals[column] = max(naturals[column], _cell_width(cell.text))
    return naturals


def _weights(rows: Iterable[Sequence[GridCell]], count: int) -> list[int]:
    weights = [_MIN_CHARS] * count
    for row in rows:
        for column, cell in cell_positions(row):
            if cell.span == 1:
                weights[column] = max(weights[column], min(_MAX_CHARS, len(cell.text)))
    return weights


def text_width_of_page(*, landscape: bool = False, rulebook: Rulebook = ND30) -> int:
    """The width (twips) between the printed margins of an A4 page, as the rulebook sets
    them; turned landscape, the page's height is its width."""
    paper = rulebook.page.paper[1 if landscape else 0]
    margins = rulebook.page.printed_margin("left") + rulebook.page.printed_margin("right")
    return round((paper - margins) * TWIPS_PER_MM)


def _unprintable(grid: TableGrid, rulebook: Rulebook) -> bool:
    """Whether a word of the table is wider than a whole landscape line: no page prints
    it whole, so it breaks as such a word breaks in any paragraph."""
    widest = text_width_of_page(landscape=True, rulebook=rulebook)
    return any(floor > widest for floor in grid.floors)


def needs_landscape(table: Table, rulebook: Rulebook = ND30) -> bool:
    """Whether ``table``'s words cannot all print whole across a portrait page (and can
    on a landscape one, or are too long for any line)."""
    grid = table_grid(table)
    portrait = text_width_of_page(rulebook=rulebook)
    return grid.narrowest > portrait and not _unprintable(grid, rulebook)


def check_fits(
    table: Table, width: int, *, where: str, landscape: bool, rulebook: Rulebook = ND30
) -> None:
    """Refuse ``table`` if its words cannot all print whole in ``width`` twips; ``where``
    names the table in the message. A word longer than any line is no reason to refuse:
    it breaks wherever it is printed."""
    grid = table_grid(table)
    needed = grid.narrowest
    if needed <= width or _unprintable(grid, rulebook):
        return
    sizes = f"it needs {needed / TWIPS_PER_MM:.0f} mm for every word and figure to print whole"
    if landscape:
        advice = (
            f"{sizes}, more than the {width / TWIPS_PER_MM:.0f} mm of a landscape page: split "
            "it into two tables, or shorten its longest headings"
        )
    else:
        advice = (
            f"{sizes}, more than the {width / TWIPS_PER_MM:.0f} mm of a portrait page: put it "
            "in an appendix (Appendix(title=…, content=[table]); its pages turn landscape "
            "for it), which the body then mentions"
        )
    raise FieldError(where or "Table", advice)


def column_widths(table: Table | TableGrid, total: int) -> list[int]:
    """Widths in twips summing to ``total``: each column's fixed width, or a share of what
    is left in proportion to its longest text, never below its longest word.

    Where the words cannot all fit whole, the width is shared in proportion to what they
    need; a document never gets there (:func:`check_fits` refuses such a table first).

    >>> column_widths(
    ...     Table(header=["STT", "Nội dung công việc", "Số lượng"], rows=[[1, "Tiếp dân", 99]]),
    ...     9000,
    ... )
    [1200, 5400, 2400]
    """
    grid = table if isinstance(table, TableGrid) else table_grid(table)
    for index, (fixed, floor) in enumerate(zip(grid.fixed, grid.floors, strict=True)):
        if fixed is not None and fixed < floor:
            raise FieldError(
                f"Table.columns[{index}].width_mm",
                f"is {fixed / TWIPS_PER_MM:.1f} mm, narrower than the "
                f"{floor / TWIPS_PER_MM:.1f} mm its longest word needs: words would break",
            )
    floors = [
        floor if fixed is None else fixed
        for fixed, floor in zip(grid.fixed, grid.floors, strict=True)
    ]
    # Where there is room, no cell of the body wraps at all; else only between words.
    whole = [
        max(floor, natural) if fixed is None else floor
        for floor, natural, fixed in zip(floors, grid.naturals, grid.fixed, strict=True)
    ]
    if sum(whole) <= total:
        floors = whole
    weights = list(grid.weights)
    held = {index: width for index, width in enumerate(grid.fixed) if width is not None}
    if sum(floors) > total:
        weights, floors, held = floors, [0] * len(floors), {}
    widths = _share(total, weights, floors, held)
    free = [index for index in range(len(widths)) if index not in held] or [len(widths) - 1]
    widths[free[-1]] += total - sum(widths)
    return widths


def _share(total: int, weights: list[int], floors: list[int], held: dict[int, int]) -> list[int]:
    """``total`` shared in proportion to ``weights``, each share at least its floor: the
    columns held at their floor leave the rest to the others, until no share is short."""
    fixed = dict(held)
    while True:
        free = [index for index in range(len(weights)) if index not in fixed]
        if not free:
            return [fixed[index] for index in range(len(weights))]
        room = total - sum(fixed.values())
        weight = sum(weights[index] for index in free)
        shares = {index: room * weights[index] // weight for index in free}
        short = {index: floors[index] for index in free if shares[index] < floors[index]}
        if not short:
            return [fixed.get(index, shares.get(index, 0)) for index in range(len(weights))]
        fixed.update(short)
