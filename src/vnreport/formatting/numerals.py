"""Roman numerals and the Vietnamese letter sequence, for heading labels (I., a)).

Points (điểm) are lettered in the Vietnamese alphabet without the letters that carry a
diacritic other than đ (ă â ê ô ơ ư) and without f, j, w, z, which Vietnamese does not use:
a b c d đ e g h i k l m n o p q r s t u v x y — 23 letters (Phụ lục I, II.6; the decree's own
lists run a) … đ) e) g)).
"""

from __future__ import annotations

from vnreport.formatting.values import integer

__all__ = ["POINT_LETTERS", "point_letter", "roman"]

#: The 23 letters of the điểm sequence, in order.
POINT_LETTERS: tuple[str, ...] = tuple("abcdđeghiklmnopqrstuvxy")

_ROMAN_STEPS = (
    (1000, "M"),
    (900, "CM"),
    (500, "D"),
    (400, "CD"),
    (100, "C"),
    (90, "XC"),
    (50, "L"),
    (40, "XL"),
    (10, "X"),
    (9, "IX"),
    (5, "V"),
    (4, "IV"),
    (1, "I"),
)


def roman(number: int) -> str:
    """Write 1–3999 in Roman numerals.

    >>> roman(1), roman(4), roman(14), roman(2021)
    ('I', 'IV', 'XIV', 'MMXXI')
    """
    number = integer(number, "a Roman numeral", wording="{name} needs an integer")
    if not 1 <= number <= 3999:
        raise ValueError(f"Roman numerals cover 1 to 3999, got {number}")
    parts: list[str] = []
    for value, symbol in _ROMAN_STEPS:
        count, number = divmod(number, value)
        parts.append(symbol * count)
    return "".join(parts)


def point_letter(position: int) -> str:
    """The letter of the ``position``-th point (1-based) in the Vietnamese sequence.

    >>> [point_letter(n) for n in range(1, 8)]
    ['a', 'b', 'c', 'd', 'đ', 'e', 'g']
    >>> point_letter(23)
    'y'
    """
    position = integer(position, "a point position")
    if not 1 <= position <= len(POINT_LETTERS):
        raise ValueError(
            f"points run from a) to y) ({len(POINT_LETTERS)} letters); position {position} "
            "has no letter: split the list or give explicit labels"
        )
    return POINT_LETTERS[position - 1]
