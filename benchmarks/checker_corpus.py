"""How right ``vnreport check`` is on a folder of .docx files judged by hand.

Given a folder of .docx files and a judgments file (tab-separated: ``file``, ``rule``,
``severity``, ``paragraph``, ``found``, ``excerpt``, ``verdict``, ``reason``; a verdict is
TP, FP, UNCLEAR or NA — a finding on a sample's placeholder text), it checks every file
and prints, per file and in total, the findings and how they were judged, then

- *precision*: the share of findings judged true deviations (TP). Findings nobody judged
  count as false until someone shows otherwise; so do UNCLEAR ones; NA ones are left out;
- *recall*: the share of the judged true deviations still reported;
- with ``--missed`` (``file``, ``rule``, ``description``): whether each deviation the
  checker was known to miss is now reported (a finding of that rule in that file that is
  not a judged false one);
- how long one file takes to check (median and slowest).

A finding matches a judgment by file, rule, paragraph and what was found; failing that, by
file, rule and paragraph (the wording of ``found`` may have changed), each judgment used
once. It asserts nothing: it is a report, run by hand or in CI::

    python benchmarks/checker_corpus.py ../shared/corpus/real-docx
    python benchmarks/checker_corpus.py ../shared/corpus/nd30-samples --list unjudged
    python benchmarks/checker_corpus.py FOLDER --judgments j.tsv --missed m.tsv --json
"""

from __future__ import annotations

import argparse
import csv
import json
import statistics
import sys
import time
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

import vnreport
from vnreport.conformance import Finding

TRUE, FALSE, UNCLEAR, PLACEHOLDER, UNJUDGED = "TP", "FP", "UNCLEAR", "NA", "unjudged"


@dataclass(frozen=True)
class Judgment:
    file: str
    rule: str
    paragraph: str
    found: str
    verdict: str
    reason: str


@dataclass
class Judgments:
    """The hand verdicts of one folder, looked up as findings come."""

    rows: list[Judgment]
    used: set[int] = field(default_factory=set)

    @classmethod
    def read(cls, path: Path) -> Judgments:
        with path.open(encoding="utf-8", newline="") as stream:
            reader = csv.DictReader(stream, delimiter="\t")
            rows = [
                Judgment(
                    # A judgments file may name files by a path ("phuluc3/mau-1.1.docx").
                    Path(row["file"]).name,
                    row["rule"],
                    "" if row["paragraph"] in ("", "None") else row["paragraph"],
                    row["found"],
                    row["verdict"].strip().upper(),
                    row.get("reason", ""),
                )
                for row in reader
            ]
        return cls(rows)

    def verdict(self, file: str, finding: Finding) -> str:
        paragraph = "" if finding.paragraph is None else str(finding.paragraph)
        exact = (file, finding.rule, paragraph, finding.found)
        for match in (
            lambda row: (row.file, row.rule, row.paragraph, row.found) == exact,
            lambda row: (row.file, row.rule, row.paragraph) == exact[:3],
        ):
            for index, row in enumerate(self.rows):
                if index not in self.used and match(row):
                    self.used.add(index)
                    return row.verdict
        return UNJUDGED

    def of_file(self, file: str) -> list[Judgment]:
        return [row for row in self.rows if row.file == file]


@dataclass(frozen=True)
class Checked:
    file: str
    seconds: float
    verdicts: tuple[tuple[Finding, str], ...]
    error: str | None = None


def check_folder(folder: Path, judgments: Judgments) -> list[Checked]:
    results = []
    for path in sorted(folder.glob("*.docx")):
        data = path.read_bytes()
        start = time.perf_counter()
        try:
            findings = vnreport.check(data)
        except Exception as error:  # a crash is a result to report, not to stop on
            results.append(Checked(path.name, time.perf_counter() - start, (), repr(error)))
            continue
        seconds = time.perf_counter() - start
        verdicts = tuple((item, judgments.verdict(path.name, item)) for item in findings)
        results.append(Checked(path.name, seconds, verdicts))
    return results


def lost(judgments: Judgments, results: Sequence[Checked]) -> list[Judgment]:
    """The judged true deviations no finding reports any more (file, rule, paragraph)."""
    reported = _reported(results)
    files = {result.file for result in results}
    return [
        row
        for row in judgments.rows
        if row.verdict == TRUE
        and row.file in files
        and (row.file, row.rule, row.paragraph) not in reported
    ]


def _reported(results: Sequence[Checked]) -> set[tuple[str, str, str]]:
    return {
        (result.file, finding.rule, "" if finding.paragraph is None else str(finding.paragraph))
        for result in results
        for finding, _ in result.verdicts
    }


def still_reported(judgments: Judgments, results: Sequence[Checked]) -> tuple[int, int]:
    """How many judged true deviations a finding still reports (file, rule, paragraph)."""
    files = {result.file for result in results}
    true = [row for row in judgments.rows if row.verdict == TRUE and row.file in files]
    return len(true) - len(lost(judgments, results)), len(true)


def read_missed(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as stream:
        return list(csv.DictReader(stream, delimiter="\t"))


def missed_status(
    missed: Iterable[dict[str, str]], results: Sequence[Checked]
) -> list[dict[str, object]]:
    by_file = {result.file: result for result in results}
    rows: list[dict[str, object]] = []
    for item in missed:
        result = by_file.get(item["file"])
        hits = [
            str(finding)
            for finding, verdict in (result.verdicts if result else ())
            if finding.rule == item["rule"] and verdict not in (FALSE, UNCLEAR, PLACEHOLDER)
        ]
        rows.append({**item, "reported": bool(hits), "findings": hits})
    return rows


def summary(results: Sequence[Checked], judgments: Judgments) -> dict[str, object]:
    counts = Counter(verdict for result in results for _, verdict in result.verdicts)
    judged_total = sum(count for verdict, count in counts.items() if verdict != PLACEHOLDER)
    kept, true_total = still_reported(judgments, results)
    seconds = [result.seconds for result in results]
    return {
        "files": len(results),
        "crashes": [result.file for result in results if result.error],
        "findings": judged_total,
        "verdicts": dict(counts),
        "precision": counts[TRUE] / judged_total if judged_total else 1.0,
        "recall": kept / true_total if true_total else 1.0,
        "true_still_reported": [kept, true_total],
        "median_seconds": statistics.median(seconds) if seconds else 0.0,
        "slowest_seconds": max(seconds, default=0.0),
    }


def print_report(
    results: Sequence[Checked],
    totals: dict[str, object],
    missed: list[dict[str, object]] | None,
    listing: str | None,
    lost_rows: Sequence[Judgment] = (),
) -> None:
    width = max((len(result.file) for result in results), default=4)
    print(f"{'file':<{width}}  findings    TP    FP  UNCL    NA  new   ms")
    for result in results:
        tally = Counter(verdict for _, verdict in result.verdicts)
        if result.error:
            print(f"{result.file:<{width}}  CRASH {result.error}")
            continue
        print(
            f"{result.file:<{width}}  {len(result.verdicts):8} {tally[TRUE]:5} {tally[FALSE]:5}"
            f" {tally[UNCLEAR]:5} {tally[PLACEHOLDER]:5} {tally[UNJUDGED]:4}"
            f" {result.seconds * 1000:4.0f}"
        )
    kept, true_total = totals["true_still_reported"]  # type: ignore[misc]
    print()
    print(f"findings (NA left out): {totals['findings']}  verdicts: {totals['verdicts']}")
    print(f"precision: {totals['precision']:.1%}  (TP / findings; unjudged, UNCLEAR count false)")
    print(f"recall:    {totals['recall']:.1%}  ({kept} of {true_total} judged true ones reported)")
    print(
        f"time per file: median {totals['median_seconds'] * 1000:.0f} ms,"
        f" slowest {totals['slowest_seconds'] * 1000:.0f} ms"
    )
    if totals["crashes"]:
        print(f"crashes: {totals['crashes']}")
    if missed is not None:
        reported = sum(bool(row["reported"]) for row in missed)
        print(f"known misses now reported: {reported} of {len(missed)}")
        for row in missed:
            mark = "yes" if row["reported"] else "NO "
            print(f"  {mark} {row['file']} {row['rule']}: {row['description']}")
            for hit in row["findings"]:  # type: ignore[attr-defined]
                print(f"        {hit}")
    if listing == "lost":
        print("\njudged true deviations no longer reported:")
        for judged in lost_rows:
            print(
                f"  {judged.file} {judged.rule} ¶{judged.paragraph}: {judged.found}"
                f" — {judged.reason}"
            )
    elif listing:
        print(f"\nfindings judged {listing}:")
        for result in results:
            for finding, verdict in result.verdicts:
                if verdict == listing:
                    print(f"  {result.file}: {finding}")


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("folder", type=Path, help="a folder of .docx files")
    parser.add_argument("--judgments", type=Path, help="default: FOLDER/judgments.tsv")
    parser.add_argument(
        "--extra",
        type=Path,
        action="append",
        default=[],
        help="more verdicts (same columns), e.g. on findings nobody had judged; repeatable",
    )
    parser.add_argument("--missed", type=Path, help="default: FOLDER/missed.tsv if it exists")
    parser.add_argument("--json", action="store_true", help="one JSON object instead of tables")
    parser.add_argument(
        "--list",
        choices=[TRUE, FALSE, UNCLEAR, PLACEHOLDER, UNJUDGED, "lost"],
        help="also print every finding with this verdict (lost: the true ones not reported)",
    )
    options = parser.parse_args(argv)
    judgments = Judgments.read(options.judgments or options.folder / "judgments.tsv")
    for extra in options.extra:
        judgments.rows.extend(Judgments.read(extra).rows)
    missed_path = options.missed or options.folder / "missed.tsv"
    results = check_folder(options.folder, judgments)
    totals = summary(results, judgments)
    missed = missed_status(read_missed(missed_path), results) if missed_path.is_file() else None
    if options.json:
        print(json.dumps({**totals, "missed": missed}, ensure_ascii=False, indent=1))
    else:
        print_report(results, totals, missed, options.list, lost(judgments, results))
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
