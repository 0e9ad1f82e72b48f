"""How wide a line of Times New Roman text is, to draw rules of the prescribed length.

Nghị định 30 sets the length of the rules under the issuer, the motto and the subject as
a fraction of the text above them (Phụ lục I, II.1, II.2, II.5), so the renderer has to
know how long that text is on paper. The widths come from Liberation Serif, which has the
same metrics as Times New Roman.
"""

from __future__ import annotations

import functools
import unicodedata

from vnreport.metrics.fontmetrics import WIDTHS

__all__ = ["TWIPS_PER_MM", "TWIPS_PER_POINT", "longest_line", "text_width"]

TWIPS_PER_POINT = 20
TWIPS_PER_MM = 1440 / 25.4

# Characters outside the table (rare symbols) count as an average lower-case letter.
_FALLBACK = 500


def text_width(text: str, size: float, *, bold: bool = False, italic: bool = False) -> float:
    """The advance width of ``text`` set in Times New Roman at ``size`` points, in points.

    >>> round(text_width("Độc lập - Tự do - Hạnh phúc", 13, bold=True), 1)
    159.1
    """
    return _em_width(text, bold, italic) * size / 1000


# Texts longer than this are measured each time rather than kept: the cache holds what
# it measured, and a few long texts would hold more memory than all the short ones.
_CACHED_LENGTH = 256


def _em_width(text: str, bold: bool, italic: bool) -> int:
    if len(text) > _CACHED_LENGTH:
        return _measure(text, bold, italic)
    return _cached_width(text, bold, italic)


# The same few texts (the motto, an issuer's name, the words of a subject) are measured
# again and again; the function is pure, so its results are kept.
@functools.lru_cache(maxsize=8192)
def _cached_width(text: str, bold: bool, italic: bool) -> int:
    return _measure(text, bold, italic)


def _measure(text: str, bold: bool, italic: bool) -> int:
    table = WIDTHS[(bold, italic)]
    total = 0
    for char in unicodedata.normalize("NFC", text):
        width = table.get(char)
        if width is None:
            width = table.get(unicodedata.normalize("NFD", char)[0], _FALLBACK)
        total += width
    return total


def longest_line(
    text: str, available: float, size: float, *, bold: bool = False, italic: bool = False
) -> float:
    """The width (points) of the longest line ``text`` makes when wrapped at word
    boundaries in ``available`` points, as a word processor wraps it; a word wider than
    the line stands alone on its line.

    >>> line = longest_line("BAN THI ĐUA - KHEN THƯỞNG", 178.6, 12, bold=True)
    >>> line == text_width("BAN THI ĐUA - KHEN", 12, bold=True)
    True
    """
    # Widths add up (a space joins words and composes with nothing), so each word is
    # measured once and a line's width is a running sum in the font's integer units:
    # the same numbers as measuring each candidate line, in one pass.
    space = _em_width(" ", bold, italic)
    longest = 0
    line: int | None = None
    for word in text.split():
        width = _em_width(word, bold, italic)
        if line is None:
            line = width
        elif (line + space + width) * size / 1000 > available:
            longest = max(longest, line)
            line = width
        else:
            line += space + width
    return max(longest, line or 0) * size / 1000
