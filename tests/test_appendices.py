"""Appendices (*phụ lục*, Phụ lục I, III.1; Mẫu 2.1, 2.2) of any document.

Each appendix is printed after the signature on a page of its own: "Phụ lục" (with a
Roman numeral when there are several) 14 pt bold, its title in bold capitals, the italic
note "(Kèm theo Báo cáo số … ngày … của …)" and a short rule, then its content; its pages
are numbered from 1 and may be landscape. The body must mention each appendix.
"""

from __future__ import annotations

import attrs
import pytest
from lxml import etree

from docx_helpers import Styles, W, open_docx, text_of, w, zip_parts
from vnreport import Appendix, FieldError, Paragraph, Report, Table, check
from vnreport.exchange import dumps, loads
from vnreport.formatting.dates import format_date
from vnreport.pipeline import lay_out


def _with_appendices(report: Report, *appendices: Appendix, mention: str) -> Report:
    # The seed's closing ends with "./.": the mention goes at the end of the opening.
    opening = (*report.opening, Paragraph(text=mention))
    return attrs.evolve(report, opening=opening, appendices=appendices)


_TABLE = Table(
    header=("Xã", "Số lượt tiếp", "Số người"),
    rows=(("Quài Cang", 12, 15), ("Quài Nưa", 8, 9)),
    totals=("Tổng cộng", 20, 24),
)


@pytest.fixture(scope="module")
def one(seed_report: Report) -> Report:
    appendix = Appendix(title="Kết quả tiếp công dân 6 tháng đầu năm 2021", content=[_TABLE])
    return _with_appendices(seed_report, appendix, mention="(Chi tiết tại Phụ lục kèm theo).")


@pytest.fixture(scope="module")
def two(seed_report: Report) -> Report:
    first = Appendix(title="Kết quả tiếp công dân", content=[_TABLE])
    second = Appendix(
        title="Danh mục văn bản đã ban hành",
        content=["Các văn bản chỉ đạo như sau:", _TABLE],
        landscape=True,
    )
    return _with_appendices(
        seed_report, first, second, mention="(Chi tiết tại Phụ lục I và Phụ lục II)."
    )


def _body(data: bytes) -> etree._Element:
    body = etree.fromstring(zip_parts(data)["word/document.xml"]).find(w("body"))
    assert body is not None
    return body


def _sections(body: etree._Element) -> list[etree._Element]:
    """Every section's properties, in order: those closing a section, then the final."""
    inner = [p.find(f"{W}pPr/{W}sectPr") for p in body.iter(w("p"))]
    return [s for s in inner if s is not None] + [body.find(w("sectPr"))]


def _paragraphs_after_signature(data: bytes) -> list[etree._Element]:
    body = _body(data)
    children = list(body)
    breaks = [
        index
        for index, child in enumerate(children)
        if child.tag == w("p") and child.find(f"{W}pPr/{W}sectPr") is not None
    ]
    return [child for child in children[breaks[0] + 1 :] if child.tag == w("p")]


def test_one_appendix_is_labelled_without_a_numeral(one: Report) -> None:
    data = one.render()
    document = open_docx(data)
    styles = Styles.of(document)
    paragraphs = _paragraphs_after_signature(data)
    after = [p for p in paragraphs if text_of(p)]
    label, title, note = after[:3]
    assert text_of(label) == "Phụ lục"
    assert text_of(title) == "KẾT QUẢ TIẾP CÔNG DÂN 6 THÁNG ĐẦU NĂM 2021"
    assert (
        text_of(note)
        == f"(Kèm theo Báo cáo số {one.document_number} {_date_words(one)} của Ủy ban nhân dân huyện Tuần Giáo)"
    )
    label_format = styles.effective(label)
    assert (label_format.size, label_format.bold, label_format.alignment) == (14, True, "center")
    title_format = styles.effective(title)
    assert (title_format.bold, title_format.alignment) == (True, "center")
    note_format = styles.effective(note)
    assert (note_format.italic, note_format.bold, note_format.alignment) == (
        True,
        False,
        "center",
    )
    # The short rule under the note: a bottom border on an empty paragraph.
    rule = paragraphs[paragraphs.index(note) + 1]
    assert text_of(rule) == ""
    assert styles.effective(rule).borders["bottom"] is not None
    # The content: the table, with its totals.
    tables = _body(data).findall(f"{W}tbl")
    assert "Tổng cộng" in text_of(tables[-1])
    assert styles.effective(label).size == 14


def _date_words(report: Report) -> str:
    date = report.date
    return format_date(date.year, date.month, date.day)


def test_the_note_names_the_document_it_goes_with(one: Report) -> None:
    dated = attrs.evolve(one, number=5, date="2021-06-15")
    (page,) = lay_out(dated).appendices
    assert page.note.text == (
        "(Kèm theo Báo cáo số 05/BC-UBND ngày 15 tháng 6 năm 2021 "
        "của Ủy ban nhân dân huyện Tuần Giáo)"
    )


def test_several_appendices_have_roman_numerals_and_each_a_section(two: Report) -> None:
    data = two.render()
    texts = [text_of(p) for p in _paragraphs_after_signature(data)]
    assert "Phụ lục I" in texts
    assert "Phụ lục II" in texts
    assert texts.index("Phụ lục I") < texts.index("Phụ lục II")
    sections = _sections(_body(data))
    assert len(sections) == 3  # the main text, Phụ lục I, Phụ lục II


def test_appendix_pages_are_numbered_from_one(two: Report) -> None:
    main, first, second = _sections(_body(two.render()))
    assert main.find(w("pgNumType")) is None
    for section in (first, second):
        numbering = section.find(w("pgNumType"))
        assert numbering is not None
        assert numbering.get(w("start")) == "1"
    # Each section starts on a new page.
    for section in (first, second):
        kind = section.find(w("type"))
        assert kind is None or kind.get(w("val")) == "nextPage"


def test_a_landscape_appendix_turns_its_pages(two: Report) -> None:
    main, first, second = _sections(_body(two.render()))
    portrait = main.find(w("pgSz"))
    assert first.find(w("pgSz")).get(w("orient")) in (None, "portrait")
    turned = second.find(w("pgSz"))
    assert turned.get(w("orient")) == "landscape"
    assert turned.get(w("w")) == portrait.get(w("h"))
    assert turned.get(w("h")) == portrait.get(w("w"))
    # Its table is as wide as the landscape text area.
    assert int(turned.get(w("w"))) > int(portrait.get(w("w")))


def test_documents_with_appendices_conform(one: Report, two: Report) -> None:
    for report in (one, two):
        findings = check(report.render())
        assert findings == (), "\n".join(str(finding) for finding in findings)


def test_an_appendix_the_body_never_mentions_is_refused(seed_report: Report) -> None:
    appendix = Appendix(title="Số liệu", content=["Bảng số liệu."])
    with pytest.raises(FieldError, match=r"^Report\.appendices\[0\]: the main text never"):
        attrs.evolve(seed_report, appendices=[appendix])
    second = Appendix(title="Danh mục", content=["Danh mục."])
    with pytest.raises(FieldError, match=r"^Report\.appendices\[1\]: .*'Phụ lục II'"):
        _with_appendices(seed_report, appendix, second, mention="(Chi tiết tại Phụ lục I).")
    # "Phụ lục I" is not a mention of "Phụ lục II" and "Phụ lục II" not one of "Phụ lục I".
    with pytest.raises(FieldError, match=r"^Report\.appendices\[0\]: .*'Phụ lục I'"):
        _with_appendices(seed_report, appendix, second, mention="(Chi tiết tại Phụ lục II).")


def test_an_appendix_needs_a_title_and_content() -> None:
    with pytest.raises(FieldError, match=r"^Appendix\.content: an appendix needs content"):
        Appendix(title="Số liệu", content=[])
    with pytest.raises(FieldError, match=r"^Appendix\.title"):
        Appendix(title="  ", content=["x"])
    with pytest.raises(FieldError, match=r"^Appendix\.content\[0\]: must be a Paragraph"):
        Appendix(title="Số liệu", content=[42])  # type: ignore[list-item]


def test_appendices_round_trip_through_a_data_file(two: Report) -> None:
    text = dumps(two, format="yaml")
    assert "appendices:" in text
    assert "landscape: true" in text
    assert loads(text, format="yaml") == two
    assert loads(text, format="yaml").render() == two.render()


def test_the_outline_shows_the_appendices(two: Report) -> None:
    outline = two.outline()
    assert "Phụ lục I" in outline
    assert "DANH MỤC VĂN BẢN ĐÃ BAN HÀNH" in outline
