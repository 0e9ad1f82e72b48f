"""read_text and read_docx build a công văn, a giấy mời and a biên bản from their own body.

The examples' outlines, laid out as a clerk pastes them (a table's cells one after
another), read back to the same document; a hand's variants of the labelled lines (a time
"7h30, ngày 29/6/2021", an invitee on the line of "kính mời", a chair "Ông …, Chủ
tịch …") are read too; what a field cannot be built from is named.
"""

from __future__ import annotations

import datetime
import re
from pathlib import Path

import attrs
import pytest

from vnreport import Invitation, Minutes, OfficialLetter, read_docx, read_text
from vnreport.exchange import load
from vnreport.model.body import Bullet, Paragraph, Section
from vnreport.model.document import Document

ROOT = Path(__file__).resolve().parent.parent
_END = "./."


def _example(name: str) -> Document:
    return load(ROOT / "examples" / f"{name}.yaml")


def _pasted(document: Document) -> str:
    """The outline with the footer's two columns one after the other (left cell, then
    right), as a Word table's text is pasted."""
    lines = document.outline(full=True).splitlines()
    end = max(i for i, line in enumerate(lines) if line.rstrip().endswith(_END))
    left: list[str] = []
    right: list[str] = []
    for line in lines[end + 1 :]:
        if not line.strip():
            continue
        indent = len(line) - len(line.lstrip())
        cells = [cell for cell in re.split(r"\s{3,}", line.strip()) if cell]
        if len(cells) == 2:
            left.append(cells[0])
            right.append(cells[1])
        elif indent > 20:
            right.append(cells[0])
        else:
            left.append(cells[0])
    return "\n".join([*lines[: end + 1], *left, *right])


def _plain(document: Document, field: str) -> Document:
    """``document`` with the paragraphs of ``field`` in plain text: a text keeps no
    emphasis."""
    blocks = [Paragraph(text=block.plain.replace("*", "\\*")) for block in getattr(document, field)]
    return attrs.evolve(document, **{field: blocks})  # type: ignore[misc]


def _bien_ban() -> Minutes:
    """The example biên bản with a body plain text carries whole: no table (importing
    tables is not this test's), headings without a proper noun (a heading printed in
    capitals comes back in sentence case), no numbered paragraph ending with ":" (which
    plain text reads as a heading)."""
    document = _example("bien-ban-tuan-giao")
    assert isinstance(document, Minutes)
    return attrs.evolve(
        document,
        content=[
            Section(
                title="Diễn biến cuộc họp",
                content=[
                    "Đồng chí Phạm Thị Tuyên, Phó Chủ tịch Ủy ban nhân dân huyện, trình bày "
                    "Báo cáo kết quả thực hiện nhiệm vụ 6 tháng đầu năm 2021.",
                    "Hội nghị nghe 05 ý kiến tham luận của các cơ quan, đơn vị:",
                    Bullet(text="Phòng Tài chính - Kế hoạch: tiến độ giải ngân vốn đầu tư công;"),
                    Bullet(text="Ủy ban nhân dân xã Quài Cang: xây dựng nông thôn mới."),
                ],
            ),
            Section(
                title="Kết luận của chủ trì",
                content=[
                    "Đồng chí Chủ tịch Ủy ban nhân dân huyện yêu cầu:",
                    Bullet(text="Đẩy nhanh tiến độ giải ngân vốn đầu tư công;"),
                    Bullet(text="Chủ động phòng, chống thiên tai, dịch bệnh."),
                    "Biên bản đã được đọc lại trước Hội nghị; các đại biểu nhất trí.",
                ],
            ),
        ],
    )


def test_a_cong_van_reads_back_from_its_docx_and_its_text() -> None:
    document = _example("cong-van-tuan-giao")
    imported = read_docx(document.render())
    assert imported.recognised
    assert imported.document == document
    from_text = read_text(_pasted(document))
    assert from_text.recognised, from_text.unrecognised
    assert from_text.document == document


def test_a_cong_van_s_closing_request_ends_the_letter_not_its_last_point() -> None:
    document = _example("cong-van-tuan-giao")
    assert isinstance(document, OfficialLetter)
    imported = read_text(_pasted(document))
    assert isinstance(imported.document, OfficialLetter)
    last = imported.document.content[-1]
    assert isinstance(last, Paragraph)
    assert last.text.startswith("Đề nghị các cơ quan")
    assert isinstance(imported.document.content[-2], Section)


def test_a_giay_moi_reads_back_from_its_docx_and_its_text() -> None:
    document = _example("giay-moi-tuan-giao")
    assert isinstance(document, Invitation)
    imported = read_docx(document.render())
    assert imported.recognised
    assert imported.document == document
    from_text = read_text(_pasted(document))
    assert from_text.recognised, from_text.unrecognised
    assert from_text.document == _plain(document, "notes")
    assert from_text.document.time == datetime.datetime(2021, 6, 29, 7, 30)


def test_a_bien_ban_reads_back_from_its_docx_and_its_text() -> None:
    document = _bien_ban()
    data = document.render()
    imported = read_docx(data)
    assert imported.recognised, imported.unrecognised
    assert imported.document == document
    assert imported.document.render() == data
    from_text = read_text(_pasted(document))
    assert from_text.recognised, from_text.unrecognised
    assert from_text.document == document


_GIAY_MOI = """\
ỦY BAN NHÂN DÂN
HUYỆN TUẦN GIÁO
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Số: 45/GM-UBND
Tuần Giáo, ngày 22 tháng 6 năm 2021
GIẤY MỜI
Dự Hội nghị tổng kết công tác dân vận

Ủy ban nhân dân huyện Tuần Giáo trân trọng kính mời: Chủ tịch Ủy ban nhân dân các xã.
Tới dự Hội nghị tổng kết công tác dân vận năm 2021.
{time}
Địa điểm: Hội trường Ủy ban nhân dân huyện.
Nơi nhận:
- Như thành phần mời;
- Lưu: VT, VP.
TL. CHỦ TỊCH
CHÁNH VĂN PHÒNG
Lò Thị Hương
"""


@pytest.mark.parametrize(
    ("time", "expected"),
    [
        ("Thời gian: 7h30, ngày 29/6/2021.", datetime.datetime(2021, 6, 29, 7, 30)),
        (
            "Thời gian: 14 giờ, thứ Ba, ngày 29 tháng 6 năm 2021.",
            datetime.datetime(2021, 6, 29, 14, 0),
        ),
        ("Thời gian : 08:15 ngày 01-07-2021.", datetime.datetime(2021, 7, 1, 8, 15)),
    ],
)
def test_a_hand_typed_giay_moi_is_read(time: str, expected: datetime.datetime) -> None:
    imported = read_text(_GIAY_MOI.format(time=time))
    assert imported.recognised, imported.unrecognised
    document = imported.document
    assert isinstance(document, Invitation)
    assert document.time == expected
    assert document.invitees == ("Chủ tịch Ủy ban nhân dân các xã",)
    assert document.meeting == "Hội nghị tổng kết công tác dân vận năm 2021"
    assert (document.place, document.chair, document.notes) == (
        "Hội trường Ủy ban nhân dân huyện",
        None,
        (),
    )
    assert document.issuer.name == "Ủy ban nhân dân huyện Tuần Giáo"


def test_a_giay_moi_without_its_time_names_the_field() -> None:
    imported = read_text(_GIAY_MOI.format(time="Thời gian: sáng thứ Ba tuần sau."))
    assert imported.document is None
    assert any("Invitation.time" in item.reason for item in imported.unrecognised)
    assert imported.fields.symbol == "GM-UBND"


def test_a_bien_ban_s_chair_typed_with_a_comma_and_a_signature_that_differs() -> None:
    text = _pasted(_bien_ban()).replace(
        "Chủ trì: Đồng chí Vừ A Bằng - Chủ tịch Ủy ban nhân dân huyện.",
        "Chủ trì: Ông Vừ A Bằng, Chủ tịch Ủy ban nhân dân huyện.",
    )
    imported = read_text(text)
    assert isinstance(imported.document, Minutes)
    chair = imported.document.chair
    assert (chair.honorific, chair.name, chair.title) == (
        "Ông",
        "Vừ A Bằng",
        "Chủ tịch Ủy ban nhân dân huyện",
    )
    assert imported.recognised
    other = read_text(text.replace("\nVừ A Bằng", "\nVừ A Bình"))
    assert other.document is not None
    assert [item.reason for item in other.unrecognised] == [
        "the Chủ tọa signs as 'Vừ A Bình', the body names 'Vừ A Bằng'"
    ]


def test_a_bien_ban_takes_its_date_from_the_end_of_its_meeting() -> None:
    document = _bien_ban()
    text = _pasted(document).replace(
        "kết thúc vào 11 giờ 30 phút cùng ngày./.",
        "kết thúc vào 09 giờ 15 phút, ngày 30 tháng 6 năm 2021./.",
    )
    imported = read_text(text)
    assert isinstance(imported.document, Minutes), imported.unrecognised
    assert imported.document.end == datetime.datetime(2021, 6, 30, 9, 15)
    assert imported.document.date.isoformat() == "2021-06-30"
    assert imported.document.issuer.place == "Tuần Giáo"


def test_a_cong_van_whose_symbol_names_no_unit_is_refused_with_the_field() -> None:
    text = _pasted(_example("cong-van-tuan-giao")).replace("1035/UBND-NV", "1035/UBND")
    imported = read_text(text)
    assert imported.document is None
    assert any(item.reason.startswith("symbol_unit:") for item in imported.unrecognised)
