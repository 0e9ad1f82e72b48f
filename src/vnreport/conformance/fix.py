"""Safe repairs: a corrected copy with only layout-level changes, never a change of wording.

What ``--fix`` may change: the page size and margins, the fonts (Times New Roman on every
slot, theme fonts removed), the sizes of the components the checker recognised, and the
padding of the day and month in the date line. Anything else — wording, punctuation,
bold or case, numbering — needs the author, and stays reported. The copy is checked again
before it is returned.
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterable, Iterator

import attrs
from lxml import etree

from vnreport.conformance.anatomy import Anatomy, Span
from vnreport.conformance.checker import check, evaluate, inspect
from vnreport.conformance.findings import Findings
from vnreport.conformance.rules.date import DATE_LINE, small_number
from vnreport.formatting.dates import day_text, month_text
from vnreport.formatting.text import nfc
from vnreport.limits import PackageLimits
from vnreport.metrics import TWIPS_PER_MM
from vnreport.ooxml.archive import write_package
from vnreport.ooxml.document import ParagraphView, RunView, WordDocument
from vnreport.ooxml.names import w
from vnreport.ooxml.package import DEFAULT_LIMITS, DocxPackage
from vnreport.ooxml.styles import FONT_SLOTS, THEME_ATTRIBUTES
from vnreport.rules import ND30, Component

__all__ = ["FixResult", "fix"]

FONT = ND30.font
_PAGE = ND30.page
_A4 = tuple(round(side * TWIPS_PER_MM) for side in _PAGE.paper)


@attrs.frozen(kw_only=True)
class FixResult:
    """The corrected copy, what was repaired, and the findings before and after."""

    data: bytes
    repairs: tuple[str, ...]
    before: Findings
    after: Findings


def fix(
    source: str | os.PathLike[str] | bytes, limits: PackageLimits = DEFAULT_LIMITS
) -> FixResult:
    """Repair what can be repaired safely in a .docx; the original is never changed.

    The file is read under ``limits`` (:class:`~vnreport.errors.PackageError` when it
    cannot be read safely), and so is the corrected copy when it is checked again.
    """
    data, repairs, before = _repaired(DocxPackage.open(source, limits))
    # The copy is read again from its bytes, as a reader of the file will read it; the
    # trees it was made from are gone by then, so two documents are never held at once.
    after = check(data, limits=_for_the_copy(limits))
    return FixResult(data=data, repairs=tuple(repairs), before=before, after=after)


def _repaired(original: DocxPackage) -> tuple[bytes, list[str], Findings]:
    """The repaired copy of ``original``, zipped, what was repaired, and the findings
    before the repairs."""
    # Parse every part that may change once, and let the inspection read those trees,
    # so that the components it finds are the elements edited here; the findings before
    # are those of the same inspection, taken before anything is edited.
    editable = _editable_parts(original)
    parsed = {name: tree for name in editable if (tree := original.xml(name)) is not None}
    package = original.with_parts(dict(original.parts), parsed)
    inspection = inspect(WordDocument(package))
    before = evaluate(inspection)
    repairs: list[str] = []
    repairs += _fix_pages(inspection.document)
    repairs += _fix_fonts(parsed.values())
    repairs += _fix_sizes(inspection.anatomy)
    repairs += _fix_date(inspection.anatomy)
    parts = [
        (name, _serialize(parsed[name]) if name in parsed else data)
        for name, data in original.parts.items()
    ]
    return write_package(parts), repairs, before


# The copy of a file read under some limits holds what the file held plus what the fix
# added: fonts named on every slot, a size on every run of a component. That can take an
# XML part a few times past the limits the file was read under, though the copy costs no
# more than it really holds; the copy is vnreport's own and is read with room for it.
_COPY_ROOM = 8


def _for_the_copy(limits: PackageLimits) -> PackageLimits:
    return attrs.evolve(
        limits,
        **{
            field.name: getattr(limits, field.name) * _COPY_ROOM
            for field in attrs.fields(PackageLimits)
        },
    )


def _editable_parts(package: DocxPackage) -> list[str]:
    names = [package.main]
    names += [
        name
        for name in package.relationships.values()
        if re.search(r"(styles|header\d*|footer\d*)\.xml$", name)
    ]
    return list(dict.fromkeys(name for name in names if name in package.parts))


def _serialize(tree: etree._Element) -> bytes:
    return etree.tostring(tree, xml_declaration=True, encoding="UTF-8", standalone=True)


# --- page ------------------------------------------------------------------------------


def _fix_pages(document: WordDocument) -> Iterator[str]:
    for number, section in enumerate(document.sections, start=1):
        element = section.element
        if element is None:
            continue
        size = element.find(w("pgSz"))
        if size is None:
            size = etree.SubElement(element, w("pgSz"))
        landscape = size.get(w("orient")) == "landscape"
        width, height = (_A4[1], _A4[0]) if landscape else _A4
        if (section.page_width, section.page_height) != (width, height):
            size.set(w("w"), str(width))
            size.set(w("h"), str(height))
            yield f"section {number}: page set to A4"
        margins = element.find(w("pgMar"))
        if margins is None:
            continue
        for side in _PAGE.margins:
            value = section.margins[side] / TWIPS_PER_MM
            if not _PAGE.margin_accepted(side, value, landscape=landscape):
                low, high = _PAGE.margin_range_of(side, landscape=landscape)
                target = low if value < low else high
                margins.set(w(side), str(round(target * TWIPS_PER_MM)))
                yield f"section {number}: {side} margin {value:.1f} → {target} mm"


# --- fonts -----------------------------------------------------------------------------


def _fix_fonts(trees: Iterable[etree._Element]) -> Iterator[str]:
    changed = 0
    for tree in trees:
        defaults = tree.find(f"{w('docDefaults')}/{w('rPrDefault')}")
        if defaults is not None:
            # The document's default names the font too, so that nothing falls back to
            # the theme where no style or run names one.
            rpr = defaults.find(w("rPr"))
            if rpr is None:
                rpr = etree.SubElement(defaults, w("rPr"))
            if rpr.find(w("rFonts")) is None:
                rpr.insert(0, etree.Element(w("rFonts")))
        for properties in tree.iter(w("rPr")):
            fonts = properties.find(w("rFonts"))
            if fonts is not None and _set_fonts(fonts):
                changed += 1
    if changed:
        yield f"fonts: Times New Roman on every slot ({changed} places)"


def _set_fonts(fonts: etree._Element) -> bool:
    """Name Times New Roman on every slot, without theme fonts; whether anything changed."""
    changed = False
    for slot in FONT_SLOTS:
        theme = THEME_ATTRIBUTES[slot]
        if theme in fonts.attrib:
            del fonts.attrib[theme]
            changed = True
        if fonts.get(w(slot)) != FONT:
            fonts.set(w(slot), FONT)
            changed = True
    return changed


# --- sizes -----------------------------------------------------------------------------


def _component_spans(anatomy: Anatomy) -> Iterator[tuple[str, Span]]:
    single = {
        "national-name": anatomy.national_name,
        "motto": anatomy.motto,
        "number": anatomy.number,
        "place-date": anatomy.place_date,
        "type-name": anatomy.type_name,
        "recipients-heading": anatomy.recipients_heading,
        "subject-vv": anatomy.subject_vv,
        "decision-word": anatomy.decision_word,
    }
    for component, span in single.items():
        if span is not None:
            yield component, span
    # Every signature: a biên bản has two, side by side.
    for _lines, signer in anatomy.signatures:
        if signer is not None:
            yield "signer", signer
    groups = {
        "parent": anatomy.parent,
        "issuer": anatomy.issuer,
        "subject": anatomy.subject,
        "addressee": anatomy.addressees,
        "legal-basis": anatomy.legal_bases,
        "authority-line": anatomy.authority_line,
        "recipient": anatomy.recipients,
        "signature": tuple(span for lines, _signer in anatomy.signatures for span in lines),
        "stamp": anatomy.stamps,
    }
    for component, spans in groups.items():
        for span in spans:
            yield component, span
    for paragraph in anatomy.body:
        if paragraph.plain and not paragraph.location.in_table:
            yield "body", Span(paragraph, 0, len(paragraph.text))


def _fix_sizes(anatomy: Anatomy) -> Iterator[str]:
    for component, span in _component_spans(anatomy):
        sizes = ND30.form(Component(component)).sizes
        low, high = sizes.low, sizes.high
        for run in span.runs:
            size = run.props.size
            if size is not None and low <= size <= high:
                continue
            target = low if size is None or size < low else high
            _set_size(run, target)
            yield f"¶{span.index} {component}: {size or 'unset'} → {target:g} pt"


def _set_size(run: RunView, points: float) -> None:
    properties = run.element.find(w("rPr"))
    if properties is None:
        properties = etree.Element(w("rPr"))
        run.element.insert(0, properties)
    for tag in ("sz", "szCs"):
        element = properties.find(w(tag))
        if element is None:
            element = etree.SubElement(properties, w(tag))
        element.set(w("val"), str(round(points * 2)))
    _order_run_properties(properties)


# rPr children in the schema's order (CT_RPr), for the elements a fix may add.
_RPR_ORDER = [
    "rStyle", "rFonts", "b", "bCs", "i", "iCs", "caps", "smallCaps", "strike", "dstrike",
    "outline", "shadow", "emboss", "imprint", "noProof", "snapToGrid", "vanish", "webHidden",
    "color", "spacing", "w", "kern", "position", "sz", "szCs", "highlight", "u", "effect",
    "bdr", "shd", "fitText", "vertAlign", "rtl", "cs", "em", "lang", "eastAsianLayout",
    "specVanish", "oMath",
]  # fmt: skip


def _order_run_properties(properties: etree._Element) -> None:
    rank = {w(name): position for position, name in enumerate(_RPR_ORDER)}
    children = sorted(properties, key=lambda child: rank.get(child.tag, len(rank)))
    for child in children:
        properties.append(child)


# --- the date's padding ----------------------------------------------------------------


# "ngày" and "tháng" as typed, composed (NFC) or decomposed (NFD).
_DATE_WORDS = {"day": r"ng(?:à|a\u0300)y", "month": r"th(?:á|a\u0301)ng"}


def _fix_date(anatomy: Anatomy) -> Iterator[str]:
    span = anatomy.place_date
    if span is None:
        return
    paragraph = span.paragraph
    match = DATE_LINE.match(" ".join(nfc(paragraph.text[span.start : span.end]).split()))
    if match is None:
        return
    edits: list[tuple[int, int, str, str]] = []
    for group, write in (("day", day_text), ("month", month_text)):
        value = match[group]
        number = small_number(value)
        if number is None or not 1 <= number <= (31 if group == "day" else 12):
            continue
        wanted = write(number)
        if wanted == value:
            continue
        # The digits' place in the paragraph's own text (tabs and all): after the word.
        found = re.search(
            rf"{_DATE_WORDS[group]}\s*(\d+)", paragraph.text[span.start : span.end], re.IGNORECASE
        )
        if found is None:
            continue
        start = span.start + found.start(1)
        message = f"¶{span.index} date: {group} {value!r} → {wanted!r}"
        edits.append((start, start + len(found.group(1)), wanted, message))
    # From the end of the line backwards, so that an edit leaves the others' places alone.
    for start, end, new, message in sorted(edits, reverse=True):
        _replace(paragraph, start, end, new)
        yield message


def _replace(paragraph: ParagraphView, start: int, end: int, new: str) -> None:
    """Replace characters ``start``–``end`` of the paragraph's text, keeping run formatting.

    Offsets count every character of the text as read (a tab or a break is one); only
    ``w:t`` elements hold characters that can be replaced.
    """
    remaining = new
    for node, node_start in _text_nodes(paragraph):
        text = node.text or ""
        node_end = node_start + len(text)
        if node_end <= start or node_start >= end:
            continue
        local_start = max(start, node_start) - node_start
        local_end = min(end, node_end) - node_start
        node.text = text[:local_start] + remaining + text[local_end:]
        remaining = ""


def _text_nodes(paragraph: ParagraphView) -> list[tuple[etree._Element, int]]:
    """Each ``w:t`` of the paragraph with the offset of its first character."""
    nodes: list[tuple[etree._Element, int]] = []
    for run in paragraph.runs:
        position = run.start
        for child in run.element:
            if child.tag == _T:
                nodes.append((child, position))
                position += len(child.text or "")
            elif child.tag in _ONE_CHARACTER:
                position += 1
    return nodes


_T = w("t")
_ONE_CHARACTER = frozenset({w("tab"), w("br"), w("cr"), w("noBreakHyphen")})
