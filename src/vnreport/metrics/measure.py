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


def _em_width(text: str, bold: bool, italic: bool) -> int:
    # The same few texts (the motto, an issuer's name, a subject's words) are measured
    # again and again, so short ones are remembered; a long one is measured once.
    if len(text) <= _CACHED_LENGTH:
        return _cached_em_width(text, bold, italic)
    return _measure(text, bold, italic)


_CACHED_LENGTH = 256


@functools.lru_cache(maxsize=8192)
def _cached_em_width(text: str, bold: bool, italic: bool) -> int:
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
    # Widths are added up word by word in em units (integers), so that the work is linear
    # in the text and the sums are exactly those text_width() would give.
    space = _em_width(" ", bold, italic)
    limit = available * 1000 / size
    longest = 0
    line: int | None = None  # the current line's width; None before its first word
    for word in text.split():
        word_width = _em_width(word, bold, italic)
        if line is not None and line + space + word_width > limit:
            longest = max(longest, line)
            line = word_width
        else:
            line = word_width if line is None else line + space + word_width
    return max(longest, line or 0) * size / 1000
