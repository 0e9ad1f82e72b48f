"""What a worker of a batch runs: a chunk of documents rendered and checked.

Plain functions of picklable values, importable by name, so that any
``concurrent.futures`` executor runs them: a process pool here, a dask.distributed
cluster elsewhere. A worker writes nothing: it returns the bytes, and the process that
runs the batch writes every file, so that the outputs and the manifest are the same
whichever executor made them, and a cluster's workers need no access to the folder.
The template is read and compiled once per worker process (its cache lives there).
"""

from __future__ import annotations

import contextlib
import hashlib
from collections.abc import Sequence

import attrs

from vnreport.batch.manifest import Verdict
from vnreport.conformance.findings import Severity
from vnreport.errors import VnreportError
from vnreport.limits import Limits
from vnreport.model.document import Document

__all__ = ["RenderOptions", "Rendered", "render_chunk", "warm_up"]


@attrs.frozen
class RenderOptions:
    """How every document of a batch is rendered: its template and its check."""

    template: str | None = None
    check: bool = True
    limits: Limits | None = None


@attrs.frozen
class Rendered:
    """One document rendered: its bytes and their SHA-256, or why it has none."""

    row: int
    data: bytes | None
    sha256: str | None
    verdict: Verdict
    findings: tuple[str, ...] = ()
    error: str | None = None


def warm_up(options: RenderOptions) -> None:
    """Read and compile the template before the first chunk arrives (a process pool's
    initializer): the cost is paid once a worker, not in its first chunk's time."""
    from vnreport import pipeline  # noqa: F401 — its imports are most of a worker's start
    from vnreport.render.template import default_template, load_template

    limits = options.limits
    # A template that cannot be used fails every row's render, which says why: here it
    # would only break the pool.
    with contextlib.suppress(VnreportError, OSError):
        load_template(
            options.template or default_template("van-ban"),
            limits=None if limits is None else limits.template,
            package_limits=None if limits is None else limits.package,
        )


def render_chunk(options: RenderOptions, jobs: Sequence[tuple[int, Document]]) -> list[Rendered]:
    """Render and check each ``(row, document)`` of ``jobs``; never raises for one row."""
    return [_render_one(options, row, document) for row, document in jobs]


def _render_one(options: RenderOptions, row: int, document: Document) -> Rendered:
    from vnreport.pipeline import render_and_check

    try:
        data, findings = render_and_check(
            document, template=options.template, check=options.check, limits=options.limits
        )
    except VnreportError as error:
        return Rendered(row, None, None, Verdict.FAILED, error=str(error))
    listed: tuple[str, ...] = ()
    if findings is None:
        verdict = Verdict.NOT_CHECKED
    else:
        listed = tuple(str(finding) for finding in findings)
        if any(finding.severity is Severity.ERROR for finding in findings):
            return Rendered(
                row,
                None,
                None,
                Verdict.FAILED,
                listed,
                "the rendered document breaks rules of Nghị định 30/2020: " + "; ".join(listed),
            )
        verdict = Verdict.WARNINGS if listed else Verdict.PASSED
    return Rendered(row, data, hashlib.sha256(data).hexdigest(), verdict, listed)
