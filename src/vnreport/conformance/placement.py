"""Where a paragraph's text is printed across the page, worked out from the file as Word
lays it out: the cell it stands in (a header table's column), its indents and alignment,
the tab stops it is set at, and the width of its characters in Times New Roman.

The rules under header texts are matched to the text they underline with it, and a line
centred with spaces rather than by its alignment is seen to be centred. Lengths in twips,
from the left margin of the page.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Protocol

from lxml import etree

from vnreport.metrics import TWIPS_PER_POINT, longest_line, text_width
from vnreport.ooxml.document import ParagraphView, WordDocument
from vnreport.ooxml.names import w
from vnreport.ooxml.styles import measurement

__all__ = ["Piece", "Placement", "ancestor", "grid_position", "line_height"]

_DEFAULT_CELL_MARGIN = 108  # twips, each side: Word's when no style sets one
_DEFAULT_TAB = 720  # twips: Word's default tab stops, every half inch
_SETTINGS = "word/settings.xml"
_DEFAULT_SIZE = 13.0


class Piece(Protocol):
    """A stretch of one paragraph's text (a recognised component's span)."""

    @property
    def paragraph(self) -> ParagraphView: ...
    @property
    def start(self) -> int: ...
    @property
    def end(self) -> int: ...


class Placement:
    """Where the texts of one document are printed."""

    def __init__(self, document: WordDocument) -> None:
        self._document = document
        self._default_tab: int | None = None

    def box(self, paragraph: ParagraphView) -> tuple[float, float]:
        """Where the paragraph's lines may run: its cell (or the page's text) less its
        indents, from the left margin of the page."""
        origin = self.origin(paragraph)
        props = paragraph.props
        return origin + props.left, origin + self.width(paragraph) - props.right

    def extent(self, piece: Piece) -> tuple[float, float] | None:
        """Where ``piece`` is printed, from the left margin of the page (its longest
        line); ``None`` where its place cannot be worked out (a tab with no stop)."""
        paragraph = piece.paragraph
        props = paragraph.props
        available = self.width(paragraph) - props.left - props.right
        line_start = paragraph.text.rfind("\n", 0, piece.start) + 1
        before = paragraph.text[line_start : piece.start]
        visible = paragraph.text[piece.start : piece.end]
        lead = len(visible) - len(visible.lstrip())
        size, bold = _size_of(paragraph, piece.start)
        width = longest_line(visible.strip(), available / TWIPS_PER_POINT, size, bold=bold)
        width *= TWIPS_PER_POINT
        lead_width = text_width(before.replace("\t", "") + visible[:lead], size) * TWIPS_PER_POINT
        origin = self.origin(paragraph) + props.left
        if "\t" not in before:
            if props.alignment == "center":
                middle = available / 2 + lead_width / 2
            elif props.alignment == "right":
                middle = available - width / 2
            else:
                middle = props.first_line * (line_start == 0) + lead_width + width / 2
            return origin + middle - width / 2, origin + middle + width / 2
        stop = self._tab_stop(paragraph, before, size)
        if stop is None:
            return None
        position, kind = stop
        if kind == "center":
            middle = position
        elif kind == "right":
            middle = position - width / 2
        else:
            middle = position + width / 2
        return origin + middle - width / 2, origin + middle + width / 2

    def width(self, paragraph: ParagraphView) -> int:
        """The width of the paragraph's cell (less its margins) or of the page's text."""
        width = self.cell_width(paragraph)
        return self.page_width(paragraph) if width is None else width

    def page_width(self, paragraph: ParagraphView) -> int:
        """The width between the margins of the section ``paragraph`` is in."""
        section = self._document.section_of(paragraph)
        return section.page_width - section.margins["left"] - section.margins["right"]

    def cell_width(self, paragraph: ParagraphView) -> int | None:
        """The text width of the table cell holding ``paragraph``: its width less its
        margins, as the table's style, the table and the cell set them."""
        cell = ancestor(paragraph.element, "tc")
        if cell is None:
            return None
        width = _cell_width(cell)
        if width is None:
            return None
        left, right = self._cell_margins(cell)
        return width - left - right

    def default_tab(self) -> int:
        """The distance between Word's default tab stops (settings.xml), in twips."""
        if self._default_tab is None:
            settings = self._document.package.xml(_SETTINGS)
            stop = None if settings is None else settings.find(w("defaultTabStop"))
            value = _DEFAULT_TAB if stop is None else measurement(stop.get(w("val")), _DEFAULT_TAB)
            self._default_tab = value if value > 0 else _DEFAULT_TAB
        return self._default_tab

    def next_stop(self, paragraph: ParagraphView, position: float) -> tuple[float, str]:
        """The tab stop a tab at ``position`` goes to, and its kind: the paragraph's first
        stop past it, else the next of Word's default ones (a left stop)."""
        for at, kind in _stops(paragraph):
            if at > position:
                return at, kind
        step = self.default_tab()
        return (position // step + 1) * step, "left"

    def _tab_stop(
        self, paragraph: ParagraphView, before: str, size: float
    ) -> tuple[float, str] | None:
        """The tab stop the text after ``before`` (on its line) is set at, and its kind:
        each tab goes to the first stop past the text before it."""
        pieces = before.split("\t")
        position = text_width(pieces[0], size) * TWIPS_PER_POINT
        for index, piece in enumerate(pieces[1:], start=1):
            at, kind = self.next_stop(paragraph, position)
            if index == len(pieces) - 1:
                return at, kind
            width = text_width(piece, size) * TWIPS_PER_POINT
            position = at + {"center": width / 2, "right": 0.0}.get(kind, width)
        return None

    def _cell_margins(self, cell: etree._Element) -> tuple[int, int]:
        row = cell.getparent()
        table = None if row is None else row.getparent()
        levels: list[etree._Element | None] = []
        if table is not None:
            style = table.find(f"{w('tblPr')}/{w('tblStyle')}")
            chain = self._document.styles.chain(None if style is None else style.get(w("val")))
            levels.extend(item.find(f"{w('tblPr')}/{w('tblCellMar')}") for item in chain)
            levels.append(table.find(f"{w('tblPr')}/{w('tblCellMar')}"))
        levels.append(cell.find(f"{w('tcPr')}/{w('tcMar')}"))
        margins = {"left": _DEFAULT_CELL_MARGIN, "right": _DEFAULT_CELL_MARGIN}
        for level in levels:
            if level is None:
                continue
            for side, names in (("left", ("left", "start")), ("right", ("right", "end"))):
                for name in names:
                    element = level.find(w(name))
                    if element is not None:
                        margins[side] = measurement(element.get(w("w"), "0"), margins[side])
        return margins["left"], margins["right"]

    def origin(self, paragraph: ParagraphView) -> int:
        """Where the paragraph's cell's text starts, from the left margin (0 outside a
        table): a table's cells start at its indent, one after the other."""
        cell = ancestor(paragraph.element, "tc")
        if cell is None:
            return 0
        row = cell.getparent()
        table = None if row is None else row.getparent()
        indent = None if table is None else table.find(f"{w('tblPr')}/{w('tblInd')}")
        origin = measurement(None if indent is None else indent.get(w("w")))
        for before in cell.itersiblings(w("tc"), preceding=True):
            origin += _cell_width(before) or 0
        return origin


def ancestor(element: etree._Element, name: str) -> etree._Element | None:
    found = element.getparent()
    while found is not None and found.tag != w(name):
        found = found.getparent()
    return found


def grid_position(cell: etree._Element) -> tuple[int, int]:
    """The cell's first grid column and how many it spans."""
    start = 0
    for before in cell.itersiblings(w("tc"), preceding=True):
        start += _span(before)
    return start, _span(cell)


def _span(cell: etree._Element) -> int:
    merged = cell.find(f"{w('tcPr')}/{w('gridSpan')}")
    return max(1, measurement(None if merged is None else merged.get(w("val")), 1))


def _cell_width(cell: etree._Element) -> int | None:
    width = cell.find(f"{w('tcPr')}/{w('tcW')}")
    if width is not None and width.get(w("type"), "dxa") == "dxa":
        found = measurement(width.get(w("w")))
        if found:
            return found
    row = cell.getparent()
    table = None if row is None else row.getparent()
    if table is None:
        return None
    start, span = grid_position(cell)
    columns = table.findall(f"{w('tblGrid')}/{w('gridCol')}")[start : start + span]
    total = sum(measurement(column.get(w("w"))) for column in columns)
    return total or None


def _size_of(paragraph: ParagraphView, position: int) -> tuple[float, bool]:
    runs = paragraph.runs_in(position, len(paragraph.text)) or paragraph.text_runs
    props = runs[0].props if runs else None
    size = props.size if props and props.size else _DEFAULT_SIZE
    return size, bool(props and props.bold)


def line_height(paragraph: ParagraphView) -> float:
    size, _ = _size_of(paragraph, 0)
    return size * 1.15 * TWIPS_PER_POINT


def _stops(paragraph: ParagraphView) -> Sequence[tuple[int, str]]:
    tabs = paragraph.element.find(f"{w('pPr')}/{w('tabs')}")
    if tabs is None:
        return ()
    stops = [
        (measurement(tab.get(w("pos"))), tab.get(w("val"), "left"))
        for tab in tabs.iterfind(w("tab"))
        if tab.get(w("val")) not in ("clear", "bar")
    ]
    return sorted(stops)
