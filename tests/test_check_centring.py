"""Header lines centred by hand, and margins as offices set them (issue 10).

Typists often leave a header line's paragraph flush left and push the line across its
column with spaces, or set a line that fills its column without centring it. What is
judged is where the line prints: centred under the line above it (the Tiêu ngữ under the
Quốc hiệu, the date under the Tiêu ngữ, the number under the issuer) within half an em.
Margins set in inches (25.4 mm) are taken as in range, and a landscape page's sides are
held to the range of any side. Each document is built here with python-docx.
"""

from __future__ import annotations

import io
from collections.abc import Sequence

import docx
import pytest
from docx.enum.section import WD_ORIENT
from docx.shared import Mm, Pt, Twips

from vnreport import check
from vnreport.conformance import Finding
from vnreport.conformance.checker import inspect
from vnreport.metrics import text_width

NATIONAL = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
MOTTO = "Độc lập - Tự do - Hạnh phúc"
DATE = "Lào Cai, ngày 05 tháng 3 năm 2026"
COLUMN = 5800  # twips, the right column's text width (cell less its margins)
CELL_MARGIN = 108

# A line of the right column: its text, size, bold, italic, and how it is placed:
# "center" (centred), a number of spaces before it in a flush-left paragraph.
Line = tuple[str, float, bool, bool, "str | int"]


def spaces_to_centre(text: str, size: float, bold: bool, *, off: float = 0.0) -> int:
    """How many spaces put ``text``'s middle ``off`` points right of the column's."""
    width = text_width(text, size, bold=bold)
    space = text_width(" ", size, bold=bold)
    return round(((COLUMN / 20 - width) / 2 + off) / space)


def _document(
    right: Sequence[Line],
    *,
    margins: dict[str, float] | None = None,
    landscape_section: dict[str, float] | None = None,
) -> bytes:
    document = docx.Document()
    document.styles["Normal"].font.name = "Times New Roman"
    section = document.sections[0]
    section.page_width, section.page_height = Mm(210), Mm(297)
    for side, value in (margins or {"top": 20, "bottom": 20, "left": 30, "right": 15}).items():
        setattr(section, f"{side}_margin", Mm(value))
    table = document.add_table(rows=1, cols=2)
    left, right_cell = table.rows[0].cells
    left.width, right_cell.width = Twips(3800), Twips(COLUMN + 2 * CELL_MARGIN)
    for number, (text, bold) in enumerate((("SỞ CÔNG THƯƠNG", True), ("Số: 12/TB-SCT", False))):
        paragraph = left.paragraphs[0] if number == 0 else left.add_paragraph()
        paragraph.alignment = 1
        run = paragraph.add_run(text)
        run.font.size, run.bold = Pt(13), bold
    for number, (text, size, bold, italic, placed) in enumerate(right):
        paragraph = right_cell.paragraphs[0] if number == 0 else right_cell.add_paragraph()
        if placed == "center":
            paragraph.alignment = 1
        else:
            paragraph.alignment = 0
            text = " " * int(placed) + text
        run = paragraph.add_run(text)
        run.font.size, run.bold, run.italic = Pt(size), bold, italic
    for text in ("THÔNG BÁO", "Kết quả kiểm tra an toàn thực phẩm"):
        paragraph = document.add_paragraph()
        paragraph.alignment = 1
        run = paragraph.add_run(text)
        run.font.size, run.bold = Pt(14), True
    body = document.add_paragraph()
    body.paragraph_format.first_line_indent = Mm(10)
    body.paragraph_format.space_before = Pt(6)
    body.alignment = 3
    run = body.add_run("Sở Công Thương thông báo để các đơn vị biết, thực hiện./.")
    run.font.size = Pt(14)
    if landscape_section is not None:
        turned = document.add_section()
        turned.orientation = WD_ORIENT.LANDSCAPE
        turned.page_width, turned.page_height = Mm(297), Mm(210)
        for side, value in landscape_section.items():
            setattr(turned, f"{side}_margin", Mm(value))
        document.add_paragraph("Bảng số liệu")
    stream = io.BytesIO()
    document.save(stream)
    return stream.getvalue()


def _of(data: bytes, rule: str) -> list[Finding]:
    # Judged only as a Decree 30 document: else no rule runs and "none" says nothing.
    assert inspect(data).anatomy.foreign is None
    return [finding for finding in check(data) if finding.rule == rule]


def _alignment(findings: list[Finding]) -> list[str]:
    return [f.found for f in findings if f.found in ("flush left", "justified", "right")]


def _header(motto: str | int = "center", date: str | int = "center") -> list[Line]:
    return [
        (NATIONAL, 12, True, False, "center"),
        (MOTTO, 13, True, False, motto),
        (DATE, 13, False, True, date),
    ]


def test_a_tieu_ngu_pushed_under_the_quoc_hieu_with_spaces_is_centred() -> None:
    data = _document(_header(motto=spaces_to_centre(MOTTO, 13, True)))
    assert _alignment(_of(data, "motto.format")) == []


def test_a_tieu_ngu_a_word_off_the_quoc_hieu_is_reported() -> None:
    data = _document(_header(motto=spaces_to_centre(MOTTO, 13, True, off=14)))
    (finding,) = _of(data, "motto.format")
    assert finding.found == "flush left"
    assert finding.expected == "centred"


@pytest.mark.parametrize("off", [-2.0, 2.0])
def test_a_date_within_half_an_em_of_the_tieu_ngu_is_centred(off: float) -> None:
    data = _document(_header(date=spaces_to_centre(DATE, 13, False, off=off)))
    assert _alignment(_of(data, "date.format")) == []


def test_a_date_pushed_past_the_tieu_ngu_is_reported() -> None:
    data = _document(_header(date=spaces_to_centre(DATE, 13, False, off=-12)))
    assert _alignment(_of(data, "date.format")) == ["flush left"]


def test_a_quoc_hieu_that_fills_its_column_looks_centred_either_way() -> None:
    filling = [(NATIONAL, 13.5, True, False, 0), *_header()[1:]]
    assert text_width(NATIONAL, 13.5, bold=True) * 20 > 0.95 * COLUMN
    assert _alignment(_of(_document(filling), "national-name.format")) == []


def test_a_short_quoc_hieu_left_flush_is_reported() -> None:
    short = [(NATIONAL, 10, True, False, 0), *_header()[1:]]
    findings = _of(_document(short), "national-name.format")
    assert "flush left" in [f.found for f in findings]


# --- margins --------------------------------------------------------------------------------


def test_an_inch_is_within_the_top_and_bottom_ranges() -> None:
    inch = {"top": 25.4, "bottom": 25.4, "left": 30, "right": 20.3}
    assert _of(_document(_header(), margins=inch), "page.margins") == []


def test_a_margin_clearly_outside_its_range_is_reported() -> None:
    wide = {"top": 26.5, "bottom": 20, "left": 30, "right": 15}
    (finding,) = _of(_document(_header(), margins=wide), "page.margins")
    assert finding.found == "section 1: top margin 26.5 mm"
    assert finding.expected == "top margin 20–25 mm"


def test_a_landscape_page_holds_any_side_to_the_range_of_any_side() -> None:
    turned = {"top": 30, "bottom": 20, "left": 20, "right": 15}
    assert _of(_document(_header(), landscape_section=turned), "page.margins") == []
    narrow = {**turned, "bottom": 12.5}
    (finding,) = _of(_document(_header(), landscape_section=narrow), "page.margins")
    assert finding.found == "section 2: bottom margin 12.5 mm"
    assert finding.expected == "any margin of a landscape page 15–35 mm"
