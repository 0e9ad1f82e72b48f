"""The frame of the preview: the header's two columns with their rules, the title, the
foot (Nơi nhận beside the signature, or a biên bản's two signatures), the marks.

The columns are the shipped template's layout tables, in proportion to the text width;
the rules are the rulebook's fractions of the text above them, measured with Times New
Roman's metrics as the .docx renderer measures them (:mod:`vnreport.render.context`).
"""

from __future__ import annotations

from collections.abc import Sequence

from vnreport.layout.page import FooterKind, Line, Page, SignatureBlock, Stamp, Title
from vnreport.metrics.measure import longest_line, text_width
from vnreport.render.html.style import LAYOUT_CELL_MARGIN, Stylesheet
from vnreport.render.html.text import escape, line_html
from vnreport.render.html.units import POINTS_PER_MM, twips
from vnreport.rules import Component, Form, Rulebook

__all__ = ["circulation_html", "footer_html", "header_html", "note_rule_html", "title_html"]

# The shipped template's layout tables (templates/van-ban/word/document.xml), in twips,
# for its text width: the header's columns and how far it reaches into the left margin,
# the foot's columns (Nơi nhận | signature), a biên bản's two signatures.
_TEMPLATE_TEXT_WIDTH = 9355
_HEADER_COLUMNS = (3686, 5868)
_HEADER_INDENT = -198
_FOOTER_COLUMNS = (3544, 5811)
_TWO_SIGNATURE_COLUMNS = (4677, 4678)


def _columns(columns: tuple[int, int], text_width: float) -> tuple[float, float]:
    """A template table's columns (points), scaled to ``text_width`` points as the
    renderer scales them when the margins change."""
    factor = text_width / twips(_TEMPLATE_TEXT_WIDTH)
    return twips(columns[0]) * factor, twips(columns[1]) * factor


def _layout_table(
    sheet: Stylesheet, columns: tuple[float, float], rows: Sequence[str], indent: float = 0
) -> str:
    pt = sheet.units.pt
    total = sum(columns)
    style = f"width:{pt(total)}" + (f";margin-left:{pt(indent)}" if indent else "")
    cols = "".join(f'<col style="width:{pt(width)}">' for width in columns)
    body = "".join(rows)
    return f'<table class="vn-layout" style="{style}"><colgroup>{cols}</colgroup>{body}</table>'


def _rule(sheet: Stylesheet, length: float, room: float, *classes: str) -> str:
    names = " ".join(("vn-rule", *classes))
    return f'<div class="{names}" style="width:{sheet.units.pt(min(length, room))}"></div>'


def _measure(form: Form, text: str, room: float | None = None) -> float:
    """The width (points) of ``text`` in ``form``; of its longest line when it wraps in
    ``room`` points."""
    size, bold, italic = form.sizes.printed, bool(form.bold), bool(form.italic)
    if room is None:
        return text_width(text, size, bold=bold, italic=italic)
    return longest_line(text, room, size, bold=bold, italic=italic)


def header_html(page: Page, sheet: Stylesheet, rulebook: Rulebook, *, full: bool = True) -> str:
    """The header: issuer, Quốc hiệu and Tiêu ngữ with their rules; unless not ``full``
    (the first row an issued text repeats), the number, V/v, stamps and the date too."""
    header = page.header
    left, right = _columns(_HEADER_COLUMNS, sheet.sheet.text_width)
    margin = twips(2 * LAYOUT_CELL_MARGIN)
    issuer_room, motto_room = left - margin, right - margin
    issuer_form = rulebook.form(Component.ISSUER)
    issuer_rule = max(_measure(issuer_form, line.text, issuer_room) for line in header.issuer)
    motto_rule = _measure(rulebook.form(Component.MOTTO), header.motto.text)
    lengths = rulebook.rules
    first = (
        "<tr><td>"
        + (line_html(header.parent) if header.parent is not None else "")
        + "".join(line_html(line) for line in header.issuer)
        + _rule(sheet, issuer_rule * lengths[Component.ISSUER].printed, issuer_room)
        + "</td><td>"
        + line_html(header.national_name)
        + line_html(header.motto)
        + _rule(sheet, motto_rule * lengths[Component.MOTTO].printed, motto_room)
        + "</td></tr>"
    )
    rows = [first]
    if full:
        rows.append(
            "<tr><td>"
            + line_html(header.number)
            + "".join(line_html(line) for line in header.subject_vv)
            + "".join(_stamp(stamp, sheet) for stamp in header.stamps)
            + "</td><td>"
            + (line_html(header.place_date) if header.place_date is not None else "")
            + "</td></tr>"
        )
    indent = twips(_HEADER_INDENT) * sheet.sheet.text_width / twips(_TEMPLATE_TEXT_WIDTH)
    return _layout_table(sheet, (left, right), rows, indent)


def _stamp(stamp: Stamp, sheet: Stylesheet) -> str:
    # An urgency stamp's box has the decree's width; a secrecy stamp's fits its text.
    width = ""
    if stamp.width_mm is not None:
        width = f' style="width:{sheet.units.pt(stamp.width_mm * POINTS_PER_MM)}"'
    return f'<p class="c-{stamp.component.value} vn-box"{width}>{escape(stamp.text)}</p>'


def circulation_html(page: Page, sheet: Stylesheet) -> str:
    """The circulation note, boxed at the top right of page 1 (ô 11)."""
    if page.circulation is None:
        return ""
    return _stamp(page.circulation, sheet)


def title_html(title: Title | None, sheet: Stylesheet, rulebook: Rulebook) -> str:
    """The type name and the subject with the rule under it; nothing for a công văn."""
    if title is None:
        return ""
    pieces = [line_html(title.type_name)]
    room = sheet.sheet.text_width
    if title.subject is not None:
        pieces.append(line_html(title.subject))
        length = _measure(rulebook.form(Component.SUBJECT), title.subject.text, room)
        fraction = rulebook.rules[Component.SUBJECT].printed
        pieces.append(_rule(sheet, length * fraction, room, "vn-after-subject"))
    return "".join(pieces)


def note_rule_html(note: Line, room: float, sheet: Stylesheet, rulebook: Rulebook) -> str:
    """The short rule under an appendix's note, a fraction of its longest line."""
    length = _measure(rulebook.form(Component.APPENDIX_NOTE), note.text, room)
    fraction = rulebook.rules[Component.APPENDIX_NOTE].printed
    return _rule(sheet, length * fraction, room, "vn-after-subject")


def _signature(block: SignatureBlock) -> str:
    return "".join(line_html(line) for line in block.lines) + line_html(block.name)


def _recipients(lines: Sequence[Line]) -> str:
    return "".join(line_html(line) for line in lines)


def footer_html(page: Page, sheet: Stylesheet) -> str:
    """Nơi nhận beside the signature; a biên bản's two signatures, Nơi nhận under them."""
    width = sheet.sheet.text_width
    if page.footer_kind is FooterKind.TWO_SIGNATURES and len(page.signatures) == 2:
        secretary, chair = page.signatures
        rows = [
            f'<tr><td class="vn-foot">{_signature(secretary)}</td>'
            f'<td class="vn-foot">{_signature(chair)}</td></tr>'
        ]
        if page.recipients:
            recipients = _recipients(page.recipients)
            rows.append(f'<tr><td class="vn-foot">{recipients}</td><td></td></tr>')
        return _layout_table(sheet, _columns(_TWO_SIGNATURE_COLUMNS, width), rows)
    signatures = "".join(_signature(block) for block in page.signatures)
    row = (
        f'<tr><td class="vn-foot">{_recipients(page.recipients)}</td>'
        f'<td class="vn-foot">{signatures}</td></tr>'
    )
    return _layout_table(sheet, _columns(_FOOTER_COLUMNS, width), [row])
