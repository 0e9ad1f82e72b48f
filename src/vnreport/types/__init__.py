"""The registry of document types: one entry a type, read by every layer above the model.

An entry (:class:`~vnreport.types.entry.TypeEntry`) names the type's model class, how a
page of it is laid out, its template, its starter data file and the terms of its own
fields. The pipeline renders any registered type; the data-file format, the JSON Schema,
``vnreport new`` and the docs list what is registered. docs/architecture.md shows how a
type is added.
"""

from __future__ import annotations

from vnreport.model.document import Document
from vnreport.rules.doctypes import DocumentType
from vnreport.types.decision import DECISION_ENTRY
from vnreport.types.entry import TypeEntry, slug
from vnreport.types.invitation import INVITATION_ENTRY
from vnreport.types.minutes import MINUTES_ENTRY
from vnreport.types.narrative import GENERIC_ENTRIES, NARRATIVE_ENTRIES
from vnreport.types.official_letter import OFFICIAL_LETTER_ENTRY

__all__ = ["REGISTRY", "TypeEntry", "entry_for", "entry_named", "slug"]

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
