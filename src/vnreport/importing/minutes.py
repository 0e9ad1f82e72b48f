"""A biên bản's body read back into :class:`~vnreport.model.minutes.Minutes`.

The body is printed as :attr:`Minutes.body <vnreport.model.minutes.Minutes.body>` lays
it out: "Thời gian bắt đầu: …", "Địa điểm: …", "Thành phần tham dự:" (on its line or as
a dash list), "Chủ trì: Đồng chí Vừ A Bằng - Chủ tịch …", "Thư ký: …", "Nội dung:", the
content (read as a báo cáo's body is), and "Hội nghị kết thúc vào 11 giờ 30 phút cùng
ngày./.". The two signatures (THƯ KÝ on the left, CHỦ TỌA on the right) must name the
same people as the body.

A biên bản prints no date line. Its date is the day the meeting ended — it is signed
then — and its issuer's place (địa danh) is the one the issuer's name ends with ("…
huyện Tuần Giáo"); a name that ends with none (a "Sở Nội vụ") is reported.
"""

from __future__ import annotations

import datetime
import re
from collections.abc import Sequence

from vnreport.errors import FieldError
from vnreport.formatting.text import plain_letters
from vnreport.importing.body import build_sections, items_of, join_cut_lines
from vnreport.importing.casing import title_case
from vnreport.importing.footer import SignatureLines, read_footer
from vnreport.importing.labelled import (
    after_label,
    listed_after,
    note,
    read_moment,
    read_time,
    unsentence,
)
from vnreport.importing.lines import Line
from vnreport.importing.parts import Parts, refusal
from vnreport.importing.result import Unrecognised
from vnreport.model.body import Block
from vnreport.model.document import Document
from vnreport.model.minutes import MeetingKind, Minutes, Participant
from vnreport.rules import ND30

__all__ = ["build_minutes", "read_participant"]

_TEXTS = ND30.texts.meeting
_END_MARK = ND30.texts.end_mark
_LABELS = {
    "start": _TEXTS.start,
    "place": _TEXTS.place,
    "attendees": _TEXTS.attendees,
    "chair": _TEXTS.chair,
    "secretary": _TEXTS.secretary,
}
_KINDS = "|".join(re.escape(kind.value) for kind in MeetingKind)
_ENDED = re.compile(
    rf"^(?P<kind>{_KINDS})\s+kết\s+thúc\s+(?:vào\s+)?(?:lúc\s+)?(?P<when>.+?)\s*(?:\./\.|\.)?$",
    re.IGNORECASE,
)
_CONTENT = re.compile(rf"^{re.escape(_TEXTS.content)}\s*:\s*$", re.IGNORECASE)
# How the body names a person before their name (danh xưng), longest first.
_HONORIFICS = ("Đồng chí", "Đ/c", "Ông", "Bà", "Anh", "Chị")
# The name, then its title: "Vừ A Bằng - Chủ tịch …" (or a comma, as a hand writes it).
_TITLE_SEPARATOR = re.compile(r"\s+[-–]\s+|,\s+")
# The administrative units a name of a place follows ("… huyện Tuần Giáo").
_UNIT = re.compile(
    r"\b(?:tỉnh|thành phố|huyện|quận|thị xã|thị trấn|xã|phường)\s+(?P<place>[^,]+)$",
    re.IGNORECASE,
)


def build_minutes(parts: Parts, unrecognised: list[Unrecognised]) -> Document | None:
    """The biên bản ``parts`` hold, or ``None`` with the reasons in ``unrecognised``."""
    lines = list(parts.lines)
    ended = next((i for i in range(len(lines) - 1, -1, -1) if _ENDED.match(lines[i].text)), None)
    signatures = list(parts.footer.signatures)
    closing: Line | None = None
    if ended is not None:
        closing, after_at = _closing(lines, ended)
        # Signatures the footer's recogniser left in the body: THƯ KÝ, CHỦ TỌA and names.
        after = read_footer(lines[after_at:])
        signatures = [*after.signatures, *signatures]
        unrecognised.extend(
            note(line, "a line after the end of the biên bản") for line in after.other
        )
        lines = lines[:ended]
    lines = join_cut_lines(lines)
    found, content_at = _particulars(lines, unrecognised)
    content_lines = lines[content_at:]
    try:
        if closing is None:
            raise FieldError(
                "Minutes.end",
                f"the closing line '{MeetingKind.MEETING.value} {_TEXTS.ended} … giờ … phút "
                f"{_TEXTS.same_day}' is not found",
            )
        start = _moment(_required(found, "start"), "Minutes.start")
        kind, end = _end(closing.text, start)
        chair = read_participant(_required(found, "chair"))
        secretary = read_participant(_required(found, "secretary"))
        _check_signed(signatures, chair, secretary, unrecognised)
        content: list[Block] = []
        for group in build_sections(items_of(content_lines), unrecognised):
            content.extend(group)
        frame = parts.frame(place=_place(parts), date=end.date().isoformat(), signed=False)
        return Minutes(
            **frame,
            subject=parts.header.subject_text or "",
            kind=kind,
            start=start,
            end=end,
            place=_required(found, "place"),
            attendees=_attendees(found),
            chair=chair,
            secretary=secretary,
            content=content,
        )
    except (FieldError, ValueError, TypeError) as error:
        unrecognised.append(refusal(error, parts.header))
        return None


def _closing(lines: Sequence[Line], at: int) -> tuple[Line, int]:
    """The closing line at ``at`` with what a text wrapped of it, and where the lines
    after it start."""
    closing, after = lines[at], at + 1
    while (
        not closing.text.endswith(".")
        and after < len(lines)
        and lines[after].soft
        and lines[after].text[:1].islower()
    ):
        closing = closing.with_text(f"{closing.text} {lines[after].text}")
        after += 1
    return closing, after


def _particulars(
    lines: Sequence[Line], unrecognised: list[Unrecognised]
) -> tuple[dict[str, object], int]:
    """The labelled lines' texts by field, and where the content starts (after "Nội
    dung:", or after the last labelled line)."""
    found: dict[str, object] = {}
    position = 0
    while position < len(lines):
        line = lines[position]
        if _CONTENT.match(line.text):
            return found, position + 1
        field, rest = _labelled(line.text)
        if field is None:
            if len(found) == len(_LABELS):
                return found, position
            unrecognised.append(note(line, "a line among the meeting's particulars"))
            position += 1
            continue
        position += 1
        if field == "attendees":
            items, position = listed_after(rest, lines, position)
            found[field] = tuple(items)
        else:
            found[field] = unsentence(rest)
    return found, position


def _labelled(text: str) -> tuple[str | None, str]:
    for field, label in _LABELS.items():
        rest = after_label(text, label)
        if rest is not None:
            return field, rest
    return None, text


def _required(found: dict[str, object], field: str) -> str:
    value = found.get(field)
    if not isinstance(value, str):
        raise FieldError(f"Minutes.{field}", f"the line '{_LABELS[field]}: …' is not found")
    return value


def _attendees(found: dict[str, object]) -> tuple[str, ...]:
    value = found.get("attendees")
    if not isinstance(value, tuple):
        raise FieldError("Minutes.attendees", f"the line '{_TEXTS.attendees}: …' is not found")
    return tuple(str(item) for item in value)


def _moment(text: str, name: str) -> datetime.datetime:
    moment = read_moment(text)
    if moment is None:
        raise FieldError(
            name,
            f"{text[:60]!r} does not print a time and a date "
            "('07 giờ 30 phút, ngày 29 tháng 6 năm 2021')",
        )
    return moment


def _end(text: str, start: datetime.datetime) -> tuple[MeetingKind, datetime.datetime]:
    """The kind of meeting and when it ended, from its closing line."""
    match = _ENDED.match(text)
    assert match is not None
    kind = next(k for k in MeetingKind if k.value.casefold() == match.group("kind").casefold())
    when = match.group("when")
    moment = read_moment(when)
    if moment is not None:
        return kind, moment
    time = read_time(when)
    if time is None:
        raise FieldError(
            "Minutes.end", f"{text[:60]!r} does not print when the meeting ended (… giờ … phút)"
        )
    return kind, datetime.datetime.combine(start.date(), datetime.time(*time))


def read_participant(text: str) -> Participant:
    """A chair or a secretary as the body names them.

    >>> read_participant("Đồng chí Vừ A Bằng - Chủ tịch Ủy ban nhân dân huyện").line
    'Đồng chí Vừ A Bằng - Chủ tịch Ủy ban nhân dân huyện'
    """
    pieces = _TITLE_SEPARATOR.split(text.strip(), maxsplit=1)
    named, title = pieces[0], pieces[1] if len(pieces) > 1 else ""
    honorific = next(
        (word for word in _HONORIFICS if named.casefold().startswith(f"{word.casefold()} ")),
        None,
    )
    name = named[len(honorific) :].strip() if honorific is not None else named.strip()
    if honorific is not None:
        honorific = named[: len(honorific)]
    return Participant(name=name, title=title.strip() or None, honorific=honorific)


def _check_signed(
    signatures: Sequence[SignatureLines],
    chair: Participant,
    secretary: Participant,
    unrecognised: list[Unrecognised],
) -> None:
    """The names under THƯ KÝ and CHỦ TỌA are the body's secretary's and chair's."""
    for role, person in ((_TEXTS.presiding, chair), (_TEXTS.secretary, secretary)):
        stack = next((s for s in signatures if _role(s) == _key(role)), None)
        if stack is None or stack.name is None:
            unrecognised.append(
                Unrecognised(text=role.upper(), reason=f"the signature of the {role} is not found")
            )
        elif _key(stack.name.text) != _key(person.name):
            unrecognised.append(
                note(
                    stack.name,
                    f"the {role} signs as {stack.name.text!r}, the body names {person.name!r}",
                )
            )


def _role(stack: SignatureLines) -> str:
    return _key(" ".join(line.text for line in (*stack.authority, *stack.title)))


def _key(text: str) -> str:
    # "CHỦ TOẠ" and "Chủ tọa" are the same word, the tone mark placed two ways.
    return plain_letters(text).casefold()


def _place(parts: Parts) -> str:
    # vnreport's biên bản prints no date line, but many offices' do: its place is first.
    if parts.header.place:
        return parts.header.place
    printed = " ".join(line.text for line in parts.header.issuer)
    match = _UNIT.search(title_case(printed))
    if match is None:
        raise FieldError(
            "issuer.place",
            "a biên bản prints no date line, and the issuer's name ends with no place "
            f"(địa danh) to take it from: {printed!r}",
        )
    return match.group("place").strip()
