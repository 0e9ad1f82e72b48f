"""Optional marks around a document: secrecy, urgency, circulation, drafter, contacts.

Phụ lục I, III: the secrecy stamp sits at ô 10a, the urgency stamp at ô 10b (bold
capitals in a box), the circulation note at ô 11, the drafter's code and the number of
copies at ô 12 (after the filing line), and the contact details at ô 13 (foot of page 1).
"""

from __future__ import annotations

import enum
import re
from typing import Any

import attrs

from vnreport.formatting.text import upper_vi
from vnreport.model._fields import (
    as_int,
    check_copies,
    check_optional_text,
    check_text,
    fail,
    to_optional_text,
    to_text,
)
from vnreport.rules import ND30

__all__ = ["Contact", "DrafterMark", "Secrecy", "Urgency"]


class Secrecy(enum.Enum):
    """Degree of secrecy (*độ mật*) under the law on protecting state secrets."""

    SECRET = "Mật"
    TOP_SECRET = "Tối mật"
    MOST_SECRET = "Tuyệt mật"

    @property
    def stamp(self) -> str:
        """The stamp as printed: "TỐI MẬT"."""
        return upper_vi(self.value)


class Urgency(enum.Enum):
    """Degree of urgency (*độ khẩn*); each stamp has its own box width (Phụ lục I, III.2)."""

    URGENT = "Khẩn"
    VERY_URGENT = "Thượng khẩn"
    FLASH = "Hỏa tốc"

    @property
    def stamp(self) -> str:
        """The stamp as printed: "THƯỢNG KHẨN"."""
        return upper_vi(self.value)

    @property
    def box_width_mm(self) -> int:
        """Width of the stamp's box (Phụ lục I, III.2), as the rulebook gives it."""
        return ND30.stamp_boxes[self.stamp][0]


# The drafter's initials, in capitals, groups joined by dots: "PL", "NV.HC".
_DRAFTER_CODE = re.compile(r"[^\W_]+(?:\.[^\W_]+)*\.?")


def _check_code(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    check_text(instance, attribute, value)
    assert isinstance(value, str)
    if not _DRAFTER_CODE.fullmatch(value):
        raise fail(
            instance,
            attribute,
            f"{value!r} must be letters and digits without spaces (the drafter's initials, "
            "'PL'), groups joined by '.'",
        )
    if value != value.upper():
        raise fail(
            instance, attribute, f"the drafter's code is written in capitals: {value.upper()!r}"
        )


@attrs.frozen(kw_only=True)
class DrafterMark:
    """The drafter's code and the number of copies issued (ô 12): "PL.(300)".

    >>> str(DrafterMark(code="PL", copies=300))
    'PL.(300)'
    """

    code: str = attrs.field(converter=to_text, validator=_check_code)
    copies: int | None = attrs.field(default=None, converter=as_int, validator=check_copies)

    def __str__(self) -> str:
        code = self.code.rstrip(".")
        return f"{code}." if self.copies is None else f"{code}.({self.copies})"


@attrs.frozen(kw_only=True)
class Contact:
    """Contact details of the issuer (ô 13), printed under a rule at the foot of page 1.

    >>> str(Contact(address="Số 1, đường Trần Phú", phone="0215 3862 111", email="ubnd@tg.vn"))
    'Địa chỉ: Số 1, đường Trần Phú; ĐT: 0215 3862 111; E-Mail: ubnd@tg.vn'
    """

    address: str | None = attrs.field(
        default=None, converter=to_optional_text, validator=check_optional_text
    )
    phone: str | None = attrs.field(
        default=None, converter=to_optional_text, validator=check_optional_text
    )
    fax: str | None = attrs.field(
        default=None, converter=to_optional_text, validator=check_optional_text
    )
    email: str | None = attrs.field(
        default=None, converter=to_optional_text, validator=check_optional_text
    )
    website: str | None = attrs.field(
        default=None, converter=to_optional_text, validator=check_optional_text
    )

    def __attrs_post_init__(self) -> None:
        if not any((self.address, self.phone, self.fax, self.email, self.website)):
            raise fail(
                self, attrs.fields(Contact).address, "a contact line needs at least one detail"
            )

    def __str__(self) -> str:
        # The decree's sample: "Địa chỉ …; ĐT: …, Fax: …; E-Mail: …, Website: …".
        groups = (
            [f"Địa chỉ: {self.address}"] if self.address else [],
            [
                f"{label}: {value}"
                for label, value in (("ĐT", self.phone), ("Fax", self.fax))
                if value
            ],
            [
                f"{label}: {value}"
                for label, value in (("E-Mail", self.email), ("Website", self.website))
                if value
            ],
        )
        return "; ".join(", ".join(group) for group in groups if group)
