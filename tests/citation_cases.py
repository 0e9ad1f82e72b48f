"""Citations in the shapes real Vietnamese documents write them, with the fields they hold.

Written for the tests (not copied from any document): the shapes are those of the "Căn cứ"
lines of quyết định and nghị quyết, of "Thực hiện Công văn số … ngày … của …" openings, of
Party documents (Hướng dẫn 36-HD/VPTW: "05-CT/TW, ngày 15-5-2016, của …"), of laws cited by
name and date, amended laws, ordinances, decrees and joint circulars, as the corpus of real
.docx files and the seed report print them. Each case gives what a careful reader sees:
the type, the law's name, the number as printed, the date, the issuer, the word that
introduces the subject (*về*, *về việc*, or none when a verb such as *quy định* starts it)
and the subject.

The table is data; tests/test_citations_real.py reads it.
"""

from __future__ import annotations

import datetime
from typing import NamedTuple

__all__ = ["CASES", "Case"]


class Case(NamedTuple):
    text: str
    kind: str
    number: str | None
    date: datetime.date | None = None
    #: "short" (07/6/2021), "long" (ngày 07 tháng 6 năm 2021) or "hyphen" (07-6-2021).
    style: str = "short"
    issuer: str | None = None
    #: "về", "về việc", "" (the subject starts with its verb) or None (no subject).
    connector: str | None = None
    subject: str | None = None
    #: The name of a law, code, ordinance or constitution ("Tổ chức Chính phủ").
    name: str | None = None

    @property
    def head(self) -> str:
        """The citation without its subject: what running text can delimit."""
        if self.subject is None:
            return self.text
        tail = f" {self.connector} {self.subject}" if self.connector else f" {self.subject}"
        assert self.text.endswith(tail), self.text
        return self.text[: -len(tail)]


D = datetime.date

CASES: tuple[Case, ...] = (
    # --- laws, codes, ordinances and the constitution, by name and date ------------------
    Case("Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015",
         "Luật", None, D(2015, 6, 19), "long", name="Tổ chức chính quyền địa phương"),
    Case("Luật Tổ chức Chính phủ ngày 18 tháng 02 năm 2025",
         "Luật", None, D(2025, 2, 18), "long", name="Tổ chức Chính phủ"),
    Case("Luật Ban hành văn bản quy phạm pháp luật ngày 22 tháng 6 năm 2015",
         "Luật", None, D(2015, 6, 22), "long", name="Ban hành văn bản quy phạm pháp luật"),
    Case("Luật Cán bộ, công chức ngày 13 tháng 11 năm 2008",
         "Luật", None, D(2008, 11, 13), "long", name="Cán bộ, công chức"),
    Case("Luật Viên chức ngày 15/11/2010", "Luật", None, D(2010, 11, 15), name="Viên chức"),
    Case("Luật Thi đua, Khen thưởng ngày 15 tháng 6 năm 2022",
         "Luật", None, D(2022, 6, 15), "long", name="Thi đua, Khen thưởng"),
    Case("Luật Ngân sách nhà nước ngày 25 tháng 6 năm 2015",
         "Luật", None, D(2015, 6, 25), "long", name="Ngân sách nhà nước"),
    Case("Luật Quản lý, sử dụng tài sản công ngày 21/6/2017",
         "Luật", None, D(2017, 6, 21), name="Quản lý, sử dụng tài sản công"),
    Case("Luật Phòng, chống tham nhũng ngày 20 tháng 11 năm 2018",
         "Luật", None, D(2018, 11, 20), "long", name="Phòng, chống tham nhũng"),
    Case("Luật Khoáng sản ngày 17 tháng 11 năm 2010",
         "Luật", None, D(2010, 11, 17), "long", name="Khoáng sản"),
    Case("Luật sửa đổi, bổ sung một số điều của Luật Tổ chức Chính phủ và Luật Tổ chức chính "
         "quyền địa phương ngày 22 tháng 11 năm 2019",
         "Luật", None, D(2019, 11, 22), "long",
         name="sửa đổi, bổ sung một số điều của Luật Tổ chức Chính phủ và Luật Tổ chức chính "
         "quyền địa phương"),
    Case("Luật sửa đổi, bổ sung một số điều của Luật Cán bộ, công chức và Luật Viên chức ngày "
         "25 tháng 11 năm 2019",
         "Luật", None, D(2019, 11, 25), "long",
         name="sửa đổi, bổ sung một số điều của Luật Cán bộ, công chức và Luật Viên chức"),
    Case("Bộ luật Lao động ngày 20 tháng 11 năm 2019",
         "Bộ luật", None, D(2019, 11, 20), "long", name="Lao động"),
    Case("Bộ luật Dân sự ngày 24/11/2015", "Bộ luật", None, D(2015, 11, 24), name="Dân sự"),
    Case("Pháp lệnh Dân số ngày 09 tháng 01 năm 2003",
         "Pháp lệnh", None, D(2003, 1, 9), "long", name="Dân số"),
    Case("Pháp lệnh Thực hiện dân chủ ở xã, phường, thị trấn ngày 20 tháng 4 năm 2007",
         "Pháp lệnh", None, D(2007, 4, 20), "long",
         name="Thực hiện dân chủ ở xã, phường, thị trấn"),
    Case("Hiến pháp nước Cộng hòa xã hội chủ nghĩa Việt Nam",
         "Hiến pháp", None, name="nước Cộng hòa xã hội chủ nghĩa Việt Nam"),
    Case("Bộ luật Hình sự năm 2015", "Bộ luật", None, name="Hình sự năm 2015"),
    # --- laws and ordinances with their number -------------------------------------------
    Case("Luật Đầu tư công số 49/2014/QH13", "Luật", "49/2014/QH13", name="Đầu tư công"),
    Case("Luật Đầu tư công số 39/2019/QH14 ngày 13 tháng 6 năm 2019",
         "Luật", "39/2019/QH14", D(2019, 6, 13), "long", name="Đầu tư công"),
    Case("Luật Bảo vệ môi trường số 72/2020/QH14 ngày 17/11/2020 của Quốc hội",
         "Luật", "72/2020/QH14", D(2020, 11, 17), issuer="Quốc hội", name="Bảo vệ môi trường"),
    Case("Bộ luật Dân sự số 91/2015/QH13", "Bộ luật", "91/2015/QH13", name="Dân sự"),
    Case("Pháp lệnh Dân số số 06/2003/PL-UBTVQH11",
         "Pháp lệnh", "06/2003/PL-UBTVQH11", name="Dân số"),
    Case("Pháp lệnh Ưu đãi người có công với cách mạng số 02/2020/UBTVQH14",
         "Pháp lệnh", "02/2020/UBTVQH14", name="Ưu đãi người có công với cách mạng"),
    Case("Luật số 35/2018/QH14 sửa đổi, bổ sung một số điều của 37 luật có liên quan đến quy "
         "hoạch",
         "Luật", "35/2018/QH14", connector="",
         subject="sửa đổi, bổ sung một số điều của 37 luật có liên quan đến quy hoạch"),
    Case("Luật số 61/2020/QH14 ngày 17/6/2020 về Đầu tư",
         "Luật", "61/2020/QH14", D(2020, 6, 17), connector="về", subject="Đầu tư"),
    Case("Pháp lệnh số 34/2007/PL-UBTVQH11 ngày 20 tháng 4 năm 2007 của Ủy ban Thường vụ Quốc "
         "hội về thực hiện dân chủ ở xã, phường, thị trấn",
         "Pháp lệnh", "34/2007/PL-UBTVQH11", D(2007, 4, 20), "long",
         "Ủy ban Thường vụ Quốc hội", "về", "thực hiện dân chủ ở xã, phường, thị trấn"),
    Case("Nghị quyết số 1211/2016/UBTVQH13 ngày 25 tháng 5 năm 2016 của Ủy ban Thường vụ Quốc "
         "hội về tiêu chuẩn của đơn vị hành chính",
         "Nghị quyết", "1211/2016/UBTVQH13", D(2016, 5, 25), "long",
         "Ủy ban Thường vụ Quốc hội", "về", "tiêu chuẩn của đơn vị hành chính"),
    Case("Nghị quyết số 35/2021/QH15 ngày 13 tháng 11 năm 2021 của Quốc hội",
         "Nghị quyết", "35/2021/QH15", D(2021, 11, 13), "long", "Quốc hội"),
    # --- decrees and resolutions of the Government: subjects with and without "về" --------
    Case("Nghị định số 30/2020/NĐ-CP ngày 05 tháng 3 năm 2020 của Chính phủ về công tác văn thư",
         "Nghị định", "30/2020/NĐ-CP", D(2020, 3, 5), "long", "Chính phủ", "về",
         "công tác văn thư"),
    Case("Nghị định số 123/2016/NĐ-CP ngày 01 tháng 9 năm 2016 của Chính phủ quy định chức "
         "năng, nhiệm vụ, quyền hạn và cơ cấu tổ chức của bộ, cơ quan ngang bộ",
         "Nghị định", "123/2016/NĐ-CP", D(2016, 9, 1), "long", "Chính phủ", "",
         "quy định chức năng, nhiệm vụ, quyền hạn và cơ cấu tổ chức của bộ, cơ quan ngang bộ"),
    Case("Nghị định số 101/2017/NĐ-CP ngày 01/9/2017 của Chính phủ về đào tạo, bồi dưỡng cán "
         "bộ, công chức, viên chức",
         "Nghị định", "101/2017/NĐ-CP", D(2017, 9, 1), "short", "Chính phủ", "về",
         "đào tạo, bồi dưỡng cán bộ, công chức, viên chức"),
    Case("Nghị định số 34/2016/NĐ-CP ngày 14 tháng 5 năm 2016 của Chính phủ quy định chi tiết "
         "một số điều và biện pháp thi hành Luật Ban hành văn bản quy phạm pháp luật",
         "Nghị định", "34/2016/NĐ-CP", D(2016, 5, 14), "long", "Chính phủ", "",
         "quy định chi tiết một số điều và biện pháp thi hành Luật Ban hành văn bản quy phạm "
         "pháp luật"),
    Case("Nghị định số 154/2020/NĐ-CP ngày 31 tháng 12 năm 2020 của Chính phủ sửa đổi, bổ sung "
         "một số điều của Nghị định số 34/2016/NĐ-CP",
         "Nghị định", "154/2020/NĐ-CP", D(2020, 12, 31), "long", "Chính phủ", "",
         "sửa đổi, bổ sung một số điều của Nghị định số 34/2016/NĐ-CP"),
    Case("Nghị định số 08/2022/NĐ-CP ngày 10/01/2022 của Chính phủ quy định chi tiết một số "
         "điều của Luật Bảo vệ môi trường",
         "Nghị định", "08/2022/NĐ-CP", D(2022, 1, 10), "short", "Chính phủ", "",
         "quy định chi tiết một số điều của Luật Bảo vệ môi trường"),
    Case("Nghị định số 24/2014/NĐ-CP ngày 04 tháng 4 năm 2014 của Chính phủ quy định tổ chức các "
         "cơ quan chuyên môn thuộc Ủy ban nhân dân tỉnh, thành phố trực thuộc Trung ương",
         "Nghị định", "24/2014/NĐ-CP", D(2014, 4, 4), "long", "Chính phủ", "",
         "quy định tổ chức các cơ quan chuyên môn thuộc Ủy ban nhân dân tỉnh, thành phố trực "
         "thuộc Trung ương"),
    Case("Nghị định số 45/2022/NĐ-CP ngày 07 tháng 7 năm 2022 quy định về xử phạt vi phạm hành "
         "chính trong lĩnh vực bảo vệ môi trường",
         "Nghị định", "45/2022/NĐ-CP", D(2022, 7, 7), "long", None, "",
         "quy định về xử phạt vi phạm hành chính trong lĩnh vực bảo vệ môi trường"),
    Case("Nghị định số 16/2015/NĐ-CP ngày 14 tháng 02 năm 2015 của Chính phủ Quy định cơ chế tự "
         "chủ của đơn vị sự nghiệp công lập",
         "Nghị định", "16/2015/NĐ-CP", D(2015, 2, 14), "long", "Chính phủ", "",
         "Quy định cơ chế tự chủ của đơn vị sự nghiệp công lập"),
    Case("Nghị định số 146/2025/NĐ-CP ngày 12/6/2025 của Chính phủ quy định về phân quyền, phân "
         "cấp trong lĩnh vực công nghiệp và thương mại",
         "Nghị định", "146/2025/NĐ-CP", D(2025, 6, 12), "short", "Chính phủ", "",
         "quy định về phân quyền, phân cấp trong lĩnh vực công nghiệp và thương mại"),
    Case("Nghị quyết số 30a/2008/NQ-CP ngày 27/12/2008 của Chính phủ về Chương trình hỗ trợ "
         "giảm nghèo nhanh và bền vững đối với 61 huyện nghèo",
         "Nghị quyết", "30a/2008/NQ-CP", D(2008, 12, 27), "short", "Chính phủ", "về",
         "Chương trình hỗ trợ giảm nghèo nhanh và bền vững đối với 61 huyện nghèo"),
    Case("Nghị quyết số 76/NQ-CP ngày 15 tháng 7 năm 2021 của Chính phủ ban hành Chương trình "
         "tổng thể cải cách hành chính nhà nước giai đoạn 2021 - 2030",
         "Nghị quyết", "76/NQ-CP", D(2021, 7, 15), "long", "Chính phủ", "",
         "ban hành Chương trình tổng thể cải cách hành chính nhà nước giai đoạn 2021 - 2030"),
    Case("Nghị quyết số 02/NQ-CP ngày 10/01/2022 của Chính phủ về nhiệm vụ, giải pháp chủ yếu "
         "cải thiện môi trường kinh doanh",
         "Nghị quyết", "02/NQ-CP", D(2022, 1, 10), "short", "Chính phủ", "về",
         "nhiệm vụ, giải pháp chủ yếu cải thiện môi trường kinh doanh"),
    # --- the Prime Minister ----------------------------------------------------------------
    Case("Quyết định số 1719/QĐ-TTg ngày 14 tháng 10 năm 2021 của Thủ tướng Chính phủ phê duyệt "
         "Chương trình mục tiêu quốc gia phát triển kinh tế - xã hội vùng đồng bào dân tộc "
         "thiểu số và miền núi",
         "Quyết định", "1719/QĐ-TTg", D(2021, 10, 14), "long", "Thủ tướng Chính phủ", "",
         "phê duyệt Chương trình mục tiêu quốc gia phát triển kinh tế - xã hội vùng đồng bào "
         "dân tộc thiểu số và miền núi"),
    Case("Quyết định số 28/2018/QĐ-TTg ngày 12/7/2018 của Thủ tướng Chính phủ về việc gửi, nhận "
         "văn bản điện tử giữa các cơ quan trong hệ thống hành chính nhà nước",
         "Quyết định", "28/2018/QĐ-TTg", D(2018, 7, 12), "short", "Thủ tướng Chính phủ",
         "về việc",
         "gửi, nhận văn bản điện tử giữa các cơ quan trong hệ thống hành chính nhà nước"),
    Case("Chỉ thị số 05/CT-TTg ngày 28 tháng 01 năm 2020 của Thủ tướng Chính phủ về việc phòng, "
         "chống dịch bệnh",
         "Chỉ thị", "05/CT-TTg", D(2020, 1, 28), "long", "Thủ tướng Chính phủ", "về việc",
         "phòng, chống dịch bệnh"),
    Case("Quyết định số 93/2007/QĐ-TTg ngày 22 tháng 6 năm 2007 của Thủ tướng Chính phủ ban "
         "hành Quy chế thực hiện cơ chế một cửa",
         "Quyết định", "93/2007/QĐ-TTg", D(2007, 6, 22), "long", "Thủ tướng Chính phủ", "",
         "ban hành Quy chế thực hiện cơ chế một cửa"),
    Case("Công điện số 1099/CĐ-TTg ngày 25/11/2023 của Thủ tướng Chính phủ về tăng cường công "
         "tác phòng, chống dịch",
         "Công điện", "1099/CĐ-TTg", D(2023, 11, 25), "short", "Thủ tướng Chính phủ", "về",
         "tăng cường công tác phòng, chống dịch"),
    Case("Chỉ thị số 18/2000/CT-TTg, ngày 21/9/2000 của Thủ tướng Chính phủ về tăng cường công "
         "tác dân vận",
         "Chỉ thị", "18/2000/CT-TTg", D(2000, 9, 21), "short", "Thủ tướng Chính phủ", "về",
         "tăng cường công tác dân vận"),
    # --- ministries and ministers ----------------------------------------------------------
    Case("Thông tư số 01/2011/TT-BNV ngày 19 tháng 01 năm 2011 của Bộ Nội vụ hướng dẫn thể thức "
         "và kỹ thuật trình bày văn bản hành chính",
         "Thông tư", "01/2011/TT-BNV", D(2011, 1, 19), "long", "Bộ Nội vụ", "",
         "hướng dẫn thể thức và kỹ thuật trình bày văn bản hành chính"),
    Case("Thông tư số 13/2018/TT-BCT ngày 15/6/2018 của Bộ trưởng Bộ Công Thương quy định về "
         "quản lý, sử dụng vật liệu nổ công nghiệp, tiền chất thuốc nổ",
         "Thông tư", "13/2018/TT-BCT", D(2018, 6, 15), "short", "Bộ trưởng Bộ Công Thương", "",
         "quy định về quản lý, sử dụng vật liệu nổ công nghiệp, tiền chất thuốc nổ"),
    Case("Thông tư số 22/2016/TT-BTTTT ngày 19/10/2016 của Bộ Thông tin và Truyền thông hướng "
         "dẫn việc cấp giấy phép",
         "Thông tư", "22/2016/TT-BTTTT", D(2016, 10, 19), "short",
         "Bộ Thông tin và Truyền thông", "", "hướng dẫn việc cấp giấy phép"),
    Case("Thông tư số 10/2023/TT-BLĐTBXH ngày 13/11/2023 của Bộ Lao động - Thương binh và Xã "
         "hội hướng dẫn thực hiện chế độ trợ cấp",
         "Thông tư", "10/2023/TT-BLĐTBXH", D(2023, 11, 13), "short",
         "Bộ Lao động - Thương binh và Xã hội", "", "hướng dẫn thực hiện chế độ trợ cấp"),
    Case("Thông tư số 17/2021/TT-BVHTTDL ngày 31/12/2021 của Bộ Văn hóa, Thể thao và Du lịch "
         "quy định về quản lý hoạt động văn hóa",
         "Thông tư", "17/2021/TT-BVHTTDL", D(2021, 12, 31), "short",
         "Bộ Văn hóa, Thể thao và Du lịch", "", "quy định về quản lý hoạt động văn hóa"),
    Case("Thông tư số 02/2022/TT-BNNPTNT ngày 25 tháng 02 năm 2022 của Bộ trưởng Bộ Nông nghiệp "
         "và Phát triển nông thôn sửa đổi, bổ sung một số điều của Thông tư số "
         "04/2019/TT-BNNPTNT",
         "Thông tư", "02/2022/TT-BNNPTNT", D(2022, 2, 25), "long",
         "Bộ trưởng Bộ Nông nghiệp và Phát triển nông thôn", "",
         "sửa đổi, bổ sung một số điều của Thông tư số 04/2019/TT-BNNPTNT"),
    Case("Thông tư số 40/2025/TT-BCT ngày 26/6/2025 của Bộ Công Thương về việc phân cấp thực "
         "hiện thủ tục hành chính trong lĩnh vực hóa chất",
         "Thông tư", "40/2025/TT-BCT", D(2025, 6, 26), "short", "Bộ Công Thương", "về việc",
         "phân cấp thực hiện thủ tục hành chính trong lĩnh vực hóa chất"),
    Case("Thông tư số 08/2021/TT-BTNMT ngày 29/7/2021 của Bộ Tài nguyên và Môi trường",
         "Thông tư", "08/2021/TT-BTNMT", D(2021, 7, 29), "short", "Bộ Tài nguyên và Môi trường"),
    Case("Thông tư 56/2024/TT-BTC ngày 01/8/2024 của Bộ Tài chính hướng dẫn quản lý kinh phí",
         "Thông tư", "56/2024/TT-BTC", D(2024, 8, 1), "short", "Bộ Tài chính", "",
         "hướng dẫn quản lý kinh phí"),
    Case("Thông tư số 16/2017/TT-BYT của Bộ Y tế hướng dẫn phương pháp định giá",
         "Thông tư", "16/2017/TT-BYT", None, "short", "Bộ Y tế", "",
         "hướng dẫn phương pháp định giá"),
    Case("Thông tư số 06/2021/TT-BXD ngày 30/6/2021 của Bộ Xây dựng quy định về phân cấp công "
         "trình xây dựng",
         "Thông tư", "06/2021/TT-BXD", D(2021, 6, 30), "short", "Bộ Xây dựng", "",
         "quy định về phân cấp công trình xây dựng"),
    Case("Quyết định số 1256/QĐ-BCT ngày 12 tháng 5 năm 2025 của Bộ trưởng Bộ Công Thương về "
         "việc công bố thủ tục hành chính",
         "Quyết định", "1256/QĐ-BCT", D(2025, 5, 12), "long", "Bộ trưởng Bộ Công Thương",
         "về việc", "công bố thủ tục hành chính"),
    Case("Văn bản số 4120/BCT-HC ngày 03/7/2025 của Bộ Công Thương hướng dẫn triển khai",
         "Văn bản", "4120/BCT-HC", D(2025, 7, 3), "short", "Bộ Công Thương", "",
         "hướng dẫn triển khai"),
    Case("Công văn số 215/BNV-VP ngày 15/01/2024 của Bộ Nội vụ về việc hướng dẫn đánh giá",
         "Công văn", "215/BNV-VP", D(2024, 1, 15), "short", "Bộ Nội vụ", "về việc",
         "hướng dẫn đánh giá"),
    Case("Công văn số 1125/VPCP-KSTT ngày 20/02/2023 của Văn phòng Chính phủ về việc cắt giảm "
         "thủ tục",
         "Công văn", "1125/VPCP-KSTT", D(2023, 2, 20), "short", "Văn phòng Chính phủ",
         "về việc", "cắt giảm thủ tục"),
    # --- joint circulars and resolutions ---------------------------------------------------
    Case("Thông tư liên tịch số 01/2014/TTLT-BNV-BTC",
         "Thông tư liên tịch", "01/2014/TTLT-BNV-BTC"),
    Case("Thông tư liên tịch số 14/2015/TTLT-BTNMT-BNV-BTC ngày 04/4/2015 của Bộ Tài nguyên và "
         "Môi trường, Bộ Nội vụ và Bộ Tài chính hướng dẫn chức năng, nhiệm vụ",
         "Thông tư liên tịch", "14/2015/TTLT-BTNMT-BNV-BTC", D(2015, 4, 4), "short",
         "Bộ Tài nguyên và Môi trường, Bộ Nội vụ và Bộ Tài chính", "",
         "hướng dẫn chức năng, nhiệm vụ"),
    Case("Thông tư liên tịch số 220/2015/TTLT-BTC-BNV ngày 31/12/2015 của Bộ Tài chính và Bộ "
         "Nội vụ",
         "Thông tư liên tịch", "220/2015/TTLT-BTC-BNV", D(2015, 12, 31), "short",
         "Bộ Tài chính và Bộ Nội vụ"),
    Case("Nghị quyết liên tịch số 09/2008/NQLT-CP-UBTWMTTQVN ngày 17 tháng 4 năm 2008 của "
         "Chính phủ và Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam hướng dẫn thi hành một số "
         "điều của Pháp lệnh Thực hiện dân chủ ở xã, phường, thị trấn",
         "Nghị quyết liên tịch", "09/2008/NQLT-CP-UBTWMTTQVN", D(2008, 4, 17), "long",
         "Chính phủ và Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam", "",
         "hướng dẫn thi hành một số điều của Pháp lệnh Thực hiện dân chủ ở xã, phường, thị "
         "trấn"),
    # --- provinces, districts, communes and their departments ------------------------------
    Case("Quyết định số 12/2021/QĐ-UBND ngày 15/4/2021 của UBND tỉnh Điện Biên về việc ban hành "
         "Quy chế làm việc",
         "Quyết định", "12/2021/QĐ-UBND", D(2021, 4, 15), "short", "UBND tỉnh Điện Biên",
         "về việc", "ban hành Quy chế làm việc"),
    Case("Quyết định 2215/QĐ-UBND ngày 20/10/2025 của UBND tỉnh Yên Bái về việc Ủy quyền cho "
         "Giám đốc Sở Tài chính",
         "Quyết định", "2215/QĐ-UBND", D(2025, 10, 20), "short", "UBND tỉnh Yên Bái",
         "về việc", "Ủy quyền cho Giám đốc Sở Tài chính"),
    Case("Quyết định số 415/QĐ-SCT ngày 12/3/2026 của Giám đốc Sở Công Thương về việc thành lập "
         "Đoàn kiểm tra",
         "Quyết định", "415/QĐ-SCT", D(2026, 3, 12), "short", "Giám đốc Sở Công Thương",
         "về việc", "thành lập Đoàn kiểm tra"),
    Case("Quyết định số 88/QĐ-SNV ngày 04/02/2026 của Giám đốc Sở về việc cử công chức",
         "Quyết định", "88/QĐ-SNV", D(2026, 2, 4), "short", "Giám đốc Sở", "về việc",
         "cử công chức"),
    Case("Kế hoạch 1402/KH-SCT ngày 09/4/2026 của Sở Công Thương",
         "Kế hoạch", "1402/KH-SCT", D(2026, 4, 9), "short", "Sở Công Thương"),
    Case("Quyết định số 1520/QĐ-UBND ngày 30/9/2022 của Ủy ban nhân dân tỉnh Lào Cai phê duyệt "
         "Đề án phát triển du lịch",
         "Quyết định", "1520/QĐ-UBND", D(2022, 9, 30), "short", "Ủy ban nhân dân tỉnh Lào Cai",
         "", "phê duyệt Đề án phát triển du lịch"),
    Case("Kế hoạch số 123/KH-UBND ngày 15/3/2024 của UBND tỉnh thực hiện Nghị quyết số "
         "18-NQ/TW",
         "Kế hoạch", "123/KH-UBND", D(2024, 3, 15), "short", "UBND tỉnh", "",
         "thực hiện Nghị quyết số 18-NQ/TW"),
    Case("Chỉ thị số 11/CT-UBND ngày 20/5/2025 của Chủ tịch UBND tỉnh về tăng cường công tác "
         "quản lý nhà nước về khoáng sản",
         "Chỉ thị", "11/CT-UBND", D(2025, 5, 20), "short", "Chủ tịch UBND tỉnh", "về",
         "tăng cường công tác quản lý nhà nước về khoáng sản"),
    Case("Giấy phép khai thác khoáng sản số 28/GP-UBND ngày 11/3/2025 của UBND tỉnh Lào Cai",
         "Giấy phép khai thác khoáng sản", "28/GP-UBND", D(2025, 3, 11), "short",
         "UBND tỉnh Lào Cai"),
    Case("Văn bản số 2208/SXD-QLCL ngày 02/4/2026 của Sở Xây dựng về việc góp ý phương án thi "
         "công",
         "Văn bản", "2208/SXD-QLCL", D(2026, 4, 2), "short", "Sở Xây dựng", "về việc",
         "góp ý phương án thi công"),
    Case("Báo cáo giải trình số 17/BC-CTKS ngày 02/6/2026 của Công ty Cổ phần khoáng sản Tây Bắc",
         "Báo cáo giải trình", "17/BC-CTKS", D(2026, 6, 2), "short",
         "Công ty Cổ phần khoáng sản Tây Bắc"),
    Case("Nghị quyết số 15/2024/NQ-HĐND ngày 10/7/2024 của Hội đồng nhân dân tỉnh Lào Cai quy "
         "định mức chi hỗ trợ",
         "Nghị quyết", "15/2024/NQ-HĐND", D(2024, 7, 10), "short",
         "Hội đồng nhân dân tỉnh Lào Cai", "", "quy định mức chi hỗ trợ"),
    Case("Tờ trình số 473/TTr-NN&PTNT ngày 05/8/2019 của Sở Nông nghiệp và Phát triển nông thôn",
         "Tờ trình", "473/TTr-NN&PTNT", D(2019, 8, 5), "short",
         "Sở Nông nghiệp và Phát triển nông thôn"),
    Case("Công văn số 1234/SGD&ĐT-GDTrH ngày 20/9/2022 của Sở Giáo dục và Đào tạo về việc hướng "
         "dẫn nhiệm vụ năm học",
         "Công văn", "1234/SGD&ĐT-GDTrH", D(2022, 9, 20), "short", "Sở Giáo dục và Đào tạo",
         "về việc", "hướng dẫn nhiệm vụ năm học"),
    Case("Quyết định số 01/1999/QĐ.UB ngày 05 tháng 01 năm 1999 của Ủy ban nhân dân thành phố "
         "Hà Nội",
         "Quyết định", "01/1999/QĐ.UB", D(1999, 1, 5), "long",
         "Ủy ban nhân dân thành phố Hà Nội"),
    Case("Quyết định số 15/2010/QĐ-UBND ngày 20 tháng 4 năm 2010 của UBND thành phố Hà Nội ban "
         "hành Quy định về cấp giấy phép",
         "Quyết định", "15/2010/QĐ-UBND", D(2010, 4, 20), "long", "UBND thành phố Hà Nội", "",
         "ban hành Quy định về cấp giấy phép"),
    Case("Công văn số 845/UBND-KT ngày 14/02/2025 của UBND huyện Bảo Thắng về việc rà soát các "
         "điểm mỏ",
         "Công văn", "845/UBND-KT", D(2025, 2, 14), "short", "UBND huyện Bảo Thắng", "về việc",
         "rà soát các điểm mỏ"),
    Case("Kế hoạch số 70/KH-UBND ngày 26/3/2021 của UBND huyện Tuần Giáo về việc thực hiện công "
         "tác dân vận",
         "Kế hoạch", "70/KH-UBND", D(2021, 3, 26), "short", "UBND huyện Tuần Giáo", "về việc",
         "thực hiện công tác dân vận"),
    Case("Quyết định số 340/QĐ-UBND ngày 12/02/2024 của Chủ tịch Ủy ban nhân dân huyện Mường "
         "Khương",
         "Quyết định", "340/QĐ-UBND", D(2024, 2, 12), "short",
         "Chủ tịch Ủy ban nhân dân huyện Mường Khương"),
    Case("Thông báo số 56/TB-UBND ngày 18/3/2025 của UBND xã Xuân Hòa",
         "Thông báo", "56/TB-UBND", D(2025, 3, 18), "short", "UBND xã Xuân Hòa"),
    Case("Công văn số 2150/UBND-TH ngày 07/6/2024 của UBND TP. Hồ Chí Minh về việc triển khai "
         "kế hoạch",
         "Công văn", "2150/UBND-TH", D(2024, 6, 7), "short", "UBND TP. Hồ Chí Minh", "về việc",
         "triển khai kế hoạch"),
    Case("Công văn số 567/STC-QLNS ngày 08/8/2025 của Sở Tài chính tỉnh Lào Cai hướng dẫn lập dự "
         "toán",
         "Công văn", "567/STC-QLNS", D(2025, 8, 8), "short", "Sở Tài chính tỉnh Lào Cai", "",
         "hướng dẫn lập dự toán"),
    Case("Công văn số 3456/UBND-NC ngày 25/10/2025 của UBND tỉnh Lào Cai về việc báo cáo kết quả "
         "thực hiện",
         "Công văn", "3456/UBND-NC", D(2025, 10, 25), "short", "UBND tỉnh Lào Cai", "về việc",
         "báo cáo kết quả thực hiện"),
    Case("Công văn số 90/SNNMT-KS ngày 14/01/2026 của Sở Nông nghiệp và Môi trường",
         "Công văn", "90/SNNMT-KS", D(2026, 1, 14), "short", "Sở Nông nghiệp và Môi trường"),
    # --- Party documents -------------------------------------------------------------------
    Case("Chỉ thị số 05-CT/TW, ngày 15-5-2016, của Bộ Chính trị về đẩy mạnh học tập và làm theo "
         "tư tưởng, đạo đức, phong cách Hồ Chí Minh",
         "Chỉ thị", "05-CT/TW", D(2016, 5, 15), "hyphen", "Bộ Chính trị", "về",
         "đẩy mạnh học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh"),
    Case("Nghị quyết số 18-NQ/TW, ngày 25-10-2017, của Ban Chấp hành Trung ương Đảng khóa XII về "
         "một số vấn đề về tiếp tục đổi mới",
         "Nghị quyết", "18-NQ/TW", D(2017, 10, 25), "hyphen",
         "Ban Chấp hành Trung ương Đảng khóa XII", "về", "một số vấn đề về tiếp tục đổi mới"),
    Case("Quy định số 08-QĐi/TW, ngày 25-10-2018, của Ban Chấp hành Trung ương",
         "Quy định", "08-QĐi/TW", D(2018, 10, 25), "hyphen", "Ban Chấp hành Trung ương"),
    Case("Kết luận số 21-KL/TW, ngày 25-10-2021, của Ban Chấp hành Trung ương Đảng khóa XIII về "
         "đẩy mạnh xây dựng, chỉnh đốn Đảng",
         "Kết luận", "21-KL/TW", D(2021, 10, 25), "hyphen",
         "Ban Chấp hành Trung ương Đảng khóa XIII", "về", "đẩy mạnh xây dựng, chỉnh đốn Đảng"),
    Case("Hướng dẫn số 36-HD/VPTW, ngày 03-4-2018, của Văn phòng Trung ương Đảng về thể thức và "
         "kỹ thuật trình bày văn bản của Đảng",
         "Hướng dẫn", "36-HD/VPTW", D(2018, 4, 3), "hyphen", "Văn phòng Trung ương Đảng", "về",
         "thể thức và kỹ thuật trình bày văn bản của Đảng"),
    Case("Chỉ thị số 35-CT/TW ngày 14/6/2024 của Bộ Chính trị về tổ chức đại hội đảng bộ các cấp",
         "Chỉ thị", "35-CT/TW", D(2024, 6, 14), "short", "Bộ Chính trị", "về",
         "tổ chức đại hội đảng bộ các cấp"),
    Case("Nghị quyết số 12-NQ/TU, ngày 20-7-2021, của Tỉnh ủy Lào Cai",
         "Nghị quyết", "12-NQ/TU", D(2021, 7, 20), "hyphen", "Tỉnh ủy Lào Cai"),
    Case("Công văn số 712-CV/HU ngày 02/3/2022 của Huyện ủy Bát Xát",
         "Công văn", "712-CV/HU", D(2022, 3, 2), "short", "Huyện ủy Bát Xát"),
    Case("Thông báo kết luận số 215-TB/TU, ngày 09-8-2023, của Thường trực Tỉnh ủy",
         "Thông báo kết luận", "215-TB/TU", D(2023, 8, 9), "hyphen", "Thường trực Tỉnh ủy"),
    Case("Quy định số 213-QĐ/TW ngày 02/01/2020 của Bộ Chính trị về trách nhiệm của đảng viên "
         "đang công tác thường xuyên giữ mối liên hệ với tổ chức đảng và nhân dân nơi cư trú",
         "Quy định", "213-QĐ/TW", D(2020, 1, 2), "short", "Bộ Chính trị", "về",
         "trách nhiệm của đảng viên đang công tác thường xuyên giữ mối liên hệ với tổ chức "
         "đảng và nhân dân nơi cư trú"),
    Case("Kết luận số 114-KL/TW, ngày 14-7-2015, của Ban Bí thư về nâng cao hiệu quả công tác "
         "dân vận",
         "Kết luận", "114-KL/TW", D(2015, 7, 14), "hyphen", "Ban Bí thư", "về",
         "nâng cao hiệu quả công tác dân vận"),
    Case("Quyết định số 218-QĐ/TW, ngày 12-12-2013, của Bộ Chính trị “Quy định về việc Mặt trận "
         "Tổ quốc Việt Nam tham gia góp ý xây dựng Đảng”",
         "Quyết định", "218-QĐ/TW", D(2013, 12, 12), "hyphen", "Bộ Chính trị", "",
         "“Quy định về việc Mặt trận Tổ quốc Việt Nam tham gia góp ý xây dựng Đảng”"),
    Case("Kết luận số 14-KL/TU, ngày 22-9-2021, của Ban Thường vụ Tỉnh ủy về phát triển kinh tế "
         "cửa khẩu",
         "Kết luận", "14-KL/TU", D(2021, 9, 22), "hyphen", "Ban Thường vụ Tỉnh ủy", "về",
         "phát triển kinh tế cửa khẩu"),
    Case("Chỉ thị số 49-CT/TW, ngày 20/10/2015 của Ban Bí thư về tăng cường và đổi mới công tác "
         "dân vận",
         "Chỉ thị", "49-CT/TW", D(2015, 10, 20), "short", "Ban Bí thư", "về",
         "tăng cường và đổi mới công tác dân vận"),
)  # fmt: skip
