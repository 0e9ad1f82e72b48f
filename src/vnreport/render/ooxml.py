"""Small pieces of WordprocessingML that the renderer builds itself.

docxtpl inserts them whole where a template says ``{{p name }}``: the rules under the
header texts, the stamps and the body's tables, whose sizes depend on the content. Text
is escaped here, so nothing the author typed can become markup.
"""

from __future__ import annotations

from collections.abc import Iterable

from markupsafe import Markup, escape

from vnreport.model.inline import Run

__all__ = ["W_NS", "paragraph", "run", "runs"]

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def run(text: str, *, bold: bool = False, italic: bool = False) -> str:
    """One run of text; the paragraph style supplies the font."""
    props = ("<w:b/>" if bold else "") + ("<w:i/>" if italic else "")
    if props:
        props = f"<w:rPr>{props}</w:rPr>"
    return f'<w:r>{props}<w:t xml:space="preserve">{escape(text)}</w:t></w:r>'


def runs(items: Iterable[Run]) -> str:
    """The runs of marked-up text, each with its emphasis."""
    return "".join(run(item.text, bold=item.bold, italic=item.italic) for item in items)


def paragraph(
    style: str,
    content: str = "",
    *,
    indent: tuple[int, int] | None = None,
    align: str | None = None,
    keep_next: bool = False,
) -> Markup:
    """A paragraph in ``style``; ``indent`` is (left, right) in twips, ``content`` is runs;
    ``keep_next`` keeps it on the page of the paragraph that follows."""
    props = f'<w:pStyle w:val="{escape(style)}"/>'
    if keep_next:
        props += "<w:keepNext/>"
    if indent is not None:
        left, right = indent
        props += f'<w:ind w:left="{max(0, left)}" w:right="{max(0, right)}"/>'
    if align is not None:
        props += f'<w:jc w:val="{escape(align)}"/>'
    return Markup(f"<w:p><w:pPr>{props}</w:pPr>{content}</w:p>")
