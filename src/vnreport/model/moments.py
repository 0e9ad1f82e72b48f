"""When a meeting starts or ends (*thời gian*): a date with its hour and minute.

A giấy mời gives the time of the meeting it calls, a biên bản the time its meeting began
and ended. The model holds a :class:`datetime.datetime` to the minute, local time; a data
file writes it "2021-07-08 08:00" (or with a "T", as ISO 8601 does).
"""

from __future__ import annotations

import datetime
import re
from typing import Any

import attrs

from vnreport.model._fields import fail
from vnreport.model.dates import IssueDate

__all__ = [
    "MOMENT_FORM",
    "MOMENT_PATTERN",
    "before_issue",
    "check_moment",
    "format_moment_data",
    "parse_moment",
    "to_moment",
]

#: How a data file writes a meeting's time.
MOMENT_FORM = "'YYYY-MM-DD HH:MM'"

#: The same, as a pattern (the JSON Schema's).
MOMENT_PATTERN = r"^\s*\d{4}-\d{2}-\d{2}[ T]\d{1,2}:\d{2}\s*$"

_TEXT = re.compile(r"^(\d{4})-(\d{2})-(\d{2})[ T](\d{1,2}):(\d{2})$")


def parse_moment(text: str) -> datetime.datetime:
    """Read "2021-07-08 08:00" (or "2021-07-08T08:00"); a ValueError says what is wrong.

    >>> parse_moment("2021-07-08 08:00")
    datetime.datetime(2021, 7, 8, 8, 0)
    >>> parse_moment("2021-07-08")
    Traceback (most recent call last):
    ...
    ValueError: '2021-07-08' is not a date and time: write 'YYYY-MM-DD HH:MM' ('2021-07-08 08:00')
    """
    match = _TEXT.match(text.strip())
    if match is None:
        raise ValueError(
            f"{text!r} is not a date and time: write {MOMENT_FORM} ('2021-07-08 08:00')"
        )
    year, month, day, hour, minute = (int(group) for group in match.groups())
    try:
        return datetime.datetime(year, month, day, hour, minute)
    except ValueError as error:
        raise ValueError(f"{text!r} is not a date and time: {error}") from None


def format_moment_data(value: datetime.datetime) -> str:
    """A meeting's time as a data file writes it.

    >>> format_moment_data(datetime.datetime(2021, 7, 8, 8, 0))
    '2021-07-08 08:00'
    """
    return f"{value.year:04d}-{value.month:02d}-{value.day:02d} {value.hour:02d}:{value.minute:02d}"


def to_moment(value: object) -> object:
    """Converter: a :class:`datetime.datetime` (a pandas Timestamp included) as a plain
    one, or its text parsed; anything else passes through for the validator to name."""
    if isinstance(value, datetime.datetime):
        if value.tzinfo is not None:
            return value  # refused by the validator
        return datetime.datetime(
            value.year, value.month, value.day, value.hour, value.minute, value.second,
            value.microsecond,
        )  # fmt: skip
    if isinstance(value, str):
        try:
            return parse_moment(value)
        except ValueError:
            return value
    return value


def check_moment(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    """Validator for fields converted by :func:`to_moment`: a local time, to the minute."""
    if isinstance(value, str):
        try:
            parse_moment(value)
        except ValueError as error:
            raise fail(instance, attribute, str(error)) from None
    if not isinstance(value, datetime.datetime):
        kind = "a date without its time" if isinstance(value, datetime.date) else None
        raise fail(
            instance,
            attribute,
            f"must be a date and time (datetime.datetime or {MOMENT_FORM}), got "
            f"{kind or type(value).__name__}",
        )
    if value.tzinfo is not None:
        raise fail(instance, attribute, "is printed as local time: give it without a time zone")
    if value.second or value.microsecond:
        raise fail(
            instance,
            attribute,
            f"is printed to the minute ({value:%H:%M}): leave out the seconds, "
            f"got {value:%H:%M:%S}",
        )


def before_issue(moment: datetime.datetime, date: IssueDate) -> bool:
    """Whether ``moment`` falls on a day before ``date`` (before its month, for a draft
    whose day is still blank).

    >>> before_issue(datetime.datetime(2021, 7, 8, 8, 0), IssueDate.parse("2021-07"))
    False
    >>> before_issue(datetime.datetime(2021, 7, 8, 8, 0), IssueDate.parse("2021-07-09"))
    True
    """
    if date.month is None:
        return moment.year < date.year
    if date.day is None:
        return (moment.year, moment.month) < (date.year, date.month)
    return moment.date() < date.to_date()
