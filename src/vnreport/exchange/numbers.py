"""How the text of a number in a data file becomes a number, exactly or not at all.

Three rules hold in every format:

- a number is written in decimal digits: YAML 1.1's octal (``012``), hexadecimal
  (``0x1F``), binary (``0b101``) and base-60 (``1:20``) forms are refused (and so are
  TOML's ``0x``, ``0o`` and ``0b``), because a clerk who types them means something else;
- an unquoted YAML number with leading zeros is a decimal number (``012`` is twelve);
- a number has at most :attr:`~vnreport.limits.DataLimits.max_number_digits` digits,
  counted in the text before any conversion (Python refuses to convert an integer of more
  than 4,300 digits, and a Decimal such as ``1e999999999`` would print a billion digits).

Numbers within the limit are exact: integers are ``int``, the others ``Decimal``.
"""

from __future__ import annotations

import re
from decimal import Decimal

from vnreport.limits import DataLimits

__all__ = [
    "INT_STR_DIGITS",
    "LeadingZeroNumber",
    "decimal",
    "digit_count",
    "integer",
    "non_decimal_form",
    "too_many_digits",
]

#: What ``int(text)`` converts without meeting Python's limit on integer strings (4,300
#: digits by default, and never below 640); longer texts go through Decimal, which has none.
INT_STR_DIGITS = 640

_DECIMAL = re.compile(r"[-+]?(?:[0-9]+\.?[0-9]*|\.[0-9]+)(?:[eE][-+]?[0-9]+)?")
_LEADING_ZERO = re.compile(r"[-+]?0[0-9_]+")
_PREFIXES = {"x": "a hexadecimal number", "b": "a binary number", "o": "an octal number"}


class LeadingZeroNumber(str):
    """An unquoted YAML number written with leading zeros, such as ``05`` or ``012``.

    YAML 1.1 reads ``012`` as the octal number 10 (and ``08`` as text). A clerk who writes
    ``05`` means five, and a telephone number ``0912345678`` is text: so where a field
    takes a number this is the decimal number (12, never 10); where it takes text it is the
    text as typed.

    >>> LeadingZeroNumber("012").value
    12
    >>> str(LeadingZeroNumber("0912345678"))
    '0912345678'
    """

    __slots__ = ()

    @classmethod
    def match(cls, text: str) -> bool:
        """Whether ``text`` is a leading-zero number as YAML would read it unquoted."""
        return _LEADING_ZERO.fullmatch(text) is not None

    @property
    def digits(self) -> str:
        """The number without underscores, sign kept."""
        return self.replace("_", "")

    @property
    def value(self) -> int:
        """The decimal number (its digits are bounded by the caller's limit)."""
        return integer(self.digits)


def non_decimal_form(text: str) -> str | None:
    """What a number written other than in decimal digits is ("a hexadecimal number"), or
    ``None`` for a decimal one.

    >>> non_decimal_form("0x1F"), non_decimal_form("1:20"), non_decimal_form("012")
    ('a hexadecimal number', 'a base-60 number', None)
    """
    unsigned = text.lstrip("+-")
    if unsigned[:1] == "0" and unsigned[1:2].lower() in _PREFIXES:
        return _PREFIXES[unsigned[1:2].lower()]
    if ":" in text:  # YAML 1.1 reads 1:20 as 80 (and 1:20:30 as 4830)
        return "a base-60 number"
    return None


def digit_count(text: str) -> int:
    """The digits of the decimal number ``text`` once written out in full, underscores
    left out: ``"1_250_000.5"`` has 8, ``"1e60"`` 61 (the zeros the exponent stands for).

    A text that is not a decimal number counts its characters: it is never fewer digits
    than it would have if it were one.

    >>> digit_count("1_250_000.5"), digit_count("1e60"), digit_count("1.5e-3"), digit_count("-12")
    (8, 61, 4, 2)
    """
    plain = text.replace("_", "")
    if not _DECIMAL.fullmatch(plain):
        return len(plain)
    mantissa, _, exponent_text = plain.lower().partition("e")
    whole, _, fraction = mantissa.lstrip("+-").partition(".")
    written = len(whole) + len(fraction)
    if not exponent_text:
        return written
    if len(exponent_text.lstrip("+-")) > 9:
        return 10**9  # an exponent of ten digits is a billion zeros: over any limit
    exponent = int(exponent_text)
    # Moving the decimal mark past the digits there are adds zeros.
    return max(written, len(whole) + exponent, len(fraction) - exponent)


def too_many_digits(text: str, limits: DataLimits) -> int | None:
    """The digit count of ``text`` when it is over the limit, else ``None``."""
    count = digit_count(text)
    return count if count > limits.max_number_digits else None


def integer(digits: str) -> int:
    """``int(digits)`` for a decimal text, whatever its length (the caller bounds it)."""
    if len(digits) <= INT_STR_DIGITS:
        return int(digits)
    return int(Decimal(digits))


def decimal(text: str) -> Decimal:
    """The exact Decimal of a decimal text (underscores allowed, as YAML and TOML do)."""
    return Decimal(text.replace("_", ""))
