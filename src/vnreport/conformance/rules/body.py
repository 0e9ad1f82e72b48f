"""The body: text paragraphs, headings and their numbering, the final "./." (Phụ lục I, II.6)."""

from __future__ import annotations

import re
from collections.abc import Iterator

import attrs

from vnreport.conformance.anatomy import display_line
from vnreport.conformance.findings import Severity
from vnreport.conformance.inspection import Inspection
from vnreport.conformance.rules.base import Outcome, Rule, form_findings, list_endings, rule
from vnreport.conformance.rules.lines import caption, display, one_line, placeholder
from vnreport.formatting.numerals import POINT_LETTERS, roman
from vnreport.formatting.text import upper_vi
from vnreport.ooxml.document import ParagraphView
from vnreport.ooxml.names import w
from vnreport.rules import ND30, Align, Component

__all__ = ["BODY_RULES", "Heading", "heading_of"]

_ROMAN = re.compile(r"^(?P<label>(?P<value>[IVXLC]+)\.)\s+(?P<title>\S.*)$")
_ARABIC = re.compile(r"^(?P<label>(?P<value>\d{1,3})\.)\s+(?P<title>\S.*)$")
_LETTER = re.compile(r"^(?P<label>(?P<value>[a-zđ])\))\s+(?P<title>\S.*)$")
_SENTENCE_END = re.compile(r"[.;:!?…]$|\.\.\.$|\./\.$")
_ALPHA = re.compile(r"[^\W\d_]")
END_MARK = ND30.texts.end_mark
_BODY = ND30.form(Component.BODY)
_INDENT_LOW, _INDENT_HIGH, _ = ND30.body_indent
_LEAST_SPACE = ND30.body_spacing[0]
_LINES_LOW, _LINES_HIGH, _PRINTED_LINES = ND30.body_line_spacing
# A heading's title is short and ends without punctuation (or with the colon of a title set
# in bold that leads into its content, "1. Thông tin về đơn vị:"); a numbered paragraph is a
# sentence (a khoản without title), and takes the body's form. Clauses joined by ";" are
# a sentence too, even when its full stop was forgotten.
_TITLE_LIMIT = 200
_LEADS_IN = ":"
_ROMAN_VALUES = {roman(number): number for number in range(1, 40)}
_TWIPS_PER_CM = 1440 / 2.54
_FLUSH_LEFT = ("left", "start")


@attrs.frozen
class Heading:
    """A labelled line of the body: its level (1: I., 2: 1., 3: a)), label and title."""

    level: int
    value: str
    title: str
    titled: bool


def heading_of(paragraph: ParagraphView) -> Heading | None:
    """The heading a body paragraph is, if its text starts with a label."""
    text = paragraph.plain
    for level, pattern in ((1, _ROMAN), (2, _ARABIC), (3, _LETTER)):
        match = pattern.match(text)
        if match is None:
            continue
        if level == 1 and match["value"] not in _ROMAN_VALUES:
            continue
        title = match["title"]
        closed = _SENTENCE_END.search(title) is not None
        if closed and title.endswith(_LEADS_IN):
            closed = not _bold_title(paragraph, match["label"])
        titled = len(title) <= _TITLE_LIMIT and not closed and ";" not in title
        return Heading(level, match["value"], title, titled)
    return None


def _bold_title(paragraph: ParagraphView, label: str) -> bool:
    """Whether the title after ``label`` starts in bold (a note after it may not be:
    "a) Thành phần hồ sơ (theo …):")."""
    text = paragraph.text
    start = text.find(label) + len(label)
    first = next(
        (
            run
            for run in paragraph.runs
            if run.start + len(run.text) > start
            and _ALPHA.search(run.text[max(start - run.start, 0) :])
        ),
        None,
    )
    return first is not None and first.props.bold


def text_paragraphs(inspection: Inspection) -> Iterator[ParagraphView]:
    """The body's paragraphs outside tables that hold text."""
    for paragraph in inspection.anatomy.body:
        if not paragraph.location.in_table and paragraph.plain:
            yield paragraph


def spaced_paragraphs(inspection: Inspection) -> Iterator[ParagraphView]:
    """The paragraphs the decree spaces 6 pt apart: the text's, its legal bases among
    them (a quyết định's "Căn cứ …" lines, its articles), in the order of the page;
    lines set apart from the text (a centred formula, "QUYẾT ĐỊNH:") left out."""
    anatomy = inspection.anatomy
    bases = [span.paragraph for span in anatomy.legal_bases]
    paragraphs = [p for p in bases if not p.location.in_table and p.plain]
    paragraphs.extend(text_paragraphs(inspection))
    for paragraph in sorted(paragraphs, key=lambda p: p.index):
        if not display(inspection, paragraph):
            yield paragraph


def _set_apart(inspection: Inspection, paragraph: ParagraphView) -> bool:
    """A heading, a caption, a centred line or a placeholder: not a paragraph of prose,
    whose alignment and first-line indent the decree sets."""
    if _is_heading(inspection, paragraph) or display(inspection, paragraph):
        return True
    return inspection.anatomy.headings is None and caption(inspection, paragraph)


def _is_heading(inspection: Inspection, paragraph: ParagraphView) -> bool:
    """A titled heading, or a caption centred above a table: not text paragraphs."""
    known = inspection.anatomy.headings
    if known is not None:
        return paragraph.index in known
    heading = heading_of(paragraph)
    if (heading is not None and heading.titled) or display_line(paragraph):
        return True
    following = paragraph.element.getnext()
    return (
        following is not None
        and following.tag == w("tbl")
        and paragraph.props.alignment == "center"
    )


@rule(
    "body.size",
    _BODY.locator,
    "body",
    f"Body text is {_BODY.sizes.describe()} (a line with no letter or figure, dots or a "
    "rule typed as underscores, has no text to size).",
    "A paragraph in 12 pt.",
)
def body_size(self: Rule, inspection: Inspection) -> Iterator[Outcome]:
    for paragraph in text_paragraphs(inspection):
        if placeholder(paragraph):
            continue  # a rule typed as underscores, dots to fill in: no text to size
        for run in paragraph.text_runs:
            size = run.props.size
            if size not in _BODY.sizes:
                found = "no size set (10 pt)" if size is None else f"{size:g} pt"
                yield self.finding(paragraph, found, _BODY.sizes.describe())
                break


@rule(
    "body.alignment",
    _BODY.locator,
    "body",
    "Paragraphs of the text are justified (both margins). One that fits on one line looks "
    "the same flush left and is not reported; headings, captions in bold, centred lines (a "
    "formula, a note) and placeholders are not paragraphs of the text.",
    "A paragraph aligned left.",
)
def body_alignment(self: Rule, inspection: Inspection) -> Iterator[Outcome]:
    wanted = Align.JUSTIFY
    for paragraph in text_paragraphs(inspection):
        alignment = paragraph.props.alignment
        if alignment == wanted.value or _set_apart(inspection, paragraph):
            continue
        # A paragraph of one line shows the same justified or flush left: a justified
        # paragraph's last line is set flush left.
        if alignment in _FLUSH_LEFT and one_line(inspection, paragraph):
            continue
        yield self.finding(paragraph, f"aligned {alignment}", wanted.description)


@rule(
    "body.indent",
    _BODY.locator,
    "body",
    f"The first line of a paragraph of the text starts {_INDENT_LOW / _TWIPS_PER_CM:.0f}–"
    f"{_INDENT_HIGH / _TWIPS_PER_CM:.2f} cm from the margin (a list item's where Word's "
    "numbering puts its number, the list level's indents included); headings, captions, "
    "centred lines and placeholders are not judged.",
    "No first-line indent, or a 2 cm indent.",
)
def body_indent(self: Rule, inspection: Inspection) -> Iterator[Outcome]:
    for paragraph in text_paragraphs(inspection):
        if _set_apart(inspection, paragraph):
            continue
        # Where the first line starts: a hanging indent (a list's) starts it left of the
        # paragraph's own indent.
        indent = paragraph.props.left + paragraph.props.first_line
        # Word stores centimetres rounded to whole twips: allow that rounding.
        if not _INDENT_LOW - 20 <= indent <= _INDENT_HIGH + 20:
            wanted = f"{_INDENT_LOW / _TWIPS_PER_CM:.0f}–{_INDENT_HIGH / _TWIPS_PER_CM:.2f} cm"
            yield self.finding(
                paragraph, f"first line indented {indent / _TWIPS_PER_CM:.2f} cm", wanted
            )


@rule(
    "body.spacing",
    _BODY.locator,
    "body",
    f"Paragraphs of the text are at least {_LEAST_SPACE / 20:g} pt apart, the legal bases "
    'among them; a display line (the authority line, "QUYẾT ĐỊNH:") or a centred line is '
    "not.",
    "Body paragraphs with no space before or after.",
)
def body_spacing(self: Rule, inspection: Inspection) -> Iterator[Outcome]:
    for paragraph in spaced_paragraphs(inspection):
        space = paragraph.props.space_before + paragraph.props.space_after
        if space < _LEAST_SPACE - 5:  # allow Word's rounding
            yield self.finding(
                paragraph,
                f"{space / 20:g} pt between paragraphs",
                f"at least {_LEAST_SPACE / 20:g} pt",
            )


@rule(
    "body.line-spacing",
    _BODY.locator,
    "body",
    f"Line spacing is from single to {_LINES_HIGH:g} lines.",
    "Double line spacing.",
)
def body_line_spacing(self: Rule, inspection: Inspection) -> Iterator[Outcome]:
    for paragraph in text_paragraphs(inspection):
        props = paragraph.props
        line = props.line
        if line is None:
            continue
        if props.line_rule == "auto":
            if not _LINES_LOW * 240 <= line <= _LINES_HIGH * 240:
                yield self.finding(
                    paragraph, f"{line / 240:.2f} lines", f"1 to {_LINES_HIGH:g} lines"
                )
        else:
            size = next((run.props.size for run in paragraph.text_runs if run.props.size), 14)
            # Single spacing of Times New Roman is 1.15 em; 1.5 lines is 1.725 em.
            if not size * 20 <= line <= size * 20 * (_LINES_HIGH + 0.25):
                yield self.finding(
                    paragraph,
                    f"{props.line_rule} {line / 20:g} pt for {size:g} pt text",
                    f"from single to {_LINES_HIGH:g} lines",
                )


@rule(
    "legal-basis.format",
    ND30.form(Component.LEGAL_BASIS).locator,
    "legal-basis",
    'Each "Căn cứ …" line is italic, 13–14 pt, and ends ";", the last ".".',
    "A Căn cứ line upright, or the last one ending with ';'.",
)
def legal_basis_format(self: Rule, inspection: Inspection) -> Iterator[Outcome]:
    spans = inspection.anatomy.legal_bases
    for span in spans:
        yield from form_findings(self, span, ND30.form(Component.LEGAL_BASIS))
    yield from list_endings(self, spans)


@rule(
    "heading.format",
    ND30.form(Component.SECTION_HEADING).locator,
    "heading",
    'A mục heading "I. TITLE" is bold and in capitals; a khoản with a title "1. Title" is bold.',
    '"I. Kết quả thực hiện" in sentence case, or "II. …" not bold.',
)
def heading_format(self: Rule, inspection: Inspection) -> Iterator[Outcome]:
    known = inspection.anatomy.headings
    for paragraph in text_paragraphs(inspection):
        if known is not None and paragraph.index not in known:
            continue  # a numbered paragraph of vnreport's own, not a heading
        heading = heading_of(paragraph)
        if heading is None or not heading.titled or heading.level == 3:
            continue
        runs = paragraph.text_runs
        if (
            heading.level == 1
            and heading.title != upper_vi(heading.title)
            and not all(run.props.caps for run in runs)
        ):
            yield self.finding(paragraph, "title not in capitals", "capitals")
        if not all(run.props.bold for run in runs):
            severity = Severity.ERROR if heading.level == 1 else Severity.WARNING
            yield self.finding(paragraph, "not bold", "bold", severity=severity)


@rule(
    "heading.sequence",
    ND30.locator("Phụ lục I, II.6"),
    "heading",
    "Labels follow each other without gaps: I, II, III …; 1, 2, 3 … in each mục; a, b, c, d, "
    "đ, e … (the Vietnamese letter order) in each khoản.",
    '"I." followed by "III.", or "c)" followed by "e)" (skipping "d)" and "đ)").',
)
def heading_sequence(self: Rule, inspection: Inspection) -> Iterator[Outcome]:
    paragraphs = list(text_paragraphs(inspection))
    if any(paragraph.props.numbered for paragraph in paragraphs):
        # Labels Word numbers itself are not in the text: the sequence cannot be read.
        yield self.not_evaluated("some paragraphs are numbered by Word's list numbering")
        return
    expected = [0, 0, 0]
    for paragraph in paragraphs:
        heading = heading_of(paragraph)
        if heading is None:
            continue
        level = heading.level
        position = _position(heading)
        if position != expected[level - 1] + 1 and not (level > 1 and position == 1):
            wanted = _label(level, expected[level - 1] + 1)
            yield self.finding(paragraph, f"label {heading.value!r}", f"{wanted!r} next")
        expected[level - 1] = position
        for deeper in range(level, 3):
            expected[deeper] = 0


def _position(heading: Heading) -> int:
    if heading.level == 1:
        return _ROMAN_VALUES[heading.value]
    if heading.level == 2:
        return int(heading.value)
    return POINT_LETTERS.index(heading.value) + 1 if heading.value in POINT_LETTERS else 99


def _label(level: int, position: int) -> str:
    if level == 1:
        return roman(position)
    if level == 2:
        return str(position)
    return POINT_LETTERS[position - 1] if position <= len(POINT_LETTERS) else "?"


@rule(
    "end-mark",
    ND30.locator("Phụ lục III (every sample)"),
    "body",
    'The body ends with "./." right after its last word, and "./." appears nowhere else.',
    'The last paragraph ending with "." only, or "./." in the middle of the body.',
)
def end_mark(self: Rule, inspection: Inspection) -> Iterator[Outcome]:
    paragraphs = list(text_paragraphs(inspection))
    if not paragraphs:
        yield self.not_evaluated("no body text was found")
        return
    last = paragraphs[-1]
    # After an ellipsis typed as one character, "…/." carries the mark's full stop in the
    # ellipsis, as ".../." does.
    if not last.plain.endswith((END_MARK, f"…{END_MARK[1:]}")):
        yield self.finding(
            last, f"the body ends {last.plain[-8:]!r}", f"{END_MARK!r} after the last word"
        )
    for paragraph in paragraphs:
        count = paragraph.plain.count(END_MARK)
        if (paragraph is not last and count) or (paragraph is last and count > 1):
            yield self.finding(
                paragraph, f"{END_MARK!r} inside the body", f"{END_MARK!r} once, at the end"
            )


BODY_RULES: tuple[Rule, ...] = (
    body_size,
    body_alignment,
    body_indent,
    body_spacing,
    body_line_spacing,
    legal_basis_format,
    heading_format,
    heading_sequence,
    end_mark,
)
