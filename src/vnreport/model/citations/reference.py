"""The citation of another document as a value: :class:`DocumentReference`."""

from __future__ import annotations

import datetime
import re
from typing import Any

import attrs

from vnreport.model._fields import check_optional_text, check_text, fail, to_optional_text, to_text
from vnreport.model.citations.dates import DATE, CitationDateStyle, write_date
from vnreport.model.citations.issuers import AmbiguousCitationError, split_issuer
from vnreport.model.citations.reading import (
    HEAD,
    INNER_KIND,
    FoundReference,
    find_citations,
    parse_citation,
)
from vnreport.model.citations.vocabulary import LAW_KINDS, SubjectConnector, subject_start
from vnreport.model.number import NUMBER_PATTERN, DocumentNumber, SymbolStyle

__all__ = ["DocumentReference", "find_references"]

# Words of a kind: letters only, joined by a space, ", " or " - ". No digit, so the number
# is the first digit of a citation and the kind ends right before it (or before " số").
_KIND_SHAPE = re.compile(r"[^\W\d_]+(?:(?: |, | - )[^\W\d_]+)*")
_LAW_KIND_WITH_WORDS = re.compile(rf"(?P<kind>{'|'.join(LAW_KINDS)}) (?P<name>.+)")


def _to_number(value: DocumentNumber | str | None) -> DocumentNumber | None:
    # A string that is not a number passes through for the validator to report by name.
    if isinstance(value, str):
        try:
            return DocumentNumber.parse(value)
        except ValueError:
            return value  # type: ignore[return-value]
    return value


def _to_date(value: datetime.date | str | None) -> datetime.date | None:
    if isinstance(value, datetime.datetime):
        return value.date()
    if isinstance(value, str):
        try:
            return datetime.date.fromisoformat(value.strip())
        except ValueError:
            return value  # type: ignore[return-value]
    return value


def _to_date_style(value: CitationDateStyle | str) -> CitationDateStyle:
    if isinstance(value, str):
        try:
            return CitationDateStyle(value)
        except ValueError:
            return value  # type: ignore[return-value]
    return value


def _to_connector(value: SubjectConnector | str) -> SubjectConnector:
    if isinstance(value, str):
        try:
            return SubjectConnector(value)
        except ValueError:
            return value  # type: ignore[return-value]
    return value


def _check_bool(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    if not isinstance(value, bool):
        raise fail(instance, attribute, f"must be True or False, got {value!r}")


def _padded(text: str) -> str:
    return f" {text} "


@attrs.frozen(kw_only=True)
class DocumentReference:
    """A citation of another document (*trích dẫn văn bản*).

    ``kind`` is the type name as written before the number (*tên loại*: "Kế hoạch",
    "Nghị quyết liên tịch", "Báo cáo giải trình"), capitalised as Phụ lục II, rule 6
    requires. A law, code, ordinance or constitution (:data:`LAW_KINDS`) is cited by its
    name too: ``kind="Luật"``, ``name="Tổ chức chính quyền địa phương"``, and its number
    may be left out ("Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm
    2015"). ``number`` is the number and symbol (*số, ký hiệu*) in any of the three styles;
    ``date`` is the date of issue (*ngày ban hành*); ``issuer`` is printed after "của"
    (*cơ quan ban hành*); ``subject`` is the summary (*trích yếu*), introduced by
    ``connector``: "về" (the default, also kept when there is no subject), "về việc", or
    nothing when it starts with its verb ("quy định chi tiết …") or a quotation mark. ``with_so`` writes "số" before the number;
    ``comma_before_date`` writes ", ngày" as Party texts do, ``comma_after_date`` the comma
    before "của" ("…, ngày 15-5-2016, của Bộ Chính trị"); ``date_style`` picks
    "07/6/2021", "ngày 07 tháng 6 năm 2021" or "07-6-2021".

    >>> plan = DocumentReference(
    ...     kind="Kế hoạch", number="70/KH-UBND", date=datetime.date(2021, 3, 26),
    ...     issuer="UBND huyện Tuần Giáo",
    ... )
    >>> str(plan)
    'Kế hoạch số 70/KH-UBND ngày 26/3/2021 của UBND huyện Tuần Giáo'
    >>> plan.short()
    'Kế hoạch số 70/KH-UBND'
    >>> decree = DocumentReference.parse(
    ...     "Nghị định số 123/2016/NĐ-CP ngày 01 tháng 9 năm 2016 của Chính phủ quy định chức "
    ...     "năng, nhiệm vụ của bộ"
    ... )
    >>> decree.date_style, decree.issuer, decree.connector, decree.subject
    (<CitationDateStyle.LONG: 'long'>, 'Chính phủ', <SubjectConnector.DIRECT: ''>, 'quy định chức năng, nhiệm vụ của bộ')
    >>> law = DocumentReference.parse("Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015")
    >>> law.kind, law.name, law.number, law.title
    ('Luật', 'Tổ chức chính quyền địa phương', None, 'Luật Tổ chức chính quyền địa phương')
    >>> ordinance = DocumentReference.parse("Pháp lệnh 34/2007/PL-UBTVQH11")
    >>> ordinance.with_so, ordinance.number.style, ordinance.number.year
    (False, <SymbolStyle.LEGAL: 'legal'>, 2007)
    """  # noqa: E501

    kind: str = attrs.field(converter=to_text, validator=check_text)
    number: DocumentNumber | None = attrs.field(default=None, converter=_to_number)
    date: datetime.date | None = attrs.field(default=None, converter=_to_date)
    issuer: str | None = attrs.field(
        default=None, converter=to_optional_text, validator=check_optional_text
    )
    subject: str | None = attrs.field(
        default=None, converter=to_optional_text, validator=check_optional_text
    )
    with_so: bool = attrs.field(validator=_check_bool)
    date_style: CitationDateStyle = attrs.field(
        default=CitationDateStyle.SHORT, converter=_to_date_style
    )
    comma_before_date: bool = attrs.field(default=False, validator=_check_bool)
    name: str | None = attrs.field(
        default=None, converter=to_optional_text, validator=check_optional_text
    )
    connector: SubjectConnector = attrs.field(default=SubjectConnector.VE, converter=_to_connector)
    comma_after_date: bool = attrs.field(default=False, validator=_check_bool)

    @with_so.default
    def _default_with_so(self) -> bool:
        return self.number is not None

    @kind.validator
    def _check_kind(self, attribute: attrs.Attribute[Any], value: str) -> None:
        if not _KIND_SHAPE.fullmatch(value):
            raise fail(
                self,
                attribute,
                f"{value!r} must be words of letters separated by single spaces (or ', ' and "
                "' - ' inside a name), like 'Nghị quyết liên tịch' or 'Báo cáo giải trình'",
            )
        if not value[0].isupper():
            raise fail(
                self,
                attribute,
                f"{value!r} must start with a capital letter, as in 'Nghị định số "
                "30/2020/NĐ-CP' (Phụ lục II, rule 6)",
            )
        law = _LAW_KIND_WITH_WORDS.fullmatch(value)
        if law is not None:
            raise fail(
                self,
                attribute,
                f"{value!r} holds a law's name: give kind={law['kind']!r} and name={law['name']!r}",
            )
        inner = INNER_KIND.search(value)
        if inner is not None:
            raise fail(
                self,
                attribute,
                f"{value!r} has the type name {inner.group()!r} after other words; the "
                f"citation starts at the type name ({value[inner.start() :]!r})",
            )
        if value.split()[-1].casefold() == "số":
            raise fail(
                self,
                attribute,
                f"{value!r} must not end with 'số': the citation writes it (with_so=True)",
            )

    @number.validator
    def _check_number(self, attribute: attrs.Attribute[Any], value: object) -> None:
        if value is None:
            if self.kind not in LAW_KINDS:
                raise fail(
                    self,
                    attribute,
                    f"a {self.kind!r} is cited by its number; only "
                    f"{', '.join(LAW_KINDS)} may be cited by name alone",
                )
            if self.name is None:
                raise fail(self, attribute, "a law cited without its number needs its name")
            return
        if isinstance(value, str):
            try:
                DocumentNumber.parse(value)
            except ValueError as error:
                raise fail(self, attribute, str(error)) from None
        if not isinstance(value, DocumentNumber):
            raise fail(
                self,
                attribute,
                f"must be a DocumentNumber or text like '70/KH-UBND', got {type(value).__name__}",
            )
        if value.number is None:
            raise fail(
                self,
                attribute,
                f"a cited document must have its number, got '{value}' (a draft awaiting "
                "registration cannot be cited)",
            )

    @name.validator
    def _check_name(self, attribute: attrs.Attribute[Any], value: str | None) -> None:
        if value is None:
            return
        if self.kind not in LAW_KINDS:
            raise fail(
                self,
                attribute,
                f"only {', '.join(LAW_KINDS)} are cited by name; a {self.kind!r} is cited by "
                "its type and number",
            )
        if value.split()[0] == "số":
            raise fail(self, attribute, f"{value!r} must not start with 'số', the number's word")
        if value.split()[-1] == "ngày":
            raise fail(self, attribute, f"{value!r} must not end with 'ngày', the date's word")
        if self.number is not None:
            if re.search(r"\d", value):
                raise fail(
                    self,
                    attribute,
                    f"{value!r} holds a digit, so the number could not be told from it",
                )
            if value.split()[-1] == "số" and not self.with_so:
                raise fail(
                    self,
                    attribute,
                    f"{value!r} ends with 'số': write the number with 'số' (with_so=True), or "
                    "it would read as the number's word",
                )
            return
        if NUMBER_PATTERN.search(value) or DATE.search(value):
            raise fail(self, attribute, f"{value!r} holds a number or a date: give it as its field")
        if self.date is None and (self.issuer is not None or self.subject is not None):
            raise fail(
                self,
                attribute,
                "a law cited by name alone runs to the end of the citation: give its date "
                "(or its number) before the issuer or the subject",
            )

    @date.validator
    def _check_date(self, attribute: attrs.Attribute[Any], value: object) -> None:
        if value is None:
            return
        if not isinstance(value, datetime.date):
            raise fail(
                self,
                attribute,
                f"must be a datetime.date, 'YYYY-MM-DD' or None, got {value!r}",
            )
        # A citation writes the year with four digits; parse() reads exactly four back.
        if value.year < 1000:
            raise fail(self, attribute, f"the year must have four digits, got {value.year}")

    @issuer.validator
    def _check_issuer(self, attribute: attrs.Attribute[Any], value: str | None) -> None:
        if value is None:
            return
        if " về " in _padded(value):
            raise fail(
                self,
                attribute,
                f"{value!r} contains the word 'về', which begins the subject; give what "
                "follows it as subject",
            )
        # "của UBND tỉnh và Chỉ thị số 05/CT-TTg" is two citations, not one long issuer.
        other = HEAD.search(value)
        if other is not None:
            raise fail(
                self,
                attribute,
                f"{value!r} contains another citation, {other.group()!r}; cite each "
                "document separately",
            )
        try:
            tail = split_issuer(value)
        except AmbiguousCitationError:
            return  # parse() reports it; parse(text, issuer=...) reads it back
        if tail.issuer != value:
            raise fail(
                self,
                attribute,
                f"{value!r} would be read as the issuer {tail.issuer!r} followed by the "
                f"subject {tail.subject!r}: an issuer's name holds no subject verb",
            )

    @subject.validator
    def _check_subject(self, attribute: attrs.Attribute[Any], value: str | None) -> None:
        if value is not None and _padded(value).casefold().startswith(" về "):
            raise fail(
                self,
                attribute,
                f"{value!r} starts with 'về', which the citation writes itself; leave it out",
            )

    @connector.validator
    def _check_connector(self, attribute: attrs.Attribute[Any], value: object) -> None:
        if not isinstance(value, SubjectConnector):
            allowed = ", ".join(repr(connector.value) for connector in SubjectConnector)
            raise fail(self, attribute, f"must be one of {allowed}, got {value!r}")
        subject = self.subject
        if subject is None:
            # Kept at its default, so that the value read back equals the value written.
            if value is not SubjectConnector.VE:
                raise fail(self, attribute, f"there is no subject for {value.value!r} to introduce")
            return
        if value is SubjectConnector.VE and _padded(subject).startswith(" việc "):
            raise fail(
                self,
                attribute,
                f"the subject {subject!r} starts with 'việc': write connector='về việc' and "
                "the subject after it",
            )
        if value is SubjectConnector.DIRECT and subject_start(subject) is None:
            raise fail(
                self,
                attribute,
                f"a subject without 'về' starts with its verb ('quy định', 'hướng dẫn', 'ban "
                f"hành' …) or a quotation mark, got {subject!r}; write connector='về'",
            )

    @date_style.validator
    def _check_date_style(self, attribute: attrs.Attribute[Any], value: object) -> None:
        if not isinstance(value, CitationDateStyle):
            allowed = ", ".join(repr(style.value) for style in CitationDateStyle)
            raise fail(self, attribute, f"must be one of {allowed}, got {value!r}")
        # Without a date the style would be lost in writing, and parse() could not restore it.
        if value is not CitationDateStyle.SHORT and self.date is None:
            raise fail(self, attribute, f"{value.value!r} needs a date to format")
        # Nghị định 30 writes "07/6/2021"; "07-6-2021" is the Party texts' way.
        if value is CitationDateStyle.HYPHEN and (
            self.number is None or self.number.style is not SymbolStyle.PARTY
        ):
            raise fail(
                self,
                attribute,
                "a date with hyphens ('15-5-2016') is written for Party documents "
                "('05-CT/TW') only; use 'short' ('15/5/2016') or 'long'",
            )

    @comma_before_date.validator
    def _check_comma(self, attribute: attrs.Attribute[Any], value: bool) -> None:
        if value and self.date is None:
            raise fail(self, attribute, "there is no date to put a comma before")

    @comma_after_date.validator
    def _check_comma_after(self, attribute: attrs.Attribute[Any], value: bool) -> None:
        if value and (self.date is None or self.issuer is None):
            raise fail(self, attribute, "the comma after the date stands before 'của' issuer")

    @with_so.validator
    def _check_with_so(self, attribute: attrs.Attribute[Any], value: bool) -> None:
        if value and self.number is None:
            raise fail(self, attribute, "there is no number to write 'số' before")

    @property
    def title(self) -> str:
        """The type and, for a law, its name: "Luật Tổ chức Chính phủ"."""
        return self.kind if self.name is None else f"{self.kind} {self.name}"

    def short(self) -> str:
        """The form used to mention the document again: type (and name) and number only.

        >>> DocumentReference.parse("Chỉ thị số 05/CT-TTg, ngày 28/01/2020").short()
        'Chỉ thị số 05/CT-TTg'
        """
        if self.number is None:
            return self.title
        so = " số" if self.with_so else ""
        return f"{self.title}{so} {self.number}"

    def __str__(self) -> str:
        pieces = [self.short()]
        if self.date is not None:
            pieces.append("," if self.comma_before_date else "")
            pieces.append(f" {write_date(self.date, self.date_style)}")
            pieces.append("," if self.comma_after_date else "")
        if self.issuer is not None:
            pieces.append(f" của {self.issuer}")
        if self.subject is not None:
            connector = f" {self.connector.value}" if self.connector.value else ""
            pieces.append(f"{connector} {self.subject}")
        return "".join(pieces)

    @classmethod
    def parse(cls, text: str, *, issuer: str | None = None) -> DocumentReference:
        """The citation that is exactly ``text`` (after NFC normalisation).

        Raises :class:`ValueError` if ``text`` is not one citation, or is one written in a
        non-canonical way (the message then gives the canonical spelling), and
        :class:`AmbiguousCitationError` (a ``ValueError``) when its words cannot tell where the
        issuer ends and the subject begins; ``issuer`` then says it.

        >>> DocumentReference.parse("Công văn số 200-CV/HU ngày 07/6/2021 của Huyện ủy Tuần Giáo")
        ... # doctest: +NORMALIZE_WHITESPACE
        DocumentReference(kind='Công văn',
            number=DocumentNumber(number=200, symbol='CV/HU', year=None,
                                  style=<SymbolStyle.PARTY: 'party'>, suffix=None),
            date=datetime.date(2021, 6, 7), issuer='Huyện ủy Tuần Giáo', subject=None,
            with_so=True, date_style=<CitationDateStyle.SHORT: 'short'>,
            comma_before_date=False, name=None, connector=<SubjectConnector.VE: 'về'>,
            comma_after_date=False)
        >>> DocumentReference.parse("Luật số 5/2019/QH14")
        Traceback (most recent call last):
        ...
        ValueError: 'Luật số 5/2019/QH14' is not written canonically: write 'Luật số 05/2019/QH14'
        >>> DocumentReference.parse("Quyết định số 45/QĐ-BCĐ của Ban Chỉ đạo thực hiện Đề án")
        Traceback (most recent call last):
        ...
        vnreport.model.citations.issuers.AmbiguousCitationError: 'Quyết định số 45/QĐ-BCĐ của Ban Chỉ đạo thực hiện Đề án' is ambiguous: 'thực' may start the subject ...
        >>> DocumentReference.parse(
        ...     "Quyết định số 45/QĐ-BCĐ của Ban Chỉ đạo thực hiện Đề án",
        ...     issuer="Ban Chỉ đạo thực hiện Đề án",
        ... ).issuer
        'Ban Chỉ đạo thực hiện Đề án'
        """  # noqa: E501
        return parse_citation(cls, text, issuer)

    @classmethod
    def find_all(cls, text: str) -> list[FoundReference]:
        """Every citation in running text, in order, as ``(start, end, reference)``.

        ``text[start:end] == str(reference)`` always holds, so the text between the
        citations and the formatted citations put the text back together. A citation is a
        known type name (:data:`KNOWN_KINDS`) right before its number, with or without
        "số" (or with words describing it before "số": "Báo cáo giải trình số …"); a law
        with its name before its number or its date ("Luật Đầu tư công số 49/2014/QH13",
        "Luật Tổ chức Chính phủ ngày 19 tháng 6 năm 2015"), or by its name alone on a
        "Căn cứ …;" line. The date and the issuer are taken when they follow in canonical
        form, the subject never: where it ends cannot be told from the words (see the
        package's documentation for where an issuer ends). Since a citation is always
        written canonically, a number written otherwise ("5/KH-UBND") is skipped, and a
        date written otherwise ("ngày 7/6/2021") ends the citation before it, issuer
        included.

        ``text`` must be in NFC, as every model field stores it; otherwise the offsets
        could not match the citations.

        >>> text = ("Thực hiện Kế hoạch số 1169/KH-UBND của UBND tỉnh được các xã triển khai "
        ...         "theo Pháp lệnh 34/2007/PL-UBTVQH11.")
        >>> for start, end, reference in DocumentReference.find_all(text):
        ...     print(start, end, reference)
        10 48 Kế hoạch số 1169/KH-UBND của UBND tỉnh
        77 106 Pháp lệnh 34/2007/PL-UBTVQH11
        """
        return find_citations(cls, text)


def find_references(text: str) -> list[FoundReference]:
    """Every citation in running text; see :meth:`DocumentReference.find_all`.

    >>> [str(found.reference) for found in find_references("theo Luật số 45/2019/QH14.")]
    ['Luật số 45/2019/QH14']
    """
    return DocumentReference.find_all(text)
