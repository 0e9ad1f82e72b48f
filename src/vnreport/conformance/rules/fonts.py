"""Times New Roman on every font slot, no theme fonts, black text (Phụ lục I, I.4)."""

from __future__ import annotations

from collections.abc import Iterator

from vnreport.conformance.findings import Severity
from vnreport.conformance.inspection import Inspection
from vnreport.conformance.rules.base import Outcome, Rule, rule
from vnreport.ooxml.document import ParagraphView
from vnreport.rules import ND30

__all__ = ["FONT_RULES", "every_paragraph"]

FONT = ND30.font
# The slots Vietnamese text is set in; the East Asian and complex-script slots are not
# seen in Vietnamese text, so a wrong font there is a warning.
_VISIBLE = ("ascii", "hAnsi")
_HIDDEN = ("eastAsia", "cs")
_BLACK = {"000000", "auto"}


def every_paragraph(inspection: Inspection) -> Iterator[ParagraphView]:
    """The paragraphs of the body, then of every header and footer in use."""
    document = inspection.document
    yield from document.paragraphs
    seen: set[str] = set()
    for section in document.sections:
        for kind, parts in (("header", section.headers), ("footer", section.footers)):
            for part in parts.values():
                if part not in seen:
                    seen.add(part)
                    yield from document.story(part, kind)


@rule(
    "font.family",
    ND30.font_locator,
    "font",
    "Every run is set in Times New Roman, on all four font slots (ascii, hAnsi, eastAsia, cs).",
    "One run in Arial; a style that leaves the East Asian slot unset.",
)
def font_family(self: Rule, inspection: Inspection) -> Iterator[Outcome]:
    for paragraph in every_paragraph(inspection):
        reported: set[Severity] = set()
        for run in paragraph.text_runs:
            for slots, severity in ((_VISIBLE, Severity.ERROR), (_HIDDEN, Severity.WARNING)):
                if severity in reported:
                    continue
                for slot in slots:
                    if slot in run.props.theme_slots:
                        continue  # reported by font.theme
                    font = run.props.fonts.get(slot)
                    if font is None or font.casefold() != FONT.casefold():
                        found = (
                            f"{slot} font {font!r}"
                            if font
                            else f"no {slot} font (Word falls back to the theme's)"
                        )
                        yield self.finding(paragraph, found, FONT, severity=severity)
                        reported.add(severity)
                        break


@rule(
    "font.theme",
    ND30.font_locator,
    "font",
    "No run takes its font from the document theme (asciiTheme, hAnsiTheme …): a theme font "
    "changes with the theme and is not Times New Roman.",
    "Headings in the built-in Heading 1 style, whose font is the theme's majorHAnsi.",
)
def font_theme(self: Rule, inspection: Inspection) -> Iterator[Outcome]:
    for paragraph in every_paragraph(inspection):
        for run in paragraph.text_runs:
            if run.props.theme_slots:
                slots = ", ".join(sorted(run.props.theme_slots))
                yield self.finding(paragraph, f"theme font on {slots}", f"{FONT} by name")
                break


@rule(
    "font.color",
    ND30.font_locator,
    "font",
    "Text is black.",
    "A paragraph in blue.",
    severity=Severity.WARNING,
)
def font_color(self: Rule, inspection: Inspection) -> Iterator[Outcome]:
    stamps = {id(span.paragraph) for span in inspection.anatomy.stamps}
    for paragraph in every_paragraph(inspection):
        if id(paragraph) in stamps:
            continue  # urgency stamps are printed in red ink (Phụ lục I, III.2)
        for run in paragraph.text_runs:
            color = run.props.color
            if color is not None and color.lower() not in _BLACK:
                yield self.finding(paragraph, f"colour #{color}", "black")
                break


FONT_RULES: tuple[Rule, ...] = (font_family, font_theme, font_color)
