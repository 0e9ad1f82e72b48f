"""The anatomy of a document whose components are known: a render of vnreport's own.

Recognising a file another program wrote means reading its text and guessing (a subject
that reads "Khẩn" is not the urgency stamp, a short numbered paragraph is not a heading).
A render of vnreport's own needs no guess: each paragraph was written in the style of its
component, so the components are found by their styles, and the rules then judge each
one's form against the rulebook exactly as they judge any file's.
"""

from __future__ import annotations

from collections.abc import Mapping

from vnreport.conformance.anatomy import ARTICLE_LABEL, Anatomy, Span
from vnreport.conformance.rulemarks import RuleFinder
from vnreport.ooxml.document import ParagraphView, WordDocument
from vnreport.rules import Component
from vnreport.rules.doctypes import DocumentType

__all__ = ["known_anatomy"]

C = Component
# Components with a field of their own in the anatomy; the others go in its frame.
_OWN_FIELDS = frozenset(
    {
        C.NATIONAL_NAME, C.MOTTO, C.PARENT, C.ISSUER, C.NUMBER, C.PLACE_DATE, C.SUBJECT_VV,
        C.STAMP, C.TYPE_NAME, C.SUBJECT, C.ADDRESSEE, C.LEGAL_BASIS, C.BODY,
        C.SECTION_HEADING, C.RECIPIENTS_HEADING, C.RECIPIENT, C.SIGNATURE, C.SIGNER,
        C.APPENDIX, C.PAGE_NUMBER, C.CONTACT, C.AUTHORITY_LINE, C.DECISION_WORD, C.ARTICLE,
    }
)  # fmt: skip
# The body as the body rules read it: its text, its headings and its articles' titles.
_BODY = frozenset({C.BODY, C.SECTION_HEADING, C.ARTICLE})
# After the signature (appendices, the text a quyết định issues), as in a file another
# program wrote, only the form of each line is checked, and the appendices' labels.
_BODY_AFTER = frozenset({C.BODY, C.SECTION_HEADING})


def known_anatomy(
    document: WordDocument,
    components: Mapping[str, Component],
    *,
    headings: frozenset[str],
    layout_table_style: str,
    doc_type: DocumentType,
) -> Anatomy:
    """The anatomy of ``document``, whose paragraphs are in the styles ``components``
    maps to what they are (``headings`` are the heading styles)."""
    found: dict[Component, list[ParagraphView]] = {}
    after: list[tuple[Component, ParagraphView]] = []
    heading_paragraphs: set[int] = set()
    signed = _footer_end(document.paragraphs, components)
    for paragraph in document.paragraphs:
        component = components.get(paragraph.props.style or "")
        if component is None or not paragraph.plain:
            continue
        if paragraph.index > signed and component is not C.APPENDIX:
            if component not in _BODY_AFTER:
                after.append((component, paragraph))
            continue
        found.setdefault(component, []).append(paragraph)
        if paragraph.props.style in headings:
            heading_paragraphs.add(paragraph.index)

    def spans(component: Component) -> tuple[Span, ...]:
        return tuple(_whole(paragraph) for paragraph in found.get(component, ()))

    def first(component: Component) -> Span | None:
        every = spans(component)
        return every[0] if every else None

    paragraphs = document.paragraphs
    issuer = spans(C.ISSUER)
    motto = first(C.MOTTO)
    subject = spans(C.SUBJECT)
    signatures = _signature_blocks(found.get(C.SIGNATURE, []), found.get(C.SIGNER, []))
    signature, signer = signatures[0] if signatures else ((), None)
    body = sorted(
        (p for component in _BODY for p in found.get(component, ())), key=lambda p: p.index
    )
    layout_tables = {
        p.location.table
        for p in paragraphs
        if p.location.table is not None and p.location.table_style == layout_table_style
    }
    frame = tuple(
        (component, _whole(paragraph))
        for component, every in found.items()
        if component not in _OWN_FIELDS
        for paragraph in every
    ) + tuple((component, _whole(paragraph)) for component, paragraph in after)
    decision = doc_type is DocumentType.DECISION
    articles = tuple(_whole(p) for p in body if decision and ARTICLE_LABEL.match(p.plain))
    rules = RuleFinder(document)
    return Anatomy(
        national_name=first(C.NATIONAL_NAME),
        motto=motto,
        motto_rule=rules.under(motto),
        parent=spans(C.PARENT),
        issuer=issuer,
        issuer_rule=rules.under(issuer[-1] if issuer else None),
        number=first(C.NUMBER),
        place_date=first(C.PLACE_DATE),
        subject_vv=first(C.SUBJECT_VV),
        stamps=spans(C.STAMP),
        type_name=first(C.TYPE_NAME),
        doc_type=doc_type,
        subject=subject,
        subject_rule=rules.under(subject[-1] if subject else None),
        addressees=spans(C.ADDRESSEE),
        legal_bases=spans(C.LEGAL_BASIS),
        body=tuple(body),
        recipients_heading=first(C.RECIPIENTS_HEADING),
        recipients=spans(C.RECIPIENT),
        signature=signature,
        signer=signer,
        more_signatures=tuple(signatures[1:]),
        appendices=spans(C.APPENDIX),
        layout_tables=frozenset(layout_tables),
        frame=frame,
        headings=frozenset(heading_paragraphs),
        authority_line=spans(C.AUTHORITY_LINE),
        decision_word=first(C.DECISION_WORD),
        articles=articles,
    )


def _footer_end(paragraphs: tuple[ParagraphView, ...], components: Mapping[str, Component]) -> int:
    """The index of the footer's last paragraph: the end of the table that holds the last
    signer's name (a biên bản's Nơi nhận is in a row under its two signatures)."""
    signers = [p for p in paragraphs if components.get(p.props.style or "") is C.SIGNER]
    if not signers:
        return len(paragraphs)
    last = signers[-1]
    if last.location.table is None:
        return last.index
    return max(
        p.index
        for p in paragraphs
        if p.location.table == last.location.table and p.location.story == last.location.story
    )


def _whole(paragraph: ParagraphView) -> Span:
    return Span(paragraph, 0, len(paragraph.text))


def _signature_blocks(
    lines: list[ParagraphView], signers: list[ParagraphView]
) -> list[tuple[tuple[Span, ...], Span | None]]:
    """Each signer with the signature lines of its own table cell."""
    blocks: list[tuple[tuple[Span, ...], Span | None]] = []
    for name in signers:
        cell = (name.location.table, name.location.row, name.location.cell)
        own = tuple(
            _whole(line)
            for line in lines
            if (line.location.table, line.location.row, line.location.cell) == cell
        )
        blocks.append((own, _whole(name)))
    return blocks
