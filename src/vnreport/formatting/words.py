"""Numbers, years and amounts of money written in Vietnamese words ("Bằng chữ: …").

A financial report or voucher states its totals twice, in figures and in words, so that a
figure cannot be altered without the words giving it away. The words therefore have to be
the exact reading an accountant would write; readers check them, they do not guess.

The number is read in groups of three digits under the scale words nghìn (10³), triệu (10⁶)
and tỷ (10⁹). Above 10⁹ the part above is read as a number of its own and tỷ repeats after
it: 1 250 000 000 000 is "một nghìn hai trăm năm mươi tỷ", 10¹⁵ "một triệu tỷ", 10¹⁸
"một tỷ tỷ". Inside a group:

* 10–19 use "mười", tens from 20 use "mươi": "mười lăm", "hai mươi".
* After "mươi" the unit 1 is "mốt" and 4 is "tư" (or "bốn", by choice); after "mười" or
  "mươi" the unit 5 is "lăm". Elsewhere they keep their own names: "mười một", "mười bốn",
  "một trăm linh một", "một trăm linh bốn", "một trăm linh năm".
* A zero tens digit before a unit reads "linh" (Northern usage, the default) or "lẻ"
  (Southern); never "lẽ", a misspelling some libraries print.
* Once a higher group has been read, every later group is read with all three digits, so
  a zero hundreds digit says "không trăm": 1 001 is "một nghìn không trăm linh một",
  2 024 is "hai nghìn không trăm hai mươi tư". A group that is all zeros is left out:
  1 000 005 is "một triệu không trăm linh năm".

A fraction follows "phẩy": its leading zeros are read one by one as "không", the rest as a
number ("ba phẩy không năm" is 3,05). Only :class:`~decimal.Decimal` carries a fraction:
a float's digits are those of its binary value, not the ones the author typed.
"""

from __future__ import annotations

import unicodedata
from decimal import Decimal

from vnreport.formatting.values import as_int, integer

__all__ = ["amount_in_words", "number_in_words", "year_in_words"]

_DIGITS = ("không", "một", "hai", "ba", "bốn", "năm", "sáu", "bảy", "tám", "chín")
_ODD_WORDS = ("linh", "lẻ")
_FOUR_WORDS = ("tư", "bốn")

#: The longest integer part, and the longest fraction, that will be read. Python refuses to
#: turn longer ints into text for the same reason: the work grows with the number of digits,
#: and a hostile ``Decimal("1E+999999999")`` should fail at once, not exhaust memory.
_MAX_DIGITS = 4300
_TOO_LARGE = 10**_MAX_DIGITS


def number_in_words(number: int | Decimal, *, odd: str = "linh", four: str = "tư") -> str:
    """Read a whole or decimal number in lowercase Vietnamese words.

    ``odd`` is the word for a zero tens digit before a unit ("linh" or "lẻ"); ``four`` is
    the unit 4 after "mươi" ("tư" or "bốn").

    >>> number_in_words(1250000)
    'một triệu hai trăm năm mươi nghìn'
    >>> number_in_words(105), number_in_words(105, odd="lẻ")
    ('một trăm linh năm', 'một trăm lẻ năm')
    >>> number_in_words(24), number_in_words(24, four="bốn"), number_in_words(14)
    ('hai mươi tư', 'hai mươi bốn', 'mười bốn')
    >>> number_in_words(1005000)
    'một triệu không trăm linh năm nghìn'
    >>> number_in_words(1_250_000_000_000)
    'một nghìn hai trăm năm mươi tỷ'
    >>> number_in_words(-25)
    'âm hai mươi lăm'
    >>> number_in_words(Decimal("3.05"))
    'ba phẩy không năm'
    >>> number_in_words(0.5)
    Traceback (most recent call last):
    ...
    TypeError: floats cannot be read digit by digit; pass Decimal('0.5') or an int, not 0.5
    """
    odd, four = _check_options(odd, four)
    negative, whole, fraction = _split(number)
    words = _read_whole(whole, odd, four)
    if fraction:
        significant = fraction.lstrip("0")
        words.append("phẩy")
        words.extend(["không"] * (len(fraction) - len(significant)))
        words.extend(_read_whole(significant, odd, four))
    if negative:
        words.insert(0, "âm")
    return " ".join(words)


def amount_in_words(
    amount: int | Decimal, *, unit: str = "đồng", odd: str = "linh", four: str = "tư"
) -> str:
    """Write an amount of money in words, as on a "Bằng chữ" line: capitalised, unit last.

    The đồng has no subunit in use, so an amount with a fractional part is refused rather
    than rounded: the words must state exactly the figure they back up.

    >>> amount_in_words(1250000)
    'Một triệu hai trăm năm mươi nghìn đồng'
    >>> amount_in_words(-1000)
    'Âm một nghìn đồng'
    >>> amount_in_words(Decimal("2000000001"))
    'Hai tỷ không trăm linh một đồng'
    >>> amount_in_words(Decimal("1250000.5"))
    Traceback (most recent call last):
    ...
    ValueError: an amount in đồng must be a whole number, got 1250000.5
    """
    if not isinstance(unit, str):
        raise TypeError(f"unit must be a string, got {type(unit).__name__}")
    unit = unit.strip()
    if not unit:
        raise ValueError("unit must not be empty")
    _, _, fraction = _split(amount)
    if fraction:
        raise ValueError(f"an amount in {unit} must be a whole number, got {amount}")
    words = number_in_words(amount, odd=odd, four=four)
    # Only the first letter changes: str.capitalize() would also lower-case the rest.
    return f"{words[0].upper()}{words[1:]} {unit}"


def year_in_words(year: int) -> str:
    """Read a calendar year (1–9999) in words, as formal text writes it out.

    A year is read as the whole number it is ("hai nghìn không trăm hai mươi tư"); the
    digit-by-digit "hai không hai tư" of speech has no place in a document.

    >>> year_in_words(2024)
    'hai nghìn không trăm hai mươi tư'
    >>> year_in_words(1975)
    'một nghìn chín trăm bảy mươi lăm'
    """
    year = integer(year, "year")
    # The same range as the date formatters: anything else is not a year of a document.
    if not 1 <= year <= 9999:
        raise ValueError(f"year must be between 1 and 9999, got {year}")
    return number_in_words(year)


def _check_options(odd: str, four: str) -> tuple[str, str]:
    # A decomposed "lẻ" (NFD, from some keyboards) looks identical to the accepted one and
    # should not be refused with a message that seems to repeat the accepted value.
    odd = unicodedata.normalize("NFC", odd) if isinstance(odd, str) else odd
    four = unicodedata.normalize("NFC", four) if isinstance(four, str) else four
    if odd not in _ODD_WORDS:
        hint = " ('lẽ' is a misspelling of 'lẻ')" if odd == "lẽ" else ""
        raise ValueError(f"odd must be 'linh' or 'lẻ', got {odd!r}{hint}")
    if four not in _FOUR_WORDS:
        raise ValueError(f"four must be 'tư' or 'bốn', got {four!r}")
    return odd, four


def _split(number: int | Decimal) -> tuple[bool, str, str]:
    """Take a number apart into (negative, integer digits, fraction digits).

    Digits are strings without leading zeros in the integer part ("0" for zero) and without
    trailing zeros in the fraction ("" for none). Work on the decimal digits themselves:
    Decimal arithmetic would round to the context's precision (28 digits by default).
    """
    if isinstance(number, float):
        shown = float.__repr__(number)
        raise TypeError(
            f"floats cannot be read digit by digit; pass Decimal('{shown}') or an int, not {shown}"
        )
    number = as_int(number)  # type: ignore[assignment]  # numpy's integers too
    if isinstance(number, bool) or not isinstance(number, int | Decimal):
        raise TypeError(f"expected an int or a Decimal, got {type(number).__name__}")
    if isinstance(number, int):
        if abs(number) >= _TOO_LARGE:
            raise ValueError(f"cannot read a number of more than {_MAX_DIGITS} digits")
        # Through Decimal, not str(): str() of a long int obeys sys.get_int_max_str_digits().
        number = Decimal(number)
    if not number.is_finite():
        raise ValueError(f"expected a finite number, got {number!r}")
    sign, digit_tuple, exponent = number.as_tuple()
    assert isinstance(exponent, int)  # only NaN and Infinity have a letter here
    digits = "".join(map(str, digit_tuple))
    # Trailing zeros of the fraction are not read: 12,50 is "mười hai phẩy năm".
    while exponent < 0 and len(digits) > 1 and digits.endswith("0"):
        digits = digits[:-1]
        exponent += 1
    if exponent < 0 and digits == "0":
        exponent = 0
    if len(digits) + exponent > _MAX_DIGITS:
        raise ValueError(f"cannot read a number of more than {_MAX_DIGITS} digits")
    if -exponent > _MAX_DIGITS:
        raise ValueError(f"cannot read a fraction of more than {_MAX_DIGITS} digits")
    if exponent >= 0:
        whole, fraction = digits + "0" * exponent, ""
    else:
        padded = digits.zfill(1 - exponent)
        whole, fraction = padded[:exponent], padded[exponent:]
    whole = whole.lstrip("0") or "0"
    # Minus zero (Decimal("-0"), "-0.00") is zero: "âm không" is not a reading.
    return sign == 1 and (whole != "0" or bool(fraction)), whole, fraction


def _read_whole(digits: str, odd: str, four: str) -> list[str]:
    """Read a non-negative integer given as digits without leading zeros."""
    if digits == "0":
        return ["không"]
    # Split into blocks of nine digits, each one tỷ times the next: the first block is read
    # as it stands, then each further block follows one more "tỷ". An all-zero block still
    # leaves its "tỷ", which is how 10¹⁸ becomes "một tỷ tỷ".
    width = -(-len(digits) // 9) * 9
    padded = digits.zfill(width)
    blocks = [int(padded[start : start + 9]) for start in range(0, width, 9)]
    words = _read_block(blocks[0], full=False, odd=odd, four=four)
    for block in blocks[1:]:
        words.append("tỷ")
        if block:
            words.extend(_read_block(block, full=True, odd=odd, four=four))
    return words


def _read_block(block: int, *, full: bool, odd: str, four: str) -> list[str]:
    """Read 1–999 999 999; ``full`` when a higher part has already been read."""
    words: list[str] = []
    groups = ((block // 1_000_000, "triệu"), (block // 1000 % 1000, "nghìn"), (block % 1000, ""))
    for value, scale in groups:
        if not value:
            continue
        words.extend(_read_group(value, full=full, odd=odd, four=four))
        if scale:
            words.append(scale)
        full = True
    return words


def _read_group(value: int, *, full: bool, odd: str, four: str) -> list[str]:
    """Read 1–999; ``full`` reads all three digits, a zero hundreds as "không trăm"."""
    hundreds, tens, unit = value // 100, value // 10 % 10, value % 10
    words: list[str] = []
    if full or hundreds:
        words += [_DIGITS[hundreds], "trăm"]
    if tens == 0:
        if unit:
            words += [odd, _DIGITS[unit]] if words else [_DIGITS[unit]]
    elif tens == 1:
        words.append("mười")
        if unit:
            words.append("lăm" if unit == 5 else _DIGITS[unit])
    else:
        words += [_DIGITS[tens], "mươi"]
        if unit:
            words.append({1: "mốt", 4: four, 5: "lăm"}.get(unit, _DIGITS[unit]))
    return words
