"""Single deviations from Nghị định 30/2020 applied to a rendered .docx.

A :class:`Docx` holds the parts of a document, parses the XML ones on demand and zips
them again; :data:`MUTATIONS` lists one deviation each (a wrong margin, Arial in one run,
"tháng 06" …) with the rule the checker must report, where, and whether ``--fix`` may
repair it. The paragraph a mutation edits is chosen on the unmutated document, read with
:class:`vnreport.ooxml.WordDocument`, so that the index the checker reports can be
compared with it.
"""

from __future__ import annotations

import io
import re
import zipfile
from collections.abc import Callable
from dataclasses import dataclass

from lxml import etree

from vnreport.conformance import Severity
from vnreport.ooxml.archive import write_package
from vnreport.ooxml.document import WordDocument

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
R_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
DOCUMENT = "word/document.xml"
STYLES = "word/styles.xml"


def w(name: str) -> str:
    """The Clark name of a WordprocessingML element or attribute."""
    return f"{{{W_NS}}}{name}"


# Children of w:pPr and w:rPr in the schema's order, so that edits stay valid for Word.
_PPR_ORDER = [
    "pStyle", "keepNext", "keepLines", "pageBreakBefore", "framePr", "widowControl", "numPr",
    "suppressLineNumbers", "pBdr", "shd", "tabs", "suppressAutoHyphens", "kinsoku",
    "wordWrap", "overflowPunct", "topLinePunct", "autoSpaceDE", "autoSpaceDN", "bidi",
    "adjustRightInd", "snapToGrid", "spacing", "ind", "contextualSpacing", "mirrorIndents",
    "suppressOverlap", "jc", "textDirection", "textAlignment", "textboxTightWrap",
    "outlineLvl", "divId", "cnfStyle", "rPr", "sectPr", "pPrChange",
]  # fmt: skip
_RPR_ORDER = [
    "rStyle", "rFonts", "b", "bCs", "i", "iCs", "caps", "smallCaps", "strike", "dstrike",
    "outline", "shadow", "emboss", "imprint", "noProof", "snapToGrid", "vanish", "webHidden",
    "color", "spacing", "w", "kern", "position", "sz", "szCs", "highlight", "u", "effect",
    "bdr", "shd", "fitText", "vertAlign", "rtl", "cs", "em", "lang", "eastAsianLayout",
    "specVanish", "oMath",
]  # fmt: skip
_SECTPR_ORDER = [
    "headerReference", "footerReference", "footnotePr", "endnotePr", "type", "pgSz", "pgMar",
    "paperSrc", "pgBorders", "lnNumType", "pgNumType", "cols", "formProt", "vAlign",
    "noEndnote", "titlePg", "textDirection", "bidi", "rtlGutter", "docGrid", "printerSettings",
    "sectPrChange",
]  # fmt: skip


def set_child(parent: etree._Element, name: str, order: list[str], **values: str) -> etree._Element:
    """The child ``w:name`` of ``parent`` (created in schema order if missing), with the
    attributes ``values`` set (``w:`` attributes, given without prefix)."""
    child = parent.find(w(name))
    if child is None:
        child = etree.Element(w(name))
        rank = order.index(name)
        position = 0
        for index, sibling in enumerate(parent):
            local = etree.QName(sibling).localname
            if local in order and order.index(local) < rank:
                position = index + 1
        parent.insert(position, child)
    for key, value in values.items():
        child.set(w(key), value)
    return child


def _properties(element: etree._Element, name: str) -> etree._Element:
    properties = element.find(w(name))
    if properties is None:
        properties = etree.Element(w(name))
        element.insert(0, properties)
    return properties


def ppr(paragraph: etree._Element) -> etree._Element:
    """The paragraph's w:pPr, created if missing."""
    return _properties(paragraph, "pPr")


def rpr(run: etree._Element) -> etree._Element:
    """The run's w:rPr, created if missing."""
    return _properties(run, "rPr")


def set_paragraph_property(paragraph: etree._Element, name: str, **values: str) -> None:
    set_child(ppr(paragraph), name, _PPR_ORDER, **values)


def set_run_property(run: etree._Element, name: str, **values: str) -> None:
    set_child(rpr(run), name, _RPR_ORDER, **values)


def text_runs(paragraph: etree._Element) -> list[etree._Element]:
    """The runs of a paragraph that hold text."""
    return [run for run in paragraph.iter(w("r")) if run.find(w("t")) is not None]


class Docx:
    """The parts of a .docx, editable; :meth:`data` zips them again."""

    def __init__(self, data: bytes) -> None:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            self.parts = {info.filename: archive.read(info) for info in archive.infolist()}
        self._trees: dict[str, etree._Element] = {}

    def xml(self, name: str) -> etree._Element:
        """The part ``name``, parsed once; edits to it are kept."""
        if name not in self._trees:
            self._trees[name] = etree.fromstring(self.parts[name])
        return self._trees[name]

    def data(self) -> bytes:
        """The package with every edited part serialised, as .docx bytes."""
        parts = [
            (
                name,
                etree.tostring(self._trees[name], xml_declaration=True, encoding="UTF-8")
                if name in self._trees
                else data,
            )
            for name, data in self.parts.items()
        ]
        return write_package(parts)

    # --- the main part ---------------------------------------------------------------

    @property
    def body(self) -> etree._Element:
        body = self.xml(DOCUMENT).find(w("body"))
        assert body is not None
        return body

    def paragraphs(self) -> list[etree._Element]:
        """The body's paragraphs in reading order, table cells included (as WordDocument
        counts them: not those of text boxes)."""
        return [
            p
            for p in self.body.iter(w("p"))
            if not any(etree.QName(a).localname == "txbxContent" for a in p.iterancestors())
        ]

    def paragraph(self, index: int) -> etree._Element:
        return self.paragraphs()[index]

    @property
    def section(self) -> etree._Element:
        section = self.body.find(w("sectPr"))
        assert section is not None
        return section

    def set_section(self, name: str, **values: str) -> None:
        set_child(self.section, name, _SECTPR_ORDER, **values)

    def story_part(self, kind: str, which: str = "default") -> str:
        """The part name of the section's header or footer of type ``which``."""
        rels = etree.fromstring(self.parts["word/_rels/document.xml.rels"])
        targets = {rel.get("Id"): rel.get("Target") for rel in rels}
        for reference in self.section.iterfind(w(f"{kind}Reference")):
            if reference.get(w("type")) == which:
                return "word/" + str(targets[reference.get(f"{{{R_NS}}}id")])
        raise KeyError(f"no {which} {kind}")

    # --- styles --------------------------------------------------------------------

    def style(self, style_id: str) -> etree._Element:
        for style in self.xml(STYLES).iter(w("style")):
            if style.get(w("styleId")) == style_id:
                return style
        raise KeyError(style_id)


# --- editing the text ------------------------------------------------------------------


def replace_text(paragraph: etree._Element, old: str, new: str) -> None:
    """Replace ``old`` by ``new`` in the one w:t of ``paragraph`` that holds it."""
    nodes = [t for t in paragraph.iter(w("t")) if old in (t.text or "")]
    assert len(nodes) == 1, f"{old!r} is in {len(nodes)} text nodes"
    nodes[0].text = (nodes[0].text or "").replace(old, new, 1)


def set_text(paragraph: etree._Element, text: str) -> None:
    """The whole text of a single-run paragraph replaced."""
    nodes = list(paragraph.iter(w("t")))
    assert len(nodes) == 1, f"the paragraph has {len(nodes)} text nodes"
    nodes[0].text = text


def text_paragraph(text: str, style: str | None = None) -> etree._Element:
    """A new paragraph with one run of ``text``."""
    paragraph = etree.Element(w("p"))
    if style is not None:
        set_paragraph_property(paragraph, "pStyle", val=style)
    run = etree.SubElement(paragraph, w("r"))
    node = etree.SubElement(run, w("t"))
    node.text = text
    node.set("{http://www.w3.org/XML/1998/namespace}space", "preserve")
    return paragraph


def page_field_paragraph(style: str = "VNPageNumber") -> etree._Element:
    """A paragraph holding a PAGE field, as vnreport's header does."""
    paragraph = etree.Element(w("p"))
    set_paragraph_property(paragraph, "pStyle", val=style)
    for kind, text in (("begin", None), (None, " PAGE "), ("separate", None), (None, "2")):
        run = etree.SubElement(paragraph, w("r"))
        if kind is not None:
            etree.SubElement(run, w("fldChar")).set(w("fldCharType"), kind)
        elif text == " PAGE ":
            instruction = etree.SubElement(run, w("instrText"))
            instruction.text = text
            instruction.set("{http://www.w3.org/XML/1998/namespace}space", "preserve")
        else:
            etree.SubElement(run, w("t")).text = text
    etree.SubElement(etree.SubElement(paragraph, w("r")), w("fldChar")).set(w("fldCharType"), "end")
    return paragraph


# --- choosing paragraphs in the unmutated document ---------------------------------------

Locate = Callable[[WordDocument], int]


def styled(style: str, nth: int = 0) -> Locate:
    """The ``nth`` paragraph of the body in ``style``."""

    def locate(document: WordDocument) -> int:
        return [p.index for p in document.paragraphs if p.props.style == style][nth]

    return locate


def starting(prefix: str) -> Locate:
    """The first paragraph of the body whose text starts with ``prefix``."""

    def locate(document: WordDocument) -> int:
        return next(p.index for p in document.paragraphs if p.plain.startswith(prefix))

    return locate


def body_text(document: WordDocument) -> int:
    """The first paragraph of plain body text (not a heading, not a dash item)."""
    return next(
        p.index
        for p in document.paragraphs
        if p.props.style == "VNBody" and p.plain and not re.match(r"^\d+\.", p.plain)
    )


def last_body(document: WordDocument) -> int:
    return styled("VNBodyLast")(document)


def texts(document: WordDocument) -> list[str]:
    """Every paragraph's text: the body, then each header and footer part once."""
    found = [p.text for p in document.paragraphs]
    seen: set[str] = set()
    for section in document.sections:
        for kind, parts in (("header", section.headers), ("footer", section.footers)):
            for part in parts.values():
                if part not in seen:
                    seen.add(part)
                    found += [f"{part}: {p.text}" for p in document.story(part, kind)]
    return found


# --- the mutations ---------------------------------------------------------------------

Edit = Callable[[Docx, "int | None"], None]


@dataclass(frozen=True)
class Mutation:
    """One deviation, and what the checker must say about it.

    ``target`` picks the paragraph ``edit`` changes (``None`` for a page-level edit);
    ``at`` the paragraph the finding of ``rule`` must name, when not the target itself
    (a stack's first line, the typed rule under a text); ``rules`` every rule the
    mutated document breaks (``rule`` and the ones it legitimately drags along);
    ``mentions`` what the finding must quote; ``fixable`` whether ``--fix`` repairs it.
    """

    id: str
    rule: str
    edit: Edit
    target: Locate | None = None
    at: Locate | None = None
    also: tuple[str, ...] = ()
    mentions: tuple[str, ...] = ()
    fixable: bool = False
    severity: Severity = Severity.ERROR
    base: str = "seed"
    #: Where the finding is: a paragraph of the body, or the page (None).
    page_level: bool = False
    #: Every paragraph the rule reports, when the one deviation shows in several places.
    locations: Callable[[WordDocument], list[int | None]] | None = None
    #: The deviation shows in every paragraph: only the first finding's place is checked.
    everywhere: bool = False

    @property
    def rules(self) -> frozenset[str]:
        return frozenset((self.rule, *self.also))

    def target_index(self, document: WordDocument) -> int | None:
        return None if self.target is None else self.target(document)

    def expected_paragraph(self, document: WordDocument) -> int | None:
        if self.page_level:
            return None
        locate = self.at or self.target
        assert locate is not None
        return locate(document)

    def expected_locations(self, document: WordDocument) -> list[int | None] | None:
        """The paragraphs of every finding of ``rule``, in order (``None``: not checked)."""
        if self.everywhere:
            return None
        if self.locations is not None:
            return self.locations(document)
        return [self.expected_paragraph(document)]

    def apply(self, data: bytes) -> bytes:
        document = WordDocument.open(data)
        docx = Docx(data)
        # Both count the same paragraphs, so an index of one is an index of the other.
        assert len(docx.paragraphs()) == len(document.paragraphs)
        self.edit(docx, self.target_index(document))
        return docx.data()


def _margin(side: str, millimetres: float) -> Edit:
    def edit(docx: Docx, _: int | None) -> None:
        docx.set_section("pgMar", **{side: str(round(millimetres * 1440 / 25.4))})

    return edit


def _page_size(width: int, height: int, orient: str | None = None) -> Edit:
    def edit(docx: Docx, _: int | None) -> None:
        values = {"w": str(width), "h": str(height)}
        if orient:
            values["orient"] = orient
        docx.set_section("pgSz", **values)

    return edit


def _first_run(name: str, **values: str) -> Edit:
    """A run property on the first text run of the target paragraph."""

    def edit(docx: Docx, index: int | None) -> None:
        assert index is not None
        set_run_property(text_runs(docx.paragraph(index))[0], name, **values)

    return edit


def _every_run(name: str, **values: str) -> Edit:
    def edit(docx: Docx, index: int | None) -> None:
        assert index is not None
        for run in text_runs(docx.paragraph(index)):
            set_run_property(run, name, **values)

    return edit


def _paragraph_property(name: str, **values: str) -> Edit:
    def edit(docx: Docx, index: int | None) -> None:
        assert index is not None
        set_paragraph_property(docx.paragraph(index), name, **values)

    return edit


def _replace(old: str, new: str) -> Edit:
    def edit(docx: Docx, index: int | None) -> None:
        assert index is not None
        replace_text(docx.paragraph(index), old, new)

    return edit


def _rewrite(function: Callable[[str], str]) -> Edit:
    """The target paragraph's text (one run) rewritten by ``function``."""

    def edit(docx: Docx, index: int | None) -> None:
        assert index is not None
        paragraph = docx.paragraph(index)
        nodes = list(paragraph.iter(w("t")))
        assert len(nodes) == 1
        nodes[0].text = function(nodes[0].text or "")

    return edit


def _theme_font_on_style(docx: Docx, _: int | None) -> None:
    style = docx.style("Heading1")
    properties = style.find(w("rPr"))
    assert properties is not None
    set_child(properties, "rFonts", _RPR_ORDER, asciiTheme="majorHAnsi", hAnsiTheme="majorHAnsi")


def _east_asian_hint(docx: Docx, index: int | None) -> None:
    """What a Chinese input method leaves in a run: w:hint="eastAsia", a Chinese East
    Asian language and an East Asian font; Word then shows the run's Vietnamese letters
    (à, ư, ệ …) in that font."""
    assert index is not None
    run = text_runs(docx.paragraph(index))[0]
    set_run_property(run, "rFonts", hint="eastAsia", eastAsia="SimSun")
    set_run_property(run, "lang", eastAsia="zh-CN")


def _remove_paragraph(docx: Docx, index: int | None) -> None:
    assert index is not None
    paragraph = docx.paragraph(index)
    parent = paragraph.getparent()
    assert parent is not None
    parent.remove(paragraph)


def _typed_rule(docx: Docx, index: int | None) -> None:
    assert index is not None
    paragraph = docx.paragraph(index)
    paragraph.addprevious(text_paragraph("_" * 22, style="VNMotto"))
    parent = paragraph.getparent()
    assert parent is not None
    parent.remove(paragraph)


def _full_width_rule(docx: Docx, index: int | None) -> None:
    assert index is not None
    set_paragraph_property(docx.paragraph(index), "ind", left="0", right="0")


def _type_and_symbol(type_name: str, symbol: str) -> Edit:
    def edit(docx: Docx, _: int | None) -> None:
        paragraphs = docx.paragraphs()
        number = next(p for p in paragraphs if _style_of(p) == "VNNumber")
        replace_text(number, "/BC-", f"/{symbol}-")
        if type_name:
            set_text(next(p for p in paragraphs if _style_of(p) == "VNTypeName"), type_name)

    return edit


def _style_of(paragraph: etree._Element) -> str | None:
    style = paragraph.find(f"{w('pPr')}/{w('pStyle')}")
    return None if style is None else style.get(w("val"))


def _remove_title_page(docx: Docx, _: int | None) -> None:
    flag = docx.section.find(w("titlePg"))
    assert flag is not None
    docx.section.remove(flag)


def _page_field_on_first_page(docx: Docx, _: int | None) -> None:
    header = docx.xml(docx.story_part("header", "first"))
    for paragraph in list(header):
        header.remove(paragraph)
    header.append(page_field_paragraph())


def _no_page_field(docx: Docx, _: int | None) -> None:
    header = docx.xml(docx.story_part("header"))
    for paragraph in list(header):
        header.remove(paragraph)
    etree.SubElement(header, w("p"))


def _page_number_in_footer(docx: Docx, _: int | None) -> None:
    _no_page_field(docx, None)
    footer = docx.xml(docx.story_part("footer"))
    for paragraph in list(footer):
        footer.remove(paragraph)
    footer.append(page_field_paragraph())


def _arial_in_page_number(docx: Docx, _: int | None) -> None:
    header = docx.xml(docx.story_part("header"))
    runs = [run for run in header.iter(w("r")) if run.find(w("t")) is not None]
    set_run_property(runs[0], "rFonts", ascii="Arial", hAnsi="Arial")


def _points_relabel(docx: Docx, index: int | None) -> None:
    assert index is not None
    replace_text(docx.paragraph(index), "c)", "e)")


MOTTO_DASH = "Độc lập – Tự do – Hạnh phúc"

MUTATIONS: tuple[Mutation, ...] = (
    # --- the page -----------------------------------------------------------------------
    Mutation(
        "margin-top-30mm",
        "page.margins",
        _margin("top", 30),
        page_level=True,
        mentions=("top margin 30.0 mm", "20–25 mm"),
        fixable=True,
    ),
    Mutation(
        "margin-bottom-15mm",
        "page.margins",
        _margin("bottom", 15),
        page_level=True,
        mentions=("bottom margin 15.0 mm", "20–25 mm"),
        fixable=True,
    ),
    Mutation(
        "margin-left-25mm",
        "page.margins",
        _margin("left", 25),
        page_level=True,
        mentions=("left margin 25.0 mm", "30–35 mm"),
        fixable=True,
    ),
    Mutation(
        "margin-right-25mm",
        "page.margins",
        _margin("right", 25),
        page_level=True,
        mentions=("right margin 25.0 mm", "15–20 mm"),
        fixable=True,
    ),
    Mutation(
        "letter-paper",
        "page.size",
        _page_size(12240, 15840),
        page_level=True,
        mentions=("216 × 279 mm", "A4"),
        fixable=True,
    ),
    Mutation(
        "landscape",
        "page.orientation",
        _page_size(16838, 11906, "landscape"),
        page_level=True,
        # The subject now fits on one line while its rule (fixed indents) grows with the
        # text width: the rule is 0.65 of the line, longer than half.
        also=("subject.rule",),
        mentions=("landscape", "portrait"),
        severity=Severity.WARNING,
    ),
    # --- fonts --------------------------------------------------------------------------
    Mutation(
        "arial-in-one-run",
        "font.family",
        _first_run("rFonts", ascii="Arial", hAnsi="Arial"),
        target=body_text,
        mentions=("'Arial'", "Times New Roman"),
        fixable=True,
    ),
    Mutation(
        "theme-font-on-heading-style",
        "font.theme",
        _theme_font_on_style,
        target=styled("Heading1"),
        locations=lambda document: [
            p.index for p in document.paragraphs if p.props.style == "Heading1"
        ],
        mentions=("theme font", "ascii", "Times New Roman"),
        fixable=True,
    ),
    Mutation(
        "east-asian-font-shown-by-hint",
        "font.family",
        _east_asian_hint,
        target=body_text,
        mentions=("eastAsia font 'SimSun'", 'w:hint="eastAsia"', "Times New Roman"),
        fixable=True,
    ),
    Mutation(
        "arial-in-page-number",
        "font.family",
        _arial_in_page_number,
        # In the header: no paragraph of the body to point to.
        page_level=True,
        mentions=("'Arial'", "Times New Roman"),
        fixable=True,
    ),
    Mutation(
        "coloured-run",
        "font.color",
        _first_run("color", val="0000FF"),
        target=body_text,
        mentions=("#0000FF", "black"),
        severity=Severity.WARNING,
    ),
    # --- Quốc hiệu and Tiêu ngữ -----------------------------------------------------------
    Mutation(
        "national-name-misspelled",
        "national-name.text",
        _replace("NGHĨA", "NGHỈA"),
        target=styled("VNNationalName"),
        mentions=("NGHỈA", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"),
    ),
    Mutation(
        "national-name-sentence-case",
        "national-name.text",
        _rewrite(lambda _: "Cộng hòa xã hội chủ nghĩa Việt Nam"),
        target=styled("VNNationalName"),
        also=("national-name.format",),  # "not in capitals" is also its form
        mentions=("Cộng hòa xã hội chủ nghĩa Việt Nam", "CỘNG HÒA"),
    ),
    Mutation(
        "national-name-14pt",
        "national-name.format",
        _every_run("sz", val="28"),
        target=styled("VNNationalName"),
        mentions=("14 pt", "12–13 pt"),
        fixable=True,
    ),
    Mutation(
        "national-name-not-bold",
        "national-name.format",
        _every_run("b", val="0"),
        target=styled("VNNationalName"),
        mentions=("not bold", "bold"),
    ),
    Mutation(
        "motto-en-dashes",
        "motto.text",
        _rewrite(lambda _: MOTTO_DASH),
        target=styled("VNMotto"),
        mentions=("U+2013", "Độc lập - Tự do - Hạnh phúc"),
    ),
    Mutation(
        "motto-italic",
        "motto.format",
        _every_run("i"),
        target=styled("VNMotto"),
        mentions=("italic", "upright"),
    ),
    Mutation(
        "motto-rule-removed",
        "motto.rule",
        _remove_paragraph,
        target=styled("VNRule", 1),
        at=styled("VNMotto"),
        mentions=("no rule", "as long as the Tiêu ngữ"),
    ),
    Mutation(
        "motto-rule-underscores",
        "motto.rule",
        _typed_rule,
        target=styled("VNRule", 1),
        mentions=("typed", "____", "drawn rule"),
    ),
    Mutation(
        "motto-rule-full-width",
        "motto.rule",
        _full_width_rule,
        target=styled("VNRule", 1),
        mentions=("× the text's length", "as long as the Tiêu ngữ"),
    ),
    # --- the issuer -----------------------------------------------------------------------
    Mutation(
        "issuer-not-bold",
        "issuer.format",
        _every_run("b", val="0"),
        target=styled("VNIssuer", 1),
        mentions=("not bold", "bold"),
    ),
    Mutation(
        "issuer-rule-too-long",
        "issuer.rule",
        _full_width_rule,
        target=styled("VNRule", 0),
        mentions=("× the text's length", "1/3 to 1/2"),
    ),
    # --- number and symbol ----------------------------------------------------------------
    Mutation(
        "number-not-padded",
        "number.form",
        _rewrite(lambda text: re.sub(r"Số:\s*/", "Số: 5/", text)),
        target=styled("VNNumber"),
        mentions=("'5'", "05"),
    ),
    Mutation(
        "number-without-colon",
        "number.form",
        _rewrite(lambda text: re.sub(r"Số:\s*/", "Số 05/", text)),
        target=styled("VNNumber"),
        mentions=("no colon", '"Số:"'),
    ),
    Mutation(
        "number-spaces-around-slash",
        "number.form",
        _rewrite(lambda text: re.sub(r"Số:\s*/", "Số: 05 / ", text)),
        target=styled("VNNumber"),
        mentions=("spaces around '/'", "no space"),
    ),
    Mutation(
        "symbol-upper-cased",
        "number.form",
        # (A tờ trình's "TTR" would do too, but a tờ trình must also have Kính gửi.)
        _type_and_symbol("QUY ĐỊNH", "QYĐ"),
        target=styled("VNNumber"),
        mentions=("'QYĐ'", "'QyĐ'"),
    ),
    Mutation(
        "symbol-of-another-type",
        "number.form",
        _type_and_symbol("", "KH"),
        target=styled("VNNumber"),
        mentions=("'KH'", "'BC'"),
    ),
    Mutation(
        "number-line-14pt",
        "number.format",
        _every_run("sz", val="28"),
        target=styled("VNNumber"),
        mentions=("14 pt", "13 pt"),
        fixable=True,
    ),
    # --- place and date -------------------------------------------------------------------
    Mutation(
        "day-not-padded",
        "date.form",
        _rewrite(lambda text: re.sub(r"ngày\s+tháng", "ngày 5 tháng", text)),
        target=styled("VNPlaceDate"),
        mentions=("day '5'", "'05'"),
        fixable=True,
    ),
    Mutation(
        "june-padded",
        "date.form",
        _replace("tháng 6", "tháng 06"),
        target=styled("VNPlaceDate"),
        mentions=("month '06'", "'6'"),
        fixable=True,
    ),
    Mutation(
        "january-not-padded",
        "date.form",
        _replace("tháng 01", "tháng 1"),
        target=styled("VNPlaceDate"),
        mentions=("month '1'", "'01'"),
        fixable=True,
        base="january",
    ),
    Mutation(
        "date-upright",
        "date.format",
        _every_run("i", val="0"),
        target=styled("VNPlaceDate"),
        mentions=("upright", "italic"),
    ),
    # --- type name and subject ------------------------------------------------------------
    Mutation(
        "type-name-12pt",
        "type-name.format",
        _every_run("sz", val="24"),
        target=styled("VNTypeName"),
        mentions=("12 pt", "13–14 pt"),
        fixable=True,
    ),
    Mutation(
        "subject-not-bold",
        "subject.format",
        _every_run("b", val="0"),
        target=styled("VNSubject"),
        mentions=("not bold", "bold"),
    ),
    Mutation(
        "subject-v-v",
        "subject.vv",
        _rewrite(lambda text: "V/v " + text[:1].lower() + text[1:]),
        target=styled("VNSubject"),
        mentions=("V/v", "without 'V/v'"),
    ),
    Mutation(
        "subject-rule-removed",
        "subject.rule",
        _remove_paragraph,
        target=styled("VNSubjectRule"),
        at=styled("VNSubject"),
        mentions=("no rule", "1/3 to 1/2"),
    ),
    # --- the body ------------------------------------------------------------------------
    Mutation(
        "body-left-aligned",
        "body.alignment",
        _paragraph_property("jc", val="left"),
        target=body_text,
        mentions=("aligned left", "justified"),
    ),
    Mutation(
        "body-no-first-line-indent",
        "body.indent",
        _paragraph_property("ind", firstLine="0"),
        target=body_text,
        mentions=("0.00 cm", "1–1.27 cm"),
    ),
    Mutation(
        "body-12pt",
        "body.size",
        _every_run("sz", val="24"),
        target=body_text,
        mentions=("12 pt", "13–14 pt"),
        fixable=True,
    ),
    Mutation(
        "body-no-paragraph-spacing",
        "body.spacing",
        _paragraph_property("spacing", before="0", after="0"),
        target=body_text,
        mentions=("0 pt", "at least 6 pt"),
    ),
    Mutation(
        "body-double-line-spacing",
        "body.line-spacing",
        _paragraph_property("spacing", line="480", lineRule="auto"),
        target=body_text,
        mentions=("2.00 lines", "1 to 1.5 lines"),
    ),
    Mutation(
        "heading-not-bold",
        "heading.format",
        _every_run("b", val="0"),
        target=starting("I. "),
        mentions=("not bold", "bold"),
    ),
    Mutation(
        "heading-sentence-case",
        "heading.format",
        _replace("ĐẶC ĐIỂM TÌNH HÌNH", "Đặc điểm tình hình"),
        target=starting("I. "),
        mentions=("not in capitals", "capitals"),
    ),
    Mutation(
        "heading-sequence-gap",
        "heading.sequence",
        _replace("III.", "IV."),
        target=starting("III. "),
        # The next heading is now a second "IV.": reported too.
        locations=lambda document: [starting("III. ")(document), starting("IV. ")(document)],
        mentions=("'IV'", "'III' next"),
    ),
    Mutation(
        "point-letters-skip",
        "heading.sequence",
        _points_relabel,
        target=starting("c) "),
        mentions=("'e'", "'c' next"),
        base="points",
    ),
    Mutation(
        "end-mark-missing",
        "end-mark",
        _replace("./.", "."),
        target=last_body,
        mentions=("./.",),
    ),
    Mutation(
        "end-mark-twice",
        "end-mark",
        _rewrite(lambda text: text.rstrip(".") + "./."),
        target=lambda document: last_body(document) - 1,
        mentions=("'./.' inside the body", "once, at the end"),
    ),
    # --- Nơi nhận and signature -----------------------------------------------------------
    Mutation(
        "recipients-heading-without-colon",
        "recipients.heading",
        _rewrite(lambda _: "Nơi nhận"),
        target=styled("VNRecipientsHeading"),
        mentions=("'Nơi nhận'", "'Nơi nhận:'"),
    ),
    Mutation(
        "recipient-without-semicolon",
        "recipients.items",
        _rewrite(lambda text: text.rstrip(";")),
        target=styled("VNRecipient", 0),
        mentions=("ends with 'y'", "';'"),
    ),
    Mutation(
        "no-filing-line",
        "recipients.archive",
        _rewrite(lambda _: "- Văn phòng HĐND-UBND huyện."),
        target=starting("- Lưu:"),
        mentions=("Văn phòng", "Lưu: VT"),
    ),
    Mutation(
        "recipient-12pt",
        "recipients.items",
        _every_run("sz", val="24"),
        target=styled("VNRecipient", 0),
        mentions=("12 pt", "11 pt"),
        fixable=True,
    ),
    Mutation(
        "kt-without-deputy",
        "signature.stack",
        _rewrite(lambda _: "CHỦ TỊCH"),
        target=styled("VNSignatureTitle", 2),
        at=styled("VNSignatureTitle", 0),
        mentions=("KT. CHỦ TỊCH / CHỦ TỊCH", "deputy"),
    ),
    Mutation(
        "kt-under-tuq",
        "signature.stack",
        _rewrite(lambda _: "TUQ. CHỦ TỊCH"),
        target=styled("VNSignatureTitle", 0),
        mentions=("TUQ. CHỦ TỊCH", "TUQ."),
    ),
    Mutation(
        "signer-name-in-capitals",
        "signature.name",
        _rewrite(lambda text: text.upper()),
        target=styled("VNSignerName"),
        mentions=("PHẠM THỊ TUYÊN", "never in capitals"),
    ),
    Mutation(
        "signature-title-not-bold",
        "signature.format",
        _every_run("b", val="0"),
        target=styled("VNSignatureTitle", 2),
        mentions=("PHÓ CHỦ TỊCH", "not bold", "bold"),
    ),
    Mutation(
        "last-paragraph-not-kept-with-signature",
        "signature.kept-together",
        _paragraph_property("keepNext", val="0"),
        target=last_body,
        mentions=("does not keep with the signature", "keep with next"),
        severity=Severity.WARNING,
    ),
    # --- page numbers ---------------------------------------------------------------------
    Mutation(
        "page-number-on-page-1-no-title-page",
        "page-number.first-page",
        _remove_title_page,
        page_level=True,
        mentions=("page 1", "different first page"),
    ),
    Mutation(
        "page-number-in-first-page-header",
        "page-number.first-page",
        _page_field_on_first_page,
        page_level=True,
        mentions=("page 1", "no number on page 1"),
    ),
    Mutation(
        "no-page-number",
        "page-number.present",
        _no_page_field,
        page_level=True,
        mentions=("no PAGE field", "page numbers from page 2"),
        severity=Severity.WARNING,
    ),
    Mutation(
        "page-number-in-footer",
        "page-number.format",
        _page_number_in_footer,
        page_level=True,
        also=("page-number.present",),  # the header no longer numbers the pages
        mentions=("footer", "top margin"),
    ),
)
