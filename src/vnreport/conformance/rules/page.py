"""Page size, orientation and margins (Phụ lục I, mục I)."""

from __future__ import annotations

from collections.abc import Iterator

from vnreport.conformance.findings import Severity
from vnreport.conformance.inspection import Inspection
from vnreport.conformance.rules.base import Outcome, Rule, rule
from vnreport.metrics import TWIPS_PER_MM
from vnreport.rules import ND30

__all__ = ["PAGE_RULES"]

_PAGE = ND30.page
_WIDTH, _HEIGHT = _PAGE.paper
_PAPER = f"A4, {_WIDTH:g} × {_HEIGHT:g} mm"


def _margins() -> str:
    sides = {side: _PAGE.margin_range(side) for side in _PAGE.margins}
    return ", ".join(f"{side} {low:g}–{high:g} mm" for side, (low, high) in sides.items())


def _mm(twips: int) -> float:
    return twips / TWIPS_PER_MM


@rule(
    "page.size",
    ND30.page.locator,
    "page",
    f"The paper is {_PAPER}.",
    "Letter paper (216 × 279 mm), the default of some Word installations.",
)
def page_size(self: Rule, inspection: Inspection) -> Iterator[Outcome]:
    for number, section in enumerate(inspection.document.sections, start=1):
        width, height = sorted((_mm(section.page_width), _mm(section.page_height)))
        tolerance = _PAGE.tolerance
        if abs(width - _WIDTH) > tolerance or abs(height - _HEIGHT) > tolerance:
            yield self.finding(None, f"section {number}: {width:.0f} × {height:.0f} mm", _PAPER)


@rule(
    "page.orientation",
    ND30.page.orientation_locator,
    "page",
    "Pages are portrait; landscape only for the pages of wide tables (a section holding a "
    "table, in the body or in an appendix).",
    "A section of plain text set to landscape.",
    severity=Severity.WARNING,
)
def page_orientation(self: Rule, inspection: Inspection) -> Iterator[Outcome]:
    document = inspection.document
    layout = inspection.anatomy.layout_tables
    # The decree allows landscape for tables kept in the body; an appendix printed
    # landscape for its table is the same case (practice of the offices, Mẫu 2.2 is silent).
    with_tables = {
        id(document.section_of(paragraph))
        for paragraph in document.paragraphs
        if paragraph.location.table is not None and paragraph.location.table not in layout
    }
    for number, section in enumerate(document.sections, start=1):
        landscape = section.page_width > section.page_height or section.orientation == "landscape"
        if landscape and id(section) not in with_tables:
            yield self.finding(None, f"section {number}: landscape", "portrait")


@rule(
    "page.margins",
    ND30.page.margins_locator,
    "page",
    f"Margins: {_margins()}; within {_PAGE.margin_tolerance:g} mm of a range is in it (a "
    "setting made in inches, 25.4 mm). A landscape page (a wide table) holds each side to "
    "the range of any side, since which edge of the turned sheet is bound is not fixed.",
    "A left margin of 25 mm.",
)
def page_margins(self: Rule, inspection: Inspection) -> Iterator[Outcome]:
    for number, section in enumerate(inspection.document.sections, start=1):
        turned = section.page_width > section.page_height or section.orientation == "landscape"
        for side in _PAGE.margins:
            value = _mm(section.margins[side])
            if not _PAGE.margin_accepted(side, value, landscape=turned):
                low, high = _PAGE.margin_range_of(side, landscape=turned)
                page = "any margin of a landscape page" if turned else f"{side} margin"
                yield self.finding(
                    None,
                    f"section {number}: {side} margin {value:.1f} mm",
                    f"{page} {low:g}–{high:g} mm",
                )


PAGE_RULES: tuple[Rule, ...] = (page_size, page_orientation, page_margins)
