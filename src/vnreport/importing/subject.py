"""The type name line and the subject (*trích yếu*) under it: where the subject ends.

The subject follows the type name, on its line ("BÁO CÁO Kết quả …", "GIẤY PHÉP SỬ DỤNG
VẬT LIỆU NỔ CÔNG NGHIỆP") or on the lines under it, wrapped over two or three lines, in
sentence case or in capitals. It ends where the body starts: a label ("I.", "A.", "Phần
thứ nhất", "Điều 1."), "Kính gửi", the bases, a rule, a blank line in a text; and a line
in capitals under a subject that is not (the authority line of a quyết định, "GIÁM ĐỐC
SỞ …"). In a file the subject's lines are set alike (centred, and bold or not), and the
first line under the type name is the subject whatever its alignment.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from vnreport.conformance.anatomy import TypeName, read_type_name
from vnreport.formatting.text import in_capitals, nfc
from vnreport.importing.lines import Line

__all__ = ["read_subject", "type_name_of"]

_OPENS_BODY = re.compile(
    r"^(?:Kính gửi|Căn c[ứư]|Thực hiện|Theo|Xét|Điều\s+\d|Phần\s+thứ|PHẦN\s|[IVX]+\s*[.\-–]"
    r"|[A-H]\.\s|\d+(?:\.\d+)*\s*[.)])"
)
_MAX_LINES = 4
# "Thời gian: …", "Địa điểm: …": a biên bản's first lines, under its subject.
_FIELD_LABEL = re.compile(r"^[^:]{2,30}:\s")


def type_name_of(text: str) -> TypeName | None:
    """The type a line names, as :func:`read_type_name` reads it, and also a type name in
    capitals followed on its line by a subject in sentence case ("BÁO CÁO Kết quả …")."""
    named = read_type_name(text)
    if named is not None:
        return named
    line = " ".join(nfc(text).split())
    head, _, rest = line.partition(" ")
    while rest:
        found = read_type_name(head)
        if found is not None and found.rest == "" and _sentence(rest):
            return TypeName(found.member, found.other, rest)
        word, _, rest = rest.partition(" ")
        head = f"{head} {word}"
        if not in_capitals(head) and not head.isupper():
            return None
    return None


def _sentence(text: str) -> bool:
    """A subject typed in sentence case: a capital, then words with small letters."""
    return text[:1].isupper() and any(char.islower() for char in text) and len(text) < 300


def read_subject(
    lines: Sequence[Line], type_at: int, named: TypeName
) -> tuple[tuple[Line, ...], int]:
    """The subject's lines under the type name at ``type_at`` and where they end."""
    line = lines[type_at]
    subject: list[Line] = []
    position = type_at + 1
    rest = named.rest
    below = lines[position] if position < len(lines) else None
    if rest and not (
        # "BIÊN BẢN THẨM ĐỊNH" over a subject in sentence case: the words in capitals are
        # the type line's (what kind of biên bản), the subject is the next line.
        in_capitals(rest) and below is not None and _subject_below(below, line)
    ):
        subject.append(line.with_text(rest))
    while position < len(lines) and len(subject) < _MAX_LINES:
        candidate = lines[position]
        if _ends(candidate, subject):
            break
        subject.append(candidate)
        position += 1
        if candidate.soft and not _continues(lines, position):
            break
    return tuple(subject), position


def _subject_below(line: Line, type_line: Line) -> bool:
    return (
        bool(line.text)
        and not line.rule
        and not in_capitals(line.text)
        and not _OPENS_BODY.match(line.text)
        and (line.origin.value != "docx" or line.alignment == type_line.alignment)
    )


def _ends(line: Line, subject: list[Line]) -> bool:
    text = line.text
    if line.is_rule or _OPENS_BODY.match(text):
        return True
    if subject and in_capitals(text) and not in_capitals(subject[-1].text):
        return True  # the authority line under the subject ("GIÁM ĐỐC SỞ …")
    if line.origin.value == "docx":
        if line.cell is not None or len(text) > 300:
            return True
        if not subject:
            return False
        # In a file, the subject is centred (and bold) under the type name.
        return line.alignment != "center" or not (line.bold or subject[-1].bold == line.bold)
    # In a text, the subject is one paragraph: the lines up to a blank line, and never a
    # sentence ("… ngày 14 tháng 5 năm 2026.") or a labelled line ("Địa điểm: …").
    return bool(subject) and (
        line.blank_before or text.endswith((".", ";")) or bool(_FIELD_LABEL.match(text))
    )


def _continues(lines: Sequence[Line], position: int) -> bool:
    return position < len(lines) and not lines[position].blank_before
