"""Text rules: Unicode normalisation, Vietnamese upper-casing and characters Word cannot hold.

Vietnamese letters can be written precomposed (NFC, "ồ" as one code point) or decomposed
(NFD, "o" + two combining marks). TCVN 6909:2001 and every Word font expect NFC, and two
strings that look the same compare unequal when their forms differ, so every string
entering the model is normalised to NFC first.
"""

from __future__ import annotations

import re
import unicodedata

__all__ = [
    "clean_text",
    "find_forbidden_character",
    "fold_lines",
    "in_capitals",
    "nfc",
    "plain_letters",
    "sentence_case",
    "upper_vi",
]


def nfc(text: str) -> str:
    """Return ``text`` in Unicode normalisation form C (precomposed letters).

    >>> decomposed = "Ho\\u0300a"          # "o" followed by a combining grave accent
    >>> nfc(decomposed) == "Hòa", len(nfc(decomposed))
    (True, 3)
    """
    return unicodedata.normalize("NFC", text)


# XML 1.0 allows TAB, LF and CR among the C0 controls; the others, DEL, the C1 controls,
# lone surrogates and the noncharacters U+FFFE/U+FFFF cannot appear in a .docx part at
# all (a part holding them will not open) or are invisible garbage in printed text.
_FORBIDDEN = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ud800-\udfff\ufffe\uffff]")


def find_forbidden_character(text: str) -> str | None:
    """Describe the first character of ``text`` that a Word document cannot hold, if any.

    >>> find_forbidden_character("Báo cáo")
    >>> find_forbidden_character("Báo\\x00cáo")
    'control character U+0000 at position 3'
    """
    match = _FORBIDDEN.search(text)
    if match is None:
        return None
    return f"control character U+{ord(match.group()):04X} at position {match.start()}"


# Only the spaces a keyboard or a text file produces: a no-break space is a deliberate
# choice of the author, and a vertical tab or form feed is refused as a control character.
_SPACES = " \t\n\r\u2028\u2029"
_SPACE_RUN = re.compile(f"[{_SPACES}]+")
_LINE_BREAK = re.compile("\r\n|[\n\r\u2028\u2029]")


def fold_lines(text: str) -> str:
    """Fold soft line breaks and runs of spaces into one space; keep blank lines as "\\n\\n".

    A line break inside a paragraph is a soft wrap of the source (a triple-quoted string in
    a notebook, a line cut where a printed page ended); a Word paragraph has no hard breaks,
    so it becomes a space, as in Markdown. A blank line is a paragraph break and is kept,
    so that the model can refuse it where one paragraph is expected.

    >>> fold_lines("  Thực hiện\\n   Kế hoạch số 70/KH-UBND ")
    'Thực hiện Kế hoạch số 70/KH-UBND'
    >>> fold_lines("Đoạn một.\\n\\n  Đoạn hai.")
    'Đoạn một.\\n\\nĐoạn hai.'
    """

    def fold(match: re.Match[str]) -> str:
        breaks = len(_LINE_BREAK.findall(match.group()))
        return "\n\n" if breaks >= 2 else " "

    return _SPACE_RUN.sub(fold, text).strip(_SPACES)


def clean_text(text: str) -> str:
    """Normalise text the way every model field stores it: NFC, soft wraps folded.

    >>> clean_text("Ủy ban nhân dân\\nhuyện  Tuần Giáo")
    'Ủy ban nhân dân huyện Tuần Giáo'
    """
    return fold_lines(nfc(text))


# A token that holds a slash or starts with a digit is a document symbol, a number with
# its symbol or "V/v" ("05/BC-UBND", "30/2020/NĐ-CP", "200-CV/HU"); its letters keep their
# case because the official abbreviations mix cases (TTr, QyĐ, TTg) and changing them
# changes the symbol. Other tokens with digits ("Covid-19") are words and take capitals.
# The text is cut at whitespace once, so the work is linear however long a token is.
_WHITESPACE = re.compile(r"(\s+)")


def _is_protected(token: str) -> bool:
    return "/" in token or token[:1].isdecimal()


def upper_vi(text: str) -> str:
    """Upper-case Vietnamese text for headings, leaving document symbols alone.

    Works on decomposed input too (the result is NFC), and never touches a token that
    holds a "/" or starts with a digit, so a symbol such as "TTr" inside "12/TTr-UBND"
    survives.

    >>> upper_vi("Ủy ban nhân dân huyện Tuần Giáo")
    'ỦY BAN NHÂN DÂN HUYỆN TUẦN GIÁO'
    >>> upper_vi("đặc điểm tình hình")
    'ĐẶC ĐIỂM TÌNH HÌNH'
    >>> upper_vi("thực hiện Tờ trình số 12/TTr-UBND")
    'THỰC HIỆN TỜ TRÌNH SỐ 12/TTr-UBND'
    >>> upper_vi("phòng, chống dịch Covid-19")
    'PHÒNG, CHỐNG DỊCH COVID-19'
    """
    pieces = _WHITESPACE.split(nfc(text))
    return nfc("".join(piece if _is_protected(piece) else piece.upper() for piece in pieces))


def in_capitals(text: str) -> bool:
    """Whether ``text`` is typed in capitals: two words or more, and every letter upper case.

    A single word ("UBND", "COVID") is an abbreviation, not a sentence in capitals.

    >>> in_capitals("KẾT QUẢ THỰC HIỆN"), in_capitals("Kết quả thực hiện"), in_capitals("UBND")
    (True, False, False)
    """
    words = [word for word in text.split() if any(char.isalpha() for char in word)]
    if len(words) < 2:
        return False
    return all(char.isupper() for word in words for char in word if char.isalpha())


def sentence_case(text: str) -> str:
    """The first letter in capitals and the rest in lower case, symbols left alone: what
    a text typed in capitals is meant to read (proper names aside, which the author fixes).

    >>> sentence_case("KẾT QUẢ THỰC HIỆN KẾ HOẠCH SỐ 70/KH-UBND")
    'Kết quả thực hiện kế hoạch số 70/KH-UBND'
    """
    pieces = _WHITESPACE.split(nfc(text))
    lowered = "".join(piece if _is_protected(piece) else piece.lower() for piece in pieces)
    return lowered[:1].upper() + lowered[1:]


def plain_letters(text: str) -> str:
    """``"Nguyễn Đức"`` → ``"Nguyen Duc"``: Vietnamese letters without their marks.

    >>> plain_letters("Đặng Thị Hưởng")
    'Dang Thi Huong'
    """
    decomposed = unicodedata.normalize("NFD", text.replace("đ", "d").replace("Đ", "D"))
    return "".join(c for c in decomposed if not unicodedata.combining(c))
