"""Inline emphasis inside a paragraph: ``*italic*``, ``**bold**``, ``***both***``.

Reports italicise asides such as "(*khiếu nại 02 đơn, tố cáo 02 đơn*)" and occasionally
bold a phrase. The author marks them as in Markdown; ``\\*`` is a literal asterisk, and so
are the footnote marks of real reports, "(*)", "(**)", which stand in brackets of their own.
Markers toggle: the text between an opening and the matching closing marker takes the
style, and a marker left open is an error rather than a guess.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

import attrs

__all__ = ["Run", "emphasis_markup", "parse_emphasis", "plain_text"]


@attrs.frozen
class Run:
    """A stretch of text in one style (a Word run)."""

    text: str
    bold: bool = False
    italic: bool = False


_TOKEN = re.compile(r"\\\*|\*+")


def parse_emphasis(markup: str) -> tuple[Run, ...]:
    """Split marked-up text into runs; raise ValueError on a marker left open.

    >>> for run in parse_emphasis("trong đó (*khiếu nại 02 đơn*)."):
    ...     print(repr(run.text), run.italic)
    'trong đó (' False
    'khiếu nại 02 đơn' True
    ').' False
    >>> parse_emphasis("**Điều 1.** Ban")
    (Run(text='Điều 1.', bold=True, italic=False), Run(text=' Ban', bold=False, italic=False))
    >>> parse_emphasis("5 \\\\* 3")
    (Run(text='5 * 3', bold=False, italic=False),)
    >>> parse_emphasis("Tổng số (*) là 5")
    (Run(text='Tổng số (*) là 5', bold=False, italic=False),)
    >>> parse_emphasis("*không đóng")
    Traceback (most recent call last):
    ...
    ValueError: emphasis opened with '*' at position 0 is never closed (write \\* for a ...
    """
    runs: list[Run] = []
    bold = italic = False
    opened: dict[str, int] = {}
    buffer: list[str] = []
    position = 0

    def flush() -> None:
        text = "".join(buffer)
        buffer.clear()
        if not text:
            return
        if runs and (runs[-1].bold, runs[-1].italic) == (bold, italic):
            runs[-1] = Run(runs[-1].text + text, bold, italic)
        else:
            runs.append(Run(text, bold, italic))

    for match in _TOKEN.finditer(markup):
        buffer.append(markup[position : match.start()])
        position = match.end()
        token = match.group()
        if token == "\\*":
            buffer.append("*")
            continue
        if markup[match.start() - 1 : match.start()] == "(" and markup[match.end() :][:1] == ")":
            buffer.append(token)  # a footnote mark, "(*)"
            continue
        if len(token) > 3:
            raise ValueError(
                f"{len(token)} asterisks at position {match.start()}: use * for italic, "
                "** for bold, *** for both, \\* for a literal asterisk"
            )
        flush()
        if len(token) in (2, 3):
            bold = not bold
            _track(opened, "**", bold, match.start())
        if len(token) in (1, 3):
            italic = not italic
            _track(opened, "*", italic, match.start())
    buffer.append(markup[position:])
    flush()
    if opened:
        marker, start = min(opened.items(), key=lambda item: item[1])
        context = markup[max(0, start - 20) : start + 20]
        raise ValueError(
            f"emphasis opened with {marker!r} at position {start} is never closed (write \\* "
            f"for a literal asterisk): «{context}»"
        )
    return tuple(runs)


def _track(opened: dict[str, int], marker: str, now_on: bool, position: int) -> None:
    if now_on:
        opened[marker] = position
    else:
        opened.pop(marker, None)


def plain_text(markup: str) -> str:
    """The text without its emphasis markers.

    >>> plain_text("trong đó (*khiếu nại 02 đơn*)")
    'trong đó (khiếu nại 02 đơn)'
    """
    return "".join(run.text for run in parse_emphasis(markup))


def emphasis_markup(runs: Iterable[Run]) -> str:
    """The markup :func:`parse_emphasis` reads back as ``runs``: the inverse, balanced
    whatever the runs' boundaries.

    Markers hug the words (spaces stay outside them), a style that goes on across
    several runs is opened once, and a literal asterisk is escaped.

    >>> emphasis_markup([Run("Nơi nhận", bold=True, italic=True), Run(":", bold=True)])
    '***Nơi nhận*:**'
    >>> emphasis_markup([Run("Điều 1. ", bold=True), Run("Ban hành "), Run("5 * 3")])
    '**Điều 1.** Ban hành 5 \\\\* 3'
    >>> parse_emphasis(emphasis_markup([Run("a ", bold=True), Run("b", bold=True)]))
    (Run(text='a b', bold=True, italic=False),)
    """
    pieces: list[str] = []
    bold = italic = False
    pending = ""  # spaces not yet written: a marker that closes goes before them
    for run in runs:
        for word in _WORDS.findall(run.text.replace("*", "\\*")):
            if word.isspace():
                pending += word
                continue
            closing = _marker(bold and not run.bold, italic and not run.italic)
            opening = _marker(run.bold and not bold, run.italic and not italic)
            pieces.extend((closing, pending, opening, word))
            pending = ""
            bold, italic = run.bold, run.italic
    pieces.extend((_marker(bold, italic), pending))
    return "".join(pieces)


_WORDS = re.compile(r"\s+|\S+")


def _marker(bold: bool, italic: bool) -> str:
    # One marker toggles both when both change: "***" is never followed by another.
    return ("**" if bold else "") + ("*" if italic else "")
