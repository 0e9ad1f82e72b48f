"""The quyết định (*decision*, Phụ lục III, Mẫu 1.2 and 1.3).

Under the type name and the subject ("Về việc thành lập …", "Ban hành Quy chế …") a
quyết định prints who has the power to decide (*thẩm quyền ban hành*, in capitals), the
legal bases it rests on (*căn cứ*, in italic), "QUYẾT ĐỊNH:", and then its articles
(*điều*), the last naming who carries it out; "Như Điều 3" opens its Nơi nhận. A
quyết định that issues or approves a text of its own — a quy chế, a quy định, a kế hoạch —
carries it after the signature (:class:`IssuedText`, Mẫu 1.3).
"""

from __future__ import annotations

import functools
from typing import Any, ClassVar

import attrs

from vnreport.errors import FieldError
from vnreport.formatting.text import upper_vi
from vnreport.model._fields import (
    check_optional_text,
    check_texts,
    fail,
    field_name,
    optional_instance_of,
    to_optional_text,
    to_text,
    to_texts,
    to_tuple,
    tuple_of,
)
from vnreport.model.agency import Agency
from vnreport.model.article import Article, Chapter, article_blocks, chapter_blocks
from vnreport.model.body import Section
from vnreport.model.document import Document
from vnreport.model.inline import Run
from vnreport.model.outline import Block, Role, end_body, flatten_body
from vnreport.model.signature import Signature
from vnreport.model.subject import check_subject
from vnreport.rules import ND30, AuthorityPrefix
from vnreport.rules.doctypes import DocumentType

__all__ = ["Decision", "IssuedText", "head_authority"]

_TEXTS = ND30.texts
#: The words a line of the bases opens with; the proposal comes last.
_OPENINGS = (_TEXTS.legal_basis, _TEXTS.review, _TEXTS.proposal)
#: Types that are not issued by a decision: a decision itself, and letters.
_NOT_ISSUED = frozenset(
    {DocumentType.DECISION, DocumentType.OFFICIAL_LETTER, DocumentType.PUBLIC_LETTER}
)


def _check_legal_bases(instance: object, attribute: attrs.Attribute[Any], values: object) -> None:
    check_texts(instance, attribute, values)
    assert isinstance(values, tuple)
    name = field_name(instance, attribute)
    if not any(value.startswith(_TEXTS.legal_basis) for value in values):
        raise fail(
            instance,
            attribute,
            "a quyết định states the documents it rests on (căn cứ ban hành, Phụ lục I, "
            "II.6.a): give them one per line, each 'Căn cứ …;', e.g. 'Căn cứ Luật Tổ chức "
            "chính quyền địa phương ngày 19 tháng 6 năm 2015;'",
        )
    last = len(values) - 1
    for index, value in enumerate(values):
        here = f"{name}[{index}]"
        opening = next((word for word in _OPENINGS if value.startswith(word)), None)
        if opening is None:
            raise FieldError(
                here,
                f"{value[:30]!r}…: each line of the bases starts with '{_TEXTS.legal_basis}', "
                f"'{_TEXTS.review}' or, last, '{_TEXTS.proposal}'",
            )
        if opening == _TEXTS.proposal and index != last:
            raise FieldError(here, f"'{_TEXTS.proposal} …' is the last line of the bases")
        wanted = "." if index == last else ";"
        ending = value.rstrip()[-1:]
        if ending != wanted:
            stem = value.rstrip().rstrip(";,.:")
            where = "the last line ends with '.'" if index == last else "each basis ends with ';'"
            raise FieldError(
                here,
                f"{where} (Phụ lục I, II.6.a), but …{value.rstrip()[-20:]!r} ends with "
                f"{ending!r}: write …{(stem + wanted)[-21:]!r}",
            )


def _check_authority(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    check_optional_text(instance, attribute, value)
    if not isinstance(value, str):
        return
    first = value.split(maxsplit=1)[0].upper()
    if first in {prefix.value for prefix in AuthorityPrefix}:
        raise fail(
            instance,
            attribute,
            f"{value!r}: the authority line names who has the power to decide ('Chủ tịch Ủy "
            "ban nhân dân huyện Tuần Giáo', or 'Ủy ban nhân dân huyện Tuần Giáo' for the "
            f"collective), without {first}; the signature carries TM., KT., TL. and TUQ.",
        )


def _check_articles(instance: object, attribute: attrs.Attribute[Any], values: object) -> None:
    tuple_of(Article, noun="an Article")(instance, attribute, values)
    if not values:
        raise fail(
            instance,
            attribute,
            "a quyết định decides in articles (Điều 1., Điều 2. …, Phụ lục III, Mẫu 1.2): give "
            "at least one, the last naming who carries the decision out",
        )


def _check_kind(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    if not isinstance(value, str):
        raise fail(instance, attribute, f"must be text (str), got {type(value).__name__}")
    try:
        doc_type = DocumentType.from_title(value)
    except ValueError:
        doc_type = None
    if doc_type is None or doc_type in _NOT_ISSUED:
        raise fail(
            instance,
            attribute,
            f"{value!r} is not a type a quyết định issues or approves: give the type of Điều 7 "
            "of the text, e.g. 'Quy chế', 'Quy định', 'Kế hoạch', 'Đề án'",
        )


@attrs.frozen(kw_only=True)
class IssuedText:
    """A text a quyết định issues or approves (*văn bản ban hành kèm theo*, Mẫu 1.3),
    printed after the decision's signature on pages of its own: the issuer and the Quốc
    hiệu again, its type name, its subject, "(Kèm theo Quyết định số … ngày … của …)", then
    its content, ending with "./.".

    ``kind`` is its type (*tên loại*: "Quy chế", "Quy định", "Kế hoạch" …), ``subject``
    its summary (*trích yếu*, in sentence case). Its content is ``chapters`` (*chương*, each
    with its articles), or ``articles`` without chapters, or numbered ``sections`` (I., 1.,
    a)) for a kế hoạch or a đề án: one of the three.
    """

    kind: str = attrs.field(converter=to_text, validator=_check_kind)
    subject: str = attrs.field(converter=to_text, validator=check_subject)
    chapters: tuple[Chapter, ...] = attrs.field(
        default=(), converter=to_tuple, validator=tuple_of(Chapter, noun="a Chapter")
    )
    articles: tuple[Article, ...] = attrs.field(
        default=(), converter=to_tuple, validator=tuple_of(Article, noun="an Article")
    )
    sections: tuple[Section, ...] = attrs.field(
        default=(), converter=to_tuple, validator=tuple_of(Section, noun="a Section")
    )

    def __attrs_post_init__(self) -> None:
        given = [name for name in ("chapters", "articles", "sections") if getattr(self, name)]
        if len(given) != 1:
            found = " and ".join(given) if given else "none of them"
            raise FieldError(
                "IssuedText.chapters",
                f"an issued text holds chapters, articles or sections, one of the three; got "
                f"{found}",
            )
        self.body  # noqa: B018  # laid out now, so that what constructs also renders

    @property
    def doc_type(self) -> DocumentType:
        """The type of the text (*loại văn bản*)."""
        return DocumentType.from_title(self.kind)

    @functools.cached_property
    def body(self) -> tuple[Block, ...]:
        """The content laid out: chapters and articles, or sections, ending with "./."."""
        if self.sections:
            return flatten_body(("sections", self.sections))
        if self.chapters:
            return end_body(chapter_blocks(self.chapters, "chapters"))
        return end_body(article_blocks(self.articles, "articles"))


def head_authority(issuer: Agency, signature: Signature) -> str:
    """Who has the power to decide, as the signature shows it: the collective itself when it
    signs "TM. …" (its name), otherwise its head ("Chủ tịch" + the name), also when a deputy
    signs for the head (KT.) or someone signs by the head's order (TL., TUQ.).

    >>> tuan_giao = Agency(name="Ủy ban nhân dân huyện Tuần Giáo", abbreviation="UBND",
    ...                    place="Tuần Giáo")
    >>> head_authority(tuan_giao, Signature(title="Chủ tịch", name="Nguyễn Văn A"))
    'Chủ tịch Ủy ban nhân dân huyện Tuần Giáo'
    >>> head_authority(tuan_giao, Signature(authority=["TM. Ủy ban nhân dân"], title="Chủ tịch",
    ...                                     name="Nguyễn Văn A"))
    'Ủy ban nhân dân huyện Tuần Giáo'
    """
    first = signature.authority[0] if signature.authority else None
    if first is not None and first.prefix is AuthorityPrefix.ON_BEHALF:
        return issuer.name
    head = first.title if first is not None else signature.title
    return f"{head} {issuer.name}"


@attrs.frozen(kw_only=True, repr=False)
class Decision(Document):
    """A decision (*quyết định*).

    Besides the parts of every :class:`~vnreport.model.document.Document`:

    ``subject`` — *trích yếu*, in sentence case ("Về việc thành lập Tổ công tác …",
    "Ban hành Quy chế …"); ``authority`` — *thẩm quyền ban hành*, printed in capitals under
    the subject; leave it out and vnreport writes the one the signature shows ("Chủ tịch
    Ủy ban nhân dân huyện …", or the issuer's name when the collective signs "TM. …");
    ``legal_bases`` — *căn cứ*, one line each as printed: "Căn cứ …;", then "Xét đề nghị
    của …;" and "Theo đề nghị của ….", every line ending ";" and the last "."; ``articles`` —
    *các điều*, numbered for you, the last naming who carries the decision out (it is
    "Như Điều N" in Nơi nhận); ``attachment`` — the text the decision issues or approves
    (:class:`IssuedText`), printed after the signature.
    """

    DOC_TYPE: ClassVar[DocumentType] = DocumentType.DECISION

    subject: str = attrs.field(converter=to_text, validator=check_subject)
    legal_bases: tuple[str, ...] = attrs.field(converter=to_texts, validator=_check_legal_bases)
    articles: tuple[Article, ...] = attrs.field(converter=to_tuple, validator=_check_articles)
    authority: str | None = attrs.field(
        default=None, converter=to_optional_text, validator=_check_authority
    )
    attachment: IssuedText | None = attrs.field(
        default=None, validator=optional_instance_of(IssuedText)
    )

    def __attrs_post_init__(self) -> None:
        super().__attrs_post_init__()
        last = len(self.articles) - 1
        words = self.articles[last].plain.casefold()
        if not any(word.casefold() in words for word in _TEXTS.execution_words):
            raise FieldError(
                f"Decision.articles[{last}]",
                "the last article names who carries the decision out ('Chánh Văn phòng …, "
                "Thủ trưởng các cơ quan … chịu trách nhiệm thi hành Quyết định này'): Nơi "
                f"nhận opens with '{self.as_article}', which refers to it",
            )
        if self.attachment is not None:
            kind = self.attachment.kind.casefold()
            if not any(kind in article.plain.casefold() for article in self.articles):
                raise FieldError(
                    "Decision.attachment",
                    f"the articles never mention the {self.attachment.kind} the decision "
                    f"issues: say it in Điều 1 ('Ban hành kèm theo Quyết định này "
                    f"{self.attachment.kind} …', Mẫu 1.3)",
                )
        for item in self.recipients.items:
            folded = item.casefold()
            if folded.startswith(_TEXTS.as_article.casefold()) and folded != (
                self.as_article.casefold()
            ):
                raise FieldError(
                    "Decision.recipients",
                    f"{item!r}: vnreport writes '{self.as_article}' first, for the last "
                    "article, which names who carries the decision out; leave it out",
                )

    @property
    def authority_line(self) -> str:
        """The authority line as printed, in capitals (*thẩm quyền ban hành*)."""
        return upper_vi(self.authority or head_authority(self.issuer, self.signature))

    @property
    def as_article(self) -> str:
        """The first recipient, the article that names who carries it out: "Như Điều 3"."""
        return f"{_TEXTS.as_article} {len(self.articles)}"

    @functools.cached_property
    def body(self) -> tuple[Block, ...]:
        """The authority line, the bases, "QUYẾT ĐỊNH:" and the articles, ending "./."."""
        preamble = [
            Block(role=Role.AUTHORITY_LINE, runs=(Run(self.authority_line),), path="authority"),
            *(
                Block(role=Role.LEGAL_BASIS, runs=(Run(line),), path=f"legal_bases[{index}]")
                for index, line in enumerate(self.legal_bases)
            ),
            Block(
                role=Role.DECISION_WORD, runs=(Run(f"{_TEXTS.decision_word}:"),), path="(decision)"
            ),
        ]
        return end_body([*preamble, *article_blocks(self.articles, "articles")])

    @property
    def recipients_lead(self) -> str:
        """ "Như Điều N": the last article names who carries the decision out."""
        return self.as_article
