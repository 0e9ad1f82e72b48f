"""The renderer's small parts: text metrics, template geometry, rules, zip packaging."""

from __future__ import annotations

import re
import zipfile
from io import BytesIO
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st
from lxml import etree

from vnreport import FieldError, Margins, Report, Table
from vnreport.metrics.measure import text_width
from vnreport.ooxml.archive import ZIP_DATE, read_package, write_package
from vnreport.ooxml.names import W_NS
from vnreport.pipeline import lay_out
from vnreport.render.context import page_context
from vnreport.render.geometry import TextStyle, read_geometry
from vnreport.render.tables import CELL_MARGIN, CELL_TEXT_SIZE, column_widths
from vnreport.render.template import default_template, load_template
from vnreport.rules import ND30, Component

TEMPLATE = default_template("van-ban")


def _part(name: str) -> bytes:
    with zipfile.ZipFile(TEMPLATE) as archive:
        return archive.read(name)


# --- metrics ---------------------------------------------------------------------------


def test_widths_follow_times_new_roman() -> None:
    # Times New Roman: "M" is 889/1000 em upright, 944/1000 bold; a space is 250/1000.
    assert text_width("M", 10) == pytest.approx(8.89)
    assert text_width("M", 10, bold=True) == pytest.approx(9.44)
    assert text_width(" ", 12) == pytest.approx(3.0)


def test_vietnamese_letters_take_their_base_width_except_horns() -> None:
    assert text_width("Ộ", 12, bold=True) == text_width("O", 12, bold=True)
    assert text_width("ư", 12) > text_width("u", 12)
    decomposed = "Đo\u0302\u0323c"  # NFD input measures like NFC
    assert text_width(decomposed, 13) == text_width("Độc", 13)


def test_unknown_characters_count_as_an_average_letter() -> None:
    assert text_width("✓", 10) == pytest.approx(5.0)


# --- geometry --------------------------------------------------------------------------


def test_geometry_of_the_shipped_template() -> None:
    geometry = load_template(TEMPLATE).geometry
    assert geometry.page_width == 11906
    assert geometry.margins == {"top": 1134, "bottom": 1134, "left": 1701, "right": 850}
    assert geometry.text_width == 9355
    # gridCol widths less the layout table's cell margins (57 twips each side).
    assert geometry.header_cells == (3686 - 114, 5868 - 114)
    assert geometry.style("VNIssuer") == TextStyle(size=12, bold=True)
    assert geometry.style("VNMotto") == TextStyle(size=13, bold=True)
    assert geometry.style("VNSubject") == TextStyle(size=14, bold=True)
    assert geometry.style("NoSuchStyle") == TextStyle()


def test_geometry_follows_a_restyled_template() -> None:
    # A clerk makes the issuer's name 13 pt and not bold in Word's style pane.
    styles = etree.fromstring(_part("word/styles.xml"))
    w = {"w": W_NS}
    (issuer,) = styles.xpath('w:style[@w:styleId="VNIssuer"]/w:rPr', namespaces=w)
    issuer.find("w:sz", w).set(f"{{{W_NS}}}val", "26")
    issuer.find("w:b", w).set(f"{{{W_NS}}}val", "0")
    geometry = read_geometry(etree.fromstring(_part("word/document.xml")), styles)
    assert geometry.style("VNIssuer") == TextStyle(size=13, bold=False)
    shipped = load_template(TEMPLATE).geometry
    assert shipped.style("VNIssuer") == TextStyle(size=12, bold=True)


def test_geometry_with_other_margins_scales_the_layout() -> None:
    geometry = load_template(TEMPLATE).geometry
    wider = geometry.with_margins(Margins(left=35, right=20))
    assert wider.text_width == 11906 - 1984 - 1134
    factor = wider.text_width / geometry.text_width
    assert wider.header_cells[0] == round(geometry.header_cells[0] * factor)
    assert wider.header_cells[1] == round(geometry.header_cells[1] * factor)


@pytest.mark.parametrize(
    ("side", "value"),
    [
        ("top", 19),
        ("top", 26),
        ("bottom", 19.5),
        ("left", 29),
        ("left", 36),
        ("right", 14),
        ("right", 21),
    ],
)
def test_margins_outside_the_decree_are_refused(side: str, value: float) -> None:
    with pytest.raises(FieldError, match=rf"^Margins\.{side}: .* outside the decree's range"):
        Margins(**{side: value})


# --- rules -----------------------------------------------------------------------------


def _indents(xml: str) -> tuple[int, int]:
    match = re.search(r'<w:ind w:left="(\d+)" w:right="(\d+)"/>', xml)
    assert match is not None, xml
    return int(match.group(1)), int(match.group(2))


def test_rules_are_sized_from_the_text(seed_report: Report) -> None:
    geometry = load_template(TEMPLATE).geometry
    rules = page_context(lay_out(seed_report), geometry)["rules"]
    issuer_cell, motto_cell = geometry.header_cells

    left, right = _indents(rules["issuer"])
    assert left == right
    longest = max(TextStyle(12, True).width(line) for line in seed_report.issuer.issuer_lines)
    fraction = ND30.rules[Component.ISSUER].printed
    assert issuer_cell - left - right == pytest.approx(longest * fraction, abs=2)
    assert 1 / 3 <= (issuer_cell - 2 * left) / longest <= 1 / 2

    left, right = _indents(rules["motto"])
    motto = TextStyle(13, True).width("Độc lập - Tự do - Hạnh phúc")
    assert motto_cell - left - right == pytest.approx(motto, abs=2)

    left, right = _indents(rules["subject"])
    assert 1 / 3 <= (geometry.text_width - left - right) / geometry.text_width <= 1 / 2


# --- packaging -------------------------------------------------------------------------


def test_packages_are_deterministic_and_ordered() -> None:
    parts = [("[Content_Types].xml", b"<a/>"), ("word/document.xml", b"<b/>" * 100)]
    first, second = write_package(parts), write_package(parts)
    assert first == second
    assert read_package(first) == tuple(parts)
    with zipfile.ZipFile(BytesIO(first)) as archive:
        assert [info.date_time for info in archive.infolist()] == [ZIP_DATE, ZIP_DATE]
        assert all(info.compress_type == zipfile.ZIP_DEFLATED for info in archive.infolist())


def test_the_template_is_prepared_once(tmp_path: Path) -> None:
    assert load_template(TEMPLATE) is load_template(TEMPLATE)
    copy = tmp_path / "copy.docx"
    copy.write_bytes(TEMPLATE.read_bytes())
    prepared = load_template(copy)
    assert load_template(copy) is prepared
    changed = tmp_path / "changed.docx"
    changed.write_bytes(TEMPLATE.read_bytes())
    assert load_template(changed) is not prepared


# --- table columns ---------------------------------------------------------------------


def _style(styles: etree._Element, style_id: str) -> etree._Element:
    (found,) = styles.xpath(f"//w:style[@w:styleId='{style_id}']", namespaces={"w": W_NS})
    assert isinstance(found, etree._Element)
    return found


def test_the_column_measure_is_the_table_styles() -> None:
    styles = etree.fromstring(_part("word/styles.xml"))
    ns = {"w": W_NS}
    table = _style(styles, "VNTable")
    for side in ("left", "right"):
        (margin,) = table.xpath(f"w:tblPr/w:tblCellMar/w:{side}/@w:w", namespaces=ns)
        assert int(margin) == CELL_MARGIN
    (size,) = _style(styles, "VNTableText").xpath("w:rPr/w:sz/@w:val", namespaces=ns)
    assert int(size) == 2 * CELL_TEXT_SIZE


def _fits(word: str, width: int) -> bool:
    inner = width - 2 * CELL_MARGIN
    return text_width(word, CELL_TEXT_SIZE, bold=True) * 20 <= inner


def test_a_narrow_column_keeps_its_words_whole() -> None:
    # Five columns, three of them long: proportional shares would leave "TT" 0.7 cm,
    # too narrow for the bold heading, which Word then breaks into "T" over "T".
    long = "Vận hành Hệ thống quản lý văn bản và điều hành liên thông 4 cấp"
    table = Table(
        header=["TT", "Nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời hạn"],
        rows=[[1, long, long, long, "Quý III/2022"]],
    )
    widths = column_widths(table, 14000)
    assert sum(widths) == 14000
    assert _fits("TT", widths[0])
    assert _fits("Thời", widths[4])
    assert _fits("III/2022", widths[4])
    # What the narrow columns need comes from the wide ones, which stay equal.
    assert widths[1] == widths[2] == widths[3]


def test_words_that_cannot_all_fit_share_the_width() -> None:
    word = "Chuyểnđổisốquốcgiagiaiđoạnhaimươi"
    table = Table(header=[word] * 6, rows=[[word] * 6])
    widths = column_widths(table, 9000)
    assert sum(widths) == 9000
    assert max(widths) - min(widths) <= 6


@given(
    st.lists(
        st.lists(st.text(alphabet="ab cdTT", min_size=1, max_size=30), min_size=3, max_size=3),
        min_size=1,
        max_size=4,
    ),
    st.integers(min_value=3000, max_value=15000),
)
def test_column_widths_always_sum_to_the_width(rows: list[list[str]], total: int) -> None:
    table = Table(header=["TT", "Nội dung", "Ghi chú"], rows=rows)
    widths = column_widths(table, total)
    assert sum(widths) == total
    assert all(width > 0 for width in widths)
