"""PDFs per second: the LibreOffice pool against one LibreOffice start per file.

Renders N giấy mời (examples/giay-moi-tuan-giao.yaml, each with another signer;
``--documents``, default 100) to .docx once, untimed, then converts them to PDF

- **pool**: through :class:`vnreport.render.pdfpool.PdfPool` (``--size`` workers,
  default 2, ``--batch`` files a call, default 20; what a batch of ``vnreport merge``
  uses);
- **per file**: one :func:`vnreport.render.pdf.convert` each, so one ``soffice`` start
  with a fresh profile per file (what one ``save_pdf`` a document does), over the first
  ``--per-file`` documents (default: all of them);

and prints the PDFs per second of each and the ratio (issue #12's target: the pool at
least 3× faster per file). Every PDF is checked to be a PDF naming its own signer and no
other (pdftotext), so that a fast run that converts nothing fails: the script then exits
1. :func:`measure` is what benchmarks/batch.py calls.

    .venv/bin/python benchmarks/pdf_pool.py
    .venv/bin/python benchmarks/pdf_pool.py --documents 40 --per-file 10 --json
"""

from __future__ import annotations

import argparse
import json
import platform
import shutil
import subprocess
import sys
import tempfile
import time
import warnings
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import attrs

from vnreport import ConversionWarning, exchange
from vnreport.model.document import Document
from vnreport.render.pdf import convert, find_soffice
from vnreport.render.pdfpool import PdfPool

ROOT = Path(__file__).resolve().parent.parent
INVITATION = ROOT / "examples" / "giay-moi-tuan-giao.yaml"


class NotConvertedError(Exception):
    """A PDF that is not the PDF of its document: the figures would mean nothing."""


def signers(count: int) -> list[str]:
    # Zero-padded: no name is part of another ("Số 1" is part of "Số 10").
    return [f"Người Ký Số {index:04d}" for index in range(1, count + 1)]


def documents(names: Sequence[str]) -> list[bytes]:
    """The .docx of the example giấy mời signed by each of ``names``."""
    invitation = exchange.load(INVITATION)
    assert isinstance(invitation, Document)
    return [
        attrs.evolve(invitation, signature=attrs.evolve(invitation.signature, name=name)).render()
        for name in names
    ]


def verify(pdfs: Sequence[bytes], names: Sequence[str]) -> None:
    """Raise :class:`NotConvertedError` unless ``pdfs[i]`` is a PDF naming ``names[i]`` alone."""
    if len(pdfs) != len(names):
        raise NotConvertedError(f"{len(pdfs)} PDFs for {len(names)} documents")
    if shutil.which("pdftotext") is None:
        raise NotConvertedError("pdftotext is missing (poppler-utils): the PDFs cannot be checked")
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "read.pdf"
        for index, (pdf, name) in enumerate(zip(pdfs, names, strict=True)):
            if not pdf.startswith(b"%PDF-"):
                raise NotConvertedError(f"document {index + 1} is not a PDF")
            path.write_bytes(pdf)
            done = subprocess.run(
                ["pdftotext", "-enc", "UTF-8", str(path), "-"],
                capture_output=True,
                check=True,
                timeout=60,
            )
            text = " ".join(done.stdout.decode("utf-8").split())
            if name not in text:
                raise NotConvertedError(f"document {index + 1} does not name {name}")
            others = [other for other in names if other != name and other in text]
            if others:
                raise NotConvertedError(f"document {index + 1} names {others[0]} too")


def _figures(count: int, seconds: float) -> dict[str, float]:
    return {
        "documents": count,
        "seconds": round(seconds, 2),
        "pdfs_per_second": round(count / seconds, 2),
        "seconds_per_pdf": round(seconds / count, 3),
    }


def measure(
    documents: Sequence[bytes],
    names: Sequence[str],
    *,
    size: int = 2,
    batch: int = 20,
    per_file: int | None = None,
) -> dict[str, Any]:
    """Time ``documents`` (.docx bytes, each signed by the matching one of ``names``)
    through a :class:`PdfPool` of ``size`` workers and ``batch`` files a call, then the
    first ``per_file`` of them (all by default) with one LibreOffice start each.

    Returns the figures of both ways (documents, seconds, PDFs per second, seconds per
    PDF), the pool's :class:`~vnreport.render.pdfpool.PoolStats` and ``speed-up`` (seconds
    per PDF one start each, over the pool's). Raises :class:`NotConvertedError` when a PDF is
    missing, is not a PDF, or does not name its own signer alone.
    """
    if len(documents) != len(names):
        raise ValueError(f"{len(documents)} documents for {len(names)} names")
    if not documents:
        raise ValueError("measure needs at least one document")
    sample = len(documents) if per_file is None else max(1, min(per_file, len(documents)))
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", ConversionWarning)
        started = time.perf_counter()
        with PdfPool(size=size, batch=batch) as pool:
            results = dict(pool.convert(enumerate(documents)))
            stats = pool.stats()
        pooled = time.perf_counter() - started
        failed = {key: result for key, result in results.items() if not isinstance(result, bytes)}
        if failed:
            key, error = next(iter(failed.items()))
            raise NotConvertedError(
                f"the pool did not convert {len(failed)}, first document {key + 1}: {error}"
            )
        pdfs = [results[index] for index in range(len(documents))]
        verify([pdf for pdf in pdfs if isinstance(pdf, bytes)], names)
        started = time.perf_counter()
        each = [convert(data) for data in documents[:sample]]
        alone = time.perf_counter() - started
        verify(each, names[:sample])
    pool_figures = _figures(len(documents), pooled)
    each_figures = _figures(sample, alone)
    return {
        "pool": {"size": size, "batch": batch, **pool_figures},
        "per_file": each_figures,
        "pool_stats": attrs.asdict(stats),
        "speed-up": round(each_figures["seconds_per_pdf"] / pool_figures["seconds_per_pdf"], 2),
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--documents", type=int, default=100, help="giấy mời to convert")
    parser.add_argument("--size", type=int, default=2, help="LibreOffice workers of the pool")
    parser.add_argument("--batch", type=int, default=20, help="files per LibreOffice call")
    parser.add_argument(
        "--per-file", type=int, default=None, help="documents converted one start each (all)"
    )
    parser.add_argument("--json", action="store_true", help="print one JSON object")
    options = parser.parse_args()
    if options.documents < 1:
        parser.error("--documents must be at least 1")
    soffice = find_soffice()
    version = subprocess.run(
        [str(soffice), "--version"], capture_output=True, text=True, timeout=60, check=False
    ).stdout.strip()
    names = signers(options.documents)
    docx = documents(names)
    try:
        result = measure(
            docx, names, size=options.size, batch=options.batch, per_file=options.per_file
        )
    except NotConvertedError as problem:
        print(f"pdf_pool: {problem}", file=sys.stderr)
        return 1
    result = {"libreoffice": version, "python": platform.python_version(), **result}
    if options.json:
        print(json.dumps(result, ensure_ascii=False))
        return 0
    pool, each = result["pool"], result["per_file"]
    print(f"{options.documents} giấy mời, {version}")
    print(
        f"  pool ({pool['size']} workers, {pool['batch']} a call): {pool['pdfs_per_second']:.2f}"
        f" PDFs/s ({pool['seconds_per_pdf']:.3f} s per PDF, {pool['seconds']:.1f} s in all)"
    )
    print(
        f"  one LibreOffice start per file ({each['documents']}): {each['pdfs_per_second']:.2f}"
        f" PDFs/s ({each['seconds_per_pdf']:.3f} s per PDF)"
    )
    print(f"  the pool is {result['speed-up']:.1f}x faster per file (target: at least 3x)")
    print(f"  pool: {result['pool_stats']}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
