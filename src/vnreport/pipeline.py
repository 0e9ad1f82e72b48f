"""Where rendering and checking meet: a document laid out, rendered, checked, written.

Neither the renderers nor the checker import each other; this module sits above both. A
render of vnreport's own is checked by its components, found by the styles they were
written in, against the rulebook: nothing is guessed from the text, so a subject that
reads "Khẩn" is a subject. A custom template that does not keep the shipped styles is
checked as any file would be.
"""

from __future__ import annotations

import functools
import os
import warnings
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Literal

from vnreport.conformance.checker import check as check_any
from vnreport.conformance.checker import check_known
from vnreport.conformance.findings import Findings, Severity
from vnreport.errors import ConformanceError, ConformanceWarning
from vnreport.layout.page import Page
from vnreport.layout.tables import needs_landscape
from vnreport.limits import Limits
from vnreport.model.body import Table
from vnreport.model.document import Document
from vnreport.ooxml.document import WordDocument
from vnreport.render.docx import RenderedDocument, render_page
from vnreport.render.files import check_output, write_atomically
from vnreport.render.geometry import LAYOUT_TABLE_STYLE
from vnreport.render.html import html_page, html_table
from vnreport.render.images import PagePreview, page_images
from vnreport.render.page import Margins
from vnreport.render.pdf import check_fonts, find_soffice
from vnreport.render.pdfs import convert_all
from vnreport.render.styles import HEADING_STYLES, STYLE_COMPONENTS
from vnreport.render.text import outline as outline_page
from vnreport.types import entry_for

__all__ = [
    "CheckMode",
    "check_rendered",
    "lay_out",
    "outline",
    "preview",
    "preview_html",
    "preview_table",
    "render",
    "render_and_check",
    "save",
    "save_pdf",
    "save_pdfs",
]

#: What to do with the checker's findings on a rendered document: raise on errors
#: ("strict", the default), warn about every finding ("warn"), or not check ("off").
CheckMode = Literal["strict", "warn", "off"]


def lay_out(document: Document) -> Page:
    """The printed page of ``document``, as its type lays it out."""
    return entry_for(document).lay_out(document)


def render(
    document: Document,
    *,
    template: str | os.PathLike[str] | None = None,
    margins: Margins | None = None,
    check: CheckMode = "strict",
    limits: Limits | None = None,
) -> bytes:
    """The .docx bytes of ``document``, checked against Nghị định 30/2020 unless
    ``check="off"`` (see :meth:`vnreport.model.document.Document.render`)."""
    if check not in ("strict", "warn", "off"):
        raise ValueError(f"check must be 'strict', 'warn' or 'off', got {check!r}")
    data, findings = render_and_check(
        document, template=template, margins=margins, check=check != "off", limits=limits
    )
    if findings is not None:
        _enforce(findings, check)
    return data


def render_and_check(
    document: Document,
    *,
    template: str | os.PathLike[str] | None = None,
    margins: Margins | None = None,
    check: bool = True,
    limits: Limits | None = None,
) -> tuple[bytes, Findings | None]:
    """The .docx bytes of ``document`` and the checker's findings on them (``None`` when
    ``check`` is false), whatever they are: the caller decides what an error means (a
    batch records it for its row, where :func:`render` raises)."""
    entry = entry_for(document)
    page = entry.lay_out(document)
    rendered = render_page(
        page, template=template, default=entry.template, margins=margins, limits=limits
    )
    return rendered.data, check_rendered(rendered, page) if check else None


def save(
    document: Document,
    path: str | os.PathLike[str],
    *,
    template: str | os.PathLike[str] | None = None,
    margins: Margins | None = None,
    check: CheckMode = "strict",
    limits: Limits | None = None,
) -> Path:
    """Render ``document`` and write it to ``path`` atomically; nothing is written on error."""
    data = render(document, template=template, margins=margins, check=check, limits=limits)
    return write_atomically(path, data)


def save_pdf(
    document: Document,
    path: str | os.PathLike[str],
    *,
    pdfa: bool = False,
    timeout: float | None = None,
    replace: bool = True,
    template: str | os.PathLike[str] | None = None,
    margins: Margins | None = None,
    check: CheckMode = "strict",
    limits: Limits | None = None,
) -> Path:
    """Render ``document`` as :func:`save` does, convert it with LibreOffice and write
    the PDF to ``path`` atomically (see :meth:`vnreport.model.document.Document.save_pdf`)."""
    one = functools.partial(render, template=template, margins=margins, check=check, limits=limits)
    return _save_pdfs([(document, path)], one, pdfa, timeout, replace, depth=4)[0]


def save_pdfs(
    jobs: Iterable[tuple[Document, str | os.PathLike[str]]],
    *,
    pdfa: bool = False,
    timeout: float | None = None,
    replace: bool = True,
    template: str | os.PathLike[str] | None = None,
    margins: Margins | None = None,
    check: CheckMode = "strict",
    limits: Limits | None = None,
) -> list[Path]:
    """Write the PDF of each ``(document, path)`` of ``jobs``, all converted by one
    LibreOffice run (much faster than one :func:`save_pdf` each: LibreOffice starts once).
    From :data:`~vnreport.render.pdfs.POOL_FROM` documents up, unless ``timeout`` is
    given, they are converted by a :class:`~vnreport.render.pdfpool.PdfPool` instead: two
    LibreOffice processes, 20 documents a call, a call bounded by a minute and ten seconds
    a document.

    Every document is rendered and checked first, and every output looked at, before
    LibreOffice starts: an invalid document or an output that may not be written stops
    the batch with nothing written. ``timeout`` bounds the one run (by default a minute
    and ten seconds a document). A document LibreOffice cannot convert stops the batch
    with nothing written too. Each PDF is then written atomically; should a write fail,
    the PDFs before it stay written. Returns the paths written, in order.
    """
    one = functools.partial(render, template=template, margins=margins, check=check, limits=limits)
    return _save_pdfs(jobs, one, pdfa, timeout, replace, depth=3)


def _save_pdfs(
    jobs: Iterable[tuple[Document, str | os.PathLike[str]]],
    render_one: Callable[[Document], bytes],
    pdfa: bool,
    timeout: float | None,
    replace: bool,
    *,
    depth: int,
) -> list[Path]:
    # ``depth`` points the font warning at the caller's line, through either entry.
    pairs = [(document, Path(path)) for document, path in jobs]
    seen: dict[Path, Path] = {}
    for _, path in pairs:
        key = path.resolve()
        if key in seen:
            raise ValueError(f"two documents would be written to one PDF: {seen[key]}, {path}")
        seen[key] = path
        check_output(path, replace=replace)
    soffice = find_soffice()  # before any work: a missing LibreOffice is said at once
    docx = [render_one(document) for document, _ in pairs]
    check_fonts(stacklevel=depth)
    pdfs = convert_all(docx, pdfa=pdfa, timeout=timeout, soffice=soffice)
    return [
        write_atomically(path, data, replace=replace)
        for (_, path), data in zip(pairs, pdfs, strict=True)
    ]


def outline(document: Document, *, width: int = 100, full: bool = False) -> str:
    """The document as plain text (:func:`vnreport.render.text.outline`)."""
    return outline_page(lay_out(document), width=width, full=full)


def preview_html(document: Document, *, scale: float = 0.8) -> str:
    """The HTML preview of ``document`` (:func:`vnreport.render.html.html_page`)."""
    return html_page(lay_out(document), scale=scale)


def preview_table(table: Table, *, scale: float = 0.8) -> str:
    """The HTML preview of one table (:func:`vnreport.render.html.html_table`), turned
    landscape when its words cannot all fit a portrait page whole."""
    return html_table(table, landscape=needs_landscape(table), scale=scale)


def preview(
    document: Document,
    *,
    pages: int | Iterable[int] | None = None,
    dpi: int = 96,
    timeout: float = 120,
) -> PagePreview:
    """The printed pages of ``document`` as PNG images, through LibreOffice
    (:func:`vnreport.render.images.page_images`); the .docx is checked as by
    :func:`render`."""
    return page_images(render(document), pages=pages, dpi=dpi, timeout=timeout)


def check_rendered(rendered: RenderedDocument, page: Page) -> Findings:
    """The findings on a render of ``page``: by its components' styles when the template
    kept the shipped styles, as any file otherwise."""
    document = WordDocument(rendered.package, rendered.styles)
    ids = rendered.style_ids
    components = {ids.get(style, style): component for style, component in STYLE_COMPONENTS.items()}
    known = set(rendered.styles.styles)
    if not {ids.get(style, style) for style in ("VNNationalName", "VNIssuer")} <= known:
        return check_any(document)
    return check_known(
        document,
        components,
        headings=frozenset(ids.get(style, style) for style in HEADING_STYLES),
        layout_table_style=ids.get(LAYOUT_TABLE_STYLE, LAYOUT_TABLE_STYLE),
        doc_type=page.doc_type,
    )


def _enforce(findings: Findings, mode: CheckMode) -> None:
    errors = Findings(
        [f for f in findings if f.severity is Severity.ERROR],
        findings.not_evaluated,
        findings.notes,
    )
    if mode == "strict" and errors:
        raise ConformanceError(errors)
    for finding in findings:
        if mode == "warn" or finding.severity is Severity.WARNING:
            warnings.warn(str(finding), ConformanceWarning, stacklevel=4)
