"""Seconds per document for PDF conversion: one LibreOffice run for many against one each.

Renders N reports (the seed report with N different signers; ``--documents``, default
20) to .docx once, untimed, then converts them with :func:`vnreport.render.pdf.convert_many`

- **one run**: all N in one call, one ``soffice`` process (what ``vnreport.save_pdfs`` and
  ``vnreport render *.yaml --pdf`` do);
- **one run each**: N calls of one document, N ``soffice`` processes (what N
  ``save_pdf`` calls do),

alternating which goes first over ``--rounds`` rounds (default 1), and prints the median
seconds per document of each and their ratio (target: one run at least 3× faster per
document). Every conversion starts a fresh private profile, as every conversion of
vnreport's does. Each PDF is checked to be a PDF and to name its own signer (pdftotext),
so that a fast run that converts nothing cannot pass. Exits 1 when a check fails.

    .venv/bin/python benchmarks/pdf_batch.py
    .venv/bin/python benchmarks/pdf_batch.py --documents 40 --rounds 3 --json
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
import warnings
from pathlib import Path

import attrs

from vnreport import ConversionWarning, Report
from vnreport.render.pdf import convert_many, find_soffice

ROOT = Path(__file__).resolve().parent.parent


def seed_report() -> Report:
    path = ROOT / "examples" / "tuan_giao_2021.py"
    spec = importlib.util.spec_from_file_location("tuan_giao_2021", path)
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    report = module.build_report()
    assert isinstance(report, Report)
    return report


def signers(count: int) -> list[str]:
    return [f"Người Ký Số {index}" for index in range(1, count + 1)]


def documents(count: int) -> list[bytes]:
    seed = seed_report()
    return [
        attrs.evolve(seed, signature=attrs.evolve(seed.signature, name=name)).render()
        for name in signers(count)
    ]


def verify(pdfs: list[bytes], names: list[str]) -> str | None:
    """Why ``pdfs`` are not the PDFs of ``names``, in order; ``None`` when they are."""
    if len(pdfs) != len(names):
        return f"{len(pdfs)} PDFs for {len(names)} documents"
    if shutil.which("pdftotext") is None:
        return "pdftotext is missing (poppler-utils)"
    with tempfile.TemporaryDirectory() as folder:
        for index, (pdf, name) in enumerate(zip(pdfs, names, strict=True)):
            if not pdf.startswith(b"%PDF-"):
                return f"document {index + 1} is not a PDF"
            path = Path(folder) / f"{index}.pdf"
            path.write_bytes(pdf)
            text = subprocess.run(
                ["pdftotext", str(path), "-"], capture_output=True, check=True, timeout=60
            ).stdout.decode("utf-8")
            if name not in text:
                return f"document {index + 1} does not name {name}"
    return None


def one_run(docx: list[bytes]) -> tuple[float, list[bytes]]:
    started = time.perf_counter()
    pdfs = convert_many(docx)
    return (time.perf_counter() - started) / len(docx), pdfs


def one_run_each(docx: list[bytes]) -> tuple[float, list[bytes]]:
    started = time.perf_counter()
    pdfs = [convert_many([data])[0] for data in docx]
    return (time.perf_counter() - started) / len(docx), pdfs


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--documents", type=int, default=20, help="reports to convert")
    parser.add_argument("--rounds", type=int, default=1, help="rounds of both ways")
    parser.add_argument("--json", action="store_true", help="print one JSON object")
    options = parser.parse_args()
    warnings.simplefilter("ignore", ConversionWarning)  # the font is reported once, below
    soffice = find_soffice()
    version = subprocess.run(
        [str(soffice), "--version"], capture_output=True, text=True, timeout=60, check=False
    ).stdout.strip()
    names = signers(options.documents)
    docx = documents(options.documents)
    times: dict[str, list[float]] = {"one run": [], "one run each": []}
    ways = {"one run": one_run, "one run each": one_run_each}
    for round_ in range(options.rounds):
        order = list(ways) if round_ % 2 == 0 else list(reversed(ways))
        for way in order:
            seconds, pdfs = ways[way](docx)
            problem = verify(pdfs, names)
            if problem is not None:
                print(f"{way}: {problem}", file=sys.stderr)
                return 1
            times[way].append(seconds)
    batch = statistics.median(times["one run"])
    each = statistics.median(times["one run each"])
    result = {
        "documents": options.documents,
        "rounds": options.rounds,
        "libreoffice": version,
        "python": platform.python_version(),
        "seconds_per_document": {"one run": round(batch, 3), "one run each": round(each, 3)},
        "speed-up": round(each / batch, 2),
    }
    if options.json:
        print(json.dumps(result, ensure_ascii=False))
        return 0
    print(f"{options.documents} reports, {options.rounds} round(s), {version}")
    print(f"  one LibreOffice run for all : {batch:.3f} s per document")
    print(f"  one LibreOffice run each    : {each:.3f} s per document")
    print(f"  one run is {each / batch:.1f}x faster per document (target: at least 3x)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
