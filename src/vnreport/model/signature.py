"""The signature block (ô 7): authority, titles and the signer's name (Phụ lục I, II.7; Điều 13).

The lines above the name form a stack read top-down, for example::

    TM. ỦY BAN NHÂN DÂN      on behalf of the collective body (thay mặt)
    KT. CHỦ TỊCH             a deputy signs for the head (ký thay)
    PHÓ CHỦ TỊCH             the signer's own title
    Phạm Thị Tuyên           the name, in normal case, never in capitals

Điều 13 fixes which stacks are valid; an invalid one is refused with the rule it breaks.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any

import attrs

from vnreport.errors import FieldError
from vnreport.formatting.text import clean_text, upper_vi
from vnreport.model._fields import check_text, fail, field_name, to_text
from vnreport.rules import ND30, AuthorityPrefix

__all__ = ["Authority", "AuthorityPrefix", "Signature", "check_person_name"]


# A line of the stack as typed: "TM. Ủy ban nhân dân", "kt. chủ tịch"; the prefixes are
# the rulebook's.
_PREFIX_TEXT = re.compile(
    r"^\s*("
    + "|".join(re.escape(prefix.value[:-1]) for prefix in AuthorityPrefix)
    + r")\.\s*(.+)$",
    re.IGNORECASE,
)
_GRAMMAR = ND30.authority


@attrs.frozen(kw_only=True)
class Authority:
    """One line of the stack above the signer's title: a prefix and a body or title.

    >>> Authority.parse("KT. Chủ tịch")
    Authority(prefix=<AuthorityPrefix.DEPUTY: 'KT.'>, title='Chủ tịch')
    >>> Authority.parse("TM. Ủy ban nhân dân").line
    'TM. ỦY BAN NHÂN DÂN'
    """

    prefix: AuthorityPrefix = attrs.field(validator=attrs.validators.instance_of(AuthorityPrefix))
    title: str = attrs.field(converter=to_text, validator=check_text)

    @classmethod
    def parse(cls, text: str) -> Authority:
        """Read a line such as "TM. Ủy ban nhân dân" or "KT. CHỦ TỊCH"."""
        match = _PREFIX_TEXT.match(clean_text(text))
        if match is None:
            raise ValueError(
                f"{text!r} does not start with TM., KT., TL. or TUQ. "
                "(Q. for an acting head belongs to the signer: Signature(acting=True))"
            )
        prefix = AuthorityPrefix(match.group(1).upper() + ".")
        return cls(prefix=prefix, title=match.group(2))

    @property
    def line(self) -> str:
        """The printed line, in capitals."""
        return f"{self.prefix.value} {upper_vi(self.title)}"


def _to_authorities(values: Iterable[Authority | str]) -> tuple[Authority | str, ...]:
    if isinstance(values, str):
        values = (values,)
    if not isinstance(values, Iterable):
        return values  # the validator names the problem
    converted: list[Authority | str] = []
    for value in values:
        if isinstance(value, str):
            try:
                converted.append(Authority.parse(value))
            except ValueError:
                # Kept as typed: the validator names this line, not the ones before it.
                converted.append(value)
        else:
            converted.append(value)
    return tuple(converted)


# A deputy's title: "Phó Chủ tịch", "Phó Giám đốc", "Phó Vụ trưởng"…, and "Thứ trưởng",
# the deputy of a Bộ trưởng.
_DEPUTY_TITLE = re.compile(r"^(phó|thứ trưởng)\b", re.IGNORECASE)


@attrs.frozen(kw_only=True)
class Signature:
    """Who signs and with what authority (*quyền hạn, chức vụ, họ tên người ký*).

    ``authority`` lists the prefixed lines top-down, as :class:`Authority` objects or as
    text ("TM. Ủy ban nhân dân", "KT. Chủ tịch"); ``title`` is the signer's own title
    (*chức vụ*), ``name`` their full name in normal case. ``acting=True`` prints "Q."
    before the title of an acting head (*quyền*).

    >>> signature = Signature(
    ...     authority=["TM. Ủy ban nhân dân", "KT. Chủ tịch"],
    ...     title="Phó Chủ tịch",
    ...     name="Phạm Thị Tuyên",
    ... )
    >>> signature.lines
    ('TM. ỦY BAN NHÂN DÂN', 'KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH')
    >>> Signature(authority=["KT. Chủ tịch"], title="Chủ tịch", name="Nguyễn Văn A")
    Traceback (most recent call last):
    ...
    vnreport.errors.FieldError: Signature.title: KT. (ký thay) means a deputy signs for ...
    """

    # In the order they are printed, top-down.
    authority: tuple[Authority, ...] = attrs.field(default=(), converter=_to_authorities)
    title: str = attrs.field(converter=to_text, validator=check_text)
    name: str = attrs.field(converter=to_text, validator=check_text)
    acting: bool = attrs.field(default=False, validator=attrs.validators.instance_of(bool))

    @name.validator
    def _check_name(self, attribute: attrs.Attribute[Any], value: str) -> None:
        check_person_name(self, attribute, value)

    @authority.validator
    def _check_authority(self, attribute: attrs.Attribute[Any], values: object) -> None:
        name = field_name(self, attribute)
        if not isinstance(values, tuple):
            raise fail(self, attribute, f"must be a list of authority lines, got {values!r}")
        previous: AuthorityPrefix | None = None
        for index, value in enumerate(values):
            if isinstance(value, str):
                raise FieldError(
                    f"{name}[{index}]",
                    f"{value!r} has no TM., KT., TL. or TUQ., so it is not an authority line: "
                    "a title of the signer's own goes in Signature.title, and 'Q.' of an "
                    "acting head in Signature.acting",
                )
            if not isinstance(value, Authority):
                raise FieldError(
                    f"{name}[{index}]",
                    f"{value!r} is not an authority line: "
                    "write 'TM. …', 'KT. …', 'TL. …' or 'TUQ. …'",
                )
            if not _GRAMMAR.follows(previous, value.prefix):
                # Only TM. can be refused at the top; any other refusal is caused by the
                # line before it.
                on_behalf = value.prefix is AuthorityPrefix.ON_BEHALF
                broken = value.prefix if on_behalf or previous is None else previous
                rule = _GRAMMAR.why_not[broken]
                raise FieldError(f"{name}[{index}]", f"{value.line!r} cannot come here: {rule}")
            previous = value.prefix

    def __attrs_post_init__(self) -> None:
        last = self.authority[-1] if self.authority else None
        if (
            last is not None
            and last.prefix in (AuthorityPrefix.ON_BEHALF, AuthorityPrefix.BY_ORDER)
            and _DEPUTY_TITLE.match(self.title)
        ):
            head = _head_of(self.title)
            raise FieldError(
                "Signature.authority",
                f"a deputy ({self.title!r}) signs for the head with KT. (ký thay): add "
                f"'KT. {head}' after {last.line!r}, so the stack reads "
                f"{last.prefix.value} … / KT. {upper_vi(head)} / {upper_vi(self.title)}",
            )
        if last is not None and last.prefix is AuthorityPrefix.DEPUTY:
            if not _DEPUTY_TITLE.match(self.title):
                raise FieldError(
                    "Signature.title",
                    "KT. (ký thay) means a deputy signs for the head, so the signer's own title "
                    f"must be a deputy's ('Phó {last.title}'), got {self.title!r}",
                )
            if self.acting:
                raise FieldError(
                    "Signature.acting",
                    "a deputy signing with KT. is not an acting head: drop Q. or KT.",
                )

    @property
    def lines(self) -> tuple[str, ...]:
        """The lines above the name, in capitals, as printed (ô 7a)."""
        own = upper_vi(self.title)
        acting = f"{_GRAMMAR.acting} {own}"
        return (*(line.line for line in self.authority), acting if self.acting else own)


def check_person_name(instance: object, attribute: attrs.Attribute[Any], value: str) -> None:
    """Validator: a person's name as printed under a signature, in normal case with a
    capital on every word (Phụ lục II, 2), never in capitals."""
    letters = [char for char in value if char.isalpha()]
    if len(letters) > 1 and all(char.isupper() for char in letters):
        raise fail(
            instance,
            attribute,
            f"the signer's name is written in normal case ({_title_case(value)!r}), "
            f"never in capitals: got {value!r}",
        )
    # Phụ lục II, 2: every syllable of a person's name takes a capital.
    if any(word[0].islower() for word in value.split()):
        raise fail(
            instance,
            attribute,
            "every word of a person's name starts with a capital "
            f"({_title_case(value)!r}): got {value!r}",
        )


def _title_case(name: str) -> str:
    return " ".join(word[:1].upper() + word[1:].lower() for word in name.split())


def _head_of(deputy: str) -> str:
    """The head's title a deputy signs for: "Phó Chủ tịch" → "Chủ tịch"."""
    if deputy.casefold().startswith("thứ trưởng"):
        return "Bộ trưởng" + deputy[len("thứ trưởng") :]
    words = deputy.split(" ", 1)
    rest = words[1] if len(words) > 1 else deputy
    return rest[:1].upper() + rest[1:]
