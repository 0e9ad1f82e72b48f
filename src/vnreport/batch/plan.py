"""The plan of a merge: which columns fill which fields, and each row made a document.

Nothing here writes or renders. :func:`check_columns` refuses a batch whose description
and data do not fit together (a placeholder with no column, a column no placeholder
uses) before any row is read; :func:`prepare_row` turns one row into a valid
:class:`~vnreport.model.document.Document` and its file name, or into the problems that
stop it, each naming the field and the column it came from. :func:`prepare_chunk` is
what a worker process runs; it is a plain function of picklable values, so any
``concurrent.futures`` executor (a process pool, a dask cluster) can run it.
"""

from __future__ import annotations

import difflib
import hashlib
import json
import re
from collections.abc import Iterable, Mapping, Sequence
from typing import Any

import attrs

from vnreport.batch.cells import DAY_FIRST_EXAMPLE, read_day_first
from vnreport.batch.manifest import FieldProblem
from vnreport.batch.names import NamePattern, NamePatternError
from vnreport.batch.placeholders import (
    Placeholder,
    PlaceholderError,
    Slot,
    fill,
    gaps,
    parse_text,
    slots,
)
from vnreport.batch.rows import Row
from vnreport.errors import BatchError, FieldError
from vnreport.exchange.problems import DataError, Path, format_path
from vnreport.exchange.structure import structure_document
from vnreport.formatting.text import plain_letters
from vnreport.limits import DataLimits
from vnreport.model.document import Document

__all__ = [
    "BUILT_IN",
    "BatchSpec",
    "Prepared",
    "RowFailure",
    "check_columns",
    "prepare_chunk",
    "prepare_row",
]

#: Names a placeholder may use without a column: the row's number in the data (1 for
#: the first row under the header) and the document's number (*số*) once assigned.
BUILT_IN = frozenset({"row", "number"})


@attrs.frozen
class BatchSpec:
    """What every row of a batch shares: the description, the name pattern, the numbers.

    ``description`` is the parsed data file (plain data, placeholders in its strings);
    ``renames`` maps a column of the data to the placeholder name it fills
    (``{"Họ và tên": "ho_ten"}``); ``number_from`` numbers the documents in the register's
    sequence, row ``n`` getting ``number_from + n - 1`` (a bad row's number stays free
    until the row is fixed, so the numbers of the others never move).
    """

    description: Mapping[str, Any]
    pattern: NamePattern
    source: str = "<description>"
    number_from: int | None = None
    renames: Mapping[str, str] = attrs.field(factory=dict)
    limits: DataLimits = attrs.field(factory=DataLimits)
    slots: tuple[Slot, ...] = attrs.field(init=False)

    def __attrs_post_init__(self) -> None:
        try:
            found = tuple(slots(self.description))
        except PlaceholderError as error:
            raise BatchError(f"{self.source}: {error}") from None
        object.__setattr__(self, "slots", found)
        if self.number_from is not None:
            if self.number_from < 1:
                raise BatchError(f"number_from must be 1 or more, got {self.number_from}")
            taken = [slot for slot in found if slot.path[:1] == ("number",)]
            if taken:
                raise BatchError(
                    f"{self.source}: number is given twice, by number_from and by the "
                    f"placeholder {{{taken[0].name}}} at {taken[0].location}"
                )

    @property
    def names(self) -> frozenset[str]:
        """Every name a row must give: the description's placeholders and the pattern's."""
        return frozenset(slot.name for slot in self.slots) | self.pattern.names


@attrs.frozen
class RowFailure:
    """A row that makes no document, and why."""

    row: int
    line: int | None
    problems: tuple[FieldProblem, ...]

    def __str__(self) -> str:
        return f"{_where(self.row, self.line)}: " + "; ".join(str(p) for p in self.problems)


@attrs.frozen
class Prepared:
    """A row made a valid document: its name, its number and symbol, and two digests —
    of the data the document is made from (``digest``: the description filled, the number
    given) and of the row's cells alone, wherever the row stands (``data_sha256``)."""

    row: int
    line: int | None
    name: str
    document: Document
    digest: str
    data_sha256: str

    @property
    def symbol(self) -> str:
        """The number and symbol as printed ("45/GM-UBND"; "/GM-UBND" for a draft)."""
        return str(self.document.document_number)


def check_columns(
    spec: BatchSpec, columns: Sequence[str], *, ignore_unused: bool = False, source: str = "data"
) -> None:
    """Refuse a batch whose placeholders and columns do not match, naming each mismatch
    and the closest name on the other side."""
    problems: list[str] = []
    for column in spec.renames:
        if column not in columns:
            problems.append(
                f"column '{column}' (renamed) is not in {source}{_close(column, columns)}"
            )
    named = {spec.renames.get(column, column): column for column in columns}
    for name in sorted(spec.names - set(named) - BUILT_IN):
        where = sorted({s.location for s in spec.slots if s.name == name})
        place = f"at {', '.join(where)}" if where else "in the name pattern"
        problems.append(
            f"placeholder {{{name}}} {place} has no column in {source}"
            + _column_for(name, [named[n] for n in set(named) - spec.names])
        )
    if not ignore_unused:
        for column in columns:
            name = spec.renames.get(column, column)
            if name not in spec.names:
                problems.append(
                    f"column '{column}' of {source} fills no placeholder"
                    f"{_close(name, spec.names)} (ignore_unused / --ignore-unused-columns "
                    "lets it be)"
                )
    if problems:
        raise BatchError(
            f"{spec.source} and {source} do not fit together:\n  " + "\n  ".join(problems)
        )


def _column_for(name: str, unused: Sequence[str]) -> str:
    """The hint for a placeholder without a column: an unused column that spells the same
    name with capitals, marks or spaces ("Họ tên" for ``ho_ten``) and how to map it, or
    the closest unused column."""
    key = _spelling(name)
    for column in unused:
        if _spelling(column) == key:
            return f" (the column '{column}'? --column \"{column}={name}\")"
    return _close(name, unused)


def _spelling(name: str) -> str:
    return re.sub(r"[\s_\-.]+", "_", plain_letters(name).casefold()).strip("_")


def _close(name: str, choices: Iterable[str]) -> str:
    found = difflib.get_close_matches(name, list(choices), n=1, cutoff=0.6)
    return f" (did you mean '{found[0]}'?)" if found else ""


def prepare_chunk(spec: BatchSpec, rows: Sequence[Row]) -> list[Prepared | RowFailure]:
    """:func:`prepare_row` for each of ``rows``: what a worker runs."""
    return [prepare_row(spec, row) for row in rows]


def prepare_row(spec: BatchSpec, row: Row) -> Prepared | RowFailure:
    """The document and file name of ``row``, or every problem that stops it."""
    values: dict[str, object] = {"row": row.number}
    values.update((spec.renames.get(column, column), value) for column, value in row.values.items())
    numbered_by_column = spec.number_from is None and "number" in values
    if spec.number_from is not None:
        values["number"] = spec.number_from + row.number - 1
    elif not numbered_by_column:  # the description's own number, or none yet
        shared = spec.description.get("number")
        values["number"] = shared if isinstance(shared, int) else None
    holes = gaps(spec.description, values)
    if holes:
        given = not (spec.number_from is None and not numbered_by_column)
        problems = [_hole(spec, slot, number_given=given) for slot in holes]
        named = _name(spec, values)
        if isinstance(named, FieldProblem):
            problems.append(named)
        return RowFailure(row.number, row.line, tuple(problems))
    filled = fill(spec.description, values)
    assert isinstance(filled, dict)  # the description is a mapping, and so is its copy
    if spec.number_from is not None:
        filled["number"] = spec.number_from + row.number - 1
    try:
        document = _structured(spec, filled)
    except DataError as error:
        return RowFailure(row.number, row.line, _problems(spec, error, filled))
    except FieldError as error:
        problem = FieldProblem(error.field, (), error.problem)
        return RowFailure(row.number, row.line, (problem,))
    if not numbered_by_column:
        values["number"] = document.number
    name = _name(spec, values)
    if isinstance(name, FieldProblem):
        return RowFailure(row.number, row.line, (name,))
    return Prepared(row.number, row.line, name, document, _digest(filled), _digest(row.values))


def _structured(spec: BatchSpec, filled: dict[str, Any]) -> Document:
    """The document of ``filled``; where the model refuses a cell's text for a date
    field, the text read as a table writes dates (day first) and tried once more."""
    try:
        return structure_document(filled, spec.limits)
    except DataError as error:
        retyped = False
        for problem in error.problems:
            if not _whole_slot(spec.description, problem.path):
                continue
            text = _at(filled, problem.path)
            moment = read_day_first(text) if isinstance(text, str) else None
            if moment is not None:
                _put(filled, problem.path, moment)
                retyped = True
        if not retyped:
            raise
    return structure_document(filled, spec.limits)


def _whole_slot(description: object, path: Path) -> bool:
    """Whether the description's string at ``path`` is one placeholder alone."""
    text = _at(description, path)
    if not isinstance(text, str):
        return False
    pieces = parse_text(text)
    return len(pieces) == 1 and isinstance(pieces[0], Placeholder)


def _at(data: object, path: Path) -> object:
    """The value at ``path`` in parsed data, or ``None`` where the path leads nowhere."""
    for step in path:
        if isinstance(data, Mapping):
            data = data.get(step)
        elif isinstance(data, list) and isinstance(step, int) and 0 <= step < len(data):
            data = data[step]
        else:
            return None
    return data


def _put(data: Any, path: Path, value: object) -> None:
    for step in path[:-1]:
        data = data[step]
    data[path[-1]] = value


def _name(spec: BatchSpec, values: Mapping[str, object]) -> str | FieldProblem:
    try:
        return spec.pattern.name_for(values)
    except NamePatternError as error:
        return FieldProblem("file name", _columns_of(spec, error), str(error))


def _hole(spec: BatchSpec, slot: Slot, *, number_given: bool) -> FieldProblem:
    if slot.name == "number" and not number_given:
        return FieldProblem(
            slot.location,
            (),
            "{number} is the document's number, and this batch gives none (number_from / "
            "--number-from numbers the rows)",
        )
    originals = {name: column for column, name in spec.renames.items()}
    return FieldProblem(
        slot.location,
        (originals.get(slot.name, slot.name),),
        f"is empty here, and the text around {{{slot.name}}} needs it (the sentence would "
        "have a hole); fill the cell, or make the field the placeholder alone",
    )


def _problems(
    spec: BatchSpec, error: DataError, filled: Mapping[str, Any]
) -> tuple[FieldProblem, ...]:
    return tuple(
        FieldProblem(
            format_path(problem.path),
            _columns_at(spec, problem.path),
            _explained(spec, problem.path, problem.message, filled),
        )
        for problem in error.problems
    )


def _explained(spec: BatchSpec, path: Path, message: str, filled: Mapping[str, Any]) -> str:
    """The model's message, said of the cell when a cell alone filled the field."""
    if not _whole_slot(spec.description, path):
        return message
    if _at(filled, path) is None:
        return "the cell is empty, and this field needs a value"
    if "YYYY-MM-DD" in message:
        return f"{message}, or day first as a table writes it ({DAY_FIRST_EXAMPLE})"
    return message


def _columns_at(spec: BatchSpec, path: Path) -> tuple[str, ...]:
    """The columns whose placeholders stand at ``path``, inside it or around it."""
    names: list[str] = []
    for slot in spec.slots:
        size = min(len(slot.path), len(path))
        if slot.path[:size] == path[:size] and slot.name not in names:
            names.append(slot.name)
    if spec.number_from is not None and path[:1] == ("number",):
        names.append("number_from")
    originals = {name: column for column, name in spec.renames.items()}
    return tuple(originals.get(name, name) for name in names)


def _columns_of(spec: BatchSpec, error: NamePatternError) -> tuple[str, ...]:
    return tuple(name for name in sorted(spec.pattern.names) if f"'{name}'" in str(error))


def _digest(data: object) -> str:
    """A digest of the row's filled data: equal data, equal document."""
    text = json.dumps(data, sort_keys=True, ensure_ascii=False, default=_tagged)
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def _tagged(value: object) -> str:
    # Dates, Decimals and the like: their type is part of what they mean.
    return f"{type(value).__name__}:{value}"


def _where(row: int, line: int | None) -> str:
    return f"row {row}" + (f" (line {line})" if line is not None else "")
