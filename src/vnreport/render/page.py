"""Page margins within the ranges of Nghị định 30/2020 (Phụ lục I, I.3)."""

from __future__ import annotations

from typing import Any

import attrs

from vnreport.metrics.measure import TWIPS_PER_MM
from vnreport.model._fields import fail
from vnreport.rules import ND30

__all__ = ["Margins"]

_PAGE = ND30.page


def _in_decree_range(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    low, high = _PAGE.margin_range(attribute.name)
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise fail(instance, attribute, f"must be a number of millimetres, got {value!r}")
    if not low <= value <= high:
        raise fail(
            instance,
            attribute,
            f"{value} mm is outside the decree's range for the {attribute.name} margin "
            f"({low:g}–{high:g} mm, {_PAGE.margins_locator})",
        )


@attrs.frozen(kw_only=True)
class Margins:
    """Page margins in millimetres (*lề trang*); the defaults are the template's.

    >>> Margins().twips()
    {'top': 1134, 'bottom': 1134, 'left': 1701, 'right': 850}
    >>> Margins(left=40)
    Traceback (most recent call last):
    ...
    vnreport.errors.FieldError: Margins.left: 40 mm is outside the decree's range for the ...
    """

    top: float = attrs.field(default=_PAGE.printed_margin("top"), validator=_in_decree_range)
    bottom: float = attrs.field(default=_PAGE.printed_margin("bottom"), validator=_in_decree_range)
    left: float = attrs.field(default=_PAGE.printed_margin("left"), validator=_in_decree_range)
    right: float = attrs.field(default=_PAGE.printed_margin("right"), validator=_in_decree_range)

    def twips(self) -> dict[str, int]:
        """The margins in twips (1/1440 inch), as WordprocessingML writes them."""
        return {name: round(getattr(self, name) * TWIPS_PER_MM) for name in _PAGE.margins}
