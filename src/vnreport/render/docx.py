"""A report in, a Word file out: fill the prepared template, finish the parts, zip them."""

from __future__ import annotations

import os
import warnings
from pathlib import Path
from typing import Literal

from lxml import etree

from vnreport.conformance.checker import check as check_document
from vnreport.conformance.findings import Findings, Severity
from vnreport.errors import ConformanceError, ConformanceWarning, RenderError
from vnreport.limits import Limits
from vnreport.model.report import Report
from vnreport.ooxml.document import WordDocument
from vnreport.render.context import report_context
from vnreport.render.files import write_atomically
from vnreport.render.geometry import LAYOUT_TABLE_STYLE
from vnreport.render.ooxml import W_NS
from vnreport.render.package import write_package
from vnreport.render.page import Margins
from vnreport.render.properties import core_properties
from vnreport.render.template import (
    PreparedTemplate,
    default_template,
    load_template,
    render_part,
)

__all__ = ["CheckMode", "render_docx", "save_docx"]

#: What to do with the checker's findings on a rendered document: raise on errors
#: ("strict", the default), warn about every finding ("warn"), or not check ("off").
CheckMode = Literal["strict", "warn", "off"]

_W = f"{{{W_NS}}}"
_CORE = "docProps/core.xml"
_CONTENT_TYPES = "[Content_Types].xml"
_TEMPLATE_MAIN = b"wordprocessingml.template.main+xml"
_DOCUMENT_MAIN = b"wordprocessingml.document.main+xml"
_TEMPLATES = {"BC": "bao-cao"}


def render_docx(
    report: Report,
    *,
    template: str | os.PathLike[str] | None = None,
    margins: Margins | None = None,
    check: CheckMode = "strict",
    limits: Limits | None = None,
) -> bytes:
    """The .docx bytes of ``report``, from ``template`` (the shipped one by default).

    The result is checked against Nghị định 30/2020 before it is returned: with
    ``check="strict"`` an error raises :class:`ConformanceError` (warnings are issued as
    :class:`ConformanceWarning`), with ``"warn"`` every finding is a warning, with
    ``"off"`` nothing is checked. A custom template is untrusted: it is read and run
    within ``limits`` (docs/security.md); the shipped one too, harmlessly.
    """
    if check not in ("strict", "warn", "off"):
        raise ValueError(f"check must be 'strict', 'warn' or 'off', got {check!r}")
    limits = limits or Limits()
    prepared = load_template(
        template if template is not None else _default(report),
        limits=limits.template,
        package_limits=limits.package,
    )
    if margins is not None and _same_margins(margins, prepared.geometry.margins):
        margins = None
    geometry = prepared.geometry if margins is None else prepared.geometry.with_margins(margins)
    context = report_context(report, geometry)
    parts: list[tuple[str, bytes]] = []
    parsed: dict[str, etree._Element] = {}
    for name, data in prepared.parts:
        if name in prepared.compiled:
            xml = render_part(prepared, name, context)
            data, parsed[name] = _finish(prepared, name, xml, margins)
        elif name == _CORE:
            data = core_properties(report)
        elif name == _CONTENT_TYPES:
            # A template saved as .dotx makes a document all the same.
            data = data.replace(_TEMPLATE_MAIN, _DOCUMENT_MAIN)
        parts.append((name, data))
    if _CORE not in prepared.package.parts:
        parts.append((_CORE, core_properties(report)))
    if check != "off":
        # The parts just parsed are handed over, so the check does not parse them again.
        package = prepared.package.with_parts(dict(parts), parsed)
        _enforce(check_document(WordDocument(package, prepared.styles)), check)
    return write_package(parts)


def save_docx(
    report: Report,
    path: str | os.PathLike[str],
    *,
    template: str | os.PathLike[str] | None = None,
    margins: Margins | None = None,
    check: CheckMode = "strict",
    limits: Limits | None = None,
) -> Path:
    """Render ``report`` and write it to ``path`` atomically; nothing is written on error."""
    data = render_docx(report, template=template, margins=margins, check=check, limits=limits)
    return write_atomically(path, data)


def _enforce(findings: Findings, mode: CheckMode) -> None:
    errors = Findings([f for f in findings if f.severity is Severity.ERROR], findings.not_evaluated)
    if mode == "strict" and errors:
        raise ConformanceError(errors)
    for finding in findings:
        if mode == "warn" or finding.severity is Severity.WARNING:
            warnings.warn(str(finding), ConformanceWarning, stacklevel=4)


def _same_margins(margins: Margins, template: dict[str, int]) -> bool:
    return all(template.get(side) == value for side, value in margins.twips().items())


def _default(report: Report) -> Path:
    return default_template(_TEMPLATES[report.doc_type.abbreviation or ""])


def _finish(
    prepared: PreparedTemplate, name: str, xml: str, margins: Margins | None
) -> tuple[bytes, etree._Element]:
    """The part's bytes, and its tree for the conformance check."""
    # Parsing the result proves it is well-formed XML before it reaches a file.
    try:
        root = etree.fromstring(xml.encode("utf-8"))
    except etree.XMLSyntaxError as error:
        raise RenderError(
            f"the template {prepared.source!r} produced invalid XML in {name}: {error}"
        ) from None
    if name == prepared.package.main and margins is not None:
        _apply_margins(root, margins, prepared.geometry.text_width)
        data = etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True)
        return data, root
    return xml.encode("utf-8"), root


def _apply_margins(root: etree._Element, margins: Margins, template_text_width: int) -> None:
    """Set the page margins and scale the layout tables to the new text width."""
    twips = margins.twips()
    factor = 1.0
    for page_margins in root.iter(f"{_W}pgMar"):
        for side, value in twips.items():
            page_margins.set(f"{_W}{side}", str(value))
    for size in root.iter(f"{_W}pgSz"):
        width = int(size.get(f"{_W}w", "11906"))
        factor = (width - twips["left"] - twips["right"]) / template_text_width
    for table in root.iter(f"{_W}tbl"):
        style = table.find(f"{_W}tblPr/{_W}tblStyle")
        if style is None or style.get(f"{_W}val") != LAYOUT_TABLE_STYLE:
            continue
        for element in table.iter(f"{_W}gridCol", f"{_W}tcW", f"{_W}tblW"):
            if element.get(f"{_W}type", "dxa") == "dxa" and element.get(f"{_W}w"):
                element.set(f"{_W}w", str(round(int(element.get(f"{_W}w", "0")) * factor)))
