"""Whether the file is a Decree 30 document at all (Điều 8: the components it has)."""

from __future__ import annotations

from collections.abc import Iterator

from vnreport.conformance.findings import Severity
from vnreport.conformance.inspection import Inspection
from vnreport.conformance.rules.base import Outcome, Rule, rule
from vnreport.rules import ND30

__all__ = ["DOCUMENT_KIND", "DOCUMENT_RULES"]


@rule(
    "document.kind",
    ND30.locator("Điều 8"),
    "document",
    "The file is a document of the decree: it opens with the header every type has (Quốc "
    "hiệu and Tiêu ngữ, issuer, number, place and date). A file without any of it, or a form "
    "of the office's own (a title that is no type of Điều 7, no number line: a phiếu trình), "
    "gets this one warning and no other finding; an appendix on its own (a Phụ lục without "
    "its document) is reported as not evaluated.",
    "A phiếu trình, an internal form, or a file with no header at all.",
    severity=Severity.WARNING,
)
def document_kind(self: Rule, inspection: Inspection) -> Iterator[Outcome]:
    foreign = inspection.anatomy.foreign
    if foreign is None:
        return
    if foreign.kind == "appendix":
        yield self.not_evaluated(f"{foreign.reason}: the rules of a document do not apply")
        return
    yield self.finding(
        foreign.where,
        f"not a Decree 30 document: {foreign.reason}",
        "a document of one of the types of Điều 7 with its header (the other rules are "
        "not evaluated)",
    )


DOCUMENT_KIND = document_kind
DOCUMENT_RULES: tuple[Rule, ...] = (document_kind,)
