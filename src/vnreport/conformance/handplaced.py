"""Where a line stands across its column as printed, for lines placed by hand.

A typist who does not centre a paragraph may still centre its line on paper: spaces or a
tab before "KT. CHỦ TỊCH" in a left-aligned paragraph, a centre tab stop under the name.
What the reader sees is where the middle of the line falls, which is measured here from
the widths of Times New Roman (``vnreport.metrics``), the indents and the tab stops.
"""

from __future__ import annotations

import bisect
import statistics
from collections.abc import Sequence

from vnreport.conformance.anatomy import Span
from vnreport.conformance.inspection import Inspection
from vnreport.metrics import text_width
from vnreport.ooxml.document import ParagraphView, RunView

__all__ = ["by_hand", "centre", "centred_in_column", "centred_together", "centred_under"]

_TWIPS_PER_POINT = 20
_DEFAULT_SIZE = 10.0  # points: Word's size when nothing sets one
# How far the middle of a line placed by hand may stray from where it belongs and still
# be read as centred, in ems of its size (practice, measured on offices' files). The
# lines of a signature stack differ in length, so the eye sees only their axis: an em.
# A header line under another (the Tiêu ngữ under the Quốc hiệu, the date under it) is
# compared end to end with a line of about its length: half an em shows.
_STACK_TOLERANCE_EM = 1.0
_HEADER_TOLERANCE_EM = 0.5
# Tabs before a line that are measured; each costs a pass over the paragraph's runs.
_MAX_TABS = 32


def by_hand(span: Span) -> bool:
    """Whether the line is pushed across its column by hand, in a paragraph that is not
    centred: spaces or tabs before it, or a left indent."""
    paragraph = span.paragraph
    if paragraph.props.alignment == "center":
        return False
    lead = _lead(span)
    return bool(lead) or paragraph.props.left + _first_line(span) > 0


def centre(inspection: Inspection, span: Span) -> float | None:
    """Where the middle of the line falls, in twips from the left edge of its column
    (the cell's text, or the page's between its margins); ``None`` when a tab stop
    of a kind not measured here (right, decimal) places it."""
    paragraph = span.paragraph
    begin, end = _printed(span)
    width = _width(paragraph.runs, begin, end)
    props = paragraph.props
    if props.alignment == "center":
        column = _column(inspection, paragraph)
        return props.left + (column - props.left - props.right) / 2
    position = float(props.left + _first_line(span))
    lead = _lead(span)
    offset = begin - len(lead)
    pieces = lead.split("\t")
    if len(pieces) > _MAX_TABS:
        return None  # no typist centres a line with so many tabs: not measured
    for number, piece in enumerate(pieces):
        # The spaces of the piece, then the tab that ends it (all pieces but the last).
        position += _width(paragraph.runs, offset, offset + len(piece))
        offset += len(piece) + 1
        if number == len(pieces) - 1:
            break
        stop = _next_stop(inspection, paragraph, position)
        if stop is None:
            return None
        kind, place = stop
        if kind == "center" and number == len(pieces) - 2:
            return place  # the text after a centre tab is centred on the stop
        position = place
    return position + width / 2


def centred_together(inspection: Inspection, lines: Sequence[Span], span: Span) -> bool:
    """Whether ``span``, placed by hand, stands centred with the other lines of its
    block: the middle of the line within an em (the line's size) of the block's axis,
    the median of the lines' middles. Spaces cannot centre more finely than that, and
    the eye reads such a stack as centred."""
    if not by_hand(span):
        return False
    middles = [centre(inspection, line) for line in lines]
    known = sorted(middle for middle in middles if middle is not None)
    here = centre(inspection, span)
    if here is None or len(known) < 2:
        return False
    axis = statistics.median(known)
    size = max((run.props.size or _DEFAULT_SIZE for run in span.runs), default=_DEFAULT_SIZE)
    return abs(here - axis) <= size * _TWIPS_PER_POINT * _STACK_TOLERANCE_EM


def centred_in_column(inspection: Inspection, span: Span) -> bool:
    """Whether a line whose paragraph is not centred still prints centred in its column
    (the header table's cell, or the page): pushed there by spaces or tabs, or filling
    the column so nearly that either alignment looks the same. The middle of the line
    within half an em of the column's, as :func:`centred_together` judges a stack."""
    paragraph = span.paragraph
    if paragraph.props.alignment == "center":
        return False
    here = centre(inspection, span)
    if here is None:
        return False
    size = max((run.props.size or _DEFAULT_SIZE for run in span.runs), default=_DEFAULT_SIZE)
    return (
        abs(here - _column(inspection, paragraph) / 2)
        <= size * _TWIPS_PER_POINT * _HEADER_TOLERANCE_EM
    )


def centred_under(inspection: Inspection, span: Span, above: Span | None) -> bool:
    """Whether a line whose paragraph is not centred still prints centred under the line
    ``above`` it in the same column (the Tiêu ngữ under the Quốc hiệu, the date under the
    Tiêu ngữ, the number under the issuer): their middles within half an em. Without a line
    above, centred in its column."""
    if above is None or above.paragraph.location.cell != span.paragraph.location.cell:
        return centred_in_column(inspection, span)
    if span.paragraph.props.alignment == "center":
        return False
    here, there = centre(inspection, span), centre(inspection, above)
    if here is None or there is None:
        return False
    size = max((run.props.size or _DEFAULT_SIZE for run in span.runs), default=_DEFAULT_SIZE)
    return abs(here - there) <= size * _TWIPS_PER_POINT * _HEADER_TOLERANCE_EM


def _printed(span: Span) -> tuple[int, int]:
    """Where the line's printed characters begin and end, spaces around left out."""
    piece = span.paragraph.text[span.start : span.end]
    start = span.start + len(piece) - len(piece.lstrip())
    return start, max(start, span.start + len(piece.rstrip()))


def _lead(span: Span) -> str:
    """The spaces and tabs before the line's characters, back to the line's start."""
    text = span.paragraph.text[: _printed(span)[0]]
    line = text.rsplit("\n", 1)[-1]
    return line if not line.strip() else ""


def _first_line(span: Span) -> int:
    # The first-line indent only moves the paragraph's first line.
    return span.paragraph.props.first_line if "\n" not in span.paragraph.text[: span.start] else 0


def _width(runs: Sequence[RunView], start: int, end: int) -> float:
    """The printed width of the text between ``start`` and ``end``, in twips."""
    total = 0.0
    # Runs follow each other in the text: the first that may overlap is found by bisection.
    first = max(bisect.bisect_right(runs, start, key=lambda run: run.start) - 1, 0)
    for run in runs[first:]:
        if run.start >= end:
            break
        low = max(start, run.start) - run.start
        high = min(end, run.start + len(run.text)) - run.start
        if high <= low:
            continue
        props = run.props
        size = props.size or _DEFAULT_SIZE
        text = run.text[low:high].replace("\t", " ")
        total += text_width(text, size, bold=props.bold, italic=props.italic)
    return total * _TWIPS_PER_POINT


def _column(inspection: Inspection, paragraph: ParagraphView) -> int:
    return inspection.placement.width(paragraph)


def _next_stop(
    inspection: Inspection, paragraph: ParagraphView, position: float
) -> tuple[str, float] | None:
    """The tab stop after ``position``, if it is one a centred line is measured from."""
    place, kind = inspection.placement.next_stop(paragraph, position)
    return (kind, place) if kind in ("left", "start", "center") else None
