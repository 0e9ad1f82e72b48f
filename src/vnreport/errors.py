"""Every exception vnreport raises on purpose, in one module.

Each one subclasses :class:`VnreportError` and, where it resembles one, the builtin a
caller would expect (a bad value is a ``ValueError``). Problems with a document's content
are :class:`FieldError`: they name the field (``Signature.name``) and state the problem in
plain English, so a caller can show it to the person who typed the value.

This module imports nothing heavy: ``import vnreport`` stays fast for programs that only
build a model or format a date.
"""

from __future__ import annotations

import errno
import os
from collections.abc import Iterable, Sequence
from typing import NamedTuple

__all__ = [
    "BatchError",
    "ConformanceError",
    "ConformanceWarning",
    "ConversionError",
    "ConversionWarning",
    "FieldError",
    "OutputExistsError",
    "PackageError",
    "PreviewError",
    "RenderError",
    "RowProblem",
    "RowsError",
    "TemplateError",
    "UnsafeOutputError",
    "VnreportError",
]


class VnreportError(Exception):
    """Base class of every error vnreport raises on purpose."""


class FieldError(VnreportError, ValueError):
    """A value given for a field of the document model is not acceptable.

    ``field`` names the field (``"Report.subject"``, or a path such as
    ``"sections[2].content[0].title"`` when the caller knows it); ``problem`` says what
    is wrong with it.

    >>> str(FieldError("Agency.name", "must not be empty"))
    'Agency.name: must not be empty'
    """

    def __init__(self, field: str, problem: str) -> None:
        self.field = field
        self.problem = problem
        super().__init__(f"{field}: {problem}")

    def __reduce__(self) -> tuple[type[FieldError], tuple[str, str]]:
        # The default pickling would pass the joined message as the only argument.
        return (type(self), (self.field, self.problem))


class PackageError(VnreportError, ValueError):
    """A file is not a .docx package that can be read safely: not a zip, a part missing
    or malformed, or beyond a limit of :class:`vnreport.limits.PackageLimits`."""


class RowProblem(NamedTuple):
    """One thing wrong in the rows of a merge: where (each part ``None`` when it does not
    apply: a problem of the whole file has none), and what.

    >>> str(RowProblem(3, 4, "ngay", "is empty"))
    "line 4 (row 3), column 'ngay': is empty"
    >>> str(RowProblem(None, None, None, "has no header"))
    'has no header'
    """

    #: The data row, 1-based, as the manifest prints it (the header is not a row).
    row: int | None
    #: Where the row begins in the file: its line (CSV, YAML) or its sheet row (Excel).
    line: int | None
    #: The column's name (a column without one is named by its position in the message).
    column: str | None
    message: str

    @property
    def place(self) -> str:
        """``line 4 (row 3), column 'ngay'``, or ``""`` for the whole file."""
        where = []
        if self.line is not None:
            where.append(f"line {self.line}" + (f" (row {self.row})" if self.row else ""))
        elif self.row is not None:
            where.append(f"row {self.row}")
        if self.column is not None:
            where.append(f"column {self.column!r}")
        return ", ".join(where)

    def __str__(self) -> str:
        return f"{self.place}: {self.message}" if self.place else self.message


class RowsError(VnreportError, ValueError):
    """The rows of a merge cannot be read: the file is not a table vnreport reads, passes
    a limit of :class:`vnreport.limits.RowLimits`, or some of its rows or cells are
    wrong. ``problems`` lists them (:class:`RowProblem`, at most ``MAX_LISTED``, in the
    file's order); ``count`` is how many were found in all.

    >>> print(RowsError("data.csv", [RowProblem(3, 4, "ngay", "is not a date")]))
    data.csv, line 4 (row 3), column 'ngay': is not a date
    """

    #: The problems listed at most: a file with more is mostly wrong.
    MAX_LISTED = 100

    def __init__(
        self, source: str, problems: Sequence[RowProblem], count: int | None = None
    ) -> None:
        self.source = source
        self.problems = tuple(problems[: self.MAX_LISTED])
        self.count = max(len(problems), count or 0)
        lines = [
            f"{source}, {problem}" if problem.place else f"{source}: {problem}"
            for problem in self.problems
        ]
        if self.count > len(self.problems):
            lines.append(f"… and {self.count - len(self.problems)} more problems")
        if len(lines) > 1:
            lines = [f"{self.count} problems in the rows of {source}:"] + [
                f"  {line}" for line in lines
            ]
        super().__init__("\n".join(lines))

    def __reduce__(self) -> tuple[type[RowsError], tuple[str, tuple[RowProblem, ...], int]]:
        return (type(self), (self.source, self.problems, self.count))


class TemplateError(VnreportError, ValueError):
    """A template cannot be used: missing, not a .docx, with broken tags, or reaching for
    something a template may not touch (an attribute, a global, a file) or running past
    a limit of :class:`vnreport.limits.TemplateLimits`."""


class RenderError(VnreportError):
    """The template produced something that is not a valid document."""


class PreviewError(VnreportError):
    """The printed pages cannot be shown: LibreOffice or poppler is not installed (the
    message says how to install them), or a conversion failed or timed out."""


class ConformanceError(VnreportError):
    """A document vnreport produced does not conform; ``findings`` says how."""

    def __init__(self, findings: Iterable[object]) -> None:
        self.findings = findings
        listed = list(findings)
        lines = "\n".join(f"  {finding}" for finding in listed)
        super().__init__(
            f"the rendered document breaks {len(listed)} rule(s) of Nghị định 30/2020:\n{lines}"
        )


class ConversionError(VnreportError):
    """A .docx could not be converted to PDF: LibreOffice is not installed (the message
    names the command that installs it), failed, ran out of time, or wrote no PDF.
    Nothing was written."""


class OutputExistsError(VnreportError, FileExistsError):
    """A write that may not replace a file found one at its path (``replace=False``,
    the command line without ``--force``); nothing was written.

    >>> str(OutputExistsError("bao-cao.docx"))
    'bao-cao.docx exists'
    """

    def __init__(self, path: str | os.PathLike[str]) -> None:
        super().__init__(errno.EEXIST, "exists", os.fspath(path))

    def __str__(self) -> str:
        return f"{self.filename} exists"

    def __reduce__(self) -> tuple[type[OutputExistsError], tuple[str]]:
        # OSError's pickling would pass (errno, strerror, filename) to __init__.
        return (type(self), (self.filename,))


class UnsafeOutputError(VnreportError, OSError):
    """The path to write names something vnreport never replaces: a directory, a symbolic
    link, a FIFO, a device or a socket (only regular files are written); nothing was written.

    ``kind`` says what is there.

    >>> str(UnsafeOutputError("/dev/null", "character device"))
    '/dev/null is a character device, not a regular file: vnreport writes only regular files'
    """

    def __init__(self, path: str | os.PathLike[str], kind: str) -> None:
        super().__init__(None, kind, os.fspath(path))
        self.kind = kind

    def __str__(self) -> str:
        return (
            f"{self.filename} is a {self.kind}, not a regular file: "
            "vnreport writes only regular files"
        )

    def __reduce__(self) -> tuple[type[UnsafeOutputError], tuple[str, str]]:
        return (type(self), (self.filename, self.kind))


class BatchError(VnreportError, ValueError):
    """A batch (``render_many``, ``vnreport merge``) refused as a whole before any file
    is written: a description and data that do not fit together, a name pattern that
    would leave the output folder or give two rows one file, an output folder in use.
    A row that makes no document is not this: it is reported in the manifest and the
    other rows are made."""


class ConformanceWarning(UserWarning):
    """A deviation in a rendered document, reported as a warning (``check="warn"``)."""


class ConversionWarning(UserWarning):
    """Something that makes a PDF differ from the printed document without stopping the
    conversion: the decree's font (Times New Roman) is not installed, and LibreOffice
    prints with the substitute the message names."""
