"""The quyết định (Mẫu 1.2, 1.3): what makes it a type of its own, in the rendered .docx.

The two examples — a Tổ công tác set up by the Chủ tịch (the head decides) and a Quy chế
issued by the Ủy ban (the collective decides, the Quy chế after the signature) — are
opened and read paragraph by paragraph: the authority line in bold capitals under the
subject, the Căn cứ lines in italic ending ";" and the last ".", "QUYẾT ĐỊNH:" centred
bold, "Điều N." bold with the text upright, khoản 1. and điểm a) … đ), "Như Điều N" first
in Nơi nhận, the signature; the issued text on a page of its own with the header's first
row again. Then the refusals, the data files, ``vnreport new`` and the checker.
"""

from __future__ import annotations

import re
from pathlib import Path

import attrs
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from lxml import etree

from conftest import ROOT, load_example
from docx_helpers import Styles, body_children, open_docx, style_id, text_of, w
from strategies import agencies, bullets, dates, sections, signatures, texts
from vnreport import (
    Article,
    Chapter,
    Decision,
    FieldError,
    IssuedText,
    Paragraph,
    Section,
    Signature,
    check,
)
from vnreport.cli.main import main
from vnreport.exchange import DataError, dumps, load, loads
from vnreport.formatting.text import in_capitals
from vnreport.layout.page import AppendixPage
from vnreport.pipeline import lay_out
from vnreport.rules import ND30, Component
from vnreport.types import REGISTRY, entry_named

TEAM_YAML = ROOT / "examples" / "quyet-dinh-to-cong-tac.yaml"
RULES_YAML = ROOT / "examples" / "quyet-dinh-quy-che.yaml"
NOT_EVALUABLE = ("signature.kept-together",)


@pytest.fixture(scope="module")
def team() -> Decision:
    """The Chủ tịch's decision setting up a Tổ công tác (examples/)."""
    decision = load_example("quyet_dinh_to_cong_tac").build_decision()
    assert isinstance(decision, Decision)
    return decision


@pytest.fixture(scope="module")
def rules() -> Decision:
    """The Ủy ban's decision issuing its Quy chế làm việc (examples/)."""
    decision = load_example("quyet_dinh_quy_che").build_decision()
    assert isinstance(decision, Decision)
    return decision


@pytest.fixture(scope="module")
def team_docx(team: Decision) -> bytes:
    return team.render()


@pytest.fixture(scope="module")
def rules_docx(rules: Decision) -> bytes:
    return rules.render()


def paragraphs(data: bytes) -> tuple[list[etree._Element], Styles]:
    """The top-level paragraphs of the body (the header and footer tables left out)."""
    document = open_docx(data)
    children = [child for child in body_children(document) if child.tag == w("p")]
    return [p for p in children if text_of(p).strip()], Styles.of(document)


def lines_of(elements: list[etree._Element]) -> list[str]:
    return [text_of(p) for p in elements]


def texts_of(data: bytes) -> list[str]:
    """The text of every top-level paragraph of the body."""
    return lines_of(paragraphs(data)[0])


def find(elements: list[etree._Element], text: str) -> etree._Element:
    """The paragraph whose text is ``text`` or starts with it."""
    return next(p for p in elements if text_of(p).startswith(text))


def runs(styles: Styles, paragraph: etree._Element) -> list[tuple[str, bool, bool]]:
    """(text, bold, italic) of each run as printed."""
    return [(text, eff.bold, eff.italic) for text, eff in styles.runs(paragraph) if text.strip()]


# --- the decision laid out as Mẫu 1.2 ----------------------------------------------------


def test_title_authority_bases_and_decision_word_in_order(team: Decision, team_docx: bytes) -> None:
    body, _styles = paragraphs(team_docx)
    lines = lines_of(body)
    type_name = lines.index("QUYẾT ĐỊNH")
    assert lines[type_name + 1] == team.subject
    authority = lines.index("CHỦ TỊCH ỦY BAN NHÂN DÂN HUYỆN TUẦN GIÁO")
    bases = [lines.index(line) for line in team.legal_bases]
    word = lines.index("QUYẾT ĐỊNH:")
    first_article = next(i for i, line in enumerate(lines) if line.startswith("Điều 1."))
    assert type_name < authority < bases[0] < bases[-1] < word < first_article
    assert bases == list(range(authority + 1, authority + 1 + len(bases)))
    # The subject's rule stands between the subject and the authority line.
    children = body_children(open_docx(team_docx))
    rule = next(i for i, c in enumerate(children) if style_id(c) == "VNSubjectRule")
    authority_at = next(i for i, c in enumerate(children) if text_of(c).startswith("CHỦ TỊCH ỦY"))
    subject_at = next(i for i, c in enumerate(children) if text_of(c) == team.subject)
    assert subject_at < rule < authority_at


def test_authority_line_and_decision_word_are_bold_capitals_centred(team_docx: bytes) -> None:
    body, styles = paragraphs(team_docx)
    for text, component in (
        ("CHỦ TỊCH ỦY BAN NHÂN DÂN HUYỆN TUẦN GIÁO", Component.AUTHORITY_LINE),
        ("QUYẾT ĐỊNH:", Component.DECISION_WORD),
    ):
        paragraph = find(body, text)
        printed = styles.effective(paragraph, paragraph.find(w("r")))
        form = ND30.form(component)
        assert printed.alignment == "center", text
        assert printed.bold, text
        assert not printed.italic, text
        assert printed.size == form.sizes.printed == 14
        assert form.sizes.low <= printed.size <= form.sizes.high


def test_legal_bases_are_italic_one_per_line(team: Decision, team_docx: bytes) -> None:
    body, styles = paragraphs(team_docx)
    for position, basis in enumerate(team.legal_bases):
        paragraph = find(body, basis)
        assert text_of(paragraph) == basis  # printed as typed: vnreport adds nothing
        assert all(italic and not bold for _, bold, italic in runs(styles, paragraph))
        assert styles.effective(paragraph, paragraph.find(w("r"))).size == 14
        assert basis.endswith("." if position == len(team.legal_bases) - 1 else ";")
    assert team.legal_bases[0].startswith("Căn cứ")
    assert team.legal_bases[-1].startswith("Theo đề nghị của")


def test_article_labels_bold_and_their_text_upright(team_docx: bytes) -> None:
    body, styles = paragraphs(team_docx)
    # An untitled article: the label bold, its sentence upright, in one paragraph.
    paragraph = find(body, "Điều 1.")
    first = runs(styles, paragraph)
    assert first[0] == ("Điều 1.", True, False)
    assert all(not bold and not italic for _, bold, italic in first[1:])
    assert text_of(paragraph).startswith("Điều 1. Thành lập Tổ công tác")
    # A titled article: label and title bold on a line of their own.
    second = find(body, "Điều 2.")
    assert text_of(second) == "Điều 2. Nhiệm vụ, quyền hạn của Tổ công tác"
    assert all(bold and not italic for _, bold, italic in runs(styles, second))
    labels = [m.group() for m in (re.match(r"Điều \d+\.", t) for t in lines_of(body)) if m]
    assert labels == ["Điều 1.", "Điều 2.", "Điều 3.", "Điều 4."]
    # The article line is indented as body text (Phụ lục I, II.6.đ) and justified.
    printed = styles.effective(second, second.find(w("r")))
    assert printed.first_line in (567, 720)
    assert printed.alignment == "both"


def test_khoan_and_diem_labels(team_docx: bytes) -> None:
    body, styles = paragraphs(team_docx)
    lines = lines_of(body)
    start = lines.index("Điều 2. Nhiệm vụ, quyền hạn của Tổ công tác")
    inside = lines[start + 1 : start + 9]
    assert [line.split(" ", 1)[0] for line in inside] == [
        "1.", "a)", "b)", "c)", "d)", "đ)", "2.", "3.",
    ]  # fmt: skip
    # Khoản and điểm without a title are upright body text (Phụ lục I, II.6.đ).
    for line in inside:
        paragraph = find(body, line)
        assert all(not bold and not italic for _, bold, italic in runs(styles, paragraph))
    # Khoản of Điều 1 start again at 1.
    first = lines.index(next(line for line in lines if line.startswith("Điều 1.")))
    assert [line[:2] for line in lines[first + 1 : first + 5]] == ["1.", "2.", "3.", "4."]


def test_a_titled_khoan_is_bold_on_its_own_line(team: Decision) -> None:
    khoan = Section(title="Chế độ làm việc", content=["Tổ công tác làm việc kiêm nhiệm."])
    articles = list(team.articles)
    articles[1] = attrs.evolve(articles[1], content=[*articles[1].content, khoan])
    data = attrs.evolve(team, articles=articles).render()
    body, styles = paragraphs(data)
    heading = find(body, "4. Chế độ làm việc")
    assert text_of(heading) == "4. Chế độ làm việc"
    assert all(bold for _, bold, _ in runs(styles, heading))
    assert check(data) == ()


def test_the_body_ends_with_the_mark_after_the_executing_article(team_docx: bytes) -> None:
    body, _ = paragraphs(team_docx)
    last = [line for line in lines_of(body) if line.startswith("Điều")][-1]
    assert last.startswith("Điều 4. Chánh Văn phòng")
    assert last.endswith("chịu trách nhiệm thi hành Quyết định này./.")
    assert sum(line.count("./.") for line in lines_of(body)) == 1


def _footer(data: bytes) -> tuple[list[str], list[str]]:
    document = open_docx(data)
    table = [child for child in body_children(document) if child.tag == w("tbl")][1]
    left, right = table.iter(w("tc"))
    return (
        [text_of(p) for p in left.iter(w("p")) if text_of(p)],
        [text_of(p) for p in right.iter(w("p")) if text_of(p)],
    )


def test_recipients_open_with_as_article_of_the_last_article(team_docx: bytes) -> None:
    recipients, signature = _footer(team_docx)
    assert recipients[:3] == ["Nơi nhận:", "- Như Điều 4;", "- UBND tỉnh Điện Biên (b/c);"]
    assert recipients[-1] == "- Lưu: VT, CAH."
    assert signature == ["CHỦ TỊCH", "Vừ A Bằng"]


def test_collective_decision_signed_on_behalf(rules: Decision, rules_docx: bytes) -> None:
    body, _ = paragraphs(rules_docx)
    assert "ỦY BAN NHÂN DÂN HUYỆN TUẦN GIÁO" in lines_of(body)
    assert "CHỦ TỊCH ỦY BAN NHÂN DÂN HUYỆN TUẦN GIÁO" not in lines_of(body)
    recipients, signature = _footer(rules_docx)
    assert recipients[1] == "- Như Điều 3;"
    assert signature == ["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "Vừ A Bằng"]
    assert rules.authority_line == "ỦY BAN NHÂN DÂN HUYỆN TUẦN GIÁO"


@pytest.mark.parametrize(
    ("signature", "authority"),
    [
        (Signature(title="Chủ tịch", name="Vừ A Bằng"), "CHỦ TỊCH ỦY BAN NHÂN DÂN HUYỆN TUẦN GIÁO"),
        (
            Signature(authority=["KT. Chủ tịch"], title="Phó Chủ tịch", name="Phạm Thị Tuyên"),
            "CHỦ TỊCH ỦY BAN NHÂN DÂN HUYỆN TUẦN GIÁO",
        ),
        (
            Signature(
                authority=["TM. Ủy ban nhân dân", "KT. Chủ tịch"],
                title="Phó Chủ tịch",
                name="Phạm Thị Tuyên",
            ),
            "ỦY BAN NHÂN DÂN HUYỆN TUẦN GIÁO",
        ),
        (
            Signature(title="Chủ tịch", name="Vừ A Bằng", acting=True),
            "CHỦ TỊCH ỦY BAN NHÂN DÂN HUYỆN TUẦN GIÁO",
        ),
    ],
    ids=["head", "deputy", "collective-deputy", "acting"],
)
def test_the_authority_line_follows_the_signature(
    team: Decision, signature: Signature, authority: str
) -> None:
    decision = attrs.evolve(team, signature=signature)
    assert decision.authority_line == authority
    assert decision.body[0].text == authority
    assert check(decision.render()) == ()


def test_an_authority_line_given_is_printed_in_capitals(team: Decision) -> None:
    decision = attrs.evolve(team, authority="Trưởng Công an huyện Tuần Giáo")
    body, _ = paragraphs(decision.render())
    assert "TRƯỞNG CÔNG AN HUYỆN TUẦN GIÁO" in lines_of(body)


# --- the text the decision issues (Mẫu 1.3) ------------------------------------------------


def test_issued_text_on_its_own_pages_with_the_header_again(
    rules: Decision, rules_docx: bytes
) -> None:
    document = open_docx(rules_docx)
    children = body_children(document)
    tables = [i for i, child in enumerate(children) if child.tag == w("tbl")]
    assert len(tables) == 3  # header, footer, the issued text's header
    header, _footer_table, again = (children[i] for i in tables)
    # The repeated header is the first row of the document's: issuer | Quốc hiệu.
    assert len(again.findall(w("tr"))) == 1
    assert etree.tostring(again.find(w("tr"))) == etree.tostring(header.find(w("tr")))
    printed = [text_of(p) for p in again.iter(w("p")) if text_of(p)]
    assert printed == [
        "ỦY BAN NHÂN DÂN", "HUYỆN TUẦN GIÁO",
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
    ]  # fmt: skip
    assert not any(text.startswith(("Số:", "Tuần Giáo, ngày")) for text in printed)
    # A section ends after the signature: the issued text starts a page, numbered from 1.
    between = children[tables[1] + 1 : tables[2]]
    breaks = [p for p in between if p.find(f"{w('pPr')}/{w('sectPr')}") is not None]
    assert len(breaks) == 1
    last = document.element.body.find(w("sectPr"))
    assert last.find(w("pgNumType")).get(w("start")) == "1"


def test_issued_text_heading_and_note(rules: Decision, rules_docx: bytes) -> None:
    document = open_docx(rules_docx)
    styles = Styles.of(document)
    children = body_children(document)
    after = list(children[[i for i, c in enumerate(children) if c.tag == w("tbl")][2] + 1 :])
    lines = [text_of(p) for p in after if text_of(p)]
    assert lines[:5] == [
        "QUY CHẾ",
        "Làm việc của Ủy ban nhân dân huyện Tuần Giáo nhiệm kỳ 2021 - 2026",
        "(Kèm theo Quyết định số 86/QĐ-UBND ngày 20 tháng 8 năm 2021 của Ủy ban nhân dân "
        "huyện Tuần Giáo)",
        "Chương I",
        "QUY ĐỊNH CHUNG",
    ]
    forms = {
        "QUY CHẾ": (True, False, "center"),
        "Làm việc của": (True, False, "center"),
        "(Kèm theo": (False, True, "center"),
        "Chương I": (True, False, "center"),
        "QUY ĐỊNH CHUNG": (True, False, "center"),
    }
    for start, (bold, italic, alignment) in forms.items():
        paragraph = next(p for p in after if text_of(p).startswith(start))
        printed = styles.effective(paragraph, paragraph.find(w("r")))
        assert (printed.bold, printed.italic, printed.alignment) == (bold, italic, alignment)
    # A short rule under the note, as under an appendix's.
    note = next(i for i, p in enumerate(after) if text_of(p).startswith("(Kèm theo"))
    assert style_id(after[note + 1]) == "VNAppendixRule"


def test_issued_text_articles_numbered_across_its_chapters(rules_docx: bytes) -> None:
    document = open_docx(rules_docx)
    children = body_children(document)
    start = [i for i, c in enumerate(children) if c.tag == w("tbl")][2]
    lines = [text_of(p) for p in children[start + 1 :] if text_of(p)]
    articles = [line for line in lines if line.startswith("Điều")]
    assert [a.split(".")[0] for a in articles] == [f"Điều {n}" for n in range(1, 6)]
    assert lines.index("Chương II") < lines.index(articles[2]) < lines.index("Chương III")
    assert lines[-1].endswith("sửa đổi, bổ sung cho phù hợp./.")
    # Its khoản 1. … and điểm a) … d).
    start = lines.index(articles[2])
    assert [line[:2] for line in lines[start + 1 : start + 7]] == [
        "1.",
        "a)",
        "b)",
        "c)",
        "d)",
        "2.",
    ]


def test_issued_text_is_laid_out_as_a_page_after_the_signature(rules: Decision) -> None:
    page = lay_out(rules)
    issued, *others = page.appendices
    assert others == []
    assert isinstance(issued, AppendixPage)
    assert issued.repeat_header
    assert (issued.label.component, issued.label.text) == (Component.TYPE_NAME, "QUY CHẾ")
    assert [line.component for line in issued.title] == [Component.SUBJECT]
    assert issued.note.component is Component.APPENDIX_NOTE
    outline = rules.outline()
    assert outline.index("QUY CHẾ") > outline.index("Vừ A Bằng")


def test_kinds_of_issued_text(rules: Decision) -> None:
    """A quy định, a kế hoạch (numbered sections) and a quy chế without chapters."""
    articles = [Article(title="Phạm vi", content=["Quy định này áp dụng cho các xã."])]
    variants = {
        "Quy định": IssuedText(kind="Quy định", subject="Quản lý văn bản", articles=articles),
        "Kế hoạch": IssuedText(
            kind="Kế hoạch",
            subject="Chuyển đổi số năm 2022",
            sections=[Section(title="Mục đích", content=["Nâng cao hiệu quả."])],
        ),
    }
    for kind, text in variants.items():
        first = Article(text=f"Ban hành kèm theo Quyết định này {kind} của huyện.")
        decision = attrs.evolve(rules, articles=[first, *rules.articles[1:]], attachment=text)
        data = decision.render()
        assert check(data) == (), kind
        lines = lines_of(paragraphs(data)[0])
        assert kind.upper() in lines
    plan = lines_of(
        paragraphs(
            attrs.evolve(
                rules,
                articles=[
                    Article(text="Ban hành kèm theo Quyết định này Kế hoạch của huyện."),
                    *rules.articles[1:],
                ],
                attachment=variants["Kế hoạch"],
            ).render()
        )[0]
    )
    assert "I. MỤC ĐÍCH" in plan


# --- the checker on our renders -------------------------------------------------------------


@pytest.mark.parametrize("name", ["team_docx", "rules_docx"])
def test_the_examples_conform(name: str, request: pytest.FixtureRequest) -> None:
    data: bytes = request.getfixturevalue(name)
    findings = check(data)
    assert findings == (), "\n".join(map(str, findings))
    assert tuple(item.rule for item in findings.not_evaluated) == NOT_EVALUABLE


def test_the_checker_reads_our_decision_as_a_decision(team_docx: bytes) -> None:
    from vnreport.conformance import inspect
    from vnreport.rules.doctypes import DocumentType

    anatomy = inspect(team_docx).anatomy
    assert anatomy.doc_type is DocumentType.DECISION
    assert [span.text for span in anatomy.subject] == [
        "Về việc thành lập Tổ công tác triển khai Đề án 06 trên địa bàn huyện Tuần Giáo"
    ]
    assert [span.text for span in anatomy.authority_line] == [
        "CHỦ TỊCH ỦY BAN NHÂN DÂN HUYỆN TUẦN GIÁO"
    ]
    assert len(anatomy.legal_bases) == 4
    assert anatomy.decision_word is not None
    assert anatomy.decision_word.text == "QUYẾT ĐỊNH:"
    assert [span.text[:7] for span in anatomy.articles] == [f"Điều {n}." for n in range(1, 5)]


def test_the_self_check_finds_the_components_by_style(rules: Decision) -> None:
    from vnreport.conformance.known import known_anatomy
    from vnreport.ooxml.document import WordDocument
    from vnreport.pipeline import check_rendered
    from vnreport.render.docx import render_page
    from vnreport.render.geometry import LAYOUT_TABLE_STYLE
    from vnreport.render.styles import HEADING_STYLES, STYLE_COMPONENTS

    page = lay_out(rules)
    rendered = render_page(page)
    assert check_rendered(rendered, page) == ()
    anatomy = known_anatomy(
        WordDocument(rendered.package, rendered.styles),
        dict(STYLE_COMPONENTS),
        headings=HEADING_STYLES,
        layout_table_style=LAYOUT_TABLE_STYLE,
        doc_type=rules.doc_type,
    )
    assert [span.text for span in anatomy.authority_line] == ["ỦY BAN NHÂN DÂN HUYỆN TUẦN GIÁO"]
    assert [span.text[:7] for span in anatomy.articles] == ["Điều 1.", "Điều 2.", "Điều 3."]
    # The issued text's header and title are not the document's: they are judged by form.
    assert [span.text for span in anatomy.issuer] == ["ỦY BAN NHÂN DÂN", "HUYỆN TUẦN GIÁO"]
    assert [span.text for span in anatomy.subject] == [rules.subject]
    framed = {(component, span.text) for component, span in anatomy.frame}
    assert (Component.TYPE_NAME, "QUY CHẾ") in framed
    assert (Component.ISSUER, "HUYỆN TUẦN GIÁO") in framed
    assert (Component.PART, "Chương II") in framed
    # The issued text's last paragraph ends with its own "./.": not the decision's body.
    assert anatomy.body[-1].plain.endswith("thi hành Quyết định này./.")


# --- refusals ---------------------------------------------------------------------------------


def _fields(team: Decision) -> dict[str, object]:
    return {field.name: getattr(team, field.name) for field in attrs.fields(Decision)}


@pytest.mark.parametrize(
    ("changes", "field", "says"),
    [
        ({"articles": []}, "Decision.articles", "decides in articles"),
        (
            {"legal_bases": ["Căn cứ Luật Tổ chức chính quyền địa phương", "Theo đề nghị của A."]},
            "Decision.legal_bases[0]",
            "each basis ends with ';'",
        ),
        (
            {"legal_bases": ["Căn cứ Luật Tổ chức chính quyền địa phương.", "Theo đề nghị của A."]},
            "Decision.legal_bases[0]",
            "ends with '.': write …'ính quyền địa phương;'",
        ),
        (
            {"legal_bases": ["Căn cứ Luật Tổ chức chính quyền địa phương;", "Theo đề nghị của A;"]},
            "Decision.legal_bases[1]",
            "the last line ends with '.'",
        ),
        (
            {"legal_bases": ["Căn cứ Luật A;", "Thực hiện Công văn số 5;", "Theo đề nghị của B."]},
            "Decision.legal_bases[1]",
            "starts with 'Căn cứ'",
        ),
        (
            {"legal_bases": ["Căn cứ Luật A;", "Theo đề nghị của B;", "Căn cứ Luật C."]},
            "Decision.legal_bases[1]",
            "is the last line",
        ),
        ({"legal_bases": ["Theo đề nghị của B."]}, "Decision.legal_bases", "căn cứ ban hành"),
        ({"legal_bases": []}, "Decision.legal_bases", "căn cứ ban hành"),
        (
            {"legal_bases": ["Căn cứ Luật A./.", "Theo đề nghị của B."]},
            "Decision.legal_bases[0]",
            "ends with '.'",
        ),
        (
            {"legal_bases": ["Căn cứ Luật A;", "Theo đề nghị của B./."]},
            "legal_bases[1]",
            "'./.' marks the end of the body",
        ),
        ({"authority": "TM. Ủy ban nhân dân"}, "Decision.authority", "without TM."),
        ({"subject": "V/v thành lập Tổ công tác"}, "Decision.subject", "'V/v' introduces"),
        ({"subject": "VỀ VIỆC THÀNH LẬP TỔ CÔNG TÁC"}, "Decision.subject", "sentence case"),
        (
            {"recipients": ["Như Điều 2", "Lưu: VT"]},
            "Decision.recipients",
            "writes 'Như Điều 4' first",
        ),
    ],
    ids=lambda value: value if isinstance(value, str) else None,
)
def test_refused(team: Decision, changes: dict[str, object], field: str, says: str) -> None:
    with pytest.raises(FieldError) as raised:
        Decision(**{**_fields(team), **changes})
    assert raised.value.field == field
    assert says in raised.value.problem


def test_the_last_article_names_who_carries_it_out(team: Decision) -> None:
    with pytest.raises(FieldError) as raised:
        # Điều 3 is the entry into force: "có hiệu lực thi hành" names no one.
        attrs.evolve(team, articles=team.articles[:-1])
    assert raised.value.field == "Decision.articles[2]"
    assert "chịu trách nhiệm thi hành Quyết định này" in raised.value.problem
    assert "Như Điều 3" in raised.value.problem


def test_the_recipient_vnreport_adds_may_be_typed_as_it_is(team: Decision) -> None:
    typed = attrs.evolve(team, recipients=["Như Điều 4", "UBND tỉnh Điện Biên", "Lưu: VT"])
    assert typed.recipient_lines == ("- Như Điều 4;", "- UBND tỉnh Điện Biên;", "- Lưu: VT.")


def test_an_issued_text_the_articles_never_mention_is_refused(rules: Decision) -> None:
    silent = [
        Article(text="Quyết định này có hiệu lực thi hành kể từ ngày ký."),
        rules.articles[-1],
    ]
    with pytest.raises(FieldError) as raised:
        attrs.evolve(rules, articles=silent)
    assert raised.value.field == "Decision.attachment"
    assert "never mention the Quy chế" in raised.value.problem


@pytest.mark.parametrize(
    ("build", "field", "says"),
    [
        (
            lambda: Article(title="Phạm vi", text="Quy chế này.", content=["A."]),
            "Article.text",
            "not both",
        ),
        (lambda: Article(content=["A."]), "Article.text", "needs its title"),
        (lambda: Article(title="Phạm vi điều chỉnh"), "Article.content", "has no content"),
        (
            lambda: Article(title="Phạm vi điều chỉnh.", content=["A."]),
            "Article.title",
            "without final punctuation",
        ),
        (
            lambda: Article(text="Điều 1. Thành lập Tổ công tác."),
            "Article.text",
            "its own label 'Điều 1.'",
        ),
        (
            lambda: Article(title="Điều 2: Nhiệm vụ", content=["A."]),
            "Article.title",
            "its own label 'Điều 2:'",
        ),
        (lambda: Article(text="Thành lập Tổ công tác"), "Article.text", "ends without punctuation"),
        (lambda: Article(text="Thành lập *Tổ công tác."), "Article.text", "never closed"),
        (lambda: Article(text="Thành lập.", content=[42]), "Article.content[0]", "got int"),
        (
            lambda: Chapter(title="Chương I. Quy định chung", articles=[Article(text="A.")]),
            "Chapter.title",
            "its own label",
        ),
        (
            lambda: Chapter(title="Quy định chung", articles=[]),
            "Chapter.articles",
            "at least one article",
        ),
        (
            lambda: IssuedText(kind="Công văn", subject="Về việc", articles=[Article(text="A.")]),
            "IssuedText.kind",
            "not a type a quyết định issues",
        ),
        (
            lambda: IssuedText(kind="Nội quy", subject="Về việc", articles=[Article(text="A.")]),
            "IssuedText.kind",
            "not a type",
        ),
        (
            lambda: IssuedText(kind="Quy chế", subject="Làm việc"),
            "IssuedText.chapters",
            "none of them",
        ),
        (
            lambda: IssuedText(
                kind="Quy chế",
                subject="Làm việc",
                articles=[Article(text="A.")],
                sections=[Section(title="B", content=["C."])],
            ),
            "IssuedText.chapters",
            "articles and sections",
        ),
    ],
    ids=lambda value: value if isinstance(value, str) and "." in value else None,
)
def test_parts_refused(build: object, field: str, says: str) -> None:
    with pytest.raises(FieldError) as raised:
        build()  # type: ignore[operator]
    assert raised.value.field == field
    assert says in raised.value.problem


def test_sections_nest_two_levels_in_an_article(team: Decision) -> None:
    too_deep = Section(content=["Một.", Section(content=["Hai.", Section(content=["Ba."])])])
    article = Article(text="Giao nhiệm vụ:", content=[too_deep])
    with pytest.raises(FieldError) as raised:
        attrs.evolve(team, articles=[article, *team.articles[1:]])
    assert raised.value.field == "articles[0].content[0].content[1].content[1]"
    assert "at most 3 levels" in raised.value.problem


# --- data files, vnreport new, vnreport render ---------------------------------------------


@pytest.mark.parametrize(("path", "fixture"), [(TEAM_YAML, "team"), (RULES_YAML, "rules")])
def test_the_yaml_examples_are_the_python_examples(
    path: Path, fixture: str, request: pytest.FixtureRequest
) -> None:
    decision: Decision = request.getfixturevalue(fixture)
    loaded = load(path)
    assert loaded == decision
    assert loaded.render() == decision.render()


@pytest.mark.parametrize("fixture", ["team", "rules"])
@pytest.mark.parametrize("form", ["yaml", "json", "toml"])
def test_round_trip_through_every_data_format(
    fixture: str, form: str, request: pytest.FixtureRequest
) -> None:
    decision: Decision = request.getfixturevalue(fixture)
    assert loads(dumps(decision, format=form), format=form) == decision


def test_a_data_file_names_the_basis_that_does_not_end_with_a_semicolon() -> None:
    text = TEAM_YAML.read_text(encoding="utf-8").replace(
        "địa phương ngày 22 tháng\n  11 năm 2019;", "địa phương ngày 22 tháng\n  11 năm 2019"
    )
    assert text != TEAM_YAML.read_text(encoding="utf-8")
    with pytest.raises(DataError) as raised:
        loads(text, format="yaml")
    (problem,) = raised.value.problems
    assert problem.path == ("legal_bases", 0)
    assert "each basis ends with ';'" in problem.message


def test_a_data_file_reports_every_problem_of_an_article() -> None:
    text = """\
doc_type: quyet-dinh
issuer: {name: Ủy ban nhân dân huyện Tuần Giáo, abbreviation: UBND, place: Tuần Giáo}
date: "2022-03"
subject: Về việc thành lập Tổ công tác
legal_bases: ["Căn cứ Luật A;", "Theo đề nghị của B."]
articles:
  - {title: Nhiệm vụ, content: [{type: clause, text: A}]}
  - {text: Các ông (bà) chịu trách nhiệm thi hành Quyết định này., colour: red}
signature: {title: Chủ tịch, name: Vừ A Bằng}
"""
    with pytest.raises(DataError) as raised:
        loads(text, format="yaml")
    paths = {problem.path for problem in raised.value.problems}
    assert ("articles", 0, "content", 0, "type") in paths
    assert ("articles", 1, "colour") in paths


def test_the_registry_entry() -> None:
    entry = entry_named("quyet-dinh")
    assert entry.model is Decision
    assert entry.sample == "Mẫu 1.2, 1.3"
    assert entry in REGISTRY
    assert set(entry.terms) == {"subject", "authority", "legal_bases", "articles", "attachment"}
    assert all(" — " in term for term in entry.terms.values())


def test_vnreport_new_and_render_the_starter(tmp_path: Path) -> None:
    starter = tmp_path / "quyet-dinh.yaml"
    assert main(["new", "quyet-dinh", "-o", str(starter)]) == 0
    assert starter.read_text(encoding="utf-8") == entry_named("quyet-dinh").starter
    output = tmp_path / "quyet-dinh.docx"
    assert main(["render", str(starter), "-o", str(output)]) == 0
    decision = load(starter)
    assert isinstance(decision, Decision)
    findings = check(output.read_bytes())
    assert findings == (), "\n".join(map(str, findings))
    # The starter shows every key of the type, the optional ones as comments.
    text = starter.read_text(encoding="utf-8")
    for key in entry_named("quyet-dinh").terms:
        assert re.search(rf"^#? ?{key}:", text, re.MULTILINE), key


def test_the_commented_attachment_of_the_starter_is_valid() -> None:
    """Uncommenting the starter's attachment gives a decision that renders."""
    text = entry_named("quyet-dinh").starter
    block = re.search(r"^# attachment:.*?(?=^\n|\Z)", text, re.MULTILINE | re.DOTALL)
    assert block is not None
    uncommented = "\n".join(line[2:] for line in block.group().splitlines())
    uncommented = re.sub(r"\s+# the text a decision issues.*", "", uncommented)
    text = text.replace(block.group(), uncommented + "\n")
    text = text.replace(
        '  - text: "Thành lập Tổ công tác',
        "  - text: Ban hành kèm theo Quyết định này Quy chế hoạt động của Tổ công tác.\n"
        '  - text: "Thành lập Tổ công tác',
    )
    decision = loads(text, format="yaml")
    assert isinstance(decision, Decision)
    assert decision.attachment is not None
    assert check(decision.render()) == ()


def test_paragraph_objects_and_text_are_the_same_content(team: Decision) -> None:
    article = Article(text="Thành lập.", content=["Một đoạn.", Paragraph(text="Một đoạn.")])
    assert article.content[0] == article.content[1]


# --- as LibreOffice prints it -----------------------------------------------------------------


@pytest.fixture(scope="module")
def printed(
    team: Decision, rules: Decision, tmp_path_factory: pytest.TempPathFactory
) -> dict[str, object]:
    from test_render_pdf import ConversionError, convert_to_pdf, read_layout

    folder = tmp_path_factory.mktemp("decision-pdf")
    documents = [team.save(folder / "team.docx"), rules.save(folder / "rules.docx")]
    try:
        pdfs = convert_to_pdf(documents, folder, tmp_path_factory.mktemp("lo-profile"))
    except ConversionError as error:
        pytest.fail(f"cannot lay out the decisions as PDF: {error}", pytrace=False)
    return {pdf.stem: read_layout(pdf) for pdf in pdfs}


@pytest.mark.slow
def test_libreoffice_prints_the_decision_as_mau_1_2(printed: dict[str, object]) -> None:
    from test_render_pdf import MM, TEXT_CENTRE, span

    layout = printed["team"]
    first = layout.pages[0]  # type: ignore[attr-defined]
    for phrase in ("QUYẾT ĐỊNH:", "CHỦ TỊCH ỦY BAN NHÂN DÂN HUYỆN TUẦN GIÁO"):
        words = first.get(phrase)
        assert all(word.bold for word in words), phrase
        assert abs(span(words).centre - TEXT_CENTRE) <= 3 * MM, phrase
    basis = first.get("Căn cứ Luật Tổ chức chính quyền địa phương")
    assert all("Italic" in word.font for word in basis)
    label = first.get("Điều 1.")
    assert all(word.bold for word in label)
    after = first.get("Thành lập Tổ công tác")
    assert not any(word.bold for word in after)
    page, words = layout.find_last("- Như Điều 4;")  # type: ignore[attr-defined]
    assert page.find("CHỦ TỊCH") is not None


@pytest.mark.slow
def test_libreoffice_prints_the_quy_che_on_pages_of_its_own(printed: dict[str, object]) -> None:
    from test_render_pdf import TOP_MARGIN

    layout = printed["rules"]
    pages = layout.pages  # type: ignore[attr-defined]
    signed = next(page for page in pages if page.find("Vừ A Bằng"))
    issued = next(page for page in pages if page.find("QUY CHẾ"))
    assert issued.number == signed.number + 1
    assert issued.find("ỦY BAN NHÂN DÂN") is not None
    assert issued.find("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM") is not None
    assert issued.find("Số:") is None
    # Its pages are numbered on their own: none on its first page, "2" on the next.
    assert [word for word in issued.words if word.bottom <= TOP_MARGIN] == []
    following = pages[issued.number] if issued.number < len(pages) else None
    if following is not None:
        assert [word.text for word in following.margin_words] == ["2"]
    assert "Chương I" in issued.text()


# --- whatever validates renders ---------------------------------------------------------------

_ENDS = (".", ";", ":", "!", "?", "…")


@st.composite
def articles(draw: st.DrawFn) -> Article:
    """An article with a title (a phrase) or a text (a sentence), and khoản and điểm."""
    content = draw(st.lists(st.one_of(texts(), bullets(), sections(depth=2)), max_size=3))
    if draw(st.booleans()):
        title = draw(texts(max_words=8).filter(lambda text: not text.rstrip().endswith(_ENDS)))
        return Article(title=title, content=content or [draw(texts())])
    return Article(text=draw(texts()) + ".", content=content)


@st.composite
def decisions(draw: st.DrawFn) -> Decision:
    bases = [f"Căn cứ {draw(texts(max_words=8))};" for _ in range(draw(st.integers(1, 3)))]
    if draw(st.booleans()):
        bases.append(f"Xét đề nghị của {draw(texts(max_words=6))};")
    bases.append(f"Theo đề nghị của {draw(texts(max_words=6))}.")
    executes = Article(text=f"{draw(texts(max_words=6))} chịu trách nhiệm thi hành Quyết định này.")
    body = [*draw(st.lists(articles(), max_size=3)), executes]
    attachment = None
    if draw(st.booleans()):
        chapters = [
            Chapter(
                title=draw(texts(max_words=5)),
                articles=draw(st.lists(articles(), min_size=1, max_size=2)),
            )
            for _ in range(draw(st.integers(1, 2)))
        ]
        attachment = IssuedText(
            kind="Quy chế",
            subject=draw(texts().filter(lambda t: not in_capitals(t))),
            chapters=chapters,
        )
        body.insert(0, Article(text="Ban hành kèm theo Quyết định này Quy chế."))
    return Decision(
        issuer=draw(agencies()),
        number=draw(st.none() | st.integers(min_value=1, max_value=9999)),
        date=draw(dates()),
        subject=draw(texts().filter(lambda text: not in_capitals(text))),
        legal_bases=bases,
        articles=body,
        attachment=attachment,
        recipients=["Lưu: VT"],
        signature=draw(signatures()),
    )


@settings(
    max_examples=min(100, settings.default.max_examples),
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow],
)
@given(decision=decisions())
def test_every_valid_decision_renders(decision: Decision) -> None:
    data = decision.render()  # strict: an error of the self-check fails the test
    lines = texts_of(data)
    assert "QUYẾT ĐỊNH:" in lines
    assert decision.authority_line in lines
    assert loads(dumps(decision), format="yaml").render() == data


def test_a_decision_with_its_issued_text_and_an_appendix(rules: Decision) -> None:
    """The issued text comes first after the signature, then the decision's appendix, each
    on pages of its own; the strict self-check reads neither as the decision's body."""
    from vnreport import Appendix

    articles = list(rules.articles)
    articles[0] = Article(
        text="Ban hành kèm theo Quyết định này Quy chế làm việc của Ủy ban nhân dân huyện "
        "Tuần Giáo nhiệm kỳ 2021 - 2026 (danh sách các cơ quan tại Phụ lục kèm theo)."
    )
    appendix = Appendix(
        title="Danh sách các cơ quan chuyên môn", content=["Văn phòng HĐND và UBND."]
    )
    decision = attrs.evolve(rules, articles=articles, appendices=[appendix])
    data = decision.render()
    assert check(data) == ()
    lines = lines_of(paragraphs(data)[0])
    assert (
        lines.index("QUY CHẾ")
        < lines.index("Phụ lục")
        < lines.index("DANH SÁCH CÁC CƠ QUAN CHUYÊN MÔN")
    )
    assert sum(line.endswith("./.") for line in lines) == 3  # decision, Quy chế, appendix


def test_the_json_schema_describes_the_decision(team: Decision) -> None:
    import json

    import yaml
    from jsonschema import Draft202012Validator

    from vnreport.exchange.schema import json_schema

    schema = json_schema()
    validator = Draft202012Validator(schema)
    definition = schema["$defs"]["Decision"]
    assert definition["properties"]["doc_type"] == {
        "const": "quyet-dinh",
        "description": "loại văn bản — the type of document ('bao-cao', 'cong-van', …)",
    }
    assert set(definition["required"]) >= {"doc_type", "subject", "legal_bases", "articles"}
    assert {"Article", "Chapter", "IssuedText"} <= set(schema["$defs"])
    for path in (TEAM_YAML, RULES_YAML):
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
        assert [error.message for error in validator.iter_errors(data)] == [], path.name
    starter = entry_named("quyet-dinh").starter
    for data in (
        yaml.safe_load(starter),
        json.loads(dumps(loads(starter, format="yaml"), format="json")),
    ):
        assert [error.message for error in validator.iter_errors(data)] == []
    # An article that is not a mapping is refused by the schema as by the loader.
    broken = json.loads(dumps(team, format="json"))
    broken["articles"][0] = "Điều 1. Thành lập."
    assert not validator.is_valid(broken)
