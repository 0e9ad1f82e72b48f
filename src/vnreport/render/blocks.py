"""A page's body blocks as WordprocessingML paragraphs, each in the style of its role.

The template holds one ``{{p body }}`` tag where the body goes; this writes what stands
there: Kính gửi, a quyết định's preamble and articles, headings, paragraphs, dash items
and tables, in reading order. The last text paragraph keeps with the signature.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from markupsafe import Markup

from vnreport.model.outline import Block, Role
from vnreport.render.ooxml import paragraph, runs
from vnreport.render.styles import LAST_BODY_STYLE, ROLE_STYLES
from vnreport.render.tables import table_xml

__all__ = ["blocks_xml"]


def blocks_xml(
    blocks: Sequence[Block], text_width: int, style_id: Callable[[str], str] = str
) -> Markup:
    """The paragraphs (and tables) of ``blocks``; ``style_id`` gives the template's id of
    each shipped style, ``text_width`` (twips) the width tables take."""
    last = max(
        (index for index, block in enumerate(blocks) if block.role is not Role.TABLE),
        default=None,
    )
    pieces: list[str] = []
    for index, block in enumerate(blocks):
        if block.table is not None:
            pieces.append(table_xml(block.table, text_width, style_id))
            continue
        style = ROLE_STYLES[block.role]
        keep_next = False
        if index == last and block.role is Role.PARAGRAPH:
            style = LAST_BODY_STYLE
        elif index == last:
            keep_next = True  # a last dash item or article keeps with the signature too
        content = runs(block.labelled_runs)
        pieces.append(paragraph(style_id(style), content, keep_next=keep_next))
    return Markup("".join(pieces))
