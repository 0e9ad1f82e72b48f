"""The date of a cited document, in the three ways citations write it."""

from __future__ import annotations

import datetime
import enum
import re

from vnreport.formatting.dates import day_text, format_date, format_short_date, month_text

__all__ = ["DATE_PATTERN", "CitationDateStyle", "date_of", "write_date"]


class CitationDateStyle(enum.Enum):
    """How a citation writes the date of the cited document."""

    #: "… ngày 07/6/2021 …", the usual form in reports and plans.
    SHORT = "short"
    #: "… ngày 07 tháng 6 năm 2021 …", the form the decrees themselves use.
    LONG = "long"
    #: "… ngày 15-5-2016 …", the form Party texts use for Party documents (Hướng dẫn
    #: 36-HD/VPTW); the same padding as the short form.
    HYPHEN = "hyphen"


#: The date as written after "ngày". Loose on padding so that parse() can name the
#: canonical form instead of just failing; the canonical check is done by formatting the
#: date back.
DATE_PATTERN = (
    r"(?P<comma>,)? ngày (?:"
    r"(?P<day>[0-9]{1,2})/(?P<month>[0-9]{1,2})/(?P<date_year>[0-9]{4})"
    r"|(?P<hyphen_day>[0-9]{1,2})-(?P<hyphen_month>[0-9]{1,2})-(?P<hyphen_year>[0-9]{4})"
    r"|(?P<long_day>[0-9]{1,2}) tháng (?P<long_month>[0-9]{1,2}) năm (?P<long_year>[0-9]{4})"
    r")"
)
DATE = re.compile(DATE_PATTERN + r"(?![/\-\w])")

_PARTS = (
    ("day", ("day", "month", "date_year"), CitationDateStyle.SHORT),
    ("hyphen_day", ("hyphen_day", "hyphen_month", "hyphen_year"), CitationDateStyle.HYPHEN),
    ("long_day", ("long_day", "long_month", "long_year"), CitationDateStyle.LONG),
)


def date_of(match: re.Match[str]) -> tuple[datetime.date | None, CitationDateStyle]:
    """The date matched by :data:`DATE_PATTERN`, if any, and how it was written."""
    written = next((entry for entry in _PARTS if match[entry[0]] is not None), None)
    if written is None:
        return None, CitationDateStyle.SHORT
    _, parts, style = written
    day, month, year = (int(match[name]) for name in parts)
    try:
        return datetime.date(year, month, day), style
    except ValueError:
        raise ValueError(
            f"the date (day {day}, month {month}, year {year}) is not a calendar date"
        ) from None


def write_date(date: datetime.date, style: CitationDateStyle) -> str:
    """The date as the citation writes it, "ngày" included.

    >>> write_date(datetime.date(2016, 5, 15), CitationDateStyle.HYPHEN)
    'ngày 15-5-2016'
    """
    if style is CitationDateStyle.LONG:
        return format_date(date.year, date.month, date.day)
    if style is CitationDateStyle.HYPHEN:
        return f"ngày {day_text(date.day)}-{month_text(date.month)}-{date.year}"
    return f"ngày {format_short_date(date)}"
