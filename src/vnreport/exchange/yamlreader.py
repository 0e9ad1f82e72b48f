"""YAML data files read event by event: safe, bounded, and with the line of every value.

PyYAML's parser produces events without recursion; its composer and constructor recurse
once per level of nesting (``[`` nested 2,000 deep ends in a RecursionError) and build a
node, with two marks, for every value. So the data is built here from the parser's events
with a stack of its own, under :class:`~vnreport.limits.DataLimits`: nesting is refused as
soon as it passes the limit, long texts and lists when they are read, and no value is held
twice. Only plain data is built: text, numbers (:mod:`vnreport.exchange.numbers`), true
and false, null, lists and mappings with text keys. Anchors, aliases and tags other than
the standard ones are refused, as is a second document in the file.

libyaml (PyYAML's C parser) is used when it is installed, for speed; its messages for
files that do not parse are replaced by those of the Python parser, which name the
character at fault, when the file is small enough to read twice.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Collection, Iterable, Iterator
from decimal import Decimal
from typing import Any

import yaml
import yaml.reader
import yaml.resolver

from vnreport.exchange.bounds import (
    Parsed,
    Refused,
    depth_message,
    digits_message,
    items_message,
    non_decimal_message,
    shown,
    text_message,
    values_message,
)
from vnreport.exchange.numbers import (
    LeadingZeroNumber,
    decimal,
    integer,
    non_decimal_form,
    too_many_digits,
)
from vnreport.exchange.problems import MAX_PROBLEMS, DataError, Path, Problem
from vnreport.limits import DataLimits

__all__ = ["read_yaml", "yaml_lines"]

_FAST_LOADER: Any = getattr(yaml, "CSafeLoader", None)
_PY_LOADER: Any = yaml.SafeLoader
#: Files up to this size are parsed again by the Python parser for its clearer message.
_REPARSE_BYTES = 1024 * 1024
#: YAML's nesting limit whatever ``max_depth`` says: libyaml's own, which it meets while
#: looking ahead of the events (and past which the Python parser slows down).
_YAML_DEPTH = 1000

_RESOLVER = yaml.resolver.Resolver()
_TAG = "tag:yaml.org,2002:"
_TRUE = frozenset({"yes", "true", "on"})
_FALSE = frozenset({"no", "false", "off"})
_MAP_TAGS = frozenset({None, "!", f"{_TAG}map"})
_SEQ_TAGS = frozenset({None, "!", f"{_TAG}seq"})
_NODE_EVENTS = (yaml.ScalarEvent, yaml.AliasEvent, yaml.MappingStartEvent, yaml.SequenceStartEvent)
_END_EVENTS = (yaml.MappingEndEvent, yaml.SequenceEndEvent)
_WHOLE = re.compile(r"[-+]?[0-9]+")
_NUMBER_START = frozenset("0+-")
_STR = f"{_TAG}str"
_INT = f"{_TAG}int"
# The first characters of YAML 1.1's implicit types ("" for an empty scalar, a null).
_IMPLICIT_FIRST = frozenset(yaml.resolver.Resolver.yaml_implicit_resolvers)
_ALIASES = "anchors and aliases (&name, *name) are not allowed in a data file"


# --- the walk: which path each event is at ---------------------------------------------


class _Open:
    """A mapping or list whose end has not been read yet (the cursor of one walk)."""

    __slots__ = ("count", "is_key", "is_map", "key", "path", "want_key")

    def __init__(self, path: Path, *, is_map: bool, is_key: bool) -> None:
        self.path = path
        self.is_map = is_map
        self.is_key = is_key  # the collection is itself a key of its mapping
        self.count = 0
        self.want_key = True
        self.key: str = ""


_KEY, _VALUE, _END, _OTHER = range(4)
_Report = Callable[[Path, str, int], None]


def _walk(events: Iterable[Any]) -> Iterator[tuple[Any, Path, int]]:
    """Each event with the path of its node and its role (_KEY, _VALUE, _END, _OTHER).

    A mapping's value is at ``(*mapping, key)``, and so is its key; a list's item at
    ``(*list, index)``; the document at ``()``.
    """
    stack: list[_Open] = []
    for event in events:
        if isinstance(event, _NODE_EVENTS):
            role = _VALUE
            path: Path = ()
            if stack:
                top = stack[-1]
                if not top.is_map:
                    path = (*top.path, top.count)
                    top.count += 1
                elif top.want_key:
                    role = _KEY
                    path = (*top.path, event.value if isinstance(event, yaml.ScalarEvent) else "?")
                else:
                    path = (*top.path, top.key)
            yield event, path, role
            if isinstance(event, yaml.MappingStartEvent | yaml.SequenceStartEvent):
                is_map = isinstance(event, yaml.MappingStartEvent)
                stack.append(_Open(path, is_map=is_map, is_key=role == _KEY))
            else:
                _done(stack, role, event.value if isinstance(event, yaml.ScalarEvent) else "?")
        elif isinstance(event, _END_EVENTS):
            closed = stack.pop()
            yield event, closed.path, _END
            _done(stack, _KEY if closed.is_key else _VALUE, "?")
        else:
            yield event, (), _OTHER


def _done(stack: list[_Open], role: int, key: str) -> None:
    """A node of the innermost mapping has been read: its key, or its value."""
    if stack and stack[-1].is_map:
        top = stack[-1]
        if role == _KEY:
            top.key = key
            top.want_key = False
        else:
            top.want_key = True
            top.count += 1


def _line(event: Any) -> int:
    mark = event.start_mark
    return 0 if mark is None else int(mark.line) + 1


def _events(text: str, loader: Any) -> Iterator[Any]:
    return iter(yaml.parse(text, Loader=loader))


# --- building the data -----------------------------------------------------------------


class _Build:
    """A mapping or list being built."""

    __slots__ = ("count", "is_key", "key", "key_line", "line", "path", "refused", "value")

    def __init__(self, value: dict[str, object] | list[object], path: Path, line: int) -> None:
        self.value = value
        self.path = path
        self.line = line
        self.count = 0  # items read; those over the limit are read but not kept
        self.key: str | None = None  # None: the key is refused, and so its value is dropped
        self.key_line = line  # where the key of the next value is: the line of that value
        self.is_key = False  # the collection is itself a key (refused)
        self.refused = False  # a tag says it is something else than a mapping or a list


def read_yaml(text: str, limits: DataLimits) -> Parsed:
    """The data of the YAML ``text``. Raises :class:`DataError` when it cannot be read at
    all (not YAML, nested too deep); values over a limit are in :attr:`Parsed.problems`."""
    bad = yaml.reader.Reader.NON_PRINTABLE.search(text)
    if bad is not None:
        line = text.count("\n", 0, bad.start()) + 1
        character = f"#x{ord(bad.group()):04x}"
        raise DataError(
            [Problem((), f"not valid YAML: the character {character} is not allowed", line)]
        )
    loader = _FAST_LOADER or _PY_LOADER
    try:
        return _build(_events(text, loader), limits)
    except yaml.YAMLError as error:
        problem = _syntax_problem(error)
        if "maximum nesting depth" in str(error):
            raise DataError([Problem((), _depth_message(limits), problem.line)]) from None
    if loader is not _PY_LOADER and len(text) <= _REPARSE_BYTES:
        try:
            _build(_events(text, _PY_LOADER), limits)
        except yaml.YAMLError as clearer:
            problem = _syntax_problem(clearer)
    raise DataError([problem])


def _build(events: Iterator[Any], limits: DataLimits) -> Parsed:
    problems: list[Problem] = []

    def report(path: Path, message: str, line: int) -> None:
        if len(problems) <= MAX_PROBLEMS:
            problems.append(Problem(path, message, line))

    # The open collections, innermost last; the document's value once read.
    stack: list[_Build] = []
    root: list[object] = []
    documents = values = 0
    for event, path, role in _walk(events):
        line = _line(event)
        if role == _VALUE and stack and isinstance(stack[-1].value, dict):
            line = stack[-1].key_line  # a mapping's value is where its key is, as for its key
        if role == _VALUE:
            values += 1
            if values > limits.max_values:
                report(path, values_message(limits), line)
                raise DataError(problems)
        if role == _OTHER:
            if isinstance(event, yaml.DocumentStartEvent):
                documents += 1
                if documents > 1:
                    report((), "not valid YAML: a data file holds one document (one ---)", line)
                    raise DataError(problems)
            continue
        if isinstance(event, yaml.AliasEvent) or getattr(event, "anchor", None) is not None:
            # One value standing for many (an alias may even hold itself): never needed.
            report(path, _ALIASES, line)
        if isinstance(event, yaml.MappingStartEvent | yaml.SequenceStartEvent):
            if len(stack) + 1 > min(limits.max_depth, _YAML_DEPTH):
                report(path, _depth_message(limits), line)
                raise DataError(problems)
            is_map = isinstance(event, yaml.MappingStartEvent)
            opened = _Build({} if is_map else [], path, line)
            if event.tag not in (_MAP_TAGS if is_map else _SEQ_TAGS):
                report(path, _tag_message(event.tag), line)
                opened.refused = True
            opened.is_key = role == _KEY
            if opened.is_key:
                report(path[:-1], "a key must be a text, not a list or a mapping", line)
            stack.append(opened)
            continue
        if role == _END:
            closed = stack.pop()
            if closed.count > limits.max_items:
                mapping = isinstance(closed.value, dict)
                message = items_message(closed.count, limits, mapping=mapping)
                report(closed.path, message, closed.line)
            if closed.is_key:
                stack[-1].key = None
            else:
                _place(stack, root, None if closed.refused else closed.value, limits)
            continue
        if role == _KEY:
            stack[-1].key_line = line
            key = None if isinstance(event, yaml.AliasEvent) else path[-1]
            stack[-1].key = (
                key if key is None else _key(str(key), stack[-1], path, line, limits, report)
            )
            continue
        value = None if isinstance(event, yaml.AliasEvent) else _scalar(event, limits)
        if isinstance(value, Refused):
            report(path, value.message, line)
            value = None
        _place(stack, root, value, limits)
    return Parsed(root[0] if root else None, tuple(problems))


def _key(
    text: str, mapping: _Build, path: Path, line: int, limits: DataLimits, report: _Report
) -> str | None:
    """The key of a mapping's next value (kept as its text: "1:" and "null:" are the keys
    "1" and "null"), or ``None`` when it is refused."""
    if len(text) > limits.max_string_chars:
        report(path[:-1], text_message(len(text), limits, "a key"), line)
        return None
    assert isinstance(mapping.value, dict)
    if text in mapping.value:
        # The YAML parser keeps the last value silently; a repeated key is a mistake.
        report(path, "is given twice", line)
    return text


def _place(stack: list[_Build], root: list[object], value: object, limits: DataLimits) -> None:
    if not stack:
        root.append(value)
        return
    top = stack[-1]
    top.count += 1
    key, top.key = top.key, None
    if top.count > limits.max_items:
        return
    if isinstance(top.value, list):
        top.value.append(value)
    elif key is not None:
        top.value[key] = value


def _scalar(event: Any, limits: DataLimits) -> object:
    """The value of a scalar, or :class:`Refused` with the reason."""
    text: str = event.value
    tag = event.tag
    if tag is None or tag == "!":
        if not event.implicit[0]:
            return _text(text, limits)  # quoted
        if text[:1] in _NUMBER_START and LeadingZeroNumber.match(text):
            if len(text) > limits.max_string_chars:  # as text or as a number: too long
                return Refused(digits_message(len(text.lstrip("+-")), limits))
            return LeadingZeroNumber(text)
        tag = _resolve(text)
    if not tag.startswith(_TAG):
        return Refused(_tag_message(tag))
    kind = tag[len(_TAG) :]
    if kind in ("str", "timestamp", "merge", "value"):
        # Dates stay text: the model reads "2021-06-15" (and a draft's "2021-06") itself.
        return _text(text, limits)
    if kind == "null":
        return None
    if kind == "bool":
        lowered = text.lower()
        if lowered in _TRUE or lowered in _FALSE:
            return lowered in _TRUE
        return Refused(f"{shown(text)} is not true or false")
    if kind == "int":
        return _integer(text, limits)
    if kind == "float":
        return _float(text, limits)
    return Refused(_tag_message(tag))


def _text(text: str, limits: DataLimits) -> object:
    if len(text) > limits.max_string_chars:
        return Refused(text_message(len(text), limits))
    return text


def _integer(text: str, limits: DataLimits) -> object:
    digits = text.replace("_", "")
    if not _WHOLE.fullmatch(digits):
        form = non_decimal_form(text)
        if form is not None:
            return Refused(non_decimal_message(text, form))
        return Refused(f"{shown(text)} is not a whole number")
    count = len(digits) - (digits[0] in "+-")
    if count > limits.max_number_digits:
        return Refused(digits_message(count, limits))
    return integer(digits)


def _float(text: str, limits: DataLimits) -> object:
    lowered = text.lower()
    if lowered.lstrip("+-") in (".inf", ".nan"):
        # Kept as YAML reads them; the model refuses them where a number must be finite.
        return float(lowered.replace(".", ""))
    form = non_decimal_form(text)
    if form is not None:
        return Refused(non_decimal_message(text, form))
    count = too_many_digits(text, limits)
    if count is not None:
        return Refused(digits_message(count, limits))
    try:
        number = decimal(text)
    except ArithmeticError:
        return Refused(f"{shown(text)} is not a number")
    assert isinstance(number, Decimal)
    return number


def _resolve(text: str) -> str:
    """The tag YAML 1.1 gives a plain scalar (int, float, bool, null, timestamp or str)."""
    if text[:1] not in _IMPLICIT_FIRST:
        return _STR  # most texts: no implicit type starts with their first character
    if text.isdigit() and text.isascii():
        return _INT  # the commonest number, without the resolver's three expressions
    tag: str = _RESOLVER.resolve(yaml.ScalarNode, text, (True, False))  # type: ignore[no-untyped-call]
    return tag


def _depth_message(limits: DataLimits) -> str:
    if limits.max_depth < _YAML_DEPTH:
        return depth_message(limits)
    return f"lists and mappings nested more than {_YAML_DEPTH} deep, more than YAML files may be"


def _tag_message(tag: object) -> str:
    return f"the tag {tag} is not allowed in a data file (leave it out)"


def _syntax_problem(error: yaml.YAMLError) -> Problem:
    if isinstance(error, yaml.MarkedYAMLError):
        mark = error.problem_mark
        line = None if mark is None else mark.line + 1
        message = f"not valid YAML: {error.problem}"
        if error.problem and "mapping values are not allowed" in error.problem:
            message += (
                " (a text that ends with ':' or holds ': ' must be in quotes:"
                " put the whole text in quotes)"
            )
        return Problem((), message, line)
    return Problem((), f"not valid YAML: {error}")


def yaml_lines(text: str, paths: Collection[Path]) -> dict[Path, int]:
    """The line of each of ``paths`` in the YAML ``text`` (already read by
    :func:`read_yaml`): for a mapping's value the line of its key."""
    wanted = set(paths)
    lines: dict[Path, int] = {}
    try:
        for event, path, role in _walk(_events(text, _FAST_LOADER or _PY_LOADER)):
            if role in (_KEY, _VALUE) and path in wanted and path not in lines:
                lines[path] = _line(event)
                if len(lines) == len(wanted):
                    break
    except yaml.YAMLError:
        pass  # the lines found before the error are the lines there are
    return lines
