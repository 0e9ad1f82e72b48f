"""How table cells print: text as given, numbers with Vietnamese separators."""

from __future__ import annotations

from vnreport.formatting.numbers import format_number
from vnreport.model.body import Cell
from vnreport.model.inline import plain_text

__all__ = ["cell_text"]


def cell_text(cell: Cell) -> str:
    """The printed text of a cell, without emphasis markers.

    >>> cell_text(1250000), cell_text("*ghi chú*")
    ('1.250.000', 'ghi chú')
    """
    if isinstance(cell, str):
        return plain_text(cell)
    return format_number(cell)
