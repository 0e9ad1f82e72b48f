"""What every administrative document shares (*thể thức chung*, Phụ lục I, II).

Each document type — báo cáo first, then kế hoạch, tờ trình, công văn, quyết định … —
is a small subclass of :class:`Document` that adds its own body; the header, the number,
the date line, the recipients, the signature and the marks are defined once, here.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING, Any, ClassVar

import attrs

from vnreport.formatting.text import upper_vi
from vnreport.model._fields import (
    as_int,
    check_optional_text,
    check_symbol_group,
    fail,
    instance_of,
    optional_instance_of,
    to_optional_text,
    to_tuple,
    tuple_of,
)
from vnreport.model.agency import Agency
from vnreport.model.appendix import Appendix, check_mentioned
from vnreport.model.dates import IssueDate, check_issue_date, to_issue_date
from vnreport.model.marks import Contact, DrafterMark, Secrecy, Urgency
from vnreport.model.number import DocumentNumber
from vnreport.model.outline import Block
from vnreport.model.recipients import Recipients, to_recipients
from vnreport.model.signature import Signature
from vnreport.rules.doctypes import DocumentType

if TYPE_CHECKING:
    import os
    from pathlib import Path

    from vnreport.limits import Limits
    from vnreport.pipeline import CheckMode
    from vnreport.render.images import PagePreview
    from vnreport.render.page import Margins

__all__ = ["Document"]


def _check_unit(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    check_optional_text(instance, attribute, value)
    if value is not None:
        check_symbol_group(instance, attribute, value)


def _check_number(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    if value is None:
        return
    if isinstance(value, bool) or not isinstance(value, int) or value < 1:
        raise fail(
            instance,
            attribute,
            "must be a positive whole number, or None (null in a data file) for a draft "
            "numbered at registration; "
            f"got {value!r}",
        )


@attrs.frozen(kw_only=True, repr=False)
class Document:
    """The parts every administrative document has.

    ``issuer`` — the issuing agency (*cơ quan ban hành*); ``date`` — the date of signing
    (*ngày ban hành*), an ISO string, a :class:`datetime.date` or an :class:`IssueDate`,
    "YYYY-MM" for a draft whose day is filled in after signing ("YYYY" when the month is
    blank too); ``number`` — the number in
    the year's series (*số*), ``None`` for a draft; ``symbol_unit`` — the drafting unit
    added to the symbol, as công văn do ("UBND-VP"); ``recipients`` — *nơi nhận*;
    ``signature`` — *chữ ký*; and the optional marks: ``secrecy`` (*độ mật*),
    ``urgency`` (*độ khẩn*), ``circulation`` (*phạm vi lưu hành*, "Lưu hành nội bộ"),
    ``drafter`` (*ký hiệu người đánh máy, số lượng bản*), ``contact`` (*thông tin liên hệ*);
    ``appendices`` — *phụ lục*, printed after the signature, each mentioned in the body.

    Every document renders the same way: :meth:`render` gives the .docx bytes, :meth:`save`
    writes them, :meth:`outline` shows the text; each type lays out its own body.
    """

    DOC_TYPE: ClassVar[DocumentType]

    issuer: Agency = attrs.field(validator=instance_of(Agency))
    date: IssueDate = attrs.field(converter=to_issue_date, validator=check_issue_date)
    signature: Signature = attrs.field(validator=instance_of(Signature))
    number: int | None = attrs.field(default=None, converter=as_int, validator=_check_number)
    symbol_unit: str | None = attrs.field(
        default=None, converter=to_optional_text, validator=_check_unit
    )
    recipients: Recipients = attrs.field(
        factory=Recipients, converter=to_recipients, validator=instance_of(Recipients)
    )
    secrecy: Secrecy | None = attrs.field(default=None, validator=optional_instance_of(Secrecy))
    urgency: Urgency | None = attrs.field(default=None, validator=optional_instance_of(Urgency))
    circulation: str | None = attrs.field(
        default=None, converter=to_optional_text, validator=check_optional_text
    )
    drafter: DrafterMark | None = attrs.field(
        default=None, validator=optional_instance_of(DrafterMark)
    )
    contact: Contact | None = attrs.field(default=None, validator=optional_instance_of(Contact))
    appendices: tuple[Appendix, ...] = attrs.field(
        default=(), converter=to_tuple, validator=tuple_of(Appendix, noun="an Appendix")
    )

    def __attrs_post_init__(self) -> None:
        # Every part printed from more than one field is built now, so that a document that
        # constructs (and a data file that validates) also renders.
        self.document_number  # noqa: B018
        body = self.body
        if self.appendices:
            text = " ".join(block.text for block in body)
            check_mentioned(type(self).__name__, self.appendices, text)

    @property
    def body(self) -> tuple[Block, ...]:
        """The body laid out in labelled blocks; each type of document lays out its own."""
        raise NotImplementedError(f"{type(self).__name__} does not lay out a body")

    def render(
        self,
        *,
        template: str | os.PathLike[str] | None = None,
        margins: Margins | None = None,
        check: CheckMode = "strict",
        limits: Limits | None = None,
    ) -> bytes:
        """The document as a Word file (.docx bytes).

        ``template`` is a docxtpl template to use instead of the shipped one (its variables
        are listed in docs/templates.md); ``margins`` replaces the template's page margins
        within the decree's ranges. The result is checked against the decree: ``check``
        is "strict" (an error raises ConformanceError), "warn" or "off" (docs/checker.md).
        A template is untrusted: it runs sandboxed within ``limits`` (docs/security.md).
        The same document gives byte-identical files.
        """
        from vnreport.pipeline import render  # the pipeline imports the model

        return render(self, template=template, margins=margins, check=check, limits=limits)

    def save(
        self,
        path: str | os.PathLike[str],
        *,
        template: str | os.PathLike[str] | None = None,
        margins: Margins | None = None,
        check: CheckMode = "strict",
        limits: Limits | None = None,
    ) -> Path:
        """Write the document to ``path`` as .docx, atomically: on any error (a failed
        conformance check included) no file is left behind and an existing file is
        untouched. Returns the path written."""
        from vnreport.pipeline import save

        return save(self, path, template=template, margins=margins, check=check, limits=limits)

    def save_pdf(
        self,
        path: str | os.PathLike[str],
        *,
        pdfa: bool = False,
        timeout: float | None = None,
        replace: bool = True,
        template: str | os.PathLike[str] | None = None,
        margins: Margins | None = None,
        check: CheckMode = "strict",
        limits: Limits | None = None,
    ) -> Path:
        """Write the document to ``path`` as PDF, printed by LibreOffice (docs/pdf.md).

        The .docx is rendered and checked first, exactly as by :meth:`save` (the same
        ``template``, ``margins``, ``check`` and ``limits``), then converted headless
        with a profile of its own; ``pdfa`` asks for PDF/A-2b. ``timeout`` (seconds)
        bounds LibreOffice's run, which is killed past it. The PDF is written
        atomically: on any error nothing is left and an existing file is untouched;
        ``replace=False`` refuses an existing ``path``
        (:class:`~vnreport.errors.OutputExistsError`). A missing LibreOffice raises
        :class:`~vnreport.errors.ConversionError` naming the command that installs it;
        a missing Times New Roman warns (:class:`~vnreport.errors.ConversionWarning`).
        To convert many documents in one LibreOffice run, use
        :func:`vnreport.save_pdfs`. Returns the path written.
        """
        from vnreport.pipeline import save_pdf

        return save_pdf(
            self,
            path,
            pdfa=pdfa,
            timeout=timeout,
            replace=replace,
            template=template,
            margins=margins,
            check=check,
            limits=limits,
        )

    def outline(self, *, width: int = 100, full: bool = False) -> str:
        """The document as plain text: one line per block, or the ``full`` text wrapped."""
        from vnreport.pipeline import outline

        return outline(self, width=width, full=full)

    def preview(
        self,
        pages: int | Iterable[int] | None = None,
        *,
        dpi: int = 96,
        timeout: float = 120,
    ) -> PagePreview:
        """The printed pages as PNG images: the .docx rendered, converted by headless
        LibreOffice and rasterised by poppler's pdftoppm at ``dpi``. ``pages`` picks
        pages by number (1 is the first; an int or several), all of them by default.
        In Jupyter the result shows the pages. A clear error says what to install when
        LibreOffice or poppler is missing (docs/preview.md)."""
        from vnreport.pipeline import preview

        return preview(self, pages=pages, dpi=dpi, timeout=timeout)

    def _repr_html_(self) -> str:
        """The document as its printed sheets look, for Jupyter (docs/preview.md)."""
        from vnreport.pipeline import preview_html

        return preview_html(self)

    def __repr__(self) -> str:
        # The attrs repr of a report runs to thousands of characters; a notebook or a
        # traceback wants to know which document this is.
        subject = getattr(self, "subject", None)  # every registered type has one
        about = "" if not isinstance(subject, str) else f" {_shorten(subject)!r}"
        blocks = self.body
        tables = sum(1 for block in blocks if block.table is not None)
        counts = [_count(len(blocks) - tables, "paragraph"), _count(tables, "table")]
        if self.appendices:
            counts.append(_count(len(self.appendices), "appendix", "appendices"))
        number = " ".join(self.number_line.split())
        draft = " (draft)" if self.is_draft else ""
        shown = ", ".join(count for count in counts if count)
        return f"<{type(self).__name__}{about} {number}{draft}, {shown}>"

    @property
    def recipients_lead(self) -> str | None:
        """The first item of Nơi nhận that stands for those the text names: "Như trên" for
        a document with a "Kính gửi", "Như Điều 3" for a quyết định; ``None`` by default."""
        return None

    @property
    def recipient_lines(self) -> tuple[str, ...]:
        """The items under "Nơi nhận:", the lead first, the filing line last (with the
        drafter's mark, ô 12)."""
        trailer = None if self.drafter is None else str(self.drafter)
        return self.recipients.lines(lead=self.recipients_lead, trailer=trailer)

    @property
    def doc_type(self) -> DocumentType:
        """The type of the document (*loại văn bản*)."""
        return self.DOC_TYPE

    @property
    def document_number(self) -> DocumentNumber:
        """The number and symbol (*số, ký hiệu*): ``05/BC-UBND``."""
        return DocumentNumber.issued(
            self.number, self.doc_type, self.issuer.abbreviation, self.symbol_unit
        )

    @property
    def number_line(self) -> str:
        """The "Số:" line (ô 3): "Số: 05/BC-UBND", or "Số:     /BC-UBND" for a draft."""
        return self.document_number.line

    @property
    def place_date_line(self) -> str:
        """The place-and-date line (ô 4): "Tuần Giáo, ngày 05 tháng 02 năm 2021"."""
        return f"{self.issuer.place}, {self.date}"

    @property
    def is_draft(self) -> bool:
        """Whether the number or the day is still to be filled in at registration."""
        return self.number is None or self.date.is_draft

    @property
    def circulation_stamp(self) -> str | None:
        """The circulation note as printed, in capitals ("LƯU HÀNH NỘI BỘ")."""
        return None if self.circulation is None else upper_vi(self.circulation)


def _shorten(text: str, limit: int = 60) -> str:
    """``text`` cut at a word before ``limit`` characters, with "…"."""
    if len(text) <= limit:
        return text
    return text[: limit - 1].rsplit(" ", 1)[0].rstrip(" ,;:") + "…"


def _count(count: int, noun: str, plural: str | None = None) -> str:
    if not count and noun != "paragraph":
        return ""
    return f"{count} {noun if count == 1 else plural or noun + 's'}"
