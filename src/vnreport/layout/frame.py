"""The frame every document shares: the header, the title, Kính gửi, the recipients, the
signature, the marks (Phụ lục I, II and III). A document type's layout is this frame
around its own body."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from vnreport.formatting.text import upper_vi
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
from vnreport.layout.tables import check_fits, needs_landscape, text_width_of_page
from vnreport.model.appendix import Appendix, appendix_label
from vnreport.model.document import Document
from vnreport.model.inline import Run
from vnreport.model.outline import Block, Role
from vnreport.model.signature import Signature
from vnreport.rules import ND30, Component, Rulebook

__all__ = [
    "addressee_blocks",
    "appendix_pages",
    "circulation",
    "contact",
    "enclosure_note",
    "header",
    "page",
    "properties",
    "recipient_lines",
    "signature_block",
    "stamps",
    "title",
]

C = Component


def page(
    document: Document,
    *,
    subject: str,
    body: Sequence[Block],
    subject_vv: Sequence[str] = (),
    place_date: bool = True,
    titled: bool = True,
    footer_kind: FooterKind = FooterKind.RECIPIENTS_AND_SIGNATURE,
    signatures: Sequence[Signature] | None = None,
    pages_before_appendices: Sequence[AppendixPage] = (),
) -> Page:
    """The page of ``document``: its own ``body`` in the frame every type shares — the
    header (with a công văn's ``subject_vv`` lines, without the ``place_date`` line of a
    biên bản), the type name and ``subject`` unless not ``titled``, Nơi nhận and the
    ``signatures`` (the document's by default), the marks, and the appendices after the
    pages a type adds (a quyết định's issued text)."""
    chosen = (document.signature,) if signatures is None else tuple(signatures)
    portrait = text_width_of_page()
    for block in body:
        if block.table is not None:
            check_fits(block.table, portrait, where=block.path, landscape=False)
    return Page(
        doc_type=document.doc_type,
        header=header(document, subject_vv=subject_vv, place_date=place_date),
        title=title(document, subject) if titled else None,
        body=tuple(body),
        footer_kind=footer_kind,
        recipients=recipient_lines(document.recipient_lines),
        signatures=tuple(signature_block(signature) for signature in chosen),
        circulation=circulation(document),
        contact=contact(document),
        appendices=(*pages_before_appendices, *appendix_pages(document)),
        properties=properties(document, subject),
    )


def header(
    document: Document,
    *,
    subject_vv: Sequence[str] = (),
    place_date: bool = True,
    rulebook: Rulebook = ND30,
) -> Header:
    """The header of ``document``: issuer and number on the left, Quốc hiệu, Tiêu ngữ
    and the place and date on the right; a công văn's V/v lines under its number."""
    issuer = document.issuer
    texts = rulebook.texts
    return Header(
        parent=None if issuer.parent_line is None else Line(C.PARENT, issuer.parent_line),
        issuer=tuple(Line(C.ISSUER, line) for line in issuer.issuer_lines),
        number=Line(C.NUMBER, document.number_line),
        subject_vv=tuple(Line(C.SUBJECT_VV, line) for line in subject_vv),
        stamps=stamps(document),
        national_name=Line(C.NATIONAL_NAME, texts.national_name),
        motto=Line(C.MOTTO, texts.motto),
        place_date=Line(C.PLACE_DATE, document.place_date_line) if place_date else None,
    )


def stamps(document: Document) -> tuple[Stamp, ...]:
    """The secrecy stamp, then the urgency stamp with the width of its box."""
    found: list[Stamp] = []
    if document.secrecy is not None:
        found.append(Stamp(component=C.STAMP, text=document.secrecy.stamp))
    if document.urgency is not None:
        urgency = document.urgency
        found.append(Stamp(component=C.STAMP, text=urgency.stamp, width_mm=urgency.box_width_mm))
    return tuple(found)


def circulation(document: Document) -> Stamp | None:
    """The circulation note, boxed at the top right of page 1 (ô 11)."""
    text = document.circulation_stamp
    return None if text is None else Stamp(component=C.CIRCULATION, text=text)


def title(document: Document, subject: str | None) -> Title:
    """The type name in capitals and the subject under it."""
    return Title(
        type_name=Line(C.TYPE_NAME, document.doc_type.printed_name),
        subject=None if subject is None else Line(C.SUBJECT, subject),
    )


def addressee_blocks(lines: Iterable[str]) -> tuple[Block, ...]:
    """ "Kính gửi: …" on one line, or "Kính gửi:" and its dash items."""
    blocks: list[Block] = []
    for index, line in enumerate(lines):
        role = Role.ADDRESSEE if index == 0 else Role.ADDRESSEE_ITEM
        blocks.append(Block(role=role, runs=(Run(line),), path=f"addressees[{index}]"))
    return tuple(blocks)


def recipient_lines(lines: Sequence[str], rulebook: Rulebook = ND30) -> tuple[Line, ...]:
    """ "Nơi nhận:" and its items; nothing when there are no recipients."""
    if not lines:
        return ()
    heading = Line(C.RECIPIENTS_HEADING, f"{rulebook.texts.recipients_label}:")
    return (heading, *(Line(C.RECIPIENT, line) for line in lines))


def signature_block(signature: Signature) -> SignatureBlock:
    """The authority and title lines in capitals, then the name."""
    return SignatureBlock(
        lines=tuple(Line(C.SIGNATURE, line) for line in signature.lines),
        name=Line(C.SIGNER, signature.name),
    )


def contact(document: Document) -> Line | None:
    """The contact line at the foot of page 1 (ô 13)."""
    return None if document.contact is None else Line(C.CONTACT, str(document.contact))


def properties(document: Document, subject: str) -> Properties:
    """Title = the subject, author = the issuer, the date = the document's date."""
    date = document.date
    return Properties(
        title=subject,
        subject=document.doc_type.title,
        author=document.issuer.name,
        date=f"{date.year:04d}-{date.month or 1:02d}-{date.day or 1:02d}",
    )


def enclosure_note(document: Document, rulebook: Rulebook = ND30) -> str:
    """The note that ties an appendix or an issued text to ``document``: "(Kèm theo Báo
    cáo số 05/BC-UBND ngày 05 tháng 02 năm 2021 của Ủy ban nhân dân huyện Tuần Giáo)"."""
    date = document.date
    return (
        f"({rulebook.texts.enclosed} {document.doc_type.title} số {document.document_number} "
        f"{date} của {document.issuer.name})"
    )


def appendix_pages(document: Document) -> tuple[AppendixPage, ...]:
    """The appendices, each under its label, its title in capitals and the note that ties
    it to the document (:func:`enclosure_note`)."""
    count = len(document.appendices)
    note = enclosure_note(document)
    return tuple(
        AppendixPage(
            label=Line(C.APPENDIX, appendix_label(position, count)),
            title=(Line(C.APPENDIX_TITLE, upper_vi(appendix.title)),),
            note=Line(C.APPENDIX_NOTE, note),
            body=appendix.body,
            landscape=_appendix_landscape(appendix, f"appendices[{position - 1}]"),
        )
        for position, appendix in enumerate(document.appendices, start=1)
    )


def _appendix_landscape(appendix: Appendix, where: str) -> bool:
    """Whether the appendix's pages are landscape: as asked, or, when not asked, whether
    a table of it needs the width; its tables must then fit the page (words whole)."""
    tables = [(block.table, block.path) for block in appendix.body if block.table is not None]
    landscape = appendix.landscape
    if landscape is None:
        landscape = any(needs_landscape(table) for table, _ in tables)
    width = text_width_of_page(landscape=landscape)
    for table, path in tables:
        check_fits(table, width, where=f"{where}.{path}", landscape=landscape)
    return landscape
