"""The report vnreport started from, written with the public API.

Báo cáo kết quả thực hiện công tác dân vận chính quyền 6 tháng đầu năm, nhiệm vụ trọng tâm
6 tháng cuối năm 2021 — Ủy ban nhân dân huyện Tuần Giáo (tỉnh Điện Biên), a draft awaiting
its number and day. Every paragraph and citation of the printed original is here; the
labels (I., 1., -), the capitals of the headings, the date line and the final "./." are
vnreport's work.

Run it from the project root::

    python examples/tuan_giao_2021.py                 # write out/tuan-giao-2021.docx
    python examples/tuan_giao_2021.py -o report.docx  # write it elsewhere
    python examples/tuan_giao_2021.py --outline       # print the outline instead
"""

from __future__ import annotations

import argparse
import sys
from datetime import date
from pathlib import Path

from vnreport import Agency, Bullet, DocumentReference, Report, Section, Signature

TUAN_GIAO = Agency(
    name="Ủy ban nhân dân huyện Tuần Giáo",
    abbreviation="UBND",
    place="Tuần Giáo",
)

# Citations (trích dẫn). The first mention of a document is written in full; the seed
# writes Chỉ thị and Party documents with a comma before the date.
CV_200 = DocumentReference(
    kind="Công văn",
    number="200-CV/HU",
    date=date(2021, 6, 7),
    issuer="Huyện ủy Tuần Giáo",
)
KH_70 = DocumentReference.parse("Kế hoạch số 70/KH-UBND ngày 26/3/2021")
CT_05 = DocumentReference.parse("Chỉ thị số 05/CT-TTg, ngày 28/01/2020 của Thủ tướng Chính phủ")
CT_15 = DocumentReference.parse("Chỉ thị số 15/CT-TTg, ngày 27/3/2020 của Thủ tướng Chính phủ")
CT_16 = DocumentReference.parse("Chỉ thị số 16/CT-TTg, ngày 31/3/2020 của Thủ tướng Chính phủ")
PL_34 = DocumentReference(kind="Pháp lệnh", number="34/2007/PL-UBTVQH11", with_so=False)
KH_1169 = DocumentReference.parse("Kế hoạch số 1169/KH-UBND của UBND tỉnh")
# The seed's issuer part "UBMTTQVN" is kept as printed (nd30-spec §7 doubts it).
NQLT_09 = DocumentReference.parse(
    "Nghị quyết liên tịch số 09/2008/NQLT-CP-UBMTTQVN, ngày 17/4/2008 "
    "của Chính phủ và Ủy ban Trung ương MTTQ Việt Nam"
)
TTLT_03 = DocumentReference.parse("Thông tư liên tịch số 03/2000/TTLT-BTP-BVHTT-BTTUBTWMTTQVN")
QD_290 = DocumentReference.parse("Quyết định số 290-QĐ/TW, ngày 25/02/2010 của Bộ Chính trị")
NQ_25 = DocumentReference.parse(
    "Nghị quyết số 25-NQ/TW, ngày 03/6/2013 của Ban Chấp hành Trung ương Đảng"
)
KL_114 = DocumentReference.parse(
    "Kết luận số 114-KL/TW, ngày 14/7/2015 của Ban Bí thư Trung ương Đảng"
)
QD_217 = DocumentReference.parse("Quyết định số 217-QĐ/TW, ngày 12/12/2013 của Bộ Chính trị")
QD_218 = DocumentReference.parse("Quyết định số 218-QĐ/TW, ngày 12/12/2013 của Bộ Chính trị")
CT_49 = DocumentReference.parse("Chỉ thị số 49-CT/TW, ngày 20/10/2015 của Ban Bí thư")
CT_18 = DocumentReference.parse("Chỉ thị số 18/2000/CT-TTg, ngày 21/9/2000 của Thủ tướng Chính phủ")
NQ_10 = DocumentReference.parse("Nghị quyết số 10-NQ/TU, ngày 31/12/2013 của Tỉnh ủy")
CT_04 = DocumentReference.parse("Chỉ thị số 04/CT-UBND, ngày 08/4/2014 của UBND tỉnh Điện Biên")


def build_report() -> Report:
    """The seed report as a :class:`~vnreport.Report`."""
    return Report(
        issuer=TUAN_GIAO,
        number=None,  # numbered at registration, after signing
        date="2021-06",  # the day is filled in after signing
        subject=(
            "Kết quả thực hiện công tác dân vận chính quyền 6 tháng đầu năm, "
            "nhiệm vụ trọng tâm 6 tháng cuối năm 2021"
        ),
        opening=[
            f"""
            Thực hiện {CV_200} về việc báo cáo kết quả thực hiện công tác dân vận chính quyền
            6 tháng đầu năm 2021.
            """,
            "UBND huyện Tuần Giáo báo cáo kết quả thực hiện với những nội dung sau:",
        ],
        sections=[
            _situation(),
            _leadership(),
            _results(),
            _assessment(),
            _tasks(),
            _proposals(),
        ],
        closing=[
            """
            Trên đây là Báo cáo công tác dân vận chính quyền 6 tháng đầu năm 2021 của UBND
            huyện Tuần Giáo./.
            """
        ],
        recipients=["Ban Dân vận Huyện ủy", "Lưu: VT, NV"],
        signature=Signature(
            authority=["TM. Ủy ban nhân dân", "KT. Chủ tịch"],
            title="Phó Chủ tịch",
            name="Phạm Thị Tuyên",
        ),
    )


def _situation() -> Section:
    return Section(
        title="Đặc điểm tình hình",
        content=[
            """
            Trong 06 tháng đầu năm 2021 tình hình kinh tế - xã hội trên địa bàn huyện tương đối
            ổn định, nhân dân đoàn kết, tin tưởng vào sự lãnh đạo của Đảng, Nhà nước; tuy nhiên
            tình hình kinh tế, đời sống xã hội có sự tác động mạnh do diễn biến phức tạp của đại
            dịch Covid-19. Do làm tốt công tác dân vận chính quyền, các biện pháp phòng chống
            dịch Covid-19 được thực hiện đầy đủ, nghiêm túc, trên địa bàn không để xảy ra trường
            hợp nào nhiễm và phát sinh ô dịch.
            """
        ],
    )


def _leadership() -> Section:
    return Section(
        title="Công tác lãnh đạo, chỉ đạo về công tác dân vận",
        content=[
            Bullet(
                text=f"""
                Ban hành {KH_70} về việc thực hiện công tác Dân vận và phong trào thi đua “Dân
                vận khéo” trong cơ quan hành chính nhà nước, chính quyền các cấp trên địa bàn
                huyện Tuần Giáo năm 2021. Qua đó tập trung hướng dẫn các phòng, ban, UBND các xã,
                thị trấn triển khai và thực hiện có hiệu quả công tác “Dân vận Chính quyền năm
                2021”. Tổ chức phối hợp và tạo điều kiện thuận lợi cho Mặt trận tổ quốc và các
                đoàn thể tham gia giám sát, phản biện xã hội, góp ý xây dựng chính quyền vững
                mạnh. Tăng cường kiểm tra thực hiện công tác dân vận chính quyền, thực hiện quy
                chế dân chủ ở cơ sở...
                """
            ),
            Bullet(
                text="""
                Tích cực chỉ đạo, đôn đốc các cơ quan, đơn vị, UBND các xã, thị trấn các đơn vị
                sự nghiệp trên địa bàn huyện thực hiện tốt công tác dân vận; kịp thời chuyển tải
                nội dung chủ trương, kế hoạch thực hiện công tác “Dân vận Chính quyền năm 2021”
                đến công chức, viên chức và người lao động; lãnh đạo, chỉ đạo giải quyết các vấn
                đề bức xúc nổi cộm ở cơ sở; cung cấp thông tin về các vấn đề đang được dư luận xã
                hội quan tâm, nắm bắt kịp thời tình hình tư tưởng, những vấn đề phát sinh trong
                nhân dân để chỉ đạo xử lý kịp thời hiệu quả; tiếp tục đẩy mạnh phong trào thi đua
                “Dân vận khéo” trên tất cả các lĩnh vực trong đó tập trung vào đổi mới công tác
                dân vận của các cơ quan Nhà nước và vận động nhân dân tham gia các phong trào thi
                đua yêu nước.
                """
            ),
            Bullet(
                text="""
                Công tác dân vận chính quyền trong kế hoạch “Dân vận Chính quyền năm 2021” được
                đổi mới, công tác cải cách thủ tục hành chính được đẩy mạnh, đổi mới lề lối làm
                việc, chấn chỉnh thái độ phục vụ nhân dân của đội ngũ cán bộ, công chức nhằm nâng
                cao chất lượng, hiệu quả phục vụ của cơ quan hành chính nhà nước đối với người
                dân. Tăng cường đối thoại, tiếp xúc trực tiếp với nhân dân, giải quyết kịp thời,
                cơ bản những nguyện vọng chính đáng về đơn thư khiếu nại, tố cáo của nhân dân,
                làm tốt công tác hòa giải cơ sở. Bên cạnh đó, tiếp tục thực hiện có hiệu quả
                Chương trình phối hợp giữa UBND huyện với Ban Dân vận Huyện ủy và Quy chế phối
                hợp công tác dân vận giữa các cơ quan, đơn vị...
                """
            ),
        ],
    )


def _results() -> Section:
    return Section(
        title="Kết quả thực hiện",
        content=[
            Section(
                title=(
                    "Nâng cao hiệu lực, hiệu quả quản lý nhà nước, công tác dân vận của cơ quan "
                    "hành chính nhà nước"
                ),
                content=[
                    Bullet(
                        text="""
                        Công tác “Dân vận Chính quyền năm 2021” huyện có nhiều thuận lợi cơ bản,
                        đã đề ra các chương trình, giải pháp để đẩy mạnh phát triển kinh tế - xã
                        hội của địa phương, trong đó chú trọng các giải pháp, đặc biệt quan tâm
                        đến giải quyết việc làm, đẩy mạnh phát triển kinh tế, đảm bảo an sinh xã
                        hội, không ngừng cải thiện nâng cao đời sống cho nhân dân, kinh tế tiếp
                        tục tăng trưởng đạt khá, quốc phòng - an ninh luôn ổn định.
                        """
                    ),
                    Bullet(
                        text="""
                        Thực hiện tốt các chính sách an sinh xã hội; chăm lo cho các đối tượng
                        chính sách, đồng bào các dân tộc thiểu số, vùng sâu, vùng xa, khu vực
                        đặc biệt khó khăn: Các chính sách xã hội, người nghèo được quan tâm đáng
                        kể góp phần ổn định tình hình an sinh xã hội trên địa bàn. Công tác xoá
                        đói giảm nghèo, thực hiện các chính sách xã hội như: Phong trào đền ơn
                        đáp nghĩa, phụng dưỡng người già neo đơn không nơi nương tựa, chăm sóc
                        các gia đình thương binh liệt sĩ người có công với nước, trẻ em khuyết
                        tật, mồ côi... cùng các hoạt động từ thiện, cứu trợ, hỗ trợ xã hội khác
                        được triển khai kịp thời có hiệu quả. Thực hiện đầy đủ, kịp thời chế độ,
                        chính sách của Nhà nước đối với những người có công với cách mạng; quan
                        tâm lãnh đạo, chỉ đạo công tác nhân đạo, từ thiện, đền ơn, đáp nghĩa,
                        uống nước nhớ nguồn, thăm hỏi, tặng quà các gia đình chính sách nhân dịp
                        lễ, tết. Triển khai các nhiệm vụ về công tác giảm nghèo năm 2021; thực
                        hiện tốt các chính sách an sinh xã hội, chính sách đối với người có công
                        với cách mạng và các đối tượng bảo trợ xã hội đảm bảo đúng đối tượng và
                        đúng chế độ.
                        """
                    ),
                    Bullet(
                        text=f"""
                        Thực hiện nghiêm trong phòng chống dịch Covid-19, UBND huyện đã triển
                        khai quán triệt, tuyên truyền và vận động cán bộ, đảng viên và nhân dân
                        các dân tộc trên địa bàn huyện thực hiện nghiêm {CT_05} về việc phòng
                        chống dịch bệnh viêm đường hô hấp cấp do chủng mới của Virút Corona gây
                        ra; {CT_15} về quyết liệt thực hiện đợt cao điểm phòng, chống dịch bệnh
                        Covid-19; {CT_16} về việc thực hiện các biện pháp cấp bách phòng, chống
                        dịch bệnh Covid-19 và các văn bản chỉ đạo của UBND tỉnh, các sở, ban
                        ngành tỉnh. Đồng thời đã ban hành các Văn bản chỉ đạo, điều hành đảm bảo
                        công tác phòng, chống dịch bệnh Covid-19 trên địa bàn huyện.
                        """
                    ),
                ],
            ),
            Section(
                title=("Kết quả thực hiện cải cách hành chính và thực hiện quy chế dân chủ cơ sở"),
                content=[
                    Bullet(
                        text="""
                        Công tác cải cách hành chính, đặc biệt là cải cách thủ tục hành chính
                        theo cơ chế một cửa được các xã, thị trấn thực hiện tốt. Đến nay đã triển
                        khai cơ chế một cửa ở 19/19 xã, thị trấn (đạt 100%). Tiếp tục rà soát,
                        đơn giản hóa, rút ngắn thời gian giải quyết thủ tục hành chính, công bố
                        thủ tục hành chính kịp thời, đúng quy định. Các thủ tục hành chính, các
                        khoản phí, lệ phí được công khai ngay tại bộ phận “Một cửa” và bố trí ở
                        nơi người dân dễ quan sát. Các thủ tục hành chính được hướng dẫn, tiếp
                        nhận đúng quy định, giải quyết ngay cho công dân, 100% giải quyết đúng
                        hạn.
                        """
                    ),
                    Bullet(
                        text=f"""
                        Việc thực hiện quy chế dân chủ ở các xã, thị trấn theo {PL_34} được
                        triển khai nghiêm túc. Tiến hành rà soát, sửa đổi, bổ sung quy chế dân
                        chủ và phối hợp kiện toàn Ban chỉ đạo. Các nội dung chỉ đạo triển khai
                        theo {KH_1169} được các xã, thị trấn tổ chức thực hiện tốt. Những nội
                        dung nhân dân bàn và quyết định trực tiếp, theo quy định tại
                        {PL_34.short()} đã được cấp ủy Đảng, chính quyền các xã, thị trấn quan
                        tâm mở rộng dân chủ để nhân dân tham gia bàn bạc, thảo luận và quyết
                        định. Thực hiện việc giám sát thông qua hoạt động của Ban thanh tra nhân
                        dân, Ban giám sát đầu tư cộng đồng đối với các công trình do nhân dân
                        đóng góp và các công việc trong nội bộ cộng đồng dân cư nói chung phù hợp
                        với quy định của pháp luật.
                        """
                    ),
                    Bullet(
                        text="""
                        Phương châm “Dân biết, dân bàn, dân làm, dân kiểm tra” được quán triệt và
                        triển khai thực hiện tốt. Các nội dung phải công khai được họp phổ biến,
                        niêm yết công khai tại trụ sở, tại nơi công cộng, nơi tiếp công dân và
                        được triển khai thực hiện nghiêm túc. Việc thực hiện các nội dung dân
                        bàn, quyết định, dân tham gia ý kiến, giám sát, kiểm tra được hầu hết các
                        xã thực hiện tốt, nhất là những vấn đề liên quan trực tiếp đến người dân
                        như: Đóng góp đầu tư xây dựng các công trình cộng đồng, các khoản ủng hộ
                        các quỹ từ thiện, nhân đạo; đề án, kế hoạch phát triển kinh tế, xã hội;
                        các dự án xây dựng, quy hoạch, đền bù giải phóng mặt bằng, các nguồn vốn
                        vay phát triển sản xuất, xóa đói, giảm nghèo; các phương án chuyển dịch
                        cơ cấu kinh tế; chương trình xây dựng nông thôn mới; cải cách hành chính
                        được công khai tại các cuộc giao ban, hội nghị cử tri ở các thôn, bản,
                        tiếp xúc cử tri và niêm yết tại trụ sở và nơi công cộng. Từ đó giúp chính
                        quyền gần dân hơn và nhân dân cũng cởi mở, tích cực tham gia vào các hoạt
                        động nhằm thực hiện quyền làm chủ của mình tại địa phương, góp phần tạo
                        sự đồng thuận trong nhân dân.
                        """
                    ),
                    Bullet(
                        text=f"""
                        Việc tổ chức công khai cho nhân dân biết 11 nội dung phải công khai theo
                        quy định của {PL_34.short()} đã được cấp ủy, chính quyền các xã thực
                        hiện, từng bước đi vào nề nếp, phát huy dân chủ, bảo đảm đúng hướng dẫn
                        tại {NQLT_09}. Việc bổ sung quy ước khu dân cư được các khu dân cư triển
                        khai, thực hiện đúng quy trình theo {TTLT_03}.
                        """
                    ),
                ],
            ),
            Section(
                title="Công tác tiếp công dân, xử lý đơn thư và giải quyết khiếu nại, tố cáo",
                content=[
                    Bullet(
                        text="""
                        Thực hiện tốt công tác tiếp dân, đối thoại trực tiếp của chính quyền với
                        nhân dân; tình hình khiếu nại, tố cáo và giải quyết khiếu nại, tố cáo của
                        công dân; dân chủ trong việc thực hiện chính sách an sinh xã hội: Thực
                        hiện nghiêm việc tiếp dân định kỳ và đột xuất: Trong 6 tháng đầu năm
                        2021, tiếp 99 lượt với 142 người dân (cấp huyện tiếp 41 lượt với 75
                        người, cấp xã tiếp 58 lượt với 67 người).
                        """
                    ),
                    Bullet(
                        text="""
                        Số đơn cấp huyện tiếp nhận 42 đơn, trong đó: Khiếu nại 03 đơn, tố cáo 07
                        đơn, đơn đề nghị 32 đơn; đơn đủ điều kiện xử lý 34 đơn, trong đó
                        (*khiếu nại 02 đơn, tố cáo 02 đơn, đơn đề nghị 30 đơn*); đơn không đủ
                        điều kiện xử lý 08 đơn, trong đó (*khiếu nại 01 đơn, tố cáo 05 đơn, đơn
                        đề nghị 02 đơn*).
                        """
                    ),
                    Bullet(
                        text="""
                        Số đơn cấp xã tiếp nhận 48 đơn, chủ yếu là đơn đề nghị và đủ điều kiện
                        xử lý là 48 đơn. Tất cả đơn khiếu nại, tố cáo và đơn đề nghị của công dân
                        chủ yếu là liên quan đến các nội dung tranh chấp đất đai, không có đơn
                        thư khiếu nại, tố cáo liên quan cuộc bầu cử đại biểu Quốc hội và đại biểu
                        hội đồng nhân dân các cấp nhiệm kỳ 2021-2026.
                        """
                    ),
                    Bullet(
                        text="""
                        Duy trì có hiệu quả bộ phận tiếp dân tại trụ sở Ủy ban nhân dân các xã,
                        thị trấn; định kỳ tổ chức đối thoại trực tiếp với nhân dân theo quy định.
                        """
                    ),
                    Bullet(
                        text="""
                        Nâng cao trách nhiệm của người đứng đầu trong thực hiện nhiệm vụ gắn với
                        công tác dân vận và phương châm hành động “Kỷ cương, liêm chính, hành
                        động, sáng tạo, hiệu quả”: Xác định mục tiêu đẩy mạnh xây dựng chính
                        quyền các cấp trên địa bàn huyện “Kỷ cương, liêm chính, hành động, sáng
                        tạo, hiệu quả” là lấy ý kiến nhân dân và doanh nghiệp làm đối tượng phục
                        vụ, tạo môi trường thuận lợi cho hoạt động đầu tư, kinh doanh; bên cạnh,
                        nhằm phát huy dân chủ, bảo đảm quyền làm chủ của nhân dân gắn liền với
                        tăng cường kỷ luật, kỷ cương, chấp hành pháp luật; đồng thời, tăng cường
                        hiệu lực, hiệu quả trong hoạt động; đẩy mạnh đấu tranh phòng chống tham
                        nhũng, lãng phí, quan liêu. Do đó, để thực hiện có hiệu quả mục tiêu
                        trên, yêu cầu người đứng đầu cơ quan, đơn vị chấp hành và thực hiện
                        nghiêm quy định chế độ trách nhiệm đối với người đứng đầu cơ quan, đơn vị
                        của Nhà nước trong thi hành nhiệm vụ, công vụ.
                        """
                    ),
                ],
            ),
            Section(
                title=(
                    "Việc nâng cao đạo đức công vụ, tinh thần trách nhiệm, kỷ luật, kỷ cương, "
                    "ý thức phục vụ nhân dân của đội ngũ cán bộ, công chức"
                ),
                content=[
                    # The printed original italicises the parenthesis only up to the end of
                    # its first page ("… văn hóa"); the seed marks exactly that.
                    """
                    Thông qua việc thực hiện công tác dân vận, cán bộ, công chức, viên chức,
                    người lao động tại các cơ quan, đơn vị trên địa bàn đã thực hiện nghiêm túc
                    các quy định, quy chế của cơ quan; biết và được tham gia ý kiến các quy chế
                    của cơ quan (*quy chế văn hóa công sở, quy chế, quy định cơ quan có đời sống
                    văn hóa* tốt, quy chế chi tiêu nội bộ, quy chế quản lý tài sản công, quy chế
                    thực hiện tiết kiệm chống lãng phí...). Có tinh thần trách nhiệm, kỷ luật,
                    kỷ cương ý thức phục vụ nhân dân của đội ngũ cán bộ, công chức được nâng lên
                    góp phần nâng cao hiệu lực của các quy chế, quy định đối với cán bộ, công
                    chức, từng bước nâng cao hiệu quả trong quá trình thực hiện nhiệm vụ được
                    giao.
                    """
                ],
            ),
            Section(
                title="Kết quả thực hiện công tác phối hợp",
                content=[
                    """
                    UBND huyện đã chủ động xây dựng Quy chế làm việc và Quy chế phối hợp trong
                    công tác với MTTQ và các tổ chức chính trị - xã hội, các tổ chức xã hội, tổ
                    chức các đoàn thể ở cơ quan, đơn vị, xây dựng khối đại đoàn kết toàn dân,
                    tuyên truyền, vận động cán bộ, công chức, viên chức, đoàn viên, hội viên và
                    nhân dân thực hiện tốt các chủ trương, chính sách của Đảng, pháp luật của Nhà
                    nước. Mặt trận Tổ quốc và các tổ chức đoàn thể, quần chúng đã chủ động tham
                    gia phối hợp với chính quyền tổ chức tốt các buổi tiếp xúc cử tri của đại
                    biểu HĐND các cấp; tiếp tục rà soát, bổ sung, xây dựng quy chế phối hợp giữa
                    chính quyền với Mặt trận và các đoàn thể chính trị - xã hội huyện trong công
                    tác tuyên truyền, vận động nhân dân tham gia các phong trào thi đua, các cuộc
                    vận động, chương trình, kế hoạch phát triển kinh tế - xã hội, bảo đảm quốc
                    phòng- an ninh. Tạo điều kiện để Mặt trận, các đoàn thể chính trị - xã hội
                    và nhân dân thực hiện tốt công tác giám sát, phản biện xã hội, góp ý tham gia
                    xây dựng Đảng, xây dựng chính quyền ngày càng vững mạnh. Đặc biệt trong cuộc
                    bầu cử đại biểu Quốc hội khóa XV và đại biểu Hội đồng nhân dân các cấp nhiệm
                    kỳ 2021-2026, Mặt trận Tổ quốc và các tổ chức xã hội, các cơ quan, đơn vị đã
                    làm tốt công tác tuyên truyền, vận động quần chúng nhân dân trên địa bàn toàn
                    huyện về quyền, nghĩa vụ của mỗi công dân, thể hiện trọng trách của mỗi công
                    dân đối với Đảng, Nhà nước. Qua đó 100% cử tri của huyện đã tham gia bỏ phiếu
                    góp phần to lớn vào sự thắng lợi của cuộc bầu cử đại biểu Quốc hội khóa XV và
                    đại biểu hội đồng nhân dân các cấp nhiệm kỳ 2021-2026.
                    """
                ],
            ),
        ],
    )


def _assessment() -> Section:
    return Section(
        title="Đánh giá chung",
        content=[
            Section(
                title="Ưu điểm",
                content=[
                    """
                    Công tác Dân vận 6 tháng đầu năm 2021 đã tạo động lực thúc đẩy các phong trào
                    thi đua của huyện nhất là lĩnh vực kinh tế - xã hội, an ninh chính trị trên
                    địa bàn được giữ vững; vai trò, trách nhiệm và tinh thần làm chủ của cán bộ,
                    công chức, viên chức và nhân dân được phát huy; mối quan hệ giữa chính quyền
                    với các tổ chức đoàn thể, Doanh nghiệp và nhân dân được gắn bó hơn, các mối
                    quan hệ trong đời sống sinh hoạt ở khu dân cư ngày càng phát triển theo chiều
                    hướng tích cực, củng cố được niềm tin của quần chúng nhân dân đối với sự lãnh
                    đạo của Đảng, chính quyền các cấp; đời sống đại bộ phận của cán bộ, công
                    chức, viên chức và quần chúng nhân dân được cải thiện và nâng lên rõ rệt; tỷ
                    lệ hộ đói, nghèo ở địa phương so với trước đây giảm đáng kể; công tác phòng,
                    chống tham nhũng, cải cách các thủ tục hành chính được triển khai thực hiện
                    tích cực; công tác giải quyết khiếu nại, tố cáo được kịp thời. Đặc biệt trong
                    công tác phòng, chống dịch bệnh Covid-19, thực hiện Thông điệp 5K của Bộ Y tế
                    qua đó công tác phòng, chống dịch bệnh đã đạt được hiệu quả cao, không để
                    dịch bệnh xảy trên địa bàn huyện.
                    """
                ],
            ),
            Section(
                title="Khó khăn, hạn chế và nguyên nhân",
                content=[
                    Bullet(
                        text="""
                        Một số đơn vị, cán bộ, công chức vẫn chưa nhận thức đầy đủ, sâu sắc về
                        mục đích, yêu cầu, ý nghĩa, tầm quan trọng và các biện pháp tổ chức công
                        tác dân vận của cơ quan, đơn vị mình, nên quá trình triển khai thực hiện
                        nhiệm vụ còn nặng về hình thức, xem nhẹ việc vận động thuyết phục, vì vậy
                        chất lượng, hiệu quả vẫn còn hạn chế; sự phối hợp giữa chính quyền với
                        Mặt trận và các đoàn thể có lúc chưa đồng bộ, chưa chặt chẽ; công tác
                        kiểm tra, đánh giá kết quả thực hiện công tác dân vận chính quyền đôi lúc
                        còn chậm, chưa kịp thời và thực hiện nghiêm túc.
                        """
                    ),
                    Bullet(
                        text="""
                        Nhận thức về mục đích, yêu cầu và các giải pháp về công tác dân vận của
                        một số cơ quan chưa thật sự đầy đủ và sâu sắc; công tác tuyên truyền,
                        giáo dục, quán triệt và biện pháp tổ chức thực hiện ở một số nơi chưa
                        thường xuyên, nên một số cán bộ, công chức, viên chức nhận thức chưa đầy
                        đủ về vị trí, vai trò và trách nhiệm về công tác dân vận ở cơ quan, đơn
                        vị mình.
                        """
                    ),
                ],
            ),
        ],
    )


def _tasks() -> Section:
    # Untitled sections are numbered paragraphs: "1. Tiếp tục quán triệt …".
    return Section(
        title="Nhiệm vụ, giải pháp trong thời gian tới",
        content=[
            Section(
                content=[
                    f"""
                    Tiếp tục quán triệt các quan điểm, chủ trương của Đảng và các văn bản của Nhà
                    nước, của tỉnh về công tác dân vận, như: {QD_290} (Khóa XI) về quy chế công
                    tác dân vận trong hệ thống chính trị; {NQ_25}, Khóa XI về tăng cường và đổi
                    mới sự lãnh đạo của Đảng đối với công tác dân vận trong tình hình mới;
                    {KL_114} về nâng cao hiệu quả công tác dân vận của cơ quan nhà nước các cấp;
                    {QD_217} về “Quy chế giám sát và phản biện xã hội của Ủy ban Mặt trận Tổ
                    quốc Việt Nam và các đoàn thể chính trị - xã hội” và {QD_218} “Quy định về
                    việc Mặt trận Tổ quốc Việt Nam, các đoàn thể chính trị - xã hội và nhân dân
                    tham gia góp ý xây dựng Đảng, xây dựng chính quyền”. {CT_49} về tăng cường
                    và đổi mới công tác dân vận của Đảng ở vùng đồng bào dân tộc thiểu số;
                    {CT_18} về tăng cường công tác dân vận; {NQ_10} về tăng cường và đổi mới sự
                    lãnh đạo của Đảng đối với công tác dân vận trong tình hình mới; {CT_04} về
                    tăng cường và đổi mới công tác dân vận trong cơ quan, đơn vị trên địa bàn
                    tỉnh Điện Biên...
                    """
                ]
            ),
            Section(
                content=[
                    """
                    Chỉ đạo cơ quan chuyên môn thực hiện kế hoạch kiểm tra chuyên đề về việc thực
                    hiện công tác dân vận chính quyền đối với các cơ quan, đơn vị, UBND xã, thị
                    trấn và các doanh nghiệp trên địa bàn huyện theo kế hoạch.
                    """
                ]
            ),
            Section(
                content=[
                    """
                    Kịp thời chấn chỉnh việc thực hiện dân vận chính quyền ở các cơ quan, đơn vị,
                    UBND xã, thị trấn, các doanh nghiệp trên địa bàn huyện.
                    """
                ]
            ),
            Section(
                content=[
                    """
                    Tham mưu xây dựng kế hoạch tổng kết cuối năm việc thực hiện Dân vận chính
                    quyền ở cơ sở phù hợp với điều kiện thực tế của địa phương.
                    """
                ]
            ),
        ],
    )


def _proposals() -> Section:
    return Section(
        title="Kiến nghị, đề xuất",
        content=[
            """
            Đề nghị Sở Nội vụ hàng năm tổ chức các lớp tập huấn, trao đổi thông tin, bồi dưỡng
            nghiệp vụ dân vận, học tập kinh nghiệm ở các địa phương để nhân rộng các mô hình
            “dân vận khéo” trên địa bàn tỉnh nói chung, các địa phương nói riêng. Tăng cường
            công tác phối hợp giữa chính quyền các cấp với Ban Dân vận trong việc phát triển kinh
            tế - xã hội, giải quyết những vấn đề bức xúc trong nhân dân.
            """
        ],
    )


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description="Write the Tuần Giáo 2021 seed report.")
    parser.add_argument("-o", "--output", type=Path, default=Path("out/tuan-giao-2021.docx"))
    parser.add_argument("--outline", action="store_true", help="print the outline, write nothing")
    parser.add_argument("--full", action="store_true", help="with --outline: the whole text")
    options = parser.parse_args(argv)
    report = build_report()
    if options.outline:
        print(report.outline(full=options.full))
        return 0
    options.output.parent.mkdir(parents=True, exist_ok=True)
    path = report.save(options.output)
    print(f"wrote {path} ({path.stat().st_size} bytes, {len(report.body)} paragraphs)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
