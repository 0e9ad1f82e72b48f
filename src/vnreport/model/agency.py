"""The issuing agency (*cơ quan, tổ chức ban hành*) and the header lines it prints (ô 2)."""

from __future__ import annotations

from typing import Any

import attrs

from vnreport.formatting.text import nfc, upper_vi
from vnreport.model._fields import (
    check_capital,
    check_optional_text,
    check_symbol_group,
    check_text,
    check_texts,
    fail,
    to_optional_text,
    to_text,
    to_texts,
)

__all__ = ["Agency"]

# Collective bodies whose name is printed on two lines in practice and in the decree's
# samples ("ỦY BAN NHÂN DÂN / HUYỆN TUẦN GIÁO"); breaking there keeps Word from
# wrapping the name mid-phrase in the narrow header column.
_COLLECTIVE_PREFIXES = ("ủy ban nhân dân", "uỷ ban nhân dân", "hội đồng nhân dân")


@attrs.frozen(kw_only=True)
class Agency:
    """An agency or organisation that issues documents (*cơ quan, tổ chức*).

    ``name`` is the full official name in normal case ("Ủy ban nhân dân huyện Tuần Giáo");
    ``abbreviation`` is its part of the document symbol ("UBND"), printed as given;
    ``place`` is the place name of its seat (*địa danh*) used in the date line
    ("Tuần Giáo"). ``parent`` is the direct managing agency (*cơ quan chủ quản*), printed
    above the name, not bold. ``short_name`` is the usual shortened name ("UBND tỉnh Điện
    Biên"), used when the agency is printed as someone else's parent. ``header_lines``
    fixes where the name breaks in the header when the automatic choice is wrong.

    >>> tuan_giao = Agency(
    ...     name="Ủy ban nhân dân huyện Tuần Giáo", abbreviation="UBND", place="Tuần Giáo"
    ... )
    >>> tuan_giao.issuer_lines
    ('ỦY BAN NHÂN DÂN', 'HUYỆN TUẦN GIÁO')
    >>> so_noi_vu = Agency(
    ...     name="Sở Nội vụ", abbreviation="SNV", place="Điện Biên",
    ...     parent=Agency(name="Ủy ban nhân dân tỉnh Điện Biên", abbreviation="UBND",
    ...                   place="Điện Biên", short_name="UBND tỉnh Điện Biên"),
    ... )
    >>> so_noi_vu.parent_line, so_noi_vu.issuer_lines
    ('UBND TỈNH ĐIỆN BIÊN', ('SỞ NỘI VỤ',))
    """

    name: str = attrs.field(converter=to_text, validator=check_text)
    abbreviation: str = attrs.field(converter=to_text, validator=check_symbol_group)
    place: str = attrs.field(converter=to_text, validator=check_capital)
    parent: Agency | None = attrs.field(default=None)
    short_name: str | None = attrs.field(
        default=None, converter=to_optional_text, validator=check_optional_text
    )
    header_lines: tuple[str, ...] = attrs.field(
        default=(), converter=to_texts, validator=check_texts
    )

    @parent.validator
    def _check_parent(self, attribute: attrs.Attribute[Any], value: object) -> None:
        if value is not None and not isinstance(value, Agency):
            raise fail(self, attribute, f"must be an Agency or None, got {type(value).__name__}")

    @header_lines.validator
    def _check_header_lines(self, attribute: attrs.Attribute[Any], value: tuple[str, ...]) -> None:
        if value and " ".join(value).casefold() != self.name.casefold():
            raise fail(
                self,
                attribute,
                f"the lines {value!r} must spell the name {self.name!r} (only the line "
                "breaks are chosen here)",
            )

    @property
    def issuer_lines(self) -> tuple[str, ...]:
        """The agency's name as printed in the header, in capitals, one item per line."""
        if self.header_lines:
            return tuple(upper_vi(line) for line in self.header_lines)
        folded = nfc(self.name).casefold()
        for prefix in _COLLECTIVE_PREFIXES:
            if folded.startswith(prefix + " "):
                cut = len(prefix)
                return (upper_vi(self.name[:cut]), upper_vi(self.name[cut + 1 :]))
        return (upper_vi(self.name),)

    @property
    def parent_line(self) -> str | None:
        """The parent agency's line above the name (not bold), or ``None``."""
        if self.parent is None:
            return None
        return upper_vi(self.parent.short_name or self.parent.name)
