"""Citations as real Vietnamese documents write them (issue 13).

The cases (tests/citation_cases.py) are written in the shapes of the "Căn cứ" lines, the
"Thực hiện Công văn số …" openings, Party documents, amended laws, ordinances, decrees and
joint circulars of real documents. Each must parse into the fields a reader sees and format
back to exactly its text; ``find_all`` must find it, with its span, in running text and in
"Căn cứ …;" lines, alone or several in one line.
"""

from __future__ import annotations

import datetime
import itertools
import re
from pathlib import Path

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

from citation_cases import CASES, Case
from vnreport.errors import FieldError
from vnreport.model.citations import (
    KNOWN_KINDS,
    LAW_KINDS,
    AmbiguousCitationError,
    CitationDateStyle,
    DocumentReference,
    SubjectConnector,
    is_known_issuer,
)
from vnreport.model.number import DocumentNumber, SymbolStyle

CONNECTORS = {None: None, "về": SubjectConnector.VE, "về việc": SubjectConnector.VE_VIEC}
CONNECTORS[""] = SubjectConnector.DIRECT

#: Citations inside a case's subject, which find_all finds as citations of their own.
NESTED = {
    "Nghị định số 154/2020/NĐ-CP": ["Nghị định số 34/2016/NĐ-CP"],
    "Kế hoạch số 123/KH-UBND": ["Nghị quyết số 18-NQ/TW"],
    "Thông tư số 02/2022/TT-BNNPTNT": ["Thông tư số 04/2019/TT-BNNPTNT"],
}


def _nested(case: Case) -> list[str]:
    return next((inner for head, inner in NESTED.items() if case.text.startswith(head)), [])


def _ids(case: Case) -> str:
    return case.text[:50]


def test_the_set_is_large_and_distinct() -> None:
    texts = [case.text for case in CASES]
    assert len(set(texts)) == len(texts) >= 89
    # Every shape the issue names is in the set.
    for shape in ("NN&PTNT", "SGD&ĐT", "QĐ.UB", "30a/", "ngày 15-5-2016, của", "Dân số số",
                  "TTLT-BNV-BTC", "Luật sửa đổi, bổ sung", "Bộ luật Lao động", "Luật Đầu tư công",
                  "của Chính phủ quy định chi tiết", "về việc"):  # fmt: skip
        assert any(shape in text for text in texts), shape


# --- parse → fields, and back to the same text ---------------------------------------------


@pytest.mark.parametrize("case", CASES, ids=_ids)
def test_parse_reads_the_fields_and_writes_the_text_back(case: Case) -> None:
    reference = DocumentReference.parse(case.text)
    assert reference.kind == case.kind
    assert reference.name == case.name
    assert (None if reference.number is None else str(reference.number)) == case.number
    assert reference.date == case.date
    if case.date is not None:
        assert reference.date_style is CitationDateStyle(case.style)
    assert reference.issuer == case.issuer
    assert reference.subject == case.subject
    if case.subject is not None:
        assert reference.connector is CONNECTORS[case.connector]
    assert str(reference) == case.text
    assert DocumentReference.parse(str(reference)) == reference


def test_number_parts_of_the_hard_symbols() -> None:
    suffixed = DocumentReference.parse("Nghị quyết số 30a/2008/NQ-CP").number
    assert suffixed is not None
    assert (suffixed.number, suffixed.suffix, suffixed.year, suffixed.symbol) == (
        30,
        "a",
        2008,
        "NQ-CP",
    )
    for text, symbol, style in (
        ("Tờ trình số 473/TTr-NN&PTNT", "TTr-NN&PTNT", SymbolStyle.STATE),
        ("Công văn số 1234/SGD&ĐT-GDTrH", "SGD&ĐT-GDTrH", SymbolStyle.STATE),
        ("Quyết định số 01/1999/QĐ.UB", "QĐ.UB", SymbolStyle.LEGAL),
    ):
        number = DocumentReference.parse(text).number
        assert number is not None
        assert (number.symbol, number.style) == (symbol, style)
    assert DocumentNumber(number=7, suffix="b", symbol="QĐ-UBND").line == "Số: 07b/QĐ-UBND"


def test_party_commas_and_hyphens_are_kept() -> None:
    text = "Chỉ thị số 05-CT/TW, ngày 15-5-2016, của Bộ Chính trị"
    reference = DocumentReference.parse(text)
    assert reference.comma_before_date
    assert reference.comma_after_date
    assert reference.date_style is CitationDateStyle.HYPHEN
    assert str(attrs.evolve(reference, comma_after_date=False)) == (
        "Chỉ thị số 05-CT/TW, ngày 15-5-2016 của Bộ Chính trị"
    )


def test_a_law_by_name_is_representable() -> None:
    law = DocumentReference(
        kind="Luật",
        name="Tổ chức chính quyền địa phương",
        date=datetime.date(2015, 6, 19),
        date_style="long",
    )
    assert str(law) == "Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015"
    assert law.number is None
    assert law.with_so is False
    assert law.short() == law.title == "Luật Tổ chức chính quyền địa phương"


# --- find_all: every citation parse accepts, with its span --------------------------------


def _expected(text: str, heads: list[str]) -> list[tuple[int, int, DocumentReference]]:
    found, position = [], 0
    for head in heads:
        start = text.index(head, position)
        found.append((start, start + len(head), DocumentReference.parse(head)))
        position = start + len(head)
    return found


def _found(text: str) -> list[tuple[int, int, DocumentReference]]:
    return [tuple(item) for item in DocumentReference.find_all(text)]  # type: ignore[misc]


@pytest.mark.parametrize("case", CASES, ids=_ids)
def test_find_all_in_a_can_cu_line(case: Case) -> None:
    line = f"Căn cứ {case.text};"
    assert _found(line) == _expected(line, [case.head, *_nested(case)])
    reference = DocumentReference.find_all(line)[0].reference
    assert (reference.kind, reference.name, reference.issuer) == (
        case.kind,
        case.name,
        case.issuer,
    )


# A law cited by its name alone has no mark where the name ends but the end of its line.
RUNNING = [case for case in CASES if case.number is not None or case.date is not None]


@pytest.mark.parametrize("case", RUNNING, ids=_ids)
def test_find_all_in_running_text(case: Case) -> None:
    sentence = f"Thực hiện {case.text}, UBND huyện báo cáo kết quả như sau:"
    assert _found(sentence) == _expected(sentence, [case.head, *_nested(case)])


# A law by its name alone runs to the end of its line: it cannot open a pair.
PAIRS = [
    (first, second)
    for first, second in itertools.pairwise(CASES)
    if first.subject is not None or first.number is not None or first.date is not None
]


@pytest.mark.parametrize("joint", ["; ", ", ", " và "])
@pytest.mark.parametrize("pair", PAIRS, ids=lambda pair: pair[0].text[:30])
def test_find_all_finds_several_citations_in_one_line(pair: tuple[Case, Case], joint: str) -> None:
    first, second = pair
    line = f"Căn cứ {first.text}{joint}{second.text};"
    heads = [first.head, *_nested(first), second.head, *_nested(second)]
    if second.number is None and second.date is None and joint != "; ":
        # A law by its name alone is read after "Căn cứ" or "; " only: after a comma or
        # "và" its name cannot be told from the words before it.
        heads = [first.head, *_nested(first)]
    assert _found(line) == _expected(line, heads)


def test_find_all_reads_the_corpus_line_shapes() -> None:
    line = (
        "Căn cứ Luật Tổ chức Chính phủ ngày 19 tháng 6 năm 2015; Luật sửa đổi, bổ sung một số "
        "điều của Luật Tổ chức Chính phủ và Luật Tổ chức chính quyền địa phương ngày 22 tháng "
        "11 năm 2019;"
    )
    assert [str(item.reference) for item in DocumentReference.find_all(line)] == [
        "Luật Tổ chức Chính phủ ngày 19 tháng 6 năm 2015",
        "Luật sửa đổi, bổ sung một số điều của Luật Tổ chức Chính phủ và Luật Tổ chức chính "
        "quyền địa phương ngày 22 tháng 11 năm 2019",
    ]
    # A named law in running text needs its number or its date; a sentence is no name.
    assert _found("Thực hiện Luật Đất đai, UBND tỉnh đã ban hành Kế hoạch số 12/KH-UBND.") == (
        _expected(
            "Thực hiện Luật Đất đai, UBND tỉnh đã ban hành Kế hoạch số 12/KH-UBND.",
            ["Kế hoạch số 12/KH-UBND"],
        )
    )
    # The non-canonical date of a real line ends the citation before it.
    assert [
        str(item.reference)
        for item in DocumentReference.find_all(
            "Căn cứ Nghị định số 97/2008/NĐ-CP, ngày 28/08/2008 của Chính phủ về quản lý;"
        )
    ] == ["Nghị định số 97/2008/NĐ-CP"]


# --- what cannot be told is reported -------------------------------------------------------

AMBIGUOUS = "Quyết định số 45/QĐ-BCĐ ngày 10/3/2025 của Ban Chỉ đạo thực hiện Chương trình"


def test_an_ambiguous_issuer_is_reported_not_guessed() -> None:
    with pytest.raises(AmbiguousCitationError) as caught:
        DocumentReference.parse(AMBIGUOUS)
    assert caught.value.word == "thực"
    assert caught.value.issuer == "Ban Chỉ đạo"
    assert "issuer=" in str(caught.value)
    # The caller settles it either way.
    whole = DocumentReference.parse(AMBIGUOUS, issuer="Ban Chỉ đạo thực hiện Chương trình")
    assert whole.issuer == "Ban Chỉ đạo thực hiện Chương trình"
    assert whole.subject is None
    short = DocumentReference.parse(AMBIGUOUS, issuer="Ban Chỉ đạo")
    assert short.connector is SubjectConnector.DIRECT
    assert short.subject == "thực hiện Chương trình"
    # Running text takes the citation without the issuer it cannot delimit.
    assert [str(item.reference) for item in DocumentReference.find_all(f"Theo {AMBIGUOUS}.")] == [
        "Quyết định số 45/QĐ-BCĐ ngày 10/3/2025"
    ]


def test_a_known_issuer_settles_the_same_verb() -> None:
    reference = DocumentReference.parse(
        "Kế hoạch số 12/KH-UBND của UBND tỉnh Lào Cai thực hiện Chỉ thị số 05-CT/TW"
    )
    assert reference.issuer == "UBND tỉnh Lào Cai"
    assert reference.subject == "thực hiện Chỉ thị số 05-CT/TW"
    # A verb inside a ministry's name is no subject: "Bộ Quốc phòng", "Bộ Ngoại giao".
    assert DocumentReference.parse("Thông tư số 05/2020/TT-BQP của Bộ Quốc phòng").issuer == (
        "Bộ Quốc phòng"
    )


@pytest.mark.parametrize(
    "issuer",
    [
        "Chính phủ", "Thủ tướng Chính phủ", "Quốc hội", "Ủy ban Thường vụ Quốc hội",
        "Bộ Tài chính", "Bộ trưởng Bộ Lao động - Thương binh và Xã hội",
        "Ủy ban nhân dân tỉnh Lào Cai", "UBND huyện Bảo Thắng", "Chủ tịch UBND xã Xuân Hòa",
        "Hội đồng nhân dân tỉnh Yên Bái", "Giám đốc Sở Xây dựng tỉnh Lào Cai",
        "Ban Chấp hành Trung ương Đảng", "Bộ Chính trị", "Ban Bí thư", "Tỉnh ủy Lào Cai",
        "Ban Thường vụ Huyện ủy Bát Xát", "UBND TP. Hồ Chí Minh", "UBND Quận 1",
        "Bộ Tài chính và Bộ Nội vụ",
    ],
)  # fmt: skip
def test_known_issuer_shapes(issuer: str) -> None:
    assert is_known_issuer(issuer)
    reference = DocumentReference.parse(f"Công văn số 12/UBND-VP của {issuer} thực hiện đề án")
    assert reference.issuer == issuer


# --- the validators say what is wrong ------------------------------------------------------


def _refused(field: str, **fields: object) -> str:
    with pytest.raises(FieldError) as caught:
        DocumentReference(**fields)  # type: ignore[arg-type]
    assert caught.value.field == f"DocumentReference.{field}"
    return str(caught.value)


def test_validators_keep_the_model_meaningful() -> None:
    assert "cited by its number" in _refused("number", kind="Kế hoạch")
    assert "needs its name" in _refused("number", kind="Luật")
    assert "name='Đất đai'" in _refused("kind", kind="Luật Đất đai", number="45/2013/QH13")
    assert "only Hiến pháp" in _refused("name", kind="Kế hoạch", name="x", number="01/KH-UBND")
    assert "'số'" in _refused(
        "name", kind="Pháp lệnh", name="Dân số", number="06/2003/PL-UBTVQH11", with_so=False
    )
    assert "runs to the end" in _refused("name", kind="Luật", name="Đất đai", issuer="Quốc hội")
    assert "Party documents" in _refused(
        "date_style", kind="Kế hoạch", number="70/KH-UBND", date="2021-03-26", date_style="hyphen"
    )
    assert "về việc" in _refused(
        "connector", kind="Kế hoạch", number="70/KH-UBND", subject="việc thực hiện"
    )
    assert "starts with its verb" in _refused(
        "connector", kind="Kế hoạch", number="70/KH-UBND", subject="công tác", connector=""
    )
    assert "no subject" in _refused(
        "connector", kind="Kế hoạch", number="70/KH-UBND", connector="về việc"
    )
    assert "subject verb" in _refused(
        "issuer", kind="Kế hoạch", number="70/KH-UBND", issuer="Chính phủ quy định"
    )
    assert "before 'của'" in _refused(
        "comma_after_date", kind="Kế hoạch", number="70/KH-UBND", date="2021-03-26",
        comma_after_date=True,
    )  # fmt: skip
    assert "no number" in _refused(
        "with_so", kind="Luật", name="Đất đai", date="2013-11-29", with_so=True
    )
    with pytest.raises(FieldError, match="one or two letters"):
        DocumentNumber(number=30, suffix="abc", symbol="NQ-CP")


# --- property: parse(str(ref)) == ref for values of the real shapes ------------------------

PLACES = ("tỉnh Lào Cai", "huyện Tuần Giáo", "xã Xuân Hòa", "thành phố Hà Nội", "tỉnh")
KNOWN_ISSUERS = st.one_of(
    st.sampled_from(
        ("Chính phủ", "Thủ tướng Chính phủ", "Quốc hội", "Ủy ban Thường vụ Quốc hội",
         "Bộ Chính trị", "Ban Bí thư", "Ban Chấp hành Trung ương Đảng", "Tỉnh ủy Lào Cai")
    ),
    st.builds(
        "{}Bộ {}".format,
        st.sampled_from(("", "Bộ trưởng ")),
        st.sampled_from(("Tài chính", "Nội vụ", "Công Thương", "Văn hóa, Thể thao và Du lịch")),
    ),
    st.builds(
        "{}{} {}".format,
        st.sampled_from(("", "Chủ tịch ")),
        st.sampled_from(("UBND", "Ủy ban nhân dân", "Hội đồng nhân dân")),
        st.sampled_from(PLACES),
    ),
)  # fmt: skip
OTHER_ISSUERS = st.sampled_from(("Công ty Cổ phần khoáng sản Tây Bắc", "Cục Hóa chất"))
CERTAIN_VERBS = ("quy định", "hướng dẫn", "ban hành", "sửa đổi, bổ sung", "phê duyệt")
AFTER_NAME_VERBS = ("thực hiện", "Quy định", "tổ chức")
WORDS = st.lists(
    st.sampled_from(("công tác", "văn thư", "của", "về", "Đề án", "năm", "2021", "tỉnh", "và")),
    max_size=5,
)
LAW_NAMES = st.sampled_from(
    ("Tổ chức Chính phủ", "Đất đai", "Dân số", "Thi đua, Khen thưởng", "Lao động - Việc làm",
     "sửa đổi, bổ sung một số điều của Luật Cán bộ, công chức và Luật Viên chức")
)  # fmt: skip
GROUPS = st.sampled_from(("UBND", "NN&PTNT", "QĐ.UB", "CP", "TTg", "GDTrH", "BNV", "QH14"))
SYMBOLS = st.lists(GROUPS, min_size=1, max_size=3).map("-".join)
NUMBERS = (
    st.builds(
        DocumentNumber,
        number=st.integers(1, 9999),
        symbol=SYMBOLS,
        suffix=st.none() | st.sampled_from(("a", "b")),
    )
    | st.builds(
        DocumentNumber,
        number=st.integers(1, 9999),
        year=st.integers(1945, 2100),
        symbol=SYMBOLS,
        style=st.just(SymbolStyle.LEGAL),
    )
    | st.builds(
        lambda number, kind, issuer: DocumentNumber(
            number=number, symbol=f"{kind}/{issuer}", style=SymbolStyle.PARTY
        ),
        st.integers(1, 9999),
        st.sampled_from(("CT", "NQ", "KL", "QĐi")),
        st.sampled_from(("TW", "TU", "HU")),
    )
)


@st.composite
def real_references(draw: st.DrawFn) -> DocumentReference:
    law = draw(st.booleans())
    kind = draw(st.sampled_from(LAW_KINDS if law else KNOWN_KINDS))
    name = draw(LAW_NAMES) if kind in LAW_KINDS and draw(st.booleans()) else None
    number = draw(NUMBERS) if name is None or draw(st.booleans()) else None
    if name is not None and number is not None and name == "Dân số":
        with_so = True
    else:
        with_so = number is not None and draw(st.booleans())
    date = draw(st.none() | st.dates(datetime.date(1945, 1, 1), datetime.date(2100, 12, 31)))
    styles = [CitationDateStyle.SHORT, CitationDateStyle.LONG]
    if number is not None and number.style is SymbolStyle.PARTY:
        styles.append(CitationDateStyle.HYPHEN)
    bare_law = number is None and date is None
    known = draw(st.booleans())
    issuer = None if bare_law else draw(st.none() | (KNOWN_ISSUERS if known else OTHER_ISSUERS))
    connector = draw(st.sampled_from(SubjectConnector))
    if bare_law:
        subject = None
    elif connector is SubjectConnector.DIRECT:
        verbs = CERTAIN_VERBS + (AFTER_NAME_VERBS if known or issuer is None else ())
        subject = f"{draw(st.sampled_from(verbs))} {' '.join(draw(WORDS))}".strip()
    else:
        subject = draw(st.none() | st.just(" ".join(["công tác", *draw(WORDS)])))
    return DocumentReference(
        kind=kind,
        name=name,
        number=number,
        with_so=with_so,
        date=date,
        date_style=draw(st.sampled_from(styles)) if date else CitationDateStyle.SHORT,
        comma_before_date=bool(date) and draw(st.booleans()),
        comma_after_date=bool(date and issuer) and draw(st.booleans()),
        issuer=issuer,
        connector=connector if subject else SubjectConnector.VE,
        subject=subject,
    )


@given(real_references())
def test_parse_of_str_is_the_reference(reference: DocumentReference) -> None:
    assert DocumentReference.parse(str(reference)) == reference


@given(real_references())
def test_find_all_finds_the_generated_citation_in_a_can_cu_line(
    reference: DocumentReference,
) -> None:
    head = attrs.evolve(reference, subject=None, connector=SubjectConnector.VE)
    line = f"Căn cứ {reference};"
    found = DocumentReference.find_all(line)
    assert found[0] == (len("Căn cứ "), len("Căn cứ ") + len(str(head)), head)


def test_the_citation_examples_of_the_user_guide_print_what_they_say() -> None:
    # Each line "call  # 'printed'" of the block must return what its comment shows.
    page = (Path(__file__).resolve().parent.parent / "docs" / "user-guide.md").read_text(
        encoding="utf-8"
    )
    section = page[page.index("## Citations") : page.index("## Errors")]
    (block,) = re.findall(r"```python\n(.*?)```", section, re.DOTALL)
    namespace: dict[str, object] = {}
    statement: list[str] = []
    shown = 0
    for line in block.splitlines():
        call, _, comment = line.partition("  # ")
        if not comment:
            statement.append(line)
            try:  # a statement over several lines runs once it is complete
                code = compile("\n".join(statement), "user-guide.md", "exec")
            except SyntaxError:
                continue
            exec(code, namespace)
            statement = []
            continue
        assert eval(call, namespace) == eval(comment), line
        shown += 1
    assert shown >= 6


FRAGMENTS = sorted(
    {word for case in CASES for word in case.text.split(" ")}
    | {"Căn cứ", ";", ",", "và", "của", "về", "về việc", "ngày", "số", "\n", "“", "Ban Chỉ đạo"}
)


@given(st.lists(st.sampled_from(FRAGMENTS), max_size=25).map(" ".join))
def test_what_find_all_finds_parse_reads_back(text: str) -> None:
    for start, end, reference in DocumentReference.find_all(text):
        assert text[start:end] == str(reference)
        assert DocumentReference.parse(str(reference)) == reference
