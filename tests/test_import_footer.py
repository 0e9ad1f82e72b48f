"""The footer as real files lay it out, read into the fields as printed (issue #13).

Shapes of the development corpus, written here with python-docx: Nơi nhận and the
signature each one paragraph cut by manual line breaks in a borderless table, the
columns typed with tab stops in the same paragraphs, a biên bản's members signing in a
table whose row of titles stands over the row of names, an attached text after the
signature. Every text is written for the tests.
"""

from __future__ import annotations

import io

import docx
from docx.enum.text import WD_BREAK

from vnreport import read_docx, read_text
from vnreport.importing import SignatureFields

HEADER = (
    "UBND TỈNH SƠN HÀ",
    "SỞ CÔNG THƯƠNG",
    "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
    "Độc lập - Tự do - Hạnh phúc",
    "Số: 218/BC-SCT",
    "Sơn Hà, ngày 05 tháng 02 năm 2026",
    "BÁO CÁO",
    "Kết quả kiểm tra an toàn hóa chất năm 2025",
    "I. KẾT QUẢ KIỂM TRA",
    "Đoàn đã kiểm tra 12 cơ sở sản xuất, kinh doanh hóa chất trên địa bàn tỉnh./.",
)


def _broken(paragraph: object, lines: list[str]) -> None:
    """``lines`` in one paragraph, cut by manual line breaks (w:br)."""
    for position, line in enumerate(lines):
        run = paragraph.add_run(line)  # type: ignore[attr-defined]
        if position < len(lines) - 1:
            run.add_break(WD_BREAK.LINE)


def _save(document: object) -> bytes:
    stream = io.BytesIO()
    document.save(stream)  # type: ignore[attr-defined]
    return stream.getvalue()


def test_a_footer_table_of_two_paragraphs_cut_by_line_breaks() -> None:
    document = docx.Document()
    for line in HEADER:
        document.add_paragraph(line)
    left, right = document.add_table(rows=1, cols=2).rows[0].cells
    _broken(
        left.paragraphs[0],
        ["Nơi nhận:", "- UBND tỉnh;", "- Các sở: Tài chính,", "Xây dựng;", "- Lưu: VT, KTAT."],
    )
    _broken(
        right.paragraphs[0],
        ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH ", "", "(đã ký)", "", "Lò Văn Tiến"],
    )
    # The attached text's header after the signature is no second signer.
    header = document.add_table(rows=1, cols=2).rows[0].cells
    _broken(header[0].paragraphs[0], ["ỦY BAN NHÂN DÂN", "TỈNH SƠN HÀ", "_____"])
    _broken(
        header[1].paragraphs[0],
        ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc"],
    )
    document.add_paragraph("QUY ĐỊNH")
    document.add_paragraph("Chương I")
    fields = read_docx(_save(document)).fields
    assert fields.recipients == (
        "- UBND tỉnh;",
        "- Các sở: Tài chính, Xây dựng;",
        "- Lưu: VT, KTAT.",
    )
    assert fields.signature_authority == ("TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH")
    assert fields.signature_title == "PHÓ CHỦ TỊCH"
    assert fields.signature_name == "Lò Văn Tiến"
    assert fields.signatures == ()


def test_columns_typed_with_tab_stops_in_the_same_paragraphs() -> None:
    footer = (
        "Nơi nhận:\tTM. ỦY BAN NHÂN DÂN",
        "- Bộ Công Thương;\tKT.CHỦ TỊCH",
        "- Thường trực HĐND tỉnh;\tPHÓ CHỦ TỊCH",
        "- UBND các huyện;\t(Đã ký)",
        "- Sở Tài chính;\tLò Văn Tiến",
        "- Lưu VT.\t",
    )
    imported = read_text("\n".join((*HEADER, *footer)))
    fields = imported.fields
    assert fields.recipients == (
        "- Bộ Công Thương;",
        "- Thường trực HĐND tỉnh;",
        "- UBND các huyện;",
        "- Sở Tài chính;",
        "- Lưu VT.",
    )
    assert fields.signature_authority == ("TM. ỦY BAN NHÂN DÂN", "KT.CHỦ TỊCH")
    assert (fields.signature_title, fields.signature_name) == ("PHÓ CHỦ TỊCH", "Lò Văn Tiến")
    assert imported.document is not None
    assert imported.document.signature.lines[:2] == ("TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH")


def test_members_sign_in_a_table_titles_over_names() -> None:
    document = docx.Document()
    for line in (*HEADER[:4], "BIÊN BẢN THẨM ĐỊNH", "Hồ sơ cấp giấy phép vận chuyển"):
        document.add_paragraph(line)
    document.add_paragraph("Cuộc họp kết thúc vào 10 giờ 30 phút cùng ngày.")
    first = document.add_table(rows=1, cols=2).rows[0].cells
    stacks = (["THÀNH VIÊN", "PHÓ CỤC TRƯỞNG", "Vương Văn Chung"], ["THÀNH VIÊN", "Đỗ Thị Hà"])
    for cell, lines in zip(first, stacks, strict=True):
        cell.paragraphs[0].add_run(lines[0])
        for line in lines[1:]:
            cell.add_paragraph(line)
    second = document.add_table(rows=2, cols=2)
    for column, name in enumerate(("Mạc Văn Phúc", "Nguyễn Đắc Khánh")):
        second.rows[0].cells[column].paragraphs[0].add_run("THÀNH VIÊN")
        second.rows[1].cells[column].paragraphs[0].add_run(name)
    fields = read_docx(_save(document)).fields
    assert fields.signatures == (
        SignatureFields(role="THÀNH VIÊN", title="PHÓ CỤC TRƯỞNG", name="Vương Văn Chung"),
        SignatureFields(title="THÀNH VIÊN", name="Đỗ Thị Hà"),
        SignatureFields(title="THÀNH VIÊN", name="Mạc Văn Phúc"),
        SignatureFields(title="THÀNH VIÊN", name="Nguyễn Đắc Khánh"),
    )
    assert (fields.signature_title, fields.signature_name) == ("PHÓ CỤC TRƯỞNG", "Vương Văn Chung")
    assert fields.recipients == ()


def test_a_biên_bản_gives_the_chair_as_its_signature() -> None:
    text = "\n".join(
        (*HEADER[:4], "Số: 07/BB-SCT", "BIÊN BẢN", "Cuộc họp giao ban",
         "Chủ trì: Ông Hoàng Văn Bình - Phó Giám đốc Sở.", "I. KẾT LUẬN", "Thống nhất kết quả.",
         "Cuộc họp kết thúc vào 10 giờ 30 phút cùng ngày./.", "THƯ KÝ\tCHỦ TỌA", "",
         "Lò Thị Hoa\tHoàng Văn Bình")
    )  # fmt: skip
    fields = read_text(text).fields
    assert fields.signatures == (
        SignatureFields(title="THƯ KÝ", name="Lò Thị Hoa"),
        SignatureFields(title="CHỦ TỌA", name="Hoàng Văn Bình"),
    )
    assert (fields.signature_title, fields.signature_name) == ("CHỦ TỌA", "Hoàng Văn Bình")
