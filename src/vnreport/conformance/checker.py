"""``check``: every rule over a document, findings in the order of the page."""

from __future__ import annotations

from pathlib import Path

from vnreport.conformance.anatomy import read_anatomy
from vnreport.conformance.findings import Finding, Findings, NotEvaluated
from vnreport.conformance.inspection import Inspection
from vnreport.conformance.rules import RULES
from vnreport.ooxml.document import WordDocument

__all__ = ["check", "inspect"]


def inspect(source: str | Path | bytes | WordDocument) -> Inspection:
    """Open a document and recognise its components."""
    document = source if isinstance(source, WordDocument) else WordDocument.open(source)
    return Inspection(document=document, anatomy=read_anatomy(document))


def check(source: str | Path | bytes | WordDocument) -> Findings:
    """Check a .docx (a path, its bytes, or an opened document) against Nghị định 30/2020.

    Returns the deviations found — empty when the document conforms — with the rules that
    could not be evaluated in ``.not_evaluated``. Raises
    :class:`~vnreport.ooxml.PackageError` if the file is not a readable .docx.
    """
    inspection = inspect(source)
    findings: list[Finding] = []
    not_evaluated: list[NotEvaluated] = []
    for rule in RULES:
        for outcome in rule.run(inspection):
            if isinstance(outcome, Finding):
                findings.append(outcome)
            else:
                not_evaluated.append(outcome)
    return Findings(findings, not_evaluated)
