"""Documents per second of a merge, with 1 and 2 processes; PDFs per second of a batch.

**Documents.** Writes a CSV of ``--documents`` participants (default 1,000) and merges
``examples/giay-moi-dai-bieu.yaml`` with it into a fresh folder, once with one process
(everything in the calling process) and once with two worker processes, alternating which
goes first over ``--rounds`` rounds (default 1). Each run does the whole batch: every row
checked, rendered, checked against Nghị định 30/2020, written atomically and recorded in
the manifest. It prints the documents per second of each and their ratio (target: at
least 1.8× from 1 to 2 processes on a 2-core machine). Both runs must make every
document, with identical bytes, or the script exits 1.

**PDFs.** Unless ``--no-pdf``, ``benchmarks/pdf_pool.py`` measures ``--pdf-documents``
(default 100) conversions through the LibreOffice pool against one LibreOffice start per
file for the first ``--per-file`` of them (default 20: each takes about 1.5 s), and
prints the PDFs per second of each (target: the pool at least 3× faster per file).

    .venv/bin/python benchmarks/batch.py
    .venv/bin/python benchmarks/batch.py --documents 200 --no-pdf --json
"""

from __future__ import annotations

import argparse
import csv
import hashlib
import importlib.util
import json
import os
import platform
import statistics
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

import vnreport

ROOT = Path(__file__).resolve().parent.parent
DESCRIPTION = ROOT / "examples" / "giay-moi-dai-bieu.yaml"
COLUMNS = ["danh_xung", "ho_ten", "chuc_vu", "don_vi", "thoi_gian"]


def write_data(path: Path, count: int) -> None:
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(COLUMNS)
        for index in range(1, count + 1):
            writer.writerow(
                [
                    "Ông" if index % 2 else "Bà",
                    f"Người Dự Số {index}",
                    "Chủ tịch Ủy ban nhân dân",
                    f"xã số {index}",
                    "2021-06-29 07:30",
                ]
            )


def one_batch(data: Path, folder: Path, workers: int) -> tuple[float, dict[str, str]]:
    started = time.perf_counter()
    result = vnreport.render_many(
        DESCRIPTION,
        data,
        folder,
        names="{row:04}.docx",
        number_from=1,
        workers=workers,
        progress=False,
    )
    seconds = time.perf_counter() - started
    if not result.ok or len(result.made) != len(result.records):
        raise SystemExit(f"the batch with {workers} process(es) did not make every document")
    digests = {r.path or "": r.sha256 or "" for r in result.records}
    return len(result.records) / seconds, digests


def documents(count: int, rounds: int) -> dict[str, Any]:
    rates: dict[int, list[float]] = {1: [], 2: []}
    with tempfile.TemporaryDirectory() as scratch:
        data = Path(scratch) / "dai-bieu.csv"
        write_data(data, count)
        reference: dict[str, str] | None = None
        for round_number in range(rounds):
            order = (1, 2) if round_number % 2 == 0 else (2, 1)
            for workers in order:
                folder = Path(scratch) / f"out-{round_number}-{workers}"
                rate, digests = one_batch(data, folder, workers)
                reference = reference or digests
                if digests != reference:
                    raise SystemExit("the two runs made different files")
                on_disk = hashlib.sha256((folder / "0001.docx").read_bytes()).hexdigest()
                if on_disk != digests["0001.docx"]:
                    raise SystemExit("the manifest's hash is not the file's")
                rates[workers].append(rate)
    one, two = statistics.median(rates[1]), statistics.median(rates[2])
    return {
        "documents": count,
        "rounds": rounds,
        "documents_per_second_1_process": round(one, 1),
        "documents_per_second_2_processes": round(two, 1),
        "speed_up": round(two / one, 2),
        "target_speed_up": 1.8,
    }


def pdfs(count: int, per_file: int) -> dict[str, Any]:
    path = Path(__file__).resolve().parent / "pdf_pool.py"
    spec = importlib.util.spec_from_file_location("pdf_pool", path)
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    names = module.signers(count)
    measured: dict[str, Any] = module.measure(
        module.documents(names), names, per_file=min(per_file, count)
    )
    return measured


def main() -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--documents", type=int, default=1000, help="giấy mời to merge")
    parser.add_argument("--rounds", type=int, default=1, help="rounds of both runs")
    parser.add_argument("--pdf-documents", type=int, default=100, help="PDFs to convert")
    parser.add_argument(
        "--per-file",
        type=int,
        default=20,
        help="of the PDFs, those also converted one LibreOffice start each (1.5 s a file)",
    )
    parser.add_argument("--no-pdf", action="store_true", help="measure documents only")
    parser.add_argument("--json", action="store_true", help="print one JSON object")
    options = parser.parse_args()
    report: dict[str, Any] = {
        "machine": (
            f"{platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}"
        ),
        "merge": documents(options.documents, options.rounds),
    }
    if not options.no_pdf:
        report["pdf"] = pdfs(options.pdf_documents, options.per_file)
    if options.json:
        print(json.dumps(report, ensure_ascii=False, indent=2))
        return 0
    merge = report["merge"]
    print(f"machine: {report['machine']}")
    print(
        f"merge of {merge['documents']} giấy mời: "
        f"{merge['documents_per_second_1_process']} documents/s with 1 process, "
        f"{merge['documents_per_second_2_processes']} with 2: "
        f"{merge['speed_up']}× (target ≥ {merge['target_speed_up']}×)"
    )
    if "pdf" in report:
        pool, each = report["pdf"]["pool"], report["pdf"]["per_file"]
        print(
            f"PDF of {pool['documents']} giấy mời through the pool ({pool['size']} LibreOffice "
            f"processes, {pool['batch']} files a call): {pool['pdfs_per_second']} PDFs/s "
            f"({pool['seconds_per_pdf']} s each); one LibreOffice start per file "
            f"({each['documents']} files): {each['pdfs_per_second']} PDFs/s "
            f"({each['seconds_per_pdf']} s each): {report['pdf']['speed-up']}× faster per "
            "file (target ≥ 3×)"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
