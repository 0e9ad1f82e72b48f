"""What a paragraph of the body is to the body's form rules (Phụ lục I, II.6.e).

The decree's form of the text (justified, first line indented 1–1.27 cm, 6 pt apart) is
the form of its paragraphs of prose. A body also holds lines that are not prose: a centred
formula or note ("(Chi tiết có Phụ lục 01 kèm theo)"), a caption above a table, a
sub-title in bold, a display line in capitals ("QUYẾT ĐỊNH:" of a document whose type was
not recognised), a blank of dots to fill in. Those are told apart here, from what the
page shows: a line that fits on one line looks the same justified or aligned left.
"""

from __future__ import annotations

import re

from vnreport.conformance.anatomy import ARTICLE_LABEL, display_line
from vnreport.conformance.inspection import Inspection
from vnreport.metrics import TWIPS_PER_POINT, text_width
from vnreport.ooxml.document import ParagraphView

__all__ = ["caption", "display", "one_line", "placeholder"]

# Word's size when no level sets one.
_DEFAULT_SIZE = 10
# A tab advances to the next stop: Word's default stops are 1.27 cm apart.
_TAB = 720
# What Word's list numbering puts before the text ("1.", "-", and the tab after it).
_NUMBER_ROOM = 360
# Metrics and Word's wrapping differ by a few points over a line: a line this close to
# the margin may wrap and is not taken for one line.
_MARGIN = 0.97
_LETTER_OR_DIGIT = re.compile(r"[^\W_]")
_SENTENCE_END = re.compile(r"[.;!?…,]$")


def one_line(inspection: Inspection, paragraph: ParagraphView) -> bool:
    """Whether the paragraph's text fits on its first line, measured in Times New Roman."""
    if "\n" in paragraph.text.strip():
        return False  # a manual line break: two lines at least
    props = paragraph.props
    room = inspection.available_width(paragraph)
    if props.first_line >= 0:
        # A list's number stands before the text, unless it hangs in the indent.
        room -= props.first_line + (_NUMBER_ROOM if props.numbered else 0)
    width = 0.0
    for run in paragraph.runs:
        size = run.props.size or _DEFAULT_SIZE
        bold, italic = run.props.bold, run.props.italic
        width += run.text.count("\t") * _TAB
        width += text_width(run.text.replace("\t", ""), size, bold=bold, italic=italic) * (
            TWIPS_PER_POINT
        )
    return width <= room * _MARGIN


def placeholder(paragraph: ParagraphView) -> bool:
    """A line with no letter or digit: dots to fill in, a rule typed as underscores, or
    the end mark "./." left alone on its line (a sample's)."""
    return _LETTER_OR_DIGIT.search(paragraph.plain) is None


def caption(inspection: Inspection, paragraph: ParagraphView) -> bool:
    """A sub-title or caption: one line in bold, a phrase without a closing mark ("Thông
    tin về bao bì, thùng chứa", "- Lái xe" above a table). An article ("Điều 1. …") is
    text of the decision, whatever its weight."""
    runs = paragraph.text_runs
    return (
        bool(runs)
        and all(run.props.bold for run in runs)
        and not ARTICLE_LABEL.match(paragraph.plain)
        and not _SENTENCE_END.search(paragraph.plain)
        and one_line(inspection, paragraph)
    )


def display(inspection: Inspection, paragraph: ParagraphView) -> bool:
    """A line set apart from the text: centred capitals in bold, a centred line (a
    formula, a note, a caption), or a placeholder."""
    if placeholder(paragraph) or display_line(paragraph):
        return True
    return paragraph.props.alignment == "center" and one_line(inspection, paragraph)
