"""The báo cáo (report), the first document type of vnreport (Phụ lục III, Mẫu 1.4)."""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable
from typing import TYPE_CHECKING, Any, ClassVar

import attrs

from vnreport.errors import FieldError
from vnreport.formatting.lists import format_addressees
from vnreport.formatting.text import in_capitals, sentence_case
from vnreport.model._fields import (
    check_text,
    check_texts,
    fail,
    field_name,
    to_text,
    to_texts,
    tuple_of,
)
from vnreport.model.body import Paragraph, Section
from vnreport.model.document import Document
from vnreport.model.outline import Block, flatten_body
from vnreport.rules import ND30
from vnreport.rules.doctypes import DocumentType

if TYPE_CHECKING:
    import os
    from pathlib import Path

    from vnreport.limits import Limits
    from vnreport.render.docx import CheckMode
    from vnreport.render.page import Margins

__all__ = ["Report"]

_V_V = re.compile(rf"^\s*{re.escape(ND30.texts.subject_prefix)}\b", re.IGNORECASE)


def _to_paragraphs(values: Iterable[Paragraph | str]) -> tuple[Paragraph, ...]:
    if isinstance(values, str):
        values = (values,)
    if not isinstance(values, Iterable):
        return values  # the validator names the problem
    return tuple(Paragraph(text=value) if isinstance(value, str) else value for value in values)


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


def _check_subject(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    check_text(instance, attribute, value)
    if isinstance(value, str) and _V_V.match(value):
        raise fail(
            instance,
            attribute,
            "'V/v' introduces the subject of a công văn only; a báo cáo states its subject "
            "directly ('Kết quả thực hiện …')",
        )
    if isinstance(value, str) and in_capitals(value):
        raise fail(
            instance,
            attribute,
            "the subject (trích yếu) is written in sentence case, under the type name that "
            f"is printed in capitals: write {sentence_case(value)!r}",
        )


@attrs.frozen(kw_only=True)
class Report(Document):
    """A report (*báo cáo*).

    Besides the parts of every :class:`~vnreport.model.document.Document`:

    ``subject`` — the summary under "BÁO CÁO" (*trích yếu*), in sentence case;
    ``addressees`` — "Kính gửi", for a report sent to a superior (*kính gửi*), which also
    puts "Như trên" first among the recipients; ``opening`` — the paragraphs before the
    first section ("Thực hiện Công văn số …"); ``sections`` — the numbered sections
    (*mục* I., II., …); ``closing`` — the paragraphs after them ("Trên đây là …").
    The last paragraph of the body ends with "./." — added if the author did not type it.
    """

    DOC_TYPE: ClassVar[DocumentType] = DocumentType.REPORT

    subject: str = attrs.field(converter=to_text, validator=_check_subject)
    addressees: tuple[str, ...] = attrs.field(default=(), converter=to_texts, validator=check_texts)
    opening: tuple[Paragraph, ...] = attrs.field(
        default=(),
        converter=_to_paragraphs,
        validator=tuple_of(Paragraph, noun="a Paragraph or text"),
    )
    sections: tuple[Section, ...] = attrs.field(
        default=(), converter=_to_sections, validator=_check_sections
    )
    closing: tuple[Paragraph, ...] = attrs.field(
        default=(),
        converter=_to_paragraphs,
        validator=tuple_of(Paragraph, noun="a Paragraph or text"),
    )

    def __attrs_post_init__(self) -> None:
        super().__attrs_post_init__()
        if not (self.opening or self.sections or self.closing):
            raise FieldError("Report.sections", "the report has no content")
        self.body  # noqa: B018  # lay the body out now, so that errors surface at construction

    @functools.cached_property
    def body(self) -> tuple[Block, ...]:
        """The body laid out: labelled blocks in reading order, ending with "./."."""
        return flatten_body(
            ("opening", self.opening), ("sections", self.sections), ("closing", self.closing)
        )

    @property
    def addressee_lines(self) -> tuple[str, ...]:
        """The "Kính gửi" lines, empty when the report has no addressee."""
        return format_addressees(self.addressees)

    @property
    def recipient_lines(self) -> tuple[str, ...]:
        """The items under "Nơi nhận:", the filing line last."""
        trailer = None if self.drafter is None else str(self.drafter)
        return self.recipients.lines(as_above=bool(self.addressees), trailer=trailer)

    def render(
        self,
        *,
        template: str | os.PathLike[str] | None = None,
        margins: Margins | None = None,
        check: CheckMode = "strict",
        limits: Limits | None = None,
    ) -> bytes:
        """The report as a Word file (.docx bytes).

        ``template`` is a docxtpl template to use instead of the shipped one (its variables
        are listed in docs/templates.md); ``margins`` replaces the template's page margins
        within the decree's ranges. The result is checked against the decree: ``check``
        is "strict" (an error raises ConformanceError), "warn" or "off" (docs/checker.md).
        A template is untrusted: it runs sandboxed within ``limits`` (docs/security.md).
        The same report gives byte-identical files.
        """
        from vnreport.render.docx import render_docx  # the renderers import the model

        return render_docx(self, template=template, margins=margins, check=check, limits=limits)

    def save(
        self,
        path: str | os.PathLike[str],
        *,
        template: str | os.PathLike[str] | None = None,
        margins: Margins | None = None,
        check: CheckMode = "strict",
        limits: Limits | None = None,
    ) -> Path:
        """Write the report to ``path`` as .docx, atomically: on any error (a failed
        conformance check included) no file is left behind and an existing file is
        untouched. Returns the path written."""
        from vnreport.render.docx import save_docx

        return save_docx(self, path, template=template, margins=margins, check=check, limits=limits)

    def outline(self, *, width: int = 100, full: bool = False) -> str:
        """The report as plain text: one line per block, or the ``full`` text wrapped."""
        from vnreport.render.text import outline  # the renderers import the model

        return outline(self, width=width, full=full)
