"""The printed page, described without a renderer: what goes where, as which component.

:func:`vnreport.layout.lay_out` turns a document into a :class:`Page`: the header's two
columns, the title, the body's blocks in reading order (Kính gửi, the legal bases of a
quyết định and its articles included), the recipients beside the signature, the marks and
the appendices. Every text is final — labels computed, capitals applied, punctuation set —
and every line carries its :class:`~vnreport.rules.Component`, the name the rulebook gives
its form. The .docx renderer, the outline, the self-check of a render and the HTML
preview all read a page; none of them decides what a document prints.
"""

from __future__ import annotations

import enum

import attrs

from vnreport.model.inline import Run
from vnreport.model.outline import Block
from vnreport.rules import Component
from vnreport.rules.doctypes import DocumentType

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


@attrs.frozen
class Line:
    """One printed line (a paragraph) of the page's frame, as the component it is."""

    component: Component
    text: str
    runs: tuple[Run, ...] = attrs.field()

    @runs.default
    def _plain(self) -> tuple[Run, ...]:
        return (Run(self.text),)


@attrs.frozen(kw_only=True)
class Stamp:
    """A boxed mark: a secrecy or urgency stamp (ô 10), the circulation note (ô 11).

    ``width_mm`` is the box's fixed width where the decree gives one (urgency); ``None``
    sizes the box to its text.
    """

    component: Component
    text: str
    width_mm: float | None = None


@attrs.frozen(kw_only=True)
class Header:
    """The header's two columns (ô 1–4, 5b, 10)."""

    parent: Line | None
    issuer: tuple[Line, ...]
    number: Line
    #: A công văn's "V/v …" under its number (ô 5b).
    subject_vv: tuple[Line, ...] = ()
    stamps: tuple[Stamp, ...] = ()
    national_name: Line
    motto: Line
    #: ``None`` for a biên bản, whose header has no place-and-date line (Mẫu 1.9).
    place_date: Line | None


@attrs.frozen(kw_only=True)
class Title:
    """The type name and the subject under it (ô 5a); a công văn has none."""

    type_name: Line
    subject: Line | None


@attrs.frozen(kw_only=True)
class SignatureBlock:
    """One signature (ô 7): the authority and title lines, then the signer's name."""

    lines: tuple[Line, ...]
    name: Line


class FooterKind(enum.Enum):
    """How the foot of the document is laid out."""

    #: Nơi nhận on the left, the signature on the right (Mẫu 1.1–1.8).
    RECIPIENTS_AND_SIGNATURE = "recipients-and-signature"
    #: Two signatures side by side, THƯ KÝ left and CHỦ TỌA right, Nơi nhận under them
    #: (the biên bản, Mẫu 1.9).
    TWO_SIGNATURES = "two-signatures"


@attrs.frozen(kw_only=True)
class AppendixPage:
    """An appendix (*phụ lục*, Mẫu 2.1/2.2), or a text a quyết định issues (Mẫu 1.3): its
    own pages after the signature, under its label ("Phụ lục I", or the issued text's type
    name), its title and the note that ties it to the document."""

    label: Line
    title: tuple[Line, ...]
    note: Line
    body: tuple[Block, ...]
    landscape: bool = False
    #: Whether its first page repeats the first row of the document's header (the issuer,
    #: the Quốc hiệu and the Tiêu ngữ, without number and date), as an issued text does.
    repeat_header: bool = False


@attrs.frozen(kw_only=True)
class Properties:
    """What the file says about itself (core properties): title, author, date."""

    title: str
    subject: str
    author: str
    #: ISO date of the document (the first of the month for a draft).
    date: str


@attrs.frozen(kw_only=True)
class Page:
    """A whole document as printed, in reading order."""

    doc_type: DocumentType
    header: Header
    title: Title | None
    #: Kính gửi, the preamble of a quyết định, the body, in reading order.
    body: tuple[Block, ...]
    footer_kind: FooterKind
    recipients: tuple[Line, ...]
    signatures: tuple[SignatureBlock, ...]
    circulation: Stamp | None = None
    contact: Line | None = None
    appendices: tuple[AppendixPage, ...] = ()
    properties: Properties

    @property
    def recipients_heading(self) -> Line | None:
        """ "Nơi nhận:", when there are recipients."""
        return self.recipients[0] if self.recipients else None
