"""Citations of other documents (*trích dẫn văn bản*): "Kế hoạch số 70/KH-UBND ngày 26/3/2021".

A citation names the type (*tên loại*), the number and symbol (*số, ký hiệu*), and often the
date, the issuer and the subject:

    {kind}[ số] {number}[, | ]ngày {date}[ của {issuer}][ về {subject}]

State texts write "Kế hoạch số 70/KH-UBND ngày 26/3/2021 của UBND huyện Tuần Giáo"; the
decree itself writes the long date, "Nghị định số 110/2004/NĐ-CP ngày 08 tháng 4 năm 2004 của
Chính phủ"; Party texts (and the seed report) put a comma before "ngày"; laws and ordinances
are often cited without "số" ("Pháp lệnh 34/2007/PL-UBTVQH11").

Only the canonical spelling is a citation here: numbers below 10 take a leading zero, dates
follow :mod:`vnreport.formatting.dates`, pieces are separated by single spaces. That is what
makes ``str(DocumentReference.parse(text)) == text`` hold; :meth:`DocumentReference.parse`
refuses any other spelling and names the canonical one.

In running text (:meth:`DocumentReference.find_all`) the issuer has no closing mark, so it is
read as the longest run of words that can belong to an agency name (Phụ lục II, rules 5 and 8:
the type and field words are capitalised, a few name words are not). It starts with a capital
letter ("của mình" is no issuer) and stops before

* punctuation: ``, ; : . ! ? …``, brackets and quotation marks (a name in brackets, such as
  "(Khóa XI)", is a comment on the issuer, not part of it);
* a word that begins a clause rather than continuing a name: "về" (the subject), "được",
  "đã", "theo", "trong", "tại", "ngày" … (:data:`_ISSUER_STOP_WORDS`);
* "và" or "-" not followed by a capitalised word ("Chính phủ và Ủy ban Trung ương MTTQ Việt
  Nam" and "Bộ Lao động - Thương binh và Xã hội" are one issuer, "… và các văn bản" ends it);
* the next citation, and the end of the text or of the line.

The subject is never guessed in running text: where it ends cannot be told from the words.
"""

from __future__ import annotations

import datetime
import enum
import re
import unicodedata
from typing import Any, NamedTuple

import attrs

from vnreport.formatting.dates import format_date, format_short_date
from vnreport.formatting.text import nfc
from vnreport.model._fields import check_optional_text, check_text, fail, to_optional_text, to_text
from vnreport.model.number import NUMBER_PATTERN, DocumentNumber
from vnreport.rules.doctypes import DocumentType

__all__ = [
    "KNOWN_KINDS",
    "CitationDateStyle",
    "DocumentReference",
    "FoundReference",
    "find_references",
]


class CitationDateStyle(enum.Enum):
    """How a citation writes the date of the cited document."""

    #: "… ngày 07/6/2021 …", the usual form in reports and plans.
    SHORT = "short"
    #: "… ngày 07 tháng 6 năm 2021 …", the form the decrees themselves use.
    LONG = "long"


#: Names of document types recognised in running text by :meth:`DocumentReference.find_all`:
#: the 29 administrative types of Nghị định 30/2020 (Điều 7), the legal normative types, the
#: Party types of Hướng dẫn 36-HD/VPTW, and a few compound names that stand right before the
#: number in practice ("Quy chế phối hợp số 01/QCPH-…"). The old-style tone marks ("uỷ",
#: "thoả") are listed too, because official texts use both spellings.
KNOWN_KINDS: tuple[str, ...] = (
    *(member.title for member in DocumentType),
    "Bản thoả thuận",
    "Giấy uỷ quyền",
    # Legal normative documents (Luật Ban hành văn bản quy phạm pháp luật).
    "Hiến pháp",
    "Bộ luật",
    "Luật",
    "Pháp lệnh",
    "Lệnh",
    "Sắc lệnh",
    "Nghị định",
    "Thông tư",
    "Thông tư liên tịch",
    "Nghị quyết liên tịch",
    "Văn bản hợp nhất",
    # Party documents.
    "Kết luận",
    "Thông tri",
    "Thông báo kết luận",
    "Chương trình hành động",
    # Generic and compound names used before a number.
    "Văn bản",
    "Quy chế phối hợp",
    "Chương trình phối hợp",
)

# Words of a kind: letters only, joined by a space, ", " or " - " (a law's name may hold
# them: "Luật Thi đua, Khen thưởng"). No digit, so the number is the first digit of a
# citation and the kind ends right before it (or before " số").
_KIND_SHAPE = re.compile(r"[^\W\d_]+(?:(?: |, | - )[^\W\d_]+)*")

# The date as written after "ngày". Loose on padding so that parse() can name the canonical
# form instead of just failing; the canonical check is done by formatting the date back.
_DATE_PATTERN = (
    r"(?P<comma>,)? ngày (?:"
    r"(?P<day>[0-9]{1,2})/(?P<month>[0-9]{1,2})/(?P<date_year>[0-9]{4})"
    r"|(?P<long_day>[0-9]{1,2}) tháng (?P<long_month>[0-9]{1,2}) năm (?P<long_year>[0-9]{4})"
    r")"
)

# A whole citation. The issuer ends at the first " về " because a subject cannot be told
# from an issuer otherwise; the validators keep "về" out of issuers so that this is exact.
_CITATION = re.compile(
    rf"(?P<kind>\D+?)(?P<so> số)? (?:{NUMBER_PATTERN.pattern})"
    rf"(?:{_DATE_PATTERN})?"
    r"(?: của (?P<issuer>.+?))?"
    r"(?: về (?P<subject>.+))?"
)

# Kind and number in running text. Longest names first, so that "Nghị quyết liên tịch" wins
# over "Nghị quyết"; the kind must start a word and the symbol must end one ("05/CT-TTg/2020"
# is not "05/CT-TTg" followed by "/2020").
_HEAD = re.compile(
    r"(?<!\w)(?P<kind>"
    + "|".join(re.escape(kind) for kind in sorted(set(KNOWN_KINDS), key=len, reverse=True))
    + rf")(?P<so> số)? (?:{NUMBER_PATTERN.pattern})(?![/\w]|-\w)"
)
_DATE = re.compile(_DATE_PATTERN + r"(?![/\w])")
# A known type name after the first word of a kind: "Thực hiện Kế hoạch" is a sentence
# running into a citation, not the name of a type.
_INNER_KIND = re.compile(
    r"(?<= )(?:"
    + "|".join(re.escape(kind) for kind in sorted(set(KNOWN_KINDS), key=len, reverse=True))
    + r")(?!\w)"
)
_WORD = re.compile(r"\S+")

# Lowercase words that begin a clause or a complement and never occur inside an agency
# name: auxiliaries and verbs of the sentence, prepositions, conjunctions, time words. The
# lowercase words that do occur in names ("nhân dân", "tỉnh", "ban", "tướng", "phủ", "trị",
# and the content words of a "Ban Chỉ đạo thực hiện …" name) are deliberately absent.
_ISSUER_STOP_WORDS = frozenset(
    {
        "được", "đã", "đang", "sẽ", "bị", "phải", "cần", "có", "không", "là", "thì", "mà",
        "về", "theo", "trong", "tại", "nhằm", "cho", "với", "đối", "từ", "đến", "trên",
        "dưới", "sau", "trước", "như", "khi", "vì", "nên", "nhưng", "hoặc", "hay", "để",
        "ngày", "tháng", "năm", "số", "này", "đó", "cũng", "vẫn", "còn",
    }
)  # fmt: skip
# Joining words inside a name: kept only when a capitalised word follows.
_ISSUER_CONNECTORS = frozenset({"và", "-", "–"})
_ISSUER_STOP_CHARS = frozenset(',;:.!?…()[]{}"“”‘’«»')
# Abbreviations written with a period inside an issuer ("UBND TP. Hồ Chí Minh").
_DOTTED_ABBREVIATIONS = frozenset({"TP.", "Tp.", "TX.", "Tx."})


class FoundReference(NamedTuple):
    """A citation found in running text: ``text[start:end] == str(reference)``."""

    start: int
    end: int
    reference: DocumentReference


def _to_number(value: DocumentNumber | str) -> DocumentNumber:
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


def _check_bool(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    if not isinstance(value, bool):
        raise fail(instance, attribute, f"must be True or False, got {value!r}")


def _padded(text: str) -> str:
    return f" {text} "


@attrs.frozen(kw_only=True)
class DocumentReference:
    """A citation of another document (*trích dẫn văn bản*).

    ``kind`` is the type name as written before the number (*tên loại*: "Kế hoạch",
    "Nghị quyết liên tịch", "Luật"), capitalised as Phụ lục II, rule 6 requires; ``number``
    is its number and symbol (*số, ký hiệu*) in any of the three styles; ``date`` is the
    date of issue (*ngày ban hành*); ``issuer`` is printed after "của" (*cơ quan ban
    hành*); ``subject`` is the summary (*trích yếu*) printed after "về", stored without
    that "về". ``with_so`` writes "số" before the number; ``comma_before_date`` writes
    ", ngày" as Party texts do; ``date_style`` picks "07/6/2021" or "ngày 07 tháng 6 năm
    2021".

    >>> plan = DocumentReference(
    ...     kind="Kế hoạch", number="70/KH-UBND", date=datetime.date(2021, 3, 26),
    ...     issuer="UBND huyện Tuần Giáo",
    ... )
    >>> str(plan)
    'Kế hoạch số 70/KH-UBND ngày 26/3/2021 của UBND huyện Tuần Giáo'
    >>> plan.short()
    'Kế hoạch số 70/KH-UBND'
    >>> decree = DocumentReference.parse(
    ...     "Nghị định số 110/2004/NĐ-CP ngày 08 tháng 4 năm 2004 của Chính phủ về công tác văn thư"
    ... )
    >>> decree.date_style, decree.issuer, decree.subject
    (<CitationDateStyle.LONG: 'long'>, 'Chính phủ', 'công tác văn thư')
    >>> ordinance = DocumentReference.parse("Pháp lệnh 34/2007/PL-UBTVQH11")
    >>> ordinance.with_so, ordinance.number.style, ordinance.number.year
    (False, <SymbolStyle.LEGAL: 'legal'>, 2007)
    """

    kind: str = attrs.field(converter=to_text, validator=check_text)
    number: DocumentNumber = attrs.field(converter=_to_number)
    date: datetime.date | None = attrs.field(default=None, converter=_to_date)
    issuer: str | None = attrs.field(
        default=None, converter=to_optional_text, validator=check_optional_text
    )
    subject: str | None = attrs.field(
        default=None, converter=to_optional_text, validator=check_optional_text
    )
    with_so: bool = attrs.field(default=True, validator=_check_bool)
    date_style: CitationDateStyle = attrs.field(
        default=CitationDateStyle.SHORT, converter=_to_date_style
    )
    comma_before_date: bool = attrs.field(default=False, validator=_check_bool)

    @kind.validator
    def _check_kind(self, attribute: attrs.Attribute[Any], value: str) -> None:
        if not _KIND_SHAPE.fullmatch(value):
            raise fail(
                self,
                attribute,
                f"{value!r} must be words of letters separated by single spaces (or ', ' and "
                "' - ' inside a name), like 'Nghị quyết liên tịch' or 'Luật Thi đua, Khen "
                "thưởng'",
            )
        if not value[0].isupper():
            raise fail(
                self,
                attribute,
                f"{value!r} must start with a capital letter, as in 'Nghị định số "
                "30/2020/NĐ-CP' (Phụ lục II, rule 6)",
            )
        inner = _INNER_KIND.search(value)
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
        if value is not None and " về " in _padded(value):
            raise fail(
                self,
                attribute,
                f"{value!r} contains the word 'về', which begins the subject; give what "
                "follows it as subject",
            )
        # "của UBND tỉnh và Chỉ thị số 05/CT-TTg" is two citations, not one long issuer.
        other = None if value is None else _HEAD.search(value)
        if other is not None:
            raise fail(
                self,
                attribute,
                f"{value!r} contains another citation, {other.group()!r}; cite each "
                "document separately",
            )

    @subject.validator
    def _check_subject(self, attribute: attrs.Attribute[Any], value: str | None) -> None:
        if value is not None and _padded(value).casefold().startswith(" về "):
            raise fail(
                self,
                attribute,
                f"{value!r} starts with 'về', which the citation writes itself; leave it out",
            )

    @date_style.validator
    def _check_date_style(self, attribute: attrs.Attribute[Any], value: object) -> None:
        if not isinstance(value, CitationDateStyle):
            allowed = ", ".join(repr(style.value) for style in CitationDateStyle)
            raise fail(self, attribute, f"must be one of {allowed}, got {value!r}")
        # Without a date the style would be lost in writing, and parse() could not restore it.
        if value is not CitationDateStyle.SHORT and self.date is None:
            raise fail(self, attribute, f"{value.value!r} needs a date to format")

    @comma_before_date.validator
    def _check_comma(self, attribute: attrs.Attribute[Any], value: bool) -> None:
        if value and self.date is None:
            raise fail(self, attribute, "there is no date to put a comma before")

    def short(self) -> str:
        """The form used to mention the document again: type and number only.

        >>> DocumentReference.parse("Chỉ thị số 05/CT-TTg, ngày 28/01/2020").short()
        'Chỉ thị số 05/CT-TTg'
        """
        so = " số" if self.with_so else ""
        return f"{self.kind}{so} {self.number}"

    def __str__(self) -> str:
        pieces = [self.short()]
        if self.date is not None:
            pieces.append("," if self.comma_before_date else "")
            if self.date_style is CitationDateStyle.LONG:
                date = self.date
                pieces.append(f" {format_date(date.year, date.month, date.day)}")
            else:
                pieces.append(f" ngày {format_short_date(self.date)}")
        if self.issuer is not None:
            pieces.append(f" của {self.issuer}")
        if self.subject is not None:
            pieces.append(f" về {self.subject}")
        return "".join(pieces)

    @classmethod
    def parse(cls, text: str) -> DocumentReference:
        """The citation that is exactly ``text`` (after NFC normalisation).

        Raises :class:`ValueError` if ``text`` is not one citation, or is one written in a
        non-canonical way (the message then gives the canonical spelling).

        >>> DocumentReference.parse("Công văn số 200-CV/HU ngày 07/6/2021 của Huyện ủy Tuần Giáo")
        ... # doctest: +NORMALIZE_WHITESPACE
        DocumentReference(kind='Công văn',
            number=DocumentNumber(number=200, symbol='CV/HU', year=None,
                                  style=<SymbolStyle.PARTY: 'party'>),
            date=datetime.date(2021, 6, 7), issuer='Huyện ủy Tuần Giáo', subject=None,
            with_so=True, date_style=<CitationDateStyle.SHORT: 'short'>,
            comma_before_date=False)
        >>> DocumentReference.parse("Luật số 5/2019/QH14")
        Traceback (most recent call last):
        ...
        ValueError: 'Luật số 5/2019/QH14' is not written canonically: write 'Luật số 05/2019/QH14'
        """
        if not isinstance(text, str):
            raise TypeError(f"a citation is text, got {type(text).__name__}")
        normal = nfc(text)
        match = _CITATION.fullmatch(normal)
        if match is None:
            raise ValueError(
                f"{text!r} is not a citation of one document: expected a type name, the "
                "number and symbol, then optionally the date, 'của' issuer and 'về' subject, "
                "e.g. 'Kế hoạch số 70/KH-UBND ngày 26/3/2021 của UBND huyện Tuần Giáo'"
            )
        try:
            date, date_style = _date_of(match)
            reference = cls(
                kind=match["kind"],
                number=DocumentNumber.from_match(match),
                date=date,
                issuer=match["issuer"],
                subject=match["subject"],
                with_so=match["so"] is not None,
                date_style=date_style,
                comma_before_date=match["comma"] is not None,
            )
        except ValueError as error:
            raise ValueError(f"{text!r} is not a valid citation: {error}") from None
        written = str(reference)
        if written != normal:
            raise ValueError(f"{text!r} is not written canonically: write {written!r}")
        return reference

    @classmethod
    def find_all(cls, text: str) -> list[FoundReference]:
        """Every citation in running text, in order, as ``(start, end, reference)``.

        ``text[start:end] == str(reference)`` always holds, so the text between the
        citations and the formatted citations put the text back together. A citation is a
        known type name (:data:`KNOWN_KINDS`) right before its number, with or without
        "số"; the date and the issuer are taken when they follow in canonical form, the
        subject never (see the module's documentation for where an issuer ends). Since a
        citation is always written canonically, a number written otherwise ("5/KH-UBND")
        is skipped, and a date written otherwise ("ngày 7/6/2021") ends the citation
        before it, issuer included.

        ``text`` must be in NFC, as every model field stores it; otherwise the offsets
        could not match the citations.

        >>> text = ("Thực hiện Kế hoạch số 1169/KH-UBND của UBND tỉnh được các xã triển khai "
        ...         "theo Pháp lệnh 34/2007/PL-UBTVQH11.")
        >>> for start, end, reference in DocumentReference.find_all(text):
        ...     print(start, end, reference)
        10 48 Kế hoạch số 1169/KH-UBND của UBND tỉnh
        77 106 Pháp lệnh 34/2007/PL-UBTVQH11
        """
        if not isinstance(text, str):
            raise TypeError(f"running text must be str, got {type(text).__name__}")
        if not unicodedata.is_normalized("NFC", text):
            raise ValueError(
                "the text is not in NFC: normalise it first (vnreport.formatting.text.nfc) "
                "so that the offsets of the citations refer to the text given"
            )
        heads = list(_HEAD.finditer(text))
        found: list[FoundReference] = []
        for index, head in enumerate(heads):
            following = heads[index + 1].start() if index + 1 < len(heads) else len(text)
            reference, end = _read_citation(cls, text, head, following)
            if reference is not None:
                found.append(FoundReference(head.start(), end, reference))
        return found


def find_references(text: str) -> list[FoundReference]:
    """Every citation in running text; see :meth:`DocumentReference.find_all`.

    >>> [str(found.reference) for found in find_references("theo Luật số 45/2019/QH14.")]
    ['Luật số 45/2019/QH14']
    """
    return DocumentReference.find_all(text)


def _date_of(match: re.Match[str]) -> tuple[datetime.date | None, CitationDateStyle]:
    """The date matched by :data:`_DATE_PATTERN`, if any, and how it was written."""
    if match["day"] is not None:
        parts, style = ("day", "month", "date_year"), CitationDateStyle.SHORT
    elif match["long_day"] is not None:
        parts, style = ("long_day", "long_month", "long_year"), CitationDateStyle.LONG
    else:
        return None, CitationDateStyle.SHORT
    day, month, year = (int(match[name]) for name in parts)
    try:
        return datetime.date(year, month, day), style
    except ValueError:
        raise ValueError(
            f"the date (day {day}, month {month}, year {year}) is not a calendar date"
        ) from None


def _read_citation(
    cls: type[DocumentReference], text: str, head: re.Match[str], following: int
) -> tuple[DocumentReference | None, int]:
    """The citation starting with ``head`` and where it ends; ``following`` is where the
    next citation starts, which the issuer must not run into."""
    try:
        number = DocumentNumber.from_match(head)
    except ValueError:
        return None, head.end()
    # "5/KH-UBND" would be written back as "05/KH-UBND": not this text's citation.
    if head.group().rpartition(" ")[2] != str(number):
        return None, head.end()
    fields: dict[str, Any] = {
        "kind": head["kind"],
        "number": number,
        "with_so": head["so"] is not None,
    }
    end = head.end()

    date_match = _DATE.match(text, end)
    if date_match is not None:
        try:
            date, style = _date_of(date_match)
        except ValueError:  # "ngày 31/02/2021": leave it to the reader, it is not a date
            date, style = None, CitationDateStyle.SHORT
        candidate = {
            **fields,
            "date": date,
            "date_style": style,
            "comma_before_date": date_match["comma"] is not None,
        }
        if date is not None and _written(cls, candidate) == text[head.start() : date_match.end()]:
            fields, end = candidate, date_match.end()

    reference = None
    if text.startswith(" của ", end):
        issuer_start = end + len(" của ")
        issuer_end = _issuer_end(text, issuer_start, following)
        if issuer_end > issuer_start:
            # An issuer the model refuses (a control character) leaves the rest standing.
            try:
                reference = cls(**fields, issuer=text[issuer_start:issuer_end])
                end = issuer_end
            except ValueError:
                reference = None
    if reference is None:
        try:
            reference = cls(**fields)
        except ValueError:
            return None, head.end()
    # Every piece was checked above; this keeps the promise of find_all() whatever the text.
    if str(reference) != text[head.start() : end]:
        return None, head.end()
    return reference, end


def _written(cls: type[DocumentReference], fields: dict[str, Any]) -> str | None:
    try:
        return str(cls(**fields))
    except ValueError:
        return None


def _issuer_end(text: str, start: int, limit: int) -> int:
    """Where the issuer that begins at ``start`` ends (``start`` itself if there is none)."""
    end = start
    position = start
    need_capital = True  # the first word, and the word after a connector
    while position < limit:
        word_match = _WORD.match(text, position)
        if word_match is None:
            break
        word = word_match.group()
        word_end = word_match.end()
        if word_end > limit:  # "-Kế hoạch số …": the word runs into the next citation
            break
        if need_capital and not word[0].isupper():
            break
        if word in _ISSUER_STOP_WORDS:
            break
        next_word = _WORD.match(text, word_end + 1) if text.startswith(" ", word_end) else None
        if word in _ISSUER_CONNECTORS:
            if next_word is None or next_word.start() >= limit:
                break
            need_capital = True
            position = next_word.start()
            continue
        cut = _stop_in(word)
        if cut is not None:
            continued = (
                word in _DOTTED_ABBREVIATIONS
                and next_word is not None
                and next_word.start() < limit
                and next_word.group()[0].isupper()
            )
            if not continued:
                if cut > 0:
                    end = word_match.start() + cut
                break
        end = word_end
        need_capital = False
        if next_word is None:
            break
        position = next_word.start()
    return end


def _stop_in(word: str) -> int | None:
    """The index of the first character of ``word`` that ends an issuer, if any.

    A period followed by a letter or digit in the same word is part of an abbreviation
    ("TP.HCM"), not the end of a sentence.
    """
    for index, character in enumerate(word):
        if character not in _ISSUER_STOP_CHARS:
            continue
        if character == "." and index + 1 < len(word) and word[index + 1].isalnum():
            continue
        return index
    return None
