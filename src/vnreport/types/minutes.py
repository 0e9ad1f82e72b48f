"""The biên bản (Phụ lục III, Mẫu 1.9): no place-and-date line in the header, and two
signatures side by side — the secretary's on the left, the chair's on the right — with
Nơi nhận under them."""

from __future__ import annotations

from vnreport.layout import frame
from vnreport.layout.page import FooterKind, Page
from vnreport.model.minutes import Minutes
from vnreport.rules.doctypes import DocumentType
from vnreport.types.entry import TypeEntry, slug
from vnreport.types.starters import starter

__all__ = ["MINUTES_ENTRY", "lay_out_minutes"]


def lay_out_minutes(document: Minutes) -> Page:
    """The page of a biên bản: the header without its date line, BIÊN BẢN and the name of
    the meeting, the record, then THƯ KÝ and CHỦ TỌA side by side and Nơi nhận."""
    return frame.page(
        document,
        subject=document.subject,
        body=document.body,
        place_date=False,
        footer_kind=FooterKind.TWO_SIGNATURES,
        signatures=(document.secretary_signature, document.signature),
    )


_MIDDLE = """\
# Trích yếu: the name of the meeting, in sentence case.
subject: Hội nghị sơ kết công tác 6 tháng đầu năm, triển khai nhiệm vụ 6 tháng cuối năm 2021

kind: Hội nghị        # Cuộc họp, Hội nghị or Hội thảo: "Hội nghị kết thúc vào …"

# Thời gian bắt đầu, kết thúc: "YYYY-MM-DD HH:MM".
start: "2021-06-29 08:00"
end: "2021-06-29 11:30"
place: Hội trường Ủy ban nhân dân huyện Tuần Giáo

# Thành phần tham dự: one line, or one item a group.
attendees:
  - Lãnh đạo Thường trực Huyện ủy, Hội đồng nhân dân, Ủy ban nhân dân huyện
  - Trưởng các phòng, ban, ngành, đoàn thể huyện
  - Chủ tịch Ủy ban nhân dân các xã, thị trấn

# Chủ trì (chủ tọa) signs on the right, the thư ký on the left; names in normal case.
chair:
  name: Lò Văn Tiến
  title: Phó Chủ tịch Ủy ban nhân dân huyện
  honorific: Đồng chí             # danh xưng before the name in the body (optional)
secretary:
  name: Quàng Thị Mai
  title: Chuyên viên Văn phòng HĐND và UBND huyện
  honorific: Đồng chí

# Nội dung: in the order of the meeting — paragraphs (text), dash items, tables and
# sections, which are numbered I., II., … (titles printed in capitals).
content:
  - type: section
    title: Báo cáo kết quả thực hiện nhiệm vụ 6 tháng đầu năm 2021
    content:
      - Đồng chí Chánh Văn phòng HĐND và UBND huyện trình bày dự thảo báo cáo.
  - type: section
    title: Ý kiến thảo luận
    content:
      - type: bullet
        text: Đồng chí Trưởng phòng Tài chính - Kế hoạch đề nghị đẩy nhanh tiến độ giải ngân.
  - type: section
    title: Kết luận của chủ trì
    content:
      - Các cơ quan, đơn vị triển khai thực hiện tốt các nhiệm vụ 6 tháng cuối năm 2021.
"""

_SIGNATURES = """\
# No "signature" key: a biên bản is signed by its secretary and its chair (above).
"""

_TERMS = {
    "subject": "trích yếu — the name of the meeting under BIÊN BẢN, in sentence case",
    "kind": "loại cuộc họp — Cuộc họp, Hội nghị or Hội thảo, named by the closing line",
    "start": "thời gian bắt đầu — when the meeting began, 'YYYY-MM-DD HH:MM'",
    "end": "thời gian kết thúc — when it ended, 'YYYY-MM-DD HH:MM'",
    "place": "địa điểm — where the meeting took place",
    "attendees": "thành phần tham dự — who attended: one line, or one item a group",
    "chair": "chủ trì (chủ tọa) — who chaired the meeting; signs on the right, CHỦ TỌA",
    "secretary": "thư ký — who took the minutes; signs on the left, THƯ KÝ",
    "content": "nội dung — what the meeting heard, discussed and decided, in order",
}

_KEY = slug(DocumentType.MINUTES.title)

MINUTES_ENTRY = TypeEntry(
    key=_KEY,
    model=Minutes,
    lay_out=lay_out_minutes,
    starter=starter(
        _KEY,
        DocumentType.MINUTES.title,
        _MIDDLE,
        recipients=("Thường trực Huyện ủy", "Thường trực HĐND huyện", '"Lưu: VT, VP"'),
        signature=_SIGNATURES,
        number="number: null         # số: null until the biên bản is registered (then 5)",
    ),
    terms=_TERMS,
    sample="Mẫu 1.9",
)
