"""Page size, orientation and margins (Phụ lục I, mục I)."""

from __future__ import annotations

from collections.abc import Iterator

from vnreport.conformance.findings import Severity
from vnreport.conformance.inspection import Inspection
from vnreport.conformance.rules.base import Outcome, Rule, rule
from vnreport.metrics import TWIPS_PER_MM

__all__ = ["PAGE_RULES"]

_A4 = (210, 297)  # millimetres
_TOLERANCE_MM = 1
#: The decree's margins, in millimetres: (lowest, highest).
MARGINS = {"top": (20, 25), "bottom": (20, 25), "left": (30, 35), "right": (15, 20)}


def _mm(twips: int) -> float:
    return twips / TWIPS_PER_MM


@rule(
    "page.size",
    "NĐ 30/2020, Phụ lục I, I.1",
    "page",
    "The paper is A4, 210 × 297 mm.",
    "Letter paper (216 × 279 mm), the default of some Word installations.",
)
def page_size(self: Rule, inspection: Inspection) -> Iterator[Outcome]:
    for number, section in enumerate(inspection.document.sections, start=1):
        width, height = sorted((_mm(section.page_width), _mm(section.page_height)))
        if abs(width - _A4[0]) > _TOLERANCE_MM or abs(height - _A4[1]) > _TOLERANCE_MM:
            yield self.finding(
                None, f"section {number}: {width:.0f} × {height:.0f} mm", "A4, 210 × 297 mm"
            )


@rule(
    "page.orientation",
    "NĐ 30/2020, Phụ lục I, I.2",
    "page",
    "Pages are portrait; landscape only for wide tables not split out into appendices.",
    "A section set to landscape.",
    severity=Severity.WARNING,
)
def page_orientation(self: Rule, inspection: Inspection) -> Iterator[Outcome]:
    for number, section in enumerate(inspection.document.sections, start=1):
        if section.page_width > section.page_height or section.orientation == "landscape":
            yield self.finding(None, f"section {number}: landscape", "portrait")


@rule(
    "page.margins",
    "NĐ 30/2020, Phụ lục I, I.3",
    "page",
    "Margins: top and bottom 20–25 mm, left 30–35 mm, right 15–20 mm.",
    "A left margin of 25 mm.",
)
def page_margins(self: Rule, inspection: Inspection) -> Iterator[Outcome]:
    for number, section in enumerate(inspection.document.sections, start=1):
        for side, (low, high) in MARGINS.items():
            value = _mm(section.margins[side])
            # Word stores millimetres rounded to whole twips: allow that rounding.
            if not low - 0.05 <= value <= high + 0.05:
                yield self.finding(
                    None,
                    f"section {number}: {side} margin {value:.1f} mm",
                    f"{side} margin {low}–{high} mm",
                )


PAGE_RULES: tuple[Rule, ...] = (page_size, page_orientation, page_margins)
