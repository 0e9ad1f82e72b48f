"""Every document vnreport renders conforms: the checker finds nothing in it.

The seed report (the Python example), the YAML example, the starter file of
``vnreport new bao-cao`` and reports built here to use every feature — a parent agency,
the secrecy, urgency and circulation marks, the drafter's mark, the contact line, one and
several addressees, tables with totals and titles (one ending the body), "+" items,
untitled numbered sections, points a) b) c), KT./TL./TUQ./Q. signatures, complete and
draft dates in January, custom margins — are rendered with the check on (strict, warnings
turned into errors) and checked again: no finding, and only the rules a file cannot show
are reported as not evaluated.
"""

from __future__ import annotations

import warnings
from collections.abc import Callable
from pathlib import Path

import attrs
import pytest

from conftest import ROOT
from vnreport import (
    Agency,
    Bullet,
    ConformanceWarning,
    Contact,
    DrafterMark,
    Margins,
    Recipients,
    Report,
    Secrecy,
    Section,
    Signature,
    Table,
    Urgency,
    check,
)
from vnreport.cli.main import main
from vnreport.conformance import Findings
from vnreport.exchange import load, loads
from vnreport.ooxml.document import WordDocument
from vnreport.types import REGISTRY

STARTERS = {entry.key: entry.starter for entry in REGISTRY}

EXAMPLE = ROOT / "examples" / "tuan-giao-2021.yaml"

#: The rules a .docx cannot show, whatever its content: where the pages break is decided
#: by the word processor, so whether the signature page also carries body text is unknown.
NOT_EVALUABLE = ("signature.kept-together",)


def render(report: Report, margins: Margins | None = None) -> bytes:
    """The report rendered with the strict check, a warning of the check being an error."""
    with warnings.catch_warnings():
        warnings.simplefilter("error", ConformanceWarning)
        return report.render(margins=margins)


def assert_conforms(data: bytes) -> Findings:
    findings = check(data)
    assert findings == (), "\n".join(str(finding) for finding in findings)
    assert not findings.errors
    assert tuple(item.rule for item in findings.not_evaluated) == NOT_EVALUABLE
    for item in findings.not_evaluated:
        assert item.locator.startswith("NĐ 30/2020")
        assert item.reason
    return findings


# --- the examples shipped with vnreport --------------------------------------------------


def test_seed_report_conforms(seed_report: Report) -> None:
    assert_conforms(render(seed_report))


def test_yaml_example_conforms(seed_report: Report) -> None:
    report = load(EXAMPLE)
    assert isinstance(report, Report)
    data = render(report)
    assert_conforms(data)
    # The YAML file is the seed report written as data: the same document.
    assert data == render(seed_report)


def test_starter_of_vnreport_new_conforms(tmp_path: Path) -> None:
    path = tmp_path / "bao-cao.yaml"
    assert main(["new", "bao-cao", "-o", str(path)]) == 0
    assert path.read_text(encoding="utf-8") == STARTERS["bao-cao"]
    report = load(path)
    assert isinstance(report, Report)
    assert_conforms(render(report))
    assert loads(STARTERS["bao-cao"], format="yaml") == report


# --- reports using every feature --------------------------------------------------------

TUAN_GIAO = Agency(name="Ủy ban nhân dân huyện Tuần Giáo", abbreviation="UBND", place="Tuần Giáo")
SO_NOI_VU = Agency(
    name="Sở Nội vụ",
    abbreviation="SNV",
    place="Điện Biên",
    parent=Agency(
        name="Ủy ban nhân dân tỉnh Điện Biên",
        abbreviation="UBND",
        place="Điện Biên",
        short_name="UBND tỉnh Điện Biên",
    ),
)
CITIZENS = Table(
    header=["Cấp", "Lượt tiếp", "Số người"],
    rows=[["Cấp huyện", 41, 75], ["Cấp xã", 58, 67]],
    totals=["Tổng cộng", 99, 142],
    title="Kết quả tiếp công dân 6 tháng đầu năm 2021",
)
LETTERS = Table(
    header=["Loại đơn", "Số đơn"],
    rows=[["Khiếu nại", 3], ["Tố cáo", 7], ["Đề nghị", 32]],
    totals=["Cộng", 42],
)


def full_report(**changes: object) -> Report:
    """A report with every part of the body: a titled and an untitled khoản, points,
    "-" and "+" items, tables with titles and totals."""
    fields: dict[str, object] = {
        "issuer": TUAN_GIAO,
        "number": 12,
        "date": "2021-06-15",
        "subject": "Kết quả thực hiện công tác dân vận chính quyền 6 tháng đầu năm 2021",
        "opening": [
            "Thực hiện Kế hoạch số 70/KH-UBND ngày 26/3/2021 của UBND huyện Tuần Giáo, "
            "UBND huyện báo cáo như sau:"
        ],
        "sections": [
            Section(
                title="Kết quả thực hiện",
                content=[
                    "Công tác dân vận chính quyền được triển khai đồng bộ, có hiệu quả.",
                    Bullet(
                        text="Công tác tiếp công dân được duy trì thường xuyên",
                        items=["Cấp huyện tiếp 41 lượt", "Cấp xã tiếp 58 lượt"],
                    ),
                    Section(
                        title="Công tác tiếp công dân",
                        content=[
                            Section(title="Cấp huyện", content=["Tiếp 41 lượt với 75 người."]),
                            Section(title="Cấp xã", content=["Tiếp 58 lượt với 67 người."]),
                            Section(
                                title="Tổng hợp",
                                content=["Tổng cộng 99 lượt với 142 người.", CITIZENS],
                            ),
                        ],
                    ),
                    Section(content=["Các đơn thư được giải quyết đúng hạn."]),
                ],
            ),
            Section(
                title="Nhiệm vụ thời gian tới",
                content=[
                    Section(content=["Tiếp tục thực hiện tốt công tác dân vận chính quyền."]),
                    Section(content=["Tăng cường kiểm tra, giám sát ở cơ sở."]),
                ],
            ),
        ],
        "closing": ["Trên đây là báo cáo kết quả thực hiện công tác dân vận chính quyền."],
        "recipients": ["Ban Dân vận Huyện ủy", "Lưu: VT, NV"],
        "signature": Signature(
            authority=["TM. Ủy ban nhân dân", "KT. Chủ tịch"],
            title="Phó Chủ tịch",
            name="Phạm Thị Tuyên",
        ),
    }
    fields.update(changes)
    return Report(**fields)  # type: ignore[arg-type]


#: Name → (the report, the margins it is rendered with).
VARIED: dict[str, Callable[[], tuple[Report, Margins | None]]] = {
    "every-mark-parent-agency-january-table-last": lambda: (
        full_report(
            issuer=SO_NOI_VU,
            number=5,
            date="2021-01-05",
            subject="Kết quả công tác cải cách hành chính năm 2020",
            addressees=["Ủy ban nhân dân tỉnh Điện Biên", "Bộ Nội vụ"],
            # The body ends with a table: "./." gets a line of its own after it.
            closing=[],
            sections=[
                *full_report().sections,
                Section(title="Số liệu đơn thư", content=[LETTERS]),
            ],
            recipients=Recipients(items=["Văn phòng Chính phủ"], archive=["VP"], archive_copies=2),
            signature=Signature(
                authority=["TL. Giám đốc"], title="Chánh Văn phòng", name="Nguyễn Văn An"
            ),
            secrecy=Secrecy.SECRET,
            urgency=Urgency.VERY_URGENT,
            circulation="Lưu hành nội bộ",
            drafter=DrafterMark(code="PL", copies=30),
            contact=Contact(
                address="Số 1, đường Trần Phú, thành phố Điện Biên Phủ",
                phone="0215 3825 111",
                fax="0215 3825 112",
                email="snv@dienbien.gov.vn",
                website="snv.dienbien.gov.vn",
            ),
        ),
        Margins(top=25, bottom=25, left=35, right=20),
    ),
    "one-addressee-draft-in-january-kt": lambda: (
        full_report(
            number=None,
            date="2021-01",
            addressees=["Ủy ban nhân dân tỉnh Điện Biên"],
            urgency=Urgency.URGENT,
            drafter=DrafterMark(code="NV"),
        ),
        None,
    ),
    "tuq-signature-flash": lambda: (
        full_report(
            issuer=SO_NOI_VU,
            date="2021-02-28",
            urgency=Urgency.FLASH,
            secrecy=Secrecy.TOP_SECRET,
            signature=Signature(
                authority=["TUQ. Chủ tịch Ủy ban nhân dân tỉnh"],
                title="Giám đốc Sở Nội vụ",
                name="Lò Văn Mừng",
            ),
        ),
        Margins(top=20, bottom=20, left=30, right=15),
    ),
    "acting-head": lambda: (
        full_report(
            issuer=SO_NOI_VU,
            date="2021-12-31",
            secrecy=Secrecy.MOST_SECRET,
            contact=Contact(phone="0215 3825 111"),
            signature=Signature(title="Giám đốc", name="Trần Thị Bình", acting=True),
        ),
        Margins(top=22.5, bottom=21, left=32, right=17),
    ),
    "tl-passed-to-a-deputy": lambda: (
        full_report(
            signature=Signature(
                authority=["TL. Chủ tịch", "KT. Chánh Văn phòng"],
                title="Phó Chánh Văn phòng",
                name="Quàng Văn Hải",
            ),
            circulation="Xem xong trả lại",
        ),
        None,
    ),
    # An addressee list the author ends with an ellipsis: printed so, and accepted.
    "addressees-ending-with-an-ellipsis": lambda: (
        full_report(addressees=["Ủy ban nhân dân tỉnh Điện Biên", "Các sở, ban, ngành…"]),
        None,
    ),
    "head-signs-on-behalf": lambda: (
        full_report(
            date="2021-03-09",
            signature=Signature(
                authority=["TM. Ủy ban nhân dân"], title="Chủ tịch", name="Vừ A Bằng"
            ),
        ),
        None,
    ),
}


@pytest.mark.parametrize("name", list(VARIED))
def test_varied_reports_conform(name: str) -> None:
    report, margins = VARIED[name]()
    data = render(report, margins)
    assert_conforms(data)
    if margins is not None:
        section = WordDocument.open(data).sections[-1]
        assert section.margins["left"] == margins.twips()["left"]
        assert section.margins["top"] == margins.twips()["top"]


def test_varied_reports_use_every_feature() -> None:
    """The reports above print what they are meant to test."""
    texts: list[str] = []
    for make in VARIED.values():
        report, margins = make()
        document = WordDocument.open(render(report, margins))
        texts += [p.plain for p in document.paragraphs]
        for section in document.sections:
            for part in section.footers.values():
                texts += [p.plain for p in document.story(part, "footer")]
    joined = "\n".join(texts)
    for printed in (
        "UBND TỈNH ĐIỆN BIÊN",  # parent agency
        "MẬT",
        "TỐI MẬT",
        "TUYỆT MẬT",
        "KHẨN",
        "THƯỢNG KHẨN",
        "HỎA TỐC",
        "LƯU HÀNH NỘI BỘ",
        "XEM XONG TRẢ LẠI",
        "Kính gửi: Ủy ban nhân dân tỉnh Điện Biên",  # one addressee
        "- Bộ Nội vụ.",  # several
        "- Như trên;",
        "- Lưu: VT, VP (2). PL.(30)",  # drafter's mark
        "ĐT: 0215 3825 111",  # contact
        "Kết quả tiếp công dân 6 tháng đầu năm 2021",  # table title
        "Tổng cộng",
        "+ Cấp huyện tiếp 41 lượt",
        "a) Cấp huyện",
        "c) Tổng hợp",
        "2. Các đơn thư được giải quyết đúng hạn.",  # untitled khoản
        "TL. GIÁM ĐỐC",
        "KT. CHỦ TỊCH",
        "TUQ. CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH",
        "Q. GIÁM ĐỐC",
        "KT. CHÁNH VĂN PHÒNG",
        "Điện Biên, ngày 05 tháng 01 năm 2021",  # complete date in January
        "Tuần Giáo, ngày tháng 01 năm 2021",  # draft date in January (blank folded)
        "Điện Biên, ngày 28 tháng 02 năm 2021",
        "Tuần Giáo, ngày 09 tháng 3 năm 2021",
    ):
        assert printed in joined, printed
    # The body that ends with a table gets "./." on its own line after it.
    first, _ = VARIED["every-mark-parent-agency-january-table-last"]()
    document = WordDocument.open(render(first, None))
    last_table_cell = max(p.index for p in document.paragraphs if p.location.table == 2)
    assert document.paragraphs[last_table_cell + 1].plain == "./."


def test_dates_of_january_and_drafts_conform(seed_report: Report) -> None:
    for date in ("2021-01-01", "2021-01-31", "2021-01", "2021-02", "2021-10-09", "2021-11"):
        assert_conforms(render(attrs.evolve(seed_report, date=date)))
