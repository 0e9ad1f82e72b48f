"""vnreport — Vietnamese administrative documents that follow Nghị định 30/2020/NĐ-CP.

Write the content; vnreport gets the form right::

    from vnreport import Agency, Report, Section, Signature

The formatting rules (dates, numbers, amounts in words, Roman numerals …) are pure
functions in :mod:`vnreport.formatting`.
"""

from vnreport.conformance import (
    ConformanceError,
    ConformanceWarning,
    Finding,
    Findings,
    Severity,
    check,
)
from vnreport.errors import FieldError, VnreportError
from vnreport.model.agency import Agency
from vnreport.model.body import Bullet, Paragraph, Section, Table
from vnreport.model.dates import IssueDate
from vnreport.model.doctype import DocumentType
from vnreport.model.marks import Contact, DrafterMark, Secrecy, Urgency
from vnreport.model.number import DocumentNumber, SymbolStyle
from vnreport.model.recipients import Recipients
from vnreport.model.reference import CitationDateStyle, DocumentReference
from vnreport.model.report import Report
from vnreport.model.signature import Authority, AuthorityPrefix, Signature
from vnreport.render.docx import RenderError
from vnreport.render.page import Margins
from vnreport.render.template import TemplateError

__version__ = "0.1.0"

__all__ = [
    "Agency",
    "Authority",
    "AuthorityPrefix",
    "Bullet",
    "CitationDateStyle",
    "ConformanceError",
    "ConformanceWarning",
    "Contact",
    "DocumentNumber",
    "DocumentReference",
    "DocumentType",
    "DrafterMark",
    "FieldError",
    "Finding",
    "Findings",
    "IssueDate",
    "Margins",
    "Paragraph",
    "Recipients",
    "RenderError",
    "Report",
    "Secrecy",
    "Section",
    "Severity",
    "Signature",
    "SymbolStyle",
    "Table",
    "TemplateError",
    "Urgency",
    "VnreportError",
    "__version__",
    "check",
]
