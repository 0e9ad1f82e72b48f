"""The checker on a quyết định: one typed by hand in Word is read as Mẫu 1.2 lays it out,
with no false finding, and each single deviation from the decree's form of a decision's
own lines is reported by its rule, where it is, and nothing else.

The hand-typed decisions are built with python-docx, as tests/handmade.py builds its
documents (the clerk's gestures are reused from there); the deviations are edits of the
XML of vnreport's own render of the Tổ công tác example, checked as any file is.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import pytest

from conftest import load_example
from handmade import (
    HEADER_COLUMNS,
    HEADER_INDENT,
    MOTTO,
    NATIONAL,
    TEXT_WIDTH,
    Clerk,
    _cell_text_width,
    _footer_table,
    _header_table,
    _title,
    borderless_table,
    motto_rule_length,
    page_break,
    third_rule_length,
)
from mutations import Docx, replace_text, set_paragraph_property, set_run_property, text_runs
from vnreport import Decision, Finding, Findings, Severity, check
from vnreport.conformance import inspect
from vnreport.conformance.anatomy import Anatomy
from vnreport.ooxml.document import WordDocument
from vnreport.rules.doctypes import DocumentType

E, W = Severity.ERROR, Severity.WARNING
KEPT_TOGETHER = "signature.kept-together"

SUBJECT = "Về việc thành lập Tổ công tác triển khai Đề án 06 năm 2022"
AUTHORITY = "CHỦ TỊCH ỦY BAN NHÂN DÂN HUYỆN TUẦN GIÁO"
BASES = (
    "Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;",
    "Căn cứ Quyết định số 06/QĐ-TTg ngày 06/01/2022 của Thủ tướng Chính phủ;",
)
REVIEW = "Xét đề nghị của Công ty TNHH Minh Phát tại Văn bản số 01/CV-MP ngày 12/01/2022;"
PROPOSAL = "Theo đề nghị của Trưởng Công an huyện."
EXECUTION = (
    "Chánh Văn phòng HĐND và UBND huyện, Trưởng Công an huyện và các ông (bà) có tên tại "
    "Điều 1 chịu trách nhiệm thi hành Quyết định này./."
)


def _attached_header(clerk: Clerk) -> None:
    """The header's first row again, typed on the issued text's first page."""
    table = borderless_table(clerk, 1, HEADER_COLUMNS, indent=HEADER_INDENT)
    left, right = table.cell(0, 0), table.cell(0, 1)
    issuer = ("ỦY BAN NHÂN DÂN", "HUYỆN TUẦN GIÁO")
    for line in issuer:
        clerk.line(left, line, size=12, bold=True, align="center")
    left_text = _cell_text_width(HEADER_COLUMNS[0])
    clerk.rule(left, third_rule_length(issuer, left_text, 12), left_text)
    clerk.line(right, NATIONAL, size=12, bold=True, align="center")
    clerk.line(right, MOTTO, size=13, bold=True, align="center")
    right_text = _cell_text_width(HEADER_COLUMNS[1])
    clerk.rule(right, motto_rule_length(), right_text)


def typed_decision(
    *,
    subject_rule: bool = True,
    wrapped_authority: bool = False,
    review: bool = False,
    attached: bool = False,
) -> bytes:
    """A quyết định of the Chủ tịch typed in Word as Mẫu 1.2 lays it out: the authority
    line in bold capitals, centred; the bases in italic; "QUYẾT ĐỊNH:"; Điều 1 with its
    text after the bold label and khoản 1., 2.; Điều 2 with a bold title, a khoản and
    điểm a), b); Điều 3 naming who carries it out; "- Như Điều 3;" first in Nơi nhận.
    ``attached``: a Quy chế follows the signature, after a page break, with its own
    header row (Mẫu 1.3)."""
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
    if subject_rule:
        _title(clerk, "QUYẾT ĐỊNH", [SUBJECT])
    else:
        # Many clerks draw no rule, or one Word cannot read: the authority line follows.
        clerk.line(document, "QUYẾT ĐỊNH", size=14, bold=True, align="center", before=18)
        clerk.line(document, SUBJECT, size=14, bold=True, align="center")
    authority = (
        ("CHỦ TỊCH ỦY BAN NHÂN DÂN", "HUYỆN TUẦN GIÁO") if wrapped_authority else (AUTHORITY,)
    )
    for position, line in enumerate(authority):
        before = 12 if position == 0 else 0
        clerk.line(document, line, size=14, bold=True, align="center", before=before)
    for text in (*BASES, *((REVIEW,) if review else ()), PROPOSAL):
        clerk.body([(text, {"italic": True})])
    clerk.line(document, "QUYẾT ĐỊNH:", size=14, bold=True, align="center", before=12)
    clerk.body([("Điều 1. ", {"bold": True}), ("Thành lập Tổ công tác, gồm các ông (bà) sau:", {})])
    clerk.body("1. Ông Nguyễn Văn Hải, Phó Chủ tịch UBND huyện - Tổ trưởng;")
    clerk.body("2. Ông Lò Văn Tiến, Trưởng Công an huyện - Tổ phó.")
    clerk.body("Điều 2. Nhiệm vụ của Tổ công tác", bold=True)
    clerk.body("1. Tham mưu cho Chủ tịch UBND huyện:")
    clerk.body("a) Xây dựng kế hoạch triển khai Đề án 06;")
    clerk.body("b) Kiểm tra, đôn đốc các xã, thị trấn thực hiện.")
    clerk.body([("Điều 3. ", {"bold": True}), (EXECUTION, {})])
    _footer_table(
        clerk,
        ("- Như Điều 3;", "- UBND tỉnh Điện Biên;", "- Lưu: VT, CAH."),
        ("CHỦ TỊCH",),
        "Vừ A Bằng",
    )
    if attached:
        page_break(clerk)
        _attached_header(clerk)
        clerk.line(document, "QUY CHẾ", size=14, bold=True, align="center", before=18)
        clerk.line(document, "Hoạt động của Tổ công tác", size=14, bold=True, align="center")
        note = "(Kèm theo Quyết định số 125/QĐ-UBND ngày 15 tháng 3 năm 2022 của UBND huyện)"
        clerk.line(document, note, size=14, italic=True, align="center")
        clerk.rule(document, third_rule_length([note], TEXT_WIDTH, 14), TEXT_WIDTH)
        clerk.line(document, "Chương I", size=14, bold=True, align="center", before=12)
        clerk.line(document, "QUY ĐỊNH CHUNG", size=14, bold=True, align="center")
        clerk.body("Điều 1. Phạm vi điều chỉnh", bold=True)
        clerk.body("Quy chế này quy định chế độ làm việc của Tổ công tác./.")
    clerk.page_numbers()
    return clerk.save()


def _index(data: bytes, start: str) -> int:
    return next(p.index for p in WordDocument.open(data).paragraphs if p.plain.startswith(start))


def _describe(findings: Findings) -> str:
    return "\n".join(map(str, findings)) or "(no finding)"


def _anatomy(data: bytes) -> Anatomy:
    return inspect(data).anatomy


# --- typed by hand ------------------------------------------------------------------------


@pytest.mark.parametrize(
    "options",
    [{}, {"wrapped_authority": True}, {"review": True}, {"attached": True}],
    ids=["mau-1.2", "wrapped-authority", "xet-de-nghi", "with-quy-che"],
)
def test_a_decision_typed_by_hand_has_no_false_finding(options: dict[str, bool]) -> None:
    data = typed_decision(**options)
    findings = check(data)
    last = _index(data, "Điều 3.")
    # The one warning of careful clerks: the last paragraph does not keep with the
    # signature (Word's "Keep with next", rarely ticked).
    assert [(f.rule, f.paragraph, f.severity) for f in findings] == [(KEPT_TOGETHER, last, W)], (
        _describe(findings)
    )


def test_a_decision_typed_by_hand_is_read_as_mau_1_2() -> None:
    data = typed_decision(review=True)
    anatomy = _anatomy(data)
    assert anatomy.doc_type is DocumentType.DECISION
    assert [span.text for span in anatomy.subject] == [SUBJECT]
    assert [span.text for span in anatomy.authority_line] == [AUTHORITY]
    assert [span.text for span in anatomy.legal_bases] == [*BASES, REVIEW, PROPOSAL]
    assert anatomy.decision_word is not None
    assert anatomy.decision_word.text == "QUYẾT ĐỊNH:"
    assert [span.text[:7] for span in anatomy.articles] == ["Điều 1.", "Điều 2.", "Điều 3."]
    # The authority line and "QUYẾT ĐỊNH:" are not body text (justified, indented).
    body = {paragraph.plain for paragraph in anatomy.body}
    assert AUTHORITY not in body
    assert "QUYẾT ĐỊNH:" not in body


def test_without_a_subject_rule_the_authority_line_is_not_the_subject() -> None:
    data = typed_decision(subject_rule=False)
    anatomy = _anatomy(data)
    assert [span.text for span in anatomy.subject] == [SUBJECT]
    assert [span.text for span in anatomy.authority_line] == [AUTHORITY]
    findings = check(data)
    assert {(f.rule, f.paragraph) for f in findings} == {
        ("subject.rule", _index(data, SUBJECT)),
        (KEPT_TOGETHER, _index(data, "Điều 3.")),
    }, _describe(findings)


def test_an_authority_line_on_two_lines_is_one_component() -> None:
    anatomy = _anatomy(typed_decision(wrapped_authority=True))
    assert [span.text for span in anatomy.authority_line] == [
        "CHỦ TỊCH ỦY BAN NHÂN DÂN",
        "HUYỆN TUẦN GIÁO",
    ]


def test_the_issued_text_is_not_read_as_the_decision() -> None:
    """The Quy chế's header, type name and articles after the signature are not the
    decision's: its articles are Điều 1–3, its body ends at Điều 3."""
    data = typed_decision(attached=True)
    anatomy = _anatomy(data)
    assert [span.text[:7] for span in anatomy.articles] == ["Điều 1.", "Điều 2.", "Điều 3."]
    assert anatomy.body[-1].plain == f"Điều 3. {EXECUTION}"
    assert anatomy.type_name is not None
    assert anatomy.type_name.text == "QUYẾT ĐỊNH"
    assert [span.text for span in anatomy.issuer] == ["ỦY BAN NHÂN DÂN", "HUYỆN TUẦN GIÁO"]
    assert anatomy.signer is not None
    assert anatomy.signer.text == "Vừ A Bằng"


def test_a_decision_is_recognised_by_its_symbol_without_a_type_name() -> None:
    """Without "QUYẾT ĐỊNH" above the subject, "Số: 125/QĐ-UBND" says what it is: the
    missing type name is reported, and the decision's parts are still found."""
    docx = Docx(typed_decision())
    type_name = next(p for p in docx.paragraphs() if "".join(p.itertext()) == "QUYẾT ĐỊNH")
    parent = type_name.getparent()
    assert parent is not None
    parent.remove(type_name)
    data = docx.data()
    anatomy = _anatomy(data)
    assert anatomy.doc_type is DocumentType.DECISION
    assert [span.text for span in anatomy.authority_line] == [AUTHORITY]
    assert "type-name.format" in {f.rule for f in check(data)}


def test_a_report_is_not_read_as_a_decision(seed_report: object) -> None:
    """A report's "Điều 5 của Luật …" sentence is not an article: the decision's rules
    stay silent on other types."""
    from vnreport import Report

    assert isinstance(seed_report, Report)
    anatomy = _anatomy(seed_report.render())
    assert anatomy.doc_type is DocumentType.REPORT
    assert (anatomy.authority_line, anatomy.decision_word, anatomy.articles) == ((), None, ())


# --- single deviations of vnreport's render --------------------------------------------------

Locate = Callable[[WordDocument], int]


def starting(prefix: str) -> Locate:
    def locate(document: WordDocument) -> int:
        return next(p.index for p in document.paragraphs if p.plain.startswith(prefix))

    return locate


def styled(style: str) -> Locate:
    def locate(document: WordDocument) -> int:
        return next(p.index for p in document.paragraphs if p.props.style == style)

    return locate


def _every_run(name: str, **values: str) -> Callable[[Docx, int], None]:
    def edit(docx: Docx, index: int) -> None:
        for run in text_runs(docx.paragraph(index)):
            set_run_property(run, name, **values)

    return edit


def _run(position: int, name: str, **values: str) -> Callable[[Docx, int], None]:
    def edit(docx: Docx, index: int) -> None:
        set_run_property(text_runs(docx.paragraph(index))[position], name, **values)

    return edit


def _paragraph(name: str, **values: str) -> Callable[[Docx, int], None]:
    def edit(docx: Docx, index: int) -> None:
        set_paragraph_property(docx.paragraph(index), name, **values)

    return edit


def _replace(old: str, new: str) -> Callable[[Docx, int], None]:
    def edit(docx: Docx, index: int) -> None:
        replace_text(docx.paragraph(index), old, new)

    return edit


def _remove(docx: Docx, index: int) -> None:
    paragraph = docx.paragraph(index)
    parent = paragraph.getparent()
    assert parent is not None
    parent.remove(paragraph)


@dataclass(frozen=True)
class Deviation:
    """One edit of the render, the rule that reports it and where (``at``, found in the
    edited document; the edited paragraph when not given)."""

    id: str
    rule: str
    target: Locate
    edit: Callable[[Docx, int], None]
    mentions: tuple[str, ...] = ()
    at: Locate | None = None
    also: tuple[str, ...] = ()
    severity: Severity = E


DEVIATIONS = (
    Deviation(
        "authority-not-bold",
        "authority-line.format",
        starting(AUTHORITY),
        _every_run("b", val="0"),
        ("not bold", "bold"),
    ),
    Deviation(
        "authority-in-sentence-case",
        "authority-line.format",
        starting(AUTHORITY),
        _replace(AUTHORITY, "Chủ tịch Ủy ban nhân dân huyện Tuần Giáo"),
        ("not in capitals", "capitals"),
    ),
    Deviation(
        "authority-flush-left",
        "authority-line.format",
        starting(AUTHORITY),
        _paragraph("jc", val="left"),
        ("flush left", "centred"),
    ),
    Deviation(
        "authority-missing",
        "authority-line.format",
        starting(AUTHORITY),
        _remove,
        ("no authority line",),
        at=starting("Về việc thành lập"),
    ),
    Deviation(
        "basis-upright",
        "legal-basis.format",
        starting("Căn cứ Quyết định số 06"),
        _every_run("i", val="0"),
        ("upright", "italic"),
    ),
    Deviation(
        "basis-ending-with-a-comma",
        "legal-basis.format",
        starting("Căn cứ Quyết định số 06"),
        _replace("năm 2030;", "năm 2030,"),
        ("ends with ','", "ends with ';'"),
    ),
    Deviation(
        "proposal-ending-with-a-comma",
        "legal-basis.format",
        starting("Theo đề nghị"),
        _replace("ngày 10/3/2022.", "ngày 10/3/2022,"),
        ("ends with ','", "ends with '.'"),
    ),
    Deviation(
        "decision-word-without-colon",
        "decision-word.format",
        starting("QUYẾT ĐỊNH:"),
        _replace("QUYẾT ĐỊNH:", "QUYẾT ĐỊNH"),
        ("'QUYẾT ĐỊNH'", "'QUYẾT ĐỊNH:'"),
    ),
    Deviation(
        "decision-word-not-bold",
        "decision-word.format",
        starting("QUYẾT ĐỊNH:"),
        _every_run("b", val="0"),
        ("not bold", "bold"),
    ),
    Deviation(
        "decision-word-flush-left",
        "decision-word.format",
        starting("QUYẾT ĐỊNH:"),
        _paragraph("jc", val="left"),
        ("flush left", "centred"),
    ),
    Deviation(
        "decision-word-missing",
        "decision-word.format",
        starting("QUYẾT ĐỊNH:"),
        _remove,
        ("no 'QUYẾT ĐỊNH:'",),
        at=starting("Điều 1."),
    ),
    Deviation(
        "article-label-with-colon",
        "article.label",
        starting("Điều 3."),
        _replace("Điều 3.", "Điều 3:"),
        ("'Điều 3:'", "'Điều 3.'"),
    ),
    Deviation(
        "article-label-not-bold",
        "article.label",
        starting("Điều 1."),
        _run(0, "b", val="0"),
        ("'Điều 1' not bold", "bold"),
    ),
    Deviation(
        "article-label-italic",
        "article.label",
        starting("Điều 3."),
        _run(0, "i"),
        ("in italic", "upright"),
    ),
    Deviation(
        "article-title-not-bold",
        "article.label",
        starting("Điều 2."),
        _run(1, "b", val="0"),
        ("the title 'Nhiệm vụ, quyền hạn", "bold"),
    ),
    Deviation(
        "article-numbers-skip",
        "article.sequence",
        starting("Điều 4."),
        _replace("Điều 4.", "Điều 5."),
        ("'Điều 5'", "'Điều 4' next"),
        # "Như Điều 4" now names no article of the decision.
        also=("recipients.as-article",),
    ),
    Deviation(
        "as-above-instead-of-as-article",
        "recipients.as-article",
        starting("- Như Điều 4;"),
        _replace("Như Điều 4", "Như trên"),
        ("'- Như trên;'", "Như Điều N"),
        severity=W,
    ),
    Deviation(
        "as-article-of-no-article",
        "recipients.as-article",
        starting("- Như Điều 4;"),
        _replace("Như Điều 4", "Như Điều 9"),
        ("'Như Điều 9', not an article", "Điều 1–4"),
        severity=W,
    ),
    Deviation(
        "subject-rule-missing",
        "subject.rule",
        styled("VNSubjectRule"),
        _remove,
        ("no rule under it",),
        at=starting("Về việc thành lập"),
    ),
)


@pytest.fixture(scope="module")
def rendered() -> bytes:
    decision = load_example("quyet_dinh_to_cong_tac").build_decision()
    assert isinstance(decision, Decision)
    return decision.render()


def test_the_render_conforms(rendered: bytes) -> None:
    assert check(rendered) == ()


def test_the_deviations_are_distinct() -> None:
    ids = [deviation.id for deviation in DEVIATIONS]
    assert len(ids) == len(set(ids))
    rules = {deviation.rule for deviation in DEVIATIONS}
    assert rules >= {
        "authority-line.format", "legal-basis.format", "decision-word.format",
        "article.label", "article.sequence", "recipients.as-article",
    }  # fmt: skip


@pytest.mark.parametrize("deviation", DEVIATIONS, ids=lambda deviation: deviation.id)
def test_each_deviation_is_reported_where_it_is(rendered: bytes, deviation: Deviation) -> None:
    docx = Docx(rendered)
    target = deviation.target(WordDocument.open(rendered))
    deviation.edit(docx, target)
    data = docx.data()
    findings = check(data)
    assert {f.rule for f in findings} == {deviation.rule, *deviation.also}, _describe(findings)
    reported: list[Finding] = [f for f in findings if f.rule == deviation.rule]
    assert len(reported) == 1, _describe(findings)
    (finding,) = reported
    edited = WordDocument.open(data)
    # An edit keeps the paragraphs where they were; a removal says where to look.
    where = target if deviation.at is None else deviation.at(edited)
    assert finding.paragraph == where, _describe(findings)
    assert finding.severity is deviation.severity
    assert finding.locator.startswith("NĐ 30/2020")
    said = " ".join((finding.excerpt, finding.found, finding.expected))
    for needle in deviation.mentions:
        assert needle in said, f"{needle!r} not in {said!r}"
    assert edited.paragraphs[where].plain.startswith(finding.excerpt.rstrip("…"))


def test_fix_sets_the_sizes_of_the_authority_line_and_the_decision_word(rendered: bytes) -> None:
    from vnreport.conformance.fix import fix

    document = WordDocument.open(rendered)
    docx = Docx(rendered)
    for start in (AUTHORITY, "QUYẾT ĐỊNH:"):
        index = starting(start)(document)
        _every_run("sz", val="24")(docx, index)  # 12 pt
    broken = docx.data()
    assert {f.rule for f in check(broken)} == {"authority-line.format", "decision-word.format"}
    result = fix(broken)
    assert check(result.data) == ()
    assert any("authority-line: 12.0 → 13 pt" in repair for repair in result.repairs)
    assert any("decision-word: 12.0 → 13 pt" in repair for repair in result.repairs)


def test_the_self_check_reads_the_recipients_under_two_signatures(seed_report: object) -> None:
    """Pages after the signature are read by form only; a footer whose Nơi nhận stands in
    a row under two signatures (a biên bản's, Mẫu 1.9) is still the footer."""
    import attrs

    from vnreport import Report
    from vnreport.layout.page import FooterKind
    from vnreport.pipeline import check_rendered, lay_out
    from vnreport.render.docx import render_page

    assert isinstance(seed_report, Report)
    page = lay_out(seed_report)
    two = attrs.evolve(
        page,
        footer_kind=FooterKind.TWO_SIGNATURES,
        signatures=(page.signatures[0], page.signatures[0]),
    )
    rendered = render_page(two)
    document = WordDocument.open(rendered.data)
    heading = next(p for p in document.paragraphs if p.plain == "Nơi nhận:")
    signers = [p for p in document.paragraphs if p.props.style == "VNSignerName"]
    assert heading.index > signers[-1].index  # the recipients' row is under the signatures
    assert check_rendered(rendered, two) == ()
