"""Building a model one of whose parts it refuses: that part left out, said so, and the
rest built.

The recognisers read what is printed; the model then checks it against the decree, and a
real file breaks a rule here and there (a last basis ending in ",", a "Căn cư" typo, a
numbered paragraph where a titled section must stand). One such part must not cost the
whole document: users import to get something to fix. :func:`build_leaving_out` builds
the model, and when the model names a part of one of its lists
(``Decision.legal_bases[6]``, ``Report.sections[2].title``) it leaves that item out —
or, for a last basis whose only fault is its final mark, ends it with "." — reports it
with its ¶ index or line and text, and builds again. A refusal of anything else (the
date, the issuer) is raised to the caller, which reports it.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from typing import Any, TypeVar

from vnreport.errors import FieldError
from vnreport.importing.lines import Line
from vnreport.importing.result import Unrecognised
from vnreport.model.inline import plain_text

__all__ = ["build_leaving_out", "printed_where"]

T = TypeVar("T")

# "Decision.legal_bases[6]…", "Report.sections[2].title": the list and the item.
_PART = re.compile(r"^\w+\.(?P<name>\w+)\[(?P<index>\d+)\]")
_LAST_MARK = re.compile(r"[,;:]$")
_NUMBERS = re.compile(r"\d+")


def build_leaving_out(
    build: Callable[..., T],
    parts: dict[str, Any],
    lines: Sequence[Line],
    unrecognised: list[Unrecognised],
) -> T:
    """``build(**parts)``, each part of a list the model refuses left out (or its last
    basis' final mark made ".") and reported; a refusal of anything else is raised."""
    parts = dict(parts)
    budget = sum(len(value) for value in parts.values() if isinstance(value, list | tuple))
    # A rule about the last item of a list (a quyết định's last article names who
    # carries it out) is not that item's fault alone: when the new last one is refused
    # the same way, leaving items out cannot help, and the first refusal is raised.
    last_refused: tuple[str, str, FieldError, int] | None = None
    while True:
        try:
            return build(**parts)
        except FieldError as error:
            match = _PART.match(error.field)
            if match is None or budget <= 0:
                raise
            name = match.group("name")
            items = parts.get(name)
            if not isinstance(items, list | tuple):
                raise
            index = int(match.group("index"))
            if index >= len(items):
                raise
            if index == len(items) - 1:
                problem = _NUMBERS.sub("#", error.problem)
                if last_refused is not None and last_refused[:2] == (name, problem):
                    del unrecognised[last_refused[3] :]
                    raise last_refused[2] from None
                last_refused = (name, problem, error, len(unrecognised))
            budget -= 1
            items = list(items)
            text = _text_of(items[index])
            repaired = _repaired(name, index, items)
            if repaired is not None:
                items[index] = repaired
                outcome = f"its final mark made '.': {repaired[-40:]!r}"
            else:
                del items[index]
                outcome = "left out of the document"
            parts[name] = items
            unrecognised.append(_report(lines, text, f"{error.field}: {error.problem} — {outcome}"))


def _repaired(name: str, index: int, items: list[Any]) -> str | None:
    """The last legal basis ended with "." when it ends with "," ";" or ":" (Phụ lục I,
    II.6.a: the last basis ends with a full stop)."""
    if name != "legal_bases" or index != len(items) - 1:
        return None
    text = items[index]
    if not isinstance(text, str) or not _LAST_MARK.search(text.rstrip()):
        return None
    return text.rstrip()[:-1].rstrip() + "."


def _text_of(value: object) -> str:
    """The words a reader finds a part by: a section's title or first paragraph, an
    article's title or text, a paragraph's or a basis' text."""
    for name in ("title", "text"):
        text = getattr(value, name, None)
        if isinstance(text, str) and text:
            return text
    if isinstance(value, str):
        return value
    for block in getattr(value, "content", ()) or ():
        text = _text_of(block)
        if text:
            return text
    return ""


def _report(lines: Sequence[Line], text: str, reason: str) -> Unrecognised:
    line = printed_where(lines, text)
    where = (None, None) if line is None else line.where
    return Unrecognised(line=where[0], paragraph=where[1], text=_plain(text)[:80], reason=reason)


def printed_where(lines: Sequence[Line], text: str) -> Line | None:
    """The first line that prints ``text`` (its start, case aside: a heading printed in
    capitals comes back in sentence case)."""
    words = " ".join(_plain(text).split())[:40].casefold()
    if not words:
        return None
    return next((line for line in lines if words in line.text.casefold()), None)


def _plain(text: str) -> str:
    try:
        return plain_text(text)
    except ValueError:
        return text
