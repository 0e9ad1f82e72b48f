"""Dates and times as Vietnamese tables write them, for cells that fill a date field.

A data file writes dates the exchange format's way ("2021-06-29", "2021-06-29 07:30");
a table exported from Excel or typed by a clerk writes them day first ("29/06/2021
07:30", "29/6/2021", "7h30 ngày 29/6/2021"), and with seconds ("2021-06-29 07:30:00").
A cell is read so only when it fills a field that wants a date (the model refused the
text as it is), never in a text field, and only day first: Vietnamese writes no other
order, so "6/29/2021" is no date.
"""

from __future__ import annotations

import datetime
import re

__all__ = ["DAY_FIRST_EXAMPLE", "read_day_first"]

#: How the messages show the form a cell may take.
DAY_FIRST_EXAMPLE = "'29/06/2021 07:30'"

_DATE = re.compile(
    r"(?<!\d)(?:(?P<day>\d{1,2})[/.\-](?P<month>\d{1,2})[/.\-](?P<year>\d{4})"
    r"|(?P<iso_year>\d{4})-(?P<iso_month>\d{1,2})-(?P<iso_day>\d{1,2}))(?!\d)"
)
_TIME = re.compile(
    r"(?P<hour>\d{1,2})\s*(?::\s*(?P<minute>\d{2})(?::(?P<second>\d{2}))?"
    r"|h\s*(?P<h_minute>\d{2})?|\s*giờ(?:\s*(?P<g_minute>\d{1,2})(?:\s*phút)?)?)",
    re.IGNORECASE,
)
#: Words and marks that may stand around the date and the time: "lúc 7h30, ngày 29/6".
_FILLER = re.compile(r"(?:\b(?:lúc|vào lúc|ngày)\b|[\s,;\-–])+", re.IGNORECASE)


def read_day_first(text: str) -> datetime.date | datetime.datetime | None:
    """The date (or date and time) the whole of ``text`` writes, or ``None``.

    >>> read_day_first("29/06/2021 07:30")
    datetime.datetime(2021, 6, 29, 7, 30)
    >>> read_day_first("22/6/2021")
    datetime.date(2021, 6, 22)
    >>> read_day_first("6/29/2021") is None
    True
    """
    if len(text) > 60:  # no date is written longer; nothing to search
        return None
    found = _DATE.search(text)
    if found is None:
        return None
    rest = _FILLER.sub(" ", text[: found.start()] + " " + text[found.end() :]).strip()
    try:
        day = _day(found)
        if not rest:
            return day
        time = _TIME.fullmatch(rest)
        if time is None:
            return None
        minute = time.group("minute") or time.group("h_minute") or time.group("g_minute")
        if int(time.group("second") or 0) != 0:
            return None  # the model keeps minutes: a second would be lost
        return datetime.datetime.combine(
            day, datetime.time(int(time.group("hour")), int(minute or 0))
        )
    except ValueError:  # 31 June, 25:00
        return None


def _day(found: re.Match[str]) -> datetime.date:
    if found.group("day") is not None:
        return datetime.date(
            int(found.group("year")), int(found.group("month")), int(found.group("day"))
        )
    return datetime.date(
        int(found.group("iso_year")), int(found.group("iso_month")), int(found.group("iso_day"))
    )
