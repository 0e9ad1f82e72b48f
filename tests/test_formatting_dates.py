"""Tests of vnreport.formatting.dates: dates as Nghị định 30/2020 writes them.

Rule (Phụ lục I, II.4; spec §3.4; anchors §4 item 14): days 1–9 take a leading zero, of the
months only January and February do ("tháng 01", "tháng 02", but "tháng 3" … "tháng 12").
Every output is read back here by a regular expression written from the rule, independently
of the code under test, and must give the same date.
"""

from __future__ import annotations

import calendar
import datetime
import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from vnreport.formatting.dates import (
    format_date,
    format_place_date,
    format_short_date,
)

FIRST_DAY = datetime.date(1900, 1, 1)
LAST_DAY = datetime.date(2100, 12, 31)

# Written from the rule, not from the code: DD is always two digits; the month is "01" or
# "02" for January and February, and one of 3..12 without a leading zero otherwise.
_MONTH = r"(0[12]|[3-9]|1[0-2])"
FULL_DATE = re.compile(rf"ngày (\d\d) tháng {_MONTH} năm (\d{{4}})")
SHORT_DATE = re.compile(rf"(\d\d)/{_MONTH}/(\d{{4}})")
DRAFT_DATE = re.compile(rf"ngày {{4}}tháng {_MONTH} năm (\d{{4}})")


def expected_month(month: int) -> str:
    """The month as the decree writes it, spelled out case by case."""
    padded = {1: "01", 2: "02"}
    return padded.get(month, str(month))


def read_full_date(text: str) -> datetime.date:
    match = FULL_DATE.fullmatch(text)
    assert match is not None, f"not an NĐ 30 full date: {text!r}"
    day, month, year = match.groups()
    return datetime.date(int(year), int(month), int(day))


def read_short_date(text: str) -> datetime.date:
    match = SHORT_DATE.fullmatch(text)
    assert match is not None, f"not an NĐ 30 short date: {text!r}"
    day, month, year = match.groups()
    return datetime.date(int(year), int(month), int(day))


def check_all_forms(value: datetime.date) -> None:
    full = format_date(value.year, value.month, value.day)
    assert read_full_date(full) == value
    assert full == (f"ngày {value.day:02d} tháng {expected_month(value.month)} năm {value.year}")
    # The month is padded iff it is January or February.
    month_written = full.split(" ")[3]
    assert (len(month_written) == 2) == (value.month in (1, 2) or value.month >= 10)
    assert month_written.startswith("0") == (value.month in (1, 2))

    short = format_short_date(value)
    assert read_short_date(short) == value
    assert short == f"{value.day:02d}/{expected_month(value.month)}/{value.year}"

    place_line = format_place_date("Tuần Giáo", value.year, value.month, value.day)
    place, _, rest = place_line.partition(", ")
    assert place == "Tuần Giáo"
    assert read_full_date(rest) == value
    assert rest == full


# --- every day, by property and exhaustively ----------------------------------------------


@settings(max_examples=1000)
@given(st.dates(min_value=FIRST_DAY, max_value=LAST_DAY))
def test_every_day_1900_to_2100_reads_back(value: datetime.date) -> None:
    check_all_forms(value)


def _days_of(year: int) -> list[datetime.date]:
    start = datetime.date(year, 1, 1)
    count = 366 if calendar.isleap(year) else 365
    return [start + datetime.timedelta(days=offset) for offset in range(count)]


def test_every_day_of_2024_leap_year() -> None:
    days = _days_of(2024)
    assert len(days) == 366
    for value in days:
        check_all_forms(value)
    assert format_date(2024, 2, 29) == "ngày 29 tháng 02 năm 2024"


def test_every_day_of_2100_not_a_leap_year() -> None:
    days = _days_of(2100)
    assert len(days) == 365
    assert datetime.date(2100, 3, 1) - datetime.date(2100, 2, 28) == datetime.timedelta(days=1)
    for value in days:
        check_all_forms(value)
    with pytest.raises(ValueError, match=r"2100-02-29 is not a date"):
        format_date(2100, 2, 29)


def test_every_day_of_the_whole_range_exhaustively() -> None:
    value = FIRST_DAY
    count = 0
    while value <= LAST_DAY:
        assert read_full_date(format_date(value.year, value.month, value.day)) == value
        assert read_short_date(format_short_date(value)) == value
        value += datetime.timedelta(days=1)
        count += 1
    assert count == (LAST_DAY - FIRST_DAY).days + 1


@pytest.mark.parametrize("month", range(1, 13))
def test_month_padding_only_for_january_and_february(month: int) -> None:
    text = format_date(2024, month, 15)
    assert text == f"ngày 15 tháng {expected_month(month)} năm 2024"
    if month >= 3:
        assert f"tháng 0{month}" not in text
    short = format_short_date(datetime.date(2024, month, 15))
    assert short == f"15/{expected_month(month)}/2024"


@pytest.mark.parametrize("day", range(1, 10))
def test_days_below_ten_are_padded(day: int) -> None:
    assert format_date(2024, 3, day) == f"ngày 0{day} tháng 3 năm 2024"
    assert format_short_date(datetime.date(2024, 3, day)) == f"0{day}/3/2024"


# --- known values from the decree and the spec -------------------------------------------


@pytest.mark.parametrize(
    ("place", "ymd", "expected"),
    [
        ("Hà Nội", (2020, 1, 5), "Hà Nội, ngày 05 tháng 01 năm 2020"),
        (
            "Thành phố Hồ Chí Minh",
            (2019, 6, 29),
            "Thành phố Hồ Chí Minh, ngày 29 tháng 6 năm 2019",
        ),
        ("Tuần Giáo", (2021, 2, 5), "Tuần Giáo, ngày 05 tháng 02 năm 2021"),
        ("Hạ Long", (2018, 2, 20), "Hạ Long, ngày 20 tháng 02 năm 2018"),
        ("Quận 1", (2024, 12, 31), "Quận 1, ngày 31 tháng 12 năm 2024"),
    ],
)
def test_known_place_dates(place: str, ymd: tuple[int, int, int], expected: str) -> None:
    assert format_place_date(place, *ymd) == expected


@pytest.mark.parametrize(
    ("ymd", "expected"),
    [
        ((2024, 3, 5), "ngày 05 tháng 3 năm 2024"),
        ((2024, 1, 9), "ngày 09 tháng 01 năm 2024"),
        ((2004, 4, 8), "ngày 08 tháng 4 năm 2004"),
        ((2020, 3, 5), "ngày 05 tháng 3 năm 2020"),
        ((2021, 10, 1), "ngày 01 tháng 10 năm 2021"),
        ((2021, 11, 11), "ngày 11 tháng 11 năm 2021"),
        ((2021, 2, 5), "ngày 05 tháng 02 năm 2021"),
        ((2021, 6, 15), "ngày 15 tháng 6 năm 2021"),
    ],
)
def test_known_full_dates(ymd: tuple[int, int, int], expected: str) -> None:
    assert format_date(*ymd) == expected


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        (datetime.date(2021, 6, 7), "07/6/2021"),
        (datetime.date(2020, 1, 28), "28/01/2020"),
        (datetime.date(2021, 3, 26), "26/3/2021"),
        (datetime.date(2010, 2, 25), "25/02/2010"),
        (datetime.date(2019, 12, 1), "01/12/2019"),
    ],
)
def test_known_short_dates(value: datetime.date, expected: str) -> None:
    assert format_short_date(value) == expected


def test_short_date_accepts_a_datetime() -> None:
    assert format_short_date(datetime.datetime(2021, 6, 7, 23, 59)) == "07/6/2021"


def test_year_is_written_without_grouping() -> None:
    text = format_date(2024, 3, 5)
    assert "năm 2024" in text
    assert "2.024" not in text


# --- drafts: the day is left blank ------------------------------------------------------


def test_draft_date_known_value() -> None:
    assert format_date(2021, 6) == "ngày    tháng 6 năm 2021"
    assert format_date(2021, 6, None) == "ngày    tháng 6 năm 2021"
    assert format_date(2021, 6, day=None) == "ngày    tháng 6 năm 2021"


@pytest.mark.parametrize("month", range(1, 13))
def test_draft_date_has_four_spaces_for_any_month(month: int) -> None:
    text = format_date(2021, month)
    match = DRAFT_DATE.fullmatch(text)
    assert match is not None, text
    assert match.group(1) == expected_month(month)
    assert text.startswith("ngày    tháng ")
    assert "ngày     tháng" not in text  # exactly four, not five
    assert not any(ch.isdigit() for ch in text[: text.index("tháng")])


def test_draft_place_date() -> None:
    assert format_place_date("Hà Nội", 2021, 6) == "Hà Nội, ngày    tháng 6 năm 2021"
    assert format_place_date("Hà Nội", 2020, 1, None) == "Hà Nội, ngày    tháng 01 năm 2020"


@given(st.integers(min_value=1900, max_value=2100), st.integers(min_value=1, max_value=12))
def test_draft_property(year: int, month: int) -> None:
    text = format_date(year, month)
    match = DRAFT_DATE.fullmatch(text)
    assert match is not None
    assert (int(match.group(1)), int(match.group(2))) == (month, year)


# --- errors -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("ymd", "shown"),
    [
        ((2021, 2, 29), "2021-02-29"),
        ((2023, 2, 29), "2023-02-29"),
        ((1900, 2, 29), "1900-02-29"),
        ((2021, 4, 31), "2021-04-31"),
        ((2021, 6, 31), "2021-06-31"),
        ((2021, 9, 31), "2021-09-31"),
        ((2021, 11, 31), "2021-11-31"),
    ],
)
def test_invalid_calendar_day(ymd: tuple[int, int, int], shown: str) -> None:
    with pytest.raises(ValueError, match=rf"^{shown} is not a date"):
        format_date(*ymd)
    with pytest.raises(ValueError, match=rf"^{shown} is not a date"):
        format_place_date("Hà Nội", *ymd)


def test_leap_days_that_exist() -> None:
    assert format_date(2000, 2, 29) == "ngày 29 tháng 02 năm 2000"
    assert format_date(2020, 2, 29) == "ngày 29 tháng 02 năm 2020"


@pytest.mark.parametrize("day", [0, 32, -1, 100])
def test_day_out_of_range(day: int) -> None:
    with pytest.raises(ValueError, match=rf"^day must be between 1 and 31, got {day}$"):
        format_date(2021, 6, day)


@pytest.mark.parametrize("day_arg", [5, None])
@pytest.mark.parametrize("month", [0, 13, -1])
def test_month_out_of_range(month: int, day_arg: int | None) -> None:
    # Whether or not a day is given, the message names the month and its limits.
    with pytest.raises(ValueError, match=r"month must be"):
        format_date(2021, month, day_arg)


@pytest.mark.parametrize("month", [0, 13])
def test_month_out_of_range_message_for_draft(month: int) -> None:
    with pytest.raises(ValueError, match=rf"^month must be between 1 and 12, got {month}$"):
        format_date(2021, month)


@pytest.mark.parametrize("day_arg", [None, 5])
@pytest.mark.parametrize(
    ("month", "type_name"), [("6", "str"), (6.0, "float"), (True, "bool"), (None, "NoneType")]
)
def test_month_of_wrong_type(month: object, type_name: str, day_arg: int | None) -> None:
    # The same clear message with or without a day: the check names the field.
    with pytest.raises(TypeError, match=rf"^month must be an integer, got {type_name}$"):
        format_date(2021, month, day_arg)  # type: ignore[arg-type]


@pytest.mark.parametrize(("day", "type_name"), [("5", "str"), (5.0, "float"), (True, "bool")])
def test_day_of_wrong_type(day: object, type_name: str) -> None:
    with pytest.raises(TypeError, match=rf"^day must be an integer, got {type_name}$"):
        format_date(2021, 6, day)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("year", "type_name"), [("2021", "str"), (2021.0, "float"), (True, "bool")]
)
def test_year_of_wrong_type(year: object, type_name: str) -> None:
    with pytest.raises(TypeError, match=rf"^year must be an integer, got {type_name}$"):
        format_date(year, 6, 5)  # type: ignore[arg-type]


@pytest.mark.parametrize("year", [0, -1, 10000])
def test_year_out_of_range(year: int) -> None:
    with pytest.raises(ValueError, match=rf"^year must be between 1 and 9999, got {year}$"):
        format_date(year, 6, 5)
