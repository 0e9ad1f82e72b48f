"""What the rules look at: the document, its components, and widths on its pages."""

from __future__ import annotations

import attrs

from vnreport.conformance.anatomy import Anatomy, RuleMark
from vnreport.conformance.placement import Placement
from vnreport.ooxml.document import ParagraphView, WordDocument

__all__ = ["Inspection", "excerpt", "shown"]


def excerpt(text: str, limit: int = 48) -> str:
    """A short quotation of ``text`` for a finding."""
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def shown(text: str, limit: int = 200) -> str:
    """``text`` quoted as found (``repr``), cut at ``limit`` characters: a finding about
    a line of a hundred thousand spaces does not repeat them.

    >>> shown("Số 05"), shown("x" * 300)[-4:]
    ("'Số 05'", "xx…'")
    """
    return repr(text if len(text) <= limit else text[: limit - 1] + "…")


@attrs.frozen(eq=False)
class Inspection:
    """The document under check and what was recognised in it."""

    document: WordDocument
    anatomy: Anatomy
    #: Where the document's texts print (cells, indents, tab stops); made once, for every
    #: rule that measures.
    placement: Placement = attrs.field(
        default=attrs.Factory(lambda self: Placement(self.document), takes_self=True)
    )

    def text_width(self, paragraph: ParagraphView) -> int:
        """The width between the margins of the section ``paragraph`` is in, in twips."""
        return self.placement.page_width(paragraph)

    def available_width(self, paragraph: ParagraphView) -> int:
        """The width a paragraph's text may take: its cell's or the page's, less its indents."""
        return self.placement.width(paragraph) - paragraph.props.left - paragraph.props.right

    def cell_width(self, paragraph: ParagraphView) -> int | None:
        """The text width of the table cell holding ``paragraph`` (cell margins taken off)."""
        return self.placement.cell_width(paragraph)

    def rule_length(self, mark: RuleMark) -> int | None:
        """How long a drawn rule is, in twips; ``None`` for typed characters."""
        if mark.kind == "drawing":
            if mark.line is not None:
                return mark.line.length
            return max(mark.paragraph.line_shapes, default=None)
        if mark.kind == "border":
            return self.available_width(mark.paragraph)
        return None
