"""Reading citations: one whole citation (:func:`parse_citation`) and every citation in
running text (:func:`find_citations`).

Both build :class:`~vnreport.model.citations.reference.DocumentReference` values through the
class they are given, so that its validators decide what a citation is, and both check that
the value written back is the text read.
"""

from __future__ import annotations

import re
import unicodedata
from typing import TYPE_CHECKING, Any, NamedTuple

from vnreport.formatting.text import nfc
from vnreport.model.citations.dates import DATE, date_of
from vnreport.model.citations.issuers import (
    KNOWN_ISSUER_IN_TEXT,
    UPPER,
    AmbiguousCitationError,
    split_issuer,
)
from vnreport.model.citations.vocabulary import (
    KNOWN_KINDS,
    LAW_KINDS,
    SubjectConnector,
    kind_pattern,
    subject_start,
)
from vnreport.model.number import NUMBER_PATTERN, DocumentNumber

if TYPE_CHECKING:
    from vnreport.model.citations.reference import DocumentReference

__all__ = ["FoundReference", "find_citations", "parse_citation"]


class FoundReference(NamedTuple):
    """A citation found in running text: ``text[start:end] == str(reference)``."""

    start: int
    end: int
    reference: DocumentReference


_NUMBER = NUMBER_PATTERN.pattern
# A whole citation with a number: the type (and a law's name) holds no digit, so the
# number is the first digit that starts a number and symbol.
_NUMBERED = re.compile(rf"(?P<title>\D+?)(?P<so> số)? (?:{_NUMBER})(?P<rest>.*)", re.DOTALL)
_LAW_TITLE = re.compile(rf"(?P<kind>{kind_pattern(LAW_KINDS)})(?: (?P<name>.+))?", re.DOTALL)
_LAW_START = re.compile(rf"(?P<kind>{kind_pattern(LAW_KINDS)}) ")
_END_OF_NUMBER = r"(?![/\w]|-\w)"

# Kind and number in running text. Longest names first, so that "Nghị quyết liên tịch"
# wins over "Nghị quyết"; the kind must start a word and the symbol must end one
# ("05/CT-TTg/2020" is not "05/CT-TTg" followed by "/2020").
HEAD = re.compile(
    rf"(?<!\w)(?P<kind>{kind_pattern(KNOWN_KINDS)})(?P<so> số)? (?:{_NUMBER}){_END_OF_NUMBER}"
)
# A type followed by lower-case words that describe it, then "số" and the number:
# "Báo cáo giải trình số 17/BC-CTKS", "Giấy phép khai thác khoáng sản số 28/GP-UBND".
_DESCRIBED_HEAD = re.compile(
    rf"(?<!\w)(?P<kind>(?:{kind_pattern(tuple(set(KNOWN_KINDS) - set(LAW_KINDS)))})"
    rf"(?: (?![{UPPER}])[^\W\d_]+){{1,6}}?)"
    rf"(?P<so> số) (?:{_NUMBER}){_END_OF_NUMBER}"
)
# A law, code, ordinance or constitution with its name, before its number or its date.
_NAME_WORD = r"[^\s,;.()\[\]{}:!?…“”\"]+"
_LAW_HEAD = re.compile(
    rf"(?<!\w)(?P<kind>{kind_pattern(LAW_KINDS)}) "
    rf"(?P<name>{_NAME_WORD}(?:,? {_NAME_WORD}){{0,39}}?)"
    rf"(?=(?: số)? (?:{_NUMBER}){_END_OF_NUMBER}|,? ngày [0-9])"
)
# A "Căn cứ" line that cites a law by its name alone: "Căn cứ Hiến pháp nước …;", also
# after the "; " that separates the documents of one line.
_BARE_LAW = re.compile(
    rf"(?:(?<![^\n])[Cc]ăn cứ |; )(?P<law>(?P<kind>{kind_pattern(LAW_KINDS)}) (?P<name>[^;\n]+?))"
    r"(?=;|\.?(?:\n|$))"
)
# A known type name after the first word: "Thực hiện Kế hoạch" is a sentence running into
# a citation, not the name of a type.
INNER_KIND = re.compile(rf"(?<= )(?:{kind_pattern(KNOWN_KINDS)})(?!\w)")
# Words that begin a clause, never found inside a law's name in running text.
_CLAUSE_WORDS = frozenset({"đã", "được", "đang", "sẽ", "theo", "tại", "thì", "là", "nhằm", "để"})


def parse_citation(
    cls: type[DocumentReference], text: str, issuer: str | None = None
) -> DocumentReference:
    """See :meth:`DocumentReference.parse`."""
    if not isinstance(text, str):
        raise TypeError(f"a citation is text, got {type(text).__name__}")
    normal = nfc(text)
    try:
        fields = _read_whole(normal, issuer)
    except AmbiguousCitationError as error:
        raise AmbiguousCitationError(text, error.issuer, error.word) from None
    if fields is None:
        raise ValueError(
            f"{text!r} is not a citation of one document: expected a type name, the "
            "number and symbol (or a law's name), then optionally the date, 'của' issuer and "
            "the subject, e.g. 'Kế hoạch số 70/KH-UBND ngày 26/3/2021 của UBND huyện Tuần "
            "Giáo' or 'Luật Tổ chức Chính phủ ngày 19 tháng 6 năm 2015'"
        )
    try:
        reference = cls(**fields)
    except ValueError as error:
        raise ValueError(f"{text!r} is not a valid citation: {error}") from None
    written = str(reference)
    if written != normal:
        raise ValueError(f"{text!r} is not written canonically: write {written!r}")
    return reference


def _read_whole(text: str, issuer: str | None) -> dict[str, Any] | None:
    match = _NUMBERED.fullmatch(text)
    if match is not None:
        rest = _read_rest(match["rest"], issuer)
        if rest is not None:
            return {
                **_title(match["title"]),
                "number": DocumentNumber.from_match(match),
                "with_so": match["so"] is not None,
                **rest,
            }
    law = _LAW_START.match(text)
    if law is None:
        return None
    # A law by its name: the name runs to the date; with no date, to the end.
    date = DATE.search(text, law.end())
    if date is None:
        return {"kind": law["kind"], "name": text[law.end() :], "number": None}
    rest = _read_rest(text[date.start() :], issuer)
    if rest is None:
        return None
    return {
        "kind": law["kind"],
        "name": text[law.end() : date.start()],
        "number": None,
        "with_so": False,
        **rest,
    }


def _title(title: str) -> dict[str, Any]:
    law = _LAW_TITLE.fullmatch(title)
    if law is None:
        return {"kind": title}
    return {"kind": law["kind"], "name": law["name"]}


def _read_rest(rest: str, issuer: str | None) -> dict[str, Any] | None:
    """The date, issuer and subject after the number, or None if ``rest`` is not those."""
    fields: dict[str, Any] = {}
    position = 0
    date = DATE.match(rest)
    if date is not None:
        fields["date"], fields["date_style"] = date_of(date)
        fields["comma_before_date"] = date["comma"] is not None
        position = date.end()
        if rest.startswith(", của ", position):
            fields["comma_after_date"] = True
            position += 1
    remainder = rest[position:]
    if not remainder:
        return fields
    if remainder.startswith(" của "):
        tail = split_issuer(remainder[len(" của ") :], issuer)
        fields["issuer"] = tail.issuer
        if tail.connector is not None:
            fields.update(connector=tail.connector, subject=tail.subject)
        return fields
    if issuer is not None or not remainder.startswith(" "):
        return None
    subject = remainder[1:]
    for connector in (SubjectConnector.VE_VIEC, SubjectConnector.VE):
        if subject.startswith(f"{connector.value} ") and len(subject) > len(connector.value) + 1:
            fields.update(connector=connector, subject=subject[len(connector.value) + 1 :])
            return fields
    if subject_start(subject) is None:
        return None
    fields.update(connector=SubjectConnector.DIRECT, subject=subject)
    return fields


# --- running text --------------------------------------------------------------------------


class _Head(NamedTuple):
    start: int
    end: int
    fields: dict[str, Any]
    #: A law by its name with no number: it is a citation only with a date after it.
    needs_date: bool = False


def find_citations(cls: type[DocumentReference], text: str) -> list[FoundReference]:
    """See :meth:`DocumentReference.find_all`."""
    if not isinstance(text, str):
        raise TypeError(f"running text must be str, got {type(text).__name__}")
    if not unicodedata.is_normalized("NFC", text):
        raise ValueError(
            "the text is not in NFC: normalise it first (vnreport.formatting.text.nfc) "
            "so that the offsets of the citations refer to the text given"
        )
    heads = _heads(text)
    found: list[FoundReference] = []
    end = 0
    for head in heads:
        if head.start < end:  # inside the citation found before: a law's name, its number
            continue
        # The issuer must not run into the next citation.
        following = next((other.start for other in heads if other.start >= head.end), len(text))
        reference, reference_end = _read_citation(cls, text, head, following)
        if reference is not None:
            found.append(FoundReference(head.start, reference_end, reference))
            end = reference_end
    return found


def _heads(text: str) -> list[_Head]:
    """Where citations may start, earliest first, then longest first."""
    candidates: list[_Head] = []
    for match in HEAD.finditer(text):
        candidates.append(_number_head(match, {"kind": match["kind"]}))
    for match in _DESCRIBED_HEAD.finditer(text):
        if INNER_KIND.search(match["kind"]) is None:
            candidates.append(_number_head(match, {"kind": match["kind"]}))
    for match in _LAW_HEAD.finditer(text):
        head = _law_head(text, match)
        if head is not None:
            candidates.append(head)
    for match in _BARE_LAW.finditer(text):
        name = match["name"]
        line = text[text.rfind("\n", 0, match.start()) + 1 :]
        if not line.casefold().startswith("căn cứ "):
            continue
        if _plain_name(name) and DATE.search(name) is None and not NUMBER_PATTERN.search(name):
            fields = {"kind": match["kind"], "name": name, "number": None}
            candidates.append(_Head(match.start("law"), match.end("law"), fields))
    candidates.sort(key=lambda head: (head.start, -head.end))
    return candidates


def _number_head(match: re.Match[str], fields: dict[str, Any]) -> _Head:
    try:
        number: DocumentNumber | None = DocumentNumber.from_match(match)
    except ValueError:
        number = None
    fields = {**fields, "number": number, "with_so": match["so"] is not None}
    return _Head(match.start(), match.end(), fields)


def _law_head(text: str, match: re.Match[str]) -> _Head | None:
    name = match["name"]
    if not _plain_name(name):
        return None
    after = match.end()
    number = re.compile(rf"(?P<so> số)? (?:{_NUMBER}){_END_OF_NUMBER}").match(text, after)
    fields: dict[str, Any] = {"kind": match["kind"], "name": name}
    if number is not None:
        head = _number_head(number, fields)
        return _Head(match.start(), head.end, head.fields)
    return _Head(match.start(), after, {**fields, "number": None, "with_so": False}, True)


def _plain_name(name: str) -> bool:
    """Whether ``name`` can be a law's name in running text: no clause word, and no other
    type name but the laws an amending law names after "của"."""
    if any(word in _CLAUSE_WORDS for word in name.split()):
        return False
    for inner in INNER_KIND.finditer(f" {name}"):
        if inner.group() not in LAW_KINDS or " của " not in f" {name}"[: inner.start() + 1]:
            return False
    return True


def _read_citation(
    cls: type[DocumentReference], text: str, head: _Head, following: int
) -> tuple[DocumentReference | None, int]:
    """The citation starting with ``head`` and where it ends; ``following`` is where the
    next citation starts, which the issuer must not run into."""
    fields = head.fields
    number = fields["number"]
    if number is None and "name" not in fields:  # a number the model refuses ("0/KH-UBND")
        return None, head.end
    # "5/KH-UBND" would be written back as "05/KH-UBND": not this text's citation.
    if number is not None and text[head.start : head.end].rpartition(" ")[2] != str(number):
        return None, head.end
    end = head.end

    date_match = DATE.match(text, end)
    if date_match is not None:
        try:
            date, style = date_of(date_match)
        except ValueError:  # "ngày 31/02/2021": leave it to the reader, it is not a date
            date = None
        if date is not None:
            candidate = {
                **fields,
                "date": date,
                "date_style": style,
                "comma_before_date": date_match["comma"] is not None,
            }
            if _written(cls, candidate) == text[head.start : date_match.end()]:
                fields, end = candidate, date_match.end()
    if head.needs_date and "date" not in fields:
        return None, head.end

    comma_after = "date" in fields and text.startswith(", của ", end)
    reference = None
    of = end + 1 if comma_after else end
    if text.startswith(" của ", of):
        issuer_start = of + len(" của ")
        issuer = _issuer(text, issuer_start, following)
        if issuer is not None:
            extra: dict[str, Any] = {"comma_after_date": True} if comma_after else {}
            # An issuer the model refuses (a control character) leaves the rest standing.
            try:
                reference = cls(**fields, **extra, issuer=issuer)
                end = issuer_start + len(issuer)
            except ValueError:
                reference = None
    if reference is None:
        try:
            reference = cls(**fields)
        except ValueError:
            return None, head.end
    # Every piece was checked above; this keeps the promise of find_all() whatever the text.
    if str(reference) != text[head.start : end]:
        return None, head.end
    return reference, end


def _written(cls: type[DocumentReference], fields: dict[str, Any]) -> str | None:
    try:
        return str(cls(**fields))
    except ValueError:
        return None


def _issuer(text: str, start: int, limit: int) -> str | None:
    """The issuer that begins at ``start`` in running text, if one can be told."""
    end = _issuer_end(text, start, limit)
    known = KNOWN_ISSUER_IN_TEXT.match(text, start, limit)
    if known is not None:
        end = max(end, known.end())
    if end <= start:
        return None
    try:
        return split_issuer(text[start:end]).issuer
    except AmbiguousCitationError:
        return None  # never guessed: the citation is taken without its issuer


_WORD = re.compile(r"\S+")

# Lowercase words that begin a clause or a complement and never occur inside an agency
# name: auxiliaries and verbs of the sentence, prepositions, conjunctions, time words. The
# lowercase words that do occur in names ("nhân dân", "tỉnh", "ban", "tướng", "phủ", "trị")
# are deliberately absent; subject verbs are cut by split_issuer().
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


def _issuer_end(text: str, start: int, limit: int) -> int:
    """Where the issuer that begins at ``start`` ends by its words alone (``start`` itself
    if there is none): the longest run of words that can belong to an agency name."""
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
