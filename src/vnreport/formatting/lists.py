"""Dash lists of addressees and recipients: "- …;" on each line, the last ending "."

Used by "Kính gửi:" with several addressees and by "Nơi nhận:" (Phụ lục I, II.9).
Authors often type the dash and the punctuation themselves; both are removed before the
rule is applied, so nothing is ever doubled.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from vnreport.rules import ND30

__all__ = [
    "ELLIPSES",
    "format_addressees",
    "format_archive",
    "format_dash_list",
    "strip_item_punctuation",
]

#: An ellipsis, typed as three dots or as the single character Word's autocorrect makes;
#: it already ends a sentence, so no full stop is added after it.
ELLIPSES = ("...", "…")

_LEADING_MARK = re.compile(r"\A\s*[-–—+•]\s*")
_TRAILING_MARKS = ";,."


def strip_item_punctuation(item: str) -> str:
    """Remove a dash the author typed before an item and the ";", "," or "." after it.

    An ellipsis is the author's text and stays.

    >>> strip_item_punctuation("- Ban Dân vận Huyện ủy;")
    'Ban Dân vận Huyện ủy'
    >>> strip_item_punctuation("Các xã, thị trấn...")
    'Các xã, thị trấn...'
    """
    # One pass from each end (a pattern anchored at the end would retry at every space of
    # a long run of them).
    text = _LEADING_MARK.sub("", item, count=1).strip()
    if text.endswith(ELLIPSES):
        return text
    return text[:-1].rstrip() if text[-1:] in _TRAILING_MARKS else text


def format_dash_list(items: Sequence[str]) -> tuple[str, ...]:
    """Write items one per line as "- item;", the last one ending with ".".

    >>> format_dash_list(["Như trên", "Ban Dân vận Huyện ủy;", "- Lưu: VT, NV."])
    ('- Như trên;', '- Ban Dân vận Huyện ủy;', '- Lưu: VT, NV.')
    """
    cleaned = [strip_item_punctuation(item) for item in items]
    lines = [f"- {item};" for item in cleaned]
    if cleaned:
        # An ellipsis already ends the sentence.
        last = cleaned[-1]
        lines[-1] = f"- {last}" if last.endswith(ELLIPSES) else f"- {last}."
    return tuple(lines)


def format_archive(units: Sequence[str] = (), copies: int | None = None) -> str:
    """The filing item: the văn thư (VT) first, then the drafting unit and the copies kept.

    >>> format_archive(["NV"])
    'Lưu: VT, NV'
    >>> format_archive(["HC"], 2)
    'Lưu: VT, HC (2)'
    >>> format_archive()
    'Lưu: VT'
    """
    texts = ND30.texts
    text = ", ".join([f"{texts.archive_label}: {texts.archive_office}", *units])
    return text if copies is None else f"{text} ({copies})"


def format_addressees(addressees: Sequence[str]) -> tuple[str, ...]:
    """The "Kính gửi" lines: one addressee on the same line, several as a dash list.

    >>> format_addressees(["Bộ Nội vụ"])
    ('Kính gửi: Bộ Nội vụ',)
    >>> format_addressees(["Sở Nội vụ", "Ban Dân vận Tỉnh ủy"])
    ('Kính gửi:', '- Sở Nội vụ;', '- Ban Dân vận Tỉnh ủy.')
    """
    if not addressees:
        return ()
    label = ND30.texts.addressee_label
    if len(addressees) == 1:
        return (f"{label}: {strip_item_punctuation(addressees[0])}",)
    return (f"{label}:", *format_dash_list(addressees))
