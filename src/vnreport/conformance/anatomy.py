"""Finding the components of a document that no template of ours produced.

The header may be a two-column table, plain paragraphs, or one paragraph split by tabs;
the motto may be written with en dashes, the name "HOÀ" or "HÒA", in decomposed Unicode.
Recognition works on the text, normalised, and on the position of each piece; formatting
is judged afterwards by the rules, so that a badly formatted component is still found.
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Iterator, Sequence

import attrs

from vnreport.conformance.rulemarks import TYPED_RULE, RuleFinder, RuleMark
from vnreport.formatting.text import in_capitals, nfc, upper_vi
from vnreport.model.marks import Secrecy, Urgency
from vnreport.ooxml.document import ParagraphView, WordDocument, normalize
from vnreport.rules import ND30, Component
from vnreport.rules.doctypes import DocumentType
from vnreport.rules.othertypes import OTHER_TYPES, OtherType

__all__ = [
    "ARTICLE_LABEL",
    "TYPE_NAMES",
    "Anatomy",
    "Foreign",
    "RuleMark",
    "Span",
    "TypeName",
    "article_label_span",
    "read_anatomy",
    "read_type_name",
    "under_number",
    "untitled_type",
]

# What a file may write, read from the texts the rulebook prints: the same words, with
# the variants typists use (en dashes in the motto, the old-style "HOÀ").
_TEXTS = ND30.texts
NATIONAL_NAME = re.compile(
    "^(?:" + "|".join(re.escape(text) for text in _TEXTS.national_name_variants) + ")$",
    re.IGNORECASE,
)
MOTTO = re.compile(
    "^" + r"\s*[-–—]+\s*".join(re.escape(p) for p in _TEXTS.motto.split(" - ")) + "$",
    re.IGNORECASE,
)
# "Số:" then a number, or a blank and "/" in a draft; not "Số tiền" heading a table column.
# The branches do not overlap where they repeat, so a long run of spaces is read once.
NUMBER = re.compile(rf"^{re.escape(_TEXTS.number_label)}(?:\s*[:\d]|[._…\s]*/)", re.IGNORECASE)
# A place name holds no colon: "Thời gian: 08 giờ 00 phút, ngày …" is a labelled line.
PLACE_DATE = re.compile(r"^[^,:]{1,60},\s*ngày\b", re.IGNORECASE)
# After the year, a comma and more words: a sentence of the body ("Hôm nay, ngày 14 tháng
# 11 năm 2025, tại trụ sở …, tiến hành …", a biên bản's opening), not the date line.
_RUNS_ON = re.compile(r"[^,;]*[,;]\s*\w")
SUBJECT_VV = re.compile(rf"^{re.escape(_TEXTS.subject_prefix)}\b", re.IGNORECASE)
ADDRESSEE = re.compile(rf"^{re.escape(_TEXTS.addressee_label)}\b", re.IGNORECASE)
LEGAL_BASIS = re.compile(
    rf"^({re.escape(_TEXTS.legal_basis)}|{re.escape(_TEXTS.proposal.rsplit(' ', 1)[0])}"
    rf"|{re.escape(_TEXTS.review.rsplit(' ', 1)[0])})\b"
)
# A quyết định's "QUYẾT ĐỊNH:" before its articles, and an article's label ("Điều 1.";
# "Điều 2:" is one too, in the wrong form). "Điều 5 Luật …" without a mark is a sentence.
# "QUYẾT ĐỊNH:" between a quyết định's bases and its articles; "QUYẾT NGHỊ:" in a nghị quyết.
DECISION_WORD = re.compile(
    rf"^(?:{re.escape(_TEXTS.decision_word)}|{re.escape(_TEXTS.resolution_word)})\s*:?$",
    re.IGNORECASE,
)
ARTICLE_LABEL = re.compile(
    rf"^{re.escape(_TEXTS.article_label)}\s+(?P<number>\d{{1,3}})\s*(?P<mark>[.:,;)-])"
)
RECIPIENTS = re.compile(rf"^{re.escape(_TEXTS.recipients_label)}\s*:?$", re.IGNORECASE)
APPENDIX = re.compile(rf"^{re.escape(_TEXTS.appendix_label)}\b", re.IGNORECASE)
STAMPS = frozenset(
    stamp
    for mark in (*Secrecy, *Urgency)
    for stamp in (mark.stamp, mark.stamp.replace("HỎA", "HOẢ"))
)
ENCLOSED = re.compile(rf"^\(\s*(?:ban hành\s+)?{re.escape(_TEXTS.enclosed)}\b", re.IGNORECASE)
# The first group of the symbol on a number line: "Số: 12/UBND-VP" → "UBND".
_SYMBOL = re.compile(r"/\s*(?P<first>[^\W_]+)")
# The header is at the top: the components are looked for among the first paragraphs.
_HEADER_WINDOW = 40
#: How alike a piece must be to the Quốc hiệu or Tiêu ngữ to be taken for a misspelling.
_LIKE = 0.8
NATIONAL = _TEXTS.national_name
MOTTO_TEXT = _TEXTS.motto


@attrs.frozen(eq=False)
class Span:
    """A component: a paragraph, or the part of it between tabs that holds the component."""

    paragraph: ParagraphView
    start: int
    end: int

    @property
    def text(self) -> str:
        return normalize(self.paragraph.text[self.start : self.end])

    @property
    def index(self) -> int:
        return self.paragraph.index

    @property
    def whole(self) -> bool:
        """Whether the component is the whole paragraph (its alignment is its own)."""
        first, last = self.paragraph.visible
        return self.start <= first and self.end >= last

    @property
    def own_line(self) -> bool:
        """Whether the component is a line of its own, set apart by line breaks rather
        than by tabs: its paragraph's alignment places it."""
        text = self.paragraph.text
        before = text[: self.start].rsplit("\n", 1)[-1]
        after = text[self.end :].split("\n", 1)[0]
        return not before.strip() and not after.strip()

    @property
    def runs(self) -> tuple:  # type: ignore[type-arg]
        return self.paragraph.runs_in(self.start, self.end)


@attrs.frozen(kw_only=True, eq=False)
class Anatomy:
    """The components found in a document."""

    national_name: Span | None = None
    motto: Span | None = None
    motto_rule: RuleMark | None = None
    parent: tuple[Span, ...] = ()
    issuer: tuple[Span, ...] = ()
    issuer_rule: RuleMark | None = None
    number: Span | None = None
    place_date: Span | None = None
    subject_vv: Span | None = None
    stamps: tuple[Span, ...] = ()
    type_name: Span | None = None
    doc_type: DocumentType | None = None
    #: A type outside Điều 7 named by the type name ("NGHỊ ĐỊNH", "GIẤY PHÉP …").
    other_type: OtherType | None = None
    #: "(Kèm theo Quyết định số …)" under the subject: a document issued with a
    #: decision (a quy chế, Mẫu 1.3), which has no number nor date line of its own.
    enclosed: Span | None = None
    #: Why the file is not a Decree 30 document at all, when it is not one (no header;
    #: a form of its own under a header; an appendix on its own): see :func:`foreign`.
    foreign: Foreign | None = None
    subject: tuple[Span, ...] = ()
    subject_rule: RuleMark | None = None
    addressees: tuple[Span, ...] = ()
    legal_bases: tuple[Span, ...] = ()
    body: tuple[ParagraphView, ...] = ()
    recipients_heading: Span | None = None
    recipients: tuple[Span, ...] = ()
    signature: tuple[Span, ...] = ()
    signer: Span | None = None
    #: Signatures after the first (a biên bản's second), each its lines and its signer.
    more_signatures: tuple[tuple[tuple[Span, ...], Span | None], ...] = ()
    appendices: tuple[Span, ...] = ()
    #: Tables that belong to the layout (header, signature), as table indexes.
    layout_tables: frozenset[int] = frozenset()
    #: Every other component found, with its form to check: a quyết định's authority line
    #: and "QUYẾT ĐỊNH:", a part's heading, an appendix's title and note …
    frame: tuple[tuple[Component, Span], ...] = ()
    #: The paragraphs known to be headings (a render of vnreport's own); ``None`` when
    #: they are told from the text, as in a file another program wrote.
    headings: frozenset[int] | None = None
    #: A quyết định's authority line (thẩm quyền ban hành), its "QUYẾT ĐỊNH:" and the
    #: body paragraphs that open with an article's label ("Điều 1.").
    authority_line: tuple[Span, ...] = ()
    decision_word: Span | None = None
    articles: tuple[Span, ...] = ()

    @property
    def signatures(self) -> tuple[tuple[tuple[Span, ...], Span | None], ...]:
        """Every signature block: its authority and title lines, and its signer."""
        first = ((self.signature, self.signer),) if self.signature or self.signer else ()
        return (*first, *self.more_signatures)


def read_anatomy(document: WordDocument) -> Anatomy:
    """Recognise the components of ``document``."""
    paragraphs = document.paragraphs
    window = paragraphs[:_HEADER_WINDOW]
    national = _first_match(window, NATIONAL_NAME) or _closest(window, NATIONAL)
    motto = _first_match(window, MOTTO, after=national) or _closest(window, MOTTO_TEXT, national)
    number = _first_match(window, NUMBER, after=None)
    # The date line is in the header, above the type name: in a biên bản, which has none,
    # "Thời gian bắt đầu: 08 giờ 00 phút, ngày …" under BIÊN BẢN is the body's.
    place_date = _first_match(
        window[: _type_name_index(window, -1, len(window))], PLACE_DATE, dated_sentence=False
    )
    header_parts = [span for span in (national, motto, number, place_date) if span is not None]
    header_end = max((span.index for span in header_parts), default=-1)
    issuer_spans = _issuer(window, national, motto, number, place_date, header_end)
    parent, issuer = _split_parent(issuer_spans)
    vv = _subject_vv(paragraphs, number, header_end)
    # Stamps stand in the header or right under it, above the type name: a subject that
    # reads "Khẩn" or "Tối mật" under "BÁO CÁO" is the subject, not a stamp.
    stamp_zone = paragraphs[: _type_name_index(paragraphs, header_end, header_end + 6)]
    stamps = tuple(span for span in _spans(stamp_zone) if span.text.upper() in STAMPS)
    header_end = max([header_end, *(span.index for span in stamps), *([vv.index] if vv else [])])
    rules = RuleFinder(document)
    motto_rule = rules.under(motto)
    issuer_rule = rules.under(issuer[-1] if issuer else None)
    layout_tables = {
        span.paragraph.location.table
        for span in header_parts
        if span.paragraph.location.table is not None
    }

    rest = [p for p in paragraphs if p.index > header_end and p.location.table not in layout_tables]
    type_name, named, after_title = _type_name(rest)
    doc_type = named.member if named is not None else None
    if type_name is None:
        doc_type = untitled_type(vv, number, addressed=False)
    other = named.other if named is not None else None
    # A licence's name holds what it permits ("GIẤY PHÉP SỬ DỤNG …"): no subject under it.
    titled = (
        type_name is not None
        and not (other is not None and other.named_with_subject)
        and doc_type not in ND30.without_subject
    )
    decision = doc_type is DocumentType.DECISION or (
        # A nghị quyết (Mẫu 1.1: authority line, Căn cứ, "QUYẾT NGHỊ:", articles) and a
        # type outside Điều 7 laid out as a decision (a licence its regulation issues with
        # "QUYẾT ĐỊNH:") have their preamble read as a decision's.
        (other is not None or doc_type is DocumentType.RESOLUTION)
        and any(DECISION_WORD.match(p.plain) for p in rest[after_title:])
    )
    subject, subject_rule, after_subject = _subject(
        rules, rest, after_title, titled, stop_at_capitals=decision
    )
    addressees, after_addressees = _listed(rest, after_subject, ADDRESSEE)
    if type_name is None and doc_type is None:
        # No type name nor type code: a symbol of the issuer's own, and Kính gửi.
        doc_type = untitled_type(vv, number, addressed=bool(addressees))
    enclosed = next(
        (_whole(p) for p in rest[after_title : after_title + 6] if ENCLOSED.match(p.plain)), None
    )
    why = foreign(paragraphs, header_parts, vv, type_name, enclosed, rest)
    if why is not None and why.kind == "no-header" and _header_in_page_header(document):
        why = None  # the Quốc hiệu typed in Word's page header: a document, misbuilt
    heading, recipients, signature, signer, footer_start, footer_table, more = _footer(paragraphs)
    if footer_table is not None:
        layout_tables.add(footer_table)
    footer_index = footer_start if footer_start is not None else len(paragraphs)
    candidates = [
        paragraph
        for paragraph in rest[after_addressees:]
        if paragraph.index < footer_index and paragraph.location.table not in layout_tables
    ]
    authority: tuple[Span, ...] = ()
    decision_word: Span | None = None
    if decision:
        authority, legal, decision_word, body = _decision_parts(candidates)
    else:
        legal, body = _bases_and_body(candidates, doc_type)
    articles = tuple(_whole(p) for p in body if decision and ARTICLE_LABEL.match(p.plain))
    appendices = tuple(
        _whole(p)
        for p in paragraphs
        if p.index > (signer.index if signer else footer_index)
        and APPENDIX.match(p.plain)
        and p.location.table is None
    )
    return Anatomy(
        national_name=national,
        motto=motto,
        motto_rule=motto_rule,
        parent=parent,
        issuer=issuer,
        issuer_rule=issuer_rule,
        number=number,
        place_date=place_date,
        subject_vv=vv,
        stamps=stamps,
        type_name=type_name,
        doc_type=doc_type,
        other_type=other,
        enclosed=enclosed,
        foreign=why,
        subject=subject,
        subject_rule=subject_rule,
        addressees=addressees,
        legal_bases=tuple(legal),
        body=tuple(body),
        recipients_heading=heading,
        recipients=recipients,
        signature=signature,
        signer=signer,
        more_signatures=more,
        appendices=appendices,
        layout_tables=frozenset(layout_tables),
        authority_line=authority,
        decision_word=decision_word,
        articles=articles,
    )


# --- pieces ------------------------------------------------------------------------------


def _bases_and_body(
    paragraphs: Sequence[ParagraphView], doc_type: DocumentType | None
) -> tuple[list[Span], list[ParagraphView]]:
    """The "Căn cứ" lines that open a body (a kế hoạch's, a tờ trình's), and the body."""
    legal: list[Span] = []
    body: list[ParagraphView] = []
    only_display_lines = True  # whether every paragraph of ``body`` so far is one
    for paragraph in paragraphs:
        # A display line ("QUYẾT ĐỊNH:" of a document whose type name was not found) is
        # not body text: the Căn cứ lines may come after it.
        if only_display_lines and _is_legal_basis(paragraph, doc_type):
            legal.append(_whole(paragraph))
            continue
        body.append(paragraph)
        only_display_lines = only_display_lines and display_line(paragraph)
    return legal, body


def _spans(paragraphs: Sequence[ParagraphView]) -> Iterator[Span]:
    """Every non-empty piece of the paragraphs, splitting at tabs and line breaks."""
    for paragraph in paragraphs:
        text = paragraph.text
        for match in re.finditer(r"[^\t\n]+", text):
            if match.group().strip():
                yield Span(paragraph, match.start(), match.end())


def _whole(paragraph: ParagraphView) -> Span:
    return Span(paragraph, 0, len(paragraph.text))


def _closest(
    paragraphs: Sequence[ParagraphView], canonical: str, after: Span | None = None
) -> Span | None:
    """The piece most like ``canonical`` when none matches it: a misspelled Quốc hiệu or
    Tiêu ngữ is still the Quốc hiệu or Tiêu ngữ, and is reported as misspelled."""
    best: tuple[float, Span | None] = (_LIKE, None)
    wanted = canonical.upper()
    # A ratio is 2·matches / (both lengths), and matches ≤ len(wanted): a piece this long
    # cannot pass the threshold, and difflib's cost grows with the product of lengths.
    longest = len(wanted) * (2 - _LIKE) / _LIKE
    matcher = difflib.SequenceMatcher(None, "", wanted)  # what it learns of ``wanted`` is kept
    for span in _spans(paragraphs):
        if after is not None and (span.index, span.start) <= (after.index, after.start):
            continue
        text = nfc(span.text).upper()
        if len(text) >= longest:
            continue
        matcher.set_seq1(text)
        # The quick ratios are upper bounds of the ratio, as difflib's own close-match
        # search uses them: most pieces are ruled out without the full comparison.
        if matcher.real_quick_ratio() <= best[0] or matcher.quick_ratio() <= best[0]:
            continue
        ratio = matcher.ratio()
        if ratio > best[0]:
            best = (ratio, span)
    return best[1]


def _subject_vv(
    paragraphs: Sequence[ParagraphView], number: Span | None, header_end: int
) -> Span | None:
    """A công văn's "V/v" line: under the number, in its column, above any type name; or,
    when there is none there, a "V/v" line typed elsewhere around the header (the other
    column, the top of the body), which is still the letter's subject, misplaced."""
    if number is None:
        return None
    misplaced: Span | None = None
    for span in _spans(paragraphs[number.index : header_end + 4]):
        if (span.index, span.start) <= (number.index, number.start):
            continue
        if read_type_name(span.text) is not None:
            break  # a document with a type name: "V/v" below it is its subject
        if not SUBJECT_VV.match(nfc(span.text)):
            continue
        if under_number(span, number):
            return span
        misplaced = misplaced or span
    return misplaced


@attrs.frozen
class Foreign:
    """Why a file is not a Decree 30 document: ``kind`` is "no-header" (none of the
    header's components), "form" (a header over a title that is no type of the decree,
    without a number: a phiếu trình, a form of the office's own) or "appendix" (a Phụ
    lục on its own, without the document it belongs to); ``reason`` says it in words."""

    kind: str
    reason: str
    where: Span | None = None


def foreign(
    paragraphs: Sequence[ParagraphView],
    header: Sequence[Span],
    subject_vv: Span | None,
    type_name: Span | None,
    enclosed: Span | None,
    rest: Sequence[ParagraphView],
) -> Foreign | None:
    """Whether the document is no Decree 30 document at all, and why (``None`` when it
    is one). Every document of the decree opens with its header (Điều 8): the Quốc hiệu
    and Tiêu ngữ, the issuer, the number, the place and date. A file with none of them is
    not judged rule by rule; nor is one whose title, under a header, is no type of the
    decree and that has no number, nor a "V/v" (an internal form such as a phiếu trình)."""
    lines = [p for p in paragraphs if p.plain]
    if not header and subject_vv is None:
        if lines and APPENDIX.match(lines[0].plain):
            return Foreign(
                "appendix",
                f"an appendix on its own ({excerpt_of(lines[0])}), without the document "
                "it belongs to",
                _whole(lines[0]),
            )
        return Foreign(
            "no-header",
            "no header of a Decree 30 document: no Quốc hiệu, Tiêu ngữ, number nor place "
            "and date line",
        )
    numbered = any(NUMBER.match(nfc(span.text)) for span in header)
    if numbered or subject_vv is not None or type_name is not None or enclosed is not None:
        return None
    title = next((p for p in rest[:6] if p.plain), None)
    if title is not None and in_capitals(title.plain) and display_line(title):
        return Foreign(
            "form",
            f"its title {excerpt_of(title)!r} is no type of Điều 7 and it has no number "
            "line: a form of its own, not a document of the decree",
            _whole(title),
        )
    return None


def _header_in_page_header(document: WordDocument) -> bool:
    """Whether the Quốc hiệu or the Tiêu ngữ stands in the page header Word shows on
    page 1 (some offices type the document's header there)."""
    if not document.sections:
        return False
    section = document.sections[0]
    part = section.headers.get("first" if section.title_page else "default")
    if part is None:
        return False
    story = document.story(part)
    return any(
        NATIONAL_NAME.match(nfc(span.text)) or MOTTO.match(nfc(span.text))
        for span in _spans(story[:_HEADER_WINDOW])
    )


def excerpt_of(paragraph: ParagraphView, limit: int = 40) -> str:
    text = " ".join(paragraph.plain.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def under_number(span: Span, number: Span) -> bool:
    """Whether ``span`` stands in the number's column: the same column of the header
    table (in any row), or outside any table when the number is."""
    here, there = span.paragraph.location, number.paragraph.location
    if not there.in_table:
        return not here.in_table
    return (here.table, here.cell) == (there.table, there.cell)


def untitled_type(
    subject_vv: Span | None, number: Span | None, *, addressed: bool
) -> DocumentType | None:
    """The type of a document without a type name: a công văn when it has a "V/v" line;
    otherwise the type its number's symbol names ("05/BC-UBND" is a báo cáo that lost
    its type name), or a công văn when the symbol opens with no type's abbreviation
    ("12/UBND-VP") and the document is ``addressed`` ("Kính gửi"); ``None`` when nothing
    tells (a type outside Điều 7 under a title of its own, "GIẤY PHÉP", is not a letter)."""
    if subject_vv is not None:
        return DocumentType.OFFICIAL_LETTER
    if number is None:
        return None
    match = _SYMBOL.search(nfc(number.text))
    if match is None:
        return None
    first = match["first"]
    for member in DocumentType:
        if member.abbreviation is not None and member.abbreviation.casefold() == first.casefold():
            return member
    return DocumentType.OFFICIAL_LETTER if addressed else None


def _first_match(
    paragraphs: Sequence[ParagraphView],
    pattern: re.Pattern[str],
    after: Span | None = None,
    *,
    dated_sentence: bool = True,
) -> Span | None:
    """The first piece that ``pattern`` matches (after ``after``); without
    ``dated_sentence``, not one that runs on after its date (:func:`_runs_on`)."""
    for span in _spans(paragraphs):
        if after is not None and (span.index, span.start) <= (after.index, after.start):
            continue
        text = nfc(span.text)
        if pattern.match(text) and (dated_sentence or not _runs_on(text)):
            return span
    return None


def _runs_on(text: str) -> bool:
    """Whether a line dated "…, ngày … năm …" goes on after its year as a sentence."""
    folded = text.lower()
    year = folded.find("năm", folded.find("ngày"))  # not "Năm Căn", a place
    return year >= 0 and _RUNS_ON.match(text, year) is not None


def _issuer(
    window: Sequence[ParagraphView],
    national: Span | None,
    motto: Span | None,
    number: Span | None,
    place_date: Span | None,
    header_end: int,
) -> list[Span]:
    others = [span for span in (national, motto, place_date) if span is not None]
    spans: list[Span] = []
    for span in _spans(window):
        if number is not None and (span.index, span.start) >= (number.index, number.start):
            break
        if span.index > header_end:
            break
        if any(span.paragraph is other.paragraph and span.start == other.start for other in others):
            continue
        if number is not None and number.paragraph.location.in_table:
            # In a header table the issuer sits in the number's column.
            here, there = span.paragraph.location, number.paragraph.location
            if (here.table, here.cell) != (there.table, there.cell):
                continue
        if TYPED_RULE.match(span.text.replace(" ", "")):
            continue
        spans.append(span)
    return spans


def _split_parent(spans: list[Span]) -> tuple[tuple[Span, ...], tuple[Span, ...]]:
    """The parent agency's line is upright above bold issuer lines."""
    if len(spans) >= 2 and not _bold(spans[0]) and _bold(spans[-1]):
        split = next(index for index, span in enumerate(spans) if _bold(span))
        return tuple(spans[:split]), tuple(spans[split:])
    return (), tuple(spans)


def _bold(span: Span) -> bool:
    runs = span.runs
    return bool(runs) and all(run.props.bold for run in runs)


#: Every type name of Điều 7 as printed, with the old-style tone placement some write.
TYPE_NAMES = {member.printed_name: member for member in DocumentType}
TYPE_NAMES.update(
    {"BẢN THOẢ THUẬN": DocumentType.AGREEMENT, "GIẤY UỶ QUYỀN": DocumentType.AUTHORIZATION}
)


# The types whose samples open the body with legal bases (Mẫu 1.1 nghị quyết, Mẫu 1.2 and
# 1.3 quyết định). Other types may list bases too (a kế hoạch often does), but there an
# upright "Căn cứ …" that ends with ":" is prose leading into the body: a tờ trình's
# "Căn cứ Quyết định số …, UBND huyện kính trình … như sau:".
_WITH_BASES = frozenset({DocumentType.DECISION, DocumentType.RESOLUTION})


def _is_legal_basis(paragraph: ParagraphView, doc_type: DocumentType | None) -> bool:
    if not LEGAL_BASIS.match(paragraph.plain):
        return False
    if doc_type in _WITH_BASES:
        return True
    runs = paragraph.text_runs
    italic = bool(runs) and all(run.props.italic for run in runs)
    return italic or not paragraph.plain.rstrip().endswith(":")


def _type_name_index(paragraphs: Sequence[ParagraphView], start: int, end: int) -> int:
    """The index of the first paragraph after ``start`` that is a type name, or ``end``."""
    for paragraph in paragraphs[start + 1 : end]:
        named = read_type_name(paragraph.plain)
        # A header cell's line that opens with a type's words ("KẾ HOẠCH VÀ ĐẦU TƯ" under
        # "SỞ") is the issuer's: a type name with more words stands under the header.
        if named is not None and not (named.rest and paragraph.location.in_table):
            return paragraph.index
    return end


@attrs.frozen
class TypeName:
    """What a type name line names: a type of Điều 7 (``member``) or another
    (``other``), and the words that follow the name on its line (``rest``)."""

    member: DocumentType | None
    other: OtherType | None
    rest: str = ""


# Longest names first: "THÔNG TƯ LIÊN TỊCH" is not "THÔNG TƯ" run on.
_NAMES: tuple[tuple[str, DocumentType | OtherType], ...] = tuple(
    sorted(
        [*TYPE_NAMES.items(), *OTHER_TYPES.items()],
        key=lambda item: len(item[0]),
        reverse=True,
    )
)


def read_type_name(text: str) -> TypeName | None:
    """The type a line names: its whole text is a type name ("BÁO CÁO"), or it is typed
    in capitals and opens with one ("BIÊN BẢN THẨM ĐỊNH", "GIẤY PHÉP SỬ DỤNG …");
    ``None`` for any other line."""
    line = " ".join(nfc(text).split())
    folded = line.upper()
    for name, kind in _NAMES:
        if folded == name:
            rest = ""
        elif folded.startswith(name + " ") and line == upper_vi(line):
            rest = line[len(name) + 1 :]
            if not any(char.isalpha() for char in rest):
                continue  # "QUYẾT ĐỊNH :" is the decision word, spaced
        else:
            continue
        if isinstance(kind, DocumentType):
            return TypeName(kind, None, rest)
        return TypeName(None, kind, rest)
    return None


def _type_name(rest: Sequence[ParagraphView]) -> tuple[Span | None, TypeName | None, int]:
    for position, paragraph in enumerate(rest[:6]):
        text = paragraph.plain
        if not text:
            continue
        named = read_type_name(text)
        if named is not None:
            return _whole(paragraph), named, position + 1
        return None, None, position
    return None, None, 0


def _subject(
    rules: RuleFinder,
    rest: Sequence[ParagraphView],
    start: int,
    has_title: bool,
    *,
    stop_at_capitals: bool = False,
) -> tuple[tuple[Span, ...], RuleMark | None, int]:
    """The subject's lines under the type name, its rule, and the position after them in
    ``rest`` (``rules`` looks rules up in the whole document). With
    ``stop_at_capitals`` (a quyết định) a line in capitals ends the subject: it is the
    authority line, which the subject's rule may not separate from it."""
    if not has_title:
        return (), None, start
    subject: list[Span] = []
    position = start
    while position < len(rest) and len(subject) < 4:
        paragraph = rest[position]
        text = paragraph.plain.replace(" ", "")
        if not text or TYPED_RULE.match(text):
            mark = rules.under(subject[-1]) if subject else None
            if mark is None and subject:
                mark = rules.mark_of(paragraph, subject[-1])
            if mark is not None:
                return tuple(subject), mark, position + 1
            if subject:
                return tuple(subject), None, position
            position += 1
            continue
        if subject and not _bold(_whole(paragraph)):
            break
        if subject and stop_at_capitals and in_capitals(paragraph.plain):
            break
        if subject and ("bottom" in subject[-1].paragraph.props.borders):
            break
        subject.append(_whole(paragraph))
        position += 1
        if "bottom" in paragraph.props.borders or paragraph.lines:
            mark = rules.under(subject[-1])
            if mark is not None and mark.on_text:
                return tuple(subject), mark, position
    # The subject ends on a line of text: its rule may be drawn at the top of that line
    # (the authority line of a quyết định, "Kính gửi").
    return tuple(subject), rules.under(subject[-1]) if subject else None, position


def _listed(
    rest: Sequence[ParagraphView], start: int, pattern: re.Pattern[str]
) -> tuple[tuple[Span, ...], int]:
    position = start
    while position < len(rest) and not rest[position].plain:
        position += 1
    if position >= len(rest) or not pattern.match(rest[position].plain):
        return (), start
    spans = [_whole(rest[position])]
    position += 1
    # The first line is "Kính gửi: X" (one addressee) or "Kính gửi:" followed by "- …" items.
    if spans[0].text.rstrip().endswith(":"):
        while position < len(rest) and rest[position].plain.startswith(("-", "–")):
            spans.append(_whole(rest[position]))
            position += 1
    return tuple(spans), position


_SignatureBlock = tuple[tuple[Span, ...], Span | None]


def _footer(
    paragraphs: Sequence[ParagraphView],
) -> tuple[
    Span | None,
    tuple[Span, ...],
    tuple[Span, ...],
    Span | None,
    int | None,
    int | None,
    tuple[_SignatureBlock, ...],
]:
    """Nơi nhận, its items, the signature lines and the signer, where the footer starts,
    the table that holds it, and the signatures after the first.

    Every line counts on its own: a clerk may end each recipient, or each line of the
    signature ("KT. CỤC TRƯỞNG" / "PHÓ CỤC TRƯỞNG"), with a line break instead of a new
    paragraph."""
    heading = next(
        (span for span in reversed(list(_spans(paragraphs))) if RECIPIENTS.match(span.text)),
        None,
    )
    if heading is None:
        return (None, (), *_unaddressed_signatures(paragraphs))
    location = heading.paragraph.location
    above: list[ParagraphView] = []  # where signatures above Nơi nhận would stand
    if location.in_table and location.row is not None:
        row = location.row
        # The rows from Nơi nhận's down: a layout may give the items a row of their own
        # under the heading, and the signature's lines the same rows of another column.
        below = [
            p
            for p in paragraphs
            if p.location.table == location.table
            and p.location.row is not None
            and p.location.row >= row
        ]
        after = [span for span in _spans(below) if _after(span, heading)]
        recipients = [span for span in after if span.paragraph.location.cell == location.cell]
        others = [span for span in after if span.paragraph.location.cell != location.cell]
        shown_lines = _without_notes(others)
        column = shown_lines[0].paragraph.location.cell if shown_lines else None
        lines = [span for span in others if span.paragraph.location.cell == column]
        start = min(
            (p.index for p in paragraphs if p.location.table == location.table),
            default=heading.index,
        )
        footer_table: int | None = location.table
        above = [
            p
            for p in paragraphs
            if p.location.table == location.table
            and p.location.row is not None
            and p.location.row < row
        ]
    else:
        recipients, lines = _typed_footer(paragraphs, heading)
        start = heading.index
        footer_table = None
        table = _table_above(paragraphs, heading.index)
        if table is not None:
            above = [p for p in paragraphs if p.location.table == table]
    lines = _without_notes(lines)
    if not lines:
        # Signatures side by side above Nơi nhận, a biên bản's (Mẫu 1.9): in the rows above
        # its own, or in the table right above it.
        blocks = _signature_columns(above)
        if not blocks:
            return heading, tuple(recipients), (), None, start, footer_table, ()
        (signature, signer), *more = blocks
        first = min(p.index for p in above)
        if not location.in_table:
            footer_table = above[0].location.table
        start = min(start, first)
        return heading, tuple(recipients), signature, signer, start, footer_table, tuple(more)
    signature, signer = _signer_of(lines)
    # A signature table above the Nơi nhận row (some layouts) starts the footer earlier.
    if signature and signature[0].index < start:
        start = signature[0].index
    return heading, tuple(recipients), signature, signer, start, footer_table, ()


def _after(span: Span, other: Span) -> bool:
    return (span.index, span.start) > (other.index, other.start)


def _typed_footer(
    paragraphs: Sequence[ParagraphView], heading: Span
) -> tuple[list[Span], list[Span]]:
    """Nơi nhận typed without a table: the lines after it, up to an appendix. Pieces split
    by tabs stand side by side, recipients ("- …") left, the signature right; a line that
    opens its paragraph under a recipient not yet ended (no ";" or ".") continues it."""
    recipients: list[Span] = []
    lines: list[Span] = []
    for span in _spans(paragraphs[heading.index :]):
        if not _after(span, heading):
            continue
        if APPENDIX.match(span.paragraph.plain):
            break
        opens_line = span.start <= span.paragraph.visible[0]
        continues = (
            bool(recipients)
            and opens_line
            and not recipients[-1].text.endswith((";", "."))
            and not _in_capitals(span.text)
        )
        (recipients if span.text.startswith(("-", "–")) or continues else lines).append(span)
    return recipients, lines


def _signer_of(lines: Sequence[Span]) -> _SignatureBlock:
    """The signature's lines and its signer: the last line in normal case under the lines
    in capitals. What stands under the name in capitals is the signer's office printed
    below it ("PHÓ GIÁM ĐỐC SỞ CÔNG THƯƠNG" under a head of an inspection team), neither
    the name nor a line of the stack; a name typed in capitals is still the name."""
    for position in range(len(lines) - 1, 0, -1):
        if not _in_capitals(lines[position].text):
            if all(_in_capitals(span.text) for span in lines[position + 1 :]):
                return tuple(lines[:position]), lines[position]
            break
    return tuple(lines[:-1]), lines[-1]


def _without_notes(lines: Sequence[Span]) -> list[Span]:
    """The lines of a signature without the notes where the signature goes: "(Đã ký)" or
    "Đã ký" of a published copy, "(Chữ ký, dấu)", a note in brackets over two lines."""
    kept: list[Span] = []
    in_note = False
    for span in lines:
        text = span.text
        if in_note or text.startswith(("(", "[")):
            in_note = not _NOTE_END.search(text)
            continue
        if _SIGNED.match(text):
            continue
        kept.append(span)
    return kept


def _table_above(paragraphs: Sequence[ParagraphView], index: int) -> int | None:
    """The table that ends right above paragraph ``index`` (empty paragraphs between)."""
    for paragraph in reversed(paragraphs[:index]):
        if paragraph.location.in_table:
            return paragraph.location.table
        if paragraph.plain:
            return None
    return None


def _unaddressed_signatures(
    paragraphs: Sequence[ParagraphView],
) -> tuple[tuple[Span, ...], Span | None, int | None, int | None, tuple[_SignatureBlock, ...]]:
    """Signatures under a text without Nơi nhận (the members of a board under its biên
    bản): the tables at the end of the document, after its last line of text, whose
    columns each hold a title in capitals over a person's name."""
    tables: dict[int, list[ParagraphView]] = {}
    for paragraph in reversed(paragraphs):
        table = paragraph.location.table
        if table is None:
            if paragraph.plain:
                break
            continue
        tables.setdefault(table, []).append(paragraph)
    blocks = [
        block
        for table in sorted(tables)
        for block in _signature_columns(tables[table][::-1])
        if block[1] is not None and _is_name(block[1].text)
    ]
    if not blocks:
        return (), None, None, None, ()
    (signature, signer), *more = blocks
    first = min(p.index for found in tables.values() for p in found)
    return signature, signer, first, min(tables), tuple(more)


def _signature_columns(paragraphs: Sequence[ParagraphView]) -> list[_SignatureBlock]:
    """Signatures side by side, a column each, left to right: the lines of each cell
    column down the rows, its last line (notes such as "(Chữ ký)" left out) the signer.
    A column is one when it reads as one: a title in capitals over a name that is not."""
    columns: dict[int, list[Span]] = {}
    for span in _spans(paragraphs):
        cell = span.paragraph.location.cell
        if cell is not None:
            columns.setdefault(cell, []).append(span)
    blocks: list[_SignatureBlock] = []
    for _, spans in sorted(columns.items()):
        lines = _without_notes(spans)
        if len(lines) > 1 and _in_capitals(lines[0].text) and not _in_capitals(lines[-1].text):
            blocks.append(_signer_of(lines))
    return blocks


# A note's closing bracket, before a footnote's number if the sample gives one.
_NOTE_END = re.compile(r"[)\]]\d*$")
# "Đã ký" of a copy published without the signature, bracketed or not.
_SIGNED = re.compile(r"^[\[(\s]*đã\s+ký[\])\s.]*$", re.IGNORECASE)


def _is_name(text: str) -> bool:
    """Whether ``text`` reads as a person's name: two to six words of letters, each
    opening with a capital ("Nguyễn Hưng Thuận")."""
    words = text.split()
    return 2 <= len(words) <= 6 and all(word.isalpha() and word[0].isupper() for word in words)


def _in_capitals(text: str) -> bool:
    return any(char.isalpha() for char in text) and text == upper_vi(text)


def display_line(paragraph: ParagraphView) -> bool:
    """A centred line in bold capitals ("QUYẾT ĐỊNH:", "CHỦ TỊCH ỦY BAN NHÂN DÂN …")."""
    text = paragraph.plain
    return (
        bool(text)
        and paragraph.props.alignment == "center"
        and text == upper_vi(text)
        and _bold(_whole(paragraph))
    )


# --- a quyết định ------------------------------------------------------------------------

# The authority line may wrap onto a second paragraph ("CHỦ TỊCH ỦY BAN NHÂN DÂN" /
# "HUYỆN TUẦN GIÁO"); more lines than that are the body of a decision without bases.
_AUTHORITY_LINES = 2


def _decision_parts(
    paragraphs: Sequence[ParagraphView],
) -> tuple[tuple[Span, ...], list[Span], Span | None, list[ParagraphView]]:
    """A quyết định's authority line, its bases, its "QUYẾT ĐỊNH:" and its body, in the
    paragraphs between its subject and its footer (Mẫu 1.2).

    What stands before "QUYẾT ĐỊNH:" is the preamble: the authority line first (the lines
    before the first "Căn cứ"), then the bases, whatever words they open with. Without
    "QUYẾT ĐỊNH:" the bases are the "Căn cứ …" lines after the authority line, and the
    body starts at the first other line.
    """
    lines = [paragraph for paragraph in paragraphs if paragraph.plain]
    word = next((p for p in lines if DECISION_WORD.match(p.plain)), None)
    if word is not None:
        preamble = [p for p in lines if p.index < word.index]
        body = [p for p in paragraphs if p.index > word.index]
        first_basis = next(
            (i for i, p in enumerate(preamble) if LEGAL_BASIS.match(p.plain)), len(preamble)
        )
        before, bases = _authority_lines(preamble[:first_basis]), preamble[first_basis:]
        # Lines before the authority line (the subject, when no type name was found) are
        # left to the body's rules.
        rest = [p for p in preamble[:first_basis] if all(p is not s.paragraph for s in before)]
        return before, [_whole(p) for p in bases], _whole(word), [*rest, *body]
    position = 0
    while (
        position < min(len(lines), _AUTHORITY_LINES)
        and not LEGAL_BASIS.match(lines[position].plain)
        and not ARTICLE_LABEL.match(lines[position].plain)
    ):
        position += 1
    authority = _authority_lines(lines[:position])
    rest = [p for p in lines[:position] if all(p is not s.paragraph for s in authority)]
    legal: list[Span] = []
    while position < len(lines) and LEGAL_BASIS.match(lines[position].plain):
        legal.append(_whole(lines[position]))
        position += 1
    start = lines[position].index if position < len(lines) else None
    body = [] if start is None else [p for p in paragraphs if p.index >= start]
    return authority, legal, None, [*rest, *body]


def _authority_lines(lines: Sequence[ParagraphView]) -> tuple[Span, ...]:
    """The authority line among the lines before the bases: the last one, with the line
    above it when the two are one line wrapped ("CHỦ TỊCH ỦY BAN NHÂN DÂN" / "HUYỆN …"),
    not a subject in sentence case above a line in capitals."""
    last = list(lines[-_AUTHORITY_LINES:])
    if len(last) == 2 and in_capitals(last[1].plain) and not in_capitals(last[0].plain):
        last = last[1:]
    return tuple(_whole(p) for p in last)


def article_label_span(span: Span, *, mark: bool = True) -> Span | None:
    """The label of an article's paragraph ("Điều 1."), as a span of its own; without its
    ``mark`` it is the word and the number the decree sets in bold ("Điều 1")."""
    paragraph = span.paragraph
    first = paragraph.visible[0]
    match = ARTICLE_LABEL.match(paragraph.text[first:])
    if match is None:
        return None
    end = match.end() if mark else match.end("number")
    return Span(paragraph, first + match.start(), first + end)
