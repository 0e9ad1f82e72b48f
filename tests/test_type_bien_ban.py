"""The biên bản (Mẫu 1.9): no date line in the header, the record in the sample's order,
THƯ KÝ left and CHỦ TỌA right with Nơi nhận under them; the refusals, the data file,
``vnreport new bien-ban``, the checker on it and on one typed by hand, and LibreOffice."""

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
from mutations import Docx, replace_text, set_text
from test_check_examples import assert_conforms, render
from test_render_pdf import ConversionError, convert_to_pdf, read_layout
from vnreport import FieldError, MeetingKind, Minutes, Participant, Severity, Signature, check
from vnreport.cli.main import main
from vnreport.conformance import inspect
from vnreport.exchange import DataError, dumps, load, loads
from vnreport.ooxml.document import WordDocument
from vnreport.rules.doctypes import DocumentType
from vnreport.types import entry_named

EXAMPLE = ROOT / "examples" / "bien-ban-tuan-giao.yaml"


@pytest.fixture(scope="module")
def minutes() -> Minutes:
    built = load_example("bien_ban_tuan_giao").build_minutes()
    assert isinstance(built, Minutes)
    return built


@pytest.fixture(scope="module")
def data(minutes: Minutes) -> bytes:
    return render(minutes)  # type: ignore[arg-type]


def paragraphs(data: bytes) -> list[str]:
    return [p.plain for p in WordDocument.open(data).paragraphs]


# --- the example ----------------------------------------------------------------------


def test_the_example_conforms(data: bytes) -> None:
    assert_conforms(data)


def test_the_yaml_example_is_the_python_example(minutes: Minutes, data: bytes) -> None:
    loaded = load(EXAMPLE)
    assert loaded == minutes
    assert render(loaded) == data  # type: ignore[arg-type]


def test_the_header_has_no_date_line(data: bytes) -> None:
    document = WordDocument.open(data)
    header = [p for p in document.paragraphs if p.location.table == 0]
    assert [p.plain for p in header if p.plain] == [
        "ỦY BAN NHÂN DÂN",
        "HUYỆN TUẦN GIÁO",
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        "Độc lập - Tự do - Hạnh phúc",
        "Số: 12/BB-UBND",
    ]
    # The date line's cell keeps one empty paragraph: a cell without one is not OOXML.
    dated = [p for p in header if (p.location.row, p.location.cell) == (1, 1)]
    assert [p.plain for p in dated] == [""]
    assert not any(re.match(r"^[^,:]+, ngày", text) for text in paragraphs(data))


BODY = [
    "Thời gian bắt đầu: 07 giờ 30 phút, ngày 29 tháng 6 năm 2021.",
    "Địa điểm: Hội trường Ủy ban nhân dân huyện Tuần Giáo.",
    "Thành phần tham dự:",
    "- Đại diện Thường trực Huyện ủy, Thường trực Hội đồng nhân dân huyện;",
    "- Lãnh đạo Ủy ban nhân dân huyện;",
    "- Đại diện Ủy ban Mặt trận Tổ quốc Việt Nam huyện và các tổ chức chính trị - xã hội huyện;",
    "- Thủ trưởng các cơ quan chuyên môn thuộc Ủy ban nhân dân huyện;",
    "- Chủ tịch Ủy ban nhân dân 19 xã, thị trấn.",
    "Chủ trì: Đồng chí Vừ A Bằng - Chủ tịch Ủy ban nhân dân huyện.",
    "Thư ký: Đồng chí Quàng Thị Mai - Chuyên viên Văn phòng HĐND và UBND huyện.",
    "Nội dung:",
    "I. DIỄN BIẾN HỘI NGHỊ",
]
CLOSING = "Hội nghị kết thúc vào 11 giờ 30 phút cùng ngày./."


def test_the_record_in_the_order_of_the_sample(data: bytes) -> None:
    texts = paragraphs(data)
    start = texts.index(BODY[0])
    assert texts[start : start + len(BODY)] == BODY
    assert texts.index("II. KẾT LUẬN CỦA CHỦ TRÌ HỘI NGHỊ") > start
    closing = texts.index(CLOSING)
    assert texts[closing + 1] == "THƯ KÝ"  # the body ends with it
    assert sum(text.count("./.") for text in texts) == 1


def test_the_closing_line_names_the_kind_and_the_day(minutes: Minutes) -> None:
    meeting = attrs.evolve(minutes, kind=MeetingKind.MEETING)
    assert meeting.closing_line == "Cuộc họp kết thúc vào 11 giờ 30 phút cùng ngày."
    workshop = attrs.evolve(
        minutes, kind=MeetingKind.WORKSHOP, end=datetime.datetime(2021, 6, 30, 9, 5)
    )
    assert workshop.closing_line == (
        "Hội thảo kết thúc vào 09 giờ 05 phút, ngày 30 tháng 6 năm 2021."
    )
    texts = paragraphs(render(attrs.evolve(workshop, date="2021-06-30")))  # type: ignore[arg-type]
    assert "Hội thảo kết thúc vào 09 giờ 05 phút, ngày 30 tháng 6 năm 2021./." in texts
    # The kind a biên bản records unless told: a cuộc họp.
    assert attrs.fields_dict(Minutes)["kind"].default is MeetingKind.MEETING


def test_two_signatures_side_by_side_and_recipients_under_them(data: bytes) -> None:
    document = WordDocument.open(data)
    footer = [p for p in document.paragraphs if p.location.table == 2 and p.plain]
    where = {p.plain: (p.location.row, p.location.cell) for p in footer}
    assert where["THƯ KÝ"] == (0, 0)
    assert where["Quàng Thị Mai"] == (0, 0)
    assert where["CHỦ TỌA"] == (0, 1)
    assert where["Vừ A Bằng"] == (0, 1)
    assert where["Nơi nhận:"] == (1, 0)
    assert where["- Lưu: VT, VP."] == (1, 0)
    # The left column: the secretary's title, then the name; nothing else signs.
    assert [p.plain for p in footer if (p.location.row, p.location.cell) == (0, 0)] == [
        "THƯ KÝ",
        "Quàng Thị Mai",
    ]
    docx = open_docx(data)
    styles = Styles.of(docx)
    table = docx.element.body.findall(w("tbl"))[-1]
    for paragraph in table.iter(w("p")):
        if text_of(paragraph) in ("THƯ KÝ", "CHỦ TỌA", "Quàng Thị Mai", "Vừ A Bằng"):
            form = styles.effective(paragraph)
            assert (form.size, form.bold, form.alignment) == (14, True, "center")
        if text_of(paragraph) == "Nơi nhận:":
            form = styles.effective(paragraph)
            assert (form.size, form.bold, form.italic) == (12, True, True)
    assert all(row.find(f"{w('trPr')}/{w('cantSplit')}") is not None for row in table.iter(w("tr")))


def test_the_signature_is_the_chairs(minutes: Minutes) -> None:
    assert minutes.signature == Signature(title="Chủ tọa", name="Vừ A Bằng")
    assert minutes.secretary_signature == Signature(title="Thư ký", name="Quàng Thị Mai")
    changed = attrs.evolve(minutes, chair=Participant(name="Phạm Thị Tuyên"))
    assert changed.signature.name == "Phạm Thị Tuyên"


# --- refusals ------------------------------------------------------------------------


def _fields(minutes: Minutes, **changes: object) -> dict[str, object]:
    fields = {
        field.name: getattr(minutes, field.name) for field in attrs.fields(Minutes) if field.init
    }
    fields.update(changes)
    return fields


@pytest.mark.parametrize(
    ("changes", "field", "message"),
    [
        ({"chair": None}, "Minutes.chair", "give the chair"),
        ({"secretary": None}, "Minutes.secretary", "give the secretary"),
        ({"secretary": "Quàng Thị Mai"}, "Minutes.secretary", "must be"),
        (
            {"secretary": Participant(name="Vừ A Bằng")},
            "Minutes.secretary",
            "two people",
        ),
        ({"end": "2021-06-29 07:30"}, "Minutes.end", "must come after the start"),
        ({"end": "2021-06-29 07:00"}, "Minutes.end", "cannot end at 07 giờ 00 phút"),
        ({"start": "29/6/2021 7:30"}, "Minutes.start", "is not a date and time"),
        ({"date": "2021-06-28"}, "Minutes.date", "signed when its meeting has taken place"),
        ({"date": "2021-05"}, "Minutes.date", "signed when its meeting has taken place"),
        ({"attendees": []}, "Minutes.attendees", "who attended"),
        ({"content": []}, "Minutes.content", "nội dung"),
        ({"content": [42]}, "Minutes.content[0]", "a Paragraph, Bullet, Table, Section"),
        ({"place": ""}, "Minutes.place", ""),
        ({"kind": "Hội nghị"}, "Minutes.kind", "MeetingKind"),
        ({"subject": "V/v họp"}, "Minutes.subject", "V/v"),
    ],
    ids=lambda value: value if isinstance(value, str) else None,
)
def test_refusals_name_the_field(
    minutes: Minutes, changes: dict[str, object], field: str, message: str
) -> None:
    with pytest.raises(FieldError) as raised:
        Minutes(**_fields(minutes, **changes))  # type: ignore[arg-type]
    assert raised.value.field == field
    assert message in raised.value.problem


def test_a_biên_bản_takes_no_signature_of_its_own(minutes: Minutes) -> None:
    with pytest.raises(TypeError, match="signature"):
        Minutes(  # type: ignore[call-arg]
            **_fields(minutes), signature=Signature(title="Chủ tịch", name="Vừ A Bằng")
        )


@pytest.mark.parametrize(
    ("changes", "field"),
    [
        ({"name": "VỪ A BẰNG"}, "Participant.name"),
        ({"name": "vừ a bằng"}, "Participant.name"),
        ({"name": ""}, "Participant.name"),
        ({"title": "Chủ tịch./."}, "Participant.title"),
    ],
)
def test_participants_are_named_as_signers_are(changes: dict[str, str], field: str) -> None:
    with pytest.raises(FieldError) as raised:
        Participant(**{"name": "Vừ A Bằng", **changes})
    assert raised.value.field == field


@pytest.mark.parametrize("key", ["chair", "secretary"])
def test_a_data_file_without_chair_or_secretary_is_refused(key: str) -> None:
    text = re.sub(rf"(?ms)^{key}:.*?(?=^[a-z_]+:)", "", EXAMPLE.read_text(encoding="utf-8"))
    with pytest.raises(DataError) as raised:
        loads(text, format="yaml")
    assert [(problem.path, problem.message) for problem in raised.value.problems] == [
        ((key,), "is required")
    ]


def test_a_data_file_with_a_signature_is_told_who_signs() -> None:
    text = EXAMPLE.read_text(encoding="utf-8") + (
        "signature:\n  title: Chủ tịch\n  name: Vừ A Bằng\n"
    )
    with pytest.raises(DataError) as raised:
        loads(text, format="yaml")
    (problem,) = raised.value.problems
    assert problem.path == ("signature",)
    assert "unknown key" in problem.message
    assert "chair" in problem.message
    assert "secretary" in problem.message


# --- data files and the command line ---------------------------------------------------


@pytest.mark.parametrize("fmt", ["yaml", "json", "toml"])
def test_the_data_file_round_trip(minutes: Minutes, fmt: str) -> None:
    text = dumps(minutes, format=fmt)
    assert loads(text, format=fmt) == minutes
    assert "signature" not in text  # derived from the chair, never written


def test_vnreport_new_and_render_the_starter(tmp_path: Path) -> None:
    path = tmp_path / "bien-ban.yaml"
    assert main(["new", "bien-ban", "-o", str(path)]) == 0
    assert path.read_text(encoding="utf-8") == entry_named("bien-ban").starter
    assert main(["render", str(path), "-o", str(tmp_path / "bien-ban.docx")]) == 0
    data = (tmp_path / "bien-ban.docx").read_bytes()
    assert_conforms(data)
    texts = paragraphs(data)
    assert "Hội nghị kết thúc vào 11 giờ 30 phút cùng ngày./." in texts
    assert texts.index("THƯ KÝ") < texts.index("CHỦ TỌA") < texts.index("Nơi nhận:")


# --- the checker -----------------------------------------------------------------------


@pytest.mark.parametrize("recipients_in_table", [True, False])
def test_a_biên_bản_typed_by_hand_gets_no_false_finding(recipients_in_table: bool) -> None:
    data = handmade_meetings.careful_minutes(recipients_in_table=recipients_in_table)
    findings = check(data)
    # No "no place and date line", and "Thời gian bắt đầu: …, ngày …" is not taken for
    # one. Rows that may part leave the pages to the layout: not evaluated, no warning.
    assert [(f.rule, f.severity) for f in findings] == []
    assert [item.rule for item in findings.not_evaluated] == ["signature.kept-together"]
    anatomy = inspect(data).anatomy
    assert anatomy.doc_type is DocumentType.MINUTES
    assert anatomy.place_date is None
    assert [
        ([s.text for s in lines], signer and signer.text) for lines, signer in anatomy.signatures
    ] == [
        (["THƯ KÝ"], "Quàng Thị Mai"),
        (["CHỦ TỌA"], "Lò Văn Tiến"),
    ]
    assert anatomy.recipients_heading is not None
    assert [span.text for span in anatomy.recipients] == list(
        handmade_meetings.MINUTES["recipients"]
    )
    # The body stops above the signatures.
    assert anatomy.body[-1].plain == "Hội nghị kết thúc vào 11 giờ 30 phút cùng ngày./."


def test_signatures_typed_the_wrong_way_round_are_reported() -> None:
    swapped = handmade_meetings.MINUTES["signatures"][::-1]
    findings = check(handmade_meetings.careful_minutes(signatures=swapped))
    errors = [(f.rule, f.found, f.expected) for f in findings.errors]
    assert errors == [
        ("minutes.signatures", "CHỦ TỌA left of THƯ KÝ", "THƯ KÝ on the left, CHỦ TỌA on the right")
    ]


def test_a_foot_laid_out_as_the_samples_own_is_read() -> None:
    """Mẫu 1.9's own file puts the titles, the notes where the signatures go and the names
    in rows of their own, and Nơi nhận in a last row: each column is one signature."""
    data = handmade_meetings.minutes_laid_out_as_the_sample()
    assert [(f.rule, f.severity) for f in check(data)] == []
    anatomy = inspect(data).anatomy
    blocks = [
        ([s.text for s in lines], signer and signer.text) for lines, signer in anatomy.signatures
    ]
    assert blocks == [(["THƯ KÝ"], "Quàng Thị Mai"), (["CHỦ TỌA"], "Lò Văn Tiến")]
    assert [span.text for span in anatomy.recipients] == list(
        handmade_meetings.MINUTES["recipients"]
    )


def _paragraph_index(data: bytes, text: str) -> int:
    return paragraphs(data).index(text)


def _edited(data: bytes, text: str, new: str) -> tuple[bytes, int]:
    """``text``'s paragraph printing ``new``: its first text node rewritten, the others
    (the "./." run after the last word) emptied."""
    docx = Docx(data)
    index = _paragraph_index(data, text)
    nodes = list(docx.paragraph(index).iter(w("t")))
    nodes[0].text = new
    for node in nodes[1:]:
        node.text = ""
    return docx.data(), index


@pytest.mark.parametrize(
    ("text", "new", "rule", "severity", "found"),
    [
        ("THƯ KÝ", "THÀNH VIÊN", "minutes.signatures", Severity.ERROR, "'THÀNH VIÊN'"),
        ("CHỦ TỌA", "THƯ KÝ", "minutes.signatures", Severity.ERROR, "'THƯ KÝ'"),
        (
            CLOSING,
            "Biên bản được lập thành 02 bản./.",
            "minutes.closing",
            Severity.WARNING,
            "the body ends 'Biên bản được lập thành 02 bản./.'",
        ),
        (
            BODY[-3],
            "Người ghi: Đồng chí Quàng Thị Mai.",
            "minutes.particulars",
            Severity.WARNING,
            'no "Thư ký: …" line',
        ),
        (
            BODY[0],
            "Hôm nay, vào lúc 07 giờ 30 phút.",
            "minutes.particulars",
            Severity.WARNING,
            'no "Thời gian bắt đầu: …" line',
        ),
    ],
)
def test_each_rule_of_the_biên_bản_fires(
    data: bytes, text: str, new: str, rule: str, severity: Severity, found: str
) -> None:
    mutated, index = _edited(data, text, new)
    findings = check(mutated)
    assert [(f.rule, f.severity, f.found) for f in findings] == [(rule, severity, found)]
    if rule != "minutes.particulars":
        assert findings[0].paragraph == index


def test_one_signature_is_reported(data: bytes) -> None:
    docx = Docx(data)
    for text in ("THƯ KÝ", "Quàng Thị Mai"):
        set_text(docx.paragraph(_paragraph_index(data, text)), "")
    findings = check(docx.data())
    assert [(f.rule, f.found) for f in findings] == [("minutes.signatures", "1 signature(s)")]


def test_a_type_name_run_on_with_words_is_read_and_reported(data: bytes) -> None:
    docx = Docx(data)
    replace_text(docx.paragraph(_paragraph_index(data, "BIÊN BẢN")), "BIÊN BẢN", "BIÊN BẢN HỌP")
    findings = check(docx.data())
    rules = [f.rule for f in findings]
    # "BIÊN BẢN HỌP" names a biên bản, with a word that belongs to the trích yếu …
    assert rules == ["type-name.text"]
    assert "words after the type name" in findings[0].found
    # … and a biên bản needs no date line.
    assert "date.form" not in rules
    assert inspect(docx.data()).anatomy.doc_type is DocumentType.MINUTES


def test_a_report_without_a_date_line_is_still_reported(seed_report: object) -> None:
    data = render(seed_report)  # type: ignore[arg-type]
    docx = Docx(data)
    dated = next(i for i, text in enumerate(paragraphs(data)) if text.startswith("Tuần Giáo, ngày"))
    set_text(docx.paragraph(dated), "")
    assert [f.rule for f in check(docx.data())] == ["date.form"]


# --- LibreOffice -----------------------------------------------------------------------


@pytest.mark.slow
def test_libreoffice_lays_it_out_as_the_sample(
    data: bytes, tmp_path_factory: pytest.TempPathFactory
) -> None:
    folder = tmp_path_factory.mktemp("bien-ban-pdf")
    source = folder / "bien-ban.docx"
    source.write_bytes(data)
    try:
        (pdf,) = convert_to_pdf([source], folder, folder / "profile")
    except ConversionError as error:
        pytest.fail(str(error), pytrace=False)
    layout = read_layout(pdf)
    first = layout.pages[0]
    number = first.get("Số: 12/BB-UBND")
    motto = first.get("Độc lập - Tự do - Hạnh phúc")
    assert number[0].top > motto[0].top
    assert "ngày 29 tháng 6 năm 2021" not in first.text().split("BIÊN BẢN")[0]
    page, secretary = layout.find_last("THƯ KÝ")
    chair = page.get("CHỦ TỌA")
    heading = page.get("Nơi nhận:")
    names = page.get("Quàng Thị Mai"), page.get("Vừ A Bằng")
    closing = page.get("Hội nghị kết thúc vào 11 giờ 30 phút cùng ngày./.")
    assert abs(secretary[0].top - chair[0].top) < 2  # side by side
    assert secretary[-1].x1 < page.width / 2 < chair[0].x0  # THƯ KÝ left, CHỦ TỌA right
    assert abs(names[0][0].top - names[1][0].top) < 2
    assert closing[0].top < secretary[0].top < names[0][0].top < heading[0].top
    assert heading[0].x0 < secretary[0].x0


# --- long texts --------------------------------------------------------------------------

_LONG = """
import json, sys
sys.path.insert(0, {tests!r})
from test_long_texts import SHAPES as shapes
from vnreport import Agency, Bullet, Minutes, Participant, check
shapes = {{**shapes, "closing words": "kết thúc vào " * 7_000, "labels": "Thư ký: " * 12_000}}
for name, text in shapes.items():
    minutes = Minutes(
        issuer=Agency(name="Sở " + text, abbreviation="SNV", place="Điện Biên"),
        date="2021-06",
        subject="Họp " + text,
        start="2021-06-29 08:00",
        end="2021-06-29 11:30",
        place="Tại " + text,
        attendees=["Đại biểu " + text, "Khách " + text],
        chair=Participant(name="Vừ A Bằng", title="Chủ tịch " + text, honorific="Ông"),
        secretary=Participant(name="Quàng Thị Mai", title="Chuyên viên " + text),
        content=["Nội dung " + text, Bullet(text="Ý " + text)],
        recipients=["Nơi " + text, "Lưu: VT"],
    )
    data = minutes.render(check="warn")
    findings = check(data)
    print(json.dumps([name, len(data), len(findings)]), flush=True)
"""


def test_the_longest_texts_render_and_check_in_bounded_time() -> None:
    from bounded import run_bounded
    from test_long_texts import SHAPES

    done = run_bounded(_LONG.format(tests=str(Path(__file__).resolve().parent)))
    assert done.returncode == 0, done.stderr[-3000:]
    checked = [json.loads(line)[0] for line in done.stdout.splitlines()]
    assert checked == [*SHAPES, "closing words", "labels"]


# --- docs/types/bien-ban.md ------------------------------------------------------------

DOC = ROOT / "docs" / "types" / "bien-ban.md"


def test_the_page_shows_what_vnreport_prints(capsys: pytest.CaptureFixture[str]) -> None:
    from test_type_giay_moi import blocks, printed_in_order

    (code,) = blocks(DOC, "python")
    namespace: dict[str, object] = {}
    exec(code, namespace)
    assert "THƯ KÝ" in capsys.readouterr().out
    document = namespace["minutes"]
    assert isinstance(document, Minutes)
    data = render(document)  # type: ignore[arg-type]
    assert_conforms(data)
    (shown,) = blocks(DOC, "text")
    assert printed_in_order(shown, paragraphs(data)) == []


def test_the_pages_data_file_is_the_pages_python() -> None:
    from test_type_giay_moi import blocks

    (code,) = blocks(DOC, "python")
    namespace: dict[str, object] = {}
    exec(code.replace("print(minutes.outline())", ""), namespace)
    (keys,) = blocks(DOC, "yaml")
    frame = dumps(namespace["minutes"])  # type: ignore[arg-type]
    own = {line.split(":")[0] for line in keys.splitlines() if re.match(r"^[a-z_]+:", line)}
    kept = [
        block for block in re.split(r"(?m)^(?=[a-z_]+:)", frame) if block.split(":")[0] not in own
    ]
    loaded = loads("".join(kept) + keys, format="yaml")
    assert isinstance(loaded, Minutes)
    # The page's data file shows the first section only.
    assert loaded == attrs.evolve(namespace["minutes"], content=namespace["minutes"].content[:1])  # type: ignore[attr-defined]


def test_fix_repairs_both_signatures(data: bytes) -> None:
    from mutations import set_run_property, text_runs
    from vnreport.conformance.fix import fix

    docx = Docx(data)
    for text in ("THƯ KÝ", "Quàng Thị Mai", "CHỦ TỌA", "Vừ A Bằng"):
        for run in text_runs(docx.paragraph(_paragraph_index(data, text))):
            set_run_property(run, "sz", val="24")
    result = fix(docx.data())
    before = sorted((f.rule, f.paragraph) for f in result.before)
    assert before == sorted(
        [("signature.format", _paragraph_index(data, t)) for t in ("THƯ KÝ", "CHỦ TỌA")]
        + [("signature.name", _paragraph_index(data, t)) for t in ("Quàng Thị Mai", "Vừ A Bằng")]
    )
    assert len(result.repairs) == 4
    assert result.after == ()
