"""Tables built from an analyst's data: a pandas DataFrame, or a list of records.

pandas is never imported: a DataFrame is read through what it offers (``columns``,
``index``, ``itertuples``), and its scalars — numpy's integers and floats, ``NA``, NaN —
are numbers or missing figures to the table like any other (:mod:`vnreport.formatting.values`).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from typing import Any

from vnreport.errors import FieldError
from vnreport.model.table import Column, Heading, Table

__all__ = ["from_dataframe", "from_records"]

#: The heading of the row-number column added with ``stt=True``.
STT_HEADING = "STT"


def from_dataframe(
    frame: Any,
    *,
    index: bool | None = None,
    index_heading: str | Sequence[str] | None = None,
    stt: bool = False,
    columns: Mapping[str, Column | str] | Sequence[Column] | None = None,
    **options: Any,
) -> Table:
    """A :class:`Table` from a DataFrame.

    Columns labelled by a MultiIndex become headings over headings: ("Kết quả",
    "Kế hoạch"), ("Kết quả", "Thực hiện") print "Kết quả" over both, a label whose lower
    levels are empty ("", ``None``, pandas' "Unnamed: …") spans the header rows. The index
    becomes the first column(s), headed by its name(s) or ``index_heading`` — unless
    ``index=False``, or it is pandas' unnamed default (0, 1, 2 …) and ``index`` is left
    out. ``stt=True`` puts a row-number column first. ``columns`` maps a heading to its
    :class:`Column` (or just its kind, "percent"); the other keywords are the Table's.

    >>> class Frame:  # what a DataFrame offers, without pandas
    ...     columns = ["Số hộ"]
    ...     class index:
    ...         name, names = "Xã", ["Xã"]
    ...     def itertuples(self, index=True, name=None):
    ...         return iter([("Quài Nưa", 1250), ("Chiềng Sinh", 980)])
    >>> table = from_dataframe(Frame(), stt=True, totals="Tổng cộng")
    >>> table.headings, table.totals_row
    (('STT', 'Xã', 'Số hộ'), ('', 'Tổng cộng', 2230))
    """
    labels = [_label_parts(label) for label in frame.columns]
    names = list(getattr(frame.index, "names", [frame.index.name]))
    keep_index = _keeps_index(frame.index, names) if index is None else index
    index_headings: list[str] = []
    if keep_index:
        given = [index_heading] if isinstance(index_heading, str) else index_heading
        index_headings = list(given) if given is not None else [_text(name) for name in names]
        if len(index_headings) != len(names) or not all(index_headings):
            raise FieldError(
                "Table.from_dataframe.index_heading",
                f"the index has {len(names)} level(s) without a name for each: give "
                "index_heading='…' (one a level), or index=False to leave it out",
            )
    header: list[str | Heading] = [STT_HEADING] if stt else []
    header += index_headings
    header += _headings(labels)
    rows: list[list[object]] = []
    for number, record in enumerate(frame.itertuples(index=True, name=None), start=1):
        key, *values = record
        row: list[object] = [number] if stt else []
        if keep_index:
            parts = key if isinstance(key, tuple) else (key,)
            row += [_text(part) for part in parts]  # the index names rows: it is text
        row += values
        rows.append(row)
    # The headings first, to name the columns `columns` maps.
    table = Table(header=header, rows=rows, missing="")
    return Table(header=header, rows=rows, columns=_columns(table, columns), **options)


def from_records(
    records: Iterable[Mapping[str, object]],
    *,
    fields: Sequence[str] | None = None,
    stt: bool = False,
    columns: Mapping[str, Column | str] | Sequence[Column] | None = None,
    **options: Any,
) -> Table:
    """A :class:`Table` from records, one mapping of heading → value a row.

    The headings are ``fields`` or the first record's keys, in order; a record without a
    heading's key has a missing figure there, a key no heading names is refused.
    ``stt=True`` numbers the rows; ``columns`` and the other keywords are as for
    :func:`from_dataframe`.

    >>> from_records(
    ...     [{"Xã": "Quài Nưa", "Số hộ": 1250}, {"Xã": "Chiềng Sinh", "Số hộ": 980}],
    ...     totals="Tổng cộng",
    ... ).totals_row
    ('Tổng cộng', 2230)
    """
    listed = list(records)
    if not listed and fields is None:
        raise FieldError("Table.from_records.records", "is empty: a table needs a row")
    headings = list(fields) if fields is not None else [str(key) for key in listed[0]]
    known = set(headings)
    rows: list[list[object]] = []
    for number, record in enumerate(listed, start=1):
        if not isinstance(record, Mapping):
            raise FieldError(
                f"Table.from_records.records[{number - 1}]",
                f"must be a mapping of heading to value, got {type(record).__name__}",
            )
        unknown = [str(key) for key in record if key not in known]
        if unknown:
            raise FieldError(
                f"Table.from_records.records[{number - 1}]",
                f"has keys no heading names: {', '.join(map(repr, unknown))}",
            )
        row: list[object] = [number] if stt else []
        rows.append(row + [record.get(heading) for heading in headings])
    header: list[str | Heading] = [STT_HEADING, *headings] if stt else list(headings)
    table = Table(header=header, rows=rows or [[""] * len(header)], missing="")
    return Table(header=header, rows=rows, columns=_columns(table, columns), **options)


def _columns(
    table: Table, given: Mapping[str, Column | str] | Sequence[Column] | None
) -> tuple[Column, ...]:
    if given is None:
        return ()
    if not isinstance(given, Mapping):
        return tuple(given)
    unknown = [heading for heading in given if heading not in table.headings]
    if unknown:
        raise FieldError(
            "Table.columns",
            f"names no column of the table: {', '.join(map(repr, unknown))} (the columns "
            f"are {', '.join(map(repr, table.headings))})",
        )
    return tuple(_column(given.get(heading, Column())) for heading in table.headings)


def _column(value: Column | str) -> Column:
    return Column(kind=value) if isinstance(value, str) else value


def _keeps_index(index: Any, names: list[object]) -> bool:
    # pandas' default index (0, 1, 2 … unnamed) numbers nothing a reader needs.
    return not (type(index).__name__ == "RangeIndex" and all(name is None for name in names))


def _text(value: object) -> str:
    return "" if value is None else value if isinstance(value, str) else str(value)


def _label_parts(label: object) -> tuple[str, ...]:
    """A column label's levels as texts, its empty lower levels dropped."""
    parts = [_text(part) for part in (label if isinstance(label, tuple) else (label,))]
    while len(parts) > 1 and _empty(parts[-1]):
        parts.pop()
    return tuple(parts)


def _empty(part: str) -> bool:
    # pandas names a level it had no label for "Unnamed: 3_level_1" (read_excel, read_csv).
    return not part.strip() or part.startswith("Unnamed:")


def _headings(labels: list[tuple[str, ...]]) -> list[str | Heading]:
    """Headings over the runs of neighbouring labels that share their first level."""
    headings: list[str | Heading] = []
    start = 0
    while start < len(labels):
        first = labels[start]
        if len(first) == 1:
            headings.append(first[0])
            start += 1
            continue
        end = start + 1
        while end < len(labels) and len(labels[end]) > 1 and labels[end][0] == first[0]:
            end += 1
        headings.append(
            Heading(text=first[0], columns=_headings([label[1:] for label in labels[start:end]]))
        )
        start = end
    return headings
