"""A tờ trình (Mẫu 1.4 with Kính gửi) written with the public API.

Ủy ban nhân dân huyện Tuần Giáo (tỉnh Điện Biên) asks Ủy ban nhân dân tỉnh Điện Biên to
approve how the district shares out its 2022 recurrent funds (*vốn sự nghiệp*) of the
national target programme for sustainable poverty reduction (*Chương trình mục tiêu quốc
gia giảm nghèo bền vững*): why (I.), what it asks, with the figures in a table (II.), and
"… kính trình …" to close. "Số: 86/TTr-UBND", the type name, "Kính gửi:" on the line of its
one addressee, "- Như trên;" first in Nơi nhận and the final "./." are vnreport's work.

Run it from the project root::

    python examples/to_trinh_tuan_giao.py                  # write out/to-trinh-tuan-giao.docx
    python examples/to_trinh_tuan_giao.py -o ttr.docx      # write it elsewhere
    python examples/to_trinh_tuan_giao.py --outline        # print the outline instead
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from vnreport import Agency, Bullet, Recipients, Section, Signature, Submission, Table

TUAN_GIAO = Agency(
    name="Ủy ban nhân dân huyện Tuần Giáo",
    abbreviation="UBND",
    place="Tuần Giáo",
)

QD_90 = "Quyết định số 90/QĐ-TTg ngày 18/01/2022 của Thủ tướng Chính phủ"
QD_12 = "Quyết định số 12/QĐ-UBND ngày 10/01/2022 của UBND tỉnh Điện Biên"
CV_1520 = "Công văn số 1520/UBND-KT ngày 06/5/2022 của UBND tỉnh Điện Biên"

# The share-out asked for, in millions of đồng: the central budget and the province's
# counterpart funds for each project of the programme the district carries out.
ALLOCATION = Table(
    title="Phương án phân bổ vốn sự nghiệp năm 2022 (triệu đồng)",
    header=["Dự án", "Ngân sách trung ương", "Ngân sách tỉnh đối ứng", "Cộng"],
    rows=[
        ["Dự án 2: Đa dạng hóa sinh kế, phát triển mô hình giảm nghèo", 3250, 325, 3575],
        ["Dự án 3: Hỗ trợ phát triển sản xuất, cải thiện dinh dưỡng", 5480, 548, 6028],
        ["Dự án 4: Phát triển giáo dục nghề nghiệp, việc làm bền vững", 2160, 216, 2376],
        ["Dự án 6: Truyền thông và giảm nghèo về thông tin", 640, 64, 704],
        ["Dự án 7: Nâng cao năng lực và giám sát, đánh giá Chương trình", 470, 47, 517],
    ],
    totals=["Tổng cộng", 12000, 1200, 13200],
)


def build_submission() -> Submission:
    """The tờ trình, as a :class:`~vnreport.Submission`."""
    return Submission(
        issuer=TUAN_GIAO,
        number=86,
        date="2022-05-16",
        subject=(
            "Đề nghị phê duyệt phương án phân bổ vốn sự nghiệp Chương trình mục tiêu quốc "
            "gia giảm nghèo bền vững năm 2022"
        ),
        addressees=["Ủy ban nhân dân tỉnh Điện Biên"],
        opening=[
            f"""
            Căn cứ {QD_90} phê duyệt Chương trình mục tiêu quốc gia giảm nghèo bền vững giai
            đoạn 2021 - 2025; căn cứ {QD_12} về việc giao dự toán ngân sách thực hiện các
            Chương trình mục tiêu quốc gia năm 2022; thực hiện {CV_1520} về việc xây dựng
            phương án phân bổ vốn sự nghiệp Chương trình mục tiêu quốc gia giảm nghèo bền
            vững năm 2022, Ủy ban nhân dân huyện Tuần Giáo kính trình Ủy ban nhân dân tỉnh
            xem xét, phê duyệt phương án phân bổ vốn như sau:
            """
        ],
        sections=[
            Section(
                title="Sự cần thiết",
                content=[
                    """
                    Tuần Giáo là huyện nghèo của tỉnh, có 19 xã, thị trấn, trong đó 14 xã
                    đặc biệt khó khăn; theo kết quả rà soát cuối năm 2021, toàn huyện còn
                    6.412 hộ nghèo, chiếm 37,6% tổng số hộ, và 1.835 hộ cận nghèo. Đời
                    sống của đồng bào các dân tộc ở vùng cao còn nhiều khó khăn, sinh kế
                    chủ yếu dựa vào sản xuất nông nghiệp nhỏ lẻ, thiếu vốn và kỹ thuật.
                    """,
                    """
                    Việc sớm phân bổ vốn sự nghiệp năm 2022 là cần thiết để các cơ quan, đơn
                    vị và Ủy ban nhân dân các xã triển khai các dự án ngay từ vụ sản xuất hè
                    thu, bảo đảm giải ngân hết kế hoạch vốn được giao và góp phần giảm tỷ lệ
                    hộ nghèo từ 4% trở lên trong năm 2022 theo Nghị quyết của Hội đồng nhân
                    dân huyện.
                    """,
                ],
            ),
            Section(
                title="Nội dung đề nghị",
                content=[
                    Section(
                        title="Tổng kinh phí và nguồn vốn",
                        content=[
                            f"""
                            Tổng vốn sự nghiệp đề nghị phân bổ là 13.200 triệu đồng, gồm
                            ngân sách trung ương 12.000 triệu đồng và ngân sách tỉnh đối
                            ứng 1.200 triệu đồng (10% vốn ngân sách trung ương), bằng số
                            vốn được giao tại {QD_12}.
                            """,
                        ],
                    ),
                    Section(
                        title="Phương án phân bổ",
                        content=[
                            "Phân bổ cho các dự án thành phần của Chương trình như sau:",
                            ALLOCATION,
                        ],
                    ),
                    Section(
                        title="Nguyên tắc phân bổ",
                        content=[
                            Bullet(
                                text="Ưu tiên các xã đặc biệt khó khăn, xã có tỷ lệ hộ nghèo "
                                "cao, các thôn, bản vùng cao, biên giới;"
                            ),
                            Bullet(
                                text="Bảo đảm công khai, minh bạch, đúng đối tượng, không "
                                "trùng lặp với các chương trình, dự án khác trên địa bàn;"
                            ),
                            Bullet(
                                text="Giao Phòng Lao động - Thương binh và Xã hội là cơ quan "
                                "thường trực, chủ trì theo dõi, tổng hợp kết quả thực hiện."
                            ),
                        ],
                    ),
                ],
            ),
        ],
        closing=[
            """
            Ủy ban nhân dân huyện Tuần Giáo kính trình Ủy ban nhân dân tỉnh Điện Biên xem
            xét, phê duyệt để huyện sớm triển khai thực hiện.
            """
        ],
        recipients=Recipients(
            items=[
                "Sở Kế hoạch và Đầu tư",
                "Sở Tài chính",
                "Sở Lao động - Thương binh và Xã hội",
                "TT. Huyện ủy, TT. HĐND huyện",
                "Lãnh đạo UBND huyện",
            ],
            archive=["LĐTBXH"],
        ),
        signature=Signature(authority=["TM. Ủy ban nhân dân"], title="Chủ tịch", name="Vừ A Bằng"),
    )


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description="Write the Tuần Giáo tờ trình of May 2022.")
    parser.add_argument("-o", "--output", type=Path, default=Path("out/to-trinh-tuan-giao.docx"))
    parser.add_argument("--outline", action="store_true", help="print the outline, write nothing")
    parser.add_argument("--full", action="store_true", help="with --outline: the whole text")
    options = parser.parse_args(argv)
    submission = build_submission()
    if options.outline:
        print(submission.outline(full=options.full))
        return 0
    options.output.parent.mkdir(parents=True, exist_ok=True)
    path = submission.save(options.output)
    print(f"wrote {path} ({path.stat().st_size} bytes)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
