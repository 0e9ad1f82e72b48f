"""The header (ô 1–5): issuer and parent, Quốc hiệu and Tiêu ngữ, Số, the date line, the
type name and the subject, "V/v" of a công văn, the stamps.

It reads lines from either source. A two-column header comes as a table (each line in its
cell), as lines in reading order, interleaved line by line, or run together on one line
("…VIỆT NAMỦY BAN…", "Số: 12/UBND\\tTuần Giáo, ngày …"): every line is first cut into
its pieces, each piece then recognised by the checker's own patterns
(:mod:`vnreport.conformance.anatomy`), which know the motto's dashes, "HOÀ"/"HÒA" and
the draft's blank number.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

import attrs

from vnreport.conformance.anatomy import (
    ADDRESSEE,
    MOTTO,
    NUMBER,
    PLACE_DATE,
    RECIPIENTS,
    SUBJECT_VV,
    TypeName,
)
from vnreport.formatting.text import in_capitals, plain_letters
from vnreport.importing.lines import Line
from vnreport.importing.subject import read_subject, type_name_of
from vnreport.ooxml.document import normalize
from vnreport.rules import ND30

__all__ = ["Header", "read_header"]

_TEXTS = ND30.texts


# The national name and the motto, found anywhere in a line run together with another.
class _Folded:
    """A pattern matched on the text without its marks ("CỘNG HÕA" is a typed "CỘNG
    HÒA"): the national name is recognised whatever tone a hand put on its letters.
    Vietnamese letters in NFC fold one character to one, so spans hold for the text."""

    def __init__(self, text: str) -> None:
        words = plain_letters(text).split()
        self._pattern = re.compile(r"\s+".join(map(re.escape, words)), re.IGNORECASE)

    def _folded(self, text: str) -> str:
        folded = plain_letters(text)
        return folded if len(folded) == len(text) else text

    def search(self, text: str) -> re.Match[str] | None:
        return self._pattern.search(self._folded(text))

    def match(self, text: str) -> re.Match[str] | None:
        return self._pattern.match(self._folded(text))


_NATIONAL_ANYWHERE = _Folded(_TEXTS.national_name)
_MOTTO_ANYWHERE = re.compile(
    r"\s*[-–—]+\s*".join(re.escape(part) for part in _TEXTS.motto.split(" - ")), re.IGNORECASE
)
_NUMBER_ANYWHERE = re.compile(rf"{re.escape(_TEXTS.number_label)}\s*:", re.IGNORECASE)
# A place starts a word of its own: never inside the symbol it follows ("…/BC-SCT Sơn Hà").
_DATE_ANYWHERE = re.compile(r"(?<!\S)[A-ZĐÀ-Ỹ][^\s,:/]*(?:\s+[^\s,:/]+){0,4},\s*ngày\b")
# "Số: 218 /BC-UBND", "Số:     /BC-UBND", "Số: 09/2021/QĐ-UBND", "Số: …/KH-SCT".
_NUMBER_LINE = re.compile(
    rf"^{re.escape(_TEXTS.number_label)}\s*:?\s*(?P<number>[0-9][0-9A-Za-z.]*)?[\s._…]*"
    r"(?:/\s*(?P<symbol>\S.*?))?\s*$",
    re.IGNORECASE,
)
_PLACE_DATE_LINE = re.compile(
    r"^(?P<place>[^,:]{1,60}),\s*ngày\s*(?P<day>\d{1,2})?[\s._…]*tháng\s*(?P<month>\d{1,2})?"
    r"[\s._…]*năm\s*(?P<year>\d{4})",
    re.IGNORECASE,
)
#: "V/v" opening a công văn's subject, with the punctuation hands put after it ("V/v: …").
VV_PREFIX = re.compile(rf"^{re.escape(_TEXTS.subject_prefix)}\b\s*[:.\-–]?\s*", re.IGNORECASE)


@attrs.frozen(kw_only=True)
class Header:
    """What the header holds, as printed, and where it ends."""

    issuer: tuple[Line, ...] = ()
    parent: tuple[Line, ...] = ()
    national: Line | None = None
    motto: Line | None = None
    number_line: Line | None = None
    number: str | None = None
    symbol: str | None = None
    place_line: Line | None = None
    place: str | None = None
    year: int | None = None
    month: int | None = None
    day: int | None = None
    subject_vv: tuple[Line, ...] = ()
    type_line: Line | None = None
    type_name: TypeName | None = None
    subject: tuple[Line, ...] = ()
    #: The position in the lines where the header ends (the body starts).
    end: int = 0

    @property
    def subject_text(self) -> str | None:
        lines = self.subject or self.subject_vv
        if not lines:
            return None
        text = normalize(" ".join(line.text for line in lines))
        # A công văn's subject is given without its "V/v" (the model writes it).
        return VV_PREFIX.sub("", text) if not self.subject else text


def _pieces(line: Line) -> list[Line]:
    """A line cut where two header components were run together or set apart by tabs."""
    texts: list[str] = []
    for part in re.split(r"\t+|\n", line.raw or line.text):
        # "Số:\t/BC-UBND", "ngày\ttháng 6": a tab inside one component joins its pieces.
        if texts and _open_component(texts[-1]) and not _starts_component(part):
            texts[-1] = f"{texts[-1]} {part}"
        else:
            texts.append(part)
    out: list[str] = []
    for text in texts:
        text = normalize(text)
        if not text:
            continue
        # Cut around the national name, the motto, "Số:" and a date line inside a text.
        patterns: tuple[_Folded | re.Pattern[str], ...] = (
            _NATIONAL_ANYWHERE,
            _MOTTO_ANYWHERE,
            _NUMBER_ANYWHERE,
            _DATE_ANYWHERE,
        )
        for pattern in patterns:
            match = pattern.search(text)
            if match is not None and match.start() > 0:
                head, tail = text[: match.start()].strip(), text[match.start() :].strip()
                if pattern is _NATIONAL_ANYWHERE or pattern is _MOTTO_ANYWHERE:
                    after = _cut_after(tail, pattern)
                    out.extend(part for part in (head, *after) if part)
                else:
                    out.extend(part for part in (head, tail) if part)
                break
            if match is not None and pattern in (_NATIONAL_ANYWHERE, _MOTTO_ANYWHERE):
                out.extend(part for part in _cut_after(text, pattern) if part)
                break
        else:
            out.append(text)
    if len(out) == 1 and out[0] == line.text:
        return [line]
    return [line.with_text(text) for text in out]


def _open_component(text: str) -> bool:
    text = normalize(text)
    return bool(
        NUMBER.match(text) or _NUMBER_ANYWHERE.match(text) or PLACE_DATE.match(text)
    ) and not re.search(r"năm\s*\d{4}|/\s*\S+$", text)


def _starts_component(text: str) -> bool:
    text = normalize(text)
    return bool(
        _NATIONAL_ANYWHERE.match(text)
        or MOTTO.match(text)
        or NUMBER.match(text)
        or PLACE_DATE.match(text)
    )


def _cut_after(text: str, pattern: _Folded | re.Pattern[str]) -> tuple[str, ...]:
    match = pattern.match(text)
    if match is None:
        return (text,)
    return (text[: match.end()].strip(), text[match.end() :].strip())


def read_header(lines: Sequence[Line], window: int = 40) -> Header:
    """The header at the top of ``lines``."""
    found: dict[str, object] = {}
    issuer: list[Line] = []
    vv: list[Line] = []
    position = 0
    pieces: list[tuple[int, Line]] = []
    for position, line in enumerate(lines[:window]):
        if position and type_name_of(line.text) is not None and not line.cell:
            break
        # A long V/v (a công văn's subject of 230 characters) is still the header's.
        long_text = len(line.text) > 150 and not line.cell and not SUBJECT_VV.match(line.text)
        if position and (ADDRESSEE.match(line.text) or RECIPIENTS.match(line.text) or long_text):
            break  # a header without a type name (a công văn) ends where the text starts
        pieces.extend((position, piece) for piece in _pieces(line))
    else:
        position = min(len(lines), window)
    type_at = position
    last = -1
    pending_symbol = False
    for at, piece in pieces:
        text = piece.text
        if piece.is_rule:
            last = max(last, at)
            continue
        if _NATIONAL_ANYWHERE.match(text):
            found["national"] = piece
        elif MOTTO.match(text):
            found["motto"] = piece
        elif "number_line" not in found and NUMBER.match(text):
            match = _NUMBER_LINE.match(text)
            found["number_line"] = piece
            if match is not None:
                found["number"] = match.group("number")
                symbol = match.group("symbol")
                found["symbol"] = None if symbol is None else re.sub(r"\s+", "", symbol)
                pending_symbol = symbol is None or symbol.endswith("-")
        elif pending_symbol and re.fullmatch(r"[-/]?[A-ZĐ0-9&.\-]+", text):
            symbol = found.get("symbol") or ""
            found["symbol"] = f"{symbol}{text.lstrip('/')}" if symbol else text.lstrip("/")
            pending_symbol = False
        elif "place_line" not in found and PLACE_DATE.match(text):
            match = _PLACE_DATE_LINE.match(text)
            found["place_line"] = piece
            if match is not None:
                found["place"] = normalize(match.group("place"))
                found["year"] = int(match.group("year"))
                found["month"] = int(match.group("month")) if match.group("month") else None
                found["day"] = int(match.group("day")) if match.group("day") else None
        elif SUBJECT_VV.match(text) or (vv and not in_capitals(text) and "place_line" not in found):
            vv.append(piece)
        elif (
            "number_line" not in found
            and "place_line" not in found
            and (in_capitals(text) or text.isupper())
        ):
            issuer.append(piece)
        elif "number_line" in found and vv:
            vv.append(piece)  # a V/v wrapped onto a second line
        else:
            continue
        last = max(last, at)
    parent, own = _split_parent(issuer)
    header = Header(
        issuer=own,
        parent=parent,
        national=_line(found.get("national")),
        motto=_line(found.get("motto")),
        number_line=_line(found.get("number_line")),
        number=_text(found.get("number")),
        symbol=_text(found.get("symbol")),
        place_line=_line(found.get("place_line")),
        place=_text(found.get("place")),
        year=_int(found.get("year")),
        month=_int(found.get("month")),
        day=_int(found.get("day")),
        subject_vv=tuple(vv),
        end=max(last + 1, 0),
    )
    return _titled(header, lines, type_at)


def _titled(header: Header, lines: Sequence[Line], type_at: int) -> Header:
    """The type name and the subject under it (:mod:`vnreport.importing.subject`)."""
    if type_at >= len(lines):
        return header
    line = lines[type_at]
    named = type_name_of(line.text)
    if named is None:
        return header
    subject, position = read_subject(lines, type_at, named)
    return attrs.evolve(header, type_line=line, type_name=named, subject=subject, end=position)


_PARENT_HEAD = re.compile(
    r"^(?:UBND|[UỦ][YỶ] BAN NHÂN DÂN|BỘ|TỔNG CỤC|TỈNH [UỦ][YỶ]|HUYỆN [UỦ][YỶ])\s+\S"
)
_AGENCY_HEAD = re.compile(
    r"^(?:SỞ|PHÒNG|BAN|CỤC|CHI CỤC|VỤ|VĂN PHÒNG|TRUNG TÂM|THANH TRA|TRƯỜNG|HỘI ĐỒNG)\b"
)


def _split_parent(lines: list[Line]) -> tuple[tuple[Line, ...], tuple[Line, ...]]:
    """The parent agency (*cơ quan chủ quản*) and the issuer: in a file the parent is not
    bold and the issuer is; in a text the first line is the parent when another follows,
    unless it opens a collective body's name ("ỦY BAN NHÂN DÂN" / "HUYỆN …")."""
    if len(lines) < 2:
        return (), tuple(lines)
    if any(line.origin.value == "docx" for line in lines):
        plain = [line for line in lines if not line.bold]
        if plain and len(plain) < len(lines) and lines[0] in plain:
            count = next(i for i, line in enumerate(lines) if line.bold)
            return tuple(lines[:count]), tuple(lines[count:])
        if not plain:
            # All bold (older files): "UBND TỈNH PHÚ THỌ" over "SỞ THÔNG TIN …" is a
            # parent and its agency; anything else is one name wrapped.
            if (
                len(lines) == 2
                and _PARENT_HEAD.match(lines[0].text)
                and _AGENCY_HEAD.match(lines[1].text)
            ):
                return (lines[0],), (lines[1],)
            return (), tuple(lines)
    first = lines[0].text.casefold()
    if first in ("ủy ban nhân dân", "uỷ ban nhân dân", "hội đồng nhân dân"):
        return (), tuple(lines)
    if lines[0].origin.value == "docx":
        return (), tuple(lines)
    return (lines[0],), tuple(lines[1:])


def _line(value: object) -> Line | None:
    return value if isinstance(value, Line) else None


def _text(value: object) -> str | None:
    return value if isinstance(value, str) and value else None


def _int(value: object) -> int | None:
    return value if isinstance(value, int) else None
