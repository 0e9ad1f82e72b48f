"""Writing an OPC package (.docx) byte for byte the same every time.

A zip archive records each entry's time and the host system; both are fixed here, the
entries keep the template's order, and every entry is deflated at one level, so the same
document gives the same bytes (tests and archives can compare files by hash).
"""

from __future__ import annotations

import io
import zipfile
from collections.abc import Iterable

from vnreport.limits import PackageLimits
from vnreport.ooxml.package import DEFAULT_LIMITS, read_entries

__all__ = ["ZIP_DATE", "read_package", "write_package"]

#: The timestamp of every entry: the zip format's own epoch, 1980-01-01 00:00.
ZIP_DATE = (1980, 1, 1, 0, 0, 0)
_COMPRESS_LEVEL = 6
_UNIX = 3


def write_package(parts: Iterable[tuple[str, bytes]]) -> bytes:
    """Zip ``(name, data)`` pairs, in the order given, with fixed metadata."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for name, data in parts:
            info = zipfile.ZipInfo(name, date_time=ZIP_DATE)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.create_system = _UNIX
            info.external_attr = 0o644 << 16
            archive.writestr(info, data, compresslevel=_COMPRESS_LEVEL)
    return buffer.getvalue()


def read_package(
    data: bytes, limits: PackageLimits = DEFAULT_LIMITS
) -> tuple[tuple[str, bytes], ...]:
    """The ``(name, data)`` pairs of a zip archive, in archive order, read under
    ``limits`` as every package from outside is
    (:func:`vnreport.ooxml.package.read_entries`); :class:`~vnreport.errors.PackageError`
    when the archive is broken or beyond a limit."""
    return tuple(read_entries(data, limits).items())
