"""The body fields the importer reads (issue #13): căn cứ, top-level headings, the subject.

Shapes like the development corpus' (a công văn with a lone "Căn cứ …" sentence, bases
listed after an opening paragraph, arabic tops that head sections against a numbered
list, a subject over the authority line); every text here is written for the tests.
"""

from __future__ import annotations

from vnreport import read_text

HEAD = """UBND TỈNH SƠN HÀ
SỞ CÔNG THƯƠNG
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Số: 15/SCT-KTAT
Sơn Hà, ngày 20 tháng 4 năm 2026
V/v kiểm tra kho hóa chất
Kính gửi: Công ty cổ phần Hóa chất Sơn Hà
"""
FOOT = """Nơi nhận:
- Như trên;
- Lưu: VT, KTAT.
GIÁM ĐỐC

Trần Quốc Hưng"""


def _letter(body: str) -> str:
    return HEAD + body + "\n" + FOOT


def test_a_lone_can_cu_sentence_in_a_body_is_not_a_basis() -> None:
    body = (
        "Sở Công Thương nhận được Văn bản số 12/CV-HC ngày 02/4/2026 của Công ty.\n"
        "Căn cứ chức năng, nhiệm vụ được giao, Sở Công Thương đề nghị Công ty báo cáo.\n"
        "Sở Công Thương đề nghị Công ty thực hiện./."
    )
    assert read_text(_letter(body)).fields.can_cu == ()


def test_bases_listed_after_the_opening_paragraph_are_read() -> None:
    bases = (
        "Căn cứ Luật Hóa chất ngày 21 tháng 11 năm 2007;",
        "Căn cứ Biên bản kiểm tra ngày 08/4/2026 của Đoàn kiểm tra;",
    )
    body = "\n".join(
        (
            "Thực hiện chỉ đạo của UBND tỉnh, Sở Công Thương báo cáo như sau:",
            *bases,
            "Trên cơ sở đó, Sở Công Thương đề nghị Công ty khắc phục các tồn tại./.",
        )
    )
    fields = read_text(_letter(body)).fields
    assert fields.can_cu == bases
    assert fields.subject == "kiểm tra kho hóa chất"


def test_a_numbered_list_is_not_a_list_of_headings() -> None:
    body = (
        "Sở Công Thương đề nghị Công ty:\n"
        "1. Lập hồ sơ kho theo quy định.\n"
        "2. Báo cáo kết quả trước ngày 30/4/2026.\n"
        "Sở Công Thương đề nghị Công ty thực hiện./."
    )
    assert read_text(_letter(body)).fields.headings == ()


def test_arabic_tops_that_head_sections_are_headings() -> None:
    body = (
        "1. Kết quả kiểm tra\n"
        "Kho chứa đạt yêu cầu về phòng cháy.\n"
        "2. Kiến nghị\n"
        "Đề nghị Công ty bổ sung biển báo./."
    )
    assert read_text(_letter(body)).fields.headings == ("1. Kết quả kiểm tra", "2. Kiến nghị")


def test_the_subject_ends_above_the_authority_line() -> None:
    text = """UBND TỈNH SƠN HÀ
SỞ CÔNG THƯƠNG
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Số: 41/QĐ-SCT
Sơn Hà, ngày 12 tháng 3 năm 2026
QUYẾT ĐỊNH
Về việc kiểm tra an toàn hóa chất
GIÁM ĐỐC SỞ CÔNG THƯƠNG TỈNH SƠN HÀ
Căn cứ Luật Hóa chất ngày 21 tháng 11 năm 2007;
Căn cứ Quyết định số 05/2025/QĐ-UBND ngày 01/7/2025
của UBND tỉnh Sơn Hà;
Theo đề nghị của Trưởng phòng Kỹ thuật an toàn,
QUYẾT ĐỊNH:
Điều 1. Kiểm tra an toàn hóa chất tại 12 cơ sở trên địa bàn tỉnh.
Điều 2. Chánh Văn phòng Sở và các cơ sở có tên tại Điều 1 chịu trách nhiệm thi hành Quyết định này./.
Nơi nhận:
- Như Điều 2;
- Lưu: VT, KTAT.
GIÁM ĐỐC

Trần Quốc Hưng"""
    imported = read_text(text)
    fields = imported.fields
    assert fields.subject == "Về việc kiểm tra an toàn hóa chất"
    # A basis cut across two lines of a text is one line; "Theo đề nghị" is not căn cứ.
    assert fields.can_cu == (
        "Căn cứ Luật Hóa chất ngày 21 tháng 11 năm 2007;",
        "Căn cứ Quyết định số 05/2025/QĐ-UBND ngày 01/7/2025 của UBND tỉnh Sơn Hà;",
    )
    assert [heading[:8] for heading in fields.headings] == ["Điều 1. ", "Điều 2. "]
    # The proposal ends with "," where the model wants ".": the document is built with
    # that one mark made "." and the change is reported at its line (issue #13: degrade,
    # never lose the document for one part).
    document = imported.document
    assert document is not None
    assert document.legal_bases[-1] == "Theo đề nghị của Trưởng phòng Kỹ thuật an toàn."
    (item,) = imported.unrecognised
    assert item.line == 13
    assert "legal_bases[2]" in item.reason
    assert "'.'" in item.reason
