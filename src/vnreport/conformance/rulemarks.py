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
from collections.abc import Iterator
from typing import Protocol

import attrs

from vnreport.conformance.placement import Piece as TextPiece
from vnreport.conformance.placement import Placement, ancestor, grid_position, line_height
from vnreport.ooxml.document import ParagraphView, WordDocument
from vnreport.ooxml.drawings import DrawnLine
from vnreport.ooxml.names import w

__all__ = ["TYPED_RULE", "RuleFinder", "RuleMark"]

TYPED_RULE = re.compile(r"^[_\-–—.…]{3,}$")
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


class Piece(TextPiece, Protocol):
    """A text the rule is looked for under (a component's span)."""

    @property
    def whole(self) -> bool: ...


class RuleFinder:
    """Finds the rules under the texts of one document's body."""

    def __init__(self, document: WordDocument) -> None:
        self._document = document
        self._place = Placement(document)
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
        cell = ancestor(own.element, "tc")
        row = None if cell is None else cell.getparent()
        if cell is None or row is None:
            return []
        start, span = grid_position(cell)
        following = row.getnext()
        while following is not None and following.tag != w("tr"):
            following = following.getnext()
        if following is None:
            return []
        middle = start + span / 2
        for candidate in following.iterfind(w("tc")):
            first, width = grid_position(candidate)
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
            top = paragraph.props.space_before + line_height(paragraph) / 2
            lines = tuple(
                line
                for line in lines
                if line.y_from in ("paragraph", "line") and line.y is not None and line.y < top
            )
        if piece is None or not lines:
            return lines[0] if lines else None
        extent = self._place.extent(piece)
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
        origin = self._place.origin(paragraph)
        width = self._place.width(paragraph)
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


def _typed_after(paragraph: ParagraphView, end: int) -> str:
    """A rule typed on a line of its own after ``end`` in the same paragraph."""
    rest = paragraph.text[end:]
    if "\n" not in rest:
        return ""
    line = rest.split("\n")[1].strip()
    return line if TYPED_RULE.match(line.replace(" ", "")) else ""
