"""The giấy mời (Mẫu 1.7): what the .docx prints and where, the refusals, the data file,
``vnreport new giay-moi``, the checker on it and on one typed by hand, and LibreOffice."""

from __future__ import annotations

import datetime
import json
import re
from pathlib import Path

import attrs
import pytest

import handmade_meetings
from conftest import ROOT, load_example
from docx_helpers import Styles, open_docx, text_of, w
from mutations import Docx, replace_text
from test_check_examples import assert_conforms, render
from test_render_pdf import ConversionError, convert_to_pdf, read_layout
from vnreport import FieldError, Invitation, Severity, check
from vnreport.cli.main import main
from vnreport.conformance import inspect
from vnreport.exchange import DataError, dumps, load, loads
from vnreport.formatting.dates import format_moment, format_time
from vnreport.ooxml.document import WordDocument
from vnreport.rules.doctypes import DocumentType
from vnreport.types import entry_named

EXAMPLE = ROOT / "examples" / "giay-moi-tuan-giao.yaml"
INDOCHINA = datetime.timezone(datetime.timedelta(hours=7))


@pytest.fixture(scope="module")
def invitation() -> Invitation:
    built = load_example("giay_moi_tuan_giao").build_invitation()
    assert isinstance(built, Invitation)
    return built


@pytest.fixture(scope="module")
def data(invitation: Invitation) -> bytes:
    return render(invitation)  # type: ignore[arg-type]


def paragraphs(data: bytes) -> list[str]:
    return [p.plain for p in WordDocument.open(data).paragraphs]


# --- the example ----------------------------------------------------------------------


def test_the_example_conforms(data: bytes) -> None:
    assert_conforms(data)


def test_the_yaml_example_is_the_python_example(invitation: Invitation, data: bytes) -> None:
    loaded = load(EXAMPLE)
    assert loaded == invitation
    assert render(loaded) == data  # type: ignore[arg-type]


def test_the_header_keeps_its_place_and_date(data: bytes) -> None:
    document = WordDocument.open(data)
    number = next(p for p in document.paragraphs if p.plain.startswith("Số:"))
    dated = next(p for p in document.paragraphs if p.plain.startswith("Tuần Giáo, ngày"))
    assert number.plain == "Số: 45/GM-UBND"
    assert dated.plain == "Tuần Giáo, ngày 22 tháng 6 năm 2021"
    # The date line stands in the header's right column, level with the number.
    assert (dated.location.table, dated.location.row, dated.location.cell) == (0, 1, 1)
    assert (number.location.table, number.location.row, number.location.cell) == (0, 1, 0)


def test_type_name_and_subject(data: bytes) -> None:
    document = open_docx(data)
    styles = Styles.of(document)
    body = list(document.element.body.iter(w("p")))
    type_name = next(p for p in body if text_of(p) == "GIẤY MỜI")
    subject = type_name.getnext()
    assert subject is not None
    assert text_of(subject).startswith("Dự Hội nghị sơ kết công tác 6 tháng đầu năm")
    for paragraph in (type_name, subject):
        form = styles.effective(paragraph)
        assert (form.size, form.bold, form.alignment) == (14, True, "center")


BODY = [
    "Ủy ban nhân dân huyện Tuần Giáo trân trọng kính mời:",
    "- Thường trực Huyện ủy, Thường trực Hội đồng nhân dân huyện;",
    "- Ủy ban Mặt trận Tổ quốc Việt Nam huyện và các tổ chức chính trị - xã hội huyện;",
    "- Thủ trưởng các cơ quan chuyên môn thuộc Ủy ban nhân dân huyện;",
    "- Chủ tịch Ủy ban nhân dân các xã, thị trấn.",
    "Tới dự Hội nghị sơ kết công tác 6 tháng đầu năm, triển khai nhiệm vụ trọng tâm 6 tháng "
    "cuối năm 2021.",
    "Chủ trì: Đồng chí Vừ A Bằng - Chủ tịch Ủy ban nhân dân huyện.",
    "Thời gian: 07 giờ 30 phút, ngày 29 tháng 6 năm 2021.",
    "Địa điểm: Hội trường Ủy ban nhân dân huyện Tuần Giáo.",
]


def test_the_body_in_the_order_of_the_sample(data: bytes) -> None:
    texts = paragraphs(data)
    start = texts.index(BODY[0])
    assert texts[start : start + len(BODY)] == BODY
    notes = texts[start + len(BODY) : start + len(BODY) + 2]
    assert notes[0].startswith("Đề nghị các cơ quan, đơn vị")
    assert notes[1].endswith("phục vụ Hội nghị./.")  # the last line carries "./."
    assert sum(text.count("./.") for text in texts) == 1


def test_body_lines_are_justified_body_text(data: bytes) -> None:
    document = open_docx(data)
    styles = Styles.of(document)
    for paragraph in document.element.body.iter(w("p")):
        if text_of(paragraph) in BODY:
            form = styles.effective(paragraph)
            assert (form.size, form.bold, form.italic) == (14, False, False), text_of(paragraph)
            assert form.alignment == "both"
            assert form.first_line == 720
    # The note's emphasis is kept: "(*không quá 07 phút*)".
    note = next(p for p in document.element.body.iter(w("p")) if "không quá" in text_of(p))
    italic = [text for text, form in styles.runs(note) if form.italic]
    assert italic == ["không quá 07 phút"]


def test_recipients_beside_the_signature(data: bytes) -> None:
    document = WordDocument.open(data)
    footer = {p.plain: p.location for p in document.paragraphs if p.location.table == 1}
    assert footer["Nơi nhận:"].cell == 0
    assert footer["- Như thành phần mời;"].cell == 0
    assert footer["- Lưu: VT, VP."].cell == 0
    assert footer["TL. CHỦ TỊCH"].cell == 1
    assert footer["CHÁNH VĂN PHÒNG"].cell == 1
    assert footer["Lò Thị Hương"].cell == 1


def test_one_invitee_stands_on_the_line_of_the_invitation(invitation: Invitation) -> None:
    one = attrs.evolve(invitation, invitees=["- Chủ tịch Ủy ban nhân dân các xã, thị trấn;"])
    texts = paragraphs(render(one))  # type: ignore[arg-type]
    assert (
        "Ủy ban nhân dân huyện Tuần Giáo trân trọng kính mời: Chủ tịch Ủy ban nhân dân các "
        "xã, thị trấn." in texts
    )
    assert not any(text.startswith("- Chủ tịch") for text in texts)


def test_without_chair_and_notes_the_place_ends_the_body(invitation: Invitation) -> None:
    bare = attrs.evolve(invitation, chair=None, notes=())
    data = render(bare)  # type: ignore[arg-type]
    texts = paragraphs(data)
    assert "Địa điểm: Hội trường Ủy ban nhân dân huyện Tuần Giáo./." in texts
    assert not any(text.startswith("Chủ trì") for text in texts)
    assert_conforms(data)


def test_the_time_is_written_the_vietnamese_way() -> None:
    assert format_time(8, 5) == "08 giờ 05 phút"
    assert format_moment(datetime.datetime(2021, 1, 4, 14, 0)) == (
        "14 giờ 00 phút, ngày 04 tháng 01 năm 2021"
    )
    with pytest.raises(ValueError, match="hour"):
        format_time(24, 0)


# --- refusals ------------------------------------------------------------------------


def _fields(invitation: Invitation, **changes: object) -> dict[str, object]:
    fields = {
        field.name: getattr(invitation, field.name)
        for field in attrs.fields(Invitation)
        if field.init
    }
    fields.update(changes)
    return fields


@pytest.mark.parametrize(
    ("changes", "field", "message"),
    [
        ({"invitees": []}, "Invitation.invitees", "names whom it invites"),
        ({"time": None}, "Invitation.time", "must be a date and time"),
        ({"time": "2021-06-29"}, "Invitation.time", "is not a date and time"),
        ({"time": datetime.date(2021, 6, 29)}, "Invitation.time", "without its time"),
        ({"time": "2021-06-31 08:00"}, "Invitation.time", "day is out of range"),
        (
            {"time": datetime.datetime(2021, 6, 29, 7, 30, 15)},
            "Invitation.time",
            "leave out the seconds",
        ),
        (
            {"time": datetime.datetime(2021, 6, 29, 7, 30, tzinfo=INDOCHINA)},
            "Invitation.time",
            "local time",
        ),
        ({"time": "2021-06-21 08:00"}, "Invitation.time", "before the giấy mời is issued"),
        ({"place": ""}, "Invitation.place", ""),
        ({"place": None}, "Invitation.place", ""),
        ({"meeting": "   "}, "Invitation.meeting", ""),
        ({"place": "Hội trường./."}, "Invitation.place", "'./.' marks the end"),
        ({"subject": "V/v dự hội nghị"}, "Invitation.subject", "V/v"),
        ({"subject": "DỰ HỘI NGHỊ SƠ KẾT"}, "Invitation.subject", "sentence case"),
    ],
    ids=lambda value: value if isinstance(value, str) else None,
)
def test_refusals_name_the_field(
    invitation: Invitation, changes: dict[str, object], field: str, message: str
) -> None:
    with pytest.raises(FieldError) as raised:
        Invitation(**_fields(invitation, **changes))  # type: ignore[arg-type]
    assert raised.value.field == field
    assert message in raised.value.problem


def test_a_draft_month_takes_a_meeting_that_month(invitation: Invitation) -> None:
    draft = attrs.evolve(invitation, date="2021-06", number=None)
    assert draft.time == datetime.datetime(2021, 6, 29, 7, 30)
    with pytest.raises(FieldError, match="before the giấy mời is issued"):
        attrs.evolve(invitation, date="2021-07", number=None)


@pytest.mark.parametrize("key", ["time", "place", "invitees"])
def test_a_data_file_without_time_place_or_invitees_is_refused(key: str) -> None:
    # The key and its value, up to the next key of the document.
    text = re.sub(rf"(?ms)^{key}:.*?(?=^[a-z_]+:)", "", EXAMPLE.read_text(encoding="utf-8"))
    with pytest.raises(DataError) as raised:
        loads(text, format="yaml")
    assert [(problem.path, problem.message) for problem in raised.value.problems] == [
        ((key,), "is required")
    ]


def test_a_data_file_time_that_is_no_time_is_refused() -> None:
    text = EXAMPLE.read_text(encoding="utf-8").replace("time: 2021-06-29 07:30", "time: 8h30")
    with pytest.raises(DataError) as raised:
        loads(text, format="yaml")
    (problem,) = raised.value.problems
    assert problem.path == ("time",)
    assert "'YYYY-MM-DD HH:MM'" in problem.message


# --- data files and the command line ---------------------------------------------------


@pytest.mark.parametrize("fmt", ["yaml", "json", "toml"])
def test_the_data_file_round_trip(invitation: Invitation, fmt: str) -> None:
    text = dumps(invitation, format=fmt)
    assert loads(text, format=fmt) == invitation
    if fmt == "yaml":
        assert "time: 2021-06-29 07:30" in text


def test_toml_date_times_are_read() -> None:
    text = dumps(load(EXAMPLE), format="toml").replace(
        'time = "2021-06-29 07:30"', "time = 2021-06-29T07:30:00"
    )
    assert loads(text, format="toml").time == datetime.datetime(2021, 6, 29, 7, 30)


def test_vnreport_new_and_render_the_starter(tmp_path: Path) -> None:
    path = tmp_path / "giay-moi.yaml"
    assert main(["new", "giay-moi", "-o", str(path)]) == 0
    assert path.read_text(encoding="utf-8") == entry_named("giay-moi").starter
    assert main(["render", str(path), "-o", str(tmp_path / "giay-moi.docx")]) == 0
    data = (tmp_path / "giay-moi.docx").read_bytes()
    assert_conforms(data)
    assert "Thời gian: 08 giờ 00 phút, ngày 29 tháng 6 năm 2021." in paragraphs(data)


# --- the checker -----------------------------------------------------------------------


def test_a_giay_moi_typed_by_hand_gets_no_false_finding() -> None:
    data = handmade_meetings.careful_invitation()
    findings = check(data)
    # The one warning of every careful document: its last paragraph does not keep with
    # the signature (tests/test_check_handmade.py).
    assert [(f.rule, f.severity) for f in findings] == [
        ("signature.kept-together", Severity.WARNING)
    ]
    anatomy = inspect(data).anatomy
    assert anatomy.doc_type is DocumentType.INVITATION
    assert anatomy.place_date is not None
    assert anatomy.place_date.text == "Tuần Giáo, ngày 22 tháng 6 năm 2021"
    assert [span.text for span in anatomy.signature] == ["TL. CHỦ TỊCH", "CHÁNH VĂN PHÒNG"]


def _mutated(data: bytes, starts: str, old: str, new: str) -> tuple[bytes, int]:
    docx = Docx(data)
    index = next(i for i, text in enumerate(paragraphs(data)) if text.startswith(starts))
    replace_text(docx.paragraph(index), old, new)
    return docx.data(), index


@pytest.mark.parametrize(
    ("starts", "old", "new", "found"),
    [
        ("Địa điểm:", "Địa điểm:", "Tại", 'no "Địa điểm: …" line'),
        ("Thời gian:", "Thời gian:", "Vào lúc", 'no "Thời gian: …" line'),
        ("Ủy ban nhân dân huyện Tuần Giáo trân", "trân trọng kính mời", "mời", 'no "kính mời"'),
    ],
)
def test_the_particulars_rule_fires(
    data: bytes, starts: str, old: str, new: str, found: str
) -> None:
    mutated, _ = _mutated(data, starts, old, new)
    findings = check(mutated)
    assert [(f.rule, f.severity, f.found) for f in findings] == [
        ("invitation.particulars", Severity.WARNING, found)
    ]
    first_body = paragraphs(data).index(BODY[0])
    assert findings[0].paragraph == first_body


def test_the_particulars_rule_reads_only_a_giay_moi(seed_report_data: bytes) -> None:
    assert all(f.rule != "invitation.particulars" for f in check(seed_report_data))


@pytest.fixture(scope="module")
def seed_report_data(seed_report: object) -> bytes:
    return render(seed_report)  # type: ignore[arg-type]


# --- LibreOffice -----------------------------------------------------------------------


@pytest.mark.slow
def test_libreoffice_lays_it_out_as_the_sample(
    data: bytes, tmp_path_factory: pytest.TempPathFactory
) -> None:
    folder = tmp_path_factory.mktemp("giay-moi-pdf")
    source = folder / "giay-moi.docx"
    source.write_bytes(data)
    try:
        (pdf,) = convert_to_pdf([source], folder, folder / "profile")
    except ConversionError as error:
        pytest.fail(str(error), pytrace=False)
    layout = read_layout(pdf)
    assert len(layout.pages) == 1
    page = layout.pages[0]
    number, dated = page.get("Số: 45/GM-UBND"), page.get("Tuần Giáo, ngày 22 tháng 6 năm 2021")
    assert abs(number[0].top - dated[0].top) < 2  # one row of the header
    type_name = page.get("GIẤY MỜI")
    invite = page.get("trân trọng kính mời:")
    time = page.get("Thời gian: 07 giờ 30 phút,")
    place = page.get("Địa điểm: Hội trường")
    heading = page.get("Nơi nhận:")
    title = page.get("TL. CHỦ TỊCH")
    assert type_name[0].bold
    assert not time[0].bold
    assert type_name[0].top < invite[0].top < time[0].top < place[0].top < heading[0].top
    assert abs(heading[0].top - title[0].top) < 4  # Nơi nhận beside the signature
    assert heading[0].x0 < page.width / 3 < title[0].x0


# --- long texts --------------------------------------------------------------------------

_LONG = """
import json, sys
sys.path.insert(0, {tests!r})
from test_long_texts import SHAPES as shapes
from vnreport import Agency, Invitation, Signature, check
shapes = {{**shapes, "invitations": "trân trọng kính mời " * 5_000, "labels": "Địa điểm: " * 10_000}}
for name, text in shapes.items():
    invitation = Invitation(
        issuer=Agency(name="Sở " + text, abbreviation="SNV", place="Điện Biên"),
        date="2021-06",
        subject="Dự " + text,
        invitees=["Đại biểu " + text, "Khách " + text],
        meeting="Hội nghị " + text,
        chair="Đồng chí " + text,
        time="2021-06-29 08:00",
        place="Tại " + text,
        notes=["Lưu ý " + text],
        recipients=["Nơi " + text, "Lưu: VT"],
        signature=Signature(title="Chủ tịch " + text, name="Lò Văn Inh"),
    )
    data = invitation.render(check="warn")
    findings = check(data)
    print(json.dumps([name, len(data), len(findings)]), flush=True)
"""


def test_the_longest_texts_render_and_check_in_bounded_time() -> None:
    from bounded import run_bounded
    from test_long_texts import SHAPES

    done = run_bounded(_LONG.format(tests=str(Path(__file__).resolve().parent)))
    assert done.returncode == 0, done.stderr[-3000:]
    checked = [json.loads(line)[0] for line in done.stdout.splitlines()]
    assert checked == [*SHAPES, "invitations", "labels"]


# --- docs/types/giay-moi.md ------------------------------------------------------------

DOC = ROOT / "docs" / "types" / "giay-moi.md"


def blocks(path: Path, language: str) -> list[str]:
    """The fenced code blocks of ``language`` in the page at ``path``."""
    return re.findall(rf"^```{language}\n(.*?)^```", path.read_text(encoding="utf-8"), re.M | re.S)


def printed_in_order(lines: str, printed: list[str]) -> list[str]:
    """The pieces of ``lines`` not printed, rows in order. A row of columns split at two
    spaces ("THƯ KÝ      CHỦ TỌA") is printed cell by cell: its pieces in any order."""
    missing, position = [], 0
    for line in lines.splitlines():
        found = []
        for piece in filter(None, re.split(r"\s{2,}", line.strip())):
            if piece in printed[position:]:
                found.append(printed.index(piece, position))
            else:
                missing.append(piece)
        if found:
            position = min(found) + 1
    return missing


def test_the_page_shows_what_vnreport_prints(capsys: pytest.CaptureFixture[str]) -> None:
    (code,) = blocks(DOC, "python")
    namespace: dict[str, object] = {}
    exec(code, namespace)
    assert "trân trọng kính mời:" in capsys.readouterr().out
    document = namespace["invitation"]
    assert isinstance(document, Invitation)
    data = render(document)  # type: ignore[arg-type]
    assert_conforms(data)
    (shown,) = blocks(DOC, "text")
    assert printed_in_order(shown, paragraphs(data)) == []


def test_the_pages_data_file_is_the_pages_python(invitation: Invitation) -> None:
    (code,) = blocks(DOC, "python")
    namespace: dict[str, object] = {}
    exec(code.replace("print(invitation.outline())", ""), namespace)
    (keys,) = blocks(DOC, "yaml")
    frame = dumps(namespace["invitation"])  # type: ignore[arg-type]
    own = {line.split(":")[0] for line in keys.splitlines() if re.match(r"^[a-z_]+:", line)}
    # The page's keys with the rest of its document around them.
    kept = [
        block for block in re.split(r"(?m)^(?=[a-z_]+:)", frame) if block.split(":")[0] not in own
    ]
    assert loads("".join(kept) + keys, format="yaml") == namespace["invitation"]
