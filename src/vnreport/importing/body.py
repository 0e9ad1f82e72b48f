"""The body: paragraphs joined where a text was cut, labels read, sections nested.

Levels, as Phụ lục II writes them: "Phần thứ nhất"/"PHẦN I" and "A." above "I." (a part:
its label is kept), "I."/"I-" (mục), "1." (khoản), "1.1." (kept as the label), "a)"
(điểm), "-" (a dash item), "+" (an item of a dash item). A labelled line is a heading when
it has no closing punctuation and what follows starts anew (or a .docx prints it in a
heading style); otherwise it is a numbered paragraph. "Kính gửi", the "Căn cứ" block of a
quyết định and "Trên đây là …" are found by the callers.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Sequence

import attrs

from vnreport.formatting.text import in_capitals
from vnreport.importing.casing import restore_case
from vnreport.importing.lines import Line
from vnreport.importing.result import Unrecognised
from vnreport.importing.tables import read_table
from vnreport.model.body import Bullet, Paragraph, Section, Table
from vnreport.model.inline import Run, emphasis_markup, parse_emphasis, plain_text
from vnreport.rules import ND30

__all__ = [
    "Item", "OutlineError", "build_sections", "items_of", "join_cut_lines", "top_headings",
]  # fmt: skip

# Label → (depth, kind). Depth 0 a part, 1 mục, 2 khoản, 3 điểm.
_PART = re.compile(
    r"^(?P<label>(?:PHẦN|Phần)\s+(?:thứ\s+\w+|THỨ\s+\w+|[IVXLC]+|\d+)\.?)(?:\s*[:.\-–]\s*|\s+|$)"
)
_ROMAN = re.compile(r"^(?P<label>[IVXLC]+)\s*[.\-–)]\s*(?=\S)")
_LETTER_PART = re.compile(r"^(?P<label>[A-H])\.\s+(?=[A-ZĐÀ-Ỹ])")
# "Điều 1. …", "Điều 12: …": an article of a quyết định (or of a giấy phép written so).
_ARTICLE = re.compile(rf"^(?P<label>{re.escape(ND30.texts.article_label)}\s+\d+)\s*[.:]\s*")
_DOTTED = re.compile(r"^(?P<label>\d+(?:\.\d+)+)\.?\s+(?=\S)")
_NUMBER = re.compile(r"^(?P<label>\d+)\s*[.)]\s*(?=\S)")
_LETTER = re.compile(r"^(?P<label>[a-zđ])\s*\)\s*(?=\S)")
_DASH = re.compile(r"^[-–—•]\s*(?=\S)")
_PLUS = re.compile(r"^\+\s*(?=\S)")
_MARKERS = re.compile(r"(?<!\\)\*+")
_CLOSED = re.compile(r"(?:[.:;!?…)\]”\"'»]|\./\.)$")


class OutlineError(ValueError):
    """A body that does not nest: a point without its clause, a "+" without its "-"."""


@attrs.frozen(kw_only=True)
class Item:
    """A labelled or unlabelled piece of the body, before nesting."""

    kind: str  # "part", "heading", "numbered", "article", "paragraph", "dash", "plus"
    depth: int = 0
    label: str | None = None
    text: str = ""
    line: Line | None = None
    #: The line as the reader sees it: a Word list's label put before the text, a part's
    #: label and its title on the next line joined ("Phần thứ nhất KẾT QUẢ …").
    printed: str = ""


def join_cut_lines(lines: Sequence[Line]) -> list[Line]:
    """Lines of a text joined where a paragraph was cut (at a page, or wrapped by hand):
    a line that stops without closing punctuation continues in the next one unless that
    one opens with a label, or the first is a heading (labelled, then a capital)."""
    joined: list[Line] = []
    current: _Joining | None = None
    for line in lines:
        if current is not None and line.soft and current.continues_in(line):
            current.add(line)
            continue
        if current is not None:
            joined.append(current.line())
        current = _Joining(line)
    if current is not None:
        joined.append(current.line())
    return joined


#: Characters of a joined paragraph's beginning its label is read from: a label
#: ("Phần thứ nhất", "1.1.") is a few words, and reading the whole paragraph again at
#: every line joined to it would cost the square of its length.
_HEAD_CHARS = 200


class _Joining:
    """A paragraph being joined line by line, with what :meth:`continues_in` asks of it
    kept as it grows (its end, its head, whether it is in capitals), so that each line
    joined costs its own length, not the paragraph's."""

    def __init__(self, first: Line) -> None:
        self.first = first
        self.texts = [first.text]
        self.markups = [first.markup]
        self.head = first.text[:_HEAD_CHARS]
        self.words = 0  # words with a letter, as in_capitals counts them (up to 2)
        self.upper = True
        self._count(first.text)

    def _count(self, text: str) -> None:
        words = [word for word in text.split() if any(char.isalpha() for char in word)]
        self.words = min(2, self.words + len(words))
        self.upper = self.upper and all(
            char.isupper() for word in words for char in word if char.isalpha()
        )

    def add(self, line: Line) -> None:
        self.texts.append(line.text)
        self.markups.append(line.markup)
        if len(self.head) < _HEAD_CHARS:
            self.head = f"{self.head} {line.text}"[:_HEAD_CHARS]
        self._count(line.text)

    def continues_in(self, line: Line) -> bool:
        if self.first.table is not None or line.table is not None:
            return False
        # The paragraph ends as its last line does ("./." cannot span the joining space).
        if _CLOSED.search(self.texts[-1]) or _labelled(line.text):
            return False
        if self.first.cell != line.cell:
            return False
        if self.words >= 2 and self.upper and not in_capitals(line.text):
            return False  # a title in capitals, then the text under it
        return line.text[:1].islower() or not _labelled(self.head)

    def line(self) -> Line:
        if len(self.texts) == 1:
            return self.first
        return self.first.with_text(" ".join(self.texts), " ".join(self.markups))


def _labelled(text: str) -> bool:
    return any(
        pattern.match(text)
        for pattern in (
            _PART, _ARTICLE, _ROMAN, _LETTER_PART, _DOTTED, _NUMBER, _LETTER, _DASH, _PLUS
        )
    )  # fmt: skip


def items_of(lines: Sequence[Line]) -> list[Item]:
    """Each line as an item: its label read, heading or numbered paragraph told apart.

    A part's label alone on its line ("Phần thứ nhất") takes its title from the next line.
    """
    items: list[Item] = []
    position = 0
    while position < len(lines):
        line = lines[position]
        if line.is_rule:
            # A drawn rule (under the subject, under an appendix's title) is layout that
            # the renderer draws again, not a paragraph.
            position += 1
            continue
        following = lines[position + 1] if position + 1 < len(lines) else None
        item = _item(line, following)
        if (
            item.kind == "part"
            and not item.text
            and following is not None
            and not _labelled(following.text)
            and following.list_label is None
        ):
            item = attrs.evolve(
                item, text=following.markup, printed=f"{item.printed} {following.text}"
            )
            position += 1
        items.append(item)
        position += 1
    return items


def _item(line: Line, following: Line | None) -> Item:
    if line.table is not None:
        return Item(kind="table", text=line.text, line=line)
    text, markup = line.text, line.markup
    if line.list_label is not None and not _labelled(text):
        label = line.list_label
        if label in ("-", "+"):
            text = markup = f"{label} {text}"
        else:
            text, markup = f"{label} {text}", f"{label} {markup}"
    article = _ARTICLE.match(text)
    if article is not None:
        rest = _strip_label(markup, text, article.end())
        label = f"{article.group('label')}."
        return Item(kind="article", label=label, text=rest, line=line, printed=text)
    for kind, pattern, depth in (
        ("part", _PART, 0),
        ("heading", _ROMAN, 1),
        ("part", _LETTER_PART, 0),
        ("dotted", _DOTTED, 3),
        ("heading", _NUMBER, 2),
        ("heading", _LETTER, 3),
    ):
        match = pattern.match(text)
        if match is None:
            continue
        label = match.group("label")
        rest = _strip_label(markup, text, match.end())
        if kind == "part":
            return Item(kind="part", depth=0, label=label, text=rest, line=line, printed=text)
        if (kind == "heading" and pattern is _ROMAN) or pattern is _NUMBER:
            label = f"{label}."
        elif pattern is _LETTER:
            label = f"{label})"
        elif kind == "dotted":
            label = f"{label}."
        headed = _is_heading(line, rest, following) or (
            # A mục's title is in capitals whatever the style it is typed in.
            pattern is _ROMAN and in_capitals(rest) and not _CLOSED.search(rest)
        )
        return Item(
            kind=("heading" if headed else "numbered")
            if kind != "dotted"
            else ("dotted-heading" if headed else "dotted"),
            depth=depth,
            label=label,
            text=rest,
            line=line,
            printed=text,
        )
    for kind, pattern in (("plus", _PLUS), ("dash", _DASH)):
        match = pattern.match(text)
        if match is not None:
            return Item(
                kind=kind, text=_strip_label(markup, text, match.end()), line=line, printed=text
            )
    return Item(kind="paragraph", text=markup, line=line, printed=text)


def top_headings(items: Sequence[Item]) -> tuple[str, ...]:
    """The top-level headings as printed: a quyết định's articles; else the highest level
    of parts and mục; else the arabic "1." items, when they head sections (one of them,
    not the last, has text under it) rather than form a list of numbered paragraphs."""
    articles = [item.printed for item in items if item.kind == "article"]
    if articles:
        return tuple(articles)
    levels = [item.depth for item in items if item.kind in ("part", "heading") and item.depth < 2]
    if levels:
        top = min(levels)
        return tuple(
            item.printed
            for item in items
            if item.depth == top and item.kind in ("part", "heading", "numbered")
        )
    numbered = [
        position
        for position, item in enumerate(items)
        if item.depth == 2 and item.kind in ("heading", "numbered")
    ]
    headed = any(later > earlier + 1 for earlier, later in itertools.pairwise(numbered))
    return tuple(items[position].printed for position in numbered) if headed else ()


def _strip_label(markup: str, text: str, end: int) -> str:
    """The markup after the label (``text[:end]``, in plain text), its emphasis kept and
    balanced however the label's bold runs on ("**1. Mục đích**", "**Điều 1.** …")."""
    label = text[:end]
    try:
        runs = parse_emphasis(markup)
    except ValueError:
        return _escaped(text[end:].strip())
    if not "".join(run.text for run in runs).startswith(label):
        return _escaped(text[end:].strip())
    rest: list[Run] = []
    skip = len(label)
    for run in runs:
        if skip >= len(run.text):
            skip -= len(run.text)
            continue
        rest.append(attrs.evolve(run, text=run.text[skip:]))
        skip = 0
    return emphasis_markup(rest).strip()


def _escaped(text: str) -> str:
    return text.replace("*", "\\*")


def _is_heading(line: Line, rest: str, following: Line | None) -> bool:
    style = (line.style or "").casefold().replace(" ", "")
    if style.startswith("heading"):
        return True
    # A .docx of vnreport's own says which is which by its style.
    if (
        line.origin.value == "docx"
        and style in ("vnbody", "vnbodylast", "normal")
        and not line.bold
    ):
        return False
    if _CLOSED.search(line.text) and not line.text.endswith(":"):
        return False
    if len(rest) > 250:
        return False
    return following is not None


def build_sections(
    items: Sequence[Item], unrecognised: list[Unrecognised]
) -> tuple[list[Paragraph], list[Section], list[Paragraph]]:
    """Opening paragraphs, the sections and the closing paragraphs."""
    opening: list[Paragraph] = []
    closing: list[Paragraph] = []
    # Each open section: [depth, title, label, content, the item that opened it]
    stack: list[list[object]] = []
    sections: list[Section] = []
    top_depth = min((item.depth for item in items if item.kind in ("heading", "part")), default=1)

    def close_to(depth: int) -> None:
        while stack and int(stack[-1][0]) >= depth:  # type: ignore[call-overload]
            _, title, label, content, head = stack.pop()
            section = _section(title, label, content, head, unrecognised)  # type: ignore[arg-type]
            if section is None:
                continue
            if stack:
                stack[-1][3].append(section)  # type: ignore[attr-defined]
            else:
                sections.append(section)

    for item in items:
        if item.kind not in ("table", "heading", "part", "dotted-heading") and not (
            _plain(item).strip()
        ):
            # Markup and spaces only (an empty bold run, a field left blank): no model
            # value is empty, so the paragraph is left out, and said so.
            unrecognised.append(_left_out(item, "a paragraph with no text (only markup or spaces)"))
            continue
        if item.kind in ("heading", "part", "dotted-heading"):
            depth = item.depth
            title = restore_case(_plain(item)) if item.depth <= 1 else _plain(item)
            label = _custom_label(item, top_depth)
            close_to(depth)
            stack.append([depth, title or None, label, [], item])
        elif item.kind in ("numbered", "dotted"):
            close_to(item.depth)
            stack.append(
                [item.depth, None, _custom_label(item, top_depth), [_paragraph(item)], item]
            )
        elif item.kind == "dash":
            _target(stack, opening).append(_bullet(item))
        elif item.kind == "plus":
            target = _target(stack, opening)
            if target and isinstance(target[-1], Bullet):
                last = target[-1]
                target[-1] = Bullet(text=last.text, items=(*last.items, _bullet(item)))
            else:
                target.append(Paragraph(text=f"+ {item.text}"))
        elif item.kind == "table":
            table = _table(item, unrecognised)
            if table is not None:
                _target(stack, opening).append(table)
        else:
            if stack:
                stack[-1][3].append(_paragraph(item))  # type: ignore[attr-defined]
            else:
                opening.append(_paragraph(item))
    close_to(-1)
    return opening, sections, closing


def _plain(item: Item) -> str:
    """A heading's title: plain text, as the model holds it (the layout gives a heading
    its emphasis, so a heading printed wholly in bold needs no markers)."""
    try:
        return plain_text(item.text)
    except ValueError:  # markers that do not pair: the words without them
        return _MARKERS.sub("", item.text).replace("\\*", "*")


def _left_out(item: Item, reason: str) -> Unrecognised:
    line, paragraph = (None, None) if item.line is None else item.line.where
    printed = item.printed or (item.line.raw if item.line is not None else item.text)
    return Unrecognised(line=line, paragraph=paragraph, text=printed[:80], reason=reason)


def _table(item: Item, unrecognised: list[Unrecognised]) -> Table | None:
    """The table the item stands for; one the model refuses is reported where it is."""
    assert item.line is not None
    assert item.line.table is not None
    try:
        return read_table(item.line.table)
    except (ValueError, TypeError) as error:
        where = item.line.where
        unrecognised.append(
            Unrecognised(
                line=where[0], paragraph=where[1], text=item.text[:80], reason=f"a table: {error}"
            )
        )
        return None


def _paragraph(item: Item) -> Paragraph:
    """The paragraph, or — when the emphasis read from the runs does not close — the
    paragraph in plain text (the emphasis is lost, never the words)."""
    try:
        return Paragraph(text=item.text)
    except ValueError:
        plain = item.line.text if item.line is not None else item.text.replace("*", "")
        return Paragraph(text=_escaped(plain))


def _bullet(item: Item) -> Bullet:
    """The dash item, in plain text when its emphasis does not close."""
    try:
        return Bullet(text=item.text)
    except ValueError:
        plain = item.line.text if item.line is not None else item.text.replace("*", "")
        return Bullet(text=_strip(plain))


def _strip(text: str) -> str:
    for pattern in (_ROMAN, _DOTTED, _NUMBER, _LETTER, _PLUS, _DASH):
        match = pattern.match(text)
        if match is not None:
            return _escaped(text[match.end() :].strip())
    return _escaped(text)


def _custom_label(item: Item, top_depth: int) -> str | None:
    if item.kind in ("part", "dotted", "dotted-heading"):
        return item.label
    return None


def _target(stack: list[list[object]], opening: list[Paragraph]) -> list[object]:
    if stack:
        return stack[-1][3]  # type: ignore[return-value]
    return opening  # type: ignore[return-value]


def _section(
    title: str | None,
    label: str | None,
    content: list[object],
    head: Item,
    unrecognised: list[Unrecognised],
) -> Section | None:
    if title is not None and not content:
        # A line read as a heading with nothing under it ("1.4. Biện pháp xử lý: Không")
        # is a numbered paragraph: the same label and words, its emphasis kept.
        title, content = None, [_paragraph(head)]
    try:
        return Section(title=title, label=label, content=content)  # type: ignore[arg-type]
    except (ValueError, TypeError) as error:
        unrecognised.append(_left_out(head, f"{error} — left out of the document"))
        return None
