"""Lines → fields → the typed model of the right type.

The header, body and footer recognisers give the fields as printed
(:class:`~vnreport.importing.result.ImportedFields`); the model is then built from them.
A field the model refuses is reported with the model's own message, never repaired by a
guess; a type whose body the importer cannot yet build (a quyết định's articles, a biên
bản's participants …) gives its fields and says so.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

import attrs

from vnreport.conformance.anatomy import ADDRESSEE, LEGAL_BASIS
from vnreport.errors import FieldError
from vnreport.importing.appendices import find_appendices, read_appendices
from vnreport.importing.body import build_sections, items_of, join_cut_lines
from vnreport.importing.casing import title_case
from vnreport.importing.footer import Footer, find_footer, read_footer
from vnreport.importing.header import Header, read_header
from vnreport.importing.lines import Line
from vnreport.importing.result import NOT_A_DOCUMENT, Imported, ImportedFields, Unrecognised
from vnreport.model.agency import Agency
from vnreport.model.appendix import Appendix
from vnreport.model.body import Block, Paragraph, Section
from vnreport.model.document import Document
from vnreport.model.narrative import NarrativeDocument
from vnreport.model.recipients import Recipients
from vnreport.model.signature import Signature
from vnreport.rules import ND30
from vnreport.rules.doctypes import DocumentType
from vnreport.types import REGISTRY

__all__ = ["assemble"]

_CLOSING = re.compile(r"^Trên đây là\b", re.IGNORECASE)
_TEXTS = ND30.texts


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
    body_lines = list(lines[header.end : footer_at])
    addressees, body_lines = _addressees(body_lines)
    bases, body_lines = _bases(body_lines, kind)
    footer = read_footer(lines[footer_at:])
    for line in footer.other:
        unrecognised.append(
            _note(line, "a line after the body that is neither Nơi nhận nor a signature")
        )
    body_lines = join_cut_lines(body_lines)
    closing_at = next(
        (i for i, line in enumerate(body_lines) if _CLOSING.match(line.text)), len(body_lines)
    )
    items = items_of(body_lines[:closing_at])
    # The fields as printed are known before any model is built: a body the model
    # refuses loses the document, never what was read.
    fields = _fields(header, footer, addressees, bases, items, kind)
    try:
        opening, sections, _ = build_sections(items, unrecognised)
    except (FieldError, ValueError, TypeError) as error:
        unrecognised.insert(0, Unrecognised(text="", reason=f"the body: {error}"))
        return Imported(document=None, unrecognised=tuple(unrecognised), fields=fields)
    closing = [line.markup for line in body_lines[closing_at:]]
    if not closing:
        # The layout prints "./." after the last paragraph; the model holds the text
        # without it unless a closing sentence ("Trên đây là …") carries it.
        _drop_end_mark(sections, opening)
    if kind is None:
        unrecognised.insert(
            0,
            Unrecognised(
                text="", reason="the type of document (the type name under the header) is not found"
            ),
        )
        return Imported(document=None, unrecognised=tuple(unrecognised), fields=fields)
    entry = next((e for e in REGISTRY if e.model.DOC_TYPE is kind), None)
    if entry is None or not issubclass(entry.model, NarrativeDocument):
        unrecognised.insert(
            0,
            Unrecognised(
                text=kind.printed_name,
                reason=f"reading the body of a {kind.title.lower()} into its model is not "
                "supported yet: the header and footer fields are read (Imported.fields)",
            ),
        )
        return Imported(document=None, unrecognised=tuple(unrecognised), fields=fields)
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
        appendices,
    )
    return Imported(document=document, unrecognised=tuple(unrecognised), fields=fields)


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
    for position, line in enumerate(lines[:3]):
        if not ADDRESSEE.match(line.text):
            continue
        rest = line.text.split(":", 1)[1].strip() if ":" in line.text else line.text[8:].strip()
        found = [rest] if rest else []
        end = position + 1
        while end < len(lines) and lines[end].text.startswith(("-", "–", "+")) and (not rest):
            found.append(lines[end].text.lstrip("-–+ ").strip())
            end += 1
        return [item.rstrip(";.,") for item in found], lines[:position] + lines[end:]
    return [], lines


def _bases(lines: list[Line], kind: DocumentType | None) -> tuple[list[str], list[Line]]:
    """The "Căn cứ" block that opens a quyết định's or a nghị quyết's body."""
    if kind not in (DocumentType.DECISION, DocumentType.RESOLUTION):
        return [], lines
    bases: list[str] = []
    position = 0
    while position < len(lines) and LEGAL_BASIS.match(lines[position].text):
        bases.append(lines[position].text)
        position += 1
    return bases, lines[position:]


def _fields(
    header: Header,
    footer: Footer,
    addressees: list[str],
    bases: list[str],
    items: Sequence[object],
    kind: DocumentType | None,
) -> ImportedFields:
    date = None
    if header.year is not None:
        date = str(header.year)
        if header.month is not None:
            date += f"-{header.month:02d}"
            if header.day is not None:
                date += f"-{header.day:02d}"
    signature = footer.signatures[0] if footer.signatures else None
    tops = [
        item
        for item in items
        if getattr(item, "kind", "") in ("heading", "part") and getattr(item, "depth", 9) <= 1
    ]
    return ImportedFields(
        doc_type=_type_text(header, kind),
        issuer=_joined(header.issuer),
        parent_issuer=_joined(header.parent),
        number=header.number,
        symbol=header.symbol,
        place=header.place,
        date=date,
        subject=header.subject_text,
        kinh_gui=tuple(addressees),
        can_cu=tuple(bases),
        headings=tuple(item.line.text for item in tops if item.line is not None),  # type: ignore[attr-defined]
        recipients=footer.recipients,
        signature_authority=()
        if signature is None
        else tuple(line.text for line in signature.authority),
        signature_title=None if signature is None else _joined(signature.title),
        signature_name=None if signature is None or signature.name is None else signature.name.text,
    )


def _type_text(header: Header, kind: DocumentType | None) -> str | None:
    if header.type_line is not None and header.type_name is not None:
        rest = header.type_name.rest
        text = header.type_line.text
        return text[: len(text) - len(rest)].strip() if rest else text
    return None if kind is None else kind.title


def _joined(lines: Sequence[Line]) -> str | None:
    return " ".join(line.text for line in lines) or None


def _build(
    model: type[NarrativeDocument],
    header: Header,
    footer: Footer,
    addressees: list[str],
    opening: list[Paragraph],
    sections: list[Section],
    closing: list[str],
    issuer_name: str | None,
    unrecognised: list[Unrecognised],
    appendices: Sequence[Appendix] = (),
) -> Document | None:
    try:
        issuer = _agency(header, issuer_name)
        signature = _signature(footer)
        recipients = _recipients(footer, addressees)
        date = _date(header)
        number = int(header.number) if header.number and header.number.isdigit() else None
        unit = _symbol_unit(header.symbol, issuer.abbreviation)
        return model(
            issuer=issuer,
            date=date,
            number=number,
            symbol_unit=unit,
            subject=header.subject_text or "",
            addressees=addressees,
            opening=opening,
            sections=sections,
            closing=closing,
            recipients=recipients,
            signature=signature,
            appendices=appendices,
        )
    except (FieldError, ValueError, TypeError) as error:
        unrecognised.append(Unrecognised(text="", reason=str(error)))
        return None


def _agency(header: Header, issuer_name: str | None) -> Agency:
    if not header.issuer:
        raise FieldError("issuer", "the header names no issuing agency (cơ quan ban hành)")
    if header.place is None:
        raise FieldError("issuer.place", "the date line names no place (địa danh)")
    symbol = header.symbol or ""
    groups = symbol.split("-")
    if len(groups) < 2 and not symbol:
        raise FieldError("issuer.abbreviation", "the Số line prints no symbol")
    abbreviation = groups[1] if len(groups) > 1 else groups[0]
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


def _symbol_unit(symbol: str | None, abbreviation: str) -> str | None:
    if not symbol:
        return None
    groups = symbol.split("-")
    return "-".join(groups[2:]) or None if len(groups) > 2 else None


def _date(header: Header) -> str:
    if header.year is None or header.month is None:
        raise FieldError("date", "the date line (… ngày … tháng … năm …) is not found")
    text = f"{header.year:04d}-{header.month:02d}"
    return text if header.day is None else f"{text}-{header.day:02d}"


def _signature(footer: Footer) -> Signature:
    if not footer.signatures:
        raise FieldError("signature", "no signature (the signer's title and name) is found")
    stack = footer.signatures[0]
    if stack.name is None:
        raise FieldError("signature.name", "the signer's name is not found under the title")
    authority = [title_case_line(line.text) for line in stack.authority]
    title = " ".join(line.text for line in stack.title)
    if not title and authority:
        title = authority.pop()
    return Signature(authority=authority, title=title_case(title), name=stack.name.text)


def title_case_line(text: str) -> str:
    prefix, _, rest = text.partition(" ")
    return f"{prefix} {title_case(rest)}"


def _recipients(footer: Footer, addressees: list[str]) -> Recipients:
    items = [
        item[1:].strip().rstrip(";.") if item.startswith("-") else item
        for item in footer.recipients
    ]
    if addressees and items and items[0].casefold() == _TEXTS.as_above.casefold():
        items = items[1:]
    return Recipients.parse(items)
