"""The rulebook: every fact of Nghị định 30/2020 that more than one layer needs, as data.

>>> from vnreport.rules import ND30, Component
>>> ND30.form(Component.TYPE_NAME).describe()
'13–14 pt, bold, upright, capitals, centred'
>>> ND30.texts.motto
'Độc lập - Tự do - Hạnh phúc'
"""

from vnreport.rules.book import (
    Align,
    AuthorityGrammar,
    AuthorityPrefix,
    Form,
    MeetingKind,
    MeetingTexts,
    PageRules,
    Rulebook,
    RuleLength,
    Sizes,
    Texts,
)
from vnreport.rules.components import Component
from vnreport.rules.nd30 import ND30

__all__ = [
    "ND30",
    "Align",
    "AuthorityGrammar",
    "AuthorityPrefix",
    "Component",
    "Form",
    "MeetingKind",
    "MeetingTexts",
    "PageRules",
    "RuleLength",
    "Rulebook",
    "Sizes",
    "Texts",
]
