"""The document's core properties (docProps/core.xml), from its page's properties.

Title is the subject, author the issuer, and both dates are the document's date (the
first of the month for a draft), so that properties never carry the template's dates
or the time of rendering and the same document gives the same file.
"""

from __future__ import annotations

from markupsafe import escape

from vnreport.layout.page import Properties

__all__ = ["core_properties"]


def core_properties(properties: Properties) -> bytes:
    """The core properties part of a document with ``properties``."""
    stamp = f"{properties.date}T00:00:00Z"
    creator = escape(properties.author)
    return (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/'
        'core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" '
        'xmlns:dcterms="http://purl.org/dc/terms/" '
        'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
        f"<dc:title>{escape(properties.title)}</dc:title>"
        f"<dc:subject>{escape(properties.subject)}</dc:subject>"
        f"<dc:creator>{creator}</dc:creator>"
        f"<cp:lastModifiedBy>{creator}</cp:lastModifiedBy>"
        "<dc:language>vi-VN</dc:language>"
        f'<dcterms:created xsi:type="dcterms:W3CDTF">{stamp}</dcterms:created>'
        f'<dcterms:modified xsi:type="dcterms:W3CDTF">{stamp}</dcterms:modified>'
        "</cp:coreProperties>"
    ).encode()
