"""Numbers, percentages, money and counts in Vietnamese notation (babel's ``vi`` locale).

Vietnamese groups thousands with "." and writes the decimal mark as ",": 1.234.567,5.
Rounding is half-up, as people round by hand in a report; babel's own default (half-even)
would print 0,125 as "12%".
"""

from __future__ import annotations

import decimal
from decimal import Decimal

from vnreport.formatting.values import EXACT as _EXACT
from vnreport.formatting.values import integer, to_decimal

__all__ = [
    "Number",
    "format_change",
    "format_count",
    "format_money",
    "format_number",
    "format_percent",
]

#: What the number formatters accept: ints, Decimals, floats, and numpy's scalars.
Number = int | Decimal | float

_LOCALE = "vi"
#: The most digits a number may print; Python refuses to turn longer ints into text for
#: the same reason (the work grows with the digits, and "1E+999999999" is nine bytes).
MAX_DIGITS = 4300


def _checked(value: object) -> Decimal:
    number = to_decimal(value)
    exponent = number.as_tuple().exponent
    assert isinstance(exponent, int)  # a finite number's
    if number.adjusted() >= MAX_DIGITS or -exponent > MAX_DIGITS:
        raise ValueError(f"a number with more than {MAX_DIGITS} digits cannot be printed")
    return number


def _pattern(decimals: int, *, fixed: bool) -> str:
    if decimals < 0:
        raise ValueError(f"decimals must not be negative, got {decimals}")
    if decimals == 0:
        return "#,##0"
    return "#,##0." + ("0" if fixed else "#") * decimals


def _round(value: Decimal, decimals: int) -> Decimal:
    return value.quantize(
        Decimal(1).scaleb(-decimals), rounding=decimal.ROUND_HALF_UP, context=_EXACT
    )


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
    number = _checked(value)
    if decimals is not None and decimals > MAX_DIGITS:
        raise ValueError(f"decimals must be at most {MAX_DIGITS}, got {decimals}")
    with decimal.localcontext(_EXACT):
        if decimals is None:
            places = max(0, -int(number.normalize().as_tuple().exponent))
            pattern = _pattern(places, fixed=False)
        else:
            number = _round(number, decimals)
            pattern = _pattern(decimals, fixed=True)
        # A value that rounds to zero is zero: "-0,00" would read as a negative amount.
        if number.is_zero():
            number = number.copy_abs()
        # Imported here: babel's data loads in tens of milliseconds, which a program that
        # only builds a model should not pay.
        from babel.numbers import format_decimal

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
    percent = _checked(ratio).scaleb(2, context=_EXACT)
    return format_number(percent, decimals=decimals) + "%"


def format_change(ratio: Number, *, decimals: int = 1) -> str:
    """Write a change against a period before as the reports say it: "tăng 5,2%",
    "giảm 3,1%", and "không đổi" when it rounds to nothing at ``decimals``.

    ``ratio`` is the relative change (0.052 for five point two per cent more).

    >>> format_change(0.052), format_change(-0.031), format_change(Decimal("0.0004"))
    ('tăng 5,2%', 'giảm 3,1%', 'không đổi')
    """
    change = _checked(ratio)
    shown = format_percent(change.copy_abs(), decimals=decimals)
    if _round(change.copy_abs().scaleb(2, context=_EXACT), decimals).is_zero():
        return "không đổi"
    return f"{'tăng' if change > 0 else 'giảm'} {shown}"


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
    value = _checked(amount)
    if value != value.to_integral_value(context=_EXACT):
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
    count = integer(count, "a count")
    text = f"{count:02d}" if pad and 0 <= count < 10 else format_number(count)
    return text if unit is None else f"{text} {unit}"
