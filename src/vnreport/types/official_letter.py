"""The công văn (Phụ lục III, Mẫu 1.5): "V/v …" under the number, no type name, Kính gửi."""

from __future__ import annotations

from vnreport.layout import frame
from vnreport.layout.page import Page
from vnreport.model.official_letter import OfficialLetter
from vnreport.rules.doctypes import DocumentType
from vnreport.types.entry import TypeEntry, slug
from vnreport.types.starters import starter

__all__ = ["OFFICIAL_LETTER_ENTRY", "lay_out_official_letter"]


def lay_out_official_letter(document: OfficialLetter) -> Page:
    """The page of a công văn: the header with the V/v line under the number (ô 5b) and
    no title, Kính gửi, the body, Nơi nhận from "Như trên" beside the signature."""
    return frame.page(
        document,
        subject=document.subject,
        # One paragraph: a long subject wraps in the number's column, as in Mẫu 1.5.
        subject_vv=(document.subject_line,),
        titled=False,
        body=(*frame.addressee_blocks(document.addressee_lines), *document.body),
    )


_STARTER = """\
# Ký hiệu: a công văn's symbol is the issuer's abbreviation and the drafting unit's
# (no type abbreviation): "Số: …/UBND-VP".
symbol_unit: VP

# Trích yếu: what the letter is about, as it reads after "V/v" (printed for you).
subject: báo cáo kết quả thực hiện nhiệm vụ 6 tháng đầu năm 2021

# Kính gửi: one addressee goes on the "Kính gửi:" line; two or more are printed as a
# "- …;" list under it. "Như trên" then opens the Nơi nhận for you.
addressees:
  - Ủy ban nhân dân tỉnh Điện Biên
  # - Sở Nội vụ tỉnh Điện Biên

# Nội dung: the paragraphs in order. A numbered point is a section: "1.", "2." (with a
# title it is a bold heading), its own points "a)", "b)".
content:
  - "Thực hiện Công văn số 1520/UBND-TH ngày 20/5/2021 của Ủy ban nhân dân tỉnh Điện Biên,
    Ủy ban nhân dân huyện Tuần Giáo báo cáo kết quả thực hiện nhiệm vụ 6 tháng đầu năm 2021
    như sau:"
  - type: section                  # a point without title: "1. …"
    content:
      - Tổng thu ngân sách nhà nước trên địa bàn đạt 52,6% dự toán tỉnh giao.
  - type: section
    content:
      - Tỷ lệ hộ nghèo giảm còn 38,2%, đạt kế hoạch đề ra.
  - Ủy ban nhân dân huyện Tuần Giáo kính báo cáo Ủy ban nhân dân tỉnh xem xét, tổng hợp.
"""

_TERMS = {
    "subject": ("trích yếu — what the letter is about, as it reads after 'V/v' (printed for you)"),
    "addressees": "kính gửi — whom the letter is sent to: one or more, required",
    "content": (
        "nội dung — paragraphs (text), bullets, tables and numbered points (sections 1., 2.)"
    ),
}

#: The công văn's entry in the registry.
OFFICIAL_LETTER_ENTRY = TypeEntry(
    key=slug(DocumentType.OFFICIAL_LETTER.title),
    model=OfficialLetter,
    lay_out=lay_out_official_letter,
    starter=starter(
        slug(DocumentType.OFFICIAL_LETTER.title),
        DocumentType.OFFICIAL_LETTER.title,
        _STARTER,
        recipients=("Chủ tịch, các Phó Chủ tịch UBND huyện", '"Lưu: VT, VP"'),
    ),
    terms=_TERMS,
    sample="Mẫu 1.5",
)
