"""The date a document is signed (*ngày tháng năm ban hành*), complete or left blank for a draft."""

from __future__ import annotations

import datetime
import re
from typing import Any

import attrs

from vnreport.formatting.dates import format_date, format_year_only
from vnreport.model._fields import as_int, fail

__all__ = ["IssueDate", "to_issue_date"]

_ISO = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$")


@attrs.frozen(kw_only=True, order=True)
class IssueDate:
    """A document date, possibly with the day — or the day and the month — left blank.

    On paper the number and the day are filled in at registration, after signing, so a
    draft carries only the month and the year ("ngày    tháng 6 năm 2021"); a draft
    prepared ahead leaves the month blank too ("ngày    tháng    năm 2026").

    >>> str(IssueDate(year=2021, month=2, day=5))
    'ngày 05 tháng 02 năm 2021'
    >>> str(IssueDate.parse("2021-06"))
    'ngày    tháng 6 năm 2021'
    >>> IssueDate.parse("2021-06").isoformat(), IssueDate.parse("2021-06-15").isoformat()
    ('2021-06', '2021-06-15')
    >>> str(IssueDate.parse("2026")), IssueDate.parse("2026").isoformat()
    ('ngày    tháng    năm 2026', '2026')
    """

    year: int = attrs.field(converter=as_int)
    month: int | None = attrs.field(converter=as_int)
    day: int | None = attrs.field(default=None, converter=as_int)

    @year.validator
    def _check_year(self, attribute: attrs.Attribute[Any], value: object) -> None:
        if isinstance(value, bool) or not isinstance(value, int) or not 1 <= value <= 9999:
            raise fail(self, attribute, f"must be a year from 1 to 9999, got {value!r}")

    @month.validator
    def _check_month(self, attribute: attrs.Attribute[Any], value: object) -> None:
        if value is None:
            return
        if isinstance(value, bool) or not isinstance(value, int) or not 1 <= value <= 12:
            raise fail(self, attribute, f"must be a month from 1 to 12, got {value!r}")

    @day.validator
    def _check_day(self, attribute: attrs.Attribute[Any], value: object) -> None:
        if value is None:
            return
        if isinstance(value, bool) or not isinstance(value, int):
            raise fail(self, attribute, f"must be a day of the month or None, got {value!r}")
        if self.month is None:
            raise fail(self, attribute, "a date whose month is blank has a blank day too")
        try:
            datetime.date(self.year, self.month, value)
        except ValueError:
            raise fail(
                self, attribute, f"{self.year}-{self.month:02d} has no day {value}"
            ) from None

    @classmethod
    def parse(cls, text: str) -> IssueDate:
        """Read an ISO date, "2021-06-15", or a draft's year and month, "2021-06", or
        its year alone, "2026"."""
        match = _ISO.match(text.strip())
        if match is None:
            raise ValueError(
                f"{text!r} is not a date: write 'YYYY-MM-DD', or 'YYYY-MM' for a draft "
                "whose day is filled in after signing ('YYYY' when the month is too)"
            )
        year, month, day = (None if part is None else int(part) for part in match.groups())
        assert year is not None
        return cls(year=year, month=month, day=day)

    @classmethod
    def from_date(cls, value: datetime.date) -> IssueDate:
        """The complete date ``value``."""
        return cls(year=value.year, month=value.month, day=value.day)

    @property
    def is_draft(self) -> bool:
        """Whether the day is still blank."""
        return self.day is None

    def to_date(self) -> datetime.date:
        """The calendar date; a draft has none yet."""
        if self.day is None or self.month is None:
            raise ValueError("a draft date has no day yet")
        return datetime.date(self.year, self.month, self.day)

    def isoformat(self) -> str:
        """``YYYY-MM-DD``, or ``YYYY-MM`` for a draft (``YYYY`` when its month is blank)."""
        if self.month is None:
            return f"{self.year:04d}"
        month = f"{self.year:04d}-{self.month:02d}"
        return month if self.day is None else f"{month}-{self.day:02d}"

    def __str__(self) -> str:
        if self.month is None:
            return format_year_only(self.year)
        return format_date(self.year, self.month, self.day)


def to_issue_date(value: IssueDate | datetime.date | str) -> IssueDate:
    """Converter: accept an :class:`IssueDate`, a :class:`datetime.date` or an ISO string.

    A string that is not a date passes through unchanged, for the field's validator to
    report with the field's name.
    """
    if isinstance(value, datetime.datetime):
        return IssueDate.from_date(value.date())
    if isinstance(value, datetime.date):
        return IssueDate.from_date(value)
    if isinstance(value, str):
        try:
            return IssueDate.parse(value)
        except ValueError:
            return value  # type: ignore[return-value]
    return value


def check_issue_date(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    """Validator for fields converted by :func:`to_issue_date`."""
    if isinstance(value, IssueDate):
        return
    if isinstance(value, str):
        try:
            IssueDate.parse(value)
        except ValueError as error:
            raise fail(instance, attribute, str(error)) from None
    raise fail(
        instance,
        attribute,
        f"must be a date (datetime.date, IssueDate or 'YYYY-MM-DD'), got {type(value).__name__}",
    )
