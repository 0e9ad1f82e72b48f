"""The limits of :class:`~vnreport.limits.DataLimits` applied to the data a file holds.

The YAML reader applies them event by event while it reads (it knows every line); JSON and
TOML are parsed by the standard parsers after a linear scan of the text has bounded their
nesting, and :func:`check_tree` then goes through the data they built. Either way a value
over a limit is reported with its path and replaced by ``None``, so that the document's
other problems can still be found and reported with it.
"""

from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any

import attrs

from vnreport.exchange.problems import MAX_PROBLEMS, DataError, Path, Problem
from vnreport.limits import DataLimits

__all__ = [
    "Parsed",
    "Refused",
    "check_tree",
    "depth_message",
    "digits_message",
    "items_message",
    "non_decimal_message",
    "over_limit",
    "shown",
    "text_message",
    "values_message",
]


@attrs.frozen
class Parsed:
    """The data of a file, with the values refused while reading it replaced by ``None``."""

    data: object
    #: The refused values, in the file's order.
    problems: tuple[Problem, ...] = ()


@attrs.frozen
class Refused:
    """A value a parser read but that may not stand in a document: it holds the place of
    the value until the check that knows its path reports it."""

    message: str
    line: int | None = None


def over_limit(what: str, name: str, limits: DataLimits) -> str:
    """``what`` (a sentence start) over the limit ``name`` of ``limits``, and how to raise it."""
    return (
        f"{what}, over the limit DataLimits.{name} = {getattr(limits, name)}"
        f" (for a trusted file, pass limits=DataLimits({name}=…))"
    )


def text_message(length: int, limits: DataLimits, what: str = "a text") -> str:
    return over_limit(f"{what} of {length} characters", "max_string_chars", limits)


def items_message(count: int, limits: DataLimits, *, mapping: bool = False) -> str:
    what = f"a mapping of {count} keys" if mapping else f"a list of {count} items"
    return over_limit(what, "max_items", limits)


def depth_message(limits: DataLimits) -> str:
    return over_limit(
        f"lists and mappings nested more than {limits.max_depth} deep", "max_depth", limits
    )


def values_message(limits: DataLimits) -> str:
    return over_limit(
        f"more than {limits.max_values} values (texts, numbers, lists, mappings)",
        "max_values",
        limits,
    )


def digits_message(count: int, limits: DataLimits) -> str:
    return over_limit(f"a number of {count} digits", "max_number_digits", limits)


def non_decimal_message(text: str, form: str) -> str:
    return (
        f"{shown(text)} is read as {form}: write the number in decimal digits"
        " (or put it in quotes if it is text)"
    )


def shown(text: str, width: int = 40) -> str:
    """``text`` quoted for a message, cut to ``width`` characters."""
    return repr(text if len(text) <= width else text[: width - 1] + "…")


def check_tree(
    data: object, limits: DataLimits, marks: Mapping[str, object] | None = None
) -> tuple[object, list[Problem]]:
    """``data`` with every value over a limit replaced by ``None``, and the problems, in
    the order of the data (the file's order). ``marks`` are texts that stand for other
    values: a :class:`Refused` one, or one the parser could not be given (the TOML reader
    puts them where it must not read a number). More values than ``limits.max_values``
    raise :class:`DataError` at once.

    The walk keeps its own stack: the data may be nested deeper than Python's own.
    """
    largest = 10**limits.max_number_digits
    problems: list[Problem] = []

    def report(path: Path, message: str, line: int | None = None) -> None:
        if len(problems) <= MAX_PROBLEMS:
            problems.append(Problem(path, message, line))

    holder: list[object] = [data]
    # (the container holding the value, its key there, its path, its depth)
    stack: list[tuple[Any, Any, Path, int]] = [(holder, 0, (), 1)]
    values = 0
    while stack:
        owner, key, path, depth = stack.pop()
        values += 1
        if values > limits.max_values:
            raise DataError([*problems, Problem(path, values_message(limits))])
        value = owner[key]
        if marks and isinstance(value, str) and value in marks:
            value = owner[key] = marks[value]
        problem = _scalar_problem(value, limits, largest)
        if problem is not None:
            report(path, problem.message, problem.line)
            owner[key] = None
            continue
        if not isinstance(value, dict | list):
            continue
        if depth > limits.max_depth:
            report(path, depth_message(limits))
            owner[key] = None
            continue
        if len(value) > limits.max_items:
            report(path, items_message(len(value), limits, mapping=isinstance(value, dict)))
            owner[key] = None
            continue
        if isinstance(value, dict):
            for name in [name for name in value if len(str(name)) > limits.max_string_chars]:
                report(path, text_message(len(str(name)), limits, "a key"))
                del value[name]
            children: list[Any] = list(value)
        else:
            children = list(range(len(value)))
        stack.extend((value, child, (*path, child), depth + 1) for child in reversed(children))
    return holder[0], problems


def _scalar_problem(value: object, limits: DataLimits, largest: int) -> Refused | None:
    if isinstance(value, Refused):
        return value
    if isinstance(value, str):
        if len(value) > limits.max_string_chars:
            return Refused(text_message(len(value), limits))
    elif isinstance(value, int) and not isinstance(value, bool):
        if -largest >= value or value >= largest:
            # Counted without writing the number out (which Python refuses past 4,300 digits).
            return Refused(digits_message(_int_digits(value), limits))
    elif isinstance(value, Decimal) and value.is_finite():
        _, digits, exponent = value.as_tuple()
        assert isinstance(exponent, int)  # a finite number
        count = max(len(digits), len(digits) + exponent, -exponent)
        if count > limits.max_number_digits:
            return Refused(digits_message(count, limits))
    return None


def _int_digits(value: int) -> int:
    digits = max(1, int(abs(value).bit_length() * 0.30103))
    while abs(value) >= 10**digits:
        digits += 1
    return digits
