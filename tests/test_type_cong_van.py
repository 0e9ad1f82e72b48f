"""The công văn (OfficialLetter, Phụ lục III, Mẫu 1.5): what makes it a công văn.

No type name and no subject under the header; "V/v …" under the number, in its cell,
12 pt upright and centred, 6 pt below it; "Số: 1035/UBND-NV" without a type code;
"Kính gửi:" with one addressee on its line or several as a dash list; points numbered
1., 2. and a); "Như trên" first in Nơi nhận. The refusals of the model, the data file and
the command line; the checker on our own output, on hand-typed công văn in the shape of
Mẫu 1.5 (and of real ones), and on single deviations from either.
"""

from __future__ import annotations

import re
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from lxml import etree

import handmade
from conftest import ROOT, load_example
from docx_helpers import Styles, all_paragraphs, body_children, open_docx, style_id, text_of, w
from mutations import Docx, set_run_property, text_runs
from strategies import agencies, bullets, dates, sections, signatures, tables, texts
from vnreport import (
    Agency,
    Appendix,
    Contact,
    DrafterMark,
    FieldError,
    OfficialLetter,
    Recipients,
    Report,
    Secrecy,
    Section,
    Severity,
    Signature,
    Urgency,
    check,
)
from vnreport.cli.main import main
from vnreport.conformance import Findings, inspect
from vnreport.exchange import DataError, dumps, load, loads
from vnreport.formatting.text import in_capitals
from vnreport.pipeline import lay_out
from vnreport.rules import ND30, Component
from vnreport.rules.doctypes import DocumentType
from vnreport.types import REGISTRY, entry_for, entry_named

EXAMPLE_YAML = ROOT / "examples" / "cong-van-tuan-giao.yaml"
KEPT_TOGETHER = "signature.kept-together"
STARTER = entry_named("cong-van").starter

TUAN_GIAO = Agency(name="Ủy ban nhân dân huyện Tuần Giáo", abbreviation="UBND", place="Tuần Giáo")
SIGNATURE = Signature(
    authority=["TM. Ủy ban nhân dân", "KT. Chủ tịch"], title="Phó Chủ tịch", name="Phạm Thị Tuyên"
)


def letter(**changes: object) -> OfficialLetter:
    """A small công văn sent up to the province; ``changes`` replace its fields."""
    fields: dict[str, object] = {
        "issuer": TUAN_GIAO,
        "number": 12,
        "symbol_unit": "VP",
        "date": "2021-07-05",
        "subject": "báo cáo kết quả thực hiện nhiệm vụ 6 tháng đầu năm 2021",
        "addressees": ["Ủy ban nhân dân tỉnh Điện Biên"],
        "content": [
            "Ủy ban nhân dân huyện Tuần Giáo gửi kèm Báo cáo số 112/BC-UBND ngày 02/7/2021.",
            "Kính đề nghị Ủy ban nhân dân tỉnh xem xét, tổng hợp.",
        ],
        "recipients": ["Lưu: VT, VP"],
        "signature": SIGNATURE,
    }
    fields.update(changes)
    return OfficialLetter(**fields)  # type: ignore[arg-type]


@pytest.fixture(scope="module")
def example() -> OfficialLetter:
    built = load_example("cong_van_tuan_giao").build_letter()
    assert isinstance(built, OfficialLetter)
    return built


@pytest.fixture(scope="module")
def example_docx(example: OfficialLetter) -> bytes:
    return example.render()


def printed_texts(data: bytes) -> list[str]:
    """The text of every paragraph of a .docx, those of tables included."""
    return [paragraph.text for paragraph in all_paragraphs(open_docx(data))]


def describe(findings: Findings) -> str:
    return "\n".join(str(finding) for finding in findings) or "(no finding)"


def assert_conforms(data: bytes) -> None:
    findings = check(data)
    assert findings == (), describe(findings)
    assert [item.rule for item in findings.not_evaluated] == [KEPT_TOGETHER]


# --- the model -----------------------------------------------------------------------------


def test_the_number_has_no_type_code() -> None:
    assert letter().number_line == "Số: 12/UBND-VP"
    assert letter(number=None).number_line == "Số:     /UBND-VP"
    assert letter().doc_type is DocumentType.OFFICIAL_LETTER


def test_the_subject_is_printed_after_v_v_once() -> None:
    assert letter().subject_line == "V/v báo cáo kết quả thực hiện nhiệm vụ 6 tháng đầu năm 2021"
    # A "V/v" typed before the subject (as clerks write the trích yếu) is not doubled.
    for typed in ("V/v báo cáo", "v/v báo cáo", "V/V: báo cáo", "  V/v - báo cáo"):
        typed_letter = letter(subject=typed)
        assert typed_letter.subject == "báo cáo", typed
        assert typed_letter.subject_line == "V/v báo cáo", typed
    # "V/vấn đề" is a word, not the prefix.
    assert letter(subject="vấn đề nước sạch").subject == "vấn đề nước sạch"


@pytest.mark.parametrize(
    ("changes", "field", "message"),
    [
        ({"addressees": []}, "OfficialLetter.addressees", r"a công văn is addressed \(Kính gửi"),
        ({"addressees": ["  "]}, "OfficialLetter.addressees[0]", "must not be empty"),
        (
            {"addressees": ["Kính gửi: Sở Nội vụ"]},
            "OfficialLetter.addressees[0]",
            "'Kính gửi:' is printed for you",
        ),
        ({"symbol_unit": None}, "OfficialLetter.symbol_unit", r"'Số: 12/UBND-VP'"),
        ({"symbol_unit": "vp"}, "OfficialLetter.symbol_unit", "write it in capitals"),
        ({"content": []}, "OfficialLetter.content", "has no content"),
        ({"content": [42]}, "OfficialLetter.content[0]", "must be a Paragraph, Bullet"),
        ({"subject": "V/v"}, "OfficialLetter.subject", "printed after 'V/v'"),
        ({"subject": "V/v V/v báo cáo"}, "OfficialLetter.subject", "'V/v' is printed once"),
        (
            {"subject": "BÁO CÁO KẾT QUẢ 6 THÁNG"},
            "OfficialLetter.subject",
            "written in lower case .*'báo cáo kết quả 6 tháng'",
        ),
        (
            {
                "content": [
                    Section(
                        title="Khoản",
                        content=[Section(title="Điểm", content=[Section(content=["Quá sâu."])])],
                    )
                ]
            },
            "OfficialLetter.content[0].content[0].content[0]",
            r"1\., 2\. and a\), b\) \(two levels of sections\)",
        ),
        (
            {"content": ["Nội dung có dấu kết thúc./.", "Đoạn sau."]},
            "content[0]",
            "marks the end of the body",
        ),
        (
            {"appendices": [Appendix(title="Biểu số liệu", content=["Chi tiết."])]},
            "OfficialLetter.appendices[0]",
            "never mentions 'Phụ lục'",
        ),
    ],
)
def test_refusals(changes: dict[str, object], field: str, message: str) -> None:
    with pytest.raises(FieldError) as caught:
        letter(**changes)
    assert caught.value.field == field
    assert re.search(message, caught.value.problem), caught.value.problem


def test_a_v_v_on_another_type_is_refused_and_points_to_the_công_văn() -> None:
    with pytest.raises(FieldError) as caught:
        Report(
            issuer=TUAN_GIAO,
            date="2021-06",
            subject="V/v báo cáo kết quả",
            sections=[Section(title="Kết quả", content=["Đã làm."])],
            signature=SIGNATURE,
        )
    assert caught.value.field == "Report.subject"
    assert caught.value.problem.startswith("'V/v' introduces the subject of a công văn only")
    assert "OfficialLetter (doc_type: cong-van)" in caught.value.problem


def test_the_addressees_and_the_recipients() -> None:
    assert letter().addressee_lines == ("Kính gửi: Ủy ban nhân dân tỉnh Điện Biên",)
    several = letter(addressees=["Sở Nội vụ;", "- Sở Tài chính"])
    assert several.addressee_lines == ("Kính gửi:", "- Sở Nội vụ;", "- Sở Tài chính.")
    assert letter().recipient_lines == ("- Như trên;", "- Lưu: VT, VP.")
    # "Như trên" typed by the author is not printed twice.
    typed = letter(recipients=["Như trên", "Thường trực Huyện ủy (b/c)", "Lưu: VT, VP"])
    assert typed.recipient_lines == (
        "- Như trên;",
        "- Thường trực Huyện ủy (b/c);",
        "- Lưu: VT, VP.",
    )


def test_points_are_numbered_as_khoản_and_điểm() -> None:
    numbered = letter(
        content=[
            "Ủy ban nhân dân huyện đề nghị:",
            Section(title="Nội dung báo cáo", content=["Các nội dung sau:"]),
            Section(
                content=[
                    "Thời gian gửi trước ngày 18/6/2021.",
                    Section(content=["Bản giấy gửi Phòng Nội vụ."]),
                    Section(content=["Bản điện tử gửi qua hệ thống."]),
                ]
            ),
            "Đề nghị các đơn vị thực hiện.",
        ]
    )
    assert [block.text for block in numbered.body] == [
        "Ủy ban nhân dân huyện đề nghị:",
        "1. Nội dung báo cáo",
        "Các nội dung sau:",
        "2. Thời gian gửi trước ngày 18/6/2021.",
        "a) Bản giấy gửi Phòng Nội vụ.",
        "b) Bản điện tử gửi qua hệ thống.",
        "Đề nghị các đơn vị thực hiện./.",
    ]


# --- the rendered page ---------------------------------------------------------------------


def _header_cells(document: object) -> list[list[etree._Element]]:
    # The first table of the body (a circulation note may stand above it).
    table = next(c for c in body_children(document) if c.tag == w("tbl"))  # type: ignore[arg-type]
    return [list(row.iter(w("tc"))) for row in table.iter(w("tr"))]


def test_no_type_name_and_the_v_v_under_the_number(example_docx: bytes) -> None:
    document = open_docx(example_docx)
    styles = Styles.of(document)
    assert "CÔNG VĂN" not in printed_texts(example_docx)
    every = list(document.element.body.iter(w("p")))
    assert not [p for p in every if style_id(p) in ("VNTypeName", "VNSubject") and text_of(p)]
    # Row 2, left cell: the number, then the V/v line; nothing else.
    number_cell = _header_cells(document)[1][0]
    lines = [p for p in number_cell.iter(w("p")) if text_of(p)]
    assert [text_of(p) for p in lines] == [
        "Số: 1035/UBND-NV",
        "V/v báo cáo kết quả thực hiện công tác dân vận chính quyền 6 tháng đầu năm 2021",
    ]
    vv = lines[1]
    assert style_id(vv) == "VNSubjectVV"
    printed = styles.effective(vv)
    assert (printed.size, printed.bold, printed.italic) == (12.0, False, False)
    assert printed.alignment == "center"
    assert printed.spacing_before == 120  # 6 pt under the number (Phụ lục I, II.5.b)
    form = ND30.form(Component.SUBJECT_VV)
    assert printed.size in form.sizes
    assert printed.size < ND30.form(Component.NUMBER).sizes.low
    # One paragraph: a long subject wraps in its cell rather than at a typed break.
    assert len(list(vv.iter(w("br")))) == 0
    number = styles.effective(lines[0])
    assert (number.size, number.bold) == (13.0, False)
    # The date on the right of the same row.
    date_cell = _header_cells(document)[1][1]
    assert [text_of(p) for p in date_cell.iter(w("p")) if text_of(p)] == [
        "Tuần Giáo, ngày 09 tháng 6 năm 2021"
    ]


def test_several_addressees_as_a_dash_list_under_kính_gửi(example_docx: bytes) -> None:
    document = open_docx(example_docx)
    styles = Styles.of(document)
    children = body_children(document)
    # Right after the header table, before the body.
    after_header = children[1:4]
    assert [text_of(p) for p in after_header] == [
        "Kính gửi:",
        "- Các cơ quan chuyên môn thuộc UBND huyện;",
        "- Ủy ban nhân dân các xã, thị trấn.",
    ]
    assert [style_id(p) for p in after_header] == [
        "VNAddressee",
        "VNAddresseeItem",
        "VNAddresseeItem",
    ]
    heading, *items = (styles.effective(p) for p in after_header)
    for printed in (heading, *items):
        assert printed.size in ND30.form(Component.ADDRESSEE).sizes
        assert (printed.bold, printed.italic) == (False, False)
    # Mẫu 1.5: "Kính gửi:" indented, its dashes further in, under the colon.
    assert heading.left > 0
    assert all(item.left > heading.left for item in items)
    assert text_of(children[4]).startswith("Thực hiện Công văn số 200-CV/HU ngày 07/6/2021")


def test_one_addressee_on_the_kính_gửi_line() -> None:
    document = open_docx(letter().render())
    addressed = [p for p in document.element.body.iter(w("p")) if text_of(p).startswith("Kính gửi")]
    assert [text_of(p) for p in addressed] == ["Kính gửi: Ủy ban nhân dân tỉnh Điện Biên"]
    assert style_id(addressed[0]) == "VNAddressee"
    assert not [p for p in document.element.body.iter(w("p")) if style_id(p) == "VNAddresseeItem"]


def test_the_body_and_the_foot(example_docx: bytes) -> None:
    document = open_docx(example_docx)
    styles = Styles.of(document)
    body = [p for p in body_children(document) if p.tag == w("p") and text_of(p)]
    headings = [p for p in body if style_id(p) == "Heading2"]
    assert [text_of(p) for p in headings] == ["1. Nội dung báo cáo", "2. Thời gian báo cáo"]
    for heading in headings:
        printed = styles.effective(heading)
        assert printed.bold
        assert not printed.italic
    assert not [p for p in body if style_id(p) == "Heading1"]  # no I., II. in a công văn
    assert text_of(body[-1]).endswith("thực hiện đảm bảo thời gian quy định./.")
    footer = body_children(document)[-2]
    assert footer.tag == w("tbl")
    left, right = list(footer.iter(w("tc")))
    assert [text_of(p) for p in left.iter(w("p")) if text_of(p)] == [
        "Nơi nhận:",
        "- Như trên;",
        "- Thường trực Huyện ủy (b/c);",
        "- Lãnh đạo UBND huyện;",
        "- Lưu: VT, NV.",
    ]
    assert [text_of(p) for p in right.iter(w("p")) if text_of(p)] == [
        "TM. ỦY BAN NHÂN DÂN",
        "KT. CHỦ TỊCH",
        "PHÓ CHỦ TỊCH",
        "Phạm Thị Tuyên",
    ]
    assert document.core_properties.title == (
        "báo cáo kết quả thực hiện công tác dân vận chính quyền 6 tháng đầu năm 2021"
    )
    assert document.core_properties.subject == "Công văn"


def test_an_appendix_is_tied_to_the_công_văn() -> None:
    with_appendix = letter(
        content=["Số liệu chi tiết tại Phụ lục kèm theo.", "Đề nghị tổng hợp."],
        appendices=[Appendix(title="Số liệu tiếp công dân", content=["Tiếp 99 lượt."])],
    )
    (page,) = lay_out(with_appendix).appendices
    assert page.note.text == (
        "(Kèm theo Công văn số 12/UBND-VP ngày 05 tháng 7 năm 2021 của Ủy ban nhân dân huyện "
        "Tuần Giáo)"
    )
    assert page.label.text == "Phụ lục"


def test_the_outline_shows_the_v_v_in_the_number_column(example: OfficialLetter) -> None:
    lines = example.outline().splitlines()
    number = next(index for index, line in enumerate(lines) if "Số: 1035/UBND-NV" in line)
    # Wrapped in the left column, under the number, before "Kính gửi:".
    vv = lines[number + 1 : number + 4]
    assert vv[0].strip().startswith("V/v báo cáo kết quả")
    assert all(len(line) < 50 for line in vv)
    assert " ".join(line.strip() for line in vv).endswith("6 tháng đầu năm 2021")
    assert not any(line.strip() == "CÔNG VĂN" for line in lines)


# --- examples, the data file, the command line --------------------------------------------


def test_the_example_conforms_and_its_yaml_is_the_same_document(
    example: OfficialLetter, example_docx: bytes
) -> None:
    assert_conforms(example_docx)
    from_yaml = load(EXAMPLE_YAML)
    assert from_yaml == example
    assert from_yaml.render() == example_docx


def test_the_example_script_writes_its_file(tmp_path: Path) -> None:
    target = tmp_path / "cv.docx"
    done = subprocess.run(
        [sys.executable, str(ROOT / "examples" / "cong_van_tuan_giao.py"), "-o", str(target)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert target.read_bytes() == load(EXAMPLE_YAML).render()


def test_the_registry_entry() -> None:
    entry = entry_named("cong-van")
    assert entry.model is OfficialLetter
    assert entry.sample == "Mẫu 1.5"
    assert entry_for(letter()) is entry
    assert sum(1 for item in REGISTRY if item.model.DOC_TYPE is DocumentType.OFFICIAL_LETTER) == 1
    assert set(entry.terms) == {"subject", "addressees", "content"}


def test_the_data_file_round_trip(example: OfficialLetter) -> None:
    for format_ in ("yaml", "json", "toml"):
        assert loads(dumps(example, format=format_), format=format_) == example, format_


def test_a_data_file_without_addressees_is_refused_with_the_line() -> None:
    text = re.sub(r"addressees:\n  - .*\n  # .*\n", "", STARTER)
    assert "addressees" not in text.split("content:")[0].replace("# Kính gửi", "")
    with pytest.raises(DataError) as caught:
        loads(text, format="yaml")
    messages = [str(problem) for problem in caught.value.problems]
    assert any("addressees: a công văn is addressed" in message for message in messages), messages


def test_a_v_v_typed_in_the_data_file_is_not_doubled() -> None:
    text = STARTER.replace("subject: báo cáo", "subject: V/v báo cáo")
    assert loads(text, format="yaml") == loads(STARTER, format="yaml")


def test_vnreport_new_and_render(tmp_path: Path) -> None:
    path = tmp_path / "cong-van.yaml"
    assert main(["new", "cong-van", "-o", str(path)]) == 0
    assert path.read_text(encoding="utf-8") == STARTER
    assert main(["validate", str(path)]) == 0
    assert main(["render", str(path)]) == 0
    data = (tmp_path / "cong-van.docx").read_bytes()
    assert_conforms(data)
    texts_ = printed_texts(data)
    assert "Kính gửi: Ủy ban nhân dân tỉnh Điện Biên" in texts_
    assert "V/v báo cáo kết quả thực hiện nhiệm vụ 6 tháng đầu năm 2021" in texts_
    assert "- Như trên;" in texts_


def test_the_json_schema_describes_the_công_văn() -> None:
    from vnreport.exchange.schema import json_schema

    schema = json_schema()["$defs"]["OfficialLetter"]
    assert schema["properties"]["doc_type"] == {
        "const": "cong-van",
        "description": schema["properties"]["doc_type"]["description"],
    }
    assert {"subject", "addressees", "content", "symbol_unit"} <= set(schema["properties"])
    assert schema["additionalProperties"] is False


_UNITS = st.sampled_from(["VP", "NV", "TCKH"])
_PLAIN = texts().filter(lambda text: not re.match(r"\s*(v/v|kính gửi)", text, re.IGNORECASE))


@st.composite
def letters(draw: st.DrawFn) -> OfficialLetter:
    kinds = st.sampled_from(["paragraph", "bullet", "table", "section"])
    content: list[object] = [draw(texts())]
    for kind in draw(st.lists(kinds, max_size=4)):
        content.append(
            draw(
                {
                    "paragraph": texts(),
                    "bullet": bullets(),
                    "table": tables(),
                    "section": sections(depth=2),
                }[kind]
            )
        )
    return OfficialLetter(
        issuer=draw(agencies()),
        number=draw(st.none() | st.integers(min_value=1, max_value=9999)),
        symbol_unit=draw(_UNITS),
        date=draw(dates()),
        subject=draw(_PLAIN.filter(lambda text: not in_capitals(text))),
        addressees=draw(st.lists(_PLAIN, min_size=1, max_size=3)),
        content=content,
        recipients=Recipients(items=draw(st.lists(texts(max_words=5), max_size=2))),
        signature=draw(signatures()),
    )


@settings(
    max_examples=min(60, settings.default.max_examples),
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow],
)
@given(drawn=letters())
def test_every_valid_letter_renders(drawn: OfficialLetter) -> None:
    data = drawn.render()  # strict: an error of the self-check fails the test
    assert drawn.subject_line in printed_texts(data)
    assert loads(dumps(drawn), format="yaml").render() == data


# --- the checker on a công văn typed by hand ------------------------------------------------


def typed_letter(
    *,
    vv: str | None = "cell",
    vv_size: float = 12,
    vv_bold: bool = False,
    number: str = "Số: 12/UBND-VP",
    addressees: tuple[str, ...] | None = ("Kính gửi: Ủy ban nhân dân tỉnh Điện Biên.",),
    type_name: str | None = None,
) -> bytes:
    """A công văn typed in Word in the shape of Mẫu 1.5: one header row, the issuer, its
    rule, the number and "V/v …" in the left cell; Quốc hiệu, Tiêu ngữ, rule and date in
    the right one; "Kính gửi:" indented; the body; Nơi nhận beside the signature.

    ``vv``: where the V/v line is typed — "cell" (Mẫu 1.5), "row" (a row of its own in
    the left column, as many offices type it), "body" (under the header, centred),
    "right" (in the date's cell) or ``None``. ``type_name``: a type name typed under the
    header (a báo cáo wrongly given a V/v line)."""
    clerk = handmade.Clerk(font=None)
    clerk.page(margins=(20, 20, 30, 15))
    clerk.careful_fonts()
    widths = handmade.HEADER_COLUMNS
    rows = 2 if vv == "row" else 1
    table = handmade.borderless_table(clerk, rows, widths, indent=handmade.HEADER_INDENT)
    left, right = table.cell(0, 0), table.cell(0, 1)
    left_text, right_text = (width - 2 * handmade.CELL_MARGIN for width in widths)
    issuer = ("ỦY BAN NHÂN DÂN", "HUYỆN TUẦN GIÁO")
    for line in issuer:
        clerk.line(left, line, size=12, bold=True, align="center")
    clerk.rule(left, handmade.third_rule_length(issuer, left_text, 12), left_text)
    clerk.line(left, number, size=13, align="center", before=6)
    subject = "V/v báo cáo kết quả thực hiện nhiệm vụ 6 tháng đầu năm 2021"
    where = {"cell": left, "right": right, "row": table.cell(1, 0) if rows == 2 else None}
    clerk.line(right, handmade.NATIONAL, size=12, bold=True, align="center")
    clerk.line(right, handmade.MOTTO, size=13, bold=True, align="center")
    clerk.rule(right, handmade.motto_rule_length(), right_text)
    date = "Tuần Giáo, ngày 05 tháng 7 năm 2021"
    clerk.line(right, date, size=13, italic=True, align="center", before=6)
    if vv in where:
        clerk.line(where[vv], subject, size=vv_size, bold=vv_bold, align="center", before=6)
    if vv == "body":
        clerk.line(clerk.document, subject, size=vv_size, bold=vv_bold, align="center", before=6)
    if type_name is not None:
        clerk.line(clerk.document, type_name, size=14, bold=True, align="center", before=12)
        clerk.line(clerk.document, "Kết quả thực hiện nhiệm vụ", size=14, bold=True, align="center")
        clerk.rule(clerk.document, 1800, handmade.TEXT_WIDTH)
    for position, text in enumerate(addressees or ()):
        left_indent = 1985 if position == 0 else 2977
        clerk.line(
            clerk.document, text, size=14, left=left_indent, before=12 if not position else 0
        )
    clerk.body(
        "Thực hiện Công văn số 1520/UBND-TH ngày 20/5/2021 của Ủy ban nhân dân tỉnh Điện Biên, "
        "Ủy ban nhân dân huyện Tuần Giáo gửi kèm theo Công văn này Báo cáo số 112/BC-UBND ngày "
        "02/7/2021 về kết quả thực hiện nhiệm vụ 6 tháng đầu năm 2021."
    )
    clerk.body(
        "Ủy ban nhân dân huyện Tuần Giáo kính đề nghị Ủy ban nhân dân tỉnh xem xét, tổng hợp./.",
        keep_next=True,
    )
    footer = handmade.borderless_table(clerk, 1, handmade.FOOTER_COLUMNS)
    handmade.cant_split(footer)
    recipients, signature = footer.cell(0, 0), footer.cell(0, 1)
    clerk.line(recipients, "Nơi nhận:", size=12, bold=True, italic=True, align="left", before=12)
    for item in ("- Như trên;", "- Thường trực Huyện ủy (b/c);", "- Lưu: VT, VP."):
        clerk.line(recipients, item, size=11, align="left")
    for position, line in enumerate(("TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH")):
        clerk.line(signature, line, size=14, bold=True, align="center", before=12 * (not position))
    for _ in range(3):
        clerk.line(signature, "", size=14, align="center")
    clerk.line(signature, "Phạm Thị Tuyên", size=14, bold=True, align="center")
    clerk.page_numbers()
    return clerk.save()


SEVERAL = (
    "Kính gửi:",
    "- Ủy ban nhân dân tỉnh Điện Biên;",
    "- Sở Nội vụ tỉnh Điện Biên.",
)


@pytest.mark.parametrize(
    "options",
    [{}, {"vv": "row"}, {"addressees": SEVERAL}, {"vv_size": 13}, {"number": "Số:      /UBND-VP"}],
    ids=["mau-1.5", "vv-in-its-own-row", "several-addressees", "vv-13pt", "draft"],
)
def test_a_typed_công_văn_is_recognised_and_conforms(options: dict[str, object]) -> None:
    data = typed_letter(**options)  # type: ignore[arg-type]
    anatomy = inspect(data).anatomy
    assert anatomy.doc_type is DocumentType.OFFICIAL_LETTER
    assert anatomy.type_name is None
    assert anatomy.subject_vv is not None
    assert anatomy.subject_vv.text.startswith("V/v báo cáo kết quả")
    assert anatomy.addressees
    assert anatomy.addressees[0].text.startswith("Kính gửi:")
    assert_conforms(data)


Expected = tuple[str, str, str]  # rule, what the finding says was found, what it expects


@pytest.mark.parametrize(
    ("options", "expected"),
    [
        ({"vv_bold": True}, ("subject.vv", "bold", "not bold")),
        ({"vv_size": 14}, ("subject.vv", "14 pt", "12–13 pt")),
        ({"vv": "body"}, ("subject.vv", "the 'V/v' line in the body", "under the number")),
        ({"vv": "right"}, ("subject.vv", "the 'V/v' line in another column", "under the number")),
        ({"vv": None}, ("subject.vv", "no 'V/v …' line", "the subject after 'V/v'")),
        ({"addressees": None}, ("addressee.required", "no 'Kính gửi:'", "a công văn is addressed")),
        ({"number": "Số: 12/CV-UBND"}, ("number.form", "'CV' opening", "no type abbreviation")),
        ({"number": "Số: 12/BC-UBND"}, ("number.form", "'BC' opening", "no type abbreviation")),
        ({"number": "Số: 12/UBND"}, ("number.form", "without the drafting unit", "'UBND-VP'")),
        (
            {"type_name": "BÁO CÁO", "number": "Số: 12/BC-UBND", "addressees": None},
            ("subject.vv", "a 'V/v' line under the number of a báo cáo", "type name only"),
        ),
    ],
    ids=[
        "vv-bold",
        "vv-14pt",
        "vv-in-the-body",
        "vv-in-the-date-column",
        "vv-missing",
        "kính-gửi-missing",
        "cv-in-the-symbol",
        "type-code-in-the-symbol",
        "no-drafting-unit",
        "vv-on-a-báo-cáo",
    ],
)
def test_a_typed_công_văn_deviation_is_reported(
    options: dict[str, object], expected: Expected
) -> None:
    rule, found, wanted = expected
    findings = check(typed_letter(**options))  # type: ignore[arg-type]
    assert {finding.rule for finding in findings} == {rule}, describe(findings)
    (finding,) = findings
    assert finding.severity is Severity.ERROR
    assert found in finding.found, describe(findings)
    assert wanted in finding.expected, describe(findings)


def test_a_công_văn_that_lost_its_v_v_is_not_taken_for_a_nameless_report() -> None:
    findings = check(typed_letter(vv=None))
    assert not [f for f in findings if f.rule == "type-name.format"]
    assert [item.rule for item in findings.not_evaluated] == [KEPT_TOGETHER]


def test_a_nameless_report_is_still_asked_for_its_type_name() -> None:
    # No V/v and a báo cáo's symbol: the type name is what is missing, and it is named.
    findings = check(typed_letter(vv=None, number="Số: 12/BC-UBND", addressees=None))
    assert [(f.rule, f.expected) for f in findings] == [
        ("type-name.format", "the type name (BÁO CÁO) under the header")
    ]


# --- the checker on our own output, one deviation at a time ---------------------------------


def _vv(docx: Docx) -> etree._Element:
    (found,) = [p for p in docx.paragraphs() if style_id(p) == "VNSubjectVV" and text_of(p)]
    return found


def _every_vv_run(name: str, **values: str) -> Callable[[Docx], None]:
    def edit(docx: Docx) -> None:
        for run in text_runs(_vv(docx)):
            set_run_property(run, name, **values)

    return edit


def _align_vv_left(docx: Docx) -> None:
    properties = _vv(docx).find(w("pPr"))
    assert properties is not None
    jc = etree.SubElement(properties, w("jc"))
    jc.set(w("val"), "left")


def _move_vv_into_the_body(docx: Docx) -> None:
    vv = _vv(docx)
    header = docx.body.find(w("tbl"))
    assert header is not None
    header.addnext(vv)


def _move_vv_to_the_date_cell(docx: Docx) -> None:
    vv = _vv(docx)
    (date,) = [p for p in docx.paragraphs() if style_id(p) == "VNPlaceDate" and text_of(p)]
    date.addnext(vv)


def _remove_addressees(docx: Docx) -> None:
    for paragraph in docx.paragraphs():
        if style_id(paragraph) in ("VNAddressee", "VNAddresseeItem"):
            paragraph.getparent().remove(paragraph)


def _symbol(old: str, new: str) -> Callable[[Docx], None]:
    def edit(docx: Docx) -> None:
        (number,) = [p for p in docx.paragraphs() if style_id(p) == "VNNumber"]
        (node,) = [t for t in number.iter(w("t")) if old in (t.text or "")]
        node.text = (node.text or "").replace(old, new)

    return edit


def _remove_as_above(docx: Docx) -> None:
    (item,) = [p for p in docx.paragraphs() if text_of(p) == "- Như trên;"]
    item.getparent().remove(item)


@pytest.mark.parametrize(
    ("edit", "rule", "found", "severity"),
    [
        (_every_vv_run("sz", val="28"), "subject.vv", "14 pt", Severity.ERROR),
        (_every_vv_run("b"), "subject.vv", "bold", Severity.ERROR),
        (_every_vv_run("i"), "subject.vv", "italic", Severity.ERROR),
        (_align_vv_left, "subject.vv", "flush left", Severity.ERROR),
        (_move_vv_into_the_body, "subject.vv", "the 'V/v' line in the body", Severity.ERROR),
        (_move_vv_to_the_date_cell, "subject.vv", "in another column", Severity.ERROR),
        (_remove_addressees, "addressee.required", "no 'Kính gửi:'", Severity.ERROR),
        (_symbol("UBND-NV", "CV-UBND"), "number.form", "'CV' opening", Severity.ERROR),
        (_symbol("UBND-NV", "UBND"), "number.form", "without the drafting unit", Severity.ERROR),
        (_remove_as_above, "recipients.archive", "'- Thường trực", Severity.WARNING),
    ],
    ids=[
        "vv-14pt",
        "vv-bold",
        "vv-italic",
        "vv-left",
        "vv-in-the-body",
        "vv-in-the-date-cell",
        "no-kính-gửi",
        "cv-symbol",
        "no-unit",
        "no-như-trên",
    ],
)
def test_a_deviation_from_our_render_is_reported(
    example_docx: bytes,
    edit: Callable[[Docx], None],
    rule: str,
    found: str,
    severity: Severity,
) -> None:
    docx = Docx(example_docx)
    edit(docx)
    findings = check(docx.data())
    assert {finding.rule for finding in findings} == {rule}, describe(findings)
    (finding,) = findings
    assert found in finding.found, describe(findings)
    assert finding.severity is severity


def test_a_v_v_line_under_a_report_number_is_reported(seed_report: Report) -> None:
    docx = Docx(seed_report.render())
    (number,) = [p for p in docx.paragraphs() if style_id(p) == "VNNumber"]
    vv = etree.fromstring(etree.tostring(number))
    (node,) = list(vv.iter(w("t")))
    node.text = "V/v báo cáo kết quả công tác dân vận"
    vv.find(f"{w('pPr')}/{w('pStyle')}").set(w("val"), "VNSubjectVV")
    number.addnext(vv)
    findings = check(docx.data())
    assert {finding.rule for finding in findings} == {"subject.vv"}, describe(findings)
    assert findings[0].found == "a 'V/v' line under the number of a báo cáo"


def test_the_marks_stand_under_the_v_v_and_conform() -> None:
    # Ô 10a/10b under ô 5b: the secrecy and urgency stamps in the number's cell, after the
    # V/v line; the drafter's mark after the filing line, the contact at the foot.
    marked = letter(
        secrecy=Secrecy.SECRET,
        urgency=Urgency.URGENT,
        circulation="Lưu hành nội bộ",
        drafter=DrafterMark(code="PL", copies=30),
        contact=Contact(phone="0215 3862 345"),
    )
    data = marked.render()
    assert_conforms(data)
    number_cell = _header_cells(open_docx(data))[1][0]
    assert [text_of(p) for p in number_cell.iter(w("p")) if text_of(p)] == [
        "Số: 12/UBND-VP",
        "V/v báo cáo kết quả thực hiện nhiệm vụ 6 tháng đầu năm 2021",
        "MẬT",
        "KHẨN",
    ]
    assert "- Lưu: VT, VP. PL.(30)" in printed_texts(data)


# --- LibreOffice ---------------------------------------------------------------------------


@pytest.mark.slow
def test_libreoffice_prints_it_as_mẫu_1_5(
    example: OfficialLetter, tmp_path_factory: pytest.TempPathFactory
) -> None:
    from test_render_pdf import convert_to_pdf, read_layout, rows

    folder = tmp_path_factory.mktemp("cong-van")
    profile = tmp_path_factory.mktemp("lo-profile-cong-van")
    docx_path = example.save(folder / "cong-van.docx")
    (pdf,) = convert_to_pdf([docx_path], folder, profile)
    layout = read_layout(pdf)
    page = layout.pages[0]
    number = page.get("Số: 1035/UBND-NV")
    vv = page.get("V/v báo cáo kết quả")
    date = page.get("Tuần Giáo, ngày 09 tháng 6 năm 2021")
    kinh_gui = page.get("Kính gửi:")
    # V/v under the number, centred on it, in the left column; smaller than the number.
    centre = (number[0].x0 + number[-1].x1) / 2
    vv_rows = [row for row in rows(page.words) if number[0].bottom < row.top < kinh_gui[0].top]
    assert vv_rows
    assert all(abs(row.centre - centre) < 6 for row in vv_rows)
    assert all(row.x1 < date[0].x0 for row in vv_rows)
    assert vv[0].size < number[0].size
    assert not vv[0].bold
    # Kính gửi below the header, then its items indented further.
    first_item = page.get("- Các cơ quan chuyên môn")
    assert kinh_gui[0].top > vv[-1].bottom
    assert first_item[0].x0 > kinh_gui[0].x0
    assert "CÔNG VĂN" not in layout.text
    # The last words of the body ("./.") on the page of the signature.
    last_page, _ = layout.find_last("định./.")
    assert last_page.find("Nơi nhận:") is not None


# --- the documentation ----------------------------------------------------------------------


def test_the_examples_of_the_type_page_render_and_conform() -> None:
    page = (ROOT / "docs" / "types" / "cong-van.md").read_text(encoding="utf-8")
    (python,) = re.findall(r"```python\n(.*?)```", page, re.DOTALL)
    (yaml,) = re.findall(r"```yaml\n(.*?)```", page, re.DOTALL)
    namespace: dict[str, object] = {}
    exec(python.replace('letter.save("cong-van.docx")', ""), namespace)
    from_python = namespace["letter"]
    assert isinstance(from_python, OfficialLetter)
    assert_conforms(from_python.render())
    from_yaml = loads(yaml, format="yaml")
    assert isinstance(from_yaml, OfficialLetter)
    assert_conforms(from_yaml.render())
    assert from_yaml.addressees == from_python.addressees
