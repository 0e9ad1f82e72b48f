"""What the rules look at: the document, its components, and widths on its pages."""

from __future__ import annotations

import attrs
from lxml import etree

from vnreport.conformance.anatomy import Anatomy, RuleMark
from vnreport.ooxml.document import ParagraphView, WordDocument
from vnreport.ooxml.names import w
from vnreport.ooxml.styles import measurement

__all__ = ["Inspection", "excerpt", "shown"]

_DEFAULT_CELL_MARGIN = 108  # twips, each side


def excerpt(text: str, limit: int = 48) -> str:
    """A short quotation of ``text`` for a finding."""
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def shown(text: str, limit: int = 200) -> str:
    """``text`` quoted as found (``repr``), cut at ``limit`` characters: a finding about
    a line of a hundred thousand spaces does not repeat them.

    >>> shown("Số 05"), shown("x" * 300)[-4:]
    ("'Số 05'", "xx…'")
    """
    return repr(text if len(text) <= limit else text[: limit - 1] + "…")


@attrs.frozen(eq=False)
class Inspection:
    """The document under check and what was recognised in it."""

    document: WordDocument
    anatomy: Anatomy

    def text_width(self, paragraph: ParagraphView) -> int:
        """The width between the margins of the section ``paragraph`` is in, in twips."""
        section = self.document.section_of(paragraph)
        return section.page_width - section.margins["left"] - section.margins["right"]

    def available_width(self, paragraph: ParagraphView) -> int:
        """The width a paragraph's text may take: its cell's or the page's, less its indents."""
        width = self.cell_width(paragraph)
        base = self.text_width(paragraph) if width is None else width
        return base - paragraph.props.left - paragraph.props.right

    def cell_width(self, paragraph: ParagraphView) -> int | None:
        """The text width of the table cell holding ``paragraph`` (cell margins taken off)."""
        cell = paragraph.element.getparent()
        while cell is not None and cell.tag != w("tc"):
            cell = cell.getparent()
        if cell is None:
            return None
        width = _cell_width(cell)
        if width is None:
            return None
        left, right = _cell_margins(cell, self.document)
        return width - left - right

    def rule_length(self, mark: RuleMark) -> int | None:
        """How long a drawn rule is, in twips; ``None`` for typed characters."""
        if mark.kind == "drawing":
            if mark.line is not None:
                return mark.line.length
            return max(mark.paragraph.line_shapes, default=None)
        if mark.kind == "border":
            return self.available_width(mark.paragraph)
        return None


def _cell_width(cell: etree._Element) -> int | None:
    width = cell.find(f"{w('tcPr')}/{w('tcW')}")
    if width is not None and width.get(w("type"), "dxa") == "dxa":
        return measurement(width.get(w("w"))) or None
    row = cell.getparent()
    table = None if row is None else row.getparent()
    if table is None:
        return None
    index = list(row.iterfind(w("tc"))).index(cell) if row is not None else 0
    columns = table.findall(f"{w('tblGrid')}/{w('gridCol')}")
    if index < len(columns):
        return measurement(columns[index].get(w("w"))) or None
    return None


def _cell_margins(cell: etree._Element, document: WordDocument) -> tuple[int, int]:
    row = cell.getparent()
    table = None if row is None else row.getparent()
    levels: list[etree._Element | None] = []
    if table is not None:
        style = table.find(f"{w('tblPr')}/{w('tblStyle')}")
        for item in document.styles.chain(None if style is None else style.get(w("val"))):
            levels.append(item.find(f"{w('tblPr')}/{w('tblCellMar')}"))
        levels.append(table.find(f"{w('tblPr')}/{w('tblCellMar')}"))
    levels.append(cell.find(f"{w('tcPr')}/{w('tcMar')}"))
    margins = {"left": _DEFAULT_CELL_MARGIN, "right": _DEFAULT_CELL_MARGIN}
    for level in levels:
        if level is None:
            continue
        for side, names in (("left", ("left", "start")), ("right", ("right", "end"))):
            for name in names:
                element = level.find(w(name))
                if element is not None:
                    margins[side] = measurement(element.get(w("w"), "0"), margins[side])
    return margins["left"], margins["right"]
