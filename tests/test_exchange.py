"""The exchange format at the library level: load/loads/dump/dumps, short forms, schema, terms.

Round trips (``loads(dumps(r, f), f) == r``) for YAML, JSON and TOML, on the seed report and
on generated reports; the example data file against the Python example; the JSON Schema
against the files the loader accepts and refuses; and the table of terms against the model.
"""

from __future__ import annotations

import copy
import json
import re
import types
import typing
from decimal import Decimal
from pathlib import Path

import attrs
import pytest
import yaml
from hypothesis import HealthCheck, given, settings
from jsonschema import Draft202012Validator

from conftest import ROOT, load_example
from strategies import reports
from vnreport import (
    Agency,
    Appendix,
    Bullet,
    Document,
    IssueDate,
    Paragraph,
    Recipients,
    Report,
    Secrecy,
    Section,
    Signature,
    Table,
    Urgency,
)
from vnreport.exchange import DataError, dump, dumps, load, loads
from vnreport.exchange.schema import json_schema
from vnreport.exchange.terms import TERMS, terms_of
from vnreport.types import REGISTRY

STARTERS = {entry.key: entry.starter for entry in REGISTRY}

FORMATS = ("yaml", "json", "toml")
EXAMPLE = ROOT / "examples" / "tuan-giao-2021.yaml"
DATA_FILES_DOC = ROOT / "docs" / "data-files.md"

AGENCY = Agency(name="Ủy ban nhân dân huyện Tuần Giáo", abbreviation="UBND", place="Tuần Giáo")
SIGNATURE = Signature(
    authority=["TM. Ủy ban nhân dân", "KT. Chủ tịch"], title="Phó Chủ tịch", name="Phạm Thị Tuyên"
)


def small_report(**changes: object) -> Report:
    fields: dict[str, object] = {
        "issuer": AGENCY,
        "date": "2021-06",
        "subject": "Kết quả thực hiện nhiệm vụ 6 tháng đầu năm 2021",
        "sections": [Section(title="Kết quả thực hiện", content=["Đã thực hiện."])],
        "recipients": ["Ban Dân vận Huyện ủy", "Lưu: VT, NV"],
        "signature": SIGNATURE,
    }
    fields.update(changes)
    return Report(**fields)  # type: ignore[arg-type]


MINIMAL_YAML = """\
doc_type: bao-cao
issuer:
  name: Ủy ban nhân dân huyện Tuần Giáo
  abbreviation: UBND
  place: Tuần Giáo
date: "2021-06"
subject: Kết quả thực hiện nhiệm vụ 6 tháng đầu năm 2021
sections:
  - title: Kết quả thực hiện
    content:
      - Đã thực hiện.
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


def minimal(**replacements: str) -> str:
    """MINIMAL_YAML with whole lines ``key: …`` replaced (or added at the end)."""
    text = MINIMAL_YAML
    for key, line in replacements.items():
        pattern = re.compile(rf"^{re.escape(key)}:.*$", re.MULTILINE)
        text = pattern.sub(line, text) if pattern.search(text) else text + line + "\n"
    return text


# --- round trips of the seed report ---------------------------------------------------------


@pytest.mark.parametrize("fmt", FORMATS)
def test_seed_round_trip(seed_report: Report, fmt: str) -> None:
    text = dumps(seed_report, format=fmt)
    assert loads(text, format=fmt) == seed_report
    # The format is guessed from the text, as for standard input.
    assert loads(text) == seed_report


@pytest.mark.parametrize("fmt", FORMATS)
def test_dump_and_load_files(seed_report: Report, tmp_path: Path, fmt: str) -> None:
    path = tmp_path / f"bao-cao.{fmt}"
    assert dump(seed_report, path) == path
    assert load(path) == seed_report
    assert [entry.name for entry in tmp_path.iterdir()] == [path.name]  # no temporary file left


def test_yaml_dump_is_readable(seed_report: Report) -> None:
    text = dumps(seed_report, format="yaml")
    data = yaml.safe_load(text)
    assert list(data)[:5] == ["doc_type", "issuer", "number", "date", "subject"]
    assert data["doc_type"] == "bao-cao"
    # A draft: the number is written as null, the date without its day.
    assert re.search(r"^number: null$", text, re.MULTILINE)
    assert re.search(r"^date: '?2021-06'?$", text, re.MULTILINE)
    assert data["date"] == "2021-06"
    assert data["signature"]["authority"] == ["TM. Ủy ban nhân dân", "KT. Chủ tịch"]
    # Emphasis is kept exactly as written.
    bullets = [block for block in data["sections"][2]["content"][2]["content"] if "text" in block]
    assert any(
        "(*khiếu nại 02 đơn, tố cáo 02 đơn, đơn đề nghị 30 đơn*)" in block["text"]
        for block in bullets
    )
    assert "(*khiếu nại 02 đơn, tố cáo" in text


def test_yaml_dump_of_a_short_report() -> None:
    report = small_report(
        number=5,
        date="2021-06-15",
        sections=[
            Section(
                title="Kết quả",
                content=["trong đó (*khiếu nại 02 đơn*) và **tố cáo 03 đơn**"],
            )
        ],
    )
    text = dumps(report, format="yaml")
    assert "- trong đó (*khiếu nại 02 đơn*) và **tố cáo 03 đơn**\n" in text
    assert re.search(r"^number: 5$", text, re.MULTILINE)
    assert re.search(r"^date: '?2021-06-15'?$", text, re.MULTILINE)
    data = yaml.safe_load(text)
    assert data["date"] == "2021-06-15"  # a string, not a YAML timestamp
    assert data["signature"]["authority"][0] == "TM. Ủy ban nhân dân"
    assert loads(text, format="yaml") == report


@pytest.mark.parametrize("fmt", ["json", "toml"])
def test_json_and_toml_dumps_are_plain(seed_report: Report, fmt: str) -> None:
    text = dumps(seed_report, format=fmt)
    if fmt == "json":
        data = json.loads(text)
        assert data["number"] is None
        assert data["date"] == "2021-06"
    else:
        assert not re.search(r"^number\s*=", text, re.MULTILINE)  # TOML has no null
        assert re.search(r'^date = "2021-06"$', text, re.MULTILINE)
    assert "(*khiếu nại 02 đơn, tố cáo 02 đơn, đơn đề nghị 30 đơn*)" in text


# --- the example data file -------------------------------------------------------------------


def test_example_file_renders_as_the_python_example(seed_report: Report) -> None:
    report = load(EXAMPLE)
    assert report == seed_report
    assert report == load_example("tuan_giao_2021").build_report()
    rendered = report.render()
    assert rendered == seed_report.render()
    assert rendered == load_example("tuan_giao_2021").build_report().render()


# --- the short forms the loader accepts -----------------------------------------------------


def test_a_paragraph_is_its_text() -> None:
    long_form = MINIMAL_YAML.replace(
        "      - Đã thực hiện.", "      - type: paragraph\n        text: Đã thực hiện."
    )
    assert loads(long_form, format="yaml") == loads(MINIMAL_YAML, format="yaml")
    report = loads(MINIMAL_YAML, format="yaml")
    assert report.sections[0].content == (Paragraph(text="Đã thực hiện."),)


def test_recipients_as_a_list_or_a_mapping() -> None:
    as_list = loads(MINIMAL_YAML, format="yaml")
    as_mapping = loads(
        MINIMAL_YAML.replace(
            'recipients:\n  - Ban Dân vận Huyện ủy\n  - "Lưu: VT, NV"\n',
            "recipients:\n  items: [Ban Dân vận Huyện ủy]\n  archive: [NV]\n",
        ),
        format="yaml",
    )
    expected = Recipients(items=["Ban Dân vận Huyện ủy"], archive=["NV"])
    assert as_list.recipients == expected
    assert as_mapping.recipients == expected
    assert as_list == as_mapping


@pytest.mark.parametrize(
    ("line", "field", "value"),
    [
        ("secrecy: Tối mật", "secrecy", Secrecy.TOP_SECRET),
        ("secrecy: TOP_SECRET", "secrecy", Secrecy.TOP_SECRET),
        ("urgency: Hỏa tốc", "urgency", Urgency.FLASH),
        ("urgency: VERY_URGENT", "urgency", Urgency.VERY_URGENT),
        ('number: "05"', "number", 5),
        ("number: 5", "number", 5),
        ("number: null", "number", None),
        ("date: 2021-06-15", "date", IssueDate(year=2021, month=6, day=15)),
        ('date: "2021-06-15"', "date", IssueDate(year=2021, month=6, day=15)),
        ("date: 2021-06", "date", IssueDate(year=2021, month=6)),
    ],
)
def test_short_forms(line: str, field: str, value: object) -> None:
    key = line.split(":")[0]
    report = loads(minimal(**{key: line}), format="yaml")
    assert getattr(report, field) == value


def test_authority_lines_as_text_or_mappings() -> None:
    text = MINIMAL_YAML.replace(
        "    - TM. Ủy ban nhân dân\n", "    - prefix: TM.\n      title: Ủy ban nhân dân\n"
    )
    assert loads(text, format="yaml").signature == SIGNATURE


def test_a_top_level_section_may_say_its_type() -> None:
    text = MINIMAL_YAML.replace(
        "  - title: Kết quả thực hiện", "  - type: section\n    title: Kết quả thực hiện"
    )
    assert loads(text, format="yaml") == loads(MINIMAL_YAML, format="yaml")


def test_utf8_bom_is_accepted(tmp_path: Path) -> None:
    path = tmp_path / "bao-cao.yaml"
    path.write_bytes(b"\xef\xbb\xbf" + MINIMAL_YAML.encode("utf-8"))
    assert load(path) == loads(MINIMAL_YAML, format="yaml")


def test_load_refuses_an_unknown_suffix(tmp_path: Path) -> None:
    path = tmp_path / "bao-cao.txt"
    path.write_text(MINIMAL_YAML, encoding="utf-8")
    with pytest.raises(DataError, match=r"cannot tell the format of 'bao-cao.txt'"):
        load(path)
    assert load(path, format="yaml") == loads(MINIMAL_YAML, format="yaml")


def test_data_error_lists_problems_with_lines() -> None:
    text = minimal(date="date: 2021-02-30").replace("Phạm Thị Tuyên", "PHẠM THỊ TUYÊN")
    with pytest.raises(DataError) as caught:
        loads(text, format="yaml", source="bc.yaml")
    problems = caught.value.problems
    assert [(str(problem.location), problem.line) for problem in problems] == [
        ("date", 6),
        ("signature.name", 20),
    ]
    assert caught.value.source == "bc.yaml"
    assert "2 problems found" in str(caught.value)
    assert "bc.yaml: line 6: date: 2021-02 has no day 30" in str(caught.value)


# --- numbers --------------------------------------------------------------------------------


def table_report(*cells: object, totals: list[object] | None = None) -> Report:
    table = Table(header=["Nội dung", "Số tiền"], rows=[["Dòng", cell] for cell in cells])
    if totals is not None:
        table = attrs.evolve(table, totals=totals)
    return small_report(sections=[Section(title="Kinh phí", content=[table])])


@pytest.mark.parametrize("fmt", ["yaml", "toml"])
@pytest.mark.parametrize(
    "number",
    [
        Decimal("1234567.891"),
        Decimal("0.1"),
        Decimal("1.10"),
        Decimal("12345678901234567890.12345"),
    ],
)
def test_decimals_keep_every_digit(fmt: str, number: Decimal) -> None:
    report = table_report(number)
    back = loads(dumps(report, format=fmt), format=fmt)
    assert back == report
    cell = back.sections[0].content[0].rows[0][1]
    assert isinstance(cell, Decimal)
    assert str(cell) == str(number)


def test_json_writes_decimals_a_float_holds_exactly() -> None:
    report = table_report(Decimal("1234567.891"), 5, totals=["Tổng", Decimal("1234572.891")])
    text = dumps(report, format="json")
    assert "1234567.891" in text
    assert loads(text, format="json") == report


def test_json_refuses_a_decimal_a_float_cannot_hold() -> None:
    report = table_report(Decimal("12345678901234567890.12345"))
    with pytest.raises(ValueError, match=r"12345678901234567890\.12345 cannot be written exactly"):
        dumps(report, format="json")


# --- generated reports ----------------------------------------------------------------------


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(report=reports())
def test_generated_reports_round_trip(report: Report) -> None:
    for fmt in FORMATS:
        text = dumps(report, format=fmt)
        assert loads(text, format=fmt) == report, fmt


# --- the JSON Schema ------------------------------------------------------------------------


@pytest.fixture(scope="module")
def validator() -> Draft202012Validator:
    schema = json_schema()
    Draft202012Validator.check_schema(schema)
    return Draft202012Validator(schema)


def test_schema_is_a_valid_draft_2020_12_schema() -> None:
    schema = json_schema()
    Draft202012Validator.check_schema(schema)
    assert schema["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    assert json.loads(json.dumps(schema)) == schema  # plain JSON, nothing Python-only


def test_schema_accepts_the_seed(validator: Draft202012Validator, seed_report: Report) -> None:
    data = json.loads(dumps(seed_report, format="json"))
    assert list(validator.iter_errors(data)) == []


def test_schema_accepts_the_example_file(validator: Draft202012Validator) -> None:
    data = yaml.safe_load(EXAMPLE.read_text(encoding="utf-8"))
    assert list(validator.iter_errors(data)) == []


def test_schema_accepts_the_starter_file(validator: Draft202012Validator) -> None:
    starter = loads(STARTERS["bao-cao"], format="yaml")  # the loader reads it
    as_typed = yaml.safe_load(STARTERS["bao-cao"])
    as_dumped = json.loads(dumps(starter, format="json"))
    for data in (as_typed, as_dumped):
        assert [error.message for error in validator.iter_errors(data)] == []


def test_schema_accepts_bullets_with_plus_items(validator: Draft202012Validator) -> None:
    # What dumps writes for a "-" item with "+" items: the items as text.
    report = small_report(
        sections=[Section(title="Kết quả", content=[Bullet(text="Nội dung", items=["Ý con"])])]
    )
    data = json.loads(dumps(report, format="json"))
    assert data["sections"][0]["content"][0]["items"] == ["Ý con"]
    assert [error.message for error in validator.iter_errors(data)] == []


def _break_unknown_key(data: dict[str, typing.Any]) -> None:
    data["subjcet"] = data.pop("subject")


def _break_nested_unknown_key(data: dict[str, typing.Any]) -> None:
    data["issuer"]["plase"] = data["issuer"].pop("place")


def _break_type(data: dict[str, typing.Any]) -> None:
    data["issuer"]["place"] = 12


def _break_required(data: dict[str, typing.Any]) -> None:
    del data["signature"]["name"]


def _break_block_type(data: dict[str, typing.Any]) -> None:
    data["sections"][1]["content"][0]["type"] = "bulet"


def _break_date(data: dict[str, typing.Any]) -> None:
    data["date"] = "15/6/2021"


def _break_doc_type(data: dict[str, typing.Any]) -> None:
    data["doc_type"] = "cong-van"


def _break_enum(data: dict[str, typing.Any]) -> None:
    data["urgency"] = "Rất khẩn"


def _break_number(data: dict[str, typing.Any]) -> None:
    data["number"] = 0


def _break_list(data: dict[str, typing.Any]) -> None:
    data["opening"] = "Thực hiện Công văn số 200-CV/HU"


def _break_authority(data: dict[str, typing.Any]) -> None:
    data["signature"]["authority"] = ["Ủy ban nhân dân"]


@pytest.mark.parametrize(
    "damage",
    [
        _break_unknown_key,
        _break_nested_unknown_key,
        _break_type,
        _break_required,
        _break_block_type,
        _break_date,
        _break_doc_type,
        _break_enum,
        _break_number,
        _break_list,
        _break_authority,
    ],
)
def test_schema_rejects_broken_files(
    validator: Draft202012Validator, seed_report: Report, damage: typing.Any
) -> None:
    data = json.loads(dumps(seed_report, format="json"))
    assert validator.is_valid(data)
    broken = copy.deepcopy(data)
    damage(broken)
    assert not validator.is_valid(broken)
    # The loader refuses the same file.
    with pytest.raises(DataError):
        loads(json.dumps(broken, ensure_ascii=False), format="json")


# --- the terms of every key -----------------------------------------------------------------


def _classes_reachable_from(root: type) -> list[type]:
    """Every attrs class a Report's fields can hold, following the type hints."""
    found: list[type] = []
    pending: list[object] = [root]
    while pending:
        kind = pending.pop()
        if isinstance(kind, str):
            continue
        origin = typing.get_origin(kind)
        if origin in (typing.Union, types.UnionType) or origin is tuple:
            pending.extend(typing.get_args(kind))
            continue
        if not (isinstance(kind, type) and attrs.has(kind)) or kind in found:
            continue
        found.append(kind)
        hints = typing.get_type_hints(kind)
        pending.extend(hints[field.name] for field in attrs.fields(kind) if field.init)
    return found


# IssueDate is an attrs class, but a data file writes it as one string ("2021-06-15").
_SCALARS = {IssueDate}


def test_reachable_classes_are_the_ones_expected() -> None:
    names = {cls.__name__ for cls in _classes_reachable_from(Report)}
    assert names >= {
        "Report", "Agency", "Signature", "Authority", "Recipients", "Section", "Paragraph",
        "Bullet", "Table", "DrafterMark", "Contact", "IssueDate", "Appendix",
    }  # fmt: skip


def _documented_classes() -> list[type]:
    """Every class a data file of any registered type can hold."""
    found: list[type] = []
    for entry in REGISTRY:
        found.extend(c for c in _classes_reachable_from(entry.model) if c not in found)
    return [cls for cls in found if cls not in _SCALARS]


def _terms(cls: type) -> dict[str, str]:
    # A document's keys come from its bases and its registry entry; a part's from TERMS.
    return terms_of(cls) if issubclass(cls, Document) else TERMS.get(cls.__name__, {})


def test_terms_cover_every_field() -> None:
    missing = [
        f"{cls.__name__}.{field.name}"
        for cls in _documented_classes()
        for field in attrs.fields(cls)
        if field.init and field.name not in _terms(cls)
    ]
    assert missing == []
    for entry in REGISTRY:
        assert "doc_type" in terms_of(entry.model), entry.key


def test_terms_name_only_real_fields() -> None:
    classes = {cls.__name__: cls for cls in _documented_classes()}
    stale = [
        f"{name}.{key}"
        for name, entries in TERMS.items()
        for key in entries
        if name != "Document"
        and (name not in classes or key not in attrs.fields_dict(classes[name]))
    ]
    base_fields = set(attrs.fields_dict(Document)) | {"doc_type"}
    stale += [f"Document.{key}" for key in TERMS["Document"] if key not in base_fields]
    stale += [
        f"{entry.key}.{key}"
        for entry in REGISTRY
        for key in entry.terms
        if key not in attrs.fields_dict(entry.model)
    ]
    assert stale == []
    every_term = [*TERMS.values(), *(entry.terms for entry in REGISTRY)]
    for entries in every_term:
        for term in entries.values():
            assert " — " in term  # "Vietnamese term — meaning"


def test_schema_describes_every_key_with_its_term() -> None:
    definitions = json_schema()["$defs"]
    named = [*(entry.model for entry in REGISTRY), Agency, Signature, Recipients, Appendix]
    for cls in named:
        properties = definitions[cls.__name__]["properties"]
        assert set(properties) == set(_terms(cls)), cls.__name__
        for key, term in _terms(cls).items():
            assert properties[key]["description"] == term, f"{cls.__name__}.{key}"


def test_data_files_doc_mentions_every_key() -> None:
    assert DATA_FILES_DOC.exists(), "docs/data-files.md is not written yet"
    doc = DATA_FILES_DOC.read_text(encoding="utf-8")
    missing = [
        f"{name}.{key}"
        for name, entries in TERMS.items()
        for key in entries
        if f"`{key}`" not in doc and not re.search(rf"^\s*-?\s*{re.escape(key)}:", doc, re.M)
    ]
    assert missing == []
    for name in TERMS:
        assert re.search(rf"^#+ .*\b{name}\b", doc, re.MULTILINE), name
