"""Agency, document types, numbers and dates: the parts of the header."""

from __future__ import annotations

import datetime
import unicodedata

import pytest
from hypothesis import given
from hypothesis import strategies as st

from vnreport import Agency, DocumentNumber, DocumentType, FieldError, IssueDate, SymbolStyle

# The table of Điều 7 / Phụ lục III, I, as nd30-spec §6 lists it.
DECREE_TABLE = {
    "Nghị quyết": "NQ", "Quyết định": "QĐ", "Chỉ thị": "CT", "Quy chế": "QC",
    "Quy định": "QyĐ", "Thông cáo": "TC", "Thông báo": "TB", "Hướng dẫn": "HD",
    "Chương trình": "CTr", "Kế hoạch": "KH", "Phương án": "PA", "Đề án": "ĐA",
    "Dự án": "DA", "Báo cáo": "BC", "Biên bản": "BB", "Tờ trình": "TTr",
    "Hợp đồng": "HĐ", "Công điện": "CĐ", "Bản ghi nhớ": "BGN", "Bản thỏa thuận": "BTT",
    "Giấy ủy quyền": "GUQ", "Giấy mời": "GM", "Giấy giới thiệu": "GGT",
    "Giấy nghỉ phép": "GNP", "Phiếu gửi": "PG", "Phiếu chuyển": "PC", "Phiếu báo": "PB",
    "Công văn": None, "Thư công": None,
}  # fmt: skip


def tuan_giao(**changes: object) -> Agency:
    fields: dict[str, object] = {
        "name": "Ủy ban nhân dân huyện Tuần Giáo",
        "abbreviation": "UBND",
        "place": "Tuần Giáo",
    }
    fields.update(changes)
    return Agency(**fields)  # type: ignore[arg-type]


# --- document types --------------------------------------------------------------------


def test_all_29_types_with_the_decree_abbreviations() -> None:
    assert {member.title: member.abbreviation for member in DocumentType} == DECREE_TABLE


@pytest.mark.parametrize("member", [m for m in DocumentType if m.abbreviation])
def test_lookup_by_abbreviation_is_case_exact(member: DocumentType) -> None:
    assert member.abbreviation is not None
    assert DocumentType.from_abbreviation(member.abbreviation) is member
    if member.abbreviation != member.abbreviation.upper():
        with pytest.raises(ValueError, match="is not the abbreviation"):
            DocumentType.from_abbreviation(member.abbreviation.upper())


def test_lookup_by_title_accepts_old_tone_marks() -> None:
    assert DocumentType.from_title("giấy uỷ quyền") is DocumentType.AUTHORIZATION
    assert DocumentType.from_title("Bản thoả thuận") is DocumentType.AGREEMENT
    with pytest.raises(ValueError, match="not the name of a document type"):
        DocumentType.from_title("Thư tình")


def test_printed_names_are_capitals() -> None:
    assert DocumentType.REPORT.printed_name == "BÁO CÁO"
    assert DocumentType.SUBMISSION.printed_name == "TỜ TRÌNH"
    assert DocumentType.AGREEMENT.printed_name == "BẢN THỎA THUẬN"


# --- agency ----------------------------------------------------------------------------


def test_collective_body_breaks_after_its_type() -> None:
    assert tuan_giao().issuer_lines == ("ỦY BAN NHÂN DÂN", "HUYỆN TUẦN GIÁO")
    council = tuan_giao(name="Hội đồng nhân dân tỉnh Điện Biên", abbreviation="HĐND")
    assert council.issuer_lines == ("HỘI ĐỒNG NHÂN DÂN", "TỈNH ĐIỆN BIÊN")


def test_other_names_are_one_line_unless_told() -> None:
    department = Agency(
        name="Cục Văn thư và Lưu trữ nhà nước", abbreviation="VTLTNN", place="Hà Nội"
    )
    assert department.issuer_lines == ("CỤC VĂN THƯ VÀ LƯU TRỮ NHÀ NƯỚC",)
    split = Agency(
        name="Cục Văn thư và Lưu trữ nhà nước",
        abbreviation="VTLTNN",
        place="Hà Nội",
        header_lines=["Cục Văn thư", "và Lưu trữ nhà nước"],
    )
    assert split.issuer_lines == ("CỤC VĂN THƯ", "VÀ LƯU TRỮ NHÀ NƯỚC")


def test_header_lines_must_spell_the_name() -> None:
    with pytest.raises(FieldError, match=r"Agency\.header_lines: .* must spell the name"):
        tuan_giao(header_lines=["Ủy ban nhân dân", "huyện Điện Biên Đông"])


def test_parent_line_is_the_short_name_in_capitals() -> None:
    province = Agency(
        name="Ủy ban nhân dân tỉnh Điện Biên",
        abbreviation="UBND",
        place="Điện Biên",
        short_name="UBND tỉnh Điện Biên",
    )
    department = Agency(name="Sở Nội vụ", abbreviation="SNV", place="Điện Biên", parent=province)
    assert department.parent_line == "UBND TỈNH ĐIỆN BIÊN"
    ministry = Agency(name="Bộ Nội vụ", abbreviation="BNV", place="Hà Nội")
    office = Agency(name="Văn phòng", abbreviation="VP", place="Hà Nội", parent=ministry)
    assert office.parent_line == "BỘ NỘI VỤ"
    assert tuan_giao().parent_line is None


def test_agency_text_is_nfc_and_folded() -> None:
    decomposed = unicodedata.normalize("NFD", "Ủy ban nhân dân\n  huyện Tuần Giáo")
    agency = tuan_giao(name=decomposed)
    assert agency.name == "Ủy ban nhân dân huyện Tuần Giáo"
    assert unicodedata.is_normalized("NFC", agency.name)


@pytest.mark.parametrize(
    ("changes", "message"),
    [
        ({"name": ""}, r"Agency\.name: must not be empty"),
        ({"name": "   "}, r"Agency\.name: must not be empty"),
        ({"name": 12}, r"Agency\.name: must be text \(str\), got int"),
        ({"name": "UBND\x07"}, r"Agency\.name: contains a control character U\+0007"),
        ({"place": "Tuần\x00Giáo"}, r"Agency\.place: contains a control character U\+0000"),
        ({"abbreviation": "UB ND"}, r"Agency\.abbreviation: 'UB ND' must be letters and digits"),
        ({"abbreviation": "BC-UBND"}, r"Agency\.abbreviation: .*no spaces, '-' or '/'"),
        ({"parent": "UBND tỉnh"}, r"Agency\.parent: must be an Agency or None, got str"),
        ({"name": "Phòng một\n\nPhòng hai"}, r"Agency\.name: contains a blank line"),
    ],
)
def test_agency_errors_name_the_field(changes: dict[str, object], message: str) -> None:
    with pytest.raises(FieldError, match=message):
        tuan_giao(**changes)


# --- number and symbol -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("number", "doc_type", "issuer", "unit", "line"),
    [
        (5, DocumentType.REPORT, "UBND", None, "Số: 05/BC-UBND"),
        (None, DocumentType.REPORT, "UBND", None, "Số:     /BC-UBND"),
        (12, DocumentType.OFFICIAL_LETTER, "UBND", "VP", "Số: 12/UBND-VP"),
        (3, DocumentType.SUBMISSION, "UBND", None, "Số: 03/TTr-UBND"),
        (1896, DocumentType.DECISION, "TTg", None, "Số: 1896/QĐ-TTg"),
        (10, DocumentType.REGULATION, "BNV", None, "Số: 10/QyĐ-BNV"),
        (7, DocumentType.PROGRAMME, "UBND", None, "Số: 07/CTr-UBND"),
    ],
)
def test_number_lines(
    number: int | None, doc_type: DocumentType, issuer: str, unit: str | None, line: str
) -> None:
    assert DocumentNumber.issued(number, doc_type, issuer, unit).line == line


@pytest.mark.parametrize(
    "text",
    ["05/BC-UBND", "30/2020/NĐ-CP", "200-CV/HU", "290-QĐ/TW", "34/2007/PL-UBTVQH11",
     "03/2000/TTLT-BTP-BVHTT-BTTUBTWMTTQVN", "12/TTr-UBND", "01/2014/NQLT-CP-UBTƯMTTQVN"],
)  # fmt: skip
def test_number_parse_round_trip(text: str) -> None:
    assert str(DocumentNumber.parse(text)) == text


def test_number_styles() -> None:
    assert DocumentNumber.parse("30/2020/NĐ-CP").style is SymbolStyle.LEGAL
    assert DocumentNumber.parse("30/2020/NĐ-CP").year == 2020
    assert DocumentNumber.parse("200-CV/HU").style is SymbolStyle.PARTY
    assert DocumentNumber.parse("05/BC-UBND").style is SymbolStyle.STATE


@given(
    number=st.integers(min_value=1, max_value=99_999),
    groups=st.lists(st.sampled_from(["BC", "TTr", "QyĐ", "CTr", "TTg", "UBND", "TrS", "ĐA"]),
                    min_size=1, max_size=4),
)  # fmt: skip
def test_symbol_case_is_never_changed(number: int, groups: list[str]) -> None:
    symbol = "-".join(groups)
    value = DocumentNumber(number=number, symbol=symbol)
    assert str(value).endswith("/" + symbol)
    assert str(value).startswith(f"{number:02d}/")
    assert value.line == f"Số: {number:02d}/{symbol}"


@pytest.mark.parametrize(
    ("fields", "message"),
    [
        ({"number": 0, "symbol": "BC-UBND"}, r"DocumentNumber\.number: numbers start at 1"),
        ({"number": True, "symbol": "BC-UBND"}, r"DocumentNumber\.number: must be a whole number"),
        ({"number": 5, "symbol": "BC - UBND"}, r"DocumentNumber\.symbol: .*no spaces"),
        ({"number": 5, "symbol": "BC/UBND"}, r"DocumentNumber\.symbol: .*not a state symbol"),
        ({"number": 5, "symbol": "CV-HU", "style": "party"}, r"not a party symbol"),
        ({"number": 30, "symbol": "NĐ-CP", "style": "legal"}, r"needs its year"),
        ({"number": 5, "symbol": "BC-UBND", "year": 2020}, r"only legal normative documents"),
        ({"number": None, "symbol": "CV/HU", "style": "party"}, r"needs its number"),
        ({"number": 5, "symbol": "BC", "style": "weird"}, r"DocumentNumber\.style: must be a"),
    ],
)
def test_number_errors(fields: dict[str, object], message: str) -> None:
    with pytest.raises(FieldError, match=message):
        DocumentNumber(**fields)  # type: ignore[arg-type]


def test_number_parse_refuses_non_numbers() -> None:
    with pytest.raises(ValueError, match="is not a document number and symbol"):
        DocumentNumber.parse("BC-UBND")


def test_only_state_numbers_have_a_so_line() -> None:
    with pytest.raises(ValueError, match="cited, not printed"):
        _ = DocumentNumber.parse("30/2020/NĐ-CP").line


# --- issue date ------------------------------------------------------------------------


def test_issue_date_forms() -> None:
    assert str(IssueDate(year=2021, month=2, day=5)) == "ngày 05 tháng 02 năm 2021"
    assert str(IssueDate.parse("2021-06")) == "ngày    tháng 6 năm 2021"
    assert IssueDate.parse("2021-06").is_draft
    assert IssueDate.from_date(datetime.date(2021, 6, 15)).isoformat() == "2021-06-15"
    assert IssueDate.parse("2021-06-15").to_date() == datetime.date(2021, 6, 15)
    with pytest.raises(ValueError, match="a draft date has no day yet"):
        IssueDate.parse("2021-06").to_date()
    # A draft prepared ahead leaves the month blank too ("ngày   tháng   năm 2026").
    ahead = IssueDate.parse("2026")
    assert (ahead.year, ahead.month, ahead.day) == (2026, None, None)
    assert str(ahead) == "ngày    tháng    năm 2026"
    assert ahead.isoformat() == "2026"
    assert ahead.is_draft
    with pytest.raises(FieldError, match="month is blank has a blank day too"):
        IssueDate(year=2026, month=None, day=5)


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("2021-13", r"IssueDate\.month: must be a month from 1 to 12, got 13"),
        ("2021-02-29", r"IssueDate\.day: 2021-02 has no day 29"),
        ("15/6/2021", r"'15/6/2021' is not a date: write 'YYYY-MM-DD'"),
        ("2021-6", r"is not a date"),
        ("21", r"is not a date"),
    ],
)
def test_issue_date_errors(text: str, message: str) -> None:
    with pytest.raises(ValueError, match=message):
        IssueDate.parse(text)


@given(st.dates(min_value=datetime.date(1900, 1, 1), max_value=datetime.date(2100, 12, 31)))
def test_issue_date_iso_round_trip(day: datetime.date) -> None:
    value = IssueDate.from_date(day)
    assert IssueDate.parse(value.isoformat()) == value
    assert value.to_date() == day
