"""A quyết định of the Chủ tịch UBND huyện Tuần Giáo, written with the public API.

Quyết định về việc thành lập Tổ công tác triển khai Đề án 06 trên địa bàn huyện Tuần Giáo
(Mẫu 1.2 of Nghị định 30/2020): the head decides, so the authority line reads "CHỦ TỊCH ỦY
BAN NHÂN DÂN HUYỆN TUẦN GIÁO" and the head signs "CHỦ TỊCH". The labels (Điều 1., 1., a)),
the authority line, "QUYẾT ĐỊNH:", "Như Điều 4" in Nơi nhận and the final "./." are
vnreport's work. The names of the members are invented.

Run it from the project root::

    python examples/quyet_dinh_to_cong_tac.py            # write out/quyet-dinh-to-cong-tac.docx
    python examples/quyet_dinh_to_cong_tac.py --outline  # print the outline instead
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from vnreport import Agency, Article, Bullet, Decision, Section, Signature

TUAN_GIAO = Agency(
    name="Ủy ban nhân dân huyện Tuần Giáo",
    abbreviation="UBND",
    place="Tuần Giáo",
)


def _point(text: str) -> Section:
    """An điểm: a section inside a khoản, lettered a), b) … for you."""
    return Section(content=[text])


def build_decision() -> Decision:
    """The decision as a :class:`~vnreport.Decision`."""
    return Decision(
        issuer=TUAN_GIAO,
        number=125,
        date="2022-03-15",
        subject="Về việc thành lập Tổ công tác triển khai Đề án 06 trên địa bàn huyện Tuần Giáo",
        # Each basis as printed: "Căn cứ …;", and the proposal last, ending with ".".
        legal_bases=[
            "Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015; Luật sửa "
            "đổi, bổ sung một số điều của Luật Tổ chức Chính phủ và Luật Tổ chức chính quyền "
            "địa phương ngày 22 tháng 11 năm 2019;",
            "Căn cứ Quyết định số 06/QĐ-TTg ngày 06/01/2022 của Thủ tướng Chính phủ phê duyệt "
            "Đề án phát triển ứng dụng dữ liệu về dân cư, định danh và xác thực điện tử phục "
            "vụ chuyển đổi số quốc gia giai đoạn 2022 - 2025, tầm nhìn đến năm 2030;",
            "Căn cứ Kế hoạch số 745/KH-UBND ngày 09/3/2022 của UBND tỉnh Điện Biên triển khai "
            "thực hiện Đề án 06 trên địa bàn tỉnh Điện Biên năm 2022;",
            "Theo đề nghị của Trưởng Công an huyện tại Tờ trình số 15/TTr-CAH ngày 10/3/2022.",
        ],
        articles=[
            Article(
                text="Thành lập Tổ công tác triển khai Đề án 06 trên địa bàn huyện Tuần Giáo "
                "(sau đây gọi tắt là Tổ công tác), gồm các ông (bà) có tên sau:",
                content=[
                    Section(content=["Ông Nguyễn Văn Hải, Phó Chủ tịch UBND huyện - Tổ trưởng;"]),
                    Section(
                        content=["Ông Lò Văn Tiến, Trưởng Công an huyện - Tổ phó thường trực;"]
                    ),
                    Section(
                        content=["Bà Quàng Thị Mai, Chánh Văn phòng HĐND và UBND huyện - Tổ phó;"]
                    ),
                    Section(
                        content=[
                            "Các thành viên:",
                            Bullet(text="Ông Lường Văn Thắng, Trưởng phòng Văn hóa và Thông tin;"),
                            Bullet(text="Bà Tòng Thị Hoa, Trưởng phòng Tư pháp;"),
                            Bullet(
                                text="Ông Cà Văn Dũng, Giám đốc Trung tâm Văn hóa, Thể thao "
                                "và Truyền thông huyện."
                            ),
                        ]
                    ),
                ],
            ),
            Article(
                title="Nhiệm vụ, quyền hạn của Tổ công tác",
                content=[
                    Section(
                        content=[
                            "Tham mưu cho Chủ tịch UBND huyện chỉ đạo, triển khai các nhiệm vụ "
                            "của Đề án 06 trên địa bàn huyện, cụ thể:",
                            _point("Xây dựng Kế hoạch triển khai Đề án 06 năm 2022 của huyện;"),
                            _point(
                                "Hướng dẫn, đôn đốc các cơ quan, đơn vị và UBND các xã, thị "
                                "trấn làm sạch dữ liệu dân cư;"
                            ),
                            _point(
                                "Tổ chức tuyên truyền để Nhân dân đăng ký tài khoản định danh "
                                "điện tử;"
                            ),
                            _point(
                                "Kiểm tra việc cung cấp dịch vụ công trực tuyến có tích hợp dữ "
                                "liệu dân cư;"
                            ),
                            _point("Tổng hợp, báo cáo kết quả thực hiện định kỳ hằng tháng."),
                        ]
                    ),
                    Section(
                        content=[
                            "Tổ trưởng Tổ công tác phân công nhiệm vụ cho các thành viên; Tổ "
                            "công tác sử dụng con dấu của UBND huyện trong khi thực hiện nhiệm "
                            "vụ."
                        ]
                    ),
                    Section(content=["Tổ công tác tự giải thể sau khi hoàn thành nhiệm vụ."]),
                ],
            ),
            Article(text="Quyết định này có hiệu lực thi hành kể từ ngày ký."),
            # The last article names who carries the decision out: "Như Điều 4".
            Article(
                text="Chánh Văn phòng HĐND và UBND huyện, Trưởng Công an huyện, Thủ trưởng "
                "các cơ quan, đơn vị có liên quan, Chủ tịch UBND các xã, thị trấn và các ông "
                "(bà) có tên tại Điều 1 chịu trách nhiệm thi hành Quyết định này."
            ),
        ],
        recipients=[
            "UBND tỉnh Điện Biên (b/c)",
            "Công an tỉnh Điện Biên (b/c)",
            "TT. Huyện ủy, TT. HĐND huyện",
            "Chủ tịch, các PCT UBND huyện",
            "Lưu: VT, CAH",
        ],
        signature=Signature(title="Chủ tịch", name="Vừ A Bằng"),
    )


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description="Write the Tuần Giáo Tổ công tác decision.")
    parser.add_argument(
        "-o", "--output", type=Path, default=Path("out/quyet-dinh-to-cong-tac.docx")
    )
    parser.add_argument("--outline", action="store_true", help="print the outline, write nothing")
    parser.add_argument("--full", action="store_true", help="with --outline: the whole text")
    options = parser.parse_args(argv)
    decision = build_decision()
    if options.outline:
        print(decision.outline(full=options.full))
        return 0
    options.output.parent.mkdir(parents=True, exist_ok=True)
    path = decision.save(options.output)
    print(f"wrote {path} ({path.stat().st_size} bytes, {len(decision.articles)} articles)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
