"""Body structure: numbering by depth, dash lists, emphasis, tables and the final "./."."""

from __future__ import annotations

import unicodedata
from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from vnreport import Bullet, FieldError, Paragraph, Section, Table
from vnreport.formatting.numerals import POINT_LETTERS
from vnreport.model.inline import Run, parse_emphasis
from vnreport.model.outline import Role, flatten_body


def texts(*sections: Section) -> list[str]:
    return [block.text for block in flatten_body(("sections", sections))]


def test_numbering_by_depth() -> None:
    body = texts(
        Section(
            title="Kết quả thực hiện",
            content=[
                Section(
                    title="Công tác tuyên truyền",
                    content=[Section(title="Ở cấp huyện", content=["Nội dung."])],
                )
            ],
        ),
        Section(title="Phương hướng", content=["Tiếp tục."]),
    )
    assert body == [
        "I. KẾT QUẢ THỰC HIỆN",
        "1. Công tác tuyên truyền",
        "a) Ở cấp huyện",
        "Nội dung.",
        "II. PHƯƠNG HƯỚNG",
        "Tiếp tục./.",
    ]


def test_points_follow_the_vietnamese_letter_order() -> None:
    points = [Section(content=[f"Điểm {n}."]) for n in range(1, 24)]
    body = flatten_body(
        ("sections", [Section(title="A", content=[Section(title="B", content=points)])])
    )
    labels = [block.label for block in body if block.depth == 3]
    assert labels == [f"{letter})" for letter in POINT_LETTERS]
    assert labels[4:7] == ["đ)", "e)", "g)"]


def test_twenty_four_points_is_an_error_with_a_path() -> None:
    points = [Section(content=[f"Điểm {n}."]) for n in range(1, 25)]
    tree = [Section(title="A", content=[Section(title="B", content=points)])]
    with pytest.raises(FieldError, match=r"^sections\[0\]\.content\[0\]\.content\[23\]: points"):
        flatten_body(("sections", tree))


def test_untitled_sections_are_numbered_paragraphs() -> None:
    body = flatten_body(
        (
            "sections",
            [
                Section(
                    title="Nhiệm vụ",
                    content=[
                        Section(content=["Tiếp tục quán triệt.", Bullet(text="chi tiết")]),
                        Section(content=["Chỉ đạo kiểm tra."]),
                    ],
                )
            ],
        )
    )
    assert [(b.role, b.text) for b in body] == [
        (Role.HEADING_1, "I. NHIỆM VỤ"),
        (Role.PARAGRAPH, "1. Tiếp tục quán triệt."),
        (Role.BULLET, "- chi tiết"),
        (Role.PARAGRAPH, "2. Chỉ đạo kiểm tra./."),
    ]
    assert body[1].path == "sections[0].content[0].content[0]"
    assert body[2].path == "sections[0].content[0].content[1]"


def test_an_untitled_section_must_start_with_a_paragraph() -> None:
    with pytest.raises(FieldError, match=r"^Section\.content: a section without a title"):
        Section(content=[Bullet(text="gạch đầu dòng")])
    with pytest.raises(FieldError, match=r"^Section\.content: the section 'Trống' has no content"):
        Section(title="Trống")


def test_explicitly_labelled_sections_stand_outside_the_numbering() -> None:
    # "1.", "1.1.", "3." would leave a gap the checker (and any reader) sees.
    body = texts(
        Section(
            title="Mục",
            content=[
                Section(title="Thứ nhất", content=["a."]),
                Section(title="Tiểu mục riêng", label="1.1.", content=["b."]),
                Section(title="Thứ ba", content=["c."]),
            ],
        )
    )
    assert body[1::2] == ["1. Thứ nhất", "1.1. Tiểu mục riêng", "2. Thứ ba"]


def test_sections_nest_three_levels_at_most() -> None:
    deep = Section(title="d", content=["x."])
    tree = Section(
        title="a", content=[Section(title="b", content=[Section(title="c", content=[deep])])]
    )
    with pytest.raises(
        FieldError,
        match=r"^sections\[0\]\.content\[0\]\.content\[0\]\.content\[0\]: sections nest at most 3",
    ):
        flatten_body(("sections", [tree]))


def test_dash_and_plus_items() -> None:
    body = flatten_body(
        (
            "sections",
            [
                Section(
                    title="Kết quả",
                    content=[Bullet(text="Cấp huyện:", items=["41 lượt;", "75 người."])],
                )
            ],
        )
    )
    assert [(b.role, b.text) for b in body[1:]] == [
        (Role.BULLET, "- Cấp huyện:"),
        (Role.SUB_BULLET, "+ 41 lượt;"),
        (Role.SUB_BULLET, "+ 75 người./."),
    ]


def test_plus_items_cannot_nest() -> None:
    tree = Section(title="A", content=[Bullet(text="x", items=[Bullet(text="y", items=["z"])])])
    with pytest.raises(
        FieldError, match=r"^sections\[0\]\.content\[0\]\.items\[0\]\.items: '\+' items cannot"
    ):
        flatten_body(("sections", [tree]))


# --- the end mark ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("last", "printed"),
    [
        ("Trên đây là báo cáo.", "Trên đây là báo cáo./."),
        ("Trên đây là báo cáo", "Trên đây là báo cáo./."),
        ("Trên đây là báo cáo./.", "Trên đây là báo cáo./."),
        ("trên địa bàn tỉnh...", "trên địa bàn tỉnh.../."),
        ("(*ghi chú*)", "(ghi chú)./."),
    ],
)
def test_end_mark_is_added_once(last: str, printed: str) -> None:
    body = flatten_body(("closing", [Paragraph(text=last)]))
    assert body[-1].text == printed
    assert body[-1].text.count("./.") == 1


def test_end_mark_run_is_upright_after_emphasis() -> None:
    body = flatten_body(("closing", [Paragraph(text="Kết thúc (*in nghiêng*)")]))
    assert body[-1].runs[-1] == Run("./.", bold=False, italic=False)


def test_end_mark_typed_in_the_middle_is_refused() -> None:
    with pytest.raises(FieldError, match=r"^opening\[0\]: '\./\.' marks the end of the body"):
        flatten_body(
            ("opening", [Paragraph(text="Sớm quá./.")]), ("closing", [Paragraph(text="Cuối.")])
        )


def test_end_mark_after_a_table_gets_its_own_paragraph() -> None:
    table = Table(header=["A", "B"], rows=[["x", 1]])
    body = flatten_body(("sections", [Section(title="Số liệu", content=[table])]))
    assert body[-2].role is Role.TABLE
    assert body[-1].text == "./."


# --- emphasis --------------------------------------------------------------------------


def test_emphasis_runs() -> None:
    assert parse_emphasis("a **b** *c* ***d*** \\*e") == (
        Run("a "),
        Run("b", bold=True),
        Run(" "),
        Run("c", italic=True),
        Run(" "),
        Run("d", bold=True, italic=True),
        Run(" *e"),
    )
    assert parse_emphasis("**đậm *và nghiêng* đậm**") == (
        Run("đậm ", bold=True),
        Run("và nghiêng", bold=True, italic=True),
        Run(" đậm", bold=True),
    )


@pytest.mark.parametrize(
    ("markup", "message"),
    [
        ("*mở", r"emphasis opened with '\*' at position 0 is never closed"),
        ("a **mở", r"emphasis opened with '\*\*' at position 2 is never closed"),
        ("****", r"4 asterisks at position 0"),
    ],
)
def test_emphasis_errors_name_the_field(markup: str, message: str) -> None:
    with pytest.raises(FieldError, match=r"^Paragraph\.text: " + message):
        Paragraph(text=markup)
    with pytest.raises(FieldError, match=r"^Bullet\.text: " + message):
        Bullet(text=markup)


_WORDS = st.text(alphabet="abc đêơư ÀẢẠ", min_size=1, max_size=8).filter(str.strip)


@given(st.lists(st.tuples(_WORDS, st.booleans(), st.booleans()), min_size=1, max_size=6))
def test_emphasis_round_trip(pieces: list[tuple[str, bool, bool]]) -> None:
    # Pieces are separated by a space so that two markers never touch ("*a***b**").
    markup = " ".join(
        ("***" if b and i else "**" if b else "*" if i else "") + text
        + ("***" if b and i else "**" if b else "*" if i else "")
        for text, b, i in pieces
    )  # fmt: skip
    runs = parse_emphasis(markup)
    assert "".join(run.text for run in runs) == " ".join(text for text, _, _ in pieces)
    for text, bold, italic in pieces:
        assert any(text in run.text and run.bold == bold and run.italic == italic for run in runs)


# --- text on the way in ----------------------------------------------------------------


def test_paragraph_text_is_nfc_with_soft_wraps_folded() -> None:
    decomposed = unicodedata.normalize("NFD", "Thực hiện\n    Kế hoạch số 70/KH-UBND")
    paragraph = Paragraph(text=decomposed)
    assert paragraph.text == "Thực hiện Kế hoạch số 70/KH-UBND"
    assert unicodedata.is_normalized("NFC", paragraph.text)


def test_blank_line_inside_a_paragraph_is_refused() -> None:
    with pytest.raises(FieldError, match=r"^Paragraph\.text: contains a blank line"):
        Paragraph(text="Đoạn một.\n\nĐoạn hai.")


@pytest.mark.parametrize("char", ["\x00", "\x08", "\x1f", "\x7f", "\x85", "\ufffe"])
def test_control_characters_are_refused(char: str) -> None:
    with pytest.raises(FieldError, match=r"^Section\.title: contains a control character"):
        Section(title=f"Tiêu đề{char}", content=["x"])


def test_content_types_are_checked() -> None:
    with pytest.raises(FieldError, match=r"^Section\.content\[1\]: must be a Paragraph"):
        Section(title="A", content=["x", 42])  # type: ignore[list-item]


# --- tables ----------------------------------------------------------------------------


def test_table_totals_are_checked() -> None:
    table = Table(
        header=["Cấp", "Lượt", "Người"],
        rows=[["Cấp huyện", 41, 75], ["Cấp xã", 58, 67]],
        totals=["Tổng", 99, 142],
    )
    assert table.column_sum(1) == 99
    assert table.column_sum(0) is None
    with pytest.raises(FieldError, match=r"^Table\.totals\[2\]: is 141 but the column 'Người'"):
        Table(header=table.header, rows=table.rows, totals=["Tổng", 99, 141])


def test_table_decimals_and_floats() -> None:
    table = Table(header=["Tỷ lệ"], rows=[[0.1], [0.2]], totals=[Decimal("0.3")])
    assert table.rows[0][0] == Decimal("0.1")


@pytest.mark.parametrize(
    ("fields", "message"),
    [
        ({"header": [], "rows": [["x"]]}, r"^Table\.header: must be a non-empty list"),
        ({"header": ["A", "B"], "rows": [["x"]]}, r"^Table\.rows\[0\]: has 1 cells but the table has 2"),
        ({"header": ["A"], "rows": []}, r"^Table\.rows: must hold at least one row"),
        ({"header": ["A"], "rows": [[True]]}, r"^Table\.rows\[0\]\[0\]: must be text or a number, got bool"),
        ({"header": ["A"], "rows": [["*mở"]]}, r"^Table\.rows\[0\]\[0\]: emphasis opened"),
        ({"header": ["A"], "rows": [["x"]], "totals": [5]}, r"holds no numbers"),
        ({"header": [""], "rows": [["x"]]}, r"^Table\.header\[0\]: must be a non-empty heading"),
    ],
)  # fmt: skip
def test_table_errors(fields: dict[str, object], message: str) -> None:
    with pytest.raises(FieldError, match=message):
        Table(**fields)  # type: ignore[arg-type]
