"""The importer's doors: :func:`read_text` and :func:`read_docx`."""

from __future__ import annotations

import os
from collections.abc import Callable

from vnreport.errors import PackageError
from vnreport.importing.assemble import assemble
from vnreport.importing.docxsource import docx_lines
from vnreport.importing.result import NOT_A_DOCUMENT, Imported, Unrecognised
from vnreport.importing.textinput import NotTextError, line_count, text_of
from vnreport.importing.textsource import text_lines
from vnreport.limits import Limits
from vnreport.rules.doctypes import DocumentType

__all__ = ["read_docx", "read_text"]


def _type_of(doc_type: DocumentType | str | None) -> DocumentType | None:
    if doc_type is None or isinstance(doc_type, DocumentType):
        return doc_type
    from vnreport.types import entry_named

    return entry_named(doc_type).model.DOC_TYPE


def read_text(
    source: str | bytes | os.PathLike[str],
    *,
    encoding: str | None = None,
    doc_type: DocumentType | str | None = None,
    limits: Limits | None = None,
) -> Imported:
    """Read a document typed or pasted as plain text into the typed model.

    ``source`` is the text (a str), or a file's bytes or path (a :class:`~pathlib.Path`),
    decoded in ``encoding`` or the one detected: UTF-8 with or without its byte order
    mark, UTF-16 (Notepad's "Unicode"), Windows-1258. ``doc_type`` (a
    :class:`DocumentType` or a data-file key, "bao-cao") says the type when the text does
    not print its type name. The text is measured against ``limits.package`` before it is
    read (its size, its lines as a .docx's paragraphs). Never raises on bad input: what is
    not recognised is in :attr:`Imported.unrecognised` (docs/importing.md).
    """
    package = (limits or Limits()).package
    try:
        text = text_of(source, encoding, package)
    except NotTextError as error:
        return _refused(str(error))
    if "\x00" in text or not text.strip():
        return _refused("the text is empty or binary")
    count = line_count(text)
    if count > package.max_paragraphs:
        return _refused(
            f"the text has {count} lines, more than limits.package.max_paragraphs "
            f"({package.max_paragraphs}) allows"
        )
    lines = text_lines(text)
    return _guarded(lambda: assemble(lines, doc_type=_type_of(doc_type)))


def read_docx(
    source: str | os.PathLike[str] | bytes,
    *,
    doc_type: DocumentType | str | None = None,
    limits: Limits | None = None,
) -> Imported:
    """Read a .docx (a path or its bytes) into the typed model, through the checker's
    defensive reader under ``limits.package``. A file that is not a Word document, or one
    past the limits, gives ``Imported(document=None, …)`` naming why, never an exception.
    """
    from vnreport.ooxml.document import WordDocument

    package_limits = (limits or Limits()).package
    try:
        document = WordDocument.open(source, package_limits)
        lines = docx_lines(document)
    except PackageError as error:
        return _refused(str(error))
    return _guarded(
        lambda: assemble(lines, doc_type=_type_of(doc_type), issuer_name=_creator(document))
    )


def _creator(document: object) -> str | None:
    """The issuer's name in normal case, from the core properties vnreport writes."""
    package = getattr(document, "package", None)
    try:
        root = package.xml("docProps/core.xml") if package is not None else None
    except PackageError:
        return None
    if root is None:
        return None
    for element in root.iter("{http://purl.org/dc/elements/1.1/}creator"):
        return (element.text or "").strip() or None
    return None


def _guarded(read: Callable[[], Imported]) -> Imported:
    """What the recognisers give; a model refusal they did not foresee becomes a result
    naming it, so that no input makes the importer raise."""
    try:
        return read()
    except (ValueError, TypeError) as error:  # FieldError is a ValueError
        return Imported(document=None, unrecognised=(Unrecognised(reason=str(error)),))


def _refused(why: str) -> Imported:
    return Imported(document=None, unrecognised=(Unrecognised(reason=f"{NOT_A_DOCUMENT}: {why}"),))
