"""The type name, the subject and its rule, "V/v" and "Kính gửi" (Phụ lục I, II.5, II.9.a)."""

from __future__ import annotations

import re
from collections.abc import Iterator

from vnreport.conformance.expectations import EXPECTATIONS
from vnreport.conformance.findings import Severity
from vnreport.conformance.inspection import Inspection
from vnreport.conformance.rules.base import Outcome, Rule, form_findings, list_endings, rule
from vnreport.conformance.rules.header import THIRD_TO_HALF, check_rule, longest_measure

__all__ = ["TITLE_RULES"]

_VV = re.compile(r"^\s*V/v\b", re.IGNORECASE)


@rule(
    "type-name.format",
    "NĐ 30/2020, Phụ lục I, II.5.a",
    "type-name",
    "The type name (BÁO CÁO, KẾ HOẠCH …) is in capitals, 13–14 pt, bold, centred.",
    "BÁO CÁO in 12 pt, or left-aligned.",
)
def type_name_format(self: Rule, inspection: Inspection) -> Iterator[Outcome]:
    anatomy = inspection.anatomy
    if anatomy.type_name is None:
        if anatomy.subject_vv is None:
            yield self.finding(None, "no type name", "the type name (BÁO CÁO, …) under the header")
        return
    yield from form_findings(self, anatomy.type_name, EXPECTATIONS["type-name"])


@rule(
    "subject.format",
    "NĐ 30/2020, Phụ lục I, II.5.a",
    "subject",
    "The subject (trích yếu) under the type name is 13–14 pt, bold, centred.",
    "The subject not bold.",
)
def subject_format(self: Rule, inspection: Inspection) -> Iterator[Outcome]:
    anatomy = inspection.anatomy
    if anatomy.type_name is None:
        return
    if not anatomy.subject:
        yield self.finding(anatomy.type_name, "no subject under the type name", "the trích yếu")
        return
    for span in anatomy.subject:
        yield from form_findings(self, span, EXPECTATIONS["subject"])


@rule(
    "subject.rule",
    "NĐ 30/2020, Phụ lục I, II.5.a",
    "subject",
    "A solid rule from 1/3 to 1/2 as long as the subject's line is drawn under it, centred.",
    "No rule under the subject, or one typed as underscores.",
)
def subject_rule(self: Rule, inspection: Inspection) -> Iterator[Outcome]:
    anatomy = inspection.anatomy
    if not anatomy.subject:
        yield self.not_evaluated("the document has no subject under a type name")
        return
    longest = longest_measure(inspection, anatomy.subject)
    yield from check_rule(
        self,
        inspection,
        anatomy.subject_rule,
        anatomy.subject[-1],
        longest,
        THIRD_TO_HALF,
        "a rule 1/3 to 1/2 as long as the subject's line",
    )


@rule(
    "subject.vv",
    "NĐ 30/2020, Phụ lục I, II.5",
    "subject",
    '"V/v" introduces the subject of a công văn only, under its number (12–13 pt, upright); '
    "a document with a type name states its subject directly.",
    'A báo cáo whose subject reads "V/v báo cáo kết quả …".',
)
def subject_vv(self: Rule, inspection: Inspection) -> Iterator[Outcome]:
    anatomy = inspection.anatomy
    if anatomy.type_name is not None:
        for span in anatomy.subject:
            if _VV.match(span.text):
                yield self.finding(span, f"{span.text[:20]!r}…", "the subject without 'V/v'")
    if anatomy.subject_vv is not None:
        yield from form_findings(self, anatomy.subject_vv, EXPECTATIONS["subject-vv"])


@rule(
    "addressee.form",
    "NĐ 30/2020, Phụ lục I, II.9.a",
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
    if not re.match(r"^Kính gửi\s*:", head.text):
        yield self.finding(head, repr(head.text[:20]), '"Kính gửi:"')
    for span in spans:
        yield from form_findings(self, span, EXPECTATIONS["addressee"])
    yield from list_endings(self, spans[1:])


TITLE_RULES: tuple[Rule, ...] = (
    type_name_format,
    subject_format,
    subject_rule,
    subject_vv,
    addressee_form,
)
