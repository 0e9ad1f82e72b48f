"""vnreport — Vietnamese administrative documents that follow Nghị định 30/2020/NĐ-CP.

Write the content; vnreport gets the form right::

    from vnreport import Agency, Report, Section, Signature

The formatting rules (dates, numbers, amounts in words, Roman numerals …) are pure
functions in :mod:`vnreport.formatting`.

Names are imported on first use, so that a program that only builds a model or formats
a date does not pay for the renderer (docxtpl, Jinja, lxml) or the checker.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

from vnreport.errors import (
    ConformanceError,
    ConformanceWarning,
    ConversionError,
    ConversionWarning,
    FieldError,
    PackageError,
    PreviewError,
    RenderError,
    TemplateError,
    VnreportError,
)

if TYPE_CHECKING:
    from vnreport.batch import render_many
    from vnreport.conformance import Finding, Findings, Note, Severity, check
    from vnreport.importing import Imported, ImportedFields, Unrecognised, read_docx, read_text
    from vnreport.model.agency import Agency
    from vnreport.model.appendix import Appendix
    from vnreport.model.article import Article, Chapter
    from vnreport.model.body import Bullet, Paragraph, Section, Table
    from vnreport.model.citations import CitationDateStyle, DocumentReference
    from vnreport.model.dates import IssueDate
    from vnreport.model.decision import Decision, IssuedText
    from vnreport.model.document import Document
    from vnreport.model.invitation import Invitation
    from vnreport.model.marks import Contact, DrafterMark, Secrecy, Urgency
    from vnreport.model.minutes import MeetingKind, Minutes, Participant
    from vnreport.model.narrative import (
        Guidance,
        NarrativeDocument,
        Notice,
        Plan,
        Programme,
        Report,
        Submission,
    )
    from vnreport.model.number import DocumentNumber, SymbolStyle
    from vnreport.model.official_letter import OfficialLetter
    from vnreport.model.recipients import Recipients
    from vnreport.model.signature import Authority, Signature
    from vnreport.model.table import Column, ColumnKind, Heading
    from vnreport.pipeline import lay_out, save_pdfs
    from vnreport.render.page import Margins
    from vnreport.rules import AuthorityPrefix
    from vnreport.rules.doctypes import DocumentType
    from vnreport.types import narrative_class

__version__ = "0.1.0"

#: Public name → the module that defines it.
_LAZY = {
    "Agency": "vnreport.model.agency",
    "Appendix": "vnreport.model.appendix",
    "Article": "vnreport.model.article",
    "Chapter": "vnreport.model.article",
    "Decision": "vnreport.model.decision",
    "IssuedText": "vnreport.model.decision",
    "Document": "vnreport.model.document",
    "Guidance": "vnreport.model.narrative",
    "Imported": "vnreport.importing",
    "ImportedFields": "vnreport.importing",
    "Unrecognised": "vnreport.importing",
    "read_docx": "vnreport.importing",
    "read_text": "vnreport.importing",
    "Invitation": "vnreport.model.invitation",
    "MeetingKind": "vnreport.model.minutes",
    "Minutes": "vnreport.model.minutes",
    "Participant": "vnreport.model.minutes",
    "NarrativeDocument": "vnreport.model.narrative",
    "Notice": "vnreport.model.narrative",
    "Plan": "vnreport.model.narrative",
    "Programme": "vnreport.model.narrative",
    "Submission": "vnreport.model.narrative",
    "narrative_class": "vnreport.types",
    "OfficialLetter": "vnreport.model.official_letter",
    "lay_out": "vnreport.pipeline",
    "render_many": "vnreport.batch",
    "save_pdfs": "vnreport.pipeline",
    "Authority": "vnreport.model.signature",
    "AuthorityPrefix": "vnreport.rules",
    "Bullet": "vnreport.model.body",
    "CitationDateStyle": "vnreport.model.citations",
    "Column": "vnreport.model.table",
    "ColumnKind": "vnreport.model.table",
    "Contact": "vnreport.model.marks",
    "DocumentNumber": "vnreport.model.number",
    "DocumentReference": "vnreport.model.citations",
    "DocumentType": "vnreport.rules.doctypes",
    "DrafterMark": "vnreport.model.marks",
    "Finding": "vnreport.conformance",
    "Findings": "vnreport.conformance",
    "Heading": "vnreport.model.table",
    "IssueDate": "vnreport.model.dates",
    "Margins": "vnreport.render.page",
    "Note": "vnreport.conformance",
    "Paragraph": "vnreport.model.body",
    "Recipients": "vnreport.model.recipients",
    "Report": "vnreport.model.narrative",
    "Secrecy": "vnreport.model.marks",
    "Section": "vnreport.model.body",
    "Severity": "vnreport.conformance",
    "Signature": "vnreport.model.signature",
    "SymbolStyle": "vnreport.model.number",
    "Table": "vnreport.model.body",
    "Urgency": "vnreport.model.marks",
    "check": "vnreport.conformance",
}


def __getattr__(name: str) -> Any:
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module 'vnreport' has no attribute {name!r}")
    value = getattr(importlib.import_module(module), name)
    globals()[name] = value  # looked up once
    return value


def __dir__() -> list[str]:
    return sorted({*globals(), *_LAZY})


__all__ = [
    "Agency",
    "Appendix",
    "Article",
    "Authority",
    "AuthorityPrefix",
    "Bullet",
    "Chapter",
    "CitationDateStyle",
    "Column",
    "ColumnKind",
    "ConformanceError",
    "ConformanceWarning",
    "Contact",
    "ConversionError",
    "ConversionWarning",
    "Decision",
    "Document",
    "DocumentNumber",
    "DocumentReference",
    "DocumentType",
    "DrafterMark",
    "FieldError",
    "Finding",
    "Findings",
    "Guidance",
    "Heading",
    "Imported",
    "ImportedFields",
    "Invitation",
    "IssueDate",
    "IssuedText",
    "Margins",
    "MeetingKind",
    "Minutes",
    "NarrativeDocument",
    "Note",
    "Notice",
    "OfficialLetter",
    "PackageError",
    "Paragraph",
    "Participant",
    "Plan",
    "PreviewError",
    "Programme",
    "Recipients",
    "RenderError",
    "Report",
    "Secrecy",
    "Section",
    "Severity",
    "Signature",
    "Submission",
    "SymbolStyle",
    "Table",
    "TemplateError",
    "Unrecognised",
    "Urgency",
    "VnreportError",
    "__version__",
    "check",
    "lay_out",
    "narrative_class",
    "read_docx",
    "read_text",
    "render_many",
    "save_pdfs",
]
