"""The type name, the subject and its rule, "V/v" and "Kính gửi" (Phụ lục I, II.5, II.9.a)."""

from __future__ import annotations

import re
from collections.abc import Iterator

from vnreport.conformance.anatomy import read_type_name, under_number
from vnreport.conformance.findings import Severity
from vnreport.conformance.inspection import Inspection
from vnreport.conformance.rules.base import Outcome, Rule, form_findings, list_endings, rule
from vnreport.conformance.rules.header import check_rule, longest_measure
from vnreport.rules import ND30, Component
from vnreport.rules.doctypes import DocumentType

__all__ = ["TITLE_RULES"]

_SUBJECT_LINE = "the subject's line"

_TEXTS = ND30.texts
_VV = re.compile(rf"^\s*{re.escape(_TEXTS.subject_prefix)}\b", re.IGNORECASE)
_ADDRESSEE = re.compile(rf"^{re.escape(_TEXTS.addressee_label)}\s*:")
_LETTER = DocumentType.OFFICIAL_LETTER


@rule(
    "type-name.format",
    ND30.form(Component.TYPE_NAME).locator,
    "type-name",
    "The type name (BÁO CÁO, KẾ HOẠCH …) is in capitals, 13–14 pt, bold, centred.",
    "BÁO CÁO in 12 pt, or left-aligned.",
)
def type_name_format(self: Rule, inspection: Inspection) -> Iterator[Outcome]:
    anatomy = inspection.anatomy
    if anatomy.type_name is None:
        # A công văn has none: its subject follows "V/v" under the number.
        if anatomy.subject_vv is None and anatomy.doc_type is not _LETTER:
            known = anatomy.doc_type.printed_name if anatomy.doc_type else "BÁO CÁO, …"
            yield self.finding(None, "no type name", f"the type name ({known}) under the header")
        return
    yield from form_findings(self, anatomy.type_name, ND30.form(Component.TYPE_NAME))


@rule(
    "type-name.text",
    ND30.locator("Điều 7; Phụ lục I, II.5"),
    "type-name",
    "The type name is the name of one of the types of Điều 7 (BÁO CÁO, TỜ TRÌNH …), the "
    "type the document is, alone on its line: what the document is about is the trích yếu "
    "under it, in lower case. A legal normative type (NGHỊ ĐỊNH, THÔNG TƯ) or a specialised "
    "one (a GIẤY PHÉP, named by what it permits) is recognised and not reported.",
    '"BÁO CÁO TỔNG HỢP" or "BIÊN BẢN THẨM ĐỊNH" as the type name.',
)
def type_name_text(self: Rule, inspection: Inspection) -> Iterator[Outcome]:
    anatomy = inspection.anatomy
    if anatomy.type_name is None:
        return
    found = " ".join(anatomy.type_name.text.split()).upper()
    named = read_type_name(anatomy.type_name.text)
    if named is None:
        yield self.finding(anatomy.type_name, repr(found), "a type name of Điều 7")
    elif named.other is not None:
        if named.rest and not named.other.named_with_subject:
            wanted = f"{named.other.printed_name!r} alone, the trích yếu under it"
            yield self.finding(anatomy.type_name, f"{found!r}: words after the type", wanted)
    elif named.rest and named.member is not None:
        yield self.finding(
            anatomy.type_name,
            f"{found!r}: words after the type name",
            f"{named.member.printed_name!r} alone, the rest in the trích yếu under it, "
            "in lower case",
        )
    elif anatomy.doc_type is not None and named.member is not anatomy.doc_type:
        expected = anatomy.doc_type.printed_name
        yield self.finding(anatomy.type_name, repr(found), f"{expected!r}, the document's type")


@rule(
    "subject.format",
    ND30.form(Component.SUBJECT).locator,
    "subject",
    "The subject (trích yếu) under the type name is 13–14 pt, bold, centred. A giấy giới "
    "thiệu and a giấy nghỉ phép have none: their text follows the type name (Mẫu 1.8, 1.10).",
    "The subject not bold.",
)
def subject_format(self: Rule, inspection: Inspection) -> Iterator[Outcome]:
    anatomy = inspection.anatomy
    if anatomy.type_name is None:
        return
    if not anatomy.subject:
        if anatomy.other_type is not None and anatomy.other_type.named_with_subject:
            return  # a licence's name says what it permits: no subject under it
        if anatomy.doc_type in ND30.without_subject:
            return  # a giấy giới thiệu, a giấy nghỉ phép: the text follows the type name
        yield self.finding(anatomy.type_name, "no subject under the type name", "the trích yếu")
        return
    for span in anatomy.subject:
        yield from form_findings(self, span, ND30.form(Component.SUBJECT))


@rule(
    "subject.rule",
    ND30.rules[Component.SUBJECT].locator,
    "subject",
    f"Under it, {ND30.rules[Component.SUBJECT].describe(_SUBJECT_LINE)}, solid and centred.",
    "No rule under the subject, or one typed as underscores.",
)
def subject_rule(self: Rule, inspection: Inspection) -> Iterator[Outcome]:
    anatomy = inspection.anatomy
    if not anatomy.subject:
        if anatomy.type_name is None and anatomy.doc_type is _LETTER:
            return  # a công văn's subject follows "V/v", with no rule under it
        if anatomy.doc_type in ND30.without_subject:
            return  # no subject by the decree's sample, so no rule under one
        yield self.not_evaluated("the document has no subject under a type name")
        return
    longest = longest_measure(inspection, anatomy.subject)
    yield from check_rule(
        self,
        inspection,
        anatomy.subject_rule,
        anatomy.subject[-1],
        longest,
        ND30.rules[Component.SUBJECT],
        _SUBJECT_LINE,
    )


@rule(
    "subject.vv",
    ND30.locator("Phụ lục I, II.5"),
    "subject",
    '"V/v" introduces the subject of a công văn only, under its number in the number\'s '
    f"column ({ND30.form(Component.SUBJECT_VV).describe()}); a công văn has one, and a "
    "document with a type name states its subject directly.",
    'A báo cáo whose subject reads "V/v báo cáo kết quả …"; a công văn\'s "V/v" line in '
    "bold, or typed in the body under the header.",
)
def subject_vv(self: Rule, inspection: Inspection) -> Iterator[Outcome]:
    anatomy = inspection.anatomy
    vv = anatomy.subject_vv
    if anatomy.type_name is not None:
        for span in anatomy.subject:
            if _VV.match(span.text):
                yield self.finding(span, f"{span.text[:20]!r}…", "the subject without 'V/v'")
        if vv is not None:
            yield self.finding(
                vv,
                f"a 'V/v' line under the number of a {anatomy.type_name.text.lower()}",
                "its subject under the type name only ('V/v' is a công văn's)",
            )
            return
    elif vv is None and anatomy.doc_type is _LETTER:
        yield self.finding(
            anatomy.number,
            "no 'V/v …' line (the number's symbol is a công văn's)",
            "the subject after 'V/v' under the number",
        )
    if vv is None:
        return
    number = anatomy.number
    if number is not None and not under_number(vv, number):
        where = "in the body" if not vv.paragraph.location.in_table else "in another column"
        yield self.finding(vv, f"the 'V/v' line {where}", "under the number, in its column")
    yield from form_findings(self, vv, ND30.form(Component.SUBJECT_VV))


_ADDRESSED = sorted(doc_type.title.lower() for doc_type in ND30.addressed)


@rule(
    "addressee.required",
    ND30.addressed_locator,
    "addressee",
    f"A {' or a '.join(_ADDRESSED)} names whom it is sent to: "
    '"Kính gửi:" and the addressees, under the header.',
    'A công văn (a "V/v" line, no type name) or a tờ trình without "Kính gửi".',
)
def addressee_required(self: Rule, inspection: Inspection) -> Iterator[Outcome]:
    anatomy = inspection.anatomy
    doc_type = anatomy.doc_type
    if doc_type is not None and doc_type in ND30.addressed and not anatomy.addressees:
        yield self.finding(
            anatomy.subject_vv or anatomy.number,
            f"no '{_TEXTS.addressee_label}:'",
            f"'{_TEXTS.addressee_label}:' and the addressees under the header "
            f"(a {doc_type.title.lower()} is addressed)",
        )


@rule(
    "addressee.form",
    ND30.form(Component.ADDRESSEE).locator,
    "addressee",
    '"Kính gửi:" with a colon, 13–14 pt upright; several addressees one per line "- …;", '
    'the last ending ".".',
    '"Kính gửi" without a colon; an addressee line ending without ";".',
    severity=Severity.WARNING,
)
def addressee_form(self: Rule, inspection: Inspection) -> Iterator[Outcome]:
    spans = inspection.anatomy.addressees
    if not spans:
        return
    head = spans[0]
    if not _ADDRESSEE.match(head.text):
        yield self.finding(head, repr(head.text[:20]), '"Kính gửi:"')
    for span in spans:
        yield from form_findings(self, span, ND30.form(Component.ADDRESSEE))
    yield from list_endings(self, spans[1:])


TITLE_RULES: tuple[Rule, ...] = (
    type_name_format,
    type_name_text,
    subject_format,
    subject_rule,
    subject_vv,
    addressee_required,
    addressee_form,
)
