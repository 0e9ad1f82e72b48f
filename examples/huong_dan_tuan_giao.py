"""A hướng dẫn (Mẫu 1.4) written with the public API: how to assess civil servants.

Ủy ban nhân dân huyện Tuần Giáo (tỉnh Điện Biên) guides its departments and the communes
through the yearly assessment of cadres and civil servants (*đánh giá, xếp loại chất
lượng cán bộ, công chức*): whom it covers (I.), how it is done (II.), by when (III.).
"Số: 03/HD-UBND", the type name and the final "./." are vnreport's work.

Run it from the project root::

    python examples/huong_dan_tuan_giao.py                 # write out/huong-dan-tuan-giao.docx
    python examples/huong_dan_tuan_giao.py -o hd.docx      # write it elsewhere
    python examples/huong_dan_tuan_giao.py --outline       # print the outline instead
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from vnreport import Agency, Bullet, Guidance, Recipients, Section, Signature

TUAN_GIAO = Agency(
    name="Ủy ban nhân dân huyện Tuần Giáo",
    abbreviation="UBND",
    place="Tuần Giáo",
)

ND_90 = "Nghị định số 90/2020/NĐ-CP ngày 13/8/2020 của Chính phủ"


def build_guidance() -> Guidance:
    """The hướng dẫn, as a :class:`~vnreport.Guidance`."""
    return Guidance(
        issuer=TUAN_GIAO,
        number=3,
        date="2022-11-28",
        subject="Đánh giá, xếp loại chất lượng cán bộ, công chức, viên chức năm 2022",
        opening=[
            f"""
            Căn cứ {ND_90} về đánh giá, xếp loại chất lượng cán bộ, công chức, viên chức,
            Ủy ban nhân dân huyện hướng dẫn việc đánh giá, xếp loại năm 2022 như sau:
            """
        ],
        sections=[
            Section(
                title="Đối tượng đánh giá",
                content=[
                    Bullet(text="Cán bộ, công chức các cơ quan chuyên môn thuộc UBND huyện;"),
                    Bullet(text="Viên chức các đơn vị sự nghiệp công lập thuộc UBND huyện;"),
                    Bullet(text="Cán bộ, công chức cấp xã."),
                ],
            ),
            Section(
                title="Trình tự đánh giá",
                content=[
                    Section(
                        title="Cá nhân tự đánh giá",
                        content=[
                            """
                            Cán bộ, công chức, viên chức làm báo cáo kiểm điểm theo mẫu, tự nhận
                            mức xếp loại chất lượng, trình bày tại cuộc họp của cơ quan, đơn vị.
                            """
                        ],
                    ),
                    Section(
                        title="Người có thẩm quyền đánh giá, xếp loại",
                        content=[
                            """
                            Căn cứ ý kiến tại cuộc họp và kết quả thực hiện nhiệm vụ, người
                            đứng đầu cơ quan, đơn vị quyết định mức xếp loại, thông báo bằng văn
                            bản cho người được đánh giá.
                            """
                        ],
                    ),
                ],
            ),
            Section(
                title="Thời gian thực hiện",
                content=[
                    """
                    Các cơ quan, đơn vị hoàn thành việc đánh giá trước ngày 20/12/2022, gửi kết
                    quả về Ủy ban nhân dân huyện (qua Phòng Nội vụ) trước ngày 25/12/2022.
                    Trong quá trình thực hiện, nếu có vướng mắc, đề nghị phản ánh về Phòng Nội
                    vụ để được hướng dẫn.
                    """
                ],
            ),
        ],
        recipients=Recipients(
            items=[
                "Sở Nội vụ",
                "Các cơ quan, đơn vị thuộc UBND huyện",
                "UBND các xã, thị trấn",
            ],
            archive=["NV"],
        ),
        signature=Signature(
            authority=["TM. Ủy ban nhân dân", "KT. Chủ tịch"],
            title="Phó Chủ tịch",
            name="Phạm Thị Tuyên",
        ),
    )


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description="Write the Tuần Giáo hướng dẫn of 2022.")
    parser.add_argument("-o", "--output", type=Path, default=Path("out/huong-dan-tuan-giao.docx"))
    parser.add_argument("--outline", action="store_true", help="print the outline, write nothing")
    parser.add_argument("--full", action="store_true", help="with --outline: the whole text")
    options = parser.parse_args(argv)
    guidance = build_guidance()
    if options.outline:
        print(guidance.outline(full=options.full))
        return 0
    options.output.parent.mkdir(parents=True, exist_ok=True)
    path = guidance.save(options.output)
    print(f"wrote {path} ({path.stat().st_size} bytes)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
