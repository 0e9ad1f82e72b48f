"""The issuer of a text whose header lost it, read from what the text still says.

A header flattened from two columns can lose its left one (the seed of this project
did): the Số line keeps the issuer's abbreviation ("/BC-UBND"), the date line its place
("Tuần Giáo, ngày …"), the signature its body ("TM. ỦY BAN NHÂN DÂN"), and the text names
it in full or abbreviated ("UBND huyện Tuần Giáo"). When all of them agree on exactly one
administrative unit, that is the issuer — and the importer says so, in ``unrecognised``,
for a person to confirm; anything less certain leaves the issuer missing.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from vnreport.formatting.text import upper_vi
from vnreport.importing.header import Header
from vnreport.importing.lines import Line

__all__ = ["infer_issuer"]

_UNITS = ("tỉnh", "thành phố", "huyện", "quận", "thị xã", "xã", "phường", "thị trấn")
_AUTHORITY = re.compile(r"^TM\.\s*(?P<body>.+)$", re.IGNORECASE)


def infer_issuer(
    header: Header, authority: Sequence[str], lines: Sequence[Line]
) -> tuple[tuple[str, str], Line] | None:
    """The issuer's name in capitals, as the header prints it on two lines (its body, its
    unit and place), and the line that names it; or ``None``.

    ``authority`` is the signature's authority lines as printed; ``lines`` the text."""
    if header.issuer or header.place is None or not header.symbol or not authority:
        return None
    match = _AUTHORITY.match(authority[0].strip())
    if match is None:
        return None
    body = match.group("body").strip()
    abbreviation = header.symbol.split("-")[-1]
    names = "|".join(re.escape(name) for name in (body, abbreviation))
    units = "|".join(map(re.escape, _UNITS))
    pattern = re.compile(
        rf"(?<!\w)(?:{names})\s+(?P<unit>{units})\s+{re.escape(header.place)}(?!\w)",
        re.IGNORECASE,
    )
    found: dict[str, Line] = {}
    for line in lines:
        for hit in pattern.finditer(line.text):
            found.setdefault(hit.group("unit").casefold(), line)
    if len(found) != 1:
        return None
    [(unit, line)] = found.items()
    return (upper_vi(body), upper_vi(f"{unit} {header.place}")), line
