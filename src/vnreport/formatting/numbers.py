"""Numbers, percentages, money and counts in Vietnamese notation (babel's ``vi`` locale).

Vietnamese groups thousands with "." and writes the decimal mark as ",": 1.234.567,5.
Rounding is half-up, as people round by hand in a report; babel's own default (half-even)
would print 0,125 as "12%".
"""

from __future__ import annotations

import decimal
from decimal import Decimal

from babel.numbers import format_decimal

__all__ = [
    "Number",
    "format_count",
    "format_money",
    "format_number",
    "format_percent",
    "to_decimal",
]

#: What the number formatters accept. Floats are read through their shortest repr, so
#: ``0.1`` is the decimal 0.1, not 0.1000000000000000055….
Number = int | Decimal | float

_LOCALE = "vi"


def to_decimal(value: Number) -> Decimal:
    """Turn an accepted number into a finite :class:`~decimal.Decimal`.

    >>> to_decimal(0.1), to_decimal(3)
    (Decimal('0.1'), Decimal('3'))
    """
    if isinstance(value, bool) or not isinstance(value, int | Decimal | float):
        raise TypeError(f"expected a number, got {type(value).__name__}")
    result = Decimal(repr(value)) if isinstance(value, float) else Decimal(value)
    if not result.is_finite():
        raise ValueError(f"expected a finite number, got {value!r}")
    return result


def _pattern(decimals: int, *, fixed: bool) -> str:
    if decimals < 0:
        raise ValueError(f"decimals must not be negative, got {decimals}")
    if decimals == 0:
        return "#,##0"
    return "#,##0." + ("0" if fixed else "#") * decimals


def _round(value: Decimal, decimals: int) -> Decimal:
    return value.quantize(Decimal(1).scaleb(-decimals), rounding=decimal.ROUND_HALF_UP)


def format_number(value: Number, *, decimals: int | None = None) -> str:
    """Write a number with Vietnamese separators.

    Without ``decimals`` every digit of the value is kept; with it, the value is rounded
    half-up to that many places and trailing zeros are kept, so columns line up.

    >>> format_number(1234567.5)
    '1.234.567,5'
    >>> format_number(1250000)
    '1.250.000'
    >>> format_number(Decimal("2.345"), decimals=2)
    '2,35'
    >>> format_number(-1500, decimals=1)
    '-1.500,0'
    """
    number = to_decimal(value)
    if decimals is None:
        places = max(0, -int(number.normalize().as_tuple().exponent))
        pattern = _pattern(places, fixed=False)
    else:
        number = _round(number, decimals)
        pattern = _pattern(decimals, fixed=True)
    # A value that rounds to zero is zero: "-0,00" would read as a negative amount.
    if number.is_zero():
        number = number.copy_abs()
    return format_decimal(number, pattern, locale=_LOCALE)


def format_percent(ratio: Number, *, decimals: int = 0) -> str:
    """Write a ratio as a percentage: 1 is "100%", 0.953 with one decimal is "95,3%".

    Vietnamese writes the sign right after the number, with no space.

    >>> format_percent(0.953, decimals=1)
    '95,3%'
    >>> format_percent(1)
    '100%'
    >>> format_percent(Decimal("0.125"))
    '13%'
    """
    percent = to_decimal(ratio) * 100
    return format_number(percent, decimals=decimals) + "%"


def format_money(amount: Number, *, unit: str = "đồng") -> str:
    """Write an amount of money in whole units: "1.250.000 đồng".

    The đồng has no subunit in use, so an amount with a fractional part is refused
    rather than silently rounded.

    >>> format_money(1250000)
    '1.250.000 đồng'
    >>> format_money(Decimal("1250000.5"))
    Traceback (most recent call last):
    ...
    ValueError: an amount in đồng must be a whole number, got 1250000.5
    """
    value = to_decimal(amount)
    if value != value.to_integral_value():
        raise ValueError(f"an amount in {unit} must be a whole number, got {amount}")
    return f"{format_number(value, decimals=0)} {unit}"


def format_count(count: int, unit: str | None = None, *, pad: bool = False) -> str:
    """Write a count, optionally with its unit and, when the author asks, a leading zero.

    Reports often write "03 đơn" or "06 tháng"; that is the author's choice of style, not
    a rule of the decree, so it happens only with ``pad=True``.

    >>> format_count(3, "đơn", pad=True)
    '03 đơn'
    >>> format_count(3, "đơn")
    '3 đơn'
    >>> format_count(1234, "lượt", pad=True)
    '1.234 lượt'
    """
    if isinstance(count, bool) or not isinstance(count, int):
        raise TypeError(f"a count must be an integer, got {type(count).__name__}")
    text = f"{count:02d}" if pad and 0 <= count < 10 else format_number(count)
    return text if unit is None else f"{text} {unit}"
