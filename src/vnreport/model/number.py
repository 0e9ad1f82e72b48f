"""Document number and symbol (*số, ký hiệu*) in the three styles a document can cite."""

from __future__ import annotations

import enum
import re
from typing import Any

import attrs

from vnreport.formatting.symbols import (
    compose_symbol,
    format_legal_number,
    format_number_line,
    format_party_number,
    format_state_number,
    number_text,
)
from vnreport.formatting.text import nfc
from vnreport.model._fields import (
    as_int,
    check_text,
    fail,
    instance_of,
    to_optional_text,
    to_text,
)
from vnreport.rules.doctypes import DocumentType

__all__ = ["DocumentNumber", "SymbolStyle"]


class SymbolStyle(enum.Enum):
    """How a number and symbol are written."""

    #: State administrative documents (Nghị định 30/2020): ``05/BC-UBND``.
    STATE = "state"
    #: Legal normative documents, with the year: ``30/2020/NĐ-CP``.
    LEGAL = "legal"
    #: Party documents (Hướng dẫn 36-HD/VPTW): ``200-CV/HU``.
    PARTY = "party"


# A group is letters and digits; real symbols also join two abbreviations inside a group
# with "&" or "." ("TTr-NN&PTNT", "SGD&ĐT-GDTrH", "QĐ.UB"), never at its ends.
_GROUP = r"[^\W_]+(?:[&.][^\W_]+)*"
_GROUPS = rf"{_GROUP}(?:-{_GROUP})*"
# A letter after the number marks a document issued beside the one with that number
# ("Nghị quyết số 30a/2008/NQ-CP"); one or two letters, as printed.
_SUFFIX = r"[^\W\d_]{1,2}"
_SUFFIX_SHAPE = re.compile(rf"^{_SUFFIX}$")
_SYMBOL_SHAPES = {
    SymbolStyle.STATE: re.compile(rf"^{_GROUPS}$"),
    SymbolStyle.LEGAL: re.compile(rf"^{_GROUPS}$"),
    SymbolStyle.PARTY: re.compile(rf"^{_GROUPS}/{_GROUPS}$"),
}
_SYMBOL_EXAMPLES = {
    SymbolStyle.STATE: "'BC-UBND'",
    SymbolStyle.LEGAL: "'NĐ-CP'",
    SymbolStyle.PARTY: "'CV/HU'",
}

#: Number and symbol as they appear in running text, in any of the three styles.
NUMBER_PATTERN = re.compile(
    rf"(?P<number>\d+)(?P<suffix>{_SUFFIX})?(?:"
    rf"/(?P<year>\d{{4}})/(?P<legal>{_GROUPS})"
    rf"|/(?P<state>{_GROUPS})"
    rf"|-(?P<party>{_GROUPS}/{_GROUPS})"
    rf")"
)


def _to_style(value: SymbolStyle | str) -> SymbolStyle:
    try:
        return SymbolStyle(value)
    except ValueError:
        return value  # type: ignore[return-value]  # the validator names the field


@attrs.frozen(kw_only=True)
class DocumentNumber:
    """A document's number and symbol (*số và ký hiệu*).

    ``number`` is ``None`` only for a state document awaiting registration (a draft);
    ``symbol`` is everything after the number ("BC-UBND", "NĐ-CP", "CV/HU", "TTr-NN&PTNT")
    and keeps its case; ``year`` belongs to legal normative documents only; ``suffix`` is
    the letter some numbers carry ("30a/2008/NQ-CP"), as printed.

    >>> str(DocumentNumber(number=5, symbol="BC-UBND"))
    '05/BC-UBND'
    >>> str(DocumentNumber(number=30, year=2020, symbol="NĐ-CP", style="legal"))
    '30/2020/NĐ-CP'
    >>> DocumentNumber.parse("200-CV/HU")  # doctest: +NORMALIZE_WHITESPACE
    DocumentNumber(number=200, symbol='CV/HU', year=None, style=<SymbolStyle.PARTY: 'party'>,
                   suffix=None)
    >>> DocumentNumber(number=None, symbol="BC-UBND").line
    'Số:     /BC-UBND'
    >>> DocumentNumber.parse("30a/2008/NQ-CP").suffix
    'a'
    """

    number: int | None = attrs.field(converter=as_int)
    symbol: str = attrs.field(converter=to_text, validator=check_text)
    year: int | None = attrs.field(default=None, converter=as_int)
    style: SymbolStyle = attrs.field(
        default=SymbolStyle.STATE,
        converter=_to_style,
        validator=instance_of(SymbolStyle),
    )
    suffix: str | None = attrs.field(default=None, converter=to_optional_text)

    @number.validator
    def _check_number(self, attribute: attrs.Attribute[Any], value: object) -> None:
        if value is None:
            return
        if isinstance(value, bool) or not isinstance(value, int):
            raise fail(self, attribute, f"must be a whole number or None, got {value!r}")
        if value < 1:
            raise fail(self, attribute, f"numbers start at 1 each year, got {value}")

    @symbol.validator
    def _check_symbol(self, attribute: attrs.Attribute[Any], value: str) -> None:
        style = self.style
        if isinstance(style, SymbolStyle) and not _SYMBOL_SHAPES[style].match(value):
            raise fail(
                self,
                attribute,
                f"{value!r} is not a {style.value} symbol: abbreviations joined by '-' with "
                f"no spaces, like {_SYMBOL_EXAMPLES[style]}",
            )

    @year.validator
    def _check_year(self, attribute: attrs.Attribute[Any], value: object) -> None:
        style = self.style
        if style is SymbolStyle.LEGAL:
            if isinstance(value, bool) or not isinstance(value, int) or not 1945 <= value <= 9999:
                raise fail(
                    self, attribute, f"a legal document's symbol needs its year, got {value!r}"
                )
            if self.number is None:
                raise fail(self, attribute, "a legal document cited by year needs its number")
        elif value is not None:
            raise fail(self, attribute, "only legal normative documents carry a year")
        elif style is SymbolStyle.PARTY and self.number is None:
            raise fail(self, attribute, "a Party document needs its number")

    @suffix.validator
    def _check_suffix(self, attribute: attrs.Attribute[Any], value: object) -> None:
        if value is None:
            return
        if not isinstance(value, str) or not _SUFFIX_SHAPE.match(value):
            raise fail(
                self,
                attribute,
                f"must be one or two letters, as in '30a/2008/NQ-CP', got {value!r}",
            )
        if self.number is None:
            raise fail(self, attribute, "a letter after the number needs the number")

    @classmethod
    def issued(
        cls,
        number: int | None,
        doc_type: DocumentType,
        issuer: str,
        unit: str | None = None,
    ) -> DocumentNumber:
        """The number of a document an agency issues: type, issuer and optional unit.

        A *công văn* has no type abbreviation: its symbol is issuer then unit.

        >>> str(DocumentNumber.issued(12, DocumentType.OFFICIAL_LETTER, "UBND", "VP"))
        '12/UBND-VP'
        >>> str(DocumentNumber.issued(3, DocumentType.SUBMISSION, "UBND"))
        '03/TTr-UBND'
        """
        return cls(number=number, symbol=compose_symbol(doc_type.abbreviation, issuer, unit))

    @classmethod
    def parse(cls, text: str) -> DocumentNumber:
        """Read a number and symbol in any of the three styles.

        >>> str(DocumentNumber.parse("34/2007/PL-UBTVQH11"))
        '34/2007/PL-UBTVQH11'
        """
        match = NUMBER_PATTERN.fullmatch(nfc(text).strip())
        if match is None:
            raise ValueError(
                f"{text!r} is not a document number and symbol "
                "(expected e.g. '05/BC-UBND', '30/2020/NĐ-CP' or '200-CV/HU')"
            )
        return cls.from_match(match)

    @classmethod
    def from_match(cls, match: re.Match[str]) -> DocumentNumber:
        """Build from a match of :data:`NUMBER_PATTERN`."""
        number = int(match["number"])
        suffix = match["suffix"]
        if match["legal"]:
            return cls(
                number=number,
                year=int(match["year"]),
                symbol=match["legal"],
                style=SymbolStyle.LEGAL,
                suffix=suffix,
            )
        if match["party"]:
            return cls(number=number, symbol=match["party"], style=SymbolStyle.PARTY, suffix=suffix)
        return cls(number=number, symbol=match["state"], suffix=suffix)

    @property
    def line(self) -> str:
        """The "Số:" line of the header; only state documents carry one."""
        if self.style is not SymbolStyle.STATE:
            raise ValueError(f"a {self.style.value} number is cited, not printed as 'Số:'")
        line = format_number_line(self.number, self.symbol)
        if self.suffix is None or self.number is None:
            return line
        head = line[: line.index("/")]
        return f"{head}{self.suffix}{line[len(head) :]}"

    def __str__(self) -> str:
        written = self._written()
        if self.suffix is None or self.number is None:
            return written
        digits = len(number_text(self.number))
        return f"{written[:digits]}{self.suffix}{written[digits:]}"

    def _written(self) -> str:
        if self.style is SymbolStyle.LEGAL:
            assert self.number is not None
            assert self.year is not None
            return format_legal_number(self.number, self.year, self.symbol)
        if self.style is SymbolStyle.PARTY:
            assert self.number is not None
            return format_party_number(self.number, self.symbol)
        return format_state_number(self.number, self.symbol)
