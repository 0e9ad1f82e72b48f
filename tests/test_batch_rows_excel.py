"""The rows of a merge from an Excel workbook (.xlsx), its archive checked first (issue 12)."""

from __future__ import annotations

import datetime
import struct
import sys
import time
import zipfile
from decimal import Decimal
from pathlib import Path

import pytest

from test_batch_rows import refused
from vnreport.batch.rows import RowKind, read_rows
from vnreport.limits import RowLimits

openpyxl = pytest.importorskip("openpyxl")


def workbook(path: Path, *sheets: tuple[str, list[list[object]]]) -> Path:
    book = openpyxl.Workbook()
    book.remove(book.active)
    for title, rows in sheets:
        sheet = book.create_sheet(title)
        for row in rows:
            sheet.append(row)
    book.save(path)
    return path


PEOPLE = [
    ["ho_ten", "ngay_sinh", "so_tien", "ty_le", "gio", "co_mat", "ghi_chu"],
    [
        "Nguyễn Thị Hồng Nhung",
        datetime.date(1990, 3, 5),
        1250000.0,
        0.1,
        datetime.datetime(2024, 3, 5, 14, 30),
        True,
        None,
    ],
    [],
    ["Đặng Văn Hưởng", datetime.date(1985, 12, 1), 3, 2.5, None, False, "Trưởng phòng"],
]


def test_a_workbook_gives_exact_numbers_dates_texts_and_empty_cells(tmp_path: Path) -> None:
    path = workbook(tmp_path / "ds.xlsx", ("Danh sách", PEOPLE), ("Khác", [["x"], [1]]))
    table = read_rows(path)
    assert table.kind is RowKind.XLSX
    assert table.encoding is None
    assert table.columns == tuple(PEOPLE[0])
    assert [(row.number, row.line) for row in table.rows] == [(1, 2), (3, 4)]
    first, second = (row.values for row in table.rows)
    assert first["ho_ten"] == "Nguyễn Thị Hồng Nhung"
    assert first["ngay_sinh"] == datetime.date(1990, 3, 5)
    assert type(first["ngay_sinh"]) is datetime.date  # a date cell is a date, not midnight
    assert first["so_tien"] == 1250000
    assert type(first["so_tien"]) is int
    assert first["ty_le"] == Decimal("0.1")
    assert first["gio"] == datetime.datetime(2024, 3, 5, 14, 30)
    assert first["co_mat"] is True
    assert first["ghi_chu"] is None
    assert second["so_tien"] == 3
    assert second["ty_le"] == Decimal("2.5")
    assert second["gio"] is None


def test_a_sheet_is_chosen_by_name_and_an_unknown_one_lists_the_sheets(tmp_path: Path) -> None:
    path = workbook(tmp_path / "ds.xlsx", ("Danh sách", PEOPLE), ("Khác", [[None], ["x"], [1]]))
    other = read_rows(path, sheet="Khác")
    assert other.columns == ("x",)
    assert [(row.number, row.line, dict(row.values)) for row in other.rows] == [(1, 3, {"x": 1})]
    refused(path, "has no sheet 'Sheet1'", "'Danh sách', 'Khác'", sheet="Sheet1")


def test_header_problems_and_values_past_the_header(tmp_path: Path) -> None:
    rows: list[list[object]] = [["a", None, "a", datetime.date(2024, 1, 1)], [1, 2, 3, 4, 5]]
    error = refused(workbook(tmp_path / "ds.xlsx", ("S", rows)))
    messages = str(error)
    assert "column 2 (B) has no name" in messages
    assert "column 1 (A) and column 3 (C)" in messages
    assert "the name of column 4 (D) must be a text, not a date" in messages


def test_a_formula_without_its_computed_value_is_refused(tmp_path: Path) -> None:
    path = workbook(tmp_path / "ds.xlsx", ("S", [["a", "b"], [2, "=A2*2"], [3, 6]]))
    error = refused(path, "line 2 (row 1), column 'b': holds a formula without its computed value")
    assert error.count == 1
    # Saved by a program that calculates, the formula's value is read.
    computed = tmp_path / "computed.xlsx"
    with zipfile.ZipFile(path) as source, zipfile.ZipFile(computed, "w") as target:
        for info in source.infolist():
            data = source.read(info)
            if info.filename == "xl/worksheets/sheet1.xml":
                assert b"<f>A2*2</f><v></v>" in data
                data = data.replace(b"<f>A2*2</f><v></v>", b"<f>A2*2</f><v>4</v>")
            target.writestr(info, data)
    assert read_rows(computed).rows[0].values == {"a": 2, "b": 4}


def test_an_excel_error_value_is_refused_naming_the_cell(tmp_path: Path) -> None:
    path = workbook(tmp_path / "ds.xlsx", ("S", [["a", "b"], [1, 2]]))
    patched = tmp_path / "error.xlsx"
    with zipfile.ZipFile(path) as source, zipfile.ZipFile(patched, "w") as target:
        for info in source.infolist():
            data = source.read(info)
            if info.filename == "xl/worksheets/sheet1.xml":
                data = data.replace(
                    b'<c r="B2" t="n"><v>2</v></c>', b'<c r="B2" t="e"><v>#DIV/0!</v></c>'
                )
            target.writestr(info, data)
    refused(patched, "column 'b': holds the Excel error #DIV/0!")


def test_rows_over_the_limit_stop_the_reading(tmp_path: Path) -> None:
    path = workbook(tmp_path / "ds.xlsx", ("S", [["a"]] + [[n] for n in range(50)]))
    assert len(read_rows(path, limits=RowLimits(max_rows=50)).rows) == 50
    refused(path, "RowLimits.max_rows = 49", limits=RowLimits(max_rows=49))


def test_an_xls_and_a_broken_workbook_are_refused(tmp_path: Path) -> None:
    ole = bytes.fromhex("d0cf11e0a1b11ae1") + bytes(512)
    (tmp_path / "old.xls").write_bytes(ole)
    refused(tmp_path / "old.xls", "Excel 97-2003 workbook (.xls) is not read", "Save As")
    (tmp_path / "renamed.xlsx").write_bytes(ole)
    refused(tmp_path / "renamed.xlsx", "an OLE file")
    (tmp_path / "text.xlsx").write_bytes(b"ho_ten,so\nA,1\n")
    refused(tmp_path / "text.xlsx", "not a zip archive")
    with zipfile.ZipFile(tmp_path / "empty.xlsx", "w") as archive:
        archive.writestr("hello.txt", "x")
    refused(tmp_path / "empty.xlsx", "not a readable .xlsx workbook")


def _with_entry(path: Path, target: Path, name: str, data: bytes) -> Path:
    with zipfile.ZipFile(path) as source, zipfile.ZipFile(target, "w") as out:
        for info in source.infolist():
            out.writestr(info, source.read(info))
        out.writestr(name, data, compress_type=zipfile.ZIP_DEFLATED, compresslevel=9)
    return target


def test_a_zip_bomb_is_refused_fast(tmp_path: Path) -> None:
    path = workbook(tmp_path / "ds.xlsx", ("S", [["a"], [1]]))
    bomb = _with_entry(path, tmp_path / "bomb.xlsx", "xl/media/image1.png", bytes(50 * 1024 * 1024))
    assert bomb.stat().st_size < 200_000
    started = time.monotonic()
    refused(bomb, "RowLimits.max_compression_ratio", "xl/media/image1.png")
    assert time.monotonic() - started < 1.0  # refused on the directory, nothing inflated
    refused(
        bomb, "RowLimits.max_inflated_bytes", limits=RowLimits(max_inflated_bytes=10 * 1024 * 1024)
    )


def test_an_entry_that_lies_about_its_size_is_stopped_at_what_it_declares(tmp_path: Path) -> None:
    path = workbook(tmp_path / "ds.xlsx", ("S", [["a"], [1]]))
    bomb = _with_entry(path, tmp_path / "bomb.xlsx", "xl/media/image1.png", bytes(20 * 1024 * 1024))
    data = bytearray(bomb.read_bytes())
    # Declare 1,000 bytes in the central directory and the local header of the last entry.
    central = data.rindex(b"PK\x01\x02")
    struct.pack_into("<I", data, central + 24, 1000)
    local = struct.unpack_from("<I", data, central + 42)[0]
    struct.pack_into("<I", data, local + 22, 1000)
    liar = tmp_path / "liar.xlsx"
    liar.write_bytes(bytes(data))
    started = time.monotonic()
    refused(liar, "image1.png declares 1000 bytes and holds more")
    assert time.monotonic() - started < 1.0


def test_too_many_entries_and_a_dtd_are_refused(tmp_path: Path) -> None:
    path = workbook(tmp_path / "ds.xlsx", ("S", [["a"], [1]]))
    refused(path, "RowLimits.max_zip_entries = 3", limits=RowLimits(max_zip_entries=3))
    with_dtd = tmp_path / "dtd.xlsx"
    with zipfile.ZipFile(path) as source, zipfile.ZipFile(with_dtd, "w") as target:
        for info in source.infolist():
            data = source.read(info)
            if info.filename == "xl/workbook.xml":
                data = b'<!DOCTYPE x [<!ENTITY a "aaaa">]>' + data
            target.writestr(info, data)
    refused(with_dtd, "holds a DTD")


def test_a_missing_openpyxl_names_the_extra(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = workbook(tmp_path / "ds.xlsx", ("S", [["a"], [1]]))
    monkeypatch.setitem(sys.modules, "openpyxl", None)
    refused(path, "pip install 'vnreport[excel]'")
