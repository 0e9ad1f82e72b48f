"""A .docx → lines, read through :mod:`vnreport.ooxml`'s defensive reader.

Each paragraph of the body becomes a :class:`~vnreport.importing.lines.Line` in reading
order (a table row by row, cell by cell, as the checker reads it), with its cell, its
alignment, the emphasis of its runs as the model's markup, its style's name, the label
Word's list numbering prints before it and whether it holds a drawn rule. Emphasis is
what differs from the paragraph's style: a heading's bold is its style's, a bold phrase
in body text is ``**…**``.
"""

from __future__ import annotations

from lxml import etree

from vnreport.importing.docxtables import body_tables, with_captions
from vnreport.importing.lines import Line, Origin
from vnreport.importing.listlabels import ListLabels
from vnreport.model.inline import Run, emphasis_markup
from vnreport.ooxml.document import ParagraphView, WordDocument, normalize
from vnreport.ooxml.names import w

__all__ = ["docx_lines"]

_EMPTY_RUN = etree.Element(w("r"))


def docx_lines(document: WordDocument) -> tuple[Line, ...]:
    """The paragraphs of ``document``'s body as lines; empty paragraphs are left out but
    remembered (``blank_before``), and a paragraph holding only a drawn rule is kept as
    a rule."""
    labels = ListLabels(document.package.xml("word/numbering.xml"))
    lines: list[Line] = []
    blank = False
    # A body table is one line where it stands; a layout table's paragraphs are lines.
    tables = body_tables(document, lambda paragraph: _markup_of(document, paragraph))
    for paragraph in document.paragraphs:
        if paragraph.location.table is not None and paragraph.element in tables.members:
            table = tables.starts.get(paragraph.index)
            if table is not None:
                lines.append(
                    Line(
                        index=paragraph.index,
                        origin=Origin.DOCX,
                        text=table.summary,
                        raw=table.summary,
                        markup=table.summary,
                        table=table,
                        landscape=document.section_of(paragraph).orientation == "landscape",
                        blank_before=blank,
                    )
                )
                blank = False
            continue
        listed = labels.label(paragraph.element)
        text = paragraph.plain
        if not text and not paragraph.lines:
            blank = True
            continue
        location = paragraph.location
        cell = (
            None
            if location.table is None
            else (location.table, location.row or 0, location.cell or 0)
        )
        base = document.styles.run_properties(
            _EMPTY_RUN, paragraph.props.style, location.table_style
        )
        runs = paragraph.text_runs
        lines.append(
            Line(
                index=paragraph.index,
                origin=Origin.DOCX,
                text=text,
                raw=paragraph.text,
                markup=_markup(paragraph, base.bold, base.italic),
                cell=cell,
                alignment=paragraph.props.alignment,
                bold=bool(runs) and all(run.props.bold for run in runs),
                italic=bool(runs) and all(run.props.italic for run in runs),
                underline=bool(runs) and all(run.props.underline for run in runs),
                size=runs[0].props.size if runs else None,
                style=document.styles.name(paragraph.props.style) or paragraph.props.style,
                list_level=None if listed is None else listed[0],
                list_label=None if listed is None else listed[1],
                rule=bool(paragraph.lines) and not text,
                blank_before=blank,
                landscape=document.section_of(paragraph).orientation == "landscape",
            )
        )
        blank = False
    return with_captions(lines)


def _markup_of(document: WordDocument, paragraph: ParagraphView) -> str:
    location = paragraph.location
    base = document.styles.run_properties(_EMPTY_RUN, paragraph.props.style, location.table_style)
    return _markup(paragraph, base.bold, base.italic)


def _markup(paragraph: ParagraphView, bold: bool, italic: bool) -> str:
    """The paragraph's text with ``*…*`` and ``**…**`` where a run's emphasis differs
    from its style's, balanced whatever the runs' boundaries (a bold run ending in a
    space, bold across runs, an empty bold run)."""
    runs = (
        Run(
            run.text.replace("\t", " ").replace("\n", " "),
            bold=run.props.bold and not bold,
            italic=run.props.italic and not italic,
        )
        for run in paragraph.runs
    )
    return normalize(emphasis_markup(runs))
