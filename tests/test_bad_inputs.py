"""A table of bad data files: each is refused with its exact place, and nothing is written.

Every case is a small file derived from a valid minimal report. ``vnreport render`` must
exit with 1, name each problem on standard error as ``FILE: line N: field.path: message``
(the line where the YAML parser knows it), and leave no output file and no temporary
``.*.part`` file behind. Most cases run in-process for speed; a few run as a subprocess.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import attrs
import pytest

from vnreport.cli.main import main
from vnreport.exchange import DataError, loads

# The line numbers below refer to this file.
BASE = """\
doc_type: bao-cao
issuer:
  name: Ủy ban nhân dân huyện Tuần Giáo
  abbreviation: UBND
  place: Tuần Giáo
number: null
date: "2021-06"
subject: Kết quả thực hiện nhiệm vụ 6 tháng đầu năm 2021
sections:
  - title: Kết quả thực hiện
    content:
      - Đã tiếp 99 lượt công dân.
recipients:
  - Ban Dân vận Huyện ủy
  - "Lưu: VT, NV"
signature:
  authority:
    - TM. Ủy ban nhân dân
    - KT. Chủ tịch
  title: Phó Chủ tịch
  name: Phạm Thị Tuyên
"""

BASE_JSON = """\
{
  "doc_type": "bao-cao",
  "issuer": {"name": "Ủy ban nhân dân huyện Tuần Giáo", "abbreviation": "UBND", "place": "Tuần Giáo"},
  "date": "2021-06",
  "subject": "Kết quả thực hiện nhiệm vụ 6 tháng đầu năm 2021",
  "sections": [{"title": "Kết quả thực hiện", "content": ["Đã tiếp 99 lượt công dân."]}],
  "recipients": ["Ban Dân vận Huyện ủy", "Lưu: VT, NV"],
  "signature": {
    "authority": ["TM. Ủy ban nhân dân", "KT. Chủ tịch"],
    "title": "Phó Chủ tịch",
    "name": "Phạm Thị Tuyên"
  }
}
"""

BASE_TOML = """\
doc_type = "bao-cao"
date = "2021-06"
subject = "Kết quả thực hiện nhiệm vụ 6 tháng đầu năm 2021"
recipients = ["Ban Dân vận Huyện ủy", "Lưu: VT, NV"]

[issuer]
name = "Ủy ban nhân dân huyện Tuần Giáo"
abbreviation = "UBND"
place = "Tuần Giáo"

[[sections]]
title = "Kết quả thực hiện"
content = ["Đã tiếp 99 lượt công dân."]

[signature]
authority = ["TM. Ủy ban nhân dân", "KT. Chủ tịch"]
title = "Phó Chủ tịch"
name = "Phạm Thị Tuyên"
"""

PARAGRAPH = "      - Đã tiếp 99 lượt công dân.\n"
AUTHORITY = "    - TM. Ủy ban nhân dân\n    - KT. Chủ tịch\n"


def change(base: str, old: str, new: str) -> str:
    assert base.count(old) == 1, old
    return base.replace(old, new)


def yaml_case(old: str, new: str) -> str:
    return change(BASE, old, new)


@attrs.frozen
class Case:
    """A bad file and the problems it must be refused with, in order (``line N: path: …``)."""

    id: str
    text: str
    problems: tuple[str, ...]
    suffix: str = ".yaml"
    #: A phrase the message must hold besides its start (the advice of a parser error).
    also: str = ""


CASES = [
    # --- files that do not parse --------------------------------------------------------------
    Case(
        "malformed-yaml-tab",
        yaml_case("  place: Tuần Giáo\n", "\tplace: Tuần Giáo\n"),
        ("line 5: (document): not valid YAML: found character '\\t' that cannot start any token",),
    ),
    Case(
        "malformed-yaml-indent",
        yaml_case("  title: Phó Chủ tịch\n", "   title: Phó Chủ tịch\n"),
        ("line 20: (document): not valid YAML: expected <block end>",),
    ),
    Case(
        "malformed-json",
        change(BASE_JSON, '"date": "2021-06",', '"date": 2021-06,'),
        ("line 4: (document): not valid JSON: Expecting ',' delimiter",),
        ".json",
    ),
    Case(
        "malformed-toml",
        change(BASE_TOML, 'place = "Tuần Giáo"', "place = Tuần Giáo"),
        ("line 9: (document): not valid TOML: Invalid value",),
        ".toml",
    ),
    Case(
        "not-a-mapping",
        "- doc_type: bao-cao\n- subject: Kết quả\n",
        ("line 1: (document): must be a mapping of fields, got a list",),
    ),
    Case(
        "text-document",
        "Báo cáo kết quả thực hiện nhiệm vụ\n",
        ("line 1: (document): must be a mapping of fields, got text",),
    ),
    # --- the document type ------------------------------------------------------------------------
    Case(
        "missing-doc-type",
        yaml_case("doc_type: bao-cao\n", ""),
        ("line 1: doc_type: is required: the type of document (bao-cao, ",),
    ),
    Case(
        "unknown-doc-type",
        yaml_case("doc_type: bao-cao", "doc_type: bao-cao-tuan"),
        ("line 1: doc_type: 'bao-cao-tuan' is not a document type vnreport knows (bao-cao, ",),
    ),
    # --- keys -------------------------------------------------------------------------------------
    Case(
        "unknown-key-top",
        yaml_case("subject: Kết", "subjcet: Kết"),
        (
            "line 1: subject: is required",
            "line 8: subjcet: unknown key (the keys of Report are: issuer, date, signature,",
        ),
    ),
    Case(
        "unknown-key-nested",
        yaml_case("  name: Phạm Thị Tuyên", "  name: Phạm Thị Tuyên\n  acting_: true"),
        (
            "line 22: signature.acting_: unknown key (the keys of Signature are: authority, title, name, acting)",
        ),
    ),
    Case(
        "unknown-key-typo-of-required",
        yaml_case("  place: Tuần Giáo", "  plase: Tuần Giáo"),
        (
            "line 2: issuer.place: is required",
            "line 5: issuer.plase: unknown key (the keys of Agency are: name, abbreviation, place,",
        ),
    ),
    Case(
        "missing-required-key",
        yaml_case("  name: Phạm Thị Tuyên\n", ""),
        ("line 16: signature.name: is required",),
    ),
    Case(
        "duplicated-key",
        yaml_case("subject: Kết", 'date: "2021-07"\nsubject: Kết'),
        ("line 8: date: is given twice",),
    ),
    # --- types ------------------------------------------------------------------------------------
    Case(
        "number-where-text",
        yaml_case("  place: Tuần Giáo", "  place: 123"),
        ("line 5: issuer.place: must be text, got the number 123 (put it in quotes",),
    ),
    Case(
        "text-where-list",
        yaml_case(AUTHORITY, "").replace("  authority:\n", "  authority: TM. Ủy ban nhân dân\n"),
        ("line 17: signature.authority: must be a list, got text",),
    ),
    Case(
        "true-where-number",
        yaml_case("number: null", "number: yes"),
        ("line 6: number: must be a whole number, got true/false",),
    ),
    Case(
        "number-zero",
        yaml_case("number: null", "number: 0"),
        ("line 6: number: must be a positive whole number",),
    ),
    Case(
        "unknown-urgency",
        BASE + "urgency: Rất khẩn\n",
        ("line 22: urgency: 'Rất khẩn' is not one of 'Khẩn', 'Thượng khẩn', 'Hỏa tốc'",),
    ),
    Case(
        "wrong-type-json",
        change(BASE_JSON, '"place": "Tuần Giáo"', '"place": 123'),
        ("issuer.place: must be text, got the number 123",),
        ".json",
    ),
    Case(
        "unknown-key-toml",
        change(BASE_TOML, 'name = "Phạm Thị Tuyên"', 'name = "Phạm Thị Tuyên"\nten = "Tuyên"'),
        ("signature.ten: unknown key (the keys of Signature are",),
        ".toml",
    ),
    # --- dates ------------------------------------------------------------------------------------
    Case(
        "impossible-date",
        yaml_case('date: "2021-06"', "date: 2021-02-30"),
        ("line 7: date: 2021-02 has no day 30",),
    ),
    Case(
        "date-format",
        yaml_case('date: "2021-06"', "date: 15/6/2021"),
        ("line 7: date: '15/6/2021' is not a date: write 'YYYY-MM-DD', or 'YYYY-MM' for a draft",),
    ),
    Case(
        "month-13",
        yaml_case('date: "2021-06"', 'date: "2021-13"'),
        ("line 7: date: must be a month from 1 to 12, got 13",),
    ),
    Case(
        "date-as-number",
        yaml_case('date: "2021-06"', "date: 2021"),
        (
            "line 7: date: must be a date 'YYYY-MM-DD' (or 'YYYY-MM' for a draft), got the number 2021",
        ),
    ),
    # --- the signature ----------------------------------------------------------------------------
    Case(
        "kt-without-deputy",
        yaml_case("  title: Phó Chủ tịch", "  title: Chủ tịch"),
        (
            "line 20: signature.title: KT. (ký thay) means a deputy signs for the head, so the signer's own title must be a deputy's ('Phó Chủ tịch'), got 'Chủ tịch'",
        ),
    ),
    Case(
        "after-tuq",
        yaml_case(AUTHORITY, "    - TUQ. Chủ tịch\n    - TL. Chánh Văn phòng\n"),
        (
            "line 19: signature.authority[1]: 'TL. CHÁNH VĂN PHÒNG' cannot come here: nothing can be delegated again under TUQ. (thừa ủy quyền)",
        ),
    ),
    Case(
        "tm-not-first",
        yaml_case(AUTHORITY, "    - TL. Chủ tịch\n    - TM. Ủy ban nhân dân\n"),
        (
            "line 19: signature.authority[1]: 'TM. ỦY BAN NHÂN DÂN' cannot come here: TM. (thay mặt) opens the stack",
        ),
    ),
    Case(
        "authority-without-prefix",
        yaml_case("    - TM. Ủy ban nhân dân", "    - Ủy ban nhân dân"),
        (
            "line 18: signature.authority[0]: 'Ủy ban nhân dân' does not start with TM., KT., TL. or TUQ.",
        ),
    ),
    Case(
        "name-in-capitals",
        yaml_case("  name: Phạm Thị Tuyên", "  name: PHẠM THỊ TUYÊN"),
        (
            "line 21: signature.name: the signer's name is written in normal case ('Phạm Thị Tuyên'), never in capitals: got 'PHẠM THỊ TUYÊN'",
        ),
    ),
    # --- the body ---------------------------------------------------------------------------------
    Case(
        "empty-section-title",
        yaml_case(
            PARAGRAPH, "      - type: section\n        title: ''\n        content: [Đã làm.]\n"
        ),
        (
            "line 13: sections[0].content[0].title: must not be empty (leave it out when there is none)",
        ),
    ),
    Case(
        "empty-top-title",
        yaml_case("  - title: Kết quả thực hiện", "  - title: ''"),
        ("line 10: sections[0].title: must not be empty",),
    ),
    Case(
        "untitled-top-section",
        yaml_case("  - title: Kết quả thực hiện\n    content:", "  - content:"),
        ("line 10: sections[0].title: a top-level section (I., II., …) needs a title",),
    ),
    Case(
        "unclosed-emphasis",
        yaml_case("Đã tiếp 99", "Đã tiếp *99"),
        (
            "line 12: sections[0].content[0].text: emphasis opened with '*' at position 8 is never closed (write \\* for a literal asterisk)",
        ),
    ),
    Case(
        "bad-block-type",
        yaml_case(PARAGRAPH, "      - type: bulet\n        text: Đã tiếp 99 lượt công dân.\n"),
        (
            "line 12: sections[0].content[0].type: a block needs a type (paragraph, bullet, table, section); this one has type 'bulet'",
        ),
    ),
    Case(
        "block-without-type",
        yaml_case(PARAGRAPH, "      - text: Đã tiếp 99 lượt công dân.\n"),
        (
            "line 12: sections[0].content[0].type: a block needs a type (paragraph, bullet, table, section); this one has no 'type'",
        ),
    ),
    Case(
        "block-type-not-text",
        yaml_case(PARAGRAPH, "      - type: [bullet]\n        text: Đã tiếp 99 lượt công dân.\n"),
        (
            "line 12: sections[0].content[0].type: a block needs a type (paragraph, bullet, table, section)",
        ),
    ),
    Case(
        "table-row-length",
        yaml_case(
            PARAGRAPH,
            "      - type: table\n        header: [Cấp, Lượt]\n        rows:\n"
            "          - [Cấp huyện, 41]\n          - [Cấp xã]\n",
        ),
        ("line 16: sections[0].content[0].rows[1]: has 1 cells but the table has 2 columns",),
    ),
    Case(
        "wrong-totals",
        yaml_case(
            PARAGRAPH,
            "      - type: table\n        header: [Cấp, Lượt]\n        rows:\n"
            "          - [Cấp huyện, 41]\n          - [Cấp xã, 58]\n        totals: [Tổng cộng, 98]\n",
        ),
        ("line 17: sections[0].content[0].totals[1]: is 98 but the column 'Lượt' adds up to 99",),
    ),
    Case(
        "bool-cell",
        yaml_case(
            PARAGRAPH,
            "      - type: table\n        header: [Cấp, Có]\n        rows:\n          - [Cấp huyện, yes]\n",
        ),
        (
            "line 15: sections[0].content[0].rows[0][1]: a cell must be text or a number, got true/false",
        ),
    ),
    Case(
        "control-character",
        yaml_case(PARAGRAPH, '      - "Đã tiếp\\x07 99 lượt công dân."\n'),
        (
            "line 12: sections[0].content[0].text: contains a control character U+0007 at position 7, which a Word document cannot hold",
        ),
    ),
    Case(
        "end-mark-inside",
        yaml_case(PARAGRAPH, "      - Đã tiếp 99 lượt./.\n      - Còn nữa.\n"),
        ("line 12: sections[0].content[0]: './.' marks the end of the body and is added once",),
    ),
    Case(
        "too-deep",
        yaml_case(
            PARAGRAPH,
            "      - type: section\n        title: Khoản\n        content:\n"
            "          - type: section\n            title: Điểm\n            content:\n"
            "              - type: section\n                title: Quá sâu\n"
            "                content: [Đã làm.]\n",
        ),
        ("line 18: sections[0].content[0].content[0].content[0]: sections nest at most 3 levels",),
    ),
    Case(
        "v-v-subject",
        yaml_case("subject: Kết quả", "subject: V/v kết quả"),
        ("line 8: subject: 'V/v' introduces the subject of a công văn only",),
    ),
    Case(
        "filing-line-not-last",
        yaml_case(
            '  - Ban Dân vận Huyện ủy\n  - "Lưu: VT, NV"',
            '  - "Lưu: VT, NV"\n  - Ban Dân vận Huyện ủy',
        ),
        (
            "line 14: recipients[0]: the filing line 'Lưu: VT, …' comes last: put it at the end of the list",
        ),
    ),
    # --- YAML's own traps -------------------------------------------------------------------------
    Case(
        "colon-ends-paragraph",
        yaml_case(PARAGRAPH, "      - Kết quả cụ thể như sau:\n"),
        (
            "line 12: sections[0].content[0]: this text ends with ':' (or holds ': '), which YAML reads as a key: put the whole text in quotes",
        ),
    ),
    Case(
        "colon-ends-opening",
        BASE + "opening:\n  - UBND huyện báo cáo như sau:\n",
        ("line 23: opening[0]: this text ends with ':'",),
    ),
    Case(
        "colon-ends-plus-item",
        yaml_case(
            PARAGRAPH,
            "      - type: bullet\n        text: Tiếp công dân\n        items:\n"
            "          - Cấp huyện tiếp như sau:\n",
        ),
        ("line 15: sections[0].content[0].items[0]: this text ends with ':'",),
    ),
    Case(
        "colon-ends-bullet-text",
        yaml_case(PARAGRAPH, "      - type: bullet\n        text: Kết quả cụ thể như sau:\n"),
        ("line 13: (document): not valid YAML: mapping values are not allowed here",),
        also="put the whole text in quotes",
    ),
    Case(
        "number-in-other-digits",
        yaml_case("number: null", 'number: "²"'),
        ("line 6: number: must be a whole number",),
    ),
]


@pytest.fixture
def run_in(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]):
    """Run ``vnreport ARGS`` in-process in ``tmp_path``: (exit code, stdout, stderr)."""
    monkeypatch.chdir(tmp_path)

    def run(*args: str) -> tuple[int, str, str]:
        code = main(list(args))
        captured = capsys.readouterr()
        return code, captured.out, captured.err

    return run


def files(folder: Path) -> set[str]:
    return {path.name for path in folder.rglob("*") if path.is_file()}


def assert_refused(name: str, case: Case, code: int, out: str, err: str) -> None:
    assert code == 1, err
    assert out == ""
    lines = err.splitlines()
    count = len(case.problems)
    assert lines[-1] == f"{name}: {count} problem{'s' if count != 1 else ''}, nothing was written"
    assert len(lines[:-1]) == count, err
    for line, expected in zip(lines[:-1], case.problems, strict=True):
        assert line.startswith(f"{name}: {expected}"), f"{line!r} does not start with {expected!r}"
    assert case.also in err
    if case.suffix != ".yaml":
        assert ": line " not in err or "not valid" in err  # JSON and TOML know syntax lines only


def test_the_base_files_are_valid() -> None:
    for text, fmt in ((BASE, "yaml"), (BASE_JSON, "json"), (BASE_TOML, "toml")):
        loads(text, format=fmt)
    assert loads(BASE, format="yaml") == loads(BASE_JSON, format="json")
    assert loads(BASE, format="yaml") == loads(BASE_TOML, format="toml")


def test_the_table_is_large() -> None:
    assert len(CASES) >= 20
    assert len({case.id for case in CASES}) == len(CASES)


@pytest.mark.parametrize("case", CASES, ids=[case.id for case in CASES])
def test_render_refuses(case: Case, tmp_path: Path, run_in) -> None:
    name = f"bc{case.suffix}"
    (tmp_path / name).write_text(case.text, encoding="utf-8")
    code, out, err = run_in("render", name)
    assert_refused(name, case, code, out, err)
    assert "Traceback" not in err
    assert files(tmp_path) == {name}  # no .docx, no temporary .*.part


VALIDATE_CASES = [
    case
    for case in CASES
    if case.id
    in {"malformed-json", "unknown-key-top", "after-tuq", "wrong-totals", "control-character"}
]


@pytest.mark.parametrize("case", VALIDATE_CASES, ids=lambda case: case.id)
def test_validate_refuses_alike(case: Case, tmp_path: Path, run_in) -> None:
    name = f"bc{case.suffix}"
    (tmp_path / name).write_text(case.text, encoding="utf-8")
    code, out, err = run_in("validate", name)
    assert_refused(name, case, code, out, err)


SUBPROCESS_CASES = [
    case
    for case in CASES
    if case.id in {"malformed-yaml-tab", "after-tuq", "wrong-totals", "malformed-toml"}
]


@pytest.mark.parametrize("case", SUBPROCESS_CASES, ids=lambda case: case.id)
def test_render_refuses_in_a_subprocess(case: Case, tmp_path: Path) -> None:
    name = f"bc{case.suffix}"
    (tmp_path / name).write_text(case.text, encoding="utf-8")
    result = subprocess.run(
        [sys.executable, "-m", "vnreport", "render", name, "-o", "out.docx"],
        cwd=tmp_path,
        capture_output=True,
        timeout=120,
        check=False,
    )
    assert_refused(name, case, result.returncode, result.stdout.decode(), result.stderr.decode())
    assert files(tmp_path) == {name}


def test_bad_standard_input_writes_nothing(tmp_path: Path) -> None:
    case = next(case for case in CASES if case.id == "name-in-capitals")
    result = subprocess.run(
        [sys.executable, "-m", "vnreport", "render", "-", "-o", "out.docx"],
        cwd=tmp_path,
        input=case.text.encode("utf-8"),
        capture_output=True,
        timeout=120,
        check=False,
    )
    assert_refused(
        "<stdin>", case, result.returncode, result.stdout.decode(), result.stderr.decode()
    )
    assert files(tmp_path) == set()


# --- several problems in one file ------------------------------------------------------------

SEVERAL = """\
doc_type: bao-cao
issuer:
  name: Ủy ban nhân dân huyện Tuần Giáo
  abbreviation: UBND
  place: 123
date: 2021-02-30
subject: Kết quả thực hiện nhiệm vụ 6 tháng đầu năm 2021
sections:
  - title: Kết quả thực hiện
    content:
      - Đã tiếp *99 lượt công dân.
      - type: section
        title: ''
        content: [Đã làm.]
      - type: table
        header: [Cấp, Lượt]
        rows:
          - [Cấp huyện, 41]
          - [Cấp xã]
  - titel: Nhiệm vụ
    content: [Tiếp tục.]
urgency: Rất khẩn
signature:
  authority: [TUQ. Chủ tịch, TL. Chánh Văn phòng]
  title: Chánh Văn phòng
  name: PHẠM THỊ TUYÊN
"""

SEVERAL_PROBLEMS = (
    "line 5: issuer.place: must be text, got the number 123",
    "line 6: date: 2021-02 has no day 30",
    "line 11: sections[0].content[0].text: emphasis opened with '*' at position 8 is never closed",
    "line 13: sections[0].content[1].title: must not be empty",
    "line 19: sections[0].content[2].rows[1]: has 1 cells but the table has 2 columns",
    "line 20: sections[1].titel: unknown key (the keys of Section are: title, content, label)",
    "line 22: urgency: 'Rất khẩn' is not one of",
    "line 24: signature.authority[1]: 'TL. CHÁNH VĂN PHÒNG' cannot come here",
    "line 26: signature.name: the signer's name is written in normal case",
)


def test_every_problem_is_reported_in_one_run_in_file_order(tmp_path: Path, run_in) -> None:
    (tmp_path / "bc.yaml").write_text(SEVERAL, encoding="utf-8")
    code, out, err = run_in("render", "bc.yaml")
    assert_refused("bc.yaml", Case("several", SEVERAL, SEVERAL_PROBLEMS), code, out, err)
    assert files(tmp_path) == {"bc.yaml"}


def test_several_problems_through_the_library() -> None:
    with pytest.raises(DataError) as caught:
        loads(SEVERAL, format="yaml", source="bc.yaml")
    problems = caught.value.problems
    assert [problem.line for problem in problems] == [5, 6, 11, 13, 19, 20, 22, 24, 26]
    assert [problem.location for problem in problems][:2] == ["issuer.place", "date"]
    assert problems[2].path == ("sections", 0, "content", 0, "text")


def test_a_report_field_is_checked_alongside_problems_below_it(tmp_path: Path, run_in) -> None:
    # "V/v" in the subject is a problem of the subject alone; it must not wait for the
    # signature to be fixed.
    text = yaml_case("subject: Kết quả", "subject: V/v kết quả").replace(
        "Phạm Thị Tuyên", "PHẠM THỊ TUYÊN"
    )
    (tmp_path / "bc.yaml").write_text(text, encoding="utf-8")
    code, out, err = run_in("render", "bc.yaml")
    case = Case(
        "v-v-and-name",
        text,
        (
            "line 8: subject: 'V/v' introduces the subject of a công văn only",
            "line 21: signature.name: the signer's name is written in normal case",
        ),
    )
    assert_refused("bc.yaml", case, code, out, err)


def test_json_problems_are_reported_in_file_order(tmp_path: Path, run_in) -> None:
    # JSON parsers give no lines, but the order of the keys is the file's order: the
    # sections come before the signature here, as in most files.
    text = (
        BASE_JSON.replace('"place": "Tuần Giáo"', '"place": 123')
        .replace('"title": "Kết quả thực hiện"', '"title": ""')
        .replace('"name": "Phạm Thị Tuyên"', '"name": "PHẠM THỊ TUYÊN"')
    )
    (tmp_path / "bc.json").write_text(text, encoding="utf-8")
    code, out, err = run_in("render", "bc.json")
    case = Case(
        "json-order",
        text,
        (
            "issuer.place: must be text, got the number 123",
            "sections[0].title: must not be empty",
            "signature.name: the signer's name is written in normal case",
        ),
        ".json",
    )
    assert_refused("bc.json", case, code, out, err)


def test_a_recursive_yaml_alias_is_refused(tmp_path: Path, run_in) -> None:
    text = BASE + "closing: &closing [*closing]\n"
    (tmp_path / "bc.yaml").write_text(text, encoding="utf-8")
    code, out, err = run_in("render", "bc.yaml")
    assert code == 1
    assert out == ""
    assert "bc.yaml: line 22: " in err
    assert err.splitlines()[-1].endswith("nothing was written")
    assert files(tmp_path) == {"bc.yaml"}
