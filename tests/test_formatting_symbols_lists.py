"""Tests of vnreport.formatting.symbols and vnreport.formatting.lists.

Số, ký hiệu (spec §3.3, §7): "Số: 05/BC-UBND", a leading zero below 10, groups joined by
"-" with no spaces, and the official mixed-case abbreviations (TTr, CTr, QyĐ, TrS, TTg) are
never upper-cased (spec §12). Dash lists (spec §3.9): "- …;" per line, the last "- ….".
"""

from __future__ import annotations

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from vnreport.formatting.lists import (
    format_addressees,
    format_archive,
    format_dash_list,
    strip_item_punctuation,
)
from vnreport.formatting.symbols import (
    compose_symbol,
    format_legal_number,
    format_number_line,
    format_party_number,
    format_state_number,
    number_text,
)
from vnreport.formatting.text import upper_vi

MIXED_CASE = ("TTr", "CTr", "QyĐ", "TrS", "TTg")

# --- number_text ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("number", "expected"),
    [(1, "01"), (5, "05"), (9, "09"), (10, "10"), (12, "12"), (99, "99"), (1896, "1896")],
)
def test_number_text(number: int, expected: str) -> None:
    assert number_text(number) == expected


@given(st.integers(min_value=1, max_value=10**6))
def test_number_text_property(number: int) -> None:
    text = number_text(number)
    assert text.isdigit()
    assert int(text) == number
    assert len(text) == max(2, len(str(number)))
    assert "." not in text  # a document number is never grouped


@pytest.mark.parametrize("number", [0, -1, -12])
def test_number_text_starts_at_one(number: int) -> None:
    with pytest.raises(ValueError, match=rf"^a document number starts at 1, got {number}$"):
        number_text(number)


@pytest.mark.parametrize(
    ("value", "type_name"), [(True, "bool"), (5.0, "float"), ("05", "str"), (None, "NoneType")]
)
def test_number_text_wrong_type(value: object, type_name: str) -> None:
    with pytest.raises(
        TypeError, match=rf"^a document number must be an integer, got {type_name}$"
    ):
        number_text(value)  # type: ignore[arg-type]


# --- compose_symbol and the number formats ----------------------------------------------


@pytest.mark.parametrize(
    ("groups", "expected"),
    [
        (("BC", "UBND"), "BC-UBND"),
        (("TTr", "UBND"), "TTr-UBND"),
        ((None, "UBND", "VP"), "UBND-VP"),
        (("", "BNV", "VP"), "BNV-VP"),
        (("QĐ", "TTg"), "QĐ-TTg"),
        (("QyĐ", "UBND"), "QyĐ-UBND"),
        (("NQLT", "CP", "UBTƯMTTQVN"), "NQLT-CP-UBTƯMTTQVN"),
        (("BC",), "BC"),
    ],
)
def test_compose_symbol(groups: tuple[str | None, ...], expected: str) -> None:
    text = compose_symbol(*groups)
    assert text == expected
    assert " " not in text


@pytest.mark.parametrize(
    ("args", "expected"),
    [
        ((5, "BC-UBND"), "05/BC-UBND"),
        ((15, "QĐ-BNV"), "15/QĐ-BNV"),
        ((1896, "QĐ-TTg"), "1896/QĐ-TTg"),
        ((12, "UBND-VP"), "12/UBND-VP"),
        ((70, "KH-UBND"), "70/KH-UBND"),
        ((5, "SY-UBND"), "05/SY-UBND"),
        ((3, "TrS-UBND"), "03/TrS-UBND"),
    ],
)
def test_format_state_number(args: tuple[int, str], expected: str) -> None:
    assert format_state_number(*args) == expected


def test_format_state_number_draft() -> None:
    assert format_state_number(None, "BC-UBND") == "     /BC-UBND"
    assert re.fullmatch(r" {5}/BC-UBND", format_state_number(None, "BC-UBND"))


@pytest.mark.parametrize(
    ("args", "expected"),
    [
        ((30, 2020, "NĐ-CP"), "30/2020/NĐ-CP"),
        ((110, 2004, "NĐ-CP"), "110/2004/NĐ-CP"),
        ((5, 2022, "TT-BNNPTNT"), "05/2022/TT-BNNPTNT"),
        ((45, 2019, "QH14"), "45/2019/QH14"),
        ((34, 2007, "PL-UBTVQH11"), "34/2007/PL-UBTVQH11"),
        ((1, 2014, "NQLT-CP-UBTƯMTTQVN"), "01/2014/NQLT-CP-UBTƯMTTQVN"),
    ],
)
def test_format_legal_number(args: tuple[int, int, str], expected: str) -> None:
    assert format_legal_number(*args) == expected


@pytest.mark.parametrize(
    ("args", "expected"),
    [
        ((200, "CV/HU"), "200-CV/HU"),
        ((290, "QĐ/TW"), "290-QĐ/TW"),
        ((5, "NQ/TU"), "05-NQ/TU"),
        ((16, "CTr/TU"), "16-CTr/TU"),
        ((36, "HD/VPTW"), "36-HD/VPTW"),
    ],
)
def test_format_party_number(args: tuple[int, str], expected: str) -> None:
    assert format_party_number(*args) == expected


@pytest.mark.parametrize(
    ("args", "expected"),
    [
        ((5, "BC-UBND"), "Số: 05/BC-UBND"),
        ((12, "UBND-VP"), "Số: 12/UBND-VP"),
        ((5, "BNV-VP"), "Số: 05/BNV-VP"),
        ((12, "UBND-VX"), "Số: 12/UBND-VX"),
        ((7, "TTr-UBND"), "Số: 07/TTr-UBND"),
    ],
)
def test_format_number_line(args: tuple[int, str], expected: str) -> None:
    assert format_number_line(*args) == expected


def test_format_number_line_draft_has_exactly_five_spaces() -> None:
    text = format_number_line(None, "BC-UBND")
    assert text == "Số:     /BC-UBND"
    assert re.fullmatch(r"Số: {5}/BC-UBND", text)
    assert text.startswith("Số:")
    assert not text.startswith("SỐ")


@given(st.one_of(st.none(), st.integers(min_value=1, max_value=99_999)))
def test_number_line_reads_back(number: int | None) -> None:
    text = format_number_line(number, "BC-UBND")
    match = re.fullmatch(r"Số:( \d{2,}| {5})/BC-UBND", text)
    assert match is not None, text
    if number is None:
        assert match.group(1) == "     "
    else:
        assert int(match.group(1)) == number


def test_number_formats_refuse_bad_numbers() -> None:
    with pytest.raises(ValueError, match=r"starts at 1"):
        format_state_number(0, "BC-UBND")
    with pytest.raises(ValueError, match=r"starts at 1"):
        format_number_line(0, "BC-UBND")
    with pytest.raises(ValueError, match=r"starts at 1"):
        format_legal_number(0, 2020, "NĐ-CP")
    with pytest.raises(TypeError, match=r"must be an integer, got bool"):
        format_party_number(True, "CV/HU")


# --- mixed-case abbreviations are never upper-cased -------------------------------------

_TYPES = st.sampled_from(["TTr", "CTr", "QyĐ", "TrS", "BC", "KH", "QĐ", "SY", None])
_ISSUERS = st.sampled_from(["UBND", "TTg", "BNV", "SNV", "HĐND"])
_UNITS = st.sampled_from(["VP", "TrS", "TTr", "NV", None])
_WORDS = st.lists(
    st.sampled_from(["tờ trình", "kế hoạch", "số", "ngày", "của", "thực hiện", "quy định"]),
    max_size=4,
).map(" ".join)


def _mixed_in(symbol: str) -> list[str]:
    return [abbr for abbr in MIXED_CASE if abbr in symbol]


@given(_TYPES, _ISSUERS, _UNITS, st.one_of(st.none(), st.integers(1, 9999)), _WORDS, _WORDS)
def test_mixed_case_abbreviations_survive(
    type_abbr: str | None,
    issuer: str,
    unit: str | None,
    number: int | None,
    before: str,
    after: str,
) -> None:
    symbol = compose_symbol(type_abbr, issuer, unit)
    for group in (type_abbr, issuer, unit):
        if group:
            assert group in symbol.split("-")
    outputs = [
        format_state_number(number, symbol),
        format_number_line(number, symbol),
    ]
    if number is not None:
        outputs += [
            format_legal_number(number, 2024, symbol),
            format_party_number(number, symbol.replace("-", "/", 1)),
        ]
    for text in outputs:
        for abbr in _mixed_in(symbol):
            assert abbr in text
        assert text.upper() != text or not _mixed_in(symbol)
        # Embedded in a sentence that is upper-cased for a heading, the symbol survives.
        sentence = f"{before} {text} {after}".strip()
        shouted = upper_vi(sentence)
        token = text.split()[-1]
        assert token in shouted.split(), (sentence, shouted)
        for abbr in _mixed_in(symbol):
            assert abbr in shouted
            assert abbr.upper() not in shouted or abbr.upper() in symbol


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("tờ trình số 12/TTr-UBND", "TỜ TRÌNH SỐ 12/TTr-UBND"),
        ("chương trình số 16-CTr/TU", "CHƯƠNG TRÌNH SỐ 16-CTr/TU"),
        ("quy định số 05/QyĐ-UBND", "QUY ĐỊNH SỐ 05/QyĐ-UBND"),
        ("bản trích sao 03/TrS-UBND", "BẢN TRÍCH SAO 03/TrS-UBND"),
        ("quyết định 1896/QĐ-TTg", "QUYẾT ĐỊNH 1896/QĐ-TTg"),
        ("Số:     /TTr-UBND", "SỐ:     /TTr-UBND"),
        ("V/v nâng bậc lương", "V/v NÂNG BẬC LƯƠNG"),
    ],
)
def test_upper_vi_keeps_symbol_tokens(text: str, expected: str) -> None:
    assert upper_vi(text) == expected


# --- dash lists -------------------------------------------------------------------------


def test_dash_list_basic() -> None:
    assert format_dash_list(["x", "y"]) == ("- x;", "- y.")
    assert format_dash_list(["Như trên", "Sở Nội vụ", "Lưu: VT, NV"]) == (
        "- Như trên;",
        "- Sở Nội vụ;",
        "- Lưu: VT, NV.",
    )


def test_dash_list_single_and_empty() -> None:
    assert format_dash_list(["Bộ Nội vụ"]) == ("- Bộ Nội vụ.",)
    assert format_dash_list([]) == ()


@pytest.mark.parametrize(
    ("items", "expected"),
    [
        (["- x;", "- y."], ("- x;", "- y.")),
        (["-x;", "-y"], ("- x;", "- y.")),
        (["– x;", "— y;"], ("- x;", "- y.")),
        (["+ x", "• y"], ("- x;", "- y.")),
        (["x;", "y;"], ("- x;", "- y.")),
        (["x.", "y."], ("- x;", "- y.")),
        (["x,", "y,"], ("- x;", "- y.")),
        (["  - x ;  ", "  y .  "], ("- x;", "- y.")),
        (
            ["Ban Dân vận Huyện ủy;", "- Lưu: VT, NV."],
            ("- Ban Dân vận Huyện ủy;", "- Lưu: VT, NV."),
        ),
    ],
)
def test_dash_list_does_not_double_typed_marks(items: list[str], expected: tuple[str, ...]) -> None:
    assert format_dash_list(items) == expected


def test_dash_list_keeps_inner_commas_and_dashes() -> None:
    assert format_dash_list(["Các xã, thị trấn", "UBND xã Quài Tở - Quài Nưa"]) == (
        "- Các xã, thị trấn;",
        "- UBND xã Quài Tở - Quài Nưa.",
    )


def test_dash_list_keeps_an_ellipsis() -> None:
    assert format_dash_list(["Như trên", "Các xã, thị trấn..."]) == (
        "- Như trên;",
        "- Các xã, thị trấn...",
    )
    assert strip_item_punctuation("Các xã, thị trấn...") == "Các xã, thị trấn..."


def test_dash_list_keeps_a_typographic_ellipsis() -> None:
    # Word's autocorrect turns "..." into "…" (U+2026); it ends the item just the same,
    # so no "." may be appended after it.
    assert format_dash_list(["Như trên", "Các xã, thị trấn…"]) == (
        "- Như trên;",
        "- Các xã, thị trấn…",
    )


_ITEM_TEXT = st.text(
    alphabet=st.sampled_from("abcdđeghiklmnoơôuưy ĐẮẰÂÊỘỞ0123456789:()"), min_size=1, max_size=20
).filter(lambda s: s.strip() and s.strip()[0] not in "-" and s.strip()[-1] not in ";,.")


@given(
    st.lists(
        st.tuples(
            _ITEM_TEXT,
            st.sampled_from(["", "- ", "-", "– "]),
            st.sampled_from(["", ";", ".", ",", " ;"]),
        ),
        min_size=1,
        max_size=8,
    )
)
def test_dash_list_property(items: list[tuple[str, str, str]]) -> None:
    typed = [f"{dash}{text}{mark}" for text, dash, mark in items]
    lines = format_dash_list(typed)
    assert len(lines) == len(items)
    for index, (line, (text, _, _)) in enumerate(zip(lines, items, strict=True)):
        ending = "." if index == len(items) - 1 else ";"
        assert line == f"- {text.strip()}{ending}"
        assert not line.startswith("- -")
        assert not re.search(r"[;,.][;.]$", line)


def test_archive() -> None:
    assert format_archive(["NV"]) == "Lưu: VT, NV"
    assert format_archive(["HC"], 2) == "Lưu: VT, HC (2)"
    assert format_archive() == "Lưu: VT"
    assert format_archive(["TCCB"]) == "Lưu: VT, TCCB"
    assert format_archive(["VP", "NV"], 3) == "Lưu: VT, VP, NV (3)"


def test_archive_as_last_recipient_matches_the_decree() -> None:
    lines = format_dash_list(["Như trên", "Bộ Nội vụ", format_archive(["HC"], 2)])
    assert lines[-1] == "- Lưu: VT, HC (2)."
    assert lines[0] == "- Như trên;"


def test_addressees_one() -> None:
    assert format_addressees(["Bộ Nội vụ"]) == ("Kính gửi: Bộ Nội vụ",)
    assert format_addressees(["- Bộ Nội vụ;"]) == ("Kính gửi: Bộ Nội vụ",)


def test_addressees_several() -> None:
    assert format_addressees(["Sở Nội vụ", "Ban Dân vận Tỉnh ủy"]) == (
        "Kính gửi:",
        "- Sở Nội vụ;",
        "- Ban Dân vận Tỉnh ủy.",
    )
    assert format_addressees(["- Sở Nội vụ;", "- Sở Tài chính;", "- UBND các xã."]) == (
        "Kính gửi:",
        "- Sở Nội vụ;",
        "- Sở Tài chính;",
        "- UBND các xã.",
    )


def test_addressees_none() -> None:
    assert format_addressees([]) == ()
