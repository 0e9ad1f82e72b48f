"""Bringing existing documents in: plain text and .docx read into the typed model.

Two sources (:mod:`.textsource`, :mod:`.docxsource`) give one view, lines
(:mod:`.lines`); the recognisers (:mod:`.header`, :mod:`.body`, :mod:`.footer`) read it
whatever its source; :mod:`.assemble` builds the document of the right type and reports
what it could not place (:mod:`.result`). docs/importing.md describes what is read.
"""

from __future__ import annotations

from vnreport.importing.api import read_docx, read_text
from vnreport.importing.result import Imported, ImportedFields, SignatureFields, Unrecognised

__all__ = [
    "Imported",
    "ImportedFields",
    "SignatureFields",
    "Unrecognised",
    "read_docx",
    "read_text",
]
