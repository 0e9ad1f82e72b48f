"""Tests of vnreport.formatting.text: NFC, Vietnamese upper-casing, forbidden characters,
folding of soft line breaks.

Vietnamese letters are built here from a base letter plus combining marks (NFD), so the
expected precomposed and upper-case forms are derived independently of ``str.upper`` on
the text under test (anchors §4 item 19, §6.7; spec §1 "write NFC").
"""

from __future__ import annotations

import unicodedata

import pytest
from hypothesis import given
from hypothesis import strategies as st

from vnreport.formatting.text import (
    clean_text,
    find_forbidden_character,
    fold_lines,
    nfc,
    upper_vi,
)

# --- building Vietnamese letters from parts ---------------------------------------------

BREVE, CIRCUMFLEX, HORN = "\u0306", "\u0302", "\u031b"
TONES = ("", "\u0300", "\u0301", "\u0309", "\u0303", "\u0323")  # ngang huyền sắc hỏi ngã nặng
# (base, vowel mark) for the 12 Vietnamese vowels a ă â e ê i o ô ơ u ư y.
VOWELS = (
    ("a", ""),
    ("a", BREVE),
    ("a", CIRCUMFLEX),
    ("e", ""),
    ("e", CIRCUMFLEX),
    ("i", ""),
    ("o", ""),
    ("o", CIRCUMFLEX),
    ("o", HORN),
    ("u", ""),
    ("u", HORN),
    ("y", ""),
)
CONSONANTS = (*"bcdghklmnpqrstvx", "đ")


def nfd(text: str) -> str:
    return unicodedata.normalize("NFD", text)


def vowel(base: str, mark: str, tone: str, *, upper: bool = False) -> str:
    """A vowel in decomposed form: base letter, then vowel mark, then tone."""
    return (base.upper() if upper else base) + mark + tone


def upper_consonant(letter: str) -> str:
    return "Đ" if letter == "đ" else letter.upper()


# A letter spec: ("v", vowel index, tone index) or ("c", consonant) or ("o", other char).
_LETTER = st.one_of(
    st.tuples(
        st.just("v"),
        st.integers(0, len(VOWELS) - 1),
        st.integers(0, len(TONES) - 1),
    ),
    st.tuples(st.just("c"), st.sampled_from(CONSONANTS), st.just(0)),
)
_OTHER = st.sampled_from([" ", ",", ".", "-", "(", ")", ":"])
_SPEC = st.lists(st.one_of(_LETTER, st.tuples(st.just("o"), _OTHER, st.just(0))), max_size=40)


def build(specs: list[tuple[str, object, int]], *, upper: bool) -> str:
    """The decomposed text described by ``specs``, in lower or upper case."""
    parts: list[str] = []
    for kind, value, tone in specs:
        if kind == "v":
            base, mark = VOWELS[value]  # type: ignore[index]
            parts.append(vowel(base, mark, TONES[tone], upper=upper))
        elif kind == "c":
            parts.append(upper_consonant(value) if upper else value)  # type: ignore[arg-type]
        else:
            parts.append(value)  # type: ignore[arg-type]
    return "".join(parts)


def is_nfc(text: str) -> bool:
    return unicodedata.is_normalized("NFC", text)


# --- nfc --------------------------------------------------------------------------------


def test_nfc_known() -> None:
    decomposed = "Ho\u0300a"
    assert len(decomposed) == 4
    assert nfc(decomposed) == "Hòa"
    assert len(nfc(decomposed)) == 3
    assert nfc("HO\u0300A") == "HÒA"
    assert nfc("HÒA") != nfc("HOÀ")  # two spellings, both legitimate: not merged


def test_nfc_motto_nfd_input() -> None:
    motto = "Độc lập - Tự do - Hạnh phúc"
    assert nfd(motto) != motto
    assert nfc(nfd(motto)) == motto


@given(_SPEC)
def test_nfc_of_decomposed_vietnamese(specs: list[tuple[str, object, int]]) -> None:
    decomposed = build(specs, upper=False)
    composed = nfc(decomposed)
    assert is_nfc(composed)
    assert nfc(nfd(composed)) == composed
    assert nfc(composed) == composed
    # Every Vietnamese letter has a precomposed form: one code point per letter spec.
    assert len(composed) == len(specs)
    assert all(unicodedata.combining(ch) == 0 for ch in composed)


@given(st.text(max_size=50))
def test_nfc_idempotent_on_any_text(text: str) -> None:
    assert nfc(nfc(text)) == nfc(text)
    assert nfc(nfd(text)) == nfc(text)


# --- upper_vi ---------------------------------------------------------------------------


def test_upper_vi_known() -> None:
    assert upper_vi("ủy ban nhân dân") == "ỦY BAN NHÂN DÂN"
    assert upper_vi("ủy ban nhân dân huyện tuần giáo") == "ỦY BAN NHÂN DÂN HUYỆN TUẦN GIÁO"
    assert upper_vi("đặc điểm tình hình") == "ĐẶC ĐIỂM TÌNH HÌNH"
    assert upper_vi("cộng hòa xã hội chủ nghĩa việt nam") == "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
    assert upper_vi("đ") == "Đ"
    assert upper_vi("") == ""


@pytest.mark.parametrize(("base", "mark"), VOWELS)
@pytest.mark.parametrize("tone", TONES)
def test_upper_vi_every_vowel_and_tone(base: str, mark: str, tone: str) -> None:
    lower = unicodedata.normalize("NFC", vowel(base, mark, tone))
    expected = unicodedata.normalize("NFC", vowel(base, mark, tone, upper=True))
    assert len(lower) == 1
    assert len(expected) == 1
    assert upper_vi(lower) == expected
    assert upper_vi(nfd(lower)) == expected
    assert upper_vi(expected) == expected


def test_upper_vi_nfd_input_gives_nfc_output() -> None:
    decomposed = nfd("ủy ban nhân dân tỉnh điện biên")
    assert not is_nfc(decomposed)
    result = upper_vi(decomposed)
    assert result == "ỦY BAN NHÂN DÂN TỈNH ĐIỆN BIÊN"
    assert is_nfc(result)


@given(_SPEC)
def test_upper_vi_matches_independent_upper_case(specs: list[tuple[str, object, int]]) -> None:
    lower = build(specs, upper=False)
    expected = unicodedata.normalize("NFC", build(specs, upper=True))
    assert upper_vi(lower) == expected
    assert upper_vi(nfc(lower)) == expected
    assert is_nfc(upper_vi(lower))


@given(
    st.lists(
        st.one_of(
            _SPEC.map(lambda specs: build(specs, upper=False)),
            st.sampled_from(["12/TTr-UBND", "30/2020/NĐ-CP", "V/v", "2024", " ", "Quý I/2025"]),
        ),
        max_size=8,
    ).map(" ".join)
)
def test_upper_vi_idempotent(text: str) -> None:
    once = upper_vi(text)
    assert upper_vi(once) == once
    assert is_nfc(once)


# --- find_forbidden_character -----------------------------------------------------------

_C0_FORBIDDEN = [code for code in range(0x20) if code not in (0x09, 0x0A, 0x0D)]
_C1_AND_DEL = list(range(0x7F, 0xA0))


@pytest.mark.parametrize("code", _C0_FORBIDDEN + _C1_AND_DEL, ids=lambda c: f"U+{c:04X}")
def test_forbidden_controls(code: int) -> None:
    text = "Báo" + chr(code) + "cáo"
    assert find_forbidden_character(text) == f"control character U+{code:04X} at position 3"


@pytest.mark.parametrize("code", [0xD800, 0xDBFF, 0xDC00, 0xDFFF, 0xFFFE, 0xFFFF])
def test_forbidden_surrogates_and_noncharacters(code: int) -> None:
    text = "Ủy ban " + chr(code)
    message = find_forbidden_character(text)
    assert message is not None
    assert f"U+{code:04X}" in message
    assert message.endswith("at position 7")


def test_forbidden_reports_the_first_one() -> None:
    assert find_forbidden_character("ab\x01cd\x02") == "control character U+0001 at position 2"
    assert find_forbidden_character("\x00") == "control character U+0000 at position 0"


def test_forbidden_position_counts_code_points_of_nfc_text() -> None:
    # "Hòa" is three code points in NFC.
    assert find_forbidden_character("Hòa\x07") == "control character U+0007 at position 3"


@pytest.mark.parametrize(
    "text",
    [
        "",
        "Báo cáo kết quả thực hiện nhiệm vụ năm 2024",
        "Độc lập - Tự do - Hạnh phúc",
        "cột 1\tcột 2",
        "dòng 1\ndòng 2",
        "dòng 1\r\ndòng 2",
        "100\u00a0%",
        "Hội nghị – ngày 05/3/2024 — “trích dẫn” …",
        "biểu tượng 😀",
        "\ufffd\ufffc\u200b",
    ],
)
def test_ordinary_text_is_allowed(text: str) -> None:
    assert find_forbidden_character(text) is None


@given(_SPEC.map(lambda specs: build(specs, upper=False)))
def test_vietnamese_text_is_never_forbidden(text: str) -> None:
    assert find_forbidden_character(text) is None
    assert find_forbidden_character(nfc(text)) is None


# --- fold_lines / clean_text ------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Thực hiện\nKế hoạch", "Thực hiện Kế hoạch"),
        ("  Thực hiện\n   Kế hoạch số 70/KH-UBND ", "Thực hiện Kế hoạch số 70/KH-UBND"),
        ("a    b", "a b"),
        ("a \t b", "a b"),
        ("a\r\nb", "a b"),
        ("a\rb", "a b"),
        ("a\u2028b", "a b"),
        ("a\n\nb", "a\n\nb"),
        ("a\r\n\r\nb", "a\n\nb"),
        ("a\n  \n  b", "a\n\nb"),
        ("a \n \t \n b", "a\n\nb"),
        ("a\n\n\n\nb", "a\n\nb"),
        ("a\u2029\u2029b", "a\n\nb"),
        ("Đoạn một.\n\n  Đoạn hai.", "Đoạn một.\n\nĐoạn hai."),
        ("\n\n  a  \n\n", "a"),
        ("", ""),
        ("   ", ""),
    ],
)
def test_fold_lines(text: str, expected: str) -> None:
    assert fold_lines(text) == expected


def test_crlf_counts_as_one_break() -> None:
    assert fold_lines("dòng một\r\ndòng hai") == "dòng một dòng hai"
    assert fold_lines("a\r\n  b\r\nc") == "a b c"
    assert "\r" not in fold_lines("a\r\nb\r\n\r\nc")
    assert fold_lines("a\r\nb\r\n\r\nc") == "a b\n\nc"


def test_no_break_space_is_kept_inside() -> None:
    assert fold_lines("100\u00a0%") == "100\u00a0%"
    assert fold_lines("a \u00a0 b") == "a \u00a0 b"
    assert fold_lines("Điều\u00a01.\nNội dung") == "Điều\u00a01. Nội dung"


def test_no_break_space_is_kept_at_the_edges() -> None:
    # A no-break space is the author's deliberate choice, not keyboard whitespace: folding
    # and trimming only touch spaces, tabs and line breaks.
    assert fold_lines("\u00a0Kết luận\u00a0") == "\u00a0Kết luận\u00a0"
    assert clean_text("  \u00a0a\n") == "\u00a0a"


_PIECES = st.lists(
    st.one_of(
        st.sampled_from(["Ủy", "ban", "nhân", "dân", "huyện", "12/TTr-UBND", "100\u00a0%"]),
        st.sampled_from([" ", "  ", "\t", "\n", "\r\n", "\n\n", "\r\n\r\n", " \n ", "\n \n"]),
    ),
    max_size=20,
)


@given(_PIECES)
def test_fold_lines_property(pieces: list[str]) -> None:
    text = "".join(pieces)
    folded = fold_lines(text)
    assert "\r" not in folded
    assert "\t" not in folded
    assert "  " not in folded
    assert "\n\n\n" not in folded
    assert folded == folded.strip(" \n")
    # A lone "\n" never survives: newlines only come in pairs (paragraph breaks).
    assert folded.replace("\n\n", "").count("\n") == 0
    assert " \n" not in folded
    assert "\n " not in folded
    # The words survive in order.
    assert folded.split() == text.split()
    assert fold_lines(folded) == folded


def test_clean_text() -> None:
    assert clean_text("Ủy ban nhân dân\nhuyện  Tuần Giáo") == "Ủy ban nhân dân huyện Tuần Giáo"
    decomposed = nfd("Ủy ban nhân dân\r\nhuyện Tuần Giáo\n\nĐoạn hai")
    result = clean_text(decomposed)
    assert result == "Ủy ban nhân dân huyện Tuần Giáo\n\nĐoạn hai"
    assert is_nfc(result)


@given(_SPEC.map(lambda specs: build(specs, upper=False)))
def test_clean_text_is_nfc_and_idempotent(text: str) -> None:
    cleaned = clean_text(text)
    assert is_nfc(cleaned)
    assert clean_text(cleaned) == cleaned
