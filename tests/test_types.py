"""Every registered type of document works end to end from its registry entry.

For each entry: ``vnreport new KEY`` writes its starter, the starter is a valid data file
of that type, ``vnreport render`` turns it into a .docx that prints the type's name and
symbol, and the checker finds nothing in it; the JSON Schema describes every type.
"""

from __future__ import annotations

import re
import warnings
from pathlib import Path

import pytest
from jsonschema import Draft202012Validator

from docx_helpers import open_docx
from vnreport import ConformanceWarning, Document, check
from vnreport.cli.main import main
from vnreport.exchange import load, loads
from vnreport.exchange.schema import json_schema
from vnreport.rules.doctypes import DocumentType
from vnreport.types import REGISTRY, TypeEntry, entry_for, entry_named

ENTRIES = {entry.key: entry for entry in REGISTRY}


def _paragraph_texts(data: bytes) -> list[str]:
    document = open_docx(data)
    cells = [
        paragraph.text
        for table in document.tables
        for row in table.rows
        for cell in row.cells
        for paragraph in cell.paragraphs
    ]
    return [paragraph.text for paragraph in document.paragraphs] + cells


def test_the_registry_holds_every_type_of_article_7_once() -> None:
    types = [entry.model.DOC_TYPE for entry in REGISTRY]
    assert len(types) == len(set(types))
    assert len({entry.key for entry in REGISTRY}) == len(REGISTRY)
    assert REGISTRY[0].key == "bao-cao"
    # Every type of Điều 7 renders: those with a layout of their own join the registry
    # as they are built (công văn, quyết định, giấy mời, biên bản).
    own_layouts = {
        DocumentType.OFFICIAL_LETTER,
        DocumentType.DECISION,
        DocumentType.INVITATION,
        DocumentType.MINUTES,
    }
    assert set(DocumentType) - own_layouts <= set(types)


def test_entries_are_found_by_key_and_by_document() -> None:
    for entry in REGISTRY:
        assert entry_named(entry.key) is entry
        document = loads(entry.starter, format="yaml")
        assert entry_for(document) is entry
    with pytest.raises(KeyError, match=r"'bao-cao-tuan' is not a type of document \(bao-cao, "):
        entry_named("bao-cao-tuan")


@pytest.mark.parametrize("entry", REGISTRY, ids=[entry.key for entry in REGISTRY])
def test_new_writes_the_starter_and_render_renders_it(tmp_path: Path, entry: TypeEntry) -> None:
    path = tmp_path / f"{entry.key}.yaml"
    assert main(["new", entry.key, "-o", str(path)]) == 0
    assert path.read_text(encoding="utf-8") == entry.starter
    document = load(path)
    assert isinstance(document, entry.model)
    assert document.doc_type is entry.model.DOC_TYPE
    target = tmp_path / f"{entry.key}.docx"
    with warnings.catch_warnings():
        warnings.simplefilter("error", ConformanceWarning)
        assert main(["render", str(path), "-o", str(target)]) == 0
    data = target.read_bytes()
    assert data == document.render()
    findings = check(data)
    assert findings == (), "\n".join(str(finding) for finding in findings)
    texts = _paragraph_texts(data)
    doc_type = entry.model.DOC_TYPE
    symbol = f"/{doc_type.abbreviation}-" if doc_type.abbreviation else "/"
    assert any(text.startswith("Số:") and symbol in text for text in texts), texts[:12]
    if entry.sample == "Mẫu 1.4":
        assert doc_type.printed_name in texts


@pytest.mark.parametrize("entry", REGISTRY, ids=[entry.key for entry in REGISTRY])
def test_the_starter_is_valid_against_the_schema(entry: TypeEntry) -> None:
    import yaml

    validator = Draft202012Validator(json_schema())
    data = yaml.safe_load(entry.starter)
    errors = [error.message for error in validator.iter_errors(data)]
    assert errors == []
    assert data["doc_type"] == entry.key


def test_the_schema_describes_every_type() -> None:
    schema = json_schema()
    choices = [choice["$ref"].rsplit("/", 1)[-1] for choice in schema["oneOf"]]
    assert choices == [entry.model.__name__ for entry in REGISTRY]
    for entry in REGISTRY:
        definition = schema["$defs"][entry.model.__name__]
        assert definition["properties"]["doc_type"]["const"] == entry.key
        assert "doc_type" in definition["required"]


def test_a_starter_names_its_type_in_its_first_lines() -> None:
    for entry in REGISTRY:
        head = "\n".join(entry.starter.splitlines()[:10])
        assert f"doc_type: {entry.key}" in head, entry.key
        assert entry.title in head, entry.key


def test_every_registered_model_is_a_document() -> None:
    for entry in REGISTRY:
        assert issubclass(entry.model, Document)
        assert entry.model.__doc__, f"{entry.model.__name__} has no docstring"


# --- narrative_class -------------------------------------------------------------------


def test_narrative_class_takes_a_type_or_its_key() -> None:
    from vnreport import Report, narrative_class

    assert narrative_class(DocumentType.REPORT) is Report
    assert narrative_class("bao-cao") is Report
    scheme = narrative_class("de-an")
    assert scheme is narrative_class(DocumentType.SCHEME)
    assert scheme.DOC_TYPE is DocumentType.SCHEME
    assert entry_named("de-an").model is scheme


@pytest.mark.parametrize(
    ("doc_type", "own_class"),
    [
        (DocumentType.OFFICIAL_LETTER, "OfficialLetter"),
        (DocumentType.DECISION, "Decision"),
        (DocumentType.INVITATION, "Invitation"),
        (DocumentType.MINUTES, "Minutes"),
    ],
)
def test_narrative_class_refuses_a_type_with_its_own_layout(
    doc_type: DocumentType, own_class: str
) -> None:
    from vnreport import narrative_class

    with pytest.raises(
        ValueError, match=rf"layout of its own \(Mẫu .*\): use vnreport\.{own_class}$"
    ):
        narrative_class(doc_type)
    with pytest.raises(ValueError, match=own_class):
        narrative_class(entry_for_type(doc_type).key)


def entry_for_type(doc_type: DocumentType) -> TypeEntry:
    return next(entry for entry in REGISTRY if entry.model.DOC_TYPE is doc_type)


def test_narrative_class_refuses_what_is_not_a_type() -> None:
    from vnreport import narrative_class

    with pytest.raises(KeyError, match="'cong van' is not a type of document"):
        narrative_class("cong van")
    with pytest.raises(TypeError, match="DocumentType or a key"):
        narrative_class(7)  # type: ignore[arg-type]


# --- starters ---------------------------------------------------------------------------


@pytest.mark.parametrize("entry", REGISTRY, ids=[entry.key for entry in REGISTRY])
def test_a_starter_cites_nothing_issued_after_its_own_date(entry: TypeEntry) -> None:
    document = loads(entry.starter, format="yaml")
    own = (document.date.year, document.date.month)
    # A citation: "… số 12/QĐ-UBND ngày 10/01/2022" (a deadline "trước ngày …" may be later).
    cited = re.findall(r"số [\w/.-]+ ngày (\d{1,2})/(\d{1,2})/(\d{4})", entry.starter)
    for day, month, year in cited:
        assert (int(year), int(month)) <= own, f"{entry.key} cites {day}/{month}/{year}"
