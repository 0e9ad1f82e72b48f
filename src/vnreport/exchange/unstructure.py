"""The typed model → plain data for YAML, JSON and TOML, in the exchange format's short forms.

The inverse of :mod:`vnreport.exchange.structure`: a paragraph is its text, a dash-list item
a mapping with ``type: bullet``, a date "2021-06-15" (a draft "2021-06"), an authority line
"TM. Ủy ban nhân dân", enumerations their Vietnamese value. Fields left at their default are
omitted, except the number, whose ``null`` says "a draft".
"""

from __future__ import annotations

import datetime
import enum
import functools
from decimal import Decimal
from typing import Any

import attrs
import cattrs

from vnreport.model.body import Bullet, Paragraph, Section, Table
from vnreport.model.dates import IssueDate
from vnreport.model.document import Document
from vnreport.model.moments import format_moment_data
from vnreport.model.signature import Authority
from vnreport.types import entry_for

__all__ = ["unstructure_document"]

# Fields written even at their default, because the default means something to a reader.
_ALWAYS = frozenset({"number"})


# A document's keys in the order a reader meets them on paper: the header, the document's
# own body, then the recipients, the signature and the marks.
_HEAD = ("issuer", "number", "symbol_unit", "date")
_TAIL = ("recipients", "signature", "secrecy", "urgency", "circulation", "drafter", "contact")


def unstructure_document(document: Document) -> dict[str, Any]:
    """The plain data of ``document``, ``doc_type`` first, keys in reading order."""
    doc_type = entry_for(document).key
    data = _converter().unstructure(document)
    assert isinstance(data, dict)
    body = [key for key in data if key not in _HEAD and key not in _TAIL]
    ordered = [key for key in (*_HEAD, *body, *_TAIL) if key in data]
    return {"doc_type": doc_type, **{key: data[key] for key in ordered}}


@functools.cache
def _converter() -> cattrs.Converter:
    # Built once and never changed afterwards.
    converter = cattrs.Converter()
    converter.register_unstructure_hook(IssueDate, IssueDate.isoformat)
    converter.register_unstructure_hook(datetime.datetime, format_moment_data)
    converter.register_unstructure_hook(Authority, _authority)
    converter.register_unstructure_hook(Paragraph, lambda paragraph: paragraph.text)
    converter.register_unstructure_hook(Bullet, _bullet)
    converter.register_unstructure_hook(Decimal, lambda number: number)
    converter.register_unstructure_hook_func(
        lambda kind: isinstance(kind, type) and issubclass(kind, enum.Enum),
        lambda member: member.value,
    )
    converter.register_unstructure_hook_func(attrs.has, _attrs)
    return converter


def _authority(authority: Authority) -> str:
    return f"{authority.prefix.value} {authority.title}"


def _bullet(bullet: Bullet) -> dict[str, Any]:
    data: dict[str, Any] = {"type": "bullet", "text": bullet.text}
    if bullet.items:
        # "+" items cannot have items of their own: their text is all there is.
        data["items"] = [item.text for item in bullet.items]
    return data


def _attrs(value: Any) -> dict[str, Any]:
    data: dict[str, Any] = {}
    for field in attrs.fields(type(value)):
        if not field.init:
            continue  # derived from the other fields (a biên bản's signature)
        item = getattr(value, field.name)
        if field.name not in _ALWAYS and _is_default(field, item):
            continue
        data[field.name] = _value(item)
    if isinstance(value, Table | Section):
        # Inside a section's content a block says what it is; the report's own list of
        # sections holds nothing else, so there the type is left out.
        data = {"type": type(value).__name__.lower(), **data}
    if isinstance(value, Document) and "sections" in data:
        data["sections"] = [
            {key: item for key, item in section.items() if key != "type"}
            for section in data["sections"]
        ]
    return data


def _value(item: object) -> object:
    if isinstance(item, tuple):
        return [_value(element) for element in item]
    return _converter().unstructure(item)


def _is_default(field: attrs.Attribute[Any], value: object) -> bool:
    default: Any = field.default
    factory = getattr(default, "factory", None)  # attrs.Factory(…)
    if factory is not None:
        default = factory()
    return default is not attrs.NOTHING and bool(value == default)
