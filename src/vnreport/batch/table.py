"""The rows of a merge once read: a :class:`RowTable` of :class:`Row` values.

These are what every reader returns (:mod:`vnreport.batch.rows`), whatever the file was:
the columns in the file's order, each row with its number as the manifest prints it and
where it begins in the file, and its cells by column name, read-only.
"""

from __future__ import annotations

import enum
from collections.abc import Iterable, Iterator, Mapping

import attrs

__all__ = ["Row", "RowKind", "RowTable", "Values"]


class RowKind(enum.Enum):
    """What the rows were read from."""

    CSV = "csv"
    XLSX = "xlsx"
    JSON = "json"
    YAML = "yaml"
    TOML = "toml"
    #: Python records: mappings, or a pandas DataFrame
    #: (:func:`~vnreport.batch.rows.rows_from_records`).
    RECORDS = "records"


class Values(Mapping[str, object]):
    """A row's cells by column name: a read-only mapping that pickles (a batch sends rows
    to worker processes; ``types.MappingProxyType`` does not pickle).

    >>> values = Values({"ho_ten": "Nguyễn Văn A"})
    >>> values["ho_ten"], dict(values)
    ('Nguyễn Văn A', {'ho_ten': 'Nguyễn Văn A'})
    """

    __slots__ = ("_cells",)

    def __init__(self, cells: Mapping[str, object]) -> None:
        self._cells = dict(cells)

    def __getitem__(self, key: str) -> object:
        return self._cells[key]

    def __iter__(self) -> Iterator[str]:
        return iter(self._cells)

    def __len__(self) -> int:
        return len(self._cells)

    def __repr__(self) -> str:
        return f"Values({self._cells!r})"

    def __reduce__(self) -> tuple[type[Values], tuple[dict[str, object]]]:
        return (type(self), (self._cells,))

    def __hash__(self) -> int:
        return hash(tuple(self._cells.items()))


def _values(cells: Mapping[str, object]) -> Values:
    return cells if isinstance(cells, Values) else Values(cells)


@attrs.frozen
class Row:
    """One row of data: one document."""

    #: The data row, 1-based (the header is not a row), as the manifest prints it. Blank
    #: rows are skipped but keep their number, so row 7 is the seventh row under the
    #: header whatever is blank above it.
    number: int = attrs.field(validator=attrs.validators.ge(1))
    #: Where the row begins: the file's line (CSV, even when a quoted cell spans lines;
    #: YAML), the sheet's row (Excel); ``None`` where it is not known (JSON, TOML, records).
    line: int | None
    #: The cells by column name; every column of the table is a key.
    values: Mapping[str, object] = attrs.field(converter=_values)


def _names(names: Iterable[str]) -> tuple[str, ...]:
    return tuple(names)


def _rows(rows: Iterable[Row]) -> tuple[Row, ...]:
    return tuple(rows)


@attrs.frozen
class RowTable:
    """The rows of a merge and what they were read from."""

    #: The file's path, or what the caller named the records.
    source: str
    kind: RowKind = attrs.field(validator=attrs.validators.instance_of(RowKind))
    #: The text encoding of a CSV, detected or given (``None`` for every other kind).
    encoding: str | None
    #: The column names, in the file's order: NFC, without surrounding spaces, unique.
    columns: tuple[str, ...] = attrs.field(converter=_names)
    rows: tuple[Row, ...] = attrs.field(converter=_rows)

    def __len__(self) -> int:
        return len(self.rows)

    def __iter__(self) -> Iterator[Row]:
        return iter(self.rows)
