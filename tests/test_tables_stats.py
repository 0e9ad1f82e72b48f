"""Statistics tables: merged headings, typed figures, totals, and pages that fit them.

The .docx is opened with python-docx/lxml and its XML asserted; a slow test converts a
long 10-column table with LibreOffice and reads the PDF's word boxes to prove that no
figure, "STT" or word breaks across lines and that the header repeats on page 2.
"""

from __future__ import annotations

import json
import re
from decimal import Decimal
from pathlib import Path

import attrs
import jsonschema
import numpy as np
import pandas as pd
import pytest
from lxml import etree

from docx_helpers import Styles, open_docx, text_of, w
from test_render_pdf import ConversionError, convert_to_pdf, read_layout
from vnreport import Appendix, FieldError, Paragraph, Report, Table
from vnreport.exchange import dumps, loads
from vnreport.exchange.schema import json_schema
from vnreport.formatting import format_change, format_number, format_percent
from vnreport.layout.tables import column_widths, needs_landscape, table_grid
from vnreport.metrics import TWIPS_PER_MM
from vnreport.model.table import Column, ColumnKind, Heading

COMMUNES = ("Quài Nưa", "Quài Cang", "Chiềng Sinh", "Thị trấn Tuần Giáo")


def results_frame() -> pd.DataFrame:
    """Plan and result by commune, under a two-level heading, as an analyst has them."""
    columns = pd.MultiIndex.from_tuples(
        [("Kết quả", "Kế hoạch"), ("Kết quả", "Thực hiện"), ("Kết quả", "Tỷ lệ (%)")]
    )
    plan = np.array([5000, 4000, 3000, 1471], dtype=np.int64)
    done = np.array([4500, 4400, 3000, 1571], dtype=np.int64)
    frame = pd.DataFrame(
        {columns[0]: plan, columns[1]: done, columns[2]: done / plan},
        index=pd.Index(COMMUNES, name="Xã/phường"),
    )
    frame.columns = columns
    return frame


def results_table(**options: object) -> Table:
    defaults = {
        "columns": {"Tỷ lệ (%)": Column(kind="percent", ratio_of=(4, 3))},
        "totals": "Tổng cộng",
        "unit": "triệu đồng",
    }
    return Table.from_dataframe(results_frame(), stt=True, **{**defaults, **options})


def with_appendix(report: Report, *tables: Table, landscape: bool | None = None) -> Report:
    """``report`` with ``tables`` in an appendix its body mentions."""
    last = report.sections[-1]
    mention = Paragraph(text="Số liệu chi tiết tại Phụ lục.")
    return attrs.evolve(
        report,
        sections=(*report.sections[:-1], attrs.evolve(last, content=(*last.content, mention))),
        appendices=(
            Appendix(title="Kết quả thực hiện chỉ tiêu", content=tables, landscape=landscape),
        ),
    )


def with_body_table(report: Report, table: Table) -> Report:
    first = report.sections[0]
    return attrs.evolve(
        report,
        sections=(attrs.evolve(first, content=(*first.content, table)), *report.sections[1:]),
    )


def statistics_tables(data: bytes) -> list[etree._Element]:
    root = open_docx(data).element.body
    return [
        table
        for table in root.iter(w("tbl"))
        if table.find(f"{w('tblPr')}/{w('tblStyle')}").get(w("val")) == "VNTable"
    ]


def cell_props(cell: etree._Element, name: str) -> etree._Element | None:
    return cell.find(f"{w('tcPr')}/{w(name)}")


# --- the model ----------------------------------------------------------------------------


def test_a_multiindex_frame_gives_headings_over_headings() -> None:
    table = results_table()
    assert table.header == (
        "STT",
        "Xã/phường",
        Heading(text="Kết quả", columns=("Kế hoạch", "Thực hiện", "Tỷ lệ (%)")),
    )
    assert table.header_depth == 2
    assert table.kinds == (
        ColumnKind.ROW_NUMBER,
        ColumnKind.TEXT,
        ColumnKind.COUNT,
        ColumnKind.COUNT,
        ColumnKind.PERCENT,
    )
    # numpy's integers are ints, its floats exact decimals of their shortest text.
    assert table.rows[0] == (1, "Quài Nưa", 5000, 4500, Decimal("0.9"))


def test_totals_are_computed_sums_and_a_ratio_of_two_totals() -> None:
    table = results_table()
    assert table.totals_row == ("", "Tổng cộng", 13471, 13471, Decimal(1))
    grid = table_grid(table)
    assert [cell.text for cell in grid.body[-1]] == ["", "Tổng cộng", "13.471", "13.471", "100,0"]
    assert all(cell.bold for cell in grid.body[-1])


def test_a_given_total_is_checked_and_a_wrong_one_refused_naming_its_column() -> None:
    right = results_table(totals=["", "Tổng cộng", 13471, 13471, Decimal("1.0004")])
    assert right.totals_row[2] == 13471  # 100,04 % prints "100,0" like the computed one
    with pytest.raises(FieldError) as wrong_sum:
        results_table(totals=["", "Tổng cộng", 13470, 13471, 1])
    assert str(wrong_sum.value) == (
        "Table.totals[2]: is 13470 but the column 'Kế hoạch' adds up to 13471"
    )
    with pytest.raises(FieldError) as wrong_ratio:
        results_table(totals=["", "Tổng cộng", 13471, 13471, Decimal("0.95")])
    assert str(wrong_ratio.value).startswith("Table.totals[4]: prints '95,0' but the column")
    assert "'Tỷ lệ (%)'" in str(wrong_ratio.value)
    assert "'100,0'" in str(wrong_ratio.value)


def test_figures_print_by_kind_with_chosen_decimals() -> None:
    assert Column(kind="percent", decimals=2).text(Decimal("0.18456")) == "18,46"
    assert Column(kind="ratio").text(1.25) == "1,25"
    assert Column(kind="money", decimals=1).text(Decimal("1234.56")) == "1.234,6"
    assert Column(kind="change").text(np.float64(0.052)) == "tăng 5,2%"
    assert Column(kind="change").text(-0.031) == "giảm 3,1%"
    assert Column(kind="count").text(np.int64(13471)) == "13.471"
    with pytest.raises(FieldError, match=r"Column.decimals: a count column prints whole"):
        Column(kind="count", decimals=1)
    with pytest.raises(FieldError, match=r"Column.kind: must be one of"):
        Column(kind="percentage")


def test_a_count_column_refuses_a_fraction_naming_the_cell() -> None:
    with pytest.raises(FieldError) as raised:
        Table(
            header=["Xã", "Số hộ"],
            rows=[["A", 2], ["B", 2.5]],
            columns=[Column(), Column(kind="count")],
        )
    assert str(raised.value).startswith("Table.rows[1][1]: is 2.5 but the column 'Số hộ'")


def test_missing_figures_print_as_chosen_and_are_refused_unless_chosen() -> None:
    frame = pd.DataFrame({"Xã": ["A", "B"], "Số hộ": pd.array([12, pd.NA], dtype="Int64")})
    dash = Table.from_dataframe(frame, missing="-", totals="Tổng")
    assert dash.rows[1] == ("B", None)
    assert [cell.text for cell in table_grid(dash).body[1]] == ["B", "-"]
    assert dash.totals_row == ("Tổng", 12)  # a missing figure adds nothing
    blank = Table(header=["Xã", "Tỷ lệ"], rows=[["A", np.nan]], missing="")
    assert [cell.text for cell in table_grid(blank).body[0]] == ["A", ""]
    with pytest.raises(FieldError, match=r"^Table.rows\[1\]\[1\]: is a missing value"):
        Table.from_dataframe(frame)


def test_records_make_a_table_too() -> None:
    table = Table.from_records(
        [{"Xã": "Quài Nưa", "Số hộ": 1250}, {"Xã": "Quài Cang", "Số hộ": np.int64(980)}],
        stt=True,
        totals="Tổng cộng",
    )
    assert table.headings == ("STT", "Xã", "Số hộ")
    assert table.totals_row == ("", "Tổng cộng", 2230)
    with pytest.raises(FieldError, match=r"records\[1\]: has keys no heading names: 'Số khẩu'"):
        Table.from_records([{"Xã": "A"}, {"Xã": "B", "Số khẩu": 3}])


def test_formatting_takes_numpy_scalars_and_names_pandas_na() -> None:
    assert format_percent(np.float64(0.185), decimals=1) == "18,5%"
    assert format_number(np.int64(13471)) == "13.471"
    assert format_number(np.float32(18.5), decimals=1) == "18,5"
    assert format_change(np.float64(-0.052)) == "giảm 5,2%"
    with pytest.raises(ValueError, match=r"missing value \(<NA>\)"):
        format_percent(pd.NA)


def test_the_column_number_row_shows_a_ratio_column_as_its_formula() -> None:
    table = results_table(column_numbers=True)
    assert table.column_number_texts == ("(1)", "(2)", "(3)", "(4)", "(5)=(4)/(3)")
    with pytest.raises(FieldError, match=r"ratio_of: column 2 \('Xã/phường'\) holds no figures"):
        results_table(columns=[Column()] * 4 + [Column(kind="percent", ratio_of=(4, 2))])


# --- widths and pages -------------------------------------------------------------------


def test_widths_follow_the_content_and_a_fixed_width_is_kept() -> None:
    table = results_table(
        columns=[Column(width_mm=15)] + [Column()] * 3 + [Column(kind="percent", ratio_of=(4, 3))]
    )
    widths = column_widths(table_grid(table), 9354)
    assert sum(widths) == 9354
    assert widths[0] == round(15 * TWIPS_PER_MM)
    assert widths[1] == max(widths)  # the communes' names get the room
    with pytest.raises(FieldError, match=r"^Table.columns\[1\].width_mm: is 5.0 mm, narrower"):
        column_widths(
            table_grid(
                attrs.evolve(table, columns=[Column(), Column(width_mm=5)] + [Column()] * 3)
            ),
            9354,
        )


def wide_table(rows: int = 8) -> Table:
    """The ordinary statistics table of a district report: STT, the commune, 8 figures."""
    header = [
        "STT",
        "Xã/phường",
        Heading(text="Dân số", columns=["Số hộ", "Số khẩu"]),
        Heading(text="Kết quả", columns=["Kế hoạch", "Thực hiện", "Tỷ lệ (%)"]),
        Heading(text="Thu ngân sách", columns=["Năm 2020", "Năm 2021", "So cùng kỳ"]),
    ]
    data = []
    for number in range(1, rows + 1):
        plan, done = 13471 + 37 * (number - 1), 12890 + 53 * number
        before, after = 8015 + 11 * number, 8433 + 17 * number
        data.append(
            [
                number,
                f"{COMMUNES[number % len(COMMUNES)]} {number}",
                1203 + number,
                5517 + 7 * number,
                plan,
                done,
                Decimal(done) / Decimal(plan),
                before,
                after,
                Decimal(after) / Decimal(before) - 1,
            ]
        )
    columns = [Column()] * 6 + [
        Column(kind="percent", ratio_of=(6, 5)),
        Column(),
        Column(),
        Column(kind="change", ratio_of=(9, 8)),
    ]
    return Table(
        header=header,
        rows=data,
        columns=columns,
        totals="Toàn huyện",
        totals_first=True,
        unit="triệu đồng",
        column_numbers=True,
    )


def test_a_table_too_wide_for_a_portrait_page_is_refused_in_the_body(seed_report: Report) -> None:
    table = wide_table()
    assert needs_landscape(table)
    with pytest.raises(FieldError) as raised:
        with_body_table(seed_report, table).render()
    message = str(raised.value)
    assert message.startswith("sections[0].content[")
    assert "portrait page" in message
    assert "appendix" in message


def test_an_appendix_turns_landscape_for_a_wide_table(seed_report: Report) -> None:
    data = with_appendix(seed_report, wide_table()).render()
    section = open_docx(data).element.body.find(w("sectPr"))
    assert section.find(w("pgSz")).get(w("orient")) == "landscape"
    with pytest.raises(FieldError, match=r"^appendices\[0\]\.content\[0\]: .*portrait page"):
        with_appendix(seed_report, wide_table(), landscape=False).render()


# --- the .docx -------------------------------------------------------------------------


@pytest.fixture(scope="module")
def rendered(seed_report: Report) -> bytes:
    return with_appendix(seed_report, results_table(column_numbers=True)).render()


def test_merged_headings_are_grid_spans_and_vertical_merges(rendered: bytes) -> None:
    (table,) = statistics_tables(rendered)
    first, second, numbers = table.findall(w("tr"))[:3]
    texts = [text_of(cell) for cell in first.findall(w("tc"))]
    assert texts == ["STT", "Xã/phường", "Kết quả"]
    stt, commune, result = first.findall(w("tc"))
    assert cell_props(result, "gridSpan").get(w("val")) == "3"
    for cell in (stt, commune):
        assert cell_props(cell, "vMerge").get(w("val")) == "restart"
    below = second.findall(w("tc"))
    assert [text_of(cell) for cell in below] == ["", "", "Kế hoạch", "Thực hiện", "Tỷ lệ (%)"]
    for cell in below[:2]:
        merge = cell_props(cell, "vMerge")
        assert merge is not None
        assert merge.get(w("val")) in (None, "continue")
    assert [text_of(cell) for cell in numbers.findall(w("tc"))][-1] == "(5)=(4)/(3)"
    # The merged cell is as wide as the three columns under it.
    grid = [int(col.get(w("w"))) for col in table.iter(w("gridCol"))]
    assert int(cell_props(result, "tcW").get(w("w"))) == sum(grid[2:])


def test_header_rows_repeat_and_no_row_splits(rendered: bytes) -> None:
    (table,) = statistics_tables(rendered)
    rows = table.findall(w("tr"))
    repeated = [row.find(f"{w('trPr')}/{w('tblHeader')}") is not None for row in rows]
    assert repeated == [True, True, True] + [False] * (len(rows) - 3)
    assert all(row.find(f"{w('trPr')}/{w('cantSplit')}") is not None for row in rows)


def test_figures_are_right_aligned_in_vietnamese_notation(rendered: bytes) -> None:
    document = open_docx(rendered)
    styles = Styles.of(document)
    (table,) = statistics_tables(rendered)
    body = table.findall(w("tr"))[3:]
    first = body[0].findall(w("tc"))
    printed = {text_of(cell): styles.effective(cell.find(w("p"))) for cell in first}
    assert list(printed) == ["1", "Quài Nưa", "5.000", "4.500", "90,0"]
    assert [style.alignment for style in printed.values()] == [
        "center", "left", "right", "right", "right"
    ]  # fmt: skip
    totals = body[-1].findall(w("tc"))
    assert [text_of(cell) for cell in totals] == ["", "Tổng cộng", "13.471", "13.471", "100,0"]
    assert styles.effective(totals[2].find(w("p"))).bold


def test_the_unit_line_is_right_aligned_italic_above_the_table(rendered: bytes) -> None:
    document = open_docx(rendered)
    (table,) = statistics_tables(rendered)
    unit = table.getprevious()
    assert text_of(unit) == "Đơn vị tính: triệu đồng"
    effective = Styles.of(document).effective(unit)
    assert (effective.alignment, effective.italic, effective.keep_next) == ("right", True, True)


def test_our_render_with_merged_headings_conforms(rendered: bytes, tmp_path: Path) -> None:
    import vnreport

    path = tmp_path / "bang.docx"
    path.write_bytes(rendered)
    assert list(vnreport.check(path)) == []


# --- data files ---------------------------------------------------------------------------


@pytest.mark.parametrize("form", ["yaml", "json", "toml"])
def test_statistics_tables_round_trip_through_data_files(seed_report: Report, form: str) -> None:
    table = results_table(column_numbers=True, totals_first=True, missing="-")
    if form != "toml":  # TOML has no null: a missing figure cannot be written there
        last = table.rows[-1]
        table = attrs.evolve(table, rows=(*table.rows[:-1], (*last[:3], None, last[4])))
    report = with_appendix(seed_report, table)
    text = dumps(report, format=form)
    assert loads(text, format=form) == report
    if form == "json":
        jsonschema.validate(json.loads(text), json_schema())


def test_toml_says_it_cannot_hold_a_missing_figure(seed_report: Report) -> None:
    table = Table(header=["Xã", "Số hộ"], rows=[["A", None]], missing="-")
    with pytest.raises(ValueError, match=r"TOML has no null"):
        dumps(with_appendix(seed_report, table), format="toml")


def test_a_data_file_writes_headings_and_columns_as_a_clerk_would() -> None:
    text = """
doc_type: bao-cao
issuer: {name: Ủy ban nhân dân huyện Tuần Giáo, abbreviation: UBND, place: Tuần Giáo}
number: null
date: "2021-06"
subject: Kết quả thực hiện chỉ tiêu
sections:
  - title: Kết quả
    content:
      - "Chi tiết tại Phụ lục."
signature: {authority: [TM. Ủy ban nhân dân, KT. Chủ tịch], title: Phó Chủ tịch, name: Phạm Thị Tuyên}
appendices:
  - title: Kết quả
    content:
      - type: table
        unit: triệu đồng
        header: [Xã, {text: Kết quả, columns: [Kế hoạch, Thực hiện, Tỷ lệ (%)]}]
        columns: [{}, {}, {}, {kind: percent, ratio_of: [3, 2]}]
        rows:
          - [Quài Nưa, 5000, 4500, 0.9]
          - [Quài Cang, 8471, null, null]
        missing: "-"
        totals: Tổng cộng
"""
    report = loads(text, format="yaml")
    (table,) = report.appendices[0].content
    assert table.header[1] == Heading(
        text="Kết quả", columns=("Kế hoạch", "Thực hiện", "Tỷ lệ (%)")
    )
    assert table.totals_row == ("Tổng cộng", 13471, 4500, Decimal(4500) / Decimal(13471))
    assert [cell.text for cell in table_grid(table).body[-1]] == [
        "Tổng cộng",
        "13.471",
        "4.500",
        "33,4",
    ]


# --- in LibreOffice -----------------------------------------------------------------------


@pytest.fixture(scope="module")
def lo_profile(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A LibreOffice user profile of this module only: no clash with a running soffice."""
    return tmp_path_factory.mktemp("lo-profile")


# Every token a cell prints, which must come out of LibreOffice whole on one line.
def _tokens(table: Table) -> set[str]:
    grid = table_grid(table)
    return {
        word for row in (*grid.header, *grid.body) for cell in row for word in cell.text.split()
    }


@pytest.mark.slow
def test_a_long_ten_column_table_prints_every_word_whole_and_repeats_its_header(
    seed_report: Report, tmp_path: Path, lo_profile: Path
) -> None:
    table = wide_table(rows=45)
    assert table.column_count == 10
    document = with_appendix(seed_report, table).save(tmp_path / "bang.docx")
    try:
        (pdf,) = convert_to_pdf([document], tmp_path, lo_profile)
    except ConversionError as error:
        pytest.fail(str(error), pytrace=False)
    layout = read_layout(pdf)
    pages = [page for page in layout.pages if page.width > page.height]  # the appendix's
    assert len(pages) >= 2, "the long table should run over two landscape pages"
    assert pages[0].find("Phụ lục") is not None
    printed = {word.text for page in pages for word in page.words}
    expected = _tokens(table)
    # A word broken across lines shows as two fragments, neither of which is the word.
    assert expected <= printed, sorted(expected - printed)
    for figure in ("13.471", "STT", "Toàn", "huyện", "13.508", "tăng"):
        assert figure in printed
    # The header rows are printed again at the top of page 2, above its first figures.
    second = pages[1]
    figures = [word.top for word in second.words if re.fullmatch(r"\d{1,3}(\.\d{3})+", word.text)]
    assert figures, "page 2 holds rows of the table"
    for heading in ("STT", "Xã/phường", "Kết", "hoạch", "(7)=(6)/(5)"):
        found = second.find(heading)
        assert found is not None, f"{heading!r} is not repeated on page 2"
        assert found[0].bottom < min(figures)


# --- the docs page ------------------------------------------------------------------------


def test_the_tables_page_code_runs_and_its_report_conforms(seed_report: Report) -> None:
    page = (Path(__file__).resolve().parent.parent / "docs" / "tables.md").read_text("utf-8")
    namespace: dict[str, object] = {}
    for block in re.findall(r"```python\n(.*?)```", page, re.DOTALL):
        exec(block, namespace)
    report = namespace["with_table"](seed_report)
    assert isinstance(report, Report)
    data = report.render()  # the strict self-check passes
    (table,) = statistics_tables(data)
    assert "Toàn huyện" in text_of(table)
    assert (
        Path(__file__).resolve().parent.parent / "docs" / "images" / "statistics-table.png"
    ).stat().st_size < 100_000
