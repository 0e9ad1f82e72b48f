"""The header: Quốc hiệu, Tiêu ngữ, the issuer and the rules under them (Phụ lục I, II.1–2)."""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from vnreport.conformance.anatomy import RuleMark, Span
from vnreport.conformance.findings import Severity
from vnreport.conformance.handplaced import centred_in_column, centred_under
from vnreport.conformance.inspection import Inspection, excerpt, shown
from vnreport.conformance.rules.base import Outcome, Rule, form_findings, rule
from vnreport.formatting.text import nfc
from vnreport.metrics import TWIPS_PER_POINT, longest_line, text_width
from vnreport.rules import ND30, Component, RuleLength

__all__ = ["HEADER_RULES", "longest_measure", "measure"]

_TEXTS = ND30.texts
_NATIONAL = _TEXTS.national_name_variants
MOTTO = _TEXTS.motto
_ISSUER_NAME = "the issuer's name"


def measure(span: Span, available: float | None = None) -> float:
    """The printed width of a component's text, in twips, at its first run's size; with
    ``available`` (twips), the width of its longest line once wrapped to that width."""
    runs = span.runs
    props = runs[0].props if runs else None
    size = props.size if props and props.size else 10
    bold, italic = bool(props and props.bold), bool(props and props.italic)
    if available is None:
        return text_width(span.text, size, bold=bold, italic=italic) * TWIPS_PER_POINT
    points = longest_line(span.text, available / TWIPS_PER_POINT, size, bold=bold, italic=italic)
    return points * TWIPS_PER_POINT


def longest_measure(inspection: Inspection, spans: Sequence[Span]) -> float:
    """The widest of ``spans`` once wrapped, each in the width its paragraph has (found
    once per paragraph: many pieces of one paragraph share it)."""
    widths: dict[int, float] = {}
    longest = 0.0
    for span in spans:
        key = id(span.paragraph)
        if key not in widths:
            widths[key] = inspection.available_width(span.paragraph)
        longest = max(longest, measure(span, widths[key]))
    return longest


def check_rule(
    self: Rule,
    inspection: Inspection,
    mark: RuleMark | None,
    under: Span,
    text_width_twips: float,
    length_rule: RuleLength,
    text: str,
    readings: Sequence[float] = (),
) -> Iterator[Outcome]:
    """The rule under ``under`` (the ``text`` named in findings): drawn, not typed, and
    of the length the rulebook gives, within what a file laid out elsewhere may measure.
    ``readings`` are other lengths the text may fairly be read as (a name on two lines:
    the line the rule is under): a rule that fits one of them fits."""
    wanted = length_rule.describe(text)
    if mark is None:
        yield self.finding(under, "no rule under it", wanted)
        return
    low, high = length_rule.accepted
    if mark.kind == "typed":
        # Typed characters print as a line too: their length is said with the finding.
        typed = mark.typed or mark.paragraph.plain
        size = _typed_size(mark)
        ratio = text_width(typed.strip(), size) * TWIPS_PER_POINT / max(text_width_twips, 1)
        length = "" if low <= ratio <= high else f", {ratio:.2f} × the text's length"
        yield self.finding(
            mark.paragraph,
            f"a rule typed as characters ({typed.strip()[:12]!r}{length})",
            f"a drawn rule (paragraph border or line): {wanted}",
        )
        return
    length_twips = inspection.rule_length(mark)
    if length_twips is None or text_width_twips <= 0:
        yield self.not_evaluated("the rule's length cannot be measured")
        return
    ratio = length_twips / text_width_twips
    fits = any(low <= length_twips / width <= high for width in readings if width > 0)
    if not low <= ratio <= high and not fits:
        found = f"a rule {ratio:.2f} × the text's length"
        if not mark.on_text and mark.paragraph.plain:
            # The line is anchored at the top of the next line of text (the "Số:" line
            # under the issuer, the date line under the Tiêu ngữ): say whose rule it is.
            found += f" (the line under {excerpt(under.text, 24)!r})"
        yield self.finding(mark.paragraph if not mark.on_text else under, found, wanted)


def _typed_size(mark: RuleMark) -> float:
    runs = [run for run in mark.paragraph.runs if "_" in run.text or "-" in run.text]
    size = runs[-1].props.size if runs else None
    return size or 13.0


@rule(
    "national-name.text",
    ND30.form(Component.NATIONAL_NAME).locator,
    "national-name",
    f"The Quốc hiệu reads {' or '.join(repr(text) for text in _NATIONAL)}, in capitals.",
    '"Cộng hòa xã hội chủ nghĩa Việt Nam" in sentence case, or the line missing.',
)
def national_name_text(self: Rule, inspection: Inspection) -> Iterator[Outcome]:
    span = inspection.anatomy.national_name
    if span is None:
        yield self.finding(None, "no Quốc hiệu", f"{_NATIONAL[0]!r} at the top right of page 1")
    elif nfc(span.text) not in _NATIONAL:
        yield self.finding(span, shown(span.text), repr(_NATIONAL[0]))


@rule(
    "national-name.format",
    ND30.form(Component.NATIONAL_NAME).locator,
    "national-name",
    "The Quốc hiệu is 12–13 pt, bold, upright, centred.",
    "The Quốc hiệu in 14 pt, or not bold.",
)
def national_name_format(self: Rule, inspection: Inspection) -> Iterator[Outcome]:
    span = inspection.anatomy.national_name
    if span is not None:
        yield from form_findings(
            self,
            span,
            ND30.form(Component.NATIONAL_NAME),
            seen_aligned=centred_in_column(inspection, span),
        )


@rule(
    "motto.text",
    ND30.form(Component.MOTTO).locator,
    "motto",
    'The Tiêu ngữ reads "Độc lập - Tự do - Hạnh phúc": each phrase capitalised, joined by a '
    "hyphen with a space each side (not an en dash).",
    '"Độc lập – Tự do – Hạnh phúc" with en dashes.',
)
def motto_text(self: Rule, inspection: Inspection) -> Iterator[Outcome]:
    span = inspection.anatomy.motto
    if span is None:
        yield self.finding(None, "no Tiêu ngữ", f"{MOTTO!r} under the Quốc hiệu")
        return
    text = nfc(span.text)
    if text != MOTTO:
        dashes = sorted({char for char in text if char in "–—"})
        found = shown(text)
        if dashes:
            found += " (with " + ", ".join(f"U+{ord(d):04X}" for d in dashes) + ")"
        yield self.finding(span, found, repr(MOTTO))


@rule(
    "motto.format",
    ND30.form(Component.MOTTO).locator,
    "motto",
    "The Tiêu ngữ is 13–14 pt, bold, upright, centred under the Quốc hiệu.",
    "The Tiêu ngữ in italics.",
)
def motto_format(self: Rule, inspection: Inspection) -> Iterator[Outcome]:
    span = inspection.anatomy.motto
    if span is not None:
        yield from form_findings(
            self,
            span,
            ND30.form(Component.MOTTO),
            seen_aligned=centred_under(inspection, span, inspection.anatomy.national_name),
        )


@rule(
    "motto.rule",
    ND30.rules[Component.MOTTO].locator,
    "motto",
    f"Under it, {ND30.rules[Component.MOTTO].describe('the Tiêu ngữ')}, drawn solid (not "
    "typed as underscores): a paragraph border, or a line shape found and measured where "
    "Word anchored it (see How components are found).",
    "A line of underscores under the motto, or a rule across the whole column.",
)
def motto_rule(self: Rule, inspection: Inspection) -> Iterator[Outcome]:
    span = inspection.anatomy.motto
    if span is None:
        yield self.not_evaluated("the document has no Tiêu ngữ")
        return
    yield from check_rule(
        self,
        inspection,
        inspection.anatomy.motto_rule,
        span,
        measure(span),
        ND30.rules[Component.MOTTO],
        "the Tiêu ngữ",
    )


@rule(
    "issuer.format",
    ND30.form(Component.ISSUER).locator,
    "issuer",
    f"The issuer's name is {ND30.form(Component.ISSUER).describe()}; a parent agency above "
    f"it is {ND30.form(Component.PARENT).describe()}.",
    "The issuer's name not bold; the parent agency in bold.",
)
def issuer_format(self: Rule, inspection: Inspection) -> Iterator[Outcome]:
    anatomy = inspection.anatomy
    if not anatomy.issuer:
        yield self.finding(None, "no issuing agency", "the issuer's name at the top left of page 1")
        return
    for span in anatomy.parent:
        yield from form_findings(self, span, ND30.form(Component.PARENT))
    for span in anatomy.issuer:
        yield from form_findings(self, span, ND30.form(Component.ISSUER))


@rule(
    "issuer.rule",
    ND30.rules[Component.ISSUER].locator,
    "issuer",
    f"Under it, {ND30.rules[Component.ISSUER].describe(_ISSUER_NAME)}, solid and centred; "
    "a name on two lines may be measured on the line the rule is under.",
    "A rule as long as the whole name.",
)
def issuer_rule(self: Rule, inspection: Inspection) -> Iterator[Outcome]:
    issuer = inspection.anatomy.issuer
    if not issuer:
        yield self.not_evaluated("the document has no issuer's name")
        return
    longest = longest_measure(inspection, issuer)
    yield from check_rule(
        self,
        inspection,
        inspection.anatomy.issuer_rule,
        issuer[-1],
        longest,
        ND30.rules[Component.ISSUER],
        _ISSUER_NAME,
        _name_readings(inspection, issuer),
    )


# A text this close to the width it has may print on one line or wrap, as the fonts of
# the computer that prints it measure it: both are fair readings of its lines.
_NEAR_FULL = 0.97


def _name_readings(inspection: Inspection, issuer: Sequence[Span]) -> tuple[float, ...]:
    """The lengths a name on several lines may be read as: its last line (the rule is
    drawn under it), and its longest line wrapped a little narrower when it nearly fills
    its cell."""
    last = issuer[-1]
    available = inspection.available_width(last.paragraph)
    readings = [_last_line(last, available)]
    if measure(last) > _NEAR_FULL * available:
        readings.append(measure(last, _NEAR_FULL * available))
    return tuple(readings)


def _last_line(span: Span, available: float) -> float:
    """The width (twips) of the last line of ``span`` wrapped at ``available`` twips."""
    runs = span.runs
    props = runs[0].props if runs else None
    size = props.size if props and props.size else 10
    bold = bool(props and props.bold)
    line = ""
    for word in span.text.split():
        longer = f"{line} {word}" if line else word
        if line and text_width(longer, size, bold=bold) * TWIPS_PER_POINT > available:
            line = word
        else:
            line = longer
    return text_width(line, size, bold=bold) * TWIPS_PER_POINT


@rule(
    "stamp.format",
    ND30.form(Component.STAMP).locator,
    "stamp",
    "Secrecy and urgency stamps (MẬT, KHẨN, HỎA TỐC …) are capitals, 13–14 pt, bold, in a box.",
    "KHẨN typed in 12 pt without a box.",
    severity=Severity.WARNING,
)
def stamp_format(self: Rule, inspection: Inspection) -> Iterator[Outcome]:
    for span in inspection.anatomy.stamps:
        yield from form_findings(self, span, ND30.form(Component.STAMP))
        borders = span.paragraph.props.borders
        if not all(side in borders for side in ("top", "left", "bottom", "right")):
            yield self.finding(span, "no box around it", "a single-line box")


HEADER_RULES: tuple[Rule, ...] = (
    national_name_text,
    national_name_format,
    motto_text,
    motto_format,
    motto_rule,
    issuer_format,
    issuer_rule,
    stamp_format,
)
