"""The exchange format: documents as YAML, JSON or TOML files (docs/data-files.md).

>>> from vnreport.exchange import dumps, loads
>>> report = loads(open("examples/tuan-giao-2021.yaml", encoding="utf-8").read(), format="yaml")
>>> report.number_line
'Số:     /BC-UBND'
"""

from __future__ import annotations

import os
from pathlib import Path

import attrs

from vnreport.errors import FieldError
from vnreport.exchange.bounds import depth_message
from vnreport.exchange.files import decode, read_path, size_problem
from vnreport.exchange.formats import FORMATS, emit, format_of, parse, sniff_format
from vnreport.exchange.problems import MAX_PROBLEMS, DataError, Problem, parse_path
from vnreport.exchange.problems import Path as DataPath
from vnreport.exchange.structure import DOCUMENT_TYPES, structure_document
from vnreport.exchange.unstructure import unstructure_document
from vnreport.exchange.yamlreader import yaml_lines
from vnreport.limits import DataLimits
from vnreport.model.document import Document

__all__ = ["DOCUMENT_TYPES", "FORMATS", "DataError", "Problem", "dump", "dumps", "load", "loads"]


def loads(
    text: str,
    *,
    format: str | None = None,
    source: str | None = None,
    limits: DataLimits | None = None,
) -> Document:
    """The document described by ``text`` in ``format`` ("yaml", "json" or "toml"; guessed
    when ``None``), read under ``limits`` (the default :class:`~vnreport.limits.DataLimits`).

    Raises :class:`DataError` listing every problem (up to a hundred), in the file's order,
    with lines for YAML; whatever the text holds, nothing else.
    """
    limits = limits or DataLimits()
    text = text.removeprefix("\ufeff")
    # Each character is at least one byte: the count is needed only near the limit.
    if len(text) > limits.max_file_bytes:
        raise DataError([size_problem(None, limits)], source)
    size = len(text.encode("utf-8", "surrogatepass"))
    if size > limits.max_file_bytes:
        raise DataError([size_problem(size, limits)], source)
    fmt = format or sniff_format(text)
    try:
        parsed = parse(text, fmt, limits)
    except DataError as error:
        raise DataError(_in_order(list(error.problems)), source) from None
    problems = list(parsed.problems)
    if len(problems) <= MAX_PROBLEMS:
        try:
            document = structure_document(parsed.data, limits)
        except DataError as error:
            # A refused value is None in the data: what the model says of it is no news.
            refused = [problem.path for problem in problems]
            problems += [
                problem
                for problem in error.problems
                if not any(problem.path[: len(path)] == path for path in refused)
            ]
        except FieldError as error:  # a check of the whole document the hooks did not place
            problems.append(Problem(_field_path(error), error.problem))
        except RecursionError:  # only with a max_depth raised past what Python's stack holds
            problems.append(Problem((), depth_message(limits)))
        else:
            if not problems:
                return document
    if fmt == "yaml":
        problems = _with_lines(problems, text)
    raise DataError(_in_order(problems), source)


def load(
    path: str | os.PathLike[str],
    *,
    format: str | None = None,
    limits: DataLimits | None = None,
) -> Document:
    """The document in the file at ``path``; the format follows the file's suffix.

    Only a regular file is read (a FIFO, a device or a directory is refused before anything
    is read from it), and no more of it than ``limits.max_file_bytes``.
    """
    file = Path(path)
    fmt = format or format_of(file)
    if fmt is None:
        raise DataError(
            [
                Problem(
                    (), f"cannot tell the format of {file.name!r}: name it .yaml, .json or .toml"
                )
            ],
            str(file),
        )
    limits = limits or DataLimits()
    text = decode(read_path(file, limits), str(file))
    return loads(text, format=fmt, source=str(file), limits=limits)


def dumps(document: Document, *, format: str = "yaml") -> str:
    """``document`` written in ``format``; :func:`loads` reads it back to an equal document."""
    return emit(unstructure_document(document), format)


def dump(
    document: Document,
    path: str | os.PathLike[str],
    *,
    format: str | None = None,
    replace: bool = True,
) -> Path:
    """Write ``document`` to ``path`` (format from the suffix unless given), atomically;
    with ``replace=False``, an existing file is an :class:`~vnreport.errors.OutputExistsError`."""
    from vnreport.render.files import write_atomically

    fmt = format or format_of(Path(path)) or "yaml"
    return write_atomically(path, dumps(document, format=fmt).encode("utf-8"), replace=replace)


def _with_lines(problems: list[Problem], text: str) -> list[Problem]:
    """``problems`` with the YAML line of each that has none (a missing key: the line of
    the mapping that lacks it)."""
    wanted = {
        problem.path[:length]
        for problem in problems
        if problem.line is None
        for length in range(len(problem.path) + 1)
    }
    if not wanted:
        return problems
    lines = yaml_lines(text, wanted)
    located = []
    for problem in problems:
        if problem.line is not None:
            located.append(problem)
            continue
        path = problem.path
        while path and path not in lines:
            path = path[:-1]
        line = lines.get(path)
        located.append(problem if line is None else attrs.evolve(problem, line=line))
    return located


def _in_order(problems: list[Problem]) -> list[Problem]:
    # In the order of the file, as a reader goes through it.
    problems.sort(key=lambda problem: (problem.line is None, problem.line or 0))
    if len(problems) <= MAX_PROBLEMS:
        return problems
    more = Problem(
        (),
        f"more problems than the first {MAX_PROBLEMS} listed here: correct these, then read"
        " the file again",
    )
    return [*problems[:MAX_PROBLEMS], more]


def _field_path(error: FieldError) -> DataPath:
    # "Report.sections[2]" → ("sections", 2): the class is the document itself.
    head, _, rest = error.field.partition(".")
    return parse_path(rest if head[:1].isupper() and rest else error.field)
