"""Reading and writing the exchange format as YAML, JSON or TOML.

YAML is read in safe mode (no object construction), with floats as :class:`Decimal` so a
table's "1250000.5" keeps every digit; the line of every key is kept so that problems can
point at it. JSON and TOML are read by the standard parsers, which know lines only for
syntax errors.
"""

from __future__ import annotations

import json
import re
import sys
from collections.abc import Mapping
from decimal import Decimal, InvalidOperation
from pathlib import PurePath
from typing import Any

import tomli_w
import yaml

from vnreport.exchange.problems import DataError, Path, Problem

if sys.version_info >= (3, 11):
    import tomllib
else:  # Python 3.10
    import tomli as tomllib

__all__ = ["FORMATS", "emit", "format_of", "parse", "sniff_format"]

FORMATS = ("yaml", "json", "toml")
_SUFFIXES = {".yaml": "yaml", ".yml": "yaml", ".json": "json", ".toml": "toml"}


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
    try:
        tomllib.loads(text)
    except tomllib.TOMLDecodeError:
        return "yaml"
    return "toml"


def parse(text: str, fmt: str) -> tuple[object, dict[Path, int]]:
    """The data in ``text`` and, for YAML, the line (1-based) of every key and item."""
    if fmt == "yaml":
        return _parse_yaml(text)
    if fmt == "json":
        try:
            return json.loads(text, parse_float=Decimal, object_pairs_hook=_unique_keys), {}
        except _DuplicateKeyError as error:
            raise DataError(
                [Problem((), f"the key {error.key!r} is given twice in one object")]
            ) from None
        except json.JSONDecodeError as error:
            raise DataError([Problem((), f"not valid JSON: {error.msg}", error.lineno)]) from None
    if fmt == "toml":
        try:
            return tomllib.loads(text, parse_float=Decimal), {}
        except tomllib.TOMLDecodeError as error:
            match = re.search(r"line (\d+)", str(error))
            line = int(match.group(1)) if match else None
            message = re.sub(r"\s*\(at line \d+, column \d+\)", "", str(error))
            raise DataError([Problem((), f"not valid TOML: {message}", line)]) from None
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


class _Loader(yaml.SafeLoader):
    """The safe loader, reading floats as Decimal."""


def _decimal(loader: yaml.SafeLoader, node: yaml.Node) -> Any:
    assert isinstance(node, yaml.ScalarNode)
    text = loader.construct_scalar(node)
    try:
        return Decimal(str(text).replace("_", ""))
    except InvalidOperation:  # .inf, .nan and sexagesimal forms
        return loader.construct_yaml_float(node)


_Loader.add_constructor("tag:yaml.org,2002:float", _decimal)


# Dates stay text: the model reads "2021-06-15" (and a draft's "2021-06") itself and says
# which field holds an impossible date, where PyYAML would fail without a location.
def _as_text(loader: yaml.SafeLoader, node: yaml.Node) -> Any:
    assert isinstance(node, yaml.ScalarNode)
    return loader.construct_scalar(node)


_Loader.add_constructor("tag:yaml.org,2002:timestamp", _as_text)


def _parse_yaml(text: str) -> tuple[object, dict[Path, int]]:
    try:
        # Anchors and aliases would let one value stand for many (and an alias could hold
        # itself); a document's data never needs them, so they are refused before loading.
        aliases = [
            Problem(
                (),
                "anchors and aliases (&name, *name) are not allowed in a data file",
                None if event.start_mark is None else event.start_mark.line + 1,
            )
            for event in yaml.parse(text, Loader=_Loader)
            if isinstance(event, yaml.AliasEvent) or getattr(event, "anchor", None)
        ]
        if aliases:
            raise DataError(aliases)
        node = yaml.compose(text, Loader=_Loader)
        data = yaml.load(text, Loader=_Loader)  # _Loader is a SafeLoader
    except DataError:
        raise
    except yaml.MarkedYAMLError as error:
        mark = error.problem_mark
        line = None if mark is None else mark.line + 1
        message = f"not valid YAML: {error.problem}"
        if error.problem and "mapping values are not allowed" in error.problem:
            message += (
                " (a text that ends with ':' or holds ': ' must be in quotes:"
                " put the whole text in quotes)"
            )
        raise DataError([Problem((), message, line)]) from None
    except (yaml.YAMLError, ValueError, TypeError) as error:
        raise DataError([Problem((), f"not valid YAML: {error}")]) from None
    lines: dict[Path, int] = {}
    duplicates: list[Problem] = []
    if node is not None:
        _index(node, (), lines, duplicates)
    if duplicates:
        raise DataError(duplicates)
    return data, lines


def _index(node: yaml.Node, path: Path, lines: dict[Path, int], duplicates: list[Problem]) -> None:
    lines.setdefault(path, node.start_mark.line + 1)
    if isinstance(node, yaml.MappingNode):
        seen: set[object] = set()
        for key_node, value_node in node.value:
            key = key_node.value
            line = key_node.start_mark.line + 1
            here = (*path, key)
            if key in seen:
                # The YAML parser keeps the last value silently; a repeated key is a mistake.
                duplicates.append(Problem(here, "is given twice", line))
            seen.add(key)
            lines[here] = line
            _index(value_node, here, lines, duplicates)
    elif isinstance(node, yaml.SequenceNode):
        for index, item in enumerate(node.value):
            _index(item, (*path, index), lines, duplicates)


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
        return [_without_nulls(item) for item in value]
    return value
