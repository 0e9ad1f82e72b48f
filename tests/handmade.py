"""Documents typed by hand, the way clerks type them in Word — built with python-docx,
never from vnreport's templates — for the conformance checker's tests.

Every builder returns the bytes of a .docx. They start from python-docx's default
template, whose styles are a realistic trap: the document defaults take their fonts from
the theme (Calibri, ``w:asciiTheme="minorHAnsi"`` …, and ``w:cstheme`` spelled with a
lower-case "t" as Word writes it), 11 pt, Letter paper with 1.25-inch side margins.

A clerk sets fonts through Word's Font dialog, which names the Latin font only
(``run.font.name`` writes ``w:ascii`` and ``w:hAnsi``); the careful clerk of
:func:`careful_report` also rewrites the ``w:rFonts`` of the Normal style and of the
document defaults so that all four slots name Times New Roman and no theme is left.

The rules under the Tiêu ngữ, the issuer and the subject are drawn as a bottom border on
an empty paragraph, narrowed by indents to the right length, as careful clerks draw them
(a rushed one types underscores). Lengths are computed from Times New Roman's advance
widths (``vnreport.metrics``), aiming at the middle of the decree's ranges.
"""

from __future__ import annotations

import copy
import io
import unicodedata
import zipfile
from collections.abc import Callable, Iterable, Sequence
from typing import Any

import docx
from docx.document import Document as DocxDocument
from docx.enum.text import WD_BREAK
from docx.oxml import OxmlElement, parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Inches, Mm, Pt
from docx.table import Table, _Cell
from docx.text.paragraph import Paragraph
from lxml import etree

from vnreport.metrics import longest_line, text_width

__all__ = [
    "BODY_LINES",
    "FILLER",
    "Clerk",
    "appendix_after_plain_footer",
    "careful_report",
    "cong_van",
    "decision",
    "empty_document",
    "header_in_text_boxes",
    "long_report",
    "mixed_numbering_report",
    "nested_header_table",
    "not_a_zip",
    "numbered_headings_report",
    "only_a_table",
    "parts_of",
    "plan_with_legal_bases",
    "report_with_appendix",
    "report_with_line_shapes",
    "rushed_draft",
    "submission_opening_with_a_basis",
    "tab_footer_draft",
    "whitespace_paragraph",
    "without_content_types",
    "without_styles",
    "xml_of",
]

TNR = "Times New Roman"
MOTTO = "Độc lập - Tự do - Hạnh phúc"
NATIONAL = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
# A sentence of a district's report, repeated to fill long bodies.
FILLER = (
    "Ủy ban nhân dân huyện đã chỉ đạo các cơ quan, đơn vị và Ủy ban nhân dân các xã, thị trấn "
    "triển khai thực hiện đồng bộ các nhiệm vụ, giải pháp; kết quả đạt được trên các lĩnh vực "
    "cơ bản đáp ứng yêu cầu đề ra, tình hình an ninh chính trị, trật tự an toàn xã hội ổn định"
)

# Page geometry of the careful documents, in twips.
TEXT_WIDTH = 11906 - 1701 - 850  # A4 less 30 mm and 15 mm margins (python-docx rounds)
# About 72 mm | 95 mm, the table moved 0.25 cm into the left margin as the decree's own
# files do [mẫu], so that "PHÒNG TÀI CHÍNH - KẾ HOẠCH" and the Quốc hiệu fit on one line.
HEADER_INDENT = -142
HEADER_COLUMNS = (4082, TEXT_WIDTH - HEADER_INDENT - 4082)
FOOTER_COLUMNS = (3402, TEXT_WIDTH - 3402)  # about 60 mm | 105 mm
CELL_MARGIN = 108  # Word's default left and right cell margin
INDENT_1_27 = 720

Align = str  # "left", "center", "right", "both"
_JC = {"left": "left", "center": "center", "right": "right", "both": "both"}

_WP = "http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing"
_A = "http://schemas.openxmlformats.org/drawingml/2006/main"
_WPS = "http://schemas.microsoft.com/office/word/2010/wordprocessingShape"
_MC = "http://schemas.openxmlformats.org/markup-compatibility/2006"
_V = "urn:schemas-microsoft-com:vml"


# --- the clerk's hands -----------------------------------------------------------------


class Clerk:
    """A python-docx document and the gestures a clerk makes in Word.

    ``nfd``: every string is typed in decomposed Unicode (as some input methods and Macs
    produce it). ``font``: the Latin font the clerk picks in the Font dialog for each
    run, or ``None`` to keep the template's (the theme's Calibri).
    """

    def __init__(self, *, nfd: bool = False, font: str | None = TNR) -> None:
        self.document: DocxDocument = docx.Document()
        self.nfd = nfd
        self.font = font
        self._shape_id = 1

    # text

    def t(self, text: str) -> str:
        return unicodedata.normalize("NFD", text) if self.nfd else text

    def line(
        self,
        container: Any,
        text: str | Sequence[tuple[str, dict[str, Any]]] = "",
        *,
        size: float | None = None,
        bold: bool = False,
        italic: bool = False,
        align: Align | None = None,
        left: int | None = None,
        right: int | None = None,
        first: int | None = None,
        before: float | None = None,
        after: float | None = None,
        keep_next: bool = False,
        font: str | None = "",
    ) -> Paragraph:
        """Type a paragraph at the end of ``container`` (the document or a table cell).

        ``text`` is one string, or runs as ``(text, {"bold": …, "italic": …})`` pairs
        that override the paragraph's ``bold``/``italic``/``size``. Lengths are in twips.
        ``font``: the Latin font picked for the runs; "" for the clerk's usual one, ``None``
        for none (the template's, from the theme).
        """
        paragraph = _next_paragraph(container)
        runs = [(text, {})] if isinstance(text, str) else list(text)
        for run_text, own in runs:
            if not run_text:
                continue
            run = paragraph.add_run(self.t(run_text))
            chosen = self.font if font == "" else font
            if chosen is not None:
                run.font.name = chosen  # the Font dialog: w:ascii and w:hAnsi only
            if size is not None:
                run.font.size = Pt(size)
            if own.get("bold", bold):
                run.font.bold = True
            if own.get("italic", italic):
                run.font.italic = True
            if own.get("size") is not None:
                run.font.size = Pt(own["size"])
        fmt = paragraph.paragraph_format
        if align is not None:
            set_alignment(paragraph, align)
        if left is not None:
            fmt.left_indent = _twips(left)
        if right is not None:
            fmt.right_indent = _twips(right)
        if first is not None:
            fmt.first_line_indent = _twips(first)
        if before is not None:
            fmt.space_before = Pt(before)
        if after is not None:
            fmt.space_after = Pt(after)
        if keep_next:
            fmt.keep_with_next = True
        return paragraph

    def rule(
        self, container: Any, length: float, available: float, *, before: float = 0
    ) -> Paragraph:
        """An empty paragraph with a bottom border ``length`` twips long, centred in
        ``available`` twips by equal left and right indents."""
        paragraph = _next_paragraph(container)
        side = round((available - length) / 2)
        paragraph.paragraph_format.left_indent = _twips(side)
        paragraph.paragraph_format.right_indent = _twips(side)
        paragraph.paragraph_format.space_before = Pt(before)
        set_alignment(paragraph, "center")
        bottom_border(paragraph)
        shrink_empty(paragraph)
        return paragraph

    def body(
        self,
        text: str | Sequence[tuple[str, dict[str, Any]]],
        *,
        size: float = 14,
        bold: bool = False,
        keep_next: bool = False,
    ) -> Paragraph:
        """A body paragraph: justified, first line 1.27 cm, 6 pt before, single spacing."""
        paragraph = self.line(
            self.document,
            text,
            size=size,
            bold=bold,
            align="both",
            first=INDENT_1_27,
            before=6,
            after=0,
            keep_next=keep_next,
        )
        paragraph.paragraph_format.line_spacing = 1.0
        return paragraph

    def line_shape(self, paragraph: Paragraph, length: float, *, offset: float = 0) -> None:
        """Insert > Shapes > Line: a line ``length`` twips long anchored in ``paragraph``,
        as Word writes it (DrawingML with its VML fallback)."""
        emu = round(length * 635)
        left = round(offset * 635)
        shape_id = self._shape_id
        self._shape_id += 1
        points = round(length / 20, 2)
        xml = (
            f'<w:r {nsdecls("w")} xmlns:mc="{_MC}" xmlns:wp="{_WP}" xmlns:a="{_A}" '
            f'xmlns:wps="{_WPS}" xmlns:v="{_V}">'
            '<mc:AlternateContent><mc:Choice Requires="wps"><w:drawing>'
            '<wp:anchor distT="0" distB="0" distL="114300" distR="114300" simplePos="0" '
            f'relativeHeight="{251659264 + shape_id}" behindDoc="0" locked="0" '
            'layoutInCell="1" allowOverlap="1">'
            '<wp:simplePos x="0" y="0"/>'
            f'<wp:positionH relativeFrom="column"><wp:posOffset>{left}</wp:posOffset>'
            "</wp:positionH>"
            '<wp:positionV relativeFrom="paragraph"><wp:posOffset>215900</wp:posOffset>'
            "</wp:positionV>"
            f'<wp:extent cx="{emu}" cy="0"/><wp:effectExtent l="0" t="0" r="19050" b="19050"/>'
            f'<wp:wrapNone/><wp:docPr id="{shape_id}" name="Straight Connector {shape_id}"/>'
            "<wp:cNvGraphicFramePr/>"
            '<a:graphic><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/'
            'wordprocessingShape"><wps:wsp><wps:cNvCnPr/><wps:spPr>'
            f'<a:xfrm><a:off x="0" y="0"/><a:ext cx="{emu}" cy="0"/></a:xfrm>'
            '<a:prstGeom prst="line"><a:avLst/></a:prstGeom>'
            '<a:ln w="6350"><a:solidFill><a:srgbClr val="000000"/></a:solidFill></a:ln>'
            "</wps:spPr><wps:bodyPr/></wps:wsp></a:graphicData></a:graphic>"
            "</wp:anchor></w:drawing></mc:Choice><mc:Fallback><w:pict>"
            f'<v:line id="Line {shape_id}" style="position:absolute;z-index:{shape_id}" '
            f'from="0,17pt" to="{points}pt,17pt" strokeweight=".5pt"/>'
            "</w:pict></mc:Fallback></mc:AlternateContent></w:r>"
        )
        paragraph._p.append(parse_xml(xml))

    def text_box(self, paragraph: Paragraph, lines: Sequence[tuple[str, dict[str, Any]]]) -> None:
        """A text box anchored in ``paragraph`` holding centred ``lines``."""
        shape_id = self._shape_id
        self._shape_id += 1
        inner = "".join(
            f'<w:p><w:pPr><w:jc w:val="center"/></w:pPr><w:r><w:rPr>'
            f'<w:rFonts w:ascii="{TNR}" w:hAnsi="{TNR}"/>'
            f"{'<w:b/>' if own.get('bold') else ''}"
            f'<w:sz w:val="{round(own.get("size", 13) * 2)}"/></w:rPr>'
            f'<w:t xml:space="preserve">{self.t(text)}</w:t></w:r></w:p>'
            for text, own in lines
        )
        xml = (
            f'<w:r {nsdecls("w")} xmlns:mc="{_MC}" xmlns:wp="{_WP}" xmlns:a="{_A}" '
            f'xmlns:wps="{_WPS}" xmlns:v="{_V}">'
            '<mc:AlternateContent><mc:Choice Requires="wps"><w:drawing>'
            '<wp:anchor distT="0" distB="0" distL="114300" distR="114300" simplePos="0" '
            f'relativeHeight="{251659264 + shape_id}" behindDoc="0" locked="0" '
            'layoutInCell="1" allowOverlap="1"><wp:simplePos x="0" y="0"/>'
            '<wp:positionH relativeFrom="column"><wp:posOffset>0</wp:posOffset></wp:positionH>'
            '<wp:positionV relativeFrom="paragraph"><wp:posOffset>0</wp:posOffset>'
            '</wp:positionV><wp:extent cx="2286000" cy="685800"/>'
            '<wp:effectExtent l="0" t="0" r="0" b="0"/><wp:wrapNone/>'
            f'<wp:docPr id="{shape_id}" name="Text Box {shape_id}"/><wp:cNvGraphicFramePr/>'
            '<a:graphic><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/'
            'wordprocessingShape"><wps:wsp><wps:cNvSpPr txBox="1"/><wps:spPr>'
            '<a:xfrm><a:off x="0" y="0"/><a:ext cx="2286000" cy="685800"/></a:xfrm>'
            '<a:prstGeom prst="rect"><a:avLst/></a:prstGeom><a:noFill/><a:ln><a:noFill/>'
            f"</a:ln></wps:spPr><wps:txbx><w:txbxContent>{inner}</w:txbxContent></wps:txbx>"
            "<wps:bodyPr/></wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing>"
            "</mc:Choice><mc:Fallback><w:pict>"
            f'<v:shape id="Text Box {shape_id}" style="position:absolute;width:180pt;'
            f'height:54pt;z-index:{shape_id}" stroked="f"><v:textbox><w:txbxContent>{inner}'
            "</w:txbxContent></v:textbox></v:shape></w:pict></mc:Fallback>"
            "</mc:AlternateContent></w:r>"
        )
        paragraph._p.append(parse_xml(xml))

    # page

    def page(self, *, a4: bool = True, margins: tuple[float, float, float, float] | None = None):
        """Paper and margins (top, bottom, left, right in millimetres)."""
        section = self.document.sections[0]
        if a4:
            section.page_width, section.page_height = Mm(210), Mm(297)
        else:
            section.page_width, section.page_height = Inches(8.5), Inches(11)
        if margins is not None:
            top, bottom, left, right = margins
            section.top_margin, section.bottom_margin = Mm(top), Mm(bottom)
            section.left_margin, section.right_margin = Mm(left), Mm(right)
        return section

    def careful_fonts(self, size: float = 14) -> None:
        """Times New Roman on all four slots of the Normal style and the document
        defaults, every theme attribute removed (the careful clerk's Normal.dotm)."""
        styles = self.document.styles.element
        defaults = styles.find(f"{qn('w:docDefaults')}/{qn('w:rPrDefault')}/{qn('w:rPr')}")
        normal = self.document.styles["Normal"].element.get_or_add_rPr()
        for rpr in (defaults, normal):
            fonts = rpr.find(qn("w:rFonts"))
            if fonts is None:
                fonts = OxmlElement("w:rFonts")
                rpr.insert(0, fonts)
            for name in list(fonts.attrib):
                del fonts.attrib[name]
            for slot in ("ascii", "hAnsi", "eastAsia", "cs"):
                fonts.set(qn(f"w:{slot}"), TNR)
        self.document.styles["Normal"].font.size = Pt(size)
        normal_format = self.document.styles["Normal"].paragraph_format
        normal_format.space_before = Pt(0)
        normal_format.space_after = Pt(0)
        normal_format.line_spacing = 1.0

    def page_numbers(self, *, size: float = 14) -> Paragraph:
        """A PAGE field centred in the header of pages 2 on, none on page 1."""
        section = self.document.sections[0]
        section.different_first_page_header_footer = True
        paragraph = section.header.paragraphs[0]
        set_alignment(paragraph, "center")
        add_field(paragraph, "PAGE", "2", size=size)
        # Word writes the (empty) first-page header as its own part.
        section.first_page_header.paragraphs[0].text = ""
        return paragraph

    def save(self) -> bytes:
        buffer = io.BytesIO()
        self.document.save(buffer)
        return buffer.getvalue()


def _next_paragraph(container: Any) -> Paragraph:
    """The next paragraph of a document or cell: a new cell's empty first paragraph is
    used first (python-docx, like Word, gives every cell one)."""
    if isinstance(container, _Cell):
        paragraphs = container.paragraphs
        if len(paragraphs) == 1 and not paragraphs[0].runs and paragraphs[0]._p.pPr is None:
            return paragraphs[0]
    return container.add_paragraph()


def _twips(value: float) -> Any:
    return Pt(value / 20)


def set_alignment(paragraph: Paragraph, align: Align) -> None:
    ppr = paragraph._p.get_or_add_pPr()
    jc = ppr.find(qn("w:jc"))
    if jc is None:
        jc = OxmlElement("w:jc")
        ppr.insert_element_before(
            jc, "w:textDirection", "w:textAlignment", "w:textboxTightWrap", "w:outlineLvl",
            "w:divId", "w:cnfStyle", "w:rPr", "w:sectPr", "w:pPrChange",
        )  # fmt: skip
    jc.set(qn("w:val"), _JC[align])


def bottom_border(paragraph: Paragraph) -> None:
    ppr = paragraph._p.get_or_add_pPr()
    borders = OxmlElement("w:pBdr")
    bottom = OxmlElement("w:bottom")
    for key, value in (("val", "single"), ("sz", "6"), ("space", "1"), ("color", "auto")):
        bottom.set(qn(f"w:{key}"), value)
    borders.append(bottom)
    ppr.insert_element_before(
        borders, "w:shd", "w:tabs", "w:suppressAutoHyphens", "w:kinsoku", "w:wordWrap",
        "w:overflowPunct", "w:topLinePunct", "w:autoSpaceDE", "w:autoSpaceDN", "w:bidi",
        "w:adjustRightInd", "w:snapToGrid", "w:spacing", "w:ind", "w:contextualSpacing",
        "w:mirrorIndents", "w:suppressOverlap", "w:jc", "w:textDirection", "w:textAlignment",
        "w:textboxTightWrap", "w:outlineLvl", "w:divId", "w:cnfStyle", "w:rPr", "w:sectPr",
        "w:pPrChange",
    )  # fmt: skip


def shrink_empty(paragraph: Paragraph, points: float = 2) -> None:
    """The paragraph mark of an empty rule paragraph set small, as clerks do."""
    ppr = paragraph._p.get_or_add_pPr()
    rpr = ppr.find(qn("w:rPr"))
    if rpr is None:
        rpr = OxmlElement("w:rPr")
        ppr.insert_element_before(rpr, "w:sectPr", "w:pPrChange")
    size = OxmlElement("w:sz")
    size.set(qn("w:val"), str(round(points * 2)))
    rpr.append(size)


def add_field(paragraph: Paragraph, instruction: str, shown: str, *, size: float) -> None:
    """A complex field (begin / instruction / separate / result / end), as Word writes it."""

    def run() -> Any:
        element = paragraph.add_run()
        element.font.size = Pt(size)
        return element._r

    begin = OxmlElement("w:fldChar")
    begin.set(qn("w:fldCharType"), "begin")
    run().append(begin)
    code = OxmlElement("w:instrText")
    code.set(qn("xml:space"), "preserve")
    code.text = f" {instruction} \\* MERGEFORMAT "
    run().append(code)
    separate = OxmlElement("w:fldChar")
    separate.set(qn("w:fldCharType"), "separate")
    run().append(separate)
    result = paragraph.add_run(shown)
    result.font.size = Pt(size)
    end = OxmlElement("w:fldChar")
    end.set(qn("w:fldCharType"), "end")
    run().append(end)


def borderless_table(
    clerk: Clerk, rows: int, widths: Sequence[int], *, container: Any = None, indent: int = 0
) -> Table:
    """A table of ``rows`` × len(widths) with no borders (python-docx's default table
    style, "Normal Table", draws none), fixed column widths and indent in twips."""
    container = clerk.document if container is None else container
    table = container.add_table(rows, len(widths))
    table.autofit = False
    if indent:
        properties = table._tbl.tblPr
        element = OxmlElement("w:tblInd")
        element.set(qn("w:w"), str(indent))
        element.set(qn("w:type"), "dxa")
        properties.insert_element_before(
            element, "w:tblBorders", "w:shd", "w:tblLayout", "w:tblCellMar", "w:tblLook",
            "w:tblCaption", "w:tblDescription", "w:tblPrChange",
        )  # fmt: skip
    for column, width in zip(table.columns, widths, strict=True):
        column.width = _twips(width)
        for cell in column.cells:
            cell.width = _twips(width)
    return table


def cant_split(table: Table) -> None:
    """Row properties: "Allow row to break across pages" unticked, on every row."""
    for row in table.rows:
        properties = row._tr.get_or_add_trPr()
        properties.append(OxmlElement("w:cantSplit"))


def page_break(clerk: Clerk) -> None:
    clerk.document.add_paragraph().add_run().add_break(WD_BREAK.PAGE)


def _cell_text_width(width: int) -> int:
    return width - 2 * CELL_MARGIN


def motto_rule_length(size: float = 13) -> float:
    """As long as the Tiêu ngữ [PL-I II.1]."""
    return text_width(MOTTO, size, bold=True) * 20


def third_rule_length(lines: Iterable[str], available: float, size: float) -> float:
    """0.42 × the longest line of bold text wrapped in ``available`` twips: inside the
    decree's "1/3 to 1/2" [PL-I II.2, II.5.a]."""
    longest = max(longest_line(line, available / 20, size, bold=True) * 20 for line in lines)
    return 0.42 * longest


# --- the careful clerk -----------------------------------------------------------------

BODY_LINES: tuple[tuple[str, str], ...] = (
    (
        "text",
        "Thực hiện Kế hoạch số 70/KH-UBND ngày 26/3/2021 của Ủy ban nhân dân huyện Tuần Giáo "
        "về thực hiện nhiệm vụ tài chính - ngân sách năm 2021, Phòng Tài chính - Kế hoạch báo "
        "cáo kết quả thực hiện quý I năm 2021 như sau:",
    ),
    ("mục", "I. KẾT QUẢ THỰC HIỆN"),
    ("khoản", "1. Công tác lập và giao dự toán"),
    (
        "text",
        "- Tham mưu Ủy ban nhân dân huyện giao dự toán ngân sách năm 2021 cho 45 cơ quan, đơn "
        "vị và 19 xã, thị trấn đúng thời gian quy định;",
    ),
    (
        "text",
        "- Hướng dẫn các đơn vị dự toán triển khai thực hiện dự toán theo Luật Ngân sách nhà "
        "nước và các văn bản hướng dẫn thi hành.",
    ),
    ("khoản", "2. Công tác thu, chi ngân sách"),
    (
        "text",
        "Tổng thu ngân sách nhà nước trên địa bàn quý I đạt 12.450 triệu đồng, bằng 28% dự "
        "toán tỉnh giao; chi ngân sách địa phương đạt 96.312 triệu đồng, bằng 24% dự toán.",
    ),
    ("mục", "II. KHÓ KHĂN, VƯỚNG MẮC"),
    (
        "text",
        "Một số khoản thu đạt thấp so với dự toán do ảnh hưởng của dịch bệnh; việc giải ngân "
        "vốn đầu tư công tại một số dự án còn chậm.",
    ),
    ("mục", "III. ĐỀ XUẤT, KIẾN NGHỊ"),
    (
        "text",
        "1. Đề nghị Sở Tài chính tỉnh Điện Biên sớm bổ sung kinh phí thực hiện các chính sách "
        "an sinh xã hội năm 2021 cho huyện.",
    ),
    (
        "text",
        "2. Đề nghị Ủy ban nhân dân huyện chỉ đạo các chủ đầu tư đẩy nhanh tiến độ giải ngân "
        "vốn đầu tư công.",
    ),
    (
        "text",
        "Trên đây là báo cáo kết quả thực hiện nhiệm vụ tài chính - ngân sách quý I năm 2021 "
        "của Phòng Tài chính - Kế hoạch huyện Tuần Giáo./.",
    ),
)

CAREFUL = {
    "parent": "UBND HUYỆN TUẦN GIÁO",
    "issuer": "PHÒNG TÀI CHÍNH - KẾ HOẠCH",
    "number": "Số: 05/BC-TCKH",
    "date": "Tuần Giáo, ngày 05 tháng 4 năm 2021",
    "type": "BÁO CÁO",
    "subject": "Kết quả thực hiện nhiệm vụ tài chính - ngân sách quý I năm 2021",
    "recipients": (
        "- UBND huyện (b/c);",
        "- Sở Tài chính tỉnh Điện Biên;",
        "- Lưu: VT, TCKH.",
    ),
    "signature": ("KT. TRƯỞNG PHÒNG", "PHÓ TRƯỞNG PHÒNG"),
    "signer": "Lò Văn Bình",
}


def _header_table(
    clerk: Clerk,
    *,
    parent: str | None,
    issuer: Sequence[str],
    number: str,
    date: str,
    vv: Sequence[str] = (),
    national: str = NATIONAL,
    motto: str = MOTTO,
    shapes: bool = False,
) -> Table:
    """The borderless two-column header: issuer | Quốc hiệu and Tiêu ngữ; number (and
    V/v) | place and date. ``shapes``: the rules drawn as line shapes anchored in the
    text's own paragraph instead of borders."""
    left_width, right_width = HEADER_COLUMNS
    left_text, right_text = _cell_text_width(left_width), _cell_text_width(right_width)
    table = borderless_table(clerk, 2, HEADER_COLUMNS, indent=HEADER_INDENT)
    left, right = table.cell(0, 0), table.cell(0, 1)
    if parent:
        clerk.line(left, parent, size=12, align="center")
    last = None
    for line in issuer:
        last = clerk.line(left, line, size=12, bold=True, align="center")
    issuer_rule = third_rule_length(issuer, left_text, 12)
    if shapes:
        assert last is not None
        clerk.line_shape(last, issuer_rule, offset=(left_text - issuer_rule) / 2)
    else:
        clerk.rule(left, issuer_rule, left_text)
    clerk.line(right, national, size=12, bold=True, align="center")
    motto_line = clerk.line(right, motto, size=13, bold=True, align="center")
    if shapes:
        clerk.line_shape(
            motto_line, motto_rule_length(), offset=(right_text - motto_rule_length()) / 2
        )
    else:
        clerk.rule(right, motto_rule_length(), right_text)
    number_cell, date_cell = table.cell(1, 0), table.cell(1, 1)
    clerk.line(number_cell, number, size=13, align="center", before=6)
    for line in vv:
        clerk.line(number_cell, line, size=12, align="center", before=6)
    clerk.line(date_cell, date, size=13, italic=True, align="center", before=6)
    return table


def _title(
    clerk: Clerk, type_name: str, subject: Sequence[str], *, shape: bool = False, gap: bool = False
) -> None:
    clerk.line(clerk.document, type_name, size=14, bold=True, align="center", before=18)
    last = None
    for line in subject:
        last = clerk.line(clerk.document, line, size=14, bold=True, align="center")
    if gap:
        clerk.line(clerk.document, "", size=6, align="center")  # a small spacer line
    length = third_rule_length(subject, TEXT_WIDTH, 14)
    if shape:
        assert last is not None
        clerk.line_shape(last, length, offset=(TEXT_WIDTH - length) / 2)
    else:
        clerk.rule(clerk.document, length, TEXT_WIDTH)


def _body(clerk: Clerk, lines: Iterable[tuple[str, str]], *, keep_last: bool = False) -> None:
    lines = list(lines)
    for position, (kind, text) in enumerate(lines):
        last = position == len(lines) - 1
        clerk.body(text, bold=kind in ("mục", "khoản"), keep_next=keep_last and last)


def _footer_table(
    clerk: Clerk,
    recipients: Sequence[str],
    signature: Sequence[str],
    signer: str,
    *,
    blank_lines: int = 4,
) -> Table:
    """Nơi nhận | signature, in a borderless table whose row cannot break."""
    table = borderless_table(clerk, 1, FOOTER_COLUMNS)
    cant_split(table)
    left, right = table.cell(0, 0), table.cell(0, 1)
    clerk.line(left, "Nơi nhận:", size=12, bold=True, italic=True, align="left", before=12)
    for item in recipients:
        clerk.line(left, item, size=11, align="left")
    first = True
    for line in signature:
        clerk.line(right, line, size=14, bold=True, align="center", before=12 if first else 0)
        first = False
    for _ in range(blank_lines):
        clerk.line(right, "", size=14, align="center")
    clerk.line(right, signer, size=14, bold=True, align="center")
    return table


def _careful(
    *,
    nfd: bool = False,
    body: Iterable[tuple[str, str]] = BODY_LINES,
    shapes: bool = False,
    national: str = NATIONAL,
    gap: bool = False,
) -> Clerk:
    clerk = Clerk(nfd=nfd, font=None)
    clerk.page(margins=(20, 20, 30, 15))
    clerk.careful_fonts()
    _header_table(
        clerk,
        parent=CAREFUL["parent"],
        issuer=[CAREFUL["issuer"]],
        number=CAREFUL["number"],
        date=CAREFUL["date"],
        shapes=shapes,
        national=national,
    )
    _title(clerk, CAREFUL["type"], [CAREFUL["subject"]], shape=shapes, gap=gap)
    _body(clerk, body)
    _footer_table(clerk, CAREFUL["recipients"], CAREFUL["signature"], CAREFUL["signer"])
    clerk.page_numbers()
    return clerk


def careful_report(*, nfd: bool = False, national: str = NATIONAL, gap: bool = False) -> bytes:
    """1 (and 5 with ``nfd``). A careful clerk's báo cáo that conforms: A4, margins
    20/20/30/15 mm, Times New Roman on all four slots, a borderless header table with
    a parent agency, rules drawn as bottom borders narrowed to the right length, body
    with "I." / "1." headings and "-" items ending "./.", a Nơi nhận | signature table
    whose row cannot break, page numbers from page 2. The last body paragraph is not
    set to keep with the signature (clerks rarely do): the one expected warning.

    ``national``: the Quốc hiệu as typed ("CỘNG HOÀ …" is the decree's other spelling).
    ``gap``: a small empty spacer line between the subject and its rule."""
    return _careful(nfd=nfd, national=national, gap=gap).save()


def report_with_line_shapes() -> bytes:
    """The careful report with every rule drawn the other common way: Insert > Shapes >
    Line, the line anchored in the paragraph of the text it underlines (the Tiêu ngữ,
    the issuer's last line, the subject)."""
    return _careful(shapes=True).save()


def report_with_appendix() -> bytes:
    """6. The careful report followed, on a new page, by "Phụ lục I" (14 pt bold centred),
    its title (capitals, bold), "(Kèm theo …)" in italics, a short rule and its content
    ending "./."."""
    clerk = _careful()
    _appendix(clerk)
    return clerk.save()


APPENDIX = (
    "Phụ lục I",
    "TỔNG HỢP KẾT QUẢ THU, CHI NGÂN SÁCH QUÝ I NĂM 2021",
    "(Kèm theo Báo cáo số 05/BC-TCKH ngày 05 tháng 4 năm 2021 của Phòng Tài chính - Kế hoạch)",
)


def _appendix(clerk: Clerk) -> None:
    page_break(clerk)
    document = clerk.document
    clerk.line(document, APPENDIX[0], size=14, bold=True, align="center")
    clerk.line(document, APPENDIX[1], size=14, bold=True, align="center")
    clerk.line(document, APPENDIX[2], size=14, italic=True, align="center")
    clerk.rule(document, 1701, TEXT_WIDTH)
    clerk.line(
        document,
        "1. Thu ngân sách nhà nước trên địa bàn: 12.450 triệu đồng.",
        size=14,
        align="both",
        first=INDENT_1_27,
        before=6,
    )
    clerk.line(
        document,
        "2. Chi ngân sách địa phương: 96.312 triệu đồng./.",
        size=14,
        align="both",
        first=INDENT_1_27,
        before=6,
    )


def long_report(pages: int = 20) -> bytes:
    """8. The careful report with a body about ``pages`` pages long: four mục, each with
    ``pages // 4`` khoản of ten four-line items (about ten items a page at 14 pt)."""
    body: list[tuple[str, str]] = [BODY_LINES[0]]
    for section in range(1, 5):
        body.append(("mục", f"{_roman(section)}. NỘI DUNG THỨ {section}"))
        for khoản in range(1, pages // 4 + 1):
            body.append(("khoản", f"{khoản}. Lĩnh vực thứ {khoản}"))
            for item in range(10):
                body.append(("text", f"- {FILLER} ({section}.{khoản}.{item});"))
    body.append(("text", "Trên đây là báo cáo của Phòng Tài chính - Kế hoạch./."))
    return _careful(body=body).save()


def _roman(number: int) -> str:
    return ["", "I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X"][number]


# --- numbering --------------------------------------------------------------------------


def _add_decimal_list(clerk: Clerk) -> int:
    """A "1." list definition in numbering.xml, as Word's numbering button makes it;
    returns its numId."""
    numbering = clerk.document.part.numbering_part.element
    abstract_ids = [
        int(e.get(qn("w:abstractNumId"))) for e in numbering.findall(qn("w:abstractNum"))
    ]
    num_ids = [int(e.get(qn("w:numId"))) for e in numbering.findall(qn("w:num"))]
    abstract_id, num_id = max(abstract_ids, default=0) + 1, max(num_ids, default=0) + 1
    abstract = parse_xml(
        f'<w:abstractNum {nsdecls("w")} w:abstractNumId="{abstract_id}">'
        '<w:multiLevelType w:val="hybridMultilevel"/>'
        '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/>'
        '<w:lvlText w:val="%1."/><w:lvlJc w:val="left"/>'
        '<w:pPr><w:ind w:left="1080" w:hanging="360"/></w:pPr><w:rPr><w:b/></w:rPr></w:lvl>'
        "</w:abstractNum>"
    )
    first_num = numbering.find(qn("w:num"))
    if first_num is not None:
        first_num.addprevious(abstract)
    else:
        numbering.append(abstract)
    num = parse_xml(
        f'<w:num {nsdecls("w")} w:numId="{num_id}"><w:abstractNumId w:val="{abstract_id}"/></w:num>'
    )
    numbering.append(num)
    return num_id


def _restart(clerk: Clerk, abstract_of: int) -> int:
    """A new w:num over the same list, restarting at 1 (Word's "Restart at 1")."""
    numbering = clerk.document.part.numbering_part.element
    source = next(
        e for e in numbering.findall(qn("w:num")) if e.get(qn("w:numId")) == str(abstract_of)
    )
    abstract = source.find(qn("w:abstractNumId")).get(qn("w:val"))
    num_id = max(int(e.get(qn("w:numId"))) for e in numbering.findall(qn("w:num"))) + 1
    numbering.append(
        parse_xml(
            f'<w:num {nsdecls("w")} w:numId="{num_id}"><w:abstractNumId w:val="{abstract}"/>'
            '<w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride></w:num>'
        )
    )
    return num_id


def _numbered(paragraph: Paragraph, num_id: int) -> None:
    """Word's numbering applied to the paragraph; its own indent keeps 1.27 cm."""
    ppr = paragraph._p.get_or_add_pPr()
    num_pr = ppr.get_or_add_numPr()
    num_pr.get_or_add_ilvl().val = 0
    num_pr.get_or_add_numId().val = num_id


def numbered_headings_report() -> bytes:
    """7. The careful report whose khoản headings are numbered by Word (numPr, "%1."),
    so that their labels are not in the text; mục headings are typed."""
    clerk = Clerk(font=None)
    clerk.page(margins=(20, 20, 30, 15))
    clerk.careful_fonts()
    _header_table(
        clerk,
        parent=CAREFUL["parent"],
        issuer=[CAREFUL["issuer"]],
        number=CAREFUL["number"],
        date=CAREFUL["date"],
    )
    _title(clerk, CAREFUL["type"], [CAREFUL["subject"]])
    num_id = _add_decimal_list(clerk)
    current = num_id
    for kind, text in BODY_LINES:
        if kind == "mục" and text.startswith("II."):
            current = _restart(clerk, num_id)
        if kind == "khoản":
            paragraph = clerk.body(text.split(". ", 1)[1], bold=True)
            _numbered(paragraph, current)
        else:
            clerk.body(text, bold=kind == "mục")
    _footer_table(clerk, CAREFUL["recipients"], CAREFUL["signature"], CAREFUL["signer"])
    clerk.page_numbers()
    return clerk.save()


def mixed_numbering_report() -> bytes:
    """7b. Khoản 1 and 2 of mục I numbered by Word, khoản 3 typed "3." by hand after
    them (pasted from another file): the typed label follows the automatic ones."""
    clerk = Clerk(font=None)
    clerk.page(margins=(20, 20, 30, 15))
    clerk.careful_fonts()
    _header_table(
        clerk,
        parent=CAREFUL["parent"],
        issuer=[CAREFUL["issuer"]],
        number=CAREFUL["number"],
        date=CAREFUL["date"],
    )
    _title(clerk, CAREFUL["type"], [CAREFUL["subject"]])
    num_id = _add_decimal_list(clerk)
    clerk.body(BODY_LINES[0][1])
    clerk.body("I. KẾT QUẢ THỰC HIỆN", bold=True)
    _numbered(clerk.body("Công tác lập và giao dự toán", bold=True), num_id)
    clerk.body(BODY_LINES[3][1])
    _numbered(clerk.body("Công tác thu, chi ngân sách", bold=True), num_id)
    clerk.body(BODY_LINES[6][1])
    clerk.body("3. Công tác quyết toán ngân sách", bold=True)
    clerk.body(
        "Thẩm định quyết toán năm 2020 của 45 cơ quan, đơn vị và 19 xã, thị trấn đúng thời hạn."
    )
    clerk.body("II. KHÓ KHĂN, VƯỚNG MẮC", bold=True)
    clerk.body(BODY_LINES[-1][1])
    _footer_table(clerk, CAREFUL["recipients"], CAREFUL["signature"], CAREFUL["signer"])
    clerk.page_numbers()
    return clerk.save()


# --- the rushed clerk -------------------------------------------------------------------

RUSHED_BODY: tuple[tuple[str, bool], ...] = (
    ("I. KẾT QUẢ THỰC HIỆN", True),
    ("1. Công tác chỉ đạo, điều hành", True),
    # The text paragraphs run over two lines: flush left shows only on a line that wraps.
    (
        "- Ban hành 15 văn bản chỉ đạo các xã, thị trấn triển khai nhiệm vụ phát triển kinh tế"
        " - xã hội, bảo đảm quốc phòng, an ninh trên địa bàn huyện;",
        False,
    ),
    (
        "- Tổ chức 04 hội nghị giao ban trực tuyến với các xã, thị trấn để kiểm điểm tiến độ"
        " thực hiện các chỉ tiêu và tháo gỡ khó khăn, vướng mắc.",
        False,
    ),
    ("2. Công tác thu ngân sách", True),
    (
        "Tổng thu ngân sách trên địa bàn 6 tháng đầu năm đạt 52% dự toán tỉnh giao, tăng 8% so"
        " với cùng kỳ năm trước; chi ngân sách bảo đảm đúng dự toán.",
        False,
    ),
    ("II. PHƯƠNG HƯỚNG, NHIỆM VỤ 6 THÁNG CUỐI NĂM", True),
    (
        "Tiếp tục chỉ đạo thực hiện các nhiệm vụ, giải pháp đã đề ra trong năm 2021, tập trung"
        " thu ngân sách, giải ngân vốn đầu tư công và cải cách hành chính.",
        False,
    ),
)


def _rushed_header(clerk: Clerk) -> None:
    """The header typed as plain lines, issuer and Quốc hiệu on one line split by tabs,
    the Tiêu ngữ with en dashes, a line of underscores, number and date on one line."""
    document = clerk.document
    clerk.line(
        document, "UBND HUYỆN TUẦN GIÁO\t\tCỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM", size=12, bold=True
    )
    clerk.line(document, "\t\t\t\t\t\t\tĐộc lập – Tự do – Hạnh phúc", size=13, bold=True)
    clerk.line(document, "\t\t\t\t\t\t\t___________________________", size=13)
    clerk.line(document, "Số: 5/BC-UBND\t\tTuần Giáo, ngày 5 tháng 06 năm 2021", size=13)
    clerk.line(document, "")


def _rushed_title_and_body(clerk: Clerk, *, end_mark: bool = False) -> None:
    document = clerk.document
    # From here on the clerk keeps the template's font: Calibri, from the theme.
    clerk.line(document, "BÁO CÁO", size=14, bold=True, align="center", font=None)
    clerk.line(
        document,
        "Kết quả thực hiện nhiệm vụ 6 tháng đầu năm 2021",
        size=14,
        bold=True,
        align="center",
        font=None,
    )
    clerk.line(document, "__________", size=14, align="center", font=None)
    for position, (text, bold) in enumerate(RUSHED_BODY):
        if end_mark and position == len(RUSHED_BODY) - 1:
            text += "/."
        clerk.line(document, text, size=12, bold=bold, font=None)


def rushed_draft(*, nfd: bool = False) -> bytes:
    """2. A quick draft typed in a rush: Letter paper, 1-inch margins, no tables, the
    header as plain lines split by tabs (see :func:`_rushed_header`), the Latin font
    picked in the Font dialog for the header only and the theme's Calibri elsewhere,
    the body in 12 pt flush left with no "./.", Nơi nhận and the signature as plain
    paragraphs (the signature block indented to the right, under the list), the
    signer's name in capitals. ``nfd``: typed in decomposed Unicode."""
    clerk = Clerk(nfd=nfd)
    clerk.page(a4=False, margins=(25.4, 25.4, 25.4, 25.4))
    _rushed_header(clerk)
    _rushed_title_and_body(clerk)
    document = clerk.document
    clerk.line(document, "", font=None)
    clerk.line(document, "Nơi nhận:", size=12, bold=True, italic=True, font=None)
    clerk.line(document, "- UBND tỉnh (b/c);", size=12, font=None)
    clerk.line(document, "- Lưu: VT.", size=12, font=None)
    indent = 4320  # three inches: the signature sits on the right half
    for text in ("TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH"):
        clerk.line(document, text, size=13, bold=True, align="center", left=indent, font=None)
    for _ in range(3):
        clerk.line(document, "", font=None)
    clerk.line(
        document, "PHẠM THỊ TUYÊN", size=13, bold=True, align="center", left=indent, font=None
    )
    return clerk.save()


def tab_footer_draft() -> bytes:
    """The rushed draft, with "./." this time, and Nơi nhận and the signature typed side
    by side on the same lines, split by tabs ("Nơi nhận:\\t\\t\\tTM. ỦY BAN NHÂN DÂN"),
    the way the header's first line is typed."""
    clerk = Clerk()
    clerk.page(a4=False, margins=(25.4, 25.4, 25.4, 25.4))
    _rushed_header(clerk)
    _rushed_title_and_body(clerk, end_mark=True)
    document = clerk.document
    clerk.line(document, "", font=None)
    clerk.line(
        document,
        [
            ("Nơi nhận:", {"bold": True, "italic": True, "size": 12}),
            ("\t\t\t\tTM. ỦY BAN NHÂN DÂN", {"bold": True}),
        ],
        size=13,
        font=None,
    )
    clerk.line(
        document,
        [("- UBND tỉnh (b/c);", {"size": 11}), ("\t\t\t\t\tCHỦ TỊCH", {"bold": True})],
        size=13,
        font=None,
    )
    clerk.line(document, [("- Lưu: VT.", {"size": 11})], size=13, font=None)
    for _ in range(3):
        clerk.line(document, "", font=None)
    clerk.line(document, "\t\t\t\t\t\tPhạm Thị Tuyên", size=13, bold=True, font=None)
    return clerk.save()


def appendix_after_plain_footer() -> bytes:
    """The rushed draft (Nơi nhận and signature as plain paragraphs) followed, on a new
    page, by an appendix: "Phụ lục I", its title and its content."""
    clerk = Clerk()
    clerk.page(a4=False, margins=(25.4, 25.4, 25.4, 25.4))
    _rushed_header(clerk)
    _rushed_title_and_body(clerk, end_mark=True)
    document = clerk.document
    clerk.line(document, "", font=None)
    clerk.line(document, "Nơi nhận:", size=12, bold=True, italic=True, font=None)
    clerk.line(document, "- UBND tỉnh (b/c);", size=11, font=None)
    clerk.line(document, "- Lưu: VT.", size=11, font=None)
    for text in ("TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH"):
        clerk.line(document, text, size=13, bold=True, align="center", left=4320, font=None)
    for _ in range(3):
        clerk.line(document, "", font=None)
    clerk.line(document, "Phạm Thị Tuyên", size=13, bold=True, align="center", left=4320, font=None)
    page_break(clerk)
    clerk.line(document, APPENDIX[0], size=14, bold=True, align="center", font=None)
    clerk.line(document, APPENDIX[1], size=14, bold=True, align="center", font=None)
    clerk.line(document, "1. Thu ngân sách: 12.450 triệu đồng.", size=14, font=None)
    clerk.line(document, "2. Chi ngân sách: 96.312 triệu đồng./.", size=14, font=None)
    return clerk.save()


# --- công văn, decision, plan -----------------------------------------------------------

CONG_VAN = {
    "issuer": ("ỦY BAN NHÂN DÂN", "HUYỆN TUẦN GIÁO"),
    "number": "Số: 12/UBND-VP",
    "vv": "V/v báo cáo kết quả cải cách hành chính",
    "date": "Tuần Giáo, ngày 08 tháng 02 năm 2021",
    "addressees": (
        "Kính gửi:",
        "- Ủy ban nhân dân tỉnh Điện Biên;",
        "- Sở Nội vụ tỉnh Điện Biên.",
    ),
    "recipients": ("- Như trên;", "- Lưu: VT, VP."),
    "signature": ("TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"),
    "signer": "Lò Văn Phương",
}


def cong_van() -> bytes:
    """3. A công văn: "V/v …" under "Số: 12/UBND-VP" in the header table, no type name,
    "Kính gửi:" (indented, as Mẫu 1.5) with two "- …;" addressees, body, "./."."""
    clerk = Clerk(font=None)
    clerk.page(margins=(20, 20, 30, 15))
    clerk.careful_fonts()
    _header_table(
        clerk,
        parent=None,
        issuer=CONG_VAN["issuer"],
        number=CONG_VAN["number"],
        date=CONG_VAN["date"],
        vv=[CONG_VAN["vv"]],
    )
    heading, *items = CONG_VAN["addressees"]
    clerk.line(clerk.document, heading, size=14, left=1985, before=18)
    for item in items:
        clerk.line(clerk.document, item, size=14, left=2552)
    clerk.body(
        "Thực hiện Công văn số 115/SNV-CCHC ngày 20/01/2021 của Sở Nội vụ tỉnh Điện Biên, "
        "Ủy ban nhân dân huyện Tuần Giáo báo cáo kết quả cải cách hành chính năm 2020 như sau:"
    )
    clerk.body(
        "Năm 2020, Ủy ban nhân dân huyện đã ban hành và tổ chức thực hiện Kế hoạch cải cách "
        "hành chính; 100% thủ tục hành chính được công khai đúng quy định."
    )
    clerk.body(
        "Ủy ban nhân dân huyện Tuần Giáo báo cáo để Ủy ban nhân dân tỉnh, Sở Nội vụ tổng hợp./."
    )
    _footer_table(clerk, CONG_VAN["recipients"], CONG_VAN["signature"], CONG_VAN["signer"])
    clerk.page_numbers()
    return clerk.save()


DECISION = {
    "issuer": ("ỦY BAN NHÂN DÂN", "HUYỆN TUẦN GIÁO"),
    "number": "Số: 125/QĐ-UBND",
    "date": "Tuần Giáo, ngày 15 tháng 3 năm 2021",
    "type": "QUYẾT ĐỊNH",
    "subject": "Về việc phê duyệt Kế hoạch cải cách hành chính năm 2021",
    "authority": "CHỦ TỊCH ỦY BAN NHÂN DÂN HUYỆN TUẦN GIÁO",
    "bases": (
        ("Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;", True),
        (
            "Căn cứ Nghị định số 30/2020/NĐ-CP ngày 05 tháng 3 năm 2020 của Chính phủ về công "
            "tác văn thư;",
            False,  # typed upright: the clerk forgot the italics
        ),
        ("Theo đề nghị của Trưởng phòng Nội vụ huyện;", True),  # ";" where "." is due
    ),
    "recipients": ("- Như Điều 3;", "- Lưu: VT, NV."),
    "signature": ("CHỦ TỊCH",),
    "signer": "Nguyễn Văn An",
}


def decision(*, authority_line: bool = True) -> bytes:
    """4. A quyết định laid out as Mẫu 1.2: type name, subject, rule, the authority
    line "CHỦ TỊCH ỦY BAN NHÂN DÂN HUYỆN …" (capitals, bold, centred), the Căn cứ
    lines (the second typed upright, the last ending ";"), "QUYẾT ĐỊNH:" (capitals,
    bold, centred) and Điều 1–3, the last ending "./."."""
    clerk = Clerk(font=None)
    clerk.page(margins=(20, 20, 30, 15))
    clerk.careful_fonts()
    _header_table(
        clerk,
        parent=None,
        issuer=DECISION["issuer"],
        number=DECISION["number"],
        date=DECISION["date"],
    )
    _title(clerk, DECISION["type"], [DECISION["subject"]])
    if authority_line:
        clerk.line(
            clerk.document, DECISION["authority"], size=14, bold=True, align="center", before=12
        )
    for text, italic in DECISION["bases"]:
        paragraph = clerk.body([(text, {"italic": italic})])
        paragraph.paragraph_format.space_before = Pt(6)
    clerk.line(clerk.document, "QUYẾT ĐỊNH:", size=14, bold=True, align="center", before=12)
    clerk.body(
        [
            ("Điều 1. ", {"bold": True}),
            ("Phê duyệt Kế hoạch cải cách hành chính năm 2021 của huyện Tuần Giáo.", {}),
        ]
    )
    clerk.body([("Điều 2. ", {"bold": True}), ("Quyết định này có hiệu lực kể từ ngày ký.", {})])
    clerk.body(
        [
            ("Điều 3. ", {"bold": True}),
            (
                "Chánh Văn phòng HĐND và UBND huyện, Trưởng phòng Nội vụ và các cơ quan, đơn "
                "vị có liên quan chịu trách nhiệm thi hành Quyết định này./.",
                {},
            ),
        ]
    )
    _footer_table(clerk, DECISION["recipients"], DECISION["signature"], DECISION["signer"])
    clerk.page_numbers()
    return clerk.save()


PLAN_BASES = (
    (
        "Căn cứ Nghị định số 30/2020/NĐ-CP ngày 05 tháng 3 năm 2020 của Chính phủ về công tác văn thư;",
        True,
    ),
    ("Căn cứ Kế hoạch số 70/KH-UBND ngày 26/3/2021 của Ủy ban nhân dân tỉnh Điện Biên;", False),
    ("Căn cứ tình hình thực tế của địa phương;", True),
)


def plan_with_legal_bases() -> bytes:
    """4b. A kế hoạch that opens, right under its subject, with three "Căn cứ …;" lines:
    the second typed upright, the last ending ";" instead of "."."""
    clerk = Clerk(font=None)
    clerk.page(margins=(20, 20, 30, 15))
    clerk.careful_fonts()
    _header_table(
        clerk,
        parent=None,
        issuer=("ỦY BAN NHÂN DÂN", "HUYỆN TUẦN GIÁO"),
        number="Số: 71/KH-UBND",
        date="Tuần Giáo, ngày 29 tháng 3 năm 2021",
    )
    _title(clerk, "KẾ HOẠCH", ["Triển khai công tác văn thư, lưu trữ năm 2021"])
    for text, italic in PLAN_BASES:
        clerk.body([(text, {"italic": italic})])
    clerk.body(
        "Ủy ban nhân dân huyện Tuần Giáo ban hành Kế hoạch triển khai công tác văn thư, lưu "
        "trữ năm 2021 như sau:"
    )
    clerk.body("I. MỤC ĐÍCH, YÊU CẦU", bold=True)
    clerk.body(
        "Nâng cao chất lượng công tác văn thư, lưu trữ tại các cơ quan, đơn vị trên địa bàn "
        "huyện./."
    )
    _footer_table(
        clerk,
        ("- UBND tỉnh (b/c);", "- Lưu: VT, NV."),
        ("TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH"),
        "Nguyễn Văn An",
    )
    clerk.page_numbers()
    return clerk.save()


def submission_opening_with_a_basis() -> bytes:
    """4c. A tờ trình whose first paragraph, upright, starts with "Căn cứ" and leads into
    the body with ":": prose, not a legal basis."""
    clerk = Clerk(font=None)
    clerk.page(margins=(20, 20, 30, 15))
    clerk.careful_fonts()
    _header_table(
        clerk,
        parent=None,
        issuer=("ỦY BAN NHÂN DÂN", "HUYỆN TUẦN GIÁO"),
        number="Số: 15/TTr-UBND",
        date="Tuần Giáo, ngày 12 tháng 4 năm 2022",
    )
    _title(clerk, "TỜ TRÌNH", ["Đề nghị phê duyệt Kế hoạch chuyển đổi số năm 2022"])
    clerk.line(clerk.document, "Kính gửi: Ủy ban nhân dân tỉnh Điện Biên.", size=14, align="center")
    clerk.body(
        "Căn cứ Quyết định số 12/QĐ-UBND ngày 10/01/2022 của UBND tỉnh Điện Biên, UBND huyện "
        "Tuần Giáo kính trình UBND tỉnh phê duyệt Kế hoạch như sau:"
    )
    clerk.body("I. SỰ CẦN THIẾT", bold=True)
    clerk.body("Chuyển đổi số là yêu cầu cấp thiết trong giai đoạn hiện nay./.")
    _footer_table(
        clerk,
        ("- Như trên;", "- Lưu: VT, VP."),
        ("TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH"),
        "Nguyễn Văn An",
    )
    clerk.page_numbers()
    return clerk.save()


# --- oddities ---------------------------------------------------------------------------


def empty_document() -> bytes:
    """python-docx's default document, untouched."""
    return Clerk().save()


def only_a_table() -> bytes:
    """A document whose body is one 3 × 3 table of figures (python-docx keeps the
    template's empty paragraph after it, as Word must)."""
    clerk = Clerk()
    table = clerk.document.add_table(3, 3)
    for row, values in enumerate(
        (("STT", "Nội dung", "Số tiền"), ("1", "Thu", "12.450"), ("2", "Chi", "96.312"))
    ):
        for column, value in enumerate(values):
            table.cell(row, column).text = value
    return clerk.save()


def nested_header_table() -> bytes:
    """The header table with a table nested in its right cell, holding the Quốc hiệu and
    Tiêu ngữ (a layout copied from an old template), and the rest careful."""
    clerk = Clerk(font=None)
    clerk.page(margins=(20, 20, 30, 15))
    clerk.careful_fonts()
    left_width, right_width = HEADER_COLUMNS
    table = borderless_table(clerk, 2, HEADER_COLUMNS, indent=HEADER_INDENT)
    left = table.cell(0, 0)
    clerk.line(left, CAREFUL["parent"], size=12, align="center")
    clerk.line(left, CAREFUL["issuer"], size=12, bold=True, align="center")
    left_text = _cell_text_width(left_width)
    clerk.rule(left, third_rule_length([CAREFUL["issuer"]], left_text, 12), left_text)
    right = table.cell(0, 1)
    inner_width = right_width - 2 * CELL_MARGIN
    inner = borderless_table(clerk, 1, (inner_width,), container=right)
    inner_cell = inner.cell(0, 0)
    clerk.line(inner_cell, NATIONAL, size=12, bold=True, align="center")
    clerk.line(inner_cell, MOTTO, size=13, bold=True, align="center")
    inner_text = _cell_text_width(inner_width)
    clerk.rule(inner_cell, motto_rule_length(), inner_text)
    clerk.line(table.cell(1, 0), CAREFUL["number"], size=13, align="center", before=6)
    clerk.line(table.cell(1, 1), CAREFUL["date"], size=13, italic=True, align="center", before=6)
    _title(clerk, CAREFUL["type"], [CAREFUL["subject"]])
    _body(clerk, BODY_LINES)
    _footer_table(clerk, CAREFUL["recipients"], CAREFUL["signature"], CAREFUL["signer"])
    clerk.page_numbers()
    return clerk.save()


def header_in_text_boxes() -> bytes:
    """A header typed in two text boxes (issuer on the left, Quốc hiệu and Tiêu ngữ on
    the right) anchored in the first, empty, paragraph; the rest a short body."""
    clerk = Clerk()
    clerk.page(margins=(20, 20, 30, 15))
    anchor = clerk.line(clerk.document, "")
    clerk.text_box(anchor, [(CAREFUL["parent"], {}), (CAREFUL["issuer"], {"bold": True})])
    clerk.text_box(anchor, [(NATIONAL, {"bold": True, "size": 12}), (MOTTO, {"bold": True})])
    for _ in range(3):
        clerk.line(clerk.document, "")
    clerk.line(clerk.document, CAREFUL["number"], size=13)
    clerk.line(clerk.document, CAREFUL["type"], size=14, bold=True, align="center")
    clerk.line(clerk.document, CAREFUL["subject"], size=14, bold=True, align="center")
    clerk.line(clerk.document, BODY_LINES[-1][1], size=14, align="both", first=INDENT_1_27)
    return clerk.save()


def whitespace_paragraph() -> bytes:
    """The careful report with a paragraph of tabs and spaces only (a leftover of
    aligning by hand) in the header table and another between two body paragraphs."""
    clerk = Clerk(font=None)
    clerk.page(margins=(20, 20, 30, 15))
    clerk.careful_fonts()
    table = _header_table(
        clerk,
        parent=CAREFUL["parent"],
        issuer=[CAREFUL["issuer"]],
        number=CAREFUL["number"],
        date=CAREFUL["date"],
    )
    clerk.line(table.cell(1, 0), "\t \t  ", size=13)
    _title(clerk, CAREFUL["type"], [CAREFUL["subject"]])
    _body(clerk, BODY_LINES[:3])
    clerk.line(clerk.document, " \t\t   \t", size=14)
    _body(clerk, BODY_LINES[3:])
    _footer_table(clerk, CAREFUL["recipients"], CAREFUL["signature"], CAREFUL["signer"])
    clerk.page_numbers()
    return clerk.save()


def _rezip(data: bytes, keep: Callable[[str], bool]) -> bytes:
    source = zipfile.ZipFile(io.BytesIO(data))
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as target:
        for info in source.infolist():
            if keep(info.filename):
                target.writestr(copy.copy(info), source.read(info))
    return buffer.getvalue()


def without_styles() -> bytes:
    """The careful report with word/styles.xml removed from the zip (its relationship
    and content type left dangling, as a broken export leaves them)."""
    return _rezip(careful_report(), lambda name: name != "word/styles.xml")


def without_content_types() -> bytes:
    """The careful report zipped without [Content_Types].xml."""
    return _rezip(careful_report(), lambda name: name != "[Content_Types].xml")


def not_a_zip() -> bytes:
    """A file with a .docx name that is not a zip: an old binary .doc's first bytes."""
    return bytes.fromhex("d0cf11e0a1b11ae1") + b"\x00" * 504


def parts_of(data: bytes) -> dict[str, bytes]:
    """The parts of a .docx, by name."""
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        return {info.filename: archive.read(info) for info in archive.infolist()}


def xml_of(data: bytes, name: str) -> etree._Element:
    return etree.fromstring(parts_of(data)[name])
