"""A công văn written with the public API: the district asks for the figures of its report.

Ủy ban nhân dân huyện Tuần Giáo (tỉnh Điện Biên) asks its departments and the communes for
the figures of the seed report (examples/tuan_giao_2021.py) after Huyện ủy's Công văn
200-CV/HU. The symbol "1035/UBND-NV" (no type abbreviation, the drafting unit after the
issuer), "V/v" under the number, "Kính gửi:" with its dash list, the numbers of the
points, "Như trên" first in Nơi nhận and the final "./." are vnreport's work.

Run it from the project root::

    python examples/cong_van_tuan_giao.py                 # write out/cong-van-tuan-giao.docx
    python examples/cong_van_tuan_giao.py -o cv.docx      # write it elsewhere
    python examples/cong_van_tuan_giao.py --outline       # print the outline instead
"""

from __future__ import annotations

import argparse
import sys
from datetime import date
from pathlib import Path

from vnreport import Agency, Bullet, DocumentReference, OfficialLetter, Section, Signature

TUAN_GIAO = Agency(
    name="Ủy ban nhân dân huyện Tuần Giáo",
    abbreviation="UBND",
    place="Tuần Giáo",
)

CV_200 = DocumentReference(
    kind="Công văn",
    number="200-CV/HU",
    date=date(2021, 6, 7),
    issuer="Huyện ủy Tuần Giáo",
)


def build_letter() -> OfficialLetter:
    """The công văn as an :class:`~vnreport.OfficialLetter`."""
    return OfficialLetter(
        issuer=TUAN_GIAO,
        number=1035,
        symbol_unit="NV",  # drafted by Phòng Nội vụ: "Số: 1035/UBND-NV"
        date="2021-06-09",
        subject="báo cáo kết quả thực hiện công tác dân vận chính quyền 6 tháng đầu năm 2021",
        addressees=[
            "Các cơ quan chuyên môn thuộc UBND huyện",
            "Ủy ban nhân dân các xã, thị trấn",
        ],
        content=[
            f"""
            Thực hiện {CV_200} về việc báo cáo kết quả thực hiện công tác dân vận chính quyền
            6 tháng đầu năm 2021, Ủy ban nhân dân huyện đề nghị các cơ quan, đơn vị và Ủy ban
            nhân dân các xã, thị trấn thực hiện một số nội dung sau:
            """,
            Section(
                title="Nội dung báo cáo",
                content=[
                    "Báo cáo kết quả thực hiện công tác dân vận chính quyền 6 tháng đầu năm "
                    "2021 của cơ quan, đơn vị, địa phương, tập trung vào các nội dung:",
                    Bullet(text="Công tác lãnh đạo, chỉ đạo, quán triệt, triển khai thực hiện;"),
                    Bullet(text="Kết quả thực hiện Quy chế dân chủ ở cơ sở;"),
                    Bullet(
                        text="Công tác tiếp công dân, giải quyết khiếu nại, tố cáo:",
                        items=[
                            "Số lượt tiếp công dân, số người được tiếp;",
                            "Số đơn tiếp nhận, số đơn đã giải quyết.",
                        ],
                    ),
                    Bullet(text="Kết quả thực hiện phong trào thi đua “Dân vận khéo”."),
                ],
            ),
            Section(
                title="Thời gian báo cáo",
                content=[
                    """
                    Số liệu báo cáo tính từ ngày 01/01/2021 đến ngày 15/6/2021. Báo cáo gửi về
                    Ủy ban nhân dân huyện (qua Phòng Nội vụ) trước ngày 18/6/2021, đồng thời
                    gửi bản điện tử qua Hệ thống quản lý văn bản và điều hành để tổng hợp.
                    """
                ],
            ),
            """
            Đề nghị các cơ quan, đơn vị và Ủy ban nhân dân các xã, thị trấn quan tâm, thực
            hiện đảm bảo thời gian quy định.
            """,
        ],
        recipients=[
            "Thường trực Huyện ủy (b/c)",
            "Lãnh đạo UBND huyện",
            "Lưu: VT, NV",
        ],
        signature=Signature(
            authority=["TM. Ủy ban nhân dân", "KT. Chủ tịch"],
            title="Phó Chủ tịch",
            name="Phạm Thị Tuyên",
        ),
    )


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description="Write the Tuần Giáo công văn.")
    parser.add_argument("-o", "--output", type=Path, default=Path("out/cong-van-tuan-giao.docx"))
    parser.add_argument("--outline", action="store_true", help="print the outline, write nothing")
    parser.add_argument("--full", action="store_true", help="with --outline: the whole text")
    options = parser.parse_args(argv)
    letter = build_letter()
    if options.outline:
        print(letter.outline(full=options.full))
        return 0
    options.output.parent.mkdir(parents=True, exist_ok=True)
    path = letter.save(options.output)
    print(f"wrote {path} ({path.stat().st_size} bytes, {len(letter.body)} paragraphs)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
