"""The minutes of a meeting (*biên bản*, Phụ lục III, Mẫu 1.9).

A biên bản has no place-and-date line in its header: its dates are in its body, which
records when the meeting began, where, who attended, who chaired it and who took the
minutes, what was said, and when it ended ("Hội nghị kết thúc vào 11 giờ 30 phút cùng
ngày./."). It is signed twice, side by side: the secretary (THƯ KÝ) on the left, the
chair (CHỦ TỌA) on the right, with Nơi nhận under the signatures.
"""

from __future__ import annotations

import datetime
import functools
from typing import Any, ClassVar

import attrs

from vnreport.errors import FieldError
from vnreport.formatting.dates import format_date, format_moment, format_time
from vnreport.model._fields import (
    check_optional_text,
    check_text,
    check_texts,
    field_name,
    instance_of,
    to_optional_text,
    to_text,
    to_texts,
    tuple_of,
)
from vnreport.model.body import Block as BodyBlock
from vnreport.model.body import Bullet, Paragraph, Section, Table, to_blocks
from vnreport.model.dates import IssueDate
from vnreport.model.document import Document
from vnreport.model.meeting import check_no_end_mark, labelled, listed, sentence
from vnreport.model.moments import check_moment, to_moment
from vnreport.model.outline import Block, flatten_body
from vnreport.model.signature import Signature, check_person_name
from vnreport.model.subject import check_subject
from vnreport.rules import ND30, MeetingKind
from vnreport.rules.doctypes import DocumentType

__all__ = ["MeetingKind", "Minutes", "Participant"]

_TEXTS = ND30.texts.meeting


@attrs.frozen(kw_only=True)
class Participant:
    """The chair or the secretary of a meeting, as the biên bản names them and as they sign.

    ``name`` — *họ và tên*, in normal case, printed in the body and under the signature;
    ``title`` — *chức vụ*, what they are ("Phó Chủ tịch Ủy ban nhân dân huyện"), printed
    after the name in the body; ``honorific`` — *danh xưng* before the name in the body
    ("Ông", "Bà", "Đồng chí"), never under the signature.

    >>> Participant(name="Lò Văn Tiến", title="Phó Chủ tịch UBND huyện", honorific="Ông").line
    'Ông Lò Văn Tiến - Phó Chủ tịch UBND huyện'
    """

    name: str = attrs.field(converter=to_text, validator=[check_text, check_person_name])
    title: str | None = attrs.field(
        default=None, converter=to_optional_text, validator=[check_optional_text, check_no_end_mark]
    )
    honorific: str | None = attrs.field(
        default=None, converter=to_optional_text, validator=[check_optional_text, check_no_end_mark]
    )

    @property
    def line(self) -> str:
        """How the body names them: "Ông Lò Văn Tiến - Phó Chủ tịch UBND huyện"."""
        named = self.name if self.honorific is None else f"{self.honorific} {self.name}"
        return named if self.title is None else f"{named} - {self.title}"


def _check_people(instance: object, attribute: attrs.Attribute[Any], values: object) -> None:
    check_texts(instance, attribute, values)
    if values == ():
        raise FieldError(
            field_name(instance, attribute),
            "a biên bản records who attended (thành phần tham dự): give at least one line",
        )
    check_no_end_mark(instance, attribute, values)


def _check_content(instance: object, attribute: attrs.Attribute[Any], values: object) -> None:
    tuple_of(Paragraph, Bullet, Table, Section, noun="a Paragraph, Bullet, Table, Section or text")(
        instance, attribute, values
    )
    if values == ():
        raise FieldError(
            field_name(instance, attribute),
            "a biên bản records what the meeting said and decided (nội dung): give its content",
        )


def _required_participant(role: str) -> Any:
    def check(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
        if value is None:
            raise FieldError(
                field_name(instance, attribute),
                f"a biên bản is signed by its secretary (thư ký) on the left and its chair "
                f"(chủ tọa) on the right: give the {role}, "
                "e.g. Participant(name='Lò Văn Tiến', title='Phó Chủ tịch UBND huyện')",
            )
        instance_of(Participant)(instance, attribute, value)

    return check


def _signed_before(date: IssueDate, start: datetime.datetime) -> bool:
    """Whether a biên bản dated ``date`` would be signed before its meeting began."""
    if date.month is None:
        return date.year < start.year
    if date.day is None:
        return (date.year, date.month) < (start.year, start.month)
    return date.to_date() < start.date()


@attrs.frozen(kw_only=True, repr=False)
class Minutes(Document):
    """A biên bản: when and where a meeting took place, who attended, chaired and took the
    minutes, what it dealt with, and when it ended.

    Besides the parts of every :class:`~vnreport.model.document.Document` — ``date`` is the
    day the biên bản is signed, which its header does not print — and instead of its
    ``signature``, which vnreport writes from ``chair``:

    ``subject`` — the name of the meeting under BIÊN BẢN (*trích yếu*: "Hội nghị sơ kết
    …"); ``kind`` — what it was, a :class:`MeetingKind` (*cuộc họp*, *hội nghị*, *hội
    thảo*), which the closing line names; ``start`` and ``end`` — when it began and ended
    (*thời gian bắt đầu, kết thúc*), :class:`datetime.datetime` or "YYYY-MM-DD HH:MM";
    ``place`` — *địa điểm*; ``attendees`` — *thành phần tham dự*, one line, or one item a
    group; ``chair`` and ``secretary`` — *chủ trì (chủ tọa)* and *thư ký*, each a
    :class:`Participant`, who sign on the right and on the left; ``content`` — *nội dung*,
    paragraphs, dash items, tables and sections (I., II., …) in the order of the meeting.
    The body ends with "<kind> kết thúc vào <time> cùng ngày./.".
    """

    DOC_TYPE: ClassVar[DocumentType] = DocumentType.MINUTES

    subject: str = attrs.field(converter=to_text, validator=check_subject)
    kind: MeetingKind = attrs.field(default=MeetingKind.MEETING, validator=instance_of(MeetingKind))
    start: datetime.datetime = attrs.field(converter=to_moment, validator=check_moment)
    end: datetime.datetime = attrs.field(converter=to_moment, validator=check_moment)
    place: str = attrs.field(converter=to_text, validator=[check_text, check_no_end_mark])
    attendees: tuple[str, ...] = attrs.field(converter=to_texts, validator=_check_people)
    chair: Participant = attrs.field(validator=_required_participant("chair"))
    secretary: Participant = attrs.field(validator=_required_participant("secretary"))
    content: tuple[BodyBlock, ...] = attrs.field(converter=to_blocks, validator=_check_content)
    #: The chair's signature, on the right: CHỦ TỌA over the chair's name.
    signature: Signature = attrs.field(init=False, repr=False, eq=False)

    def __attrs_post_init__(self) -> None:
        if self.end <= self.start:
            raise FieldError(
                "Minutes.end",
                f"must come after the start: the meeting begins at {format_moment(self.start)} "
                f"and cannot end at {format_moment(self.end)}",
            )
        if _signed_before(self.date, self.start):
            raise FieldError(
                "Minutes.date",
                f"a biên bản is signed when its meeting has taken place: {self.date} comes "
                f"before the meeting ({format_moment(self.start)})",
            )
        if self.chair.name == self.secretary.name:
            raise FieldError(
                "Minutes.secretary",
                f"the chair and the secretary sign side by side, so they are two people: "
                f"{self.chair.name!r} is given as both",
            )
        object.__setattr__(
            self, "signature", Signature(title=_TEXTS.presiding, name=self.chair.name)
        )
        super().__attrs_post_init__()

    @property
    def secretary_signature(self) -> Signature:
        """The secretary's signature, on the left: THƯ KÝ over the secretary's name."""
        return Signature(title=_TEXTS.secretary, name=self.secretary.name)

    @property
    def closing_line(self) -> str:
        """ "Hội nghị kết thúc vào 11 giờ 30 phút cùng ngày" (Mẫu 1.9), the full date when
        the meeting ended on another day."""
        end = self.end
        time = format_time(end.hour, end.minute)
        when = (
            f"{time} {_TEXTS.same_day}"
            if end.date() == self.start.date()
            else f"{time}, {format_date(end.year, end.month, end.day)}"
        )
        return sentence(f"{self.kind.value} {_TEXTS.ended} {when}")

    @functools.cached_property
    def body(self) -> tuple[Block, ...]:
        """The body laid out: start, place, attendees, chair, secretary, "Nội dung:" and the
        content, the closing line ending with "./."."""
        return flatten_body(
            ("start", [labelled(_TEXTS.start, format_moment(self.start))]),
            ("place", [labelled(_TEXTS.place, self.place)]),
            ("attendees", listed(_TEXTS.attendees, self.attendees)),
            ("chair", [labelled(_TEXTS.chair, self.chair.line)]),
            ("secretary", [labelled(_TEXTS.secretary, self.secretary.line)]),
            ("content_label", [Paragraph(text=f"{_TEXTS.content}:")]),
            ("content", self.content),
            ("end", [Paragraph(text=self.closing_line)]),
        )
