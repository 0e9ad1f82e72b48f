"""Plain data (from YAML, JSON or TOML) → the typed model, with every problem collected.

Types are dispatched by cattrs from the attrs classes' annotations; the hooks here add
what a data file needs: strict scalars (a number is not silently turned into text, "no"
is not ``True``), unknown keys refused (a typo must not vanish), the short forms of the
model (a string is a paragraph, "TM. Ủy ban nhân dân" an authority line, "2021-06" a draft
date), and the path of each problem, so that all of them are reported at once.
"""

from __future__ import annotations

import datetime
import enum
import functools
import re
import types
import typing
from collections.abc import Callable, Mapping
from decimal import Decimal, InvalidOperation
from typing import Any

import attrs
import cattrs

from vnreport.errors import FieldError
from vnreport.exchange.bounds import digits_message, shown
from vnreport.exchange.numbers import LeadingZeroNumber, integer, too_many_digits
from vnreport.exchange.problems import DataError, Path, Problem, parse_path
from vnreport.limits import DataLimits
from vnreport.model.body import Bullet, Paragraph, Section, Table
from vnreport.model.dates import IssueDate
from vnreport.model.document import Document
from vnreport.model.moments import MOMENT_FORM
from vnreport.model.recipients import Recipients
from vnreport.model.signature import Authority
from vnreport.model.table import Heading
from vnreport.types import REGISTRY

__all__ = ["DOCUMENT_TYPES", "structure_document"]

#: The value of ``doc_type`` in a data file → the model class it describes.
DOCUMENT_TYPES: dict[str, type[Document]] = {entry.key: entry.model for entry in REGISTRY}

#: The key that says what a mapping in a section's content is.
BLOCK_TYPES: dict[str, type] = {
    "paragraph": Paragraph,
    "bullet": Bullet,
    "table": Table,
    "section": Section,
}


_BLOCK_NAMES = {cls: name for name, cls in BLOCK_TYPES.items()}


class _ProblemsError(Exception):
    """Problems found below some point; each caller adds its own key to their paths."""

    def __init__(self, problems: list[Problem]) -> None:
        super().__init__(problems)
        self.problems = problems

    @classmethod
    def at(cls, message: str, *path: str | int) -> _ProblemsError:
        return cls([Problem(tuple(path), message)])

    def under(self, *prefix: str | int) -> _ProblemsError:
        return _ProblemsError([attrs.evolve(p, path=(*prefix, *p.path)) for p in self.problems])


def structure_document(data: object, limits: DataLimits | None = None) -> Document:
    """Build the document described by ``data`` (a mapping with a ``doc_type`` key).

    ``limits`` bound the numbers written as text ("05" for a document number).
    Raises :class:`DataError` listing every problem found, each with its path.
    """
    if not isinstance(data, Mapping):
        raise DataError([Problem((), f"must be a mapping of fields, got {_kind(data)}")])
    doc_type = data.get("doc_type")
    if doc_type is None:
        known = ", ".join(DOCUMENT_TYPES)
        raise DataError([Problem(("doc_type",), f"is required: the type of document ({known})")])
    cls = DOCUMENT_TYPES.get(doc_type) if isinstance(doc_type, str) else None
    if cls is None:
        known = ", ".join(DOCUMENT_TYPES)
        raise DataError(
            [
                Problem(
                    ("doc_type",),
                    f"{_shown(doc_type)} is not a document type vnreport knows ({known})",
                )
            ]
        )
    fields = {key: value for key, value in data.items() if key != "doc_type"}
    try:
        document = _converter(limits or DataLimits()).structure(fields, cls)
    except _ProblemsError as invalid:
        raise DataError(invalid.problems) from None
    assert isinstance(document, Document)
    return document


@functools.lru_cache(maxsize=8)
def _converter(limits: DataLimits) -> cattrs.Converter:
    # One per set of limits, never changed once built: the hooks are fixed at first use.
    converter = cattrs.Converter()

    def hook(function: Callable[..., Any]) -> Callable[[Any, Any], Any]:
        return functools.partial(function, limits=limits)

    converter.register_structure_hook(str, _structure_str)
    converter.register_structure_hook(int, hook(_structure_int))
    converter.register_structure_hook(bool, _structure_bool)
    converter.register_structure_hook(Decimal, hook(_structure_decimal))
    converter.register_structure_hook(IssueDate, _structure_date)
    converter.register_structure_hook(datetime.datetime, _structure_moment)
    converter.register_structure_hook(Authority, hook(_structure_authority))
    converter.register_structure_hook(Paragraph, hook(_structure_text_block))
    converter.register_structure_hook(Bullet, hook(_structure_text_block))
    converter.register_structure_hook(Recipients, hook(_structure_recipients))
    converter.register_structure_hook_func(_is_block, hook(_structure_block))
    converter.register_structure_hook_func(_is_cell, hook(_structure_cell))
    converter.register_structure_hook_func(_is_heading, hook(_structure_heading))
    converter.register_structure_hook_func(_is_text_or_row, hook(_structure_text_or_row))
    converter.register_structure_hook_func(_is_optional, hook(_structure_optional))
    converter.register_structure_hook_func(_is_tuple, hook(_structure_tuple))
    converter.register_structure_hook_func(_is_enum, _structure_enum)
    converter.register_structure_hook_func(attrs.has, hook(_structure_attrs))
    return converter


# --- scalars ---------------------------------------------------------------------------


def _kind(value: object) -> str:
    names = {dict: "a mapping", list: "a list", str: "text", bool: "true/false", type(None): "null"}
    for kind, name in names.items():
        if isinstance(value, kind):
            return name
    if isinstance(value, Mapping):
        return "a mapping"
    if isinstance(value, int | float | Decimal):
        return f"the number {value}"
    return type(value).__name__


def _shown(value: object) -> str:
    return shown(value) if isinstance(value, str) else repr(value)


def _structure_str(value: object, _: type) -> str:
    if not isinstance(value, str):
        raise _ProblemsError.at(
            f"must be text, got {_kind(value)} (put it in quotes to keep it as text)"
        )
    return str(value)  # an unquoted YAML 0912345678 is a LeadingZeroNumber: here, its text


def _structure_int(value: object, _: type, *, limits: DataLimits) -> int:
    # A clerk writes 05 or "05" for the number 5 (an unquoted 012 is twelve, never octal).
    if isinstance(value, LeadingZeroNumber):
        value = value.digits
    if isinstance(value, str) and re.fullmatch(r"\s*[0-9]+\s*", value):
        digits = value.strip()
        count = too_many_digits(digits, limits)
        if count is not None:
            raise _ProblemsError.at(digits_message(count, limits))
        return integer(digits)
    if isinstance(value, bool) or not isinstance(value, int):
        raise _ProblemsError.at(f"must be a whole number, got {_kind(value)}")
    return value


def _structure_bool(value: object, _: type) -> bool:
    if not isinstance(value, bool):
        raise _ProblemsError.at(f"must be true or false, got {_kind(value)}")
    return value


def _structure_decimal(value: object, _: type, *, limits: DataLimits) -> Decimal:
    if isinstance(value, bool) or not isinstance(value, int | float | Decimal | str):
        raise _ProblemsError.at(f"must be a number, got {_kind(value)}")
    if isinstance(value, str):
        count = too_many_digits(value.strip(), limits)
        if count is not None:
            raise _ProblemsError.at(digits_message(count, limits))
    try:
        number = Decimal(repr(value)) if isinstance(value, float) else Decimal(value)
    except InvalidOperation:
        raise _ProblemsError.at(f"{_shown(value)} is not a number") from None
    if not number.is_finite():
        raise _ProblemsError.at(f"must be a finite number, got {value!r}")
    return number


def _structure_date(value: object, _: type) -> IssueDate:
    if isinstance(value, datetime.datetime):
        value = value.date()
    if isinstance(value, datetime.date):
        return IssueDate.from_date(value)
    if not isinstance(value, str):
        raise _ProblemsError.at(
            f"must be a date 'YYYY-MM-DD' (or 'YYYY-MM' for a draft), got {_kind(value)}"
        )
    try:
        return IssueDate.parse(value)
    except FieldError as error:
        raise _ProblemsError.at(error.problem) from None
    except ValueError as error:
        raise _ProblemsError.at(str(error)) from None


def _structure_moment(value: object, _: type) -> object:
    # A meeting's time: its text is read by the model, which names the field if it is
    # not one; TOML's own date-times come as datetime values.
    if isinstance(value, datetime.datetime | str):
        return value
    raise _ProblemsError.at(f"must be a date and time {MOMENT_FORM}, got {_kind(value)}")


def _structure_authority(value: object, cls: type, *, limits: DataLimits) -> Authority:
    if isinstance(value, str):
        try:
            return Authority.parse(value)
        except FieldError as error:
            raise _ProblemsError.at(error.problem) from None
        except ValueError as error:
            raise _ProblemsError.at(str(error)) from None
    authority: Authority = _structure_attrs(value, cls, limits=limits)
    return authority


def _structure_text_block(value: object, cls: type, *, limits: DataLimits) -> Any:
    """A paragraph or a "+" item: its text, or the mapping of its fields."""
    if isinstance(value, str):
        return _construct(cls, {"text": str(value)})
    _refuse_text_read_as_key(value)
    return _structure_attrs(value, cls, limits=limits)


def _refuse_text_read_as_key(value: object) -> None:
    """A paragraph "… như sau:" unquoted in YAML is read as a key with no value."""
    if isinstance(value, Mapping) and len(value) == 1:
        ((key, item),) = value.items()
        if item is None and isinstance(key, str) and " " in key.strip():
            raise _ProblemsError.at(
                "this text ends with ':' (or holds ': '), which YAML reads as a key: "
                "put the whole text in quotes"
            )


def _structure_recipients(value: object, cls: type, *, limits: DataLimits) -> Recipients:
    # The list as typed ("Ban Dân vận Huyện ủy", "Lưu: VT, NV") or the fields themselves.
    if isinstance(value, list):
        items = _converter(limits).structure(value, tuple[str, ...])
        try:
            return Recipients.parse(items)
        except FieldError as error:
            # Point at the line of the list: an item keeps its index, the filing line is last.
            path = _field_path(error, Recipients)
            where = path[1:] if path[:1] == ("items",) else (len(value) - 1,)
            raise _ProblemsError.at(error.problem, *where) from None
    recipients: Recipients = _structure_attrs(value, cls, limits=limits)
    return recipients


# --- unions and containers -------------------------------------------------------------


def _is_block(kind: object) -> bool:
    return typing.get_origin(kind) in (
        typing.Union,
        types.UnionType,
    ) and Section in typing.get_args(kind)


def _structure_block(value: object, _: object, *, limits: DataLimits) -> object:
    if isinstance(value, str):
        return _construct(Paragraph, {"text": str(value)})
    if not isinstance(value, Mapping):
        raise _ProblemsError.at(
            f"must be text (a paragraph) or a mapping with a 'type', got {_kind(value)}"
        )
    _refuse_text_read_as_key(value)
    kind = value.get("type")
    if not isinstance(kind, str) or kind not in BLOCK_TYPES:
        known = ", ".join(BLOCK_TYPES)
        got = "no 'type'" if kind is None else f"type {kind!r}"
        raise _ProblemsError.at(f"a block needs a type ({known}); this one has {got}", "type")
    fields = {key: item for key, item in value.items() if key != "type"}
    return _converter(limits).structure(fields, BLOCK_TYPES[kind])


def _is_cell(kind: object) -> bool:
    arguments = typing.get_args(kind)
    return typing.get_origin(kind) in (typing.Union, types.UnionType) and Decimal in arguments


def _structure_cell(value: object, _: object, *, limits: DataLimits) -> object:
    if isinstance(value, LeadingZeroNumber):
        # An unquoted 05 in a table is the number 5; "05" in quotes stays text.
        count = too_many_digits(value.digits, limits)
        if count is not None:
            raise _ProblemsError.at(digits_message(count, limits))
        return value.value
    if value is None or isinstance(value, str):
        return value  # null: a missing figure, printed as the table's ``missing`` says
    if isinstance(value, bool) or not isinstance(value, int | float | Decimal):
        raise _ProblemsError.at(f"a cell must be text or a number, got {_kind(value)}")
    return value if isinstance(value, int) else _structure_decimal(value, Decimal, limits=limits)


def _is_heading(kind: object) -> bool:
    arguments = typing.get_args(kind)
    return typing.get_origin(kind) in (typing.Union, types.UnionType) and Heading in arguments


def _structure_heading(value: object, _: object, *, limits: DataLimits) -> object:
    # A column's heading is its text; a heading over columns the mapping of its fields.
    if isinstance(value, str):
        return value
    if not isinstance(value, Mapping):
        raise _ProblemsError.at(
            "a heading must be text, or a mapping with its 'text' and the 'columns' under "
            f"it, got {_kind(value)}"
        )
    return _structure_attrs(value, Heading, limits=limits)


def _is_text_or_row(kind: object) -> bool:
    # A table's totals: the label of a row to compute, or the row itself.
    arguments = typing.get_args(kind)
    return (
        typing.get_origin(kind) in (typing.Union, types.UnionType)
        and str in arguments
        and any(typing.get_origin(argument) is tuple for argument in arguments)
    )


def _structure_text_or_row(value: object, kind: object, *, limits: DataLimits) -> object:
    if value is None or isinstance(value, str):
        return value
    row = next(argument for argument in typing.get_args(kind) if typing.get_origin(argument))
    return _converter(limits).structure(value, row)


def _is_optional(kind: object) -> bool:
    arguments = typing.get_args(kind)
    return (
        typing.get_origin(kind) in (typing.Union, types.UnionType)
        and type(None) in arguments
        and len(arguments) == 2
    )


def _structure_optional(value: object, kind: object, *, limits: DataLimits) -> object:
    if value is None:
        return None
    inner = next(argument for argument in typing.get_args(kind) if argument is not type(None))
    return _converter(limits).structure(value, inner)


def _is_tuple(kind: object) -> bool:
    return typing.get_origin(kind) is tuple


def _structure_tuple(value: object, kind: object, *, limits: DataLimits) -> tuple[object, ...]:
    if isinstance(value, str) or not isinstance(value, list | tuple):
        raise _ProblemsError.at(f"must be a list, got {_kind(value)}")
    item_type = typing.get_args(kind)[0]
    items: list[object] = []
    problems: list[Problem] = []
    for index, item in enumerate(value):
        try:
            items.append(_converter(limits).structure(item, item_type))
        except _ProblemsError as invalid:
            problems.extend(invalid.under(index).problems)
    if problems:
        raise _ProblemsError(problems)
    return tuple(items)


def _is_enum(kind: object) -> bool:
    return isinstance(kind, type) and issubclass(kind, enum.Enum)


def _structure_enum(value: object, kind: type[enum.Enum]) -> enum.Enum:
    # The Vietnamese value ("Tối mật") or the English name ("TOP_SECRET").
    for member in kind:
        if value == member.value or (isinstance(value, str) and value.upper() == member.name):
            return member
    choices = ", ".join(repr(member.value) for member in kind)
    raise _ProblemsError.at(f"{_shown(value)} is not one of {choices}")


# --- attrs classes ---------------------------------------------------------------------


def _structure_attrs(value: object, cls: type, *, limits: DataLimits) -> Any:
    if not isinstance(value, Mapping):
        raise _ProblemsError.at(f"must be a mapping of {cls.__name__} fields, got {_kind(value)}")
    fields = {field.name: field for field in attrs.fields(cls) if field.init}
    if value.get("type") == _BLOCK_NAMES.get(cls):
        # A section in the report's own list may say what it is, as in a content list.
        value = {key: item for key, item in value.items() if key != "type"}
    types_ = _field_types(cls)
    problems: list[Problem] = []
    arguments: dict[str, object] = {}
    incomplete = False
    # In the file's order, so that problems read top-down even where no line is known.
    for key, item in value.items():
        if key not in fields:
            known = ", ".join(fields)
            problems.append(
                Problem((str(key),), f"unknown key (the keys of {cls.__name__} are: {known})")
            )
            continue
        try:
            arguments[key] = _converter(limits).structure(item, types_[key])
        except _ProblemsError as invalid:
            problems.extend(invalid.under(key).problems)
            incomplete = True
    for name, field in fields.items():
        if name not in value and field.default is attrs.NOTHING:
            problems.append(Problem((name,), "is required"))
            incomplete = True
    if incomplete:
        # The object cannot be built, but the fields that could be read are still checked,
        # so that one run reports every problem it can.
        problems.extend(_problem(error, cls) for error in _field_checks(cls, arguments))
        raise _ProblemsError(problems)
    try:
        built = _construct(cls, arguments)
    except _ProblemsError as invalid:
        raise _ProblemsError(problems + invalid.problems) from None
    if problems:
        # Valid without the unknown keys, but a typo must not pass unnoticed.
        raise _ProblemsError(problems)
    return built


@functools.cache
def _field_types(cls: type) -> dict[str, Any]:
    # The model's annotations are strings (postponed evaluation); resolve them once.
    return typing.get_type_hints(cls)


def _construct(cls: type, arguments: dict[str, object]) -> Any:
    try:
        return cls(**arguments)
    except FieldError as first:
        # attrs stops at the first failing check; the others are found field by field.
        more = [error for error in _field_checks(cls, arguments) if error.field != first.field]
        raise _ProblemsError([_problem(error, cls) for error in [first, *more]]) from None


def _field_checks(cls: type, arguments: dict[str, object]) -> list[FieldError]:
    """Each given field's own check, run on a stand-in object holding the given fields."""
    stand_in: Any = object.__new__(cls)
    fields = [field for field in attrs.fields(cls) if field.name in arguments]
    for field in fields:
        value = arguments[field.name]
        converter = field.converter
        if callable(converter):
            value = converter(value)
        object.__setattr__(stand_in, field.name, value)
    found: list[FieldError] = []
    for field in fields:
        if field.validator is None:
            continue
        try:
            field.validator(stand_in, field, getattr(stand_in, field.name))
        except FieldError as error:
            if all(error.field != seen.field for seen in found):
                found.append(error)
        except (AttributeError, TypeError, ValueError):
            continue  # a check that needs a field which could not be read
    return found


def _problem(error: FieldError, cls: type) -> Problem:
    return Problem(_field_path(error, cls), error.problem)


def _field_path(error: FieldError, cls: type) -> Path:
    """The path of a :class:`FieldError` relative to an object of ``cls``: "Agency.name" is
    that object's ``name``; a path without a class ("sections[2].content[0]") is already
    relative to it."""
    prefix = f"{cls.__name__}."
    for owner in cls.__mro__:
        if error.field.startswith(f"{owner.__name__}."):
            prefix = f"{owner.__name__}."
            break
    text = error.field[len(prefix) :] if error.field.startswith(prefix) else error.field
    return parse_path(text)
