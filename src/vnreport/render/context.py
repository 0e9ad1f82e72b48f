"""The variables a template sees, built from a laid-out page (listed in docs/templates.md).

Everything here is already decided by the layout; the template only places it. What
depends on the template's geometry is sized here: the rules under the issuer, the motto,
the subject and an appendix's note (their lengths are the rulebook's fractions of the
text above them, as printed in the template's styles), and the stamps' boxes.
"""

from __future__ import annotations

from typing import Any

from markupsafe import Markup

from vnreport.layout.page import Line, Page, SignatureBlock, Stamp
from vnreport.metrics.measure import TWIPS_PER_MM
from vnreport.render.appendices import appendices_xml
from vnreport.render.blocks import blocks_xml
from vnreport.render.geometry import Geometry
from vnreport.render.ooxml import paragraph, run
from vnreport.rules import ND30, Component, Rulebook

__all__ = ["page_context"]

# The gap between a stamp's text and its box, on each side, in twips: the border's
# w:space of 4 pt in the VN Stamp style. Word draws it outside the paragraph's indents.
_BOX_SPACE = 80
# Room beyond the measured text inside a box sized to its text, so that a renderer whose
# metrics differ by a hair does not wrap "MẬT" onto two lines.
_BOX_SLACK = 120


def page_context(page: Page, geometry: Geometry, rulebook: Rulebook = ND30) -> dict[str, Any]:
    """The template context of ``page`` on a page of ``geometry``."""
    header = page.header
    issuer_cell, motto_cell = geometry.header_cells
    issuer_style = geometry.style("VNIssuer")
    title = page.title
    lengths = rulebook.rules
    rule_id = geometry.style_id("VNRule")
    subject_rule: Markup | None = None
    if title is not None and title.subject is not None:
        subject = geometry.style("VNSubject").longest_line(title.subject.text, geometry.text_width)
        subject_rule = _rule(
            geometry.style_id("VNSubjectRule"),
            subject * lengths[Component.SUBJECT].printed,
            geometry.text_width,
        )
    return {
        "header": {
            "parent": _text(header.parent),
            "issuer": [line.text for line in header.issuer],
            "number": header.number.text,
            "subject_vv": [line.text for line in header.subject_vv],
            "national_name": header.national_name.text,
            "motto": header.motto.text,
            "place_date": _text(header.place_date),
        },
        "title": None
        if title is None
        else {"type_name": title.type_name.text, "subject": _text(title.subject)},
        "body": blocks_xml(page.body, geometry.text_width, geometry.style_id),
        "footer": {
            "two_signatures": len(page.signatures) == 2,
            "recipients": [line.text for line in page.recipients],
            "signatures": [_signature(block) for block in page.signatures],
        },
        "contact": _text(page.contact),
        "rules": {
            # A long name wraps in its cell: the rule follows the longest printed line.
            "issuer": _rule(
                rule_id,
                max(issuer_style.longest_line(line.text, issuer_cell) for line in header.issuer)
                * lengths[Component.ISSUER].printed,
                issuer_cell,
            ),
            "motto": _rule(
                rule_id,
                geometry.style("VNMotto").width(header.motto.text)
                * lengths[Component.MOTTO].printed,
                motto_cell,
            ),
            "subject": subject_rule or Markup(""),
        },
        "marks": {
            "stamps": [_stamp(stamp, geometry, issuer_cell) for stamp in header.stamps],
            "circulation": None
            if page.circulation is None
            else _circulation(page.circulation, geometry),
        },
        "appendices": appendices_xml(page, geometry, rulebook),
    }


def _text(line: Line | None) -> str | None:
    return None if line is None else line.text


def _signature(block: SignatureBlock) -> dict[str, Any]:
    return {"lines": [line.text for line in block.lines], "name": block.name.text}


def _rule(style: str, length: float, cell: int) -> Markup:
    """An empty paragraph whose bottom border, narrowed by indents, is the rule."""
    side = round((cell - min(length, cell)) / 2)
    return paragraph(style, indent=(side, side))


def _box(style: str, text: str, width: float, cell: int) -> Markup:
    """A boxed text ``width`` wide overall, centred in ``cell``."""
    inner = min(width, cell) - 2 * _BOX_SPACE
    side = round((cell - inner) / 2)
    return paragraph(style, run(text), indent=(side, side))


def _stamp(stamp: Stamp, geometry: Geometry, cell: int) -> Markup:
    style = geometry.style("VNStamp")
    if stamp.width_mm is not None:
        width = stamp.width_mm * TWIPS_PER_MM
    else:
        width = style.width(stamp.text) + _BOX_SLACK + 2 * _BOX_SPACE
    return _box(geometry.style_id("VNStamp"), stamp.text, width, cell)


def _circulation(stamp: Stamp, geometry: Geometry) -> Markup:
    style = geometry.style("VNCirculation")
    # A box around the note, its right border on the right margin (ô 11).
    left = round(geometry.text_width - style.width(stamp.text) - _BOX_SLACK - 2 * _BOX_SPACE)
    return paragraph(geometry.style_id("VNCirculation"), run(stamp.text), indent=(left, _BOX_SPACE))
