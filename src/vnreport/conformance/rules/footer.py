"""Nơi nhận and the signature block (Phụ lục I, II.7, II.9.b; Điều 13)."""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence

from lxml import etree

from vnreport.conformance.anatomy import Span
from vnreport.conformance.findings import Severity
from vnreport.conformance.handplaced import centred_together
from vnreport.conformance.inspection import Inspection, shown
from vnreport.conformance.rules.base import Outcome, Rule, form_findings, rule
from vnreport.errors import FieldError
from vnreport.model.signature import Authority, Signature
from vnreport.ooxml.document import ParagraphView
from vnreport.ooxml.names import w
from vnreport.rules import ND30, AuthorityPrefix, Component

__all__ = ["FOOTER_RULES"]

_TEXTS = ND30.texts
_PREFIX = re.compile(
    "^(" + "|".join(re.escape(prefix.value[:-1]) for prefix in AuthorityPrefix) + r")\.\s*\S",
    re.IGNORECASE,
)
_ACTING = re.compile(rf"^{re.escape(ND30.authority.acting)}\s*(?P<title>\S.*)$")
_ARCHIVE = re.compile(
    rf"^-\s*{re.escape(_TEXTS.archive_label)}\s*:\s*{re.escape(_TEXTS.archive_office)}\b"
)
_HEADING = f"{_TEXTS.recipients_label}:"
# "(Kèm theo …)", "(Ban hành kèm theo …)": the note under an enclosed text's title, among
# the first paragraphs (the header, the type name, the subject, the note).
_ENCLOSED = re.compile(rf"^\(\s*(?:\w+\s+){{0,2}}{re.escape(_TEXTS.enclosed)}\b", re.IGNORECASE)
_TOP = 30
_AS_ABOVE = _TEXTS.as_above
# Where Word began a page when it last laid the document out, as it saved it.
_RENDERED_BREAK = w("lastRenderedPageBreak")


@rule(
    "recipients.heading",
    ND30.form(Component.RECIPIENTS_HEADING).locator,
    "recipients",
    f'"{_HEADING}" with its colon, on its own line, '
    f"{ND30.form(Component.RECIPIENTS_HEADING).describe()}.",
    '"Nơi nhận" without a colon, or upright.',
)
def recipients_heading(self: Rule, inspection: Inspection) -> Iterator[Outcome]:
    span = inspection.anatomy.recipients_heading
    if span is None:
        if not _unsigned_enclosure(inspection):
            yield self.finding(None, f"no {_HEADING!r}", f"{_HEADING!r} left of the signature")
        return
    if span.text != _HEADING:
        yield self.finding(span, shown(span.text), repr(_HEADING))
    yield from form_findings(self, span, ND30.form(Component.RECIPIENTS_HEADING))
    if span.paragraph.props.alignment not in ("left", "both"):
        yield self.finding(span, f"aligned {span.paragraph.props.alignment}", "flush left")


@rule(
    "recipients.items",
    ND30.form(Component.RECIPIENT).locator,
    "recipients",
    'Each recipient on its own line "- …;" in 11 pt upright, the last line ending ".". '
    "A recipient too long for one line goes on over the next, without a dash of its own, "
    "as the decree's own Nơi nhận does.",
    'A recipient line without the dash, or ending without ";".',
)
def recipients_items(self: Rule, inspection: Inspection) -> Iterator[Outcome]:
    lines = inspection.anatomy.recipients
    if inspection.anatomy.recipients_heading is None:
        return
    if not lines:
        yield self.finding(
            inspection.anatomy.recipients_heading, "no recipients", "at least '- Lưu: VT.'"
        )
        return
    items = _items(lines)
    for position, item in enumerate(items):
        first, last = item[0], item[-1]
        if not first.text.startswith("- "):
            yield self.finding(first, f"begins {first.text[:2]!r}", "'- ' before each recipient")
        wanted = "." if position == len(items) - 1 else ";"
        # The drafter's mark may follow the filing line: "- Lưu: VT, NV. PL.(300)".
        ending = last.text.rstrip()
        if position == len(items) - 1:
            ending = re.sub(r"\s+\S+\.\(\d+\)$", "", ending)
        if not ending.endswith(wanted):
            yield self.finding(last, f"ends with {ending[-1:]!r}", f"ends with {wanted!r}")
    for span in lines:
        yield from form_findings(self, span, ND30.form(Component.RECIPIENT))


def _items(lines: tuple[Span, ...]) -> list[tuple[Span, ...]]:
    """The recipients, each its lines: a line without a dash under one that does not end
    its recipient (no ";" or ".") goes on with it ("- Các bộ, cơ quan ngang bộ," /
    "cơ quan thuộc Chính phủ;")."""
    items: list[list[Span]] = []
    for span in lines:
        text = span.text
        goes_on = items and not text.startswith(("-", "–")) and not _ended(items[-1][-1].text)
        if goes_on:
            items[-1].append(span)
        else:
            items.append([span])
    return [tuple(item) for item in items]


def _ended(text: str) -> bool:
    return text.rstrip().endswith((";", "."))


@rule(
    "recipients.archive",
    ND30.form(Component.RECIPIENT).locator,
    "recipients",
    'The last recipient is the filing line "- Lưu: VT, <unit> (<copies>)."; with a '
    '"Kính gửi", the first is "- Như trên;".',
    'No "Lưu: VT" line; "Lưu" not the last line.',
)
def recipients_archive(self: Rule, inspection: Inspection) -> Iterator[Outcome]:
    anatomy = inspection.anatomy
    if not anatomy.recipients:
        return
    items = [item[0] for item in _items(anatomy.recipients)]
    if not _ARCHIVE.match(items[-1].text):
        yield self.finding(items[-1], repr(items[-1].text[:30]), "'- Lưu: VT, …' as the last line")
    if anatomy.addressees and not items[0].text.lstrip("- ").lower().startswith(_AS_ABOVE.lower()):
        yield self.finding(
            items[0],
            repr(items[0].text[:30]),
            "'- Như trên;' first (the document has a Kính gửi)",
            severity=Severity.WARNING,
        )


def _unsigned_enclosure(inspection: Inspection) -> bool:
    """Whether the document is a text that comes with another one, which is signed and
    sent in that one: "(Kèm theo Quyết định số …)" or "(Ban hành kèm theo …)" under its
    title (Mẫu 1.3a, 1.3b, 2.1, 2.2), and neither Nơi nhận nor a signature of its own."""
    anatomy = inspection.anatomy
    if anatomy.recipients_heading is not None or anatomy.signature or anatomy.signer:
        return False
    top = inspection.document.paragraphs[:_TOP]
    return any(_ENCLOSED.match(paragraph.plain) for paragraph in top)


def _stack(lines: list[str]) -> tuple[list[str], str | None, bool, str | None]:
    """Authority lines, own title, acting, and a problem in their order (if any)."""
    authority: list[str] = []
    title: str | None = None
    acting = False
    for line in lines:
        if _PREFIX.match(line):
            if title is not None:
                return authority, title, acting, f"{line!r} after the signer's title"
            authority.append(line)
        elif title is None:
            acting_match = _ACTING.match(line)
            acting = acting_match is not None
            title = acting_match["title"] if acting_match else line
    return authority, title, acting, None


@rule(
    "signature.stack",
    ND30.locator("Điều 13; Phụ lục I, II.7.a"),
    "signature",
    "The authority lines form a valid stack: TM. first; KT. directly above a deputy's title; "
    "TL. passed on only with KT.; nothing delegated again under TUQ.; Q. for an acting head.",
    '"KT. CHỦ TỊCH / CHỦ TỊCH" (KT. without a deputy), "TUQ. … / KT. …".',
)
def signature_stack(self: Rule, inspection: Inspection) -> Iterator[Outcome]:
    anatomy = inspection.anatomy
    if not anatomy.signature:
        if not _unsigned_enclosure(inspection):
            yield self.finding(
                None, "no signature block", "the signer's authority and title right of Nơi nhận"
            )
        return
    for lines, _signer in anatomy.signatures:
        if lines:
            yield from _stack_findings(self, lines)


def _stack_findings(self: Rule, lines: tuple[Span, ...]) -> Iterator[Outcome]:
    authority, title, acting, problem = _stack([span.text for span in lines])
    where = lines[0]
    if problem is not None:
        yield self.finding(where, problem, "the authority lines above the signer's title")
        return
    if title is None:
        yield self.finding(where, "no title under the authority lines", "the signer's title")
        return
    try:
        Signature(
            authority=[Authority.parse(line) for line in authority],
            title=title,
            name="Nguyễn Văn A",  # the name has its own rule
            acting=acting,
        )
    except (FieldError, ValueError) as error:
        problem_text = error.problem if isinstance(error, FieldError) else str(error)
        yield self.finding(where, " / ".join(span.text for span in lines), problem_text)


@rule(
    "signature.format",
    ND30.form(Component.SIGNATURE).locator,
    "signature",
    f"The authority and title lines are {ND30.form(Component.SIGNATURE).describe()}.",
    "The signer's title not bold.",
)
def signature_format(self: Rule, inspection: Inspection) -> Iterator[Outcome]:
    for lines, signer in inspection.anatomy.signatures:
        block = (*lines, *([signer] if signer else []))
        for span in lines:
            centred = centred_together(inspection, block, span)
            yield from form_findings(
                self, span, ND30.form(Component.SIGNATURE), seen_aligned=centred
            )


@rule(
    "signature.name",
    ND30.form(Component.SIGNER).locator,
    "signer",
    f"The signer's name is in normal case (never capitals), "
    f"{ND30.form(Component.SIGNER).describe()}.",
    '"PHẠM THỊ TUYÊN" in capitals.',
)
def signature_name(self: Rule, inspection: Inspection) -> Iterator[Outcome]:
    anatomy = inspection.anatomy
    if anatomy.signer is None:
        if anatomy.recipients_heading is not None:
            yield self.finding(None, "no signer's name", "the name under the signature")
        return
    for lines, span in anatomy.signatures:
        if span is None:
            continue
        try:
            Signature(title="Chủ tịch", name=span.text)
        except FieldError as error:
            yield self.finding(span, shown(span.text), error.problem)
        centred = centred_together(inspection, (*lines, span), span)
        yield from form_findings(self, span, ND30.form(Component.SIGNER), seen_aligned=centred)


@rule(
    "signature.kept-together",
    ND30.locator("Phụ lục I, II.7 (practice: the signature page never stands alone)"),
    "signature",
    "The signature page also carries body text, and the signature block does not split "
    "across pages. Where the pages break is decided when the document is laid out: when "
    "Word recorded its last layout in the file (w:lastRenderedPageBreak), that layout is "
    "judged; otherwise the rule is reported as not evaluated, and only a block set to stay "
    "together (a row that cannot split, or lines kept with the next) whose last body "
    "paragraph is not kept with it is warned about. A file that sets nothing is no "
    "deviation: the decree does not ask for Word's keep settings.",
    "Word's last layout starts a page with Nơi nhận and the signature, no body text above.",
    severity=Severity.WARNING,
)
def signature_kept_together(self: Rule, inspection: Inspection) -> Iterator[Outcome]:
    anatomy = inspection.anatomy
    blocks = [span for lines, signer in anatomy.signatures for span in (*lines, signer) if span]
    # Top-down: a biên bản's signatures stand above its Nơi nhận (Mẫu 1.9).
    spans = sorted(
        (span for span in (anatomy.recipients_heading, *blocks) if span),
        key=lambda span: span.index,
    )
    paragraphs = inspection.document.paragraphs
    starts = _page_starts(paragraphs)
    if not spans or not starts:
        yield self.not_evaluated(
            "where the pages break is decided by the word processor, and the file does not "
            "record Word's last layout"
        )
    if not spans:
        return
    if starts:
        yield from _laid_out(self, inspection, spans, starts)
        return
    rows = {_row(span.paragraph) for span in spans}
    (row,) = rows if len(rows) == 1 else (None,)
    # By local name in any namespace; comments and processing instructions have no name.
    cant_split = row is not None and next(row.iter("{*}cantSplit"), None) is not None
    kept = all(span.paragraph.props.keep_next for span in spans[:-1])
    if not (cant_split or kept):
        return  # nothing keeps the block together: only the layout decides
    body = [p for p in anatomy.body if p.plain and not p.location.in_table]
    if body and not body[-1].props.keep_next:
        yield self.finding(
            body[-1],
            "the last paragraph does not keep with the signature",
            "keep with next on the last body paragraph",
        )


def _row(paragraph: ParagraphView) -> etree._Element | None:
    """The table row holding ``paragraph``, if any."""
    row = paragraph.element.getparent()
    while row is not None and row.tag.split("}")[-1] != "tr":
        row = row.getparent()
    return row


def _page_starts(paragraphs: Sequence[ParagraphView]) -> frozenset[int]:
    """The paragraphs where Word began a page when it last laid the document out."""
    return frozenset(
        p.index for p in paragraphs if next(p.element.iter(_RENDERED_BREAK), None) is not None
    )


def _laid_out(
    self: Rule, inspection: Inspection, spans: list[Span], starts: frozenset[int]
) -> Iterator[Outcome]:
    """The footer as Word last laid it out: a page that starts between the last line of
    the body and the footer leaves the signature alone; one inside the footer splits it."""
    first, last = spans[0], spans[-1]
    table = first.paragraph.location.table
    text = [
        p
        for p in inspection.document.paragraphs[: first.index]
        if p.plain and (table is None or p.location.table != table)
    ]
    above = text[-1].index if text else -1
    if any(above < index <= first.index for index in starts):
        yield self.finding(
            first,
            "the signature page carries no body text (Word's last layout)",
            "the last lines of the body on the signature page",
        )
    elif any(first.index < index <= last.index for index in starts):
        yield self.finding(
            first,
            "the signature block splits across pages (Word's last layout)",
            "the block on one page",
        )


@rule(
    "appendix.format",
    ND30.form(Component.APPENDIX).locator,
    "appendix",
    'An appendix after the signature opens with "Phụ lục" (a Roman numeral when there are '
    "several) in 14 pt bold, centred.",
    '"PHỤ LỤC I" in 12 pt, left-aligned.',
)
def appendix_format(self: Rule, inspection: Inspection) -> Iterator[Outcome]:
    for span in inspection.anatomy.appendices:
        yield from form_findings(self, span, ND30.form(Component.APPENDIX))


FOOTER_RULES: tuple[Rule, ...] = (
    recipients_heading,
    recipients_items,
    recipients_archive,
    signature_stack,
    signature_format,
    signature_name,
    signature_kept_together,
    appendix_format,
)
