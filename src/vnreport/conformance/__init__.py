"""The conformance checker (``vnreport.check``): every Nghị định 30/2020 deviation in any
.docx (docs/checker.md)."""

from vnreport.conformance.checker import check, inspect
from vnreport.conformance.findings import (
    Finding,
    Findings,
    Note,
    NotEvaluated,
    Severity,
)
from vnreport.conformance.rules import RULES, Rule

__all__ = [
    "RULES",
    "Finding",
    "Findings",
    "NotEvaluated",
    "Note",
    "Rule",
    "Severity",
    "check",
    "inspect",
]
