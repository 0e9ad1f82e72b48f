"""Documents outside the 29 types of Điều 7 that carry the decree's header all the same.

Offices lay out two other families on Nghị định 30's header (Quốc hiệu, issuer, "Số:",
place and date, a type name): legal normative documents (*văn bản quy phạm pháp luật*,
Luật Ban hành văn bản quy phạm pháp luật), numbered with their year ("Số:
30/2020/NĐ-CP"), and specialised documents (*văn bản chuyên ngành*) whose form a
regulation of their own sets, such as a licence (*giấy phép*) titled by what it permits
("GIẤY PHÉP SỬ DỤNG VẬT LIỆU NỔ CÔNG NGHIỆP", Thông tư 23/2024/TT-BCT). Three types of
Điều 7 (nghị quyết, quyết định, chỉ thị) have legal normative namesakes under the same
abbreviation (a chỉ thị until the Law of 2015).

>>> OTHER_TYPES["NGHỊ ĐỊNH"].abbreviation, OTHER_TYPES["GIẤY PHÉP"].family
('NĐ', 'specialised')
>>> sorted(LEGAL_ABBREVIATIONS)[:3]
['CT', 'NQ', 'NQLT']
"""

from __future__ import annotations

import unicodedata

import attrs

from vnreport.rules.doctypes import DocumentType

__all__ = ["LEGAL_ABBREVIATIONS", "OTHER_TYPES", "OtherType"]


@attrs.frozen
class OtherType:
    """A type of document outside Điều 7 that is recognised by its name and symbol."""

    title: str
    abbreviation: str
    #: "legal" (numbered with the year) or "specialised" (a form of its own regulation).
    family: str
    #: Whether its printed name runs on with what it is about, as a licence's does
    #: ("GIẤY PHÉP SỬ DỤNG …"): its regulation names the form so.
    named_with_subject: bool = False

    @property
    def printed_name(self) -> str:
        return unicodedata.normalize("NFC", self.title.upper())


_TYPES = (
    OtherType("Nghị định", "NĐ", "legal"),
    OtherType("Thông tư", "TT", "legal"),
    OtherType("Thông tư liên tịch", "TTLT", "legal"),
    OtherType("Nghị quyết liên tịch", "NQLT", "legal"),
    OtherType("Giấy phép", "GP", "specialised", named_with_subject=True),
)

#: Other types by printed name ("NGHỊ ĐỊNH").
OTHER_TYPES: dict[str, OtherType] = {kind.printed_name: kind for kind in _TYPES}

#: The type abbreviations a legal normative document's symbol opens with, after its
#: number and year: its own types', and the Điều 7 types that have legal namesakes.
LEGAL_ABBREVIATIONS: frozenset[str] = frozenset(
    {kind.abbreviation for kind in _TYPES if kind.family == "legal"}
    | {
        str(member.abbreviation)
        for member in (DocumentType.RESOLUTION, DocumentType.DECISION, DocumentType.DIRECTIVE)
    }
)
