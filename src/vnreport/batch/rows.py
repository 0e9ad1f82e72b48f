"""TEMPORARY STUB (replaced by the rows helper's module)."""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable, Mapping
from typing import Any

import attrs


@attrs.frozen
class Row:
    number: int
    line: int | None
    values: Mapping[str, object]


@attrs.frozen
class RowTable:
    source: str
    kind: object
    encoding: str | None
    columns: tuple[str, ...]
    rows: tuple[Row, ...]


def rows_from_records(
    records: Iterable[Mapping[str, Any]], *, source: str = "<records>", limits: object = None
) -> RowTable:
    rows = [Row(i, None, dict(r)) for i, r in enumerate(records, 1)]
    cols = tuple(rows[0].values) if rows else ()
    return RowTable(source, "records", None, cols, tuple(rows))


def read_rows(
    path: Any, *, encoding: str | None = None, sheet: str | None = None, limits: object = None
) -> RowTable:
    text = open(path, encoding=encoding or "utf-8-sig", newline="").read()
    reader = csv.DictReader(io.StringIO(text))
    rows = [Row(i, i + 1, dict(r)) for i, r in enumerate(reader, 1)]
    return RowTable(str(path), "csv", "utf-8", tuple(reader.fieldnames or ()), tuple(rows))
