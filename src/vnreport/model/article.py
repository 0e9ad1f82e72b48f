"""Articles (*điều*) and chapters (*chương*): the body of a quyết định and of the texts it
issues (Phụ lục I, II.6.c–đ).

An article is numbered for you, "Điều 1.", "Điều 2." …, in bold. It has a title printed
with its label ("**Điều 1. Phạm vi điều chỉnh**", then its content below), or none, and
then its text follows the label in the same paragraph, upright ("**Điều 1.** Thành lập Tổ
công tác …"). Its content holds paragraphs, dash lists, tables and sections: a section in
an article is a khoản, numbered 1., 2. (its title, if any, bold on a line of its own), and
a section in a khoản is an điểm, lettered a), b) … đ) in the Vietnamese order. A chapter
("Chương I" and its title in capitals) groups articles in a quy chế or a quy định.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

import attrs

from vnreport.errors import FieldError
from vnreport.formatting.numerals import roman
from vnreport.formatting.text import upper_vi
from vnreport.model._fields import (
    check_optional_text,
    check_text,
    fail,
    field_name,
    to_optional_text,
    to_text,
    to_tuple,
    tuple_of,
)
from vnreport.model.body import Block as ContentBlock
from vnreport.model.body import Bullet, Paragraph, Section, Table, to_blocks, typed_label
from vnreport.model.inline import Run, parse_emphasis, plain_text
from vnreport.model.outline import Block, Role, flatten_within
from vnreport.rules import ND30

__all__ = ["Article", "Chapter", "article_blocks", "article_label", "chapter_blocks"]

_TEXTS = ND30.texts
# "Điều 1.", "Điều 12:" or "Chương II" typed at the start of a title or a text; "Điều 2
# của Quyết định số …" is a sentence about an article, not a label.
_TYPED = re.compile(
    rf"^\s*(?:{re.escape(_TEXTS.article_label)}\s+\d+\s*[.:]"
    rf"|{re.escape(_TEXTS.chapter_label)}\s+[IVXLC\d]+\b\.?)"
)
# A title is a phrase; a sentence (a text) ends with punctuation.
_SENTENCE_END = (".", ";", ":", "!", "?", "…")


def article_label(number: int) -> str:
    """ "Điều 3." — the label of the ``number``-th article (Phụ lục I, II.6.đ).

    >>> article_label(3)
    'Điều 3.'
    """
    return f"{_TEXTS.article_label} {number}."


def _check_content(instance: object, attribute: attrs.Attribute[Any], values: object) -> None:
    if not isinstance(values, tuple):
        raise fail(instance, attribute, f"must be a list, got {type(values).__name__}")
    for index, value in enumerate(values):
        if not isinstance(value, Paragraph | Bullet | Table | Section):
            raise FieldError(
                f"{field_name(instance, attribute)}[{index}]",
                "must be a Paragraph (text), Bullet, Table or Section (a khoản), "
                f"got {type(value).__name__}",
            )


def _refuse_typed_label(instance: object, attribute: attrs.Attribute[Any], text: str) -> None:
    typed = _TYPED.match(text)
    if typed is not None:
        rest = text[typed.end() :].strip()
        raise fail(
            instance,
            attribute,
            f"{text[:40]!r} starts with its own label {typed.group().strip()!r}: articles and "
            f"chapters are numbered for you, so write {rest[:40]!r}",
        )


def _check_title(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    check_optional_text(instance, attribute, value)
    if not isinstance(value, str):
        return
    _refuse_typed_label(instance, attribute, value)
    if value.rstrip().endswith(_SENTENCE_END):
        raise fail(
            instance,
            attribute,
            f"a title is a phrase without final punctuation ({value[-20:]!r}); if this is "
            "the article's sentence, give it as `text`, which follows the label in the same "
            "paragraph",
        )


def _check_text(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    check_optional_text(instance, attribute, value)
    if not isinstance(value, str):
        return
    try:
        parse_emphasis(value)
    except ValueError as error:
        raise fail(instance, attribute, str(error)) from None
    plain = plain_text(value)
    _refuse_typed_label(instance, attribute, plain)
    if not plain.rstrip().endswith(_SENTENCE_END):
        raise fail(
            instance,
            attribute,
            f"…{plain[-30:]!r} ends without punctuation: the text after 'Điều N.' is a "
            "sentence ('… gồm các ông (bà) có tên sau:', '… kể từ ngày ký.'); a phrase is the "
            "article's title",
        )


@attrs.frozen(kw_only=True)
class Article:
    """An article (*điều*) of a quyết định or of the text it issues, numbered for you.

    Give its ``title`` (*tiêu đề*, a phrase: "Phạm vi điều chỉnh"), printed bold with the
    label, or its ``text`` (the sentence that follows the label in the same paragraph:
    "Thành lập Tổ công tác …"), not both. ``content`` follows: paragraphs (text), dash
    lists, tables and sections, a section being a khoản (1., 2.) and a section in it an
    điểm (a), b) …).

    >>> Article(title="Phạm vi điều chỉnh", content=["Quy chế này quy định …"]).title
    'Phạm vi điều chỉnh'
    >>> Article(text="Điều 1. Thành lập Tổ công tác.")
    Traceback (most recent call last):
    ...
    vnreport.errors.FieldError: Article.text: 'Điều 1. Thành lập Tổ công tác.' starts with ...
    """

    title: str | None = attrs.field(
        default=None, converter=to_optional_text, validator=_check_title
    )
    text: str | None = attrs.field(default=None, converter=to_optional_text, validator=_check_text)
    content: tuple[ContentBlock, ...] = attrs.field(
        default=(), converter=to_blocks, validator=_check_content
    )

    def __attrs_post_init__(self) -> None:
        if self.title is not None and self.text is not None:
            raise FieldError(
                "Article.text",
                "an article has a title (printed bold with 'Điều N.', its content below) or a "
                "text (following 'Điều N.' in the same paragraph), not both: put the text in "
                "content",
            )
        if self.title is None and self.text is None:
            raise FieldError(
                "Article.text",
                "an article needs its title ('Phạm vi điều chỉnh') or its text ('Thành lập …')",
            )
        if self.title is not None and not self.content:
            raise FieldError("Article.content", f"the article {self.title!r} has no content")

    @property
    def plain(self) -> str:
        """The article's words without emphasis: its title or text and its content (to
        search it for who carries a decision out, or for the text it issues)."""
        blocks = flatten_within(self.content, "content", depth=1)
        words = [self.title or plain_text(self.text or ""), *(block.text for block in blocks)]
        return " ".join(words)


def article_blocks(articles: Sequence[Article], path: str, *, start: int = 1) -> list[Block]:
    """The articles laid out, numbered from ``start``; ``path`` names the list in errors.

    A titled article is one bold line, "Điều 1. Phạm vi điều chỉnh"; an untitled one opens
    its paragraph with the bold label, its text upright.
    """
    blocks: list[Block] = []
    for index, article in enumerate(articles):
        here = f"{path}[{index}]"
        label = article_label(start + index)
        if article.title is not None:
            blocks.append(
                Block(
                    role=Role.ARTICLE, runs=(Run(article.title),), label=label, path=f"{here}.title"
                )
            )
        else:
            assert article.text is not None  # an article has a title or a text
            runs = (Run(label, bold=True), Run(" "), *parse_emphasis(article.text))
            blocks.append(Block(role=Role.PARAGRAPH, runs=runs, path=f"{here}.text"))
        blocks.extend(flatten_within(article.content, f"{here}.content", depth=1))
    return blocks


def _check_articles(instance: object, attribute: attrs.Attribute[Any], values: object) -> None:
    tuple_of(Article, noun="an Article")(instance, attribute, values)
    if not values:
        raise fail(instance, attribute, "a chapter holds at least one article")


def _check_chapter_title(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    check_text(instance, attribute, value)
    assert isinstance(value, str)
    _refuse_typed_label(instance, attribute, value)
    typed = typed_label(value)
    if typed is not None:
        raise fail(instance, attribute, f"{value!r} starts with its own label {typed!r}")


@attrs.frozen(kw_only=True)
class Chapter:
    """A chapter (*chương*) of a quy chế or a quy định: "Chương I" and its ``title``
    (printed in capitals, centred, Phụ lục I, II.6.đ), then its ``articles``, numbered on
    from the chapter before.

    >>> Chapter(title="Quy định chung", articles=[Article(text="Quy chế này …")]).title
    'Quy định chung'
    """

    title: str = attrs.field(converter=to_text, validator=_check_chapter_title)
    articles: tuple[Article, ...] = attrs.field(converter=to_tuple, validator=_check_articles)


def chapter_blocks(chapters: Sequence[Chapter], path: str) -> list[Block]:
    """The chapters laid out: "Chương I", its title in capitals, its articles; the articles
    are numbered across the chapters."""
    blocks: list[Block] = []
    number = 1
    for index, chapter in enumerate(chapters):
        here = f"{path}[{index}]"
        label = f"{_TEXTS.chapter_label} {roman(index + 1)}"
        blocks.append(Block(role=Role.PART, runs=(Run(label),), path=here))
        blocks.append(
            Block(role=Role.PART_TITLE, runs=(Run(upper_vi(chapter.title)),), path=f"{here}.title")
        )
        blocks.extend(article_blocks(chapter.articles, f"{here}.articles", start=number))
        number += len(chapter.articles)
    return blocks
