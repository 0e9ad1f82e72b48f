"""Lines → fields → the typed model of the right type.

The header, body and footer recognisers give the fields as printed
(:class:`~vnreport.importing.result.ImportedFields`); the model is then built from them.
A field the model refuses is reported with the model's own message, never repaired by a
guess; a công văn, a giấy mời and a biên bản are built by their own builders
(:mod:`vnreport.importing.typed`); a type whose body the importer cannot yet build (a
quyết định's articles) gives its fields and says so.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence
from typing import Any

import attrs

from vnreport.conformance.anatomy import ADDRESSEE
from vnreport.errors import FieldError
from vnreport.formatting.text import upper_vi
from vnreport.importing.appendices import find_appendices, read_appendices
from vnreport.importing.attachment import read_attachment
from vnreport.importing.bases import Bases, find_bases
from vnreport.importing.body import Item, build_sections, items_of, join_cut_lines, top_headings
from vnreport.importing.casing import restore_case, title_case
from vnreport.importing.closing import take_closing
from vnreport.importing.decision import authority_of, read_articles
from vnreport.importing.degrade import build_leaving_out, printed_where
from vnreport.importing.footer import Footer, SignatureLines, find_footer, read_footer, spaced
from vnreport.importing.header import VV_PREFIX, Header, read_header
from vnreport.importing.inferred import infer_issuer
from vnreport.importing.lines import Line
from vnreport.importing.parts import Parts, refusal
from vnreport.importing.result import (
    NOT_A_DOCUMENT,
    Imported,
    ImportedFields,
    SignatureFields,
    Unrecognised,
)
from vnreport.importing.typed import BUILDERS
from vnreport.model.agency import Agency
from vnreport.model.appendix import Appendix
from vnreport.model.body import Block, Paragraph, Section
from vnreport.model.decision import Decision, IssuedText, head_authority
from vnreport.model.document import Document
from vnreport.model.narrative import NarrativeDocument
from vnreport.model.official_letter import OfficialLetter
from vnreport.model.recipients import Recipients
from vnreport.model.signature import Signature
from vnreport.rules import ND30
from vnreport.rules.doctypes import DocumentType
from vnreport.types import REGISTRY

__all__ = ["assemble"]

_CLOSING = re.compile(r"^Trên đây là\b", re.IGNORECASE)
_TEXTS = ND30.texts
#: The types whose model holds the legal bases (Decision.legal_bases).
_WITH_BASES = (DocumentType.DECISION, DocumentType.RESOLUTION)


def assemble(
    lines: Sequence[Line],
    *,
    doc_type: DocumentType | None = None,
    issuer_name: str | None = None,
) -> Imported:
    """The document ``lines`` hold; ``issuer_name`` is the issuer's name in normal case
    when the source knows it (a .docx's core properties)."""
    if not lines:
        return _nothing(None)
    header = read_header(lines)
    if header.type_line is None and header.number_line is None and header.national is None:
        return _nothing(lines[0])
    unrecognised: list[Unrecognised] = []
    named = header.type_name.member if header.type_name is not None else None
    kind = doc_type or named or (DocumentType.OFFICIAL_LETTER if header.subject_vv else None)
    # The appendices (after the signature) are read apart: the footer ends before them.
    appendices_at = find_appendices(lines, header.end)
    appendices = read_appendices(lines[appendices_at:], unrecognised)
    lines = lines[:appendices_at]
    footer_at = find_footer(lines, header.end)
    # A drawn rule (under the subject) is layout, which the renderer draws again.
    body_lines = [line for line in lines[header.end : footer_at] if not line.is_rule]
    addressees, body_lines = _addressees(body_lines)
    bases = find_bases(body_lines)
    if bases.lines and (bases.decides is not None or kind in _WITH_BASES):
        # The model holds them (a quyết định's legal_bases), or the body is articles.
        body_lines = body_lines[: bases.start] + body_lines[bases.end :]
    footer = read_footer(lines[footer_at:])
    attachment: IssuedText | None = None
    other: Sequence[Line] = footer.other
    if kind is DocumentType.DECISION and other:
        try:
            attachment, other = read_attachment(other, unrecognised)
        except (FieldError, ValueError, TypeError) as error:
            unrecognised.append(_note(other[0], f"the text the decision issues: {error}"))
    for line in other:
        unrecognised.append(
            _note(line, "a line after the body that is neither Nơi nhận nor a signature")
        )
    own_lines = tuple(body_lines)  # a type's own builder joins what it reads as text
    body_lines = join_cut_lines(body_lines)
    closing_at = next(
        (i for i, line in enumerate(body_lines) if _CLOSING.match(line.text)), len(body_lines)
    )
    items = items_of(body_lines[:closing_at])
    # The fields as printed are known before any model is built: a body the model
    # refuses loses the document, never what was read.
    fields = _fields(header, footer, addressees, list(bases.can_cu), items, kind)
    header = _with_inferred_issuer(header, footer, lines, unrecognised)
    if kind is DocumentType.DECISION:
        decision = _build_decision(
            header, footer, bases, items, issuer_name, unrecognised, lines, attachment
        )
        return Imported(document=decision, unrecognised=tuple(unrecognised), fields=fields)
    if kind is not None and kind in BUILDERS:
        # A công văn, a giấy mời, a biên bản: a body of its own (importing/typed.py).
        frame = functools.partial(_frame, header, footer, addressees, issuer_name)
        parts = Parts(
            kind=kind, header=header, footer=footer, lines=own_lines,
            addressees=tuple(addressees), frame=frame,
        )  # fmt: skip
        document = BUILDERS[kind](parts, unrecognised)
        return Imported(document=document, unrecognised=tuple(unrecognised), fields=fields)
    try:
        opening, sections, _ = build_sections(items, unrecognised)
    except (FieldError, ValueError, TypeError) as error:
        unrecognised.insert(0, Unrecognised(text="", reason=f"the body: {error}"))
        return Imported(document=None, unrecognised=tuple(unrecognised), fields=fields)
    closing: list[Paragraph | str] = [line.markup for line in body_lines[closing_at:]]
    if not closing:
        # The layout prints "./." after the last paragraph; the model holds the text
        # without it unless a closing sentence ("Trên đây là …") carries it.
        _drop_end_mark(sections, opening)
        closing = list(take_closing(sections))
    if kind is None:
        unrecognised.insert(0, _no_type(header))
        return Imported(document=None, unrecognised=tuple(unrecognised), fields=fields)
    entry = next((e for e in REGISTRY if e.model.DOC_TYPE is kind), None)
    if entry is None or not issubclass(entry.model, NarrativeDocument | OfficialLetter):
        unrecognised.insert(
            0,
            Unrecognised(
                text=kind.printed_name,
                reason=f"reading the body of a {kind.title.lower()} into its model is not "
                "supported yet: the header and footer fields are read (Imported.fields)",
            ),
        )
        return Imported(document=None, unrecognised=tuple(unrecognised), fields=fields)
    if not issubclass(entry.model, OfficialLetter):
        _keep_untitled(sections, opening, lines, unrecognised)
    document = _build(
        entry.model,
        header,
        footer,
        addressees,
        opening,
        sections,
        closing,
        issuer_name,
        unrecognised,
        lines,
        appendices,
    )
    return Imported(document=document, unrecognised=tuple(unrecognised), fields=fields)


def _with_inferred_issuer(
    header: Header, footer: Footer, lines: Sequence[Line], unrecognised: list[Unrecognised]
) -> Header:
    """A header that lost its issuer, given the one the text agrees on, said aloud."""
    authority = [line.text for line in footer.signatures[0].authority] if footer.signatures else []
    inferred = infer_issuer(header, authority, lines)
    if inferred is None:
        return header
    printed, source = inferred
    name = " ".join(printed)
    unrecognised.append(
        _note(
            source,
            f"the header prints no issuer (cơ quan ban hành): read as {name!r} from the "
            f"signature ({authority[0]}), the symbol (/{header.symbol}) and this line; "
            "check it",
        )
    )
    return attrs.evolve(header, issuer=tuple(source.with_text(text) for text in printed))


def _drop_end_mark(sections: list[Section], opening: list[Paragraph]) -> None:
    mark = _TEXTS.end_mark

    def strip(blocks: tuple[Block, ...]) -> tuple[Block, ...] | None:
        if not blocks:
            return None
        last = blocks[-1]
        if isinstance(last, Paragraph) and last.text.endswith(mark):
            return (*blocks[:-1], Paragraph(text=last.text[: -len(mark)].rstrip() + "."))
        if isinstance(last, Section):
            inner = strip(last.content)
            return None if inner is None else (*blocks[:-1], attrs.evolve(last, content=inner))
        return None

    if sections:
        done = strip(tuple(sections))
        if done is not None:
            sections[:] = [block for block in done if isinstance(block, Section)]
    elif opening:
        done = strip(tuple(opening))
        if done is not None:
            opening[:] = [block for block in done if isinstance(block, Paragraph)]


def _keep_untitled(
    sections: list[Section],
    opening: list[Paragraph],
    lines: Sequence[Line],
    unrecognised: list[Unrecognised],
) -> None:
    """A numbered paragraph among the top-level headings ("3. Thực hiện …." between "2.
    Phân cấp …" and "4. …"): the model's top-level sections have titles, so it is kept
    as printed — its label typed — in the section before it (the opening, when first),
    and said so."""
    kept: list[Section] = []
    for section in sections:
        if section.title is not None:
            kept.append(section)
            continue
        first, *rest = section.content
        line = printed_where(lines, first.text if isinstance(first, Paragraph) else "")
        printed = line.markup if line is not None else None
        try:
            head = Paragraph(text=printed) if printed else first
        except ValueError:
            head = first
        blocks = (head, *rest)
        if kept:
            kept[-1] = attrs.evolve(kept[-1], content=(*kept[-1].content, *blocks))
        else:
            opening.extend(block for block in blocks if isinstance(block, Paragraph))
        where = (None, None) if line is None else line.where
        unrecognised.append(
            Unrecognised(
                line=where[0],
                paragraph=where[1],
                text=(line.text if line is not None else "")[:80],
                reason="a numbered paragraph among the top-level headings: a top-level "
                "section (I., II., …) needs a title, so it is kept as printed, label and "
                "all, in the part before it",
            )
        )
    sections[:] = kept


def _no_type(header: Header) -> Unrecognised:
    """Why no model is built: no type name, or one that is none of the decree's types (a
    giấy phép, a specialised document: its fields are read, no model holds its body)."""
    line = header.type_line
    if line is None:
        return Unrecognised(
            text="", reason="the type of document (the type name under the header) is not found"
        )
    return _note(
        line,
        f"the type name {line.text!r} is none of the types Nghị định 30 lists (Phụ lục III): "
        "its header and footer fields are read (Imported.fields), no model holds its body",
    )


def _nothing(line: Line | None) -> Imported:
    where = (None, None) if line is None else line.where
    return Imported(
        document=None,
        unrecognised=(
            Unrecognised(
                line=where[0],
                paragraph=where[1],
                text="" if line is None else line.text[:80],
                reason=f"{NOT_A_DOCUMENT}: no header (Quốc hiệu, Số, type name) was found",
            ),
        ),
    )


def _note(line: Line, reason: str) -> Unrecognised:
    where = line.where
    return Unrecognised(line=where[0], paragraph=where[1], text=line.text[:80], reason=reason)


def _addressees(lines: list[Line]) -> tuple[list[str], list[Line]]:
    """ "Kính gửi: X" on one line, or "Kính gửi:" with "- X;" lines under it."""
    # Within the first lines: a header the recogniser ended early (a V/v cut over two
    # lines, the date under it) leaves its last lines before Kính gửi.
    for position, line in enumerate(lines[:6]):
        if not ADDRESSEE.match(line.text):
            continue
        rest = line.text.split(":", 1)[1].strip() if ":" in line.text else line.text[8:].strip()
        found = [rest] if rest else []
        end = position + 1
        while end < len(lines) and lines[end].text.startswith(("-", "–", "+")) and (not rest):
            found.append(lines[end].text)
            end += 1
        return found, lines[:position] + lines[end:]
    return [], lines


def _addressee(item: str) -> str:
    """A Kính gửi item as the model takes it: without its dash and final ";" "," "."."""
    return re.sub(r"^[-–+]\s*", "", item).rstrip(";.,").strip()


def _fields(
    header: Header,
    footer: Footer,
    addressees: list[str],
    bases: list[str],
    items: Sequence[Item],
    kind: DocumentType | None,
) -> ImportedFields:
    date = None
    if header.year is not None:
        date = str(header.year)
        if header.month is not None:
            date += f"-{header.month:02d}"
            if header.day is not None:
                date += f"-{header.day:02d}"
    signature = _main_signature(footer, kind)
    return ImportedFields(
        doc_type=_type_text(header, kind),
        issuer=_joined(header.issuer),
        parent_issuer=_joined(header.parent),
        number=header.number,
        symbol=header.symbol,
        place=header.place,
        date=date,
        subject=_subject(header),
        kinh_gui=tuple(addressees),
        can_cu=tuple(bases),
        headings=top_headings(items),
        recipients=footer.recipients,
        signature_authority=()
        if signature is None
        else tuple(line.text for line in signature.authority),
        signature_title=None if signature is None else _title_of(signature) or None,
        signature_name=None if signature is None or signature.name is None else signature.name.text,
        signatures=tuple(_signature_fields(stack) for stack in footer.signatures)
        if len(footer.signatures) > 1
        else (),
    )


def _main_signature(footer: Footer, kind: DocumentType | None) -> SignatureLines | None:
    """The first signature; a biên bản's chair's (CHỦ TỌA), who signs for the meeting."""
    if not footer.signatures:
        return None
    if kind is DocumentType.MINUTES:
        presiding = _TEXTS.meeting.presiding.casefold()
        for stack in footer.signatures:
            if _title_of(stack, role=True).casefold() == presiding:
                return stack
    return footer.signatures[0]


def _title_of(stack: SignatureLines, *, role: bool = False) -> str:
    """The title as printed; a member who prints only a role signs under it."""
    lines = [*([stack.role] if role and stack.role else []), *stack.title]
    if not lines and stack.role is not None:
        lines = [stack.role]
    return " ".join(line.text for line in lines)


def _signature_fields(stack: SignatureLines) -> SignatureFields:
    return SignatureFields(
        authority=tuple(line.text for line in stack.authority),
        role=None if stack.role is None else stack.role.text,
        title=_joined(stack.title),
        name=None if stack.name is None else stack.name.text,
    )


def _subject(header: Header) -> str | None:
    """The trích yếu as printed; a công văn's without its "V/v" (the fields' convention)."""
    text = header.subject_text
    if text is None or header.subject:
        return text
    return VV_PREFIX.sub("", text, count=1) or None


def _type_text(header: Header, kind: DocumentType | None) -> str | None:
    if header.type_line is not None and header.type_name is not None:
        rest = header.type_name.rest
        text = header.type_line.text
        return text[: len(text) - len(rest)].strip() if rest else text
    return None if kind is None else kind.title


def _joined(lines: Sequence[Line]) -> str | None:
    return " ".join(line.text for line in lines) or None


def _build(
    model: type[NarrativeDocument | OfficialLetter],
    header: Header,
    footer: Footer,
    addressees: list[str],
    opening: list[Paragraph],
    sections: list[Section],
    closing: Sequence[Paragraph | str],
    issuer_name: str | None,
    unrecognised: list[Unrecognised],
    lines: Sequence[Line],
    appendices: Sequence[Appendix] = (),
) -> Document | None:
    try:
        letter = issubclass(model, OfficialLetter)
        issuer = _agency(header, issuer_name, typed=not letter)
        signature = _signature(footer)
        recipients = _recipients(footer, addressees)
        date = _date(header)
        number = int(header.number) if header.number and header.number.isdigit() else None
        unit = _symbol_unit(header.symbol, issuer.abbreviation, typed=not letter)
        # A công văn's body is one run of paragraphs and points (its content).
        body: dict[str, Any] = (
            {"content": [*opening, *sections, *closing]}
            if letter
            else {"opening": opening, "sections": sections, "closing": closing}
        )
        parts = {
            **body,
            "issuer": issuer,
            "date": date,
            "number": number,
            "symbol_unit": unit,
            "subject": restore_case(header.subject_text or ""),
            "addressees": [_addressee(item) for item in addressees],
            "recipients": recipients,
            "signature": signature,
            "appendices": list(appendices),
        }
        return build_leaving_out(model, parts, lines, unrecognised)
    except (FieldError, ValueError, TypeError) as error:
        unrecognised.append(refusal(error, header))
        return None


def _build_decision(
    header: Header,
    footer: Footer,
    bases: Bases,
    items: Sequence[Item],
    issuer_name: str | None,
    unrecognised: list[Unrecognised],
    lines: Sequence[Line],
    attachment: IssuedText | None = None,
) -> Document | None:
    """A quyết định: its bases, authority line and articles (importing/decision.py), and
    the text it issues (importing/attachment.py)."""
    try:
        issuer = _agency(header, issuer_name)
        signature = _signature(footer)
        articles = read_articles(items, unrecognised)
        recipients = _recipients(footer, [], as_article=True)
        date = _date(header)
        number = int(header.number) if header.number and header.number.isdigit() else None
        authority = authority_of(bases, upper_vi(head_authority(issuer, signature)))
        parts = {
            "issuer": issuer,
            "date": date,
            "number": number,
            "symbol_unit": _symbol_unit(header.symbol, issuer.abbreviation),
            "subject": restore_case(header.subject_text or ""),
            "legal_bases": list(bases.lines),
            "articles": articles,
            "authority": authority,
            "recipients": recipients,
            "signature": signature,
            "attachment": attachment,
        }
        return build_leaving_out(Decision, parts, lines, unrecognised)
    except (FieldError, ValueError, TypeError) as error:
        unrecognised.insert(0, refusal(error, header))
        return None


def _frame(
    header: Header,
    footer: Footer,
    addressees: list[str],
    issuer_name: str | None,
    *,
    name: str | None = None,
    place: str | None = None,
    date: str | None = None,
    signed: bool = True,
) -> dict[str, Any]:
    """The parts every document has, for a type's own builder (parts.FrameMaker)."""
    if place is not None:
        header = attrs.evolve(header, place=header.place or place)
    frame: dict[str, Any] = {
        "issuer": _agency(header, name or issuer_name),
        "date": date or _date(header),
        "number": int(header.number) if header.number and header.number.isdigit() else None,
        "symbol_unit": _symbol_unit(header.symbol, ""),
        "recipients": _recipients(footer, addressees),
    }
    if signed:
        frame["signature"] = _signature(footer)
    return frame


def _agency(header: Header, issuer_name: str | None, *, typed: bool = True) -> Agency:
    """The issuer; ``typed`` when the symbol opens with the type's code ("BC-SCT"), not
    for a công văn's ("SCT-KTAT": the issuer's, then the drafting unit's)."""
    if not header.issuer:
        raise FieldError("issuer", "the header names no issuing agency (cơ quan ban hành)")
    if header.place is None:
        raise FieldError("issuer.place", "the date line names no place (địa danh)")
    symbol = header.symbol or ""
    groups = symbol.split("-")
    if len(groups) < 2 and not symbol:
        raise FieldError("issuer.abbreviation", "the Số line prints no symbol")
    abbreviation = groups[1] if typed and len(groups) > 1 else groups[0]
    printed = " ".join(line.text for line in header.issuer)
    name = (
        issuer_name
        if issuer_name and issuer_name.upper() == printed.upper()
        else title_case(printed)
    )
    parent = None
    if header.parent:
        parent_printed = " ".join(line.text for line in header.parent)
        parent = Agency(
            name=title_case(parent_printed),
            abbreviation=parent_printed.split()[0],
            place=header.place,
            short_name=title_case(parent_printed),
        )
    lines = tuple(line.text for line in header.issuer)
    agency = Agency(name=name, abbreviation=abbreviation, place=header.place, parent=parent)
    if agency.issuer_lines != lines:
        agency = Agency(
            name=name, abbreviation=abbreviation, place=header.place, parent=parent,
            header_lines=_split_like(name, lines),
        )  # fmt: skip
    return agency


def _split_like(name: str, lines: tuple[str, ...]) -> tuple[str, ...]:
    """``name`` cut where the printed ``lines`` break."""
    words = name.split()
    out: list[str] = []
    for line in lines:
        count = len(line.split())
        out.append(" ".join(words[:count]))
        words = words[count:]
    return tuple(out)


def _symbol_unit(symbol: str | None, abbreviation: str, *, typed: bool = True) -> str | None:
    if not symbol:
        return None
    groups = symbol.split("-")
    if not typed:
        return "-".join(groups[1:]) or None
    return "-".join(groups[2:]) or None if len(groups) > 2 else None


def _date(header: Header) -> str:
    if header.year is None:
        raise FieldError("date", "the date line (… ngày … tháng … năm …) is not found")
    if header.month is None:
        return f"{header.year:04d}"  # a draft's day and month left blank, as printed
    text = f"{header.year:04d}-{header.month:02d}"
    return text if header.day is None else f"{text}-{header.day:02d}"


def _signature(footer: Footer) -> Signature:
    if not footer.signatures:
        raise FieldError("signature", "no signature (the signer's title and name) is found")
    stack = footer.signatures[0]
    if stack.name is None:
        raise FieldError("signature.name", "the signer's name is not found under the title")
    authority = [title_case_line(spaced(line.text)) for line in stack.authority]
    title = " ".join(line.text for line in stack.title)
    if not title and authority:
        title = authority.pop()
    return Signature(authority=authority, title=title_case(title), name=stack.name.text)


def title_case_line(text: str) -> str:
    prefix, _, rest = text.partition(" ")
    return f"{prefix} {title_case(rest)}"


def _recipients(footer: Footer, addressees: list[str], *, as_article: bool = False) -> Recipients:
    items = [_unmarked(item) for item in footer.recipients]
    if addressees and items and items[0].casefold() == _TEXTS.as_above.casefold():
        items = items[1:]
    # A quyết định's "Như Điều 3" is written by the model, from its articles.
    if as_article and items and items[0].casefold().startswith(_TEXTS.as_article.casefold()):
        items = items[1:]
    return Recipients.parse(items)


def _unmarked(item: str) -> str:
    """A recipient as the model takes it: without its list mark and final ";" or "."."""
    return re.sub(r"^[-–+•]\s*", "", item).rstrip(";.").strip()
