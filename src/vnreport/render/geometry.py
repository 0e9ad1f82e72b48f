"""What the renderer needs to know about a template's page: sizes of text and columns.

Read once when a template is prepared, from its ``word/document.xml`` (page size, margins,
the layout tables' columns) and ``word/styles.xml`` (the size and weight of the texts that
rules are measured against). A clerk who restyles the template in Word changes these
numbers, and the rules follow.
"""

from __future__ import annotations

import copy

import attrs
from lxml import etree

from vnreport.metrics.measure import TWIPS_PER_POINT, longest_line, text_width
from vnreport.render.ooxml import W_NS
from vnreport.render.page import Margins
from vnreport.render.styles import LAST_BODY_STYLE, ROLE_STYLES

__all__ = ["Geometry", "TextStyle", "read_geometry"]

_W = f"{{{W_NS}}}"
#: The table style of the header and signature tables.
LAYOUT_TABLE_STYLE = "VNLayoutTable"
#: Styles whose text a rule or a box is measured against.
MEASURED_STYLES = (
    "VNIssuer",
    "VNMotto",
    "VNSubject",
    "VNStamp",
    "VNCirculation",
    "VNAppendixNote",
)
#: Styles the renderer names in the XML it builds itself (rules, stamps, tables), by
#: their ids in the shipped templates.
EMITTED_STYLES = (
    LAYOUT_TABLE_STYLE,
    *MEASURED_STYLES,
    *ROLE_STYLES.values(),
    LAST_BODY_STYLE,
    "VNRule",
    "VNSubjectRule",
    "VNAppendix",
    "VNAppendixTitle",
    "VNAppendixRule",
    "VNTable",
    "VNTableTitle",
    "VNTableHeading",
    "VNTableText",
    "VNTableNumber",
    "VNTableCentre",
    "VNTableUnit",
)
_DEFAULT_CELL_MARGIN = 108  # Word's default left and right cell margin, in twips


@attrs.frozen
class TextStyle:
    """Size (points) and weight of a paragraph style's text."""

    size: float = 14
    bold: bool = False
    italic: bool = False

    def width(self, text: str) -> float:
        """The width of ``text`` in this style, in twips."""
        return text_width(text, self.size, bold=self.bold, italic=self.italic) * TWIPS_PER_POINT

    def longest_line(self, text: str, available: float) -> float:
        """The width (twips) of the longest line ``text`` makes wrapped in ``available`` twips."""
        width = longest_line(
            text,
            available / TWIPS_PER_POINT,
            self.size,
            bold=self.bold,
            italic=self.italic,
        )
        return width * TWIPS_PER_POINT


@attrs.frozen(kw_only=True)
class Geometry:
    """Widths on the page, in twips."""

    page_width: int
    page_height: int
    margins: dict[str, int]
    #: Widths available to text in the header's two cells (cell margins taken off).
    header_cells: tuple[int, int]
    styles: dict[str, TextStyle]
    #: The shipped templates' style id → the id of the same style in this template. A
    #: program that saves a template again may rename ids (LibreOffice writes the style
    #: "VN Subject rule" as "VNSubjectrule"); the style's name is what stays.
    style_ids: dict[str, str] = attrs.field(factory=dict)
    #: The template's last section properties (``w:sectPr``), which appendices copy.
    section: etree._Element = attrs.field(factory=lambda: etree.Element(f"{_W}sectPr"), eq=False)

    @property
    def text_width(self) -> int:
        """The width between the left and right margins."""
        return self.page_width - self.margins["left"] - self.margins["right"]

    def style(self, style_id: str) -> TextStyle:
        """The text style ``style_id``, or the body default if the template lacks it."""
        return self.styles.get(style_id, TextStyle())

    def style_id(self, style_id: str) -> str:
        """The id this template gives the shipped templates' style ``style_id``."""
        return self.style_ids.get(style_id, style_id)

    def with_margins(self, margins: Margins) -> Geometry:
        """The geometry once the page margins are changed; the layout tables scale with
        the text width, as :func:`vnreport.render.docx` scales them in the document."""
        new = margins.twips()
        factor = (self.page_width - new["left"] - new["right"]) / self.text_width
        cells = (round(self.header_cells[0] * factor), round(self.header_cells[1] * factor))
        return attrs.evolve(self, margins={**self.margins, **new}, header_cells=cells)


def read_geometry(
    document: etree._Element,
    styles: etree._Element | None,
    reference_names: dict[str, str] | None = None,
) -> Geometry:
    """Read the geometry of a template from its main document and styles parts.

    ``reference_names`` maps the shipped templates' style ids to their names, to find
    the same styles in a template that renamed their ids.
    """
    style_ids = _style_ids(styles, reference_names or {})
    sections = document.findall(f".//{_W}sectPr")
    section = sections[-1] if sections else None
    page_width = _twips(section, "pgSz", "w", 11906)
    page_height = _twips(section, "pgSz", "h", 16838)
    margins = {
        side: _twips(section, "pgMar", side, default)
        for side, default in (("top", 1134), ("bottom", 1134), ("left", 1701), ("right", 850))
    }
    text = page_width - margins["left"] - margins["right"]
    return Geometry(
        page_width=page_width,
        page_height=page_height,
        margins=margins,
        header_cells=_header_cells(document, styles, text, style_ids[LAYOUT_TABLE_STYLE]),
        styles={style_id: _text_style(styles, style_ids[style_id]) for style_id in MEASURED_STYLES},
        style_ids={key: value for key, value in style_ids.items() if key != value},
        section=copy.deepcopy(section) if section is not None else etree.Element(f"{_W}sectPr"),
    )


def style_names(styles: etree._Element | None) -> dict[str, str]:
    """Style id → style name, for the styles of a styles part."""
    if styles is None:
        return {}
    names: dict[str, str] = {}
    for style in styles.iter(f"{_W}style"):
        style_id = style.get(f"{_W}styleId")
        name = style.find(f"{_W}name")
        if style_id and name is not None and name.get(f"{_W}val"):
            names[style_id] = str(name.get(f"{_W}val"))
    return names


def _style_ids(styles: etree._Element | None, reference: dict[str, str]) -> dict[str, str]:
    """Each emitted style's id in this template: its own when it has it, else the id of
    the style with the same name."""
    names = style_names(styles)
    by_name = {_fold(name): style_id for style_id, name in names.items()}
    found: dict[str, str] = {}
    for style_id in EMITTED_STYLES:
        name = reference.get(style_id)
        if style_id in names or name is None:
            found[style_id] = style_id
        else:
            found[style_id] = by_name.get(_fold(name), style_id)
    return found


def _fold(name: str) -> str:
    return " ".join(name.split()).casefold()


def _twips(section: etree._Element | None, tag: str, attribute: str, default: int) -> int:
    element = None if section is None else section.find(f"{_W}{tag}")
    value = None if element is None else element.get(f"{_W}{attribute}")
    return default if value is None else int(value)


def _header_cells(
    document: etree._Element, styles: etree._Element | None, text: int, layout_style: str
) -> tuple[int, int]:
    for table in document.iter(f"{_W}tbl"):
        style = table.find(f"{_W}tblPr/{_W}tblStyle")
        if style is None or style.get(f"{_W}val") != layout_style:
            continue
        columns = [int(col.get(f"{_W}w", "0")) for col in table.iter(f"{_W}gridCol")]
        if len(columns) >= 2:
            margin = _cell_margin(styles, layout_style)
            return (columns[0] - margin, columns[1] - margin)
    # A custom template without our header table: the usual 40/60 split.
    return (round(text * 0.4), round(text * 0.6))


def _cell_margin(styles: etree._Element | None, layout_style: str) -> int:
    style = _find_style(styles, layout_style)
    if style is None:
        return 2 * _DEFAULT_CELL_MARGIN
    total = 0
    for side in ("left", "right"):
        margin = style.find(f"{_W}tblPr/{_W}tblCellMar/{_W}{side}")
        total += _DEFAULT_CELL_MARGIN if margin is None else int(margin.get(f"{_W}w", "0"))
    return total


def _find_style(styles: etree._Element | None, style_id: str) -> etree._Element | None:
    if styles is None:
        return None
    for style in styles.iter(f"{_W}style"):
        if style.get(f"{_W}styleId") == style_id:
            return style
    return None


def _text_style(styles: etree._Element | None, style_id: str) -> TextStyle:
    """Resolve size, bold and italic through ``basedOn`` down to the document defaults."""
    chain: list[etree._Element] = []
    style = _find_style(styles, style_id)
    while style is not None and len(chain) < 20:
        chain.append(style)
        based_on = style.find(f"{_W}basedOn")
        style = None if based_on is None else _find_style(styles, based_on.get(f"{_W}val", ""))
    defaults = None if styles is None else styles.find(f"{_W}docDefaults/{_W}rPrDefault/{_W}rPr")
    properties = [style.find(f"{_W}rPr") for style in chain] + [defaults]
    size = _first(properties, "sz")
    bold = _first(properties, "b")
    italic = _first(properties, "i")
    return TextStyle(
        size=int(size.get(f"{_W}val", "28")) / 2 if size is not None else 14,
        bold=_is_on(bold),
        italic=_is_on(italic),
    )


def _first(properties: list[etree._Element | None], tag: str) -> etree._Element | None:
    for rpr in properties:
        if rpr is not None:
            element = rpr.find(f"{_W}{tag}")
            if element is not None:
                return element
    return None


def _is_on(element: etree._Element | None) -> bool:
    if element is None:
        return False
    return element.get(f"{_W}val", "true") not in ("0", "false", "off")
