"""What a giấy mời and a biên bản share: labelled lines about a meeting, and lists of people.

Both print their particulars as short labelled sentences ("Địa điểm: Hội trường …."), and
name people either on the line of their label, when there is one, or as a dash list under
it ("… trân trọng kính mời:" / "- …;" / "- …."), as Kính gửi does (Phụ lục I, II.9.a).
The lines are model blocks (:class:`~vnreport.model.body.Paragraph`, ``Bullet``), laid out
with the rest of the body by :func:`~vnreport.model.outline.flatten_body`, which also ends
the body with "./.".
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import attrs

from vnreport.formatting.lists import ELLIPSES, format_dash_list, strip_item_punctuation
from vnreport.model._fields import fail
from vnreport.model.body import Bullet, Paragraph
from vnreport.rules import ND30

__all__ = ["check_no_end_mark", "labelled", "listed", "sentence"]

_END_MARK = ND30.texts.end_mark


def _literal(text: str) -> str:
    # These lines are the author's plain text: an asterisk is printed, not emphasis.
    return text.replace("*", "\\*")


def sentence(text: str) -> str:
    """``text`` as a sentence: the author's final ";", "," or "." replaced by one ".".

    >>> sentence("Hội trường Ủy ban nhân dân huyện;"), sentence("Các xã, thị trấn…")
    ('Hội trường Ủy ban nhân dân huyện.', 'Các xã, thị trấn…')
    """
    text = strip_item_punctuation(text)
    return text if text.endswith((*ELLIPSES, "?", "!")) else f"{text}."


def labelled(label: str, text: str, *, colon: bool = True) -> Paragraph:
    """A labelled sentence: "Địa điểm: Hội trường Ủy ban nhân dân huyện."; without the
    ``colon`` the words run on ("Tới dự Hội nghị …")."""
    separator = ": " if colon else " "
    return Paragraph(text=_literal(f"{label}{separator}{sentence(text)}"))


def listed(opening: str, items: Sequence[str]) -> list[Paragraph | Bullet]:
    """One item on the line of ``opening`` ("… kính mời: X."), several as a dash list
    under it, each ending ";" and the last "."."""
    if len(items) == 1:
        return [Paragraph(text=_literal(f"{opening}: {sentence(items[0])}"))]
    lines = format_dash_list(items)
    return [
        Paragraph(text=_literal(f"{opening}:")),
        *(Bullet(text=_literal(line.removeprefix("- "))) for line in lines),
    ]


def check_no_end_mark(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    """Validator: a text of the body's frame holds no "./." (added after the last word)."""
    texts = value if isinstance(value, tuple) else (value,)
    for text in texts:
        if isinstance(text, str) and _END_MARK in text:
            raise fail(
                instance,
                attribute,
                f"{_END_MARK!r} marks the end of the body and vnreport adds it after the last "
                f"word: remove it from {text[:40]!r}",
            )
