"""The body's blocks as HTML paragraphs and tables, in reading order.

Each block is a paragraph in the classes of its component (its form: size, weight,
alignment) and of its role (its spacing and indents), as the .docx writes it in the style
of its role. Tables take the column widths the .docx gives them, in proportion.
"""

from __future__ import annotations

from collections.abc import Sequence

from vnreport.layout.tables import GridCell, Merge, cell_positions, column_widths, table_grid
from vnreport.model.body import Table
from vnreport.model.outline import Block
from vnreport.render.html.text import escape, runs_html
from vnreport.render.styles import ROLE_STYLES, STYLE_COMPONENTS
from vnreport.rules import Align

__all__ = ["blocks_html", "table_html"]


def blocks_html(blocks: Sequence[Block], text_width: int) -> str:
    """The blocks as HTML; ``text_width`` (twips) is what tables share among columns."""
    pieces: list[str] = []
    for block in blocks:
        if block.table is not None:
            pieces.append(table_html(block.table, text_width))
            continue
        component = STYLE_COMPONENTS[ROLE_STYLES[block.role]]
        pieces.append(
            f'<p class="c-{component.value} r-{block.role.value}">'
            f"{runs_html(block.labelled_runs)}</p>"
        )
    return "".join(pieces)


def table_html(table: Table, text_width: int) -> str:
    """The table as it prints (:func:`vnreport.layout.tables.table_grid`: its headings over
    headings, column numbers, totals, each cell's alignment), with its title and unit
    line, its columns in the .docx's widths as shares of the width."""
    grid = table_grid(table)
    widths = column_widths(grid, text_width)
    total = sum(widths) or 1
    columns = "".join(f'<col style="width:{100 * width / total:.2f}%">' for width in widths)
    head = "".join(_row(grid.header, index, header=True) for index in range(len(grid.header)))
    body = "".join(_row(grid.body, index, header=False) for index in range(len(grid.body)))
    pieces = []
    if grid.title:
        pieces.append(f'<p class="vn-table-title">{runs_html(grid.title)}</p>')
    if grid.unit:
        pieces.append(f'<p class="vn-table-unit">{escape(grid.unit)}</p>')
    pieces.append(
        f'<table class="vn-table"><colgroup>{columns}</colgroup>'
        f"<thead>{head}</thead><tbody>{body}</tbody></table>"
    )
    return "".join(pieces)


def _row(rows: Sequence[Sequence[GridCell]], index: int, *, header: bool) -> str:
    tag = "th" if header else "td"
    cells = []
    for column, cell in cell_positions(rows[index]):
        if cell.merge is Merge.CONTINUE:
            continue  # covered by the heading above it, which spans down
        attributes = _ALIGN_CLASSES.get(cell.align, "")
        if cell.span > 1:
            attributes += f' colspan="{cell.span}"'
        if cell.merge is Merge.RESTART:
            attributes += f' rowspan="{1 + _covered(rows, index, column)}"'
        cells.append(f"<{tag}{attributes}>{runs_html(cell.runs)}</{tag}>")
    # The totals row is the one set in bold throughout (where it prints: last, or first).
    totals = not header and all(cell.bold for cell in rows[index])
    row_class = _TOTALS_CLASS if totals else ""
    return f"<tr{row_class}>{''.join(cells)}</tr>"


def _covered(rows: Sequence[Sequence[GridCell]], index: int, column: int) -> int:
    """How many rows under ``index`` the heading at ``column`` covers."""
    count = 0
    for row in rows[index + 1 :]:
        below = dict(cell_positions(row)).get(column)
        if below is None or below.merge is not Merge.CONTINUE:
            break
        count += 1
    return count


_TOTALS_CLASS = ' class="vn-totals"'
# Numbers right-aligned and row numbers centred, as the .docx sets each cell.
_ALIGN_CLASSES = {Align.RIGHT: ' class="vn-number"', Align.CENTER: ' class="vn-centre"'}
