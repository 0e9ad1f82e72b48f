"""The components of an administrative document (Phụ lục I, mục II and IV): what the decree
gives a form to, and what a finding names."""

from __future__ import annotations

import enum

__all__ = ["Component"]


class Component(enum.Enum):
    """A component of the printed page (*thành phần thể thức*), by the name findings use."""

    NATIONAL_NAME = "national-name"  # ô 1, Quốc hiệu
    MOTTO = "motto"  # ô 1, Tiêu ngữ
    PARENT = "parent"  # ô 2, cơ quan chủ quản
    ISSUER = "issuer"  # ô 2, cơ quan ban hành
    NUMBER = "number"  # ô 3, số và ký hiệu
    PLACE_DATE = "place-date"  # ô 4, địa danh và thời gian
    TYPE_NAME = "type-name"  # ô 5a, tên loại
    SUBJECT = "subject"  # ô 5a, trích yếu
    SUBJECT_VV = "subject-vv"  # ô 5b, trích yếu của công văn
    ADDRESSEE = "addressee"  # ô 9a, Kính gửi
    AUTHORITY_LINE = "authority-line"  # thẩm quyền ban hành of a quyết định
    LEGAL_BASIS = "legal-basis"  # căn cứ
    DECISION_WORD = "decision-word"  # "QUYẾT ĐỊNH:"
    PART = "part"  # "Phần I", "Chương I" and their titles
    SECTION_HEADING = "heading"  # mục "I. TITLE", khoản "1. Title"
    ARTICLE = "article"  # "Điều 1."
    BODY = "body"  # ô 6, nội dung
    RECIPIENTS_HEADING = "recipients-heading"  # ô 9b, "Nơi nhận:"
    RECIPIENT = "recipient"  # ô 9b, each recipient
    SIGNATURE = "signature"  # ô 7a, quyền hạn, chức vụ
    SIGNER = "signer"  # ô 7b, họ tên
    STAMP = "stamp"  # ô 10a/10b, độ mật và độ khẩn
    CIRCULATION = "circulation"  # ô 11, phạm vi lưu hành
    DRAFTER = "drafter"  # ô 12, ký hiệu người đánh máy
    CONTACT = "contact"  # ô 13, thông tin liên hệ
    PAGE_NUMBER = "page-number"  # số trang
    APPENDIX = "appendix"  # "Phụ lục I"
    APPENDIX_TITLE = "appendix-title"  # the appendix's title
    APPENDIX_NOTE = "appendix-note"  # "(Kèm theo … số … ngày … của …)"
