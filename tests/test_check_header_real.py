"""Header recognition, numbers, dates, type names and page numbers on documents built the
way offices' Word files are: a borderless header table, legal normative numbers, type
names outside Điều 7 or run on with words, a biên bản dated in its body, PAGE fields in
headers and footers Word does or does not show, files that are no Decree 30 document.

Every document here is written as raw WordprocessingML by the builders below.
"""

from __future__ import annotations

import io
import re
import zipfile
from xml.sax.saxutils import escape, unescape

from vnreport.conformance.checker import check, inspect
from vnreport.conformance.findings import Findings, Severity
from vnreport.rules.doctypes import DocumentType

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
R_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
_ROOT = f'xmlns:w="{W_NS}" xmlns:r="{R_NS}"'
_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
_CT = "application/vnd.openxmlformats-officedocument.wordprocessingml"

# --- builders ------------------------------------------------------------------------------


def run(text: str, *, size: float = 14, bold: bool = False, italic: bool = False) -> str:
    props = f'<w:sz w:val="{int(size * 2)}"/>'
    props = ("<w:b/>" if bold else "") + ("<w:i/>" if italic else "") + props
    return f'<w:r><w:rPr>{props}</w:rPr><w:t xml:space="preserve">{escape(text)}</w:t></w:r>'


def para(
    text: str = "",
    *,
    size: float = 14,
    bold: bool = False,
    italic: bool = False,
    align: str = "center",
    inner: str = "",
) -> str:
    runs = run(text, size=size, bold=bold, italic=italic) if text else ""
    return f'<w:p><w:pPr><w:jc w:val="{align}"/></w:pPr>{runs}{inner}</w:p>'


def page_field(align: str = "center", size: float = 14) -> str:
    """A paragraph holding a PAGE field, as Word inserts it (Insert › Page Number)."""
    props = f'<w:rPr><w:sz w:val="{int(size * 2)}"/></w:rPr>'
    return (
        f'<w:p><w:pPr><w:jc w:val="{align}"/></w:pPr>'
        f'<w:r>{props}<w:fldChar w:fldCharType="begin"/></w:r>'
        f'<w:r>{props}<w:instrText xml:space="preserve"> PAGE </w:instrText></w:r>'
        f'<w:r>{props}<w:fldChar w:fldCharType="separate"/></w:r>'
        f"<w:r>{props}<w:t>2</w:t></w:r>"
        f'<w:r>{props}<w:fldChar w:fldCharType="end"/></w:r></w:p>'
    )


def cell(width: int, paragraphs: list[str]) -> str:
    return (
        f'<w:tc><w:tcPr><w:tcW w:w="{width}" w:type="dxa"/></w:tcPr>'
        f"{''.join(paragraphs) or '<w:p/>'}</w:tc>"
    )


def header_table(left: list[str], right: list[str]) -> str:
    """The header as most offices type it: a borderless two-column table, issuer and
    number on the left, Quốc hiệu, Tiêu ngữ and date on the right."""
    return (
        '<w:tbl><w:tblPr><w:tblW w:w="9600" w:type="dxa"/></w:tblPr>'
        '<w:tblGrid><w:gridCol w:w="3600"/><w:gridCol w:w="6000"/></w:tblGrid>'
        f"<w:tr>{cell(3600, left)}{cell(6000, right)}</w:tr></w:tbl>"
    )


def office_header(number: str | None, date: str | None, issuer: str = "TỈNH LÀO CAI") -> str:
    left = [para("ỦY BAN NHÂN DÂN", size=13, bold=True), para(issuer, size=13, bold=True)]
    if number is not None:
        left.append(para(number, size=13))
    right = [
        para("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", size=12, bold=True),
        para("Độc lập - Tự do - Hạnh phúc", size=13, bold=True),
    ]
    if date is not None:
        right.append(para(date, italic=True))
    return header_table(left, right)


def title(type_name: str, *subject: str) -> str:
    return para(type_name, bold=True) + "".join(para(line, bold=True) for line in subject)


def body(*texts: str) -> str:
    return "".join(para(text, align="both") for text in texts)


def docx(
    content: str,
    *,
    headers: dict[str, str] | None = None,
    footers: dict[str, str] | None = None,
    even_and_odd: bool = False,
    title_page: bool = True,
    two_sections: bool = False,
    app: str | None = None,
) -> bytes:
    """A package: ``content`` in the body; ``headers`` and ``footers`` map a kind
    ("default", "first", "even") to the paragraphs of that part, referenced from the
    section; with ``two_sections`` a second section follows that names no part of its
    own (it inherits the first's)."""
    parts: dict[str, str] = {}
    relationships = [
        f'<Relationship Id="rStyles" Type="{_REL}/styles" Target="styles.xml"/>',
        f'<Relationship Id="rSettings" Type="{_REL}/settings" Target="settings.xml"/>',
    ]
    overrides = [
        f'<Override PartName="/word/document.xml" ContentType="{_CT}.document.main+xml"/>',
        f'<Override PartName="/word/styles.xml" ContentType="{_CT}.styles+xml"/>',
        f'<Override PartName="/word/settings.xml" ContentType="{_CT}.settings+xml"/>',
    ]
    references = []
    for story, tag, given in (("header", "hdr", headers), ("footer", "ftr", footers)):
        for kind, paragraphs in (given or {}).items():
            name = f"{story}-{kind}.xml"
            parts[f"word/{name}"] = f"<w:{tag} {_ROOT}>{paragraphs or '<w:p/>'}</w:{tag}>"
            rid = f"r{story}{kind}"
            relationships.append(
                f'<Relationship Id="{rid}" Type="{_REL}/{story}" Target="{name}"/>'
            )
            overrides.append(f'<Override PartName="/word/{name}" ContentType="{_CT}.{story}+xml"/>')
            references.append(f'<w:{story}Reference w:type="{kind}" r:id="{rid}"/>')

    def section(named: list[str]) -> str:
        return (
            f"<w:sectPr>{''.join(named)}"
            '<w:pgSz w:w="11906" w:h="16838"/>'
            '<w:pgMar w:top="1134" w:right="1134" w:bottom="1134" w:left="1701" '
            'w:header="720" w:footer="720" w:gutter="0"/>'
            f"{'<w:titlePg/>' if title_page else ''}</w:sectPr>"
        )

    if two_sections:
        content += f"<w:p><w:pPr>{section(references)}</w:pPr></w:p>" + body("Phần hai.")
        references = []
    parts["word/document.xml"] = (
        f"<w:document {_ROOT}><w:body>{content}{section(references)}</w:body></w:document>"
    )
    parts["word/styles.xml"] = (
        f"<w:styles {_ROOT}><w:docDefaults><w:rPrDefault><w:rPr>"
        '<w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman" '
        'w:eastAsia="Times New Roman" w:cs="Times New Roman"/><w:sz w:val="28"/>'
        "</w:rPr></w:rPrDefault></w:docDefaults></w:styles>"
    )
    parts["word/settings.xml"] = (
        f"<w:settings {_ROOT}>{'<w:evenAndOddHeaders/>' if even_and_odd else ''}</w:settings>"
    )
    package_relationships = [
        f'<Relationship Id="rId1" Type="{_REL}/officeDocument" Target="word/document.xml"/>'
    ]
    if app is not None:
        parts["docProps/app.xml"] = app
        overrides.append(
            '<Override PartName="/docProps/app.xml" ContentType="application/'
            'vnd.openxmlformats-officedocument.extended-properties+xml"/>'
        )
        package_relationships.append(
            f'<Relationship Id="rId2" Type="{_REL}/extended-properties" Target="docProps/app.xml"/>'
        )
    rels = "http://schemas.openxmlformats.org/package/2006/relationships"
    parts["word/_rels/document.xml.rels"] = (
        f'<Relationships xmlns="{rels}">{"".join(relationships)}</Relationships>'
    )
    parts["_rels/.rels"] = (
        f'<Relationships xmlns="{rels}">{"".join(package_relationships)}</Relationships>'
    )
    parts["[Content_Types].xml"] = (
        '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
        '<Default Extension="rels" '
        'ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
        '<Default Extension="xml" ContentType="application/xml"/>'
        f"{''.join(overrides)}</Types>"
    )
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for name, text in parts.items():
            archive.writestr(name, ('<?xml version="1.0" encoding="UTF-8"?>' + text).encode())
    return buffer.getvalue()


def app_properties(pages: int, words: int) -> str:
    """docProps/app.xml as Word saves it: its page and word counts."""
    return (
        '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/'
        'extended-properties"><Application>Microsoft Office Word</Application>'
        f"<Pages>{pages}</Pages><Words>{words}</Words></Properties>"
    )


def found(findings: Findings, rule: str) -> list[tuple[Severity, str]]:
    return [(f.severity, f.found) for f in findings if f.rule == rule]


DATE_2010 = "Hà Nội, ngày 26 tháng 4 năm 2010"
DATE_DRAFT = "Lào Cai, ngày      tháng 6 năm 2026"


def decision(number: str, date: str = DATE_2010, type_name: str = "QUYẾT ĐỊNH") -> bytes:
    return docx(
        office_header(number, date)
        + title(type_name, "Ban hành Quy định về quản lý Internet")
        + body("Căn cứ Luật Tổ chức chính quyền địa phương;", "Điều 1. Ban hành kèm theo.")
    )


# --- numbers -----------------------------------------------------------------------------


def test_a_legal_normative_number_with_its_year_is_accepted() -> None:
    findings = check(decision("Số: 15/2010/QĐ-UBND"))
    assert found(findings, "number.form") == []


def test_the_year_of_a_legal_number_is_the_dates() -> None:
    findings = check(decision("Số: 15/2009/QĐ-UBND"))
    assert found(findings, "number.form") == [
        (Severity.ERROR, "year 2009 in the number"),
    ]


def test_a_year_in_an_administrative_documents_number_is_reported() -> None:
    data = docx(
        office_header("Số: 05/2024/BC-UBND", "Lào Cai, ngày 05 tháng 3 năm 2024")
        + title("BÁO CÁO", "Kết quả thực hiện nhiệm vụ năm 2023")
        + body("Nội dung báo cáo.")
    )
    ((severity, text),) = found(check(data), "number.form")
    assert severity is Severity.ERROR
    assert text == "a year in the number of a báo cáo"


def test_a_nghi_dinh_is_recognised_with_its_number() -> None:
    data = docx(
        office_header("Số: 30/2020/NĐ-CP", "Hà Nội, ngày 05 tháng 3 năm 2020", "CHÍNH PHỦ")
        + title("NGHỊ ĐỊNH", "Về công tác văn thư")
        + body("Căn cứ Luật Tổ chức Chính phủ;")
    )
    anatomy = inspect(data).anatomy
    assert anatomy.other_type is not None
    assert anatomy.other_type.abbreviation == "NĐ"
    assert anatomy.type_name is not None
    assert anatomy.type_name.text == "NGHỊ ĐỊNH"
    findings = check(data)
    for rule in ("number.form", "type-name.text", "type-name.format", "subject.format"):
        assert found(findings, rule) == [], rule


def test_a_nghi_dinh_numbered_without_its_year_is_reported() -> None:
    data = docx(
        office_header("Số: 30/NĐ-CP", "Hà Nội, ngày 05 tháng 3 năm 2020", "CHÍNH PHỦ")
        + title("NGHỊ ĐỊNH", "Về công tác văn thư")
    )
    assert found(check(data), "number.form") == [(Severity.ERROR, "no year in the number")]


def test_a_licence_is_a_type_named_by_what_it_permits() -> None:
    """A giấy phép (a specialised document) is titled by what it permits and numbered
    GP: neither is reported, and no subject is asked for under its name."""
    data = docx(
        office_header("Số:            /GP-UBND", "Lào Cai, ngày      tháng      năm 2026")
        + para("")
        + title("GIẤY PHÉP SỬ DỤNG VẬT LIỆU NỔ CÔNG NGHIỆP")
        + para("CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH LÀO CAI", bold=True)
        + body("Căn cứ Luật Tổ chức chính quyền địa phương;")
        + para("QUYẾT ĐỊNH:", bold=True)
        + body("Điều 1. Cho phép Công ty Cổ phần Yên Bái sử dụng vật liệu nổ công nghiệp.")
    )
    anatomy = inspect(data).anatomy
    assert anatomy.other_type is not None
    assert anatomy.other_type.title == "Giấy phép"
    assert anatomy.subject == ()
    assert [span.text for span in anatomy.authority_line] == [
        "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH LÀO CAI"
    ]
    findings = check(data)
    for rule in ("number.form", "type-name.text", "type-name.format", "subject.format"):
        assert found(findings, rule) == [], rule


def test_a_licences_symbol_on_a_decision_is_named_as_such() -> None:
    ((severity, text),) = found(check(decision("Số: 12/GP-UBND")), "number.form")
    assert severity is Severity.ERROR
    assert text == "'GP' (Giấy phép)"


# --- type names and subjects -------------------------------------------------------------


MINUTES_OPENING = (
    "Hôm nay, ngày 14 tháng 11 năm 2025, tại trụ sở Cục Hóa chất, Cục Hóa chất tiến hành "
    "thẩm định hồ sơ đề nghị cấp Giấy phép vận chuyển hàng hóa nguy hiểm."
)


def test_a_bien_ban_titled_with_its_kind_is_a_bien_ban_dated_in_its_body() -> None:
    data = docx(
        office_header(None, None, "CỤC HÓA CHẤT")
        + title("BIÊN BẢN THẨM ĐỊNH", "Hồ sơ đề nghị cấp Giấy phép vận chuyển hàng hóa")
        + body(MINUTES_OPENING, "I. THÀNH PHẦN")
    )
    anatomy = inspect(data).anatomy
    assert anatomy.doc_type is DocumentType.MINUTES
    assert anatomy.place_date is None  # "Hôm nay, ngày …" is the body's
    findings = check(data)
    assert found(findings, "date.form") == found(findings, "date.format") == []
    assert found(findings, "type-name.format") == []
    assert found(findings, "type-name.text") == [
        (Severity.ERROR, "'BIÊN BẢN THẨM ĐỊNH': words after the type name")
    ]
    # Mẫu 1.9 numbers a biên bản: "Số: …/BB-…".
    assert found(findings, "number.form") == [(Severity.ERROR, "no number line")]


def test_a_dated_sentence_above_the_title_is_not_the_date_line() -> None:
    data = docx(
        office_header("Số: 12/BB-UBND", None)
        + body(MINUTES_OPENING)
        + title("BIÊN BẢN", "Họp rà soát hồ sơ")
    )
    assert inspect(data).anatomy.place_date is None


def test_a_place_named_nam_is_still_a_place() -> None:
    data = decision("Số: 12/QĐ-UBND", "Năm Căn, ngày 05 tháng 3 năm 2026")
    date = inspect(data).anatomy.place_date
    assert date is not None
    assert date.text.startswith("Năm Căn")


def test_a_subject_typed_in_capitals_is_reported() -> None:
    data = docx(
        office_header("Số: 05/BC-UBND", "Lào Cai, ngày 05 tháng 3 năm 2026")
        + title("BÁO CÁO", "KẾT QUẢ KIỂM TRA VIỆC CHẤP HÀNH PHÁP LUẬT")
        + body("Nội dung báo cáo.")
    )
    assert found(check(data), "subject.format") == [
        (Severity.ERROR, "'KẾT QUẢ KIỂM TRA VIỆC CHẤP HÀNH PHÁP LUẬT' in capitals")
    ]


def test_a_subject_in_lower_case_is_not_reported() -> None:
    data = docx(
        office_header("Số: 05/BC-UBND", "Lào Cai, ngày 05 tháng 3 năm 2026")
        + title("BÁO CÁO", "Kết quả kiểm tra việc chấp hành pháp luật của UBND")
        + body("Nội dung báo cáo.")
    )
    assert found(check(data), "subject.format") == []


# --- dates -------------------------------------------------------------------------------


def test_a_date_word_typed_against_its_number_is_reported() -> None:
    data = decision("Số: 12/QĐ-UBND", "Lào Cai, ngày        tháng 4năm 2026")
    assert found(check(data), "date.form") == [
        (Severity.ERROR, "no space before 'năm' ('g 4năm 20')")
    ]


def test_a_blank_left_as_dots_is_not_a_missing_space() -> None:
    data = decision("Số: 12/QĐ-UBND", "Lào Cai, ngày…tháng…năm 2026")
    assert found(check(data), "date.form") == []


# --- page numbers ------------------------------------------------------------------------

LETTER = (
    office_header("Số: 12/UBND-VP", DATE_DRAFT)
    + para("V/v tăng cường quản lý khoáng sản", size=12)
    + body("Kính gửi: Sở Công Thương.", "Nội dung công văn.")
)


def test_a_page_field_in_an_even_footer_word_never_shows_is_not_reported() -> None:
    """No w:evenAndOddHeaders in settings.xml: Word shows the default header on every
    page, and the even footer holding a PAGE field never."""
    data = docx(LETTER, headers={"default": page_field()}, footers={"even": page_field()})
    findings = check(data)
    assert found(findings, "page-number.format") == []
    assert found(findings, "page-number.present") == []


def test_a_page_field_in_an_even_footer_shown_is_reported() -> None:
    data = docx(
        LETTER,
        headers={"default": page_field()},
        footers={"even": page_field()},
        even_and_odd=True,
    )
    assert found(check(data), "page-number.format") == [
        (Severity.ERROR, "the page number in the footer")
    ]


def test_a_first_page_set_apart_with_no_header_of_its_own_is_blank() -> None:
    data = docx(LETTER, headers={"default": page_field()}, title_page=True)
    assert found(check(data), "page-number.first-page") == []
    data = docx(LETTER, headers={"default": page_field()}, title_page=False)
    assert found(check(data), "page-number.first-page") == [
        (
            Severity.ERROR,
            "a page number on page 1 (the header is not set to a different first page)",
        )
    ]


def test_a_number_in_the_first_page_footer_is_on_page_1() -> None:
    data = docx(LETTER, headers={"default": page_field()}, footers={"first": page_field()})
    assert found(check(data), "page-number.first-page") == [
        (Severity.ERROR, "a page number on page 1")
    ]


def test_a_later_section_shows_the_header_it_inherits() -> None:
    """The second section names no header: it inherits the first's, right-aligned page
    number included, which is reported for each section that shows it."""
    data = docx(LETTER, headers={"default": page_field(align="right")}, two_sections=True)
    assert len(inspect(data).document.sections) == 2
    assert found(check(data), "page-number.format") == [
        (Severity.ERROR, "right"),
        (Severity.ERROR, "right"),
    ]


def test_a_one_page_document_as_word_counted_it_needs_no_page_number() -> None:
    words = sum(len(text.split()) for text in _texts(LETTER))
    data = docx(LETTER, app=app_properties(pages=1, words=words))
    assert found(check(data), "page-number.present") == []


def test_a_stale_page_count_is_not_believed() -> None:
    # python-docx's blank template says one page and no words, whatever the text.
    data = docx(LETTER, app=app_properties(pages=1, words=0))
    assert found(check(data), "page-number.present") == [
        (Severity.WARNING, "no PAGE field for pages 2 and later")
    ]


# --- what is no Decree 30 document -------------------------------------------------------


def test_an_internal_form_gets_one_answer() -> None:
    """A phiếu trình: the office's header over a title that is no type of the decree,
    no number: one warning, and no rule of the header fires."""
    data = docx(
        office_header(None, None, "SỞ CÔNG THƯƠNG")
        + para("PHIẾU TRÌNH GIẢI QUYẾT CÔNG VIỆC", bold=True)
        + body("Nội dung trình: đề nghị phê duyệt.", "Ý kiến của lãnh đạo phòng:")
    )
    findings = check(data)
    assert [(f.rule, f.severity) for f in findings] == [("document.kind", Severity.WARNING)]
    assert "PHIẾU TRÌNH GIẢI QUYẾT CÔNG VIỆC" in findings[0].found
    assert findings.not_evaluated == ()


def test_a_file_with_no_header_gets_one_answer() -> None:
    data = docx(body("Danh sách các đơn vị được kiểm tra.", "1. Công ty A.", "2. Công ty B."))
    findings = check(data)
    assert [(f.rule, f.severity) for f in findings] == [("document.kind", Severity.WARNING)]
    assert findings[0].found.startswith("not a Decree 30 document: no header")


def test_an_appendix_on_its_own_is_not_evaluated() -> None:
    data = docx(
        para("Phụ lục I", bold=True)
        + para("DANH SÁCH CÁC ĐƠN VỊ", bold=True)
        + para("(Kèm theo Văn bản số 12/UBND-VP ngày 05/3/2026)", italic=True)
    )
    findings = check(data)
    assert list(findings) == []
    assert [item.rule for item in findings.not_evaluated] == ["document.kind"]


def test_a_document_issued_with_a_decision_has_no_number_of_its_own() -> None:
    """A quy chế "ban hành kèm theo" a decision (Mẫu 1.3): no number or date line."""
    data = docx(
        office_header(None, None)
        + title("QUY CHẾ", "Làm việc của Ủy ban nhân dân tỉnh")
        + para("(Ban hành kèm theo Quyết định số 12/QĐ-UBND ngày 05/3/2026)", italic=True)
        + body("Điều 1. Phạm vi điều chỉnh.")
    )
    findings = check(data)
    assert inspect(data).anatomy.foreign is None
    assert found(findings, "number.form") == found(findings, "date.form") == []


def test_a_letter_without_number_is_still_a_decree_30_document() -> None:
    data = docx(
        office_header(None, DATE_DRAFT)
        + para("V/v tăng cường quản lý khoáng sản", size=12)
        + body("Kính gửi: Sở Công Thương.")
    )
    findings = check(data)
    assert found(findings, "document.kind") == []
    assert found(findings, "number.form") == [(Severity.ERROR, "no number line")]


# --- helpers -----------------------------------------------------------------------------


def _texts(xml: str) -> list[str]:
    return [unescape(text) for text in re.findall(r"<w:t[^>]*>([^<]*)</w:t>", xml)]


def test_a_header_typed_in_words_page_header_is_still_a_document() -> None:
    """The Quốc hiệu and Tiêu ngữ typed in Word's page header rather than the body: a
    document built wrongly, checked as one, not dismissed as no Decree 30 document."""
    national = para("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", size=12, bold=True)
    data = docx(
        body("Nội dung văn bản."),
        headers={"first": national, "default": page_field()},
    )
    anatomy = inspect(data).anatomy
    assert anatomy.foreign is None
    assert "document.kind" not in {f.rule for f in check(data)}


# --- types without a trích yếu -----------------------------------------------------------


def _introduction(type_name: str = "GIẤY GIỚI THIỆU") -> bytes:
    # Mẫu 1.8: from the type name, and a rule typed under it, straight to the text.
    return docx(
        office_header("Số: 15/GGT-UBND", "Lào Cai, ngày 05 tháng 3 năm 2026")
        + para(type_name, bold=True)
        + para("__________", size=11)
        + body(
            "Ủy ban nhân dân tỉnh Lào Cai trân trọng giới thiệu:",
            "Ông Nguyễn Văn An, chức vụ chuyên viên, được cử đến Sở Công Thương về việc "
            "làm việc về hồ sơ dự án./.",
        )
    )


def test_a_giay_gioi_thieu_has_no_subject_to_look_for() -> None:
    findings = check(_introduction())
    anatomy = inspect(_introduction()).anatomy
    assert anatomy.doc_type is DocumentType.INTRODUCTION
    assert anatomy.subject == ()
    assert found(findings, "subject.format") == []
    assert found(findings, "subject.rule") == []
    # The underscores are no text to size.
    assert [f for f in findings if f.rule == "body.size"] == []


def test_a_bao_cao_is_still_held_to_its_subject() -> None:
    # The same shape under "BÁO CÁO": the line under the type name is its trích yếu,
    # and one typed as plain text is reported.
    data = docx(
        office_header("Số: 15/BC-UBND", "Lào Cai, ngày 05 tháng 3 năm 2026")
        + para("BÁO CÁO", bold=True)
        + body("Ủy ban nhân dân tỉnh báo cáo kết quả như sau, chi tiết tại các mục dưới./.")
    )
    assert inspect(data).anatomy.subject != ()
    assert (Severity.ERROR, "not bold") in found(check(data), "subject.format")


# --- a nghị quyết's preamble ---------------------------------------------------------------


def test_a_nghi_quyet_reads_its_bases_as_a_decision_does() -> None:
    # Mẫu 1.1: the authority line, the bases, "QUYẾT NGHỊ:", then the articles.
    data = docx(
        office_header("Số: 15/NQ-HĐND", "Lào Cai, ngày 05 tháng 3 năm 2026")
        + title("NGHỊ QUYẾT", "Về kế hoạch đầu tư công năm 2026")
        + para("HỘI ĐỒNG NHÂN DÂN TỈNH LÀO CAI", bold=True)
        + para("Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;", italic=True)
        + para("Căn cứ Luật Đầu tư công ngày 13 tháng 6 năm 2019;", italic=True)
        + para("QUYẾT NGHỊ:", bold=True)
        + body("Điều 1. Thông qua kế hoạch đầu tư công năm 2026 của tỉnh./.")
    )
    anatomy = inspect(data).anatomy
    assert anatomy.doc_type is DocumentType.RESOLUTION
    assert [span.text[:13] for span in anatomy.legal_bases] == ["Căn cứ Luật T", "Căn cứ Luật Đ"]
    assert anatomy.decision_word is not None
    assert anatomy.decision_word.text == "QUYẾT NGHỊ:"
    findings = check(data)
    bases = {span.paragraph.index for span in anatomy.legal_bases}
    assert [f for f in findings if f.rule.startswith("body.") and f.paragraph in bases] == []
