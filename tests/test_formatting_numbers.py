"""Tests of vnreport.formatting.numbers: Vietnamese number notation.

Thousands are grouped with ".", the decimal mark is ",", and rounding is half-up as people
round by hand (anchors §4 item 20, §6.2: babel's own half-even would print 0.125 as "12%").
Outputs are read back by a parser written here and compared with the exact value, and the
rounding is checked against an independent half-up written with fractions.
"""

from __future__ import annotations

import math
import re
from decimal import Decimal
from fractions import Fraction

import pytest
from hypothesis import given
from hypothesis import strategies as st

from vnreport.formatting.numbers import (
    format_count,
    format_money,
    format_number,
    format_percent,
)

# A Vietnamese number: optional minus, groups of three after the first, optional ",digits".
VI_NUMBER = re.compile(r"-?\d{1,3}(?:\.\d{3})*(?:,\d+)?")


def read_vi(text: str) -> Decimal:
    """Read a number written in Vietnamese notation back into a Decimal."""
    assert VI_NUMBER.fullmatch(text), f"not Vietnamese notation: {text!r}"
    return Decimal(text.replace(".", "").replace(",", "."))


def half_up(value: Fraction, places: int) -> Fraction:
    """Round to ``places`` decimals, halves away from zero, with exact fractions."""
    scale = 10**places
    magnitude = math.floor(abs(value) * scale + Fraction(1, 2))
    return Fraction(magnitude if value >= 0 else -magnitude, scale)


def fraction_digits(text: str) -> int:
    return len(text.partition(",")[2])


# --- format_number ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        (0, "0"),
        (7, "7"),
        (999, "999"),
        (1000, "1.000"),
        (12345, "12.345"),
        (1250000, "1.250.000"),
        (1234567, "1.234.567"),
        (-1, "-1"),
        (-1000, "-1.000"),
        (-1234567, "-1.234.567"),
        (1234567.5, "1.234.567,5"),
        (1234567.891, "1.234.567,891"),
        (0.1, "0,1"),
        (0.5, "0,5"),
        (-0.25, "-0,25"),
        (1e16, "10.000.000.000.000.000"),
        (1e-7, "0,0000001"),
        (Decimal("1234.5"), "1.234,5"),
        (Decimal("0.50"), "0,5"),
        (Decimal("1E+3"), "1.000"),
        (Decimal("-2.345"), "-2,345"),
        (Decimal("123456789012.123456"), "123.456.789.012,123456"),
        (10**15 - 1, "999.999.999.999.999"),
    ],
)
def test_format_number_known_values(value: int | float | Decimal, expected: str) -> None:
    assert format_number(value) == expected


@pytest.mark.parametrize(
    ("value", "decimals", "expected"),
    [
        (Decimal("2.345"), 2, "2,35"),
        (2.345, 2, "2,35"),
        (-2.345, 2, "-2,35"),
        (2.675, 2, "2,68"),  # float repr "2.675" is read exactly, not as 2.67499…
        (Decimal("0.5"), 0, "1"),  # half-even would give "0"
        (Decimal("2.5"), 0, "3"),  # half-even would give "2"
        (Decimal("-2.5"), 0, "-3"),
        (1234.5, 0, "1.235"),
        (1, 2, "1,00"),
        (-1500, 1, "-1.500,0"),
        (1234567.5, 3, "1.234.567,500"),
        (Decimal("0.044"), 1, "0,0"),
        (Decimal("0.05"), 1, "0,1"),
        (Decimal("999.995"), 2, "1.000,00"),
    ],
)
def test_format_number_rounds_half_up(
    value: int | float | Decimal, decimals: int, expected: str
) -> None:
    assert format_number(value, decimals=decimals) == expected


@pytest.mark.parametrize(
    ("value", "kwargs", "expected"),
    [
        (-0.0, {}, "0"),
        (Decimal("-0"), {}, "0"),
        (Decimal("-0.004"), {"decimals": 2}, "0,00"),
        (Decimal("-0.4"), {"decimals": 0}, "0"),
    ],
)
def test_a_zero_has_no_minus_sign(
    value: float | Decimal, kwargs: dict[str, int], expected: str
) -> None:
    # A value that is, or rounds to, zero is printed as zero: "-0,00" in a report column
    # claims a negative value that is not there.
    assert format_number(value, **kwargs) == expected


def test_format_number_negative_decimals_refused() -> None:
    with pytest.raises(ValueError, match=r"^decimals must not be negative, got -1$"):
        format_number(5, decimals=-1)


@pytest.mark.parametrize(
    ("value", "type_name"), [("12", "str"), (True, "bool"), (None, "NoneType"), ([1], "list")]
)
def test_format_number_refuses_non_numbers(value: object, type_name: str) -> None:
    with pytest.raises(TypeError, match=rf"^expected a number, got {type_name}$"):
        format_number(value)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    "value", [math.nan, math.inf, -math.inf, Decimal("NaN"), Decimal("Infinity")]
)
def test_format_number_refuses_non_finite(value: float | Decimal) -> None:
    with pytest.raises(ValueError, match=r"^expected a finite number"):
        format_number(value)


@given(st.integers(min_value=-(10**15) + 1, max_value=10**15 - 1))
def test_integers_round_trip(n: int) -> None:
    text = format_number(n)
    assert VI_NUMBER.fullmatch(text)
    assert "," not in text
    assert text.replace(".", "") == str(n)
    assert text.startswith("-") == (n < 0)
    # Groups of exactly three digits after the first group.
    groups = text.lstrip("-").split(".")
    assert 1 <= len(groups[0]) <= 3
    assert all(len(group) == 3 for group in groups[1:])
    assert len(groups) == (len(str(abs(n))) + 2) // 3


@given(
    st.decimals(
        min_value=Decimal(-(10**12)),
        max_value=Decimal(10**12),
        places=6,
        allow_nan=False,
        allow_infinity=False,
    )
)
def test_decimals_round_trip(value: Decimal) -> None:
    text = format_number(value)
    assert read_vi(text) == value
    # Every digit is kept, and no trailing zero is invented.
    assert not text.endswith(",")
    if "," in text:
        assert not text.endswith("0")
    assert fraction_digits(text) == max(0, -value.normalize().as_tuple().exponent)


@given(
    st.floats(min_value=-1e12, max_value=1e12, allow_nan=False, allow_infinity=False).filter(
        lambda x: x == 0 or abs(x) >= 1e-6
    )
)
def test_floats_read_through_their_repr(value: float) -> None:
    assert read_vi(format_number(value)) == Decimal(repr(value))


@given(
    st.decimals(
        min_value=Decimal(-(10**9)),
        max_value=Decimal(10**9),
        places=6,
        allow_nan=False,
        allow_infinity=False,
    ),
    st.integers(min_value=0, max_value=5),
)
def test_fixed_decimals_round_half_up(value: Decimal, decimals: int) -> None:
    text = format_number(value, decimals=decimals)
    assert VI_NUMBER.fullmatch(text)
    assert fraction_digits(text) == decimals
    assert Fraction(read_vi(text)) == half_up(Fraction(value), decimals)


# --- format_percent ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("ratio", "decimals", "expected"),
    [
        (0.953, 1, "95,3%"),
        (1, 0, "100%"),
        (0, 0, "0%"),
        (0.0, 0, "0%"),
        (0.125, 1, "12,5%"),
        (0.125, 0, "13%"),  # NOT babel's half-even "12%"
        (Decimal("0.125"), 0, "13%"),
        (Decimal("0.145"), 0, "15%"),
        (0.5, 2, "50,00%"),
        (12.5, 0, "1.250%"),
        (-0.125, 0, "-13%"),
        (Decimal("0.9999"), 1, "100,0%"),
    ],
)
def test_format_percent(ratio: float | int | Decimal, decimals: int, expected: str) -> None:
    assert format_percent(ratio, decimals=decimals) == expected


def test_format_percent_default_has_no_decimals() -> None:
    assert format_percent(0.953) == "95%"
    assert format_percent(Decimal("0.125")) == "13%"


def test_format_percent_has_no_space_before_sign() -> None:
    text = format_percent(0.953, decimals=1)
    assert " " not in text
    assert "\u00a0" not in text


def test_a_tiny_negative_percentage_is_zero_percent() -> None:
    assert format_percent(-0.001) == "0%"


def test_format_percent_errors() -> None:
    with pytest.raises(TypeError, match=r"^expected a number, got bool$"):
        format_percent(True)
    with pytest.raises(ValueError, match=r"^expected a finite number"):
        format_percent(math.nan)
    with pytest.raises(ValueError, match=r"^decimals must not be negative"):
        format_percent(0.5, decimals=-2)


@given(st.integers(min_value=0, max_value=10_000), st.integers(min_value=0, max_value=3))
def test_percent_of_per_ten_thousand(per_ten_thousand: int, decimals: int) -> None:
    ratio = Decimal(per_ten_thousand) / Decimal(10_000)
    text = format_percent(ratio, decimals=decimals)
    assert text.endswith("%")
    assert Fraction(read_vi(text[:-1])) == half_up(Fraction(per_ten_thousand, 100), decimals)


# --- format_money -----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("amount", "kwargs", "expected"),
    [
        (1250000, {}, "1.250.000 đồng"),
        (0, {}, "0 đồng"),
        (500, {}, "500 đồng"),
        (1250000.0, {}, "1.250.000 đồng"),
        (Decimal("1250000.00"), {}, "1.250.000 đồng"),
        (Decimal("1.25E+6"), {}, "1.250.000 đồng"),
        (-5000, {}, "-5.000 đồng"),
        (1250, {"unit": "nghìn đồng"}, "1.250 nghìn đồng"),
        (3500, {"unit": "triệu đồng"}, "3.500 triệu đồng"),
        (12000000000, {}, "12.000.000.000 đồng"),
    ],
)
def test_format_money(amount: int | float | Decimal, kwargs: dict[str, str], expected: str) -> None:
    assert format_money(amount, **kwargs) == expected


def test_format_money_is_not_babels_currency() -> None:
    text = format_money(1250000)
    assert "₫" not in text
    assert "\u00a0" not in text


@pytest.mark.parametrize(
    ("amount", "shown"),
    [(Decimal("1250000.5"), "1250000.5"), (1250000.5, "1250000.5"), (0.5, "0.5")],
)
def test_format_money_refuses_fractions(amount: float | Decimal, shown: str) -> None:
    with pytest.raises(
        ValueError, match=rf"^an amount in đồng must be a whole number, got {re.escape(shown)}$"
    ):
        format_money(amount)


def test_format_money_fraction_message_names_custom_unit() -> None:
    with pytest.raises(ValueError, match=r"^an amount in nghìn đồng must be a whole number"):
        format_money(Decimal("10.5"), unit="nghìn đồng")


@pytest.mark.parametrize(
    "amount", [math.nan, math.inf, -math.inf, Decimal("NaN"), Decimal("-Infinity")]
)
def test_format_money_refuses_non_finite(amount: float | Decimal) -> None:
    with pytest.raises(ValueError, match=r"^expected a finite number"):
        format_money(amount)


def test_format_money_refuses_non_numbers() -> None:
    with pytest.raises(TypeError, match=r"^expected a number, got str$"):
        format_money("1250000")  # type: ignore[arg-type]
    with pytest.raises(TypeError, match=r"^expected a number, got bool$"):
        format_money(True)


@given(st.integers(min_value=-(10**15), max_value=10**15))
def test_money_property(amount: int) -> None:
    text = format_money(amount)
    number, _, unit = text.partition(" ")
    assert unit == "đồng"
    assert read_vi(number) == amount


# --- format_count -----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("args", "kwargs", "expected"),
    [
        ((3, "đơn"), {"pad": True}, "03 đơn"),
        ((3, "đơn"), {}, "3 đơn"),
        ((3,), {}, "3"),
        ((3,), {"pad": True}, "03"),
        ((9, "đơn"), {"pad": True}, "09 đơn"),
        ((10, "đơn"), {"pad": True}, "10 đơn"),
        ((10, "đơn"), {}, "10 đơn"),
        ((6, "tháng"), {"pad": True}, "06 tháng"),
        ((1234, "lượt"), {"pad": True}, "1.234 lượt"),
        ((1234, "lượt"), {}, "1.234 lượt"),
        ((1234,), {}, "1.234"),
        ((-3, "đơn"), {"pad": True}, "-3 đơn"),
        ((-3,), {}, "-3"),
        ((-1234, "lượt"), {"pad": True}, "-1.234 lượt"),
    ],
)
def test_format_count(args: tuple[object, ...], kwargs: dict[str, bool], expected: str) -> None:
    assert format_count(*args, **kwargs) == expected  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("count", "type_name"), [(True, "bool"), (False, "bool"), (3.0, "float"), ("3", "str")]
)
def test_format_count_refuses_non_integers(count: object, type_name: str) -> None:
    with pytest.raises(TypeError, match=rf"^a count must be an integer, got {type_name}$"):
        format_count(count, "đơn", pad=True)  # type: ignore[arg-type]


@given(st.integers(min_value=-(10**12), max_value=10**12), st.booleans())
def test_count_property(count: int, pad: bool) -> None:
    text = format_count(count, "đơn", pad=pad)
    number, _, unit = text.partition(" ")
    assert unit == "đơn"
    assert read_vi(number) == count
    padded = pad and 0 <= count < 10
    assert number == (f"0{count}" if padded else format_number(count))
    assert number.startswith("0") == (padded or count == 0)
