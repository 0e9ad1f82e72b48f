"""The one view both sources give the recognisers: a document as lines.

A plain text is a list of lines as given; a .docx is a list of paragraphs, each with
where it sits (a header or footer table's cell), its formatting, its list level and the
style it is written in. The recognisers read :class:`Line` and never the source, so a
header flattened into text and a header in a two-column table are read by the same code.
"""

from __future__ import annotations

import enum
import re

import attrs

from vnreport.importing.tables import PrintedTable

__all__ = ["RULE_TEXT", "Line", "Origin"]

#: A rule typed as text ("_______", "-----"): layout, as a drawn one is.
RULE_TEXT = re.compile(r"^[-_–—=.…*]{3,}$")


class Origin(enum.Enum):
    """Where a line came from, which decides how it is named in a report."""

    TEXT = "text"  # a line of a plain text: numbered 1, 2, … (its line number)
    DOCX = "docx"  # a paragraph of a .docx: numbered as the checker's ¶ index


@attrs.frozen(kw_only=True)
class Line:
    """One line of the input, with what its source knows about it.

    ``text`` is NFC with every kind of space folded to one and trimmed, tabs and manual
    line breaks kept in ``raw``; ``markup`` is the text with its inline emphasis as the
    model writes it (``*italic*``, ``**bold**``). ``cell`` is (table, row, column) for a
    line in a table; ``component`` is the component a .docx of vnreport's own names by
    its style (a hint the recognisers trust over the text). ``table`` is a body table
    (a .docx's ``w:tbl``, a text's tab- or |-separated rows) standing where it was
    printed, its ``text`` its first row; ``landscape`` says the line is on a landscape
    page (an appendix's).
    """

    index: int
    origin: Origin
    text: str
    raw: str = ""
    markup: str = ""
    cell: tuple[int, int, int] | None = None
    alignment: str = "left"
    bold: bool = False
    italic: bool = False
    underline: bool = False
    size: float | None = None
    style: str | None = None
    list_level: int | None = None
    list_label: str | None = None
    rule: bool = False
    blank_before: bool = False
    component: str | None = None
    table: PrintedTable | None = None
    landscape: bool = False

    @property
    def where(self) -> tuple[int | None, int | None]:
        """(line, paragraph) as :class:`~vnreport.importing.result.Unrecognised` takes it."""
        if self.origin is Origin.TEXT:
            return self.index, None
        return None, self.index

    @property
    def is_rule(self) -> bool:
        """Whether the line is only a rule, drawn (no text) or typed ("_______"): the
        short rules under the issuer, the motto and the subject are the layout's."""
        return self.rule or bool(RULE_TEXT.match(self.text))

    @property
    def soft(self) -> bool:
        """Whether a paragraph may run on into this line (a text cut at a page or wrapped
        by hand); a .docx paragraph is always whole."""
        return self.origin is Origin.TEXT and self.table is None

    def with_text(self, text: str, markup: str | None = None) -> Line:
        """The same line with another text (a piece of a line run together)."""
        return attrs.evolve(self, text=text, raw=text, markup=text if markup is None else markup)
