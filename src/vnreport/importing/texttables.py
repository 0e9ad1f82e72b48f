"""Tables typed in a plain text: rows of cells separated by tabs or by "|".

Two or more neighbouring lines that split into the same number of cells (two or more)
are a table: the first row its headings, the others its rows; a row first or last whose
first cell reads "Tổng cộng", "Cộng", "Tổng số", "Toàn …" is its totals. A Markdown rule
row ("|---|:--|") is left out, an "Đơn vị tính: …" line above is the unit, a "Bảng …"
line above it the caption. A header's two columns flattened with a tab are no table:
lines holding the Quốc hiệu, "Số:", Nơi nhận or a signature are never read as rows.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

import attrs

from vnreport.importing.lines import Line
from vnreport.importing.tables import PrintedCell, PrintedTable, unit_of
from vnreport.ooxml.document import normalize

__all__ = ["split_cells", "with_text_tables"]

_RULE_ROW = re.compile(r"^\|?\s*:?-{2,}:?\s*(?:\|\s*:?-{2,}:?\s*)*\|?$")
_TOTALS = re.compile(r"^(?:\*\*)?(?:Tổng\s+cộng|Tổng\s+số|Cộng|Tổng|Toàn\s+\w+)", re.IGNORECASE)
_LAYOUT = re.compile(
    r"(?:CỘNG\s+H[OÒ]À|Độc\s+lập|(?:^|\s)Số\s*:|Nơi\s+nhận|(?:^|\s)(?:TM|KT|TL|TUQ)\s*\.)",
    re.IGNORECASE,
)
_CAPTION = re.compile(r"^(?:Bảng|BẢNG)\s+\S")


def split_cells(raw: str) -> list[str] | None:
    """The cells of a row typed with tabs or "|", or ``None`` when it is no row."""
    text = raw.strip()
    if "\t" in text:
        cells = [normalize(cell) for cell in text.split("\t")]
    elif text.count("|") >= (1 if not text.startswith("|") else 2):
        cells = [normalize(cell) for cell in text.strip("|").split("|")]
    else:
        return None
    return cells if len(cells) >= 2 else None


def with_text_tables(lines: Sequence[Line]) -> tuple[Line, ...]:
    """``lines`` with each run of table rows replaced by one line holding the table."""
    out: list[Line] = []
    position = 0
    layout = 0  # the width of the columns a layout line opened ("Nơi nhận:\tTM. …")
    while position < len(lines):
        line = lines[position]
        cells = split_cells(line.raw)
        if cells is not None and _LAYOUT.search(line.text):
            layout = len(cells)
        elif cells is None or line.blank_before or len(cells) != layout:
            layout = 0
        # Lines in the columns a layout line opened (Nơi nhận beside the signature) are
        # that layout's, not a table's.
        run = [] if layout else _rows_from(lines, position)
        if len(run) < 2:
            out.append(line)
            position += 1
            continue
        rows = [cells for _, cells in run if cells is not None]
        first = line
        table = _table(rows)
        if out and unit_of(out[-1].text) is not None:
            table = attrs.evolve(table, unit=unit_of(out.pop().text))
        if out and _CAPTION.match(out[-1].text) and split_cells(out[-1].raw) is None:
            table = attrs.evolve(table, title=out.pop().markup)
        out.append(
            attrs.evolve(
                first, text=table.summary, raw=table.summary, markup=table.summary, table=table
            )
        )
        position += len(run)
    return tuple(out)


def _rows_from(lines: Sequence[Line], start: int) -> list[tuple[Line, list[str] | None]]:
    """The table rows from ``start`` on (a rule row stands as ``None``)."""
    run: list[tuple[Line, list[str] | None]] = []
    width = None
    # Indexed, not sliced: a slice from each line on copies the rest of a long text.
    for position in range(start, len(lines)):
        line = lines[position]
        if run and line.blank_before:
            break
        if run and _RULE_ROW.match(line.raw.strip()):
            if run[-1][1] is None:
                # A table has one rule row in a row; stopping at the second keeps a text
                # of rule rows from being scanned again from each of its lines.
                break
            run.append((line, None))
            continue
        cells = split_cells(line.raw)
        if cells is None or _LAYOUT.search(line.text) or (width and len(cells) != width):
            break
        width = len(cells)
        run.append((line, cells))
    while run and run[-1][1] is None:
        run.pop()
    return run if sum(1 for _, cells in run if cells is not None) >= 2 else []


def _table(rows: list[list[str]]) -> PrintedTable:
    printed = []
    last = len(rows) - 1
    for position, cells in enumerate(rows):
        totals = position in (1, last) and position > 0 and bool(_TOTALS.match(cells[0]))
        printed.append(
            tuple(
                PrintedCell(markup=cell, text=cell.replace("**", ""), bold=totals or position == 0)
                for cell in cells
            )
        )
    return PrintedTable(rows=tuple(printed), header_rows=1)
