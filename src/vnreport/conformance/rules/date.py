"""The place and date line, "Tuần Giáo, ngày 05 tháng 02 năm 2021" (Phụ lục I, II.4)."""

from __future__ import annotations

import datetime
import re
from collections.abc import Iterator

from vnreport.conformance.anatomy import Span
from vnreport.conformance.handplaced import centred_under
from vnreport.conformance.inspection import Inspection, shown
from vnreport.conformance.rules.base import Outcome, Rule, form_findings, rule
from vnreport.formatting.dates import month_text
from vnreport.rules import ND30, Component
from vnreport.rules.doctypes import DocumentType

__all__ = ["DATE_LINE", "DATE_RULES"]

DATE_LINE = re.compile(
    r"^(?P<place>[^,]+),\s*(?P<ngay>ngày)\s*(?P<day>[^\s]*?)\s*(?P<thang>tháng)\s*(?P<month>[^\s]*?)"
    r"\s*(?P<nam>năm)\s*(?P<year>\d{4})\s*$",
    re.IGNORECASE,
)
_BLANK = re.compile(r"^[.…_ ]*$")
# A day or month of more digits than this is no day or month (and int() of thousands of
# digits is refused by Python).
_MAX_DIGITS = 9


def small_number(text: str) -> int | None:
    """The value of ``text`` if it is a number of a few decimal digits, else ``None``.

    >>> small_number("05"), small_number("²"), small_number("1" * 5000)
    (5, None, None)
    """
    return int(text) if text.isdecimal() and len(text) <= _MAX_DIGITS else None


@rule(
    "date.form",
    ND30.form(Component.PLACE_DATE).locator,
    "place-date",
    '"Place, ngày DD tháng M năm YYYY": days below 10 with a leading zero, months with one '
    "only for January and February; a draft may leave the day (and number) blank. A biên "
    "bản has no date line (Phụ lục III, Mẫu 1.9).",
    '"Tuần Giáo, ngày 5 tháng 06 năm 2021" (day not padded, June padded).',
)
def date_form(self: Rule, inspection: Inspection) -> Iterator[Outcome]:
    span = inspection.anatomy.place_date
    if span is None:
        # A biên bản dates its meeting in the body: its header has no date line (Mẫu 1.9);
        # a document issued with a decision is dated by it (Mẫu 1.3).
        anatomy = inspection.anatomy
        if anatomy.doc_type is not DocumentType.MINUTES and anatomy.enclosed is None:
            yield self.finding(None, "no place and date line", '"<place>, ngày … tháng … năm …"')
        return
    match = DATE_LINE.match(span.text)
    if match is None:
        yield self.finding(span, shown(span.text), '"<place>, ngày DD tháng M năm YYYY"')
        return
    if not match["place"][:1].isupper():
        yield self.finding(span, f"place {shown(match['place'])}", "the place name capitalised")
    for word in ("ngay", "thang", "nam"):
        if match[word] != match[word].lower():
            yield self.finding(span, repr(match[word]), f"{match[word].lower()!r} in lower case")
    yield from _run_together(self, span, match)
    day, month, year = match["day"], match["month"], int(match["year"])
    month_number, day_number = small_number(month), small_number(day)
    if month and not _BLANK.match(month):
        if month_number is None or not 1 <= month_number <= 12:
            yield self.finding(span, f"month {shown(month)}", "a month from 1 to 12")
            return
        if month != month_text(month_number):
            yield self.finding(
                span,
                f"month {month!r}",
                f"{month_text(month_number)!r} (only 01 and 02 take a zero)",
            )
    if day and not _BLANK.match(day):
        if day_number is None or len(day) != 2:
            wanted = "two digits" if day_number is None else f"{day_number:02d}"
            yield self.finding(span, f"day {shown(day)}", f"{wanted!r} (two digits)")
        elif month_number is not None:
            try:
                datetime.date(year, month_number, day_number)
            except ValueError:
                yield self.finding(
                    span, f"{day}/{month}/{year}, not a date", "a date of the calendar"
                )


def _run_together(self: Rule, span: Span, match: re.Match[str]) -> Iterator[Outcome]:
    """ "tháng 4năm 2026": a word of the date typed against the number next to it (a blank
    left as dots, "ngày…", is a draft's, not a missing space)."""
    text = match.string
    for word in ("ngay", "thang", "nam"):
        start, end = match.span(word)
        before = text[start - 1] if start > 0 else " "
        after = text[end] if end < len(text) else " "
        for side, char in (("before", before), ("after", after)):
            if char.isalnum():
                yield self.finding(
                    span,
                    f"no space {side} {match[word]!r} ({shown(text[max(start - 3, 0) : end + 3])})",
                    f"a space {side} {match[word]!r}",
                )


@rule(
    "date.format",
    ND30.form(Component.PLACE_DATE).locator,
    "place-date",
    "The place and date line is 13–14 pt, italic, centred under the Tiêu ngữ.",
    "The date line upright.",
)
def date_format(self: Rule, inspection: Inspection) -> Iterator[Outcome]:
    span = inspection.anatomy.place_date
    if span is not None:
        yield from form_findings(
            self,
            span,
            ND30.form(Component.PLACE_DATE),
            seen_aligned=centred_under(inspection, span, inspection.anatomy.motto),
        )


DATE_RULES: tuple[Rule, ...] = (date_form, date_format)
