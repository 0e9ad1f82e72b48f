"""Whom a document is sent to (*kính gửi*, Phụ lục I, II.9.a).

A công văn and a tờ trình always name their addressees (the rulebook's
``addressed`` types); a báo cáo names them when it goes to a superior. The author writes
the addressees alone: "Kính gửi:" is printed by vnreport.
"""

from __future__ import annotations

import re
from typing import Any

import attrs

from vnreport.errors import FieldError
from vnreport.model._fields import check_texts, fail, field_name
from vnreport.rules import ND30
from vnreport.rules.doctypes import DocumentType

__all__ = ["check_addressees"]

_TYPED_LABEL = re.compile(rf"^\s*{re.escape(ND30.texts.addressee_label)}\b", re.IGNORECASE)


def check_addressees(instance: object, attribute: attrs.Attribute[Any], values: object) -> None:
    """Validator: texts, none of them opening with the label; some, for a type that is
    always addressed."""
    check_texts(instance, attribute, values)
    assert isinstance(values, tuple)
    doc_type: DocumentType | None = getattr(instance, "DOC_TYPE", None)
    if not values and doc_type in ND30.addressed:
        assert doc_type is not None
        raise fail(
            instance,
            attribute,
            f"a {doc_type.title.lower()} is addressed (Kính gửi, {ND30.addressed_locator}): "
            "give whom it is sent to, e.g. ['Ủy ban nhân dân tỉnh Điện Biên']",
        )
    for index, value in enumerate(values):
        if _TYPED_LABEL.match(value):
            raise FieldError(
                f"{field_name(instance, attribute)}[{index}]",
                f"{value[:40]!r}: write the addressee alone; "
                f"'{ND30.texts.addressee_label}:' is printed for you",
            )
