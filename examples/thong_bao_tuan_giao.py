"""A thông báo (Mẫu 1.4) written with the public API: the conclusions of a meeting.

The office of Ủy ban nhân dân huyện Tuần Giáo (tỉnh Điện Biên) makes known what the
chairman concluded at the meeting on the 2022 harvest: the results (I.) and what each
department is to do (II.). "Số: 45/TB-UBND", the type name, the signature "TL. CHỦ TỊCH /
CHÁNH VĂN PHÒNG" and the final "./." are vnreport's work.

Run it from the project root::

    python examples/thong_bao_tuan_giao.py                 # write out/thong-bao-tuan-giao.docx
    python examples/thong_bao_tuan_giao.py -o tb.docx      # write it elsewhere
    python examples/thong_bao_tuan_giao.py --outline       # print the outline instead
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from vnreport import Agency, Bullet, Notice, Recipients, Section, Signature

TUAN_GIAO = Agency(
    name="Ủy ban nhân dân huyện Tuần Giáo",
    abbreviation="UBND",
    place="Tuần Giáo",
)


def build_notice() -> Notice:
    """The thông báo, as a :class:`~vnreport.Notice`."""
    return Notice(
        issuer=TUAN_GIAO,
        number=45,
        date="2022-06-20",
        subject=(
            "Kết luận của Chủ tịch Ủy ban nhân dân huyện tại cuộc họp đánh giá sản xuất "
            "vụ Đông Xuân 2021 - 2022"
        ),
        opening=[
            """
            Ngày 17/6/2022, Chủ tịch Ủy ban nhân dân huyện chủ trì cuộc họp đánh giá kết quả
            sản xuất vụ Đông Xuân 2021 - 2022, triển khai nhiệm vụ vụ Mùa năm 2022. Tham dự
            có lãnh đạo các phòng, ban chuyên môn và Chủ tịch Ủy ban nhân dân các xã, thị
            trấn. Sau khi nghe báo cáo và ý kiến của các đại biểu, Chủ tịch Ủy ban nhân dân
            huyện kết luận như sau:
            """
        ],
        sections=[
            Section(
                title="Đánh giá chung",
                content=[
                    """
                    Vụ Đông Xuân 2021 - 2022 toàn huyện gieo cấy 1.245 ha lúa, đạt 101,2% kế
                    hoạch; năng suất bình quân 58,6 tạ/ha, sản lượng 7.296 tấn. Công tác phòng,
                    chống dịch bệnh trên cây trồng, vật nuôi được chỉ đạo kịp thời.
                    """
                ],
            ),
            Section(
                title="Nhiệm vụ trong thời gian tới",
                content=[
                    Section(
                        title="Phòng Nông nghiệp và Phát triển nông thôn",
                        content=[
                            Bullet(
                                text="Hướng dẫn các xã bố trí cơ cấu giống, lịch thời vụ vụ "
                                "Mùa năm 2022;"
                            ),
                            Bullet(
                                text="Theo dõi, dự báo sâu bệnh, hướng dẫn Nhân dân phòng trừ "
                                "kịp thời."
                            ),
                        ],
                    ),
                    Section(
                        title="Ủy ban nhân dân các xã, thị trấn",
                        content=[
                            """
                            Chỉ đạo các thôn, bản gieo cấy đúng khung thời vụ, hoàn thành trước
                            ngày 15/7/2022; báo cáo kết quả về Ủy ban nhân dân huyện (qua Phòng
                            Nông nghiệp và Phát triển nông thôn) trước ngày 20/7/2022.
                            """
                        ],
                    ),
                ],
            ),
        ],
        closing=[
            """
            Văn phòng HĐND và UBND huyện thông báo để các cơ quan, đơn vị và Ủy ban nhân dân
            các xã, thị trấn biết, thực hiện.
            """
        ],
        recipients=Recipients(
            items=[
                "Chủ tịch, các PCT UBND huyện",
                "Phòng Nông nghiệp và Phát triển nông thôn",
                "UBND các xã, thị trấn",
            ],
            archive=["NN"],
        ),
        signature=Signature(
            authority=["TL. Chủ tịch"],
            title="Chánh Văn phòng",
            name="Lò Văn Thanh",
        ),
    )


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description="Write the Tuần Giáo thông báo of June 2022.")
    parser.add_argument("-o", "--output", type=Path, default=Path("out/thong-bao-tuan-giao.docx"))
    parser.add_argument("--outline", action="store_true", help="print the outline, write nothing")
    parser.add_argument("--full", action="store_true", help="with --outline: the whole text")
    options = parser.parse_args(argv)
    notice = build_notice()
    if options.outline:
        print(notice.outline(full=options.full))
        return 0
    options.output.parent.mkdir(parents=True, exist_ok=True)
    path = notice.save(options.output)
    print(f"wrote {path} ({path.stat().st_size} bytes)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
