"""Straight lines drawn in a paragraph: the rules clerks draw under the header's texts.

Word users draw a rule with Insert > Shapes > Line: a DrawingML shape (``wp:anchor``, or
``wp:inline`` in the text), written with a VML copy for old readers (``mc:Fallback``);
files from older Word, or converted from PDF, hold only VML (``v:line``, a flat
``v:shape`` or ``v:rect``) or a flat group of paths. Whatever the geometry, what prints
as a rule is a drawing much wider than it is high. Each is read with where it is: the
horizontal offset of its left end and what that offset is measured from (the column,
the margin, the page …), and its vertical offset from the paragraph. Lengths in twips.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

import attrs
from lxml import etree

from vnreport.ooxml.styles import measurement

__all__ = ["DrawnLine", "drawn_lines"]

_EMU_PER_TWIP = 635
_WP = "{http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing}"
_A = "{http://schemas.openxmlformats.org/drawingml/2006/main}"
_V = "{urn:schemas-microsoft-com:vml}"
_MC = "{http://schemas.openxmlformats.org/markup-compatibility/2006}"
_INLINE, _ANCHOR, _EXTENT = f"{_WP}inline", f"{_WP}anchor", f"{_WP}extent"
_VML_SHAPES = (f"{_V}line", f"{_V}shape", f"{_V}rect")
_PICTURE = "{http://schemas.openxmlformats.org/drawingml/2006/picture}pic"
# A drawing at most this high (twips) and many times wider than high prints as a rule:
# a line, a connector, a hairline rectangle or a flat path.
_FLAT = 80
_WIDER = 10
_MIN_LENGTH = 60
# A quarter turn, in DrawingML's 60000ths of a degree: a line turned by it stands upright.
_QUARTER = 5_400_000
_FULL = 21_600_000


@attrs.frozen
class DrawnLine:
    """A horizontal line drawn in a paragraph."""

    length: int
    #: The offset of its left end from ``x_from``; ``None`` when aligned (``x_align``)
    #: or in the text (``x_from`` "inline").
    x: int | None
    #: What ``x`` is measured from: "column", "margin", "page", "character", "inline" …
    x_from: str
    x_align: str | None = None
    #: Its offset below the top of ``y_from`` ("paragraph", "line", "page" …).
    y: int | None = None
    y_from: str = "paragraph"


def drawn_lines(paragraph: etree._Element) -> tuple[DrawnLine, ...]:
    """The horizontal lines drawn in ``paragraph``: each drawing once (the DrawingML of
    a shape, its VML copy only where Word wrote no DrawingML)."""
    return (*_drawingml(paragraph), *_vml(paragraph))


def _drawingml(paragraph: etree._Element) -> Iterator[DrawnLine]:
    for drawing in paragraph.iter(_INLINE, _ANCHOR):
        if drawing.find(f".//{_PICTURE}") is not None:
            continue  # a picture, even a flat one, is not a rule drawn by the clerk
        extent = drawing.find(_EXTENT)
        if extent is None:
            continue
        width = measurement(extent.get("cx")) / _EMU_PER_TWIP
        height = measurement(extent.get("cy")) / _EMU_PER_TWIP
        if _turned(drawing):
            width, height = height, width
        if not _flat(width, height):
            continue
        if drawing.tag == _INLINE:
            yield DrawnLine(round(width), None, "inline", y=None, y_from="line")
            continue
        x, x_from, x_align = _position(drawing.find(f"{_WP}positionH"), "column")
        y, y_from, _ = _position(drawing.find(f"{_WP}positionV"), "paragraph")
        yield DrawnLine(round(width), x, x_from, x_align, y, y_from)


def _turned(drawing: etree._Element) -> bool:
    """Whether the shape is turned a quarter (a horizontal extent, a vertical line)."""
    transform = drawing.find(f".//{_A}xfrm")
    if transform is None:
        return False
    turn = measurement(transform.get("rot")) % _FULL
    return abs(turn - _QUARTER) < _QUARTER // 2 or abs(turn - 3 * _QUARTER) < _QUARTER // 2


def _position(element: etree._Element | None, default: str) -> tuple[int | None, str, str | None]:
    if element is None:
        return None, default, None
    relative = element.get("relativeFrom", default)
    offset = element.find(f"{_WP}posOffset")
    if offset is not None:
        return round(measurement(offset.text) / _EMU_PER_TWIP), relative, None
    align = element.find(f"{_WP}align")
    return None, relative, None if align is None else (align.text or "").strip()


def _flat(width: float, height: float) -> bool:
    return width >= _MIN_LENGTH and height <= _FLAT and width >= _WIDER * height


def _vml(paragraph: etree._Element) -> Iterator[DrawnLine]:
    for shape in paragraph.iter(*_VML_SHAPES):
        if _has_drawingml(shape) or next(shape.iterancestors(f"{_V}group"), None) is not None:
            continue  # read as DrawingML, or in a group's own coordinates
        style = _style(shape.get("style", ""))
        x = _length(style.get("margin-left")) + _length(style.get("left"))
        y = _length(style.get("margin-top")) + _length(style.get("top"))
        if shape.tag == f"{_V}line":
            (x1, y1), (x2, y2) = _point(shape.get("from")), _point(shape.get("to"))
            width, height = abs(x2 - x1), abs(y2 - y1)
            x, y = x + min(x1, x2), y + min(y1, y2)
        else:
            width, height = _length(style.get("width")), _length(style.get("height"))
        if style.get("rotation", "").strip() in ("90", "270", "-90"):
            width, height = height, width
        if not _flat(width, height):
            continue
        x_from = style.get("mso-position-horizontal-relative", "text")
        y_from = style.get("mso-position-vertical-relative", "text")
        yield DrawnLine(
            width,
            x,
            "column" if x_from == "text" else x_from,
            None,
            y,
            "paragraph" if y_from == "text" else y_from,
        )


def _has_drawingml(shape: etree._Element) -> bool:
    """Whether ``shape`` is the VML copy of a DrawingML shape read already."""
    for ancestor in shape.iterancestors(f"{_MC}Fallback"):
        content = ancestor.getparent()
        if content is not None and content.find(f"{_MC}Choice") is not None:
            return True
    return False


def _style(style: str) -> dict[str, str]:
    pairs = (item.partition(":") for item in style.split(";"))
    return {name.strip(): value.strip() for name, _, value in pairs if value.strip()}


_VML_LENGTH = re.compile(r"\s*(-?\d{0,12}(?:\.\d{0,12})?(?:e-?\d{1,3})?)\s*(pt|in|mm|cm|px)?\s*$")
_VML_UNITS = {"pt": 20, "in": 1440, "mm": 1440 / 25.4, "cm": 1440 / 2.54, "px": 15}


def _length(value: str | None) -> int:
    """A VML length in twips: points by default ("12pt", ".75pt", "3mm"). The digits are
    bounded: a length of a thousand digits is no length."""
    if not value:
        return 0
    match = _VML_LENGTH.match(value)
    if match is None or match.group(1) in ("", "-", ".", "-."):
        return 0
    return measurement(match.group(1), scale=_VML_UNITS[match.group(2) or "pt"])


def _point(value: str | None) -> tuple[int, int]:
    x, _, y = (value or "0,0").partition(",")
    return _length(x), _length(y)
