"""Page numbers: from page 2, centred in the top margin, none on page 1 (Phụ lục I, I.7)."""

from __future__ import annotations

from collections.abc import Iterator

from vnreport.conformance.anatomy import Span
from vnreport.conformance.findings import Severity
from vnreport.conformance.inspection import Inspection
from vnreport.conformance.rules.base import Outcome, Rule, form_findings, rule
from vnreport.ooxml.document import ParagraphView
from vnreport.rules import ND30, Component

__all__ = ["PAGE_NUMBER_RULES"]


def _page_field(paragraphs: tuple[ParagraphView, ...]) -> ParagraphView | None:
    return next((p for p in paragraphs if "PAGE" in p.fields), None)


@rule(
    "page-number.first-page",
    ND30.form(Component.PAGE_NUMBER).locator,
    "page-number",
    "Page 1 carries no page number: the header with the PAGE field does not apply to the "
    'first page ("different first page").',
    "A PAGE field in a header used on every page, page 1 included.",
)
def first_page(self: Rule, inspection: Inspection) -> Iterator[Outcome]:
    document = inspection.document
    section = document.sections[0]
    first_part = (
        section.headers.get("first") if section.title_page else section.headers.get("default")
    )
    if first_part is None:
        return
    field = _page_field(document.story(first_part))
    if field is not None:
        found = "a page number on page 1"
        if not section.title_page:
            found += " (the header is not set to a different first page)"
        yield self.finding(field, found, "no number on page 1")


@rule(
    "page-number.present",
    ND30.form(Component.PAGE_NUMBER).locator,
    "page-number",
    "Pages from 2 on are numbered: a PAGE field in the header of later pages. A one-page "
    "document needs none, and the page count is only known once laid out, so a missing "
    "number is a warning.",
    "A two-page report with no page numbers.",
    severity=Severity.WARNING,
)
def present(self: Rule, inspection: Inspection) -> Iterator[Outcome]:
    document = inspection.document
    section = document.sections[0]
    part = section.headers.get("default")
    if part is None or _page_field(document.story(part)) is None:
        yield self.finding(None, "no PAGE field for pages 2 and later", "page numbers from page 2")


@rule(
    "page-number.format",
    ND30.form(Component.PAGE_NUMBER).locator,
    "page-number",
    "The page number is in Arabic numerals, 13–14 pt, upright, centred in the top margin.",
    "A page number in the footer, or right-aligned.",
)
def page_number_format(self: Rule, inspection: Inspection) -> Iterator[Outcome]:
    document = inspection.document
    # Sections share their headers and footers: what a part gives is found once, and
    # reported for each section that uses it.
    in_footers: dict[str, list[Outcome]] = {}
    in_headers: dict[str, list[Outcome]] = {}
    for section in document.sections:
        for part in section.footers.values():
            if part not in in_footers:
                field = _page_field(document.story(part, "footer"))
                in_footers[part] = (
                    []
                    if field is None
                    else [self.finding(field, "the page number in the footer", "in the top margin")]
                )
            yield from in_footers[part]
        header = section.headers.get("default")
        if header is None:
            continue
        if header not in in_headers:
            field = _page_field(document.story(header))
            in_headers[header] = (
                []
                if field is None
                else list(
                    form_findings(
                        self, Span(field, 0, len(field.text)), ND30.form(Component.PAGE_NUMBER)
                    )
                )
            )
        yield from in_headers[header]


PAGE_NUMBER_RULES: tuple[Rule, ...] = (first_page, present, page_number_format)
