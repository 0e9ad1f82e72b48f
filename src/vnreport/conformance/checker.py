"""``check``: every rule over a document, findings in the order of the page."""

from __future__ import annotations

import os
from collections.abc import Mapping

from vnreport.conformance.anatomy import read_anatomy
from vnreport.conformance.findings import Finding, Findings, Note, NotEvaluated
from vnreport.conformance.inspection import Inspection
from vnreport.conformance.known import known_anatomy
from vnreport.conformance.rules import RULES
from vnreport.conformance.rules.document import DOCUMENT_RULES
from vnreport.limits import PackageLimits
from vnreport.ooxml.document import WordDocument
from vnreport.ooxml.package import DEFAULT_LIMITS
from vnreport.rules import Component
from vnreport.rules.doctypes import DocumentType

__all__ = ["check", "check_known", "evaluate", "inspect"]


def inspect(
    source: str | os.PathLike[str] | bytes | WordDocument,
    limits: PackageLimits = DEFAULT_LIMITS,
) -> Inspection:
    """Open a document (under ``limits``) and recognise its components."""
    document = source if isinstance(source, WordDocument) else WordDocument.open(source, limits)
    return Inspection(document=document, anatomy=read_anatomy(document))


def check(
    source: str | os.PathLike[str] | bytes | WordDocument,
    limits: PackageLimits = DEFAULT_LIMITS,
) -> Findings:
    """Check a .docx (a path, its bytes, or an opened document) against Nghị định 30/2020.

    Returns the deviations found — empty when the document conforms — with the rules that
    could not be evaluated in ``.not_evaluated`` and the notes (no deviations) in
    ``.notes``. The file is read under ``limits``
    (:class:`~vnreport.limits.PackageLimits`; an opened document was read under its
    own). Raises :class:`~vnreport.errors.PackageError` if the file is not a .docx that
    can be read safely: not a regular file, beyond a limit, a broken zip, a part missing
    or malformed.
    """
    return evaluate(inspect(source, limits))


def evaluate(inspection: Inspection) -> Findings:
    """Every rule over an inspection already made (the rules only read it)."""
    findings: list[Finding] = []
    not_evaluated: list[NotEvaluated] = []
    notes: list[Note] = []
    # A file that is no Decree 30 document gets one clear answer, not every rule firing.
    rules = DOCUMENT_RULES if inspection.anatomy.foreign is not None else RULES
    for rule in rules:
        for outcome in rule.run(inspection):
            if isinstance(outcome, Finding):
                findings.append(outcome)
            elif isinstance(outcome, Note):
                notes.append(outcome)
            else:
                not_evaluated.append(outcome)
    return Findings(findings, not_evaluated, notes)


def check_known(
    document: WordDocument,
    components: Mapping[str, Component],
    *,
    headings: frozenset[str],
    layout_table_style: str,
    doc_type: DocumentType,
) -> Findings:
    """Check a document whose components are known by their styles (a render of
    vnreport's own): every rule, on the components as written, with nothing guessed from
    the text (:func:`vnreport.conformance.known.known_anatomy`)."""
    anatomy = known_anatomy(
        document,
        components,
        headings=headings,
        layout_table_style=layout_table_style,
        doc_type=doc_type,
    )
    return evaluate(Inspection(document=document, anatomy=anatomy))
