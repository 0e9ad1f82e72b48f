"""Reporting periods as reports name them: "Quý I/2025", "6 tháng đầu năm 2021"."""

from __future__ import annotations

from vnreport.formatting.numerals import roman
from vnreport.formatting.values import integer

__all__ = ["format_half_year", "format_months", "format_quarter"]


def format_quarter(year: int, quarter: int) -> str:
    """Name a quarter (quý) with its Roman numeral.

    >>> format_quarter(2025, 1)
    'Quý I/2025'
    >>> format_quarter(2024, 4)
    'Quý IV/2024'
    """
    year = integer(year, "year")
    quarter = integer(quarter, "quarter")
    if quarter not in (1, 2, 3, 4):
        raise ValueError(f"quarter must be 1 to 4, got {quarter}")
    return f"Quý {roman(quarter)}/{year}"


def format_half_year(year: int, half: int) -> str:
    """Name the first or second half of a year.

    >>> format_half_year(2021, 1)
    '6 tháng đầu năm 2021'
    >>> format_half_year(2021, 2)
    '6 tháng cuối năm 2021'
    """
    year = integer(year, "year")
    half = integer(half, "half")
    if half not in (1, 2):
        raise ValueError(f"half must be 1 (first) or 2 (second), got {half}")
    return f"6 tháng {'đầu' if half == 1 else 'cuối'} năm {year}"


def format_months(year: int, months: int) -> str:
    """Name the first ``months`` months of a year ("9 tháng đầu năm 2024"); 12 is the year.

    >>> format_months(2024, 9)
    '9 tháng đầu năm 2024'
    >>> format_months(2024, 12)
    'năm 2024'
    """
    year = integer(year, "year")
    months = integer(months, "months")
    if not 1 <= months <= 12:
        raise ValueError(f"months must be 1 to 12, got {months}")
    return f"năm {year}" if months == 12 else f"{months} tháng đầu năm {year}"
