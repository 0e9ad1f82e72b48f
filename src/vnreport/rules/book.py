"""The shape of a rulebook: the facts of a decree that more than one layer needs, as data.

A :class:`Rulebook` holds the page, the font, the form of every component (the decree's
range and the value vnreport prints), the fixed texts, the lengths of the rules under the
header texts and the grammar of the signature's authority lines. The model, the layout,
the templates' build, the renderers, the checker and ``--fix`` all read one rulebook,
:data:`vnreport.rules.ND30`; none of them writes a decree fact of its own.

A second rulebook (the Party's Hướng dẫn 36, later) or an agency's stricter profile is a
new value, not a fork of the code::

    strict = attrs.evolve(ND30, forms=ND30.forms | {Component.BODY: ND30.form(Component.BODY)
                                                    .with_sizes(14, 14)})
"""

from __future__ import annotations

import enum
from collections.abc import Mapping
from types import MappingProxyType
from typing import Any

import attrs

from vnreport.rules.components import Component
from vnreport.rules.doctypes import DocumentType

__all__ = [
    "Align",
    "AuthorityGrammar",
    "AuthorityPrefix",
    "Form",
    "MeetingKind",
    "MeetingTexts",
    "PageRules",
    "RuleLength",
    "Rulebook",
    "Sizes",
    "Texts",
]


class Align(enum.Enum):
    """How a paragraph is aligned, in WordprocessingML's words."""

    CENTER = "center"
    JUSTIFY = "both"
    LEFT = "left"
    RIGHT = "right"

    @property
    def description(self) -> str:
        """The alignment as a finding says it: "centred", "justified" …"""
        return {
            Align.CENTER: "centred",
            Align.JUSTIFY: "justified",
            Align.LEFT: "flush left",
            Align.RIGHT: "right",
        }[self]


def _frozen_mapping(value: Mapping[Any, Any]) -> Mapping[Any, Any]:
    return MappingProxyType(dict(value))


@attrs.frozen(kw_only=True)
class Sizes:
    """A size range in points, with the size vnreport prints within it."""

    low: float
    high: float
    printed: float

    def __attrs_post_init__(self) -> None:
        if not self.low <= self.printed <= self.high:
            raise ValueError(f"the printed size {self.printed} is outside {self.low}–{self.high}")

    def __contains__(self, size: object) -> bool:
        return isinstance(size, int | float) and self.low <= size <= self.high

    def describe(self) -> str:
        """ "13 pt" or "13–14 pt"."""
        return f"{self.low:g} pt" if self.low == self.high else f"{self.low:g}–{self.high:g} pt"


@attrs.frozen(kw_only=True)
class Form:
    """How a component looks: its sizes, weight, slant, case and alignment, and where the
    decree says so. ``None`` means the decree does not fix that property."""

    component: Component
    locator: str
    sizes: Sizes
    bold: bool | None = None
    italic: bool | None = None
    upper: bool | None = None
    align: Align | None = None

    def with_sizes(self, low: float, high: float, printed: float | None = None) -> Form:
        """The same form with another size range (an agency's stricter profile)."""
        chosen = printed if printed is not None else min(max(self.sizes.printed, low), high)
        return attrs.evolve(self, sizes=Sizes(low=low, high=high, printed=chosen))

    def describe(self) -> str:
        """ "13–14 pt, bold, upright, capitals, centred"; "lower case" where the decree
        wants the text "in thường" (not typed in capitals)."""
        parts = [self.sizes.describe()]
        if self.bold is not None:
            parts.append("bold" if self.bold else "not bold")
        if self.italic is not None:
            parts.append("italic" if self.italic else "upright")
        if self.upper is not None:
            parts.append("capitals" if self.upper else "lower case")
        if self.align is not None:
            parts.append(self.align.description)
        return ", ".join(parts)


@attrs.frozen(kw_only=True)
class PageRules:
    """Paper, orientation and margins (millimetres)."""

    locator: str
    paper: tuple[float, float]
    #: How far a page size may be off A4 and still be taken for it (Word rounds).
    tolerance: float
    #: Side → (lowest, highest, printed) in millimetres.
    margins: Mapping[str, tuple[float, float, float]] = attrs.field(converter=_frozen_mapping)
    margins_locator: str
    orientation_locator: str
    #: How far a margin may be outside its range and still be taken as in it: a setting
    #: made in inches (25.4 mm, 20.3 mm) differs by less than can be seen on the sheet.
    margin_tolerance: float = 0.0

    def margin_range(self, side: str) -> tuple[float, float]:
        low, high, _ = self.margins[side]
        return low, high

    def margin_range_of(self, side: str, *, landscape: bool) -> tuple[float, float]:
        """The range ``side`` of a page is held to. The decree states each side for the
        portrait sheet; which edge of a sheet turned landscape is bound (the left one,
        30–35 mm) depends on how it is turned, so there any side may be any of them."""
        if not landscape:
            return self.margin_range(side)
        lows, highs = zip(*(self.margin_range(each) for each in self.margins), strict=True)
        return min(lows), max(highs)

    def margin_accepted(self, side: str, value: float, *, landscape: bool) -> bool:
        """Whether a margin of ``value`` mm on ``side`` is taken as in its range."""
        low, high = self.margin_range_of(side, landscape=landscape)
        return low - self.margin_tolerance <= value <= high + self.margin_tolerance

    def printed_margin(self, side: str) -> float:
        return self.margins[side][2]


@attrs.frozen(kw_only=True)
class RuleLength:
    """A rule drawn under a text, as a fraction of the text's length: the decree's range,
    the fraction vnreport draws, and the range a checker accepts on a file laid out by
    another program (its measurement differs by a few per cent)."""

    locator: str
    low: float
    high: float
    printed: float
    accepted: tuple[float, float]

    def describe(self, text: str) -> str:
        if self.low == self.high == 1:
            return f"a rule as long as {text}"
        return f"a rule {_fraction(self.low)} to {_fraction(self.high)} as long as {text}"


def _fraction(value: float) -> str:
    for denominator in (2, 3, 4):
        if abs(value * denominator - round(value * denominator)) < 1e-9:
            return f"{round(value * denominator)}/{denominator}"
    return f"{value:g}"


class AuthorityPrefix(enum.Enum):
    """The prefixes of the authority lines above a signer's title (Điều 13)."""

    #: *thay mặt*: on behalf of a collective or a body; goes before its name.
    ON_BEHALF = "TM."
    #: *ký thay*: a deputy signs for the head; goes before the head's title.
    DEPUTY = "KT."
    #: *thừa lệnh*: by order of the head.
    BY_ORDER = "TL."
    #: *thừa ủy quyền*: by written authorisation; cannot be delegated again.
    AUTHORISED = "TUQ."


@attrs.frozen(kw_only=True)
class AuthorityGrammar:
    """Which authority lines may follow which (Điều 13), and why not."""

    locator: str
    #: The prefix before a line (``None`` at the top) → the prefixes that may follow it.
    may_follow: Mapping[AuthorityPrefix | None, frozenset[AuthorityPrefix]] = attrs.field(
        converter=_frozen_mapping
    )
    #: AuthorityPrefix → the rule that refuses it where it cannot come.
    why_not: Mapping[AuthorityPrefix, str] = attrs.field(converter=_frozen_mapping)
    #: The prefix a deputy signs with, and the one an acting head's title takes.
    deputy: AuthorityPrefix
    acting: str

    def follows(self, previous: AuthorityPrefix | None, prefix: AuthorityPrefix) -> bool:
        return prefix in self.may_follow[previous]


class MeetingKind(enum.Enum):
    """What a biên bản records: "Cuộc họp (hội nghị, hội thảo) kết thúc vào …" (Mẫu 1.9)."""

    MEETING = "Cuộc họp"
    CONFERENCE = "Hội nghị"
    WORKSHOP = "Hội thảo"


@attrs.frozen(kw_only=True)
class MeetingTexts:
    """The fixed texts of a meeting's documents: the giấy mời that calls it (Mẫu 1.7) and
    the biên bản that records it (Mẫu 1.9). Labels are printed followed by ": "."""

    #: "<issuer> trân trọng kính mời: …"
    invite: str
    #: "Tới dự <the meeting>".
    attend: str
    #: Who presides, as the body names them ("Chủ trì: …").
    chair: str
    time: str
    place: str
    #: A biên bản's "Thời gian bắt đầu: …", "Thành phần tham dự: …", "Thư ký: …",
    #: "Nội dung:" and "<kind> kết thúc vào <time> cùng ngày".
    start: str
    attendees: str
    secretary: str
    content: str
    ended: str
    same_day: str
    #: The title over the chair's signature, right of the secretary's (Mẫu 1.9: CHỦ TỌA);
    #: the secretary's is :attr:`secretary`.
    presiding: str


@attrs.frozen(kw_only=True)
class Texts:
    """The fixed texts every document prints, as the decree writes them."""

    #: Quốc hiệu, in the spelling vnreport prints, and the spellings a file may use.
    national_name: str
    national_name_variants: tuple[str, ...]
    #: Tiêu ngữ: phrases joined by a hyphen with a space each side.
    motto: str
    number_label: str
    subject_prefix: str
    addressee_label: str
    recipients_label: str
    as_above: str
    as_article: str
    archive_label: str
    archive_office: str
    end_mark: str
    #: A giấy mời's and a biên bản's labels and titles.
    meeting: MeetingTexts
    decision_word: str
    #: What a nghị quyết says where a quyết định says "QUYẾT ĐỊNH:" (Mẫu 1.1).
    resolution_word: str
    appendix_label: str
    #: How the lines of the legal bases open ("Căn cứ …;"), and the last one, the proposal.
    legal_basis: str
    proposal: str
    #: A line of the bases weighing a request ("Xét đề nghị của …;"), before the proposal.
    review: str
    #: The word before an article's number ("Điều 1.") and a chapter's ("Chương I").
    article_label: str
    chapter_label: str
    #: What ties a text to the document it comes with: "(Kèm theo Quyết định số …)".
    enclosed: str
    #: The words of the article that names who carries a decision out ("… chịu trách
    #: nhiệm thi hành Quyết định này"), which "Như Điều …" in Nơi nhận refers to.
    execution_words: tuple[str, ...]


@attrs.frozen(kw_only=True)
class Rulebook:
    """Every fact of one decree that more than one layer needs."""

    name: str
    #: The decree as a finding's locator names it: "NĐ 30/2020".
    short_name: str
    page: PageRules
    font: str
    font_locator: str
    forms: Mapping[Component, Form] = attrs.field(converter=_frozen_mapping)
    texts: Texts
    rules: Mapping[Component, RuleLength] = attrs.field(converter=_frozen_mapping)
    authority: AuthorityGrammar
    #: First-line indent of body paragraphs (twips): (lowest, highest, printed).
    body_indent: tuple[int, int, int]
    #: Space between body paragraphs (twips): the least, and what vnreport prints before.
    body_spacing: tuple[int, int]
    #: Line spacing of body paragraphs, in lines: (lowest, highest, printed).
    body_line_spacing: tuple[float, float, float]
    #: Width × height (mm) of each urgency stamp's box, by its printed text.
    stamp_boxes: Mapping[str, tuple[int, int]] = attrs.field(converter=_frozen_mapping)
    #: The types always sent to named addressees under "Kính gửi:" (ô 9a), and where the
    #: decree says so.
    addressed: frozenset[DocumentType] = frozenset()
    addressed_locator: str = ""
    #: The types whose samples print no trích yếu under the type name (the text starts
    #: there), and where the decree shows it.
    without_subject: frozenset[DocumentType] = frozenset()
    without_subject_locator: str = ""

    def form(self, component: Component) -> Form:
        """The form of ``component``; a KeyError names one the rulebook does not know."""
        return self.forms[component]

    def locator(self, where: str) -> str:
        """A locator in the decree: "NĐ 30/2020, Phụ lục I, II.4"."""
        return f"{self.short_name}, {where}"
