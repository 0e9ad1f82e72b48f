"""Appendices (*phụ lục*): the pages after the signature → the model's
:class:`~vnreport.model.appendix.Appendix`.

An appendix opens with its label on a line of its own ("Phụ lục", "PHỤ LỤC II"), its
title (in capitals, read back in ordinary case) and the note "(Kèm theo … số … ngày
…)", which the renderer writes from the document, so it is read and left; its content
is a body as the main text's (paragraphs, dash lists, tables, numbered sections) and ends
with "./.". A landscape section makes a landscape appendix.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from vnreport.errors import FieldError
from vnreport.importing.body import build_sections, items_of, join_cut_lines
from vnreport.importing.casing import restore_case
from vnreport.importing.lines import Line
from vnreport.importing.result import Unrecognised
from vnreport.model.appendix import Appendix
from vnreport.model.body import Block, Paragraph
from vnreport.rules import ND30

__all__ = ["find_appendices", "read_appendices"]

_LABEL = re.compile(
    r"^(?:PHỤ\s+LỤC|Phụ\s+lục)(?:\s+(?:số\s+)?[IVXLC\d]+(?:\.\d+)*)?\s*[.:]?$", re.IGNORECASE
)
_NOTE = re.compile(r"^\(\s*(?:Kèm|Ban hành kèm)\s+theo\b.*\)$", re.IGNORECASE)
_END_MARK = ND30.texts.end_mark


def _is_label(line: Line) -> bool:
    style = (line.style or "").replace(" ", "").casefold()
    return style == "vnappendix" or (line.table is None and bool(_LABEL.match(line.text)))


def find_appendices(lines: Sequence[Line], start: int) -> int:
    """Where the appendices start: the first appendix label after the signature (a
    "Nơi nhận" or a signature stack after ``start``), else ``len(lines)``."""
    signed = next(
        (
            position
            for position in range(start, len(lines))
            if lines[position].cell is not None
            or re.match(r"^Nơi\s+nhận", lines[position].text, re.IGNORECASE)
        ),
        None,
    )
    if signed is None:
        return len(lines)
    for position in range(signed, len(lines)):
        if _is_label(lines[position]) and lines[position].cell is None:
            return position
    return len(lines)


def read_appendices(lines: Sequence[Line], unrecognised: list[Unrecognised]) -> list[Appendix]:
    """The appendices ``lines`` hold (from the first label on)."""
    groups: list[list[Line]] = []
    for line in lines:
        if _is_label(line) or not groups:
            groups.append([line])
        else:
            groups[-1].append(line)
    appendices = []
    for group in groups:
        appendix = _appendix(group, unrecognised)
        if appendix is not None:
            appendices.append(appendix)
    return appendices


def _appendix(lines: list[Line], unrecognised: list[Unrecognised]) -> Appendix | None:
    label, rest = lines[0], lines[1:]
    if not rest:
        unrecognised.append(_note(label, "an appendix label with nothing under it"))
        return None
    title = restore_case(rest[0].text)
    rest = rest[1:]
    if rest and _NOTE.match(rest[0].text):
        rest = rest[1:]
    content_lines = [line for line in rest if not line.is_rule]
    if content_lines and content_lines[-1].text == _END_MARK:
        content_lines.pop()
    items = items_of(join_cut_lines(content_lines))
    try:
        opening, sections, _ = build_sections(items, unrecognised)
    except (FieldError, ValueError, TypeError) as error:
        unrecognised.append(_note(label, f"the appendix's content: {error}"))
        return None
    content: list[Block] = [*opening, *sections]
    _strip_end_mark(content)
    landscape = any(line.landscape for line in lines) or None
    try:
        return Appendix(title=title, content=content, landscape=landscape)
    except (FieldError, ValueError, TypeError) as error:
        unrecognised.append(_note(label, str(error)))
        return None


def _strip_end_mark(content: list[Block]) -> None:
    """The layout prints "./." after the last paragraph: the model holds it without."""
    if content and isinstance(content[-1], Paragraph) and content[-1].text.endswith(_END_MARK):
        text = content[-1].text[: -len(_END_MARK)].rstrip()
        content[-1] = Paragraph(text=f"{text}.")


def _note(line: Line, reason: str) -> Unrecognised:
    where = line.where
    return Unrecognised(line=where[0], paragraph=where[1], text=line.text[:80], reason=reason)
