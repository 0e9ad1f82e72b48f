"""A laid-out page in, a Word file out: fill the prepared template, finish the parts, zip.

The renderer decides nothing a document prints (the layout did); it only knows the
template: its geometry, its styles, docxtpl. It does not check what it wrote: the
pipeline (:mod:`vnreport.pipeline`) hands the result to the checker.
"""

from __future__ import annotations

import os

import attrs
from lxml import etree

from vnreport.errors import RenderError
from vnreport.layout.page import Page
from vnreport.limits import Limits
from vnreport.ooxml.archive import write_package
from vnreport.ooxml.package import DocxPackage
from vnreport.ooxml.styles import StyleSheet
from vnreport.render.appendices import final_section, repeat_headers
from vnreport.render.context import page_context
from vnreport.render.geometry import LAYOUT_TABLE_STYLE, Geometry
from vnreport.render.ooxml import W_NS
from vnreport.render.page import Margins
from vnreport.render.properties import core_properties
from vnreport.render.template import (
    PreparedTemplate,
    default_template,
    load_template,
    render_part,
)

__all__ = ["RenderedDocument", "render_page"]

_W = f"{{{W_NS}}}"
_CORE = "docProps/core.xml"
_CONTENT_TYPES = "[Content_Types].xml"
_TEMPLATE_MAIN = b"wordprocessingml.template.main+xml"
_DOCUMENT_MAIN = b"wordprocessingml.document.main+xml"


@attrs.frozen(kw_only=True, eq=False)
class RenderedDocument:
    """A rendered .docx: its bytes, and what a check of it needs without reading it again
    (its package with the parts already parsed, its styles, the template's style ids)."""

    data: bytes
    package: DocxPackage
    styles: StyleSheet
    #: The shipped templates' style id → this template's id of the same style.
    style_ids: dict[str, str]


def render_page(
    page: Page,
    *,
    template: str | os.PathLike[str] | None = None,
    default: str = "van-ban",
    margins: Margins | None = None,
    limits: Limits | None = None,
) -> RenderedDocument:
    """The .docx of ``page``, from ``template`` (the shipped template ``default`` when
    none is given). A custom template is untrusted: it is read and run within ``limits``
    (docs/security.md); the shipped one too, harmlessly. ``margins`` replaces the
    template's page margins."""
    limits = limits or Limits()
    prepared = load_template(
        template if template is not None else default_template(default),
        limits=limits.template,
        package_limits=limits.package,
    )
    if margins is not None and _same_margins(margins, prepared.geometry.margins):
        margins = None
    geometry = prepared.geometry if margins is None else prepared.geometry.with_margins(margins)
    context = page_context(page, geometry)
    parts: list[tuple[str, bytes]] = []
    parsed: dict[str, etree._Element] = {}
    for name, data in prepared.parts:
        if name in prepared.compiled:
            xml = render_part(prepared, name, context)
            data, parsed[name] = _finish(prepared, page, geometry, name, xml, margins)
        elif name == _CORE:
            data = core_properties(page.properties)
        elif name == _CONTENT_TYPES:
            # A template saved as .dotx makes a document all the same.
            data = data.replace(_TEMPLATE_MAIN, _DOCUMENT_MAIN)
        parts.append((name, data))
    if _CORE not in prepared.package.parts:
        parts.append((_CORE, core_properties(page.properties)))
    return RenderedDocument(
        data=write_package(parts),
        package=prepared.package.with_parts(dict(parts), parsed),
        styles=prepared.styles,
        style_ids=dict(prepared.geometry.style_ids),
    )


def _same_margins(margins: Margins, template: dict[str, int]) -> bool:
    return all(template.get(side) == value for side, value in margins.twips().items())


def _finish(
    prepared: PreparedTemplate,
    page: Page,
    geometry: Geometry,
    name: str,
    xml: str,
    margins: Margins | None,
) -> tuple[bytes, etree._Element]:
    """The part's bytes, and its tree for the conformance check."""
    # Parsing the result proves it is well-formed XML before it reaches a file.
    try:
        root = etree.fromstring(xml.encode("utf-8"))
    except etree.XMLSyntaxError as error:
        raise RenderError(
            f"the template {prepared.source!r} produced invalid XML in {name}: {error}"
        ) from None
    if name != prepared.package.main:
        return xml.encode("utf-8"), root
    changed = any(appendix.repeat_header for appendix in page.appendices)
    if changed:
        repeat_headers(root, geometry.style_id(LAYOUT_TABLE_STYLE))
    last = final_section(page, geometry)
    body = root.find(f"{_W}body")
    section = None if body is None else body.find(f"{_W}sectPr")
    if last is not None and section is not None:
        # The document now ends with an appendix: its section is the last one.
        section.getparent().replace(section, last)  # type: ignore[union-attr]
        changed = True
    if margins is not None:
        _apply_margins(root, margins, prepared.geometry)
        changed = True
    if not changed:
        return xml.encode("utf-8"), root
    data = etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True)
    return data, root


def _apply_margins(root: etree._Element, margins: Margins, template: Geometry) -> None:
    """Set the page margins and scale the layout tables to the new text width."""
    twips = margins.twips()
    for page_margins in root.iter(f"{_W}pgMar"):
        for side, value in twips.items():
            page_margins.set(f"{_W}{side}", str(value))
    factor = (template.page_width - twips["left"] - twips["right"]) / template.text_width
    for table in root.iter(f"{_W}tbl"):
        style = table.find(f"{_W}tblPr/{_W}tblStyle")
        if style is None or style.get(f"{_W}val") != template.style_id(LAYOUT_TABLE_STYLE):
            continue
        for element in table.iter(f"{_W}gridCol", f"{_W}tcW", f"{_W}tblW"):
            if element.get(f"{_W}type", "dxa") == "dxa" and element.get(f"{_W}w"):
                element.set(f"{_W}w", str(round(int(element.get(f"{_W}w", "0")) * factor)))
