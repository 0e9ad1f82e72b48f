"""The exchange format: documents as YAML, JSON or TOML files (docs/data-files.md).

>>> from vnreport.exchange import dumps, loads
>>> report = loads(open("examples/tuan-giao-2021.yaml", encoding="utf-8").read(), format="yaml")
>>> report.number_line
'Số:     /BC-UBND'
"""

from __future__ import annotations

import os
from pathlib import Path

from vnreport.exchange.formats import FORMATS, emit, format_of, parse, sniff_format
from vnreport.exchange.problems import DataError, Problem
from vnreport.exchange.structure import DOCUMENT_TYPES, structure_document
from vnreport.exchange.unstructure import unstructure_document
from vnreport.model.document import Document

__all__ = ["DOCUMENT_TYPES", "FORMATS", "DataError", "Problem", "dump", "dumps", "load", "loads"]


def loads(text: str, *, format: str | None = None, source: str | None = None) -> Document:
    """The document described by ``text`` in ``format`` ("yaml", "json" or "toml"; guessed
    when ``None``). Raises :class:`DataError` listing every problem, with lines for YAML."""
    fmt = format or sniff_format(text)
    lines: dict[tuple[str | int, ...], int] = {}
    try:
        data, lines = parse(text, fmt)
        return structure_document(data)
    except DataError as error:
        problems = [_with_line(problem, lines) for problem in error.problems]
        # In the order of the file, as a reader goes through it.
        problems.sort(key=lambda problem: (problem.line is None, problem.line or 0))
        raise DataError(problems, source) from None


def load(path: str | os.PathLike[str], *, format: str | None = None) -> Document:
    """The document in the file at ``path``; the format follows the file's suffix."""
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
    return loads(file.read_text(encoding="utf-8-sig"), format=fmt, source=str(file))


def dumps(document: Document, *, format: str = "yaml") -> str:
    """``document`` written in ``format``; :func:`loads` reads it back to an equal document."""
    return emit(unstructure_document(document), format)


def dump(document: Document, path: str | os.PathLike[str], *, format: str | None = None) -> Path:
    """Write ``document`` to ``path`` (format from the suffix unless given), atomically."""
    from vnreport.render.files import write_atomically

    fmt = format or format_of(Path(path)) or "yaml"
    return write_atomically(path, dumps(document, format=fmt).encode("utf-8"))


def _with_line(problem: Problem, lines: dict[tuple[str | int, ...], int]) -> Problem:
    if problem.line is not None:
        return problem
    path = problem.path
    while path and path not in lines:
        path = path[:-1]  # a missing key: point at the mapping that lacks it
    line = lines.get(path)
    return problem if line is None else Problem(problem.path, problem.message, line)
