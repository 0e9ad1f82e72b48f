"""Nơi nhận and the signature block as offices type them in Word (issue 10).

Each document is built here with python-docx, the way the real files look: the footer in
a borderless two-column table or in plain paragraphs, lines ended with manual line breaks
(``<w:br/>``), a recipient wrapped onto a second paragraph, "Nơi nhận" bold italic with
its colon upright, the "(Đã ký)" of a published copy, a signature pushed across the page
with spaces and tabs, an office printed under the signer's name, the page breaks Word
records when it saves (``w:lastRenderedPageBreak``). Each test checks the file and
asserts the finding of one rule is (or is not) there, with its severity.
"""

from __future__ import annotations

import io
from collections.abc import Sequence

import docx
from docx.document import Document as DocxDocument
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt
from docx.text.paragraph import Paragraph

from vnreport import Severity, check
from vnreport.conformance import Finding
from vnreport.conformance.checker import inspect

BODY = (
    "Sở Công Thương thông báo để các đơn vị biết, chủ động thực hiện theo đúng quy định "
    "của pháp luật hiện hành./."
)
RECIPIENTS = ("- Như trên;", "- Ban Giám đốc Sở;", "- Lưu: VT, CN.")
STACK = ("KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC")
NAME = "Hoàng Văn Thuân"

# One piece of a line: its text and how it is set (size, bold, italic).
Piece = tuple[str, float, bool, bool]


def _document() -> DocxDocument:
    """A document with the header of a thông báo (issuer and number left, Quốc hiệu,
    Tiêu ngữ and date right; the type name and subject under it), so that the footer
    built after it is judged as a Decree 30 document's."""
    document = docx.Document()
    document.styles["Normal"].font.name = "Times New Roman"
    header = document.add_table(rows=1, cols=2)
    left, right = header.rows[0].cells
    for cell, lines in (
        (left, [("SỞ CÔNG THƯƠNG", 13, True), ("Số: 12/TB-SCT", 13, False)]),
        (
            right,
            [
                ("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", 12, True),
                ("Độc lập - Tự do - Hạnh phúc", 13, True),
                ("Lào Cai, ngày 05 tháng 3 năm 2026", 13, False),
            ],
        ),
    ):
        for number, (text, size, bold) in enumerate(lines):
            paragraph = cell.paragraphs[0] if number == 0 else cell.add_paragraph()
            paragraph.alignment = 1
            _runs(paragraph, [(text, size, bold, text.startswith("Lào Cai"))])
    for text, bold in (("THÔNG BÁO", True), ("Kết quả kiểm tra an toàn thực phẩm", True)):
        paragraph = _runs(document.add_paragraph(), [(text, 14, bold, False)])
        paragraph.alignment = 1
    return document


def _runs(paragraph: Paragraph, pieces: Sequence[Piece]) -> Paragraph:
    for text, size, bold, italic in pieces:
        # A line break inside a piece is Word's Shift+Enter: <w:br/> in the run.
        for number, part in enumerate(text.split("\n")):
            run = paragraph.add_run()
            if number:
                run.add_break()
            run.add_text(part)
            run.font.size, run.bold, run.italic = Pt(size), bold, italic
            run.font.name = "Times New Roman"
    return paragraph


def _body(document: DocxDocument, *, page_break_after: bool = False) -> None:
    paragraph = _runs(document.add_paragraph(), [(BODY, 14, False, False)])
    paragraph.paragraph_format.first_line_indent = Pt(30)
    if page_break_after:
        document.add_paragraph()
        _rendered_break(document.paragraphs[-1])


def _rendered_break(paragraph: Paragraph) -> None:
    """The mark Word leaves where it began a page when it last laid the file out."""
    run = paragraph.add_run()
    run._r.append(OxmlElement("w:lastRenderedPageBreak"))


def _heading() -> list[Piece]:
    return [("Nơi nhận", 12, True, True), (":", 12, True, True)]


def _footer_table(
    document: DocxDocument,
    recipients: Sequence[Sequence[Piece]],
    signature: Sequence[tuple[Sequence[Piece], str]],
    *,
    heading: Sequence[Piece] | None = None,
) -> None:
    """A borderless two-column table: Nơi nhận left, each recipient a paragraph of its
    own; the signature right, each line a paragraph with its alignment."""
    table = document.add_table(rows=1, cols=2)
    left, right = table.rows[0].cells
    _runs(left.paragraphs[0], heading or _heading())
    for pieces in recipients:
        _runs(left.add_paragraph(), pieces)
    first = True
    for pieces, align in signature:
        paragraph = right.paragraphs[0] if first else right.add_paragraph()
        first = False
        _runs(paragraph, pieces)
        paragraph.alignment = {"center": 1, "left": 0}[align]


def _items(texts: Sequence[str], size: float = 11) -> list[list[Piece]]:
    return [[(text, size, False, False)] for text in texts]


def _centred(texts: Sequence[str], *, name: str = NAME) -> list[tuple[list[Piece], str]]:
    lines: list[tuple[list[Piece], str]] = [([(t, 14, True, False)], "center") for t in texts]
    return [*lines, ([(name, 14, True, False)], "center")]


def _save(document: DocxDocument) -> bytes:
    stream = io.BytesIO()
    document.save(stream)
    return stream.getvalue()


def _of(data: bytes, rule: str) -> list[Finding]:
    # The footer is judged only in a file read as a Decree 30 document: else no rule runs
    # and "no finding" would say nothing.
    assert inspect(data).anatomy.foreign is None
    return [finding for finding in check(data) if finding.rule == rule]


def _footer_document(
    recipients: Sequence[Sequence[Piece]] | None = None,
    signature: Sequence[tuple[Sequence[Piece], str]] | None = None,
    **options: object,
) -> bytes:
    document = _document()
    _body(document)
    _footer_table(
        document,
        _items(RECIPIENTS) if recipients is None else recipients,
        _centred(STACK) if signature is None else signature,
        **options,  # type: ignore[arg-type]
    )
    return _save(document)


# --- the stack and the signer ------------------------------------------------------------


def test_a_stack_split_by_a_line_break_has_its_title() -> None:
    """ "KT. GIÁM ĐỐC<w:br/>PHÓ GIÁM ĐỐC" in one paragraph: two lines of the stack."""
    data = _footer_document(signature=_centred(["KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC"]))
    assert _of(data, "signature.stack") == []
    anatomy = inspect(data).anatomy
    assert [span.text for span in anatomy.signature] == list(STACK)
    assert anatomy.signer is not None
    assert anatomy.signer.text == NAME


def test_a_deputy_title_missing_under_kt_is_still_reported() -> None:
    data = _footer_document(signature=_centred(["KT. GIÁM ĐỐC\nGIÁM ĐỐC"]))
    (finding,) = _of(data, "signature.stack")
    assert finding.severity is Severity.ERROR


def test_a_stack_and_name_in_one_paragraph_are_read_line_by_line() -> None:
    """The whole signature typed as one paragraph, lines ended by line breaks, the
    "(đã ký)" of a published copy between title and name (a LibreOffice conversion)."""
    block = "TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n\n(đã ký)\n\nNgô Thị Thanh Hằng"
    data = _footer_document(signature=[([(block, 14, True, False)], "center")])
    anatomy = inspect(data).anatomy
    assert [span.text for span in anatomy.signature] == [
        "TM. ỦY BAN NHÂN DÂN",
        "KT. CHỦ TỊCH",
        "PHÓ CHỦ TỊCH",
    ]
    assert anatomy.signer is not None
    assert anatomy.signer.text == "Ngô Thị Thanh Hằng"
    for rule in ("signature.stack", "signature.format", "signature.name"):
        assert _of(data, rule) == [], rule


def test_the_signed_mark_of_a_published_copy_is_not_a_title() -> None:
    """ "Đã ký" (no brackets) and "[ (Đã ký)" where the signature would be."""
    for mark in ("Đã ký", "[ (Đã ký)", "(Đã ký)"):
        signature = [
            ([("THỦ TƯỚNG", 14, True, False)], "center"),
            ([(mark, 14, True, False)], "center"),
            ([("Nguyễn Tấn Dũng", 14, True, False)], "center"),
        ]
        data = _footer_document(signature=signature)
        assert _of(data, "signature.format") == [], mark
        assert [span.text for span in inspect(data).anatomy.signature] == ["THỦ TƯỚNG"]


def test_an_office_printed_under_the_name_is_neither_name_nor_title() -> None:
    lines = ("TM. ĐOÀN KIỂM TRA", "TRƯỞNG ĐOÀN")
    signature = [
        *_centred(lines),
        ([("PHÓ GIÁM ĐỐC SỞ CÔNG THƯƠNG", 14, True, False)], "center"),
    ]
    data = _footer_document(signature=signature)
    anatomy = inspect(data).anatomy
    assert anatomy.signer is not None
    assert anatomy.signer.text == NAME
    assert [span.text for span in anatomy.signature] == list(lines)
    assert _of(data, "signature.name") == []
    assert _of(data, "signature.format") == []


def test_a_name_in_capitals_is_still_the_name_and_reported() -> None:
    data = _footer_document(signature=_centred(STACK, name="HOÀNG VĂN THUÂN"))
    (finding,) = _of(data, "signature.name")
    assert "never in capitals" in finding.expected


# --- placed by hand ----------------------------------------------------------------------


def _left(text: str, size: float = 14) -> tuple[list[Piece], str]:
    return [(text, size, True, False)], "left"


def test_a_signature_centred_with_spaces_and_a_tab_is_centred() -> None:
    """Left-aligned paragraphs whose lines the typist pushed right with spaces (and a tab
    before the name) until they stand on one axis, as printed."""
    signature = [
        _left("            TM.ỦY BAN NHÂN DÂN", 13),
        _left("                       KT.CHỦ TỊCH", 13),
        _left("                      PHÓ CHỦ TỊCH", 13),
        (
            [("                     ", 13, True, False), ("\tTrần Tuấn Anh", 14, True, False)],
            "left",
        ),
    ]
    data = _footer_document(signature=signature)
    assert [f.found for f in _of(data, "signature.format")] == []
    assert [f.found for f in _of(data, "signature.name")] == []


def test_a_name_pushed_under_centred_titles_with_spaces_is_centred() -> None:
    """The titles centred, the name in a left-aligned paragraph behind spaces that put
    its middle under theirs (the cell is 3 inches wide)."""
    signature = [*_centred(STACK)[:-1], _left(" " * 14 + NAME)]
    document = _document()
    _body(document)
    _footer_table(document, _items(RECIPIENTS), signature)
    table = document.tables[-1]
    for cell in table.columns[1].cells:
        cell.width = Pt(216)
    data = _save(document)
    assert _of(data, "signature.name") == []


def test_a_name_left_flush_under_centred_titles_is_reported() -> None:
    signature = [*_centred(STACK)[:-1], _left(NAME)]
    data = _footer_document(signature=signature)
    (finding,) = [f for f in _of(data, "signature.name") if f.expected == "centred"]
    assert finding.severity is Severity.ERROR


def test_a_line_pushed_off_the_axis_is_reported() -> None:
    signature = [*_centred(STACK)[:-1], _left(" " * 40 + NAME)]
    data = _footer_document(signature=signature)
    assert [f.expected for f in _of(data, "signature.name")] == ["centred"]


# --- Nơi nhận ----------------------------------------------------------------------------


def test_recipients_ended_by_line_breaks_are_read() -> None:
    """Every recipient after a line break, in the paragraph of "Nơi nhận:"."""
    heading = [("Nơi nhận:", 12, True, True), ("\n" + "\n".join(RECIPIENTS), 11, False, False)]
    data = _footer_document(recipients=[], heading=heading)
    anatomy = inspect(data).anatomy
    assert [span.text for span in anatomy.recipients] == list(RECIPIENTS)
    assert anatomy.recipients_heading is not None
    assert anatomy.recipients_heading.text == "Nơi nhận:"
    assert _of(data, "recipients.items") == []
    assert _of(data, "recipients.heading") == []


def test_recipients_in_12_pt_are_still_reported_line_by_line() -> None:
    data = _footer_document(recipients=_items(RECIPIENTS, size=12))
    findings = _of(data, "recipients.items")
    assert [(f.found, f.severity) for f in findings] == [("12 pt", Severity.ERROR)] * 3


def test_a_recipient_wrapped_onto_a_second_line_is_one_recipient() -> None:
    wrapped = ("- Như trên;", "- Các sở: Nông nghiệp và Môi trường,", "Tài chính, Xây dựng;")
    data = _footer_document(recipients=_items((*wrapped, "- Lưu: VT, KT.")))
    assert _of(data, "recipients.items") == []


def test_a_recipient_without_its_dash_after_an_ended_one_is_reported() -> None:
    data = _footer_document(recipients=_items(("- Như trên;", "Ban Giám đốc Sở;", "- Lưu: VT.")))
    (finding,) = _of(data, "recipients.items")
    assert finding.found == "begins 'Ba'"


def test_a_wrapped_last_recipient_is_judged_by_its_last_line() -> None:
    lines = ("- Như trên;", "- Lưu: VT, Phòng Kỹ thuật an toàn,", "Phòng Quản lý năng lượng")
    data = _footer_document(recipients=_items(lines))
    assert [f.found for f in _of(data, "recipients.items")] == ["ends with 'g'"]
    assert _of(data, "recipients.archive") == []


def test_only_the_colon_upright_is_no_deviation() -> None:
    heading = [("Nơi nhận", 12, True, True), (":", 12, True, False)]
    data = _footer_document(heading=heading)
    assert _of(data, "recipients.heading") == []


def test_nơi_nhận_upright_is_reported() -> None:
    heading: list[Piece] = [("Nơi nhận:", 12, True, False)]
    data = _footer_document(heading=heading)
    assert [f.found for f in _of(data, "recipients.heading")] == ["upright"]


def test_a_dash_in_italic_is_no_deviation() -> None:
    recipients = [
        *_items(RECIPIENTS[:-1]),
        [("-", 11, False, True), (" Lưu: VT.", 11, False, False)],
    ]
    data = _footer_document(recipients=recipients)
    assert _of(data, "recipients.items") == []


def test_a_footer_typed_with_tabs_keeps_a_wrapped_recipient() -> None:
    """No table: Nơi nhận and the signature side by side on the same lines, split by tabs,
    a recipient going on over the next line."""
    document = _document()
    _body(document)
    lines = [
        [
            ("Nơi nhận:", 12, True, True),
            ("\t", 11, False, False),
            ("KT. GIÁM ĐỐC", 14, True, False),
        ],
        [("- Các sở: Nông nghiệp,", 11, False, False), ("\tPHÓ GIÁM ĐỐC", 14, True, False)],
        [("Tài chính;", 11, False, False)],
        [("- Lưu: VT.", 11, False, False), ("\t" + NAME, 14, True, False)],
    ]
    for pieces in lines:
        _runs(document.add_paragraph(), pieces)
    data = _save(document)
    anatomy = inspect(data).anatomy
    assert [span.text for span in anatomy.recipients] == [
        "- Các sở: Nông nghiệp,",
        "Tài chính;",
        "- Lưu: VT.",
    ]
    assert [span.text for span in anatomy.signature] == list(STACK)
    assert _of(data, "recipients.items") == []


def test_an_enclosed_text_needs_no_nơi_nhận_nor_signature() -> None:
    """A regulation issued with a decision: "(Ban hành kèm theo Quyết định số …)" under
    its title; it is signed and sent in the decision."""
    document = _document()
    _runs(document.add_paragraph(), [("QUY ĐỊNH", 14, True, False)])
    note = "(Ban hành kèm theo Quyết định số 15/2026/QĐ-UBND ngày 26 tháng 4 năm 2026)"
    _runs(document.add_paragraph(), [(note, 14, False, True)])
    _body(document)
    data = _save(document)
    assert _of(data, "recipients.heading") == []
    assert _of(data, "signature.stack") == []


def test_a_letter_without_nơi_nhận_is_reported() -> None:
    document = _document()
    _body(document)
    data = _save(document)
    assert [f.found for f in _of(data, "recipients.heading")] == ["no 'Nơi nhận:'"]
    assert [f.found for f in _of(data, "signature.stack")] == ["no signature block"]


def test_a_decision_naming_who_carries_it_out_needs_no_như_điều() -> None:
    document = _document()
    _runs(document.add_paragraph(), [("QUYẾT ĐỊNH", 14, True, False)])
    _runs(document.add_paragraph(), [("Điều 1. Phê duyệt phương án.", 14, False, False)])
    _runs(document.add_paragraph(), [("Điều 2. Sở Công Thương thi hành./.", 14, False, False)])
    named = ("- Sở Công Thương;", "- Công an tỉnh;", "- Lưu: VT, KT.")
    _footer_table(document, _items(named), _centred(STACK))
    assert _of(_save(document), "recipients.as-article") == []


# --- a board's biên bản ------------------------------------------------------------------


def test_members_signing_a_board_s_biên_bản_are_signatures() -> None:
    """No Nơi nhận; each member signs under "THÀNH VIÊN" in borderless tables at the end,
    the titles in one row and the names in the next."""
    document = _document()
    _runs(document.add_paragraph(), [("BIÊN BẢN THẨM ĐỊNH", 14, True, False)])
    _body(document)
    names = ("Nguyễn Hưng Thuận", "Mạc Văn Phúc", "Nguyễn Đắc Khánh")
    table = document.add_table(rows=2, cols=3)
    for column, name in enumerate(names):
        _runs(table.rows[0].cells[column].paragraphs[0], [("THÀNH VIÊN", 13, True, False)])
        _runs(table.rows[1].cells[column].paragraphs[0], [(name, 14, True, False)])
        for row in table.rows:
            row.cells[column].paragraphs[0].alignment = 1
    data = _save(document)
    anatomy = inspect(data).anatomy
    assert [
        ([s.text for s in lines], signer and signer.text) for lines, signer in anatomy.signatures
    ] == [(["THÀNH VIÊN"], name) for name in names]
    assert _of(data, "signature.stack") == []
    assert _of(data, "minutes.signatures") == []


# --- where the pages break ---------------------------------------------------------------


def test_a_file_that_sets_nothing_on_its_pages_gets_no_finding() -> None:
    """No keep settings, no layout recorded: where the pages break is the word
    processor's, so the rule is not evaluated — and no warning is given."""
    findings = check(_footer_document())
    assert [f for f in findings if f.rule == "signature.kept-together"] == []
    assert "signature.kept-together" in [item.rule for item in findings.not_evaluated]


def test_word_s_layout_leaving_the_signature_alone_is_warned_about() -> None:
    document = _document()
    _body(document, page_break_after=True)
    _footer_table(document, _items(RECIPIENTS), _centred(STACK))
    findings = check(_save(document))
    (finding,) = [f for f in findings if f.rule == "signature.kept-together"]
    assert finding.severity is Severity.WARNING
    assert finding.found == "the signature page carries no body text (Word's last layout)"
    assert "signature.kept-together" not in [item.rule for item in findings.not_evaluated]


def test_word_s_layout_splitting_the_signature_is_warned_about() -> None:
    document = _document()
    _body(document)
    _footer_table(document, _items(RECIPIENTS), _centred(STACK))
    _rendered_break(document.tables[-1].rows[0].cells[1].paragraphs[-1])
    (finding,) = _of(_save(document), "signature.kept-together")
    assert finding.found == "the signature block splits across pages (Word's last layout)"


def test_word_s_layout_breaking_elsewhere_is_no_finding() -> None:
    document = _document()
    _rendered_break(_runs(document.add_paragraph(), [(BODY, 14, False, False)]))
    _body(document)
    _footer_table(document, _items(RECIPIENTS), _centred(STACK))
    assert _of(_save(document), "signature.kept-together") == []


def test_a_block_kept_in_one_row_whose_last_paragraph_is_not_kept_is_warned_about() -> None:
    document = _document()
    _body(document)
    _footer_table(document, _items(RECIPIENTS), _centred(STACK))
    row = document.tables[-1].rows[0]._tr
    properties = row.get_or_add_trPr()
    properties.append(OxmlElement("w:cantSplit"))
    (finding,) = _of(_save(document), "signature.kept-together")
    assert finding.found == "the last paragraph does not keep with the signature"
    assert qn("w:cantSplit") in [child.tag for child in properties]
