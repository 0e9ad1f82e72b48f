"""Noisy header and body variants that real files take, read by the importer (issue #13).

Each case is one entry of ``CASES``: a small input (plain text, or a .docx built here with
python-docx for what only a Word file carries: a borderless header table, tabs, manual
line breaks, bold and italic runs, a Word numbered list), the ``ImportedFields`` the
importer must recognise as printed, and fields of the typed document it must build.
The shapes come from the real files of the development corpus (a two-column header
flattened, blank numbers and days of unsigned copies, tab-led lines, wrapped Nơi nhận
items, "KT.CHỦ TỊCH" without a space …); every text here is written for the tests.

To add a case, add one ``Case`` to ``CASES``.
"""

from __future__ import annotations

import io
import unicodedata
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any

import docx
import pytest
from docx.enum.text import WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from lxml import etree

from vnreport import read_docx, read_text
from vnreport.model.body import Bullet, Paragraph, Section

# -- the pieces most cases share ---------------------------------------------------------

NATIONAL = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
MOTTO = "Độc lập - Tự do - Hạnh phúc"
HEADER = f"""UBND TỈNH SƠN HÀ
SỞ CÔNG THƯƠNG
{NATIONAL}
{MOTTO}
Số: 218/BC-SCT
Sơn Hà, ngày 05 tháng 02 năm 2026"""
TITLE = """BÁO CÁO
Kết quả kiểm tra an toàn hóa chất năm 2025"""
BODY = """Thực hiện Kế hoạch số 12/KH-SCT ngày 10/01/2026 của Sở Công Thương, Sở báo cáo như sau:
I. KẾT QUẢ KIỂM TRA
Đoàn đã kiểm tra 12 cơ sở sản xuất, kinh doanh hóa chất trên địa bàn tỉnh.
II. KIẾN NGHỊ
Đề nghị các cơ sở khắc phục các tồn tại trước ngày 30/6/2026.
Trên đây là báo cáo kết quả kiểm tra an toàn hóa chất năm 2025 của Sở Công Thương./."""
FOOTER = """Nơi nhận:
- UBND tỉnh;
- Giám đốc Sở;
- Lưu: VT, KTAT.
KT. GIÁM ĐỐC
PHÓ GIÁM ĐỐC

Hoàng Văn Bình"""
REPORT = "\n".join((HEADER, TITLE, BODY, FOOTER))

# What REPORT reads as; a case states only the fields its variant changes.
FIELDS: dict[str, Any] = {
    "doc_type": "BÁO CÁO",
    "issuer": "SỞ CÔNG THƯƠNG",
    "parent_issuer": "UBND TỈNH SƠN HÀ",
    "number": "218",
    "symbol": "BC-SCT",
    "place": "Sơn Hà",
    "date": "2026-02-05",
    "subject": "Kết quả kiểm tra an toàn hóa chất năm 2025",
    "kinh_gui": (),
    "can_cu": (),
    "headings": ("I. KẾT QUẢ KIỂM TRA", "II. KIẾN NGHỊ"),
    "recipients": ("- UBND tỉnh;", "- Giám đốc Sở;", "- Lưu: VT, KTAT."),
    "signature_authority": ("KT. GIÁM ĐỐC",),
    "signature_title": "PHÓ GIÁM ĐỐC",
    "signature_name": "Hoàng Văn Bình",
}
MODEL: dict[str, Any] = {
    "type": "Report",
    "number": 218,
    "date": "2026-02-05",
    "issuer": "SỞ CÔNG THƯƠNG",
    "parent": "UBND TỈNH SƠN HÀ",
    "abbreviation": "SCT",
    "place": "Sơn Hà",
    "subject": "Kết quả kiểm tra an toàn hóa chất năm 2025",
    "sections": ("kết quả kiểm tra", "kiến nghị"),
    "closing": ("trên đây là báo cáo kết quả kiểm tra",),
    "recipients": ("UBND tỉnh", "Giám đốc Sở"),
    "archive": ("KTAT",),
    "signature": ("KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC"),
    "signer": "Hoàng Văn Bình",
}


def fold(text: str) -> str:
    return " ".join(unicodedata.normalize("NFC", text).split()).casefold()


def start(text: str) -> str:
    """The first 30 characters of ``text``, folded: how the outline names a block."""
    return fold(text)[:30]


def _outline(blocks: Iterable[object], depth: int = 1) -> list[tuple[int, str, str]]:
    """The body's shape, depth-first: (depth, kind, :func:`start` of its text), a
    paragraph's text with its emphasis markup; a section without a title is named by the
    paragraph its label opens."""
    shape: list[tuple[int, str, str]] = []
    for block in blocks:
        if isinstance(block, Section):
            content = list(block.content)
            if block.title is not None:
                shape.append((depth, "section", start(block.title)))
            else:
                opening = content.pop(0)
                assert isinstance(opening, Paragraph)
                shape.append((depth, "section", start(opening.text)))
            shape.extend(_outline(content, depth + 1))
        elif isinstance(block, Bullet):
            shape.append((depth, "bullet", start(block.text)))
            shape.extend(_outline(block.items, depth + 1))
        elif isinstance(block, Paragraph):
            shape.append((depth, "paragraph", start(block.text)))
    return shape


#: How each expected model field is read from the document.
PROBES: dict[str, Callable[[Any], object]] = {
    "type": lambda d: type(d).__name__,
    "number": lambda d: d.number,
    "date": lambda d: d.date.isoformat(),
    "issuer": lambda d: " ".join(d.issuer.issuer_lines),
    "parent": lambda d: d.issuer.parent_line,
    "abbreviation": lambda d: d.issuer.abbreviation,
    "unit": lambda d: d.symbol_unit,
    "place": lambda d: d.issuer.place,
    "subject": lambda d: d.subject,
    "addressees": lambda d: d.addressees,
    "sections": lambda d: tuple(fold(s.title or "") for s in d.sections),
    "outline": lambda d: _outline(getattr(d, "sections", None) or d.content),
    "closing": lambda d: tuple(fold(p.plain)[:36] for p in d.closing),
    "recipients": lambda d: d.recipients.items,
    "archive": lambda d: d.recipients.archive,
    "signature": lambda d: d.signature.lines,
    "signer": lambda d: d.signature.name,
    "legal_bases": lambda d: d.legal_bases,
    "articles": lambda d: tuple(fold(a.title or a.text or "")[:30] for a in d.articles),
    "chair": lambda d: d.chair.name,
    "secretary": lambda d: d.secretary.name,
}


@dataclass(frozen=True)
class Case:
    """One variant: its input, the fields as printed and the model fields it reads as.

    ``fields`` and ``model`` list only what the variant is about, on top of ``base`` and
    ``base_model`` (the plain report's values, ``{}`` for another document);
    ``unrecognised`` is how many lines must be reported (``None``: not checked).
    """

    id: str
    text: str | None = None
    docx: Callable[[], bytes] | None = None
    fields: dict[str, Any] = field(default_factory=dict)
    model: dict[str, Any] | None = field(default_factory=dict)
    base: bool = True
    unrecognised: int | None = 0
    doc_type: str | None = None

    def expected_fields(self) -> dict[str, Any]:
        return {**(FIELDS if self.base else {}), **self.fields}

    def expected_model(self) -> dict[str, Any] | None:
        if self.model is None:
            return None
        return {**(MODEL if self.base else {}), **self.model}


def variant(old: str, new: str, source: str = REPORT) -> str:
    """``source`` with one passage replaced (it must be there)."""
    assert old in source, old
    return source.replace(old, new, 1)


VML = "urn:schemas-microsoft-com:vml"


def draw_rule(run: Any, length: str) -> None:
    """A drawn line (a VML shape) ``length`` long in ``run``, as Word draws a rule."""
    pict = OxmlElement("w:pict")
    line = etree.SubElement(pict, f"{{{VML}}}line", nsmap={"v": VML})
    line.set("from", "0,0")
    line.set("to", f"{length},0")
    run._r.append(pict)


# -- .docx inputs --------------------------------------------------------------------------


def _no_borders(table: Any) -> None:
    borders = OxmlElement("w:tblBorders")
    for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
        element = OxmlElement(f"w:{edge}")
        element.set(qn("w:val"), "nil")
        borders.append(element)
    table._tbl.tblPr.append(borders)


def _cell_lines(cell: Any, lines: Iterable[str], *, bold: bool = False) -> None:
    first = True
    for line in lines:
        paragraph = cell.paragraphs[0] if first else cell.add_paragraph()
        first = False
        paragraph.add_run(line).bold = bold


def _save(document: Any) -> bytes:
    stream = io.BytesIO()
    document.save(stream)
    return stream.getvalue()


def _header_table(document: Any, *, breaks: bool = False) -> None:
    """The header as real files lay it out: a borderless 2 × 2 table."""
    table = document.add_table(rows=2, cols=2)
    _no_borders(table)
    left, right = table.rows[0].cells
    if breaks:
        # One paragraph a column, its lines split by manual line breaks (w:br).
        for cell, lines in (
            (left, ("UBND TỈNH SƠN HÀ", "SỞ CÔNG THƯƠNG")),
            (right, (NATIONAL, MOTTO)),
        ):
            run = cell.paragraphs[0].add_run(lines[0])
            run.bold = True
            run.add_break(WD_BREAK.LINE)
            cell.paragraphs[0].add_run(lines[1]).bold = True
    else:
        _cell_lines(left, ("UBND TỈNH SƠN HÀ",))
        left.add_paragraph().add_run("SỞ CÔNG THƯƠNG").bold = True
        _cell_lines(right, (NATIONAL, MOTTO), bold=True)
    number, date = table.rows[1].cells
    number.paragraphs[0].add_run("Số:\t218/BC-SCT")
    date.paragraphs[0].add_run("\tSơn Hà, ngày 05 tháng 02 năm 2026").italic = True


def _rest(document: Any, body: str = BODY) -> None:
    for line in (TITLE + "\n" + body).splitlines():
        document.add_paragraph(line)
    _footer_table(document)


def docx_header_table() -> bytes:
    document = docx.Document()
    _header_table(document)
    _rest(document)
    return _save(document)


def docx_line_breaks() -> bytes:
    document = docx.Document()
    _header_table(document, breaks=True)
    _rest(document)
    return _save(document)


def docx_tab_led_body() -> bytes:
    # Headings and paragraphs that start with a tab, as most real bodies do.
    document = docx.Document()
    _header_table(document)
    _rest(document, "\n".join("\t" + line for line in BODY.splitlines()))
    return _save(document)


def docx_emphasis() -> bytes:
    # Bold and italic runs come back as the model's markup (**…**, *…*).
    document = docx.Document()
    _header_table(document)
    lines = BODY.splitlines()
    for line in (TITLE + "\n" + "\n".join(lines[:2])).splitlines():
        document.add_paragraph(line)
    paragraph = document.add_paragraph("Đoàn đã kiểm tra ")
    paragraph.add_run("12 cơ sở").bold = True
    paragraph.add_run(" (")
    paragraph.add_run("sản xuất, kinh doanh hóa chất").italic = True
    paragraph.add_run(") trên địa bàn tỉnh.")
    for line in lines[3:]:
        document.add_paragraph(line)
    _footer_table(document)
    return _save(document)


def _footer_table(document: Any) -> None:
    table = document.add_table(rows=1, cols=2)
    _no_borders(table)
    recipients, signature = table.rows[0].cells
    _cell_lines(recipients, FOOTER.split("\nKT.")[0].splitlines())
    # The name after an empty and a tab-only paragraph, as signed copies leave room.
    _cell_lines(signature, ["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "", "\t", "Hoàng Văn Bình"])


def _numbered(paragraph: Any, num_id: int) -> None:
    properties = paragraph._p.get_or_add_pPr()
    numbering = OxmlElement("w:numPr")
    level = OxmlElement("w:ilvl")
    level.set(qn("w:val"), "0")
    number = OxmlElement("w:numId")
    number.set(qn("w:val"), str(num_id))
    numbering.extend((level, number))
    properties.append(numbering)


def docx_word_list() -> bytes:
    # Points numbered by Word (w:numPr, "%1."), the numbers not in the text.
    document = docx.Document()
    numbering = document.part.numbering_part.element
    abstract = OxmlElement("w:abstractNum")
    abstract.set(qn("w:abstractNumId"), "90")
    lvl = OxmlElement("w:lvl")
    lvl.set(qn("w:ilvl"), "0")
    for tag, value in (("w:start", "1"), ("w:numFmt", "decimal"), ("w:lvlText", "%1.")):
        element = OxmlElement(tag)
        element.set(qn("w:val"), value)
        lvl.append(element)
    abstract.append(lvl)
    numbering.insert(0, abstract)
    num = OxmlElement("w:num")
    num.set(qn("w:numId"), "90")
    ref = OxmlElement("w:abstractNumId")
    ref.set(qn("w:val"), "90")
    num.append(ref)
    numbering.append(num)
    _header_table(document)
    lines = BODY.splitlines()
    for line in (TITLE + "\n" + "\n".join(lines[:2])).splitlines():
        document.add_paragraph(line)
    for point in (
        "Cơ sở sản xuất: 05 cơ sở đạt yêu cầu.",
        "Cơ sở kinh doanh: 07 cơ sở đạt yêu cầu.",
    ):
        _numbered(document.add_paragraph(point), 90)
    for line in lines[3:]:
        document.add_paragraph(line)
    _footer_table(document)
    return _save(document)


def docx_drawn_rules() -> bytes:
    # The short rules under the issuer and the motto, as drawn lines (a VML shape in a
    # run), carry no text: they must not show up as lines of the header.
    document = docx.Document()
    _header_table(document)
    cells = document.tables[0].rows[0].cells
    for cell in cells:
        draw_rule(cell.add_paragraph().add_run(), "60pt")
    _rest(document)
    return _save(document)


# -- the cases -----------------------------------------------------------------------------

DECISION = """UBND TỈNH SƠN HÀ
SỞ CÔNG THƯƠNG
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Số: 41/QĐ-SCT
Sơn Hà, ngày 12 tháng 3 năm 2026
QUYẾT ĐỊNH
Về việc thành lập Đoàn kiểm tra an toàn hóa chất
GIÁM ĐỐC SỞ CÔNG THƯƠNG TỈNH SƠN HÀ
Căn cứ Luật Hóa chất ngày 21 tháng 11 năm 2007;
Căn cứ Nghị định số 113/2017/NĐ-CP ngày 09/10/2017 của Chính phủ quy định chi tiết một số điều của Luật Hóa chất;
Theo đề nghị của Trưởng phòng Kỹ thuật an toàn.
QUYẾT ĐỊNH:
Điều 1. Thành lập Đoàn kiểm tra an toàn hóa chất, gồm các ông (bà) có tên sau:
1. Ông Hoàng Văn Bình, Phó Giám đốc Sở - Trưởng đoàn;
2. Bà Lò Thị Hoa, Trưởng phòng Kỹ thuật an toàn - Phó Trưởng đoàn.
Điều 2. Nhiệm vụ của Đoàn kiểm tra
1. Kiểm tra việc chấp hành pháp luật về hóa chất của các cơ sở:
a) Hồ sơ, giấy phép;
b) Kho chứa và phương tiện vận chuyển.
2. Báo cáo kết quả kiểm tra trước ngày 30/6/2026.
Điều 3. Quyết định có hiệu lực kể từ ngày ký. Chánh Văn phòng Sở, Trưởng phòng Kỹ thuật an toàn và các ông (bà) có tên tại Điều 1 chịu trách nhiệm thi hành Quyết định này./.
Nơi nhận:
- Như Điều 3;
- Lưu: VT, KTAT.
GIÁM ĐỐC

Trần Quốc Hưng"""

SO_CONG_THUONG = {
    "issuer": "SỞ CÔNG THƯƠNG",
    "parent_issuer": "UBND TỈNH SƠN HÀ",
    "place": "Sơn Hà",
}
DECISION_FIELDS: dict[str, Any] = {
    **SO_CONG_THUONG,
    "doc_type": "QUYẾT ĐỊNH",
    "kinh_gui": (),
    "number": "41",
    "symbol": "QĐ-SCT",
    "date": "2026-03-12",
    "subject": "Về việc thành lập Đoàn kiểm tra an toàn hóa chất",
    "can_cu": (
        "Căn cứ Luật Hóa chất ngày 21 tháng 11 năm 2007;",
        "Căn cứ Nghị định số 113/2017/NĐ-CP ngày 09/10/2017 của Chính phủ quy định chi tiết "
        "một số điều của Luật Hóa chất;",
    ),
    "headings": (
        "Điều 1. Thành lập Đoàn kiểm tra an toàn hóa chất, gồm các ông (bà) có tên sau:",
        "Điều 2. Nhiệm vụ của Đoàn kiểm tra",
        "Điều 3. Quyết định có hiệu lực kể từ ngày ký. Chánh Văn phòng Sở, Trưởng phòng Kỹ "
        "thuật an toàn và các ông (bà) có tên tại Điều 1 chịu trách nhiệm thi hành Quyết "
        "định này./.",
    ),
    "recipients": ("- Như Điều 3;", "- Lưu: VT, KTAT."),
    "signature_authority": (),
    "signature_title": "GIÁM ĐỐC",
    "signature_name": "Trần Quốc Hưng",
}

LETTER = """UBND TỈNH SƠN HÀ
SỞ CÔNG THƯƠNG
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Số: 1502/SCT-KTAT
Sơn Hà, ngày 20 tháng 4 năm 2026
V/v cung cấp thông tin về kho hóa chất
Kính gửi: Công ty cổ phần Hóa chất Sơn Hà
Sở Công Thương đề nghị Công ty cung cấp thông tin về kho chứa hóa chất trước ngày 30/4/2026./.
Nơi nhận:
- Như trên;
- Lưu: VT, KTAT.
KT. GIÁM ĐỐC
PHÓ GIÁM ĐỐC

Hoàng Văn Bình"""

LETTER_FIELDS: dict[str, Any] = {
    "doc_type": "Công văn",
    "issuer": "SỞ CÔNG THƯƠNG",
    "parent_issuer": "UBND TỈNH SƠN HÀ",
    "number": "1502",
    "symbol": "SCT-KTAT",
    "place": "Sơn Hà",
    "date": "2026-04-20",
    "subject": "cung cấp thông tin về kho hóa chất",
    "kinh_gui": ("Công ty cổ phần Hóa chất Sơn Hà",),
    "can_cu": (),
    "headings": (),
    "recipients": ("- Như trên;", "- Lưu: VT, KTAT."),
    "signature_authority": ("KT. GIÁM ĐỐC",),
}
LETTER_MODEL: dict[str, Any] = {
    "type": "OfficialLetter",
    "number": 1502,
    "unit": "KTAT",
    "subject": "cung cấp thông tin về kho hóa chất",
    "addressees": ("Công ty cổ phần Hóa chất Sơn Hà",),
    "archive": ("KTAT",),
    "signature": ("KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC"),
}

MINUTES = """UBND TỈNH SƠN HÀ
SỞ CÔNG THƯƠNG
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Số: 07/BB-SCT
Sơn Hà, ngày 14 tháng 5 năm 2026
BIÊN BẢN
Cuộc họp đánh giá kết quả kiểm tra an toàn hóa chất
Thời gian bắt đầu: 08 giờ 00 phút, ngày 14 tháng 5 năm 2026.
Địa điểm: Phòng họp Sở Công Thương.
Thành phần tham dự: Lãnh đạo Sở và các phòng chuyên môn.
Chủ trì: Ông Hoàng Văn Bình - Phó Giám đốc Sở.
Thư ký: Bà Lò Thị Hoa - Trưởng phòng Kỹ thuật an toàn.
Nội dung:
I. KẾT QUẢ KIỂM TRA
Đoàn báo cáo kết quả kiểm tra 12 cơ sở.
II. KẾT LUẬN
Cuộc họp thống nhất kết quả kiểm tra.
Cuộc họp kết thúc vào 10 giờ 30 phút cùng ngày./.
THƯ KÝ\tCHỦ TỌA

Lò Thị Hoa\tHoàng Văn Bình"""


def _report_with(signature: str) -> str:
    return variant("KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC", signature)


CASES = [
    # -- the header -------------------------------------------------------------------
    Case("plain-report", REPORT),
    Case(
        "header-columns-flattened",
        # Left column, then right column, then the number/date row, as copying a header
        # table out of Word gives.
        variant(
            HEADER,
            f"UBND TỈNH SƠN HÀ\nSỞ CÔNG THƯƠNG\n\n{NATIONAL}\n{MOTTO}\n\nSố: 218/BC-SCT\n"
            "\nSơn Hà, ngày 05 tháng 02 năm 2026",
        ),
    ),
    Case(
        "header-interleaved-by-line",
        variant(
            HEADER,
            f"UBND TỈNH SƠN HÀ\t{NATIONAL}\nSỞ CÔNG THƯƠNG\t{MOTTO}\n"
            "Số: 218/BC-SCT\tSơn Hà, ngày 05 tháng 02 năm 2026",
        ),
    ),
    Case(
        "header-run-together",
        variant(
            HEADER,
            f"{NATIONAL}UBND TỈNH SƠN HÀ\n{MOTTO}SỞ CÔNG THƯƠNG\n"
            "Số: 218/BC-SCT Sơn Hà, ngày 05 tháng 02 năm 2026",
        ),
    ),
    Case(
        "number-with-stray-spaces",
        variant("Số: 218/BC-SCT", "Số:   218  /BC-SCT          "),
    ),
    Case("number-with-a-tab", variant("Số: 218/BC-SCT", "Số:\t218 / BC-SCT")),
    Case(
        "number-blank",
        variant("Số: 218/BC-SCT", "Số:          /BC-SCT"),
        fields={"number": None},
        model={"number": None},
    ),
    Case(
        "day-blank",
        variant("Sơn Hà, ngày 05 tháng 02 năm 2026", "     Sơn Hà, ngày       tháng 6 năm 2026"),
        fields={"date": "2026-06"},
        model={"date": "2026-06"},
    ),
    Case(
        "day-and-month-blank",
        # An unsigned copy: only the year is printed; no IssueDate holds it, so the model
        # is not checked, but the field is read and the line reported.
        variant("Sơn Hà, ngày 05 tháng 02 năm 2026", "Sơn Hà, ngày      tháng      năm 2026"),
        fields={"date": "2026"},
        model=None,
        unrecognised=None,
    ),
    Case(
        "symbol-split-over-two-lines",
        variant("Số: 218/BC-SCT", "Số: 218/BC-\nSCT"),
    ),
    Case(
        "old-style-tone-and-dashes",
        # "CỘNG HOÀ" (old-style tone placement) and an en dash in the motto are the same
        # national name and motto; the issuer keeps its printed "UỶ".
        variant(
            f"UBND TỈNH SƠN HÀ\nSỞ CÔNG THƯƠNG\n{NATIONAL}\n{MOTTO}",
            "UỶ BAN NHÂN DÂN\nTỈNH SƠN HÀ\nCỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
            "Độc lập – Tự do – Hạnh phúc",
            variant("Số: 218/BC-SCT", "Số: 218/BC-UBND"),
        ),
        fields={
            "issuer": "UỶ BAN NHÂN DÂN TỈNH SƠN HÀ",
            "parent_issuer": None,
            "symbol": "BC-UBND",
        },
        model={"issuer": "ỦY BAN NHÂN DÂN TỈNH SƠN HÀ", "parent": None, "abbreviation": "UBND"},
    ),
    Case(
        "nfd-text",
        unicodedata.normalize("NFD", REPORT),
    ),
    Case(
        "type-and-subject-on-one-line",
        variant(TITLE, "BÁO CÁO Kết quả kiểm tra an toàn hóa chất năm 2025"),
    ),
    Case(
        "subject-in-capitals-wrapped",
        variant(TITLE, "BÁO CÁO\nKẾT QUẢ KIỂM TRA AN TOÀN\nHÓA CHẤT NĂM 2025"),
        fields={"subject": "KẾT QUẢ KIỂM TRA AN TOÀN HÓA CHẤT NĂM 2025"},
        model={"subject": "Kết quả kiểm tra an toàn hóa chất năm 2025"},
    ),
    # -- Kính gửi ----------------------------------------------------------------------
    Case("kinh-gui-one-line", LETTER, fields=LETTER_FIELDS, model=LETTER_MODEL, base=False),
    Case(
        "kinh-gui-as-a-list",
        variant(
            "Kính gửi: Công ty cổ phần Hóa chất Sơn Hà",
            "Kính gửi:\n- Công ty cổ phần Hóa chất Sơn Hà;\n- Công ty TNHH Vật liệu nổ Bắc Sơn.",
            LETTER,
        ),
        fields={
            **LETTER_FIELDS,
            "kinh_gui": (
                "- Công ty cổ phần Hóa chất Sơn Hà;",
                "- Công ty TNHH Vật liệu nổ Bắc Sơn.",
            ),
        },
        model={
            **LETTER_MODEL,
            "addressees": ("Công ty cổ phần Hóa chất Sơn Hà", "Công ty TNHH Vật liệu nổ Bắc Sơn"),
        },
        base=False,
    ),
    # -- sections and levels -------------------------------------------------------------
    Case(
        "roman-with-a-hyphen",
        variant("II. KIẾN NGHỊ", "II- KIẾN NGHỊ", variant("I. KẾT QUẢ", "I- KẾT QUẢ")),
        fields={"headings": ("I- KẾT QUẢ KIỂM TRA", "II- KIẾN NGHỊ")},
    ),
    Case(
        "phan-thu-nhat",
        variant(
            "II. KIẾN NGHỊ",
            "Phần thứ hai\nKIẾN NGHỊ",
            variant("I. KẾT QUẢ KIỂM TRA", "Phần thứ nhất\nKẾT QUẢ KIỂM TRA"),
        ),
        fields={"headings": ("Phần thứ nhất KẾT QUẢ KIỂM TRA", "Phần thứ hai KIẾN NGHỊ")},
    ),
    Case(
        "phan-roman",
        variant(
            "II. KIẾN NGHỊ",
            "PHẦN II. KIẾN NGHỊ",
            variant("I. KẾT QUẢ KIỂM TRA", "PHẦN I. KẾT QUẢ KIỂM TRA"),
        ),
        fields={"headings": ("PHẦN I. KẾT QUẢ KIỂM TRA", "PHẦN II. KIẾN NGHỊ")},
    ),
    Case(
        "letters-above-roman",
        variant(
            BODY,
            "A. KẾT QUẢ THỰC HIỆN\nI. KẾT QUẢ KIỂM TRA\nĐoàn đã kiểm tra 12 cơ sở.\n"
            "II. TỒN TẠI\nMột số cơ sở chưa lập kế hoạch ứng phó sự cố.\n"
            "B. KIẾN NGHỊ\nĐề nghị các cơ sở khắc phục các tồn tại trước ngày 30/6/2026.\n"
            "Trên đây là báo cáo kết quả kiểm tra an toàn hóa chất năm 2025 của Sở Công "
            "Thương./.",
        ),
        fields={"headings": ("A. KẾT QUẢ THỰC HIỆN", "B. KIẾN NGHỊ")},
        model={
            "sections": ("kết quả thực hiện", "kiến nghị"),
            "outline": [
                (1, "section", "kết quả thực hiện"),
                (2, "section", "kết quả kiểm tra"),
                (3, "paragraph", "đoàn đã kiểm tra 12 cơ sở."),
                (2, "section", "tồn tại"),
                (3, "paragraph", start("Một số cơ sở chưa lập kế hoạch ứng phó sự cố.")),
                (1, "section", "kiến nghị"),
                (2, "paragraph", start("Đề nghị các cơ sở khắc phục các tồn tại")),
            ],
        },
    ),
    Case(
        "levels-arabic-letter-dash-plus",
        variant(
            "Đoàn đã kiểm tra 12 cơ sở sản xuất, kinh doanh hóa chất trên địa bàn tỉnh.",
            "1. Cơ sở sản xuất\na) Hồ sơ pháp lý:\n- Giấy chứng nhận đủ điều kiện;\n"
            "+ Còn hiệu lực: 05 cơ sở;\n+ Hết hiệu lực: 01 cơ sở.\n"
            "b) Kho chứa đạt yêu cầu.\n2. Cơ sở kinh doanh\nCác cơ sở kinh doanh đạt yêu cầu.",
        ),
        model={
            "outline": [
                (1, "section", "kết quả kiểm tra"),
                (2, "section", "cơ sở sản xuất"),
                (3, "section", "hồ sơ pháp lý:"),
                (4, "bullet", "giấy chứng nhận đủ điều kiện;"),
                (5, "bullet", "còn hiệu lực: 05 cơ sở;"),
                (5, "bullet", "hết hiệu lực: 01 cơ sở."),
                (3, "section", "kho chứa đạt yêu cầu."),
                (2, "section", "cơ sở kinh doanh"),
                (3, "paragraph", "các cơ sở kinh doanh đạt yêu c"),
                (1, "section", "kiến nghị"),
                (2, "paragraph", start("Đề nghị các cơ sở khắc phục các tồn tại")),
            ]
        },
    ),
    Case(
        "decimal-levels",
        variant(
            "Đoàn đã kiểm tra 12 cơ sở sản xuất, kinh doanh hóa chất trên địa bàn tỉnh.",
            "1. Công tác cấp phép\n1.1. Cấp mới\nĐã cấp mới 04 giấy phép.\n1.2. Cấp lại\n"
            "Đã cấp lại 02 giấy phép.",
        ),
        model={
            "outline": [
                (1, "section", "kết quả kiểm tra"),
                (2, "section", "công tác cấp phép"),
                (3, "section", "cấp mới"),
                (4, "paragraph", "đã cấp mới 04 giấy phép."),
                (3, "section", "cấp lại"),
                (4, "paragraph", "đã cấp lại 02 giấy phép."),
                (1, "section", "kiến nghị"),
                (2, "paragraph", start("Đề nghị các cơ sở khắc phục các tồn tại")),
            ]
        },
    ),
    Case(
        "decision-can-cu-and-articles",
        DECISION,
        fields=DECISION_FIELDS,
        model={
            "type": "Decision",
            "number": 41,
            "subject": "Về việc thành lập Đoàn kiểm tra an toàn hóa chất",
            # The model's bases end with the "Theo đề nghị" line; the printed căn cứ don't.
            "legal_bases": (
                *DECISION_FIELDS["can_cu"],
                "Theo đề nghị của Trưởng phòng Kỹ thuật an toàn.",
            ),
            "articles": (
                start("Thành lập Đoàn kiểm tra an toàn hóa chất"),
                "nhiệm vụ của đoàn kiểm tra",
                start("Quyết định có hiệu lực kể từ ngày ký."),
            ),
            "signature": ("GIÁM ĐỐC",),
            "signer": "Trần Quốc Hưng",
        },
        base=False,
    ),
    Case(
        "closing-tren-day-la",
        # "Trên đây là …" closes the body; a sentence that only mentions it does not.
        variant(
            "Đề nghị các cơ sở khắc phục các tồn tại trước ngày 30/6/2026.",
            "Đề nghị các cơ sở khắc phục các tồn tại nêu trên đây là yêu cầu bắt buộc.",
        ),
        model={"closing": ("trên đây là báo cáo kết quả kiểm tra",)},
    ),
    # -- Nơi nhận and signatures --------------------------------------------------------
    Case(
        "recipients-without-dashes",
        variant(
            "- UBND tỉnh;\n- Giám đốc Sở;\n- Lưu: VT, KTAT.",
            "UBND tỉnh;\nGiám đốc Sở;\nLưu: VT, KTAT.",
        ),
        fields={"recipients": ("UBND tỉnh;", "Giám đốc Sở;", "Lưu: VT, KTAT.")},
    ),
    Case(
        "recipients-wrapped-item",
        variant(
            "- Giám đốc Sở;",
            "- Các sở: Tài chính, Xây dựng,\nNông nghiệp và Môi trường;",
        ),
        fields={
            "recipients": (
                "- UBND tỉnh;",
                "- Các sở: Tài chính, Xây dựng, Nông nghiệp và Môi trường;",
                "- Lưu: VT, KTAT.",
            )
        },
        model={
            "recipients": ("UBND tỉnh", "Các sở: Tài chính, Xây dựng, Nông nghiệp và Môi trường")
        },
    ),
    Case(
        "footer-side-by-side",
        # Nơi nhận and the signature in one borderless table, flattened line by line.
        variant(
            FOOTER,
            "Nơi nhận:\t\tKT. GIÁM ĐỐC\n- UBND tỉnh;\t\tPHÓ GIÁM ĐỐC\n- Giám đốc Sở;\n"
            "- Lưu: VT, KTAT.\n\n\t\tHoàng Văn Bình",
        ),
    ),
    Case(
        "authority-without-a-space",
        variant(
            "KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC",
            "KT.VỤ TRƯỞNG\nPHÓ VỤ TRƯỞNG",
            variant(
                "Số: 218/BC-SCT\nSơn Hà,",
                "Số: 218/BC-TTTN\nHà Nội,",
                variant(
                    "UBND TỈNH SƠN HÀ\nSỞ CÔNG THƯƠNG", "BỘ CÔNG THƯƠNG\nVỤ THỊ TRƯỜNG TRONG NƯỚC"
                ),
            ),
        ),
        fields={
            "issuer": "VỤ THỊ TRƯỜNG TRONG NƯỚC",
            "parent_issuer": "BỘ CÔNG THƯƠNG",
            "symbol": "BC-TTTN",
            "place": "Hà Nội",
            "signature_authority": ("KT.VỤ TRƯỞNG",),
            "signature_title": "PHÓ VỤ TRƯỞNG",
        },
        model={
            "issuer": "VỤ THỊ TRƯỜNG TRONG NƯỚC",
            "parent": "BỘ CÔNG THƯƠNG",
            "abbreviation": "TTTN",
            "place": "Hà Nội",
            "signature": ("KT. VỤ TRƯỞNG", "PHÓ VỤ TRƯỞNG"),
        },
    ),
    Case(
        "tl-and-kt-together",
        _report_with("TL. GIÁM ĐỐC\nKT. TRƯỞNG PHÒNG KỸ THUẬT AN TOÀN\nPHÓ TRƯỞNG PHÒNG"),
        fields={
            "signature_authority": ("TL. GIÁM ĐỐC", "KT. TRƯỞNG PHÒNG KỸ THUẬT AN TOÀN"),
            "signature_title": "PHÓ TRƯỞNG PHÒNG",
        },
        model={
            "signature": (
                "TL. GIÁM ĐỐC",
                "KT. TRƯỞNG PHÒNG KỸ THUẬT AN TOÀN",
                "PHÓ TRƯỞNG PHÒNG",
            )
        },
    ),
    Case(
        "title-with-a-comma",
        variant(
            "Số: 218/BC-SCT\nSơn Hà,",
            "Số: 218/BC-UBDT\nHà Nội,",
            variant(
                "UBND TỈNH SƠN HÀ\nSỞ CÔNG THƯƠNG",
                "ỦY BAN DÂN TỘC",
                _report_with("BỘ TRƯỞNG, CHỦ NHIỆM"),
            ),
        ),
        fields={
            "issuer": "ỦY BAN DÂN TỘC",
            "parent_issuer": None,
            "symbol": "BC-UBDT",
            "place": "Hà Nội",
            "signature_authority": (),
            "signature_title": "BỘ TRƯỞNG, CHỦ NHIỆM",
        },
        model={
            "issuer": "ỦY BAN DÂN TỘC",
            "parent": None,
            "abbreviation": "UBDT",
            "place": "Hà Nội",
            "signature": ("BỘ TRƯỞNG, CHỦ NHIỆM",),
        },
    ),
    Case(
        "signed-mark",
        # A published copy: "(Đã ký)" between the title and the name is a mark, not a name.
        variant("PHÓ GIÁM ĐỐC\n\nHoàng Văn Bình", "PHÓ GIÁM ĐỐC\n(Đã ký)\nHoàng Văn Bình"),
    ),
    Case(
        "bien-ban-two-signatures",
        MINUTES,
        fields={
            **SO_CONG_THUONG,
            "doc_type": "BIÊN BẢN",
            "date": "2026-05-14",
            "kinh_gui": (),
            "can_cu": (),
            "number": "07",
            "symbol": "BB-SCT",
            "subject": "Cuộc họp đánh giá kết quả kiểm tra an toàn hóa chất",
            "headings": ("I. KẾT QUẢ KIỂM TRA", "II. KẾT LUẬN"),
            "recipients": (),
            # The one signature of the fields is the chair's, as in the model.
            "signature_title": "CHỦ TỌA",
            "signature_name": "Hoàng Văn Bình",
        },
        model={
            "type": "Minutes",
            "number": 7,
            "chair": "Hoàng Văn Bình",
            "secretary": "Lò Thị Hoa",
            "signer": "Hoàng Văn Bình",
        },
        base=False,
    ),
    # -- structure only a .docx carries ---------------------------------------------------
    Case("docx-borderless-header-table", docx=docx_header_table),
    Case("docx-manual-line-breaks", docx=docx_line_breaks),
    Case("docx-tab-led-lines", docx=docx_tab_led_body),
    Case(
        "docx-bold-and-italic-runs",
        docx=docx_emphasis,
        model={
            "outline": [
                (1, "section", "kết quả kiểm tra"),
                (2, "paragraph", start("Đoàn đã kiểm tra **12 cơ sở** (*sản xuất, kinh")),
                (1, "section", "kiến nghị"),
                (2, "paragraph", start("Đề nghị các cơ sở khắc phục các tồn tại")),
            ]
        },
    ),
    Case(
        "docx-word-numbered-list",
        docx=docx_word_list,
        model={
            "outline": [
                (1, "section", "kết quả kiểm tra"),
                (2, "section", start("Cơ sở sản xuất: 05 cơ sở đạt yêu cầu.")),
                (2, "section", start("Cơ sở kinh doanh: 07 cơ sở đạt yêu cầu.")),
                (1, "section", "kiến nghị"),
                (2, "paragraph", start("Đề nghị các cơ sở khắc phục các tồn tại")),
            ]
        },
    ),
    Case("docx-drawn-rules", docx=docx_drawn_rules),
]


def _read(case: Case) -> Any:
    if case.docx is not None:
        return read_docx(case.docx(), doc_type=case.doc_type)
    assert case.text is not None
    return read_text(case.text, doc_type=case.doc_type)


def test_the_cases_are_many_and_named_once() -> None:
    ids = [case.id for case in CASES]
    assert len(ids) == len(set(ids))
    assert len(ids) >= 24


@pytest.mark.parametrize("case", CASES, ids=[case.id for case in CASES])
def test_the_fields_are_read_as_printed(case: Case) -> None:
    imported = _read(case)
    got = {name: getattr(imported.fields, name) for name in case.expected_fields()}
    assert got == case.expected_fields()
    if case.unrecognised is not None:
        assert len(imported.unrecognised) == case.unrecognised, imported.unrecognised


@pytest.mark.parametrize(
    "case",
    [case for case in CASES if case.model is not None],
    ids=[case.id for case in CASES if case.model is not None],
)
def test_the_document_is_built(case: Case) -> None:
    imported = _read(case)
    assert imported.recognised
    document = imported.document
    assert document is not None
    expected = case.expected_model()
    assert expected is not None
    got = {name: PROBES[name](document) for name in expected}
    assert got == expected
