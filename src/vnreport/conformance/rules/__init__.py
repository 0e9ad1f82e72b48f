"""Every rule of the checker, in the order findings are reported (top of the page down).

docs/checker.md lists them with their ids, the decree's locator and an example.
"""

from vnreport.conformance.rules.base import Rule
from vnreport.conformance.rules.body import BODY_RULES
from vnreport.conformance.rules.date import DATE_RULES
from vnreport.conformance.rules.decision import DECISION_FOOTER_RULES, DECISION_RULES
from vnreport.conformance.rules.document import DOCUMENT_RULES
from vnreport.conformance.rules.fonts import FONT_RULES
from vnreport.conformance.rules.footer import FOOTER_RULES
from vnreport.conformance.rules.frame import FRAME_RULES
from vnreport.conformance.rules.header import HEADER_RULES
from vnreport.conformance.rules.meetings import MEETING_RULES
from vnreport.conformance.rules.number import NUMBER_RULES
from vnreport.conformance.rules.page import PAGE_RULES
from vnreport.conformance.rules.pages import PAGE_NUMBER_RULES
from vnreport.conformance.rules.title import TITLE_RULES

__all__ = ["RULES", "Rule"]

RULES: tuple[Rule, ...] = (
    *DOCUMENT_RULES,
    *PAGE_RULES,
    *FONT_RULES,
    *HEADER_RULES,
    *NUMBER_RULES,
    *DATE_RULES,
    *TITLE_RULES,
    *FRAME_RULES,
    *DECISION_RULES,
    *BODY_RULES,
    *FOOTER_RULES,
    *DECISION_FOOTER_RULES,
    *MEETING_RULES,
    *PAGE_NUMBER_RULES,
)
