"""What an import gives back: the document, the fields as printed, what was not read.

An importer never guesses in silence. Whatever it could not place — a line it does not
recognise, a field the model refuses — is an :class:`Unrecognised` item naming where it
is (the line of a text, the ¶ index of a .docx, as the checker counts them) and why.
"""

from __future__ import annotations

import attrs

from vnreport.model.document import Document

__all__ = ["NOT_A_DOCUMENT", "Imported", "ImportedFields", "SignatureFields", "Unrecognised"]

#: The reason given when nothing of an administrative document was found.
NOT_A_DOCUMENT = "not a recognisable document"


@attrs.frozen(kw_only=True)
class Unrecognised:
    """A piece of the input the importer could not place, and why.

    ``line`` is 1-based in a text; ``paragraph`` is the ¶ index of a .docx (the checker's);
    both are ``None`` for what concerns the whole input.
    """

    line: int | None = None
    paragraph: int | None = None
    text: str = ""
    reason: str

    @property
    def where(self) -> str:
        """ "line 12", "¶12" or "" — how the command line names the place."""
        if self.line is not None:
            return f"line {self.line}"
        if self.paragraph is not None:
            return f"¶{self.paragraph}"
        return ""


@attrs.frozen(kw_only=True)
class SignatureFields:
    """One signature as printed: the authority lines ("TM. ỦY BAN NHÂN DÂN", "KT.CHỦ
    TỊCH"), a biên bản member's role above the office ("THÀNH VIÊN"), the title and the
    name; ``None`` where not printed."""

    authority: tuple[str, ...] = ()
    role: str | None = None
    title: str | None = None
    name: str | None = None


@attrs.frozen(kw_only=True)
class ImportedFields:
    """The header and footer fields as printed, whitespace collapsed, ``None`` when absent.

    ``date`` is ISO: "2021-02-05", "2021-06" when the day is blank, "2021" when day and
    month are. ``number`` is as printed ("09"), ``None`` when blank. ``signature_*`` are
    the main signature's (a biên bản's chair's); ``signatures`` lists every signature, left
    to right, when the document has several signers (a biên bản's), and is empty when it
    has one.
    """

    doc_type: str | None = None
    issuer: str | None = None
    parent_issuer: str | None = None
    number: str | None = None
    symbol: str | None = None
    place: str | None = None
    date: str | None = None
    subject: str | None = None
    kinh_gui: tuple[str, ...] = ()
    can_cu: tuple[str, ...] = ()
    headings: tuple[str, ...] = ()
    recipients: tuple[str, ...] = ()
    signature_authority: tuple[str, ...] = ()
    signature_title: str | None = None
    signature_name: str | None = None
    signatures: tuple[SignatureFields, ...] = ()


@attrs.frozen(kw_only=True)
class Imported:
    """The result of :func:`vnreport.read_text` or :func:`vnreport.read_docx`.

    ``document`` is a typed document (a :class:`~vnreport.Report`, a
    :class:`~vnreport.Decision` …) or ``None`` when the input is not a recognisable
    document or the model refused what was read (the reason is in ``unrecognised``).
    """

    document: Document | None
    unrecognised: tuple[Unrecognised, ...] = ()
    fields: ImportedFields = attrs.field(factory=ImportedFields)

    @property
    def recognised(self) -> bool:
        """Whether a document was built and every piece of the input was placed."""
        return self.document is not None and not self.unrecognised
