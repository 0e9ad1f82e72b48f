"""The body flattened into labelled blocks, in reading order: what a renderer lays out.

This is where the structure of :mod:`vnreport.model.body` becomes numbering: sections get
I., 1., a) by depth, dash-list items get "-" and their items "+", level-one titles are
printed in capitals, and the last text of the body ends with "./." exactly once. A
renderer maps each :class:`Block` to a paragraph style; it never computes a label.
"""

from __future__ import annotations

import enum
from collections.abc import Iterator, Sequence

import attrs

from vnreport.errors import FieldError
from vnreport.formatting.lists import ELLIPSES
from vnreport.formatting.numerals import point_letter, roman
from vnreport.formatting.text import upper_vi
from vnreport.model.body import Bullet, Paragraph, Section, Table
from vnreport.model.inline import Run
from vnreport.rules import ND30

__all__ = [
    "END_MARK",
    "Block",
    "Role",
    "end_body",
    "flatten_body",
    "flatten_within",
    "section_label",
]

#: Ends the body of every document, right after the last word (all samples of Phụ lục III).
END_MARK = ND30.texts.end_mark

#: How deep sections nest before dash lists take over: mục, khoản, điểm.
MAX_SECTION_DEPTH = 3


class Role(enum.Enum):
    """What a block is, which decides its paragraph style."""

    HEADING_1 = "heading-1"  # I. TITLE IN CAPITALS (bold)
    HEADING_2 = "heading-2"  # 1. Title (bold)
    HEADING_3 = "heading-3"  # a) Title (upright)
    PARAGRAPH = "paragraph"  # body text; an untitled section's label opens it
    BULLET = "bullet"  # - item
    SUB_BULLET = "sub-bullet"  # + item
    TABLE = "table"
    # Lines of other types of document, around and inside their bodies.
    ADDRESSEE = "addressee"  # "Kính gửi: …" or "Kính gửi:"
    ADDRESSEE_ITEM = "addressee-item"  # "- …;" under "Kính gửi:"
    AUTHORITY_LINE = "authority-line"  # "CHỦ TỊCH ỦY BAN NHÂN DÂN …" of a quyết định
    LEGAL_BASIS = "legal-basis"  # "Căn cứ …;"
    DECISION_WORD = "decision-word"  # "QUYẾT ĐỊNH:"
    PART = "part"  # "Chương I", "Phần I": the label line, centred
    PART_TITLE = "part-title"  # the part's title in capitals, under its label
    ARTICLE = "article"  # "Điều 1. Title" (bold label, the title bold)
    NOTE = "note"  # an italic centred line: "(Ban hành kèm theo Quyết định số …)"


_HEADING_ROLES = (Role.HEADING_1, Role.HEADING_2, Role.HEADING_3)


@attrs.frozen(kw_only=True)
class Block:
    """One laid-out piece of the body.

    ``label`` is printed before the text, separated by a space ("I.", "1.", "a)", "-",
    "+"); ``path`` locates the source in the model ("sections[2].content[0]") for error
    messages and checks.
    """

    role: Role
    runs: tuple[Run, ...] = ()
    label: str | None = None
    depth: int = 0
    table: Table | None = None
    path: str = ""

    @property
    def text(self) -> str:
        """The printed text, label included, without styling."""
        body = "".join(run.text for run in self.runs)
        return body if self.label is None else f"{self.label} {body}".rstrip()

    @property
    def labelled_runs(self) -> tuple[Run, ...]:
        """The runs with the label as a first run in the paragraph's own style."""
        if self.label is None:
            return self.runs
        return (Run(f"{self.label} "), *self.runs)


def section_label(depth: int, position: int) -> str:
    """The automatic label of the ``position``-th section (1-based) at ``depth``.

    >>> section_label(1, 4), section_label(2, 4), section_label(3, 5)
    ('IV.', '4.', 'đ)')
    """
    if depth == 1:
        return f"{roman(position)}."
    if depth == 2:
        return f"{position}."
    if depth == 3:
        return f"{point_letter(position)})"
    raise ValueError(f"sections nest at most {MAX_SECTION_DEPTH} levels, got depth {depth}")


def flatten_body(
    *parts: tuple[str, Sequence[Paragraph | Bullet | Table | Section]],
    depth: int = 0,
) -> tuple[Block, ...]:
    """Lay out the body parts (``("opening", paragraphs), ("sections", sections), …``).

    Sections number from one across all parts. ``depth`` is the level the parts stand
    at: 1 numbers their sections as khoản (1., 2., then a)), as a công văn does; the
    numbering then runs within each part. Raises :class:`FieldError` with the path of the
    offending block when the structure cannot be printed.
    """
    counter = _Counter()
    blocks: list[Block] = []
    for name, content in parts:
        blocks.extend(_walk(content, name, depth=depth, counter=counter))
    return _terminate(blocks)


def flatten_within(
    content: Sequence[Paragraph | Bullet | Table | Section], path: str, *, depth: int
) -> tuple[Block, ...]:
    """Lay out ``content`` that stands ``depth`` levels down, without the final "./.".

    An article's content stands one level down: its sections are khoản (1., 2.) and
    theirs điểm (a), b)). :func:`end_body` ends the whole body once it is laid out.
    """
    return tuple(_walk(content, path, depth=depth, counter=_Counter()))


def end_body(blocks: Sequence[Block]) -> tuple[Block, ...]:
    """The body ``blocks`` with "./." after the last word; a FieldError names a block that
    holds the mark elsewhere."""
    return _terminate(list(blocks))


class _Counter:
    def __init__(self) -> None:
        self.top = 0


def _walk(
    content: Sequence[Paragraph | Bullet | Table | Section],
    path: str,
    *,
    depth: int,
    counter: _Counter,
    start: int = 0,
) -> Iterator[Block]:
    position = 0
    for index, block in enumerate(content):
        if index < start:
            continue
        here = f"{path}[{index}]"
        if isinstance(block, Section):
            # A section with a label of its own stands outside the numbering: the ones
            # after it go on from the last computed label ("1.", "1.1.", "2."), so that
            # the printed sequence has no gap.
            if block.label is None:
                if depth == 0:
                    counter.top += 1
                    position = counter.top
                else:
                    position += 1
            yield from _section(block, here, depth=depth + 1, position=position, counter=counter)
        elif isinstance(block, Paragraph):
            yield Block(role=Role.PARAGRAPH, runs=block.runs, depth=depth, path=here)
        elif isinstance(block, Bullet):
            yield from _bullet(block, here, depth=depth)
        elif isinstance(block, Table):
            yield Block(role=Role.TABLE, table=block, depth=depth, path=here)
        else:
            raise FieldError(
                here, f"must be a Paragraph, Bullet, Table or Section, got {type(block).__name__}"
            )


def _section(
    section: Section, path: str, *, depth: int, position: int, counter: _Counter
) -> Iterator[Block]:
    if depth > MAX_SECTION_DEPTH:
        raise FieldError(
            path,
            f"sections nest at most {MAX_SECTION_DEPTH} levels (I., 1., a)); "
            "below a) use dash-list items (Bullet)",
        )
    try:
        label = section.label or section_label(depth, position)
    except ValueError as error:
        raise FieldError(path, str(error)) from None
    content = section.content
    if section.title is None:
        first = content[0]
        assert isinstance(first, Paragraph)  # enforced by Section
        yield Block(
            role=Role.PARAGRAPH,
            runs=first.runs,
            label=label,
            depth=depth,
            path=f"{path}.content[0]",
        )
        # The first paragraph was printed with the label; sections are counted from the
        # content, so skipping it does not shift their numbers.
        yield from _walk(content, f"{path}.content", depth=depth, counter=counter, start=1)
        return
    title = upper_vi(section.title) if depth == 1 else section.title
    yield Block(
        role=_HEADING_ROLES[depth - 1],
        runs=(Run(title),),
        label=label,
        depth=depth,
        path=f"{path}.title",
    )
    yield from _walk(content, f"{path}.content", depth=depth, counter=counter)


def _bullet(bullet: Bullet, path: str, *, depth: int) -> Iterator[Block]:
    yield Block(role=Role.BULLET, runs=bullet.runs, label="-", depth=depth, path=path)
    for index, item in enumerate(bullet.items):
        here = f"{path}.items[{index}]"
        if item.items:
            raise FieldError(
                f"{here}.items",
                "'+' items cannot have items of their own (two list levels: - and +)",
            )
        yield Block(role=Role.SUB_BULLET, runs=item.runs, label="+", depth=depth, path=here)


def _terminate(blocks: list[Block]) -> tuple[Block, ...]:
    text_indexes = [i for i, block in enumerate(blocks) if block.role is not Role.TABLE]
    last = text_indexes[-1] if text_indexes else None
    for index in text_indexes:
        block = blocks[index]
        text = "".join(run.text for run in block.runs)
        allowed_at_end = index == last and block.role not in _HEADING_ROLES
        occurrences = text.count(END_MARK)
        if occurrences and not (allowed_at_end and occurrences == 1 and text.endswith(END_MARK)):
            raise FieldError(
                block.path,
                f"{END_MARK!r} marks the end of the body and is added once, after the last "
                "word; remove it here",
            )
    if last is None or blocks[last].role in _HEADING_ROLES or blocks[-1].role is Role.TABLE:
        # The body ends with a table or a bare heading: the mark gets a line of its own.
        blocks.append(Block(role=Role.PARAGRAPH, runs=(Run(END_MARK),), path="(end)"))
        return tuple(blocks)
    block = blocks[last]
    text = "".join(run.text for run in block.runs)
    if not text.endswith(END_MARK):
        # The full stop of "./." is the sentence's own: after a "." or an ellipsis only
        # the "/." is added.
        suffix = "/." if text.endswith((".", *ELLIPSES)) else END_MARK
        blocks[last] = attrs.evolve(block, runs=(*block.runs, Run(suffix)))
    return tuple(blocks)
