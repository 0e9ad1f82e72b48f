"""Placeholders in a document description: ``{ho_ten}`` filled from each row of data.

A merge (*trộn văn bản*) starts from one document description in the exchange format
(a YAML, JSON or TOML data file, read into plain data) whose strings may name columns of
the data between braces: ``"Kính gửi: Ông/Bà {ho_ten}"``, ``date: "{ngay}"``. Braces
that are text are written twice (``{{`` and ``}}``), as in Python's ``str.format``.

Filling is a single pass over the parsed data, never over text a row brought: a cell
that holds ``{other}`` or Jinja's ``{{ … }}`` is printed as it is, so a row's values
are data and never template code. A string that is one placeholder and nothing else
takes the cell's value as it is (a number stays a number, an Excel date a date, an
empty cell leaves the field empty); a placeholder inside longer text takes the value's
text (:func:`cell_text`).
"""

from __future__ import annotations

import datetime
import decimal
import unicodedata
from collections.abc import Iterator, Mapping
from typing import Any

import attrs

from vnreport.exchange.problems import Path, format_path

__all__ = [
    "Placeholder",
    "PlaceholderError",
    "Slot",
    "cell_text",
    "fill",
    "gaps",
    "parse_text",
    "slots",
]


class PlaceholderError(ValueError):
    """A string of the description whose braces do not make placeholders."""


@attrs.frozen
class Placeholder:
    """``{name}`` in a string: the column ``name`` of each row."""

    name: str


#: A string of the description cut into its text and its placeholders.
Pieces = tuple[str | Placeholder, ...]


@attrs.frozen
class Slot:
    """Where a placeholder stands in the description: its path and the column it names."""

    path: Path
    name: str

    @property
    def location(self) -> str:
        return format_path(self.path)


def parse_text(text: str) -> Pieces:
    """``"Ông/Bà {ho_ten}, {{x}}"`` → ``("Ông/Bà ", Placeholder("ho_ten"), ", {x}")``.

    Raises :class:`PlaceholderError` for a brace left open or closed alone, or an empty
    or multi-line name.
    """
    pieces: list[str | Placeholder] = []
    literal: list[str] = []
    index = 0
    length = len(text)
    while index < length:
        found = _next_brace(text, index)
        literal.append(text[index:found])
        if found == length:
            break
        brace = text[found]
        if text.startswith(brace * 2, found):  # "{{" or "}}": a brace that is text
            literal.append(brace)
            index = found + 2
            continue
        if brace == "}":
            raise PlaceholderError(
                f"a '}}' at character {found + 1} closes no placeholder; write '}}}}' for "
                "a brace that is text"
            )
        end = text.find("}", found + 1)
        opened = text.find("{", found + 1)
        if end < 0 or 0 <= opened < end:
            raise PlaceholderError(
                f"the '{{' at character {found + 1} is not closed; write '{{{{' for a brace "
                "that is text"
            )
        name = unicodedata.normalize("NFC", text[found + 1 : end].strip())
        if not name or any(unicodedata.category(c) == "Cc" for c in name):
            raise PlaceholderError(
                f"'{text[found : end + 1]}' at character {found + 1} names no column"
            )
        if "".join(literal):
            pieces.append("".join(literal))
        literal = []
        pieces.append(Placeholder(name))
        index = end + 1
    if "".join(literal):
        pieces.append("".join(literal))
    return tuple(pieces)


def _next_brace(text: str, start: int) -> int:
    found = [place for place in (text.find("{", start), text.find("}", start)) if place >= 0]
    return min(found) if found else len(text)


def slots(data: object) -> Iterator[Slot]:
    """Every placeholder of the parsed description ``data``, in the file's order.

    Raises :class:`PlaceholderError` (its message starting with the path) for a string
    whose braces are wrong.
    """
    for path, text in _strings(data, ()):
        try:
            pieces = parse_text(text)
        except PlaceholderError as error:
            raise PlaceholderError(f"{format_path(path)}: {error}") from None
        for piece in pieces:
            if isinstance(piece, Placeholder):
                yield Slot(path, piece.name)


def fill(data: object, values: Mapping[str, object]) -> object:
    """A copy of ``data`` with each placeholder replaced by ``values[name]``.

    Every name must be in ``values`` (the plan checks the columns first); the strings are
    known to parse (:func:`slots` was called on the same data).
    """
    if isinstance(data, str):
        pieces = parse_text(data) if "{" in data or "}" in data else (data,)
        if len(pieces) == 1 and isinstance(pieces[0], Placeholder):
            value = values[pieces[0].name]
            return None if value == "" else value
        return "".join(
            cell_text(values[piece.name]) if isinstance(piece, Placeholder) else piece
            for piece in pieces
        )
    if isinstance(data, Mapping):
        return {key: fill(value, values) for key, value in data.items()}
    if isinstance(data, list | tuple):
        return [fill(item, values) for item in data]
    return data


def gaps(data: object, values: Mapping[str, object]) -> list[Slot]:
    """The placeholders inside longer text whose value is empty: filled, the sentence
    would have a hole ("kính mời: Ông , Chủ tịch …"). A field that is one placeholder
    alone may be empty (it is then left out); text around a placeholder needs its value.
    """
    found: list[Slot] = []
    for path, text in _strings(data, ()):
        if "{" not in text:
            continue
        pieces = parse_text(text)
        if len(pieces) == 1:
            continue
        for piece in pieces:
            if isinstance(piece, Placeholder) and not cell_text(values[piece.name]).strip():
                found.append(Slot(path, piece.name))
    return found


def cell_text(value: object) -> str:
    """The text a cell's value takes inside a longer string.

    >>> cell_text(datetime.date(2021, 6, 29)), cell_text(decimal.Decimal("1.50"))
    ('29/6/2021', '1.50')

    Dates are written the way Vietnamese text writes them in a sentence (29/6/2021);
    a date and time as "07 giờ 30, ngày 29/6/2021"; ``None`` as nothing.
    """
    if value is None:
        return ""
    if isinstance(value, bool):
        return "có" if value else "không"
    if isinstance(value, datetime.datetime):
        return f"{value.hour:02d} giờ {value.minute:02d}, ngày {_short(value.date())}"
    if isinstance(value, datetime.date):
        return _short(value)
    if isinstance(value, decimal.Decimal):
        return format(value, "f")
    return unicodedata.normalize("NFC", str(value))


def _short(day: datetime.date) -> str:
    return f"{day.day}/{day.month}/{day.year}"


def _strings(data: object, path: Path) -> Iterator[tuple[Path, str]]:
    # An explicit stack: a description nests only as deep as the exchange reader allowed,
    # but nothing here should rest on Python's recursion limit.
    stack: list[tuple[Path, Any]] = [(path, data)]
    while stack:
        where, value = stack.pop()
        if isinstance(value, str):
            yield where, value
        elif isinstance(value, Mapping):
            stack.extend(((*where, key), item) for key, item in reversed(list(value.items())))
        elif isinstance(value, list | tuple):
            stack.extend(
                ((*where, index), item) for index, item in reversed(list(enumerate(value)))
            )
