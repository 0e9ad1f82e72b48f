"""How long ``vnreport.read_text`` takes on large texts: it should grow with the size.

A new user's 5 MB text once never finished: the importer read again, at every line, the
lines after it (a table's rows) or the paragraph joined so far. Two inputs of each size
are read: "random", lines of random Vietnamese words and nothing else (the new user's
trial: no document in it), and "report", a report's header and footer around a synthetic
body — paragraphs cut over several lines, labels, dash items, tab-set rows. Each is read
a few times; the median is printed with the time per MB, which stays about flat when the
importer is linear.

    python benchmarks/import_text.py                 # 0.1, 0.4 and 1.6 MB, 3 runs each
    python benchmarks/import_text.py --sizes 0.1 3.2 --runs 5

It asserts nothing: the tests check the limits (tests/test_import_text_input.py).
"""

from __future__ import annotations

import argparse
import itertools
import random
import statistics
import time
from pathlib import Path

from vnreport import read_text
from vnreport.limits import Limits

_SEED = Path(__file__).resolve().parent.parent / "tests" / "data" / "tuan-giao-2021-seed.txt"
_ISSUER = "ỦY BAN NHÂN DÂN\nHUYỆN TUẦN GIÁO\n"
_WORDS = (
    "kết quả thực hiện công tác dân vận chính quyền cải cách hành chính tiếp công dân "
    "giải quyết thủ tục xã huyện tỉnh năm tháng đồng chí cán bộ"
)


def body(size: int, rng: random.Random) -> str:
    """About ``size`` characters of a body's lines, of every shape the importer reads."""
    vocabulary = _WORDS.split()
    lines: list[str] = []
    total = 0
    while total < size:
        words = " ".join(rng.choice(vocabulary) for _ in range(rng.randint(3, 14)))
        shape = rng.random()
        if shape < 0.05:
            line = f"{rng.randint(1, 9)}. {words.capitalize()}"
        elif shape < 0.15:
            line = f"- {words};"
        elif shape < 0.2:
            line = f"{words}\t{rng.randint(1, 999)}\t{rng.randint(1, 999)}"
        elif shape < 0.6:
            line = words  # a paragraph cut: it runs on into the next line
        else:
            line = f"{words.capitalize()}."
        lines.append(line)
        total += len(line) + 1
    return "\n".join(lines) + "\n"


def random_text(size: int, seed: int = 13) -> str:
    """About ``size`` characters of lines of random words: no header, no punctuation."""
    rng = random.Random(seed)
    vocabulary = _WORDS.split()
    lines = []
    total = 0
    while total < size:
        line = " ".join(rng.choice(vocabulary) for _ in range(rng.randint(1, 14)))
        lines.append(line)
        total += len(line) + 1
    return "\n".join(lines)


def report(size: int, seed: int = 13) -> str:
    """A report whose body is about ``size`` characters."""
    text = _ISSUER + _SEED.read_text(encoding="utf-8")
    cut = text.index("II.")
    return text[:cut] + body(size, random.Random(seed)) + text[cut:]


_INPUTS = (("random", random_text), ("report", report))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", type=float, nargs="+", default=[0.1, 0.4, 1.6], help="MB")
    parser.add_argument("--runs", type=int, default=3)
    options = parser.parse_args()
    # A 1.6 MB body has about 40,000 lines: within the default 100,000 paragraphs; the
    # trusted limits leave room for larger sizes given on the command line.
    limits = Limits.trusted()
    print(f"{'input':>7} {'MB':>5} {'lines':>7} {'seconds':>8} {'s/MB':>6}  result")
    for (name, make), megabytes in itertools.product(_INPUTS, options.sizes):
        text = make(int(megabytes * 1_000_000))
        times = []
        for _ in range(options.runs):
            start = time.perf_counter()
            imported = read_text(text, limits=limits)
            times.append(time.perf_counter() - start)
        seconds = statistics.median(times)
        result = "document" if imported.document is not None else "no document"
        print(
            f"{name:>7} {megabytes:>5} {len(text.splitlines()):>7} {seconds:>8.2f} "
            f"{seconds / megabytes:>6.2f}  {result}, {len(imported.unrecognised)} unrecognised"
        )


if __name__ == "__main__":
    main()
