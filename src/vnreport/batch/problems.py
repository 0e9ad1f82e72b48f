"""The problems found while reading the rows of a merge, collected in one pass.

A reader reports every problem it can find in one go (a clerk fixes the file once, not
once a row); what makes reading further pointless (a limit, a file that is not a table)
ends the reading at once, with the problems found so far. Limits are named with the way
to raise them, as :mod:`vnreport.limits` asks.
"""

from __future__ import annotations

from typing import NoReturn

from vnreport.errors import RowProblem, RowsError
from vnreport.limits import RowLimits

__all__ = ["Problems", "column_label", "over_limit"]


class Problems:
    """The problems of one file so far: the first :attr:`RowsError.MAX_LISTED` kept,
    all of them counted."""

    def __init__(self, source: str) -> None:
        self.source = source
        self.listed: list[RowProblem] = []
        self.count = 0

    def add(
        self,
        message: str,
        *,
        row: int | None = None,
        line: int | None = None,
        column: str | None = None,
    ) -> None:
        self.count += 1
        if len(self.listed) < RowsError.MAX_LISTED:
            self.listed.append(RowProblem(row, line, column, message))

    def fatal(
        self,
        message: str,
        *,
        row: int | None = None,
        line: int | None = None,
        column: str | None = None,
    ) -> NoReturn:
        """Add a problem that ends the reading, and raise them all."""
        self.add(message, row=row, line=line, column=column)
        raise self.error()

    def error(self) -> RowsError:
        return RowsError(self.source, self.listed, self.count)

    def raise_any(self) -> None:
        if self.count:
            raise self.error()


def over_limit(what: str, name: str, limits: RowLimits) -> str:
    """``what`` (a sentence start) over the limit ``name`` of ``limits``, and how to raise it.

    >>> print(over_limit("more than 3 rows", "max_rows", RowLimits(max_rows=3)))
    more than 3 rows, over the limit RowLimits.max_rows = 3 (for a trusted file, pass ...)
    """
    return (
        f"{what}, over the limit RowLimits.{name} = {getattr(limits, name)}"
        f" (for a trusted file, pass limits=RowLimits({name}=…))"
    )


def column_label(index: int) -> str:
    """The 0-based column ``index`` as a user finds it: its number and its Excel letters.

    >>> column_label(0), column_label(27)
    ('column 1 (A)', 'column 28 (AB)')
    """
    letters = ""
    number = index + 1
    while number:
        number, rest = divmod(number - 1, 26)
        letters = chr(ord("A") + rest) + letters
    return f"column {index + 1} ({letters})"
