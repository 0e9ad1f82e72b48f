"""Converters and validators shared by the model's attrs classes.

Every string entering the model goes through :func:`to_text` (NFC, soft wraps folded) and
is then checked by one of the validators below, which raise :class:`~vnreport.errors.FieldError`
naming ``Class.field`` and the problem. Converters never raise: a value of the wrong type
passes through unchanged so that the validator can name the field in its message.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from typing import Any

import attrs

from vnreport.errors import FieldError
from vnreport.formatting.text import clean_text, find_forbidden_character
from vnreport.formatting.values import as_int

__all__ = [
    "MAX_TEXT_CHARS",
    "as_int",
    "check_capital",
    "check_copies",
    "check_optional_text",
    "check_symbol_group",
    "check_text",
    "check_texts",
    "fail",
    "field_name",
    "instance_of",
    "is_visible",
    "optional_instance_of",
    "to_optional_text",
    "to_text",
    "to_texts",
    "to_tuple",
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


def to_tuple(values: Iterable[Any]) -> tuple[Any, ...]:
    """Converter: any iterable but a string as a tuple; anything else unchanged, for the
    validator to name."""
    if isinstance(values, str) or not isinstance(values, Iterable):
        return values  # type: ignore[return-value]
    return tuple(values)


def to_texts(values: Iterable[str]) -> tuple[str, ...]:
    """Converter for a sequence of strings; a lone string is one item, not its characters."""
    if isinstance(values, str):
        values = (values,)
    if not isinstance(values, Iterable):
        return values
    return tuple(to_text(value) for value in values)


#: The longest text one field holds, some 250 pages: longer is a mistake (a whole file
#: pasted into one field), refused before any work is spent on it. Data files are held
#: to a tenth of it by default (DataLimits.max_string_chars), which a trusted file may
#: raise up to this.
MAX_TEXT_CHARS = 1_000_000

# Letters that print nothing (Hangul fillers, the blank Braille pattern), used to fake a
# non-empty text; with spaces, format characters and lone combining marks they make a
# text that looks empty on paper.
_BLANK_LETTERS = frozenset("\u115f\u1160\u3164\uffa0\u2800")
_INVISIBLE_CATEGORIES = frozenset({"Cc", "Cf", "Mn", "Me", "Zs", "Zl", "Zp"})


def is_visible(text: str) -> bool:
    """Whether ``text`` prints anything: a character that is not a space, an invisible
    format character (U+200B …) or a mark with nothing to sit on."""
    return any(
        not char.isspace()
        and char not in _BLANK_LETTERS
        and unicodedata.category(char) not in _INVISIBLE_CATEGORIES
        for char in text
    )


def _problem_with(value: object) -> str | None:
    if not isinstance(value, str):
        return f"must be text (str), got {type(value).__name__}"
    if not value:
        return "must not be empty"
    if len(value) > MAX_TEXT_CHARS:
        return (
            f"is {len(value):,} characters long, more than the {MAX_TEXT_CHARS:,} a text may "
            "hold: split it into paragraphs"
        )
    if not is_visible(value):
        return "must not be empty: it holds only spaces or invisible characters"
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


# One group of a document symbol ("UBND", "VP", "TTg"): letters and digits, "-" and "/"
# separate the groups.
_SYMBOL_GROUP = re.compile(r"[^\W_]+")


def check_symbol_group(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    """Validator: one group of a document symbol, printed as typed: letters and digits,
    starting with a capital or a digit (vnreport never changes a symbol's case, since the
    official abbreviations mix cases: TTr, QyĐ, TTg)."""
    check_text(instance, attribute, value)
    assert isinstance(value, str)
    if not _SYMBOL_GROUP.fullmatch(value):
        raise fail(
            instance,
            attribute,
            f"{value!r} must be letters and digits only (no spaces, '-' or '/'): "
            "it becomes one group of the document symbol",
        )
    if value[0].islower():
        raise fail(
            instance,
            attribute,
            f"{value!r} is printed in the symbol as typed: write it in capitals "
            f"({value.upper()!r}); vnreport never changes a symbol's case",
        )


def check_capital(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    """Validator: a text that starts with a capital letter (a place, a name)."""
    check_text(instance, attribute, value)
    assert isinstance(value, str)
    first = next((char for char in value if char.isalpha()), "")
    if first.islower():
        fixed = value.replace(first, first.upper(), 1)
        raise fail(instance, attribute, f"starts with a capital letter: write {fixed!r}")


def check_copies(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    """Validator: a number of copies, a positive ``int``, or ``None``."""
    if value is None:
        return
    if isinstance(value, bool) or not isinstance(value, int) or value < 1:
        raise fail(instance, attribute, f"must be a positive number of copies, got {value!r}")
