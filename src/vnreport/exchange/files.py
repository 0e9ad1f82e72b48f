"""Reading the bytes of a data file: regular files only, never more than the limit.

A path may name something that is not a file: a FIFO (opening it waits for a writer that
may never come), a device (``/dev/zero`` never ends), a directory. :func:`read_path`
opens without waiting, checks what was opened, and reads at most one byte more than
:attr:`~vnreport.limits.DataLimits.max_file_bytes`, so a file that grows while it is read
is refused all the same.
"""

from __future__ import annotations

import os
import stat
from pathlib import Path
from typing import BinaryIO

from vnreport.exchange.bounds import over_limit
from vnreport.exchange.problems import DataError, Problem
from vnreport.limits import DataLimits

__all__ = ["decode", "read_path", "read_stream", "size_problem"]

_CHUNK = 1024 * 1024


def read_path(path: str | os.PathLike[str], limits: DataLimits, *, pipes: bool = False) -> bytes:
    """The bytes of the regular file at ``path``. ``pipes=True`` lets a FIFO be read too
    (the command line's ``vnreport render <(…)``); opening one then waits for its writer.

    Raises :class:`DataError` for what is not a file or is too large, ``OSError`` (such as
    ``FileNotFoundError``) when it cannot be opened.
    """
    name = os.fspath(path)
    kind = stat.S_IFMT(Path(name).stat().st_mode)
    if not (stat.S_ISREG(kind) or (pipes and stat.S_ISFIFO(kind))):
        raise DataError([Problem((), f"is {_kind(kind)}, not a data file")], name)
    # Without O_NONBLOCK, opening a FIFO (or a FIFO swapped in after the check) blocks.
    flags = os.O_RDONLY | getattr(os, "O_BINARY", 0) | getattr(os, "O_CLOEXEC", 0)
    if not stat.S_ISFIFO(kind):
        flags |= getattr(os, "O_NONBLOCK", 0)
    descriptor = os.open(name, flags)
    with os.fdopen(descriptor, "rb", buffering=0) as stream:
        opened = stat.S_IFMT(os.fstat(descriptor).st_mode)
        if opened != kind:
            raise DataError([Problem((), f"is {_kind(opened)}, not a data file")], name)
        return read_stream(stream, limits, name)


def read_stream(stream: BinaryIO, limits: DataLimits, source: str | None = None) -> bytes:
    """What ``stream`` holds (standard input, a pipe), up to the limit."""
    chunks: list[bytes] = []
    size = 0
    while size <= limits.max_file_bytes:
        chunk = stream.read(min(_CHUNK, limits.max_file_bytes + 1 - size))
        if not chunk:
            break
        chunks.append(chunk)
        size += len(chunk)
    if size > limits.max_file_bytes:
        raise DataError([size_problem(None, limits)], source)
    return b"".join(chunks)


def size_problem(size: int | None, limits: DataLimits) -> Problem:
    """The problem of a file of ``size`` bytes (``None``: more than the limit) over it."""
    what = "a file this large" if size is None else f"a file of {size} bytes"
    return Problem((), over_limit(what, "max_file_bytes", limits))


def decode(data: bytes, source: str | None = None) -> str:
    """The text of a data file: UTF-8, with or without a byte order mark."""
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        line = data.count(b"\n", 0, error.start) + 1
        message = f"not UTF-8 text (byte {error.start}); save the file as UTF-8"
        raise DataError([Problem((), message, line)], source) from None


def _kind(mode: int) -> str:
    names = {
        stat.S_IFDIR: "a directory",
        stat.S_IFIFO: "a named pipe (FIFO)",
        stat.S_IFCHR: "a device",
        stat.S_IFBLK: "a device",
        stat.S_IFSOCK: "a socket",
    }
    return names.get(mode, "something other than a file")
