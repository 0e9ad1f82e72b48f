"""The place and date line, "Tuần Giáo, ngày 05 tháng 02 năm 2021" (Phụ lục I, II.4)."""

from __future__ import annotations

import datetime
import re
from collections.abc import Iterator

from vnreport.conformance.expectations import EXPECTATIONS
from vnreport.conformance.inspection import Inspection
from vnreport.conformance.rules.base import Outcome, Rule, form_findings, rule
from vnreport.formatting.dates import month_text

__all__ = ["DATE_LINE", "DATE_RULES"]

DATE_LINE = re.compile(
    r"^(?P<place>[^,]+),\s*(?P<ngay>ngày)\s*(?P<day>[^\s]*?)\s*(?P<thang>tháng)\s*(?P<month>[^\s]*?)"
    r"\s*(?P<nam>năm)\s*(?P<year>\d{4})\s*$",
    re.IGNORECASE,
)
_BLANK = re.compile(r"^[.…_ ]*$")


@rule(
    "date.form",
    "NĐ 30/2020, Phụ lục I, II.4",
    "place-date",
    '"Place, ngày DD tháng M năm YYYY": days below 10 with a leading zero, months with one '
    "only for January and February; a draft may leave the day (and number) blank.",
    '"Tuần Giáo, ngày 5 tháng 06 năm 2021" (day not padded, June padded).',
)
def date_form(self: Rule, inspection: Inspection) -> Iterator[Outcome]:
    span = inspection.anatomy.place_date
    if span is None:
        yield self.finding(None, "no place and date line", '"<place>, ngày … tháng … năm …"')
        return
    match = DATE_LINE.match(span.text)
    if match is None:
        yield self.finding(span, repr(span.text), '"<place>, ngày DD tháng M năm YYYY"')
        return
    if not match["place"][:1].isupper():
        yield self.finding(span, f"place {match['place']!r}", "the place name capitalised")
    for word in ("ngay", "thang", "nam"):
        if match[word] != match[word].lower():
            yield self.finding(span, repr(match[word]), f"{match[word].lower()!r} in lower case")
    day, month, year = match["day"], match["month"], int(match["year"])
    if month and not _BLANK.match(month):
        if not month.isdigit() or not 1 <= int(month) <= 12:
            yield self.finding(span, f"month {month!r}", "a month from 1 to 12")
            return
        if month != month_text(int(month)):
            yield self.finding(
                span, f"month {month!r}", f"{month_text(int(month))!r} (only 01 and 02 take a zero)"
            )
    if day and not _BLANK.match(day):
        if not day.isdigit() or len(day) != 2:
            wanted = f"{int(day):02d}" if day.isdigit() else "two digits"
            yield self.finding(span, f"day {day!r}", f"{wanted!r} (two digits)")
        elif month.isdigit():
            try:
                datetime.date(year, int(month), int(day))
            except ValueError:
                yield self.finding(
                    span, f"{day}/{month}/{year}, not a date", "a date of the calendar"
                )


@rule(
    "date.format",
    "NĐ 30/2020, Phụ lục I, II.4",
    "place-date",
    "The place and date line is 13–14 pt, italic, centred under the Tiêu ngữ.",
    "The date line upright.",
)
def date_format(self: Rule, inspection: Inspection) -> Iterator[Outcome]:
    span = inspection.anatomy.place_date
    if span is not None:
        yield from form_findings(self, span, EXPECTATIONS["place-date"])


DATE_RULES: tuple[Rule, ...] = (date_form, date_format)
