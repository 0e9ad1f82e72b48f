"""A chương trình (Mẫu 1.4) written with the public API: a year's programme of work.

Ủy ban nhân dân huyện Tuần Giáo (tỉnh Điện Biên) sets out its programme of work
(*chương trình công tác*) for 2023: its aims (I.), the matters it will decide quarter by
quarter, in a table (II.), and how the programme is followed (III.). "Số: 01/CTr-UBND"
(the symbol CTr, never upper-cased), the type name and the final "./." are vnreport's work.

Run it from the project root::

    python examples/chuong_trinh_tuan_giao.py              # write out/chuong-trinh-tuan-giao.docx
    python examples/chuong_trinh_tuan_giao.py -o ctr.docx  # write it elsewhere
    python examples/chuong_trinh_tuan_giao.py --outline    # print the outline instead
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from vnreport import Agency, Programme, Recipients, Section, Signature, Table

TUAN_GIAO = Agency(
    name="Ủy ban nhân dân huyện Tuần Giáo",
    abbreviation="UBND",
    place="Tuần Giáo",
)

MATTERS = Table(
    title="Các nội dung trình Ủy ban nhân dân huyện năm 2023",
    header=["TT", "Nội dung", "Cơ quan chủ trì", "Thời gian trình"],
    rows=[
        [1, "Kế hoạch phát triển kinh tế - xã hội năm 2023", "Phòng Tài chính - Kế hoạch", "Quý I"],
        [
            2,
            "Đề án phát triển cây mắc ca giai đoạn 2023 - 2025",
            "Phòng Nông nghiệp và PTNT",
            "Quý II",
        ],
        [
            3,
            "Báo cáo sơ kết công tác 6 tháng đầu năm 2023",
            "Văn phòng HĐND và UBND huyện",
            "Quý III",
        ],
        [4, "Dự toán ngân sách huyện năm 2024", "Phòng Tài chính - Kế hoạch", "Quý IV"],
    ],
)


def build_programme() -> Programme:
    """The chương trình, as a :class:`~vnreport.Programme`."""
    return Programme(
        issuer=TUAN_GIAO,
        number=1,
        date="2023-01-05",
        subject="Công tác năm 2023 của Ủy ban nhân dân huyện Tuần Giáo",
        sections=[
            Section(
                title="Mục tiêu",
                content=[
                    """
                    Cụ thể hóa các nhiệm vụ, giải pháp chủ yếu thực hiện Nghị quyết của Hội
                    đồng nhân dân huyện về kế hoạch phát triển kinh tế - xã hội năm 2023; bảo
                    đảm sự chỉ đạo, điều hành của Ủy ban nhân dân huyện thống nhất, kịp thời.
                    """
                ],
            ),
            Section(
                title="Nội dung chương trình",
                content=[
                    "Các nội dung trình Ủy ban nhân dân huyện trong năm như sau:",
                    MATTERS,
                ],
            ),
            Section(
                title="Tổ chức thực hiện",
                content=[
                    """
                    Thủ trưởng các cơ quan chủ trì chịu trách nhiệm chuẩn bị nội dung, trình
                    đúng thời gian. Văn phòng HĐND và UBND huyện theo dõi, đôn đốc, hằng quý báo
                    cáo Chủ tịch Ủy ban nhân dân huyện kết quả thực hiện Chương trình.
                    """
                ],
            ),
        ],
        recipients=Recipients(
            items=[
                "TT. Huyện ủy, TT. HĐND huyện",
                "Chủ tịch, các PCT UBND huyện",
                "Các cơ quan, đơn vị thuộc UBND huyện",
            ],
            archive=["VP"],
        ),
        signature=Signature(
            authority=["TM. Ủy ban nhân dân"],
            title="Chủ tịch",
            name="Vừ A Bằng",
        ),
    )


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description="Write the Tuần Giáo chương trình of 2023.")
    parser.add_argument(
        "-o", "--output", type=Path, default=Path("out/chuong-trinh-tuan-giao.docx")
    )
    parser.add_argument("--outline", action="store_true", help="print the outline, write nothing")
    parser.add_argument("--full", action="store_true", help="with --outline: the whole text")
    options = parser.parse_args(argv)
    programme = build_programme()
    if options.outline:
        print(programme.outline(full=options.full))
        return 0
    options.output.parent.mkdir(parents=True, exist_ok=True)
    path = programme.save(options.output)
    print(f"wrote {path} ({path.stat().st_size} bytes)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
