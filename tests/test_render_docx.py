"""The rendered .docx, opened with python-docx and lxml, against Nghị định 30/2020/NĐ-CP.

Every formatting value is resolved the way Word resolves it (direct formatting, then the
paragraph style and its ``basedOn`` chain, then ``w:docDefaults``; see docx_helpers), so
that a style edited in the template is checked as printed, not as named. References are
to /work/shared/docs/nd30-spec.md.
"""

from __future__ import annotations

import datetime
import io
import re
import zipfile
from collections.abc import Iterator

import attrs
import pytest
from docx.document import Document as DocxDocument
from lxml import etree

from conftest import load_example
from docx_helpers import (
    FONT_SLOTS,
    TWIPS_PER_MM,
    Effective,
    Styles,
    body_between,
    body_children,
    cell_width,
    cells,
    grid,
    open_docx,
    page_text_width,
    paragraphs_with_style,
    run_texts,
    section_properties,
    strict_parse,
    style_id,
    table_indent,
    table_width,
    text_of,
    w,
    zip_parts,
)
from vnreport import (
    Agency,
    Contact,
    FieldError,
    Margins,
    Report,
    Secrecy,
    Section,
    Signature,
    Table,
    Urgency,
)
from vnreport.metrics.measure import TWIPS_PER_POINT, text_width
from vnreport.model.outline import Role

A4 = (11906, 16838)
WIDER = Margins(top=25, bottom=25, left=35, right=20)
TUAN_GIAO = Agency(name="Ủy ban nhân dân huyện Tuần Giáo", abbreviation="UBND", place="Tuần Giáo")
SIGNATURE = Signature(authority=["TM. Ủy ban nhân dân"], title="Chủ tịch", name="Lò Văn Inh")
DIEN_BIEN = Agency(
    name="Ủy ban nhân dân tỉnh Điện Biên",
    abbreviation="UBND",
    place="Điện Biên",
    short_name="UBND tỉnh Điện Biên",
)
SO_NOI_VU = Agency(name="Sở Nội vụ", abbreviation="SNV", place="Điện Biên", parent=DIEN_BIEN)
BUDGET = Table(
    title="Bảng 1. Kinh phí thực hiện",
    header=["STT", "Nội dung", "Số tiền (đồng)"],
    rows=[[1, "Tiếp dân định kỳ", 1250000], [2, "Đối thoại với nhân dân", 750000]],
    totals=["", "Tổng cộng", 2000000],
)


def report(**changes: object) -> Report:
    fields: dict[str, object] = {
        "issuer": TUAN_GIAO,
        "date": "2021-02-05",
        "number": 5,
        "subject": "Kết quả công tác tháng 01 năm 2021",
        "sections": [Section(title="Kết quả", content=["Đã thực hiện."])],
        "signature": SIGNATURE,
    }
    fields.update(changes)
    return Report(**fields)  # type: ignore[arg-type]


@pytest.fixture(scope="module")
def seed_bytes(seed_report: Report) -> bytes:
    return seed_report.render()


@pytest.fixture(scope="module")
def seed_doc(seed_bytes: bytes) -> DocxDocument:
    return open_docx(seed_bytes)


@pytest.fixture(scope="module")
def styles(seed_doc: DocxDocument) -> Styles:
    return Styles.of(seed_doc)


def paragraphs(element: etree._Element) -> list[etree._Element]:
    return list(element.iter(w("p")))


def texts(element: etree._Element) -> list[str]:
    """The non-empty paragraph texts below ``element``."""
    return [text for text in map(text_of, element.iter(w("p"))) if text]


def find(document: DocxDocument, text: str) -> etree._Element:
    """The one paragraph of the body (tables included) whose text is ``text``."""
    found = [p for p in document.element.body.iter(w("p")) if text_of(p) == text]
    assert len(found) == 1, (text, len(found))
    return found[0]


def width_twips(text: str, style: Effective) -> float:
    """How wide ``text`` prints in ``style``, in twips."""
    return text_width(text, style.size, bold=style.bold, italic=style.italic) * TWIPS_PER_POINT


def header_table(document: DocxDocument) -> etree._Element:
    return document.tables[0]._tbl


def signature_table(document: DocxDocument) -> etree._Element:
    return document.tables[-1]._tbl


def cell_text_width(styles: Styles, table: etree._Element, cell: etree._Element) -> int:
    """The width inside ``cell``'s margins: what a paragraph of the cell can use."""
    left, right = styles.cell_margins(table, cell)
    return cell_width(cell) - left - right


def rule_after(
    container: Iterator[etree._Element] | list[etree._Element], text: str
) -> etree._Element:
    """The paragraph right after the one whose text is ``text``."""
    items = list(container)
    index = next(i for i, p in enumerate(items) if text_of(p) == text)
    return items[index + 1]


# --- 1. every paragraph of the seed, in order ----------------------------------------


def test_body_paragraphs_are_the_seed_blocks_in_order(
    seed_doc: DocxDocument, seed_report: Report
) -> None:
    printed = [text_of(p) for p in body_between(seed_doc)]
    assert printed == [block.text for block in seed_report.body]
    assert len(printed) == 42


def test_python_docx_reads_the_same_body(seed_doc: DocxDocument, seed_report: Report) -> None:
    # python-docx's own view: body-level paragraphs with text, after the subject.
    body = [p.text for p in seed_doc.paragraphs if p.text]
    start = body.index(seed_report.subject) + 1
    assert body[start:] == [block.text for block in seed_report.body]


def test_labels_and_numbering(seed_doc: DocxDocument) -> None:
    printed = [text_of(p) for p in body_between(seed_doc)]
    level_one = [t.split(" ", 1)[0] for t in printed if re.match(r"^[IVX]+\. ", t)]
    assert level_one == ["I.", "II.", "III.", "IV.", "V.", "VI."]
    assert "I. ĐẶC ĐIỂM TÌNH HÌNH" in printed
    assert any(t.startswith("1. Tiếp tục quán triệt") for t in printed)
    assert sum(t.startswith("- ") for t in printed) == 17


def test_italic_runs_are_the_three_seed_spans(seed_doc: DocxDocument, styles: Styles) -> None:
    italic = [
        text
        for paragraph in body_between(seed_doc)
        for text, style in styles.runs(paragraph)
        if style.italic
    ]
    assert italic == [
        "khiếu nại 02 đơn, tố cáo 02 đơn, đơn đề nghị 30 đơn",
        "khiếu nại 01 đơn, tố cáo 05 đơn, đơn đề nghị 02 đơn",
        "quy chế văn hóa công sở, quy chế, quy định cơ quan có đời sống văn hóa",
    ]
    # The spans are italic runs inside upright paragraphs, and nothing else is bold.
    for paragraph in body_between(seed_doc):
        if styles.paragraph_style(paragraph) == "VNBody":
            assert not any(style.bold for _, style in styles.runs(paragraph))


def test_end_mark_once_at_the_end_of_the_body(seed_bytes: bytes, seed_doc: DocxDocument) -> None:
    every_part = "".join(
        text_of(strict_parse(data))
        for name, data in zip_parts(seed_bytes).items()
        if name.startswith("word/") and name.endswith(".xml")
    )
    assert every_part.count("./.") == 1
    last = body_between(seed_doc)[-1]
    assert text_of(last).endswith("UBND huyện Tuần Giáo./.")


# --- 2. the components of §3–4 --------------------------------------------------------


def test_header_is_a_borderless_two_column_table(seed_doc: DocxDocument, styles: Styles) -> None:
    table = header_table(seed_doc)
    assert body_children(seed_doc)[0] is table  # nothing above it without marks
    assert len(grid(table)) == 2
    assert all(len(row) == 2 for row in cells(table))
    assert set(styles.table_borders(table).values()) <= {"nil", "none"}
    assert not list(table.iter(w("tcBorders")))


def test_issuer_lines(seed_doc: DocxDocument, styles: Styles) -> None:
    first_cell = cells(header_table(seed_doc))[0][0]
    assert texts(first_cell) == ["ỦY BAN NHÂN DÂN", "HUYỆN TUẦN GIÁO"]
    for paragraph in paragraphs(first_cell):
        if not text_of(paragraph):
            continue
        style = styles.effective(paragraph)
        assert 12 <= style.size <= 13
        assert style.bold
        assert not style.italic
        assert style.alignment == "center"


def test_parent_line_is_upright_and_not_bold() -> None:
    document = open_docx(report(issuer=SO_NOI_VU).render())
    styles = Styles.of(document)
    first_cell = cells(header_table(document))[0][0]
    assert texts(first_cell) == ["UBND TỈNH ĐIỆN BIÊN", "SỞ NỘI VỤ"]
    parent, issuer = (p for p in paragraphs(first_cell) if text_of(p))
    parent_style, issuer_style = styles.effective(parent), styles.effective(issuer)
    assert 12 <= parent_style.size <= 13
    assert not parent_style.bold
    assert not parent_style.italic
    assert parent_style.alignment == "center"
    assert issuer_style.bold
    assert 12 <= issuer_style.size <= 13


def test_national_name_and_motto(seed_doc: DocxDocument, styles: Styles) -> None:
    right_cell = cells(header_table(seed_doc))[0][1]
    assert texts(right_cell) == [
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        "Độc lập - Tự do - Hạnh phúc",
    ]
    name = styles.effective(find(seed_doc, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"))
    assert 12 <= name.size <= 13
    assert name.bold
    assert not name.italic
    assert name.alignment == "center"
    motto = find(seed_doc, "Độc lập - Tự do - Hạnh phúc")
    assert "–" not in text_of(motto)
    assert "—" not in text_of(motto)
    assert text_of(motto).count(" - ") == 2
    style = styles.effective(motto)
    assert 13 <= style.size <= 14
    assert style.bold
    assert style.alignment == "center"


def test_number_line(seed_doc: DocxDocument, styles: Styles) -> None:
    number = find(seed_doc, "Số:     /BC-UBND")
    assert number in paragraphs(cells(header_table(seed_doc))[1][0])
    style = styles.effective(number)
    assert style.size == 13
    assert not style.bold
    assert not style.italic
    assert style.alignment == "center"
    dated = open_docx(report().render())
    assert text_of(find(dated, "Số: 05/BC-UBND"))


@pytest.mark.parametrize(
    ("date", "line"),
    [
        ("2021-06", "Tuần Giáo, ngày    tháng 6 năm 2021"),
        ("2021-02-05", "Tuần Giáo, ngày 05 tháng 02 năm 2021"),
        ("2021-06-18", "Tuần Giáo, ngày 18 tháng 6 năm 2021"),
        ("2021-12-09", "Tuần Giáo, ngày 09 tháng 12 năm 2021"),
    ],
)
def test_place_and_date_line(date: str, line: str) -> None:
    # Only days below 10 and months 1–2 are padded (§3.4).
    document = open_docx(report(date=date).render())
    paragraph = find(document, line)
    assert paragraph in paragraphs(cells(header_table(document))[1][1])
    style = Styles.of(document).effective(paragraph)
    assert 13 <= style.size <= 14
    assert style.italic
    assert not style.bold
    assert style.alignment == "center"


def test_header_sizes_pair(seed_doc: DocxDocument, styles: Styles) -> None:
    sizes = tuple(
        styles.effective(find(seed_doc, text)).size
        for text in (
            "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
            "Độc lập - Tự do - Hạnh phúc",
            "Tuần Giáo, ngày    tháng 6 năm 2021",
        )
    )
    assert sizes in ((12, 13, 13), (13, 14, 14))


def test_type_name_and_subject(seed_doc: DocxDocument, styles: Styles, seed_report: Report) -> None:
    children = body_children(seed_doc)
    after_header = children[children.index(header_table(seed_doc)) + 1 :]
    type_name, subject = after_header[0], after_header[1]
    assert text_of(type_name) == "BÁO CÁO"
    assert text_of(subject) == seed_report.subject
    for paragraph in (type_name, subject):
        style = styles.effective(paragraph)
        assert 13 <= style.size <= 14
        assert style.bold
        assert not style.italic
        assert style.alignment == "center"
        assert style.keep_next  # never alone at the foot of a page


def test_body_paragraph_format(seed_doc: DocxDocument, styles: Styles) -> None:
    for paragraph in body_between(seed_doc):
        style = styles.effective(paragraph)
        where = text_of(paragraph)[:40]
        assert 13 <= style.size <= 14, where
        assert style.alignment == "both", where
        assert 567 <= style.first_line <= 720, where  # 1 cm to 1.27 cm
        assert style.spacing_before >= 120, where  # at least 6 pt
        assert style.line_rule == "auto", where
        assert 240 <= style.line <= 360, where  # single to 1.5 lines
        assert style.fonts == dict.fromkeys(FONT_SLOTS, "Times New Roman"), where


def test_headings(seed_doc: DocxDocument, styles: Styles, seed_report: Report) -> None:
    pairs = list(zip(seed_report.body, body_between(seed_doc), strict=True))
    seen = set()
    for block, paragraph in pairs:
        style = styles.effective(paragraph)
        runs = styles.runs(paragraph)
        text = text_of(paragraph)
        if block.role is Role.HEADING_1:
            assert text == text.upper()
            assert all(s.bold for _, s in runs), text
            assert style.keep_next, text
        elif block.role is Role.HEADING_2:
            assert re.match(r"^\d+\. \S", text)
            assert all(s.bold for _, s in runs), text
            assert style.keep_next, text
        elif block.role is Role.PARAGRAPH and block.label:
            # "1. Tiếp tục quán triệt …": an untitled section is an upright paragraph.
            assert text.startswith(f"{block.label} ")
            assert not any(s.bold or s.italic for _, s in runs), text
        else:
            continue
        seen.add((block.role, bool(block.label)))
    assert len(seen) == 3
    assert text_of(body_between(seed_doc)[2]) == "I. ĐẶC ĐIỂM TÌNH HÌNH"


# --- 3. rules: paragraph borders of the prescribed length ----------------------------


def test_no_underscore_rules(seed_bytes: bytes) -> None:
    for name, data in zip_parts(seed_bytes).items():
        if name.endswith(".xml"):
            for text in run_texts(strict_parse(data)):
                assert "__" not in text, name


def test_rules_are_bottom_borders(
    seed_doc: DocxDocument, styles: Styles, seed_report: Report
) -> None:
    ruled = [p for p in seed_doc.element.body.iter(w("p")) if styles.effective(p).borders["bottom"]]
    # Under the issuer, under the motto and under the subject; nothing else is ruled.
    assert len(ruled) == 3
    for paragraph in ruled:
        assert text_of(paragraph) == ""
        border = styles.effective(paragraph).borders["bottom"]
        assert border is not None
        assert border.value == "single"
    header = header_table(seed_doc)
    issuer_cell, motto_cell = cells(header)[0]
    assert ruled[0] in paragraphs(issuer_cell)
    assert ruled[1] in paragraphs(motto_cell)
    assert ruled[2].getparent() is seed_doc.element.body
    assert text_of(ruled[2].getprevious()) == seed_report.subject


def printed_width(text: str, style: Effective, available: float) -> float:
    """The width of the widest line of ``text`` once wrapped word by word into
    ``available`` twips, as Word wraps a paragraph: what a reader sees as "the text"."""
    widest = 0.0
    line = ""
    for word in text.split(" "):
        candidate = f"{line} {word}" if line else word
        if line and width_twips(candidate, style) > available:
            widest = max(widest, width_twips(line, style))
            line = word
        else:
            line = candidate
    return max(widest, min(width_twips(line, style), available))


def assert_issuer_rule(document: DocxDocument) -> None:
    """The rule under the issuer's name is 1/3–1/2 as long as the name (§3.2)."""
    styles = Styles.of(document)
    header = header_table(document)
    cell = cells(header)[0][0]
    available = cell_text_width(styles, header, cell)
    issuer = [p for p in paragraphs(cell) if text_of(p) and styles.effective(p).bold]
    name_width = max(
        printed_width(
            text_of(p),
            styles.effective(p),
            available - styles.effective(p).left - styles.effective(p).right,
        )
        for p in issuer
    )
    rule = rule_after(paragraphs(cell), text_of(issuer[-1]))
    style = styles.effective(rule)
    assert style.borders["bottom"] is not None
    assert text_of(rule) == ""
    length = available - style.left - style.right
    assert name_width / 3 <= length <= name_width / 2, (length, name_width)
    assert abs(style.left - style.right) <= 1  # centred


def assert_motto_rule(document: DocxDocument) -> None:
    """The rule under the motto is as long as the motto (§3.1)."""
    styles = Styles.of(document)
    header = header_table(document)
    cell = cells(header)[0][1]
    motto = find(document, "Độc lập - Tự do - Hạnh phúc")
    motto_width = width_twips(text_of(motto), styles.effective(motto))
    rule = rule_after(paragraphs(cell), text_of(motto))
    style = styles.effective(rule)
    assert style.borders["bottom"] is not None
    length = cell_text_width(styles, header, cell) - style.left - style.right
    assert abs(length - motto_width) <= 0.1 * motto_width, (length, motto_width)
    assert abs(style.left - style.right) <= 1


def assert_subject_rule(document: DocxDocument, subject: str) -> None:
    """The rule under the subject is 1/3–1/2 as long as its (widest) line (§3.5)."""
    styles = Styles.of(document)
    paragraph = find(document, subject)
    text_area = page_text_width(document)
    subject_width = printed_width(subject, styles.effective(paragraph), text_area)
    rule = rule_after(body_children(document), subject)
    style = styles.effective(rule)
    assert style.borders["bottom"] is not None
    length = text_area - style.left - style.right
    assert subject_width / 3 <= length <= subject_width / 2, (length, subject_width)
    assert abs(style.left - style.right) <= 1


@pytest.mark.parametrize("margins", [None, WIDER], ids=["default", "25-25-35-20"])
@pytest.mark.parametrize(
    "subject",
    [
        "Kết quả công tác tháng 01 năm 2021",
        "Kết quả thực hiện công tác dân vận chính quyền 6 tháng đầu năm, nhiệm vụ trọng "
        "tâm 6 tháng cuối năm 2021",
    ],
    ids=["short-subject", "wrapped-subject"],
)
def test_rule_lengths(margins: Margins | None, subject: str) -> None:
    document = open_docx(report(subject=subject).render(margins=margins))
    assert_issuer_rule(document)
    assert_motto_rule(document)
    assert_subject_rule(document, subject)


@pytest.mark.parametrize(
    "issuer",
    [
        SO_NOI_VU,
        Agency(
            name="Trung tâm Phát triển quỹ đất huyện Tuần Giáo",
            abbreviation="TTPTQĐ",
            place="Tuần Giáo",
        ),
        Agency(
            name="Ban Quản lý dự án đầu tư xây dựng các công trình dân dụng và công nghiệp tỉnh Điện Biên",
            abbreviation="BQLDA",
            place="Điện Biên",
        ),
    ],
    ids=["short", "wraps-once", "wraps-twice"],
)
def test_issuer_rule_of_any_name(issuer: Agency) -> None:
    # A long name wraps in the narrow header column; the rule follows the printed lines,
    # as the subject's rule does, not the length the name would have on one line.
    assert_issuer_rule(open_docx(report(issuer=issuer).render()))


# --- 4. page setup --------------------------------------------------------------------


def _page(document: DocxDocument) -> tuple[dict[str, int], dict[str, int]]:
    section = section_properties(document)
    size, margins = section.find(w("pgSz")), section.find(w("pgMar"))
    assert size is not None
    assert margins is not None
    return (
        {key: int(size.get(w(key), "0")) for key in ("w", "h")}
        | {"landscape": size.get(w("orient")) == "landscape"},
        {side: int(margins.get(w(side), "0")) for side in ("top", "bottom", "left", "right")},
    )


def test_page_is_a4_portrait_with_the_default_margins(seed_doc: DocxDocument) -> None:
    size, margins = _page(seed_doc)
    assert (size["w"], size["h"]) == A4
    assert not size["landscape"]
    expected = {"top": 20, "bottom": 20, "left": 30, "right": 15}
    for side, millimetres in expected.items():
        assert abs(margins[side] - millimetres * TWIPS_PER_MM) <= 1, side


def test_custom_margins_move_the_page_and_shrink_the_layout_tables(
    seed_report: Report, seed_doc: DocxDocument
) -> None:
    document = open_docx(seed_report.render(margins=WIDER))
    size, margins = _page(document)
    assert (size["w"], size["h"]) == A4
    for side in ("top", "bottom", "left", "right"):
        assert abs(margins[side] - getattr(WIDER, side) * TWIPS_PER_MM) <= 1, side
    text_area = page_text_width(document)
    assert text_area == A4[0] - margins["left"] - margins["right"]
    for before, after in zip(seed_doc.tables, document.tables, strict=True):
        old, new = before._tbl, after._tbl
        assert table_width(new) < table_width(old)
        assert abs(sum(grid(new)) - table_width(new)) <= 2
        for row in cells(new):
            assert [cell_width(cell) for cell in row] == grid(new)
        # Inside the new text area (the header may start in the left margin, as the
        # decree's samples do with an indent of −0.35 cm).
        assert table_indent(new) + table_width(new) <= text_area + 2
    assert abs(table_width(signature_table(document)) - text_area) <= 2


@pytest.mark.parametrize(
    ("side", "value"),
    [
        ("top", 19),
        ("top", 26),
        ("bottom", 30),
        ("left", 29.5),
        ("left", 36),
        ("right", 10),
        ("right", 21),
    ],
)
def test_margins_outside_the_decree_are_refused(side: str, value: float) -> None:
    with pytest.raises(FieldError, match=rf"^Margins\.{side}: "):
        Margins(**{side: value})


# --- 5. fonts and colour --------------------------------------------------------------

STORIES = re.compile(r"^word/(document|header\d*|footer\d*)\.xml$")


def test_times_new_roman_on_all_four_slots(seed_bytes: bytes, seed_doc: DocxDocument) -> None:
    styles_part = strict_parse(zip_parts(seed_bytes)["word/styles.xml"])
    defaults = styles_part.find(f"{w('docDefaults')}/{w('rPrDefault')}/{w('rPr')}/{w('rFonts')}")
    assert defaults is not None
    assert {slot: defaults.get(w(slot)) for slot in FONT_SLOTS} == dict.fromkeys(
        FONT_SLOTS, "Times New Roman"
    )
    for fonts in styles_part.iter(w("rFonts")):
        assert {slot: fonts.get(w(slot)) for slot in FONT_SLOTS} == dict.fromkeys(
            FONT_SLOTS, "Times New Roman"
        )
    # And as printed: every run with text, in the body, the headers and the footers.
    styles = Styles.of(seed_doc)
    for name, data in zip_parts(seed_bytes).items():
        if STORIES.match(name):
            for paragraph in strict_parse(data).iter(w("p")):
                for text, style in styles.runs(paragraph):
                    assert style.fonts == dict.fromkeys(FONT_SLOTS, "Times New Roman"), text


def test_no_theme_fonts_and_no_theme_part(seed_bytes: bytes) -> None:
    parts = zip_parts(seed_bytes)
    for name, data in parts.items():
        if name.endswith(".xml"):
            for element in strict_parse(data).iter():
                for attribute in element.attrib:
                    local = etree.QName(attribute).localname
                    assert not local.lower().endswith("theme"), (name, local)
    assert not [name for name in parts if "theme" in name.lower()]
    assert b"theme" not in parts["[Content_Types].xml"].lower()
    for name, data in parts.items():
        if name.endswith(".rels"):
            assert b"/theme" not in data, name


def test_text_is_black(seed_bytes: bytes, seed_doc: DocxDocument) -> None:
    for name, data in zip_parts(seed_bytes).items():
        if name == "word/styles.xml" or STORIES.match(name):
            for color in strict_parse(data).iter(w("color")):
                assert color.get(w("val")) == "000000", name
    styles = Styles.of(seed_doc)
    for paragraph in seed_doc.element.body.iter(w("p")):
        for text, style in styles.runs(paragraph):
            assert style.color in (None, "000000"), text


# --- 6. header and footer -------------------------------------------------------------


def _fields(element: etree._Element) -> list[str]:
    instructions = [node.text or "" for node in element.iter(w("instrText"))]
    instructions += [node.get(w("instr"), "") for node in element.iter(w("fldSimple"))]
    return [instruction.split()[0] for instruction in instructions if instruction.strip()]


def test_page_number_from_page_two(seed_doc: DocxDocument, styles: Styles) -> None:
    section = seed_doc.sections[0]
    assert section.different_first_page_header_footer
    assert section_properties(seed_doc).find(w("titlePg")) is not None
    header = section.header._element
    assert _fields(header) == ["PAGE"]
    if list(header.iter(w("instrText"))):
        kinds = [node.get(w("fldCharType")) for node in header.iter(w("fldChar"))]
        assert kinds[0] == "begin"
        assert kinds[-1] == "end"
    (number,) = [p for p in header.iter(w("p")) if _fields(p)]
    style = styles.effective(number)
    assert style.alignment == "center"
    assert 13 <= style.size <= 14
    assert not style.bold
    assert not style.italic
    first = section.first_page_header._element
    assert _fields(first) == []
    assert not list(first.iter(w("fldChar")))
    assert text_of(first) == ""


def test_contact_on_the_first_page_footer_only() -> None:
    contact = Contact(address="Khối 20, thị trấn Tuần Giáo", phone="0215 3862 111")
    document = open_docx(report(contact=contact).render())
    section = document.sections[0]
    first = [p.text for p in section.first_page_footer.paragraphs if p.text]
    assert first == ["Địa chỉ: Khối 20, thị trấn Tuần Giáo; ĐT: 0215 3862 111"]
    assert not [p.text for p in section.footer.paragraphs if p.text]
    styles = Styles.of(document)
    (line,) = [p for p in section.first_page_footer._element.iter(w("p")) if text_of(p)]
    style = styles.effective(line)
    assert 11 <= style.size <= 12
    assert not style.bold
    assert style.borders["top"] is not None  # under a full-width rule
    assert style.left == style.right == 0


def test_no_contact_leaves_the_footers_empty(seed_doc: DocxDocument) -> None:
    section = seed_doc.sections[0]
    assert not [p.text for p in section.first_page_footer.paragraphs if p.text]
    assert not [p.text for p in section.footer.paragraphs if p.text]


# --- 7. Nơi nhận and the signature ----------------------------------------------------


def test_recipients_and_signature_table(seed_doc: DocxDocument, styles: Styles) -> None:
    table = signature_table(seed_doc)
    assert len(seed_doc.tables) == 2
    assert len(grid(table)) == 2
    assert set(styles.table_borders(table).values()) <= {"nil", "none"}
    rows = list(table.iter(w("tr")))
    assert len(rows) == 1
    assert rows[0].find(f"{w('trPr')}/{w('cantSplit')}") is not None
    left, right = cells(table)[0]

    assert texts(left) == ["Nơi nhận:", "- Ban Dân vận Huyện ủy;", "- Lưu: VT, NV."]
    heading, *items = (p for p in paragraphs(left) if text_of(p))
    style = styles.effective(heading)
    assert style.size == 12
    assert style.bold
    assert style.italic
    assert style.alignment in ("left", "start", "both")
    assert style.first_line == style.left == 0
    for item in items:
        style = styles.effective(item)
        assert style.size == 11, text_of(item)
        assert not style.bold
        assert not style.italic
        assert style.first_line == style.left == 0

    assert texts(right) == ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Phạm Thị Tuyên"]
    *titles, name = (p for p in paragraphs(right) if text_of(p))
    for title in titles:
        style = styles.effective(title)
        assert text_of(title) == text_of(title).upper()
        assert 13 <= style.size <= 14
        assert style.bold
        assert style.alignment == "center"
    style = styles.effective(name)
    assert text_of(name) != text_of(name).upper()
    assert style.bold
    assert not style.caps
    assert 13 <= style.size <= 14
    assert style.alignment == "center"
    assert style.spacing_before >= 36 * TWIPS_PER_POINT  # room to sign: 3 lines or more


def test_last_body_paragraph_moves_with_the_signature(
    seed_doc: DocxDocument, styles: Styles
) -> None:
    last = body_between(seed_doc)[-1]
    assert last.getnext() is signature_table(seed_doc)
    assert styles.effective(last).keep_next
    # The rest of the block keeps together too: every paragraph of the signature table
    # except the very last one keeps with the next.
    left, right = cells(signature_table(seed_doc))[0]
    for cell in (left, right):
        for paragraph in paragraphs(cell)[:-1]:
            assert styles.effective(paragraph).keep_next, text_of(paragraph)


# --- 8. marks and addressees ----------------------------------------------------------

MARKED = {"secrecy": Secrecy.SECRET, "urgency": Urgency.FLASH, "circulation": "Lưu hành nội bộ"}


def test_marks_are_boxed_bold_capitals() -> None:
    document = open_docx(report(**MARKED).render())
    styles = Styles.of(document)
    for text in ("MẬT", "HỎA TỐC", "LƯU HÀNH NỘI BỘ"):
        paragraph = find(document, text)
        style = styles.effective(paragraph)
        assert all(style.borders[side] for side in ("top", "left", "bottom", "right")), text
        assert style.bold, text
        assert 13 <= style.size <= 14, text
        assert text == text.upper()
    # ô 10a and 10b under the number, in that order; ô 11 above the header.
    number_cell = cells(header_table(document))[1][0]
    assert texts(number_cell) == ["Số: 05/BC-UBND", "MẬT", "HỎA TỐC"]
    children = body_children(document)
    assert text_of(children[0]) == "LƯU HÀNH NỘI BỘ"
    assert children[1] is header_table(document)


@pytest.mark.parametrize(
    ("urgency", "millimetres"),
    [(Urgency.FLASH, 30), (Urgency.URGENT, 20), (Urgency.VERY_URGENT, 40)],
)
def test_urgency_box_width(urgency: Urgency, millimetres: int) -> None:
    document = open_docx(report(urgency=urgency).render())
    styles = Styles.of(document)
    table = header_table(document)
    number_cell = cells(table)[1][0]
    stamp = find(document, urgency.stamp)
    assert stamp in paragraphs(number_cell)
    style = styles.effective(stamp)
    text_area = cell_text_width(styles, table, number_cell) - style.left - style.right
    # Word draws the left and right borders w:space points outside the text area.
    left, right = style.borders["left"], style.borders["right"]
    assert left is not None
    assert right is not None
    box = text_area + (left.space + right.space) * 20
    assert abs(box / TWIPS_PER_MM - millimetres) <= 1


def test_without_marks_there_are_no_stamps(seed_doc: DocxDocument, styles: Styles) -> None:
    text = [text_of(p) for p in seed_doc.element.body.iter(w("p"))]
    for stamp in ("MẬT", "HỎA TỐC", "LƯU HÀNH NỘI BỘ"):
        assert stamp not in text
    boxed = [
        p
        for p in seed_doc.element.body.iter(w("p"))
        if all(styles.effective(p).borders[side] for side in ("top", "left", "bottom", "right"))
    ]
    assert boxed == []
    for style in ("VNStamp", "VNCirculation"):
        assert paragraphs_with_style(seed_doc.element.body, style) == []


def test_addressees_follow_the_subject() -> None:
    document = open_docx(report(addressees=["Sở Nội vụ", "Ban Dân vận Tỉnh ủy"]).render())
    styles = Styles.of(document)
    children = body_children(document)
    rule = rule_after(children, "Kết quả công tác tháng 01 năm 2021")
    after = [text_of(p) for p in children[children.index(rule) + 1 :][:4]]
    assert after == ["Kính gửi:", "- Sở Nội vụ;", "- Ban Dân vận Tỉnh ủy.", "I. KẾT QUẢ"]
    heading = find(document, "Kính gửi:")
    items = [find(document, "- Sở Nội vụ;"), find(document, "- Ban Dân vận Tỉnh ủy.")]
    for paragraph in (heading, *items):
        style = styles.effective(paragraph)
        assert 13 <= style.size <= 14
        assert not style.bold
        assert not style.italic
    # The dashes line up under the text after "Kính gửi:" (Mẫu 1.5), right of centre.
    assert styles.effective(items[0]).left == styles.effective(items[1]).left
    assert styles.effective(items[0]).left > styles.effective(heading).left
    # A long addressee wraps under its text, not under its dash: a hanging indent as wide
    # as "- " (the dash itself stays under the end of "Kính gửi:", within a few points).
    (item_style,) = [
        s for s in styles.chain(style_id(items[0])) if s.get(w("styleId")) == "VNAddresseeItem"
    ]
    hanging = int(item_style.find(f"{w('pPr')}/{w('ind')}").get(w("hanging")))
    dash = text_width("- ", 14) * TWIPS_PER_POINT
    assert abs(hanging - dash) <= 10
    label_end = styles.effective(heading).left + text_width("Kính gửi:", 14) * TWIPS_PER_POINT
    assert abs(styles.effective(items[0]).left - hanging - label_end) <= 120
    recipients = texts(cells(signature_table(document))[0][0])
    assert recipients[:2] == ["Nơi nhận:", "- Như trên;"]


def test_one_addressee_on_the_same_line() -> None:
    document = open_docx(report(addressees=["Sở Nội vụ tỉnh Điện Biên"]).render())
    assert text_of(find(document, "Kính gửi: Sở Nội vụ tỉnh Điện Biên"))


# --- 9. tables in the body ------------------------------------------------------------


@pytest.mark.parametrize("margins", [None, WIDER], ids=["default", "25-25-35-20"])
def test_body_table(margins: Margins | None) -> None:
    value = report(
        sections=[Section(title="Kết quả", content=["Kinh phí như sau:", BUDGET, "Đã chi đủ."])]
    )
    document = open_docx(value.render(margins=margins))
    styles = Styles.of(document)
    assert len(document.tables) == 3
    table = document.tables[1]._tbl
    assert table.getparent() is document.element.body

    title = table.getprevious()
    assert text_of(title) == "Bảng 1. Kinh phí thực hiện"
    style = styles.effective(title)
    assert style.bold
    assert style.alignment == "center"
    assert style.keep_next

    assert set(styles.table_borders(table).values()) == {"single"}
    rows = list(table.iter(w("tr")))
    assert [row.find(f"{w('trPr')}/{w('tblHeader')}") is not None for row in rows] == [
        True,
        False,
        False,
        False,
    ]
    printed = [[text_of(cell) for cell in row] for row in cells(table)]
    assert printed == [
        ["STT", "Nội dung", "Số tiền (đồng)"],
        ["1", "Tiếp dân định kỳ", "1.250.000"],
        ["2", "Đối thoại với nhân dân", "750.000"],
        ["", "Tổng cộng", "2.000.000"],
    ]
    for row in cells(table)[1:]:
        for column, cell in enumerate(row):
            text = text_of(cell)
            if column == 0 and text:
                # The row numbers of an "STT" column are centred, by convention.
                assert styles.effective(cell.find(w("p"))).alignment == "center", text
            elif re.fullmatch(r"\d{1,3}(\.\d{3})*", text):
                assert styles.effective(cell.find(w("p"))).alignment == "right", text
            elif text:
                assert styles.effective(cell.find(w("p"))).alignment != "right", text
    for cell in cells(table)[-1]:
        for text, run_style in styles.runs(cell.find(w("p"))):
            assert run_style.bold, text
    for cell in cells(table)[1]:
        for text, run_style in styles.runs(cell.find(w("p"))):
            assert not run_style.bold, text

    text_area = page_text_width(document)
    assert sum(grid(table)) == text_area
    assert table_width(table) == text_area
    for row in cells(table):
        assert [cell_width(cell) for cell in row] == grid(table)
    assert text_of(table.getnext()) == "Đã chi đủ./."


# --- 10. core properties and determinism ----------------------------------------------


def test_core_properties(seed_doc: DocxDocument, seed_report: Report, seed_bytes: bytes) -> None:
    properties = seed_doc.core_properties
    assert properties.title == seed_report.subject
    assert properties.author == "Ủy ban nhân dân huyện Tuần Giáo"
    draft_day = datetime.datetime(2021, 6, 1, tzinfo=datetime.timezone.utc)
    assert properties.created == draft_day
    assert properties.modified == draft_day
    core = zip_parts(seed_bytes)["docProps/core.xml"]
    assert b"2020-03-05" not in core  # the template's own date
    assert b"vnreport" not in core


def test_core_properties_of_a_dated_report() -> None:
    properties = open_docx(report(date="2021-02-05").render()).core_properties
    day = datetime.datetime(2021, 2, 5, tzinfo=datetime.timezone.utc)
    assert properties.created == day
    assert properties.modified == day
    assert properties.title == "Kết quả công tác tháng 01 năm 2021"


def test_renders_are_byte_identical(seed_bytes: bytes) -> None:
    again = load_example("tuan_giao_2021").build_report().render()
    assert again == seed_bytes
    with zipfile.ZipFile(io.BytesIO(seed_bytes)) as archive:
        infos = archive.infolist()
    assert infos
    for info in infos:
        assert info.date_time == (1980, 1, 1, 0, 0, 0), info.filename


def test_a_changed_report_changes_the_bytes(seed_report: Report, seed_bytes: bytes) -> None:
    registered = attrs.evolve(seed_report, number=23, date="2021-06-18")
    assert registered.render() != seed_bytes
    assert attrs.evolve(seed_report, subject=seed_report.subject + " (sửa)").render() != seed_bytes
    assert seed_report.render(margins=WIDER) != seed_bytes
