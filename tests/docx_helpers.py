"""Reading a rendered .docx the way Word does: parts, text, and formatting resolved
through the style chain.

A paragraph rarely carries its own formatting: its size, weight, alignment and spacing
come from its style, the style's ``basedOn`` ancestors and finally ``w:docDefaults``.
:class:`Styles` resolves each property in that order, after the paragraph's (or run's)
direct formatting, one attribute at a time (``w:spacing w:before`` can come from one
style and ``w:line`` from another), which is what a test of the printed layout needs.
"""

from __future__ import annotations

import io
import zipfile
from collections.abc import Iterable, Iterator
from typing import Any

import attrs
import docx
from docx.document import Document as DocxDocument
from docx.text.paragraph import Paragraph as DocxParagraph
from lxml import etree

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
W = f"{{{W_NS}}}"
NS = {"w": W_NS}
FONT_SLOTS = ("ascii", "hAnsi", "eastAsia", "cs")
TWIPS_PER_MM = 1440 / 25.4
_OFF = ("0", "false", "off")
_NO_BORDER = ("nil", "none")


def w(name: str) -> str:
    """The Clark name of a WordprocessingML element or attribute: ``w("p")``."""
    return f"{W}{name}"


# --- the package ---------------------------------------------------------------------


def zip_parts(data: bytes) -> dict[str, bytes]:
    """Part name → bytes, in archive order."""
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        return {info.filename: archive.read(info) for info in archive.infolist()}


def strict_parse(xml: bytes) -> etree._Element:
    """Parse a part with a parser that recovers from nothing and resolves nothing."""
    parser = etree.XMLParser(recover=False, resolve_entities=False, no_network=True)
    return etree.fromstring(xml, parser)


def open_docx(data: bytes) -> DocxDocument:
    """The rendered bytes opened with python-docx."""
    return docx.Document(io.BytesIO(data))


# --- text ----------------------------------------------------------------------------


def text_of(element: etree._Element) -> str:
    """The text of a paragraph (or any element): its ``w:t`` contents, in order."""
    return "".join(node.text or "" for node in element.iter(w("t")))


def run_texts(element: etree._Element) -> Iterator[str]:
    """The text of every run below ``element``."""
    for run in element.iter(w("r")):
        yield text_of(run)


def all_paragraphs(document: DocxDocument) -> list[DocxParagraph]:
    """Every paragraph python-docx can reach: the body (tables included, in reading
    order) and the headers and footers of every section, first page ones included."""
    paragraphs = [DocxParagraph(p, document._body) for p in document.element.body.iter(w("p"))]
    for section in document.sections:
        for story in (
            section.header,
            section.first_page_header,
            section.footer,
            section.first_page_footer,
        ):
            if story.is_linked_to_previous:
                continue
            paragraphs.extend(DocxParagraph(p, story) for p in story._element.iter(w("p")))
    return paragraphs


def document_text(document: DocxDocument) -> str:
    """All the text of the document as python-docx reads it, one paragraph a line."""
    return "\n".join(paragraph.text for paragraph in all_paragraphs(document))


def body_children(document: DocxDocument) -> list[etree._Element]:
    """The paragraphs and tables directly in the body, in order."""
    return [child for child in document.element.body if child.tag in (w("p"), w("tbl"))]


def style_id(paragraph: etree._Element) -> str | None:
    """The paragraph's own ``w:pStyle``, if it names one."""
    element = paragraph.find(f"{W}pPr/{W}pStyle")
    return None if element is None else element.get(w("val"))


def paragraphs_with_style(root: etree._Element, style: str) -> list[etree._Element]:
    """The paragraphs below ``root`` whose style is ``style``."""
    return [p for p in root.iter(w("p")) if style_id(p) == style]


def body_between(document: DocxDocument) -> list[etree._Element]:
    """The body paragraphs after the rule under the subject and before the signature
    table (the last table of the body)."""
    children = body_children(document)
    start = next(
        index for index, child in enumerate(children) if style_id(child) == "VNSubjectRule"
    )
    end = max(index for index, child in enumerate(children) if child.tag == w("tbl"))
    return [child for child in children[start + 1 : end] if child.tag == w("p")]


# --- formatting ----------------------------------------------------------------------


def is_on(element: etree._Element | None) -> bool | None:
    """The value of an on/off property element; ``None`` when it is absent."""
    if element is None:
        return None
    return element.get(w("val"), "true") not in _OFF


@attrs.frozen
class Border:
    """One side of a paragraph or table border."""

    value: str
    size: int
    space: int
    color: str | None


@attrs.frozen
class Effective:
    """The formatting a paragraph (and one of its runs) prints with."""

    size: float
    bold: bool
    italic: bool
    alignment: str
    fonts: dict[str, str | None]
    first_line: int
    left: int
    right: int
    spacing_before: int
    spacing_after: int
    line: int
    line_rule: str
    keep_next: bool
    keep_lines: bool
    borders: dict[str, Border | None]
    color: str | None
    caps: bool


class Styles:
    """The styles part of a document, able to resolve effective formatting."""

    def __init__(self, styles: etree._Element) -> None:
        self.root = styles
        self.by_id: dict[str, etree._Element] = {
            style.get(w("styleId"), ""): style for style in styles.iter(w("style"))
        }
        self.default_paragraph = next(
            (
                style.get(w("styleId"))
                for style in styles.iter(w("style"))
                if style.get(w("type")) == "paragraph"
                and style.get(w("default")) in ("1", "true", "on")
            ),
            None,
        )
        self.run_defaults = styles.find(f"{W}docDefaults/{W}rPrDefault/{W}rPr")
        self.paragraph_defaults = styles.find(f"{W}docDefaults/{W}pPrDefault/{W}pPr")

    @classmethod
    def of(cls, document: DocxDocument) -> Styles:
        return cls(document.styles.element)

    def chain(self, style: str | None) -> list[etree._Element]:
        """The style and its ``basedOn`` ancestors, nearest first."""
        found: list[etree._Element] = []
        current = self.by_id.get(style or "")
        while current is not None and current not in found:
            found.append(current)
            based_on = current.find(w("basedOn"))
            current = None if based_on is None else self.by_id.get(based_on.get(w("val"), ""))
        return found

    def paragraph_style(self, paragraph: etree._Element) -> str | None:
        return style_id(paragraph) or self.default_paragraph

    def _paragraph_levels(self, paragraph: etree._Element) -> list[etree._Element | None]:
        """Where paragraph properties come from, most specific first."""
        chain = self.chain(self.paragraph_style(paragraph))
        return [
            paragraph.find(w("pPr")),
            *(style.find(w("pPr")) for style in chain),
            self.paragraph_defaults,
        ]

    def _run_levels(
        self, paragraph: etree._Element, run: etree._Element | None
    ) -> list[etree._Element | None]:
        """Where run properties come from, most specific first (a run's character style
        sits between its direct formatting and the paragraph style)."""
        levels: list[etree._Element | None] = []
        if run is not None:
            levels.append(run.find(w("rPr")))
            run_style = run.find(f"{W}rPr/{W}rStyle")
            if run_style is not None:
                levels.extend(style.find(w("rPr")) for style in self.chain(run_style.get(w("val"))))
        chain = self.chain(self.paragraph_style(paragraph))
        levels.extend(style.find(w("rPr")) for style in chain)
        levels.append(self.run_defaults)
        return levels

    @staticmethod
    def _attribute(levels: Iterable[etree._Element | None], tag: str, attribute: str) -> str | None:
        for level in levels:
            if level is None:
                continue
            element = level.find(w(tag))
            if element is not None and element.get(w(attribute)) is not None:
                return element.get(w(attribute))
        return None

    @staticmethod
    def _flag(levels: Iterable[etree._Element | None], tag: str) -> bool:
        for level in levels:
            if level is None:
                continue
            value = is_on(level.find(w(tag)))
            if value is not None:
                return value
        return False

    @staticmethod
    def _border(levels: Iterable[etree._Element | None], side: str) -> Border | None:
        for level in levels:
            if level is None:
                continue
            element = level.find(f"{W}pBdr/{W}{side}")
            if element is not None:
                value = element.get(w("val"), "nil")
                if value in _NO_BORDER:
                    return None
                return Border(
                    value=value,
                    size=int(element.get(w("sz"), "0")),
                    space=int(element.get(w("space"), "0")),
                    color=element.get(w("color")),
                )
        return None

    def effective(self, paragraph: etree._Element, run: etree._Element | None = None) -> Effective:
        """The formatting of ``paragraph``, and of ``run`` in it (its first run with
        text when ``run`` is not given)."""
        if run is None:
            run = next((r for r in paragraph.iter(w("r")) if text_of(r)), None)
        p_levels = self._paragraph_levels(paragraph)
        r_levels = self._run_levels(paragraph, run)
        size = self._attribute(r_levels, "sz", "val")
        return Effective(
            size=int(size) / 2 if size is not None else 10.0,
            bold=self._flag(r_levels, "b"),
            italic=self._flag(r_levels, "i"),
            alignment=self._attribute(p_levels, "jc", "val") or "left",
            fonts={slot: self._attribute(r_levels, "rFonts", slot) for slot in FONT_SLOTS},
            first_line=int(self._attribute(p_levels, "ind", "firstLine") or 0),
            left=int(
                self._attribute(p_levels, "ind", "left")
                or self._attribute(p_levels, "ind", "start")
                or 0
            ),
            right=int(
                self._attribute(p_levels, "ind", "right")
                or self._attribute(p_levels, "ind", "end")
                or 0
            ),
            spacing_before=int(self._attribute(p_levels, "spacing", "before") or 0),
            spacing_after=int(self._attribute(p_levels, "spacing", "after") or 0),
            line=int(self._attribute(p_levels, "spacing", "line") or 240),
            line_rule=self._attribute(p_levels, "spacing", "lineRule") or "auto",
            keep_next=self._flag(p_levels, "keepNext"),
            keep_lines=self._flag(p_levels, "keepLines"),
            borders={
                side: self._border(p_levels, side) for side in ("top", "left", "bottom", "right")
            },
            color=self._attribute(r_levels, "color", "val"),
            caps=self._flag(r_levels, "caps"),
        )

    def runs(self, paragraph: etree._Element) -> list[tuple[str, Effective]]:
        """Each run with text, with its effective formatting."""
        return [
            (text_of(run), self.effective(paragraph, run))
            for run in paragraph.iter(w("r"))
            if text_of(run)
        ]

    # Tables -------------------------------------------------------------------------

    def table_borders(self, table: etree._Element) -> dict[str, str]:
        """Each side of a table's borders (direct, then the table style chain): its
        ``w:val``, "nil" when nothing draws it."""
        style = table.find(f"{W}tblPr/{W}tblStyle")
        levels = [table.find(w("tblPr"))]
        if style is not None:
            levels.extend(s.find(w("tblPr")) for s in self.chain(style.get(w("val"))))
        sides = {}
        for side in ("top", "left", "bottom", "right", "insideH", "insideV"):
            value = "nil"
            for level in levels:
                if level is None:
                    continue
                element = level.find(f"{W}tblBorders/{W}{side}")
                if element is not None:
                    value = element.get(w("val"), "nil")
                    break
            sides[side] = value
        return sides

    def cell_margins(self, table: etree._Element, cell: etree._Element) -> tuple[int, int]:
        """The left and right margins of ``cell`` in twips (cell, table, table style,
        then Word's default of 108)."""
        style = table.find(f"{W}tblPr/{W}tblStyle")
        levels: list[Any] = [cell.find(f"{W}tcPr/{W}tcMar"), table.find(f"{W}tblPr/{W}tblCellMar")]
        if style is not None:
            levels.extend(
                s.find(f"{W}tblPr/{W}tblCellMar") for s in self.chain(style.get(w("val")))
            )
        result = []
        for side, alias in (("left", "start"), ("right", "end")):
            value = 108
            for level in levels:
                if level is None:
                    continue
                element = level.find(w(side))
                if element is None:
                    element = level.find(w(alias))
                if element is not None:
                    value = int(element.get(w("w"), "0"))
                    break
            result.append(value)
        return result[0], result[1]


# --- tables and the page -------------------------------------------------------------


def grid(table: etree._Element) -> list[int]:
    """The widths of a table's grid columns, in twips."""
    return [int(col.get(w("w"), "0")) for col in table.iter(w("gridCol"))]


def table_width(table: etree._Element) -> int:
    element = table.find(f"{W}tblPr/{W}tblW")
    assert element is not None
    assert element.get(w("type"), "dxa") == "dxa"
    return int(element.get(w("w"), "0"))


def table_indent(table: etree._Element) -> int:
    element = table.find(f"{W}tblPr/{W}tblInd")
    return 0 if element is None else int(element.get(w("w"), "0"))


def cells(table: etree._Element) -> list[list[etree._Element]]:
    """The table's cells, row by row (this renderer merges no cells)."""
    return [list(row.iter(w("tc"))) for row in table.iter(w("tr"))]


def cell_width(cell: etree._Element) -> int:
    element = cell.find(f"{W}tcPr/{W}tcW")
    assert element is not None
    return int(element.get(w("w"), "0"))


def section_properties(document: DocxDocument) -> etree._Element:
    sections = list(document.element.body.iter(w("sectPr")))
    assert len(sections) == 1
    return sections[0]


def page_text_width(document: DocxDocument) -> int:
    """Page width minus the left and right margins, in twips."""
    section = section_properties(document)
    size = section.find(w("pgSz"))
    margins = section.find(w("pgMar"))
    assert size is not None
    assert margins is not None
    return (
        int(size.get(w("w"), "0"))
        - int(margins.get(w("left"), "0"))
        - int(margins.get(w("right"), "0"))
    )
