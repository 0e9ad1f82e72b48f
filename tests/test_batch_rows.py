"""The rows of a merge from CSV, JSON, YAML, TOML and Python records (issue 12)."""

from __future__ import annotations

import csv
import io
import os
import pickle
import re
import sys
import threading
import time
import unicodedata
from decimal import Decimal
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from cp1258 import encode_cp1258
from vnreport.batch.rows import RowKind, read_rows, rows_from_records
from vnreport.errors import RowProblem, RowsError
from vnreport.limits import Limits, RowLimits

NAMES = ["Nguyễn Thị Hồng Nhung", "Đặng Văn Hưởng", "Trần Thị Ánh Tuyết", "Lò Văn Xướng"]


def write(tmp_path: Path, name: str, data: bytes | str) -> Path:
    path = tmp_path / name
    path.write_bytes(data.encode("utf-8") if isinstance(data, str) else data)
    return path


def refused(path: Path, *fragments: str, **options: object) -> RowsError:
    with pytest.raises(RowsError) as caught:
        read_rows(path, **options)  # type: ignore[arg-type]
    for fragment in fragments:
        assert fragment in str(caught.value)
    return caught.value


TABLE = "ho_ten,chuc_vu,so_tien\n" + "".join(
    f"{name},Chuyên viên,{1000 * (index + 1)}\n" for index, name in enumerate(NAMES)
)


# --- encodings -------------------------------------------------------------------------


def test_utf8_is_read_with_its_columns_rows_and_lines(tmp_path: Path) -> None:
    table = read_rows(write(tmp_path, "ds.csv", TABLE))
    assert table.kind is RowKind.CSV
    assert table.encoding == "utf-8"
    assert table.columns == ("ho_ten", "chuc_vu", "so_tien")
    assert [row.values["ho_ten"] for row in table.rows] == NAMES
    assert [(row.number, row.line) for row in table.rows] == [(1, 2), (2, 3), (3, 4), (4, 5)]
    assert table.rows[1].values["so_tien"] == "2000"  # a CSV's cells are texts


def test_a_utf8_byte_order_mark_is_not_part_of_the_first_column(tmp_path: Path) -> None:
    table = read_rows(write(tmp_path, "ds.csv", b"\xef\xbb\xbf" + TABLE.encode()))
    assert table.encoding == "utf-8-sig"
    assert table.columns[0] == "ho_ten"
    assert table.rows[0].values["ho_ten"] == NAMES[0]


def test_windows_1258_with_combining_tone_marks_is_read_as_nfc(tmp_path: Path) -> None:
    data = encode_cp1258(TABLE)
    # The helper writes what Windows writes: tone marks as combining characters.
    assert "\u0303".encode("cp1258") in data
    with pytest.raises(UnicodeDecodeError):
        data.decode("utf-8")
    table = read_rows(write(tmp_path, "ds.csv", data))
    assert table.encoding == "cp1258"
    assert [row.values["ho_ten"] for row in table.rows] == NAMES
    assert all(unicodedata.is_normalized("NFC", row.values["ho_ten"]) for row in table.rows)  # type: ignore[arg-type]
    assert table.rows[0].values["chuc_vu"] == "Chuyên viên"


def test_an_encoding_can_be_given(tmp_path: Path) -> None:
    path = write(tmp_path, "ds.csv", encode_cp1258(TABLE))
    assert read_rows(path, encoding="cp1258").rows[1].values["ho_ten"] == NAMES[1]
    refused(path, "is not utf-8 text", "(line 2)", encoding="utf-8")
    refused(path, "the encoding 'tcvn3' is unknown", encoding="tcvn3")


def test_utf16_unicode_text_with_tabs_is_read(tmp_path: Path) -> None:
    # Excel's "Unicode Text (*.txt)": UTF-16 LE with a byte order mark, tab-separated.
    text = TABLE.replace(",", "\t").replace("\n", "\r\n")
    table = read_rows(write(tmp_path, "ds.txt", text.encode("utf-16")))
    assert table.encoding == "utf-16"
    assert table.columns == ("ho_ten", "chuc_vu", "so_tien")
    assert table.rows[3].values == {"ho_ten": NAMES[3], "chuc_vu": "Chuyên viên", "so_tien": "4000"}


# --- delimiters, quotes, lines ---------------------------------------------------------


def test_semicolons_of_a_vietnamese_excel_export_are_sniffed(tmp_path: Path) -> None:
    text = 'ho_ten;"don_vi, phong";so_tien\nNguyễn Văn A;"Phòng A, Sở B";1.250.000,5\n'
    table = read_rows(write(tmp_path, "ds.csv", text))
    assert table.columns == ("ho_ten", "don_vi, phong", "so_tien")
    assert table.rows[0].values["don_vi, phong"] == "Phòng A, Sở B"
    assert table.rows[0].values["so_tien"] == "1.250.000,5"


def test_a_delimiter_can_be_given(tmp_path: Path) -> None:
    path = write(tmp_path, "ds.csv", "a|b,c\n1|2,3\n")
    assert read_rows(path).columns == ("a|b", "c")
    assert read_rows(path, delimiter="|").columns == ("a", "b,c")
    refused(path, "cannot separate cells", delimiter='"')


def test_quoted_newlines_keep_the_lines_where_rows_begin(tmp_path: Path) -> None:
    text = (
        "ho_ten,dia_chi\n"
        'A,"Số 1\nphố Huế\nHà Nội"\n'  # lines 2–4
        "\n"  # line 5: blank, skipped
        'B,"Thôn 3,\r\nxã Quài Nưa"\n'  # lines 6–7
        "C,Điện Biên\n"  # line 8
    )
    table = read_rows(write(tmp_path, "ds.csv", text))
    assert [(row.number, row.line) for row in table.rows] == [(1, 2), (3, 6), (4, 8)]
    assert table.rows[0].values["dia_chi"] == "Số 1\nphố Huế\nHà Nội"


def test_blank_rows_are_skipped_and_the_rest_keep_their_numbers(tmp_path: Path) -> None:
    text = "\n\nho_ten,so\n\nA,1\n , \nB,2\n"
    table = read_rows(write(tmp_path, "ds.csv", text))
    assert [(row.number, row.line) for row in table.rows] == [(2, 5), (4, 7)]


def test_column_names_are_nfc_and_stripped(tmp_path: Path) -> None:
    decomposed = unicodedata.normalize("NFD", "họ tên")
    table = read_rows(write(tmp_path, "ds.csv", f"  {decomposed} ,ngày\nA,1\n"))
    assert table.columns == ("họ tên", "ngày")


# --- header and ragged rows ------------------------------------------------------------


def test_duplicate_and_empty_names_are_refused_with_their_positions(tmp_path: Path) -> None:
    error = refused(
        write(tmp_path, "ds.csv", "ho_ten,,so, ho_ten\nA,1,2,3\n"),
        "column 2 (B) has no name",
        "column 'ho_ten'",
        "column 1 (A) and column 4 (D)",
    )
    assert error.count == 2
    assert {problem.line for problem in error.problems} == {1}


def test_empty_trailing_columns_are_dropped_when_nothing_is_under_them(tmp_path: Path) -> None:
    table = read_rows(write(tmp_path, "ds.csv", "a;b;;\n1;2;;\n3;;;\n"))
    assert table.columns == ("a", "b")
    assert table.rows[1].values == {"a": "3", "b": ""}


def test_a_row_longer_than_the_header_is_refused_and_a_shorter_one_filled(tmp_path: Path) -> None:
    text = "ho_ten,ngay\nA,1\nB\nC,3,x\nD,4,,y\n"
    error = refused(write(tmp_path, "ds.csv", text))
    assert [(p.row, p.line) for p in error.problems] == [(3, 4), (4, 5)]
    assert "column 3 (C), past the 2 columns of the header" in str(error.problems[0])
    assert "column 4 (D)" in str(error.problems[1])
    table = read_rows(write(tmp_path, "ok.csv", "ho_ten,ngay\nA,1\nB\n"))
    assert table.rows[1].values == {"ho_ten": "B", "ngay": ""}


def test_an_empty_file_has_no_header(tmp_path: Path) -> None:
    refused(write(tmp_path, "ds.csv", "\n \n"), "no header row")


def test_a_stray_quote_is_an_error_with_its_line(tmp_path: Path) -> None:
    refused(write(tmp_path, "ds.csv", 'a,b\n1,2\n3,"x"y\n'), "not valid CSV", "line 3")


# --- what is not a text table ----------------------------------------------------------


@pytest.mark.parametrize(
    ("data", "fragment"),
    [
        (b"ho_ten,so\nA,\x00\x01\x02\n", "U+0000"),
        (bytes(range(256)) * 4, "not a text table"),
        (b"PK\x03\x04" + bytes(100), "zip archive"),
        (bytes.fromhex("d0cf11e0a1b11ae1") + bytes(100), "Excel 97-2003"),
    ],
)
def test_binary_data_is_not_a_text_table(tmp_path: Path, data: bytes, fragment: str) -> None:
    refused(write(tmp_path, "ds.csv", data), "is not a text table", fragment)


@pytest.mark.parametrize(
    ("name", "fragment"),
    [
        ("ds.xls", "Excel 97-2003"),
        ("ds.xlsm", "macro-enabled"),
        ("ds.ods", "LibreOffice Calc"),
        ("ds.numbers", "Apple Numbers"),
        ("ds.docx", "cannot tell what kind of table"),
    ],
)
def test_other_spreadsheets_are_refused_saying_what_to_export_to(
    tmp_path: Path, name: str, fragment: str
) -> None:
    error = refused(write(tmp_path, name, b"anything"), fragment)
    assert ".xlsx" in str(error) or "CSV" in str(error)


def test_options_of_another_kind_of_file_are_refused(tmp_path: Path) -> None:
    refused(write(tmp_path, "ds.json", "[]"), "sheet= is for XLSX files", sheet="DS")
    refused(write(tmp_path, "ds.xlsx", b""), "encoding= is for CSV files", encoding="utf-8")


# --- limits ----------------------------------------------------------------------------


def test_a_file_over_the_size_limit_is_refused_naming_the_limit(tmp_path: Path) -> None:
    path = write(tmp_path, "ds.csv", TABLE)
    size = len(TABLE.encode())
    assert read_rows(path, limits=RowLimits(max_file_bytes=size)).rows
    refused(path, "RowLimits.max_file_bytes = ", limits=RowLimits(max_file_bytes=size - 1))


def test_rows_over_the_limit_are_refused_naming_the_limit(tmp_path: Path) -> None:
    path = write(tmp_path, "ds.csv", TABLE)
    assert len(read_rows(path, limits=RowLimits(max_rows=4)).rows) == 4
    error = refused(path, "RowLimits.max_rows = 3", limits=RowLimits(max_rows=3))
    assert error.problems[-1].row == 4


@pytest.mark.parametrize(
    ("limits", "name"),
    [
        (RowLimits(max_columns=2), "max_columns"),
        (RowLimits(max_cells=11), "max_cells"),
        (RowLimits(max_cell_chars=20), "max_cell_chars"),
    ],
)
def test_columns_cells_and_long_texts_over_their_limits(
    tmp_path: Path, limits: RowLimits, name: str
) -> None:
    path = write(tmp_path, "ds.csv", TABLE)
    refused(path, f"RowLimits.{name} = ", limits=limits)


def test_trusted_limits_scale_the_row_limits() -> None:
    assert Limits().rows == RowLimits()
    assert Limits.trusted().rows.max_rows == 16 * RowLimits().max_rows


def test_a_fifo_is_refused_without_waiting_for_a_writer(tmp_path: Path) -> None:
    if not hasattr(os, "mkfifo"):
        pytest.skip("named pipes are POSIX")
    path = tmp_path / "ds.csv"
    os.mkfifo(path)
    outcome: list[BaseException] = []

    def read() -> None:
        try:
            read_rows(path)
        except RowsError as error:
            outcome.append(error)

    reader = threading.Thread(target=read, daemon=True)
    started = time.monotonic()
    reader.start()
    reader.join(10)
    assert not reader.is_alive(), "read_rows waited on the FIFO"
    assert time.monotonic() - started < 5
    assert "named pipe (FIFO)" in str(outcome[0])


@pytest.mark.skipif(not Path("/dev/zero").exists(), reason="no /dev/zero")
def test_a_device_is_refused(tmp_path: Path) -> None:
    link = tmp_path / "zero.csv"
    link.symlink_to("/dev/zero")
    refused(link, "a device")


def test_at_most_a_hundred_problems_are_listed_all_counted(tmp_path: Path) -> None:
    text = "a\n" + "1,2\n" * 250
    error = refused(write(tmp_path, "ds.csv", text), "250 problems", "… and 150 more problems")
    assert len(error.problems) == 100
    assert error.problems[0] == RowProblem(1, 2, None, error.problems[0].message)


def test_the_error_prints_the_file_line_row_and_column_and_pickles() -> None:
    error = RowsError("data.csv", [RowProblem(3, 4, "ngay", "is not a date")])
    assert str(error) == "data.csv, line 4 (row 3), column 'ngay': is not a date"
    again = pickle.loads(pickle.dumps(error))
    assert again.problems == error.problems
    assert str(again) == str(error)
    assert isinstance(error, ValueError)


# --- JSON, YAML, TOML ------------------------------------------------------------------


def test_json_rows_as_a_list_or_under_rows(tmp_path: Path) -> None:
    text = '[{"ho_ten": "Nguyễn Văn A", "so_tien": 1250000.5, "co_mat": true}, {"ho_ten": "B"}]'
    table = read_rows(write(tmp_path, "ds.json", text))
    assert table.kind is RowKind.JSON
    assert table.columns == ("ho_ten", "so_tien", "co_mat")
    assert table.rows[0].values["so_tien"] == Decimal("1250000.5")
    assert table.rows[0].values["co_mat"] is True
    assert table.rows[1].values == {"ho_ten": "B", "so_tien": None, "co_mat": None}
    assert [row.line for row in table.rows] == [None, None]
    under = read_rows(write(tmp_path, "under.json", f'{{"rows": {text}}}'))
    assert under.rows == table.rows


def test_yaml_rows_know_their_lines(tmp_path: Path) -> None:
    text = "# Danh sách mời\nrows:\n  - ho_ten: Nguyễn Văn A\n    so: 1\n\n  - ho_ten: Đặng Văn Hưởng\n    so: 2\n"
    table = read_rows(write(tmp_path, "ds.yaml", text))
    assert [(row.number, row.line) for row in table.rows] == [(1, 3), (2, 6)]
    assert table.rows[1].values == {"ho_ten": "Đặng Văn Hưởng", "so": 2}


def test_toml_rows_are_tables_of_rows(tmp_path: Path) -> None:
    text = '[[rows]]\nho_ten = "A"\nngay = 2024-03-05\n\n[[rows]]\nho_ten = "B"\n'
    table = read_rows(write(tmp_path, "ds.toml", text))
    assert table.rows[0].values["ngay"].isoformat() == "2024-03-05"  # type: ignore[attr-defined]
    assert table.rows[1].values["ngay"] is None


def test_nested_values_are_refused_naming_the_row_and_column(tmp_path: Path) -> None:
    text = "- ho_ten: A\n  con: [1, 2]\n- ho_ten: B\n- ho_ten: {ho: Nguyễn}\n"
    error = refused(write(tmp_path, "ds.yaml", text))
    assert [(p.row, p.line, p.column) for p in error.problems] == [(1, 1, "con"), (3, 4, "ho_ten")]
    assert "holds a list" in error.problems[0].message
    assert "ds.yaml, line 4 (row 3), column 'ho_ten': holds a mapping" in str(error)


def test_a_data_file_that_is_no_list_of_rows_is_refused(tmp_path: Path) -> None:
    refused(write(tmp_path, "a.json", '{"rows": [], "x": 1}'), "the only key 'rows'")
    refused(write(tmp_path, "b.json", '"text"'), "holds a str")
    refused(write(tmp_path, "c.json", "[1]"), "row 1", "not a mapping")
    refused(write(tmp_path, "d.json", "[{"), "not valid JSON")
    refused(write(tmp_path, "e.yaml", "- a: 'x' * 3\n- [oops"), "not valid YAML")


def test_a_long_text_in_a_data_file_names_the_row_limit(tmp_path: Path) -> None:
    path = write(tmp_path, "ds.json", '[{"a": "' + "x" * 50 + '"}]')
    refused(path, "RowLimits.max_cell_chars", limits=RowLimits(max_cell_chars=10))
    refused(path, "RowLimits.max_cell_chars", limits=RowLimits(max_cell_chars=49))
    assert read_rows(path, limits=RowLimits(max_cell_chars=50)).rows


# --- Python records --------------------------------------------------------------------


def test_records_are_mappings_with_numpy_scalars() -> None:
    numpy = pytest.importorskip("numpy")
    table = rows_from_records(
        [
            {"ho_ten": "Nguyễn Văn A", "so": numpy.int64(3), "tien": numpy.float64(0.1)},
            {"ho_ten": "B", "so": numpy.float64(1250000.0), "co": numpy.bool_(True)},
        ]
    )
    assert table.kind is RowKind.RECORDS
    first, second = (row.values for row in table.rows)
    assert first["so"] == 3
    assert type(first["so"]) is int
    assert first["tien"] == Decimal("0.1")
    assert second["so"] == 1250000
    assert type(second["so"]) is int
    assert second["co"] is True
    assert first["co"] is None


def test_a_dataframe_with_nan_gives_empty_cells() -> None:
    pandas = pytest.importorskip("pandas")
    frame = pandas.DataFrame(
        {
            "ho_ten": ["Nguyễn Thị Hồng Nhung", "Đặng Văn Hưởng", None],
            "so_tien": [1250000, float("nan"), 3],
            "ngay": pandas.to_datetime(["2024-03-05", None, "2024-03-07"]),
            "ghi_chu": pandas.array(["x", pandas.NA, "z"], dtype="string"),
        }
    )
    table = rows_from_records(frame, source="frame")
    assert table.columns == ("ho_ten", "so_tien", "ngay", "ghi_chu")
    values = [row.values for row in table.rows]
    assert values[0]["so_tien"] == 1250000
    assert type(values[0]["so_tien"]) is int
    assert values[1]["so_tien"] is None
    assert values[1]["ngay"] is None
    assert values[1]["ghi_chu"] is None
    assert values[2]["ho_ten"] is None
    assert type(values[0]["ngay"]).__name__ == "datetime"
    assert "pandas" not in type(values[0]["ngay"]).__module__
    # An empty frame keeps its columns.
    assert rows_from_records(frame.iloc[:0]).columns == table.columns


def test_nested_and_odd_values_in_records_are_refused() -> None:
    with pytest.raises(RowsError) as caught:
        rows_from_records([{"a": [1]}, {"a": object()}, "x", {1: "y"}])
    lines = str(caught.value).splitlines()
    assert "row 1, column 'a': holds a list" in lines[1]
    assert "row 2, column 'a': holds a object" in lines[2]
    assert "row 3: is a str, not a mapping" in lines[3]
    assert "row 4: the name of column 1 (A) must be a text" in lines[4]


def test_records_over_the_row_limit_stop_early() -> None:
    def endless() -> object:
        while True:
            yield {"a": 1}

    with pytest.raises(RowsError, match=r"RowLimits\.max_rows = 5"):
        rows_from_records(endless(), limits=RowLimits(max_rows=5))  # type: ignore[arg-type]


def test_rows_pickle_for_worker_processes(tmp_path: Path) -> None:
    table = read_rows(write(tmp_path, "ds.csv", TABLE))
    again = pickle.loads(pickle.dumps(table))
    assert again == table
    with pytest.raises(TypeError):
        table.rows[0].values["ho_ten"] = "x"  # type: ignore[index]


# --- a round trip ----------------------------------------------------------------------

_CELL = st.text(
    st.characters(
        codec="utf-8",
        exclude_categories=("Cs", "Cc"),
        include_characters="\n\r\t,;\"'|",
    ),
    max_size=12,
)


@settings(max_examples=60, deadline=None)
@given(
    rows=st.lists(st.lists(_CELL, min_size=3, max_size=3), min_size=1, max_size=6),
    delimiter=st.sampled_from([",", ";", "\t", "|"]),
    bom=st.booleans(),
)
def test_csv_written_by_the_csv_module_reads_back(
    tmp_path_factory: pytest.TempPathFactory, rows: list[list[str]], delimiter: str, bom: bool
) -> None:
    header = ["họ tên", "chức vụ", "ghi chú"]
    write_row = csv.writer(
        buffer := io.StringIO(newline=""),
        delimiter=delimiter,
        quoting=csv.QUOTE_ALL,
        lineterminator="\r\n",
    ).writerow
    starts = []
    for row in [header, *rows]:
        starts.append(1 + len(re.findall(r"\r\n|\r|\n", buffer.getvalue())))
        write_row(row)
    data = ("\ufeff" if bom else "") + buffer.getvalue()
    path = tmp_path_factory.mktemp("rt") / "ds.csv"
    path.write_bytes(data.encode("utf-8"))
    table = read_rows(path)
    expected = [
        (index + 1, starts[index + 1], [unicodedata.normalize("NFC", cell) for cell in row])
        for index, row in enumerate(rows)
        if any(cell.strip() for cell in row)
    ]
    assert table.columns == tuple(header)
    assert [(row.number, row.line, list(row.values.values())) for row in table.rows] == expected


if sys.platform == "win32":  # pragma: no cover
    pytestmark = pytest.mark.skip(reason="POSIX files")
