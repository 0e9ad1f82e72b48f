"""The manifest of a batch: one JSON Lines record per row, the record an office files.

Each record says what became of one row: made, skipped (already there and as this row
makes it) or failed, with the output's path, the document's number and symbol, the
SHA-256 of the file, the checker's verdict, the PDF and the error. While a batch runs,
each record is appended as its row is done, so a batch killed half-way leaves the rows it
finished on record; when it ends, the manifest is rewritten (atomically) with the last
record of every row, in row order. A later run reads it to know which files it made:
those it may skip or replace, and no others.

A record also carries ``input_sha256``, the digest of everything the file is made from
(the row's data, the template, the check, vnreport's version): equal digest and a file
whose SHA-256 is the one recorded mean the file needs no new render. ``data_sha256`` is
the digest of the row's cells alone, so that a rerun sees a row that moved (a row removed
above it) and refuses to give its document another number (:mod:`vnreport.batch.register`).
"""

from __future__ import annotations

import enum
import json
import os
import stat
from collections.abc import Iterable, Iterator, Mapping
from pathlib import Path
from typing import IO, Any

import attrs

from vnreport.render.files import write_atomically

__all__ = [
    "MANIFEST_NAME",
    "FieldProblem",
    "Joined",
    "ManifestLog",
    "Record",
    "Status",
    "Verdict",
    "read_manifest",
    "write_manifest",
]

#: The manifest's name in the output folder, unless another is given.
MANIFEST_NAME = "manifest.jsonl"

#: A manifest longer than this is not read back (a run then treats every file as not its
#: own: it skips those that match and refuses the rest). 100 000 rows take about 60 MB.
_MAX_MANIFEST_BYTES = 256 * 1024 * 1024


class Status(enum.Enum):
    """What became of a row."""

    MADE = "made"  #: written by this run
    SKIPPED = "skipped"  #: already there, as this row makes it
    FAILED = "failed"  #: no file: the row's problems, or the write's, are in ``error``


class Verdict(enum.Enum):
    """The checker's verdict on a rendered file (Nghị định 30/2020)."""

    PASSED = "passed"  #: no finding
    WARNINGS = "warnings"  #: warnings only, listed in ``findings``
    FAILED = "failed"  #: errors: the file was not written (``check="strict"``)
    NOT_CHECKED = "not checked"  #: ``check="off"``


@attrs.frozen
class FieldProblem:
    """One reason a row makes no document: the field, the columns that filled it, what."""

    field: str
    columns: tuple[str, ...]
    message: str

    def __str__(self) -> str:
        where = self.field
        if self.columns:
            where += " (column " + ", ".join(f"'{c}'" for c in self.columns) + ")"
        return f"{where}: {self.message}"


@attrs.frozen
class Record:
    """What became of one row (one line of the manifest)."""

    row: int
    status: Status
    line: int | None = None
    path: str | None = None  #: relative to the output folder, with "/" between folders
    number: int | None = None
    symbol: str | None = None  #: "45/GM-UBND"
    sha256: str | None = None
    input_sha256: str | None = None
    data_sha256: str | None = None  #: the row's cells alone (to see rows that moved)
    check: Verdict | None = None
    findings: tuple[str, ...] = ()
    pdf: str | None = None
    pdf_sha256: str | None = None
    error: str | None = None
    problems: tuple[FieldProblem, ...] = ()
    written: str | None = None  #: when the file was written (UTC, ISO 8601)

    def to_json(self) -> str:
        data: dict[str, object] = {}
        for field in attrs.fields(Record):
            value = getattr(self, field.name)
            if isinstance(value, enum.Enum):
                value = value.value
            elif isinstance(value, tuple):
                value = [
                    attrs.asdict(item, value_serializer=_listed) if attrs.has(type(item)) else item
                    for item in value
                ]
            data[field.name] = value
        return json.dumps(data, ensure_ascii=False, separators=(",", ":"))

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> Record:
        """The record of a manifest line; ``ValueError``/``TypeError``/``KeyError`` when
        the line is not one."""
        row = data["row"]
        if isinstance(row, bool) or not isinstance(row, int):
            raise TypeError("row")
        return cls(
            row=row,
            status=Status(data["status"]),
            line=_optional(data.get("line"), int),
            path=_optional(data.get("path"), str),
            number=_optional(data.get("number"), int),
            symbol=_optional(data.get("symbol"), str),
            sha256=_optional(data.get("sha256"), str),
            input_sha256=_optional(data.get("input_sha256"), str),
            data_sha256=_optional(data.get("data_sha256"), str),
            check=None if data.get("check") is None else Verdict(data["check"]),
            findings=tuple(str(item) for item in data.get("findings") or ()),
            pdf=_optional(data.get("pdf"), str),
            pdf_sha256=_optional(data.get("pdf_sha256"), str),
            error=_optional(data.get("error"), str),
            problems=tuple(_problem(item) for item in data.get("problems") or ()),
            written=_optional(data.get("written"), str),
        )


@attrs.frozen
class Joined:
    """The record of the one file that joins a batch's documents (``--one-file``)."""

    joined: str
    sha256: str
    rows: tuple[int, ...]
    pdf: str | None = None
    pdf_sha256: str | None = None

    def to_json(self) -> str:
        return json.dumps(attrs.asdict(self), ensure_ascii=False, separators=(",", ":"))


def _problem(item: Mapping[str, Any]) -> FieldProblem:
    return FieldProblem(str(item["field"]), tuple(map(str, item["columns"])), str(item["message"]))


def _listed(_: object, __: object, value: object) -> object:
    return list(value) if isinstance(value, tuple) else value


def _optional(value: object, kind: type) -> Any:
    if value is None:
        return None
    if not isinstance(value, kind) or isinstance(value, bool):
        raise TypeError(kind.__name__)
    return value


def read_manifest(path: Path) -> tuple[dict[int, Record], Joined | None]:
    """The last record of each row in the manifest at ``path`` (none when it is missing,
    too large or not a regular file), and the joined file's record. A line that is not
    a record — the half-written last line of a killed run — is passed over."""
    records: dict[int, Record] = {}
    joined: Joined | None = None
    for data in _lines(path):
        if "joined" in data:
            try:
                joined = Joined(
                    str(data["joined"]),
                    str(data["sha256"]),
                    tuple(int(row) for row in data["rows"]),
                    _optional(data.get("pdf"), str),
                    _optional(data.get("pdf_sha256"), str),
                )
            except (KeyError, TypeError, ValueError):
                continue
            continue
        try:
            record = Record.from_json(data)
        except (KeyError, TypeError, ValueError):
            continue
        records[record.row] = record
    return records, joined


def _lines(path: Path) -> Iterator[Mapping[str, Any]]:
    try:
        status = path.lstat()
    except OSError:
        return
    if not stat.S_ISREG(status.st_mode) or status.st_size > _MAX_MANIFEST_BYTES:
        return
    with path.open("rb") as handle:
        for raw in handle:
            try:
                data = json.loads(raw)
            except ValueError:
                continue
            if isinstance(data, dict):
                yield data


class ManifestLog:
    """The manifest open for appending while a batch runs: one line a finished row."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._handle: IO[str] | None = None

    def __enter__(self) -> ManifestLog:
        flags = os.O_WRONLY | os.O_APPEND | os.O_CREAT | getattr(os, "O_CLOEXEC", 0)
        descriptor = os.open(self.path, flags | getattr(os, "O_NOFOLLOW", 0), 0o666)
        self._handle = os.fdopen(descriptor, "a", encoding="utf-8", newline="\n")
        # A killed run may have left half a line: start on a line of our own.
        if self._handle.tell() > 0 and not _ends_with_newline(self.path):
            self._handle.write("\n")
        return self

    def append(self, record: Record | Joined) -> None:
        assert self._handle is not None
        self._handle.write(record.to_json() + "\n")
        self._handle.flush()

    def __exit__(self, *_: object) -> None:
        if self._handle is not None:
            self._handle.close()
            self._handle = None


def _ends_with_newline(path: Path) -> bool:
    with path.open("rb") as handle:
        handle.seek(-1, os.SEEK_END)
        return handle.read(1) == b"\n"


def write_manifest(path: Path, records: Iterable[Record], joined: Joined | None = None) -> None:
    """Write the manifest anew, atomically: ``records`` in row order, then ``joined``."""
    lines = [record.to_json() for record in sorted(records, key=lambda record: record.row)]
    if joined is not None:
        lines.append(joined.to_json())
    write_atomically(path, "".join(line + "\n" for line in lines).encode("utf-8"))
