"""A statistics table (*bảng số liệu*): headings over headings, typed columns and totals.

The model says what the table holds — its headings (a :class:`Heading` spans the columns
under it), its rows, what each column counts (:class:`Column`) and how its totals come
about — and how each figure prints ("13.471", "18,5", "tăng 5,2%"). How wide each column
is and on which page the table goes is the layout's business
(:mod:`vnreport.layout.tables`).

A table is built by hand, from records (:func:`vnreport.model.table_sources.from_records`)
or from a pandas DataFrame (:func:`vnreport.model.table_sources.from_dataframe`); neither
numpy nor pandas is imported here.
"""

from __future__ import annotations

import decimal
import enum
import numbers
from collections.abc import Iterable, Iterator, Mapping, Sequence
from decimal import Decimal
from typing import Any, TypeAlias

import attrs

from vnreport.errors import FieldError
from vnreport.formatting.numbers import format_change, format_number
from vnreport.formatting.text import find_forbidden_character
from vnreport.formatting.values import EXACT, is_missing, to_decimal
from vnreport.model._fields import (
    MAX_TEXT_CHARS,
    check_optional_text,
    check_text,
    fail,
    field_name,
    to_optional_text,
    to_text,
)
from vnreport.model.inline import parse_emphasis, plain_text

__all__ = [
    "ROW_NUMBER_HEADINGS",
    "Cell",
    "Column",
    "ColumnKind",
    "Heading",
    "Table",
    "check_markup",
]

#: What a table cell holds: text (with inline emphasis), a number (written with
#: Vietnamese separators when printed), or ``None`` for a missing figure.
Cell: TypeAlias = "str | int | Decimal | None"

#: Headings of a row-number column (*số thứ tự*), whose numbers are centred.
ROW_NUMBER_HEADINGS = frozenset({"stt", "tt", "số tt"})

# Deeper headings than this are a mistake (a tree built by accident), not a table.
_MAX_HEADER_DEPTH = 5
# Ratios are divided in this precision, then rounded to the column's decimals.
_DIVISION = decimal.Context(prec=28, rounding=decimal.ROUND_HALF_EVEN)


def check_markup(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    """Validator: a text (as :func:`check_text`) whose emphasis marks are balanced."""
    check_text(instance, attribute, value)
    assert isinstance(value, str)
    try:
        parse_emphasis(value)
    except ValueError as error:
        raise fail(instance, attribute, str(error)) from None


class ColumnKind(enum.Enum):
    """What a column holds, which decides how its figures print, align and add up."""

    #: Decided from the content: "STT"/"TT" → row numbers, whole numbers → counts, other
    #: numbers → numbers, anything else → text.
    AUTO = "auto"
    #: Text, left-aligned (*chữ*).
    TEXT = "text"
    #: The row number (*số thứ tự*), centred, never added up.
    ROW_NUMBER = "stt"
    #: Whole numbers of things (*số lượng*): "13.471"; added up in the totals.
    COUNT = "count"
    #: Any number, all its digits or ``decimals`` of them; added up.
    NUMBER = "number"
    #: An amount in the table's unit ("triệu đồng"); added up.
    MONEY = "money"
    #: A ratio printed as a percentage without its sign, which the heading carries
    #: ("Tỷ lệ (%)"): 0.185 → "18,5". Its total is a ratio of two totals (``ratio_of``).
    PERCENT = "percent"
    #: A ratio printed as it is ("1,25"); its total a ratio of two totals.
    RATIO = "ratio"
    #: A change against the same period (*so với cùng kỳ*): 0.052 → "tăng 5,2%".
    CHANGE = "change"


#: Kinds whose totals are sums of the column.
SUMMED = frozenset({ColumnKind.COUNT, ColumnKind.NUMBER, ColumnKind.MONEY})
#: Kinds whose totals, if any, are ratios of two summed columns' totals.
RATIOS = frozenset({ColumnKind.PERCENT, ColumnKind.RATIO, ColumnKind.CHANGE})
# The decimals a kind prints when the column does not say.
_DEFAULT_DECIMALS = {
    ColumnKind.COUNT: 0,
    ColumnKind.PERCENT: 1,
    ColumnKind.RATIO: 2,
    ColumnKind.CHANGE: 1,
}


def _to_kind(value: object) -> object:
    if isinstance(value, str):
        for kind in ColumnKind:
            if value == kind.value or value.upper() == kind.name:
                return kind
    return value


def _to_optional_decimal(value: object) -> object:
    if value is None or isinstance(value, bool) or not isinstance(value, numbers.Real):
        return value
    try:
        return to_decimal(value)
    except ValueError:
        return value  # a NaN, named by the validator


def _to_pair(value: object) -> object:
    if isinstance(value, Sequence) and not isinstance(value, str):
        return tuple(int(item) if isinstance(item, numbers.Integral) else item for item in value)
    return value


@attrs.frozen(kw_only=True)
class Column:
    """How a column prints: its ``kind``, its ``decimals``, a ``width_mm`` that replaces
    the width computed from its content, and for a ratio column the two columns whose
    totals make its total, ``ratio_of=(numerator, denominator)`` as the column numbers
    print them ("(3)=(2)/(1)" is ``ratio_of=(2, 1)``, counting from 1).

    >>> Column(kind="percent", decimals=1, ratio_of=(4, 3)).text(Decimal("0.185"))
    '18,5'
    >>> Column(kind="count").text(13471), Column(kind="change").text(-0.031)
    ('13.471', 'giảm 3,1%')
    """

    kind: ColumnKind = attrs.field(default=ColumnKind.AUTO, converter=_to_kind)
    decimals: int | None = attrs.field(default=None)
    width_mm: Decimal | None = attrs.field(default=None, converter=_to_optional_decimal)
    ratio_of: tuple[int, int] | None = attrs.field(default=None, converter=_to_pair)

    @kind.validator
    def _check_kind(self, attribute: attrs.Attribute[Any], value: object) -> None:
        if not isinstance(value, ColumnKind):
            choices = ", ".join(repr(kind.value) for kind in ColumnKind)
            raise fail(self, attribute, f"must be one of {choices}, got {value!r}")

    @decimals.validator
    def _check_decimals(self, attribute: attrs.Attribute[Any], value: object) -> None:
        if value is None:
            return
        if isinstance(value, bool) or not isinstance(value, int) or not 0 <= value <= 10:
            raise fail(self, attribute, f"must be a whole number from 0 to 10, got {value!r}")
        if self.kind is ColumnKind.COUNT and value:
            raise fail(self, attribute, "a count column prints whole numbers: leave it out")
        if self.kind in (ColumnKind.TEXT, ColumnKind.ROW_NUMBER):
            raise fail(self, attribute, f"a {self.kind.value} column prints no decimals")

    @width_mm.validator
    def _check_width(self, attribute: attrs.Attribute[Any], value: object) -> None:
        if value is None:
            return
        if not isinstance(value, Decimal) or not value.is_finite() or not 3 <= value <= 400:
            raise fail(self, attribute, f"must be a width from 3 to 400 mm, got {value!r}")

    @ratio_of.validator
    def _check_ratio_of(self, attribute: attrs.Attribute[Any], value: object) -> None:
        if value is None:
            return
        if (
            not isinstance(value, tuple)
            or len(value) != 2
            or not all(isinstance(item, int) and not isinstance(item, bool) for item in value)
            or min(value) < 1
            or value[0] == value[1]
        ):
            raise fail(
                self,
                attribute,
                "must be two different column numbers (numerator, denominator), counting "
                f"from 1, got {value!r}",
            )
        if self.kind not in (*RATIOS, ColumnKind.AUTO):
            raise fail(self, attribute, f"a {self.kind.value} column is no ratio of two others")

    @property
    def places(self) -> int | None:
        """The decimals it prints: its own, else its kind's (``None``: every digit)."""
        return self.decimals if self.decimals is not None else _DEFAULT_DECIMALS.get(self.kind)

    def text(self, value: Cell, missing: str = "") -> str:
        """The printed text of ``value`` in this column (emphasis marks removed)."""
        if value is None:
            return missing
        if isinstance(value, str):
            return plain_text(value)
        kind = self.kind
        if kind is ColumnKind.PERCENT:
            return format_number(Decimal(value).scaleb(2, context=EXACT), decimals=self.places)
        if kind is ColumnKind.CHANGE:
            return format_change(value, decimals=self.places or 0)
        return format_number(value, decimals=self.places)


def _to_headings(values: object) -> object:
    if isinstance(values, str) or not isinstance(values, Iterable):
        return values
    return tuple(to_text(value) if isinstance(value, str) else value for value in values)


@attrs.frozen(kw_only=True)
class Heading:
    """A heading over several columns (a merged header cell): "Kết quả" over "Kế hoạch",
    "Thực hiện" and "Tỷ lệ (%)". Each of ``columns`` is a column's heading (text) or a
    heading over columns of its own.

    >>> Heading(text="Kết quả", columns=["Kế hoạch", "Thực hiện", "Tỷ lệ (%)"]).leaves
    ('Kế hoạch', 'Thực hiện', 'Tỷ lệ (%)')
    """

    text: str = attrs.field(converter=to_text, validator=check_markup)
    columns: tuple[str | Heading, ...] = attrs.field(converter=_to_headings)

    @columns.validator
    def _check_columns(self, attribute: attrs.Attribute[Any], value: object) -> None:
        _check_headings(field_name(self, attribute), value)

    @property
    def leaves(self) -> tuple[str, ...]:
        """The headings of the columns under it, left to right."""
        return tuple(_leaves(self.columns))

    @property
    def depth(self) -> int:
        """How many header rows it takes: 1 for itself, and the deepest heading under it."""
        return 1 + max(_depth(item) for item in self.columns)


def _check_headings(name: str, value: object, depth: int = 1) -> None:
    if not isinstance(value, tuple) or not value:
        raise FieldError(name, "must be a non-empty list of column headings")
    if depth > _MAX_HEADER_DEPTH:
        raise FieldError(name, f"headings nest deeper than {_MAX_HEADER_DEPTH} rows")
    for index, item in enumerate(value):
        if isinstance(item, Heading):
            if item.depth + depth - 1 > _MAX_HEADER_DEPTH:
                raise FieldError(
                    f"{name}[{index}]", f"headings nest deeper than {_MAX_HEADER_DEPTH} rows"
                )
            continue
        if not isinstance(item, str) or not item:
            raise FieldError(
                f"{name}[{index}]", "must be a non-empty heading text or a Heading over columns"
            )
        problem = cell_problem(item)
        if problem:
            raise FieldError(f"{name}[{index}]", problem)


def _leaves(items: Iterable[str | Heading]) -> Iterator[str]:
    for item in items:
        if isinstance(item, Heading):
            yield from _leaves(item.columns)
        else:
            yield item


def _depth(item: str | Heading) -> int:
    return item.depth if isinstance(item, Heading) else 1


def _to_cell(value: object) -> object:
    if isinstance(value, str):
        return to_text(value)
    if is_missing(value):
        return None  # NaN, pandas.NA: a missing figure, printed as Table.missing says
    if isinstance(value, bool | Decimal):
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


def _to_totals(values: object) -> object:
    if values is None or isinstance(values, str):
        return to_optional_text(values)
    return _to_cells(values)  # type: ignore[arg-type]


def _to_columns(values: object) -> object:
    if isinstance(values, str) or not isinstance(values, Iterable):
        return values
    return tuple(Column(**value) if isinstance(value, Mapping) else value for value in values)


def cell_problem(value: object) -> str | None:
    """What is wrong with ``value`` as a cell's content, or ``None``."""
    if isinstance(value, bool):
        return "must be text or a number, got bool"
    if value is None or isinstance(value, int):
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


_MISSING_REFUSED = (
    "is a missing value: give the figure, or text such as '-' or '' where the table "
    "shows none, or set Table.missing to the text that stands for a missing figure"
)


@attrs.frozen(kw_only=True, repr=False)
class Table:
    """A table (*bảng*): its headings, its rows and optionally a totals row.

    ``header`` lists the columns' headings; a :class:`Heading` spans the columns under it
    (merged header cells). ``columns`` (one :class:`Column` a column, or none at all)
    say how each column prints; left out, each is judged from its content. ``totals`` is
    either the totals row as given — each number checked against its column: the sum, or
    for a column with ``ratio_of`` the ratio of two totals at the printed precision — or
    the label of a row vnreport computes ("Tổng cộng", "Toàn huyện"), printed first when
    ``totals_first``. ``unit`` prints "Đơn vị tính: …" above the table, ``column_numbers``
    a row "(1) (2) (3)=(2)/(1)" under the headings, and ``missing`` the text of a missing
    figure (``None``, NaN, pandas' NA): ``""`` or ``"-"``; left ``None``, a missing figure
    is refused.

    >>> table = Table(
    ...     header=["Cấp", "Lượt tiếp", "Số người"],
    ...     rows=[["Cấp huyện", 41, 75], ["Cấp xã", 58, 67]],
    ...     totals="Tổng cộng",
    ... )
    >>> table.totals_row
    ('Tổng cộng', 99, 142)
    >>> Table(header=["Cấp", "Lượt"], rows=[["Huyện", 41], ["Xã", 58]], totals=["Tổng", 98])
    Traceback (most recent call last):
    ...
    vnreport.errors.FieldError: Table.totals[1]: is 98 but the column 'Lượt' adds up to 99
    """

    header: tuple[str | Heading, ...] = attrs.field(converter=_to_headings)
    rows: tuple[tuple[Cell, ...], ...] = attrs.field(converter=_to_rows)
    # Before the totals: checking a given total needs each column's kind.
    columns: tuple[Column, ...] = attrs.field(default=(), converter=_to_columns)
    totals: str | tuple[Cell, ...] | None = attrs.field(default=None, converter=_to_totals)
    title: str | None = attrs.field(
        default=None,
        converter=to_optional_text,
        validator=attrs.validators.optional(check_markup),
    )
    unit: str | None = attrs.field(
        default=None, converter=to_optional_text, validator=check_optional_text
    )
    column_numbers: bool = attrs.field(default=False, validator=attrs.validators.instance_of(bool))
    missing: str | None = attrs.field(default=None, converter=to_optional_text)
    totals_first: bool = attrs.field(default=False, validator=attrs.validators.instance_of(bool))

    @header.validator
    def _check_header(self, attribute: attrs.Attribute[Any], value: object) -> None:
        _check_headings(field_name(self, attribute), value)

    @rows.validator
    def _check_rows(self, attribute: attrs.Attribute[Any], value: object) -> None:
        if not isinstance(value, tuple) or not value:
            raise fail(self, attribute, "must hold at least one row")
        for row_index, row in enumerate(value):
            self._check_row(f"{field_name(self, attribute)}[{row_index}]", row)

    @columns.validator
    def _check_columns(self, attribute: attrs.Attribute[Any], value: object) -> None:
        name = field_name(self, attribute)
        if not isinstance(value, tuple):
            raise fail(self, attribute, f"must be a list of Column, got {type(value).__name__}")
        if value and len(value) != self.column_count:
            raise fail(
                self,
                attribute,
                f"has {len(value)} columns but the table has {self.column_count}: give one "
                "Column a column, or none",
            )
        for index, column in enumerate(value):
            if not isinstance(column, Column):
                raise FieldError(f"{name}[{index}]", f"must be a Column, got {type(column)}")
        kinds = self.kinds
        for index, column in enumerate(value):
            if kinds[index] is ColumnKind.COUNT:
                self._check_whole(index)
            if column.ratio_of is None:
                continue
            for number in column.ratio_of:
                if number > self.column_count:
                    raise FieldError(
                        f"{name}[{index}].ratio_of",
                        f"names column {number} but the table has {self.column_count}",
                    )
                if kinds[number - 1] not in SUMMED:
                    raise FieldError(
                        f"{name}[{index}].ratio_of",
                        f"column {number} ({self.headings[number - 1]!r}) holds no figures "
                        "that add up",
                    )

    @missing.validator
    def _check_missing(self, attribute: attrs.Attribute[Any], value: object) -> None:
        if value is None or value == "":
            return
        check_text(self, attribute, value)
        assert isinstance(value, str)
        if len(value) > 20:
            raise fail(self, attribute, "must be a short mark such as '-' or ''")

    @totals.validator
    def _check_totals(self, attribute: attrs.Attribute[Any], value: object) -> None:
        name = field_name(self, attribute)
        if value is None:
            return
        if isinstance(value, str):
            check_text(self, attribute, value)
            return
        self._check_row(name, value)
        assert isinstance(value, tuple)
        computed = self._computed_totals()
        for column, total in enumerate(value):
            if total is None or isinstance(total, str):
                continue
            kind, heading = self.kinds[column], self.headings[column]
            expected = computed[column]
            if kind in SUMMED or kind in (ColumnKind.TEXT, ColumnKind.ROW_NUMBER):
                if expected is None:
                    raise FieldError(
                        f"{name}[{column}]",
                        f"is a number but the column {heading!r} holds no numbers",
                    )
                if Decimal(total) != expected:
                    raise FieldError(
                        f"{name}[{column}]",
                        f"is {total} but the column {heading!r} adds up to {expected}",
                    )
            elif expected is not None:
                spec = self.column(column)
                given, right = spec.text(total), spec.text(expected)
                if given != right:
                    numerator, denominator = spec.ratio_of or (0, 0)
                    raise FieldError(
                        f"{name}[{column}]",
                        f"prints {given!r} but the column {heading!r} is column {numerator}'s "
                        f"total over column {denominator}'s, which prints {right!r}",
                    )

    def __attrs_post_init__(self) -> None:
        if self.missing is None:
            for row_index, row in enumerate(self.rows):
                for column, cell in enumerate(row):
                    if cell is None:
                        raise FieldError(f"Table.rows[{row_index}][{column}]", _MISSING_REFUSED)

    def _check_row(self, name: str, row: object) -> None:
        if not isinstance(row, tuple):
            raise FieldError(name, f"must be a list of cells, got {type(row).__name__}")
        if len(row) != self.column_count:
            raise FieldError(
                name, f"has {len(row)} cells but the table has {self.column_count} columns"
            )
        for index, cell in enumerate(row):
            problem = cell_problem(cell)
            if problem:
                raise FieldError(f"{name}[{index}]", problem)

    def _check_whole(self, index: int) -> None:
        for row_index, row in enumerate(self.rows):
            cell = row[index]
            if isinstance(cell, Decimal) and cell != cell.to_integral_value(context=EXACT):
                raise FieldError(
                    f"Table.rows[{row_index}][{index}]",
                    f"is {cell} but the column {self.headings[index]!r} is a count of whole things",
                )

    # --- what the table is -----------------------------------------------------------

    @property
    def headings(self) -> tuple[str, ...]:
        """The heading of each column, left to right (the lowest header row)."""
        return tuple(_leaves(self.header))

    @property
    def column_count(self) -> int:
        """The number of columns."""
        return len(self.headings)

    @property
    def header_depth(self) -> int:
        """How many rows the headings take."""
        return max(_depth(item) for item in self.header)

    @property
    def kinds(self) -> tuple[ColumnKind, ...]:
        """What each column holds, :attr:`ColumnKind.AUTO` decided from its content."""
        given = self.columns or (Column(),) * self.column_count
        return tuple(
            column.kind if column.kind is not ColumnKind.AUTO else self._judged(index)
            for index, column in enumerate(given)
        )

    def _judged(self, index: int) -> ColumnKind:
        if self.headings[index].casefold() in ROW_NUMBER_HEADINGS:
            return ColumnKind.ROW_NUMBER
        figures = [row[index] for row in self.rows if isinstance(row[index], int | Decimal)]
        if not figures:
            return ColumnKind.TEXT
        if all(isinstance(figure, int) for figure in figures):
            return ColumnKind.COUNT
        return ColumnKind.NUMBER

    def column(self, index: int) -> Column:
        """The :class:`Column` of ``index`` with its kind decided."""
        given = self.columns[index] if self.columns else Column()
        return attrs.evolve(given, kind=self.kinds[index])

    def column_sum(self, column: int) -> Decimal | None:
        """The sum of the numbers of body rows in ``column``; ``None`` if it has none."""
        cells = [row[column] for row in self.rows]
        figures = [Decimal(cell) for cell in cells if isinstance(cell, int | Decimal)]
        if not figures:
            return None
        total = Decimal(0)
        for figure in figures:
            total = EXACT.add(total, figure)  # exact, however many digits
        return total

    def _computed_totals(self) -> list[Decimal | None]:
        """What each column's total is, as far as its kind says (``None``: no total)."""
        kinds = self.kinds
        sums = [self.column_sum(index) for index in range(self.column_count)]
        found: list[Decimal | None] = []
        for index, kind in enumerate(kinds):
            if kind in SUMMED or kind in (ColumnKind.TEXT, ColumnKind.ROW_NUMBER):
                found.append(sums[index])
                continue
            ratio_of = self.column(index).ratio_of
            if ratio_of is None:
                found.append(None)
                continue
            numerator, denominator = (sums[number - 1] for number in ratio_of)
            if numerator is None or denominator is None or denominator.is_zero():
                found.append(None)
            else:
                ratio = _DIVISION.divide(numerator, denominator)
                found.append(ratio - 1 if kind is ColumnKind.CHANGE else ratio)
        return found

    @property
    def totals_row(self) -> tuple[Cell, ...] | None:
        """The totals row as printed: as given, or computed under the label ``totals``.

        A computed row holds the label in the first text column, each count, number or
        amount column's sum, and each ratio column's ratio of two totals.
        """
        if self.totals is None or isinstance(self.totals, tuple):
            return self.totals
        kinds = self.kinds
        computed = self._computed_totals()
        label_at = next(
            (index for index, kind in enumerate(kinds) if kind is ColumnKind.TEXT),
            0,
        )
        row: list[Cell] = []
        for index, kind in enumerate(kinds):
            if index == label_at:
                row.append(self.totals)
            elif kind in (ColumnKind.TEXT, ColumnKind.ROW_NUMBER):
                row.append("")
            else:
                value = computed[index]
                row.append(int(value) if kind is ColumnKind.COUNT and value is not None else value)
        return tuple(row)

    @property
    def column_number_texts(self) -> tuple[str, ...]:
        """The column-number row: "(1)", "(2)", and "(3)=(2)/(1)" for a ratio column."""
        texts = []
        for index in range(self.column_count):
            ratio_of = self.column(index).ratio_of
            text = f"({index + 1})"
            if ratio_of is not None:
                text += f"=({ratio_of[0]})/({ratio_of[1]})"
            texts.append(text)
        return tuple(texts)

    def cell_text(self, column: int, value: Cell) -> str:
        """How ``value`` prints in ``column``."""
        return self.column(column).text(value, self.missing or "")

    # --- other ways to build one -----------------------------------------------------

    def __repr__(self) -> str:
        # A statistics table runs to hundreds of rows: say which table this is.
        title = f" {self.title[:60]!r}" if self.title else ""
        totals = " with totals" if self.totals is not None else ""
        return f"<Table{title}: {self.column_count} columns, {len(self.rows)} rows{totals}>"

    def _repr_html_(self) -> str:
        """The table as it prints, for Jupyter (docs/preview.md)."""
        from vnreport.pipeline import preview_table  # the pipeline imports the model

        return preview_table(self)

    @classmethod
    def from_dataframe(
        cls,
        frame: Any,
        *,
        index: bool | None = None,
        index_heading: str | Sequence[str] | None = None,
        stt: bool = False,
        **options: Any,
    ) -> Table:
        """A table from a pandas DataFrame: MultiIndex columns become merged headings, the
        index the first column (unless ``index=False``), ``stt=True`` numbers the rows.
        Other keywords are :class:`Table`'s (``columns``, ``totals``, ``unit`` …);
        pandas is not imported (see :func:`vnreport.model.table_sources.from_dataframe`).
        """
        from vnreport.model.table_sources import from_dataframe

        return from_dataframe(frame, index=index, index_heading=index_heading, stt=stt, **options)

    @classmethod
    def from_records(
        cls,
        records: Iterable[Mapping[str, object]],
        *,
        fields: Sequence[str] | None = None,
        stt: bool = False,
        **options: Any,
    ) -> Table:
        """A table from records (mappings of heading → value), the headings those of
        ``fields`` or of the first record, in order; ``stt=True`` numbers the rows."""
        from vnreport.model.table_sources import from_records

        return from_records(records, fields=fields, stt=stt, **options)
