"""The layout: a document turned into a renderer-independent description of its printed
page (:class:`~vnreport.layout.page.Page`). Renderers and the self-check read it."""

from vnreport.layout.page import (
    AppendixPage,
    FooterKind,
    Header,
    Line,
    Page,
    Properties,
    SignatureBlock,
    Stamp,
    Title,
)

__all__ = [
    "AppendixPage",
    "FooterKind",
    "Header",
    "Line",
    "Page",
    "Properties",
    "SignatureBlock",
    "Stamp",
    "Title",
]
