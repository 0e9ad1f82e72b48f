"""The footer: "Nơi nhận" with its items (dashes or not, wrapped items joined) and the
signature stacks (TM./KT./TL./TUQ., "KT.VỤ TRƯỞNG" without a space, titles with a comma,
the signatures of a biên bản), read from where the body ends.

Real files lay the footer out three ways, and all three come here as one stream of
pieces in reading order: one column after the other (Nơi nhận, then the signature); a
borderless table whose left cell holds Nơi nhận and right cell the signature (a cell's
lines may be one paragraph cut by manual line breaks); or both columns typed with tab
stops in the same paragraphs, interleaved line by line ("- Bộ Tư pháp;\\tKT. CHỦ TỊCH").
:func:`_pieces` cuts the paragraphs at their line breaks and tab stops and puts each
column's pieces together, left to right, so that the recognisers read a column at a
time. Every text is kept as printed: "KT.VỤ TRƯỞNG" stays unspaced, an item without a
dash stays without one; the model's builder normalises.
"""

from __future__ import annotations

import re
from collections.abc import Hashable, Sequence

import attrs

from vnreport.importing.lines import Line
from vnreport.ooxml.document import normalize

__all__ = ["Footer", "SignatureLines", "find_footer", "read_footer", "spaced"]

_AUTHORITY = re.compile(r"^(TM|KT|TL|TUQ|Q)\s*\.\s*(?=\S)", re.IGNORECASE)
_SIGNED = re.compile(
    r"^[\[(]?\s*(đã\s+ký|chữ\s+ký[^)]*|ký\s+tên[^)]*|đã ký và đóng dấu)\s*[\])]?\.?$", re.IGNORECASE
)
_RECIPIENTS_START = re.compile(r"^Nơi\s+nhận\s*:?", re.IGNORECASE)
_MARKS = ("-", "–", "+", "•")
# A heading of the body ("II. KIẾN NGHỊ", "3. KẾT LUẬN") is in capitals too; it is not a
# signature's title.
_LABELLED = re.compile(r"^([IVXLC]+|\d+|[A-Z])\s*[.)\-]")


@attrs.frozen(kw_only=True)
class SignatureLines:
    """One signature: the authority lines (TM., KT. …), the member's role of a biên bản
    (THÀNH VIÊN above the office), the title, the name."""

    authority: tuple[Line, ...] = ()
    role: Line | None = None
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


def _is_name(text: str) -> bool:
    words = text.split()
    return (
        2 <= len(words) <= 6
        and all(word[:1].isupper() for word in words)
        and not _is_capitals(text)
        and not re.search(r"[\d:;,]", text)
    )


def _is_title(text: str) -> bool:
    return _is_capitals(text) and len(text) < 90 and not _LABELLED.match(text)


def find_footer(lines: Sequence[Line], start: int) -> int:
    """Where the footer starts: "Nơi nhận", a signature stack after the body, or — for a
    biên bản signed by its members side by side — the signatures that end the lines."""
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
    return _trailing_signatures(lines, start)


def _signature_like(line: Line) -> bool:
    return _is_capitals(line.text) or _is_name(line.text)


def _trailing_signatures(lines: Sequence[Line], start: int) -> int:
    """The start of the titles and names that end ``lines``, or ``len(lines)``."""
    position = len(lines)
    titles = names = 0
    while position - 1 >= start:
        texts = [piece.text for _, piece in _cut(lines[position - 1])]
        if not texts or not all(
            _is_title(text) or _is_name(text) or _SIGNED.match(text) for text in texts
        ):
            break
        titles += sum(map(_is_title, texts))
        names += sum(map(_is_name, texts))
        position -= 1
    if titles and names and position < len(lines) and _is_name(_cut(lines[-1])[-1][1].text):
        return position
    return len(lines)


def _cut(line: Line) -> list[tuple[int, Line]]:
    """``line`` cut at its manual line breaks and, outside a table, its tab stops: each
    piece with its column (0 for the first, 1 after a tab …)."""
    raw = line.raw or line.text
    pieces: list[tuple[int, Line]] = []
    for part in raw.split("\n"):
        columns = [part] if line.cell is not None else re.split(r"\t+", part)
        for column, text in enumerate(columns):
            folded = normalize(text)
            if folded:
                pieces.append((column, line.with_text(folded, folded)))
    if len(pieces) == 1 and pieces[0][1].text == line.text:
        return [(pieces[0][0], line)]
    return pieces


def _pieces(lines: Sequence[Line]) -> list[tuple[Hashable, Line]]:
    """The footer's pieces, each column's together: a table's cells column by column
    (a row of titles over a row of names pairs by column), tab-set columns left to right."""
    out: list[tuple[Hashable, Line]] = []
    position = 0
    while position < len(lines):
        table = None if lines[position].cell is None else lines[position].cell[0]  # type: ignore[index]
        end = position
        while (
            end < len(lines)
            and (
                None if lines[end].cell is None else lines[end].cell[0]  # type: ignore[index]
            )
            == table
        ):
            end += 1
        run = lines[position:end]
        if table is not None:
            keyed = [
                ((table, line.cell[2]), line.cell[1], piece)  # type: ignore[index]
                for line in run
                for _, piece in _cut(line)
            ]
            keyed.sort(key=lambda item: (item[0][1], item[1]))
            out.extend((column, piece) for column, _, piece in keyed)
        else:
            cut = [(column, piece) for line in run for column, piece in _cut(line)]
            side_by_side = any(len({column for column, _ in _cut(line)}) > 1 for line in run)
            if side_by_side:
                cut.sort(key=lambda item: item[0])
            out.extend(((None, column if side_by_side else 0), piece) for column, piece in cut)
        position = end
    return out


def read_footer(lines: Sequence[Line]) -> Footer:
    """The recipients and the signatures in ``lines`` (the footer's)."""
    pieces = _pieces(lines)
    # The tab-set columns, once: asked at each "Nơi nhận" line, and a footer may repeat it.
    tab_columns = {column for column, _ in pieces if column[0] is None}  # type: ignore[index]
    heading: Line | None = None
    items: list[Line] = []
    stacks: list[SignatureLines] = []
    current_authority: list[Line] = []
    current_title: list[Line] = []
    other: list[Line] = []
    in_recipients = False
    recipient_column: Hashable = None
    columned = False  # whether the recipients' column is a cell or a tab-set column
    done = False  # a whole signature was read and a line that is none followed it

    def close(name: Line | None) -> None:
        nonlocal current_authority, current_title
        if current_authority or current_title or name is not None:
            stacks.append(
                SignatureLines(
                    authority=tuple(current_authority), title=tuple(current_title), name=name
                )
            )
        current_authority, current_title = [], []

    for column, line in pieces:
        text = line.text
        if done:
            other.append(line)
            continue
        match = _RECIPIENTS_START.match(text)
        if match is not None:
            heading = line
            in_recipients = True
            recipient_column = column
            columned = line.cell is not None or any(
                other_column != column for other_column in tab_columns
            )
            rest = normalize(text[match.end() :])
            if rest:
                items.append(line.with_text(rest))
            continue
        if in_recipients and _recipient_item(line, items, column, recipient_column, columned):
            if text.startswith(_MARKS) or not items or _ended(items[-1].text):
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
            current_authority.append(line)
        elif _is_title(text):
            current_title.append(line)
        elif _is_name(text) and (current_title or current_authority):
            close(line)
        else:
            other.append(line)
            done = any(stack.name is not None for stack in stacks)
    close(None)
    return Footer(
        heading=heading,
        recipients=tuple(item.text for item in items),
        recipient_lines=tuple(items),
        signatures=_signed(stacks),
        other=tuple(other),
    )


def _signed(stacks: list[SignatureLines]) -> tuple[SignatureLines, ...]:
    """The signatures: a stack without a name after a signed one is not one (the header
    of an attached text); several signers' first title line is their role (THÀNH VIÊN
    above the office of a biên bản's member)."""
    kept: list[SignatureLines] = []
    for stack in stacks:
        if not (stack.title or stack.authority):
            continue
        if stack.name is None and any(one.name is not None for one in kept):
            continue
        kept.append(stack)
    if len([stack for stack in kept if stack.name is not None]) > 1:
        kept = [
            attrs.evolve(stack, role=stack.title[0], title=stack.title[1:])
            if not stack.authority and len(stack.title) > 1
            else stack
            for stack in kept
        ]
    return tuple(kept)


def _recipient_item(
    line: Line, items: list[Line], column: Hashable, recipients: Hashable, columned: bool
) -> bool:
    if columned:
        return column == recipients
    text = line.text
    if text.startswith(_MARKS):
        return True
    if _AUTHORITY.match(text) or (_is_capitals(text) and len(text.split()) > 1):
        return False
    return not items or not _ended(items[-1].text) or text.endswith((";", "."))


def _ended(text: str) -> bool:
    return text.endswith((";", "."))


def spaced(text: str) -> str:
    """ "KT.VỤ TRƯỞNG" → "KT. VỤ TRƯỞNG": the prefix as the model writes it."""
    return _AUTHORITY.sub(lambda match: f"{match.group(1).upper()}. ", text)
