"""A quyết định that issues a quy chế (Mẫu 1.3), written with the public API.

Quyết định ban hành Quy chế làm việc của Ủy ban nhân dân huyện Tuần Giáo nhiệm kỳ 2021 -
2026: the collective decides, so the authority line is the issuer's name ("ỦY BAN NHÂN DÂN
HUYỆN TUẦN GIÁO") and the chair signs on its behalf ("TM. ỦY BAN NHÂN DÂN / CHỦ TỊCH").
The Quy chế follows the signature on pages of its own: the header's first row again, "QUY
CHẾ" and its subject, "(Kèm theo Quyết định số 86/QĐ-UBND …)", its chapters and articles.
The numbers of the documents cited and the signer's name are invented.

Run it from the project root::

    python examples/quyet_dinh_quy_che.py             # write out/quyet-dinh-quy-che.docx
    python examples/quyet_dinh_quy_che.py --outline   # print the outline instead
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from vnreport import Agency, Article, Chapter, Decision, IssuedText, Section, Signature

TUAN_GIAO = Agency(
    name="Ủy ban nhân dân huyện Tuần Giáo",
    abbreviation="UBND",
    place="Tuần Giáo",
)
TERM = "nhiệm kỳ 2021 - 2026"


def _numbered(*texts: str | Section) -> list[Section]:
    """Khoản 1., 2. … (or, inside a khoản, điểm a), b) …), one text each."""
    return [text if isinstance(text, Section) else Section(content=[text]) for text in texts]


def build_rules() -> IssuedText:
    """The Quy chế the decision issues."""
    return IssuedText(
        kind="Quy chế",
        subject=f"Làm việc của Ủy ban nhân dân huyện Tuần Giáo {TERM}",
        chapters=[
            Chapter(
                title="Quy định chung",
                articles=[
                    Article(
                        title="Phạm vi điều chỉnh, đối tượng áp dụng",
                        content=_numbered(
                            "Quy chế này quy định về nguyên tắc, chế độ trách nhiệm, lề lối làm "
                            "việc, trình tự giải quyết công việc và quan hệ công tác của Ủy ban "
                            "nhân dân huyện Tuần Giáo.",
                            "Các thành viên Ủy ban nhân dân huyện, Thủ trưởng các cơ quan chuyên "
                            "môn thuộc Ủy ban nhân dân huyện, Chủ tịch Ủy ban nhân dân các xã, "
                            "thị trấn và các tổ chức, cá nhân có quan hệ làm việc với Ủy ban "
                            "nhân dân huyện chịu sự điều chỉnh của Quy chế này.",
                        ),
                    ),
                    Article(
                        title="Nguyên tắc làm việc",
                        content=_numbered(
                            "Ủy ban nhân dân huyện làm việc theo nguyên tắc tập trung dân chủ, "
                            "vừa phát huy vai trò lãnh đạo của tập thể, vừa đề cao trách nhiệm "
                            "cá nhân của Chủ tịch và các thành viên.",
                            "Giải quyết công việc đúng phạm vi, thẩm quyền và trách nhiệm được "
                            "phân công; đề cao sự phối hợp công tác, trao đổi thông tin.",
                            "Tuân thủ trình tự, thủ tục và thời hạn giải quyết công việc theo "
                            "quy định của pháp luật và Quy chế này.",
                        ),
                    ),
                ],
            ),
            Chapter(
                title="Trách nhiệm, phạm vi giải quyết công việc",
                articles=[
                    Article(
                        title="Trách nhiệm, phạm vi giải quyết công việc của Ủy ban nhân dân huyện",
                        content=_numbered(
                            Section(
                                content=[
                                    "Ủy ban nhân dân huyện thảo luận tập thể và quyết định theo "
                                    "đa số các vấn đề sau:",
                                    *_numbered(
                                        "Chương trình công tác năm của Ủy ban nhân dân huyện;",
                                        "Kế hoạch phát triển kinh tế - xã hội, dự toán ngân sách "
                                        "hằng năm trình Hội đồng nhân dân huyện;",
                                        "Các biện pháp thực hiện nghị quyết của Hội đồng nhân "
                                        "dân huyện;",
                                        "Các vấn đề khác mà pháp luật quy định thuộc thẩm quyền "
                                        "của Ủy ban nhân dân huyện.",
                                    ),
                                ]
                            ),
                            "Quyết định của tập thể Ủy ban nhân dân huyện phải được quá nửa tổng "
                            "số thành viên Ủy ban nhân dân huyện biểu quyết tán thành.",
                        ),
                    ),
                    Article(
                        title="Trách nhiệm, phạm vi giải quyết công việc của Chủ tịch Ủy ban "
                        "nhân dân huyện",
                        content=_numbered(
                            "Lãnh đạo, điều hành công việc của Ủy ban nhân dân huyện và các "
                            "thành viên; chịu trách nhiệm cá nhân về việc thực hiện nhiệm vụ, "
                            "quyền hạn được giao.",
                            "Phân công nhiệm vụ cho các Phó Chủ tịch và các Ủy viên Ủy ban nhân "
                            "dân huyện.",
                        ),
                    ),
                ],
            ),
            Chapter(
                title="Tổ chức thực hiện",
                articles=[
                    Article(
                        title="Trách nhiệm thi hành",
                        content=[
                            "Các thành viên Ủy ban nhân dân huyện, Thủ trưởng các cơ quan chuyên "
                            "môn thuộc Ủy ban nhân dân huyện, Chủ tịch Ủy ban nhân dân các xã, "
                            "thị trấn và các tổ chức, cá nhân có liên quan chịu trách nhiệm thực "
                            "hiện Quy chế này.",
                            "Trong quá trình thực hiện, nếu có vướng mắc, các cơ quan, đơn vị "
                            "phản ánh về Văn phòng HĐND và UBND huyện để tổng hợp, báo cáo Ủy "
                            "ban nhân dân huyện xem xét, sửa đổi, bổ sung cho phù hợp.",
                        ],
                    ),
                ],
            ),
        ],
    )


def build_decision() -> Decision:
    """The decision as a :class:`~vnreport.Decision`, its Quy chế attached."""
    return Decision(
        issuer=TUAN_GIAO,
        number=86,
        date="2021-08-20",
        subject=f"Ban hành Quy chế làm việc của Ủy ban nhân dân huyện Tuần Giáo {TERM}",
        legal_bases=[
            "Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015; Luật sửa "
            "đổi, bổ sung một số điều của Luật Tổ chức Chính phủ và Luật Tổ chức chính quyền "
            "địa phương ngày 22 tháng 11 năm 2019;",
            "Căn cứ Quyết định số 27/2021/QĐ-UBND ngày 15 tháng 7 năm 2021 của Ủy ban nhân dân "
            "tỉnh Điện Biên ban hành Quy chế làm việc mẫu của Ủy ban nhân dân cấp huyện;",
            "Theo đề nghị của Chánh Văn phòng HĐND và UBND huyện.",
        ],
        articles=[
            Article(
                text="Ban hành kèm theo Quyết định này Quy chế làm việc của Ủy ban nhân dân "
                f"huyện Tuần Giáo {TERM}."
            ),
            Article(
                text="Quyết định này có hiệu lực thi hành kể từ ngày ký và thay thế Quyết định "
                "số 1520/QĐ-UBND ngày 20 tháng 8 năm 2016 của Ủy ban nhân dân huyện Tuần Giáo "
                "ban hành Quy chế làm việc của Ủy ban nhân dân huyện nhiệm kỳ 2016 - 2021."
            ),
            Article(
                text="Chánh Văn phòng HĐND và UBND huyện, các thành viên Ủy ban nhân dân huyện, "
                "Thủ trưởng các cơ quan chuyên môn thuộc Ủy ban nhân dân huyện, Chủ tịch Ủy ban "
                "nhân dân các xã, thị trấn chịu trách nhiệm thi hành Quyết định này."
            ),
        ],
        attachment=build_rules(),
        recipients=[
            "UBND tỉnh Điện Biên (b/c)",
            "TT. Huyện ủy, TT. HĐND huyện",
            "Các cơ quan chuyên môn thuộc UBND huyện",
            "UBND các xã, thị trấn",
            "Lưu: VT, VP",
        ],
        signature=Signature(authority=["TM. Ủy ban nhân dân"], title="Chủ tịch", name="Vừ A Bằng"),
    )


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description="Write the Tuần Giáo Quy chế làm việc decision.")
    parser.add_argument("-o", "--output", type=Path, default=Path("out/quyet-dinh-quy-che.docx"))
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
