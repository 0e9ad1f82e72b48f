"""A giấy mời (Mẫu 1.7) written with the public API.

Ủy ban nhân dân huyện Tuần Giáo (tỉnh Điện Biên) invites the district's leaders, its
offices and the chairs of its communes to the half-year review conference of 2021 (*hội
nghị sơ kết 6 tháng đầu năm*). The invitation line, the dashes and their punctuation, the
time ("07 giờ 30 phút, ngày 29 tháng 6 năm 2021") and the final "./." are vnreport's work.
examples/bien_ban_tuan_giao.py is the biên bản of the same conference.

Run it from the project root::

    python examples/giay_moi_tuan_giao.py                  # write out/giay-moi-tuan-giao.docx
    python examples/giay_moi_tuan_giao.py -o moi.docx      # write it elsewhere
    python examples/giay_moi_tuan_giao.py --outline        # print the outline instead
"""

from __future__ import annotations

import argparse
import sys
from datetime import datetime
from pathlib import Path

from vnreport import Agency, Invitation, Recipients, Signature

TUAN_GIAO = Agency(
    name="Ủy ban nhân dân huyện Tuần Giáo",
    abbreviation="UBND",
    place="Tuần Giáo",
)

MEETING = (
    "Hội nghị sơ kết công tác 6 tháng đầu năm, triển khai nhiệm vụ trọng tâm 6 tháng cuối năm 2021"
)


def build_invitation() -> Invitation:
    """The giấy mời to the conference, as a :class:`~vnreport.Invitation`."""
    return Invitation(
        issuer=TUAN_GIAO,
        number=45,
        date="2021-06-22",
        subject=f"Dự {MEETING}",
        invitees=[
            "Thường trực Huyện ủy, Thường trực Hội đồng nhân dân huyện",
            "Ủy ban Mặt trận Tổ quốc Việt Nam huyện và các tổ chức chính trị - xã hội huyện",
            "Thủ trưởng các cơ quan chuyên môn thuộc Ủy ban nhân dân huyện",
            "Chủ tịch Ủy ban nhân dân các xã, thị trấn",
        ],
        meeting=MEETING,
        chair="Đồng chí Vừ A Bằng - Chủ tịch Ủy ban nhân dân huyện",
        time=datetime(2021, 6, 29, 7, 30),
        place="Hội trường Ủy ban nhân dân huyện Tuần Giáo",
        notes=[
            "Đề nghị các cơ quan, đơn vị, Ủy ban nhân dân các xã, thị trấn chuẩn bị ý kiến "
            "tham luận (*không quá 07 phút*), gửi về Văn phòng HĐND và UBND huyện trước ngày "
            "25/6/2021; các đại biểu thực hiện nghiêm các biện pháp phòng, chống dịch Covid-19 "
            "khi tham dự Hội nghị.",
            "Giao Văn phòng HĐND và UBND huyện chuẩn bị tài liệu, hội trường và các điều kiện "
            "phục vụ Hội nghị.",
        ],
        recipients=Recipients(items=["Như thành phần mời"], archive=["VP"]),
        signature=Signature(
            authority=["TL. Chủ tịch"], title="Chánh Văn phòng", name="Lò Thị Hương"
        ),
    )


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description="Write the Tuần Giáo giấy mời of June 2021.")
    parser.add_argument("-o", "--output", type=Path, default=Path("out/giay-moi-tuan-giao.docx"))
    parser.add_argument("--outline", action="store_true", help="print the outline, write nothing")
    parser.add_argument("--full", action="store_true", help="with --outline: the whole text")
    options = parser.parse_args(argv)
    invitation = build_invitation()
    if options.outline:
        print(invitation.outline(full=options.full))
        return 0
    options.output.parent.mkdir(parents=True, exist_ok=True)
    path = invitation.save(options.output)
    print(f"wrote {path} ({path.stat().st_size} bytes)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
