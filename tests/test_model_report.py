"""The Report as a whole: required parts, derived lines, marks and clear errors."""

from __future__ import annotations

import datetime
import unicodedata

import attrs
import pytest

from vnreport import (
    Agency,
    Contact,
    DrafterMark,
    FieldError,
    Report,
    Secrecy,
    Section,
    Signature,
    Submission,
    Urgency,
)
from vnreport.exchange import loads
from vnreport.types import entry_named

AGENCY = Agency(name="Ủy ban nhân dân huyện Tuần Giáo", abbreviation="UBND", place="Tuần Giáo")
SIGNATURE = Signature(authority=["TM. Ủy ban nhân dân"], title="Chủ tịch", name="Lò Văn Inh")


def report(**changes: object) -> Report:
    fields: dict[str, object] = {
        "issuer": AGENCY,
        "date": "2021-02-05",
        "number": 5,
        "subject": "Kết quả công tác tháng 01 năm 2021",
        "sections": [Section(title="Kết quả", content=["Đã thực hiện."])],
        "signature": SIGNATURE,
    }
    fields.update(changes)
    return Report(**fields)  # type: ignore[arg-type]


def test_header_lines() -> None:
    value = report()
    assert value.number_line == "Số: 05/BC-UBND"
    assert value.place_date_line == "Tuần Giáo, ngày 05 tháng 02 năm 2021"
    assert value.doc_type.printed_name == "BÁO CÁO"
    assert not value.is_draft


def test_draft_number_and_day() -> None:
    value = report(number=None, date="2021-06")
    assert value.number_line == "Số:     /BC-UBND"
    assert value.place_date_line == "Tuần Giáo, ngày    tháng 6 năm 2021"
    assert value.is_draft


def test_date_accepts_date_objects() -> None:
    value = report(date=datetime.date(2021, 6, 15))
    assert value.place_date_line == "Tuần Giáo, ngày 15 tháng 6 năm 2021"


def test_registering_a_draft_is_an_evolve() -> None:
    draft = report(number=None, date="2021-06")
    registered = attrs.evolve(draft, number=23, date="2021-06-18")
    assert registered.number_line == "Số: 23/BC-UBND"
    assert registered.place_date_line == "Tuần Giáo, ngày 18 tháng 6 năm 2021"
    assert registered.body == draft.body


def test_symbol_unit() -> None:
    assert report(symbol_unit="VP").number_line == "Số: 05/BC-UBND-VP"


def test_addressees_bring_as_above_into_recipients() -> None:
    value = report(
        addressees=["Sở Nội vụ tỉnh Điện Biên"],
        recipients=["Ban Dân vận Huyện ủy", "Lưu: VT, NV"],
    )
    assert value.addressee_lines == ("Kính gửi: Sở Nội vụ tỉnh Điện Biên",)
    assert value.recipient_lines == (
        "- Như trên;",
        "- Ban Dân vận Huyện ủy;",
        "- Lưu: VT, NV.",
    )
    several = report(addressees=["Sở Nội vụ;", "Ban Dân vận Tỉnh ủy."])
    assert several.addressee_lines == ("Kính gửi:", "- Sở Nội vụ;", "- Ban Dân vận Tỉnh ủy.")


def test_default_recipients_file_with_the_clerk() -> None:
    assert report().recipient_lines == ("- Lưu: VT.",)


def test_marks() -> None:
    value = report(
        secrecy=Secrecy.TOP_SECRET,
        urgency=Urgency.VERY_URGENT,
        circulation="Lưu hành nội bộ",
        drafter=DrafterMark(code="PL", copies=300),
        contact=Contact(address="Khối 20, thị trấn Tuần Giáo", phone="0215 3862 111"),
    )
    assert value.secrecy is Secrecy.TOP_SECRET
    assert value.secrecy.stamp == "TỐI MẬT"
    assert value.urgency is Urgency.VERY_URGENT
    assert value.urgency.stamp == "THƯỢNG KHẨN"
    assert value.urgency.box_width_mm == 40
    assert value.circulation_stamp == "LƯU HÀNH NỘI BỘ"
    assert value.recipient_lines[-1] == "- Lưu: VT. PL.(300)"
    assert str(value.contact) == "Địa chỉ: Khối 20, thị trấn Tuần Giáo; ĐT: 0215 3862 111"


def test_contact_needs_a_detail() -> None:
    with pytest.raises(FieldError, match=r"^Contact\.address: a contact line needs at least one"):
        Contact()


def test_subject_is_nfc() -> None:
    value = report(subject=unicodedata.normalize("NFD", "Kết quả thực hiện"))
    assert value.subject == "Kết quả thực hiện"
    assert unicodedata.is_normalized("NFC", value.subject)


@pytest.mark.parametrize(
    ("changes", "message"),
    [
        ({"subject": "V/v báo cáo kết quả"}, r"^Report\.subject: 'V/v' introduces the subject of a công văn"),
        ({"subject": ""}, r"^Report\.subject: must not be empty"),
        ({"subject": "Báo cáo\x1b[31m"}, r"^Report\.subject: contains a control character U\+001B"),
        ({"sections": [], "opening": [], "closing": []}, r"^Report\.sections: the document has no content"),
        ({"number": 0}, r"^Report\.number: must be a positive whole number, or None"),
        ({"number": "05"}, r"^Report\.number: must be a positive whole number"),
        ({"date": "2021-02-30"}, r"^Report\.date: IssueDate\.day: 2021-02 has no day 30"),
        ({"date": "05/02/2021"}, r"^Report\.date: '05/02/2021' is not a date"),
        ({"date": 20210205}, r"^Report\.date: must be a date"),
        ({"issuer": "UBND huyện"}, r"^Report\.issuer: must be an Agency, got str"),
        ({"signature": None}, r"^Report\.signature: must be a Signature, got NoneType"),
        ({"secrecy": "Mật"}, r"^Report\.secrecy: must be a Secrecy, got str"),
        ({"sections": [Section(content=["Không tiêu đề."])]}, r"^Report\.sections\[0\]\.title: a top-level section"),
        ({"sections": ["text"]}, r"^Report\.sections\[0\]: must be a Section, got str"),
        ({"opening": [Section(title="x", content=["y"])]}, r"^Report\.opening\[0\]: must be a Paragraph"),
        ({"addressees": ["Sở Nội vụ", ""]}, r"^Report\.addressees\[1\]: must not be empty"),
        ({"closing": ["Trên đây./.", "Thêm nữa."]}, r"^closing\[0\]: '\./\.' marks the end"),
        ({"recipients": "Sở Nội vụ"}, r"^Report\.recipients: must be a Recipients, got str"),
    ],
)  # fmt: skip
def test_errors_name_the_field(changes: dict[str, object], message: str) -> None:
    with pytest.raises(FieldError, match=message):
        report(**changes)


def test_report_is_frozen() -> None:
    value = report()
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        value.number = 6  # type: ignore[misc]


def test_a_submission_names_whom_it_is_sent_to() -> None:
    submission = loads(entry_named("to-trinh").starter, format="yaml")
    assert isinstance(submission, Submission)
    with pytest.raises(
        FieldError, match=r"^Submission\.addressees: a tờ trình is addressed \(Kính gửi, NĐ 30/2020"
    ):
        attrs.evolve(submission, addressees=[])
    # A báo cáo may go without: only the types the rulebook marks are always addressed.
    plain = Report(
        issuer=submission.issuer,
        date=submission.date,
        subject=submission.subject,
        sections=submission.sections,
        signature=submission.signature,
    )
    assert plain.addressees == ()


def test_an_addressee_is_written_without_the_label() -> None:
    with pytest.raises(FieldError, match=r"^Report\.addressees\[1\]: 'Kính gửi: Sở Nội vụ'"):
        report(addressees=["Ủy ban nhân dân tỉnh", "Kính gửi: Sở Nội vụ"])
