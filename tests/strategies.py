"""Hypothesis strategies for the model, shared by every test that generates documents.

Each strategy builds only what the model accepts, so that a test drawing from it can
demand that everything drawn also loads, renders and checks: whatever validates renders.
Texts are Vietnamese-ish words with the tokens that data-file writers must quote.
"""

from __future__ import annotations

import datetime
from decimal import Decimal

from hypothesis import strategies as st

from vnreport import (
    Agency,
    Bullet,
    Contact,
    DrafterMark,
    IssueDate,
    Recipients,
    Report,
    Secrecy,
    Section,
    Signature,
    Table,
    Urgency,
)
from vnreport.formatting.text import in_capitals

__all__ = [
    "agencies",
    "bullets",
    "dates",
    "reports",
    "sections",
    "signatures",
    "tables",
    "texts",
]

_LOWER = "aăâbcdđeêghiklmnoôơpqrstuưvxyáàảãạắằẳẵặấầẩẫậéèẻẽẹếềểễệíìỉĩịóòỏõọốồổỗộớờởỡợúùủũụứừửữựýỳỷỹỵ"
_WORDS = st.text(alphabet=_LOWER, min_size=1, max_size=7)
_CAPITALISED = _WORDS.map(lambda word: word[:1].upper() + word[1:])
# Tokens that a YAML, JSON or TOML writer must quote or escape to keep them as text.
_TRICKY = st.sampled_from(
    [
        "null", "true", "no", "on", "~", "0", "05", "1.5", "1e3", "0x1F", "2021-06-15", "2021-06",
        "#", "-", "?", ":", ",", ";", "(", ")", "[", "]", "{", "}", "&", "!", "%", "@", "`", "'",
        '"', "|", ">", "…", "...", "“", "”", "–", "=", "\u00a0", "Covid-19", "19/19",
        "70/KH-UBND", "100%", "'quoted'", '"double"', "a: b", "như sau:", "x\t",
    ]
)  # fmt: skip
_TOKENS = st.one_of(_WORDS, _WORDS, _CAPITALISED, _TRICKY)


@st.composite
def texts(draw: st.DrawFn, max_words: int = 12) -> str:
    """A Vietnamese-ish text: words and punctuation, no control character, no asterisk."""
    words = draw(st.lists(_TOKENS, min_size=1, max_size=max_words))
    text = " ".join(words)
    # A body text must not contain the end mark, and must hold a letter to be a text.
    text = text.replace("./.", ". /.")
    return text if any(char.isalpha() for char in text) else f"{text} chữ"


_NAMES = st.lists(_CAPITALISED.filter(lambda word: len(word) > 1), min_size=2, max_size=4).map(
    " ".join
)
_NUMBERS = st.one_of(
    st.integers(min_value=-(10**12), max_value=10**12),
    st.decimals(
        min_value=-(10**9), max_value=10**9, places=2, allow_nan=False, allow_infinity=False
    ),
)


@st.composite
def tables(draw: st.DrawFn) -> Table:
    columns = draw(st.integers(min_value=1, max_value=4))
    numeric = [draw(st.booleans()) for _ in range(columns)]
    header = [draw(texts(max_words=3)) for _ in range(columns)]
    rows = [
        [
            draw(_NUMBERS) if numeric[column] else draw(texts(max_words=4))
            for column in range(columns)
        ]
        for _ in range(draw(st.integers(min_value=1, max_value=3)))
    ]
    totals: list[object] | None = None
    if draw(st.booleans()):
        totals = []
        for column in range(columns):
            if numeric[column]:
                values = [row[column] for row in rows]
                total = sum(values)
                totals.append(total if all(isinstance(v, int) for v in values) else Decimal(total))
            else:
                totals.append("Tổng cộng")
    title = draw(st.none() | texts(max_words=5))
    return Table(header=header, rows=rows, totals=totals, title=title)


@st.composite
def bullets(draw: st.DrawFn) -> Bullet:
    items = draw(st.lists(texts(max_words=6), max_size=3))
    return Bullet(text=draw(texts()), items=items)


@st.composite
def sections(draw: st.DrawFn, depth: int = 1) -> Section:
    """A section at ``depth`` (1: I., 2: 1., 3: a)); top-level sections have a title."""
    kinds = ["paragraph", "bullet", "table"] + (["section", "untitled"] if depth < 3 else [])
    content: list[object] = []
    titled = depth == 1 or draw(st.booleans())
    if not titled:
        content.append(draw(texts()))
    for kind in draw(st.lists(st.sampled_from(kinds), min_size=1, max_size=3)):
        if kind == "paragraph":
            content.append(draw(texts()))
        elif kind == "bullet":
            content.append(draw(bullets()))
        elif kind == "table":
            content.append(draw(tables()))
        else:
            content.append(draw(sections(depth=depth + 1)))
    title = draw(texts(max_words=8)) if titled else None
    label = draw(st.none() | st.sampled_from(["1.1.", "Phần I", "A."]))
    return Section(title=title, content=content, label=label)


_STACKS = st.sampled_from(
    [
        ((), "Chủ tịch", True),
        (("TM. Ủy ban nhân dân",), "Chủ tịch", True),
        (("TM. Ủy ban nhân dân", "KT. Chủ tịch"), "Phó Chủ tịch", False),
        (("KT. Giám đốc",), "Phó Giám đốc", False),
        (("TL. Chủ tịch",), "Chánh Văn phòng", True),
        (
            ("TM. Ủy ban nhân dân", "TL. Chủ tịch", "KT. Chánh Văn phòng"),
            "Phó Chánh Văn phòng",
            False,
        ),
        (("TUQ. Chủ tịch",), "Giám đốc Sở Nội vụ", True),
    ]
)


@st.composite
def signatures(draw: st.DrawFn) -> Signature:
    authority, title, may_act = draw(_STACKS)
    acting = may_act and draw(st.booleans())
    return Signature(authority=authority, title=title, name=draw(_NAMES), acting=acting)


@st.composite
def agencies(draw: st.DrawFn, with_parent: bool = True) -> Agency:
    name = draw(texts(max_words=6))
    words = name.split(" ")
    header_lines: list[str] = []
    # A line break is only offered where both sides hold a printed word ("\xa0" is a space).
    if len(words) > 1 and all(word.strip() for word in words) and draw(st.booleans()):
        cut = draw(st.integers(min_value=1, max_value=len(words) - 1))
        header_lines = [" ".join(words[:cut]), " ".join(words[cut:])]
    return Agency(
        name=name,
        abbreviation=draw(st.sampled_from(["UBND", "SNV", "BQL", "HĐND", "TTg2"])),
        place=" ".join(draw(st.lists(_CAPITALISED, min_size=1, max_size=3))),
        parent=draw(st.none() | agencies(with_parent=False)) if with_parent else None,
        short_name=draw(st.none() | texts(max_words=4)),
        header_lines=header_lines,
    )


@st.composite
def dates(draw: st.DrawFn) -> IssueDate:
    day = draw(st.dates(min_value=datetime.date(1945, 9, 2), max_value=datetime.date(2100, 12, 31)))
    if draw(st.booleans()):
        return IssueDate(year=day.year, month=day.month)
    return IssueDate.from_date(day)


_UNITS = st.lists(st.sampled_from(["NV", "VP", "TCKH", "TP"]), max_size=2, unique=True)


@st.composite
def reports(draw: st.DrawFn) -> Report:
    contact_fields = draw(
        st.lists(st.sampled_from(["address", "phone", "fax", "email", "website"]), unique=True)
    )
    return Report(
        issuer=draw(agencies()),
        number=draw(st.none() | st.integers(min_value=1, max_value=9999)),
        symbol_unit=draw(st.none() | st.sampled_from(["VP", "TCKH"])),
        date=draw(dates()),
        subject=draw(texts().filter(lambda text: not in_capitals(text))),
        addressees=draw(st.lists(texts(max_words=6), max_size=2)),
        opening=draw(st.lists(texts(), max_size=2)),
        sections=draw(st.lists(sections(), min_size=1, max_size=4)),
        closing=draw(st.lists(texts(), max_size=2)),
        recipients=Recipients(
            items=draw(st.lists(_NAMES, max_size=3)),
            archive=draw(_UNITS),
            archive_copies=draw(st.none() | st.integers(min_value=1, max_value=9)),
        ),
        signature=draw(signatures()),
        secrecy=draw(st.none() | st.sampled_from(Secrecy)),
        urgency=draw(st.none() | st.sampled_from(Urgency)),
        circulation=draw(st.none() | st.just("Lưu hành nội bộ") | texts(max_words=4)),
        drafter=draw(
            st.none()
            | st.builds(
                DrafterMark,
                code=st.sampled_from(["PL", "NV"]),
                copies=st.none() | st.integers(min_value=1, max_value=500),
            )
        ),
        contact=(
            Contact(**{field: draw(texts(max_words=5)) for field in contact_fields})
            if contact_fields
            else None
        ),
    )
