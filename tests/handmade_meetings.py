"""A giấy mời and a biên bản typed by hand in Word (python-docx), in the shapes of Mẫu 1.7
and Mẫu 1.9, by the careful clerk of tests/handmade.py: for the checker's recognition of
the documents of a meeting, which vnreport's templates did not produce.
"""

from __future__ import annotations

from collections.abc import Sequence

from handmade import (
    TEXT_WIDTH,
    Clerk,
    _footer_table,
    _header_table,
    _title,
    borderless_table,
    cant_split,
)

__all__ = [
    "INVITATION",
    "MINUTES",
    "careful_invitation",
    "careful_minutes",
    "minutes_laid_out_as_the_sample",
]

_ISSUER = ("ỦY BAN NHÂN DÂN", "HUYỆN TUẦN GIÁO")

INVITATION = {
    "number": "Số: 45/GM-UBND",
    "date": "Tuần Giáo, ngày 22 tháng 6 năm 2021",
    "type": "GIẤY MỜI",
    "subject": "Dự Hội nghị sơ kết công tác 6 tháng đầu năm 2021",
    "body": (
        "Ủy ban nhân dân huyện Tuần Giáo trân trọng kính mời:",
        "- Trưởng các phòng, ban, ngành, đoàn thể huyện;",
        "- Chủ tịch Ủy ban nhân dân các xã, thị trấn.",
        "Tới dự Hội nghị sơ kết công tác 6 tháng đầu năm, triển khai nhiệm vụ 6 tháng cuối năm "
        "2021.",
        "Chủ trì: Đồng chí Chủ tịch Ủy ban nhân dân huyện.",
        # The clerk's own way of writing the time: the checker reads the label only.
        "Thời gian: 01 buổi, bắt đầu từ 8 giờ 00, thứ Ba, ngày 29/6/2021.",
        "Địa điểm: Hội trường Ủy ban nhân dân huyện Tuần Giáo.",
        "Đề nghị các đồng chí bố trí thời gian tham dự đầy đủ, đúng giờ./.",
    ),
    "recipients": ("- Như thành phần mời;", "- Lưu: VT, VP."),
    "signature": ("TL. CHỦ TỊCH", "CHÁNH VĂN PHÒNG"),
    "signer": "Lường Văn Hoàn",
}


def careful_invitation() -> bytes:
    """A giấy mời as Mẫu 1.7: the header with its date line, GIẤY MỜI, the subject and
    its rule, "… trân trọng kính mời:" with two "- …;" invitees, "Tới dự …", "Chủ trì:",
    "Thời gian:", "Địa điểm:", a note ending "./.", Nơi nhận beside the signature."""
    clerk = Clerk(font=None)
    clerk.page(margins=(20, 20, 30, 15))
    clerk.careful_fonts()
    _header_table(
        clerk,
        parent=None,
        issuer=_ISSUER,
        number=INVITATION["number"],
        date=INVITATION["date"],
    )
    _title(clerk, INVITATION["type"], [INVITATION["subject"]])
    for line in INVITATION["body"]:
        clerk.body(line)
    _footer_table(clerk, INVITATION["recipients"], INVITATION["signature"], INVITATION["signer"])
    clerk.page_numbers()
    return clerk.save()


MINUTES = {
    "number": "Số: 12/BB-UBND",
    "type": "BIÊN BẢN",
    "subject": "Hội nghị sơ kết công tác 6 tháng đầu năm 2021",
    "body": (
        "Thời gian bắt đầu: 08 giờ 00 phút, ngày 29 tháng 6 năm 2021.",
        "Địa điểm: Hội trường Ủy ban nhân dân huyện Tuần Giáo.",
        "Thành phần tham dự:",
        "- Lãnh đạo Ủy ban nhân dân huyện;",
        "- Trưởng các phòng, ban, ngành, đoàn thể huyện;",
        "- Chủ tịch Ủy ban nhân dân các xã, thị trấn.",
        "Chủ trì (chủ toạ): Ông Lò Văn Tiến - Phó Chủ tịch Ủy ban nhân dân huyện.",
        "Thư ký (người ghi biên bản): Bà Quàng Thị Mai - Chuyên viên Văn phòng HĐND và UBND huyện.",
        "Nội dung:",
        "Đồng chí Chánh Văn phòng HĐND và UBND huyện trình bày dự thảo Báo cáo kết quả thực "
        "hiện nhiệm vụ 6 tháng đầu năm 2021; các đại biểu thảo luận, thống nhất nội dung.",
        "Hội nghị kết thúc vào 11 giờ 30 phút cùng ngày./.",
    ),
    "signatures": (("THƯ KÝ", "Quàng Thị Mai"), ("CHỦ TỌA", "Lò Văn Tiến")),
    "recipients": ("- Thường trực Huyện ủy;", "- Lưu: VT, VP."),
}


def careful_minutes(
    *,
    signatures: Sequence[tuple[str, str]] = MINUTES["signatures"],
    recipients_in_table: bool = True,
) -> bytes:
    """A biên bản as Mẫu 1.9: no date line in the header (its cell left empty), BIÊN BẢN,
    the subject and its rule, the labelled lines, the content, "Hội nghị kết thúc vào …
    cùng ngày./.", then a borderless table with the two signatures side by side (THƯ KÝ
    left, CHỦ TỌA right, rows that cannot split) and Nơi nhận under them: in the table's
    second row, or typed under the table (``recipients_in_table=False``)."""
    clerk = Clerk(font=None)
    clerk.page(margins=(20, 20, 30, 15))
    clerk.careful_fonts()
    _header_table(clerk, parent=None, issuer=_ISSUER, number=MINUTES["number"], date="")
    _title(clerk, MINUTES["type"], [MINUTES["subject"]])
    for line in MINUTES["body"]:
        clerk.body(line)
    half = TEXT_WIDTH // 2
    table = borderless_table(clerk, 2 if recipients_in_table else 1, (half, TEXT_WIDTH - half))
    cant_split(table)
    for column, (title, name) in enumerate(signatures):
        cell = table.cell(0, column)
        clerk.line(cell, title, size=14, bold=True, align="center", before=12)
        for _ in range(4):
            clerk.line(cell, "", size=14, align="center")
        clerk.line(cell, name, size=14, bold=True, align="center")
    where = table.cell(1, 0) if recipients_in_table else clerk.document
    clerk.line(where, "Nơi nhận:", size=12, bold=True, italic=True, align="left", before=12)
    for item in MINUTES["recipients"]:
        clerk.line(where, item, size=11, align="left")
    clerk.page_numbers()
    return clerk.save()


def minutes_laid_out_as_the_sample() -> bytes:
    """The careful biên bản with its foot laid out as Mẫu 1.9's own file: a table of three
    columns (the middle one a spacer) whose rows hold the titles, then the notes where
    the signatures go — "(Chữ ký)" on the left, a note over two lines on the right —
    then the names, and Nơi nhận in a last row on the left."""
    clerk = Clerk(font=None)
    clerk.page(margins=(20, 20, 30, 15))
    clerk.careful_fonts()
    _header_table(clerk, parent=None, issuer=_ISSUER, number=MINUTES["number"], date="")
    _title(clerk, MINUTES["type"], [MINUTES["subject"]])
    for line in MINUTES["body"]:
        clerk.body(line)
    side = TEXT_WIDTH * 2 // 5
    table = borderless_table(clerk, 4, (side, TEXT_WIDTH - 2 * side, side))
    cant_split(table)
    (left_title, left_name), (right_title, right_name) = MINUTES["signatures"]
    rows = (
        ((left_title, {}), (right_title, {})),
        (("(Chữ ký)", {"italic": True}), ("(Chữ ký của người có thẩm quyền", {"italic": True})),
        ((left_name, {}), (right_name, {})),
    )
    for row, ((left, left_style), (right, right_style)) in enumerate(rows):
        for column, text, style in ((0, left, left_style), (2, right, right_style)):
            italic = bool(style.get("italic"))
            clerk.line(
                table.cell(row, column), text, size=14, bold=not italic, italic=italic,
                align="center", before=12 if row == 0 else 0,
            )  # fmt: skip
    clerk.line(
        table.cell(1, 2), "dấu/chữ ký số của cơ quan, tổ chức (nếu có))", size=13, italic=True,
        align="center",
    )  # fmt: skip
    where = table.cell(3, 0)
    clerk.line(where, "Nơi nhận:", size=12, bold=True, italic=True, align="left", before=12)
    for item in MINUTES["recipients"]:
        clerk.line(where, item, size=11, align="left")
    clerk.page_numbers()
    return clerk.save()
