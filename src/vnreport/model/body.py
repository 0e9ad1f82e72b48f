"""The body of a document (*nội dung*): sections, paragraphs, dash lists and tables.

The model holds structure only. Labels (I., 1., a)), capitals and the final "./." are
computed from the structure by :mod:`vnreport.model.outline`, so the author never types
a number that could go out of sequence.
"""

from __future__ import annotations

import numbers
import re
from collections.abc import Iterable
from decimal import Decimal
from typing import Any, TypeAlias

import attrs

from vnreport.errors import FieldError
from vnreport.formatting.text import find_forbidden_character
from vnreport.formatting.values import EXACT, is_missing, missing_problem, to_decimal
from vnreport.model._fields import (
    MAX_TEXT_CHARS,
    check_optional_text,
    check_text,
    fail,
    field_name,
    to_optional_text,
    to_text,
    tuple_of,
)
from vnreport.model.inline import Run, parse_emphasis, plain_text

__all__ = ["Block", "Bullet", "Cell", "Paragraph", "Section", "Table", "to_blocks"]


def _check_markup(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    check_text(instance, attribute, value)
    assert isinstance(value, str)
    try:
        parse_emphasis(value)
    except ValueError as error:
        raise fail(instance, attribute, str(error)) from None


@attrs.frozen(kw_only=True)
class Paragraph:
    """A paragraph of body text (*đoạn văn*) with optional inline emphasis.

    ``*italic*``, ``**bold**`` and ``***bold italic***`` mark emphasis; ``\\*`` is a
    literal asterisk. Line breaks in ``text`` are soft wraps and become spaces.

    >>> Paragraph(text="trong đó (*khiếu nại 02 đơn*)").plain
    'trong đó (khiếu nại 02 đơn)'
    """

    text: str = attrs.field(converter=to_text, validator=_check_markup)

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

    text: str = attrs.field(converter=to_text, validator=_check_markup)
    items: tuple[Bullet, ...] = attrs.field(default=(), converter=_to_bullets)

    @items.validator
    def _check_items(self, attribute: attrs.Attribute[Any], values: object) -> None:
        # The class is complete only here, so the check cannot be built at field definition.
        tuple_of(Bullet, noun="a Bullet or text")(self, attribute, values)

    @property
    def runs(self) -> tuple[Run, ...]:
        """The text split into runs of one style."""
        return parse_emphasis(self.text)


#: What a table cell holds: text (with inline emphasis) or a number, written with
#: Vietnamese separators when printed.
Cell: TypeAlias = "str | int | Decimal"


def _to_cell(value: object) -> object:
    if isinstance(value, str):
        return to_text(value)
    if isinstance(value, bool | Decimal) or is_missing(value):
        return value  # refused or kept by the validator, which names the cell
    if isinstance(value, numbers.Integral):
        return int(value)  # numpy's and pandas' integers too
    if isinstance(value, numbers.Real):
        return to_decimal(value)  # floats through their shortest text
    return value


def _to_cells(values: Iterable[object]) -> tuple[object, ...]:
    if isinstance(values, str) or not isinstance(values, Iterable):
        return values  # type: ignore[return-value]
    return tuple(_to_cell(value) for value in values)


def _to_rows(rows: Iterable[Iterable[object]]) -> tuple[tuple[object, ...], ...]:
    if isinstance(rows, str) or not isinstance(rows, Iterable):
        return rows  # type: ignore[return-value]
    return tuple(_to_cells(row) for row in rows)


def _to_optional_cells(values: Iterable[object] | None) -> tuple[object, ...] | None:
    return None if values is None else _to_cells(values)


def _cell_problem(value: object) -> str | None:
    if isinstance(value, bool):
        return "must be text or a number, got bool"
    if is_missing(value):
        return missing_problem(value)
    if isinstance(value, int):
        return None
    if isinstance(value, Decimal):
        return None if value.is_finite() else f"must be a finite number, got {value}"
    if isinstance(value, str):
        if len(value) > MAX_TEXT_CHARS:
            return f"is {len(value):,} characters long, more than {MAX_TEXT_CHARS:,}"
        forbidden = find_forbidden_character(value)
        if forbidden is not None:
            return f"contains a {forbidden}, which a Word document cannot hold"
        if "\n" in value:
            return "contains a blank line; a cell holds one paragraph"
        try:
            parse_emphasis(value)
        except ValueError as error:
            return str(error)
        return None
    return f"must be text or a number, got {type(value).__name__}"


@attrs.frozen(kw_only=True)
class Table:
    """A simple table (*bảng*): a header row, body rows and an optional totals row.

    Numbers are written with Vietnamese separators when printed. Where the totals row
    holds a number, it must equal the sum of the numbers above it in that column: a
    wrong total is refused at construction, not printed.

    >>> table = Table(
    ...     header=["Cấp", "Lượt tiếp", "Số người"],
    ...     rows=[["Cấp huyện", 41, 75], ["Cấp xã", 58, 67]],
    ...     totals=["Tổng cộng", 99, 142],
    ... )
    >>> table.column_count
    3
    >>> Table(header=["Cấp", "Lượt"], rows=[["Huyện", 41], ["Xã", 58]], totals=["Tổng", 98])
    Traceback (most recent call last):
    ...
    vnreport.errors.FieldError: Table.totals[1]: is 98 but the column 'Lượt' adds up to 99
    """

    header: tuple[str, ...] = attrs.field(converter=_to_cells)
    rows: tuple[tuple[Cell, ...], ...] = attrs.field(converter=_to_rows)
    totals: tuple[Cell, ...] | None = attrs.field(default=None, converter=_to_optional_cells)
    title: str | None = attrs.field(
        default=None,
        converter=to_optional_text,
        validator=attrs.validators.optional(_check_markup),
    )

    @header.validator
    def _check_header(self, attribute: attrs.Attribute[Any], value: object) -> None:
        if not isinstance(value, tuple) or not value:
            raise fail(self, attribute, "must be a non-empty list of column headings")
        for index, cell in enumerate(value):
            if not isinstance(cell, str) or not cell:
                raise FieldError(
                    f"{field_name(self, attribute)}[{index}]", "must be a non-empty heading text"
                )
            problem = _cell_problem(cell)
            if problem:
                raise FieldError(f"{field_name(self, attribute)}[{index}]", problem)

    @rows.validator
    def _check_rows(self, attribute: attrs.Attribute[Any], value: object) -> None:
        if not isinstance(value, tuple) or not value:
            raise fail(self, attribute, "must hold at least one row")
        for row_index, row in enumerate(value):
            self._check_row(f"{field_name(self, attribute)}[{row_index}]", row)

    @totals.validator
    def _check_totals(self, attribute: attrs.Attribute[Any], value: object) -> None:
        if value is None:
            return
        name = field_name(self, attribute)
        self._check_row(name, value)
        assert isinstance(value, tuple)
        for column, total in enumerate(value):
            if isinstance(total, str):
                continue
            column_sum = self.column_sum(column)
            if column_sum is None:
                raise FieldError(
                    f"{name}[{column}]",
                    f"is a number but the column {self.header[column]!r} holds no numbers",
                )
            if Decimal(total) != column_sum:
                raise FieldError(
                    f"{name}[{column}]",
                    f"is {total} but the column {self.header[column]!r} adds up to {column_sum}",
                )

    def _check_row(self, name: str, row: object) -> None:
        if not isinstance(row, tuple):
            raise FieldError(name, f"must be a list of cells, got {type(row).__name__}")
        if len(row) != len(self.header):
            raise FieldError(
                name, f"has {len(row)} cells but the table has {len(self.header)} columns"
            )
        for index, cell in enumerate(row):
            problem = _cell_problem(cell)
            if problem:
                raise FieldError(f"{name}[{index}]", problem)

    @property
    def column_count(self) -> int:
        """The number of columns."""
        return len(self.header)

    def column_sum(self, column: int) -> Decimal | None:
        """The sum of the numbers of body rows in ``column``; ``None`` if it has none."""
        figures = [Decimal(row[column]) for row in self.rows if not isinstance(row[column], str)]
        if not figures:
            return None
        total = Decimal(0)
        for figure in figures:
            total = EXACT.add(total, figure)  # exact, however many digits
        return total


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
