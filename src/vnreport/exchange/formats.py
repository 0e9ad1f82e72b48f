"""Reading and writing the exchange format as YAML, JSON or TOML.

Whatever a file holds, reading it costs bounded time and memory and fails only with a
:class:`DataError` (docs/security.md). YAML is read by :mod:`~vnreport.exchange.yamlreader`,
which builds plain data only and knows the line of every value. JSON and TOML are read by
the standard parsers once a linear scan (:mod:`~vnreport.exchange.scan`) has bounded their
nesting; they know lines only for syntax errors. In every format numbers are exact
(``int``, or ``Decimal`` so a table's "1250000.5" keeps every digit) and written in decimal
digits (:mod:`~vnreport.exchange.numbers`).
"""

from __future__ import annotations

import functools
import json
import re
import secrets
import sys
from collections.abc import Mapping
from decimal import Decimal
from pathlib import PurePath
from typing import Any

import tomli_w
import yaml

from vnreport.exchange.bounds import (
    Parsed,
    Refused,
    check_tree,
    depth_message,
    digits_message,
)
from vnreport.exchange.numbers import decimal, integer, too_many_digits
from vnreport.exchange.problems import DataError, Problem
from vnreport.exchange.scan import json_problem, scan_toml
from vnreport.exchange.yamlreader import read_yaml
from vnreport.limits import DataLimits

if sys.version_info >= (3, 11):
    import tomllib
else:  # Python 3.10
    import tomli as tomllib

__all__ = ["FORMATS", "Parsed", "emit", "format_of", "parse", "sniff_format"]

FORMATS = ("yaml", "json", "toml")
_SUFFIXES = {".yaml": "yaml", ".yml": "yaml", ".json": "json", ".toml": "toml"}
_COMMENT_LINES = re.compile(r"(?:[ \t]*(?:#[^\n]*)?\r?\n)*")
_TOML_START = re.compile(r"\s*(?:\[\[?[\w.\"' -]+\]\]?|[\w.\"'-]+\s*=)")


def format_of(path: str | PurePath) -> str | None:
    """The format a file name says ("report.yaml" → "yaml"), or ``None``."""
    return _SUFFIXES.get(PurePath(path).suffix.lower())


def sniff_format(text: str) -> str:
    """Guess the format of text without a file name (standard input)."""
    stripped = text.lstrip("\ufeff \t\r\n")
    if stripped.startswith(("{", "[")) and not re.match(
        r"\[[\w.\"' -]+\]\s*$", stripped.split("\n")[0]
    ):
        return "json"
    # TOML and YAML look alike line by line; a text that TOML reads as a table is TOML.
    scan = scan_toml(text, DataLimits())
    if scan.fatal is None and not scan.replaced:
        try:
            tomllib.loads(text)
        except (tomllib.TOMLDecodeError, RecursionError, ValueError):
            return "yaml"
        return "toml"
    # A text the TOML parser must not be given: its first line says which it is meant to be.
    first_line = _COMMENT_LINES.match(stripped)
    start = first_line.end() if first_line else 0
    return "toml" if _TOML_START.match(stripped, start) else "yaml"


def parse(text: str, fmt: str, limits: DataLimits | None = None) -> Parsed:
    """The data in ``text``, read under ``limits`` (the default :class:`DataLimits`).

    Raises :class:`DataError` when the text cannot be read at all; values over a limit are
    left out of the data (``None`` in their place) and listed in :attr:`Parsed.problems`.
    """
    limits = limits or DataLimits()
    if fmt == "yaml":
        return read_yaml(text, limits)
    if fmt == "json":
        return _parse_json(text, limits)
    if fmt == "toml":
        return _parse_toml(text, limits)
    raise ValueError(f"unknown format {fmt!r} (one of {', '.join(FORMATS)})")


def emit(data: Mapping[str, Any], fmt: str) -> str:
    """Write ``data`` in ``fmt``."""
    if fmt == "yaml":
        return yaml.dump(dict(data), Dumper=_Dumper, allow_unicode=True, sort_keys=False, width=88)
    if fmt == "json":
        return json.dumps(data, ensure_ascii=False, indent=2, default=_json_number) + "\n"
    if fmt == "toml":
        return tomli_w.dumps(_without_nulls(data))
    raise ValueError(f"unknown format {fmt!r} (one of {', '.join(FORMATS)})")


# --- YAML ------------------------------------------------------------------------------


class _Dumper(yaml.SafeDumper):
    """Readable YAML: long texts as folded blocks, numbers exactly."""


def _represent_str(dumper: yaml.SafeDumper, text: str) -> yaml.ScalarNode:
    style = ">" if len(text) > 80 else None
    return dumper.represent_scalar("tag:yaml.org,2002:str", text, style=style)


def _represent_decimal(dumper: yaml.SafeDumper, number: Decimal) -> yaml.ScalarNode:
    text = str(number)
    if "." not in text and "E" not in text.upper():
        return dumper.represent_scalar("tag:yaml.org,2002:int", text)
    return dumper.represent_scalar("tag:yaml.org,2002:float", text)


_Dumper.add_representer(str, _represent_str)
_Dumper.add_representer(Decimal, _represent_decimal)


# --- JSON and TOML ---------------------------------------------------------------------


def _parse_json(text: str, limits: DataLimits) -> Parsed:
    too_much = json_problem(text, limits)
    if too_much is not None:
        raise DataError([too_much])
    try:
        data = json.loads(
            text,
            parse_int=functools.partial(_json_integer, limits=limits),
            parse_float=functools.partial(_json_decimal, limits=limits),
            object_pairs_hook=_unique_keys,
        )
    except _DuplicateKeyError as error:
        raise DataError(
            [Problem((), f"the key {error.key!r} is given twice in one object")]
        ) from None
    except json.JSONDecodeError as error:
        raise DataError([Problem((), f"not valid JSON: {error.msg}", error.lineno)]) from None
    except RecursionError:  # only if the scan above is wrong: never let it out
        raise DataError([Problem((), depth_message(limits))]) from None
    data, problems = check_tree(data, limits)
    return Parsed(data, tuple(problems))


def _json_integer(text: str, *, limits: DataLimits) -> object:
    # Given the digits (and a "-") before Python converts them, and meets its own limit.
    count = len(text) - text.startswith("-")
    if count > limits.max_number_digits:
        return Refused(digits_message(count, limits))
    return integer(text)


def _json_decimal(text: str, *, limits: DataLimits) -> object:
    count = too_many_digits(text, limits)
    return decimal(text) if count is None else Refused(digits_message(count, limits))


def _parse_toml(text: str, limits: DataLimits) -> Parsed:
    scan = scan_toml(text, limits)
    if scan.fatal is not None:
        raise DataError([scan.fatal])
    marks: dict[str, object] = {}
    if scan.replaced:
        # tomllib has no hook for integers: a number it must not convert is replaced by a
        # text no file can hold (it has a random part), which the check of the data then
        # replaces in turn, where the parser put it, by the exact number or by a problem
        # with its path. Lines stay as they were.
        tag = f"\ue000{secrets.token_hex(16)}:"
        pieces: list[str] = []
        end = 0
        for index, (start, stop, replacement, where) in enumerate(scan.replaced):
            mark = f"{tag}{index}"
            marks[mark] = (
                replacement if isinstance(replacement, int) else Refused(replacement, where)
            )
            pieces += [text[end:start], f'"{mark}"']
            end = stop
        text = "".join([*pieces, text[end:]])
    try:
        table = tomllib.loads(text, parse_float=functools.partial(_toml_decimal, limits=limits))
    except tomllib.TOMLDecodeError as error:
        match = re.search(r"line (\d+)", str(error))
        line = int(match.group(1)) if match else None
        message = re.sub(r"\s*\(at line \d+, column \d+\)", "", str(error))
        raise DataError([Problem((), f"not valid TOML: {message}", line)]) from None
    except RecursionError:  # only if the scan above is wrong: never let it out
        raise DataError([Problem((), depth_message(limits))]) from None
    except ValueError as error:  # a conversion the scan did not foresee
        raise DataError([Problem((), f"not valid TOML: {error}")]) from None
    data, problems = check_tree(table, limits, marks)
    return Parsed(data, tuple(problems))


def _toml_decimal(text: str, *, limits: DataLimits) -> object:
    if text.lstrip("+-") in ("inf", "nan"):
        return Decimal(text)  # the model refuses them where a number must be finite
    count = too_many_digits(text, limits)
    return decimal(text) if count is None else Refused(digits_message(count, limits))


class _DuplicateKeyError(ValueError):
    def __init__(self, key: str) -> None:
        super().__init__(key)
        self.key = key


def _unique_keys(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    # json keeps the last of two equal keys silently; in a data file that is a mistake.
    result: dict[str, Any] = {}
    for key, value in pairs:
        if key in result:
            raise _DuplicateKeyError(key)
        result[key] = value
    return result


def _json_number(value: object) -> object:
    if isinstance(value, Decimal):
        if value == value.to_integral_value():
            return int(value)
        if Decimal(repr(float(value))) == value:
            return float(value)
        raise ValueError(f"{value} cannot be written exactly in JSON; use YAML or TOML")
    raise TypeError(f"cannot write {type(value).__name__} in JSON")


def _without_nulls(value: Any) -> Any:
    # TOML has no null: a missing key means the default (a draft number, no parent …).
    if isinstance(value, Mapping):
        return {key: _without_nulls(item) for key, item in value.items() if item is not None}
    if isinstance(value, list):
        if any(item is None for item in value):
            # A list keeps its places: a missing figure of a table has no TOML form.
            raise ValueError(
                "TOML has no null, so a table's missing figure cannot be written in it: "
                "write the document as YAML or JSON, or put the mark ('-') in the cell as text"
            )
        return [_without_nulls(item) for item in value]
    return value
