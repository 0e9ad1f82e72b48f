"""Body tables as WordprocessingML, in the template's "VN Table" styles.

The table's printed form — its header rows and merged headings, its texts, alignment and
column widths — is the layout's (:mod:`vnreport.layout.tables`); this writes it: a heading
over several columns as ``w:gridSpan``, a heading spanning the header rows as
``w:vMerge``, the header rows marked ``w:tblHeader`` so that they repeat on every page and
every row ``w:cantSplit``. The look — borders, fonts — comes from the table and paragraph
styles, which a clerk can restyle in Word.
"""

from __future__ import annotations

from collections.abc import Callable

from markupsafe import Markup, escape

from vnreport.layout.tables import (
    CELL_MARGIN,
    CELL_TEXT_SIZE,
    GridCell,
    Merge,
    column_widths,
    table_grid,
)
from vnreport.model.table import ROW_NUMBER_HEADINGS, Table
from vnreport.render.ooxml import paragraph, run, runs
from vnreport.rules import Align

__all__ = ["CELL_MARGIN", "CELL_TEXT_SIZE", "ROW_NUMBER_HEADINGS", "column_widths", "table_xml"]

# The paragraph style of a body cell, by its alignment.
_CELL_STYLES = {Align.LEFT: "VNTableText", Align.CENTER: "VNTableCentre"}


def table_xml(table: Table, total_width: int, style_id: Callable[[str], str] = str) -> Markup:
    """The table (with its title and unit line, if any) as XML for a ``{{p … }}`` tag;
    ``style_id`` gives the template's id of each shipped style."""
    grid = table_grid(table)
    widths = column_widths(grid, total_width)
    columns = "".join(f'<w:gridCol w:w="{width}"/>' for width in widths)
    rows = [_row(cells, widths, style_id, header=True) for cells in grid.header]
    rows.extend(_row(cells, widths, style_id) for cells in grid.body)
    pieces: list[str] = []
    if grid.title:
        pieces.append(paragraph(style_id("VNTableTitle"), runs(grid.title)))
    if grid.unit:
        pieces.append(paragraph(style_id("VNTableUnit"), run(grid.unit)))
    pieces.append(
        "<w:tbl><w:tblPr>"
        f'<w:tblStyle w:val="{escape(style_id("VNTable"))}"/>'
        f'<w:tblW w:w="{total_width}" w:type="dxa"/>'
        '<w:tblLayout w:type="fixed"/>'
        '<w:tblLook w:val="0000" w:firstRow="0" w:lastRow="0" w:firstColumn="0" '
        'w:lastColumn="0" w:noHBand="0" w:noVBand="0"/>'
        f"</w:tblPr><w:tblGrid>{columns}</w:tblGrid>{''.join(rows)}</w:tbl>"
    )
    return Markup("".join(pieces))


def _row(
    cells: tuple[GridCell, ...],
    widths: list[int],
    style_id: Callable[[str], str],
    *,
    header: bool = False,
) -> str:
    # A header row repeats on every page; no row splits across pages.
    properties = "<w:cantSplit/>" + ("<w:tblHeader/>" if header else "")
    pieces = []
    column = 0
    for cell in cells:
        width = sum(widths[column : column + cell.span])
        column += cell.span
        pieces.append(_cell(cell, width, style_id, header=header))
    return f"<w:tr><w:trPr>{properties}</w:trPr>{''.join(pieces)}</w:tr>"


def _cell(cell: GridCell, width: int, style_id: Callable[[str], str], *, header: bool) -> str:
    props = f'<w:tcW w:w="{width}" w:type="dxa"/>'
    if cell.span > 1:
        props += f'<w:gridSpan w:val="{cell.span}"/>'
    if cell.merge is Merge.RESTART:
        props += '<w:vMerge w:val="restart"/>'
    elif cell.merge is Merge.CONTINUE:
        props += "<w:vMerge/>"
    if header:
        props += '<w:vAlign w:val="center"/>'
    if header and cell.bold:
        style = "VNTableHeading"
    else:
        style = _CELL_STYLES.get(cell.align, "VNTableNumber")
    content = paragraph(style_id(style), runs(cell.runs))
    return f"<w:tc><w:tcPr>{props}</w:tcPr>{content}</w:tc>"
