"""Text into HTML, escaped: nothing an author typed can become markup.

Every string that reaches the preview goes through :func:`escape` (``html.escape`` with
quotes): ``<script>`` prints as the eight characters it is, ``&`` as an ampersand, and a
template's ``{{ }}`` is plain text.
"""

from __future__ import annotations

import html
from collections.abc import Iterable

from vnreport.layout.page import Line
from vnreport.model.inline import Run

__all__ = ["escape", "line_html", "runs_html"]


def escape(text: str) -> str:
    """``text`` as HTML text or attribute value."""
    return html.escape(text, quote=True)


def runs_html(runs: Iterable[Run]) -> str:
    """The runs, each escaped, in ``<b>`` and ``<i>`` where the author emphasised them."""
    pieces: list[str] = []
    for run in runs:
        text = escape(run.text)
        if run.italic:
            text = f"<i>{text}</i>"
        if run.bold:
            text = f"<b>{text}</b>"
        pieces.append(text)
    return "".join(pieces)


def line_html(line: Line, *classes: str) -> str:
    """A frame line as a paragraph in the class of its component."""
    names = " ".join((f"c-{line.component.value}", *classes))
    return f'<p class="{names}">{runs_html(line.runs)}</p>'
