"""The notebook preview: documents as their printed sheets in HTML, their short reprs,
findings as a table, and the real pages as PNG images through LibreOffice.

The HTML is read back with :mod:`html.parser` (never searched as a string for what it
shows): the texts of its paragraphs and cells in reading order, their classes, every tag
and attribute, the stylesheet.
"""

from __future__ import annotations

import os
import re
import struct
import time
from collections.abc import Iterator
from html.parser import HTMLParser
from pathlib import Path

import attrs
import pdfplumber
import pytest

import handmade
from test_render_pdf import convert_to_pdf
from vnreport import (
    Agency,
    Appendix,
    Contact,
    Findings,
    Paragraph,
    PreviewError,
    Recipients,
    Report,
    Secrecy,
    Section,
    Signature,
    Table,
    Urgency,
    check,
)
from vnreport.exchange import loads
from vnreport.layout.page import Page
from vnreport.metrics import longest_line, text_width
from vnreport.model.inline import Run
from vnreport.model.outline import Block, Role
from vnreport.pipeline import lay_out, preview_html
from vnreport.render.html import html_page
from vnreport.render.html.blocks import blocks_html
from vnreport.render.images import INSTALL_HINT, select_pages
from vnreport.rules import ND30, Component
from vnreport.types import REGISTRY, TypeEntry

HOSTILE = "<script>alert('x')</script> & {{ context }} {% raw %}"
# A person's name takes a capital on every word.
SIGNER = "Nguyễn <script>alert(1)</script> & {{ X }}"
# The tags a preview is made of: no script, no image, no link, no frame, no form.
ALLOWED_TAGS = {
    "div", "style", "section", "table", "colgroup", "col", "thead", "tbody", "tr", "th",
    "td", "p", "b", "i",
}  # fmt: skip
_BLOCK_TAGS = {"p", "th", "td"}


@attrs.define
class Element:
    tag: str
    classes: tuple[str, ...]
    text: str = ""


class _Reader(HTMLParser):
    """Every tag with its attributes, the paragraphs and cells with their text in order,
    and the stylesheet."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.blocks: list[Element] = []
        self.css = ""
        self._open: list[Element] = []
        self._in_style = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        attributes = dict(attrs)
        self.tags.append((tag, attributes))
        if tag == "style":
            self._in_style = True
        if tag in _BLOCK_TAGS:
            element = Element(tag, tuple((attributes.get("class") or "").split()))
            self.blocks.append(element)
            self._open.append(element)

    def handle_endtag(self, tag: str) -> None:
        if tag == "style":
            self._in_style = False
        if tag in _BLOCK_TAGS and self._open:
            self._open.pop()

    def handle_data(self, data: str) -> None:
        if self._in_style:
            self.css += data
        elif self._open:
            self._open[-1].text += data


def read(html: str) -> _Reader:
    reader = _Reader()
    reader.feed(html)
    reader.close()
    return reader


def paragraphs(html: str) -> list[Element]:
    return [block for block in read(html).blocks if block.tag == "p"]


def frame_and_body(page: Page) -> list[str]:
    """What the page prints, in reading order, as the preview must show it (tables and
    stamps left out)."""
    header = page.header
    texts = [
        *([header.parent.text] if header.parent else []),
        *(line.text for line in header.issuer),
        header.national_name.text,
        header.motto.text,
        header.number.text,
        *(line.text for line in header.subject_vv),
        *([header.place_date.text] if header.place_date else []),
    ]
    if page.title is not None:
        texts.append(page.title.type_name.text)
        if page.title.subject is not None:
            texts.append(page.title.subject.text)
    texts.extend(block.text for block in page.body if block.table is None)
    if len(page.signatures) == 2:
        for signature in page.signatures:
            texts.extend([*(line.text for line in signature.lines), signature.name.text])
        texts.extend(line.text for line in page.recipients)
    else:
        texts.extend(line.text for line in page.recipients)
        for signature in page.signatures:
            texts.extend([*(line.text for line in signature.lines), signature.name.text])
    if page.contact is not None:
        texts.append(page.contact.text)
    return texts


# --- the seed report -------------------------------------------------------------------


@pytest.fixture(scope="module")
def seed_html(seed_report: Report) -> str:
    return seed_report._repr_html_()


def test_the_seed_reads_in_the_order_it_prints(seed_report: Report, seed_html: str) -> None:
    page = lay_out(seed_report)
    assert [p.text for p in paragraphs(seed_html)] == frame_and_body(page)


def test_the_seed_shows_its_header_numbering_and_signature(seed_html: str) -> None:
    found = paragraphs(seed_html)
    texts = [p.text for p in found]
    classes = {p.text: p.classes for p in found}
    # The header's two columns, the number and the date line of a draft.
    assert texts[:6] == [
        "ỦY BAN NHÂN DÂN",
        "HUYỆN TUẦN GIÁO",
        ND30.texts.national_name,
        ND30.texts.motto,
        "Số:     /BC-UBND",
        "Tuần Giáo, ngày    tháng 6 năm 2021",
    ]
    assert "c-issuer" in classes["HUYỆN TUẦN GIÁO"]
    assert "c-place-date" in classes["Tuần Giáo, ngày    tháng 6 năm 2021"]
    assert texts[6] == "BÁO CÁO"
    assert texts[7].startswith("Kết quả thực hiện công tác dân vận chính quyền")
    # Numbering: I., then 1. under it, in that order.
    first = texts.index("I. ĐẶC ĐIỂM TÌNH HÌNH")
    third = texts.index("III. KẾT QUẢ THỰC HIỆN")
    khoan = next(i for i, text in enumerate(texts) if text.startswith("1. Nâng cao hiệu lực"))
    assert first < third < khoan
    assert classes["I. ĐẶC ĐIỂM TÌNH HÌNH"] == ("c-heading", "r-heading-1")
    assert "r-heading-2" in found[khoan].classes
    assert any(text.startswith("- Ban hành Kế hoạch số 70/KH-UBND") for text in texts)
    # The body ends with "./."; Nơi nhận, then the signature, close the sheet.
    assert texts[-8].endswith("Tuần Giáo./.")
    assert texts[-7:] == [
        "Nơi nhận:",
        "- Ban Dân vận Huyện ủy;",
        "- Lưu: VT, NV.",
        "TM. ỦY BAN NHÂN DÂN",
        "KT. CHỦ TỊCH",
        "PHÓ CHỦ TỊCH",
        "Phạm Thị Tuyên",
    ]
    assert "c-signer" in found[-1].classes


_TABLE = Table(
    header=("STT", "Xã", "Số lượt tiếp", "Kinh phí (đồng)"),
    rows=((1, "Quài Cang", 12, 1250000), (2, "Quài Nưa", 8, 980500)),
    totals=("", "Tổng cộng", 20, 2230500),
    title="Kết quả *tiếp công dân*",
)


@pytest.fixture(scope="module")
def extended(seed_report: Report) -> Report:
    """The seed with a section down to điểm a) holding a table, and two appendices, the
    second landscape."""
    point = Section(title="Tiếp công dân", content=["Kết quả như sau:", _TABLE])
    section = Section(
        title="Số liệu", content=[Section(title="Công tác tiếp dân", content=[point])]
    )
    opening = (*seed_report.opening, Paragraph(text="(Chi tiết tại Phụ lục I và Phụ lục II)."))
    return attrs.evolve(
        seed_report,
        opening=opening,
        sections=(*seed_report.sections, section),
        appendices=(
            Appendix(title="Kết quả tiếp công dân", content=[_TABLE]),
            Appendix(title="Danh mục văn bản", content=["Các văn bản:", _TABLE], landscape=True),
        ),
    )


def test_sections_nest_to_points_and_tables_show_their_cells(extended: Report) -> None:
    html = extended._repr_html_()
    blocks = read(html).blocks
    texts = [block.text for block in blocks]
    heading = texts.index("VII. SỐ LIỆU")
    assert texts[heading + 1 : heading + 4] == [
        "1. Công tác tiếp dân",
        "a) Tiếp công dân",
        "Kết quả như sau:",
    ]
    assert "r-heading-3" in blocks[heading + 2].classes
    # The table under a): its title, its header cells, rows and totals in reading order,
    # numbers written the Vietnamese way, right-aligned, the STT column centred.
    start = heading + 4
    assert texts[start] == "Kết quả tiếp công dân"
    cells = blocks[start + 1 : start + 1 + 4 * 4]
    assert [cell.text for cell in cells] == [
        "STT", "Xã", "Số lượt tiếp", "Kinh phí (đồng)",
        "1", "Quài Cang", "12", "1.250.000",
        "2", "Quài Nưa", "8", "980.500",
        "", "Tổng cộng", "20", "2.230.500",
    ]  # fmt: skip
    assert [cell.tag for cell in cells[:4]] == ["th"] * 4
    assert cells[4].classes == ("vn-centre",)
    assert cells[7].classes == ("vn-number",)
    assert cells[5].classes == ()
    rows = [attributes for tag, attributes in read(html).tags if tag == "tr"]
    assert {"class": "vn-totals"} in rows


def test_appendices_are_sheets_of_their_own_landscape_when_asked(extended: Report) -> None:
    tags = read(extended._repr_html_()).tags
    sheets = [attributes["class"] for tag, attributes in tags if tag == "section"]
    assert sheets == ["vn-sheet", "vn-sheet", "vn-sheet vn-landscape"]
    texts = [p.text for p in paragraphs(extended._repr_html_())]
    label = texts.index("Phụ lục I")
    assert texts[label + 1] == "KẾT QUẢ TIẾP CÔNG DÂN"
    assert texts[label + 2].startswith("(Kèm theo Báo cáo số")
    assert texts.index("Phụ lục II") > label


def test_the_sheet_is_a4_with_the_rulebook_margins_and_sizes(seed_html: str) -> None:
    css = read(seed_html).css
    scale = 0.8
    mm = 72 / 25.4 * scale

    def declared(selector: str, name: str) -> str:
        match = re.search(re.escape(selector) + r"\{([^}]*)\}", css)
        assert match is not None, selector
        values = dict(item.split(":", 1) for item in match.group(1).split(";"))
        return values[name]

    def points(value: str) -> float:
        assert value.endswith("pt"), value
        return float(value[:-2])

    assert points(declared(" .vn-sheet", "width")) == pytest.approx(210 * mm, abs=0.01)
    assert points(declared(" .vn-sheet", "min-height")) == pytest.approx(297 * mm, abs=0.01)
    top, right, bottom, left = map(points, declared(" .vn-sheet", "padding").split())
    margins = {side: ND30.page.printed_margin(side) * mm for side in ND30.page.margins}
    assert (top, right, bottom, left) == pytest.approx(
        (margins["top"], margins["right"], margins["bottom"], margins["left"]), abs=0.01
    )
    for component in (Component.ISSUER, Component.TYPE_NAME, Component.BODY, Component.RECIPIENT):
        form = ND30.form(component)
        selector = f" .c-{component.value}"
        size = points(declared(selector, "font-size"))
        assert size == pytest.approx(form.sizes.printed * scale, abs=0.01)
        if form.bold is not None:
            assert declared(selector, "font-weight") == ("bold" if form.bold else "normal")
    assert declared(" .c-place-date", "font-style") == "italic"
    assert declared(" .c-body", "text-align") == "justify"
    assert declared(" .c-type-name", "text-align") == "center"


def test_the_rules_have_the_rulebook_lengths(seed_report: Report, seed_html: str) -> None:
    widths = [
        float(attributes["style"].removeprefix("width:").removesuffix("pt"))  # type: ignore[union-attr]
        for tag, attributes in read(seed_html).tags
        if tag == "div" and "vn-rule" in (attributes.get("class") or "")
    ]
    issuer, motto, subject = widths
    form = ND30.form(Component.MOTTO)
    motto_text = text_width(ND30.texts.motto, form.sizes.printed, bold=True)
    assert motto == pytest.approx(motto_text * 0.8, abs=0.01)  # as long as the Tiêu ngữ
    issuer_form = ND30.form(Component.ISSUER)
    longest = text_width("HUYỆN TUẦN GIÁO", issuer_form.sizes.printed, bold=True) * 0.8
    low, high = ND30.rules[Component.ISSUER].low, ND30.rules[Component.ISSUER].high
    assert low * longest <= issuer <= high * longest
    # The subject wraps over two lines: its rule is a share of the longer one.
    subject_form = ND30.form(Component.SUBJECT)
    title = lay_out(seed_report).title
    assert title is not None
    assert title.subject is not None
    room = (210 - 30 - 15) * 72 / 25.4
    line = longest_line(title.subject.text, room, subject_form.sizes.printed, bold=True) * 0.8
    assert line < text_width(title.subject.text, subject_form.sizes.printed, bold=True) * 0.8
    length = ND30.rules[Component.SUBJECT]
    assert subject == pytest.approx(length.printed * line, abs=0.01)
    assert length.low * line <= subject <= length.high * line


# --- safety ------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def hostile_html() -> str:
    report = Report(
        issuer=Agency(name="Ủy ban nhân dân xã A & B", abbreviation="UBND", place="Quài Cang"),
        date="2021-06-05",
        subject=f"Kết quả {HOSTILE}",
        addressees=[f"Ủy ban {HOSTILE}"],
        sections=[
            Section(
                title=f"Tình hình {HOSTILE}",
                content=[
                    f"Nội dung {HOSTILE}",
                    Table(header=["Nội dung", "Số"], rows=[[f"Ô {HOSTILE}", 1]]),
                ],
            )
        ],
        recipients=Recipients(items=[f"Nơi {HOSTILE}"]),
        signature=Signature(title="Chủ tịch", name=SIGNER),
    )
    return report._repr_html_()


def test_hostile_text_is_shown_as_text(hostile_html: str) -> None:
    texts = [block.text for block in read(hostile_html).blocks]
    showing = [text for text in texts if HOSTILE in text]
    # subject, Kính gửi, heading (in capitals, so not this spelling), paragraph, cell,
    # recipient, signer
    assert len([t for t in showing if t.startswith("Kết quả")]) == 1
    assert "Nội dung " + HOSTILE in texts
    assert "Ô " + HOSTILE in texts
    assert any(text.startswith("- Nơi " + HOSTILE) for text in texts)
    assert SIGNER in texts
    assert any(text.startswith("Kính gửi: Ủy ban " + HOSTILE) for text in texts)
    assert "Ủy ban nhân dân xã A & B".upper() in " ".join(texts)


def test_a_preview_has_no_script_no_link_and_nothing_external(hostile_html: str) -> None:
    reader = read(hostile_html)
    assert {tag for tag, _ in reader.tags} <= ALLOWED_TAGS
    for _, attributes in reader.tags:
        assert set(attributes) <= {"class", "style", "lang", "aria-label"}
        assert not any(name.startswith("on") for name in attributes)
    assert "<script" not in hostile_html.lower()
    assert "&lt;script&gt;" in hostile_html
    for forbidden in ("http", "src=", "url(", "@import", "javascript:"):
        assert forbidden not in hostile_html.lower()


def test_the_stylesheet_restyles_nothing_outside_the_preview(seed_html: str) -> None:
    reader = read(seed_html)
    wrapper = reader.tags[0][1]["class"]
    assert wrapper is not None
    scope = wrapper.split()[0]
    assert scope.startswith("vnreport-preview-")
    assert "mathjax_ignore" in wrapper.split()  # "$" in a report is no formula
    rules = [rule for rule in reader.css.split("}") if rule.strip()]
    assert len(rules) > 30
    for rule in rules:
        selectors = rule.split("{")[0].split(",")
        assert all(selector.strip().startswith(f".{scope}") for selector in selectors), rule


def test_two_scales_get_two_scopes(seed_report: Report) -> None:
    page = lay_out(seed_report)
    small, large = html_page(page, scale=0.5), html_page(page, scale=1)
    assert read(small).tags[0][1]["class"] != read(large).tags[0][1]["class"]
    assert preview_html(seed_report) == seed_report._repr_html_()
    with pytest.raises(ValueError, match="scale"):
        html_page(page, scale=0)


# --- every type, every block -------------------------------------------------------------


@pytest.mark.parametrize("entry", REGISTRY, ids=lambda entry: entry.key)
def test_every_type_starter_previews(entry: TypeEntry) -> None:
    document = loads(entry.starter, format="yaml")
    html = document._repr_html_()
    page = lay_out(document)
    assert [p.text for p in paragraphs(html)] == frame_and_body(page)
    text = repr(document)
    assert len(text) < 200
    assert text.startswith(f"<{type(document).__name__} ")
    assert page.header.number.text.split()[-1] in text


def test_every_role_has_its_classes() -> None:
    for role in Role:
        if role is Role.TABLE:
            continue
        block = Block(
            role=role, runs=(Run("chữ "), Run("đậm", bold=True), Run("nghiêng", italic=True))
        )
        found = read(blocks_html([block], 9355))
        (paragraph,) = found.blocks
        assert f"r-{role.value}" in paragraph.classes
        assert any(name.startswith("c-") for name in paragraph.classes)
        assert paragraph.text == "chữ đậmnghiêng"
        assert [tag for tag, _ in found.tags] == ["p", "b", "i"]


def test_the_marks_show_in_their_boxes(seed_report: Report) -> None:
    marked = attrs.evolve(
        seed_report,
        secrecy=Secrecy.SECRET,
        urgency=Urgency.URGENT,
        circulation="Lưu hành nội bộ",
        contact=Contact(address="Tổ dân phố 1, thị trấn Tuần Giáo", phone="0215 3862 123"),
    )
    reader = read(marked._repr_html_())
    boxes = [block for block in reader.blocks if "vn-box" in block.classes]
    assert [box.text for box in boxes] == ["LƯU HÀNH NỘI BỘ", "MẬT", "KHẨN"]
    styles = [a.get("style") for tag, a in reader.tags if "vn-box" in (a.get("class") or "")]
    width = ND30.stamp_boxes["KHẨN"][0] * 72 / 25.4 * 0.8
    assert styles == [None, None, f"width:{round(width, 2):g}pt"]
    assert (
        "c-contact"
        in reader.blocks[
            [b.text for b in reader.blocks].index(
                lay_out(marked).contact.text  # type: ignore[union-attr]
            )
        ].classes
    )


# --- reprs -------------------------------------------------------------------------------


def test_a_document_repr_is_short_and_says_which_document(seed_report: Report) -> None:
    assert repr(seed_report) == (
        "<Report 'Kết quả thực hiện công tác dân vận chính quyền 6 tháng đầu…' "
        "Số: /BC-UBND (draft), 42 paragraphs>"
    )
    numbered = attrs.evolve(seed_report, number=12, date="2021-06-20")
    assert "Số: 12/BC-UBND, 42 paragraphs" in repr(numbered)
    assert "draft" not in repr(numbered)


def test_findings_show_as_a_table_of_their_rules() -> None:
    findings = check(handmade.rushed_draft())
    assert findings.errors
    html = findings._repr_html_()
    reader = read(html)
    cells = [block.text for block in reader.blocks if block.tag == "td"]
    rows = [cells[index : index + 8] for index in range(0, len(cells), 8)]
    assert len(rows) == len(findings)
    for row, finding in zip(rows, findings, strict=True):
        paragraph = "" if finding.paragraph is None else str(finding.paragraph)
        assert row == [
            finding.severity.value,
            finding.rule,
            finding.component,
            paragraph,
            finding.excerpt,
            finding.found,
            finding.expected,
            finding.locator,
        ]
    text = " ".join(block.text for block in reader.blocks)
    listed = "".join(data for data in _texts(html))
    for item in findings.not_evaluated:
        assert item.rule in listed
        assert item.reason in listed
    for note in findings.notes:
        assert note.message in listed
    assert "conforms" not in text
    assert repr(findings).startswith(f"<Findings: {len(findings.errors)} errors")


def _texts(html: str) -> Iterator[str]:
    class Texts(HTMLParser):
        def __init__(self) -> None:
            super().__init__()
            self.found: list[str] = []

        def handle_data(self, data: str) -> None:
            self.found.append(data)

    parser = Texts()
    parser.feed(html)
    yield from parser.found


def test_no_findings_conform() -> None:
    empty = Findings()
    assert repr(empty) == "<Findings: conforms>"
    assert "conforms" in "".join(_texts(empty._repr_html_()))
    assert not [tag for tag, _ in read(empty._repr_html_()).tags if tag == "table"]


def test_findings_escape_what_the_file_says() -> None:
    from vnreport.conformance.findings import Finding, Severity

    finding = Finding(
        rule="x.y",
        locator="NĐ 30/2020",
        severity=Severity.ERROR,
        component="body",
        paragraph=3,
        excerpt=HOSTILE,
        found=HOSTILE,
        expected="13–14 pt",
    )
    html = Findings([finding])._repr_html_()
    assert "<script" not in html
    assert [block.text for block in read(html).blocks if block.tag == "td"][4] == HOSTILE


# --- the real pages ----------------------------------------------------------------------


def _png_size(png: bytes) -> tuple[int, int]:
    assert png[:8] == b"\x89PNG\r\n\x1a\n"
    width, height = struct.unpack(">II", png[16:24])
    return width, height


@pytest.mark.slow
def test_preview_gives_the_printed_pages_as_png(seed_report: Report, tmp_path: Path) -> None:
    shown = seed_report.preview(dpi=30)
    # The same document converted on its own: as many pages as images.
    docx = seed_report.save(tmp_path / "seed.docx")
    (pdf,) = convert_to_pdf([docx], tmp_path, tmp_path / "profile")
    with pdfplumber.open(pdf) as opened:
        count = len(opened.pages)
    assert count > 1
    assert shown.page_count == count
    assert shown.numbers == tuple(range(1, count + 1))
    assert len(shown.pages) == count
    for png in shown.pages:
        width, height = _png_size(png)
        assert height / width == pytest.approx(297 / 210, rel=0.02)  # A4, portrait
        assert width == pytest.approx(210 / 25.4 * 30, abs=2)
    images = [a for tag, a in read(shown._repr_html_()).tags if tag == "img"]
    assert len(images) == count
    assert all((a["src"] or "").startswith("data:image/png;base64,") for a in images)
    assert shown._repr_png_() is None
    second = seed_report.preview(pages=2, dpi=30)
    assert second.numbers == (2,)
    assert second._repr_png_() == second.pages[0]
    assert repr(second) == f"<PagePreview: page 2 of {count} at 30 dpi>"


def test_pages_are_chosen_by_number() -> None:
    assert select_pages([3, 1, 1]) == (1, 3)
    for wrong in (0, [1, -2], [True], []):
        with pytest.raises(ValueError, match="pages"):
            select_pages(wrong)  # type: ignore[arg-type]


def test_without_libreoffice_the_error_says_what_to_install(
    seed_report: Report, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("PATH", str(tmp_path))
    with pytest.raises(PreviewError) as caught:
        seed_report.preview()
    message = str(caught.value)
    assert "soffice" in message
    assert "apt-get install libreoffice-writer-nogui poppler-utils fonts-liberation2" in message
    assert INSTALL_HINT in message


def test_a_conversion_that_hangs_is_killed(
    seed_report: Report, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # A soffice that never finishes, with a child of its own: the whole group goes.
    marker = tmp_path / "child.pid"
    fake = tmp_path / "soffice"
    fake.write_text(f"#!/bin/sh\nsleep 60 &\necho $! > {marker}\nwait\n", encoding="utf-8")
    fake.chmod(0o755)
    monkeypatch.setenv("PATH", f"{tmp_path}{os.pathsep}{os.environ['PATH']}")
    started = time.monotonic()
    with pytest.raises(PreviewError, match="did not finish within 1 s"):
        seed_report.preview(timeout=1)
    assert time.monotonic() - started < 15
    child = int(marker.read_text(encoding="utf-8"))
    deadline = time.monotonic() + 5
    while _alive(child) and time.monotonic() < deadline:
        time.sleep(0.05)
    assert not _alive(child)


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    status = Path(f"/proc/{pid}/stat")
    # A killed child not yet reaped by its parent is a zombie: gone all the same.
    return not (status.exists() and status.read_text().split()[2] == "Z")


def test_headings_over_headings_span_their_columns_and_rows() -> None:
    from vnreport import Heading, Table
    from vnreport.render.html.blocks import table_html

    table = Table(
        header=["Xã", Heading(text="Kết quả", columns=["Kế hoạch", "Thực hiện"])],
        rows=[["Quài Cang", 13471, 12050], ["Quài Nưa", 8000, 7500]],
        totals="Tổng cộng",
        unit="triệu đồng",
    )
    html = table_html(table, 9000)
    parsed = read(html)
    cells = [(tag, attributes) for tag, attributes in parsed.tags if tag in ("th", "td")]
    # "Xã" spans both header rows, "Kết quả" both its columns; the second header row has
    # only the two headings under it.
    assert cells[0][1].get("rowspan") == "2"
    assert cells[1][1].get("colspan") == "2"
    assert [tag for tag, _ in cells[2:5]] == ["th", "th", "td"]
    assert "13.471" in html
    assert "21.471" in html  # the computed total of "Kế hoạch"
    assert "Đơn vị tính: triệu đồng" in html
    assert {"class": "vn-totals"} in [a for tag, a in parsed.tags if tag == "tr"]


def test_a_table_shows_as_it_prints_and_its_repr_stays_short() -> None:
    from vnreport import Table

    rows = [[index, f"Thôn <{index}>", 1000 + index] for index in range(1, 201)]
    table = Table(
        header=["TT", "Thôn, bản", "Số hộ"], rows=rows, totals="Toàn xã", title="Số hộ & dân"
    )
    html = table._repr_html_()
    parsed = read(html)
    assert parsed.tags[0][0] == "div"
    assert "<style>" in html
    assert "Thôn &lt;7&gt;" in html  # escaped
    assert "Số hộ &amp; dân" in html
    assert "220.100" in html  # the computed total: 200 × 1000 + 1 + … + 200
    assert "<script" not in html.lower()
    assert repr(table) == "<Table 'Số hộ & dân': 3 columns, 200 rows with totals>"
