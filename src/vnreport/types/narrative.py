"""The types printed in the shape of Mẫu 1.4: báo cáo, kế hoạch, thông báo, hướng dẫn,
chương trình, tờ trình, and every other type of Điều 7 without a layout of its own."""

from __future__ import annotations

from vnreport.layout import frame
from vnreport.layout.page import Page
from vnreport.model.narrative import NarrativeDocument, make_narrative_class
from vnreport.rules.doctypes import DocumentType
from vnreport.types.entry import TypeEntry, slug
from vnreport.types.starters import starter

__all__ = ["GENERIC_ENTRIES", "NARRATIVE_ENTRIES", "lay_out_narrative"]


def lay_out_narrative(document: NarrativeDocument) -> Page:
    """The page of a narrative document: the header, the type name and the subject,
    Kính gửi, the body, Nơi nhận beside the signature, the appendices."""
    body = (*frame.addressee_blocks(document.addressee_lines), *document.body)
    return frame.page(document, subject=document.subject, body=body)


_REPORT = """\
# Trích yếu: what the report is about, in sentence case (no "V/v").
subject: Kết quả thực hiện nhiệm vụ 6 tháng đầu năm 2021

# addressees:                        # kính gửi, for a report sent to a superior
#   - Ủy ban nhân dân tỉnh Điện Biên

opening:
  - "Thực hiện Kế hoạch số 70/KH-UBND ngày 26/3/2021 của UBND huyện Tuần Giáo,
    UBND huyện báo cáo như sau:"

sections:            # mục I., II., … (numbered for you; titles printed in capitals)
  - title: Kết quả thực hiện
    content:
      - Nội dung đoạn văn thứ nhất.            # a paragraph is plain text
      - type: bullet                           # a "-" item, with its "+" items
        text: Nội dung gạch đầu dòng
        items:
          - Ý con thứ nhất
      - type: section                          # khoản 1., 2., … inside a mục
        title: Công tác tiếp công dân
        content:
          - Tiếp 99 lượt với 142 người dân.
  - title: Nhiệm vụ thời gian tới
    content:
      - type: section                          # a khoản without title: "1. …"
        content:
          - Tiếp tục thực hiện tốt các nhiệm vụ được giao.

closing:
  - Trên đây là báo cáo kết quả thực hiện nhiệm vụ 6 tháng đầu năm 2021 của UBND huyện Tuần Giáo.
"""

_PLAN = """\
# Trích yếu: what the plan is for, in sentence case.
subject: Triển khai công tác chuyển đổi số năm 2022

opening:
  - "Thực hiện Quyết định số 12/QĐ-UBND ngày 10/01/2022 của UBND tỉnh Điện Biên, UBND
    huyện Tuần Giáo ban hành Kế hoạch triển khai như sau:"

sections:
  - title: Mục đích, yêu cầu
    content:
      - type: section
        title: Mục đích
        content:
          - Nâng cao hiệu quả quản lý nhà nước trên địa bàn huyện.
      - type: section
        title: Yêu cầu
        content:
          - Bám sát nhiệm vụ được giao, bảo đảm tiến độ.
  - title: Nội dung, nhiệm vụ
    content:
      - type: bullet
        text: Rà soát hạ tầng công nghệ thông tin của các cơ quan, đơn vị.
      - type: bullet
        text: Tập huấn kỹ năng số cho cán bộ, công chức.
  - title: Tổ chức thực hiện
    content:
      - Các cơ quan, đơn vị căn cứ Kế hoạch này tổ chức thực hiện, báo cáo kết quả về
        UBND huyện trước ngày 15/12/2022.
"""

_NOTICE = """\
# Trích yếu: what is made known, in sentence case.
subject: Kết luận của Chủ tịch UBND huyện tại buổi làm việc với xã Quài Cang

opening:
  - "Ngày 10 tháng 5 năm 2022, Chủ tịch UBND huyện làm việc với UBND xã Quài Cang về tiến
    độ xây dựng nông thôn mới. Sau khi nghe báo cáo, Chủ tịch UBND huyện kết luận như sau:"

sections:
  - title: Đánh giá chung
    content:
      - Xã đã triển khai quyết liệt các nhiệm vụ được giao.
  - title: Nhiệm vụ thời gian tới
    content:
      - type: section
        content:
          - Hoàn thành hồ sơ đề nghị công nhận xã đạt chuẩn trước ngày 30/9/2022.

closing:
  - UBND huyện thông báo để các cơ quan, đơn vị biết, thực hiện.
"""

_GUIDANCE = """\
# Trích yếu: what the guidance is on, in sentence case.
subject: Thực hiện chế độ báo cáo thống kê năm 2022

opening:
  - "Để thống nhất việc thực hiện chế độ báo cáo, UBND huyện hướng dẫn như sau:"

sections:
  - title: Phạm vi, đối tượng
    content:
      - Các cơ quan chuyên môn thuộc UBND huyện, UBND các xã, thị trấn.
  - title: Nội dung, thời hạn báo cáo
    content:
      - type: section
        content:
          - Báo cáo định kỳ 6 tháng gửi trước ngày 15 tháng 6.
  - title: Tổ chức thực hiện
    content:
      - Văn phòng HĐND và UBND huyện theo dõi, đôn đốc việc thực hiện Hướng dẫn này.
"""

_PROGRAMME = """\
# Trích yếu: what the programme is of, in sentence case.
subject: Công tác năm 2022 của Ủy ban nhân dân huyện

sections:
  - title: Mục tiêu
    content:
      - Hoàn thành các chỉ tiêu kinh tế - xã hội năm 2022.
  - title: Nhiệm vụ trọng tâm
    content:
      - type: bullet
        text: Tập trung phát triển sản xuất nông nghiệp hàng hóa.
  - title: Tổ chức thực hiện
    content:
      - Các cơ quan, đơn vị xây dựng kế hoạch cụ thể để triển khai Chương trình này.
"""

_SUBMISSION = """\
# Trích yếu: what is submitted for approval, in sentence case.
subject: Đề nghị phê duyệt Kế hoạch chuyển đổi số năm 2022

# Kính gửi: the body asked to approve (a tờ trình names it).
addressees:
  - Ủy ban nhân dân tỉnh Điện Biên

opening:
  - "Căn cứ Quyết định số 12/QĐ-UBND ngày 10/01/2022 của UBND tỉnh Điện Biên, UBND
    huyện Tuần Giáo kính trình UBND tỉnh phê duyệt Kế hoạch như sau:"

sections:
  - title: Sự cần thiết
    content:
      - Việc chuyển đổi số là yêu cầu cấp thiết trong giai đoạn hiện nay.
  - title: Nội dung đề nghị
    content:
      - Phê duyệt Kế hoạch chuyển đổi số năm 2022 của huyện Tuần Giáo (*kèm theo dự thảo*).

closing:
  - UBND huyện Tuần Giáo kính trình UBND tỉnh xem xét, phê duyệt.
"""

_GENERIC = """\
# Trích yếu: what the document is about, in sentence case.
subject: Tổ chức và hoạt động của Ban chỉ đạo

sections:
  - title: Quy định chung
    content:
      - Nội dung thứ nhất.
  - title: Tổ chức thực hiện
    content:
      - Nội dung thứ hai.
"""

_OWN = {
    DocumentType.REPORT: _REPORT,
    DocumentType.SUBMISSION: _SUBMISSION,
    DocumentType.PLAN: _PLAN,
    DocumentType.NOTICE: _NOTICE,
    DocumentType.GUIDANCE: _GUIDANCE,
    DocumentType.PROGRAMME: _PROGRAMME,
}
# The month each starter is dated in, after what its text cites (a kế hoạch of March 2022
# that follows a quyết định of January); the others are dated as the báo cáo's.
_DATES = {
    DocumentType.SUBMISSION: "2022-04",
    DocumentType.PLAN: "2022-03",
    DocumentType.NOTICE: "2022-05",
    DocumentType.GUIDANCE: "2022-06",
    DocumentType.PROGRAMME: "2022-01",
}
# Types with a layout of their own (vnreport.types.<type>), not Mẫu 1.4's.
OWN_LAYOUTS = frozenset(
    {
        DocumentType.OFFICIAL_LETTER,
        DocumentType.DECISION,
        DocumentType.INVITATION,
        DocumentType.MINUTES,
    }
)

_TERMS = {
    "subject": "trích yếu — the summary under the type name, in sentence case",
    "addressees": "kính gửi — the superiors the document is sent to",
    "opening": "phần mở đầu — paragraphs before the first section ('Thực hiện Công văn số …')",
    "sections": "các mục — the numbered sections I., II., …",
    "closing": "phần kết — paragraphs after the sections ('Trên đây là …')",
}


def _entry(doc_type: DocumentType) -> TypeEntry:
    key = slug(doc_type.title)
    return TypeEntry(
        key=key,
        model=make_narrative_class(doc_type),
        lay_out=lay_out_narrative,
        starter=starter(
            key, doc_type.title, _OWN.get(doc_type, _GENERIC), date=_DATES.get(doc_type, "2021-06")
        ),
        terms=_TERMS,
        sample="Mẫu 1.4",
    )


#: The narrative types with starters of their own: báo cáo, tờ trình, kế hoạch, thông
#: báo, hướng dẫn, chương trình.
NARRATIVE_ENTRIES: tuple[TypeEntry, ...] = tuple(_entry(doc_type) for doc_type in _OWN)
#: The other types of Điều 7 without a layout of their own, in the decree's order.
GENERIC_ENTRIES: tuple[TypeEntry, ...] = tuple(
    _entry(doc_type)
    for doc_type in DocumentType
    if doc_type not in _OWN and doc_type not in OWN_LAYOUTS
)
