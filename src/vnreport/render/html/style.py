"""The preview's stylesheet: each component's form from the rulebook, each role's spacing
from the shipped template, every selector under one wrapper class.

The class is named after a digest of the sheet itself, so two previews at different
scales (or of two rulebooks) in one notebook never restyle each other, and nothing
outside the preview is touched. Capitals are not applied here: the layout already wrote
every text in its final case.
"""

from __future__ import annotations

import functools
import hashlib

import attrs

from vnreport.model.outline import Role
from vnreport.render.html.units import SheetSize, Units, sheet_size, twips
from vnreport.render.tables import CELL_MARGIN, CELL_TEXT_SIZE
from vnreport.rules import ND30, Align, Component, Rulebook

__all__ = ["FONT_STACK", "SINGLE_LINE", "Stylesheet", "stylesheet"]

#: Times New Roman first; Liberation Serif and Tinos have its metrics, so a machine
#: without it still wraps lines where Word does.
FONT_STACK = '"Times New Roman", "Liberation Serif", Tinos, serif'
#: A "single" line of Times New Roman, in ems (ascent, descent and line gap), which
#: Word's line spacing multiplies.
SINGLE_LINE = 1.15

# What the shipped template's styles add to the forms (templates/van-ban/word/styles.xml),
# in twips: space before a header line, before the type name, before the signer's name
# (room to sign), after the rule under the subject; a rule's thickness (w:sz="6", in
# eighths of a point); the indents of Kính gửi and its dash items.
_BEFORE_HEADER_LINE = 120
_BEFORE_TYPE_NAME = 480
_BEFORE_SIGNER = 1440
_AFTER_SUBJECT_RULE = 240
_RULE_THICKNESS = 6 / 8
# A rule is the bottom border of an empty paragraph exactly 3 pt high (VN Rule).
_RULE_SPACE = 60
_ADDRESSEE_LEFT = 1985
_ADDRESSEE_ITEM_LEFT = 3140
_ADDRESSEE_ITEM_HANGING = 163
_AROUND_DECISION_WORD = 120
_BEFORE_PART = 240
_AFTER_PART_TITLE = 120
_CELL_SPACING = 40
_TABLE_BORDER = 4 / 8
# A layout table's cell margin (VN Layout Table), and the room above Nơi nhận and the
# signature (their cells' top margin).
LAYOUT_CELL_MARGIN = 57
_FOOTER_TOP = 240

#: Roles whose paragraphs are body text (styles based on VN Body): first-line indent,
#: space before, the body's line spacing.
BODY_ROLES = (
    Role.PARAGRAPH,
    Role.BULLET,
    Role.SUB_BULLET,
    Role.HEADING_1,
    Role.HEADING_2,
    Role.HEADING_3,
    Role.LEGAL_BASIS,
    Role.ARTICLE,
)

_ALIGN = {
    Align.CENTER: "center",
    Align.JUSTIFY: "justify",
    Align.LEFT: "left",
    Align.RIGHT: "right",
}


@attrs.frozen(kw_only=True)
class Stylesheet:
    """The CSS of a preview, and the wrapper class its selectors are scoped to."""

    scope: str
    css: str
    units: Units
    sheet: SheetSize


def stylesheet(rulebook: Rulebook = ND30, units: Units | None = None) -> Stylesheet:
    """The stylesheet of previews printed by ``rulebook`` at ``units``' scale."""
    units = units or Units()
    if rulebook is ND30:
        return _nd30(units)
    return _build(rulebook, units)


@functools.lru_cache(maxsize=16)
def _nd30(units: Units) -> Stylesheet:
    # The same few scales are asked for again and again (every display in a notebook).
    return _build(ND30, units)


def _build(rulebook: Rulebook, units: Units) -> Stylesheet:
    sheet = sheet_size(rulebook)
    css = "".join(_rules(rulebook, units, sheet))
    scope = "vnreport-preview-" + hashlib.sha256(css.encode("utf-8")).hexdigest()[:10]
    return Stylesheet(scope=scope, css=css.replace("SCOPE", scope), units=units, sheet=sheet)


def _rules(rulebook: Rulebook, units: Units, sheet: SheetSize) -> list[str]:
    pt = units.pt
    body_line = SINGLE_LINE * rulebook.body_line_spacing[2]
    body_size = rulebook.form(Component.BODY).sizes.printed
    rules = [
        f".SCOPE{{background:#e4e4e4;padding:{pt(12)} 0;color:#000;font-family:{FONT_STACK};"
        "font-weight:normal;font-style:normal;text-align:left;line-height:normal}",
        f".SCOPE .vn-sheet{{box-sizing:border-box;background:#fff;margin:0 auto {pt(12)};"
        f"width:{pt(sheet.width)};min-height:{pt(sheet.height)};"
        f"padding:{pt(sheet.top)} {pt(sheet.right)} {pt(sheet.bottom)} {pt(sheet.left)};"
        "box-shadow:0 0 3px rgba(0,0,0,.35);white-space:pre-wrap;overflow-wrap:break-word;"
        f"font-size:{pt(body_size)}}}",
        f".SCOPE .vn-sheet.vn-landscape{{width:{pt(sheet.height)};min-height:{pt(sheet.width)}}}",
        f".SCOPE p{{margin:0;padding:0;text-indent:0;line-height:{SINGLE_LINE}}}",
    ]
    for component, form in rulebook.forms.items():
        declarations = [f"font-size:{pt(form.sizes.printed)}"]
        if form.bold is not None:
            declarations.append(f"font-weight:{'bold' if form.bold else 'normal'}")
        if form.italic is not None:
            declarations.append(f"font-style:{'italic' if form.italic else 'normal'}")
        if form.align is not None:
            declarations.append(f"text-align:{_ALIGN[form.align]}")
        rules.append(f".SCOPE .c-{component.value}{{{';'.join(declarations)}}}")
    indent, spacing = rulebook.body_indent[2], rulebook.body_spacing[1]
    body = ",".join(f".SCOPE .r-{role.value}" for role in BODY_ROLES)
    rules += [
        f"{body}{{text-indent:{pt(twips(indent))};margin-top:{pt(twips(spacing))};"
        f"line-height:{body_line:g}}}",
        f".SCOPE .r-addressee{{margin-left:{pt(twips(_ADDRESSEE_LEFT))};"
        f"margin-top:{pt(twips(_BEFORE_HEADER_LINE))}}}",
        f".SCOPE .r-addressee-item{{margin-left:{pt(twips(_ADDRESSEE_ITEM_LEFT))};"
        f"text-indent:-{pt(twips(_ADDRESSEE_ITEM_HANGING))}}}",
        f".SCOPE .r-authority-line,.SCOPE .r-decision-word{{margin:"
        f"{pt(twips(_AROUND_DECISION_WORD))} 0}}",
        f".SCOPE .r-part{{margin-top:{pt(twips(_BEFORE_PART))}}}",
        f".SCOPE .r-part-title{{margin-bottom:{pt(twips(_AFTER_PART_TITLE))}}}",
        # The frame's lines.
        f".SCOPE .c-number,.SCOPE .c-subject-vv,.SCOPE .c-place-date{{margin-top:"
        f"{pt(twips(_BEFORE_HEADER_LINE))}}}",
        f".SCOPE .c-type-name{{margin-top:{pt(twips(_BEFORE_TYPE_NAME))}}}",
        f".SCOPE .c-signer{{margin-top:{pt(twips(_BEFORE_SIGNER))}}}",
        f".SCOPE .c-contact{{border-top:{pt(_RULE_THICKNESS)} solid #000;"
        f"margin-top:{pt(24)};padding-top:{pt(1)}}}",
        f".SCOPE .vn-box{{border:{pt(_RULE_THICKNESS)} solid #000;padding:{pt(1)} {pt(4)};"
        f"margin:{pt(twips(_BEFORE_HEADER_LINE))} auto 0;text-align:center;width:fit-content;"
        "box-sizing:border-box}",
        f".SCOPE .vn-box.c-circulation{{margin:0 0 {pt(6)} auto}}",
        f".SCOPE .vn-rule{{border-top:{pt(_RULE_THICKNESS)} solid #000;height:0;"
        f"margin:{pt(twips(_RULE_SPACE))} auto 0}}",
        f".SCOPE .vn-rule.vn-after-subject{{margin-bottom:{pt(twips(_AFTER_SUBJECT_RULE))}}}",
        # The borderless tables that place the header and the foot in columns.
        ".SCOPE table.vn-layout{border-collapse:collapse;table-layout:fixed;border:0}",
        f".SCOPE table.vn-layout td{{vertical-align:top;border:0;"
        f"padding:0 {pt(twips(LAYOUT_CELL_MARGIN))}}}",
        f".SCOPE table.vn-layout td.vn-foot{{padding-top:{pt(twips(_FOOTER_TOP))}}}",
        # The body's tables (the VN Table styles).
        f".SCOPE table.vn-table{{border-collapse:collapse;table-layout:fixed;width:100%;"
        f"margin-top:{pt(twips(spacing))}}}",
        f".SCOPE table.vn-table td,.SCOPE table.vn-table th{{border:{pt(_TABLE_BORDER)} solid "
        f"#000;padding:{pt(twips(_CELL_SPACING))} {pt(twips(CELL_MARGIN))};"
        f"font-size:{pt(CELL_TEXT_SIZE)};line-height:{SINGLE_LINE};vertical-align:top;"
        "text-align:left;font-weight:normal;font-style:normal;text-indent:0}",
        ".SCOPE table.vn-table th{font-weight:bold;text-align:center}",
        ".SCOPE table.vn-table .vn-number{text-align:right}",
        ".SCOPE table.vn-table .vn-centre{text-align:center}",
        ".SCOPE table.vn-table tr.vn-totals td{font-weight:bold}",
        # The unit line ("Đơn vị tính: …"), right-aligned in italic above the table.
        f".SCOPE .vn-table-unit{{text-align:right;font-style:italic;"
        f"font-size:{pt(CELL_TEXT_SIZE)};margin:0}}",
        f".SCOPE .vn-table-title{{text-align:center;font-weight:bold;"
        f"margin-top:{pt(twips(spacing))};line-height:{body_line:g}}}",
    ]
    return rules
