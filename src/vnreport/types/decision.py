"""The quyết định (Mẫu 1.2; Mẫu 1.3 with the text it issues after the signature)."""

from __future__ import annotations

from vnreport.layout import frame
from vnreport.layout.page import AppendixPage, Line, Page
from vnreport.model.decision import Decision, IssuedText
from vnreport.rules import Component
from vnreport.types.entry import TypeEntry
from vnreport.types.starters import starter

__all__ = ["DECISION_ENTRY", "lay_out_decision"]


def lay_out_decision(document: Decision) -> Page:
    """The page of a quyết định: the header, "QUYẾT ĐỊNH" and the subject, the authority
    line, the bases, "QUYẾT ĐỊNH:" and the articles, Nơi nhận ("Như Điều N" first) beside
    the signature; then the text it issues, on pages of its own, and the appendices."""
    issued = () if document.attachment is None else (issued_page(document, document.attachment),)
    return frame.page(
        document,
        subject=document.subject,
        body=document.body,
        pages_before_appendices=issued,
    )


def issued_page(document: Decision, text: IssuedText) -> AppendixPage:
    """The issued text (Mẫu 1.3): the header's first row again, its type name and
    subject, "(Kèm theo Quyết định số …)" and its content. As in the decree's sample, it
    is not signed again: the decision's signature issues it."""
    return AppendixPage(
        label=Line(Component.TYPE_NAME, text.doc_type.printed_name),
        title=(Line(Component.SUBJECT, text.subject),),
        note=Line(Component.APPENDIX_NOTE, frame.enclosure_note(document)),
        body=text.body,
        repeat_header=True,
    )


_MIDDLE = """\
# Trích yếu: what is decided, in sentence case ("Về việc …", "Ban hành …", "Phê duyệt …").
subject: Về việc thành lập Tổ công tác triển khai chuyển đổi số huyện Tuần Giáo

# authority: Chủ tịch Ủy ban nhân dân huyện Tuần Giáo   # thẩm quyền ban hành; left out,
#                                   # vnreport writes the one the signature shows

# Căn cứ: one line each, as printed; every line ends with ";", the last with ".".
legal_bases:
  - Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;
  - Căn cứ Quyết định số 12/QĐ-UBND ngày 10/01/2022 của UBND tỉnh Điện Biên về chuyển
    đổi số tỉnh Điện Biên năm 2022;
  - Theo đề nghị của Trưởng phòng Nội vụ huyện.

# Điều 1., Điều 2. … are numbered for you. An article has a title (printed bold with its
# label, its content below) or a text (after "Điều N." in the same paragraph).
articles:
  - text: "Thành lập Tổ công tác triển khai chuyển đổi số huyện Tuần Giáo, gồm các ông
      (bà) có tên sau:"
    content:
      - type: section                          # a khoản: 1., 2. …
        content:
          - Ông Lò Văn Inh, Phó Chủ tịch UBND huyện - Tổ trưởng;
      - type: section
        content:
          - Ông Lò Văn Bình, Trưởng phòng Văn hóa và Thông tin huyện - Tổ phó.
  - title: Nhiệm vụ của Tổ công tác
    content:
      - type: section
        content:
          - "Tham mưu cho Chủ tịch UBND huyện:"
          - type: section                      # an điểm: a), b) …
            content:
              - Chỉ đạo triển khai các nhiệm vụ chuyển đổi số;
          - type: section
            content:
              - Kiểm tra, đôn đốc các cơ quan, đơn vị thực hiện.
  # The last article names who carries the decision out: Nơi nhận opens with
  # "Như Điều 3" for it.
  - text: Chánh Văn phòng HĐND và UBND huyện, Trưởng phòng Nội vụ huyện và các ông (bà)
      có tên tại Điều 1 chịu trách nhiệm thi hành Quyết định này.

# attachment:                       # the text a decision issues (Mẫu 1.3), after the signature
#   kind: Quy chế
#   subject: Hoạt động của Tổ công tác triển khai chuyển đổi số huyện Tuần Giáo
#   chapters:
#     - title: Quy định chung
#       articles:
#         - title: Phạm vi điều chỉnh
#           content:
#             - Quy chế này quy định nguyên tắc, chế độ làm việc của Tổ công tác.
"""

_SIGNATURE = """\
# Chữ ký: the head signs ("Chủ tịch"), or the collective ("TM. Ủy ban nhân dân", then the
# title), a deputy with "KT. Chủ tịch" above "Phó Chủ tịch".
signature:
  title: Chủ tịch
  name: Nguyễn Văn An
"""

_TERMS = {
    "subject": "trích yếu — what is decided, in sentence case ('Về việc …', 'Ban hành …')",
    "authority": (
        "thẩm quyền ban hành — who has the power to decide, printed in capitals; left out, "
        "the one the signature shows"
    ),
    "legal_bases": (
        "căn cứ — one line each as printed: 'Căn cứ …;', 'Xét đề nghị của …;', "
        "'Theo đề nghị của ….' last"
    ),
    "articles": "các điều — the articles, numbered for you; the last names who carries it out",
    "attachment": "văn bản ban hành kèm theo — the quy chế, quy định … the decision issues",
}

#: The quyết định.
DECISION_ENTRY = TypeEntry(
    key="quyet-dinh",
    model=Decision,
    lay_out=lay_out_decision,
    starter=starter(
        "quyet-dinh",
        Decision.DOC_TYPE.title,
        _MIDDLE,
        recipients=("Phòng Nội vụ huyện", '"Lưu: VT, NV"'),
        signature=_SIGNATURE,
        date="2022-04",
    ),
    terms=_TERMS,
    sample="Mẫu 1.2, 1.3",
)
