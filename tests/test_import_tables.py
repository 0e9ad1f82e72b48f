"""Tables and appendices read back: a .docx's body tables, text tables, Phụ lục pages."""

from __future__ import annotations

import io
from decimal import Decimal
from pathlib import Path

import attrs
import docx
import pytest
from docx.enum.text import WD_ALIGN_PARAGRAPH

from vnreport import Appendix, Column, Heading, Paragraph, Report, Table, read_docx, read_text
from vnreport.exchange import load
from vnreport.importing.docxsource import docx_lines
from vnreport.importing.tables import PrintedCell, PrintedTable, read_number, read_table
from vnreport.ooxml.document import WordDocument

ROOT = Path(__file__).resolve().parent.parent


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("3.250", 3250),
        ("18,5", Decimal("18.5")),
        ("1.250.000", 1250000),
        ("0,25", Decimal("0.25")),
        ("-1.500", -1500),
        ("Quý II/2022", None),
        ("3.25", None),  # a dot groups thousands: three digits after it
        ("", None),
    ],
)
def test_vietnamese_numbers(text: str, value: object) -> None:
    assert read_number(text) == value


def _foreign_docx() -> bytes:
    """A table as a hand-made Word file holds it: STT and Xã merged down, "Kết quả" over
    two columns, numbers right-aligned, a bold totals row and a missing figure."""
    document = docx.Document()
    document.add_paragraph("Kết quả cụ thể như sau:")
    document.add_paragraph("Đơn vị tính: hộ")
    table = document.add_table(rows=6, cols=4)
    table.cell(0, 0).merge(table.cell(1, 0)).text = "STT"
    table.cell(0, 1).merge(table.cell(1, 1)).text = "Xã"
    table.cell(0, 2).merge(table.cell(0, 3)).text = "Kết quả"
    table.cell(1, 2).text, table.cell(1, 3).text = "Kế hoạch", "Thực hiện"
    rows = [
        ["1", "Quài Nưa", "3.250", "18,5"],
        ["2", "Quài Cang", "1.250.000", "-"],
        ["3", "Chiềng Sinh 2021", "01", "2,25"],
        ["", "Tổng cộng", "1.253.250", "20,75"],
    ]
    for row_index, cells in enumerate(rows, start=2):
        for column, text in enumerate(cells):
            paragraph = table.cell(row_index, column).paragraphs[0]
            run = paragraph.add_run(text)
            run.bold = row_index == 5
            paragraph.alignment = (
                WD_ALIGN_PARAGRAPH.CENTER
                if column == 0
                else WD_ALIGN_PARAGRAPH.LEFT
                if column == 1
                else WD_ALIGN_PARAGRAPH.RIGHT
            )
    document.add_paragraph("Trên đây là kết quả.")
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def test_a_word_table_with_merged_headings() -> None:
    lines = docx_lines(WordDocument.open(_foreign_docx()))
    (line,) = [line for line in lines if line.table is not None]
    assert [other.text for other in lines if other.table is None] == [
        "Kết quả cụ thể như sau:",
        "Trên đây là kết quả.",
    ]
    assert line.table is not None
    table = read_table(line.table)
    assert table.header == ("STT", "Xã", Heading(text="Kết quả", columns=["Kế hoạch", "Thực hiện"]))
    assert table.unit == "hộ"
    assert table.missing == "-"
    assert table.rows == (
        (1, "Quài Nưa", 3250, Decimal("18.5")),
        (2, "Quài Cang", 1250000, None),
        # "01" prints as no number does: text, as the name with a year in a text column.
        (3, "Chiềng Sinh 2021", "01", Decimal("2.25")),
    )
    # The totals row is bold and checks against the sums: read as the numbers it prints.
    assert table.totals == ("", "Tổng cộng", 1253250, Decimal("20.75"))
    assert table.totals_row == table.totals


def test_a_total_that_does_not_add_up_stays_as_printed() -> None:
    def cell(text: str, align: str, bold: bool = False) -> PrintedCell:
        return PrintedCell(markup=text, text=text, align=align, bold=bold)

    printed = PrintedTable(
        rows=(
            (cell("Cấp", "center", True), cell("Lượt", "center", True)),
            (cell("Huyện", "left"), cell("41", "right")),
            (cell("Xã", "left"), cell("58", "right")),
            (cell("Tổng", "left", True), cell("98", "right", True)),
        ),
        header_rows=1,
    )
    table = read_table(printed)
    assert table.rows == (("Huyện", 41), ("Xã", 58))
    assert table.totals == ("Tổng", "98")  # printed 98, the sum is 99: kept, not fixed


def _with_appendices(report: Report, appendices: list[Appendix]) -> Report:
    last = report.sections[-1]
    mention = Paragraph(text="Chi tiết tại Phụ lục I và Phụ lục II.")
    return attrs.evolve(
        report,
        sections=(*report.sections[:-1], attrs.evolve(last, content=(*last.content, mention))),
        appendices=appendices,
    )


def test_appendices_round_trip() -> None:
    wide = Table(
        header=[
            "STT",
            "Xã/thị trấn",
            Heading(text="Kết quả", columns=["Kế hoạch", "Thực hiện", "Tỷ lệ (%)"]),
            Heading(text="Thu ngân sách", columns=["Năm 2020", "Năm 2021", "So cùng kỳ"]),
        ],
        rows=[
            [1, "Quài Nưa", 11312, 13350, Decimal("1.180"), 5582, 5265, Decimal("-0.057")],
            [2, "Quài Cang", 9744, 9445, Decimal("0.969"), 4182, 4802, Decimal("0.148")],
        ],
        columns=[
            Column(),
            Column(),
            Column(),
            Column(),
            Column(kind="percent", ratio_of=(4, 3)),
            Column(),
            Column(),
            Column(kind="change", ratio_of=(7, 6)),
        ],
        totals=["", "Toàn huyện", 21056, 22795, Decimal("1.083"), 9764, 10067, Decimal("0.031")],
        totals_first=True,
        column_numbers=True,
        title="Kết quả thực hiện các chỉ tiêu",
        unit="triệu đồng",
    )
    report = _with_appendices(
        load(ROOT / "examples" / "tuan-giao-2021.yaml"),
        [
            Appendix(title="Kết quả thực hiện các chỉ tiêu", content=[wide], landscape=True),
            Appendix(title="Danh sách các xã", content=["Gồm 19 xã, thị trấn.", "Theo Mẫu."]),
        ],
    )
    data = report.render()
    imported = read_docx(data)
    assert imported.recognised, imported.unrecognised
    assert imported.document is not None
    assert imported.document.render() == data
    first, second = imported.document.appendices
    assert first.landscape is True
    assert second.landscape is None
    assert second.content == (Paragraph(text="Gồm 19 xã, thị trấn."), Paragraph(text="Theo Mẫu."))
    (table,) = first.content
    assert isinstance(table, Table)
    assert table.header == wide.header
    assert table.column_numbers
    assert table.totals_first
    assert table.totals_row == wide.totals_row
    assert [column.ratio_of for column in table.columns] == [None] * 4 + [(4, 3)] + [None] * 2 + [
        (7, 6)
    ]


def test_the_plan_and_its_landscape_appendix_read_back_equal() -> None:
    plan = load(ROOT / "examples" / "ke-hoach-tuan-giao.yaml")
    imported = read_docx(plan.render())
    assert imported.recognised
    assert imported.document == plan


_HEADER = (
    "SỞ NỘI VỤ\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
    "Số: 12/BC-SNV\nĐiện Biên, ngày 05 tháng 02 năm 2021\nBÁO CÁO\nKết quả công tác tháng 5\n"
)
_FOOTER = "\nNơi nhận:\n- Sở Nội vụ;\n- Lưu: VT.\nGIÁM ĐỐC\nNguyễn Văn An\n"


@pytest.mark.parametrize(
    "rows",
    [
        "Cấp\tLượt tiếp\tSố người\nCấp huyện\t41\t75\nCấp xã\t58\t67\nTổng cộng\t99\t142\n",
        "| Cấp | Lượt tiếp | Số người |\n|---|---:|---:|\n| Cấp huyện | 41 | 75 |\n"
        "| Cấp xã | 58 | 67 |\n| Tổng cộng | 99 | 142 |\n",
    ],
    ids=["tabs", "pipes"],
)
def test_a_text_table(rows: str) -> None:
    body = f"I. KẾT QUẢ\nKết quả tiếp công dân như sau:\nĐơn vị tính: lượt\n{rows}- Tiếp 99 lượt.\n"
    imported = read_text(_HEADER + body + _FOOTER)
    assert imported.recognised, imported.unrecognised
    report = imported.document
    assert isinstance(report, Report)
    (section,) = report.sections
    intro, table, bullet = section.content
    assert intro == Paragraph(text="Kết quả tiếp công dân như sau:")
    assert table == Table(
        header=["Cấp", "Lượt tiếp", "Số người"],
        rows=[["Cấp huyện", 41, 75], ["Cấp xã", 58, 67]],
        totals=["Tổng cộng", 99, 142],
        unit="lượt",
    )
    assert bullet.text == "Tiếp 99 lượt."


def test_a_header_typed_with_tabs_is_no_table() -> None:
    text = (
        "SỞ NỘI VỤ\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n\tĐộc lập - Tự do - Hạnh phúc\n"
        "Số: 12/BC-SNV\tĐiện Biên, ngày 05 tháng 02 năm 2021\nBÁO CÁO\nKết quả\n"
        "I. KẾT QUẢ\n- Tiếp 99 lượt công dân.\n" + _FOOTER
    )
    fields = read_text(text).fields
    assert (fields.symbol, fields.date) == ("BC-SNV", "2021-02-05")
