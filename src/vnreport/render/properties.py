"""The document's core properties (docProps/core.xml), set from the report itself.

Title is the subject, author the issuer, and both dates are the document's date (the
first of the month for a draft), so that properties never carry the template's dates
or the time of rendering and the same report gives the same file.
"""

from __future__ import annotations

from markupsafe import escape

from vnreport.model.report import Report

__all__ = ["core_properties"]


def core_properties(report: Report) -> bytes:
    """The core properties part of ``report``."""
    date = report.date
    stamp = f"{date.year:04d}-{date.month:02d}-{date.day or 1:02d}T00:00:00Z"
    title = escape(report.subject)
    creator = escape(report.issuer.name)
    return (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/'
        'core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" '
        'xmlns:dcterms="http://purl.org/dc/terms/" '
        'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
        f"<dc:title>{title}</dc:title>"
        f"<dc:subject>{escape(report.doc_type.title)}</dc:subject>"
        f"<dc:creator>{creator}</dc:creator>"
        f"<cp:lastModifiedBy>{creator}</cp:lastModifiedBy>"
        "<dc:language>vi-VN</dc:language>"
        f'<dcterms:created xsi:type="dcterms:W3CDTF">{stamp}</dcterms:created>'
        f'<dcterms:modified xsi:type="dcterms:W3CDTF">{stamp}</dcterms:modified>'
        "</cp:coreProperties>"
    ).encode()
