"""Times New Roman for the text as shown, no theme fonts, black text (Phụ lục I, I.4).

What is judged is the font each character is shown in. Word picks one of a run's four
font slots character by character (:mod:`vnreport.ooxml.fonts`): Vietnamese text is
shown through the ascii and hAnsi slots, so a font named on the East Asian or the
complex-script slot only, which no character of the text uses, changes nothing on the
page — it is a note, not a finding.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator

import attrs

from vnreport.conformance.findings import Note, Severity
from vnreport.conformance.inspection import Inspection, shown
from vnreport.conformance.rules.base import Outcome, Rule, rule
from vnreport.ooxml.document import ParagraphView, RunView
from vnreport.ooxml.fonts import DocumentFonts
from vnreport.ooxml.styles import FONT_SLOTS
from vnreport.rules import ND30

__all__ = ["FONT_RULES", "every_paragraph"]

FONT = ND30.font
_FOLDED = FONT.casefold()
_BLACK = {"000000", "auto"}
# A colour this dark on every channel (#1F1F1F, Word's "Black, Lighter 25%" is #404040)
# prints as black: nobody reading the page sees another colour.
_NEAR_BLACK = 0x40
_WHITE = "FFFFFF"
_NO_CHARACTER = "never used: no character of the text is shown through that slot"
# Said of the East Asian and complex-script slots, which is where such fonts usually are.
_VIETNAMESE = " (Vietnamese letters are shown through ascii and hAnsi)"
# Why a slot other than ascii and hAnsi shows characters, for the finding.
_WHY = {
    "eastAsia": 'w:hint="eastAsia" sends them to the East Asian font',
    "cs": "the run is marked as complex script (w:cs or w:rtl)",
}


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


def _is_font(name: str | None) -> bool:
    return name == FONT or (name is not None and name.strip().casefold() == _FOLDED)


@attrs.define
class _Unseen:
    """What a rule notes rather than reports, gathered over the document: one note per
    kind, at the first paragraph where it is seen, with how many paragraphs have it."""

    rule: Rule
    first: dict[tuple[str, ...], ParagraphView] = attrs.field(factory=dict)
    paragraphs: dict[tuple[str, ...], set[int]] = attrs.field(factory=dict)

    def add(self, key: tuple[str, ...], paragraph: ParagraphView) -> None:
        self.first.setdefault(key, paragraph)
        self.paragraphs.setdefault(key, set()).add(id(paragraph))

    def notes(self, say: dict[tuple[str, ...], str]) -> Iterator[Note]:
        for key, paragraph in self.first.items():
            count = len(self.paragraphs[key])
            where = "1 paragraph" if count == 1 else f"{count} paragraphs"
            yield self.rule.note(paragraph, f"{say[key]} ({where})")


def _shown_runs(
    paragraph: ParagraphView, fonts: DocumentFonts, concerns: Callable[[RunView], bool]
) -> Iterator[tuple[RunView, dict[str, str]]]:
    """The runs ``concerns`` picks, with the characters each slot shows: which slot shows
    what is only worked out where a rule has something to look at."""
    for run in paragraph.text_runs:
        if concerns(run):
            yield run, fonts.shown(run.text, run.props)


def _other_font(run: RunView) -> bool:
    """Whether some slot of ``run`` names no font, or another one than Times New Roman
    (not from the theme)."""
    props = run.props
    return any(
        slot not in props.theme_slots and not _is_font(props.fonts.get(slot)) for slot in FONT_SLOTS
    )


def _theme_font(run: RunView) -> bool:
    return bool(run.props.theme_slots)


@rule(
    "font.family",
    ND30.font_locator,
    "font",
    "Every character is shown in Times New Roman, through the font slot Word uses for it: "
    "ascii for Basic Latin, hAnsi for the Vietnamese letters with diacritics; eastAsia or "
    'cs only where w:hint="eastAsia", w:cs or w:rtl send characters there. A font named '
    "on a slot the text never uses is a note.",
    "One run in Arial; a heading in 'Times New Roman Bold', a family no computer has; "
    "'.VnTime' (a TCVN3 font) in a header.",
)
def font_family(self: Rule, inspection: Inspection) -> Iterator[Outcome]:
    fonts = inspection.document.fonts
    unseen = _Unseen(self)
    said: dict[tuple[str, ...], str] = {}
    for paragraph in every_paragraph(inspection):
        reported: str | None = None
        hidden: list[tuple[str, str]] = []
        for run, shown_slots in _shown_runs(paragraph, fonts, _other_font):
            for slot in FONT_SLOTS:
                name = run.props.fonts.get(slot)
                if slot in run.props.theme_slots or _is_font(name):
                    continue  # a theme font is font.theme's
                if slot not in shown_slots:
                    hidden.append((slot, name or ""))
                elif reported is None:
                    reported = name or ""
                    yield self.finding(paragraph, _found(slot, name, shown_slots[slot]), FONT)
        # The other slots of a font reported in the paragraph need no note of their own.
        for key in hidden:
            if key[1] != reported:
                unseen.add(key, paragraph)
                said[key] = _unseen_font(*key)
    yield from unseen.notes(said)


def _found(slot: str, name: str | None, characters: str) -> str:
    found = f"{slot} font {name!r}" if name else f"no {slot} font (Word falls back to the theme's)"
    if slot in _WHY:
        found += f" for {shown(characters, 20)}: {_WHY[slot]}"
    return found


def _unseen_font(slot: str, name: str) -> str:
    what = f"{slot} font {name!r}" if name else f"no {slot} font named, which is"
    return f"{what} {_NO_CHARACTER}{_VIETNAMESE if slot in _WHY else ''}"


@rule(
    "font.theme",
    ND30.font_locator,
    "font",
    "No character is shown in a theme font (asciiTheme, hAnsiTheme … resolved in the "
    "document's theme) other than Times New Roman. A theme font that is Times New Roman, "
    "or one on a slot the text never uses, is a note.",
    "Headings in the built-in Heading 1 style, whose font is the theme's majorHAnsi "
    "(Calibri Light).",
)
def font_theme(self: Rule, inspection: Inspection) -> Iterator[Outcome]:
    fonts = inspection.document.fonts
    unseen = _Unseen(self)
    said: dict[tuple[str, ...], str] = {}
    for paragraph in every_paragraph(inspection):
        # Slot → (theme font, typeface) of the slots that show letters in another font.
        wrong: dict[str, tuple[str, str | None]] = {}
        noted: list[tuple[str, str, str]] = []
        for run, shown_slots in _shown_runs(paragraph, fonts, _theme_font):
            for slot in sorted(run.props.theme_slots):
                theme_font = str(run.props.fonts.get(slot))
                typeface = fonts.name(run.props, slot)
                if slot in shown_slots and not _is_font(typeface):
                    wrong.setdefault(slot, (theme_font, typeface))
                    continue
                key = (slot, theme_font, typeface or "")
                noted.append(key)
                said[key] = _theme_note(slot, theme_font, typeface)
        if wrong:
            yield self.finding(paragraph, _theme_found(wrong, fonts), f"{FONT} by name")
        # The other slots of a theme font reported in the paragraph need no note of their own.
        reported = {theme_font for theme_font, _ in wrong.values()}
        for key in noted:
            if key[1] not in reported:
                unseen.add(key, paragraph)
    yield from unseen.notes(said)


def _theme_found(wrong: dict[str, tuple[str, str | None]], fonts: DocumentFonts) -> str:
    slots = [slot for slot in FONT_SLOTS if slot in wrong]
    names = sorted({theme_font for theme_font, _ in wrong.values()})
    found = f"theme font {', '.join(names)} on {', '.join(slots)}"
    if fonts.theme is None:
        return f"{found}, and no theme in the file: Word shows its own (Calibri or Aptos)"
    known = sorted({typeface for _, typeface in wrong.values() if typeface})
    return f"{found} ({', '.join(map(repr, known))})" if known else found


def _theme_note(slot: str, theme_font: str, typeface: str | None) -> str:
    face = f" ({typeface!r})" if typeface else ""
    taken = f"{slot} slot takes the theme's {theme_font}{face}"
    if _is_font(typeface):
        return f"{taken}: {FONT}, but another theme would change it"
    return f"{taken}, {_NO_CHARACTER}{_VIETNAMESE if slot in _WHY else ''}"


@rule(
    "font.color",
    ND30.font_locator,
    "font",
    "Text is black (a colour as dark as #404040 prints as black); white text, which does "
    "not print, is a note.",
    "A paragraph in blue.",
    severity=Severity.WARNING,
)
def font_color(self: Rule, inspection: Inspection) -> Iterator[Outcome]:
    stamps = {id(span.paragraph) for span in inspection.anatomy.stamps}
    unseen = _Unseen(self)
    said: dict[tuple[str, ...], str] = {}
    for paragraph in every_paragraph(inspection):
        if id(paragraph) in stamps:
            continue  # urgency stamps are printed in red ink (Phụ lục I, III.2)
        for run in paragraph.text_runs:
            color = (run.props.color or "auto").upper()
            if color == _WHITE:
                unseen.add((color,), paragraph)
                said[(color,)] = "white text, which does not show on paper"
            elif not _black(color):
                yield self.finding(paragraph, f"colour #{run.props.color}", "black")
                break
    yield from unseen.notes(said)


def _black(color: str) -> bool:
    if color.lower() in _BLACK:
        return True
    try:
        channels = [int(color[index : index + 2], 16) for index in (0, 2, 4)]
    except ValueError:
        return False
    return len(color) == 6 and max(channels) <= _NEAR_BLACK


FONT_RULES: tuple[Rule, ...] = (font_family, font_theme, font_color)
