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
from vnreport.rules import ND30, Component, Rulebook

__all__ = ["appendices_xml", "appendix_section", "final_section"]


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


def _section_break(section: etree._Element) -> str:
    return f"<w:p><w:pPr>{etree.tostring(section, encoding='unicode')}</w:pPr></w:p>"


def _appendix(appendix: AppendixPage, geometry: Geometry, rulebook: Rulebook) -> str:
    style_id = geometry.style_id
    pieces: list[str] = [paragraph(style_id("VNAppendix"), runs(appendix.label.runs))]
    pieces.extend(
        paragraph(style_id("VNAppendixTitle"), runs(line.runs)) for line in appendix.title
    )
    pieces.append(paragraph(style_id("VNAppendixNote"), runs(appendix.note.runs)))
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
