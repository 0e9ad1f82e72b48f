"""The form of the other components found: a quyết định's authority line and "QUYẾT ĐỊNH:",
a part's heading, a note, an appendix's title and note (Phụ lục I, II.6; III.1)."""

from __future__ import annotations

from collections.abc import Iterator

from vnreport.conformance.inspection import Inspection
from vnreport.conformance.rules.base import Outcome, Rule, form_findings, rule
from vnreport.rules import ND30

__all__ = ["FRAME_RULES"]


@rule(
    "component.format",
    ND30.locator("Phụ lục I, II.6 and III.1"),
    "frame",
    "Every other component has the form the decree gives it: a quyết định's authority line "
    "and its decision word in bold capitals, centred; a part's heading bold, centred; an "
    "appendix's title in bold capitals and its note in italic, centred.",
    '"QUYẾT ĐỊNH:" not bold, or an appendix\'s note upright.',
)
def component_format(self: Rule, inspection: Inspection) -> Iterator[Outcome]:
    for component, span in inspection.anatomy.frame:
        form = ND30.forms.get(component)
        if form is not None:
            yield from form_findings(self, span, form)


FRAME_RULES: tuple[Rule, ...] = (component_format,)
