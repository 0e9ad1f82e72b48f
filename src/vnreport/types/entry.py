"""What the rest of vnreport needs to know about one type of document."""

from __future__ import annotations

import unicodedata
from collections.abc import Callable, Mapping
from types import MappingProxyType
from typing import Any

import attrs

from vnreport.layout.page import Page
from vnreport.model.document import Document

__all__ = ["TypeEntry", "slug"]


def _frozen(value: Mapping[str, str]) -> Mapping[str, str]:
    return MappingProxyType(dict(value))


@attrs.frozen(kw_only=True)
class TypeEntry:
    """A type of document: its model class, how a page of it is laid out, the template it
    is rendered with, the starter data file of ``vnreport new`` and the Vietnamese terms
    of its own fields (for the JSON Schema and docs/data-files.md).

    The renderer, the data-file format, the schema, the command line and the docs all read
    the registry (:data:`vnreport.types.REGISTRY`); a new type is a model class and an
    entry.
    """

    #: The value of ``doc_type`` in a data file, and the name of ``vnreport new KEY``.
    key: str
    model: type[Document]
    lay_out: Callable[[Any], Page] = attrs.field(repr=False)
    #: The shipped template it renders with (templates/<template>.docx).
    template: str = "van-ban"
    #: A complete, commented, valid YAML data file to start from.
    starter: str = attrs.field(repr=False)
    #: The model class's own fields → "Vietnamese term — what it holds".
    terms: Mapping[str, str] = attrs.field(factory=dict, converter=_frozen, repr=False)
    #: The sample of Phụ lục III the layout follows ("Mẫu 1.4").
    sample: str = "Mẫu 1.4"

    @property
    def title(self) -> str:
        """The type's Vietnamese name ("Báo cáo")."""
        return self.model.DOC_TYPE.title


def slug(title: str) -> str:
    """The key of a type named ``title``: its words without tone marks, joined by "-".

    >>> slug("Báo cáo"), slug("Đề án"), slug("Bản thỏa thuận")
    ('bao-cao', 'de-an', 'ban-thoa-thuan')
    """
    folded = unicodedata.normalize("NFD", title.lower().replace("đ", "d"))
    letters = "".join(char for char in folded if unicodedata.category(char) != "Mn")
    return "-".join(letters.split())
