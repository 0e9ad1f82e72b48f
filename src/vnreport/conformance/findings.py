"""What the checker reports: deviations from the decree, rules it could not evaluate, and
notes (what the document does that is worth knowing but breaks no rule)."""

from __future__ import annotations

import enum
from collections.abc import Iterable
from typing import Any

import attrs

from vnreport.conformance.display import findings_html, findings_summary

__all__ = [
    "Finding",
    "Findings",
    "NotEvaluated",
    "Note",
    "Severity",
]


class Severity(enum.Enum):
    """How serious a deviation is."""

    #: The decree's rule is broken.
    ERROR = "error"
    #: Practice or a recommendation is not followed, or the rule may not apply.
    WARNING = "warning"


@attrs.frozen(kw_only=True)
class Finding:
    """One deviation: which rule, on what ground, where, what was found, what is expected."""

    rule: str
    locator: str
    severity: Severity
    component: str
    paragraph: int | None
    excerpt: str
    found: str
    expected: str

    def __str__(self) -> str:
        where = "" if self.paragraph is None else f" ¶{self.paragraph}"
        excerpt = f" «{self.excerpt}»" if self.excerpt else ""
        return (
            f"{self.severity.value}: {self.rule} ({self.component}{where}){excerpt}: "
            f"found {self.found}; expected {self.expected} [{self.locator}]"
        )

    def to_dict(self) -> dict[str, Any]:
        """The finding as plain data (for ``--format json``)."""
        return {
            "rule": self.rule,
            "locator": self.locator,
            "severity": self.severity.value,
            "component": self.component,
            "paragraph": self.paragraph,
            "excerpt": self.excerpt,
            "found": self.found,
            "expected": self.expected,
        }


@attrs.frozen(kw_only=True)
class NotEvaluated:
    """A rule the file cannot show (a layout only a word processor computes, a component
    that is absent): reported as such, never as passed."""

    rule: str
    locator: str
    reason: str

    def __str__(self) -> str:
        return f"not evaluated: {self.rule}: {self.reason} [{self.locator}]"

    def to_dict(self) -> dict[str, Any]:
        return {"rule": self.rule, "locator": self.locator, "reason": self.reason}


@attrs.frozen(kw_only=True)
class Note:
    """Something a reader of the file may want to know that is no deviation: a font named
    on a slot this text never shows, a font taken from the theme that is Times New Roman.
    A note is not a finding: it never makes a document fail."""

    rule: str
    locator: str
    component: str
    paragraph: int | None
    excerpt: str
    message: str

    def __str__(self) -> str:
        where = "" if self.paragraph is None else f" ¶{self.paragraph}"
        excerpt = f" «{self.excerpt}»" if self.excerpt else ""
        return (
            f"note: {self.rule} ({self.component}{where}){excerpt}: {self.message} [{self.locator}]"
        )

    def to_dict(self) -> dict[str, Any]:
        return {
            "rule": self.rule,
            "locator": self.locator,
            "component": self.component,
            "paragraph": self.paragraph,
            "excerpt": self.excerpt,
            "message": self.message,
        }


class Findings(tuple[Finding, ...]):
    """The deviations found in a document (empty when it conforms), with the rules that
    could not be evaluated in :attr:`not_evaluated` and the notes in :attr:`notes` (which
    are not findings: they change neither the length nor the verdict)."""

    not_evaluated: tuple[NotEvaluated, ...]
    notes: tuple[Note, ...]

    def __new__(
        cls,
        findings: Iterable[Finding] = (),
        not_evaluated: Iterable[NotEvaluated] = (),
        notes: Iterable[Note] = (),
    ) -> Findings:
        instance = super().__new__(cls, tuple(findings))
        instance.not_evaluated = tuple(not_evaluated)
        instance.notes = tuple(notes)
        return instance

    @property
    def errors(self) -> tuple[Finding, ...]:
        """The findings of severity error."""
        return tuple(finding for finding in self if finding.severity is Severity.ERROR)

    def __repr__(self) -> str:
        # A tuple's repr shows "()" for a document that conforms, which reads as nothing.
        return findings_summary(self)

    def _repr_html_(self) -> str:
        """The findings as a table, for Jupyter."""
        return findings_html(self)

    def to_dict(self) -> dict[str, Any]:
        return {
            "findings": [finding.to_dict() for finding in self],
            "not_evaluated": [item.to_dict() for item in self.not_evaluated],
            "notes": [note.to_dict() for note in self.notes],
        }
