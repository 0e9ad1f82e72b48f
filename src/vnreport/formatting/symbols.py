"""Document numbers and symbols (số, ký hiệu): "Số: 05/BC-UBND" (Phụ lục I, II.3; Điều 15).

A symbol is a string of abbreviations joined by "-" with no spaces. The official
abbreviations mix cases (TTr, CTr, QyĐ, TrS, TTg), so nothing here ever changes the case of
a symbol: it is printed exactly as given.

Three citation styles exist:

* state administrative documents: ``05/BC-UBND`` (number / symbol);
* legal normative documents: ``30/2020/NĐ-CP`` (number / year / symbol);
* Party documents: ``200-CV/HU`` (number - type / issuer, no year).
"""

from __future__ import annotations

from vnreport.formatting.values import integer
from vnreport.rules import ND30

__all__ = [
    "DRAFT_NUMBER",
    "compose_symbol",
    "format_legal_number",
    "format_number_line",
    "format_party_number",
    "format_state_number",
    "number_text",
]

#: What stands in for the number of a draft: it is assigned at registration, after signing.
DRAFT_NUMBER = "     "


def number_text(number: int) -> str:
    """Write a document number: Arabic digits, a leading zero below 10.

    >>> number_text(5), number_text(12), number_text(1896)
    ('05', '12', '1896')
    """
    number = integer(number, "a document number")
    if number < 1:
        raise ValueError(f"a document number starts at 1, got {number}")
    return f"{number:02d}"


def compose_symbol(*groups: str | None) -> str:
    """Join the groups of a symbol with "-", skipping missing ones, keeping every case.

    >>> compose_symbol("TTr", "UBND")
    'TTr-UBND'
    >>> compose_symbol(None, "UBND", "VP")   # công văn: no type abbreviation
    'UBND-VP'
    """
    return "-".join(group for group in groups if group)


def format_state_number(number: int | None, symbol: str) -> str:
    """Number and symbol of a state administrative document; a draft leaves the number blank.

    >>> format_state_number(5, "BC-UBND")
    '05/BC-UBND'
    >>> format_state_number(None, "BC-UBND")
    '     /BC-UBND'
    """
    number_part = DRAFT_NUMBER if number is None else number_text(number)
    return f"{number_part}/{symbol}"


def format_legal_number(number: int, year: int, symbol: str) -> str:
    """Number, year and symbol of a legal normative document.

    >>> format_legal_number(30, 2020, "NĐ-CP")
    '30/2020/NĐ-CP'
    """
    return f"{number_text(number)}/{year}/{symbol}"


def format_party_number(number: int, symbol: str) -> str:
    """Number and symbol of a Party document: a hyphen after the number, no year.

    >>> format_party_number(200, "CV/HU")
    '200-CV/HU'
    """
    return f"{number_text(number)}-{symbol}"


def format_number_line(number: int | None, symbol: str) -> str:
    """The "Số:" line of the header (ô 3).

    >>> format_number_line(5, "BC-UBND")
    'Số: 05/BC-UBND'
    >>> format_number_line(None, "BC-UBND")
    'Số:     /BC-UBND'
    >>> format_number_line(12, "UBND-VP")
    'Số: 12/UBND-VP'
    """
    label = ND30.texts.number_label
    if number is None:
        return f"{label}:{format_state_number(None, symbol)}"
    return f"{label}: {format_state_number(number, symbol)}"
