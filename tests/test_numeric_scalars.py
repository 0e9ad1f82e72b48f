"""numpy and pandas scalars are numbers like any other; a missing value is named, never printed.

An analyst's figures come out of a DataFrame as numpy.int64, numpy.float64 or pandas.NA.
Both libraries are test dependencies (the `test` extra); vnreport itself never imports them.
"""

from __future__ import annotations

import subprocess
import sys
from decimal import Decimal

import numpy as np
import pandas as pd
import pytest

from vnreport import DocumentNumber, DrafterMark, FieldError, IssueDate, Recipients, Table
from vnreport.formatting import (
    amount_in_words,
    format_count,
    format_date,
    format_money,
    format_number,
    format_percent,
    format_quarter,
    number_in_words,
    roman,
)

INTEGERS = [np.int64(13471), np.int32(13471), np.uint16(13471), np.int8(100)]


@pytest.mark.parametrize("value", INTEGERS, ids=lambda v: type(v).__name__)
def test_numpy_integers_format_as_ints(value: object) -> None:
    assert format_number(value) == format_number(int(value))  # type: ignore[arg-type]
    assert format_money(value) == f"{format_number(int(value))} đồng"  # type: ignore[arg-type]
    assert number_in_words(value) == number_in_words(int(value))  # type: ignore[arg-type]
    assert amount_in_words(value).endswith(" đồng")  # type: ignore[arg-type]
    assert format_count(value, "lượt") == f"{format_number(int(value))} lượt"  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        (np.float64(0.18), "18%"),
        (np.float32(0.18), "18%"),
        (np.float64(0.953), "95%"),
        (0.125, "13%"),
    ],
    ids=["float64", "float32", "float64-rounded", "float"],
)
def test_numpy_floats_format_as_their_shortest_text(value: object, expected: str) -> None:
    assert format_percent(value) == expected  # type: ignore[arg-type]


def test_numpy_floats_keep_their_digits() -> None:
    assert format_number(np.float32(0.1)) == "0,1"
    assert format_number(np.float64(1234567.5)) == "1.234.567,5"


@pytest.mark.parametrize("value", [pd.NA, np.nan, float("nan"), pd.NaT], ids=str)
def test_a_missing_value_is_named(value: object) -> None:
    with pytest.raises(ValueError, match=r"missing value"):
        format_number(value)  # type: ignore[arg-type]
    with pytest.raises(ValueError, match=r"missing value"):
        format_percent(value)  # type: ignore[arg-type]


def test_integer_fields_of_the_model_take_numpy_integers() -> None:
    assert IssueDate(year=np.int64(2021), month=np.int64(6), day=np.int64(7)) == IssueDate(
        year=2021, month=6, day=7
    )
    assert str(DocumentNumber(number=np.int64(5), symbol="BC-UBND")) == "05/BC-UBND"
    assert str(DrafterMark(code="PL", copies=np.int64(300))) == "PL.(300)"
    assert Recipients(archive=["NV"], archive_copies=np.int64(2)).archive_copies == 2
    assert format_date(np.int64(2021), np.int64(2), np.int64(5)) == "ngày 05 tháng 02 năm 2021"
    assert format_quarter(np.int64(2025), np.int64(1)) == "Quý I/2025"
    assert roman(np.int64(4)) == "IV"


def test_table_cells_from_a_dataframe() -> None:
    frame = pd.DataFrame({"Đơn vị": ["Xã A", "Xã B"], "Lượt": [41, 58], "Tỷ lệ": [0.25, 0.5]})
    table = Table(header=list(frame.columns), rows=frame.values.tolist())
    assert table.rows == (("Xã A", 41, Decimal("0.25")), ("Xã B", 58, Decimal("0.5")))
    rows = [list(row) for row in frame.itertuples(index=False)]  # numpy scalars
    assert Table(header=list(frame.columns), rows=rows).rows == table.rows
    total = Table(header=["Đơn vị", "Lượt"], rows=[["A", np.int64(41)]], totals=["Tổng", 41])
    assert total.totals == ("Tổng", 41)


@pytest.mark.parametrize("missing", [pd.NA, np.nan], ids=str)
def test_a_missing_cell_names_its_place(missing: object) -> None:
    with pytest.raises(FieldError) as raised:
        Table(header=["Đơn vị", "Lượt"], rows=[["A", 1], ["B", missing]])
    assert str(raised.value).startswith("Table.rows[1][1]: is a missing value")
    assert "text such as '-'" in str(raised.value)


def test_vnreport_does_not_import_numpy_or_pandas() -> None:
    code = (
        "import sys, vnreport\n"
        "from vnreport import Report, Table\n"
        "from vnreport.formatting import format_number\n"
        "format_number(5)\n"
        "print(sorted({'numpy', 'pandas'} & set(sys.modules)))"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "[]"
