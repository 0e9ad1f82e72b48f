"""The variables a template sees, built from a report (listed in docs/templates.md).

Everything here is already formatted by the model and :mod:`vnreport.formatting`; the
template only places it. Rules and stamps are sized here from the template's geometry.
"""

from __future__ import annotations

from typing import Any

from markupsafe import Markup

from vnreport.metrics.measure import TWIPS_PER_MM
from vnreport.model.outline import Block, Role
from vnreport.model.report import Report
from vnreport.render.geometry import Geometry
from vnreport.render.ooxml import paragraph, run, runs
from vnreport.render.tables import table_xml
from vnreport.rules import ND30, Component

__all__ = ["report_context"]


# The gap between a stamp's text and its box, on each side, in twips: the border's
# w:space of 4 pt in the VN Stamp style. Word draws it outside the paragraph's indents.
_BOX_SPACE = 80
# Room beyond the measured text inside a box sized to its text, so that a renderer whose
# metrics differ by a hair does not wrap "MẬT" onto two lines.
_BOX_SLACK = 120


def report_context(report: Report, geometry: Geometry) -> dict[str, Any]:
    """The template context of ``report`` laid out on a page of ``geometry``."""
    issuer = report.issuer
    issuer_cell, motto_cell = geometry.header_cells
    issuer_style = geometry.style("VNIssuer")
    lines = issuer.issuer_lines
    return {
        "issuer": {"parent": issuer.parent_line, "lines": list(lines)},
        "national_name": ND30.texts.national_name,
        "motto": ND30.texts.motto,
        "number_line": report.number_line,
        "place_date": report.place_date_line,
        "type_name": report.doc_type.printed_name,
        "subject": report.subject,
        "addressees": [
            {"text": line, "item": index > 0} for index, line in enumerate(report.addressee_lines)
        ],
        "body": [
            _block(block, geometry, last=index == len(report.body) - 1)
            for index, block in enumerate(report.body)
        ],
        "recipients": list(report.recipient_lines),
        "signature": {"lines": list(report.signature.lines), "name": report.signature.name},
        "contact": None if report.contact is None else str(report.contact),
        "rules": {
            # A long name wraps in its cell: the rule follows the longest printed line.
            "issuer": _rule(
                geometry.style_id("VNRule"),
                max(issuer_style.longest_line(line, issuer_cell) for line in lines)
                * ND30.rules[Component.ISSUER].printed,
                issuer_cell,
            ),
            "motto": _rule(
                geometry.style_id("VNRule"),
                geometry.style("VNMotto").width(ND30.texts.motto),
                motto_cell,
            ),
            "subject": _rule(
                geometry.style_id("VNSubjectRule"),
                geometry.style("VNSubject").longest_line(report.subject, geometry.text_width)
                * ND30.rules[Component.SUBJECT].printed,
                geometry.text_width,
            ),
        },
        "marks": {
            "stamps": _stamps(report, geometry, issuer_cell),
            "circulation": _circulation(report, geometry),
        },
    }


def _block(block: Block, geometry: Geometry, *, last: bool) -> dict[str, Any]:
    if block.role is Role.TABLE:
        assert block.table is not None
        return {
            "role": block.role.value,
            "last": last,
            "table": table_xml(block.table, geometry.text_width, geometry.style_id),
        }
    return {"role": block.role.value, "last": last, "text": Markup(runs(block.labelled_runs))}


def _rule(style: str, length: float, cell: int) -> Markup:
    """An empty paragraph whose bottom border, narrowed by indents, is the rule."""
    side = round((cell - min(length, cell)) / 2)
    return paragraph(style, indent=(side, side))


def _box(style: str, text: str, width: float, cell: int) -> Markup:
    """A boxed text ``width`` wide overall, centred in ``cell``."""
    inner = min(width, cell) - 2 * _BOX_SPACE
    side = round((cell - inner) / 2)
    return paragraph(style, run(text), indent=(side, side))


def _stamps(report: Report, geometry: Geometry, cell: int) -> list[Markup]:
    style = geometry.style("VNStamp")
    style_id = geometry.style_id("VNStamp")
    stamps: list[Markup] = []
    if report.secrecy is not None:
        text = report.secrecy.stamp
        width = style.width(text) + _BOX_SLACK + 2 * _BOX_SPACE
        stamps.append(_box(style_id, text, width, cell))
    if report.urgency is not None:
        # Phụ lục I, III.2: KHẨN 20 mm, THƯỢNG KHẨN 40 mm, HỎA TỐC 30 mm wide.
        width = report.urgency.box_width_mm * TWIPS_PER_MM
        stamps.append(_box(style_id, report.urgency.stamp, width, cell))
    return stamps


def _circulation(report: Report, geometry: Geometry) -> Markup | None:
    text = report.circulation_stamp
    if text is None:
        return None
    style = geometry.style("VNCirculation")
    # A box around the note, its right border on the right margin (ô 11).
    left = round(geometry.text_width - style.width(text) - _BOX_SLACK - 2 * _BOX_SPACE)
    return paragraph(geometry.style_id("VNCirculation"), run(text), indent=(left, _BOX_SPACE))
