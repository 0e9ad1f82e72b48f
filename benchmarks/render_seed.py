"""Milliseconds per render of the seed report: vnreport against plain docxtpl.

Both sides fill the same shipped template (templates/van-ban.docx, a docxtpl template)
with the same context and produce the bytes of a .docx:

- vnreport: ``report.render()``; the template is read, patched and compiled once and
  cached, so the first render (which does that work) is reported on its own;
- plain docxtpl, used the usual way: a new ``DocxTemplate(path)`` on every render, then
  ``render(context, autoescape=True)`` and ``save()`` to a BytesIO.

Run it from the project root (paths are resolved from this file, so any directory works)::

    .venv/bin/python benchmarks/render_seed.py                   # 50 iterations, a table
    .venv/bin/python benchmarks/render_seed.py --iterations 200  # more samples
    .venv/bin/python benchmarks/render_seed.py --json            # one JSON object, for CI

A report, never a test: the figures fail nothing. The exit status is 1 only when the two
documents differ in text, because then the comparison would not be apples to apples.
"""

from __future__ import annotations

import argparse
import gc
import importlib.util
import io
import json
import os
import platform
import statistics
import sys
import time
import tracemalloc
from collections.abc import Callable, Iterator
from datetime import date
from importlib.metadata import version
from pathlib import Path
from types import ModuleType
from typing import Any

import docx
from docx.table import Table
from docx.text.paragraph import Paragraph
from docxtpl import DocxTemplate  # type: ignore[import-untyped]

from vnreport.pipeline import lay_out
from vnreport.render.context import page_context
from vnreport.render.template import default_template, load_template

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "examples" / "tuan_giao_2021.py"
TARGET_RATIO = 0.5
_HEADERS_FOOTERS = (
    "header",
    "first_page_header",
    "even_page_header",
    "footer",
    "first_page_footer",
    "even_page_footer",
)


def load_seed() -> ModuleType:
    """The seed example, imported by path (examples/ is a folder, not a package)."""
    spec = importlib.util.spec_from_file_location("tuan_giao_2021", SEED)
    if spec is None or spec.loader is None:
        raise ImportError(f"cannot import {SEED}")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def milliseconds(function: Callable[[], object]) -> float:
    start = time.perf_counter()
    function()
    return (time.perf_counter() - start) * 1000


def peak_kib(function: Callable[[], object]) -> float:
    """The peak of memory allocated through Python while ``function`` runs, in KiB.

    tracemalloc sees Python's allocator only: the C-level memory of lxml (libxml2 trees)
    and zlib is not counted, on either side.
    """
    gc.collect()
    tracemalloc.start()
    try:
        function()
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    return peak / 1024


def document_text(data: bytes) -> list[str]:
    """Every paragraph of a .docx in document order, table cells and headers included.

    Each text is prefixed with where it is ("body", "table 1 r2c1", "header") so that a
    difference is easy to find.
    """
    document = docx.Document(io.BytesIO(data))
    texts = list(_texts(document.iter_inner_content(), "body"))
    for number, section in enumerate(document.sections, start=1):
        for kind in _HEADERS_FOOTERS:
            part = getattr(section, kind)
            if not part.is_linked_to_previous:  # otherwise reading it would add one
                texts.extend(_texts(part.iter_inner_content(), f"section {number} {kind}"))
    return texts


def _texts(content: Iterator[Paragraph | Table], where: str) -> Iterator[str]:
    tables = 0
    for item in content:
        if isinstance(item, Paragraph):
            yield f"{where}: {item.text}"
            continue
        tables += 1
        for row_number, row in enumerate(item.rows, start=1):
            # A cell spanning several grid columns is listed once per column; once is enough.
            cells = dict.fromkeys(row.cells)
            for column, cell in enumerate(cells, start=1):
                inner = f"{where} > table {tables} r{row_number}c{column}"
                yield from _texts(cell.iter_inner_content(), inner)


def first_difference(left: list[str], right: list[str]) -> str:
    for index, (one, other) in enumerate(zip(left, right, strict=False)):
        if one != other:
            return f"paragraph {index + 1}:\n  vnreport: {one!r}\n  docxtpl:  {other!r}"
    return f"vnreport has {len(left)} paragraphs, docxtpl {len(right)}"


def versions() -> dict[str, str]:
    return {
        "python": f"{platform.python_version()} ({platform.python_implementation()})",
        **{name: version(name) for name in ("docxtpl", "python-docx", "jinja2", "lxml")},
    }


def machine() -> dict[str, Any]:
    return {
        "machine": platform.machine(),
        "cpu_count": os.cpu_count(),
        "platform": platform.platform(terse=True),
    }


def summary(samples: list[float]) -> dict[str, float]:
    return {
        "median_ms": round(statistics.median(samples), 1),
        "mean_ms": round(statistics.fmean(samples), 1),
    }


def measure(iterations: int) -> dict[str, Any]:
    report = load_seed().build_report()
    template = default_template("van-ban")  # the file report.render() uses

    # vnreport's first render prepares the template (and imports the renderer); it must
    # come before anything else touches the template cache, or it would not be cold.
    vnreport_bytes = b""

    def render_vnreport() -> None:
        nonlocal vnreport_bytes
        vnreport_bytes = report.render()

    vnreport_first = milliseconds(render_vnreport)

    # docxtpl gets the very context vnreport builds, from the prepared template's geometry
    # (a cache hit now). It is built once, here, outside the timed loop: its cost is then
    # in vnreport's figure only, which favours docxtpl.
    prepared = load_template(template)
    if Path(prepared.source) != template.resolve():
        raise RuntimeError(f"vnreport prepared {prepared.source}, not {template}")
    context = page_context(lay_out(report), prepared.geometry)
    docxtpl_bytes = b""

    def render_docxtpl() -> None:
        nonlocal docxtpl_bytes
        document = DocxTemplate(str(template))
        document.render(context, autoescape=True)
        buffer = io.BytesIO()
        document.save(buffer)
        docxtpl_bytes = buffer.getvalue()

    def build_context() -> None:
        page_context(lay_out(report), prepared.geometry)

    docxtpl_first = milliseconds(render_docxtpl)  # its warm-up iteration

    vnreport_text = document_text(vnreport_bytes)
    docxtpl_text = document_text(docxtpl_bytes)
    same_text = vnreport_text == docxtpl_text

    # The two renderers run alternately, not in separate blocks: whatever changes during
    # the run (CPU frequency, other processes, the heap's state) then weighs on both alike,
    # and the order flips every iteration so neither always runs right after the other.
    # A collection before each call (not timed) starts both from a similar heap; the
    # collections a render triggers itself stay in its time, as they would in real use.
    samples: dict[str, list[float]] = {"vnreport": [], "docxtpl": [], "context": []}
    runners = {"vnreport": render_vnreport, "docxtpl": render_docxtpl, "context": build_context}
    for iteration in range(iterations):
        order = ["vnreport", "docxtpl"] if iteration % 2 == 0 else ["docxtpl", "vnreport"]
        for name in [*order, "context"]:
            gc.collect()
            samples[name].append(milliseconds(runners[name]))

    vnreport = {"first_render_ms": round(vnreport_first, 1), **summary(samples["vnreport"])}
    docxtpl = {"first_render_ms": round(docxtpl_first, 1), **summary(samples["docxtpl"])}
    vnreport["peak_kib"] = round(peak_kib(render_vnreport))
    docxtpl["peak_kib"] = round(peak_kib(render_docxtpl))
    ratio = statistics.median(samples["vnreport"]) / statistics.median(samples["docxtpl"])
    return {
        "benchmark": "render_seed",
        "date": date.today().isoformat(),
        "iterations": iterations,
        "versions": versions(),
        "machine": machine(),
        "template": _shown(template),
        "same_text": same_text,
        "paragraphs": len(vnreport_text),
        "paragraphs_in_tables": sum("> table" in text for text in vnreport_text),
        "difference": None if same_text else first_difference(vnreport_text, docxtpl_text),
        "vnreport": vnreport,
        "docxtpl": docxtpl,
        "context_build_ms": summary(samples["context"])["median_ms"],
        "ratio": round(ratio, 2),
        "ratio_of": "medians",
        "target_ratio": TARGET_RATIO,
        "meets_target": ratio <= TARGET_RATIO,
    }


def _shown(path: Path) -> str:
    try:
        return path.resolve().relative_to(ROOT).as_posix()
    except ValueError:
        return str(path)


def print_table(figures: dict[str, Any]) -> None:
    vn, dt = figures["vnreport"], figures["docxtpl"]
    iterations = figures["iterations"]
    print(
        f"Render of the seed report ({SEED.relative_to(ROOT).as_posix()}), "
        f"{iterations} iteration{'s' if iterations != 1 else ''}, {figures['date']}"
    )
    versions, host = figures["versions"], figures["machine"]
    print(
        f"Python {versions['python']}, docxtpl {versions['docxtpl']}, "
        f"python-docx {versions['python-docx']}, jinja2 {versions['jinja2']}, "
        f"lxml {versions['lxml']}"
    )
    print(f"machine {host['machine']}, {host['cpu_count']} CPUs ({host['platform']})")
    print(f"template {figures['template']} for both")
    print()
    if figures["same_text"]:
        print(
            f"same document text: yes ({figures['paragraphs']} paragraphs, "
            f"{figures['paragraphs_in_tables']} of them in table cells)"
        )
    else:
        print(f"same document text: NO, first difference at {figures['difference']}")
    print()
    print(f"{'':16}{'first render':>14}{'median':>10}{'mean':>10}{'peak memory':>14}")
    for label, row in (("vnreport", vn), ("plain docxtpl", dt)):
        print(
            f"{label:16}{row['first_render_ms']:>11.1f} ms{row['median_ms']:>7.1f} ms"
            f"{row['mean_ms']:>7.1f} ms{row['peak_kib']:>10} KiB"
        )
    print()
    verdict = "met" if figures["meets_target"] else "NOT met"
    print(
        f"ratio vnreport / plain docxtpl (medians): {figures['ratio']:.2f}"
        f" (target <= {figures['target_ratio']}: {verdict})"
    )
    print()
    print("notes:")
    print(
        "- per render, median and mean exclude the first render (a warm-up); vnreport's "
        "first render\n  also prepares the template, which later renders take from a cache"
    )
    print(
        f"- the context (page_context) is built once outside docxtpl's loop; its cost, "
        f"median {figures['context_build_ms']:.1f} ms,\n  is inside vnreport's figure only"
    )
    print(
        "- peak memory: one render each, measured with tracemalloc (Python allocations "
        "only;\n  lxml's and zlib's C memory is not seen); vnreport's cached template "
        "is not counted"
    )


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(
        description="Milliseconds per render of the seed report: vnreport against plain docxtpl."
    )
    parser.add_argument(
        "--iterations",
        type=_positive,
        default=50,
        help="timed renders of each (default 50), after one warm-up each",
    )
    parser.add_argument("--json", action="store_true", help="print the figures as one JSON object")
    options = parser.parse_args(argv)
    figures = measure(options.iterations)
    if options.json:
        print(json.dumps(figures, ensure_ascii=False))
    else:
        print_table(figures)
    return 0 if figures["same_text"] else 1


def _positive(text: str) -> int:
    value = int(text)
    if value < 1:
        raise argparse.ArgumentTypeError("must be at least 1")
    return value


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
