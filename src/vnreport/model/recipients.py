"""The list of recipients (*nơi nhận*, ô 9b), ending with the filing line "Lưu: VT, …"."""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any

import attrs

from vnreport.errors import FieldError
from vnreport.formatting.lists import format_archive, format_dash_list, strip_item_punctuation
from vnreport.formatting.text import clean_text
from vnreport.model._fields import (
    as_int,
    check_copies,
    check_texts,
    field_name,
)
from vnreport.rules import ND30

__all__ = ["Recipients", "to_recipients"]

#: The first recipient of a document that has a "Kính gửi": the addressees above.

# "Lưu: VT, NV (2)"; a recipient such as "Lưu trữ lịch sử tỉnh" is not a filing line, so
# the word must be followed by a colon or by "VT".
_VT = re.compile(rf"{re.escape(ND30.texts.archive_office)}\b", re.IGNORECASE)
_COPIES = re.compile(r"\((\d+)\)\Z")


def _filing_line(text: str) -> tuple[str, int | None] | None:
    """The units and the copies of a filing line ("Lưu: VT, NV (2)"), or ``None``.

    Read in steps, each anchored at one end, so that the work stays linear in the text
    however many spaces it holds.
    """
    label = ND30.texts.archive_label
    if text[: len(label)].casefold() != label.casefold():
        return None
    after = text[len(label) :]
    rest = after.lstrip()
    if rest.startswith(":"):
        rest = rest[1:]
    elif len(rest) == len(after) or _VT.match(rest) is None:
        return None
    rest = rest.strip()
    copies = _COPIES.search(rest)
    if copies is None:
        return rest, None
    return rest[: copies.start()].rstrip(), int(copies.group(1))


def _to_items(values: Iterable[str]) -> tuple[str, ...]:
    if isinstance(values, str):
        values = (values,)
    if not isinstance(values, Iterable):
        return values  # the validator names the problem
    return tuple(
        strip_item_punctuation(clean_text(value)) if isinstance(value, str) else value
        for value in values
    )


@attrs.frozen(kw_only=True)
class Recipients:
    """Who receives a copy (*nơi nhận*) and who files one (*lưu*).

    ``items`` are the recipients, without the dash or the final punctuation (typed ones
    are removed). ``archive`` lists the units that file a copy besides the văn thư (VT),
    usually the drafting unit ("NV"); ``archive_copies`` is the number of copies filed.

    >>> Recipients(items=["Ban Dân vận Huyện ủy;"], archive=["NV"]).lines()
    ('- Ban Dân vận Huyện ủy;', '- Lưu: VT, NV.')
    >>> Recipients.parse(["Ban Dân vận Huyện ủy", "Lưu: VT, NV."])
    Recipients(items=('Ban Dân vận Huyện ủy',), archive=('NV',), archive_copies=None)
    """

    items: tuple[str, ...] = attrs.field(default=(), converter=_to_items, validator=check_texts)
    archive: tuple[str, ...] = attrs.field(default=(), converter=_to_items, validator=check_texts)
    archive_copies: int | None = attrs.field(default=None, converter=as_int, validator=check_copies)

    @items.validator
    def _check_no_filing_item(
        self, attribute: attrs.Attribute[Any], values: tuple[str, ...]
    ) -> None:
        for index, value in enumerate(values):
            if _filing_line(value) is not None:
                raise FieldError(
                    f"{field_name(self, attribute)}[{index}]",
                    "the filing line 'Lưu: VT, …' comes last: put it at the end of the list "
                    "(in Python, give its units as `archive` or use Recipients.parse())",
                )

    @classmethod
    def parse(cls, lines: Iterable[str]) -> Recipients:
        """Read the list as typed, the last line being the filing line ("Lưu: VT, NV.")."""
        items = list(_to_items(lines))
        archive: list[str] = []
        copies: int | None = None
        filing = _filing_line(items[-1]) if items else None
        if filing is not None:
            items.pop()
            text, copies = filing
            units = [unit.strip() for unit in text.split(",") if unit.strip()]
            office = ND30.texts.archive_office
            archive = [unit for unit in units if unit.upper() != office]
        return cls(items=items, archive=archive, archive_copies=copies)

    def lines(self, *, lead: str | None = None, trailer: str | None = None) -> tuple[str, ...]:
        """The printed lines. ``lead`` is put first unless the author already did: "Như
        trên" for a document with a "Kính gửi", "Như Điều 3" for a quyết định; ``trailer``
        follows the filing line (the drafter's code and copies, "PL.(300)", ô 12).
        """
        items = list(self.items)
        if lead is not None and not any(item.casefold() == lead.casefold() for item in items):
            items.insert(0, lead)
        lines = list(format_dash_list([*items, format_archive(self.archive, self.archive_copies)]))
        if trailer:
            lines[-1] = f"{lines[-1]} {trailer}"
        return tuple(lines)


def to_recipients(value: Recipients | Iterable[str]) -> Recipients:
    """Converter: accept a :class:`Recipients` or the list of lines as typed."""
    if isinstance(value, Recipients):
        return value
    if isinstance(value, str) or not isinstance(value, Iterable):
        return value  # type: ignore[return-value]  # the validator names the problem
    return Recipients.parse(value)
