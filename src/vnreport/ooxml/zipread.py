"""A zip archive from outside, read defensively, whatever it holds (.docx, .xlsx).

The checks that need no limit live here, shared by the .docx reader
(:mod:`vnreport.ooxml.package`) and the reader of a merge's Excel rows
(:mod:`vnreport.batch.rows`): the central directory is checked against the local headers
(no duplicate names, no entries sharing bytes, stored or deflated only, nothing encrypted),
each entry is inflated a chunk at a time so that its caller can measure it as it grows,
and what was inflated is compared with what the archive declares (size and CRC), never
trusted. Each caller applies its own limits and names them in its errors; whatever is
wrong with the archive itself is a :class:`~vnreport.errors.PackageError`.
"""

from __future__ import annotations

import itertools
import struct
import zipfile
import zlib
from collections.abc import Iterator

from vnreport.errors import PackageError

__all__ = [
    "CENTRAL_SIGNATURE",
    "OLE_SIGNATURE",
    "ZIP_ERRORS",
    "check_inflated",
    "inflate",
    "locate",
    "refuse_duplicates",
    "refuse_overlaps",
    "stored_bytes",
]

# Bytes inflated at a time: the most a limit can be overshot before it is noticed.
ENTRY_CHUNK = 64 * 1024
# The zip format's signatures and the fields read from a local header.
CENTRAL_SIGNATURE = b"PK\x01\x02"
_LOCAL_SIGNATURE = b"PK\x03\x04"
# signature, (version), flags, method, (time, date, CRC, sizes), name and extra lengths
_LOCAL_HEADER = struct.Struct("<4s2xHH16xHH")
_ENCRYPTED, _STRONG_ENCRYPTION, _UTF8_NAME = 0x1, 0x40, 0x800
_METHODS = {zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED}
_METHOD_NAMES = {
    1: "Shrink",
    6: "Implode",
    9: "Deflate64",
    12: "bzip2",
    14: "LZMA",
    93: "Zstandard",
    95: "XZ",
    98: "PPMd",
    99: "AES encryption",
}
#: An old binary .doc or .xls, and a password-protected .docx or .xlsx, are OLE compound files.
OLE_SIGNATURE = bytes.fromhex("d0cf11e0a1b11ae1")
#: What zipfile and zlib raise on a broken archive or stream.
ZIP_ERRORS = (
    zipfile.BadZipFile,
    zipfile.LargeZipFile,
    zlib.error,
    EOFError,
    OSError,
    ValueError,
    struct.error,
    NotImplementedError,
    RuntimeError,
)


def locate(
    infos: list[zipfile.ZipInfo], data: bytes
) -> list[tuple[zipfile.ZipInfo, tuple[int, int]]]:
    """Each entry with where its compressed bytes are in ``data``, once the directory
    has passed every check that needs no limit."""
    refuse_duplicates(infos)
    stored = [(info, stored_bytes(info, data)) for info in infos]
    refuse_overlaps(stored)
    return stored


def refuse_duplicates(infos: list[zipfile.ZipInfo]) -> None:
    # Part names are compared without regard to case (ECMA-376 Part 2, 9.1.1.1): two
    # entries that differ in case only are the same part twice, and which one a reader
    # takes differs from reader to reader.
    seen: set[str] = set()
    for info in infos:
        key = info.filename.casefold()
        if key in seen:
            raise PackageError(f"the zip archive has two entries named {info.filename!r}")
        seen.add(key)


def stored_bytes(info: zipfile.ZipInfo, data: bytes) -> tuple[int, int]:
    """Where the entry's compressed bytes are in ``data``, after refusing what vnreport
    does not read: encryption, methods other than stored and deflated, a local header
    that disagrees with the central directory, an entry cut short."""
    name = info.filename
    if info.flag_bits & (_ENCRYPTED | _STRONG_ENCRYPTION):
        raise PackageError(f"the part {name} is encrypted: vnreport cannot read it")
    if info.compress_type not in _METHODS:
        raise _method_error(name, info.compress_type)
    offset = info.header_offset
    if not 0 <= offset <= len(data) - _LOCAL_HEADER.size:
        raise PackageError(f"the zip archive is truncated: the part {name} is missing")
    signature, flags, method, name_length, extra_length = _LOCAL_HEADER.unpack_from(data, offset)
    if signature != _LOCAL_SIGNATURE:
        raise PackageError(f"the zip archive is corrupt: no local header for the part {name}")
    if flags & (_ENCRYPTED | _STRONG_ENCRYPTION):
        raise PackageError(f"the part {name} is encrypted: vnreport cannot read it")
    if method != info.compress_type:
        if method not in _METHODS:
            raise _method_error(name, method)
        raise PackageError(
            f"the zip archive is corrupt: the part {name} has two compression methods "
            f"({method} and {info.compress_type})"
        )
    start = offset + _LOCAL_HEADER.size
    local_name = data[start : start + name_length]
    try:
        same = local_name.decode("utf-8" if flags & _UTF8_NAME else "cp437") == info.orig_filename
    except UnicodeDecodeError:
        same = False
    if not same:
        raise PackageError(
            f"the zip archive is corrupt: the local header of the part {name} names "
            f"{local_name[:100]!r}"
        )
    start += name_length + extra_length
    end = start + info.compress_size
    if end > len(data):
        raise PackageError(f"the zip archive is truncated: the part {name} is cut short")
    return start, end


def refuse_overlaps(stored: list[tuple[zipfile.ZipInfo, tuple[int, int]]]) -> None:
    # Entries that share compressed bytes are how a small zip inflates many times over
    # (a "quoted overlap" bomb); no writer produces them.
    spans = sorted((info.header_offset, end, info.filename) for info, (_start, end) in stored)
    for (_, end, name), (start, _, other) in itertools.pairwise(spans):
        if start < end:
            raise PackageError(
                f"the zip archive is corrupt: the parts {name} and {other} share bytes"
            )


def _method_error(name: str, method: int) -> PackageError:
    label = _METHOD_NAMES.get(method, "unknown")
    return PackageError(
        f"the part {name} is compressed with method {method} ({label}); vnreport reads "
        "stored and deflated entries only: save the file again from the program that made it"
    )


def inflate(info: zipfile.ZipInfo, raw: memoryview) -> Iterator[bytes | memoryview]:
    """The entry's bytes, inflated ``ENTRY_CHUNK`` at a time: the caller measures each
    chunk before asking for the next, so a bomb is stopped at its limit. The caller checks
    the whole with :func:`check_inflated`."""
    name = info.filename
    if info.compress_type == zipfile.ZIP_STORED:
        yield raw
        return
    decompressor = zlib.decompressobj(-zlib.MAX_WBITS)
    position = 0
    pending: bytes | memoryview = b""
    while not decompressor.eof:
        if not pending:
            if position >= len(raw):
                break
            pending = raw[position : position + ENTRY_CHUNK]
            position += ENTRY_CHUNK
        try:
            chunk = decompressor.decompress(pending, ENTRY_CHUNK)
        except zlib.error as error:
            raise PackageError(
                f"the part {name} cannot be read: its deflate stream is corrupt ({error})"
            ) from None
        yield chunk
        pending = decompressor.unconsumed_tail
    if not decompressor.eof:
        raise PackageError(f"the part {name} cannot be read: its deflate stream is cut short")


def check_inflated(info: zipfile.ZipInfo, size: int, crc: int) -> None:
    """Refuse an entry whose inflated ``size`` or ``crc`` is not what the archive declares."""
    name = info.filename
    if size != info.file_size:
        raise PackageError(
            f"the zip archive is corrupt: the part {name} declares {info.file_size:,} bytes "
            f"and holds {size:,}"
        )
    if crc != info.CRC:
        raise PackageError(f"the zip archive is corrupt: the part {name} fails its CRC check")
