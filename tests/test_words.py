"""Tests of vnreport.formatting.words: numbers, amounts and years in Vietnamese words.

Besides a table of known readings, the words are checked against an independent reader
written here: it scans the words left to right with a stack of scale words, knows nothing
of digit groups, and accepts every spelling variant (linh/lẻ, một/mốt, bốn/tư, năm/lăm,
mười/mươi) but only where that variant may stand.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Callable
from decimal import Decimal
from fractions import Fraction

import pytest
from hypothesis import given
from hypothesis import strategies as st

from vnreport.formatting.words import amount_in_words, number_in_words, year_in_words

# --- an independent reader: words back to a number -------------------------------------

_UNITS = {
    "không": 0,
    "một": 1,
    "mốt": 1,
    "hai": 2,
    "ba": 3,
    "bốn": 4,
    "tư": 4,
    "năm": 5,
    "lăm": 5,
    "sáu": 6,
    "bảy": 7,
    "tám": 8,
    "chín": 9,
}
_SMALL_SCALES = {"nghìn": 1_000, "triệu": 1_000_000}
_BILLION = 1_000_000_000


def _parse_whole(text: str) -> int:
    """Read words such as "một nghìn không trăm linh một" back to 1001."""
    # Each entry is (value, scale): a scale word folds every entry of a smaller scale, plus
    # the digits read since, into one entry. "tỷ" folds everything before it, since the
    # part above 10⁹ may itself contain nghìn, triệu and even tỷ ("một tỷ tỷ").
    stack: list[tuple[int, int]] = []
    small = 0  # the 0–999 being read
    digit: int | None = None  # a digit word not yet placed
    previous = ""
    for token in text.split(" "):
        if token in _UNITS:
            if digit is not None:
                raise ValueError(f"two digits in a row at {token!r} in {text!r}")
            if token in ("mốt", "tư") and previous != "mươi":
                raise ValueError(f"{token!r} only follows 'mươi', in {text!r}")
            if token == "lăm" and previous not in ("mươi", "mười"):
                raise ValueError(f"'lăm' only follows 'mươi' or 'mười', in {text!r}")
            if (previous, token) in (("mươi", "một"), ("mươi", "năm"), ("mười", "năm")):
                raise ValueError(f"{previous} {token} should be mốt or lăm, in {text!r}")
            if previous in ("linh", "lẻ") and token == "không":
                raise ValueError(f"{previous} không is not a reading, in {text!r}")
            digit = _UNITS[token]
        elif token == "trăm":
            if digit is None:
                raise ValueError(f"'trăm' without its digit in {text!r}")
            small, digit = small + 100 * digit, None
        elif token == "mươi":
            if digit is None or digit < 2:
                raise ValueError(f"'mươi' needs a digit 2–9 before it in {text!r}")
            small, digit = small + 10 * digit, None
        elif token == "mười":
            if digit is not None:
                raise ValueError(f"a digit before 'mười' in {text!r}")
            small += 10
        elif token in ("linh", "lẻ"):
            if previous != "trăm":
                raise ValueError(f"{token!r} only follows 'trăm', in {text!r}")
        elif token in _SMALL_SCALES or token == "tỷ":
            value = small + (digit or 0)
            scale = _SMALL_SCALES.get(token, _BILLION)
            while stack and (token == "tỷ" or stack[-1][1] < scale):
                value += stack.pop()[0]
            if value == 0:
                raise ValueError(f"{token!r} with nothing to multiply in {text!r}")
            stack.append((value * scale, scale))
            small, digit = 0, None
        else:
            raise ValueError(f"unknown word {token!r} in {text!r}")
        previous = token
    if previous in ("linh", "lẻ"):
        raise ValueError(f"{previous!r} at the end of {text!r}")
    return sum(value for value, _ in stack) + small + (digit or 0)


def parse_words(text: str) -> Decimal:
    """Read the output of number_in_words back to a number."""
    # Built as a string: Decimal arithmetic would round to 28 digits.
    sign = "-" if text.startswith("âm ") else ""
    whole_text, _, fraction_text = text.removeprefix("âm ").partition(" phẩy ")
    figures = f"{sign}{_parse_whole(whole_text)}"
    if fraction_text:
        tokens = fraction_text.split(" ")
        zeros = 0
        while tokens[zeros] == "không":
            zeros += 1
        figures += "." + "0" * zeros + str(_parse_whole(" ".join(tokens[zeros:])))
    return Decimal(figures)


def test_reader_reads_what_it_should() -> None:
    # The reader itself is checked on hand-written words, not on the module's output.
    assert parse_words("một nghìn hai trăm năm mươi tỷ") == 1_250_000_000_000
    assert parse_words("một tỷ tỷ") == 10**18
    assert parse_words("một tỷ không trăm linh một tỷ") == 10**18 + 10**9
    assert parse_words("hai mươi bốn") == parse_words("hai mươi tư") == 24
    assert parse_words("một trăm lẻ năm") == parse_words("một trăm linh năm") == 105
    assert parse_words("âm không phẩy không không năm") == Decimal("-0.005")


@pytest.mark.parametrize(
    "text", ["hai mươi một", "hai mươi năm", "mười mốt", "mười năm", "tư", "linh năm", "mươi"]
)
def test_reader_refuses_misplaced_variants(text: str) -> None:
    with pytest.raises(ValueError, match=r"."):
        parse_words(text)


# --- known readings ----------------------------------------------------------------------

_NUMBERS: list[tuple[int | Decimal, dict[str, str], str]] = [
    (0, {}, "không"),
    (1, {}, "một"),
    (4, {}, "bốn"),
    (5, {}, "năm"),
    (10, {}, "mười"),
    (11, {}, "mười một"),
    (14, {}, "mười bốn"),
    (15, {}, "mười lăm"),
    (20, {}, "hai mươi"),
    (21, {}, "hai mươi mốt"),
    (24, {}, "hai mươi tư"),
    (25, {}, "hai mươi lăm"),
    (55, {}, "năm mươi lăm"),
    (99, {}, "chín mươi chín"),
    (100, {}, "một trăm"),
    (101, {}, "một trăm linh một"),
    (104, {}, "một trăm linh bốn"),
    (105, {}, "một trăm linh năm"),
    (110, {}, "một trăm mười"),
    (115, {}, "một trăm mười lăm"),
    (121, {}, "một trăm hai mươi mốt"),
    (1000, {}, "một nghìn"),
    (1001, {}, "một nghìn không trăm linh một"),
    (1010, {}, "một nghìn không trăm mười"),
    (1100, {}, "một nghìn một trăm"),
    (2024, {}, "hai nghìn không trăm hai mươi tư"),
    (15_000, {}, "mười lăm nghìn"),
    (21_000, {}, "hai mươi mốt nghìn"),
    (1_000_000, {}, "một triệu"),
    (1_000_005, {}, "một triệu không trăm linh năm"),
    (1_005_000, {}, "một triệu không trăm linh năm nghìn"),
    (1_250_000, {}, "một triệu hai trăm năm mươi nghìn"),
    (1_000_000_000, {}, "một tỷ"),
    (2_000_000_001, {}, "hai tỷ không trăm linh một"),
    (1_005_000_000, {}, "một tỷ không trăm linh năm triệu"),
    (1_250_000_000_000, {}, "một nghìn hai trăm năm mươi tỷ"),
    (10**15, {}, "một triệu tỷ"),
    (10**18, {}, "một tỷ tỷ"),
    (10**18 + 1, {}, "một tỷ tỷ không trăm linh một"),
    (10**18 + 10**9, {}, "một tỷ không trăm linh một tỷ"),
    (-1, {}, "âm một"),
    (-25, {}, "âm hai mươi lăm"),
    (-1_000_000, {}, "âm một triệu"),
    (Decimal("0.5"), {}, "không phẩy năm"),
    (Decimal("1.5"), {}, "một phẩy năm"),
    (Decimal("3.05"), {}, "ba phẩy không năm"),
    (Decimal("0.25"), {}, "không phẩy hai mươi lăm"),
    (Decimal("12.50"), {}, "mười hai phẩy năm"),
    (Decimal("1.0004"), {}, "một phẩy không không không bốn"),
    (Decimal("-0.5"), {}, "âm không phẩy năm"),
    (Decimal("5.000"), {}, "năm"),
    (Decimal("-0.00"), {}, "không"),
    (Decimal("1E+3"), {}, "một nghìn"),
    (Decimal("1250000"), {}, "một triệu hai trăm năm mươi nghìn"),
    (105, {"odd": "lẻ"}, "một trăm lẻ năm"),
    (1001, {"odd": "lẻ"}, "một nghìn không trăm lẻ một"),
    (1_005_000, {"odd": "lẻ"}, "một triệu không trăm lẻ năm nghìn"),
    (24, {"four": "bốn"}, "hai mươi bốn"),
    (14, {"four": "bốn"}, "mười bốn"),
    (104, {"four": "tư"}, "một trăm linh bốn"),
    (1_000_024, {"four": "bốn"}, "một triệu không trăm hai mươi bốn"),
    (Decimal("0.24"), {"four": "bốn"}, "không phẩy hai mươi bốn"),
    (304, {"odd": "lẻ", "four": "bốn"}, "ba trăm lẻ bốn"),
]


@pytest.mark.parametrize(("number", "options", "expected"), _NUMBERS)
def test_number_in_words(number: int | Decimal, options: dict[str, str], expected: str) -> None:
    assert number_in_words(number, **options) == expected


@pytest.mark.parametrize(
    ("amount", "options", "expected"),
    [
        (1_250_000, {}, "Một triệu hai trăm năm mươi nghìn đồng"),
        (-1000, {}, "Âm một nghìn đồng"),
        (0, {}, "Không đồng"),
        (Decimal("1500000.00"), {}, "Một triệu năm trăm nghìn đồng"),
        (1_250_000_000_000, {}, "Một nghìn hai trăm năm mươi tỷ đồng"),
        (105, {"odd": "lẻ"}, "Một trăm lẻ năm đồng"),
        (24_000, {"four": "bốn"}, "Hai mươi bốn nghìn đồng"),
        (1000, {"unit": "đô la Mỹ"}, "Một nghìn đô la Mỹ"),
        (5, {"unit": " USD "}, "Năm USD"),
    ],
)
def test_amount_in_words(amount: int | Decimal, options: dict[str, str], expected: str) -> None:
    assert amount_in_words(amount, **options) == expected


@pytest.mark.parametrize(
    ("year", "expected"),
    [
        (2024, "hai nghìn không trăm hai mươi tư"),
        (2021, "hai nghìn không trăm hai mươi mốt"),
        (2020, "hai nghìn không trăm hai mươi"),
        (2010, "hai nghìn không trăm mười"),
        (2005, "hai nghìn không trăm linh năm"),
        (2000, "hai nghìn"),
        (1975, "một nghìn chín trăm bảy mươi lăm"),
        (1945, "một nghìn chín trăm bốn mươi lăm"),
        (1905, "một nghìn chín trăm linh năm"),
    ],
)
def test_year_in_words(year: int, expected: str) -> None:
    assert year_in_words(year) == expected


def test_nfd_option_is_accepted() -> None:
    decomposed = unicodedata.normalize("NFD", "lẻ")
    assert decomposed != "lẻ"
    assert number_in_words(105, odd=decomposed) == "một trăm lẻ năm"


# --- properties ----------------------------------------------------------------------------

_OPTIONS = [{"odd": odd, "four": four} for odd in ("linh", "lẻ") for four in ("tư", "bốn")]
_WHOLE = st.integers(min_value=-(10**18), max_value=10**18)
_FORBIDDEN = ("lẽ", "mươi một", "mươi năm", "mười mốt", "mười năm", "  ")


def _check_form(words: str, options: dict[str, str]) -> None:
    for bad in _FORBIDDEN:
        assert bad not in words
    assert words == words.strip()
    assert words == unicodedata.normalize("NFC", words)
    tokens = words.split(" ")
    other_odd = "lẻ" if options["odd"] == "linh" else "linh"
    assert other_odd not in tokens
    if options["four"] == "bốn":
        assert "tư" not in tokens
    else:
        assert "mươi bốn" not in words


@pytest.mark.parametrize("options", _OPTIONS)
@given(number=_WHOLE)
def test_integers_read_back(number: int, options: dict[str, str]) -> None:
    words = number_in_words(number, **options)
    assert parse_words(words) == number
    _check_form(words, options)


@pytest.mark.parametrize("options", _OPTIONS)
@given(number=st.integers(min_value=-(10**60), max_value=10**60))
def test_large_integers_read_back(number: int, options: dict[str, str]) -> None:
    assert parse_words(number_in_words(number, **options)) == number


@given(
    exponent=st.integers(min_value=0, max_value=20),
    power=st.integers(min_value=0, max_value=60),
    digit=st.integers(min_value=1, max_value=9),
)
def test_sparse_integers_read_back(exponent: int, power: int, digit: int) -> None:
    # Mostly zeros: the cases where whole groups and blocks are skipped.
    number = digit * 10**power + 10**exponent
    assert parse_words(number_in_words(number)) == number


@pytest.mark.parametrize("options", _OPTIONS)
@given(
    coefficient=st.integers(min_value=-(10**25), max_value=10**25),
    places=st.integers(min_value=0, max_value=30),
)
def test_decimals_read_back(coefficient: int, places: int, options: dict[str, str]) -> None:
    number = Decimal(f"{coefficient}E-{places}")
    words = number_in_words(number, **options)
    assert parse_words(words) == number
    _check_form(words, options)
    assert ("phẩy" in words) == (Fraction(number).denominator != 1)


@given(amount=_WHOLE)
def test_amounts_are_capitalised_numbers(amount: int) -> None:
    words = amount_in_words(amount)
    assert words[0].isupper()
    assert words.endswith(" đồng")
    reading = words.removesuffix(" đồng")
    assert reading[0].lower() + reading[1:] == number_in_words(amount)


@given(year=st.integers(min_value=1, max_value=9999))
def test_years_read_as_numbers(year: int) -> None:
    assert year_in_words(year) == number_in_words(year)


# --- errors -------------------------------------------------------------------------------


@pytest.mark.parametrize("function", [number_in_words, amount_in_words])
def test_float_is_refused(function: Callable[..., str]) -> None:
    with pytest.raises(TypeError, match=r"pass Decimal\('0\.5'\) or an int"):
        function(0.5)


@pytest.mark.parametrize("function", [number_in_words, amount_in_words, year_in_words])
@pytest.mark.parametrize("value", [True, False, "12", None])
def test_non_numbers_are_refused(function: Callable[..., str], value: object) -> None:
    with pytest.raises(TypeError, match=type(value).__name__):
        function(value)


@pytest.mark.parametrize("value", ["NaN", "sNaN", "Infinity", "-Infinity"])
def test_non_finite_is_refused(value: str) -> None:
    with pytest.raises(ValueError, match="finite"):
        number_in_words(Decimal(value))
    with pytest.raises(ValueError, match="finite"):
        amount_in_words(Decimal(value))


@pytest.mark.parametrize("amount", [Decimal("1250000.5"), Decimal("0.01"), Decimal("-3.5")])
def test_fractional_amount_is_refused(amount: Decimal) -> None:
    with pytest.raises(ValueError, match=f"whole number, got {amount}"):
        amount_in_words(amount)


@pytest.mark.parametrize("odd", ["lẽ", "le", "lẻ ", "Linh", ""])
def test_bad_odd_is_refused(odd: str) -> None:
    with pytest.raises(ValueError, match="odd must be 'linh' or 'lẻ'"):
        number_in_words(105, odd=odd)
    with pytest.raises(ValueError, match="odd must be"):
        amount_in_words(105, odd=odd)


def test_misspelt_odd_gets_a_hint() -> None:
    with pytest.raises(ValueError, match="misspelling"):
        number_in_words(105, odd="lẽ")


@pytest.mark.parametrize("four", ["tu", "bon", "4", "Tư", ""])
def test_bad_four_is_refused(four: str) -> None:
    with pytest.raises(ValueError, match="four must be 'tư' or 'bốn'"):
        number_in_words(24, four=four)
    with pytest.raises(ValueError, match="four must be"):
        amount_in_words(24, four=four)


@pytest.mark.parametrize("unit", ["", "   "])
def test_blank_unit_is_refused(unit: str) -> None:
    with pytest.raises(ValueError, match="unit must not be empty"):
        amount_in_words(1000, unit=unit)


@pytest.mark.parametrize("year", [0, -2024, 10_000])
def test_year_out_of_range_is_refused(year: int) -> None:
    with pytest.raises(ValueError, match=f"between 1 and 9999, got {year}"):
        year_in_words(year)


@pytest.mark.parametrize("year", [2024.0, Decimal(2024)])
def test_year_must_be_an_int(year: object) -> None:
    with pytest.raises(TypeError, match="year must be an integer"):
        year_in_words(year)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    "number",
    [10**4300, -(10**4300), Decimal("1E+4300"), Decimal("1E-4301")],
    # The default ids would call str() on a 4301-digit int, which Python refuses.
    ids=["10**4300", "-10**4300", "1E+4300", "1E-4301"],
)
def test_absurdly_long_numbers_are_refused(number: int | Decimal) -> None:
    with pytest.raises(ValueError, match="more than 4300 digits"):
        number_in_words(number)


def test_longest_accepted_number() -> None:
    number = 10**4300 - 1
    assert parse_words(number_in_words(number)) == number
