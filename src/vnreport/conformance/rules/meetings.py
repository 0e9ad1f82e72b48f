"""The documents of a meeting: the giấy mời (Phụ lục III, Mẫu 1.7) and the biên bản (Mẫu
1.9). Each rule applies to the type recognised from the type name, or from the number's
symbol when the type name is not found (GM, BB)."""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence

from vnreport.conformance.anatomy import Span
from vnreport.conformance.findings import Severity
from vnreport.conformance.inspection import Inspection, shown
from vnreport.conformance.rules.base import Outcome, Rule, rule
from vnreport.formatting.dates import format_time
from vnreport.formatting.text import nfc, upper_vi
from vnreport.ooxml.document import ParagraphView
from vnreport.rules import ND30, MeetingKind
from vnreport.rules.doctypes import DocumentType

__all__ = ["MEETING_RULES"]

_TEXTS = ND30.texts.meeting
_INVITATION = ND30.locator("Phụ lục III, Mẫu 1.7")
_MINUTES = ND30.locator("Phụ lục III, Mẫu 1.9")
_SECRETARY = upper_vi(_TEXTS.secretary)
_CHAIR = upper_vi(_TEXTS.presiding)
# Over the right signature: the sample's CHỦ TỌA, or the chủ trì the body names.
_CHAIR_TITLES = frozenset({_CHAIR, upper_vi(_TEXTS.chair)})
# A line's label may follow its own number or dash: "1. Thời gian: …", "- Địa điểm: …".
# (Spaces are read once: the second run only follows a mark.)
_LEAD = r"^\s*(?:(?:[-–+•]|\d{1,2}[.)]|[a-zđ]\))\s*)?"


def _folded(text: str) -> str:
    # Capitals in either tone placement: "Chủ toạ" is "CHỦ TỌA".
    return " ".join(nfc(text).upper().replace("OẠ", "ỌA").split())


def _label(*words: str) -> re.Pattern[str]:
    """A line opening with one of ``words``, matched on :func:`_folded` text."""
    labels = "|".join(re.escape(_folded(word)) for word in words)
    return re.compile(_LEAD + f"(?:{labels})" + r"\b", re.IGNORECASE)


# "kính mời", with or without the courtesy "trân trọng" before it.
_INVITE = _folded(" ".join(_TEXTS.invite.split()[-2:]))


def _body(inspection: Inspection) -> list[ParagraphView]:
    return [p for p in inspection.anatomy.body if p.plain]


def _missing(
    paragraphs: Sequence[ParagraphView], wanted: Sequence[tuple[str, re.Pattern[str]]]
) -> list[str]:
    lines = [_folded(p.plain) for p in paragraphs]
    return [name for name, pattern in wanted if not any(pattern.match(line) for line in lines)]


_INVITATION_LINES = (
    (f'"{_TEXTS.time}: …"', _label(_TEXTS.time)),
    (f'"{_TEXTS.place}: …"', _label(_TEXTS.place)),
)


@rule(
    "invitation.particulars",
    _INVITATION,
    "body",
    f'A giấy mời says whom it invites ("… {_TEXTS.invite}: …"), when ("{_TEXTS.time}: …") '
    f'and where ("{_TEXTS.place}: …") the meeting is.',
    f'A giấy mời without its "{_TEXTS.place}:" line.',
    severity=Severity.WARNING,
)
def invitation_particulars(self: Rule, inspection: Inspection) -> Iterator[Outcome]:
    if inspection.anatomy.doc_type is not DocumentType.INVITATION:
        return
    paragraphs = _body(inspection)
    if not any(_INVITE in _folded(p.plain) for p in paragraphs):
        where = paragraphs[0] if paragraphs else inspection.anatomy.type_name
        yield self.finding(where, f'no "{_INVITE.lower()}"', f'"… {_TEXTS.invite}: <invitees>"')
    yield from _missing_lines(self, inspection, paragraphs, _INVITATION_LINES)


def _missing_lines(
    rule: Rule,
    inspection: Inspection,
    paragraphs: Sequence[ParagraphView],
    lines: Sequence[tuple[str, re.Pattern[str]]],
) -> Iterator[Outcome]:
    """One finding, at the top of the body, for each labelled line the body lacks."""
    where = paragraphs[0] if paragraphs else inspection.anatomy.type_name
    for name in _missing(paragraphs, lines):
        yield rule.finding(where, f"no {name} line", f"{name} in the body")


_MINUTES_LINES = (
    (f'"{_TEXTS.start}: …"', _label(_TEXTS.time)),
    (f'"{_TEXTS.place}: …"', _label(_TEXTS.place)),
    (f'"{_TEXTS.chair}: …"', _label(_TEXTS.chair, _TEXTS.presiding)),
    (f'"{_TEXTS.secretary}: …"', _label(_TEXTS.secretary)),
)


@rule(
    "minutes.particulars",
    _MINUTES,
    "body",
    f'A biên bản records when the meeting began ("{_TEXTS.start}: …"), where '
    f'("{_TEXTS.place}: …"), who chaired it ("{_TEXTS.chair}: …") and who took the minutes '
    f'("{_TEXTS.secretary}: …").',
    f'A biên bản without its "{_TEXTS.secretary}:" line.',
    severity=Severity.WARNING,
)
def minutes_particulars(self: Rule, inspection: Inspection) -> Iterator[Outcome]:
    if inspection.anatomy.doc_type is not DocumentType.MINUTES:
        return
    yield from _missing_lines(self, inspection, _body(inspection), _MINUTES_LINES)


# "… kết thúc vào 11 giờ 30 phút …": the hour's word as the time is printed (a draft may
# leave the figures blank, "…. giờ ….").
_HOUR = format_time(0, 0).split()[1]
_HOUR_WORD = re.compile(rf"\b{re.escape(_folded(_HOUR))}\b")


def _says_when_it_ended(text: str) -> bool:
    # Found, then looked after once: linear however often the words repeat.
    folded = _folded(text)
    start = folded.find(_folded(_TEXTS.ended))
    return start >= 0 and _HOUR_WORD.search(folded, start) is not None


@rule(
    "minutes.closing",
    _MINUTES,
    "body",
    "The last paragraph of a biên bản says when the meeting ended: "
    f'"{MeetingKind.MEETING.value} {_TEXTS.ended} … {_HOUR} …, ngày … tháng … năm …" '
    f'("… {_TEXTS.same_day}" when it ended the day it began).',
    f'A biên bản whose last paragraph is its conclusion, without "{_TEXTS.ended} … {_HOUR}".',
    severity=Severity.WARNING,
)
def minutes_closing(self: Rule, inspection: Inspection) -> Iterator[Outcome]:
    if inspection.anatomy.doc_type is not DocumentType.MINUTES:
        return
    paragraphs = [p for p in _body(inspection) if not p.location.in_table]
    if not paragraphs:
        return
    last = paragraphs[-1]
    if not _says_when_it_ended(last.plain):
        yield self.finding(
            last,
            f"the body ends {shown(last.plain[-40:])}",
            f'"… {_TEXTS.ended} <giờ>, <ngày> …" last',
        )


@rule(
    "minutes.signatures",
    _MINUTES,
    "signature",
    f"A biên bản is signed twice, side by side: {_SECRETARY} on the left, {_CHAIR} on the "
    "right, each over the signer's name. A board's biên bản signed by each of its members, "
    f"with neither {_SECRETARY} nor {_CHAIR}, is not a meeting's and is not judged here.",
    f"A biên bản with one signature, or {_CHAIR} on the left of {_SECRETARY}.",
)
def minutes_signatures(self: Rule, inspection: Inspection) -> Iterator[Outcome]:
    anatomy = inspection.anatomy
    if anatomy.doc_type is not DocumentType.MINUTES:
        return
    blocks = [(lines, signer) for lines, signer in anatomy.signatures if lines or signer]
    expected = f"{_SECRETARY} on the left, {_CHAIR} on the right"
    titles = {_title(lines) for lines, _signer in blocks}
    if len(blocks) > 2 and not titles & {_SECRETARY, *_CHAIR_TITLES}:
        return  # a board's biên bản (thẩm định, kiểm tra), signed by each of its members
    if len(blocks) != 2:
        where = blocks[0][0][0] if blocks and blocks[0][0] else anatomy.recipients_heading
        yield self.finding(where, f"{len(blocks)} signature(s)", expected)
        return
    (left, _), (right, _) = blocks
    left_title, right_title = _title(left), _title(right)
    if left_title in _CHAIR_TITLES and right_title == _SECRETARY:
        yield self.finding(left[0], f"{left_title} left of {right_title}", expected)
        return
    if left_title != _SECRETARY:
        yield self.finding(left[0] if left else None, _shown_title(left_title), _SECRETARY)
    if right_title not in _CHAIR_TITLES:
        yield self.finding(right[0] if right else None, _shown_title(right_title), _CHAIR)
    if left and right and not _side_by_side(left[0], right[0]):
        yield self.finding(right[0], f"{right_title} under {left_title}", expected)


def _title(lines: tuple[Span, ...]) -> str | None:
    return _folded(lines[0].text) if lines else None


def _shown_title(title: str | None) -> str:
    return "no title over the name" if title is None else shown(title)


def _side_by_side(left: Span, right: Span) -> bool:
    """Whether the two titles stand in one table, the first in a column left of the other."""
    here, there = left.paragraph.location, right.paragraph.location
    if here.table is None or here.table != there.table:
        return here.table is None and left.paragraph is right.paragraph  # typed with tabs
    return here.cell is not None and there.cell is not None and here.cell < there.cell


MEETING_RULES: tuple[Rule, ...] = (
    invitation_particulars,
    minutes_particulars,
    minutes_closing,
    minutes_signatures,
)
