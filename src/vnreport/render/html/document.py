"""A laid-out page as one self-contained HTML fragment that looks like the printed sheets.

The document's text is one A4 sheet (as long as it needs: where Word breaks the pages
is Word's business, and :meth:`vnreport.Document.preview` shows them), each appendix a
sheet of its own, landscape when it asks to be. The fragment carries its stylesheet,
scoped to a wrapper class of its own; it loads nothing and runs nothing, and every text
in it is escaped.
"""

from __future__ import annotations

from vnreport.layout.page import AppendixPage, Page
from vnreport.metrics.measure import TWIPS_PER_POINT
from vnreport.model.body import Table
from vnreport.render.html.blocks import blocks_html, table_html
from vnreport.render.html.frame import (
    circulation_html,
    footer_html,
    header_html,
    note_rule_html,
    title_html,
)
from vnreport.render.html.style import Stylesheet, stylesheet
from vnreport.render.html.text import escape, line_html
from vnreport.render.html.units import SheetSize, Units
from vnreport.rules import ND30, Rulebook

__all__ = ["html_page"]


def html_page(page: Page, *, rulebook: Rulebook = ND30, scale: float = 0.8) -> str:
    """The HTML preview of ``page``: its sheets at ``scale`` (1 is the paper's size)."""
    sheet = stylesheet(rulebook, Units(scale))
    main = (
        circulation_html(page, sheet)
        + header_html(page, sheet, rulebook)
        + title_html(page.title, sheet, rulebook)
        + blocks_html(page.body, _twips(sheet.sheet))
        + footer_html(page, sheet)
        + (line_html(page.contact) if page.contact is not None else "")
    )
    sheets = [_sheet(main, page.properties.title, landscape=False)]
    sheets.extend(_appendix(page, appendix, sheet, rulebook) for appendix in page.appendices)
    # MathJax would read "$…$" in a report as formulas: the classes tell it to keep off.
    return (
        f'<div class="{sheet.scope} tex2jax_ignore mathjax_ignore" lang="vi">'
        f"<style>{sheet.css}</style>{''.join(sheets)}</div>"
    )


def html_table(
    table: Table, *, landscape: bool = False, rulebook: Rulebook = ND30, scale: float = 0.8
) -> str:
    """The HTML preview of one table, as wide as a page's text (turned ``landscape``)."""
    sheet = stylesheet(rulebook, Units(scale))
    size = sheet.sheet.turned() if landscape else sheet.sheet
    return (
        f'<div class="{sheet.scope} tex2jax_ignore mathjax_ignore" lang="vi">'
        f"<style>{sheet.css}</style>"
        f'<div style="width:{sheet.units.pt(size.text_width)}">'
        f"{table_html(table, _twips(size))}</div></div>"
    )


def _twips(size: SheetSize) -> int:
    return round(size.text_width * TWIPS_PER_POINT)


def _sheet(content: str, label: str, *, landscape: bool) -> str:
    css = "vn-sheet vn-landscape" if landscape else "vn-sheet"
    return f'<section class="{css}" aria-label="{escape(label)}">{content}</section>'


def _appendix(page: Page, appendix: AppendixPage, sheet: Stylesheet, rulebook: Rulebook) -> str:
    size = sheet.sheet.turned() if appendix.landscape else sheet.sheet
    pieces = [header_html(page, sheet, rulebook, full=False)] if appendix.repeat_header else []
    pieces.extend(line_html(line) for line in (appendix.label, *appendix.title, appendix.note))
    pieces.append(note_rule_html(appendix.note, size.text_width, sheet, rulebook))
    pieces.append(blocks_html(appendix.body, _twips(size)))
    return _sheet("".join(pieces), appendix.label.text, landscape=appendix.landscape)
