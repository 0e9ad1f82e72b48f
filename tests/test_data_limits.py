"""Data files that cannot stall, crash or silently change a document (issue 8).

Whatever a YAML, JSON or TOML file holds, reading it ends with a document or a DataError
naming each problem's field, its line (YAML; TOML where the scan knows it) and, for a
limit, the name of the limit and how to raise it. Numbers are written in decimal digits:
an unquoted YAML 012 is twelve, never the octal ten; 0x1F, 0b101 and 1:20 are refused.
The cases that used to hang or eat memory run in a child process under a memory limit.
"""

from __future__ import annotations

import contextlib
import json
import os
import random
import re
import stat
import subprocess
import threading
from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
import tomli_w
import yaml

from bounded import bounded_command, run_bounded
from vnreport import Report, Table
from vnreport.exchange import DataError, Problem, dumps, load, loads, yamlreader
from vnreport.exchange.files import read_stream
from vnreport.exchange.problems import MAX_PROBLEMS
from vnreport.limits import DataLimits, Limits

FORMATS = ("yaml", "json", "toml")
ROOT = Path(__file__).resolve().parent.parent

BASE: dict[str, Any] = {
    "doc_type": "bao-cao",
    "issuer": {
        "name": "Ủy ban nhân dân huyện Tuần Giáo",
        "abbreviation": "UBND",
        "place": "Tuần Giáo",
    },
    "number": 5,
    "date": "2021-06-15",
    "subject": "Kết quả thực hiện nhiệm vụ 6 tháng đầu năm 2021",
    "sections": [
        {
            "title": "Kết quả thực hiện",
            "content": [
                "Đã thực hiện.",
                {"type": "table", "header": ["Chỉ tiêu", "Số lượng"], "rows": [["Lượt tiếp", 99]]},
            ],
        }
    ],
    "recipients": ["Ban Dân vận Huyện ủy", "Lưu: VT, NV"],
    "signature": {
        "authority": ["TM. Ủy ban nhân dân", "KT. Chủ tịch"],
        "title": "Phó Chủ tịch",
        "name": "Phạm Thị Tuyên",
    },
}
CELL = ("sections", 0, "content", 1, "rows", 0, 1)
HOLE = "@RAW@"


def text_of(fmt: str, data: dict[str, Any] | None = None) -> str:
    data = BASE if data is None else data
    if fmt == "yaml":
        return yaml.safe_dump(data, allow_unicode=True, sort_keys=False)
    if fmt == "json":
        return json.dumps(data, ensure_ascii=False, indent=2)
    return tomli_w.dumps(data)


def with_raw(fmt: str, path: tuple[str | int, ...], raw: str) -> str:
    """The base file in ``fmt`` with the value at ``path`` written as ``raw``, unquoted."""
    data = json.loads(json.dumps(BASE))
    owner = data
    for step in path[:-1]:
        owner = owner[step]
    owner[path[-1]] = HOLE
    return re.sub(rf"['\"]?{HOLE}['\"]?", lambda _: raw, text_of(fmt, data), count=1)


def line_of(text: str, fragment: str) -> int:
    return text[: text.index(fragment)].count("\n") + 1


def problems(text: str, fmt: str | None, limits: DataLimits | None = None) -> tuple[Problem, ...]:
    with pytest.raises(DataError) as caught:
        loads(text, format=fmt, limits=limits)
    return caught.value.problems


def problem_at(found: tuple[Problem, ...], path: tuple[str | int, ...]) -> Problem:
    matching = [problem for problem in found if problem.path == path]
    assert matching, f"no problem at {path}: {[str(problem) for problem in found]}"
    return matching[0]


@pytest.fixture(params=["libyaml", "python"])
def yaml_parser(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> str:
    """The YAML cases run with libyaml (when installed) and with PyYAML's own parser."""
    if request.param == "python":
        monkeypatch.setattr(yamlreader, "_FAST_LOADER", None)
    elif yamlreader._FAST_LOADER is None:
        pytest.skip("libyaml is not installed")
    return str(request.param)


@pytest.mark.parametrize("fmt", FORMATS)
def test_the_base_file_is_valid(fmt: str) -> None:
    report = loads(text_of(fmt), format=fmt)
    assert isinstance(report, Report)
    assert report.number_line == "Số: 05/BC-UBND"


# --- YAML numbers: decimal digits only ----------------------------------------------------


@pytest.mark.usefixtures("yaml_parser")
@pytest.mark.parametrize(
    ("raw", "number", "line"),
    [
        ("012", 12, "Số: 12/BC-UBND"),  # YAML 1.1 would read the octal 10
        ("05", 5, "Số: 05/BC-UBND"),
        ("08", 8, "Số: 08/BC-UBND"),  # YAML 1.1 would read the text "08"
        ("0012", 12, "Số: 12/BC-UBND"),
        ('"012"', 12, "Số: 12/BC-UBND"),
        ("!!int 012", 12, "Số: 12/BC-UBND"),
        ("1_2", 12, "Số: 12/BC-UBND"),
    ],
)
def test_yaml_numbers_with_leading_zeros_are_decimal(raw: str, number: int, line: str) -> None:
    report = loads(with_raw("yaml", ("number",), raw), format="yaml")
    assert isinstance(report, Report)
    assert report.number == number
    assert report.number_line == line


@pytest.mark.usefixtures("yaml_parser")
def test_an_octal_looking_number_validates_and_renders_as_decimal(tmp_path: Path) -> None:
    path = tmp_path / "bc.yaml"
    path.write_text(with_raw("yaml", ("number",), "012"), encoding="utf-8")
    report = load(path)
    assert isinstance(report, Report)
    assert report.number_line == "Số: 12/BC-UBND"
    result = run_cli("validate", str(path))
    assert result.returncode == 0, result.stderr
    assert "valid" in result.stderr


@pytest.mark.usefixtures("yaml_parser")
def test_leading_zeros_keep_their_text_where_text_is_expected() -> None:
    data = json.loads(json.dumps(BASE))
    data["contact"] = {"phone": HOLE}
    text = text_of("yaml", data).replace(f"'{HOLE}'", "0912345678").replace(HOLE, "0912345678")
    report = loads(text, format="yaml")
    assert isinstance(report, Report)
    assert report.contact is not None
    assert report.contact.phone == "0912345678"
    assert type(report.contact.phone) is str


@pytest.mark.usefixtures("yaml_parser")
@pytest.mark.parametrize(("raw", "cell"), [("012", 12), ("-012", -12), ("'012'", "012")])
def test_a_cell_with_leading_zeros_is_a_decimal_number_unless_quoted(
    raw: str, cell: object
) -> None:
    report = loads(with_raw("yaml", CELL, raw), format="yaml")
    assert isinstance(report, Report)
    table = report.sections[0].content[1]
    assert isinstance(table, Table)
    assert table.rows[0][1] == cell
    assert type(table.rows[0][1]) is type(cell)


@pytest.mark.usefixtures("yaml_parser")
@pytest.mark.parametrize(
    ("raw", "form"),
    [
        ("0x1F", "hexadecimal"),
        ("-0x1F", "hexadecimal"),
        ("0b101", "binary"),
        ("1:20", "base-60"),
        ("1:20:30", "base-60"),
        ("1:20.5", "base-60"),
        ("!!int 0o17", "octal"),
        ("!!float 0x1F", "hexadecimal"),
    ],
)
@pytest.mark.parametrize("path", [("number",), CELL])
def test_yaml_numbers_in_other_bases_are_refused_with_their_line(
    raw: str, form: str, path: tuple[str | int, ...]
) -> None:
    text = with_raw("yaml", path, raw)
    problem = problem_at(problems(text, "yaml"), path)
    assert problem.line == line_of(text, raw)
    assert form in problem.message
    assert "write the number in decimal digits" in problem.message


@pytest.mark.parametrize(
    ("raw", "form"), [("0x1F", "hexadecimal"), ("0o17", "octal"), ("0b101", "binary")]
)
@pytest.mark.parametrize("path", [("number",), CELL])
def test_toml_numbers_in_other_bases_are_refused_with_their_line(
    raw: str, form: str, path: tuple[str | int, ...]
) -> None:
    text = with_raw("toml", path, raw)
    problem = problem_at(problems(text, "toml"), path)
    assert problem.line == line_of(text, raw)
    assert form in problem.message
    assert "write the number in decimal digits" in problem.message


def test_a_bare_key_that_looks_like_a_number_is_still_a_key() -> None:
    # TOML's bare keys may be digits: the scan leaves keys alone (here an unknown key).
    text = text_of("toml").replace('doc_type = "bao-cao"', 'doc_type = "bao-cao"\n0x1F = 1')
    found = problems(text, "toml")
    assert [problem.path for problem in found] == [("0x1F",)]
    assert "unknown key" in found[0].message


# --- number sizes ---------------------------------------------------------------------------


@pytest.mark.usefixtures("yaml_parser")
@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("path", [("number",), CELL])
def test_a_5000_digit_integer_is_refused_with_its_field(
    fmt: str, path: tuple[str | int, ...]
) -> None:
    raw = "9" * 5000
    text = with_raw(fmt, path, raw)
    problem = problem_at(problems(text, fmt), path)
    assert "a number of 5000 digits" in problem.message
    assert "DataLimits.max_number_digits = 50" in problem.message
    assert "limits=DataLimits(max_number_digits=" in problem.message
    if fmt != "json":  # JSON's parser knows no lines
        assert problem.line == line_of(text, raw)


@pytest.mark.usefixtures("yaml_parser")
@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize(
    "raw", ["1." + "5" * 5000, "1.5e+999999999", "1.5e-999999999", "1.0e+99999999999999999999"]
)
def test_a_decimal_too_long_written_out_is_refused(fmt: str, raw: str) -> None:
    if fmt == "toml":
        raw = raw.replace("e+", "e")
    problem = problem_at(problems(with_raw(fmt, CELL, raw), fmt), CELL)
    assert "DataLimits.max_number_digits" in problem.message


@pytest.mark.usefixtures("yaml_parser")
def test_a_number_written_as_text_is_bounded_too() -> None:
    text = with_raw("yaml", ("number",), '"' + "9" * 5000 + '"')
    problem = problem_at(problems(text, "yaml"), ("number",))
    assert "DataLimits.max_number_digits" in problem.message
    assert problem.line == line_of(text, "9" * 5000)


@pytest.mark.usefixtures("yaml_parser")
@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize(
    "raw",
    [
        "12345678901234567890123456789",
        "1234567890123456789012345678.9",
        "-0.1234567890123456789012345678",
    ],
)
def test_a_29_digit_cell_is_exact(fmt: str, raw: str) -> None:
    report = loads(with_raw(fmt, CELL, raw), format=fmt)
    assert isinstance(report, Report)
    table = report.sections[0].content[1]
    assert isinstance(table, Table)
    cell = table.rows[0][1]
    assert isinstance(cell, int | Decimal)
    assert Decimal(cell) == Decimal(raw)
    assert str(cell) == raw


@pytest.mark.usefixtures("yaml_parser")
@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("raw", ["1" * 60, "1" * 30 + "." + "1" * 30])
def test_a_60_digit_cell_is_refused_with_the_limit_and_its_line(fmt: str, raw: str) -> None:
    text = with_raw(fmt, CELL, raw)
    problem = problem_at(problems(text, fmt), CELL)
    assert problem.location == "sections[0].content[1].rows[0][1]"
    assert "a number of 60 digits" in problem.message
    assert "DataLimits.max_number_digits = 50" in problem.message
    if fmt != "json":
        assert problem.line == line_of(text, raw)
    # Accepted, exactly, under a larger limit.
    report = loads(text, format=fmt, limits=DataLimits(max_number_digits=60))
    assert isinstance(report, Report)
    table = report.sections[0].content[1]
    assert isinstance(table, Table)
    assert Decimal(table.rows[0][1]) == Decimal(raw)


@pytest.mark.usefixtures("yaml_parser")
@pytest.mark.parametrize("fmt", FORMATS)
def test_a_5000_digit_cell_is_exact_under_a_raised_limit(fmt: str) -> None:
    # Past Python's own limit on integer strings (4,300 digits), the number is still exact.
    raw = "7" * 5000
    limits = DataLimits(max_number_digits=6000)
    report = loads(with_raw(fmt, CELL, raw), format=fmt, limits=limits)
    assert isinstance(report, Report)
    table = report.sections[0].content[1]
    assert isinstance(table, Table)
    assert table.rows[0][1] == int(Decimal(raw))


# --- nesting --------------------------------------------------------------------------------


DEEP = 2000


def deep_texts() -> Iterator[tuple[str, str, str, int]]:
    """(id, format, text, the line where the limit is passed), nested 2,000 deep."""
    yield "yaml-flow", "yaml", "[" * DEEP + "]" * DEEP, 1
    yield "yaml-flow-unclosed", "yaml", "[" * DEEP, 1
    yield (
        "yaml-flow-in-a-value",
        "yaml",
        "doc_type: bao-cao\nsections: " + "[" * DEEP + "]" * DEEP,
        2,
    )
    yield "yaml-maps", "yaml", "{a: " * DEEP + "1" + "}" * DEEP, 1
    yield "yaml-block", "yaml", "".join("  " * depth + "- \n" for depth in range(DEEP)), 65
    yield "yaml-block-maps", "yaml", "".join(" " * depth + "a:\n" for depth in range(DEEP)), 64
    yield "json", "json", "[" * DEEP + "]" * DEEP, 1
    yield "json-objects", "json", '{"a": ' * DEEP + "1" + "}" * DEEP, 1
    yield "json-unclosed", "json", "[" * DEEP, 1
    yield "json-lines", "json", "[\n" * DEEP + "]" * DEEP, 65
    yield "toml", "toml", "a = " + "[" * DEEP + "]" * DEEP, 1
    yield "toml-tables", "toml", "a = " + "{b = " * DEEP + "1" + "}" * DEEP, 1
    yield "toml-mixed", "toml", "a = " + "[{b = " * (DEEP // 2) + "1" + "}]" * (DEEP // 2), 1
    yield "toml-lines", "toml", "a = " + "[\n" * DEEP + "]" * DEEP, 64


DEEP_CASES = list(deep_texts())
DEEP_IDS = [case[0] for case in DEEP_CASES]


@pytest.mark.usefixtures("yaml_parser")
@pytest.mark.parametrize(("fmt", "text", "line"), [case[1:] for case in DEEP_CASES], ids=DEEP_IDS)
@pytest.mark.parametrize("sniffed", [False, True], ids=["format-given", "format-guessed"])
def test_deep_nesting_is_refused_with_the_limit_and_its_line(
    fmt: str, text: str, line: int, sniffed: bool
) -> None:
    found = problems(text, None if sniffed else fmt)
    assert len(found) == 1, found
    assert "nested more than 64 deep" in found[0].message
    assert "DataLimits.max_depth = 64" in found[0].message
    assert found[0].line == line


@pytest.mark.parametrize(
    "text",
    [
        "a" + ".a" * DEEP + " = 1\n",  # dotted keys build tables without brackets
        "[a" + ".a" * DEEP + "]\nb = 1\n",
        "[[a" + ".a" * DEEP + "]]\nb = 1\n",
    ],
    ids=["dotted-key", "table-header", "array-of-tables"],
)
def test_toml_tables_nested_by_their_names_are_refused(text: str) -> None:
    found = problems(text, "toml")
    deep = [problem for problem in found if "DataLimits.max_depth" in problem.message]
    assert len(deep) == 1
    assert deep[0].location.startswith("a.a.a.")


def nested_sections(depth: int) -> str:
    """The base file in JSON (which YAML reads too) with sections ``depth`` deep, written
    out by hand: json.dumps itself recurses."""
    block = '"Đoạn."'
    for _ in range(depth - 1):
        block = f'{{"type": "section", "title": "Mục", "content": ["Đoạn.", {block}]}}'
    top = f'{{"title": "Mục", "content": ["Đoạn.", {block}]}}' if depth > 1 else block
    rest = {key: value for key, value in BASE.items() if key != "sections"}
    return json.dumps(rest, ensure_ascii=False)[:-1] + f', "sections": [{top}]}}'


@pytest.mark.parametrize(
    ("fmt", "text"),
    [case[1:3] for case in DEEP_CASES if case[1] != "yaml"],
    ids=[case[0] for case in DEEP_CASES if case[1] != "yaml"],
)
def test_deep_nesting_under_a_raised_depth_is_still_a_data_error(fmt: str, text: str) -> None:
    # The parsers' own recursion is guarded: never a RecursionError.
    with pytest.raises(DataError):
        loads(text, format=fmt, limits=DataLimits(max_depth=100_000))


@pytest.mark.usefixtures("yaml_parser")
def test_yaml_nests_at_most_a_thousand_deep_whatever_the_limit() -> None:
    text = "[" * 1001 + "]" * 1001
    found = problems(text, "yaml", DataLimits(max_depth=100_000))
    assert [problem.message for problem in found] == [
        "lists and mappings nested more than 1000 deep, more than YAML files may be"
    ]
    assert found[0].line == 1
    # Within it, the text is read: it is refused as a document, not for its nesting.
    found = problems("[" * 999 + "]" * 999, "yaml", DataLimits(max_depth=1000))
    assert [problem.message for problem in found] == ["must be a mapping of fields, got a list"]


@pytest.mark.usefixtures("yaml_parser")
@pytest.mark.parametrize("fmt", ["yaml", "json"])
def test_sections_nested_past_the_stack_under_a_raised_depth_are_a_data_error(fmt: str) -> None:
    # Building the model recurses once per section: past Python's stack, a DataError still.
    with pytest.raises(DataError) as caught:
        loads(nested_sections(300), format=fmt, limits=DataLimits(max_depth=100_000))
    assert any("DataLimits.max_depth" in problem.message for problem in caught.value.problems)


@pytest.mark.usefixtures("yaml_parser")
@pytest.mark.parametrize("fmt", FORMATS)
def test_nesting_within_the_limit_is_read(fmt: str) -> None:
    # Sections inside sections, as deep as the model allows: 8 lists and mappings.
    text = text_of(fmt, json.loads(nested_sections(3)))
    report = loads(text, format=fmt, limits=DataLimits(max_depth=8))
    assert isinstance(report, Report)
    with pytest.raises(DataError, match=r"DataLimits\.max_depth = 7"):
        loads(text, format=fmt, limits=DataLimits(max_depth=7))


# --- texts, lists, values, files -------------------------------------------------------------


LONG = "Nội dung " * 33_334  # 300,006 characters


@pytest.mark.usefixtures("yaml_parser")
@pytest.mark.parametrize("fmt", FORMATS)
def test_a_300000_character_text_is_refused_by_default_and_read_under_a_raised_limit(
    fmt: str,
) -> None:
    path = ("sections", 0, "content", 0)
    text = with_raw(fmt, path, json.dumps(LONG, ensure_ascii=False))
    problem = problem_at(problems(text, fmt), path)
    assert problem.location == "sections[0].content[0]"
    assert "a text of 300006 characters" in problem.message
    assert "DataLimits.max_string_chars = 100000" in problem.message
    assert "limits=DataLimits(max_string_chars=" in problem.message
    if fmt == "yaml":
        assert problem.line == line_of(text, LONG[:20])
    # Read (not rendered: rendering a text this long is the renderer's concern).
    report = loads(text, format=fmt, limits=DataLimits(max_string_chars=300_006))
    assert isinstance(report, Report)
    assert report.sections[0].content[0].text == LONG.strip()  # type: ignore[union-attr]


@pytest.mark.usefixtures("yaml_parser")
@pytest.mark.parametrize("fmt", FORMATS)
def test_a_long_key_is_refused_without_being_printed(fmt: str) -> None:
    data = json.loads(json.dumps(BASE))
    data["k" * 200] = "x"
    found = problems(text_of(fmt, data), fmt, DataLimits(max_string_chars=100))
    problem = problem_at(found, ())
    assert "a key of 200 characters" in problem.message
    assert "k" * 101 not in str(found)


@pytest.mark.usefixtures("yaml_parser")
@pytest.mark.parametrize("fmt", FORMATS)
def test_a_list_longer_than_the_limit_is_refused(fmt: str) -> None:
    data = json.loads(json.dumps(BASE))
    data["recipients"] = [f"Đơn vị {index}" for index in range(12)] + ["Lưu: VT, NV"]
    text = text_of(fmt, data)
    problem = problem_at(problems(text, fmt, DataLimits(max_items=10)), ("recipients",))
    assert "a list of 13 items" in problem.message
    assert "DataLimits.max_items = 10" in problem.message
    if fmt == "yaml":
        assert problem.line == line_of(text, "recipients")


@pytest.mark.usefixtures("yaml_parser")
@pytest.mark.parametrize("fmt", FORMATS)
def test_more_values_than_the_limit_are_refused(fmt: str) -> None:
    found = problems(text_of(fmt), fmt, DataLimits(max_values=20))
    assert len(found) == 1
    assert "more than 20 values" in found[0].message
    assert "DataLimits.max_values = 20" in found[0].message


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_file_over_the_size_limit_is_refused_before_parsing(fmt: str, tmp_path: Path) -> None:
    text = text_of(fmt)
    size = len(text.encode("utf-8"))
    found = problems(text, fmt, DataLimits(max_file_bytes=size - 1))
    assert [problem.path for problem in found] == [()]
    assert f"a file of {size} bytes" in found[0].message
    assert f"DataLimits.max_file_bytes = {size - 1}" in found[0].message
    path = tmp_path / f"bc.{fmt}"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(DataError, match=r"DataLimits\.max_file_bytes"):
        load(path, limits=DataLimits(max_file_bytes=size - 1))
    assert isinstance(load(path, limits=DataLimits(max_file_bytes=size)), Report)


def test_a_stream_is_read_no_further_than_the_limit() -> None:
    class Endless:
        def __init__(self) -> None:
            self.given = 0

        def read(self, size: int = -1) -> bytes:
            assert size > 0  # never "everything"
            self.given += size
            return b"a" * size

    stream = Endless()
    with pytest.raises(DataError, match=r"DataLimits\.max_file_bytes"):
        read_stream(stream, DataLimits(max_file_bytes=1000))  # type: ignore[arg-type]
    assert stream.given == 1001


def test_trusted_limits_scale_the_data_limits_but_not_the_depth() -> None:
    trusted = Limits.trusted().data
    assert trusted.max_values == 16 * DataLimits().max_values
    assert trusted.max_string_chars == 16 * DataLimits().max_string_chars
    assert trusted.max_depth == DataLimits().max_depth


def test_many_problems_are_listed_up_to_a_hundred() -> None:
    data = json.loads(json.dumps(BASE))
    data["sections"][0]["content"][1]["rows"] = [["Dòng", HOLE] for _ in range(150)]
    text = text_of("yaml", data).replace(f"'{HOLE}'", "0x1F")
    found = problems(text, "yaml")
    assert len(found) == MAX_PROBLEMS + 1
    assert all("hexadecimal" in problem.message for problem in found[:MAX_PROBLEMS])
    assert "more problems than the first 100" in found[-1].message


# --- every other hostile text: a DataError, never anything else ------------------------------


SPELLINGS = {
    "yaml": [".nan", ".NaN", ".NAN", ".inf", "-.inf", "+.Inf", ".INF"],
    "json": ["NaN", "Infinity", "-Infinity"],
    "toml": ["nan", "+nan", "-nan", "inf", "+inf", "-inf"],
}


@pytest.mark.usefixtures("yaml_parser")
@pytest.mark.parametrize(
    ("fmt", "spelling"),
    [(fmt, spelling) for fmt, spellings in SPELLINGS.items() for spelling in spellings],
)
@pytest.mark.parametrize(
    ("path", "phrase"), [(("number",), "must be a whole number"), (CELL, "must be a finite number")]
)
def test_not_a_number_and_infinity_are_refused(
    fmt: str, spelling: str, path: tuple[str | int, ...], phrase: str
) -> None:
    text = with_raw(fmt, path, spelling)
    problem = problem_at(problems(text, fmt), path)
    assert phrase in problem.message
    if fmt == "yaml":
        assert problem.line == line_of(text, spelling)


@pytest.mark.usefixtures("yaml_parser")
@pytest.mark.parametrize("fmt", FORMATS)
def test_a_key_given_twice_is_refused(fmt: str) -> None:
    if fmt == "yaml":
        text = text_of(fmt).replace("number: 5\n", "number: 5\nnumber: 6\n")
    elif fmt == "json":
        text = text_of(fmt).replace('"number": 5,', '"number": 5, "number": 6,')
    else:
        text = text_of(fmt).replace("number = 5\n", "number = 5\nnumber = 6\n")
    found = problems(text, fmt)
    assert "twice" in found[0].message or "overwrite" in found[0].message


@pytest.mark.usefixtures("yaml_parser")
@pytest.mark.parametrize("fmt", FORMATS)
def test_a_byte_order_mark_is_accepted(fmt: str, tmp_path: Path) -> None:
    text = "\ufeff" + text_of(fmt)
    assert isinstance(loads(text, format=fmt), Report)
    assert isinstance(loads(text), Report)
    path = tmp_path / f"bc.{fmt}"
    path.write_bytes(text.encode("utf-8"))
    assert isinstance(load(path), Report)


@pytest.mark.parametrize("fmt", FORMATS)
def test_invalid_utf8_is_a_data_error_with_its_line(fmt: str, tmp_path: Path) -> None:
    path = tmp_path / f"bc.{fmt}"
    data = text_of(fmt).encode("utf-8")
    cut = data.index("Phạm".encode())
    path.write_bytes(data[:cut] + b"\xff\xfe" + data[cut:])
    with pytest.raises(DataError) as caught:
        load(path)
    (problem,) = caught.value.problems
    assert "not UTF-8 text" in problem.message
    assert problem.line == data[:cut].count(b"\n") + 1


@pytest.mark.usefixtures("yaml_parser")
@pytest.mark.parametrize(
    ("text", "phrase"),
    [
        ("doc_type: !!python/object/apply:os.system ['true']\n", "the tag"),
        ("doc_type: !!binary aGVsbG8=\n", "the tag"),
        ("doc_type: !!set {a, b}\n", "the tag"),
        ("doc_type: !vnreport bao-cao\n", "the tag"),
        ("doc_type: &a bao-cao\nsubject: *a\n", "anchors and aliases"),
        ("doc_type: bao-cao\n---\ndoc_type: bao-cao\n", "one document"),
        ("? [a, b]\n: c\ndoc_type: bao-cao\n", "a key must be a text"),
        ("doc_type: bao-cao\nsubject: \x00\n", "not allowed"),
        ("doc_type: bao-cao\nsubject: \ud800\n", "not allowed"),
        ("doc_type: !!bool maybe\n", "not true or false"),
        ("doc_type: !!int twelve\n", "not a whole number"),
        ("doc_type: !!float twelve\n", "not a number"),
    ],
)
def test_yaml_that_is_not_plain_data_is_refused(text: str, phrase: str) -> None:
    found = problems(text, "yaml")
    assert any(phrase in problem.message for problem in found), found
    assert all(problem.line is not None for problem in found if phrase in problem.message)


def mutations(rng: random.Random, text: str) -> str:
    pieces = ["[", "]", "{", "}", ":", ",", "-", "'", '"', "#", "\n", " ", "\t", "!", "&a", "*a",
              "|", ">", "? ", "---\n", "0x", "1:2", "0", "9" * 60, "e999", ".", "=", "\\",
              "\ufeff", "\x00", "\ud800", "\x85", "\u2028", "NaN", ".inf", "<<: ", "[[", "]]",
              '"""', "'''", "\\u0000", "Đ"]  # fmt: skip
    for _ in range(rng.randint(1, 8)):
        at = rng.randrange(len(text) + 1)
        choice = rng.random()
        if choice < 0.5:
            text = text[:at] + rng.choice(pieces) * rng.choice([1, 1, 2, 70]) + text[at:]
        elif choice < 0.8:
            text = text[:at] + text[at + rng.randint(1, 30) :]
        else:
            start = rng.randrange(len(text) + 1)
            text = text[:at] + text[start : start + rng.randint(1, 60)] + text[at:]
    return text


@pytest.mark.parametrize("fmt", [*FORMATS, None])
def test_mutated_files_give_a_document_or_a_data_error(fmt: str | None) -> None:
    rng = random.Random(f"vnreport-{fmt}")
    for _ in range(300):
        text = mutations(rng, text_of(fmt or rng.choice(FORMATS)))
        with contextlib.suppress(DataError):
            loads(text, format=fmt)


@pytest.mark.parametrize("fmt", [*FORMATS, None])
def test_random_text_and_bytes_give_a_data_error(fmt: str | None, tmp_path: Path) -> None:
    rng = random.Random(f"vnreport-random-{fmt}")
    path = tmp_path / f"random.{fmt or 'yaml'}"
    for _ in range(100):
        size = rng.choice([0, 1, 10, 1000])
        text = "".join(
            chr(rng.choice([rng.randrange(0x80), rng.randrange(0x110000)])) for _ in range(size)
        )
        with pytest.raises(DataError):
            loads(text, format=fmt)
        path.write_bytes(rng.randbytes(size))
        with pytest.raises(DataError):
            load(path)


# --- things that are not files ---------------------------------------------------------------


needs_fifo = pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes are POSIX")


def run_child(code: str, *args: str, timeout: float = 60) -> subprocess.CompletedProcess[str]:
    """Run ``code`` in a child limited to 1.5 GiB of memory (RLIMIT_AS)."""
    return run_bounded(code, *args, cwd=ROOT, timeout=timeout)


def run_cli(*args: str, timeout: float = 60) -> subprocess.CompletedProcess[str]:
    return run_child(
        "from vnreport.cli.main import main\nsys.exit(main(sys.argv[1:]))", *args, timeout=timeout
    )


LOAD = "from vnreport.exchange import load, DataError\ntry:\n    load(sys.argv[1])\nexcept DataError as e:\n    print(e)\n    sys.exit(3)\n"


@needs_fifo
def test_load_refuses_a_fifo_without_waiting_for_a_writer(tmp_path: Path) -> None:
    fifo = tmp_path / "bc.yaml"
    os.mkfifo(fifo)
    result = run_child(LOAD, str(fifo), timeout=30)
    assert result.returncode == 3, result.stderr
    assert "is a named pipe (FIFO), not a data file" in result.stdout


@pytest.mark.parametrize(
    ("path", "kind"), [("/dev/zero", "a device"), ("/dev/null", "a device"), (".", "a directory")]
)
def test_load_refuses_what_is_not_a_file(path: str, kind: str, tmp_path: Path) -> None:
    target = Path(path)
    if not target.exists():
        pytest.skip(f"{path} does not exist here")
    link = tmp_path / "bc.yaml"  # the suffix says YAML: the kind of file is what is refused
    link.symlink_to(target.resolve())
    with pytest.raises(DataError, match=f"is {kind}, not a data file"):
        load(link)
    result = run_cli("validate", str(link), timeout=30)
    assert result.returncode == 1
    assert f"is {kind}, not a data file" in result.stderr
    assert "Traceback" not in result.stderr


@needs_fifo
def test_the_command_line_reads_a_fifo_no_further_than_the_limit(tmp_path: Path) -> None:
    fifo = tmp_path / "bc.yaml"
    os.mkfifo(fifo)
    written = []

    def endless_writer() -> None:
        try:
            with fifo.open("wb") as pipe:
                for _ in range(40):  # 40 MiB, more than the 16 MiB limit
                    pipe.write(b"# " + b"x" * (1024 * 1024 - 3) + b"\n")
                    written.append(1)
        except BrokenPipeError:
            pass  # the reader stopped at the limit, as it must

    writer = threading.Thread(target=endless_writer, daemon=True)
    writer.start()
    result = run_cli("validate", str(fifo), timeout=60)
    writer.join(timeout=30)
    assert result.returncode == 1, result.stderr
    assert "DataLimits.max_file_bytes" in result.stderr
    assert len(written) < 40


def test_the_command_line_reads_a_fifo_it_is_given(tmp_path: Path) -> None:
    if not hasattr(os, "mkfifo"):
        pytest.skip("named pipes are POSIX")
    fifo = tmp_path / "bc.yaml"
    os.mkfifo(fifo)
    text = with_raw("yaml", ("number",), "012").encode("utf-8")

    def writer() -> None:
        with fifo.open("wb") as pipe:
            pipe.write(text)

    thread = threading.Thread(target=writer, daemon=True)
    thread.start()
    result = run_cli("validate", str(fifo), timeout=60)
    thread.join(timeout=30)
    assert result.returncode == 0, result.stderr
    assert stat.S_ISFIFO(fifo.stat().st_mode)


def test_standard_input_is_read_no_further_than_the_limit() -> None:
    code = "from vnreport.cli.main import main\nsys.exit(main(['validate', '-']))\n"
    with subprocess.Popen(
        bounded_command(code),
        stdin=subprocess.PIPE,
        stderr=subprocess.PIPE,
        cwd=ROOT,
    ) as child:
        assert child.stdin is not None
        try:
            for _ in range(40):
                child.stdin.write(b"# " + b"x" * (1024 * 1024 - 3) + b"\n")
        except BrokenPipeError:
            pass
        finally:
            with contextlib.suppress(BrokenPipeError):
                child.stdin.close()
        assert child.stderr is not None
        stderr = child.stderr.read().decode()
        assert child.wait(timeout=60) == 1
    assert "DataLimits.max_file_bytes" in stderr


# --- the hostile files of issue 8, under a memory limit ------------------------------------


def hostile_files() -> Iterator[tuple[str, str, bytes, str]]:
    """(id, suffix, content, the limit the refusal must name)."""
    for suffix in ("yaml", "json", "toml"):
        prefix = b"a = " if suffix == "toml" else b""
        yield f"deep-{suffix}", suffix, prefix + b"[" * 1_000_000 + b"]" * 1_000_000, "max_depth"
        number = b"9" * 1_000_000
        if suffix == "json":
            yield (
                f"huge-number-{suffix}",
                suffix,
                b'{"number": ' + number + b"}",
                "max_number_digits",
            )
        else:
            separator = b": " if suffix == "yaml" else b" = "
            yield (
                f"huge-number-{suffix}",
                suffix,
                b"number" + separator + number,
                "max_number_digits",
            )
    yield "many-values-json", "json", b"[" + b"1," * 7_000_000 + b"1]", "max_values"
    yield "many-values-toml", "toml", b"a = [" + b"1," * 7_000_000 + b"1]", "max_values"
    yield "long-text", "yaml", b"subject: '" + b"x" * 15_000_000 + b"'", "max_string_chars"
    yield "too-large", "yaml", b"# " + b"x" * (17 * 1024 * 1024), "max_file_bytes"


HOSTILE = list(hostile_files())


@pytest.mark.parametrize(
    ("suffix", "content", "limit"),
    [case[1:] for case in HOSTILE],
    ids=[case[0] for case in HOSTILE],
)
def test_hostile_files_are_refused_in_bounded_memory(
    suffix: str, content: bytes, limit: str, tmp_path: Path
) -> None:
    path = tmp_path / f"hostile.{suffix}"
    path.write_bytes(content)
    result = run_cli("validate", str(path))
    assert result.returncode == 1, result.stderr[-2000:]
    assert f"DataLimits.{limit}" in result.stderr
    assert "Traceback" not in result.stderr
    assert "MemoryError" not in result.stderr


@pytest.mark.slow
def test_a_yaml_file_of_millions_of_values_is_refused_in_bounded_memory(tmp_path: Path) -> None:
    # YAML is read value by value: the million values of the limit take a few seconds.
    path = tmp_path / "hostile.yaml"
    path.write_bytes(b"[" + b"1," * 7_000_000 + b"1]")
    result = run_cli("validate", str(path))
    assert result.returncode == 1, result.stderr[-2000:]
    assert "DataLimits.max_values" in result.stderr
    assert "Traceback" not in result.stderr


# --- the two YAML parsers --------------------------------------------------------------------


@pytest.mark.skipif(yamlreader._FAST_LOADER is None, reason="libyaml is not installed")
@pytest.mark.parametrize(
    "text",
    [
        (ROOT / "examples" / "tuan-giao-2021.yaml").read_text(encoding="utf-8"),
        text_of("yaml"),
        dumps(loads(text_of("yaml"), format="yaml"), format="yaml"),
    ],
    ids=["example", "base", "dumped"],
)
def test_libyaml_and_the_python_parser_read_the_same_data(text: str) -> None:
    limits = DataLimits()
    fast = yamlreader._build(yamlreader._events(text, yamlreader._FAST_LOADER), limits)
    slow = yamlreader._build(yamlreader._events(text, yamlreader._PY_LOADER), limits)
    assert fast == slow
    assert not fast.problems
    # The same data as PyYAML's own safe loader, dates aside (kept as text here).
    expected = yaml.safe_load(text)
    assert isinstance(expected, dict)
    assert isinstance(fast.data, dict)
    expected["date"] = str(expected["date"])
    assert fast.data == expected
