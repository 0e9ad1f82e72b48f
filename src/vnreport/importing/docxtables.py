"""A .docx's body tables → :class:`~vnreport.importing.tables.PrintedTable`.

A document's tables are of two kinds. Layout tables hold the header's two columns and
the footer's Nơi nhận beside the signature: their paragraphs stay lines, read by the
header and footer recognisers. Every other table is a table of the body, read through
its ``w:tbl``: the columns a cell spans (``w:gridSpan``), its vertical merge
(``w:vMerge``), the rows marked to repeat as headings (``w:tblHeader``) and each cell's
alignment and emphasis. vnreport's own files name the kind by the table's style
("VNLayoutTable", "VNTable"); in others the layout tables are told by what they hold
(Quốc hiệu, "Số:", "Nơi nhận", a signature's TM./KT.).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping, Sequence

import attrs
from lxml import etree

from vnreport.importing.lines import Line
from vnreport.importing.tables import PrintedCell, PrintedTable, unit_of
from vnreport.ooxml.document import ParagraphView, WordDocument, normalize
from vnreport.ooxml.names import w

__all__ = [
    "BodyTables",
    "body_tables",
    "is_layout_table",
    "outer_table",
    "printed_table",
    "with_captions",
]

_LAYOUT_STYLES = frozenset({"VNLayoutTable"})
_DATA_STYLES = frozenset({"VNTable"})
_LAYOUT_TEXT = re.compile(
    r"^(?:CỘNG\s+H[OÒ]À|Độc\s+lập|Số\s*:|Nơi\s+nhận|Kính\s+gửi|(?:TM|KT|TL|TUQ)\s*\.)",
    re.IGNORECASE,
)
#: The roles a biên bản's signers print over their titles: a table of them signs.
_SIGNERS = re.compile(r"^(?:CHỦ\s+TỌA|CHỦ\s+TRÌ|THƯ\s+KÝ|THÀNH\s+VIÊN|ĐẠI\s+DIỆN\b)")
_CAPTION = re.compile(r"^(?:Bảng|BẢNG)\s+\S")
_ALIGNS = {"both": "left", "start": "left", "end": "right", "distribute": "left"}


def outer_table(element: etree._Element) -> etree._Element | None:
    """The body's table a paragraph stands in (the outermost, for a table in a cell)."""
    found = None
    parent = element.getparent()
    while parent is not None:
        if parent.tag == w("tbl"):
            found = parent
        parent = parent.getparent()
    return found


def is_layout_table(style: str | None, paragraphs: Sequence[ParagraphView], first: bool) -> bool:
    """Whether the table of ``paragraphs`` lays out the header or the footer; ``first``
    says that nothing of the body comes before it (a header in a table)."""
    if style in _LAYOUT_STYLES:
        return True
    if style in _DATA_STYLES:
        return False
    return first or any(
        _LAYOUT_TEXT.match(paragraph.plain) or _SIGNERS.match(paragraph.plain)
        for paragraph in paragraphs
    )


def printed_table(
    table: etree._Element,
    views: Mapping[etree._Element, ParagraphView],
    markup: Callable[[ParagraphView], str],
) -> PrintedTable:
    """The table as printed; ``views`` are the document's paragraphs by element,
    ``markup`` gives a paragraph's text with its emphasis."""
    rows: list[tuple[PrintedCell, ...]] = []
    header_rows = 0
    counting = True
    for row in table.iterfind(w("tr")):
        marked = row.find(f"{w('trPr')}/{w('tblHeader')}") is not None
        if counting and marked:
            header_rows += 1
        else:
            counting = False
        cells = [_cell(cell, views, markup) for cell in row.iterfind(w("tc"))]
        rows.append(tuple(cells))
    return PrintedTable(rows=tuple(rows), header_rows=header_rows or None)


def _cell(
    cell: etree._Element,
    views: Mapping[etree._Element, ParagraphView],
    markup: Callable[[ParagraphView], str],
) -> PrintedCell:
    props = cell.find(w("tcPr"))
    span = 1
    merge = "none"
    if props is not None:
        grid_span = props.find(w("gridSpan"))
        if grid_span is not None:
            try:
                span = max(1, int(grid_span.get(w("val"), "1")))
            except ValueError:
                span = 1
        v_merge = props.find(w("vMerge"))
        if v_merge is not None:
            merge = "restart" if v_merge.get(w("val")) == "restart" else "continue"
    paragraphs = [views[p] for p in cell.iterfind(w("p")) if p in views and views[p].plain]
    text = normalize(" ".join(paragraph.plain for paragraph in paragraphs))
    runs = [run for paragraph in paragraphs for run in paragraph.text_runs]
    align = paragraphs[0].props.alignment if paragraphs else "left"
    return PrintedCell(
        markup=normalize(" ".join(markup(paragraph) for paragraph in paragraphs)),
        text=text,
        span=span,
        merge=merge,
        align=_ALIGNS.get(align, align),
        bold=bool(runs) and all(run.props.bold for run in runs),
    )


@attrs.frozen
class BodyTables:
    """The body tables of a document: the paragraphs they hold (``members``, by element)
    and each table by the index of its first paragraph (``starts``)."""

    members: frozenset[etree._Element]
    starts: Mapping[int, PrintedTable]


def body_tables(document: WordDocument, markup: Callable[[ParagraphView], str]) -> BodyTables:
    """The tables of ``document``'s body that are not layout tables."""
    groups: dict[etree._Element, list[ParagraphView]] = {}
    first_of: dict[etree._Element, bool] = {}
    seen_body = False
    for paragraph in document.paragraphs:
        if paragraph.location.table is None:
            seen_body = seen_body or bool(paragraph.plain)
            continue
        table = outer_table(paragraph.element)
        if table is None:
            continue
        if table not in groups:
            groups[table] = []
            first_of[table] = not seen_body
        groups[table].append(paragraph)
    views = {paragraph.element: paragraph for paragraph in document.paragraphs}
    members: set[etree._Element] = set()
    starts: dict[int, PrintedTable] = {}
    for table, paragraphs in groups.items():
        style = paragraphs[0].location.table_style
        if is_layout_table(style, paragraphs, first_of[table]):
            continue
        members.update(paragraph.element for paragraph in paragraphs)
        printed = printed_table(table, views, markup)
        if printed.rows:
            starts[paragraphs[0].index] = printed
    return BodyTables(members=frozenset(members), starts=starts)


def with_captions(lines: Sequence[Line]) -> tuple[Line, ...]:
    """The lines with each table's caption ("VN Table Title", or a line "Bảng …" just
    above it) and its unit line ("Đơn vị tính: …") taken into the table."""
    out: list[Line] = []
    for line in lines:
        if line.table is None:
            out.append(line)
            continue
        table = line.table
        if out and out[-1].table is None and unit_of(out[-1].text) is not None:
            table = attrs.evolve(table, unit=unit_of(out.pop().text))
        if out and out[-1].table is None and _is_caption(out[-1]):
            table = attrs.evolve(table, title=out.pop().markup)
        out.append(attrs.evolve(line, table=table))
    return tuple(out)


def _is_caption(line: Line) -> bool:
    style = (line.style or "").replace(" ", "").casefold()
    if style == "vntabletitle":
        return True
    return line.alignment == "center" and bool(_CAPTION.match(line.text))
