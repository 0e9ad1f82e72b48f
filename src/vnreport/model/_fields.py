"""Converters and validators shared by the model's attrs classes.

Every string entering the model goes through :func:`to_text` (NFC, soft wraps folded) and
is then checked by one of the validators below, which raise :class:`~vnreport.errors.FieldError`
naming ``Class.field`` and the problem. Converters never raise: a value of the wrong type
passes through unchanged so that the validator can name the field in its message.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

import attrs

from vnreport.errors import FieldError
from vnreport.formatting.text import clean_text, find_forbidden_character

__all__ = [
    "check_copies",
    "check_optional_text",
    "check_text",
    "check_texts",
    "fail",
    "field_name",
    "instance_of",
    "optional_instance_of",
    "to_optional_text",
    "to_text",
    "to_texts",
    "tuple_of",
]


def field_name(instance: object, attribute: attrs.Attribute[Any]) -> str:
    """``"Class.field"``, the name errors use."""
    return f"{type(instance).__name__}.{attribute.name}"


def fail(instance: object, attribute: attrs.Attribute[Any], problem: str) -> FieldError:
    """Build the error for ``problem`` in ``instance.attribute``; the caller raises it."""
    return FieldError(field_name(instance, attribute), problem)


def to_text(value: str) -> str:
    """Converter: NFC-normalise and fold soft line breaks of a string."""
    return clean_text(value) if isinstance(value, str) else value


def to_optional_text(value: str | None) -> str | None:
    """Converter for optional strings; ``None`` means "not given". An empty string is
    kept, so that its validator refuses it: a blank title is a mistake, not an absence."""
    return clean_text(value) if isinstance(value, str) else value


def to_texts(values: Iterable[str]) -> tuple[str, ...]:
    """Converter for a sequence of strings; a lone string is one item, not its characters."""
    if isinstance(values, str):
        values = (values,)
    if not isinstance(values, Iterable):
        return values
    return tuple(to_text(value) for value in values)


def _problem_with(value: object) -> str | None:
    if not isinstance(value, str):
        return f"must be text (str), got {type(value).__name__}"
    if not value:
        return "must not be empty"
    forbidden = find_forbidden_character(value)
    if forbidden is not None:
        return f"contains a {forbidden}, which a Word document cannot hold"
    if "\n" in value:
        return "contains a blank line (a paragraph break); give each paragraph separately"
    return None


def check_text(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    """Validator: a non-empty, single-paragraph string that Word can hold."""
    problem = _problem_with(value)
    if problem is not None:
        raise fail(instance, attribute, problem)


def check_optional_text(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    """Validator: like :func:`check_text`, or ``None``."""
    if value == "":
        raise fail(instance, attribute, "must not be empty (leave it out when there is none)")
    if value is not None:
        check_text(instance, attribute, value)


def check_texts(instance: object, attribute: attrs.Attribute[Any], values: object) -> None:
    """Validator: a tuple of strings, each passing :func:`check_text`."""
    if not isinstance(values, tuple):
        raise fail(instance, attribute, f"must be a list of texts, got {type(values).__name__}")
    for index, value in enumerate(values):
        problem = _problem_with(value)
        if problem is not None:
            raise FieldError(f"{field_name(instance, attribute)}[{index}]", problem)


Validator = Any  # attrs' validator protocol is not expressible in a way mypy checks


def instance_of(kind: type) -> Validator:
    """Validator: the value is an instance of ``kind``; the message names the field."""
    article = "an" if kind.__name__[:1] in "AEIOU" else "a"

    def check(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
        if not isinstance(value, kind):
            raise fail(
                instance,
                attribute,
                f"must be {article} {kind.__name__}, got {type(value).__name__}",
            )

    return check


def optional_instance_of(kind: type) -> Validator:
    """Validator: like :func:`instance_of`, or ``None``."""
    required = instance_of(kind)

    def check(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
        if value is not None:
            required(instance, attribute, value)

    return check


def tuple_of(*kinds: type, noun: str) -> Validator:
    """Validator: a tuple whose items are instances of ``kinds``; an error names the index.

    ``noun`` says what an item may be, for the message ("a Paragraph or text").
    """

    def check(instance: object, attribute: attrs.Attribute[Any], values: object) -> None:
        if not isinstance(values, tuple):
            raise fail(instance, attribute, f"must be a list, got {type(values).__name__}")
        for index, value in enumerate(values):
            if not isinstance(value, kinds):
                raise FieldError(
                    f"{field_name(instance, attribute)}[{index}]",
                    f"must be {noun}, got {type(value).__name__}",
                )

    return check


def check_copies(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    """Validator: a number of copies, a positive ``int``, or ``None``."""
    if value is None:
        return
    if isinstance(value, bool) or not isinstance(value, int) or value < 1:
        raise fail(instance, attribute, f"must be a positive number of copies, got {value!r}")
