"""Linear scans of JSON and TOML text, run before the standard parsers.

Python's ``json`` and ``tomllib`` build nested arrays and tables by recursion: ``[``
nested 2,000 deep ends in a RecursionError. These scans find the nesting depth without
recursion, skipping strings and comments as the parsers do, and name the line where the
limit is passed. The TOML scan also finds the numbers the parser must not convert (too
many digits, or written other than in decimal digits): ``tomllib`` has no hook for
integers, so they are refused here, by their text.
"""

from __future__ import annotations

import re

import attrs

from vnreport.exchange.bounds import (
    depth_message,
    digits_message,
    non_decimal_message,
    values_message,
)
from vnreport.exchange.numbers import INT_STR_DIGITS, digit_count, integer, non_decimal_form
from vnreport.exchange.problems import Problem
from vnreport.limits import DataLimits

__all__ = ["TomlScan", "json_problem", "scan_toml"]

# A string (to its end, or to the end of the text when it is not closed) or a bracket.
_JSON_TOKEN = re.compile(r'"[^"\\]*(?:\\.[^"\\]*)*"?|[\[\]{}]', re.DOTALL)


def json_problem(text: str, limits: DataLimits) -> Problem | None:
    """A problem if arrays and objects are nested deeper than ``limits.max_depth``, or the
    text holds more than ``limits.max_values`` values."""
    depth = 0
    quoted_commas = 0
    for match in _JSON_TOKEN.finditer(text):
        start = match.start()
        mark = text[start]
        if mark in "[{":
            depth += 1
            if depth > limits.max_depth:
                return Problem((), depth_message(limits), text.count("\n", 0, start) + 1)
        elif mark in "]}":
            depth = max(depth - 1, 0)
        else:
            quoted_commas += text.count(",", start, match.end())
    # Each comma outside the strings stands between two values: there are more values.
    if text.count(",") - quoted_commas + 1 > limits.max_values:
        return Problem((), values_message(limits))
    return None


_TOML_TOKEN = re.compile(
    r"""
      (?P<newline>\n)
    | (?P<space>[ \t\r]+)
    | (?P<comment>\#[^\n]*)
    | (?P<string>
          \"\"\"[^"\\]*(?:(?:\\.|"(?!""))[^"\\]*)*(?:"{3,5}|\Z)   # multi-line basic
        | '''[^']*(?:'(?!'')[^']*)*(?:'{3,5}|\Z)                  # multi-line literal
        | "[^"\\\n]*(?:\\[^\n][^"\\\n]*)*"?                       # basic
        | '[^'\n]*'?                                              # literal
      )
    | (?P<mark>[\[\]{}=,])
    | (?P<bare>[A-Za-z0-9_+\-.:]+)
    | (?P<other>.)
    """,
    re.VERBOSE | re.DOTALL,
)
_WHOLE = re.compile(r"[-+]?[0-9]+")
_TOML_NUMBER = re.compile(r"[-+]?[0-9_]+(?:\.[0-9_]+)?(?:[eE][-+]?[0-9_]+)?")
_TOML_PREFIXED = re.compile(r"[-+]?0[xXoObB][0-9A-Za-z_]*")

# What the scan expects next: a key, a value, or the end of a value (a comma, a bracket).
_KEY, _VALUE, _AFTER = range(3)


@attrs.frozen
class TomlScan:
    """What a scan of TOML text found."""

    #: Nesting or values over the limit (the text must not be parsed), or ``None``.
    fatal: Problem | None
    #: Numbers the parser must not be given, in the file's order: (start, end, what to
    #: put in their place, line). What to put is the exact integer for one too long for
    #: Python's own conversion, else the message of a refused number.
    replaced: tuple[tuple[int, int, int | str, int], ...]


def scan_toml(text: str, limits: DataLimits) -> TomlScan:
    """The nesting depth, the values and the numbers of the TOML ``text``, in one pass."""
    stack: list[str] = []  # "[" for an array, "{" for an inline table
    expect = _KEY
    line = 1
    values = 0
    replaced: list[tuple[int, int, int | str, int]] = []
    for match in _TOML_TOKEN.finditer(text):
        if values > limits.max_values:
            return TomlScan(Problem((), values_message(limits), line), tuple(replaced))
        kind = match.lastgroup
        if kind == "newline":
            line += 1
            if not stack:
                expect = _KEY  # a new key/value pair or table header
        elif kind == "string":
            line += text.count("\n", match.start(), match.end())
            if expect == _VALUE:
                expect = _AFTER
                values += 1
        elif kind == "mark":
            mark = text[match.start()]
            if mark in "[{" and expect == _VALUE:
                stack.append(mark)
                values += 1
                if len(stack) + 1 > limits.max_depth:  # the document's own table is one
                    return TomlScan(Problem((), depth_message(limits), line), tuple(replaced))
                expect = _VALUE if mark == "[" else _KEY
            elif mark in "]}" and stack:
                stack.pop()
                expect = _AFTER
            elif mark == "=":
                expect = _VALUE
            elif mark == "," and stack:
                expect = _VALUE if stack[-1] == "[" else _KEY
            # Anything else is a table header's bracket, or a mistake the parser reports.
        elif kind == "bare" and expect == _VALUE:
            expect = _AFTER
            values += 1
            replacement = _number(match.group(), limits)
            if replacement is not None:
                replaced.append((match.start(), match.end(), replacement, line))
    return TomlScan(None, tuple(replaced))


def _number(token: str, limits: DataLimits) -> int | str | None:
    """The replacement of a number token (see :attr:`TomlScan.replaced`), or ``None``."""
    if _TOML_PREFIXED.fullmatch(token):
        form = non_decimal_form(token)
        assert form is not None
        return non_decimal_message(token, form)
    if _TOML_NUMBER.fullmatch(token):
        count = digit_count(token)
        if count > limits.max_number_digits:
            return digits_message(count, limits)
        digits = token.replace("_", "")
        if count > INT_STR_DIGITS and _WHOLE.fullmatch(digits):
            return integer(digits)
    return None
