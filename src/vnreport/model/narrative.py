"""Documents told in prose under a type name and a subject (Phụ lục III, Mẫu 1.4).

A báo cáo, a kế hoạch, a thông báo, a hướng dẫn, a chương trình, a tờ trình — and every
other type of Điều 7 without a layout of its own — share one shape: the type name and the
subject (*trích yếu*) under the header, optionally "Kính gửi", then opening paragraphs,
numbered sections (I., 1., a)) and closing paragraphs, then the recipients beside the
signature. :class:`NarrativeDocument` is that shape; each type is a subclass that names
its type (and a tờ trình requires its addressees).
"""

from __future__ import annotations

import functools
from collections.abc import Iterable
from typing import Any, ClassVar

import attrs

from vnreport.errors import FieldError
from vnreport.formatting.lists import format_addressees
from vnreport.model._fields import (
    field_name,
    to_text,
    to_texts,
    tuple_of,
)
from vnreport.model.addressees import check_addressees
from vnreport.model.body import Paragraph, Section, to_blocks
from vnreport.model.document import Document
from vnreport.model.outline import Block, flatten_body
from vnreport.model.subject import check_subject
from vnreport.rules import ND30
from vnreport.rules.doctypes import DocumentType

__all__ = [
    "Guidance",
    "NarrativeDocument",
    "Notice",
    "Plan",
    "Programme",
    "Report",
    "Submission",
    "make_narrative_class",
]


def _to_sections(values: Iterable[Section]) -> tuple[Section, ...]:
    if not isinstance(values, Iterable):
        return values
    return tuple(values)


def _check_sections(instance: object, attribute: attrs.Attribute[Any], values: object) -> None:
    tuple_of(Section, noun="a Section")(instance, attribute, values)
    assert isinstance(values, tuple)
    for index, value in enumerate(values):
        if value.title is None:
            raise FieldError(
                f"{field_name(instance, attribute)}[{index}].title",
                "a top-level section (I., II., …) needs a title",
            )


@attrs.frozen(kw_only=True, repr=False)
class NarrativeDocument(Document):
    """A document under a type name and a subject, its body in prose and numbered sections.

    Besides the parts of every :class:`~vnreport.model.document.Document`:

    ``subject`` — the summary under the type name (*trích yếu*), in sentence case;
    ``addressees`` — "Kính gửi", for a document sent to a superior (*kính gửi*), which also
    puts "Như trên" first among the recipients; ``opening`` — the paragraphs before the
    first section ("Thực hiện Công văn số …"); ``sections`` — the numbered sections
    (*mục* I., II., …); ``closing`` — the paragraphs after them ("Trên đây là …").
    The last paragraph of the body ends with "./." — added if the author did not type it.
    """

    DOC_TYPE: ClassVar[DocumentType]

    subject: str = attrs.field(converter=to_text, validator=check_subject)
    addressees: tuple[str, ...] = attrs.field(
        default=(), converter=to_texts, validator=check_addressees
    )
    opening: tuple[Paragraph, ...] = attrs.field(
        default=(),
        converter=to_blocks,
        validator=tuple_of(Paragraph, noun="a Paragraph or text"),
    )
    sections: tuple[Section, ...] = attrs.field(
        default=(), converter=_to_sections, validator=_check_sections
    )
    closing: tuple[Paragraph, ...] = attrs.field(
        default=(),
        converter=to_blocks,
        validator=tuple_of(Paragraph, noun="a Paragraph or text"),
    )

    def __attrs_post_init__(self) -> None:
        if not (self.opening or self.sections or self.closing):
            raise FieldError(f"{type(self).__name__}.sections", "the document has no content")
        super().__attrs_post_init__()

    @functools.cached_property
    def body(self) -> tuple[Block, ...]:
        """The body laid out: labelled blocks in reading order, ending with "./."."""
        return flatten_body(
            ("opening", self.opening), ("sections", self.sections), ("closing", self.closing)
        )

    @property
    def addressee_lines(self) -> tuple[str, ...]:
        """The "Kính gửi" lines, empty when the document has no addressee."""
        return format_addressees(self.addressees)

    @property
    def recipients_lead(self) -> str | None:
        """ "Như trên" when the document names its addressees (Kính gửi)."""
        return ND30.texts.as_above if self.addressees else None


@attrs.frozen(kw_only=True, repr=False)
class Report(NarrativeDocument):
    """A report (*báo cáo*)."""

    DOC_TYPE: ClassVar[DocumentType] = DocumentType.REPORT


@attrs.frozen(kw_only=True, repr=False)
class Plan(NarrativeDocument):
    """A plan (*kế hoạch*): its purposes and requirements, tasks, schedule and who does what."""

    DOC_TYPE: ClassVar[DocumentType] = DocumentType.PLAN


@attrs.frozen(kw_only=True, repr=False)
class Notice(NarrativeDocument):
    """A notice (*thông báo*): a decision, a conclusion or a fact made known."""

    DOC_TYPE: ClassVar[DocumentType] = DocumentType.NOTICE


@attrs.frozen(kw_only=True, repr=False)
class Guidance(NarrativeDocument):
    """Guidance (*hướng dẫn*) on carrying out a higher document."""

    DOC_TYPE: ClassVar[DocumentType] = DocumentType.GUIDANCE


@attrs.frozen(kw_only=True, repr=False)
class Programme(NarrativeDocument):
    """A programme (*chương trình*): of work, of action, of a meeting."""

    DOC_TYPE: ClassVar[DocumentType] = DocumentType.PROGRAMME


@attrs.frozen(kw_only=True, repr=False)
class Submission(NarrativeDocument):
    """A submission (*tờ trình*) asking a superior to approve: it names whom it is sent to
    ("Kính gửi", Phụ lục I, II.9.a), which the other narrative types may leave out."""

    DOC_TYPE: ClassVar[DocumentType] = DocumentType.SUBMISSION


@functools.cache
def make_narrative_class(doc_type: DocumentType) -> type[NarrativeDocument]:
    """The class of a type of Điều 7 printed in the shape of Mẫu 1.4: the explicit one for
    a báo cáo, kế hoạch …, a class made for any other type (a quy chế, a đề án …).

    The registry calls this for the types it prints as Mẫu 1.4; users ask
    :func:`vnreport.narrative_class`, which refuses the types with a layout of their own.

    >>> make_narrative_class(DocumentType.SCHEME).__name__
    'Scheme'
    >>> make_narrative_class(DocumentType.REPORT)
    <class 'vnreport.model.narrative.Report'>
    """
    for cls in (Report, Plan, Notice, Guidance, Programme, Submission):
        if cls.DOC_TYPE is doc_type:
            return cls
    name = "".join(part.capitalize() for part in doc_type.name.split("_"))
    made = type(name, (NarrativeDocument,), {"DOC_TYPE": doc_type, "__module__": __name__})
    made.__doc__ = f"A {doc_type.title.lower()} (*{doc_type.title.lower()}*), as Mẫu 1.4 prints it."
    return attrs.frozen(kw_only=True, repr=False)(made)
