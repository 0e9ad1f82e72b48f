"""A giấy mời's body read back into :class:`~vnreport.model.invitation.Invitation`.

The body is printed as :attr:`Invitation.body <vnreport.model.invitation.Invitation.body>`
lays it out: "<issuer> trân trọng kính mời: X." (or the invitees as a dash list under
it), "Tới dự …", "Chủ trì: …", "Thời gian: 07 giờ 30 phút, ngày 29 tháng 6 năm 2021.",
"Địa điểm: …", then the notes. The labelled lines are read in any order; the paragraphs
after the last of them are the notes. The line of "kính mời" also gives the issuer's
name in normal case, which the header prints in capitals.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from vnreport.errors import FieldError
from vnreport.importing.body import join_cut_lines
from vnreport.importing.labelled import (
    after_label,
    listed_after,
    note,
    read_moment,
    unsentence,
    without_end_mark,
)
from vnreport.importing.lines import Line
from vnreport.importing.parts import Parts, refusal
from vnreport.importing.result import Unrecognised
from vnreport.model.body import Paragraph
from vnreport.model.document import Document
from vnreport.model.invitation import Invitation
from vnreport.rules import ND30

__all__ = ["build_invitation"]

_TEXTS = ND30.texts.meeting
_INVITE = re.compile(rf"^(?P<issuer>.*?)\s*\b{re.escape(_TEXTS.invite)}\b\s*:?\s*", re.IGNORECASE)
_ATTEND = re.compile(rf"^{re.escape(_TEXTS.attend)}\b\s*:?\s*", re.IGNORECASE)
_LABELS = {"chair": _TEXTS.chair, "time": _TEXTS.time, "place": _TEXTS.place}


def build_invitation(parts: Parts, unrecognised: list[Unrecognised]) -> Document | None:
    """The giấy mời ``parts`` hold, or ``None`` with the reasons in ``unrecognised``."""
    lines = join_cut_lines(parts.lines)
    if lines:
        lines[-1] = without_end_mark(lines[-1])
    start = next((i for i, line in enumerate(lines) if _INVITE.match(line.text)), None)
    if start is None:
        unrecognised.append(
            Unrecognised(
                reason=f"Invitation.invitees: the line '… {_TEXTS.invite}:' naming whom the "
                "giấy mời invites is not found"
            )
        )
        return None
    for line in lines[:start]:
        unrecognised.append(note(line, "a line of the giấy mời before '… trân trọng kính mời'"))
    match = _INVITE.match(lines[start].text)
    assert match is not None
    invitees, position = listed_after(lines[start].text[match.end() :], lines, start + 1)
    found, notes = _particulars(lines[position:], unrecognised)
    try:
        frame = parts.frame(name=match.group("issuer") or None)
        return Invitation(
            **frame,
            subject=parts.header.subject_text or "",
            invitees=invitees,
            meeting=_required(found, "meeting", _TEXTS.attend),
            chair=found.get("chair"),
            time=_moment(_required(found, "time", _TEXTS.time)),
            place=_required(found, "place", _TEXTS.place),
            notes=[Paragraph(text=line.markup) for line in notes],
        )
    except (FieldError, ValueError, TypeError) as error:
        unrecognised.append(refusal(error, parts.header))
        return None


def _particulars(
    lines: Sequence[Line], unrecognised: list[Unrecognised]
) -> tuple[dict[str, str], list[Line]]:
    """The labelled lines' texts by field, and the notes: the lines after the last."""
    found: dict[str, str] = {}
    last = -1
    for position, line in enumerate(lines):
        field, text = _labelled(line.text)
        if field is None:
            continue
        if field in found:
            unrecognised.append(note(line, f"a second '{_label_of(field)}' line"))
        else:
            found[field] = unsentence(text)
        for between in lines[last + 1 : position]:
            unrecognised.append(note(between, "a line among the meeting's particulars"))
        last = position
    return found, list(lines[last + 1 :])


def _labelled(text: str) -> tuple[str | None, str]:
    attend = _ATTEND.match(text)
    if attend is not None:
        return "meeting", text[attend.end() :]
    for field, label in _LABELS.items():
        rest = after_label(text, label)
        if rest is not None:
            return field, rest
    return None, text


def _label_of(field: str) -> str:
    return _TEXTS.attend if field == "meeting" else _LABELS[field]


def _required(found: dict[str, str], field: str, label: str) -> str:
    if field not in found:
        raise FieldError(f"Invitation.{field}", f"the line '{label} …' is not found")
    return found[field]


def _moment(text: str) -> object:
    moment = read_moment(text)
    if moment is None:
        raise FieldError(
            "Invitation.time",
            f"{text[:60]!r} does not print a time and a date "
            "('07 giờ 30 phút, ngày 29 tháng 6 năm 2021')",
        )
    return moment
