"""A công văn's body read back into :class:`~vnreport.model.official_letter.OfficialLetter`.

The header gives the subject after "V/v" and the symbol "1035/UBND-NV" — the issuer's
abbreviation, then the drafting unit's (Phụ lục I, II.3); Kính gửi is taken out by the
caller. The body is paragraphs, dash items and points numbered 1., 2. and a), b), read as
a báo cáo's are (:mod:`vnreport.importing.body`).

A paragraph after the last point prints the same as one inside it. The letter's closing
request ("Đề nghị các cơ quan … thực hiện.", "Trân trọng./.", "Ủy ban nhân dân huyện …
kính báo cáo …") is read as the letter's, not the point's: it ends the letter.
"""

from __future__ import annotations

import attrs

from vnreport.errors import FieldError
from vnreport.formatting.lists import strip_item_punctuation
from vnreport.importing.body import build_sections, items_of, join_cut_lines
from vnreport.importing.closing import CLOSING_WORDS
from vnreport.importing.header import VV_PREFIX
from vnreport.importing.labelled import without_end_mark
from vnreport.importing.parts import Parts, refusal
from vnreport.importing.result import Unrecognised
from vnreport.model.body import Block, Paragraph, Section
from vnreport.model.document import Document
from vnreport.model.official_letter import OfficialLetter
from vnreport.rules import ND30

__all__ = ["build_letter"]

_TEXTS = ND30.texts


def build_letter(parts: Parts, unrecognised: list[Unrecognised]) -> Document | None:
    """The công văn ``parts`` hold, or ``None`` with the reason in ``unrecognised``."""
    header = parts.header
    subject = " ".join(line.text for line in header.subject_vv) or header.subject_text or ""
    lines = join_cut_lines(parts.lines)
    if lines:
        lines[-1] = without_end_mark(lines[-1])
    try:
        content = _content(build_sections(items_of(lines), unrecognised))
        frame = parts.frame()
        unit, abbreviation = _symbol(header.symbol)
        frame.update(issuer=attrs.evolve(frame["issuer"], abbreviation=abbreviation))
        return OfficialLetter(
            **{**frame, "symbol_unit": unit},
            subject=VV_PREFIX.sub("", subject, count=1),
            addressees=[strip_item_punctuation(item) for item in parts.addressees],
            content=content,
        )
    except (FieldError, ValueError, TypeError) as error:
        unrecognised.append(refusal(error, parts.header))
        return None


def _symbol(symbol: str | None) -> tuple[str, str]:
    """(the drafting unit, the issuer's abbreviation) of "UBND-NV"."""
    groups = (symbol or "").split("-")
    if len(groups) < 2 or not all(groups):
        raise FieldError(
            "symbol_unit",
            f"a công văn's symbol is the issuer's abbreviation and the drafting unit's "
            f"(Phụ lục I, II.3: 'Số: 12/UBND-VP'): the Số line prints {symbol or 'none'!r}",
        )
    return "-".join(groups[1:]), groups[0]


def _content(built: tuple[list[Paragraph], list[Section], list[Paragraph]]) -> list[Block]:
    """The letter's blocks in order; its closing request taken out of the last point."""
    opening, sections, closing = built
    blocks: list[Block] = [*opening, *sections, *closing]
    if not sections or blocks[-1] is not sections[-1]:
        return blocks
    last = sections[-1]
    content = list(last.content)
    cut = len(content)
    while cut > 1 and isinstance(content[cut - 1], Paragraph):
        cut -= 1
    start = next(
        (
            index
            for index in range(max(cut, 1), len(content))
            if CLOSING_WORDS.search(_text(content[index]))
        ),
        None,
    )
    if start is None:
        return blocks
    return [
        *blocks[:-1],
        attrs.evolve(last, content=tuple(content[:start])),
        *content[start:],
    ]


def _text(block: Block) -> str:
    return block.text if isinstance(block, Paragraph) else ""
