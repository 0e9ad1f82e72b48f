"""Milliseconds per HTML preview of the seed report: what a notebook pays per display.

The timed call is ``report._repr_html_()`` on the seed report (examples/tuan_giao_2021.py,
``build_report()``): the layout of the page and the HTML of its sheets, everything
Jupyter calls when a cell shows the report. The first call (which imports the pipeline
and builds the stylesheet) is reported on its own.

Run it from the project root::

    .venv/bin/python benchmarks/preview_html.py                   # 200 iterations
    .venv/bin/python benchmarks/preview_html.py --iterations 1000
    .venv/bin/python benchmarks/preview_html.py --json

A report, never a test: the figures fail nothing.
"""

from __future__ import annotations

import argparse
import gc
import importlib.util
import json
import platform
import statistics
import sys
import time
from pathlib import Path
from types import ModuleType

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "examples" / "tuan_giao_2021.py"
#: Issue #11: a preview of the seed report in under 20 ms.
TARGET_MS = 20.0


def _load_seed() -> ModuleType:
    spec = importlib.util.spec_from_file_location("tuan_giao_2021", SEED)
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--iterations", type=int, default=200)
    parser.add_argument("--json", action="store_true", help="print one JSON object")
    options = parser.parse_args(argv)
    report = _load_seed().build_report()

    started = time.perf_counter()
    html = report._repr_html_()
    first = (time.perf_counter() - started) * 1000
    times: list[float] = []
    for _ in range(options.iterations):
        gc.collect()
        started = time.perf_counter()
        report._repr_html_()
        times.append((time.perf_counter() - started) * 1000)
    figures = {
        "python": platform.python_version(),
        "machine": platform.machine(),
        "iterations": options.iterations,
        "html_characters": len(html),
        "first_ms": round(first, 2),
        "median_ms": round(statistics.median(times), 3),
        "mean_ms": round(statistics.fmean(times), 3),
        "slowest_ms": round(max(times), 3),
        "target_ms": TARGET_MS,
    }
    if options.json:
        print(json.dumps(figures))
        return 0
    print(f"HTML preview of the seed report ({len(html):,} characters of HTML)")
    print(f"  first display   {first:8.2f} ms  (imports the pipeline, builds the stylesheet)")
    print(f"  median          {figures['median_ms']:8.3f} ms  over {options.iterations} displays")
    print(f"  mean            {figures['mean_ms']:8.3f} ms")
    print(f"  slowest         {figures['slowest_ms']:8.3f} ms")
    verdict = "meets" if figures["median_ms"] < TARGET_MS else "misses"
    print(f"  target          {TARGET_MS:8.1f} ms  ({verdict} it)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
