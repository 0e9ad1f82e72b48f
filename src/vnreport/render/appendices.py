"""Appendices (*phụ lục*, Mẫu 2.1/2.2) as sections of their own, after the signature.

Each appendix starts on a new page, in a section whose page numbers start again at 1
(Phụ lục I, III.1: an appendix is numbered on its own) and which may be landscape where
its tables need the width. In WordprocessingML a section's properties close it: the
paragraph that ends the main text carries the template's section properties, each
appendix but the last ends with its own, and the last appendix's become the document's
final ones (:func:`final_section`).
"""

from __future__ import annotations

import copy

from lxml import etree
from markupsafe import Markup

from vnreport.layout.page import AppendixPage, Page
from vnreport.ooxml.names import R_NS, w
from vnreport.ooxml.order import insert_in_order
from vnreport.render.blocks import blocks_xml
from vnreport.render.geometry import Geometry
from vnreport.render.ooxml import paragraph, runs
from vnreport.render.styles import style_of
from vnreport.rules import ND30, Component, Rulebook

__all__ = ["appendices_xml", "appendix_section", "final_section", "repeat_headers"]

# Where an issued text repeats the document's header: an empty paragraph holding this
# bookmark, replaced once the template is rendered (:func:`repeat_headers`).
_HEADER_BOOKMARK = "_vnreport_repeat_header"
_HEADER_MARK = (
    f'<w:p><w:bookmarkStart w:id="0" w:name="{_HEADER_BOOKMARK}"/><w:bookmarkEnd w:id="0"/></w:p>'
)


def appendices_xml(page: Page, geometry: Geometry, rulebook: Rulebook = ND30) -> Markup:
    """The appendices of ``page``, each closing the section before it."""
    if not page.appendices:
        return Markup("")
    pieces: list[str] = [_section_break(geometry.section)]
    for index, appendix in enumerate(page.appendices):
        if index:
            pieces.append(_section_break(appendix_section(page.appendices[index - 1], geometry)))
        pieces.append(_appendix(appendix, geometry, rulebook))
    return Markup("".join(pieces))


def final_section(page: Page, geometry: Geometry) -> etree._Element | None:
    """The document's last section properties when it ends with an appendix."""
    if not page.appendices:
        return None
    return appendix_section(page.appendices[-1], geometry)


def appendix_section(appendix: AppendixPage, geometry: Geometry) -> etree._Element:
    """An appendix's section: the template's, numbered from 1, without page 1's footer
    (the contact details belong to the document's first page), landscape if asked."""
    section = copy.deepcopy(geometry.section)
    footers = {ref.get(w("type"), "default"): ref for ref in section.iterfind(w("footerReference"))}
    if "first" in footers and "default" in footers:
        footers["first"].set(f"{{{R_NS}}}id", str(footers["default"].get(f"{{{R_NS}}}id")))
    numbering = etree.Element(w("pgNumType"))
    numbering.set(w("start"), "1")
    insert_in_order(section, numbering)
    if appendix.landscape:
        size = section.find(w("pgSz"))
        assert size is not None  # the template's section has its page size
        width, height = size.get(w("w")), size.get(w("h"))
        size.set(w("w"), str(height))
        size.set(w("h"), str(width))
        size.set(w("orient"), "landscape")
    return section


def repeat_headers(root: etree._Element, layout_table_style: str) -> None:
    """Put the first row of the document's header table (the issuer, the Quốc hiệu and the
    Tiêu ngữ, without number and date) where an issued text repeats it.

    The header is the template's, filled in: copying it once the template is rendered
    keeps a text's header exactly like the document's. A template without a header table
    gives the issued text none.
    """
    marks = [
        p
        for p in root.iter(w("p"))
        if any(mark.get(w("name")) == _HEADER_BOOKMARK for mark in p.iter(w("bookmarkStart")))
    ]
    if not marks:
        return
    header = next(
        (table for table in root.iter(w("tbl")) if _table_style(table) == layout_table_style),
        None,
    )
    for mark in marks:
        parent = mark.getparent()
        assert parent is not None
        if header is not None:
            copied = copy.deepcopy(header)
            for row in copied.findall(w("tr"))[1:]:
                copied.remove(row)
            mark.addprevious(copied)
        parent.remove(mark)


def _table_style(table: etree._Element) -> str | None:
    style = table.find(f"{w('tblPr')}/{w('tblStyle')}")
    return None if style is None else style.get(w("val"))


def _section_break(section: etree._Element) -> str:
    return f"<w:p><w:pPr>{etree.tostring(section, encoding='unicode')}</w:pPr></w:p>"


def _appendix(appendix: AppendixPage, geometry: Geometry, rulebook: Rulebook) -> str:
    style_id = geometry.style_id
    pieces: list[str] = [_HEADER_MARK] if appendix.repeat_header else []
    # An appendix's label and title, or an issued text's type name and subject: each line
    # in the style of its component.
    for line in (appendix.label, *appendix.title, appendix.note):
        pieces.append(paragraph(style_id(style_of(line.component)), runs(line.runs)))
    pieces.append(_note_rule(appendix, geometry, rulebook))
    width = _text_width(appendix, geometry)
    pieces.append(blocks_xml(appendix.body, width, style_id))
    return "".join(pieces)


def _note_rule(appendix: AppendixPage, geometry: Geometry, rulebook: Rulebook) -> str:
    """The short rule under the note, a fraction of the note's longest line."""
    width = _text_width(appendix, geometry)
    style = geometry.style("VNAppendixNote")
    longest = style.longest_line(appendix.note.text, width)
    length = longest * rulebook.rules[Component.APPENDIX_NOTE].printed
    side = round((width - min(length, width)) / 2)
    return paragraph(geometry.style_id("VNAppendixRule"), indent=(side, side))


def _text_width(appendix: AppendixPage, geometry: Geometry) -> int:
    if not appendix.landscape:
        return geometry.text_width
    height = geometry.page_height
    return height - geometry.margins["left"] - geometry.margins["right"]
