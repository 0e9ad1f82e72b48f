"""The 29 types of administrative document of Nghị định 30/2020, Điều 7 (Phụ lục III, I)."""

from __future__ import annotations

import enum
import unicodedata

__all__ = ["DocumentType"]


class DocumentType(enum.Enum):
    """A type of administrative document (*loại văn bản hành chính*).

    Each member knows its Vietnamese name and its official abbreviation, which is used in
    the document symbol exactly as written (mixed case included: TTr, CTr, QyĐ). *Công văn*
    (official letter) and *thư công* (public letter) have no abbreviation.

    >>> DocumentType.REPORT.title, DocumentType.REPORT.abbreviation
    ('Báo cáo', 'BC')
    >>> DocumentType.REPORT.printed_name
    'BÁO CÁO'
    >>> DocumentType.from_abbreviation("QyĐ")
    <DocumentType.REGULATION: ('Quy định', 'QyĐ')>
    >>> len(DocumentType)
    29
    """

    RESOLUTION = ("Nghị quyết", "NQ")
    DECISION = ("Quyết định", "QĐ")
    DIRECTIVE = ("Chỉ thị", "CT")
    RULES = ("Quy chế", "QC")
    REGULATION = ("Quy định", "QyĐ")
    COMMUNIQUE = ("Thông cáo", "TC")
    NOTICE = ("Thông báo", "TB")
    GUIDANCE = ("Hướng dẫn", "HD")
    PROGRAMME = ("Chương trình", "CTr")
    PLAN = ("Kế hoạch", "KH")
    CONTINGENCY_PLAN = ("Phương án", "PA")
    SCHEME = ("Đề án", "ĐA")
    PROJECT = ("Dự án", "DA")
    REPORT = ("Báo cáo", "BC")
    MINUTES = ("Biên bản", "BB")
    SUBMISSION = ("Tờ trình", "TTr")
    CONTRACT = ("Hợp đồng", "HĐ")
    OFFICIAL_TELEGRAM = ("Công điện", "CĐ")
    MEMORANDUM = ("Bản ghi nhớ", "BGN")
    AGREEMENT = ("Bản thỏa thuận", "BTT")
    AUTHORIZATION = ("Giấy ủy quyền", "GUQ")
    INVITATION = ("Giấy mời", "GM")
    INTRODUCTION = ("Giấy giới thiệu", "GGT")
    LEAVE_PERMIT = ("Giấy nghỉ phép", "GNP")
    DISPATCH_NOTE = ("Phiếu gửi", "PG")
    TRANSFER_NOTE = ("Phiếu chuyển", "PC")
    ADVICE_NOTE = ("Phiếu báo", "PB")
    OFFICIAL_LETTER = ("Công văn", None)
    PUBLIC_LETTER = ("Thư công", None)

    @property
    def title(self) -> str:
        """The Vietnamese name of the type, in sentence case ("Tờ trình")."""
        title: str = self.value[0]
        return title

    @property
    def abbreviation(self) -> str | None:
        """The official abbreviation used in symbols ("TTr"), ``None`` for letters."""
        abbreviation: str | None = self.value[1]
        return abbreviation

    @property
    def printed_name(self) -> str:
        """The type name as printed above the subject (*tên loại*): "TỜ TRÌNH"."""
        # A title holds no symbol, so plain upper-casing is the rule (Phụ lục II).
        return unicodedata.normalize("NFC", self.title.upper())

    @classmethod
    def from_abbreviation(cls, abbreviation: str) -> DocumentType:
        """The type whose official abbreviation is ``abbreviation`` (case matters)."""
        wanted = unicodedata.normalize("NFC", abbreviation)
        for member in cls:
            if member.abbreviation == wanted:
                return member
        raise ValueError(f"{abbreviation!r} is not the abbreviation of a document type")

    @classmethod
    def from_title(cls, title: str) -> DocumentType:
        """The type named ``title`` ("Kế hoạch"), in any case; "Uỷ" and "Ủy" both match."""
        wanted = _comparable(title)
        for member in cls:
            if _comparable(member.title) == wanted:
                return member
        raise ValueError(f"{title!r} is not the name of a document type")


def _comparable(text: str) -> str:
    # The decree itself writes both "ủy" and "uỷ", "thỏa" and "thoả" (old-style tone marks).
    folded = unicodedata.normalize("NFC", text).strip().lower()
    for old, new in (("uỷ", "ủy"), ("oả", "ỏa"), ("oà", "òa"), ("oá", "óa"), ("oạ", "ọa")):
        folded = folded.replace(old, new)
    return folded
