"""What counts as a number: Python's, and the scalars of numpy and pandas.

An analyst's figures come out of a DataFrame as ``numpy.int64``, ``numpy.float64`` or
``pandas.NA``, not as ``int`` and ``float``. They are numbers like any other here; a
missing value (NaN, NA, NaT) is never printed as "nan" but refused with a message that
says what it is. Neither library is imported: their scalars register themselves with
:mod:`numbers`, and a missing value is recognised by its type's name.

The rules are the same everywhere a number is taken — the formatting functions, the
model's number fields and the cells of a table — so they are written once, here.
"""

from __future__ import annotations

import decimal
import math
import numbers
from decimal import Decimal

__all__ = ["EXACT", "as_int", "integer", "is_missing", "missing_problem", "to_decimal"]

#: Decimal arithmetic without rounding: the default context keeps 28 digits, and a sum or
#: a product of a report's figures must be exact whatever their length. Only additions,
#: products and quantizing are done in it, never a division.
EXACT = decimal.Context(prec=decimal.MAX_PREC, Emax=decimal.MAX_EMAX, Emin=decimal.MIN_EMIN)

# pandas.NA and pandas.NaT, recognised without importing pandas.
_MISSING_TYPES = frozenset({"NAType", "NaTType"})


def is_missing(value: object) -> bool:
    """Whether ``value`` marks a missing figure: NaN, ``pandas.NA`` or ``pandas.NaT``.

    >>> is_missing(float("nan")), is_missing(0.0), is_missing(None)
    (True, False, False)
    """
    if type(value).__name__ in _MISSING_TYPES:
        return True
    if isinstance(value, Decimal):
        return value.is_nan()
    if isinstance(value, numbers.Real) and not isinstance(value, numbers.Integral):
        try:
            return math.isnan(float(value))
        except (TypeError, ValueError, OverflowError):
            return False
    return False


def missing_problem(value: object) -> str:
    """The message for a missing figure, naming what the author can write instead."""
    shown = "NaN" if type(value).__name__ not in _MISSING_TYPES else str(value)
    return (
        f"is a missing value ({shown}): give the figure, or text such as '-' or '' "
        "where the table shows none"
    )


def as_int(value: object) -> object:
    """Converter: an integer of any library as ``int``; anything else unchanged, for a
    validator to judge and name.

    >>> as_int(True), as_int(5), as_int("5")
    (True, 5, '5')
    """
    if isinstance(value, numbers.Integral) and not isinstance(value, bool):
        return int(value)
    return value


def integer(value: object, name: str, *, wording: str = "{name} must be an integer") -> int:
    """``value`` as an ``int``, or a TypeError naming ``name`` and what was given.

    >>> integer(5, "day")
    5
    >>> integer(5.0, "day")
    Traceback (most recent call last):
    ...
    TypeError: day must be an integer, got float
    """
    if isinstance(value, bool) or not isinstance(value, numbers.Integral):
        raise TypeError(f"{wording.format(name=name)}, got {type(value).__name__}")
    return int(value)


def to_decimal(value: object) -> Decimal:
    """Turn any accepted number into a finite :class:`~decimal.Decimal`, exactly.

    Floats are read through their shortest repr, so ``0.1`` is the decimal 0.1, not
    0.1000000000000000055…; a numpy float through its own shortest text.

    >>> to_decimal(0.1), to_decimal(3), to_decimal(Decimal("2.50"))
    (Decimal('0.1'), Decimal('3'), Decimal('2.50'))
    >>> to_decimal(float("nan"))
    Traceback (most recent call last):
    ...
    ValueError: expected a finite number, got a missing value (NaN)
    >>> to_decimal("5")
    Traceback (most recent call last):
    ...
    TypeError: expected a number, got str
    """
    if is_missing(value):
        shown = "NaN" if type(value).__name__ not in _MISSING_TYPES else str(value)
        raise ValueError(f"expected a finite number, got a missing value ({shown})")
    if isinstance(value, bool):
        raise TypeError("expected a number, got bool")
    if isinstance(value, Decimal):
        result = value
    elif isinstance(value, numbers.Integral):
        result = Decimal(int(value))
    elif isinstance(value, float):
        result = Decimal(float.__repr__(value))  # numpy 2 writes "np.float64(…)" as repr
    elif isinstance(value, numbers.Real):
        result = Decimal(str(value))
    else:
        raise TypeError(f"expected a number, got {type(value).__name__}")
    if not result.is_finite():
        raise ValueError(f"expected a finite number, got {value!r}")
    return result
