"""The rule under a header text (the issuer, the Tiêu ngữ, the subject): where it is drawn.

Clerks draw it in several ways: a bottom border of the text's paragraph or of an empty
paragraph under it; a line shape, anchored where the cursor was when it was drawn — in
the text's own paragraph, in the paragraph under it, or, in a header table, in the first
paragraph of the cell under it in the next row (often the "Số:" line or the date line,
the shape sitting at the top of that paragraph, above its text); or typed as underscores,
on a line of its own or on the text's last line after a line break.

A line counts as the text's when it lies under it: its middle within the text's width,
both placed on the page from the anchor's offsets (from the column, the margin or the
page) and from the text's alignment, indents and tab stops. Lengths in twips.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from typing import Protocol

import attrs
from lxml import etree

from vnreport.metrics import TWIPS_PER_POINT, longest_line, text_width
from vnreport.ooxml.document import ParagraphView, WordDocument
from vnreport.ooxml.drawings import DrawnLine
from vnreport.ooxml.names import w
from vnreport.ooxml.styles import measurement

__all__ = ["TYPED_RULE", "RuleFinder", "RuleMark"]

TYPED_RULE = re.compile(r"^[_\-–—.…]{3,}$")
_DEFAULT_CELL_MARGIN = 108  # twips, each side
_DEFAULT_TAB = 720
_DEFAULT_SIZE = 13.0
# How far the middle of a line may stray beyond the end of the text it underlines, in
# twips: offsets are measured by Word, the text's place by our metrics.
_SLACK = 144
# How many paragraphs under the text are looked at: a small spacer line may come between.
_BELOW = 2


@attrs.frozen(eq=False)
class RuleMark:
    """A rule under a header text: how it is drawn, and where."""

    kind: str  # "border" (paragraph border), "drawing" (a line shape) or "typed" (characters)
    paragraph: ParagraphView
    #: True when the rule belongs to the text's own paragraph rather than another one.
    on_text: bool = False
    #: The line taken for the rule (a "drawing").
    line: DrawnLine | None = None
    #: The characters typed (a "typed" rule).
    typed: str = ""


class Piece(Protocol):
    """A text the rule is looked for under (a component's span)."""

    @property
    def paragraph(self) -> ParagraphView: ...
    @property
    def start(self) -> int: ...
    @property
    def end(self) -> int: ...
    @property
    def whole(self) -> bool: ...


class RuleFinder:
    """Finds the rules under the texts of one document's body."""

    def __init__(self, document: WordDocument) -> None:
        self._document = document
        self._paragraphs = document.paragraphs
        self._by_element = {id(p.element): p for p in self._paragraphs}

    def under(self, piece: Piece | None) -> RuleMark | None:
        """The rule drawn under ``piece``, or ``None``."""
        if piece is None:
            return None
        own = piece.paragraph
        if "bottom" in own.props.borders and piece.whole:
            return RuleMark("border", own, on_text=True)
        typed = _typed_after(own, piece.end)
        if typed:
            return RuleMark("typed", own, on_text=True, typed=typed)
        line = self._line_under(piece, own, own_paragraph=True)
        if line is not None:
            return RuleMark("drawing", own, on_text=True, line=line)
        for paragraph in self._below(own):
            mark = self.mark_of(paragraph, piece)
            if mark is not None or paragraph.plain:
                return mark
        return None

    def mark_of(self, paragraph: ParagraphView, piece: Piece | None = None) -> RuleMark | None:
        """The rule another paragraph than the text's draws under ``piece``: a line at
        its top (for an empty paragraph, anywhere in it), a border of an empty paragraph,
        or characters typed alone on it."""
        text = paragraph.plain.replace(" ", "")
        if paragraph.lines:
            line = self._line_under(piece, paragraph, own_paragraph=False)
            if line is not None:
                return RuleMark("drawing", paragraph, line=line)
        if not text and ("bottom" in paragraph.props.borders or "top" in paragraph.props.borders):
            return RuleMark("border", paragraph)
        if TYPED_RULE.match(text):
            return RuleMark("typed", paragraph, typed=paragraph.plain)
        return None

    # --- where the rule may be ----------------------------------------------------------

    def _below(self, own: ParagraphView) -> Iterator[ParagraphView]:
        """The paragraphs under ``own``: the next ones of its cell (or of the body), and
        when it is the last text of its cell, the first ones of the cell under it."""
        after = self._paragraphs[own.index + 1 : own.index + 1 + _BELOW]
        same = [p for p in after if p.location == own.location]
        same = same[: next((i + 1 for i, p in enumerate(same) if p.plain), len(same))]
        yield from same
        if any(p.plain or p.lines for p in same) or not own.location.in_table:
            return
        rest = self._paragraphs[own.index + 1 :]
        if any(p.location == own.location and p.plain for p in rest[:20]):
            return
        yield from self._cell_below(own)[:_BELOW]

    def _cell_below(self, own: ParagraphView) -> list[ParagraphView]:
        cell = _ancestor(own.element, "tc")
        row = None if cell is None else cell.getparent()
        if cell is None or row is None:
            return []
        start, span = _grid_position(cell)
        following = row.getnext()
        while following is not None and following.tag != w("tr"):
            following = following.getnext()
        if following is None:
            return []
        middle = start + span / 2
        for candidate in following.iterfind(w("tc")):
            first, width = _grid_position(candidate)
            if first <= middle < first + width:
                found = [self._by_element.get(id(child)) for child in candidate.iterfind(w("p"))]
                return [p for p in found if p is not None]
        return []

    # --- is a line under the text? ------------------------------------------------------

    def _line_under(
        self, piece: Piece | None, paragraph: ParagraphView, *, own_paragraph: bool
    ) -> DrawnLine | None:
        if not paragraph.lines:
            return None
        lines = paragraph.lines
        if not own_paragraph and paragraph.plain:
            # A line anchored in a paragraph that has text of its own is the text's above
            # only where it sits at the top of that paragraph, above its first line.
            top = paragraph.props.space_before + _line_height(paragraph) / 2
            lines = tuple(
                line
                for line in lines
                if line.y_from in ("paragraph", "line") and line.y is not None and line.y < top
            )
        if piece is None or not lines:
            return lines[0] if lines else None
        extent = self._text_extent(piece)
        best: tuple[float, DrawnLine] | None = None
        for line in lines:
            middle = self._line_middle(line, paragraph)
            if extent is None or middle is None:
                distance = 0.0
            else:
                left, right = extent
                if not left - _SLACK <= middle <= right + _SLACK:
                    continue
                distance = abs(middle - (left + right) / 2)
            if best is None or distance < best[0]:
                best = (distance, line)
        return None if best is None else best[1]

    def _line_middle(self, line: DrawnLine, paragraph: ParagraphView) -> float | None:
        """Where the middle of ``line`` is, from the left margin of the page."""
        origin = self._origin(paragraph)
        width = self._width(paragraph)
        if line.x_from == "inline":
            left, right = paragraph.props.left, width - paragraph.props.right
            if paragraph.props.alignment == "center":
                return origin + (left + right) / 2
            if paragraph.props.alignment == "right":
                return origin + right - line.length / 2
            return origin + left + paragraph.props.first_line + line.length / 2
        if line.x is None:
            if line.x_align == "center" and line.x_from == "column":
                return origin + width / 2
            return None
        middle = line.x + line.length / 2
        if line.x_from == "column":
            return origin + middle
        if line.x_from == "margin":
            return middle
        if line.x_from == "page":
            return middle - self._document.section_of(paragraph).margins["left"]
        return None

    def _text_extent(self, piece: Piece) -> tuple[float, float] | None:
        """Where ``piece`` is printed, from the left margin of the page (its longest
        line); ``None`` where its place cannot be worked out (a tab with no stop)."""
        paragraph = piece.paragraph
        props = paragraph.props
        available = self._width(paragraph) - props.left - props.right
        line_start = paragraph.text.rfind("\n", 0, piece.start) + 1
        before = paragraph.text[line_start : piece.start]
        visible = paragraph.text[piece.start : piece.end]
        lead = len(visible) - len(visible.lstrip())
        size, bold = _size_of(paragraph, piece.start)
        width = longest_line(visible.strip(), available / TWIPS_PER_POINT, size, bold=bold)
        width *= TWIPS_PER_POINT
        lead_width = text_width(before.replace("\t", "") + visible[:lead], size) * TWIPS_PER_POINT
        origin = self._origin(paragraph) + props.left
        if "\t" not in before:
            if props.alignment == "center":
                middle = available / 2 + lead_width / 2
            elif props.alignment == "right":
                middle = available - width / 2
            else:
                middle = props.first_line * (line_start == 0) + lead_width + width / 2
            return origin + middle - width / 2, origin + middle + width / 2
        stop = _tab_stop(paragraph, before, size)
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

    # --- geometry -----------------------------------------------------------------------

    def _width(self, paragraph: ParagraphView) -> int:
        """The width of the paragraph's cell (less its margins) or of the page's text."""
        cell = _ancestor(paragraph.element, "tc")
        if cell is not None:
            width = _cell_width(cell)
            if width is not None:
                return width - 2 * _DEFAULT_CELL_MARGIN
        section = self._document.section_of(paragraph)
        return section.page_width - section.margins["left"] - section.margins["right"]

    def _origin(self, paragraph: ParagraphView) -> int:
        """Where the paragraph's cell's text starts, from the left margin (0 outside a
        table): a table's cells start at its indent, one after the other."""
        cell = _ancestor(paragraph.element, "tc")
        if cell is None:
            return 0
        row = cell.getparent()
        table = None if row is None else row.getparent()
        indent = None if table is None else table.find(f"{w('tblPr')}/{w('tblInd')}")
        origin = measurement(None if indent is None else indent.get(w("w")))
        for before in cell.itersiblings(w("tc"), preceding=True):
            origin += _cell_width(before) or 0
        return origin


def _typed_after(paragraph: ParagraphView, end: int) -> str:
    """A rule typed on a line of its own after ``end`` in the same paragraph."""
    rest = paragraph.text[end:]
    if "\n" not in rest:
        return ""
    line = rest.split("\n")[1].strip()
    return line if TYPED_RULE.match(line.replace(" ", "")) else ""


def _ancestor(element: etree._Element, name: str) -> etree._Element | None:
    found = element.getparent()
    while found is not None and found.tag != w(name):
        found = found.getparent()
    return found


def _grid_position(cell: etree._Element) -> tuple[int, int]:
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
    start, span = _grid_position(cell)
    columns = table.findall(f"{w('tblGrid')}/{w('gridCol')}")[start : start + span]
    total = sum(measurement(column.get(w("w"))) for column in columns)
    return total or None


def _size_of(paragraph: ParagraphView, position: int) -> tuple[float, bool]:
    runs = paragraph.runs_in(position, len(paragraph.text)) or paragraph.text_runs
    props = runs[0].props if runs else None
    size = props.size if props and props.size else _DEFAULT_SIZE
    return size, bool(props and props.bold)


def _line_height(paragraph: ParagraphView) -> float:
    size, _ = _size_of(paragraph, 0)
    return size * 1.15 * TWIPS_PER_POINT


def _tab_stop(paragraph: ParagraphView, before: str, size: float) -> tuple[float, str] | None:
    """The tab stop the text after ``before`` (on its line) is set at, and its kind:
    each tab goes to the first stop past the text before it."""
    stops = _stops(paragraph)
    pieces = before.split("\t")
    position = text_width(pieces[0], size) * TWIPS_PER_POINT
    for index, piece in enumerate(pieces[1:], start=1):
        at, kind = next(
            ((at, kind) for at, kind in stops if at > position),
            ((position // _DEFAULT_TAB + 1) * _DEFAULT_TAB, "left"),
        )
        if index == len(pieces) - 1:
            return at, kind
        width = text_width(piece, size) * TWIPS_PER_POINT
        position = at + {"center": width / 2, "right": 0.0}.get(kind, width)
    return None


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
