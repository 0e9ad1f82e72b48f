"""Starter files for ``vnreport new``: a complete, valid document with comments to fill in."""

from __future__ import annotations

__all__ = ["STARTERS"]

_BAO_CAO = """\
# Báo cáo — vnreport data file (docs/data-files.md explains every key).
# Fill in the content; vnreport writes the form (Nghị định 30/2020/NĐ-CP):
#     vnreport validate bao-cao.yaml       check this file
#     vnreport render bao-cao.yaml         write bao-cao.docx
# Text may use *italic* and **bold**. A line break inside a text is a space; start a new
# list item for a new paragraph.

doc_type: bao-cao

# Cơ quan ban hành: full official name, its abbreviation in the symbol, and its place.
issuer:
  name: Ủy ban nhân dân huyện Tuần Giáo
  abbreviation: UBND
  place: Tuần Giáo
  # parent:                          # cơ quan chủ quản, if any
  #   name: Ủy ban nhân dân tỉnh Điện Biên
  #   abbreviation: UBND
  #   place: Điện Biên
  #   short_name: UBND tỉnh Điện Biên

number: null         # số: null until the document is registered (then e.g. 5)
date: "2021-06"      # ngày ban hành: "YYYY-MM" for a draft, "YYYY-MM-DD" once signed

# Trích yếu: what the report is about, in sentence case (no "V/v").
subject: Kết quả thực hiện nhiệm vụ 6 tháng đầu năm 2021

# addressees:                        # kính gửi, for a report sent to a superior
#   - Ủy ban nhân dân tỉnh Điện Biên

opening:             # a text ending with ":" must be in quotes in YAML
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

# Nơi nhận: one recipient per item; the last is the filing line "Lưu: VT, <unit>".
recipients:
  - Ban Dân vận Huyện ủy
  - "Lưu: VT, NV"

# Chữ ký: authority lines (TM., KT., TL., TUQ.), the signer's own title and name.
signature:
  authority:
    - TM. Ủy ban nhân dân
    - KT. Chủ tịch
  title: Phó Chủ tịch
  name: Phạm Thị Tuyên

# Optional marks:
# secrecy: Mật                      # Mật, Tối mật, Tuyệt mật
# urgency: Khẩn                     # Khẩn, Thượng khẩn, Hỏa tốc
# circulation: Lưu hành nội bộ
"""

#: Document type → the text of its starter file (YAML).
STARTERS: dict[str, str] = {"bao-cao": _BAO_CAO}
