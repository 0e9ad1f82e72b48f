"""The example reproduces the seed report completely: every paragraph, in order, with its
label, case and emphasis, and the header and footer exactly as printed."""

from __future__ import annotations

import re

from conftest import seed_paragraphs
from vnreport import Report
from vnreport.model.inline import parse_emphasis
from vnreport.model.outline import Role


def _squeeze(text: str) -> str:
    # The seed flattened the header's blank fields ("Số: /BC-UBND"); compare words only.
    return re.sub(r"\s+", " ", text).strip()


def test_seed_has_the_expected_shape() -> None:
    header, body = seed_paragraphs()
    assert header == [
        "Số: /BC-UBND",
        "Tuần Giáo, ngày tháng 6 năm 2021",
        "BÁO CÁO",
        "Kết quả thực hiện công tác dân vận chính quyền 6 tháng đầu năm, "
        "nhiệm vụ trọng tâm 6 tháng cuối năm 2021",
    ]
    # 42 paragraphs once the five page cuts are joined.
    assert len(body) == 42
    assert body[-1].endswith("UBND huyện Tuần Giáo./.")


def test_every_body_paragraph_in_order(seed_report: Report) -> None:
    _, expected = seed_paragraphs()
    printed = [block.text for block in seed_report.body]
    plain_expected = ["".join(run.text for run in parse_emphasis(text)) for text in expected]
    assert printed == plain_expected


def test_emphasis_matches_the_seed_markers(seed_report: Report) -> None:
    _, expected = seed_paragraphs()
    for block, source in zip(seed_report.body, expected, strict=True):
        wanted = [(run.text, run.italic) for run in parse_emphasis(source) if run.italic]
        got = [(run.text, run.italic) for run in block.runs if run.italic]
        assert got == wanted, block.path
    italic = [run.text for block in seed_report.body for run in block.runs if run.italic]
    assert italic == [
        "khiếu nại 02 đơn, tố cáo 02 đơn, đơn đề nghị 30 đơn",
        "khiếu nại 01 đơn, tố cáo 05 đơn, đơn đề nghị 02 đơn",
        "quy chế văn hóa công sở, quy chế, quy định cơ quan có đời sống văn hóa",
    ]


def test_roles_and_labels(seed_report: Report) -> None:
    headings = [(b.role, b.label) for b in seed_report.body if b.role.value.startswith("heading")]
    level_one = [label for role, label in headings if role is Role.HEADING_1]
    assert level_one == ["I.", "II.", "III.", "IV.", "V.", "VI."]
    level_two = [label for role, label in headings if role is Role.HEADING_2]
    assert level_two == ["1.", "2.", "3.", "4.", "5.", "1.", "2."]
    numbered = [b.label for b in seed_report.body if b.role is Role.PARAGRAPH and b.label]
    assert numbered == ["1.", "2.", "3.", "4."]
    bullets = [b for b in seed_report.body if b.role is Role.BULLET]
    assert len(bullets) == 17  # 3 + 3 + 4 + 5 + 2
    assert all(b.text.startswith("- ") for b in bullets)


def test_header_and_footer(seed_report: Report) -> None:
    header, _ = seed_paragraphs()
    assert seed_report.issuer.issuer_lines == ("ỦY BAN NHÂN DÂN", "HUYỆN TUẦN GIÁO")
    assert seed_report.issuer.parent_line is None
    assert _squeeze(seed_report.number_line) == header[0]
    assert seed_report.number_line == "Số:     /BC-UBND"
    assert _squeeze(seed_report.place_date_line) == header[1]
    assert seed_report.doc_type.printed_name == header[2]
    assert seed_report.subject == header[3]
    assert seed_report.recipient_lines == ("- Ban Dân vận Huyện ủy;", "- Lưu: VT, NV.")
    assert seed_report.signature.lines == ("TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH")
    assert seed_report.signature.name == "Phạm Thị Tuyên"


def test_end_mark_exactly_once(seed_report: Report) -> None:
    texts = [block.text for block in seed_report.body]
    assert sum(text.count("./.") for text in texts) == 1
    assert texts[-1].endswith("Tuần Giáo./.")


def test_outline_prints_the_whole_report(seed_report: Report) -> None:
    full = seed_report.outline(full=True, width=10_000)
    for paragraph in (block.text for block in seed_report.body):
        assert paragraph in full
    short = seed_report.outline()
    assert "Số:     /BC-UBND" in short
    assert "Tuần Giáo, ngày    tháng 6 năm 2021" in short
    assert all(len(line) <= 100 for line in short.splitlines())
