"""A Word document as a sequence of paragraphs in reading order, with their formatting.

Paragraphs in tables are included where they are read (row by row, cell by cell), each
with its :class:`Location`; headers and footers are read per section. Text is what Word
shows: ``w:t`` contents, tabs as ``\\t``, line breaks as ``\\n``, deleted text left out.
"""

from __future__ import annotations

import bisect
import functools
import os
import unicodedata
from collections.abc import Iterator

import attrs
from lxml import etree

from vnreport.errors import PackageError
from vnreport.limits import PackageLimits
from vnreport.ooxml.drawings import DrawnLine, drawn_lines
from vnreport.ooxml.fonts import DocumentFonts
from vnreport.ooxml.names import R_NS, w
from vnreport.ooxml.numbering import Numbering
from vnreport.ooxml.package import DEFAULT_LIMITS, DocxPackage, limit_error
from vnreport.ooxml.styles import ParagraphProperties, RunProperties, StyleSheet, measurement

__all__ = ["Location", "ParagraphView", "RunView", "Section", "WordDocument", "normalize"]

_P, _R, _T, _TBL, _TR, _TC = w("p"), w("r"), w("t"), w("tbl"), w("tr"), w("tc")
_TAB, _BR, _CR, _DEL, _HYPHEN = w("tab"), w("br"), w("cr"), w("del"), w("noBreakHyphen")
_INSTRUCTION, _SIMPLE_FIELD = w("instrText"), w("fldSimple")
_STRICT_NS = "http://purl.oclc.org/ooxml/wordprocessingml/main"
# Where a paragraph's own runs may sit: hyperlinks, insertions, fields, smart tags …, but
# not deletions (not printed) or paragraphs of their own (text boxes).
_NOT_OWN = frozenset({_P, _DEL})


def normalize(text: str) -> str:
    """Text as compared by the checker: NFC, every kind of space one space, trimmed."""
    if not unicodedata.is_normalized("NFC", text):
        text = unicodedata.normalize("NFC", text)
    return " ".join(text.split())


@attrs.frozen
class Location:
    """Where a paragraph is: the story ("body", "header", "footer") and, in a table, which."""

    story: str = "body"
    table: int | None = None  # index of the table among all tables of the story
    row: int | None = None
    cell: int | None = None
    table_style: str | None = None

    @property
    def in_table(self) -> bool:
        return self.table is not None


@attrs.frozen(eq=False)
class RunView:
    """A run: its text, where it starts in the paragraph's text, and its formatting."""

    text: str
    start: int
    props: RunProperties
    element: etree._Element


@attrs.frozen(eq=False)
class ParagraphView:
    """A paragraph as printed."""

    index: int
    text: str
    runs: tuple[RunView, ...]
    props: ParagraphProperties
    location: Location
    element: etree._Element
    #: Field instructions in the paragraph ("PAGE", "NUMPAGES" …), upper-cased.
    fields: tuple[str, ...] = ()
    #: The horizontal lines drawn in the paragraph (line shapes, DrawingML or VML;
    #: pictures and text boxes are not lines), with where they are.
    lines: tuple[DrawnLine, ...] = ()
    #: Their lengths (twips).
    line_shapes: tuple[int, ...] = attrs.field(init=False)
    #: The text normalised for comparison (NFC, spaces folded, trimmed).
    plain: str = attrs.field(init=False)
    #: Where the first visible character of ``text`` is, and where the last one ends:
    #: only spaces come before the one and after the other.
    visible: tuple[int, int] = attrs.field(init=False)
    _starts: tuple[int, ...] = attrs.field(init=False, repr=False)

    def __attrs_post_init__(self) -> None:
        object.__setattr__(self, "plain", normalize(self.text))
        object.__setattr__(self, "line_shapes", tuple(line.length for line in self.lines))
        first = len(self.text) - len(self.text.lstrip())
        object.__setattr__(self, "visible", (first, len(self.text.rstrip())))
        object.__setattr__(self, "_starts", tuple(run.start for run in self.runs))

    def runs_in(self, start: int, end: int) -> tuple[RunView, ...]:
        """The runs that carry visible text between ``start`` and ``end``."""
        # Runs follow each other in the text: the first that may overlap is found by
        # bisection, so that the pieces of a long paragraph cost their own runs only.
        runs = self.runs
        found: list[RunView] = []
        for position in range(max(bisect.bisect_right(self._starts, start) - 1, 0), len(runs)):
            run = runs[position]
            if run.start >= end:
                break
            if run.start + len(run.text) > start and run.text.strip():
                found.append(run)
        return tuple(found)

    @property
    def text_runs(self) -> tuple[RunView, ...]:
        """The runs that carry visible text."""
        return tuple(run for run in self.runs if run.text.strip())


@attrs.frozen(eq=False)
class Section:
    """A section's page setup; lengths in twips."""

    page_width: int
    page_height: int
    orientation: str
    margins: dict[str, int]
    title_page: bool
    headers: dict[str, str]  # "default" / "first" / "even" → part name
    footers: dict[str, str]
    element: etree._Element | None


class WordDocument:
    """A .docx opened for reading."""

    def __init__(self, package: DocxPackage, styles: StyleSheet | None = None) -> None:
        """Read ``package``; ``styles`` may be a style sheet already read from the same
        styles part (a renderer reuses its template's). The paragraphs read, in the body
        and in the headers and footers, are counted against the package's
        ``limits.max_paragraphs``."""
        self.package = package
        self._paragraph_limit = package.limits.max_paragraphs
        self._paragraphs_read = 0
        root = package.xml(package.main)
        if root is not None and etree.QName(root).namespace == _STRICT_NS:
            raise PackageError(
                "the document is saved as Strict Open XML, which vnreport does not read: "
                'save it again from Word as "Word Document (*.docx)"'
            )
        if root is None or root.find(w("body")) is None:
            raise PackageError("the main document part has no body")
        self.root = root
        self.styles = styles if styles is not None else StyleSheet(_find_styles(package))
        self.numbering = Numbering(_find_part(package, "numbering.xml"))
        body = root.find(w("body"))
        assert body is not None
        self.paragraphs: tuple[ParagraphView, ...] = tuple(self._read(body, "body"))
        self.sections: tuple[Section, ...] = tuple(self._sections(body))
        # The index of the paragraph that closes each section but the last (its sectPr).
        self._section_ends = tuple(
            paragraph.index
            for paragraph in self.paragraphs
            if not paragraph.location.in_table
            and paragraph.element.find(f"{w('pPr')}/{w('sectPr')}") is not None
        )
        self._stories: dict[str, tuple[ParagraphView, ...]] = {}

    @functools.cached_property
    def fonts(self) -> DocumentFonts:
        """The document's theme fonts and font table, read when first needed."""
        return DocumentFonts(self.package)

    def section_of(self, paragraph: ParagraphView) -> Section:
        """The section a paragraph of the body is laid out in (the first section for a
        header's or footer's paragraph): an appendix may be landscape, the main text not."""
        if paragraph.location.story != "body":
            return self.sections[0]
        position = bisect.bisect_left(self._section_ends, paragraph.index)
        return self.sections[min(position, len(self.sections) - 1)]

    @classmethod
    def open(
        cls, source: str | os.PathLike[str] | bytes, limits: PackageLimits = DEFAULT_LIMITS
    ) -> WordDocument:
        """Open a .docx from a path or its bytes under ``limits``; :class:`PackageError`
        if it cannot be read."""
        return cls(DocxPackage.open(source, limits))

    def story(self, part: str, kind: str = "header") -> tuple[ParagraphView, ...]:
        """The paragraphs of a header or footer part."""
        if part not in self._stories:
            root = self.package.xml(part)
            self._stories[part] = () if root is None else tuple(self._read(root, kind))
        return self._stories[part]

    # --- reading -----------------------------------------------------------------------

    def _read(self, container: etree._Element, story: str) -> Iterator[ParagraphView]:
        counter = {"paragraph": 0, "table": 0}
        yield from self._blocks(container, Location(story=story), counter)

    def _blocks(
        self, container: etree._Element, location: Location, counter: dict[str, int]
    ) -> Iterator[ParagraphView]:
        for child in container:
            if child.tag == _P:
                yield self._paragraph(child, location, counter)
            elif child.tag == _TBL:
                table = counter["table"]
                counter["table"] += 1
                style = child.find(f"{w('tblPr')}/{w('tblStyle')}")
                style_id = None if style is None else style.get(w("val"))
                for row_index, row in enumerate(child.iterfind(_TR)):
                    for cell_index, cell in enumerate(row.iterfind(_TC)):
                        here = Location(location.story, table, row_index, cell_index, style_id)
                        yield from self._blocks(cell, here, counter)
            elif child.tag in (w("sdt"), w("customXml"), w("smartTag")):
                content = child.find(w("sdtContent"))
                yield from self._blocks(
                    content if content is not None else child, location, counter
                )

    def _paragraph(
        self, element: etree._Element, location: Location, counter: dict[str, int]
    ) -> ParagraphView:
        self._paragraphs_read += 1
        if self._paragraphs_read > self._paragraph_limit:
            raise limit_error(
                "max_paragraphs",
                self._paragraph_limit,
                "the number of paragraphs (body, headers and footers)",
            )
        index = counter["paragraph"]
        counter["paragraph"] += 1
        level = self.numbering.level(element)
        props = self.styles.paragraph_properties(element, location.table_style, level)
        runs: list[RunView] = []
        pieces: list[str] = []
        length = 0
        fields: list[str] = []
        run_properties = self.styles.run_properties
        for run in _own_runs(element):
            run_text = _run_text(run, fields)
            props_of_run = run_properties(run, props.style, location.table_style)
            runs.append(RunView(run_text, length, props_of_run, run))
            pieces.append(run_text)
            length += len(run_text)
        text = "".join(pieces)
        for simple in element.iter(_SIMPLE_FIELD):
            instruction = simple.get(w("instr"), "").strip()
            if instruction:
                fields.append(instruction.split(" ")[0].upper())
        return ParagraphView(
            index=index,
            text=text,
            runs=tuple(runs),
            props=props,
            location=location,
            element=element,
            fields=tuple(fields),
            lines=drawn_lines(element),
        )

    def _sections(self, body: etree._Element) -> Iterator[Section]:
        properties = [p.find(f"{w('pPr')}/{w('sectPr')}") for p in body.iterfind(w("p"))]
        properties = [element for element in properties if element is not None]
        final = body.find(w("sectPr"))
        for element in [*properties, final]:
            yield _section(element, self.package.relationships)


def _find_styles(package: DocxPackage) -> etree._Element | None:
    for name in package.relationships.values():
        if name.endswith("styles.xml") and not name.endswith("stylesWithEffects.xml"):
            return package.xml(name)
    return package.xml("word/styles.xml")


def _find_part(package: DocxPackage, name: str) -> etree._Element | None:
    """The main document's related part whose name ends with ``name``."""
    for part in package.relationships.values():
        if part.endswith(f"/{name}") or part == name:
            return package.xml(part)
    return None


def _own_runs(paragraph: etree._Element) -> Iterator[etree._Element]:
    """The paragraph's runs, in order, without those of text boxes inside it or deleted.

    Most runs are the paragraph's children; others sit in hyperlinks, insertions, fields,
    or in text boxes (with paragraphs of their own) and deletions. Whether the runs under
    an element are the paragraph's own is found once per element, so that runs nested
    deep cost no walk up to the paragraph each.
    """
    known: dict[etree._Element, bool] = {}
    for run in paragraph.iter(_R):
        path: list[etree._Element] = []
        owner = run.getparent()
        while owner is not None and owner is not paragraph and owner not in known:
            if owner.tag in _NOT_OWN:
                known[owner] = False
                break
            path.append(owner)
            owner = owner.getparent()
        own = owner is paragraph or (owner is not None and known.get(owner, False))
        for element in path:
            known[element] = own
        if own:
            yield run


def _run_text(run: etree._Element, fields: list[str]) -> str:
    """The run's text; the field instructions it holds are added to ``fields``."""
    pieces = []
    for child in run:
        tag = child.tag
        if tag == _T:
            pieces.append(child.text or "")
        elif tag == _TAB:
            pieces.append("\t")
        elif tag in (_BR, _CR):
            pieces.append("\n")
        elif tag == _HYPHEN:
            pieces.append("-")
        elif tag == _INSTRUCTION:
            instruction = (child.text or "").strip()
            if instruction:
                fields.append(instruction.split(" ")[0].upper())
    return "".join(pieces)


def _section(element: etree._Element | None, relationships: dict[str, str]) -> Section:
    def value(tag: str, attribute: str, default: int) -> int:
        found = None if element is None else element.find(w(tag))
        return measurement(None if found is None else found.get(w(attribute)), default)

    size = None if element is None else element.find(w("pgSz"))
    orientation = "portrait" if size is None else size.get(w("orient"), "portrait")
    margins = {
        side: value("pgMar", side, default)
        for side, default in (
            ("top", 1440),
            ("bottom", 1440),
            ("left", 1800),
            ("right", 1800),
            ("header", 720),
            ("footer", 720),
        )
    }
    headers: dict[str, str] = {}
    footers: dict[str, str] = {}
    if element is not None:
        for tag, target in (("headerReference", headers), ("footerReference", footers)):
            for reference in element.iterfind(w(tag)):
                part = relationships.get(reference.get(f"{{{R_NS}}}id", ""))
                if part:
                    target[reference.get(w("type"), "default")] = part
    title_page = False
    if element is not None:
        flag = element.find(w("titlePg"))
        title_page = flag is not None and flag.get(w("val"), "true") not in ("0", "false", "off")
    return Section(
        page_width=value("pgSz", "w", 12240),
        page_height=value("pgSz", "h", 15840),
        orientation=orientation,
        margins=margins,
        title_page=title_page,
        headers=headers,
        footers=footers,
        element=element,
    )
