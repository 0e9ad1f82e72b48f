"""The official letter (*công văn*, Phụ lục III, Mẫu 1.5).

A công văn has no type name and no subject under the header: its subject (*trích yếu*)
follows "V/v" under the number, in the left column, and its number's symbol carries no
type abbreviation — the issuer's and the drafting unit's ("Số: 12/UBND-VP", Phụ lục I,
II.3). It is always addressed ("Kính gửi", II.9.a), so that "Như trên" opens its Nơi
nhận. The body is a few paragraphs, sometimes with numbered points 1., 2. and a), b).
"""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence
from typing import Any, ClassVar

import attrs

from vnreport.errors import FieldError
from vnreport.formatting.lists import format_addressees
from vnreport.formatting.text import in_capitals, sentence_case
from vnreport.model._fields import check_text, fail, field_name, to_text, to_texts
from vnreport.model.addressees import check_addressees
from vnreport.model.body import Block, Bullet, Paragraph, Section, Table, to_blocks
from vnreport.model.document import Document
from vnreport.model.outline import Block as LaidOutBlock
from vnreport.model.outline import flatten_body
from vnreport.rules import ND30
from vnreport.rules.doctypes import DocumentType

__all__ = ["OfficialLetter"]

_TEXTS = ND30.texts
# "V/v", "v/v:", "V/V -" as a clerk types it before the subject, which vnreport prints.
_TYPED_PREFIX = re.compile(rf"^\s*{re.escape(_TEXTS.subject_prefix)}\b\s*[:.\-–]?\s*", re.I)
#: A công văn's points are numbered 1., 2. and a), b) (khoản and điểm): two levels.
SECTION_LEVELS = 2


def _to_subject(value: str) -> str:
    """Converter: the subject without the "V/v" the clerk may have typed before it."""
    text = to_text(value)
    if isinstance(text, str):
        return _TYPED_PREFIX.sub("", text, count=1)
    return text


def _check_subject(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    if value == "":
        raise fail(
            instance,
            attribute,
            "must not be empty: give what the letter is about, printed after 'V/v' "
            "('báo cáo kết quả thực hiện …')",
        )
    check_text(instance, attribute, value)
    assert isinstance(value, str)
    if _TYPED_PREFIX.match(value):
        raise fail(instance, attribute, "'V/v' is printed once, before the subject: write it once")
    if in_capitals(value):
        lowered = sentence_case(value)
        lowered = lowered[:1].lower() + lowered[1:]
        raise fail(
            instance,
            attribute,
            f"the subject (trích yếu) after 'V/v' is written in lower case (Phụ lục I, II.5.b): "
            f"write {lowered!r}",
        )


def _check_content(instance: object, attribute: attrs.Attribute[Any], values: object) -> None:
    name = field_name(instance, attribute)
    if not isinstance(values, tuple):
        raise fail(instance, attribute, f"must be a list, got {type(values).__name__}")
    if not values:
        raise fail(instance, attribute, "the công văn has no content: give its paragraphs")
    for index, value in enumerate(values):
        if not isinstance(value, Paragraph | Bullet | Table | Section):
            raise FieldError(
                f"{name}[{index}]",
                f"must be a Paragraph, Bullet, Table, Section or text, got {type(value).__name__}",
            )
    _check_levels(values, name, level=1)


def _check_levels(blocks: Sequence[Block], path: str, *, level: int) -> None:
    for index, block in enumerate(blocks):
        if not isinstance(block, Section):
            continue
        here = f"{path}[{index}]"
        if level > SECTION_LEVELS:
            raise FieldError(
                here,
                "a công văn numbers its points 1., 2. and a), b) (two levels of sections); "
                "below a) use dash-list items (Bullet), or send a báo cáo or kế hoạch with it",
            )
        _check_levels(block.content, f"{here}.content", level=level + 1)


@attrs.frozen(kw_only=True, repr=False)
class OfficialLetter(Document):
    """An official letter (*công văn*).

    Besides the parts of every :class:`~vnreport.model.document.Document` (its
    ``symbol_unit`` — *đơn vị soạn thảo* — is required: "Số: 12/UBND-VP"):

    ``subject`` — what the letter is about (*trích yếu*), printed after "V/v" under the
    number; written as it reads after "V/v" ("báo cáo kết quả …"), a "V/v" typed before
    it is dropped; ``addressees`` — whom it is sent to (*kính gửi*), at least one: one is
    printed on the "Kính gửi:" line, several as a dash list under it, and "Như trên" opens
    the recipients; ``content`` — the body (*nội dung*) in order: paragraphs (text), dash
    items, tables and numbered points (:class:`~vnreport.model.body.Section`, numbered
    1., 2. and a), b) inside them). The body ends with "./." — added if not typed.
    """

    DOC_TYPE: ClassVar[DocumentType] = DocumentType.OFFICIAL_LETTER

    subject: str = attrs.field(converter=_to_subject, validator=_check_subject)
    addressees: tuple[str, ...] = attrs.field(
        default=(), converter=to_texts, validator=check_addressees
    )
    content: tuple[Block, ...] = attrs.field(
        default=(), converter=to_blocks, validator=_check_content
    )

    def __attrs_post_init__(self) -> None:
        if self.symbol_unit is None:
            raise FieldError(
                "OfficialLetter.symbol_unit",
                "a công văn's symbol is the issuer's abbreviation and the drafting unit's "
                "(Phụ lục I, II.3): give the unit, e.g. 'VP' for 'Số: 12/UBND-VP'",
            )
        super().__attrs_post_init__()

    @functools.cached_property
    def body(self) -> tuple[LaidOutBlock, ...]:
        """The body laid out: points numbered 1., 2. and a), ending with "./."."""
        return flatten_body(("content", self.content), depth=1)

    @property
    def subject_line(self) -> str:
        """The line under the number (ô 5b): "V/v báo cáo kết quả …"."""
        return f"{_TEXTS.subject_prefix} {self.subject}"

    @property
    def addressee_lines(self) -> tuple[str, ...]:
        """ "Kính gửi: …" on one line, or "Kính gửi:" and its dash items."""
        return format_addressees(self.addressees)

    @property
    def recipients_lead(self) -> str:
        """ "Như trên": a công văn always names its addressees."""
        return ND30.texts.as_above
