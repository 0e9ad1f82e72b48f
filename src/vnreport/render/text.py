"""A plain-text view of a laid-out page, for terminals and notebooks.

It shows what the document will print — the header's two columns, labels, capitals, the
date rule, recipients and the signature stack, the appendices — without Word. Layout
details (fonts, rules, page breaks) belong to the .docx renderer.
"""

from __future__ import annotations

import textwrap
from collections.abc import Iterable, Iterator, Sequence

from vnreport.layout.page import AppendixPage, Header, Line, Page, SignatureBlock
from vnreport.layout.tables import GridCell, table_grid
from vnreport.model.inline import plain_text
from vnreport.model.outline import Block, Role

__all__ = ["outline"]

_INDENT = {
    Role.HEADING_1: 0,
    Role.HEADING_2: 2,
    Role.HEADING_3: 4,
    Role.PARAGRAPH: 4,
    Role.BULLET: 4,
    Role.SUB_BULLET: 6,
    Role.TABLE: 4,
    Role.ADDRESSEE: 30,
    Role.ADDRESSEE_ITEM: 32,
    Role.LEGAL_BASIS: 4,
    Role.ARTICLE: 4,
}
# Lines printed centred on the page.
_CENTRED = frozenset(
    {Role.AUTHORITY_LINE, Role.DECISION_WORD, Role.PART, Role.PART_TITLE, Role.NOTE}
)


def outline(page: Page, *, width: int = 100, full: bool = False) -> str:
    """The page as text: the full text wrapped to ``width`` columns when ``full``,
    otherwise one line per block, long paragraphs shortened with "…"."""
    lines: list[str] = []
    if page.circulation is not None:
        lines.append(f"[{page.circulation.text}]".rjust(width))
    lines.extend(_header(page, width))
    if page.title is not None:
        lines.append("")
        lines.append(page.title.type_name.text.center(width).rstrip())
        if page.title.subject is not None:
            lines.extend(_centred(page.title.subject.text, width))
    lines.append("")
    lines.extend(_blocks(page.body, width, full=full))
    lines.append("")
    lines.extend(_footer(page, width))
    if page.contact is not None:
        lines.extend(["", "-" * width, page.contact.text])
    for appendix in page.appendices:
        lines.extend(_appendix(appendix, page.header, width, full=full))
    return "\n".join(lines) + "\n"


def _centred(text: str, width: int) -> list[str]:
    return [line.center(width).rstrip() for line in textwrap.wrap(text, max(20, width - 20))]


def _columns(
    left: Iterable[str], right: Iterable[str], width: int, *, centre_left: bool = True
) -> Iterator[str]:
    left, right = list(left), list(right)
    half = width * 2 // 5
    for index in range(max(len(left), len(right))):
        one = left[index] if index < len(left) else ""
        two = right[index] if index < len(right) else ""
        one = one.center(half) if centre_left else one.ljust(half)
        yield (one + two.center(width - half)).rstrip()


def _header(page: Page, width: int) -> Iterator[str]:
    header = page.header
    issuer = [line.text for line in header.issuer]
    left = [*([header.parent.text] if header.parent else []), *issuer]
    right = [header.national_name.text, header.motto.text]
    # "Số:" and the date share the row under the taller of the two columns.
    rows = max(len(left), len(right))
    # A công văn's V/v wraps in the number's column, as its cell does on paper.
    vv = [part for line in header.subject_vv for part in textwrap.wrap(line.text, width // 3)]
    number = [header.number.text, *vv]
    left += [""] * (rows - len(left)) + number
    right += [""] * (rows - len(right)) + ([header.place_date.text] if header.place_date else [])
    yield from _columns(left, right, width)
    if header.stamps:
        yield "  ".join(f"[{stamp.text}]" for stamp in header.stamps)


def _blocks(blocks: Sequence[Block], width: int, *, full: bool) -> Iterator[str]:
    for block in blocks:
        yield from _block(block, width, full=full)


def _block(block: Block, width: int, *, full: bool) -> list[str]:
    if block.table is not None:
        return [" " * _INDENT[Role.TABLE] + line for line in _table(block)]
    if block.role in _CENTRED:
        return _centred(block.text, width)
    indent = " " * _INDENT.get(block.role, 4)
    text = block.text
    if not full:
        limit = width - len(indent)
        return [indent + (text if len(text) <= limit else text[: limit - 1].rstrip() + "…")]
    return textwrap.wrap(text, width, initial_indent=indent, subsequent_indent=indent) or [indent]


def _table(block: Block) -> list[str]:
    table = block.table
    assert table is not None
    grid = table_grid(table)
    header = [_spread(row, table.column_count) for row in grid.header]
    body = [[cell.text for cell in row] for row in grid.body]
    rows = [*header, *body]
    widths = [max(len(row[column]) for row in rows) for column in range(table.column_count)]
    rendered = [
        " | ".join(cell.ljust(w) for cell, w in zip(row, widths, strict=True)).rstrip()
        for row in rows
    ]
    rule = "-+-".join("-" * w for w in widths)
    head = [plain_text(table.title)] if table.title else []
    if grid.unit:
        head.append(grid.unit)
    return [*head, *rendered[: len(header)], rule, *rendered[len(header) :]]


def _spread(row: Sequence[GridCell], count: int) -> list[str]:
    """A header row one text a column: a heading over several stands in the first."""
    texts: list[str] = []
    for cell in row:
        texts += [cell.text] + [""] * (cell.span - 1)
    return texts[:count]


def _signature(block: SignatureBlock) -> list[str]:
    return [*(line.text for line in block.lines), "", "", block.name.text]


def _footer(page: Page, width: int) -> Iterator[str]:
    recipients = [line.text for line in page.recipients]
    if len(page.signatures) == 2:
        # A biên bản: the two signatures side by side, Nơi nhận under them.
        secretary, chair = page.signatures
        yield from _columns(_signature(secretary), _signature(chair), width)
        if recipients:
            yield ""
            yield from recipients
        return
    # Nơi nhận is flush left; the signature block is centred in its column.
    yield from _columns(recipients, _signature(page.signatures[0]), width, centre_left=False)


def _appendix(appendix: AppendixPage, header: Header, width: int, *, full: bool) -> Iterator[str]:
    yield ""
    yield "=" * width
    if appendix.repeat_header:
        # An issued text repeats the header's first row: the issuer and the Quốc hiệu.
        left = [
            *([header.parent.text] if header.parent else []),
            *(line.text for line in header.issuer),
        ]
        yield from _columns(left, [header.national_name.text, header.motto.text], width)
        yield ""
    frame: list[Line] = [appendix.label, *appendix.title, appendix.note]
    for line in frame:
        yield from _centred(line.text, width)
    yield ""
    yield from _blocks(appendix.body, width, full=full)
