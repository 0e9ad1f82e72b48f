"""Page numbers: from page 2, centred in the top margin, none on page 1 (Phụ lục I, I.7).

Headers and footers are judged as Word shows them. A section shows its "first" part on
its first page only when it is set to a different first page (``w:titlePg``), its "even"
part on even pages only when the document has different odd and even pages
(``w:evenAndOddHeaders`` in settings.xml), and its "default" part everywhere else. A kind
of part a section does not name is inherited from the section before it (the first
section's is blank). A PAGE field in a part Word never shows numbers nothing.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

import attrs

from vnreport.conformance.anatomy import Span
from vnreport.conformance.findings import Severity
from vnreport.conformance.inspection import Inspection
from vnreport.conformance.rules.base import Outcome, Rule, form_findings, rule
from vnreport.ooxml.document import ParagraphView, Section, WordDocument
from vnreport.ooxml.names import w
from vnreport.rules import ND30, Component

__all__ = ["PAGE_NUMBER_RULES", "SectionParts", "shown_parts"]

_KINDS = ("first", "default", "even")
_SETTINGS = re.compile(r"(?:^|/)settings\.xml$")
_APP = "docProps/app.xml"
_EXTENDED = "{http://schemas.openxmlformats.org/officeDocument/2006/extended-properties}"
#: How far the word count saved in docProps/app.xml may be off the text's and still be
#: taken for a count of this text (a file made from another's copy keeps the old one).
_WORDS_OFF = 0.25


@attrs.frozen
class SectionParts:
    """The header and footer parts a section shows, by kind ("first", "default",
    "even"): only the kinds Word uses for it, ``None`` for a blank one."""

    headers: dict[str, str | None]
    footers: dict[str, str | None]

    def parts(self, kinds: tuple[str, ...] = _KINDS) -> Iterator[tuple[str, str]]:
        """(story, part) of every part shown on pages of ``kinds``, headers first."""
        for story, shown in (("header", self.headers), ("footer", self.footers)):
            for kind in kinds:
                part = shown.get(kind)
                if part is not None:
                    yield story, part


def even_and_odd(document: WordDocument) -> bool:
    """Whether the document has different odd and even pages (settings.xml)."""
    package = document.package
    name = next((n for n in package.relationships.values() if _SETTINGS.search(n)), None)
    root = None if name is None else package.xml(name)
    flag = None if root is None else root.find(w("evenAndOddHeaders"))
    return flag is not None and flag.get(w("val"), "true") not in ("0", "false", "off")


def shown_parts(document: WordDocument) -> tuple[SectionParts, ...]:
    """The parts each section shows, inheritance from the sections before it resolved."""
    even = even_and_odd(document)
    inherited: dict[str, dict[str, str]] = {"header": {}, "footer": {}}
    result = []
    for section in document.sections:
        shown: dict[str, dict[str, str | None]] = {}
        for story, named in (("header", section.headers), ("footer", section.footers)):
            inherited[story] = {**inherited[story], **named}
            kinds = _used_kinds(section, even)
            shown[story] = {kind: inherited[story].get(kind) for kind in kinds}
        result.append(SectionParts(headers=shown["header"], footers=shown["footer"]))
    return tuple(result)


def _used_kinds(section: Section, even: bool) -> tuple[str, ...]:
    return (
        *(("first",) if section.title_page else ()),
        "default",
        *(("even",) if even else ()),
    )


def saved_page_count(document: WordDocument) -> int | None:
    """The page count the word processor saved (docProps/app.xml), when its word count
    is this text's: a file built from another's copy (python-docx's blank template says
    one page, no words) keeps a count that is not this document's."""
    root = document.package.xml(_APP) if _APP in document.package.parts else None
    if root is None:
        return None
    pages, words = root.find(f"{_EXTENDED}Pages"), root.find(f"{_EXTENDED}Words")
    try:
        count = int((pages.text or "").strip()) if pages is not None else None
        saved = int((words.text or "").strip()) if words is not None else None
    except ValueError:
        return None
    if count is None or not saved:
        return None
    actual = sum(len(paragraph.plain.split()) for paragraph in document.paragraphs)
    if abs(saved - actual) > _WORDS_OFF * max(actual, saved):
        return None
    return count


def _page_field(paragraphs: tuple[ParagraphView, ...]) -> ParagraphView | None:
    return next((p for p in paragraphs if "PAGE" in p.fields), None)


def _field_in(document: WordDocument, story: str, part: str) -> ParagraphView | None:
    return _page_field(document.story(part, story))


@rule(
    "page-number.first-page",
    ND30.form(Component.PAGE_NUMBER).locator,
    "page-number",
    "Page 1 carries no page number: the header or footer shown on page 1 (the first-page "
    'one when the section is set to a "different first page", else the default one) has '
    "no PAGE field.",
    "A PAGE field in a header used on every page, page 1 included.",
)
def first_page(self: Rule, inspection: Inspection) -> Iterator[Outcome]:
    document = inspection.document
    if not document.sections:
        return
    section = document.sections[0]
    kind = "first" if section.title_page else "default"
    for story, part in shown_parts(document)[0].parts((kind,)):
        field = _field_in(document, story, part)
        if field is not None:
            found = "a page number on page 1"
            if not section.title_page:
                found += f" (the {story} is not set to a different first page)"
            yield self.finding(field, found, "no number on page 1")
            return


@rule(
    "page-number.present",
    ND30.form(Component.PAGE_NUMBER).locator,
    "page-number",
    "Pages from 2 on are numbered: a PAGE field in the header Word shows on later pages. "
    "A one-page document needs none: when the word processor saved a count of one page "
    "(docProps/app.xml, its word count matching the text) nothing is reported; otherwise "
    "the page count is only known once laid out, so a missing number is a warning.",
    "A two-page report with no page numbers.",
    severity=Severity.WARNING,
)
def present(self: Rule, inspection: Inspection) -> Iterator[Outcome]:
    document = inspection.document
    if not document.sections:
        return
    later = ("default", "even")
    headers = [part for story, part in shown_parts(document)[0].parts(later) if story == "header"]
    if any(_field_in(document, "header", part) is not None for part in headers):
        return
    if saved_page_count(document) == 1:
        return  # one page, as the word processor counted it when it saved the file
    yield self.finding(None, "no PAGE field for pages 2 and later", "page numbers from page 2")


@rule(
    "page-number.format",
    ND30.form(Component.PAGE_NUMBER).locator,
    "page-number",
    "The page number is in Arabic numerals, 13–14 pt, upright, centred in the top margin "
    "(judged in the headers and footers Word shows).",
    "A page number in the footer, or right-aligned.",
)
def page_number_format(self: Rule, inspection: Inspection) -> Iterator[Outcome]:
    document = inspection.document
    # Sections share their headers and footers: what a part gives is found once, and
    # reported for each section that shows it.
    found: dict[tuple[str, str], list[Outcome]] = {}
    for parts in shown_parts(document):
        for key in dict.fromkeys(parts.parts()):
            if key not in found:
                found[key] = _part_findings(self, document, *key)
            yield from found[key]


def _part_findings(self: Rule, document: WordDocument, story: str, part: str) -> list[Outcome]:
    field = _field_in(document, story, part)
    if field is None:
        return []
    if story == "footer":
        return [self.finding(field, "the page number in the footer", "in the top margin")]
    span = Span(field, 0, len(field.text))
    return list(form_findings(self, span, ND30.form(Component.PAGE_NUMBER)))


PAGE_NUMBER_RULES: tuple[Rule, ...] = (first_page, present, page_number_format)
