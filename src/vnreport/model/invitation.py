"""An invitation to a meeting (*giấy mời*, Phụ lục III, Mẫu 1.7).

Under the type name GIẤY MỜI and its subject, the body says who invites whom ("Ủy ban
nhân dân huyện Tuần Giáo trân trọng kính mời: …"), to what ("Tới dự …"), who chairs it,
when and where, and what the invitees should note or bring; Nơi nhận and the signature
follow as in every document. vnreport writes the labels, the time ("08 giờ 00 phút, ngày
08 tháng 7 năm 2021"), the list punctuation and the final "./.".
"""

from __future__ import annotations

import datetime
import functools
from typing import Any, ClassVar

import attrs

from vnreport.errors import FieldError
from vnreport.formatting.dates import format_moment
from vnreport.model._fields import (
    check_optional_text,
    check_text,
    check_texts,
    to_optional_text,
    to_text,
    to_texts,
    tuple_of,
)
from vnreport.model.body import Paragraph, to_blocks
from vnreport.model.document import Document
from vnreport.model.meeting import check_no_end_mark, labelled, listed
from vnreport.model.moments import before_issue, check_moment, to_moment
from vnreport.model.outline import Block, flatten_body
from vnreport.model.subject import check_subject
from vnreport.rules import ND30
from vnreport.rules.doctypes import DocumentType

__all__ = ["Invitation"]

_TEXTS = ND30.texts.meeting


def _check_invitees(instance: object, attribute: attrs.Attribute[Any], values: object) -> None:
    check_texts(instance, attribute, values)
    if values == ():
        raise FieldError(
            f"{type(instance).__name__}.{attribute.name}",
            "a giấy mời names whom it invites (kính mời): one agency or person, or several "
            "(e.g. ['Chủ tịch Ủy ban nhân dân các xã, thị trấn'])",
        )
    check_no_end_mark(instance, attribute, values)


@attrs.frozen(kw_only=True, repr=False)
class Invitation(Document):
    """A giấy mời: whom the issuer invites, to what, when and where.

    Besides the parts of every :class:`~vnreport.model.document.Document`:

    ``subject`` — the summary under GIẤY MỜI (*trích yếu*), in sentence case ("Dự Hội
    nghị sơ kết …"); ``invitees`` — whom the issuer invites (*kính mời*): one is written
    on the line of "… trân trọng kính mời:", several as a dash list under it;
    ``meeting`` — what they are invited to (*tới dự*: the name or content of the meeting);
    ``chair`` — who chairs it (*chủ trì*), if the giấy mời says; ``time`` — when it starts
    (*thời gian*), a :class:`datetime.datetime` to the minute or "YYYY-MM-DD HH:MM";
    ``place`` — where (*địa điểm*); ``notes`` — what the invitees should note, prepare or
    bring (*các vấn đề cần lưu ý*), paragraphs after the place.
    The last line of the body ends with "./.".
    """

    DOC_TYPE: ClassVar[DocumentType] = DocumentType.INVITATION

    subject: str = attrs.field(converter=to_text, validator=check_subject)
    invitees: tuple[str, ...] = attrs.field(converter=to_texts, validator=_check_invitees)
    meeting: str = attrs.field(converter=to_text, validator=[check_text, check_no_end_mark])
    time: datetime.datetime = attrs.field(converter=to_moment, validator=check_moment)
    place: str = attrs.field(converter=to_text, validator=[check_text, check_no_end_mark])
    chair: str | None = attrs.field(
        default=None, converter=to_optional_text, validator=[check_optional_text, check_no_end_mark]
    )
    notes: tuple[Paragraph, ...] = attrs.field(
        default=(),
        converter=to_blocks,
        validator=tuple_of(Paragraph, noun="a Paragraph or text"),
    )

    def __attrs_post_init__(self) -> None:
        if before_issue(self.time, self.date):
            raise FieldError(
                "Invitation.time",
                f"the meeting ({format_moment(self.time)}) comes before the giấy mời is "
                f"issued ({self.date}): an invitation is sent before the meeting",
            )
        super().__attrs_post_init__()

    @functools.cached_property
    def body(self) -> tuple[Block, ...]:
        """The body laid out: the invitation, the meeting, its chair, time and place, the
        notes; the last line ends with "./."."""
        opening = f"{self.issuer.name} {_TEXTS.invite}"
        chair = () if self.chair is None else (labelled(_TEXTS.chair, self.chair),)
        return flatten_body(
            ("invitees", listed(opening, self.invitees)),
            ("meeting", [labelled(_TEXTS.attend, self.meeting, colon=False)]),
            ("chair", chair),
            ("time", [labelled(_TEXTS.time, format_moment(self.time))]),
            ("place", [labelled(_TEXTS.place, self.place)]),
            ("notes", self.notes),
        )
