"""Dates as Nghị định 30/2020 writes them (Phụ lục I, II.4).

Days 1–9 take a leading zero; of the months, **only January and February** do ("tháng 01",
"tháng 02", but "tháng 3" … "tháng 12"), because "tháng 1" could be misread as the start of
"tháng 10"–"tháng 12". No babel pattern expresses that, so the rule is written out here.
A draft awaiting registration leaves the day blank: it is filled in by hand after signing.
"""

from __future__ import annotations

import datetime

from vnreport.formatting.values import integer

__all__ = [
    "BLANK_DAY",
    "day_text",
    "format_date",
    "format_moment",
    "format_place_date",
    "format_short_date",
    "format_time",
    "month_text",
]

#: What stands in for the day of a draft: with the spaces around it, room for two handwritten
#: digits (the clerk fills the day in after signing).
BLANK_DAY = "  "


def day_text(day: int) -> str:
    """Write a day of the month: two digits.

    >>> day_text(5), day_text(15)
    ('05', '15')
    """
    day = _check_range("day", day, 1, 31)
    return f"{day:02d}"


def month_text(month: int) -> str:
    """Write a month: January and February padded to two digits, the others not.

    >>> [month_text(m) for m in (1, 2, 3, 10, 12)]
    ['01', '02', '3', '10', '12']
    """
    month = _check_range("month", month, 1, 12)
    return f"{month:02d}" if month < 3 else str(month)


def format_date(
    year: int,
    month: int,
    day: int | None = None,
) -> str:
    """Write a date in full, as the place-and-date line and formal citations do.

    ``day=None`` leaves the day blank for a draft.

    >>> format_date(2021, 2, 5)
    'ngày 05 tháng 02 năm 2021'
    >>> format_date(2021, 6, 15)
    'ngày 15 tháng 6 năm 2021'
    >>> format_date(2021, 6)
    'ngày    tháng 6 năm 2021'
    """
    year = _check_range("year", year, 1, 9999)
    month_part = month_text(month)
    day_part = BLANK_DAY if day is None else day_text(day)
    if day is not None:
        _check_calendar(year, integer(month, "month"), integer(day, "day"))
    return f"ngày {day_part} tháng {month_part} năm {year}"


def format_year_only(year: int) -> str:
    """Write a draft's date whose day and month are both left blank.

    >>> format_year_only(2026)
    'ngày    tháng    năm 2026'
    """
    return f"ngày {BLANK_DAY} tháng {BLANK_DAY} năm {_check_range('year', year, 1, 9999)}"


def format_place_date(place: str, year: int, month: int, day: int | None = None) -> str:
    """Write the place-and-date line of the header (ô 4): place, comma, date in full.

    >>> format_place_date("Tuần Giáo", 2021, 2, 5)
    'Tuần Giáo, ngày 05 tháng 02 năm 2021'
    >>> format_place_date("Hà Nội", 2020, 1, 5)
    'Hà Nội, ngày 05 tháng 01 năm 2020'
    """
    return f"{place}, {format_date(year, month, day)}"


def format_short_date(value: datetime.date) -> str:
    """Write the short date used inside citations ("… ngày 07/6/2021 của …").

    The padding rule is the same as in full dates.

    >>> format_short_date(datetime.date(2021, 6, 7))
    '07/6/2021'
    >>> format_short_date(datetime.date(2020, 1, 28))
    '28/01/2020'
    >>> format_short_date("2021-06-07")
    Traceback (most recent call last):
    ...
    TypeError: format_short_date takes a datetime.date, got str: write datetime.date.fromi...
    """
    if not isinstance(value, datetime.date):
        hint = f": write datetime.date.fromisoformat({value!r})" if isinstance(value, str) else ""
        raise TypeError(
            f"format_short_date takes a datetime.date, got {type(value).__name__}{hint}"
        )
    return f"{day_text(value.day)}/{month_text(value.month)}/{value.year}"


def format_time(hour: int, minute: int) -> str:
    """Write a time of day as a giấy mời or a biên bản does: hours and minutes in two
    digits, as days are ("08 giờ 00 phút"; Phụ lục III, Mẫu 1.9 "…. giờ ….").

    >>> format_time(8, 0), format_time(14, 5)
    ('08 giờ 00 phút', '14 giờ 05 phút')
    """
    hour = _check_range("hour", hour, 0, 23)
    minute = _check_range("minute", minute, 0, 59)
    return f"{hour:02d} giờ {minute:02d} phút"


def format_moment(value: datetime.datetime) -> str:
    """Write when a meeting starts or ends: the time, a comma, the date in full.

    >>> format_moment(datetime.datetime(2021, 6, 15, 8, 0))
    '08 giờ 00 phút, ngày 15 tháng 6 năm 2021'
    >>> format_moment(datetime.datetime(2021, 2, 5, 14, 30))
    '14 giờ 30 phút, ngày 05 tháng 02 năm 2021'
    """
    if not isinstance(value, datetime.datetime):
        raise TypeError(f"format_moment takes a datetime.datetime, got {type(value).__name__}")
    time = format_time(value.hour, value.minute)
    return f"{time}, {format_date(value.year, value.month, value.day)}"


def _check_range(name: str, value: object, low: int, high: int) -> int:
    number = integer(value, name)
    if not low <= number <= high:
        raise ValueError(f"{name} must be between {low} and {high}, got {number}")
    return number


def _check_calendar(year: int, month: int, day: int) -> None:
    try:
        datetime.date(year, month, day)
    except ValueError as error:
        raise ValueError(f"{year}-{month:02d}-{day:02d} is not a date: {error}") from None
