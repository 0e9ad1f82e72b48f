"""How long ``import vnreport`` takes, side by side with ``import docxtpl``.

Most programs that import vnreport only build a model or format a date; the renderer
(docxtpl, Jinja, lxml) and the checker load when first used. Each import is timed in a
fresh interpreter with ``-X importtime`` (the module's own cumulative time, without the
interpreter's start-up), several times, and the median is kept; the ratio against
docxtpl is what issue #8 targets (at most 0.7).

    python benchmarks/import_time.py            # 15 runs of each
    python benchmarks/import_time.py --runs 40

Run it by hand or in CI as a report; it asserts nothing.
"""

from __future__ import annotations

import argparse
import re
import statistics
import subprocess
import sys

#: What is timed: a label, the statement, and the module whose cumulative time counts.
STATEMENTS = (
    ("import docxtpl", "import docxtpl", "docxtpl"),
    ("import vnreport", "import vnreport", "vnreport"),
    ("vnreport: a model", "from vnreport import Report, Section, Signature", "vnreport"),
    ("vnreport.formatting", "import vnreport.formatting", "vnreport"),
)
_LINE = re.compile(r"^import time:\s+(\d+)\s+\|\s+(\d+)\s+\|(\s*)(\S+)\s*$")


def cumulative_ms(statement: str, module: str) -> float:
    """The milliseconds ``statement`` spends importing, read from ``-X importtime``.

    The cumulative times of the top-level imports the statement triggers are added up (a
    ``from vnreport import Report`` imports the package, then the model on first use).
    """
    done = subprocess.run(
        [sys.executable, "-X", "importtime", "-c", statement],
        capture_output=True,
        text=True,
        check=True,
    )
    total = 0
    for line in done.stderr.splitlines():
        match = _LINE.match(line)
        if match is None:
            continue
        indent = len(match.group(3))
        # Top level: one space after the bar. Nested imports are indented further.
        if indent == 1 and not _is_startup(match.group(4)):
            total += int(match.group(2))
    if total == 0:
        raise RuntimeError(f"no import time read for {statement!r} ({module})")
    return total / 1000


def _is_startup(module: str) -> bool:
    # Modules the interpreter imports before running -c (site, encodings …) are not the
    # statement's: they are the same for every statement.
    return module in {"site", "encodings", "_io", "marshal", "posix", "zipimport", "time"}


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=15)
    options = parser.parse_args(argv)
    medians: dict[str, float] = {}
    for label, statement, module in STATEMENTS:
        times = [cumulative_ms(statement, module) for _ in range(options.runs)]
        medians[label] = statistics.median(times)
    baseline = medians["import docxtpl"]
    print(f"import time, median of {options.runs} fresh interpreters (-X importtime):")
    for label, value in medians.items():
        print(f"  {label:<22} {value:7.1f} ms   {value / baseline:5.2f} × import docxtpl")
    ratio = medians["import vnreport"] / baseline
    verdict = "meets" if ratio <= 0.7 else "misses"
    print(f"import vnreport / import docxtpl = {ratio:.2f} ({verdict} the 0.7 target)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
