"""Reading back the labelled lines of a giấy mời and a biên bản, and their times.

Both print their particulars as short labelled sentences ("Địa điểm: Hội trường …."),
people on the line of their label or as a dash list under it, and times as "07 giờ 30
phút, ngày 29 tháng 6 năm 2021" (:mod:`vnreport.model.meeting`). What vnreport adds when
it prints them — the final ".", the dashes and ";" of a list, the "./." — is taken off
here, so that the model gets the author's text. A clerk's "7h30 ngày 29/6/2021" is read
too.
"""

from __future__ import annotations

import datetime
import re
from collections.abc import Sequence

from vnreport.formatting.lists import ELLIPSES, strip_item_punctuation
from vnreport.importing.lines import Line
from vnreport.importing.result import Unrecognised
from vnreport.rules import ND30

__all__ = [
    "after_label",
    "listed_after",
    "note",
    "read_moment",
    "read_time",
    "unsentence",
    "without_end_mark",
]

_END_MARK = ND30.texts.end_mark
_DASHED = re.compile(r"^[-–—+•]\s*(?=\S)")
# "07 giờ 30 phút", "7 giờ 30", "7h30", "07:30", "8 giờ"; the minutes may be left out.
_TIME = re.compile(
    r"(?P<hour>\d{1,2})\s*(?:giờ|h|:)\s*(?:(?P<minute>\d{1,2})\s*(?:phút|')?)?(?!\d)",
    re.IGNORECASE,
)
# "ngày 29 tháng 6 năm 2021", "ngày 29/6/2021", "29-06-2021".
_DATE = re.compile(
    r"(?:ngày\s*)?(?P<day>\d{1,2})\s*(?:tháng\s*|[/.\-]\s*)(?P<month>\d{1,2})"
    r"\s*(?:năm\s*|[/.\-]\s*)(?P<year>\d{4})",
    re.IGNORECASE,
)


def note(line: Line, reason: str) -> Unrecognised:
    """An item naming ``line`` where its source counts it."""
    where = line.where
    return Unrecognised(line=where[0], paragraph=where[1], text=line.text[:80], reason=reason)


def without_end_mark(line: Line) -> Line:
    """``line`` with the body's final "./." as the "." the model holds (it adds "/.")."""
    if not line.text.endswith(_END_MARK):
        return line
    text = line.text[: -len(_END_MARK)].rstrip() + "."
    markup = line.markup.rstrip()
    markup = markup[: -len(_END_MARK)].rstrip() + "." if markup.endswith(_END_MARK) else text
    return line.with_text(text, markup)


def unsentence(text: str) -> str:
    """The author's text of a printed sentence: its final "." taken off (an ellipsis,
    "?" and "!" are the author's and stay).

    >>> unsentence("Hội trường Ủy ban nhân dân huyện."), unsentence("Các xã, thị trấn…")
    ('Hội trường Ủy ban nhân dân huyện', 'Các xã, thị trấn…')
    """
    text = text.strip()
    if text.endswith(ELLIPSES):
        return text
    return text[:-1].rstrip() if text.endswith(".") else text


def after_label(text: str, label: str) -> str | None:
    """What follows ``label`` and its colon at the start of ``text`` (any case, a space
    before the colon or none), or ``None`` when ``text`` does not open with it.

    >>> after_label("Địa điểm : Hội trường.", "Địa điểm"), after_label("Địa bàn", "Địa điểm")
    ('Hội trường.', None)
    """
    match = re.match(rf"{re.escape(label)}\s*:\s*", text, re.IGNORECASE)
    return None if match is None else text[match.end() :].strip()


def listed_after(rest: str, lines: Sequence[Line], start: int) -> tuple[list[str], int]:
    """The people a label names: ``rest`` when it is on the label's line ("… kính mời:
    X."), else the dash items from ``lines[start]`` on; with where reading stopped."""
    if rest:
        return [unsentence(rest)], start
    items: list[str] = []
    position = start
    while position < len(lines) and _DASHED.match(lines[position].text):
        items.append(strip_item_punctuation(lines[position].text))
        position += 1
    return items, position


def read_moment(text: str) -> datetime.datetime | None:
    """The time and date ``text`` prints, or ``None`` when it prints no time or no date.

    >>> read_moment("07 giờ 30 phút, ngày 29 tháng 6 năm 2021")
    datetime.datetime(2021, 6, 29, 7, 30)
    >>> read_moment("Vào lúc 14h00, thứ Ba, ngày 29/6/2021")
    datetime.datetime(2021, 6, 29, 14, 0)
    """
    date = _DATE.search(text)
    if date is None:
        return None
    # The time is what is left when the date is taken out ("29/6" is not 29 giờ 6).
    time = _TIME.search(text[: date.start()] + " " + text[date.end() :])
    if time is None:
        return None
    try:
        return datetime.datetime(
            int(date.group("year")),
            int(date.group("month")),
            int(date.group("day")),
            int(time.group("hour")),
            int(time.group("minute") or 0),
        )
    except ValueError:
        return None


def read_time(text: str) -> tuple[int, int] | None:
    """The hour and minute ``text`` prints ("11 giờ 30 phút cùng ngày"), or ``None``."""
    time = _TIME.search(text)
    if time is None:
        return None
    hour, minute = int(time.group("hour")), int(time.group("minute") or 0)
    return (hour, minute) if hour < 24 and minute < 60 else None
