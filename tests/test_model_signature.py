"""Signature stacks (Điều 13; nd30-spec §3.7) and the recipients list (§3.9)."""

from __future__ import annotations

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from vnreport import Authority, AuthorityPrefix, FieldError, Recipients, Signature

# --- valid stacks from the decree and the spec -----------------------------------------


@pytest.mark.parametrize(
    ("authority", "title", "acting", "lines"),
    [
        (["TM. Ủy ban nhân dân"], "Chủ tịch", False, ("TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH")),
        (
            ["TM. Ủy ban nhân dân", "KT. Chủ tịch"],
            "Phó Chủ tịch",
            False,
            ("TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"),
        ),
        (["KT. Bộ trưởng"], "Thứ trưởng", False, ("KT. BỘ TRƯỞNG", "THỨ TRƯỞNG")),
        ([], "Giám đốc", True, ("Q. GIÁM ĐỐC",)),
        (
            ["TL. Bộ trưởng"],
            "Vụ trưởng Vụ Pháp chế",
            False,
            ("TL. BỘ TRƯỞNG", "VỤ TRƯỞNG VỤ PHÁP CHẾ"),
        ),
        (
            ["TL. Bộ trưởng", "KT. Vụ trưởng"],
            "Phó Vụ trưởng",
            False,
            ("TL. BỘ TRƯỞNG", "KT. VỤ TRƯỞNG", "PHÓ VỤ TRƯỞNG"),
        ),
        (["TUQ. Chủ tịch"], "Giám đốc Sở Nội vụ", False, ("TUQ. CHỦ TỊCH", "GIÁM ĐỐC SỞ NỘI VỤ")),
        (["TM. Chính phủ"], "Thủ tướng", False, ("TM. CHÍNH PHỦ", "THỦ TƯỚNG")),
        ([], "Chủ tịch", False, ("CHỦ TỊCH",)),
    ],
)
def test_valid_stacks(
    authority: list[str], title: str, acting: bool, lines: tuple[str, ...]
) -> None:
    signature = Signature(authority=authority, title=title, name="Nguyễn Văn A", acting=acting)
    assert signature.lines == lines
    assert signature.name == "Nguyễn Văn A"


def test_authority_lines_accept_objects_and_any_case() -> None:
    parsed = Authority.parse("kt.   CHỦ TỊCH")
    assert parsed == Authority(prefix=AuthorityPrefix.DEPUTY, title="CHỦ TỊCH")
    signature = Signature(authority=[parsed], title="PHÓ CHỦ TỊCH", name="Phạm Thị Tuyên")
    assert signature.lines == ("KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH")


# --- invalid stacks --------------------------------------------------------------------


@pytest.mark.parametrize(
    ("authority", "title", "acting", "field", "message"),
    [
        (["KT. Chủ tịch"], "Chủ tịch", False, "Signature.title", "must be a deputy's"),
        (["TM. Ủy ban nhân dân", "KT. Chủ tịch"], "Chánh Văn phòng", False, "Signature.title",
         "must be a deputy's"),
        (["TUQ. Chủ tịch", "KT. Giám đốc"], "Phó Giám đốc", False, r"Signature.authority\[1\]",
         "nothing can be delegated again under TUQ"),
        (["TUQ. Chủ tịch", "TL. Giám đốc"], "Trưởng phòng", False, r"Signature.authority\[1\]",
         "nothing can be delegated again under TUQ"),
        (["KT. Chủ tịch", "TL. Chủ tịch"], "Phó Chủ tịch", False, r"Signature.authority\[1\]",
         "KT. .* is the last line"),
        (["KT. Bộ trưởng", "KT. Thứ trưởng"], "Phó Vụ trưởng", False, r"Signature.authority\[1\]",
         "KT. .* is the last line"),
        (["TL. Bộ trưởng", "TUQ. Vụ trưởng"], "Phó Vụ trưởng", False, r"Signature.authority\[1\]",
         "TL. .* may only be passed on to a deputy"),
        (["KT. Chủ tịch", "TM. Ủy ban nhân dân"], "Phó Chủ tịch", False,
         r"Signature.authority\[1\]", "TM. .* opens the stack"),
        (["TL. Chủ tịch", "TM. Ủy ban nhân dân"], "Chánh Văn phòng", False,
         r"Signature.authority\[1\]", "TM. .* opens the stack"),
        (["TM. Ủy ban nhân dân", "TM. Hội đồng"], "Chủ tịch", False, r"Signature.authority\[1\]",
         "TM. .* opens the stack"),
        (["KT. Giám đốc"], "Phó Giám đốc", True, "Signature.acting", "not an acting head"),
        (["Q. Giám đốc"], "Phó Giám đốc", False, r"Signature.authority\[0\]",
         "is not an authority line"),
        (["Chủ tịch"], "Phó Chủ tịch", False, r"Signature.authority\[0\]",
         "is not an authority line"),
        (["TM. Ủy ban nhân dân", "Chủ tịch"], "Chủ tịch", False, r"Signature.authority\[1\]",
         "'Chủ tịch' has no TM., KT., TL. or TUQ.*goes in Signature.title"),
        (["TM. Ủy ban nhân dân"], "Phó Chủ tịch", False, "Signature.authority",
         "signs for the head with KT.*add 'KT. Chủ tịch'"),
        (["TL. Bộ trưởng"], "Thứ trưởng", False, "Signature.authority",
         "add 'KT. Bộ trưởng'"),
    ],
)  # fmt: skip
def test_invalid_stacks_are_refused(
    authority: list[str], title: str, acting: bool, field: str, message: str
) -> None:
    with pytest.raises(FieldError, match=f"^{field}: .*{message}"):
        Signature(authority=authority, title=title, name="Nguyễn Văn A", acting=acting)


@pytest.mark.parametrize("name", ["PHẠM THỊ TUYÊN", "NGUYỄN VĂN A"])
def test_name_in_capitals_is_refused(name: str) -> None:
    with pytest.raises(FieldError, match=r"^Signature\.name: .*normal case .*never in capitals"):
        Signature(title="Chủ tịch", name=name)


@pytest.mark.parametrize("name", ["phạm thị tuyên", "Phạm thị Tuyên", "nguyễn Văn A"])
def test_name_in_lower_case_is_refused(name: str) -> None:
    with pytest.raises(
        FieldError, match=r"^Signature\.name: every word of a person's name starts with a capital"
    ):
        Signature(title="Chủ tịch", name=name)


def test_name_suggestion_is_normal_case() -> None:
    with pytest.raises(FieldError, match="'Phạm Thị Tuyên'"):
        Signature(title="Chủ tịch", name="PHẠM THỊ TUYÊN")


# An independent statement of Điều 13 as a regular language over the prefixes:
# an optional TM., then at most one of KT. / TL. (optionally passed on with KT.) / TUQ.
_VALID_STACK = re.compile(r"^(TM\. )?(KT\. |TL\. (KT\. )?|TUQ\. )?$")
_PREFIXES = ["TM.", "KT.", "TL.", "TUQ."]


@given(
    prefixes=st.lists(st.sampled_from(_PREFIXES), max_size=4),
    deputy=st.booleans(),
    acting=st.booleans(),
)
def test_every_stack_is_judged_by_the_rules(
    prefixes: list[str], deputy: bool, acting: bool
) -> None:
    authority = [f"{prefix} Chủ tịch" for prefix in prefixes]
    title = "Phó Chủ tịch" if deputy else "Chủ tịch"
    ends_with_deputy = bool(prefixes) and prefixes[-1] == "KT."
    # A deputy who signs on behalf of the collective (TM.) or by order (TL.) signs KT.
    deputy_without_kt = deputy and bool(prefixes) and prefixes[-1] in ("TM.", "TL.")
    valid = (
        _VALID_STACK.match("".join(prefix + " " for prefix in prefixes)) is not None
        and (deputy or not ends_with_deputy)
        and not (acting and ends_with_deputy)
        and not deputy_without_kt
    )
    if valid:
        signature = Signature(authority=authority, title=title, name="Lò Văn Inh", acting=acting)
        assert len(signature.lines) == len(prefixes) + 1
    else:
        with pytest.raises(FieldError, match=r"^Signature\.(authority|title|acting)"):
            Signature(authority=authority, title=title, name="Lò Văn Inh", acting=acting)


# --- recipients ------------------------------------------------------------------------


def test_recipient_lines_follow_the_rule() -> None:
    recipients = Recipients(items=["Sở Nội vụ", "Ban Dân vận Tỉnh ủy"], archive=["NV"])
    assert recipients.lines() == (
        "- Sở Nội vụ;",
        "- Ban Dân vận Tỉnh ủy;",
        "- Lưu: VT, NV.",
    )


def test_typed_punctuation_is_not_doubled() -> None:
    recipients = Recipients.parse(["- Sở Nội vụ;", "Ban Dân vận Tỉnh ủy,", "- Lưu: VT, NV."])
    assert recipients.lines() == ("- Sở Nội vụ;", "- Ban Dân vận Tỉnh ủy;", "- Lưu: VT, NV.")


def test_filing_line_with_copies_and_drafter() -> None:
    recipients = Recipients.parse(["Như trên", "Lưu: VT, HC (2)."])
    assert recipients == Recipients(items=["Như trên"], archive=["HC"], archive_copies=2)
    assert recipients.lines(trailer="PL.(300)") == ("- Như trên;", "- Lưu: VT, HC (2). PL.(300)")


def test_as_above_is_added_once() -> None:
    assert Recipients(items=["Sở Tài chính"]).lines(lead="Như trên") == (
        "- Như trên;",
        "- Sở Tài chính;",
        "- Lưu: VT.",
    )
    assert Recipients(items=["Như trên", "Sở Tài chính"]).lines(lead="Như trên")[0:2] == (
        "- Như trên;",
        "- Sở Tài chính;",
    )


def test_an_archive_office_is_a_recipient_not_a_filing_line() -> None:
    recipients = Recipients.parse(["Lưu trữ lịch sử tỉnh", "Lưu: VT"])
    assert recipients.items == ("Lưu trữ lịch sử tỉnh",)


def test_filing_line_among_items_is_refused() -> None:
    with pytest.raises(FieldError, match=r"^Recipients\.items\[1\]: the filing line"):
        Recipients(items=["Sở Nội vụ", "Lưu: VT, NV"])


@pytest.mark.parametrize(
    ("fields", "message"),
    [
        ({"items": ["Sở Nội vụ", ""]}, r"^Recipients\.items\[1\]: must not be empty"),
        ({"items": ["Sở\x0bNội vụ"]}, r"^Recipients\.items\[0\]: contains a control character"),
        ({"archive_copies": 0}, r"^Recipients\.archive_copies: must be a positive number"),
        ({"archive": ["NV", 3]}, r"^Recipients\.archive\[1\]: must be text"),
    ],
)
def test_recipient_errors(fields: dict[str, object], message: str) -> None:
    with pytest.raises(FieldError, match=message):
        Recipients(**fields)  # type: ignore[arg-type]
