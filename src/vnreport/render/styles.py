"""Which style of the shipped templates prints which role or component.

This is the contract between the layout and the templates: the renderer writes a body
block's paragraph in the style of its role and a frame line in the style of its
component; the self-check of a render reads the same table backwards, to find each
component in the file without guessing (:data:`STYLE_COMPONENTS`).
"""

from __future__ import annotations

from types import MappingProxyType

from vnreport.model.outline import Role
from vnreport.rules import Component

__all__ = ["HEADING_STYLES", "LAST_BODY_STYLE", "ROLE_STYLES", "STYLE_COMPONENTS", "style_of"]

#: A body block's role → the style its paragraph is written in.
ROLE_STYLES = MappingProxyType(
    {
        Role.HEADING_1: "Heading1",
        Role.HEADING_2: "Heading2",
        Role.HEADING_3: "Heading3",
        Role.PARAGRAPH: "VNBody",
        Role.BULLET: "VNDash",
        Role.SUB_BULLET: "VNPlus",
        Role.ADDRESSEE: "VNAddressee",
        Role.ADDRESSEE_ITEM: "VNAddresseeItem",
        Role.AUTHORITY_LINE: "VNAuthority",
        Role.LEGAL_BASIS: "VNLegalBasis",
        Role.DECISION_WORD: "VNDecisionWord",
        Role.PART: "VNPart",
        Role.PART_TITLE: "VNPartTitle",
        Role.ARTICLE: "VNArticle",
        Role.NOTE: "VNNote",
    }
)
#: The last text paragraph of a body: it keeps with the signature below it.
LAST_BODY_STYLE = "VNBodyLast"
#: The styles of headings (mục, khoản, điểm with a title): not body text.
HEADING_STYLES = frozenset({"Heading1", "Heading2", "Heading3"})

#: A frame line's component → its style.
COMPONENT_STYLES = MappingProxyType(
    {
        Component.NATIONAL_NAME: "VNNationalName",
        Component.MOTTO: "VNMotto",
        Component.PARENT: "VNParent",
        Component.ISSUER: "VNIssuer",
        Component.NUMBER: "VNNumber",
        Component.PLACE_DATE: "VNPlaceDate",
        Component.SUBJECT_VV: "VNSubjectVV",
        Component.TYPE_NAME: "VNTypeName",
        Component.SUBJECT: "VNSubject",
        Component.STAMP: "VNStamp",
        Component.CIRCULATION: "VNCirculation",
        Component.RECIPIENTS_HEADING: "VNRecipientsHeading",
        Component.RECIPIENT: "VNRecipient",
        Component.SIGNATURE: "VNSignatureTitle",
        Component.SIGNER: "VNSignerName",
        Component.CONTACT: "VNContact",
        Component.APPENDIX: "VNAppendix",
        Component.APPENDIX_TITLE: "VNAppendixTitle",
        Component.APPENDIX_NOTE: "VNAppendixNote",
        Component.PAGE_NUMBER: "VNPageNumber",
    }
)

_ROLE_COMPONENTS = {
    Role.HEADING_1: Component.SECTION_HEADING,
    Role.HEADING_2: Component.SECTION_HEADING,
    Role.HEADING_3: Component.BODY,
    Role.PARAGRAPH: Component.BODY,
    Role.BULLET: Component.BODY,
    Role.SUB_BULLET: Component.BODY,
    Role.ADDRESSEE: Component.ADDRESSEE,
    Role.ADDRESSEE_ITEM: Component.ADDRESSEE,
    Role.AUTHORITY_LINE: Component.AUTHORITY_LINE,
    Role.LEGAL_BASIS: Component.LEGAL_BASIS,
    Role.DECISION_WORD: Component.DECISION_WORD,
    Role.PART: Component.PART,
    Role.PART_TITLE: Component.PART,
    Role.ARTICLE: Component.ARTICLE,
    Role.NOTE: Component.APPENDIX_NOTE,
}

#: Every style the renderer writes → the component its paragraphs are.
STYLE_COMPONENTS = MappingProxyType(
    {
        **{style: component for component, style in COMPONENT_STYLES.items()},
        **{ROLE_STYLES[role]: component for role, component in _ROLE_COMPONENTS.items()},
        LAST_BODY_STYLE: Component.BODY,
    }
)


def style_of(component: Component) -> str:
    """The style a frame line of ``component`` is written in."""
    return COMPONENT_STYLES[component]
