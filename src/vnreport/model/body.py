"""The body of a document (*nội dung*): sections, paragraphs, dash lists and tables.

Tables have a module of their own (:mod:`vnreport.model.table`); they are named here too,
where the other blocks are.

The model holds structure only. Labels (I., 1., a)), capitals and the final "./." are
computed from the structure by :mod:`vnreport.model.outline`, so the author never types
a number that could go out of sequence.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any, TypeAlias

import attrs

from vnreport.errors import FieldError
from vnreport.model._fields import (
    check_optional_text,
    fail,
    to_optional_text,
    to_text,
    tuple_of,
)
from vnreport.model.inline import Run, parse_emphasis, plain_text
from vnreport.model.table import Cell, Column, ColumnKind, Heading, Table, check_markup

__all__ = [
    "Block",
    "Bullet",
    "Cell",
    "Column",
    "ColumnKind",
    "Heading",
    "Paragraph",
    "Section",
    "Table",
    "to_blocks",
]


@attrs.frozen(kw_only=True)
class Paragraph:
    """A paragraph of body text (*đoạn văn*) with optional inline emphasis.

    ``*italic*``, ``**bold**`` and ``***bold italic***`` mark emphasis; ``\\*`` is a
    literal asterisk. Line breaks in ``text`` are soft wraps and become spaces.

    >>> Paragraph(text="trong đó (*khiếu nại 02 đơn*)").plain
    'trong đó (khiếu nại 02 đơn)'
    """

    text: str = attrs.field(converter=to_text, validator=check_markup)

    @property
    def runs(self) -> tuple[Run, ...]:
        """The text split into runs of one style."""
        return parse_emphasis(self.text)

    @property
    def plain(self) -> str:
        """The text without emphasis markers."""
        return plain_text(self.text)


def _to_bullets(values: Iterable[Bullet | str]) -> tuple[Bullet, ...]:
    if isinstance(values, str) or not isinstance(values, Iterable):
        return values  # type: ignore[return-value]  # the validator names the problem
    return tuple(Bullet(text=value) if isinstance(value, str) else value for value in values)


@attrs.frozen(kw_only=True)
class Bullet:
    """An item of a dash list (*gạch đầu dòng*): printed "- text"; its ``items`` print "+ text".

    >>> Bullet(text="Ban hành Kế hoạch", items=["Nội dung một", "Nội dung hai"]).items[1].text
    'Nội dung hai'
    """

    text: str = attrs.field(converter=to_text, validator=check_markup)
    items: tuple[Bullet, ...] = attrs.field(default=(), converter=_to_bullets)

    @items.validator
    def _check_items(self, attribute: attrs.Attribute[Any], values: object) -> None:
        # The class is complete only here, so the check cannot be built at field definition.
        tuple_of(Bullet, noun="a Bullet or text")(self, attribute, values)

    @property
    def runs(self) -> tuple[Run, ...]:
        """The text split into runs of one style."""
        return parse_emphasis(self.text)


# A label typed by hand at the start of a title or a numbered paragraph: "I.", "II)",
# "1.", "1.1.", "a)", "đ)", "A.".
_TYPED_LABEL = re.compile(r"(?:[IVXLCDM]+|\d+(?:\.\d+)*|[a-zđ]|[A-ZĐ])[.)](?=\s|\Z)")


def typed_label(text: str) -> str | None:
    """The label ``text`` starts with, if the author typed one ("I. Kết quả" → "I.").

    >>> typed_label("I. Kết quả"), typed_label("1.1. Tiếp dân"), typed_label("Kết quả")
    ('I.', '1.1.', None)
    """
    match = _TYPED_LABEL.match(text)
    return None if match is None else match.group()


def _check_title(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    check_optional_text(instance, attribute, value)
    if not isinstance(value, str):
        return
    typed = typed_label(value)
    if typed is not None:
        rest = value[len(typed) :].strip()
        raise fail(
            instance,
            attribute,
            f"{value!r} starts with its own label {typed!r}: sections are numbered for you, "
            f"so write {rest!r} (or give label={typed!r} to print that label instead)",
        )


#: What a section holds, in reading order.
Block: TypeAlias = "Paragraph | Bullet | Table | Section"


def to_blocks(values: Iterable[Block | str]) -> tuple[Block, ...]:
    """Converter: a list of blocks, each text a :class:`Paragraph`; one text is a list of
    one. Anything else is kept for the field's validator to name."""
    if isinstance(values, str):
        values = (values,)
    if not isinstance(values, Iterable):
        return values
    return tuple(Paragraph(text=value) if isinstance(value, str) else value for value in values)


@attrs.frozen(kw_only=True)
class Section:
    """A numbered part of the body (*mục*, *khoản*, *điểm*), with its content in order.

    Sections are labelled by depth: I., II. (title printed in capitals) → 1., 2. →
    a), b) in the Vietnamese letter order. A section without a ``title`` is a numbered
    paragraph: its label opens its first paragraph ("1. Tiếp tục quán triệt …"), so its
    content must start with a paragraph. ``label`` replaces the computed label where a
    document numbers differently ("1.1.", "Phần I"); such a section stands outside the
    numbering, so its siblings are numbered without a gap ("1.", "1.1.", "2.").
    Text given in ``content`` becomes a :class:`Paragraph`.

    >>> section = Section(title="Đặc điểm tình hình", content=["Trong 06 tháng đầu năm …"])
    >>> section.content[0]
    Paragraph(text='Trong 06 tháng đầu năm …')
    """

    title: str | None = attrs.field(
        default=None, converter=to_optional_text, validator=_check_title
    )
    content: tuple[Block, ...] = attrs.field(default=(), converter=to_blocks)
    label: str | None = attrs.field(
        default=None, converter=to_optional_text, validator=check_optional_text
    )

    @classmethod
    def from_outline(cls, text: str) -> tuple[Section, ...]:
        """The sections an indented or numbered text writes (a body typed in a notebook):
        a line with lines indented under it titles a section, "- " is a dash item, "+ "
        an item of the dash item above, typed labels ("I.", "1.", "a)") nest by their kind
        and are dropped (the layout numbers the sections).

        >>> outline = "I. Kết quả\\n  - Tiếp 99 lượt.\\nII. Tồn tại\\n  Còn chậm."
        >>> [section.title for section in Section.from_outline(outline)]
        ['Kết quả', 'Tồn tại']
        """
        from vnreport.model.outline_text import sections_from_outline

        return sections_from_outline(text)

    @content.validator
    def _check_content(self, attribute: attrs.Attribute[Any], values: object) -> None:
        kinds = (Paragraph, Bullet, Table, Section)
        tuple_of(*kinds, noun="a Paragraph, Bullet, Table, Section or text")(
            self, attribute, values
        )

    def __attrs_post_init__(self) -> None:
        if self.title is None:
            if not self.content or not isinstance(self.content[0], Paragraph):
                raise FieldError(
                    "Section.content",
                    "a section without a title is a numbered paragraph, so its content must "
                    "start with a paragraph (give a title, or put the text first)",
                )
            typed = typed_label(self.content[0].plain)
            if typed is not None:
                raise FieldError(
                    "Section.content[0]",
                    f"{self.content[0].plain[:40]!r} starts with its own label {typed!r}, and "
                    "the section's computed label opens it: write the text without it (or "
                    f"give label={typed!r} to print that label instead)",
                )
        elif not self.content:
            raise FieldError("Section.content", f"the section {self.title!r} has no content")
