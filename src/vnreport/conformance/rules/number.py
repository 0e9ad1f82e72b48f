"""The number and symbol line, "Số: 05/BC-UBND" (Phụ lục I, II.3; Điều 15; Phụ lục III, I)."""

from __future__ import annotations

import re
from collections.abc import Iterator

from vnreport.conformance.anatomy import Span
from vnreport.conformance.handplaced import centred_under
from vnreport.conformance.inspection import Inspection, shown
from vnreport.conformance.rules.base import Outcome, Rule, form_findings, rule
from vnreport.formatting.text import nfc
from vnreport.rules import ND30, Component
from vnreport.rules.doctypes import DocumentType
from vnreport.rules.othertypes import LEGAL_ABBREVIATIONS, OTHER_TYPES

__all__ = ["NUMBER_RULES"]

# Read from a trimmed line. No two repeated parts can take the same characters (spaces
# before the number are not spaces after it unless there is a number), so a long run of
# spaces, digits or letters costs one pass, never one per way of splitting it.
# A legal normative document's number carries its year between two slashes
# ("15/2010/QĐ-UBND", Luật Ban hành văn bản quy phạm pháp luật).
_LINE = re.compile(
    r"^(?P<so>số)(?P<colon>\s*:)?\s*(?:(?P<number>\d+)(?P<before>\s*))?/(?P<after>\s*)"
    r"(?:(?P<year>\d{4})(?P<year_spaces>\s*/\s*))?(?P<symbol>.*)$",
    re.IGNORECASE,
)
_ABBREVIATIONS = {member.abbreviation: member for member in DocumentType if member.abbreviation}
_FOLDED = {abbreviation.casefold(): abbreviation for abbreviation in _ABBREVIATIONS}
_OTHER = {kind.abbreviation: kind for kind in OTHER_TYPES.values()}
_YEAR = re.compile(r"năm\s*(?P<year>\d{4})\s*$", re.IGNORECASE)
# What some write for a state công văn's type: Party documents' code, not NĐ 30's.
_PARTY_LETTER = "CV"


@rule(
    "number.form",
    ND30.locator("Phụ lục I, II.3; Điều 15"),
    "number",
    '"Số:" then the number (a leading zero below 10), "/" with no spaces, and the symbol: '
    "the official abbreviation of the type (matching the type name, case kept: TTr, QyĐ) "
    "and the issuer's, joined by hyphens without spaces; a công văn's has no type "
    "abbreviation: the issuer's, then the drafting unit's (\"12/UBND-VP\").",
    '"Số: 5/BC-UBND", "Số: 05 / BC-UBND", "Số: 05/TTR-UBND", "Số: 05/KH-UBND" on a báo cáo, '
    '"Số: 12/CV-UBND" on a công văn.',
)
def number_form(self: Rule, inspection: Inspection) -> Iterator[Outcome]:
    span = inspection.anatomy.number
    if span is None:
        # A document issued with a decision ("Kèm theo Quyết định số …") is numbered by
        # it (Mẫu 1.3).
        if inspection.anatomy.enclosed is None:
            yield self.finding(None, "no number line", '"Số: …/…" under the issuer')
        return
    raw = nfc(re.sub(r"[\u00a0\t]", " ", span.paragraph.text[span.start : span.end])).strip()
    match = _LINE.match(raw)
    if match is None:
        yield self.finding(span, shown(raw), '"Số: <number>/<symbol>"')
        return
    if match["so"] != "Số":
        yield self.finding(span, repr(match["so"]), '"Số" with a capital S only')
    if not match["colon"]:
        yield self.finding(span, "no colon after Số", '"Số:"')
    number = match["number"] or ""
    if len(number) == 1:
        yield self.finding(
            span, f"number {number!r}", f"{int(number):02d} (a leading zero below 10)"
        )
    if number and (match["before"] or match["after"]):
        yield self.finding(
            span, "spaces around '/'", "no space between the number, '/' and the symbol"
        )
    if match["year_spaces"] and match["year_spaces"] != "/":
        yield self.finding(span, "spaces around '/'", "no space around the year's '/'")
    symbol = match["symbol"]
    if not symbol or re.search(r"\s", symbol) or "--" in symbol or symbol.startswith("-"):
        yield self.finding(
            span, f"symbol {shown(symbol)}", "abbreviations joined by '-' with no spaces"
        )
        return
    anatomy = inspection.anatomy
    doc_type = anatomy.doc_type
    first = symbol.split("-")[0]
    if match["year"]:
        yield from _legal_number(self, inspection, span, int(match["year"]), first)
        return
    other = anatomy.other_type
    if other is not None:
        if other.family == "legal":
            yield self.finding(
                span, "no year in the number", f"'<number>/<year>/{other.abbreviation}-…'"
            )
        elif first != other.abbreviation:
            yield self.finding(
                span, f"{first!r}", f"{other.abbreviation!r} for a {other.title.lower()}"
            )
        return
    official = _FOLDED.get(first.casefold())
    if doc_type is DocumentType.OFFICIAL_LETTER and anatomy.type_name is None:
        yield from _letter_symbol(self, span, symbol, official)
        return
    if doc_type is not None and not doc_type.abbreviation:
        return  # a thư công has no type code: its symbol is the issuer's
    known = _OTHER.get(first)
    if official is None and known is not None:
        wanted = doc_type.abbreviation if doc_type else "an abbreviation of Phụ lục III"
        kind = doc_type.title.lower() if doc_type else "document of Điều 7"
        yield self.finding(span, f"{first!r} ({known.title})", f"{wanted!r} for a {kind}")
    elif official is None:
        yield self.finding(
            span, f"{shown(first)}, not an official abbreviation", "an abbreviation of Phụ lục III"
        )
    elif official != first:
        yield self.finding(span, f"{first!r}", f"{official!r}: an abbreviation keeps its case")
    elif doc_type is not None and doc_type.abbreviation != official:
        yield self.finding(
            span,
            f"{first!r} ({_ABBREVIATIONS[official].title})",
            f"{doc_type.abbreviation!r} for a {doc_type.title.lower()}",
        )


def _legal_number(
    self: Rule, inspection: Inspection, span: Span, year: int, first: str
) -> Iterator[Outcome]:
    """A number with its year, "15/2010/QĐ-UBND": a legal normative document's, whose
    symbol opens with a legal type's abbreviation and whose year is the date's."""
    anatomy = inspection.anatomy
    other, doc_type = anatomy.other_type, anatomy.doc_type
    if first not in LEGAL_ABBREVIATIONS or (other is not None and other.family != "legal"):
        what = other.title.lower() if other else doc_type.title.lower() if doc_type else None
        yield self.finding(
            span,
            f"a year in the number of {'a ' + what if what else 'the document'}",
            "'<number>/<symbol>': only a legal normative document carries its year",
        )
        return
    wanted = other.abbreviation if other else doc_type.abbreviation if doc_type else first
    if first != wanted:
        yield self.finding(span, f"{first!r}", f"{wanted!r}, the type named")
    date = anatomy.place_date
    dated = _YEAR.search(date.text) if date is not None else None
    if dated is not None and int(dated["year"]) != year:
        yield self.finding(span, f"year {year} in the number", f"{dated['year']}, the date's")


def _letter_symbol(self: Rule, span: Span, symbol: str, official: str | None) -> Iterator[Outcome]:
    """A công văn's symbol: the issuer's abbreviation, then the drafting unit's (Phụ lục I,
    II.3), with no type abbreviation before them."""
    first = symbol.split("-")[0]
    if official is not None or first.casefold() == _PARTY_LETTER.casefold():
        yield self.finding(
            span,
            f"{first!r} opening a công văn's symbol",
            "no type abbreviation: the issuer's abbreviation, then the drafting unit's "
            "('12/UBND-VP')",
        )
    elif "-" not in symbol:
        yield self.finding(
            span,
            f"symbol {symbol!r} without the drafting unit",
            f"the drafting unit's abbreviation after the issuer's ('{symbol}-VP')",
        )


@rule(
    "number.format",
    ND30.form(Component.NUMBER).locator,
    "number",
    "The number line is 13 pt, upright, centred under the issuer.",
    "The number line in 14 pt.",
)
def number_format(self: Rule, inspection: Inspection) -> Iterator[Outcome]:
    span = inspection.anatomy.number
    if span is not None:
        yield from form_findings(
            self,
            span,
            ND30.form(Component.NUMBER),
            seen_aligned=centred_under(inspection, span, _last(inspection.anatomy.issuer)),
        )


def _last(spans: tuple[Span, ...]) -> Span | None:
    # The number is centred under the issuer's name, its last line when it wraps.
    return spans[-1] if spans else None


NUMBER_RULES: tuple[Rule, ...] = (number_form, number_format)
