"""A narrative document's closing sentence, told from its last point's last paragraph.

"Văn phòng … thông báo để các cơ quan … biết, thực hiện." or "Ủy ban nhân dân huyện …
kính trình …" after the last section prints exactly as a paragraph inside it would: the
page cannot tell them apart. The words can: such a sentence addresses the reader about
the whole document, so it is read as the closing (*phần kết*). Practice, not the decree's
text; a closing that opens "Trên đây là …" is found by the body reader itself.
"""

from __future__ import annotations

import re

import attrs

from vnreport.model.body import Paragraph, Section

__all__ = ["CLOSING_WORDS", "take_closing"]

#: How a document's last paragraph asks, thanks, informs or reports about the whole.
CLOSING_WORDS = re.compile(
    r"^(?:(?:Kính\s+)?đề\s+nghị|Trân\s+trọng|Rất\s+mong|Trên\s+đây|Vậy|Xin\s+trân\s+trọng)\b"
    r"|\bkính\s+(?:báo\s+cáo|đề\s+nghị|trình|mong|gửi)\b"
    r"|\bthông\s+báo\s+(?:để|cho)\b.*\bbiết\b",
    re.IGNORECASE,
)


def take_closing(sections: list[Section]) -> list[Paragraph]:
    """Take the closing sentence out of the end of ``sections`` (changed in place) and
    return it; nothing when the last paragraph is the last point's own."""
    if not sections:
        return []
    taken, last = _taken(sections[-1])
    if last is None:
        return []
    sections[-1] = taken
    return [last]


def _taken(section: Section) -> tuple[Section, Paragraph | None]:
    content = list(section.content)
    if not content:
        return section, None
    tail = content[-1]
    if isinstance(tail, Section):
        inner, found = _taken(tail)
        if found is None:
            return section, None
        return attrs.evolve(section, content=(*content[:-1], inner)), found
    # A point of one paragraph keeps it: its only text is never the document's closing.
    if isinstance(tail, Paragraph) and len(content) > 1 and CLOSING_WORDS.search(tail.text):
        return attrs.evolve(section, content=tuple(content[:-1])), tail
    return section, None
