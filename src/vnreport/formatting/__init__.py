"""Every Nghị định 30/2020 rule that turns a value into text, as pure functions.

Templates and models call these; they never re-implement a rule. Each submodule holds one
idea: :mod:`~vnreport.formatting.dates`, :mod:`~vnreport.formatting.numbers`,
:mod:`~vnreport.formatting.words` (amounts in words), :mod:`~vnreport.formatting.numerals`
(Roman numerals, điểm letters), :mod:`~vnreport.formatting.periods`,
:mod:`~vnreport.formatting.symbols` (số, ký hiệu), :mod:`~vnreport.formatting.lists`
(Kính gửi, Nơi nhận) and :mod:`~vnreport.formatting.text` (NFC, upper-casing).
"""

from vnreport.formatting.dates import format_date, format_place_date, format_short_date
from vnreport.formatting.lists import format_addressees, format_archive, format_dash_list
from vnreport.formatting.numbers import (
    format_change,
    format_count,
    format_money,
    format_number,
    format_percent,
)
from vnreport.formatting.numerals import POINT_LETTERS, point_letter, roman
from vnreport.formatting.periods import format_half_year, format_months, format_quarter
from vnreport.formatting.symbols import (
    compose_symbol,
    format_legal_number,
    format_number_line,
    format_party_number,
    format_state_number,
)
from vnreport.formatting.text import clean_text, nfc, upper_vi
from vnreport.formatting.words import amount_in_words, number_in_words, year_in_words

__all__ = [
    "POINT_LETTERS",
    "amount_in_words",
    "clean_text",
    "compose_symbol",
    "format_addressees",
    "format_archive",
    "format_change",
    "format_count",
    "format_dash_list",
    "format_date",
    "format_half_year",
    "format_legal_number",
    "format_money",
    "format_months",
    "format_number",
    "format_number_line",
    "format_party_number",
    "format_percent",
    "format_place_date",
    "format_quarter",
    "format_short_date",
    "format_state_number",
    "nfc",
    "number_in_words",
    "point_letter",
    "roman",
    "upper_vi",
    "year_in_words",
]
