"""The corpus scorer (benchmarks/import_corpus.py) itself: what it counts as recovered.

Hand-made expected/actual pairs, so that the benchmark's figure can be trusted: a right
value scores, a wrong one does not, a missing list item costs one item. These tests need
neither the corpus nor the importer; the one that reads the corpus is skipped without it.
The ``fields`` objects here are fakes with ``ImportedFields``' attribute names, made for
testing the scorer only.
"""

from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path
from types import ModuleType, SimpleNamespace
from typing import Any

import pytest

from conftest import ROOT

CORPUS = ROOT.parent / "shared" / "corpus" / "real-docx"


def _load() -> ModuleType:
    path = ROOT / "benchmarks" / "import_corpus.py"
    spec = importlib.util.spec_from_file_location("import_corpus", path)
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


scorer = _load()


def fake_fields(**given: Any) -> SimpleNamespace:
    """A stand-in for ``ImportedFields``: every field None or empty unless given."""
    values: dict[str, Any] = dict.fromkeys(
        (
            "doc_type",
            "issuer",
            "parent_issuer",
            "number",
            "symbol",
            "place",
            "date",
            "subject",
            "signature_title",
            "signature_name",
        )
    )
    values.update(
        dict.fromkeys(("kinh_gui", "can_cu", "headings", "recipients", "signature_authority"), ())
    )
    values.update(given)
    return SimpleNamespace(**values)


def check(expected: dict[str, Any], fields: object, name: str) -> Any:
    (found,) = [c for c in scorer.score_file(expected, fields) if c.field == name]
    return found


REPORT = {
    "doc_type": "Báo cáo",
    "title_line": "BÁO CÁO",
    "issuer": "UỶ BAN NHÂN DÂN TỈNH LÀO CAI",
    "parent_issuer": None,
    "number": None,
    "symbol": "BC-UBND",
    "place": "Lào Cai",
    "date": "2026-06",
    "subject": "Kết quả công tác quản lý năm 2025",
    "kinh_gui": ["- Bộ Công Thương;", "- Bộ Xây dựng."],
    "sections": [
        {"numeral": "I", "heading": "KẾT QUẢ THỰC HIỆN"},
        {"numeral": "II", "heading": "KIẾN NGHỊ"},
    ],
    "can_cu": None,
    "recipients": ["- Như trên;", "- Các sở: Tài chính,", "Xây dựng;", "- Lưu: VT, KT."],
    "recipients_items": ["- Như trên;", "- Các sở: Tài chính, Xây dựng;", "- Lưu: VT, KT."],
    "signature": {"authority": ["KT. CHỦ TỊCH"], "title": "PHÓ CHỦ TỊCH", "name": "Lê Văn A"},
}

RIGHT = fake_fields(
    doc_type="BÁO CÁO",
    issuer="ỦY BAN NHÂN DÂN TỈNH LÀO CAI",  # new-style tone placement: the same word
    symbol="BC-UBND",
    place="Lào Cai",
    date="2026-06",
    subject="Kết quả công tác  quản lý\tnăm 2025",
    kinh_gui=("Bộ Công Thương", "Bộ Xây dựng"),
    headings=("I. KẾT QUẢ THỰC HIỆN", "II. KIẾN NGHỊ"),
    recipients=("- Như trên;", "– Các sở: Tài chính, Xây dựng;", "- Lưu: VT, KT."),
    signature_authority=("KT.CHỦ TỊCH",),
    signature_title="PHÓ CHỦ TỊCH",
    signature_name="Lê Văn A",
)


def test_a_right_document_scores_every_expected_field() -> None:
    checks = scorer.score_file(REPORT, RIGHT)
    assert {c.field: (c.recovered, len(c.expected)) for c in checks} == {
        "type": (1, 1),
        "issuer": (1, 1),
        "parent": (0, 0),  # null: nothing to recover
        "number": (0, 0),
        "symbol": (1, 1),
        "place": (1, 1),
        "date": (1, 1),
        "subject": (1, 1),
        "kinh_gui": (2, 2),
        "headings": (2, 2),
        "can_cu": (0, 0),
        "recipients": (3, 3),  # the merged items, not the stored lines
        "signature": (3, 3),
    }
    assert all(c.spurious == 0 for c in checks)


@pytest.mark.parametrize(
    ("name", "wrong"),
    [
        ("type", {"doc_type": "KẾ HOẠCH"}),
        ("issuer", {"issuer": "ỦY BAN NHÂN DÂN TỈNH YÊN BÁI"}),
        ("symbol", {"symbol": "KH-UBND"}),
        ("place", {"place": "Lào"}),
        ("date", {"date": "2026-07"}),
        ("date", {"date": "2026"}),  # a partial date is not the date
        ("subject", {"subject": "kết quả công tác quản lý năm 2025"}),  # case counts here
        ("subject", {"subject": "Kết quả công tác quản lý"}),
    ],
)
def test_a_wrong_scalar_does_not_score_and_is_spurious(name: str, wrong: dict[str, str]) -> None:
    fields = fake_fields(**{**vars(RIGHT), **wrong})
    found = check(REPORT, fields, name)
    assert (found.recovered, found.spurious) == (0, 1)
    assert found.missed == found.expected


def test_a_value_where_none_is_printed_is_spurious_not_recovered() -> None:
    # "Số:      /BC-UBND": a number read where the văn thư left a blank.
    found = check(REPORT, fake_fields(**{**vars(RIGHT), "number": "218"}), "number")
    assert (len(found.expected), found.recovered, found.spurious) == (0, 0, 1)


def test_a_typo_stays_a_typo() -> None:
    expected = {**REPORT, "issuer": "SỞ THÔNG TIN VÀ TRUYỂN THÔNG"}
    corrected = fake_fields(issuer="SỞ THÔNG TIN VÀ TRUYỀN THÔNG")
    assert check(expected, corrected, "issuer").recovered == 0
    printed = fake_fields(issuer="Sở Thông tin và Truyển thông")  # capitals are printing
    assert check(expected, printed, "issuer").recovered == 1


def test_a_missing_list_item_costs_one_item_and_the_rest_still_align() -> None:
    fields = fake_fields(recipients=("- Như trên;", "- Lưu: VT, KT."))
    found = check(REPORT, fields, "recipients")
    assert (found.recovered, len(found.expected), found.spurious) == (2, 3, 0)
    assert found.missed == ("- Các sở: Tài chính, Xây dựng;",)


def test_a_wrapped_item_left_unjoined_is_two_misses() -> None:
    fields = fake_fields(
        recipients=("- Như trên;", "- Các sở: Tài chính,", "Xây dựng;", "- Lưu: VT, KT.")
    )
    found = check(REPORT, fields, "recipients")
    assert (found.recovered, found.spurious) == (2, 2)


def test_list_items_count_in_order() -> None:
    fields = fake_fields(headings=("II. KIẾN NGHỊ", "I. KẾT QUẢ THỰC HIỆN"))
    found = check(REPORT, fields, "headings")
    assert (found.recovered, found.spurious) == (1, 1)


def test_a_heading_needs_its_printed_label() -> None:
    fields = fake_fields(headings=("KẾT QUẢ THỰC HIỆN", "2. KIẾN NGHỊ"))
    assert check(REPORT, fields, "headings").recovered == 0


def test_raw_markers_numbered_paragraphs_and_articles() -> None:
    long = "Các tổ chức, cá nhân được cấp giấy phép thăm dò, khai thác khoáng sản phải thực hiện"
    expected = {
        "sections": [
            {"numeral": "1", "raw_marker": "1.", "heading": "Sở Công Thương"},
            {"numeral": "2", "raw_marker": "2.", "heading": long, "is_paragraph": True},
        ],
        "articles": [{"number": "1", "text_start": "Điều 1. Điều kiện sử dụng"}],
    }
    cut = f"2. {long}"[:70]  # the paragraph's start, past the 60 characters
    right = fake_fields(headings=("1. Sở Công Thương", cut, "Điều 1. Điều kiện sử dụng"))
    assert check(expected, right, "headings").recovered == 3
    short = fake_fields(headings=("1. Sở Công Thương", "2. Các tổ chức", "Điều 1."))
    assert check(expected, short, "headings").recovered == 1


def test_kinh_gui_one_line_and_as_a_list() -> None:
    one = {"kinh_gui": ["Bộ chỉ huy quân sự tỉnh Lào Cai"]}
    assert (
        check(one, fake_fields(kinh_gui=("Bộ chỉ huy quân sự tỉnh Lào Cai",)), "kinh_gui").recovered
        == 1
    )
    assert check(one, fake_fields(kinh_gui=("Bộ chỉ huy quân sự",)), "kinh_gui").recovered == 0
    listed = fake_fields(kinh_gui=("- Bộ Công Thương;", "- Bộ Xây dựng."))
    assert check(REPORT, listed, "kinh_gui").recovered == 2


def test_cong_van_subject_with_or_without_vv() -> None:
    expected = {
        "doc_type": "Công văn",
        "subject": "V/v cung cấp thông tin",
        "subject_without_prefix": "cung cấp thông tin",
    }
    for subject in ("cung cấp thông tin", "V/v cung cấp thông tin"):
        fields = fake_fields(doc_type="Công văn", subject=subject)
        assert check(expected, fields, "subject").recovered == 1
        assert check(expected, fields, "type").recovered == 1
    assert check(expected, fake_fields(subject="V/v cung cấp"), "subject").recovered == 0


def test_a_normative_number_split_at_either_slash() -> None:
    expected = {"number": "15", "number_year": "2010", "symbol": "QĐ-UBND"}
    for number, symbol in (("15", "QĐ-UBND"), ("15/2010", "QĐ-UBND"), ("15", "2010/QĐ-UBND")):
        fields = fake_fields(number=number, symbol=symbol)
        assert check(expected, fields, "number").recovered == 1
        assert check(expected, fields, "symbol").recovered == 1
    fields = fake_fields(number="16", symbol="2011/QĐ-UBND")
    assert check(expected, fields, "number").recovered == 0
    assert check(expected, fields, "symbol").recovered == 0


def test_the_type_name_line_is_accepted_as_the_type() -> None:
    expected = {"doc_type": "Biên bản", "title_line": "BIÊN BẢN THẨM ĐỊNH"}
    for doc_type in ("BIÊN BẢN", "BIÊN BẢN THẨM ĐỊNH", "Biên bản"):
        assert check(expected, fake_fields(doc_type=doc_type), "type").recovered == 1
    assert check(expected, fake_fields(doc_type="BÁO CÁO"), "type").recovered == 0


def test_nfd_text_and_dash_variants_compare_equal() -> None:
    import unicodedata

    nfd = unicodedata.normalize("NFD", "Kết quả công tác quản lý năm 2025")
    assert check(REPORT, fake_fields(subject=nfd), "subject").recovered == 1
    expected = {"recipients": ["- Như trên;"]}
    assert (
        check(expected, fake_fields(recipients=("\u2013 Như trên;",)), "recipients").recovered == 1
    )


def test_a_name_is_never_taken_for_a_title_line() -> None:
    swapped = fake_fields(
        signature_authority=("KT. CHỦ TỊCH",),
        signature_title="Lê Văn A",
        signature_name="PHÓ CHỦ TỊCH",
    )
    found = check(REPORT, swapped, "signature")
    assert found.recovered == 1  # only the authority line
    assert set(found.missed) == {"PHÓ CHỦ TỊCH", "Lê Văn A"}


def test_a_missing_authority_line_is_counted() -> None:
    expected = {
        "signature": {
            "authority": ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH"],
            "title": "PHÓ CHỦ TỊCH",
            "name": "Trần Văn B",
        }
    }
    fields = fake_fields(
        signature_authority=("KT. CHỦ TỊCH",),
        signature_title="PHÓ CHỦ TỊCH",
        signature_name="Trần Văn B",
    )
    found = check(expected, fields, "signature")
    assert (found.recovered, len(found.expected)) == (3, 4)
    assert found.missed == ("TM. ỦY BAN NHÂN DÂN",)


MINUTES = {
    "signature": [
        {"authority": [], "role": "THÀNH VIÊN", "title": "PHÓ CỤC TRƯỞNG", "name": "Vũ Văn C"},
        {"authority": [], "role": "THÀNH VIÊN", "title": None, "name": "Đỗ Thị D"},
    ]
}


def test_a_bien_ban_scores_each_signature() -> None:
    # The fixed API holds one signature: the second member is missed.
    one = fake_fields(
        signature_authority=("THÀNH VIÊN",),
        signature_title="PHÓ CỤC TRƯỞNG",
        signature_name="Vũ Văn C",
    )
    found = check(MINUTES, one, "signature")
    assert (found.recovered, len(found.expected)) == (3, 5)
    assert found.missed == ("THÀNH VIÊN", "Đỗ Thị D")
    both = fake_fields(
        signatures=(
            SimpleNamespace(authority=("THÀNH VIÊN",), title="PHÓ CỤC TRƯỞNG", name="Vũ Văn C"),
            SimpleNamespace(authority=(), title="THÀNH VIÊN", name="Đỗ Thị D"),
        )
    )
    assert check(MINUTES, both, "signature").recovered == 5


def test_a_file_that_crashes_the_importer_misses_every_field(tmp_path: Path) -> None:
    def crash(path: Path) -> object:
        raise ValueError("not a document")

    result = scorer.run_file(tmp_path / "x.docx", REPORT, crash)
    assert result.error == "ValueError: not a document"
    assert (result.recovered, result.expected) == (0, 16)
    text = scorer.report([result], listing=True)
    assert "CRASHED" in text
    assert "importer raised ValueError" in text
    assert "headings: missed   'I. KẾT QUẢ THỰC HIỆN'" in text


def test_the_command_scores_a_folder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    import vnreport

    (tmp_path / "expected").mkdir()
    (tmp_path / "a.docx").write_bytes(b"")
    (tmp_path / "b.docx").write_bytes(b"")  # no expected JSON: not scored
    (tmp_path / "expected" / "a.json").write_text(json.dumps(REPORT), encoding="utf-8")
    monkeypatch.setattr(
        vnreport, "read_docx", lambda path: SimpleNamespace(fields=RIGHT), raising=False
    )
    assert scorer.main([str(tmp_path), "--json"]) == 0
    figures = json.loads(capsys.readouterr().out)
    assert figures["overall"] == 1.0
    assert [f["file"] for f in figures["files"]] == ["a.docx"]
    assert figures["fields"]["recipients"] == {
        "expected": 3,
        "recovered": 3,
        "spurious": 0,
        "recall": 1.0,
    }


@pytest.mark.skipif(not (CORPUS / "expected").is_dir(), reason="the corpus is not here")
def test_every_expected_value_of_the_corpus_scores_against_itself() -> None:
    # The scorer's keys must accept the corpus' own values as they are written: a fake
    # that answers with the expected values recovers everything, so a figure under 100 %
    # is the importer's, not the scorer's.
    for docx, data in scorer.corpus(CORPUS):
        items = scorer.expected_items(data)
        sections = [scorer._label(s) for s in data.get("sections") or ()]
        articles = [a["text_start"] for a in data.get("articles") or ()]
        signature = data.get("signature")
        one = signature if isinstance(signature, dict) else {}
        fields = fake_fields(
            doc_type=(data.get("title_line") or data.get("doc_type") or "").upper(),
            issuer=data.get("issuer"),
            parent_issuer=data.get("parent_issuer"),
            number=data.get("number"),
            symbol=data.get("symbol"),
            place=data.get("place"),
            date=data.get("date"),
            subject=data.get("subject_without_prefix") or data.get("subject"),
            kinh_gui=tuple(data.get("kinh_gui") or ()),
            can_cu=tuple(data.get("can_cu") or ()),
            headings=(*sections, *articles),
            recipients=tuple(data.get("recipients_items") or data.get("recipients") or ()),
            signature_authority=tuple(one.get("authority") or ()),
            signature_title=one.get("title"),
            signature_name=one.get("name"),
            signatures=[
                SimpleNamespace(authority=(s["role"],), title=s["title"], name=s["name"])
                for s in signature
            ]
            if isinstance(signature, list)
            else None,
        )
        checks = scorer.score_file(data, fields)
        assert sum(c.recovered for c in checks) == sum(len(v) for v in items.values()), docx.name
        assert all(c.spurious == 0 for c in checks), docx.name


def test_the_report_counts_the_files_that_give_a_document(tmp_path: Path) -> None:
    note = SimpleNamespace(where="¶7", reason="date: the date line prints only the year")
    answers = {
        "a.docx": SimpleNamespace(fields=RIGHT, document=object(), unrecognised=()),
        "b.docx": SimpleNamespace(fields=RIGHT, document=object(), unrecognised=(note,)),
        "c.docx": SimpleNamespace(fields=RIGHT, document=None, unrecognised=(note,)),
    }
    results = [
        scorer.run_file(tmp_path / name, REPORT, lambda path: answers[path.name])
        for name in answers
    ]
    assert [(r.document, len(r.notes)) for r in results] == [
        ("object", 0),
        ("object", 1),
        (None, 1),
    ]
    text = scorer.report(results, listing=True)
    assert "2/3 files give a typed document, 1/3 with nothing unrecognised" in text
    assert "unrecognised ¶7 date: the date line prints only the year" in text
    assert "no document" in text
    figures = scorer.as_json(results)
    assert figures["documents"] == {"files": 3, "with_document": 2, "recognised": 1}
    assert figures["files"][2]["document"] is None
