"""The footer: "Nơi nhận" with its items (dashes or not, wrapped items joined) and the
signature stacks (TM./KT./TL./TUQ., "KT.VỤ TRƯỞNG" without a space, titles with a comma,
the two signatures of a biên bản), read from where the body ends."""

from __future__ import annotations

import re
from collections.abc import Sequence

import attrs

from vnreport.importing.lines import Line
from vnreport.ooxml.document import normalize

__all__ = ["Footer", "SignatureLines", "find_footer", "read_footer"]

_AUTHORITY = re.compile(r"^(TM|KT|TL|TUQ|Q)\s*\.\s*(?=\S)", re.IGNORECASE)
_SIGNED = re.compile(
    r"^[\[(]?\s*(đã\s+ký|chữ\s+ký[^)]*|ký\s+tên[^)]*|đã ký và đóng dấu)\s*[\])]?\.?$", re.IGNORECASE
)
_RECIPIENTS_START = re.compile(r"^Nơi\s+nhận\s*:?", re.IGNORECASE)


@attrs.frozen(kw_only=True)
class SignatureLines:
    """One signature: the authority lines (TM., KT. …), the title, the name."""

    authority: tuple[Line, ...] = ()
    title: tuple[Line, ...] = ()
    name: Line | None = None


@attrs.frozen(kw_only=True)
class Footer:
    heading: Line | None = None
    recipients: tuple[str, ...] = ()
    recipient_lines: tuple[Line, ...] = ()
    signatures: tuple[SignatureLines, ...] = ()
    #: Lines of the footer that are none of these.
    other: tuple[Line, ...] = ()


def _is_capitals(text: str) -> bool:
    letters = [char for char in text if char.isalpha()]
    return bool(letters) and all(char.isupper() for char in letters)


def find_footer(lines: Sequence[Line], start: int) -> int:
    """Where the footer starts: "Nơi nhận", or a signature stack after the body."""
    for position in range(start, len(lines)):
        if _RECIPIENTS_START.match(lines[position].text):
            # A signature stack may stand before Nơi nhận in a text typed column by column.
            back = position
            while back - 1 >= start and _signature_like(lines[back - 1]):
                back -= 1
            return back if back < position and _AUTHORITY.match(lines[back].text) else position
    for position in range(start, len(lines)):
        line = lines[position]
        if _AUTHORITY.match(line.text) and _is_capitals(line.text):
            return position
    return len(lines)


def _signature_like(line: Line) -> bool:
    return _is_capitals(line.text) or _is_name(line.text)


def _is_name(text: str) -> bool:
    words = text.split()
    return (
        2 <= len(words) <= 6
        and all(word[:1].isupper() for word in words)
        and not _is_capitals(text)
        and not re.search(r"[\d:;,]", text)
    )


def read_footer(lines: Sequence[Line]) -> Footer:
    """The recipients and the signatures in ``lines`` (the footer's)."""
    heading: Line | None = None
    items: list[Line] = []
    stacks: list[SignatureLines] = []
    current_authority: list[Line] = []
    current_title: list[Line] = []
    other: list[Line] = []
    in_recipients = False
    recipient_cell: tuple[int, int, int] | None = None

    def close(name: Line | None) -> None:
        nonlocal current_authority, current_title
        if current_authority or current_title or name is not None:
            stacks.append(
                SignatureLines(
                    authority=tuple(current_authority), title=tuple(current_title), name=name
                )
            )
        current_authority, current_title = [], []

    for line in lines:
        text = line.text
        match = _RECIPIENTS_START.match(text)
        if match is not None:
            heading = line
            in_recipients = True
            recipient_cell = line.cell
            rest = normalize(text[match.end() :])
            if rest:
                items.append(line.with_text(rest))
            continue
        if in_recipients and _recipient_item(line, items, recipient_cell):
            if text.startswith(("-", "–", "+", "•")) or not items or _ended(items[-1].text):
                items.append(line)
            else:
                items[-1] = items[-1].with_text(f"{items[-1].text} {text}")
            continue
        in_recipients = False
        if _SIGNED.match(text):
            continue
        if _AUTHORITY.match(text) and _is_capitals(text):
            if current_title:
                close(None)
            current_authority.append(line.with_text(_spaced(text)))
        elif _is_capitals(text) and len(text) < 90:
            current_title.append(line)
        elif _is_name(text) and (current_title or current_authority):
            close(line)
        else:
            other.append(line)
    close(None)
    return Footer(
        heading=heading,
        recipients=tuple(_dash(item.text) for item in items),
        recipient_lines=tuple(items),
        signatures=tuple(stack for stack in stacks if stack.title or stack.authority),
        other=tuple(other),
    )


def _recipient_item(line: Line, items: list[Line], cell: tuple[int, int, int] | None) -> bool:
    if cell is not None:
        return line.cell == cell
    text = line.text
    if text.startswith(("-", "–", "+", "•")):
        return True
    if _AUTHORITY.match(text) or (_is_capitals(text) and len(text.split()) > 1):
        return False
    return not items or not _ended(items[-1].text) or text.endswith((";", "."))


def _ended(text: str) -> bool:
    return text.endswith((";", "."))


def _dash(text: str) -> str:
    text = re.sub(r"^[–•]\s*", "- ", text)
    return text if text.startswith("-") else f"- {text}" if not text.startswith("+") else text


def _spaced(text: str) -> str:
    """ "KT.VỤ TRƯỞNG" → "KT. VỤ TRƯỞNG"."""
    return _AUTHORITY.sub(lambda match: f"{match.group(1).upper()}. ", text)
