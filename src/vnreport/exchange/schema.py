"""A JSON Schema (draft 2020-12) of the exchange format, derived from the model's types.

Editors use it to validate and complete data files; ``vnreport schema`` prints it. It
describes the short forms the loader accepts (a paragraph as text, an authority line as
"TM. …", a draft date as "YYYY-MM" or "YYYY") and refuses unknown keys, as the loader does.
"""

from __future__ import annotations

import datetime
import enum
import types
import typing
from decimal import Decimal
from typing import Any

import attrs

from vnreport.exchange.structure import BLOCK_TYPES, DOCUMENT_TYPES
from vnreport.exchange.terms import terms_of
from vnreport.model.body import Bullet, Paragraph, Section
from vnreport.model.dates import IssueDate
from vnreport.model.moments import MOMENT_PATTERN
from vnreport.model.recipients import Recipients
from vnreport.model.signature import Authority
from vnreport.model.table import Column, Table

__all__ = ["SCHEMA_ID", "json_schema"]

SCHEMA_ID = "https://vnreport.invalid/schema/document.json"
_TEXT = {"type": "string", "minLength": 1}
# Fields whose values the types alone do not describe: no decimals is a choice, and a
# blank is one way to print a missing figure.
_FIELDS: dict[tuple[type, str], dict[str, Any]] = {
    (Column, "decimals"): {"type": "integer", "minimum": 0, "maximum": 10},
    (Table, "missing"): {"type": "string", "maxLength": 20},
}


def json_schema() -> dict[str, Any]:
    """The schema of a data file describing any document vnreport knows."""
    definitions: dict[str, Any] = {}
    variants = []
    for doc_type, cls in DOCUMENT_TYPES.items():
        body = _object(cls, definitions, extra={"doc_type": {"const": doc_type}})
        body["required"] = ["doc_type", *body["required"]]
        definitions[cls.__name__] = body
        variants.append({"$ref": f"#/$defs/{cls.__name__}"})
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": SCHEMA_ID,
        "title": "vnreport document",
        "description": (
            "An administrative document under Nghị định 30/2020/NĐ-CP (docs/data-files.md)."
        ),
        "oneOf": variants,
        "$defs": dict(sorted(definitions.items())),
    }


def _object(
    cls: type, definitions: dict[str, Any], extra: dict[str, Any] | None = None
) -> dict[str, Any]:
    hints = typing.get_type_hints(cls)
    terms = terms_of(cls)
    properties: dict[str, Any] = {}
    if extra:
        for name, schema in extra.items():
            properties[name] = {**schema, "description": terms.get(name, "")}
    required = []
    for field in attrs.fields(cls):
        if not field.init:
            continue
        schema = _FIELDS.get((cls, field.name)) or _type(hints[field.name], definitions)
        if field.name in terms:
            schema = {**schema, "description": terms[field.name]}
        properties[field.name] = schema
        if field.default is attrs.NOTHING:
            required.append(field.name)
    return {
        "type": "object",
        "properties": properties,
        "required": required,
        "additionalProperties": False,
    }


def _reference(cls: type, definitions: dict[str, Any], build: Any) -> dict[str, Any]:
    name = cls.__name__
    if name not in definitions:
        definitions[name] = {}  # a placeholder first: Agency and Section refer to themselves
        definitions[name] = build()
    return {"$ref": f"#/$defs/{name}"}


def _type(kind: Any, definitions: dict[str, Any]) -> dict[str, Any]:
    origin = typing.get_origin(kind)
    arguments = typing.get_args(kind)
    if origin in (typing.Union, types.UnionType):
        if Section in arguments:
            return _block(definitions)
        if Decimal in arguments:
            # A cell: text, a number, or null for a missing figure.
            return {"type": ["string", "number", *(["null"] if type(None) in arguments else [])]}
        options = [
            _type(argument, definitions) for argument in arguments if argument is not type(None)
        ]
        if type(None) in arguments:
            options.append({"type": "null"})
        return options[0] if len(options) == 1 else {"anyOf": options}
    if origin is tuple:
        return {"type": "array", "items": _type(arguments[0], definitions)}
    if kind is str:
        return dict(_TEXT)
    if kind is bool:
        return {"type": "boolean"}
    if kind is int:
        # A whole number, or its digits as text ("05").
        return {
            "anyOf": [{"type": "integer", "minimum": 1}, {"type": "string", "pattern": r"^\d+$"}]
        }
    if kind is datetime.datetime:
        return {"type": "string", "pattern": MOMENT_PATTERN}
    if kind is IssueDate:
        return {"type": "string", "pattern": r"^\d{4}(-\d{2}(-\d{2})?)?$"}
    if kind is Authority:
        return {"type": "string", "pattern": r"^\s*(TM|KT|TL|TUQ)\.\s*\S"}
    if kind is Paragraph:
        return dict(_TEXT)
    if kind is Bullet:
        # A "+" item is written as its text; a mapping is accepted too.
        return {
            "anyOf": [
                dict(_TEXT),
                _reference(
                    Bullet,
                    definitions,
                    lambda: _object(Bullet, definitions, extra={"type": {"const": "bullet"}}),
                ),
            ]
        }
    if kind is Recipients:
        listed = {"type": "array", "items": dict(_TEXT)}
        return {
            "anyOf": [
                listed,
                _reference(Recipients, definitions, lambda: _object(Recipients, definitions)),
            ]
        }
    if isinstance(kind, type) and issubclass(kind, enum.Enum):
        return {"enum": [member.value for member in kind] + [member.name for member in kind]}
    if kind is Section:
        # The report's own sections may say what they are, as content items must.
        return _reference(
            Section,
            definitions,
            lambda: _object(Section, definitions, extra={"type": {"const": "section"}}),
        )
    if attrs.has(kind):
        return _reference(kind, definitions, lambda: _object(kind, definitions))
    raise TypeError(f"no schema for {kind!r}")


def _block(definitions: dict[str, Any]) -> dict[str, Any]:
    """A section's content item: text, or a mapping whose ``type`` says what it is."""
    if "Block" not in definitions:
        definitions["Block"] = {}
        variants: list[dict[str, Any]] = [dict(_TEXT)]
        for name, cls in BLOCK_TYPES.items():
            body = _object(cls, definitions, extra={"type": {"const": name}})
            body["required"] = ["type", *body["required"]]
            variants.append(body)
        definitions["Block"] = {"oneOf": variants}
    return {"$ref": "#/$defs/Block"}
