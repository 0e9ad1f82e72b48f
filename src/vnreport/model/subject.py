"""The subject (*trích yếu*) printed under a type name (Phụ lục I, II.5.a).

Every type with a type name — báo cáo, quyết định, giấy mời, biên bản … — states its
subject directly, in sentence case, under the name printed in capitals; only a công văn
introduces its subject with "V/v" (II.5.b).
"""

from __future__ import annotations

import re
from typing import Any

import attrs

from vnreport.formatting.text import in_capitals, sentence_case
from vnreport.model._fields import check_text, fail
from vnreport.rules import ND30

__all__ = ["check_subject"]

_V_V = re.compile(rf"^\s*{re.escape(ND30.texts.subject_prefix)}\b", re.IGNORECASE)


def check_subject(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    """Validator: the subject (*trích yếu*) under a type name — a text in sentence case,
    without the "V/v" that only a công văn's subject takes."""
    check_text(instance, attribute, value)
    if isinstance(value, str) and _V_V.match(value):
        raise fail(
            instance,
            attribute,
            "'V/v' introduces the subject of a công văn only; a document with a type name "
            "states its subject directly ('Kết quả thực hiện …'). A công văn is an "
            "OfficialLetter (doc_type: cong-van)",
        )
    if isinstance(value, str) and in_capitals(value):
        raise fail(
            instance,
            attribute,
            "the subject (trích yếu) is written in sentence case, under the type name that "
            f"is printed in capitals: write {sentence_case(value)!r}",
        )
