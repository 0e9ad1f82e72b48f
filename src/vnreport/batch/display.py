"""A batch's result in a notebook: the summary, then a table of the rows that failed."""

from __future__ import annotations

import html
from collections.abc import Sequence

from vnreport.batch.manifest import FieldProblem, Record

__all__ = ["result_html"]


def result_html(summary: str, failed: Sequence[Record]) -> str:
    """``summary`` (its first line) and one table row a problem of each failed record;
    every value escaped (a row's cells are the data's, not markup)."""
    head = html.escape(summary.splitlines()[0])
    if not failed:
        return f"<p>{head}</p>"
    cells = []
    for record in failed:
        problems = record.problems or (FieldProblem("", (), record.error or ""),)
        for problem in problems:
            cells.append(
                f"<tr><td>{record.row}</td><td>{'' if record.line is None else record.line}"
                f"</td><td>{html.escape(problem.field)}</td>"
                f"<td>{html.escape(', '.join(problem.columns))}</td>"
                f"<td>{html.escape(problem.message)}</td></tr>"
            )
    return (
        f"<p>{head}</p><table><thead><tr><th>row</th><th>line</th><th>field</th>"
        f"<th>column</th><th>problem</th></tr></thead><tbody>{''.join(cells)}</tbody></table>"
    )
