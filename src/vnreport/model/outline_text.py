"""A body written as indented or numbered text, read into sections (``Section.from_outline``).

A notebook user writes::

    I. Kết quả
        - Tiếp 99 lượt công dân;
        1. Cải cách hành chính
            Đã triển khai một cửa ở 19/19 xã.
    Tồn tại
        Một số đơn vị chưa nhận thức đầy đủ.

A line with lines indented under it is a section titled by it (its typed label, "I.",
"1.", "a)", dropped: the layout numbers it); "- " is a dash item, "+ " an item of the dash
item above; any other line is a paragraph. Typed labels without indentation nest by
their kind: "I." above "1." above "a)".
"""

from __future__ import annotations

import re

from vnreport.errors import FieldError
from vnreport.model.body import Block, Bullet, Paragraph, Section

__all__ = ["sections_from_outline"]

_LABELS = (
    (re.compile(r"^[IVXLC]+[.)]\s+"), 0),
    (re.compile(r"^\d+[.)]\s+"), 1),
    (re.compile(r"^[a-zđ]\)\s+"), 2),
)


def _rank(text: str) -> tuple[int | None, str]:
    for pattern, rank in _LABELS:
        match = pattern.match(text)
        if match is not None:
            return rank, text[match.end() :].strip()
    return None, text


def sections_from_outline(text: str) -> tuple[Section, ...]:
    """The top-level sections ``text`` writes (see the module's docstring)."""
    rows: list[tuple[int, str]] = []
    for raw in text.expandtabs(4).splitlines():
        if raw.strip():
            rows.append((len(raw) - len(raw.lstrip()), raw.strip()))
    if not rows:
        raise FieldError("Section.from_outline", "the outline is empty")
    blocks = _blocks(rows, 0, len(rows))
    if not all(isinstance(block, Section) and block.title for block in blocks):
        raise FieldError(
            "Section.from_outline",
            "every top-level line must be a section's title with its content under it "
            "(indented, or numbered below a label such as I.)",
        )
    return tuple(block for block in blocks if isinstance(block, Section))


def _blocks(rows: list[tuple[int, str]], start: int, end: int) -> list[Block]:
    blocks: list[Block] = []
    position = start
    while position < end:
        indent, line = rows[position]
        rank, rest = _rank(line)
        children_end = position + 1
        while children_end < end and (
            rows[children_end][0] > indent
            or (
                rank is not None
                and rows[children_end][0] == indent
                and _deeper(rows[children_end][1], rank)
            )
        ):
            children_end += 1
        if children_end > position + 1:
            content = _blocks(rows, position + 1, children_end)
            blocks.append(Section(title=rest, content=content))
        elif line.startswith("+ ") and blocks and isinstance(blocks[-1], Bullet):
            last = blocks[-1]
            blocks[-1] = Bullet(text=last.text, items=(*last.items, Bullet(text=line[2:].strip())))
        elif line.startswith("- "):
            blocks.append(Bullet(text=line[2:].strip()))
        elif rank is not None:
            blocks.append(Section(content=[Paragraph(text=rest)]))
        else:
            blocks.append(Paragraph(text=line))
        position = children_end
    return blocks


def _deeper(line: str, rank: int) -> bool:
    """Whether ``line`` belongs under a label of ``rank`` at the same indentation: a
    deeper label, or unlabelled text."""
    other, _ = _rank(line)
    return other is None or other > rank
