"""The words citations are made of: type names, the words that start a subject, connectors.

Closed vocabularies live here, once, so that parsing, validating and finding citations in
running text read the same lists.
"""

from __future__ import annotations

import enum
import re

from vnreport.rules.doctypes import DocumentType

__all__ = [
    "AMBIGUOUS_VERBS",
    "KNOWN_KINDS",
    "LAW_KINDS",
    "SUBJECT_VERBS",
    "SubjectConnector",
    "SubjectStart",
    "kind_pattern",
    "subject_start",
]


class SubjectConnector(enum.Enum):
    """What introduces the subject (*trích yếu*) of a cited document."""

    #: "… của Chính phủ về công tác văn thư".
    VE = "về"
    #: "… của UBND tỉnh về việc ban hành Quy chế làm việc": the subject is what follows.
    VE_VIEC = "về việc"
    #: No connector: the subject starts with its verb ("… của Chính phủ quy định chi tiết
    #: …") or with a quoted title ("… của Bộ Chính trị “Quy định về …”").
    DIRECT = ""


#: Types cited by their name, with or without a number ("Luật Tổ chức Chính phủ ngày 19
#: tháng 6 năm 2015", "Pháp lệnh Dân số số 06/2003/PL-UBTVQH11"); longest first.
LAW_KINDS: tuple[str, ...] = ("Hiến pháp", "Bộ luật", "Pháp lệnh", "Luật")

#: Names of document types recognised in running text: the 29 administrative types of
#: Nghị định 30/2020 (Điều 7), the legal normative types, the Party types of Hướng dẫn
#: 36-HD/VPTW, and a few compound names that stand right before the number in practice
#: ("Quy chế phối hợp số 01/QCPH-…"). The old-style tone marks ("uỷ", "thoả") are listed
#: too, because official texts use both spellings.
KNOWN_KINDS: tuple[str, ...] = (
    *(member.title for member in DocumentType),
    "Bản thoả thuận",
    "Giấy uỷ quyền",
    # Legal normative documents (Luật Ban hành văn bản quy phạm pháp luật).
    "Hiến pháp",
    "Bộ luật",
    "Luật",
    "Pháp lệnh",
    "Lệnh",
    "Sắc lệnh",
    "Nghị định",
    "Thông tư",
    "Thông tư liên tịch",
    "Nghị quyết liên tịch",
    "Văn bản hợp nhất",
    # Party documents.
    "Kết luận",
    "Thông tri",
    "Thông báo kết luận",
    "Chương trình hành động",
    # Generic and compound names used before a number.
    "Văn bản",
    "Quy chế phối hợp",
    "Chương trình phối hợp",
    "Giấy phép",
)

#: Verbs that start a subject and never occur in lower case inside an agency's name:
#: after "của Chính phủ", "quy định …" is the subject, whoever the issuer is.
SUBJECT_VERBS: tuple[str, ...] = (
    "quy định", "hướng dẫn", "ban hành", "sửa đổi", "bổ sung", "phê duyệt", "phê chuẩn",
    "công bố", "phân cấp", "phân quyền", "ủy quyền", "uỷ quyền", "bãi bỏ", "hủy bỏ", "huỷ bỏ",
    "điều chỉnh", "triển khai", "chấp thuận", "thông qua", "công nhận", "thành lập",
    "kiện toàn", "tăng cường", "đẩy mạnh", "tiếp tục",
)  # fmt: skip

#: Verbs that start a subject after a complete agency name ("của UBND tỉnh thực hiện Nghị
#: quyết …") but also occur inside names ("Ban Chỉ đạo thực hiện …", "Ban Quản lý dự án",
#: "Trung tâm Phát triển quỹ đất"): after a name whose end is not known, they are
#: ambiguous, and the reader is told so.
AMBIGUOUS_VERBS: tuple[str, ...] = (
    "thực hiện", "chỉ đạo", "quản lý", "tổ chức", "phát triển", "kiểm tra", "xây dựng",
    "đôn đốc", "báo cáo", "giao",
)  # fmt: skip

# Quotation marks that open a quoted title used as the subject.
_OPENING_QUOTES = '“"«'


def kind_pattern(kinds: tuple[str, ...]) -> str:
    """An alternation of ``kinds``, longest first, so that "Nghị quyết liên tịch" wins."""
    return "|".join(re.escape(kind) for kind in sorted(set(kinds), key=len, reverse=True))


def _verbs(verbs: tuple[str, ...], *, capitalised: bool) -> re.Pattern[str]:
    forms = set(verbs)
    if capitalised:
        forms |= {verb[0].upper() + verb[1:] for verb in verbs}
    return re.compile(rf"(?:{kind_pattern(tuple(forms))})(?![\w])")


_SUBJECT_VERB = _verbs(SUBJECT_VERBS, capitalised=False)
_SUBJECT_VERB_ANY_CASE = _verbs(SUBJECT_VERBS, capitalised=True)
_AMBIGUOUS_VERB = _verbs(AMBIGUOUS_VERBS, capitalised=False)


class SubjectStart(enum.Enum):
    """How a text can start a subject that follows its issuer directly."""

    #: A lower-case subject verb or a quotation mark: always a subject.
    CERTAIN = "certain"
    #: A capitalised subject verb ("Quy định …") or a lower-case verb that names may hold
    #: ("thực hiện"): a subject only after an agency name whose end is known.
    AFTER_KNOWN_ISSUER = "after-known-issuer"


def subject_start(text: str, position: int = 0) -> SubjectStart | None:
    """Whether ``text[position:]`` starts the way a subject without a connector does."""
    if position < len(text) and text[position] in _OPENING_QUOTES:
        return SubjectStart.CERTAIN
    if _SUBJECT_VERB.match(text, position):
        return SubjectStart.CERTAIN
    if _SUBJECT_VERB_ANY_CASE.match(text, position) or _AMBIGUOUS_VERB.match(text, position):
        return SubjectStart.AFTER_KNOWN_ISSUER
    return None
