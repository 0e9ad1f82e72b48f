"""A quyết định's body → the model: the authority line, the bases and the articles.

The body's items (:func:`~vnreport.importing.body.items_of`) after "QUYẾT ĐỊNH:" are the
articles: each "Điều N." opens one, and what follows it up to the next is its content,
nested as any body is (khoản "1.", điểm "a)", dash items). An article whose words after
the label end with punctuation is a text ("Điều 1. Thành lập …:"), otherwise a title
("Điều 2. Nhiệm vụ của Đoàn kiểm tra", its content below). The "./." the layout prints
after the last article is not part of the model's text.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

import attrs

from vnreport.importing.bases import Bases
from vnreport.importing.body import Item, build_sections
from vnreport.importing.casing import title_case
from vnreport.importing.result import Unrecognised
from vnreport.model.article import Article
from vnreport.model.body import Block, Paragraph, Section
from vnreport.rules import ND30

__all__ = ["authority_of", "read_articles"]

_TEXTS = ND30.texts
_SENTENCE_END = (".", ";", ":", "!", "?", "…")
_MARKERS = re.compile(r"(?<!\\)\*+")


def read_articles(items: Sequence[Item], unrecognised: list[Unrecognised]) -> list[Article]:
    """The articles ``items`` hold; items before the first article are reported."""
    groups: list[tuple[Item, list[Item]]] = []
    for item in items:
        if item.kind == "article":
            groups.append((item, []))
        elif groups:
            groups[-1][1].append(item)
        elif item.line is not None:
            where = item.line.where
            unrecognised.append(
                Unrecognised(
                    line=where[0],
                    paragraph=where[1],
                    text=item.line.text[:80],
                    reason="a line of a quyết định's body before its first article (Điều 1.)",
                )
            )
    articles: list[Article] = []
    for position, (head, content_items) in enumerate(groups):
        opening, sections, _ = build_sections(content_items, unrecognised)
        content: list[Block] = [*opening, *sections]
        words = head.text
        last = position == len(groups) - 1
        if last:
            words, content = _without_end_mark(words, content)
        # The words' own end, past emphasis markers ("(*có danh sách kèm theo).*").
        if _MARKERS.sub("", words).rstrip().endswith(_SENTENCE_END):
            articles.append(Article(text=words, content=content))
        else:
            articles.append(Article(title=words, content=content))
    return articles


def _without_end_mark(words: str, content: list[Block]) -> tuple[str, list[Block]]:
    mark = _TEXTS.end_mark
    if not content:
        if words.endswith(mark):
            return words[: -len(mark)].rstrip() + ".", content
        return words, content
    stripped = _strip_mark(content[-1], mark)
    return words, content if stripped is None else [*content[:-1], stripped]


def _strip_mark(block: Block, mark: str) -> Block | None:
    if isinstance(block, Paragraph) and block.text.endswith(mark):
        return Paragraph(text=block.text[: -len(mark)].rstrip() + ".")
    if isinstance(block, Section) and block.content:
        inner = _strip_mark(block.content[-1], mark)
        if inner is not None:
            return attrs.evolve(block, content=(*block.content[:-1], inner))
    return None


def authority_of(bases: Bases, default: str) -> str | None:
    """The authority line in normal case, or None when it is the one the model writes
    from the signature (``default``, in capitals)."""
    printed = " ".join(line.text for line in bases.authority)
    if not printed or printed.casefold() == default.casefold():
        return None
    return title_case(printed)
