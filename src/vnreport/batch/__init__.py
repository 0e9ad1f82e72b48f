"""Documents in bulk: one document description, one row of data per output (issue 12).

>>> import vnreport
>>> result = vnreport.render_many(  # doctest: +SKIP
...     "giay-moi.yaml", "dai-bieu.csv", "out/", names="{so}-{ho_ten}.docx", number_from=120
... )
>>> print(result.summary())  # doctest: +SKIP
made 300, skipped 0, failed 0 in 2.4 s (125 documents/s); manifest: out/manifest.jsonl

docs/batch.md is the guide: placeholders, names, numbers, the manifest, resuming, PDFs,
one joined file, and running on a dask.distributed cluster.
"""

from __future__ import annotations

import concurrent.futures
import os
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any

from vnreport.batch.manifest import MANIFEST_NAME, Record, Status, Verdict
from vnreport.batch.names import NamePattern, NamePatternError, check_fixed_name
from vnreport.batch.plan import BatchSpec
from vnreport.batch.rows import RowTable, read_rows, rows_from_records
from vnreport.batch.run import BatchResult, RunOptions, run_batch
from vnreport.batch.worker import RenderOptions
from vnreport.errors import BatchError
from vnreport.limits import Limits

__all__ = [
    "DEFAULT_NAMES",
    "MANIFEST_NAME",
    "BatchResult",
    "Record",
    "Status",
    "Verdict",
    "read_description",
    "render_many",
]

#: The name pattern when none is given: the row's number, padded so files sort in order.
DEFAULT_NAMES = "{row:04}.docx"

Description = str | os.PathLike[str] | Mapping[str, Any]
Data = str | os.PathLike[str] | RowTable | Iterable[Mapping[str, Any]]


def render_many(
    description: Description,
    data: Data,
    out_dir: str | os.PathLike[str],
    *,
    names: str = DEFAULT_NAMES,
    plain_names: bool = False,
    number_from: int | None = None,
    columns: Mapping[str, str] | None = None,
    ignore_unused: bool = False,
    encoding: str | None = None,
    delimiter: str | None = None,
    sheet: str | None = None,
    force: bool = False,
    pdf: bool = False,
    pdfa: bool = False,
    one_file: str | None = None,
    executor: concurrent.futures.Executor | None = None,
    workers: int | None = None,
    chunk_size: int | None = None,
    progress: bool | None = None,
    manifest: str | os.PathLike[str] | None = None,
    template: str | os.PathLike[str] | None = None,
    check: bool = True,
    limits: Limits | None = None,
) -> BatchResult:
    """Make one document a row of ``data`` from ``description`` (*trộn văn bản*).

    ``description``: a data file (YAML, JSON, TOML) of any document type, or its parsed
    mapping, whose strings name columns in braces (``"{ho_ten}"``). ``data``: a .csv,
    .xlsx, .json or .yaml file of rows, a :class:`~vnreport.batch.rows.RowTable`, or an
    iterable of mappings (a pandas DataFrame too). Every row is checked before any is
    rendered; a row that makes no document is recorded as failed, naming its fields and
    columns, and the others are made. The manifest (``out_dir/manifest.jsonl``) holds one
    record a row; a rerun skips what is already made.

    ``names``: the file-name pattern (``"{so}-{ho_ten}.docx"``, ``"{xa}/{row:03}.docx"``),
    made safe for every file system; two rows with one name, or a name leaving
    ``out_dir``, refuse the batch. ``number_from``: the register's numbers, row ``n``
    getting ``number_from + n - 1``. ``columns``: a data column → the placeholder it
    fills. ``encoding``, ``delimiter``, ``sheet``: how to read a CSV or an Excel file
    (detected, and the first sheet, by default; docs/merge-data.md). ``force``: replace
    files this batch did not make. ``pdf``: a PDF beside every
    .docx, through a pool of LibreOffice processes. ``one_file``: also join every
    document into this file, each one's pages numbered from 1. ``executor``: any
    ``concurrent.futures.Executor`` (a dask ``Client.get_executor()``); by default a pool
    of ``workers`` processes. ``progress``: a bar (``None``: when someone watches).

    Raises :class:`~vnreport.errors.BatchError` (nothing written) when the batch cannot
    run at all; returns a :class:`BatchResult` otherwise — ``result.ok`` says whether
    every row has its file.
    """
    limits = limits or Limits()
    try:
        pattern = NamePattern(names, plain=plain_names)
        if one_file is not None:
            check_fixed_name(one_file)
    except NamePatternError as error:
        raise BatchError(str(error)) from None
    parsed, source = read_description(description, limits)
    spec = BatchSpec(
        parsed,
        pattern,
        source=source,
        number_from=number_from,
        renames=dict(columns or {}),
        limits=limits.data,
    )
    table = _table(data, encoding=encoding, delimiter=delimiter, sheet=sheet, limits=limits)
    options = RunOptions(
        force=force,
        pdf=pdf,
        pdfa=pdfa,
        one_file=one_file,
        executor=executor,
        workers=workers,
        chunk_size=chunk_size,
        progress=progress,
        manifest=None if manifest is None else os.fspath(manifest),
        ignore_unused=ignore_unused,
        render=RenderOptions(
            template=None if template is None else os.fspath(template), check=check, limits=limits
        ),
    )
    return run_batch(spec, table, out_dir, options)


def read_description(description: Description, limits: Limits) -> tuple[dict[str, Any], str]:
    """The parsed description and its name, read as any data file is (bounded)."""
    from vnreport.exchange.files import decode, read_path
    from vnreport.exchange.formats import format_of, parse, sniff_format
    from vnreport.exchange.problems import DataError

    if isinstance(description, Mapping):
        return dict(description), "<description>"
    source = os.fspath(description)
    text = decode(read_path(source, limits.data), source)
    fmt = format_of(source) or sniff_format(text)
    parsed = parse(text.removeprefix("\ufeff"), fmt, limits.data)
    if parsed.problems:
        raise DataError(parsed.problems, source)
    if not isinstance(parsed.data, dict):
        raise BatchError(f"{source}: a document description is a mapping of fields")
    _refuse_bare_braces(parsed.data, source)
    return parsed.data, source


def _refuse_bare_braces(data: object, source: str, path: str = "") -> None:
    """``number: {so}`` in YAML is a mapping, not a placeholder: say to quote it."""
    if isinstance(data, dict):
        if data and all(value is None for value in data.values()) and len(data) == 1:
            name = next(iter(data))
            raise BatchError(
                f"{source}: {path or '(document)'}: {{{name}}} without quotes is a YAML "
                f'mapping; write "{{{name}}}" in quotes for a placeholder'
            )
        for key, value in data.items():
            _refuse_bare_braces(value, source, f"{path}.{key}" if path else str(key))
    elif isinstance(data, list):
        for index, item in enumerate(data):
            _refuse_bare_braces(item, source, f"{path}[{index}]")


def _table(
    data: Data, *, encoding: str | None, delimiter: str | None, sheet: str | None, limits: Limits
) -> RowTable:
    if isinstance(data, RowTable):
        return data
    if isinstance(data, str | os.PathLike):
        return read_rows(
            Path(data), encoding=encoding, delimiter=delimiter, sheet=sheet, limits=limits.rows
        )
    return rows_from_records(data, limits=limits.rows)
