"""The order WordprocessingML gives the children of the elements vnreport writes into.

The schema fixes the order of a ``w:rPr``'s, a ``w:pPr``'s and a ``w:sectPr``'s children;
Word opens a file that breaks it, stricter consumers do not. Whoever adds a child (the
template build, ``--fix``) puts it in its place with :func:`insert_in_order`.
"""

from __future__ import annotations

from lxml import etree

from vnreport.ooxml.names import w

__all__ = ["PPR_ORDER", "RPR_ORDER", "SECTPR_ORDER", "insert_in_order", "sort_children"]

#: CT_RPr.
RPR_ORDER = (
    "rStyle", "rFonts", "b", "bCs", "i", "iCs", "caps", "smallCaps", "strike", "dstrike",
    "outline", "shadow", "emboss", "imprint", "noProof", "snapToGrid", "vanish", "webHidden",
    "color", "spacing", "w", "kern", "position", "sz", "szCs", "highlight", "u", "effect",
    "bdr", "shd", "fitText", "vertAlign", "rtl", "cs", "em", "lang", "eastAsianLayout",
    "specVanish", "oMath",
)  # fmt: skip
#: CT_PPr.
PPR_ORDER = (
    "pStyle", "keepNext", "keepLines", "pageBreakBefore", "framePr", "widowControl", "numPr",
    "suppressLineNumbers", "pBdr", "shd", "tabs", "suppressAutoHyphens", "kinsoku",
    "wordWrap", "overflowPunct", "topLinePunct", "autoSpaceDE", "autoSpaceDN", "bidi",
    "adjustRightInd", "snapToGrid", "spacing", "ind", "contextualSpacing", "mirrorIndents",
    "suppressOverlap", "jc", "textDirection", "textAlignment", "textboxTightWrap",
    "outlineLvl", "divId", "cnfStyle", "rPr", "sectPr", "pPrChange",
)  # fmt: skip
#: CT_SectPr.
SECTPR_ORDER = (
    "headerReference", "footerReference", "footnotePr", "endnotePr", "type", "pgSz", "pgMar",
    "paperSrc", "pgBorders", "lnNumType", "pgNumType", "cols", "formProt", "vAlign",
    "noEndnote", "titlePg", "textDirection", "bidi", "rtlGutter", "docGrid",
    "printerSettings", "sectPrChange",
)  # fmt: skip

_ORDERS = {w("rPr"): RPR_ORDER, w("pPr"): PPR_ORDER, w("sectPr"): SECTPR_ORDER}


def sort_children(parent: etree._Element) -> None:
    """Put ``parent``'s children in the schema's order (unknown ones last, kept in order)."""
    order = _ORDERS[parent.tag]
    rank = {w(name): position for position, name in enumerate(order)}
    children = sorted(parent, key=lambda child: rank.get(child.tag, len(rank)))
    for child in children:
        parent.append(child)


def insert_in_order(parent: etree._Element, child: etree._Element) -> etree._Element:
    """Add ``child`` to ``parent``, replacing a child of the same name, in schema order."""
    old = parent.find(child.tag)
    if old is not None:
        parent.replace(old, child)
    else:
        parent.append(child)
        sort_children(parent)
    return child
