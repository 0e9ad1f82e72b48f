"""Tests of vnreport.model.citations: citations of other documents.

The seed report (*Báo cáo … công tác dân vận chính quyền 6 tháng đầu năm 2021*, UBND huyện
Tuần Giáo) cites 20 documents in the three symbol styles; its paragraphs that hold them are
copied below verbatim, so that these tests never depend on the shared seed directory (a
paragraph cut by a printed page end is joined with one space, as the seed's README says it is
one paragraph). One test checks the copy against the seed file when that file is present.
"""

from __future__ import annotations

import datetime
import unicodedata
from pathlib import Path

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

from vnreport.errors import FieldError
from vnreport.model.citations import (
    KNOWN_KINDS,
    CitationDateStyle,
    DocumentReference,
    FoundReference,
    SubjectConnector,
    find_references,
)
from vnreport.model.number import DocumentNumber, SymbolStyle

# The seed report, kept in the repository (a copy of ../shared/seeds/000_8e8fcedecb11c671.txt).
SEED_FILE = Path(__file__).resolve().parent / "data" / "tuan-giao-2021-seed.txt"

#: The seed's paragraphs that cite documents, in the seed's order.
SEED_PARAGRAPHS = (
    (
        "Thực hiện Công văn số 200-CV/HU ngày 07/6/2021 của Huyện ủy Tuần Giáo về việc báo cáo "
        "kết quả thực hiện công tác dân vận chính quyền 6 tháng đầu năm 2021."
    ),
    (
        "- Ban hành Kế hoạch số 70/KH-UBND ngày 26/3/2021 về việc thực hiện công tác Dân vận và "
        "phong trào thi đua “Dân vận khéo” trong cơ quan hành chính nhà nước, chính quyền các cấp "
        "trên địa bàn huyện Tuần Giáo năm 2021. Qua đó tập trung hướng dẫn các phòng, ban, UBND "
        "các xã, thị trấn triển khai và thực hiện có hiệu quả công tác “Dân vận Chính quyền năm "
        "2021”. Tổ chức phối hợp và tạo điều kiện thuận lợi cho Mặt trận tổ quốc và các đoàn thể "
        "tham gia giám sát, phản biện xã hội, góp ý xây dựng chính quyền vững mạnh. Tăng cường "
        "kiểm tra thực hiện công tác dân vận chính quyền, thực hiện quy chế dân chủ ở cơ sở..."
    ),
    (
        "- Thực hiện nghiêm trong phòng chống dịch Covid-19, UBND huyện đã triển khai quán triệt, "
        "tuyên truyền và vận động cán bộ, đảng viên và nhân dân các dân tộc trên địa bàn huyện "
        "thực hiện nghiêm Chỉ thị số 05/CT-TTg, ngày 28/01/2020 của Thủ tướng Chính phủ về việc "
        "phòng chống dịch bệnh viêm đường hô hấp cấp do chủng mới của Virút Corona gây ra; Chỉ "
        "thị số 15/CT-TTg, ngày 27/3/2020 của Thủ tướng Chính phủ về quyết liệt thực hiện đợt cao "
        "điểm phòng, chống dịch bệnh Covid-19; Chỉ thị số 16/CT-TTg, ngày 31/3/2020 của Thủ tướng "
        "Chính phủ về việc thực hiện các biện pháp cấp bách phòng, chống dịch bệnh Covid-19 và "
        "các văn bản chỉ đạo của UBND tỉnh, các sở, ban ngành tỉnh. Đồng thời đã ban hành các Văn "
        "bản chỉ đạo, điều hành đảm bảo công tác phòng, chống dịch bệnh Covid-19 trên địa bàn "
        "huyện."
    ),
    (
        "- Việc thực hiện quy chế dân chủ ở các xã, thị trấn theo Pháp lệnh 34/2007/PL-UBTVQH11 "
        "được triển khai nghiêm túc. Tiến hành rà soát, sửa đổi, bổ sung quy chế dân chủ và phối "
        "hợp kiện toàn Ban chỉ đạo. Các nội dung chỉ đạo triển khai theo Kế hoạch số 1169/KH-UBND "
        "của UBND tỉnh được các xã, thị trấn tổ chức thực hiện tốt. Những nội dung nhân dân bàn "
        "và quyết định trực tiếp, theo quy định tại Pháp lệnh 34/2007/PL-UBTVQH11 đã được cấp ủy "
        "Đảng, chính quyền các xã, thị trấn quan tâm mở rộng dân chủ để nhân dân tham gia bàn "
        "bạc, thảo luận và quyết định. Thực hiện việc giám sát thông qua hoạt động của Ban thanh "
        "tra nhân dân, Ban giám sát đầu tư cộng đồng đối với các công trình do nhân dân đóng góp "
        "và các công việc trong nội bộ cộng đồng dân cư nói chung phù hợp với quy định của pháp "
        "luật."
    ),
    (
        "- Việc tổ chức công khai cho nhân dân biết 11 nội dung phải công khai theo quy định của "
        "Pháp lệnh 34/2007/PL-UBTVQH11 đã được cấp ủy, chính quyền các xã thực hiện, từng bước đi "
        "vào nề nếp, phát huy dân chủ, bảo đảm đúng hướng dẫn tại Nghị quyết liên tịch số "
        "09/2008/NQLT-CP-UBMTTQVN, ngày 17/4/2008 của Chính phủ và Ủy ban Trung ương MTTQ Việt "
        "Nam. Việc bổ sung quy ước khu dân cư được các khu dân cư triển khai, thực hiện đúng quy "
        "trình theo Thông tư liên tịch số 03/2000/TTLT-BTP-BVHTT-BTTUBTWMTTQVN."
    ),
    (
        "1. Tiếp tục quán triệt các quan điểm, chủ trương của Đảng và các văn bản của Nhà nước, "
        "của tỉnh về công tác dân vận, như: Quyết định số 290-QĐ/TW, ngày 25/02/2010 của Bộ Chính "
        "trị (Khóa XI) về quy chế công tác dân vận trong hệ thống chính trị; Nghị quyết số "
        "25-NQ/TW, ngày 03/6/2013 của Ban Chấp hành Trung ương Đảng, Khóa XI về tăng cường và đổi "
        "mới sự lãnh đạo của Đảng đối với công tác dân vận trong tình hình mới; Kết luận số "
        "114-KL/TW, ngày 14/7/2015 của Ban Bí thư Trung ương Đảng về nâng cao hiệu quả công tác "
        "dân vận của cơ quan nhà nước các cấp; Quyết định số 217-QĐ/TW, ngày 12/12/2013 của Bộ "
        "Chính trị về “Quy chế giám sát và phản biện xã hội của Ủy ban Mặt trận Tổ quốc Việt Nam "
        "và các đoàn thể chính trị - xã hội” và Quyết định số 218-QĐ/TW, ngày 12/12/2013 của Bộ "
        "Chính trị “Quy định về việc Mặt trận Tổ quốc Việt Nam, các đoàn thể chính trị - xã hội "
        "và nhân dân tham gia góp ý xây dựng Đảng, xây dựng chính quyền”. Chỉ thị số 49-CT/TW, "
        "ngày 20/10/2015 của Ban Bí thư về tăng cường và đổi mới công tác dân vận của Đảng ở vùng "
        "đồng bào dân tộc thiểu số; Chỉ thị số 18/2000/CT-TTg, ngày 21/9/2000 của Thủ tướng Chính "
        "phủ về tăng cường công tác dân vận; Nghị quyết số 10-NQ/TU, ngày 31/12/2013 của Tỉnh ủy "
        "về tăng cường và đổi mới sự lãnh đạo của Đảng đối với công tác dân vận trong tình hình "
        "mới; Chỉ thị số 04/CT-UBND, ngày 08/4/2014 của UBND tỉnh Điện Biên về tăng cường và đổi "
        "mới công tác dân vận trong cơ quan, đơn vị trên địa bàn tỉnh Điện Biên..."
    ),
)

STATE, LEGAL, PARTY = SymbolStyle.STATE, SymbolStyle.LEGAL, SymbolStyle.PARTY
D = datetime.date

#: Every citation of the seed as it appears there, in order, with its expected fields:
#: (text, kind, with "số", style, number, symbol, year, date, comma before date, issuer).
SEED_CITATIONS = (
    ("Công văn số 200-CV/HU ngày 07/6/2021 của Huyện ủy Tuần Giáo",
     "Công văn", True, PARTY, 200, "CV/HU", None, D(2021, 6, 7), False, "Huyện ủy Tuần Giáo"),
    ("Kế hoạch số 70/KH-UBND ngày 26/3/2021",
     "Kế hoạch", True, STATE, 70, "KH-UBND", None, D(2021, 3, 26), False, None),
    ("Chỉ thị số 05/CT-TTg, ngày 28/01/2020 của Thủ tướng Chính phủ",
     "Chỉ thị", True, STATE, 5, "CT-TTg", None, D(2020, 1, 28), True, "Thủ tướng Chính phủ"),
    ("Chỉ thị số 15/CT-TTg, ngày 27/3/2020 của Thủ tướng Chính phủ",
     "Chỉ thị", True, STATE, 15, "CT-TTg", None, D(2020, 3, 27), True, "Thủ tướng Chính phủ"),
    ("Chỉ thị số 16/CT-TTg, ngày 31/3/2020 của Thủ tướng Chính phủ",
     "Chỉ thị", True, STATE, 16, "CT-TTg", None, D(2020, 3, 31), True, "Thủ tướng Chính phủ"),
    ("Pháp lệnh 34/2007/PL-UBTVQH11",
     "Pháp lệnh", False, LEGAL, 34, "PL-UBTVQH11", 2007, None, False, None),
    ("Kế hoạch số 1169/KH-UBND của UBND tỉnh",
     "Kế hoạch", True, STATE, 1169, "KH-UBND", None, None, False, "UBND tỉnh"),
    ("Pháp lệnh 34/2007/PL-UBTVQH11",
     "Pháp lệnh", False, LEGAL, 34, "PL-UBTVQH11", 2007, None, False, None),
    ("Pháp lệnh 34/2007/PL-UBTVQH11",
     "Pháp lệnh", False, LEGAL, 34, "PL-UBTVQH11", 2007, None, False, None),
    ("Nghị quyết liên tịch số 09/2008/NQLT-CP-UBMTTQVN, ngày 17/4/2008 của Chính phủ và Ủy ban "
     "Trung ương MTTQ Việt Nam",
     "Nghị quyết liên tịch", True, LEGAL, 9, "NQLT-CP-UBMTTQVN", 2008, D(2008, 4, 17), True,
     "Chính phủ và Ủy ban Trung ương MTTQ Việt Nam"),
    ("Thông tư liên tịch số 03/2000/TTLT-BTP-BVHTT-BTTUBTWMTTQVN",
     "Thông tư liên tịch", True, LEGAL, 3, "TTLT-BTP-BVHTT-BTTUBTWMTTQVN", 2000, None, False,
     None),
    ("Quyết định số 290-QĐ/TW, ngày 25/02/2010 của Bộ Chính trị",
     "Quyết định", True, PARTY, 290, "QĐ/TW", None, D(2010, 2, 25), True, "Bộ Chính trị"),
    ("Nghị quyết số 25-NQ/TW, ngày 03/6/2013 của Ban Chấp hành Trung ương Đảng",
     "Nghị quyết", True, PARTY, 25, "NQ/TW", None, D(2013, 6, 3), True,
     "Ban Chấp hành Trung ương Đảng"),
    ("Kết luận số 114-KL/TW, ngày 14/7/2015 của Ban Bí thư Trung ương Đảng",
     "Kết luận", True, PARTY, 114, "KL/TW", None, D(2015, 7, 14), True,
     "Ban Bí thư Trung ương Đảng"),
    ("Quyết định số 217-QĐ/TW, ngày 12/12/2013 của Bộ Chính trị",
     "Quyết định", True, PARTY, 217, "QĐ/TW", None, D(2013, 12, 12), True, "Bộ Chính trị"),
    ("Quyết định số 218-QĐ/TW, ngày 12/12/2013 của Bộ Chính trị",
     "Quyết định", True, PARTY, 218, "QĐ/TW", None, D(2013, 12, 12), True, "Bộ Chính trị"),
    ("Chỉ thị số 49-CT/TW, ngày 20/10/2015 của Ban Bí thư",
     "Chỉ thị", True, PARTY, 49, "CT/TW", None, D(2015, 10, 20), True, "Ban Bí thư"),
    ("Chỉ thị số 18/2000/CT-TTg, ngày 21/9/2000 của Thủ tướng Chính phủ",
     "Chỉ thị", True, LEGAL, 18, "CT-TTg", 2000, D(2000, 9, 21), True, "Thủ tướng Chính phủ"),
    ("Nghị quyết số 10-NQ/TU, ngày 31/12/2013 của Tỉnh ủy",
     "Nghị quyết", True, PARTY, 10, "NQ/TU", None, D(2013, 12, 31), True, "Tỉnh ủy"),
    ("Chỉ thị số 04/CT-UBND, ngày 08/4/2014 của UBND tỉnh Điện Biên",
     "Chỉ thị", True, STATE, 4, "CT-UBND", None, D(2014, 4, 8), True, "UBND tỉnh Điện Biên"),
)  # fmt: skip
#: How many citations each paragraph of SEED_PARAGRAPHS holds.
CITATIONS_PER_PARAGRAPH = (1, 1, 3, 3, 3, 9)


# --- 1. the seed's citations: text → object → text -------------------------------------


def test_seed_table_is_complete() -> None:
    assert len(SEED_CITATIONS) == sum(CITATIONS_PER_PARAGRAPH) == 20
    assert len(SEED_PARAGRAPHS) == len(CITATIONS_PER_PARAGRAPH)


@pytest.mark.parametrize("entry", SEED_CITATIONS, ids=lambda entry: entry[0][:40])
def test_seed_citation_occurs_in_seed_paragraphs(entry: tuple[object, ...]) -> None:
    text = entry[0]
    assert isinstance(text, str)
    assert any(text in paragraph for paragraph in SEED_PARAGRAPHS)


@pytest.mark.parametrize("entry", SEED_CITATIONS, ids=lambda entry: entry[0][:40])
def test_seed_citation_round_trips_with_expected_fields(entry: tuple[object, ...]) -> None:
    text, kind, with_so, style, number, symbol, year, date, comma, issuer = entry
    assert isinstance(text, str)
    reference = DocumentReference.parse(text)
    assert str(reference) == text
    assert DocumentReference.parse(str(reference)) == reference
    assert reference.kind == kind
    assert reference.with_so is with_so
    assert reference.number.style is style
    assert reference.number.number == number
    assert reference.number.symbol == symbol
    assert reference.number.year == year
    assert reference.date == date
    assert reference.date_style is CitationDateStyle.SHORT
    assert reference.comma_before_date is comma
    assert reference.issuer == issuer
    assert reference.subject is None


def test_inline_copy_matches_the_seed_file() -> None:
    seed = SEED_FILE.read_text(encoding="utf-8")
    for entry in SEED_CITATIONS:
        assert entry[0] in seed
    # A paragraph cut by a printed page end is joined with one space in the copy.
    joined = seed.replace("\n\n", " ")
    for paragraph in SEED_PARAGRAPHS:
        assert paragraph in joined
    # No other citation in the whole seed: the table is exhaustive.
    found = [
        str(reference)
        for block in seed.split("\n\n")
        for _, _, reference in DocumentReference.find_all(block)
    ]
    assert found == [entry[0] for entry in SEED_CITATIONS]


# --- 2. find_all over the seed paragraphs ------------------------------------------------


def test_find_all_returns_the_seed_citations_in_order() -> None:
    found = [DocumentReference.find_all(paragraph) for paragraph in SEED_PARAGRAPHS]
    assert tuple(len(citations) for citations in found) == CITATIONS_PER_PARAGRAPH
    texts = [str(item.reference) for citations in found for item in citations]
    assert texts == [entry[0] for entry in SEED_CITATIONS]


@pytest.mark.parametrize("paragraph", SEED_PARAGRAPHS, ids=lambda text: text[:30])
def test_find_all_reassembles_the_paragraph(paragraph: str) -> None:
    pieces: list[str] = []
    position = 0
    for start, end, reference in DocumentReference.find_all(paragraph):
        assert position <= start < end
        assert paragraph[start:end] == str(reference)
        pieces.append(paragraph[position:start])
        pieces.append(str(reference))
        position = end
    pieces.append(paragraph[position:])
    assert "".join(pieces) == paragraph


def test_find_all_leaves_comments_and_subjects_in_the_text() -> None:
    paragraph = SEED_PARAGRAPHS[5]
    found = DocumentReference.find_all(paragraph)
    # "(Khóa XI)" after the issuer, and every subject after "về", stay running text.
    assert paragraph[found[0].end :].startswith(" (Khóa XI) về quy chế công tác dân vận")
    assert paragraph[found[1].end :].startswith(", Khóa XI về tăng cường")
    assert paragraph[found[4].end :].startswith(" “Quy định về việc Mặt trận")
    assert all(item.reference.subject is None for item in found)


def test_find_references_is_find_all() -> None:
    paragraph = SEED_PARAGRAPHS[3]
    assert find_references(paragraph) == DocumentReference.find_all(paragraph)
    assert isinstance(find_references(paragraph)[0], FoundReference)


# --- formatting and parsing of whole citations -------------------------------------------

STATE_PLAN = DocumentReference(
    kind="Kế hoạch",
    number=DocumentNumber(number=70, symbol="KH-UBND"),
    date=datetime.date(2021, 3, 26),
    issuer="UBND huyện Tuần Giáo",
)


@pytest.mark.parametrize(
    ("reference", "expected"),
    [
        (STATE_PLAN, "Kế hoạch số 70/KH-UBND ngày 26/3/2021 của UBND huyện Tuần Giáo"),
        (
            attrs.evolve(STATE_PLAN, date_style="long", subject="công tác dân vận"),
            "Kế hoạch số 70/KH-UBND ngày 26 tháng 3 năm 2021 của UBND huyện Tuần Giáo "
            "về công tác dân vận",
        ),
        (
            attrs.evolve(STATE_PLAN, comma_before_date=True, issuer=None),
            "Kế hoạch số 70/KH-UBND, ngày 26/3/2021",
        ),
        (
            DocumentReference(kind="Chỉ thị", number="18/2000/CT-TTg"),
            "Chỉ thị số 18/2000/CT-TTg",
        ),
        (
            DocumentReference(kind="Pháp lệnh", number="34/2007/PL-UBTVQH11", with_so=False),
            "Pháp lệnh 34/2007/PL-UBTVQH11",
        ),
        (
            DocumentReference(
                kind="Nghị định",
                number="110/2004/NĐ-CP",
                date=datetime.date(2004, 4, 8),
                date_style=CitationDateStyle.LONG,
                issuer="Chính phủ",
                subject="công tác văn thư",
            ),
            "Nghị định số 110/2004/NĐ-CP ngày 08 tháng 4 năm 2004 của Chính phủ "
            "về công tác văn thư",
        ),
        (
            DocumentReference(
                kind="Quyết định",
                number="290-QĐ/TW",
                date="2010-02-25",
                issuer="Bộ Chính trị",
            ),
            "Quyết định số 290-QĐ/TW ngày 25/02/2010 của Bộ Chính trị",
        ),
        (
            DocumentReference(
                kind="Tờ trình",
                number=DocumentNumber(number=3, symbol="TTr-UBND"),
                date=datetime.datetime(2021, 1, 5, 9, 30),
            ),
            "Tờ trình số 03/TTr-UBND ngày 05/01/2021",
        ),
    ],
)
def test_str_and_parse(reference: DocumentReference, expected: str) -> None:
    assert str(reference) == expected
    assert DocumentReference.parse(expected) == reference


def test_named_laws_are_kinds() -> None:
    text = "Luật Thi đua, Khen thưởng số 06/2022/QH15 ngày 15/6/2022 của Quốc hội"
    reference = DocumentReference.parse(text)
    # Issue 13: a law's name is a field of its own, beside its type.
    assert (reference.kind, reference.name) == ("Luật", "Thi đua, Khen thưởng")
    assert reference.title == "Luật Thi đua, Khen thưởng"
    assert reference.number.year == 2022
    assert str(reference) == text


def test_every_known_kind_is_a_valid_kind() -> None:
    for kind in KNOWN_KINDS:
        assert DocumentReference(kind=kind, number="01/KH-UBND").kind == kind
    assert "Nghị quyết liên tịch" in KNOWN_KINDS
    assert "Tờ trình" in KNOWN_KINDS  # from DocumentType


def test_short_is_kind_and_number() -> None:
    assert STATE_PLAN.short() == "Kế hoạch số 70/KH-UBND"
    cited = DocumentReference.parse("Chỉ thị số 05/CT-TTg, ngày 28/01/2020 của Thủ tướng Chính phủ")
    assert cited.short() == "Chỉ thị số 05/CT-TTg"
    assert DocumentReference.parse("Pháp lệnh 34/2007/PL-UBTVQH11").short() == (
        "Pháp lệnh 34/2007/PL-UBTVQH11"
    )


def test_parse_normalises_to_nfc() -> None:
    text = "Công văn số 200-CV/HU ngày 07/6/2021 của Huyện ủy Tuần Giáo"
    decomposed = unicodedata.normalize("NFD", text)
    assert decomposed != text
    assert str(DocumentReference.parse(decomposed)) == text


def test_parse_splits_issuer_and_subject_at_the_first_ve() -> None:
    reference = DocumentReference.parse(
        "Quyết định số 217-QĐ/TW, ngày 12/12/2013 của Bộ Chính trị về “Quy chế giám sát và "
        "phản biện xã hội của Ủy ban Mặt trận Tổ quốc Việt Nam”"
    )
    assert reference.issuer == "Bộ Chính trị"
    assert reference.subject == (
        "“Quy chế giám sát và phản biện xã hội của Ủy ban Mặt trận Tổ quốc Việt Nam”"
    )
    # Without an issuer, "của" belongs to the subject.
    plan = DocumentReference.parse("Kế hoạch số 70/KH-UBND về việc thực hiện Kế hoạch của tỉnh")
    assert plan.issuer is None
    # Issue 13: "về việc" is the connector, the subject what follows it.
    assert plan.connector is SubjectConnector.VE_VIEC
    assert plan.subject == "thực hiện Kế hoạch của tỉnh"


def test_parse_reads_issuers_that_running_text_would_cut() -> None:
    # In a whole citation the issuer runs to " về " or the end, commas included.
    reference = DocumentReference.parse(
        "Thông tư số 01/2021/TT-BVHTTDL của Bộ Văn hóa, Thể thao và Du lịch về quy chế"
    )
    assert reference.issuer == "Bộ Văn hóa, Thể thao và Du lịch"


@pytest.mark.parametrize(
    ("text", "canonical"),
    [
        ("Kế hoạch số 5/KH-UBND", "Kế hoạch số 05/KH-UBND"),
        ("Kế hoạch số 70/KH-UBND ngày 7/6/2021", "Kế hoạch số 70/KH-UBND ngày 07/6/2021"),
        ("Kế hoạch số 70/KH-UBND ngày 28/1/2020", "Kế hoạch số 70/KH-UBND ngày 28/01/2020"),
        (
            "Nghị định số 110/2004/NĐ-CP ngày 8 tháng 04 năm 2004",
            "Nghị định số 110/2004/NĐ-CP ngày 08 tháng 4 năm 2004",
        ),
        ("Kế hoạch số 70/KH-UBND của  UBND tỉnh", "Kế hoạch số 70/KH-UBND của UBND tỉnh"),
    ],
)
def test_parse_refuses_non_canonical_spelling_and_names_the_canonical_one(
    text: str, canonical: str
) -> None:
    with pytest.raises(ValueError, match="not written canonically") as caught:
        DocumentReference.parse(text)
    assert repr(canonical) in str(caught.value)


# --- 3. property: parse(str(r)) == r -----------------------------------------------------

ABBREVIATIONS = (
    "BC", "KH", "TTr", "QyĐ", "TTg", "CTr", "TrS", "ĐA", "Đ", "Ư", "UBND", "HĐND", "CP",
    "NĐ", "TT", "BNV", "TW", "TU", "HU", "ĐU", "UBTVQH11", "QH14", "BTP", "NQLT", "TTLT",
    "PL", "VP", "SY", "CV", "NQ", "KL", "QĐ", "BTTUBTWMTTQVN", "UBTƯMTTQVN", "BLĐTBXH",
)  # fmt: skip
WORDS = (
    "UBND", "Ủy", "ban", "nhân", "dân", "tỉnh", "huyện", "Điện", "Biên", "Tuần", "Giáo",
    "Thủ", "tướng", "Chính", "phủ", "Bộ", "Nội", "vụ", "Sở", "Tài", "chính", "Đảng", "và",
    "của", "ngày", "số", "tháng", "năm", "các", "việc", "thực", "hiện", "công", "tác",
    "vận", "“Dân", "khéo”", "Covid-19", "2021", "05/CT-TTg", "(Khóa", "XI)", "Quận", "1",
    "phòng,", "chống", "Việt", "Nam.", "quốc", "gia;", "đường", "hô", "hấp", "Virút",
)  # fmt: skip

# The known names, and laws cited with their own name (Phụ lục II, rule 6).
KINDS = KNOWN_KINDS
# Laws cited with their own name (Phụ lục II, rule 6): the type, and the name as a field.
NAMED_LAWS = (
    ("Luật", "Tổ chức Quốc hội"),
    ("Bộ luật", "Lao động"),
    ("Luật", "Thi đua, Khen thưởng"),
    ("Luật", "Lao động - Việc làm"),
)

symbol_groups = st.lists(st.sampled_from(ABBREVIATIONS), min_size=1, max_size=4).map("-".join)
numbers_1_9999 = st.integers(min_value=1, max_value=9999)
document_numbers = st.one_of(
    st.builds(DocumentNumber, number=numbers_1_9999, symbol=symbol_groups),
    st.builds(
        DocumentNumber,
        number=numbers_1_9999,
        year=st.integers(min_value=1945, max_value=2100),
        symbol=symbol_groups,
        style=st.just(SymbolStyle.LEGAL),
    ),
    st.builds(
        lambda number, kind, issuer: DocumentNumber(
            number=number, symbol=f"{kind}/{issuer}", style=SymbolStyle.PARTY
        ),
        numbers_1_9999,
        symbol_groups,
        symbol_groups,
    ),
)
dates = st.dates(min_value=datetime.date(1945, 1, 1), max_value=datetime.date(2100, 12, 31))
# An issuer holds no opening quotation mark and no verb that may start a subject ("thực
# hiện"): those begin the subject (see test_citations_real.py for the issuers' shapes).
ISSUER_WORDS = tuple(word for word in WORDS if word not in {"hiện", "“Dân"})
issuers = st.lists(st.sampled_from(ISSUER_WORDS), min_size=1, max_size=8).map(" ".join)
subjects = (
    st.lists(st.sampled_from((*WORDS, "về", "Về")), min_size=1, max_size=10)
    .map(" ".join)
    .filter(lambda text: not f"{text} ".casefold().startswith("về "))
    # "về việc X" is connector "về việc" and subject "X" (issue 13).
    .filter(lambda text: not f"{text} ".startswith("việc "))
)


named_laws = st.sampled_from(NAMED_LAWS)


@st.composite
def references(
    draw: st.DrawFn,
    issuer: st.SearchStrategy[str | None] | None = None,
    kinds: tuple[str, ...] = KINDS,
) -> DocumentReference:
    date = draw(st.none() | dates)
    number = draw(document_numbers)
    # Hyphenated dates are the Party texts' way, for Party documents only.
    styles = [style for style in CitationDateStyle if style is not CitationDateStyle.HYPHEN]
    if number.style is SymbolStyle.PARTY:
        styles.append(CitationDateStyle.HYPHEN)
    kind, name = draw(st.sampled_from(kinds).map(lambda kind: (kind, None)) | named_laws)
    return DocumentReference(
        kind=kind,
        name=name,
        number=number,
        date=date,
        issuer=draw(st.none() | issuers if issuer is None else issuer),
        subject=draw(st.none() | subjects),
        with_so=draw(st.booleans()),
        date_style=(draw(st.sampled_from(styles)) if date else CitationDateStyle.SHORT),
        comma_before_date=draw(st.booleans()) if date else False,
    )


@given(references())
def test_parse_of_str_is_identity(reference: DocumentReference) -> None:
    text = str(reference)
    assert DocumentReference.parse(text) == reference
    assert str(DocumentReference.parse(text)) == text


@given(references(), st.sampled_from(["short", "long"]))
def test_date_style_accepts_strings(reference: DocumentReference, style: str) -> None:
    if reference.date is None:
        return
    assert attrs.evolve(reference, date_style=style).date_style is CitationDateStyle(style)


# Issuers as agencies are really named, which running text can delimit.
AGENCIES = (
    "UBND tỉnh Điện Biên",
    "Thủ tướng Chính phủ",
    "Bộ Chính trị",
    "Huyện ủy Tuần Giáo",
    "Tỉnh ủy",
    "Ủy ban nhân dân huyện Tuần Giáo",
    "Chính phủ và Ủy ban Trung ương MTTQ Việt Nam",
    "Bộ Lao động - Thương binh và Xã hội",
    "Ban Chấp hành Trung ương Đảng",
    "UBND TP. Hồ Chí Minh",
    "UBND Quận 1",
)
BEFORE = ("", "Thực hiện ", "- Ban hành ", "theo quy định tại ", "(")
AFTER = ("", ".", ";", ")", " về việc thực hiện", " được triển khai", ", các xã", " và các văn bản")


@given(
    # Running text knows the listed type names only, not the names of laws.
    references(issuer=st.none() | st.sampled_from(AGENCIES), kinds=KNOWN_KINDS).map(
        lambda reference: attrs.evolve(reference, subject=None)
    ),
    st.sampled_from(BEFORE),
    st.sampled_from(AFTER),
)
def test_find_all_finds_a_citation_in_a_sentence(
    reference: DocumentReference, before: str, after: str
) -> None:
    text = f"{before}{reference}{after}"
    start = len(before)
    assert DocumentReference.find_all(text) == [(start, start + len(str(reference)), reference)]


FRAGMENTS = (
    *KNOWN_KINDS, " ", " số ", "số", "-", "\x00", "05/CT-TTg", "5/KH-UBND", "34/2007/PL-UBTVQH11",
    "200-CV/HU", "/2020", "-", ",", ", ngày ", " ngày ", "07/6/2021", "7/6/2021", "31/02/2021",
    "08 tháng 4 năm 2004", " của ", "của", "UBND", "tỉnh", "Chính phủ", " và ", "các", " về ",
    "được", ".", ";", "(", ")", "“", "”", "TP.", "\n", "  ",
)  # fmt: skip


@given(st.lists(st.sampled_from(FRAGMENTS), max_size=30).map("".join))
def test_find_all_keeps_its_promise_on_any_text(text: str) -> None:
    position = 0
    for start, end, reference in DocumentReference.find_all(text):
        assert position <= start < end
        assert text[start:end] == str(reference)
        assert reference.subject is None
        position = end


# --- 4. invalid input ---------------------------------------------------------------------


def _field_error(field: str, **fields: object) -> FieldError:
    arguments: dict[str, object] = {"kind": "Kế hoạch", "number": "70/KH-UBND", **fields}
    with pytest.raises(FieldError) as caught:
        DocumentReference(**arguments)  # type: ignore[arg-type]
    assert caught.value.field == f"DocumentReference.{field}"
    return caught.value


def test_empty_kind_is_refused() -> None:
    assert "must not be empty" in str(_field_error("kind", kind=""))


def test_lowercase_kind_is_refused() -> None:
    assert "capital letter" in str(_field_error("kind", kind="kế hoạch"))


@pytest.mark.parametrize(
    "kind", ["Kế hoạch số", "Kế hoạch (mới)", "Kế hoạch 2021", "Kế hoạch-A", "Thực hiện Kế hoạch"]
)
def test_malformed_kind_is_refused(kind: str) -> None:
    _field_error("kind", kind=kind)


def test_state_reference_without_number_is_refused() -> None:
    error = _field_error("number", number=DocumentNumber(number=None, symbol="BC-UBND"))
    assert "must have its number" in str(error)


@pytest.mark.parametrize("number", ["70 KH-UBND", 70, None])
def test_number_that_is_not_a_number_is_refused(number: object) -> None:
    _field_error("number", number=number)


def test_control_character_in_issuer_is_refused() -> None:
    error = _field_error("issuer", issuer="UBND\x00tỉnh")
    assert "U+0000" in str(error)


def test_issuer_with_ve_or_another_citation_is_refused() -> None:
    assert "'về'" in str(_field_error("issuer", issuer="UBND tỉnh về"))
    error = _field_error("issuer", issuer="UBND tỉnh và Chỉ thị số 05/CT-TTg")
    assert "another citation" in str(error)


def test_subject_starting_with_ve_is_refused() -> None:
    assert "starts with 'về'" in str(_field_error("subject", subject="về việc báo cáo"))


def test_subject_with_blank_line_is_refused() -> None:
    _field_error("subject", subject="việc một\n\nviệc hai")


@pytest.mark.parametrize(
    ("field", "fields"),
    [
        ("date", {"date": "26/3/2021"}),
        ("date", {"date": datetime.date(999, 1, 1)}),
        ("date_style", {"date": datetime.date(2021, 3, 26), "date_style": "medium"}),
        ("date_style", {"date_style": "long"}),
        ("comma_before_date", {"comma_before_date": True}),
        ("with_so", {"with_so": "yes"}),
    ],
)
def test_inconsistent_date_fields_are_refused(field: str, fields: dict[str, object]) -> None:
    _field_error(field, **fields)


@pytest.mark.parametrize(
    "text",
    [
        "",
        "Báo cáo công tác dân vận",
        "70/KH-UBND",
        "Kế hoạch số 70/KH-UBND; Chỉ thị số 05/CT-TTg",
        "Kế hoạch số 70/KH-UBND về",
        "Kế hoạch số 70/KH-UBND ngày 26-3-2021",
        "Thực hiện Kế hoạch số 70/KH-UBND",
        "Kế hoạch số 70/KH-UBND.",
        "Kế hoạch số 70/KH-UBND\nngày 26/3/2021",
    ],
)
def test_text_that_is_not_one_citation_is_refused(text: str) -> None:
    with pytest.raises(ValueError, match="not a"):
        DocumentReference.parse(text)


@pytest.mark.parametrize(
    ("text", "problem"),
    [
        ("kế hoạch số 70/KH-UBND", "capital letter"),
        ("Kế hoạch số 70/KH-UBND ngày 31/02/2021", "not a calendar date"),
        ("Kế hoạch số 0/KH-UBND", "numbers start at 1"),
        ("Kế hoạch số 70/KH-UBND của UBND tỉnh và Chỉ thị số 05/CT-TTg", "another citation"),
    ],
)
def test_parse_says_what_is_wrong(text: str, problem: str) -> None:
    with pytest.raises(ValueError, match=problem):
        DocumentReference.parse(text)


def test_find_all_refuses_text_not_in_nfc() -> None:
    with pytest.raises(ValueError, match="NFC"):
        DocumentReference.find_all(unicodedata.normalize("NFD", SEED_PARAGRAPHS[0]))


# --- running text: where citations and issuers begin and end -----------------------------


def _found(text: str) -> list[str]:
    return [str(item.reference) for item in DocumentReference.find_all(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # The longest known name wins.
        ("theo Nghị quyết liên tịch số 01/2014/NQLT-CP-UBTƯMTTQVN.",
         ["Nghị quyết liên tịch số 01/2014/NQLT-CP-UBTƯMTTQVN"]),
        ("Thông báo kết luận số 123-TB/TU của Tỉnh ủy",
         ["Thông báo kết luận số 123-TB/TU của Tỉnh ủy"]),
        # A kind must start a word, be capitalised, and stand right before the number.
        ("các văn bản số 12/UBND-VP", []),
        ("kế hoạch số 70/KH-UBND", []),
        ("Kế hoạch năm 2021 số 70/KH-UBND", []),
        ("Thông điệp 5K của Bộ Y tế", []),
        # A symbol must end a word.
        ("Chỉ thị số 05/CT-TTg/2020", []),
        # Numbers and dates as Nghị định 30 writes them, or the citation stops before them.
        ("Kế hoạch số 5/KH-UBND của UBND tỉnh", []),
        ("Kế hoạch số 70/KH-UBND ngày 7/6/2021 của UBND tỉnh", ["Kế hoạch số 70/KH-UBND"]),
        ("Kế hoạch số 70/KH-UBND ngày 31/02/2021", ["Kế hoạch số 70/KH-UBND"]),
        # Issue 13: Party texts write Party dates with hyphens; a state number does not.
        ("Quyết định số 31-QĐ/TW, ngày 01-10-1997 của Bộ Chính trị",
         ["Quyết định số 31-QĐ/TW, ngày 01-10-1997 của Bộ Chính trị"]),
        ("Quyết định số 31/QĐ-UBND, ngày 01-10-1997 của UBND tỉnh", ["Quyết định số 31/QĐ-UBND"]),
        ("Nghị định số 110/2004/NĐ-CP ngày 08 tháng 4 năm 2004 của Chính phủ về công tác",
         ["Nghị định số 110/2004/NĐ-CP ngày 08 tháng 4 năm 2004 của Chính phủ"]),
        # Issuers: capitalised, stopped by clause words, punctuation and the next citation.
        ("Kế hoạch số 70/KH-UBND của mình", ["Kế hoạch số 70/KH-UBND"]),
        ("Kế hoạch số 70/KH-UBND của UBND tỉnh đã được triển khai",
         ["Kế hoạch số 70/KH-UBND của UBND tỉnh"]),
        ("Kế hoạch số 70/KH-UBND của UBND tỉnh và các sở",
         ["Kế hoạch số 70/KH-UBND của UBND tỉnh"]),
        ("Kế hoạch số 70/KH-UBND của UBND tỉnh “Dân vận khéo”",
         ["Kế hoạch số 70/KH-UBND của UBND tỉnh"]),
        ("Kế hoạch số 70/KH-UBND của UBND tỉnh: triển khai",
         ["Kế hoạch số 70/KH-UBND của UBND tỉnh"]),
        ("Kế hoạch số 70/KH-UBND của UBND tỉnh\nsở", ["Kế hoạch số 70/KH-UBND của UBND tỉnh"]),
        ("Kế hoạch số 70/KH-UBND của UBND tỉnh -", ["Kế hoạch số 70/KH-UBND của UBND tỉnh"]),
        # Issue 13: "hướng dẫn" starts the subject, it is no part of the ministry's name.
        ("Thông tư số 01/2021/TT-BLĐTBXH của Bộ Lao động - Thương binh và Xã hội hướng dẫn",
         ["Thông tư số 01/2021/TT-BLĐTBXH của Bộ Lao động - Thương binh và Xã hội"]),
        ("Quyết định số 15/QĐ-UBND của UBND TP. Hồ Chí Minh.",
         ["Quyết định số 15/QĐ-UBND của UBND TP. Hồ Chí Minh"]),
        ("Quyết định số 15/QĐ-UBND của UBND TP.HCM.",
         ["Quyết định số 15/QĐ-UBND của UBND TP.HCM"]),
        ("Quyết định số 15/QĐ-UBND của UBND TP. sau đó", ["Quyết định số 15/QĐ-UBND của UBND TP"]),
        ("Chỉ thị số 15/CT-TTg của Thủ tướng Chính phủ và Chỉ thị số 16/CT-TTg của Thủ tướng",
         ["Chỉ thị số 15/CT-TTg của Thủ tướng Chính phủ", "Chỉ thị số 16/CT-TTg của Thủ tướng"]),
        ("Chỉ thị số 15/CT-TTg và 16/CT-TTg", ["Chỉ thị số 15/CT-TTg"]),
        ("Kế hoạch số 70/KH-UBND của UBND tỉnh -Chỉ thị số 05/CT-TTg",
         ["Kế hoạch số 70/KH-UBND của UBND tỉnh", "Chỉ thị số 05/CT-TTg"]),
        ("Kế hoạch số 70/KH-UBND của UBND\x00tỉnh", ["Kế hoạch số 70/KH-UBND"]),
    ],
)  # fmt: skip
def test_boundaries_in_running_text(text: str, expected: list[str]) -> None:
    assert _found(text) == expected
