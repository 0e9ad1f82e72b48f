"""The registry of document types: one entry a type, read by every layer above the model.

An entry (:class:`~vnreport.types.entry.TypeEntry`) names the type's model class, how a
page of it is laid out, its template, its starter data file and the terms of its own
fields. The pipeline renders any registered type; the data-file format, the JSON Schema,
``vnreport new`` and the docs list what is registered. docs/architecture.md shows how a
type is added.
"""

from __future__ import annotations

from vnreport.model.document import Document
from vnreport.model.narrative import NarrativeDocument
from vnreport.rules.doctypes import DocumentType
from vnreport.types.decision import DECISION_ENTRY
from vnreport.types.entry import TypeEntry, slug
from vnreport.types.invitation import INVITATION_ENTRY
from vnreport.types.minutes import MINUTES_ENTRY
from vnreport.types.narrative import GENERIC_ENTRIES, NARRATIVE_ENTRIES
from vnreport.types.official_letter import OFFICIAL_LETTER_ENTRY

__all__ = ["REGISTRY", "TypeEntry", "entry_for", "entry_named", "narrative_class", "slug"]

_REPORT = next(e for e in NARRATIVE_ENTRIES if e.model.DOC_TYPE is DocumentType.REPORT)
#: Every type vnreport renders: the commonest first (báo cáo, công văn, quyết định, tờ
#: trình …), then the other types of Điều 7.
REGISTRY: tuple[TypeEntry, ...] = (
    _REPORT,
    OFFICIAL_LETTER_ENTRY,
    DECISION_ENTRY,
    *(entry for entry in NARRATIVE_ENTRIES if entry is not _REPORT),
    INVITATION_ENTRY,
    MINUTES_ENTRY,
    *GENERIC_ENTRIES,
)

_BY_KEY = {entry.key: entry for entry in REGISTRY}
_BY_MODEL = {entry.model: entry for entry in REGISTRY}


def entry_named(key: str) -> TypeEntry:
    """The entry of the type ``key`` ("bao-cao"); a KeyError lists the keys."""
    try:
        return _BY_KEY[key]
    except KeyError:
        raise KeyError(f"{key!r} is not a type of document ({', '.join(_BY_KEY)})") from None


def entry_for(document: Document) -> TypeEntry:
    """The entry of ``document``'s type."""
    for cls in type(document).__mro__:
        entry = _BY_MODEL.get(cls)
        if entry is not None:
            return entry
    raise KeyError(f"{type(document).__name__} is not a registered type of document")


def narrative_class(doc_type: DocumentType | str) -> type[NarrativeDocument]:
    """The class of a type printed in the shape of Mẫu 1.4, by its :class:`DocumentType`
    or its ``doc_type`` key: :class:`~vnreport.Report` for a báo cáo, a class of its own
    for a quy chế, a đề án … A type with a layout of its own (a công văn, a quyết định, a
    giấy mời, a biên bản) is refused with the name of its class.

    >>> narrative_class("de-an").__name__, narrative_class(DocumentType.REPORT).__name__
    ('Scheme', 'Report')
    >>> narrative_class(DocumentType.DECISION)
    Traceback (most recent call last):
    ...
    ValueError: a quyết định has a layout of its own (Mẫu 1.2, 1.3): use vnreport.Decision
    """
    if isinstance(doc_type, str):
        entry = entry_named(doc_type)
    elif isinstance(doc_type, DocumentType):
        entry = next(item for item in REGISTRY if item.model.DOC_TYPE is doc_type)
    else:
        raise TypeError(
            f"doc_type must be a DocumentType or a key such as 'de-an', "
            f"got {type(doc_type).__name__}"
        )
    if not issubclass(entry.model, NarrativeDocument):
        raise ValueError(
            f"a {entry.model.DOC_TYPE.title.lower()} has a layout of its own "
            f"({entry.sample}): use vnreport.{entry.model.__name__}"
        )
    return entry.model
