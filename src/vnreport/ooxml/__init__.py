"""Reading .docx files: the package, the styles and the paragraphs as Word would lay them out.

A thin layer over the XML shared by everything that reads documents vnreport did not
write (the conformance checker now; importing drafts later). It never writes.
"""

from vnreport.ooxml.document import (
    Location,
    ParagraphView,
    RunView,
    Section,
    WordDocument,
)
from vnreport.ooxml.package import DocxPackage
from vnreport.ooxml.styles import FONT_SLOTS, ParagraphProperties, RunProperties, StyleSheet

__all__ = [
    "FONT_SLOTS",
    "DocxPackage",
    "Location",
    "ParagraphProperties",
    "ParagraphView",
    "RunProperties",
    "RunView",
    "Section",
    "StyleSheet",
    "WordDocument",
]
