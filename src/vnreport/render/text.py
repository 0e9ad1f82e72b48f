"""A plain-text view of a report, for terminals and notebooks: header, headings, paragraphs.

It shows what the model will print — labels, capitals, the date rule, recipients and the
signature stack — without Word. Layout details (fonts, rules, page breaks) belong to the
.docx renderer.
"""

from __future__ import annotations

import textwrap
from collections.abc import Iterable, Iterator

from vnreport.model.inline import plain_text
from vnreport.model.outline import Block, Role
from vnreport.model.report import Report
from vnreport.render.cells import cell_text
from vnreport.rules import ND30

__all__ = ["outline"]

_INDENT = {
    Role.HEADING_1: 0,
    Role.HEADING_2: 2,
    Role.HEADING_3: 4,
    Role.PARAGRAPH: 4,
    Role.BULLET: 4,
    Role.SUB_BULLET: 6,
    Role.TABLE: 4,
}


def outline(report: Report, *, width: int = 100, full: bool = False) -> str:
    """The report as text: the full text wrapped to ``width`` columns when ``full``,
    otherwise one line per block, long paragraphs shortened with "…".
    """
    lines: list[str] = []
    lines.extend(_header(report, width))
    lines.append("")
    lines.append(report.doc_type.printed_name.center(width).rstrip())
    lines.extend(line.center(width).rstrip() for line in textwrap.wrap(report.subject, width - 20))
    if report.addressee_lines:
        lines.append("")
        lines.extend(" " * 30 + line for line in report.addressee_lines)
    lines.append("")
    for block in report.body:
        lines.extend(_block(block, width, full=full))
    lines.append("")
    lines.extend(_footer(report, width))
    return "\n".join(lines) + "\n"


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


def _header(report: Report, width: int) -> Iterator[str]:
    issuer = report.issuer
    left = [*([issuer.parent_line] if issuer.parent_line else []), *issuer.issuer_lines]
    right = [ND30.texts.national_name, ND30.texts.motto]
    # "Số:" and the date share the row under the taller of the two columns.
    rows = max(len(left), len(right))
    left += [""] * (rows - len(left)) + [report.number_line]
    right += [""] * (rows - len(right)) + [report.place_date_line]
    yield from _columns(left, right, width)
    marks = [
        mark
        for mark in (
            report.secrecy.stamp if report.secrecy else None,
            report.urgency.stamp if report.urgency else None,
            report.circulation_stamp,
        )
        if mark
    ]
    if marks:
        yield "  ".join(f"[{mark}]" for mark in marks)


def _block(block: Block, width: int, *, full: bool) -> list[str]:
    indent = " " * _INDENT[block.role]
    if block.table is not None:
        return [indent + line for line in _table(block)]
    text = block.text
    if not full:
        limit = width - len(indent)
        return [indent + (text if len(text) <= limit else text[: limit - 1].rstrip() + "…")]
    return textwrap.wrap(text, width, initial_indent=indent, subsequent_indent=indent) or [indent]


def _table(block: Block) -> list[str]:
    table = block.table
    assert table is not None
    rows = [list(table.header), *([cell_text(cell) for cell in row] for row in table.rows)]
    if table.totals is not None:
        rows.append([cell_text(cell) for cell in table.totals])
    widths = [max(len(row[column]) for row in rows) for column in range(table.column_count)]
    rendered = [
        " | ".join(cell.ljust(w) for cell, w in zip(row, widths, strict=True)) for row in rows
    ]
    rule = "-+-".join("-" * w for w in widths)
    head = [plain_text(table.title)] if table.title else []
    return [*head, rendered[0], rule, *rendered[1:]]


def _footer(report: Report, width: int) -> Iterator[str]:
    left = [f"{ND30.texts.recipients_label}:", *report.recipient_lines]
    right = [*report.signature.lines, "", "", report.signature.name]
    # Nơi nhận is flush left; the signature block is centred in its column.
    yield from _columns(left, right, width, centre_left=False)
    if report.contact is not None:
        yield ""
        yield "-" * width
        yield str(report.contact)
