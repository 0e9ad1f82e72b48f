"""Plain text → lines: each line as given, NFC, blank lines remembered.

A header whose two columns were flattened into text comes as lines in reading order, or
interleaved line by line, or run together on one line ("…VIỆT NAMỦY BAN …"); the lines
are kept as they are here, and the header recogniser takes them apart.
"""

from __future__ import annotations

from vnreport.importing.lines import Line, Origin
from vnreport.importing.texttables import with_text_tables
from vnreport.ooxml.document import normalize

__all__ = ["text_lines"]


def text_lines(text: str) -> tuple[Line, ...]:
    """The non-blank lines of ``text``, numbered from 1 as an editor shows them."""
    lines: list[Line] = []
    blank = False
    for number, raw in enumerate(text.splitlines(), start=1):
        folded = normalize(raw)
        if not folded:
            blank = True
            continue
        lines.append(
            Line(
                index=number,
                origin=Origin.TEXT,
                text=folded,
                raw=raw,
                markup=folded,
                blank_before=blank,
            )
        )
        blank = False
    # Rows typed with tabs or "|" are a table, one line where they stand.
    return with_text_tables(lines)
