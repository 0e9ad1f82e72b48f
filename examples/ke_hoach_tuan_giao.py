"""A kế hoạch (Mẫu 1.4) with an appendix (Mẫu 2.1), written with the public API.

Ủy ban nhân dân huyện Tuần Giáo (tỉnh Điện Biên) plans its digital transformation
(*chuyển đổi số*) for 2022: purposes and requirements (I.), tasks (II.), who does what
(III.), and the list of tasks with their lead units and deadlines in a landscape appendix.
"Số: 95/KH-UBND", the type name, the appendix on pages of its own numbered from 1 under
"Phụ lục" with "(Kèm theo Kế hoạch số 95/KH-UBND ngày 25/3/2022 của …)" and the final
"./." are vnreport's work.

Run it from the project root::

    python examples/ke_hoach_tuan_giao.py                 # write out/ke-hoach-tuan-giao.docx
    python examples/ke_hoach_tuan_giao.py -o kh.docx      # write it elsewhere
    python examples/ke_hoach_tuan_giao.py --outline       # print the outline instead
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from vnreport import Agency, Appendix, Bullet, Plan, Recipients, Section, Signature, Table

TUAN_GIAO = Agency(
    name="Ủy ban nhân dân huyện Tuần Giáo",
    abbreviation="UBND",
    place="Tuần Giáo",
)

KH_1750 = "Kế hoạch số 1750/KH-UBND ngày 09/3/2022 của Ủy ban nhân dân tỉnh Điện Biên"

# Too wide for a portrait page: the appendix turns its pages (landscape).
TASKS = Table(
    header=["TT", "Nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian hoàn thành"],
    rows=[
        [
            1,
            "Kiện toàn Ban Chỉ đạo chuyển đổi số huyện",
            "Phòng Văn hóa và Thông tin",
            "Phòng Nội vụ",
            "Quý II/2022",
        ],
        [
            2,
            "Vận hành Hệ thống quản lý văn bản và điều hành liên thông 4 cấp",
            "Văn phòng HĐND và UBND huyện",
            "Các cơ quan, đơn vị; UBND các xã, thị trấn",
            "Thường xuyên",
        ],
        [
            3,
            "Thành lập tổ công nghệ số cộng đồng ở các thôn, bản",
            "UBND các xã, thị trấn",
            "Phòng Văn hóa và Thông tin",
            "Quý III/2022",
        ],
        [
            4,
            "Đưa sản phẩm nông nghiệp chủ lực lên sàn thương mại điện tử",
            "Phòng Kinh tế và Hạ tầng",
            "Phòng Nông nghiệp và Phát triển nông thôn",
            "Quý IV/2022",
        ],
        [
            5,
            "Tập huấn kỹ năng số cho cán bộ, công chức cấp xã",
            "Phòng Nội vụ",
            "Trung tâm Văn hóa, Truyền thanh - Truyền hình",
            "Quý III/2022",
        ],
    ],
)


def build_plan() -> Plan:
    """The kế hoạch, as a :class:`~vnreport.Plan` with one :class:`~vnreport.Appendix`."""
    return Plan(
        issuer=TUAN_GIAO,
        number=95,
        date="2022-03-25",
        subject="Triển khai thực hiện chuyển đổi số huyện Tuần Giáo năm 2022",
        opening=[
            f"""
            Thực hiện {KH_1750} về chuyển đổi số tỉnh Điện Biên năm 2022, Ủy ban nhân dân
            huyện Tuần Giáo ban hành Kế hoạch triển khai thực hiện chuyển đổi số trên địa
            bàn huyện năm 2022 như sau:
            """
        ],
        sections=[
            Section(
                title="Mục đích, yêu cầu",
                content=[
                    Section(
                        title="Mục đích",
                        content=[
                            """
                            Nâng cao nhận thức của cán bộ, công chức và Nhân dân về chuyển đổi
                            số; từng bước hình thành chính quyền số, kinh tế số và xã hội số
                            trên địa bàn huyện.
                            """
                        ],
                    ),
                    Section(
                        title="Yêu cầu",
                        content=[
                            """
                            Các nhiệm vụ được phân công cụ thể cho từng cơ quan, đơn vị, có
                            thời hạn hoàn thành; bảo đảm an toàn, an ninh thông tin trong quá
                            trình triển khai.
                            """
                        ],
                    ),
                ],
            ),
            Section(
                title="Nhiệm vụ, giải pháp",
                content=[
                    "Tập trung thực hiện các nhiệm vụ chủ yếu sau:",
                    Bullet(text="Phát triển hạ tầng số, phủ sóng di động đến 100% thôn, bản;"),
                    Bullet(
                        text="Phát triển chính quyền số: 100% văn bản được gửi, nhận dưới "
                        "dạng điện tử, trừ văn bản mật;"
                    ),
                    Bullet(
                        text="Phát triển kinh tế số, xã hội số gắn với tổ công nghệ số cộng đồng."
                    ),
                    "Danh mục nhiệm vụ cụ thể tại Phụ lục kèm theo Kế hoạch này.",
                ],
            ),
            Section(
                title="Tổ chức thực hiện",
                content=[
                    """
                    Phòng Văn hóa và Thông tin là cơ quan thường trực, chủ trì theo dõi, đôn
                    đốc, tổng hợp kết quả, báo cáo Ủy ban nhân dân huyện trước ngày 15/12/2022.
                    Các cơ quan, đơn vị và Ủy ban nhân dân các xã, thị trấn căn cứ nhiệm vụ được
                    giao xây dựng kế hoạch của đơn vị, tổ chức triển khai thực hiện.
                    """
                ],
            ),
        ],
        recipients=Recipients(
            items=[
                "Sở Thông tin và Truyền thông",
                "TT. Huyện ủy, TT. HĐND huyện",
                "Lãnh đạo UBND huyện",
                "Các cơ quan, đơn vị thuộc UBND huyện",
                "UBND các xã, thị trấn",
            ],
            archive=["VHTT"],
        ),
        signature=Signature(
            authority=["TM. Ủy ban nhân dân", "KT. Chủ tịch"],
            title="Phó Chủ tịch",
            name="Phạm Thị Tuyên",
        ),
        appendices=[
            Appendix(
                title="Danh mục nhiệm vụ chuyển đổi số năm 2022",
                content=[TASKS],
                landscape=True,
            )
        ],
    )


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description="Write the Tuần Giáo kế hoạch of March 2022.")
    parser.add_argument("-o", "--output", type=Path, default=Path("out/ke-hoach-tuan-giao.docx"))
    parser.add_argument("--outline", action="store_true", help="print the outline, write nothing")
    parser.add_argument("--full", action="store_true", help="with --outline: the whole text")
    options = parser.parse_args(argv)
    plan = build_plan()
    if options.outline:
        print(plan.outline(full=options.full))
        return 0
    options.output.parent.mkdir(parents=True, exist_ok=True)
    path = plan.save(options.output)
    print(f"wrote {path} ({path.stat().st_size} bytes)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
