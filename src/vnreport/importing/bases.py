"""The legal bases (*căn cứ*) and the authority line above them, found in a body.

A quyết định or a nghị quyết opens its body with who decides (*thẩm quyền ban hành*, in
capitals: "GIÁM ĐỐC SỞ CÔNG THƯƠNG TỈNH …"), its bases ("Căn cứ …;", "Xét đề nghị …;",
"Theo đề nghị … .") and "QUYẾT ĐỊNH:". A giấy phép is often written the same way; a kế
hoạch, a tờ trình or a biên bản may open with "Căn cứ …;" lines too, and a công văn may
list them after its opening paragraph. What is not a basis is a body sentence that only
starts with the words: "Căn cứ chức năng, nhiệm vụ được giao, Sở … cung cấp …", "Căn cứ
khoản 5 Điều 76 …, Sở … chấm dứt …", "Căn cứ văn bản này, …". The rule that tells them
apart, from the corpus: a block of bases opens the body (under the authority line), or
stands as two or more "Căn cứ" paragraphs in a row; one lone "Căn cứ" sentence inside a
body is argument. A line ending with ":" leads into the text ("Căn cứ …, UBND huyện kính
trình … như sau:") unless it is italic, as bases are printed.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

import attrs

from vnreport.formatting.text import in_capitals
from vnreport.importing.lines import Line
from vnreport.rules import ND30

__all__ = ["Bases", "find_bases"]

_TEXTS = ND30.texts
# "Căn cứ", and "Căn cư" as old files misspell it (the corpus keeps the typo).
_BASIS = re.compile(r"^Căn\s+c[ứư]\b")
_REVIEW = re.compile(rf"^(?:{re.escape(_TEXTS.review)}|{re.escape(_TEXTS.proposal)})\b")
_DECIDES = re.compile(rf"^{re.escape(_TEXTS.decision_word)}\s*:?$", re.IGNORECASE)
# Where a basis that was cut across lines of a text may stop: after its ";" or ".".
_ENDED = re.compile(r"[;.,:]$")


@attrs.frozen(kw_only=True)
class Bases:
    """What :func:`find_bases` found.

    ``can_cu`` holds the "Căn cứ" lines as printed; ``lines`` every line of the bases,
    "Xét đề nghị" and "Theo đề nghị" included, as the model's ``legal_bases`` holds them;
    ``authority`` the authority line above them; ``decides`` the "QUYẾT ĐỊNH:" line after
    them; ``start`` and ``end`` the positions in the body's lines the block covers
    (authority to "QUYẾT ĐỊNH:"), ``preamble`` whether it opens the body.
    """

    can_cu: tuple[str, ...] = ()
    lines: tuple[str, ...] = ()
    authority: tuple[Line, ...] = ()
    decides: Line | None = None
    start: int = 0
    end: int = 0
    preamble: bool = False


def _is_basis(line: Line) -> bool:
    if not (_BASIS.match(line.text) or _REVIEW.match(line.text)):
        return False
    return line.italic or not line.text.endswith(":")


def _run(lines: Sequence[Line], start: int) -> tuple[list[str], int]:
    """The bases from ``start``: each line, a text's cut line joined back on."""
    found: list[str] = []
    position = start
    while position < len(lines):
        line = lines[position]
        if _is_basis(line):
            found.append(line.text)
        elif (
            found
            and line.soft
            and not _ENDED.search(found[-1])
            and not _DECIDES.match(line.text)
            and not line.blank_before
        ):
            found[-1] = f"{found[-1]} {line.text}"
        else:
            break
        position += 1
    return found, position


def find_bases(lines: Sequence[Line]) -> Bases:
    """The bases of a body (``lines`` after the header and Kính gửi), or none."""
    position = 0
    authority: list[Line] = []
    while (
        position < min(len(lines), 3)
        and in_capitals(lines[position].text)
        and not _DECIDES.match(lines[position].text)
    ):
        authority.append(lines[position])
        position += 1
    found, end = _run(lines, position)
    if found and _BASIS.match(found[0]):
        return _bases(lines, found, tuple(authority), 0, end, preamble=True)
    # Not at the top: two or more "Căn cứ" paragraphs in a row, anywhere in the body.
    position = 0
    while position < len(lines):
        if _BASIS.match(lines[position].text) and _is_basis(lines[position]):
            found, end = _run(lines, position)
            count = sum(1 for text in found if _BASIS.match(text))
            if count >= 2:
                return _bases(lines, found, (), position, end, preamble=False)
            position = end
            continue
        position += 1
    return Bases()


def _bases(
    lines: Sequence[Line],
    found: list[str],
    authority: tuple[Line, ...],
    start: int,
    end: int,
    *,
    preamble: bool,
) -> Bases:
    decides = None
    if end < len(lines) and _DECIDES.match(lines[end].text):
        decides = lines[end]
        end += 1
    return Bases(
        can_cu=tuple(text for text in found if _BASIS.match(text)),
        lines=tuple(found),
        authority=authority,
        decides=decides,
        start=start,
        end=end,
        preamble=preamble,
    )
