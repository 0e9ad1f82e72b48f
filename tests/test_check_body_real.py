"""The body's form rules on documents as offices type them in Word (issue 10).

Each test types a document with python-docx the way a clerk does (tests/handmade.py's
gestures), changes one thing the way Word files found in offices have it, and checks
that the body's rules report it, by rule id and severity, or do not report what the page
does not show: a quyết định's "Căn cứ" lines spaced 4 pt apart, a centred formula, a
one-line paragraph flush left, a khoản title in bold ending with ":", a caption above a
table, a list item whose indent comes from Word's list numbering.
"""

from __future__ import annotations

from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls
from docx.text.paragraph import Paragraph

from handmade import Clerk, _footer_table, _header_table, _title, borderless_table
from vnreport import Finding, Severity, check
from vnreport.conformance import inspect

E, W = Severity.ERROR, Severity.WARNING
AUTHORITY = "CHỦ TỊCH ỦY BAN NHÂN DÂN HUYỆN TUẦN GIÁO"
BASES = (
    "Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;",
    "Căn cứ Quyết định số 06/QĐ-TTg ngày 06/01/2022 của Thủ tướng Chính phủ;",
    "Theo đề nghị của Trưởng Công an huyện.",
)
LONG = (
    "Thành lập Tổ công tác triển khai Đề án 06 của huyện, gồm các ông (bà) có tên trong "
    "danh sách kèm theo, làm việc theo chế độ kiêm nhiệm và tự giải thể khi xong nhiệm vụ."
)
EXECUTION = (
    "Chánh Văn phòng HĐND và UBND huyện, Trưởng Công an huyện và các ông (bà) có tên tại "
    "Điều 1 chịu trách nhiệm thi hành Quyết định này./."
)


def _space_before(paragraph: Paragraph, points: float) -> None:
    paragraph.paragraph_format.space_before = points * 12700


def _decision(*, bases_before: float = 6, body: tuple[str, ...] = ()) -> Clerk:
    """A quyết định typed as Mẫu 1.2 lays it out, its bases ``bases_before`` pt apart;
    ``body`` paragraphs are typed after Điều 1, as body paragraphs."""
    clerk = Clerk(font=None)
    clerk.page(margins=(20, 20, 30, 15))
    clerk.careful_fonts()
    _header_table(
        clerk,
        parent=None,
        issuer=("ỦY BAN NHÂN DÂN", "HUYỆN TUẦN GIÁO"),
        number="Số: 125/QĐ-UBND",
        date="Tuần Giáo, ngày 15 tháng 3 năm 2022",
    )
    document = clerk.document
    _title(clerk, "QUYẾT ĐỊNH", ["Về việc thành lập Tổ công tác triển khai Đề án 06"])
    clerk.line(document, AUTHORITY, size=14, bold=True, align="center", before=12)
    for text in BASES:
        _space_before(clerk.body([(text, {"italic": True})]), bases_before)
    clerk.line(document, "QUYẾT ĐỊNH:", size=14, bold=True, align="center", before=12)
    clerk.body([("Điều 1. ", {"bold": True}), (LONG, {})])
    for text in body:
        clerk.body(text)
    clerk.body([("Điều 2. ", {"bold": True}), (EXECUTION, {})])
    _footer_table(clerk, ("- Như Điều 2;", "- Lưu: VT, CAH."), ("CHỦ TỊCH",), "Vừ A Bằng")
    clerk.page_numbers()
    return clerk


def _of(clerk: Clerk, *rules: str) -> list[Finding]:
    return [f for f in check(clerk.save()) if f.rule in rules]


def _paragraph(clerk: Clerk, start: str) -> Paragraph:
    return next(p for p in clerk.document.paragraphs if p.text.startswith(start))


def _index(clerk: Clerk, start: str) -> int:
    data = clerk.save()
    return next(p.index for p in inspect(data).document.paragraphs if p.plain.startswith(start))


BODY_FORM = ("body.alignment", "body.indent", "body.spacing")


def test_a_decision_typed_as_mau_1_2_has_no_body_finding() -> None:
    assert _of(_decision(), *BODY_FORM, "legal-basis.format") == []


def test_the_bases_of_a_decision_are_spaced_as_the_text() -> None:
    """A quyết định's "Căn cứ" lines 4 pt apart (qd03, qd05 of the corpus): the decree's
    6 pt is between every paragraph of the text, its legal bases too."""
    clerk = _decision(bases_before=4)
    found = _of(clerk, "body.spacing")
    bases = [_index(clerk, text[:20]) for text in BASES]
    assert [(f.paragraph, f.severity, f.found) for f in found] == [
        (index, E, "4 pt between paragraphs") for index in bases
    ]


def test_the_authority_line_and_the_decision_word_are_not_spaced_as_text() -> None:
    """0 pt around "CHỦ TỊCH …" and "QUYẾT ĐỊNH:", as Mẫu 1.2 itself has them."""
    clerk = _decision()
    for start in (AUTHORITY, "QUYẾT ĐỊNH:"):
        _space_before(_paragraph(clerk, start), 0)
    assert _of(clerk, *BODY_FORM) == []


def test_a_centred_formula_is_not_a_text_paragraph() -> None:
    clerk = _decision(body=("Khoảng cách an toàn về chấn động được tính theo công thức:",))
    formula = clerk.line(clerk.document, "Rc = Kc.α.∛Q; m", size=14, align="center", before=5)
    _paragraph(clerk, "Điều 2.")._p.addprevious(formula._p)
    assert _of(clerk, *BODY_FORM) == []
    # Typed as a paragraph of the text, flush left, not indented, 5 pt before, it is one.
    formula.paragraph_format.alignment = 0
    found = {(f.rule, f.paragraph) for f in _of(clerk, *BODY_FORM)}
    index = _index(clerk, "Rc = ")
    assert found == {("body.indent", index), ("body.spacing", index)}


def test_a_one_line_paragraph_flush_left_shows_as_justified() -> None:
    """A justified paragraph's last line is flush left: on one line the two look alike."""
    clerk = _decision(body=("Tổ công tác làm việc theo chế độ kiêm nhiệm.",))
    _paragraph(clerk, "Tổ công tác").paragraph_format.alignment = 0  # left
    assert _of(clerk, "body.alignment") == []


def test_a_wrapped_paragraph_flush_left_is_reported() -> None:
    clerk = _decision()
    _paragraph(clerk, "Điều 1.").paragraph_format.alignment = 0
    found = _of(clerk, "body.alignment")
    assert [(f.paragraph, f.severity, f.found) for f in found] == [
        (_index(clerk, "Điều 1."), E, "aligned left")
    ]


def test_a_khoan_title_in_bold_ending_with_a_colon_is_a_heading() -> None:
    """ "1. Thông tin về đơn vị đề nghị cấp giấy phép:" flush left, in bold (bb01): a
    heading, whose alignment and indent the decree leaves open; a sentence that ends
    with ":" is still text."""
    clerk = _decision()
    document = clerk.document
    title = clerk.line(document, "1. Thông tin về đơn vị đề nghị cấp giấy phép:", size=14)
    for run in title.runs:
        run.bold = True
    _space_before(title, 6)
    lead = clerk.line(document, "1. Giao phòng Quản lý Công nghiệp thực hiện:", size=14)
    _space_before(lead, 6)
    anchor = _paragraph(clerk, "Điều 2.")._p
    anchor.addprevious(title._p)
    anchor.addprevious(lead._p)
    found = {(f.rule, f.excerpt[:12]) for f in _of(clerk, *BODY_FORM, "heading.format")}
    assert found == {("body.indent", "1. Giao phòn")}


def test_a_bold_caption_above_a_table_is_not_a_text_paragraph() -> None:
    clerk = _decision()
    caption = clerk.line(clerk.document, "- Lái xe", size=14, bold=True, italic=True, before=6)
    table = borderless_table(clerk, 1, (4000, 5000))
    clerk.line(table.cell(0, 0), "Họ và tên", size=13, align="center")
    clerk.line(table.cell(0, 1), "Số giấy phép lái xe", size=13, align="center")
    anchor = _paragraph(clerk, "Điều 2.")._p
    anchor.addprevious(caption._p)
    anchor.addprevious(table._tbl)
    assert _of(clerk, *BODY_FORM) == []


def _numbered(clerk: Clerk, paragraph: Paragraph, ind: str) -> None:
    """Put ``paragraph`` in a dash list whose level is indented 1.27 cm, hanging 0.63 cm
    (Word's default bullet), with the paragraph's own ``w:ind`` (``ind`` attributes)."""
    numbering = clerk.document.part.numbering_part.element
    numbering.append(
        parse_xml(
            f'<w:abstractNum {nsdecls("w")} w:abstractNumId="90"><w:lvl w:ilvl="0">'
            '<w:start w:val="1"/><w:numFmt w:val="bullet"/><w:lvlText w:val="-"/>'
            '<w:lvlJc w:val="left"/><w:pPr><w:ind w:left="720" w:hanging="360"/></w:pPr>'
            "</w:lvl></w:abstractNum>"
        )
    )
    numbering.append(
        parse_xml(f'<w:num {nsdecls("w")} w:numId="90"><w:abstractNumId w:val="90"/></w:num>')
    )
    properties = paragraph._p.get_or_add_pPr()
    for old in properties.findall(f"{{{properties.nsmap['w']}}}ind"):
        properties.remove(old)
    properties.append(
        parse_xml(f'<w:numPr {nsdecls("w")}><w:ilvl w:val="0"/><w:numId w:val="90"/></w:numPr>')
    )
    properties.append(parse_xml(f"<w:ind {nsdecls('w')} {ind}/>"))


def test_a_list_item_takes_its_indent_from_the_list_level() -> None:
    """ "Không." in a dash list that sets only w:hanging="11" (bb01): the level's 1.27 cm
    left indent stays, the first line starts at 1.25 cm, within the decree's range."""
    clerk = _decision(body=("Không có nội dung cần bổ sung.",))
    _numbered(clerk, _paragraph(clerk, "Không có"), 'w:hanging="11"')
    assert _of(clerk, "body.indent") == []


def test_a_list_item_hanging_in_its_indent_starts_where_its_number_does() -> None:
    """Members listed with Word's numbering, left 1.26 cm hanging 0.63 cm (bb01): the
    first line (its number) starts 0.63 cm from the margin, not 1–1.27 cm."""
    clerk = _decision(body=("Ông Vương Thành Chung - Phó Cục trưởng Cục Hóa chất.",))
    _numbered(clerk, _paragraph(clerk, "Ông Vương"), 'w:left="714" w:hanging="357"')
    found = _of(clerk, "body.indent")
    assert [(f.paragraph, f.severity, f.found) for f in found] == [
        (_index(clerk, "Ông Vương"), E, "first line indented 0.63 cm")
    ]


def test_a_semicolon_left_upright_after_an_italic_basis_is_not_upright_text() -> None:
    """ "Căn cứ Thông tư …" in italic with only its ";" upright (qd05): the slant of a
    lone mark does not show; an upright basis is reported."""
    clerk = _decision()
    basis = _paragraph(clerk, "Căn cứ Luật")
    basis.runs[0].text = basis.runs[0].text.rstrip(";")
    mark = basis.add_run(";")
    mark.italic = False
    mark.font.size = basis.runs[0].font.size
    assert _of(clerk, "legal-basis.format") == []
    for run in _paragraph(clerk, "Căn cứ Quyết định").runs:
        run.italic = False
    found = _of(clerk, "legal-basis.format")
    assert [(f.paragraph, f.severity, f.found) for f in found] == [
        (_index(clerk, "Căn cứ Quyết định"), E, "upright")
    ]


def _decision_with_titled_article(title_bold: bool) -> Clerk:
    """A quyết định whose Điều 1 has a title, its full stop upright between the bold
    label and the title ("**Điều 1**. **Thành lập Tổ công tác**"), as gp01 types it."""
    clerk = _decision()
    paragraph = _paragraph(clerk, "Điều 1.")
    for run in list(paragraph.runs):
        run._r.getparent().remove(run._r)
    paragraph.add_run("Điều 1").bold = True
    paragraph.add_run(". ").bold = False
    paragraph.add_run("Thành lập Tổ công tác").bold = title_bold
    return clerk


def test_an_upright_full_stop_between_label_and_title_is_no_deviation() -> None:
    assert _of(_decision_with_titled_article(title_bold=True), "article.label") == []


def test_an_article_title_not_bold_is_reported() -> None:
    (finding,) = _of(_decision_with_titled_article(title_bold=False), "article.label")
    assert finding.found == "the title 'Thành lập Tổ công tác' not bold"
