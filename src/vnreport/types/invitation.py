"""The giấy mời (Phụ lục III, Mẫu 1.7): the frame of every document around its invitation."""

from __future__ import annotations

from vnreport.layout import frame
from vnreport.layout.page import Page
from vnreport.model.invitation import Invitation
from vnreport.rules.doctypes import DocumentType
from vnreport.types.entry import TypeEntry, slug
from vnreport.types.starters import starter

__all__ = ["INVITATION_ENTRY", "lay_out_invitation"]


def lay_out_invitation(document: Invitation) -> Page:
    """The page of a giấy mời: the header with its place and date, GIẤY MỜI and the
    subject, the invitation and the meeting's particulars, Nơi nhận beside the signature."""
    return frame.page(document, subject=document.subject, body=document.body)


_MIDDLE = """\
# Trích yếu: what the meeting is, in sentence case (no "V/v").
subject: Dự Hội nghị sơ kết công tác 6 tháng đầu năm 2021

# Kính mời: one invitee is written on the line of "… trân trọng kính mời:", several as
# a dash list under it (vnreport writes the dashes, the ";" and the final ".").
invitees:
  - Trưởng các phòng, ban, ngành, đoàn thể huyện
  - Chủ tịch Ủy ban nhân dân các xã, thị trấn

# Tới dự: the name (the content) of the meeting.
meeting: Hội nghị sơ kết công tác 6 tháng đầu năm, triển khai nhiệm vụ 6 tháng cuối năm 2021

chair: Đồng chí Chủ tịch Ủy ban nhân dân huyện     # chủ trì (optional)

# Thời gian: when it starts, "YYYY-MM-DD HH:MM"; printed "08 giờ 00 phút, ngày 29 tháng 6 năm 2021".
time: "2021-06-29 08:00"
place: Hội trường Ủy ban nhân dân huyện Tuần Giáo     # địa điểm

# Các vấn đề cần lưu ý: what the invitees should prepare or bring (optional).
notes:
  - Đề nghị các đồng chí bố trí thời gian tham dự Hội nghị đầy đủ, đúng giờ.
"""

_TERMS = {
    "subject": "trích yếu — the summary under GIẤY MỜI, in sentence case",
    "invitees": (
        "kính mời — whom the issuer invites: one on the line of 'trân trọng kính mời:', "
        "several as a dash list"
    ),
    "meeting": "tới dự — the name (the content) of the meeting the invitees are asked to",
    "chair": "chủ trì — who chairs the meeting, if the giấy mời says",
    "time": "thời gian — when the meeting starts, 'YYYY-MM-DD HH:MM'",
    "place": "địa điểm — where the meeting takes place",
    "notes": "các vấn đề cần lưu ý — what the invitees should note, prepare or bring",
}

_KEY = slug(DocumentType.INVITATION.title)

INVITATION_ENTRY = TypeEntry(
    key=_KEY,
    model=Invitation,
    lay_out=lay_out_invitation,
    starter=starter(
        _KEY,
        DocumentType.INVITATION.title,
        _MIDDLE,
        recipients=("Như thành phần mời", '"Lưu: VT, VP"'),
    ),
    terms=_TERMS,
    sample="Mẫu 1.7",
)
