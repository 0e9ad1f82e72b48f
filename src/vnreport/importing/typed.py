"""The types whose body has a shape of its own, and the builder that reads each.

A báo cáo, a kế hoạch, a tờ trình … (the narrative types) are built by
:mod:`vnreport.importing.assemble` itself; a công văn, a giấy mời and a biên bản by the
builders here, which get the body's lines and the parts every document shares
(:class:`~vnreport.importing.parts.Parts`).
"""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType

from vnreport.importing.invitations import build_invitation
from vnreport.importing.letters import build_letter
from vnreport.importing.minutes import build_minutes
from vnreport.importing.parts import Builder
from vnreport.rules.doctypes import DocumentType

__all__ = ["BUILDERS"]

#: The builder of each type read here.
BUILDERS: Mapping[DocumentType, Builder] = MappingProxyType(
    {
        DocumentType.OFFICIAL_LETTER: build_letter,
        DocumentType.INVITATION: build_invitation,
        DocumentType.MINUTES: build_minutes,
    }
)
