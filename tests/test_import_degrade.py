"""What real files do to the importer, and how it degrades instead of giving up (#13).

Each test builds a small .docx (or text) reproducing one shape found in the development
corpus: a drawn rule under the subject, headings wholly in bold with the run ending in a
space or a colon, a bold label run on into the text, bold-italic next to bold, a part
the model refuses. The importer must return a typed document with what it could not
place reported, each item with its ¶ index and text — never ``document=None`` for one
bad part, never a stray ``**``.
"""

from __future__ import annotations

import io
from typing import Any

import docx

from test_import_variants import (
    BODY,
    DECISION,
    REPORT,
    TITLE,
    _footer_table,
    _header_table,
    _save,
    draw_rule,
    variant,
)
from vnreport import read_docx, read_text
from vnreport.importing.body import Item, build_sections
from vnreport.importing.lines import Line, Origin
from vnreport.importing.result import Unrecognised
from vnreport.model.body import Paragraph, Section
from vnreport.model.inline import Run, emphasis_markup, parse_emphasis


def _document() -> Any:
    document = docx.Document()
    _header_table(document)
    for line in TITLE.splitlines():
        document.add_paragraph(line)
    return document


def _runs(document: Any, *runs: tuple[str, bool, bool]) -> None:
    paragraph = document.add_paragraph()
    for text, bold, italic in runs:
        run = paragraph.add_run(text)
        run.bold, run.italic = bold or None, italic or None


def _rule(document: Any) -> None:
    """A paragraph holding only a drawn line (VML), as Word draws the rule under the
    subject: no text at all."""
    draw_rule(document.add_paragraph().add_run(), "80pt")


def _texts(data: bytes) -> list[str]:
    return [paragraph.text for paragraph in docx.Document(io.BytesIO(data)).paragraphs]


def _rendered(document: Any) -> list[str]:
    return _texts(document.render())


# -- 1. a paragraph with no text (a drawn rule) is never an empty Paragraph --------------


def docx_rule_under_subject() -> bytes:
    document = _document()
    _rule(document)
    for line in BODY.splitlines():
        document.add_paragraph(line)
    _footer_table(document)
    return _save(document)


def test_a_drawn_rule_under_the_subject_is_not_an_empty_paragraph() -> None:
    imported = read_docx(docx_rule_under_subject())
    assert imported.document is not None, imported.unrecognised
    assert imported.unrecognised == ()
    titles = [section.title for section in imported.document.sections]  # type: ignore[attr-defined]
    assert titles == ["Kết quả kiểm tra", "Kiến nghị"]


def test_a_paragraph_of_markup_only_is_left_out_and_reported() -> None:
    line = Line(index=17, origin=Origin.DOCX, text="", raw="\t", markup="****")
    items = [
        Item(kind="paragraph", text="Mở đầu."),
        Item(kind="paragraph", text="****", line=line),
    ]
    unrecognised: list[Unrecognised] = []
    opening, sections, _ = build_sections(items, unrecognised)
    assert opening == [Paragraph(text="Mở đầu.")]
    assert sections == []
    assert [(item.paragraph, item.where) for item in unrecognised] == [(17, "¶17")]
    assert "no text" in unrecognised[0].reason


# -- 4. emphasis comes back balanced ---------------------------------------------------------


def docx_bold_headings() -> bytes:
    """Headings typed bold in a Normal paragraph, the bold run ending in a space or a
    colon or split in two; a numbered paragraph whose bold runs from its label into its
    lead words; a bold-italic word next to bold."""
    document = _document()
    document.add_paragraph(BODY.splitlines()[0])
    _runs(document, ("I. KẾT QUẢ KIỂM TRA ", True, False))
    _runs(document, ("1. Đối với ", True, False), ("", True, False), ("Công ty A:", True, False))
    _runs(document, ("1.1. Hồ sơ pháp lý liên quan:", True, False))
    document.add_paragraph("Công ty có đủ hồ sơ theo quy định.")
    _runs(
        document,
        ("2. Thời gian kiểm tra:", True, False),
        (" 13h30 ngày 29/4/2026, tại ", False, False),
        ("kho chứa", True, True),
        (" số 2", True, False),
        (".", False, False),
    )
    _runs(document, ("II. KIẾN NGHỊ", True, False))
    for line in BODY.splitlines()[4:]:
        document.add_paragraph(line)
    _footer_table(document)
    return _save(document)


def test_headings_wholly_bold_come_back_without_markers() -> None:
    imported = read_docx(docx_bold_headings())
    document = imported.document
    assert document is not None, imported.unrecognised
    first, second = document.sections  # type: ignore[attr-defined]
    assert (first.title, second.title) == ("Kết quả kiểm tra", "Kiến nghị")
    company, point = first.content
    assert isinstance(company, Section)
    assert company.title == "Đối với Công ty A:"
    files = company.content[0]
    assert isinstance(files, Section)
    assert (files.label, files.title) == ("1.1.", "Hồ sơ pháp lý liên quan:")
    assert isinstance(point, Section)
    assert point.title is None
    text = point.content[0]
    assert isinstance(text, Paragraph)
    assert text.text == "**Thời gian kiểm tra:** 13h30 ngày 29/4/2026, tại ***kho chứa* số 2**."
    rendered = _rendered(document)
    assert "I. KẾT QUẢ KIỂM TRA" in rendered
    assert "1.1. Hồ sơ pháp lý liên quan:" in rendered
    assert not [line for line in rendered if "*" in line]


def test_markup_is_the_inverse_of_the_runs() -> None:
    shapes = [
        [Run("Nơi nhận", bold=True, italic=True), Run(":", bold=True)],
        [Run("Điều 1. ", bold=True), Run("Ban hành "), Run("5 * 3", italic=True)],
        [Run("a", bold=True), Run("b", italic=True), Run("c", bold=True)],
        [Run("tăng ", italic=True), Run(" "), Run("5%", bold=True, italic=True)],
    ]
    for runs in shapes:
        markup = emphasis_markup(runs)
        # Every visible character keeps its style; spaces may fall outside the markers.
        assert _styled(parse_emphasis(markup)) == _styled(runs), markup
        assert "****" not in markup


def _styled(runs: Any) -> list[tuple[str, bool, bool]]:
    return [(char, run.bold, run.italic) for run in runs for char in run.text if char != " "]


# -- 2. a part the model refuses is left out or repaired, the rest built --------------------


def test_a_numbered_paragraph_among_top_headings_is_kept_in_the_part_before() -> None:
    text = variant(
        "II. KIẾN NGHỊ",
        "III. Các cơ sở đã khắc phục 05 tồn tại trong quý I.\nII. KIẾN NGHỊ",
        REPORT,
    )
    imported = read_text(text)
    document = imported.document
    assert document is not None, imported.unrecognised
    first, second = document.sections  # type: ignore[attr-defined]
    assert second.title == "Kiến nghị"
    kept = first.content[-1]
    assert isinstance(kept, Paragraph)
    assert kept.text == "III. Các cơ sở đã khắc phục 05 tồn tại trong quý I."
    (item,) = imported.unrecognised
    assert item.line == text.splitlines().index(kept.text) + 1
    assert item.text == kept.text
    assert "needs a title" in item.reason


def test_a_heading_with_nothing_under_it_is_a_numbered_paragraph() -> None:
    text = variant(
        "II. KIẾN NGHỊ",
        "1. Hồ sơ pháp lý\nCông ty có đủ hồ sơ.\n2. Biện pháp xử lý: Không\nII. KIẾN NGHỊ",
        REPORT,
    )
    imported = read_text(text)
    document = imported.document
    assert document is not None, imported.unrecognised
    assert imported.unrecognised == ()
    point = document.sections[0].content[-1]  # type: ignore[attr-defined]
    assert isinstance(point, Section)
    assert point.title is None
    assert point.content == (Paragraph(text="Biện pháp xử lý: Không"),)


DECISION_TYPO = DECISION.replace(
    "Căn cứ Nghị định số 113/2017", "Căn cư Nghị định số 113/2017"
).replace("Trưởng phòng Kỹ thuật an toàn.\nQUYẾT", "Trưởng phòng Kỹ thuật an toàn,\nQUYẾT")


def test_a_refused_basis_is_left_out_and_the_last_mark_repaired() -> None:
    imported = read_text(DECISION_TYPO)
    document = imported.document
    assert document is not None, imported.unrecognised
    assert document.legal_bases == (  # type: ignore[attr-defined]
        "Căn cứ Luật Hóa chất ngày 21 tháng 11 năm 2007;",
        "Theo đề nghị của Trưởng phòng Kỹ thuật an toàn.",
    )
    lines = DECISION_TYPO.splitlines()
    typo = next(n for n, line in enumerate(lines, 1) if line.startswith("Căn cư"))
    proposal = next(n for n, line in enumerate(lines, 1) if line.startswith("Theo đề nghị"))
    found = {item.line: item for item in imported.unrecognised}
    assert set(found) == {typo, proposal}
    assert "left out" in found[typo].reason
    assert found[typo].text.startswith("Căn cư Nghị định")
    assert "final mark made '.'" in found[proposal].reason


def docx_decision_italic_end() -> bytes:
    """A quyết định typed as paragraphs, its Điều 1 ending in an italic "(… kèm theo).",
    its last article naming who carries it out "căn cứ Quyết định thi hành"."""
    document = docx.Document()
    for line in DECISION.splitlines():
        if line.startswith("Điều 1."):
            _runs(
                document,
                ("Điều 1. Công nhận kết quả kiểm tra cho 03 học viên ", False, False),
                ("(có danh sách kèm theo).", False, True),
            )
        elif line.startswith("Điều 3."):
            document.add_paragraph(
                "Điều 3. Chánh Văn phòng Sở và các ông (bà) có tên tại Điều 1 căn cứ "
                "Quyết định thi hành./."
            )
        else:
            document.add_paragraph(line)
    return _save(document)


def test_an_article_ending_in_emphasis_is_text_not_a_title() -> None:
    imported = read_docx(docx_decision_italic_end())
    document = imported.document
    assert document is not None, imported.unrecognised
    first = document.articles[0]  # type: ignore[attr-defined]
    assert first.title is None
    assert first.text == "Công nhận kết quả kiểm tra cho 03 học viên *(có danh sách kèm theo).*"


# -- 3. a date line that prints only the year: a draft whose day and month are blank -------


def test_a_date_line_with_only_the_year_is_a_draft_date() -> None:
    text = variant("Sơn Hà, ngày 05 tháng 02 năm 2026", "Sơn Hà, ngày   tháng   năm 2026")
    imported = read_text(text)
    assert (imported.fields.date, imported.fields.place) == ("2026", "Sơn Hà")
    document = imported.document
    assert document is not None, imported.unrecognised
    assert imported.unrecognised == ()
    assert document.date.isoformat() == "2026"
    assert document.place_date_line == "Sơn Hà, ngày    tháng    năm 2026"
    again = read_docx(document.render())
    assert again.fields.date == "2026"
    assert again.document == document


def test_a_blank_day_builds_the_document() -> None:
    text = variant("Sơn Hà, ngày 05 tháng 02 năm 2026", "Sơn Hà, ngày   tháng 02 năm 2026")
    imported = read_text(text)
    assert imported.fields.date == "2026-02"
    assert imported.document is not None
    assert imported.document.date.isoformat() == "2026-02"
    assert imported.unrecognised == ()


def test_a_type_name_none_of_the_decree_lists_is_named_at_its_line() -> None:
    text = variant("BÁO CÁO\n", "GIẤY PHÉP SỬ DỤNG VẬT LIỆU NỔ CÔNG NGHIỆP\n")
    text = variant("218/BC-SCT", "218/GP-SCT", text)
    imported = read_text(text)
    assert imported.document is None
    assert imported.fields.doc_type == "GIẤY PHÉP"  # the subject shares its line
    first = imported.unrecognised[0]
    assert first.line == text.splitlines().index("GIẤY PHÉP SỬ DỤNG VẬT LIỆU NỔ CÔNG NGHIỆP") + 1
    assert "none of the types" in first.reason


# -- a quyết định issuing a text (Mẫu 1.3) as old files print it ------------------------------

ISSUING = DECISION.replace(
    "Về việc thành lập Đoàn kiểm tra an toàn hóa chất\n",
    "Ban hành Quy định về kiểm tra an toàn hóa chất\n__________\n",
).replace(
    "Điều 1. Thành lập Đoàn kiểm tra an toàn hóa chất,",
    "Điều 1. Ban hành kèm theo Quyết định này Quy định về kiểm tra an toàn hóa chất,",
)
ISSUED = """UBND TỈNH SƠN HÀ
SỞ CÔNG THƯƠNG
_____
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
QUY ĐỊNH
Về kiểm tra an toàn hóa chất
(Kèm theo Quyết định số 41/QĐ-SCT
ngày 12 tháng 3 năm 2026 của Sở Công Thương)
_______
Chương I
NHỮNG QUY ĐỊNH CHUNG VỀ KIỂM TRA
AN TOÀN HÓA CHẤT
Điều 1. Phạm vi điều chỉnh
Quy định này quy định việc kiểm tra an toàn hóa chất trên địa bàn tỉnh.
Điều 2. Đối tượng áp dụng
Quy định này áp dụng đối với các cơ sở hóa chất./.
GIÁM ĐỐC
Trần Quốc Hưng"""


def docx_issuing_decision() -> bytes:
    """Typed rules ("_____") under the subject and the note, the "(Kèm theo …)" note and
    a chapter title each over two paragraphs, the signature printed again after the
    issued text's "./."."""
    document = docx.Document()
    for line in (ISSUING + "\n" + ISSUED).splitlines():
        document.add_paragraph(line)
    return _save(document)


def test_an_issued_text_with_typed_rules_and_its_signature_again() -> None:
    imported = read_docx(docx_issuing_decision())
    document = imported.document
    assert document is not None, imported.unrecognised
    assert document.authority is not None  # type: ignore[attr-defined]
    issued = document.attachment  # type: ignore[attr-defined]
    assert issued is not None
    (chapter,) = issued.chapters
    assert chapter.title == "Những quy định chung về kiểm tra an toàn hóa chất"
    assert [article.title for article in chapter.articles] == [
        "Phạm vi điều chỉnh",
        "Đối tượng áp dụng",
    ]
    (item,) = imported.unrecognised
    lines = (ISSUING + "\n" + ISSUED).splitlines()
    assert item.paragraph == len(lines) - 2  # "GIÁM ĐỐC" again, 0-based ¶
    assert item.text == "GIÁM ĐỐC / Trần Quốc Hưng"
    assert "signature printed again" in item.reason
