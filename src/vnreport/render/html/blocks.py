"""The body's blocks as HTML paragraphs and tables, in reading order.

Each block is a paragraph in the classes of its component (its form: size, weight,
alignment) and of its role (its spacing and indents), as the .docx writes it in the style
of its role. Tables take the column widths the .docx gives them, in proportion.
"""

from __future__ import annotations

from collections.abc import Sequence

from vnreport.model.body import Cell, Table
from vnreport.model.inline import parse_emphasis
from vnreport.model.outline import Block
from vnreport.render.cells import cell_text
from vnreport.render.html.text import escape, runs_html
from vnreport.render.styles import ROLE_STYLES, STYLE_COMPONENTS
from vnreport.render.tables import ROW_NUMBER_HEADINGS, column_widths

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
    """The table (and its title) with the .docx's column widths, as shares of the width."""
    widths = column_widths(table, text_width)
    total = sum(widths)
    columns = "".join(f'<col style="width:{100 * width / total:.2f}%">' for width in widths)
    centred = [heading.casefold() in ROW_NUMBER_HEADINGS for heading in table.header]
    head = "".join(f"<th>{runs_html(parse_emphasis(heading))}</th>" for heading in table.header)
    rows = [f"<thead><tr>{head}</tr></thead><tbody>"]
    rows.extend(_row(row, centred) for row in table.rows)
    if table.totals is not None:
        rows.append(_row(table.totals, centred, css=' class="vn-totals"'))
    rows.append("</tbody>")
    title = ""
    if table.title:
        title = f'<p class="vn-table-title">{runs_html(parse_emphasis(table.title))}</p>'
    return f'{title}<table class="vn-table"><colgroup>{columns}</colgroup>{"".join(rows)}</table>'


def _row(cells: Sequence[Cell], centred: Sequence[bool], css: str = "") -> str:
    return (
        f"<tr{css}>"
        + "".join(_cell(cell, centre) for cell, centre in zip(cells, centred, strict=True))
        + "</tr>"
    )


def _cell(cell: Cell, centred: bool) -> str:
    if isinstance(cell, str):
        return f"<td>{runs_html(parse_emphasis(cell))}</td>"
    # Numbers are right-aligned and a row number centred, as the .docx sets them.
    kind = "vn-centre" if centred else "vn-number"
    return f'<td class="{kind}">{escape(cell_text(cell))}</td>'
