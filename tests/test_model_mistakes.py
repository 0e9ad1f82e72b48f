"""Typing mistakes are refused with a message that says what to write instead.

Each of these passed both validation and the strict check once, or was refused only at
render time under an internal name: a section title typed with its own "I.", a trích yếu
in capitals, a signer's name in lower case, "BC-ubnd", TM. with a deputy's title but no
KT. line, a title typed into the authority lines, text that prints nothing.
"""

from __future__ import annotations

import re

import attrs
import pytest

from docx_helpers import paragraphs_with_style, strict_parse, text_of, zip_parts
from vnreport import (
    Agency,
    DrafterMark,
    FieldError,
    Paragraph,
    Report,
    Secrecy,
    Section,
    Signature,
    Table,
)
from vnreport.exchange import DataError, loads
from vnreport.model._fields import MAX_TEXT_CHARS

ISSUER = Agency(name="Ủy ban nhân dân huyện Tuần Giáo", abbreviation="UBND", place="Tuần Giáo")
SIGNER = Signature(authority=["TM. Ủy ban nhân dân"], title="Chủ tịch", name="Lò Văn Inh")


def report(**changes: object) -> Report:
    fields: dict[str, object] = {
        "issuer": ISSUER,
        "date": "2021-06",
        "subject": "Kết quả thực hiện nhiệm vụ",
        "sections": [Section(title="Kết quả", content=["Đã thực hiện."])],
        "signature": SIGNER,
    }
    fields.update(changes)
    return Report(**fields)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("title", "label", "rest"),
    [
        ("I. Kết quả", "I.", "Kết quả"),
        ("II) Tồn tại", "II)", "Tồn tại"),
        ("1. Công tác tiếp dân", "1.", "Công tác tiếp dân"),
        ("1.1. Tiểu mục", "1.1.", "Tiểu mục"),
        ("a) Điểm thứ nhất", "a)", "Điểm thứ nhất"),
        ("đ) Điểm thứ năm", "đ)", "Điểm thứ năm"),
        ("A. Mục tiêu", "A.", "Mục tiêu"),
    ],
)
def test_a_title_typed_with_its_own_label(title: str, label: str, rest: str) -> None:
    with pytest.raises(FieldError) as raised:
        Section(title=title, content=["x"])
    message = str(raised.value)
    assert message.startswith("Section.title: ")
    assert f"starts with its own label {label!r}" in message
    assert f"write {rest!r}" in message


@pytest.mark.parametrize(
    "title", ["Kết quả năm 2021", "2021 là năm bản lề", "Covid-19", "V.I. Lênin"]
)
def test_a_title_that_only_looks_numbered_is_kept(title: str) -> None:
    # "V.I." has no space after its first dot: initials, not a label.
    assert Section(title=title, content=["x"]).title == title


def test_a_numbered_paragraph_typed_with_its_own_number() -> None:
    with pytest.raises(FieldError, match=r"^Section\.content\[0\]: '1\. Tiếp tục.*' starts with"):
        Section(content=["1. Tiếp tục quán triệt"])


def test_a_title_with_a_label_of_its_own_is_printed_with_it() -> None:
    section = Section(title="Kết quả", label="Phần I", content=["x"])
    blocks = report(sections=[section]).body
    assert blocks[0].text == "Phần I KẾT QUẢ"


def test_a_subject_in_capitals() -> None:
    with pytest.raises(FieldError) as raised:
        report(subject="KẾT QUẢ THỰC HIỆN KẾ HOẠCH SỐ 70/KH-UBND")
    assert str(raised.value) == (
        "Report.subject: the subject (trích yếu) is written in sentence case, under the type "
        "name that is printed in capitals: write 'Kết quả thực hiện kế hoạch số 70/KH-UBND'"
    )


@pytest.mark.parametrize("subject", ["Công tác phòng, chống dịch COVID-19", "UBND", "Tối mật"])
def test_a_subject_with_an_abbreviation_is_sentence_case(subject: str) -> None:
    assert report(subject=subject).subject == subject


@pytest.mark.parametrize("name", ["phạm thị tuyên", "Phạm thị Tuyên"])
def test_a_name_in_lower_case(name: str) -> None:
    with pytest.raises(FieldError, match=r"every word of a person's name .*'Phạm Thị Tuyên'"):
        Signature(title="Chủ tịch", name=name)


@pytest.mark.parametrize(
    ("field", "value", "message"),
    [
        ("abbreviation", "ubnd", "write it in capitals ('UBND')"),
        ("abbreviation", "UB ND", "letters and digits only"),
        ("place", "tuần Giáo", "starts with a capital letter: write 'Tuần Giáo'"),
    ],
)
def test_agency_mistakes(field: str, value: str, message: str) -> None:
    with pytest.raises(FieldError) as raised:
        attrs.evolve(ISSUER, **{field: value})
    assert str(raised.value).startswith(f"Agency.{field}: ")
    assert message in str(raised.value)


@pytest.mark.parametrize(
    ("unit", "message"),
    [("VP X", "letters and digits only"), ("vp", "write it in capitals ('VP')")],
)
def test_a_symbol_unit_is_checked_when_the_document_is_made(unit: str, message: str) -> None:
    # It used to pass validation and fail at render under DocumentNumber.symbol.
    with pytest.raises(FieldError) as raised:
        report(symbol_unit=unit)
    assert str(raised.value).startswith("Report.symbol_unit: ")
    assert message in str(raised.value)


@pytest.mark.parametrize(
    ("code", "message"), [("P L", "without spaces"), ("pl", "in capitals: 'PL'")]
)
def test_a_drafter_code(code: str, message: str) -> None:
    with pytest.raises(FieldError, match=rf"^DrafterMark\.code: .*{re.escape(message)}"):
        DrafterMark(code=code, copies=3)


def test_a_deputy_on_behalf_of_the_collective_needs_kt() -> None:
    with pytest.raises(FieldError) as raised:
        Signature(authority=["TM. Ủy ban nhân dân"], title="Phó Chủ tịch", name="Lò Văn Inh")
    assert str(raised.value) == (
        "Signature.authority: a deputy ('Phó Chủ tịch') signs for the head with KT. (ký thay): "
        "add 'KT. Chủ tịch' after 'TM. ỦY BAN NHÂN DÂN', so the stack reads "
        "TM. … / KT. CHỦ TỊCH / PHÓ CHỦ TỊCH"
    )


def test_a_title_typed_into_the_authority_lines_is_named() -> None:
    with pytest.raises(FieldError) as raised:
        Signature(
            authority=["TM. Ủy ban nhân dân", "Chủ tịch"], title="Chủ tịch", name="Lò Văn Inh"
        )
    assert str(raised.value).startswith("Signature.authority[1]: 'Chủ tịch' has no TM., KT.")
    assert "goes in Signature.title" in str(raised.value)


INVISIBLE = {
    "no-break spaces": "\u00a0\u00a0\u00a0",
    "zero-width space": "\u200b",
    "word joiner and BOM": "\u2060\ufeff",
    "ideographic space": "\u3000",
    "Hangul filler": "\u3164",
    "blank Braille pattern": "\u2800",
    "combining mark alone": "\u0301",
}


@pytest.mark.parametrize("text", INVISIBLE.values(), ids=INVISIBLE.keys())
def test_text_that_prints_nothing_is_empty(text: str) -> None:
    with pytest.raises(FieldError, match="holds only spaces or invisible characters"):
        Section(title=text, content=["x"])
    with pytest.raises(FieldError, match=r"^Signature\.name: must not be empty"):
        Signature(title="Chủ tịch", name=text)


def test_an_over_long_text_is_refused() -> None:
    with pytest.raises(FieldError, match=rf"more than the {MAX_TEXT_CHARS:,} a text may hold"):
        Paragraph(text="x" * (MAX_TEXT_CHARS + 1))
    assert len(Paragraph(text="x" * MAX_TEXT_CHARS).text) == MAX_TEXT_CHARS


def test_footnote_marks_are_literal() -> None:
    paragraph = Paragraph(text="Tổng số hồ sơ (*) là 5; kỳ trước (**) là 4.")
    assert paragraph.plain == "Tổng số hồ sơ (*) là 5; kỳ trước (**) là 4."
    assert len(paragraph.runs) == 1


def test_an_unclosed_emphasis_shows_where() -> None:
    with pytest.raises(FieldError) as raised:
        Paragraph(text="Đã tiếp *99 lượt công dân")
    assert str(raised.value).endswith("«Đã tiếp *99 lượt công dân»")


@pytest.mark.parametrize("subject", ["Tối mật", "Mật", "Tuyệt mật", "Khẩn", "Hỏa tốc"])
def test_a_subject_that_reads_like_a_stamp_renders(subject: str) -> None:
    # The render's own check took such a subject for a secrecy or urgency stamp.
    plain = report(subject=subject)
    root = strict_parse(zip_parts(plain.render())["word/document.xml"])
    assert [text_of(p) for p in paragraphs_with_style(root, "VNSubject")] == [subject]
    assert paragraphs_with_style(root, "VNStamp") == []
    stamped = report(subject=subject, secrecy=Secrecy.TOP_SECRET)
    root = strict_parse(zip_parts(stamped.render())["word/document.xml"])
    assert [text_of(p) for p in paragraphs_with_style(root, "VNSubject")] == [subject]
    assert [text_of(p) for p in paragraphs_with_style(root, "VNStamp")] == ["TỐI MẬT"]


def test_a_data_file_names_the_line_of_a_mistake() -> None:
    text = """\
doc_type: bao-cao
issuer:
  name: Ủy ban nhân dân huyện Tuần Giáo
  abbreviation: ubnd
  place: Tuần Giáo
date: "2021-06"
subject: KẾT QUẢ THỰC HIỆN
sections:
  - title: I. Kết quả
    content: [Đã thực hiện.]
signature:
  title: Chủ tịch
  name: lò văn inh
"""
    with pytest.raises(DataError) as raised:
        loads(text, format="yaml")
    lines = [str(problem) for problem in raised.value.problems]
    assert [line.split(": ")[0] for line in lines] == [
        "line 4",
        "line 7",
        "line 9",
        "line 13",
    ]
    assert "write it in capitals ('UBND')" in lines[0]
    assert "write 'Kết quả thực hiện'" in lines[1]
    assert "write 'Kết quả'" in lines[2]
    assert "'Lò Văn Inh'" in lines[3]


def test_a_table_of_long_figures_is_exact() -> None:
    big = 10**40 + 1
    table = Table(
        header=["Khoản", "Số tiền"], rows=[["A", big], ["B", 1]], totals=["Tổng", big + 1]
    )
    assert table.column_sum(1) == big + 1
