"""The PDFs of several documents, all or none: one LibreOffice run for a few, the pool
of :class:`~vnreport.render.pdfpool.PdfPool` for many.

One run is the fastest for a handful (LibreOffice starts once), and its ``timeout`` bounds
the whole run; from :data:`POOL_FROM` documents up, two LibreOffice processes side by side,
20 files a call, finish sooner, each call bounded on its own.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from vnreport.errors import ConversionError
from vnreport.render.pdf import convert_many
from vnreport.render.pdfpool import PdfPool

__all__ = ["POOL_FROM", "convert_all"]

#: From this many documents up, and with no ``timeout`` given, :func:`convert_all`
#: converts through a :class:`~vnreport.render.pdfpool.PdfPool` rather than one run.
POOL_FROM = 40


def convert_all(
    docx: Sequence[bytes], *, pdfa: bool, timeout: float | None, soffice: Path
) -> list[bytes]:
    """The PDFs of ``docx``, in order; a :class:`ConversionError` naming the first
    document that could not be converted, when one could not (then there are none).

    ``timeout`` bounds one run of LibreOffice for them all, and so asks for one run.
    """
    if timeout is not None or len(docx) < POOL_FROM:
        return convert_many(docx, pdfa=pdfa, timeout=timeout, soffice=soffice)
    with PdfPool(pdfa=pdfa, soffice=soffice) as pool:
        results = dict(pool.convert(enumerate(docx)))
    pdfs: list[bytes] = []
    for index in range(len(docx)):
        result = results[index]
        if isinstance(result, ConversionError):
            raise ConversionError(
                f"document {index + 1} of {len(docx)}: {result}; nothing was written"
            )
        pdfs.append(result)
    return pdfs
