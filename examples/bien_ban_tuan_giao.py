"""A biên bản (Mẫu 1.9) written with the public API.

The minutes of the half-year review conference of Ủy ban nhân dân huyện Tuần Giáo (tỉnh
Điện Biên), 29 June 2021, to which examples/giay_moi_tuan_giao.py invites. The header
has no date line; the body records the start, the place, who attended, chaired and took
the minutes, the proceedings, and "Hội nghị kết thúc vào 11 giờ 30 phút cùng ngày./.";
THƯ KÝ signs on the left and CHỦ TỌA on the right, Nơi nhận under them — all laid out by
vnreport from the fields below.

Run it from the project root::

    python examples/bien_ban_tuan_giao.py                  # write out/bien-ban-tuan-giao.docx
    python examples/bien_ban_tuan_giao.py -o bb.docx       # write it elsewhere
    python examples/bien_ban_tuan_giao.py --outline        # print the outline instead
"""

from __future__ import annotations

import argparse
import sys
from datetime import datetime
from pathlib import Path

from vnreport import (
    Agency,
    Bullet,
    MeetingKind,
    Minutes,
    Participant,
    Recipients,
    Section,
    Table,
)

TUAN_GIAO = Agency(
    name="Ủy ban nhân dân huyện Tuần Giáo",
    abbreviation="UBND",
    place="Tuần Giáo",
)

# Figures the conference heard (the report of 28/6/2021, rounded to millions of đồng).
BUDGET = Table(
    title="Kết quả thu, chi ngân sách 6 tháng đầu năm 2021 (triệu đồng)",
    header=["Nội dung", "Dự toán năm", "Thực hiện 6 tháng", "Tỷ lệ (%)"],
    rows=[
        ["Thu ngân sách nhà nước trên địa bàn", 52400, 27250, 52],
        ["Chi ngân sách địa phương", 812300, 398030, 49],
    ],
)


def build_minutes() -> Minutes:
    """The biên bản of the conference, as a :class:`~vnreport.Minutes`."""
    return Minutes(
        issuer=TUAN_GIAO,
        number=12,
        date="2021-06-29",
        subject=(
            "Hội nghị sơ kết công tác 6 tháng đầu năm, triển khai nhiệm vụ trọng tâm 6 tháng "
            "cuối năm 2021"
        ),
        kind=MeetingKind.CONFERENCE,
        start=datetime(2021, 6, 29, 7, 30),
        end=datetime(2021, 6, 29, 11, 30),
        place="Hội trường Ủy ban nhân dân huyện Tuần Giáo",
        attendees=[
            "Đại diện Thường trực Huyện ủy, Thường trực Hội đồng nhân dân huyện",
            "Lãnh đạo Ủy ban nhân dân huyện",
            "Đại diện Ủy ban Mặt trận Tổ quốc Việt Nam huyện và các tổ chức chính trị - xã "
            "hội huyện",
            "Thủ trưởng các cơ quan chuyên môn thuộc Ủy ban nhân dân huyện",
            "Chủ tịch Ủy ban nhân dân 19 xã, thị trấn",
        ],
        chair=Participant(
            name="Vừ A Bằng", title="Chủ tịch Ủy ban nhân dân huyện", honorific="Đồng chí"
        ),
        secretary=Participant(
            name="Quàng Thị Mai",
            title="Chuyên viên Văn phòng HĐND và UBND huyện",
            honorific="Đồng chí",
        ),
        content=[
            Section(
                title="Diễn biến Hội nghị",
                content=[
                    Section(
                        content=[
                            "Đồng chí Phạm Thị Tuyên, Phó Chủ tịch Ủy ban nhân dân huyện, trình "
                            "bày Báo cáo kết quả thực hiện nhiệm vụ phát triển kinh tế - xã hội, "
                            "quốc phòng - an ninh 6 tháng đầu năm, nhiệm vụ trọng tâm 6 tháng "
                            "cuối năm 2021.",
                            BUDGET,
                        ]
                    ),
                    Section(
                        content=[
                            "Hội nghị nghe 05 ý kiến tham luận của các cơ quan, đơn vị:",
                            Bullet(
                                text="Phòng Tài chính - Kế hoạch: tiến độ giải ngân vốn đầu "
                                "tư công và các giải pháp thu ngân sách 6 tháng cuối năm;"
                            ),
                            Bullet(
                                text="Phòng Nông nghiệp và Phát triển nông thôn: sản xuất vụ "
                                "mùa, phòng, chống thiên tai mùa mưa bão;"
                            ),
                            Bullet(
                                text="Ủy ban nhân dân xã Quài Cang, thị trấn Tuần Giáo, xã "
                                "Mường Mùn: xây dựng nông thôn mới, phòng, chống dịch Covid-19."
                            ),
                        ]
                    ),
                ],
            ),
            Section(
                title="Kết luận của chủ trì Hội nghị",
                content=[
                    "Đồng chí Chủ tịch Ủy ban nhân dân huyện ghi nhận kết quả đạt được trong "
                    "6 tháng đầu năm và yêu cầu các cơ quan, đơn vị, Ủy ban nhân dân các xã, "
                    "thị trấn tập trung thực hiện các nhiệm vụ sau:",
                    Bullet(
                        text="Đẩy nhanh tiến độ giải ngân vốn đầu tư công, phấn đấu đến ngày "
                        "30/9/2021 giải ngân đạt trên 60% kế hoạch vốn được giao;"
                    ),
                    Bullet(
                        text="Chủ động phòng, chống thiên tai, dịch bệnh; bảo đảm an ninh chính "
                        "trị, trật tự an toàn xã hội trên địa bàn."
                    ),
                    "Biên bản đã được đọc lại trước Hội nghị; các đại biểu dự Hội nghị nhất "
                    "trí với nội dung Biên bản.",
                ],
            ),
        ],
        recipients=Recipients(
            items=[
                "Thường trực Huyện ủy",
                "Thường trực HĐND huyện",
                "Lãnh đạo UBND huyện",
                "Các cơ quan, đơn vị dự Hội nghị",
            ],
            archive=["VP"],
        ),
    )


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description="Write the Tuần Giáo biên bản of June 2021.")
    parser.add_argument("-o", "--output", type=Path, default=Path("out/bien-ban-tuan-giao.docx"))
    parser.add_argument("--outline", action="store_true", help="print the outline, write nothing")
    parser.add_argument("--full", action="store_true", help="with --outline: the whole text")
    options = parser.parse_args(argv)
    minutes = build_minutes()
    if options.outline:
        print(minutes.outline(full=options.full))
        return 0
    options.output.parent.mkdir(parents=True, exist_ok=True)
    path = minutes.save(options.output)
    print(f"wrote {path} ({path.stat().st_size} bytes)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
