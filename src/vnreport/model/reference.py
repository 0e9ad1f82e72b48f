"""Citations of other documents; the code lives in :mod:`vnreport.model.citations`.

This module keeps the import path ``vnreport.model.reference`` that callers use.
"""

from __future__ import annotations

from vnreport.model.citations import (
    KNOWN_KINDS,
    LAW_KINDS,
    AmbiguousCitationError,
    CitationDateStyle,
    DocumentReference,
    FoundReference,
    SubjectConnector,
    find_references,
)

__all__ = [
    "KNOWN_KINDS",
    "LAW_KINDS",
    "AmbiguousCitationError",
    "CitationDateStyle",
    "DocumentReference",
    "FoundReference",
    "SubjectConnector",
    "find_references",
]
