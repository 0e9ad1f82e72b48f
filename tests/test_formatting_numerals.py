"""Tests of vnreport.formatting.numerals and vnreport.formatting.periods.

Roman numerals label Phần, Chương, mục I., II. and quarters (spec §5); every output for
1..3999 is read back by an independent parser that validates subtractive pairs and checks
the canonical minimal form. Điểm letters follow the 23-letter sequence of spec §5.
"""

from __future__ import annotations

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from vnreport.formatting.numerals import POINT_LETTERS, point_letter, roman
from vnreport.formatting.periods import format_half_year, format_months, format_quarter

# --- an independent Roman reader --------------------------------------------------------

_VALUES = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100, "D": 500, "M": 1000}
# The only pairs where a smaller numeral may stand before a larger one.
_SUBTRACTIVE = {"IV", "IX", "XL", "XC", "CD", "CM"}
CANONICAL = re.compile(r"M{0,3}(CM|CD|D?C{0,3})(XC|XL|L?X{0,3})(IX|IV|V?I{0,3})")


def read_roman(text: str) -> int:
    """Read a Roman numeral, refusing anything but valid subtractive pairs."""
    if not text:
        raise ValueError("empty numeral")
    total = 0
    index = 0
    while index < len(text):
        char = text[index]
        if char not in _VALUES:
            raise ValueError(f"not a Roman digit: {char!r}")
        nxt = text[index + 1] if index + 1 < len(text) else None
        if nxt is not None and nxt in _VALUES and _VALUES[nxt] > _VALUES[char]:
            pair = char + nxt
            if pair not in _SUBTRACTIVE:
                raise ValueError(f"invalid subtractive pair {pair!r}")
            total += _VALUES[nxt] - _VALUES[char]
            index += 2
        else:
            total += _VALUES[char]
            index += 1
    return total


def test_independent_reader_sanity() -> None:
    assert read_roman("MCMXCIV") == 1994
    assert read_roman("MMXXV") == 2025
    for bad in ("IL", "IC", "XD", "VX", "IM", ""):
        with pytest.raises(ValueError, match=r"invalid subtractive pair|empty numeral"):
            read_roman(bad)


# --- roman ------------------------------------------------------------------------------


def test_roman_every_value_round_trips() -> None:
    seen: set[str] = set()
    for number in range(1, 4000):
        text = roman(number)
        assert CANONICAL.fullmatch(text), (number, text)
        assert read_roman(text) == number, (number, text)
        assert set(text) <= set(_VALUES)
        seen.add(text)
    assert len(seen) == 3999  # injective


@given(st.integers(min_value=1, max_value=3999))
def test_roman_is_minimal(number: int) -> None:
    text = roman(number)
    # No digit repeats four times, V, L, D never repeat.
    for four in ("IIII", "XXXX", "CCCC", "MMMM"):
        assert four not in text
    for five in "VLD":
        assert text.count(five) <= 1


@pytest.mark.parametrize(
    ("number", "expected"),
    [
        (1, "I"),
        (2, "II"),
        (3, "III"),
        (4, "IV"),
        (5, "V"),
        (9, "IX"),
        (14, "XIV"),
        (40, "XL"),
        (49, "XLIX"),
        (90, "XC"),
        (400, "CD"),
        (444, "CDXLIV"),
        (900, "CM"),
        (1994, "MCMXCIV"),
        (2021, "MMXXI"),
        (3888, "MMMDCCCLXXXVIII"),
        (3999, "MMMCMXCIX"),
    ],
)
def test_roman_known_values(number: int, expected: str) -> None:
    assert roman(number) == expected


@pytest.mark.parametrize("number", [0, 4000, -1, -3999, 10**6])
def test_roman_out_of_range(number: int) -> None:
    with pytest.raises(ValueError, match=rf"^Roman numerals cover 1 to 3999, got {number}$"):
        roman(number)


@pytest.mark.parametrize(
    ("value", "type_name"),
    [(True, "bool"), (False, "bool"), (1.0, "float"), ("1", "str"), (None, "NoneType")],
)
def test_roman_wrong_type(value: object, type_name: str) -> None:
    with pytest.raises(TypeError, match=rf"^a Roman numeral needs an integer, got {type_name}$"):
        roman(value)  # type: ignore[arg-type]


# --- point_letter -----------------------------------------------------------------------

EXPECTED_POINTS = list("abcdđeghiklmnopqrstuvxy")


def test_point_letters_sequence() -> None:
    assert len(EXPECTED_POINTS) == 23
    assert [point_letter(n) for n in range(1, 24)] == EXPECTED_POINTS
    assert list(POINT_LETTERS) == EXPECTED_POINTS
    assert len(POINT_LETTERS) == 23


def test_point_letters_exclusions() -> None:
    letters = {point_letter(n) for n in range(1, 24)}
    assert len(letters) == 23
    assert letters.isdisjoint(set("fjwz"))
    assert letters.isdisjoint(set("ăâêôơư"))
    assert "đ" in letters
    # đ sits between d and e, as in the decree's own lists "a) … đ) e) g)".
    assert [point_letter(n) for n in (4, 5, 6, 7)] == ["d", "đ", "e", "g"]


def test_point_letters_are_single_nfc_code_points() -> None:
    for n in range(1, 24):
        letter = point_letter(n)
        assert len(letter) == 1
        assert letter.islower()
    assert point_letter(5) == "\u0111"


@pytest.mark.parametrize("position", [0, 24, -1, 100])
def test_point_letter_out_of_range(position: int) -> None:
    with pytest.raises(ValueError, match=rf"23 letters\); position {position} has no letter"):
        point_letter(position)


def test_point_letter_message_names_the_limit() -> None:
    with pytest.raises(ValueError, match=r"^points run from a\) to y\) \(23 letters\)"):
        point_letter(24)


@pytest.mark.parametrize(("value", "type_name"), [(True, "bool"), (1.0, "float"), ("a", "str")])
def test_point_letter_wrong_type(value: object, type_name: str) -> None:
    with pytest.raises(TypeError, match=rf"^a point position must be an integer, got {type_name}$"):
        point_letter(value)  # type: ignore[arg-type]


# --- periods ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("args", "expected"),
    [
        ((2025, 1), "Quý I/2025"),
        ((2025, 2), "Quý II/2025"),
        ((2025, 3), "Quý III/2025"),
        ((2024, 4), "Quý IV/2024"),
    ],
)
def test_format_quarter(args: tuple[int, int], expected: str) -> None:
    assert format_quarter(*args) == expected


@given(st.integers(min_value=1900, max_value=2100), st.integers(min_value=1, max_value=4))
def test_format_quarter_property(year: int, quarter: int) -> None:
    match = re.fullmatch(r"Quý (I|II|III|IV)/(\d{4})", format_quarter(year, quarter))
    assert match is not None
    assert read_roman(match.group(1)) == quarter
    assert int(match.group(2)) == year


@pytest.mark.parametrize("quarter", [0, 5, -1])
def test_format_quarter_out_of_range(quarter: int) -> None:
    with pytest.raises(ValueError, match=rf"^quarter must be 1 to 4, got {quarter}$"):
        format_quarter(2025, quarter)


def test_format_half_year() -> None:
    assert format_half_year(2021, 1) == "6 tháng đầu năm 2021"
    assert format_half_year(2021, 2) == "6 tháng cuối năm 2021"


@pytest.mark.parametrize("half", [0, 3, -1])
def test_format_half_year_out_of_range(half: int) -> None:
    with pytest.raises(
        ValueError, match=rf"^half must be 1 \(first\) or 2 \(second\), got {half}$"
    ):
        format_half_year(2021, half)


@pytest.mark.parametrize(
    ("months", "expected"),
    [
        (1, "1 tháng đầu năm 2024"),
        (3, "3 tháng đầu năm 2024"),
        (6, "6 tháng đầu năm 2024"),
        (9, "9 tháng đầu năm 2024"),
        (11, "11 tháng đầu năm 2024"),
        (12, "năm 2024"),
    ],
)
def test_format_months(months: int, expected: str) -> None:
    assert format_months(2024, months) == expected


def test_six_months_agrees_with_first_half() -> None:
    assert format_months(2021, 6) == format_half_year(2021, 1)


@pytest.mark.parametrize("months", [0, 13, -1])
def test_format_months_out_of_range(months: int) -> None:
    with pytest.raises(ValueError, match=rf"^months must be 1 to 12, got {months}$"):
        format_months(2024, months)


# A period is a label printed into the report: a float or a bool must be refused, never
# printed as "9.0 tháng" or "True tháng", and the year must be an integer too.
@pytest.mark.parametrize(
    ("call", "args"),
    [
        pytest.param(format_months, (2024, 9.0), id="months-float"),
        pytest.param(format_months, (2024, True), id="months-bool"),
        pytest.param(format_months, (2024, "9"), id="months-str"),
        pytest.param(format_months, ("2024", 9), id="months-year-str"),
        pytest.param(format_months, (2024.0, 9), id="months-year-float"),
        pytest.param(format_half_year, (2021, True), id="half-bool"),
        pytest.param(format_half_year, (2021, 1.0), id="half-float"),
        pytest.param(format_half_year, (2021.0, 1), id="half-year-float"),
        pytest.param(format_quarter, (2025, 1.0), id="quarter-float"),
        pytest.param(format_quarter, (2025, True), id="quarter-bool"),
        pytest.param(format_quarter, (2025.0, 1), id="quarter-year-float"),
        pytest.param(format_quarter, ("2025", 1), id="quarter-year-str"),
    ],
)
def test_periods_refuse_non_integers(call: object, args: tuple[object, object]) -> None:
    with pytest.raises(TypeError, match=r"integer"):
        call(*args)  # type: ignore[operator]
