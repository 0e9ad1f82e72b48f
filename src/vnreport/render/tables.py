"""Body tables as WordprocessingML, in the template's "VN Table" styles.

Column widths follow the content (a narrow "STT" column, a wide "Nội dung" column), which
a fixed template row cannot know; the look — borders, fonts, alignment — comes from the
table and paragraph styles, which a clerk can restyle in Word.
"""

from __future__ import annotations

from collections.abc import Callable

from markupsafe import Markup, escape

from vnreport.metrics.measure import TWIPS_PER_POINT, text_width
from vnreport.model.body import Cell, Table
from vnreport.model.inline import parse_emphasis
from vnreport.render.cells import cell_text
from vnreport.render.ooxml import paragraph, run, runs

__all__ = ["column_widths", "table_xml"]

# A column is never counted narrower than this many characters nor wider than the cap,
# so that one long cell does not squeeze the others to nothing.
_MIN_CHARS = 4
_MAX_CHARS = 40

# What the "VN Table" styles of the template set (tests/test_render_units.py holds them
# together): 13 pt cell text, 85 twips of cell margin on either side. The header is bold,
# so a word is measured bold, with a little slack for the border.
CELL_TEXT_SIZE = 13
CELL_MARGIN = 85
_SLACK = 40


def column_widths(table: Table, total: int) -> list[int]:
    """Widths in twips, proportional to the longest text of each column, never so narrow
    that a word of the column must break across lines; they sum to ``total``.

    >>> table = Table(header=["STT", "Nội dung công việc", "Số lượng"], rows=[[1, "Tiếp dân", 99]])
    >>> column_widths(table, 9000)
    [1200, 5400, 2400]
    """
    rows = [table.header, *table.rows, *([table.totals] if table.totals else [])]
    columns = [[cell_text(row[column]) for row in rows] for column in range(table.column_count)]
    weights = [min(_MAX_CHARS, max(_MIN_CHARS, *map(len, texts))) for texts in columns]
    floors = [_narrowest(texts) for texts in columns]
    if sum(floors) >= total:
        # The words cannot all fit whole: share the width in proportion to what they need.
        weights = floors
        floors = [0] * len(floors)
    widths = _share(total, weights, floors)
    widths[-1] += total - sum(widths)
    return widths


def _narrowest(texts: list[str]) -> int:
    """The width (twips) below which the longest word of ``texts`` would break."""
    longest = max(
        (text_width(word, CELL_TEXT_SIZE, bold=True) for text in texts for word in text.split()),
        default=0.0,
    )
    return round(longest * TWIPS_PER_POINT) + 2 * CELL_MARGIN + _SLACK


def _share(total: int, weights: list[int], floors: list[int]) -> list[int]:
    """``total`` shared in proportion to ``weights``, each share at least its floor: the
    columns held at their floor leave the rest to the others, until no share is short."""
    fixed: dict[int, int] = {}
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


#: Headings of a row-number column, whose numbers are centred rather than right-aligned.
ROW_NUMBER_HEADINGS = frozenset({"stt", "tt", "số tt"})


def table_xml(table: Table, total_width: int, style_id: Callable[[str], str] = str) -> Markup:
    """The table (and its title, if any) as XML for a ``{{p … }}`` tag; ``style_id``
    gives the template's id of each shipped style."""
    widths = column_widths(table, total_width)
    grid = "".join(f'<w:gridCol w:w="{width}"/>' for width in widths)
    centred = [heading.casefold() in ROW_NUMBER_HEADINGS for heading in table.header]
    rows = [_row(table.header, widths, centred, style_id, header=True)]
    rows.extend(_row(row, widths, centred, style_id) for row in table.rows)
    if table.totals is not None:
        rows.append(_row(table.totals, widths, centred, style_id, bold=True))
    xml = (
        "<w:tbl><w:tblPr>"
        f'<w:tblStyle w:val="{escape(style_id("VNTable"))}"/>'
        f'<w:tblW w:w="{total_width}" w:type="dxa"/>'
        '<w:tblLayout w:type="fixed"/>'
        '<w:tblLook w:val="0000" w:firstRow="0" w:lastRow="0" w:firstColumn="0" '
        'w:lastColumn="0" w:noHBand="0" w:noVBand="0"/>'
        f"</w:tblPr><w:tblGrid>{grid}</w:tblGrid>{''.join(rows)}</w:tbl>"
    )
    if table.title:
        xml = str(paragraph(style_id("VNTableTitle"), runs(parse_emphasis(table.title)))) + xml
    return Markup(xml)


def _row(
    cells: tuple[Cell, ...],
    widths: list[int],
    centred: list[bool],
    style_id: Callable[[str], str],
    *,
    header: bool = False,
    bold: bool = False,
) -> str:
    # A header row repeats on every page; no row splits across pages.
    properties = "<w:cantSplit/>" + ("<w:tblHeader/>" if header else "")
    return (
        f"<w:tr><w:trPr>{properties}</w:trPr>"
        + "".join(
            _cell(cell, width, style_id, header=header, bold=bold, centred=centre)
            for cell, width, centre in zip(cells, widths, centred, strict=True)
        )
        + "</w:tr>"
    )


def _cell(
    cell: Cell,
    width: int,
    style_id: Callable[[str], str],
    *,
    header: bool,
    bold: bool,
    centred: bool,
) -> str:
    if header:
        content = paragraph(style_id("VNTableHeading"), runs(parse_emphasis(str(cell))))
    elif isinstance(cell, str):
        content = paragraph(
            style_id("VNTableText"),
            "".join(
                run(item.text, bold=bold or item.bold, italic=item.italic)
                for item in parse_emphasis(cell)
            ),
        )
    else:
        style = style_id("VNTableCentre" if centred else "VNTableNumber")
        content = paragraph(style, run(cell_text(cell), bold=bold))
    return f'<w:tc><w:tcPr><w:tcW w:w="{width}" w:type="dxa"/></w:tcPr>{content}</w:tc>'
