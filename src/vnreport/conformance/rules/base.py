"""A rule: an id, the decree's locator it rests on, and a function over an inspection."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator

import attrs

from vnreport.conformance.anatomy import Span
from vnreport.conformance.findings import Finding, Note, NotEvaluated, Severity
from vnreport.conformance.inspection import Inspection, excerpt, shown
from vnreport.formatting.lists import ELLIPSES
from vnreport.formatting.text import in_capitals, upper_vi
from vnreport.ooxml.document import ParagraphView, RunView
from vnreport.rules import Align, Form

__all__ = ["Outcome", "Rule", "form_findings", "list_endings", "rule", "shows_letters"]

Outcome = Finding | NotEvaluated | Note
_WORDS = re.compile(r"[^\W_]")


@attrs.frozen(kw_only=True)
class Rule:
    """One check of the decree."""

    id: str
    locator: str
    severity: Severity
    component: str
    #: What the rule checks, for docs/checker.md.
    summary: str
    #: A deviation it reports, for docs/checker.md.
    example: str
    evaluate: Callable[[Rule, Inspection], Iterable[Outcome]] = attrs.field(repr=False)

    def run(self, inspection: Inspection) -> list[Outcome]:
        return list(self.evaluate(self, inspection))

    def finding(
        self,
        where: Span | ParagraphView | None,
        found: str,
        expected: str,
        *,
        severity: Severity | None = None,
        component: str | None = None,
    ) -> Finding:
        paragraph, quoted = _place(where)
        return Finding(
            rule=self.id,
            locator=self.locator,
            severity=severity or self.severity,
            component=component or self.component,
            paragraph=paragraph,
            excerpt=quoted,
            found=found,
            expected=expected,
        )

    def not_evaluated(self, reason: str) -> NotEvaluated:
        return NotEvaluated(rule=self.id, locator=self.locator, reason=reason)

    def note(
        self, where: Span | ParagraphView | None, message: str, *, component: str | None = None
    ) -> Note:
        """A note of this rule at ``where``: worth knowing, not a deviation."""
        paragraph, quoted = _place(where)
        return Note(
            rule=self.id,
            locator=self.locator,
            component=component or self.component,
            paragraph=paragraph,
            excerpt=quoted,
            message=message,
        )


def _place(where: Span | ParagraphView | None) -> tuple[int | None, str]:
    """The paragraph index and the excerpt that name ``where`` in a finding or a note."""
    if isinstance(where, Span):
        paragraph: int | None = where.index
        quoted = excerpt(where.text)
        story = where.paragraph.location.story
    elif where is not None:
        paragraph = where.index
        quoted = excerpt(where.plain)
        story = where.location.story
    else:
        paragraph, quoted, story = None, "", "body"
    if story != "body":
        # Paragraph indexes count the body's paragraphs; a header's is named instead.
        paragraph, quoted = None, f"{story}: {quoted}"
    return paragraph, quoted


def rule(
    rule_id: str,
    locator: str,
    component: str,
    summary: str,
    example: str,
    severity: Severity = Severity.ERROR,
) -> Callable[[Callable[[Rule, Inspection], Iterable[Outcome]]], Rule]:
    """Make a :class:`Rule` of a function."""

    def make(function: Callable[[Rule, Inspection], Iterable[Outcome]]) -> Rule:
        return Rule(
            id=rule_id,
            locator=locator,
            severity=severity,
            component=component,
            summary=summary,
            example=example,
            evaluate=function,
        )

    return make


def form_findings(
    rule: Rule, span: Span, expect: Form, *, seen_aligned: bool = False
) -> Iterator[Finding]:
    """Size, weight, slant, case and alignment of a component against its form in the
    rulebook; one finding per property, at the first run that breaks it. ``seen_aligned``
    says the caller measured the line where the form wants it on paper, though its
    paragraph is aligned otherwise (a signature centred by spaces or tabs)."""
    # What is judged is what the reader sees: the letters and figures. A colon, a dash or
    # a space set apart ("Nơi nhận" bold italic, its ":" upright) is no deviation.
    runs = tuple(run for run in span.runs if shows_letters(run.text)) or span.runs
    low, high = expect.sizes.low, expect.sizes.high
    component = expect.component.value
    checks: list[tuple[str, Callable[[RunView], bool], Callable[[RunView], str], str]] = [
        (
            "size",
            lambda run: run.props.size is not None and low <= run.props.size <= high,
            lambda run: (
                "no size set (Word's default 10 pt)"
                if run.props.size is None
                else f"{run.props.size:g} pt"
            ),
            expect.sizes.describe(),
        )
    ]
    if expect.bold is not None:
        checks.append(
            (
                "bold",
                lambda run: run.props.bold == expect.bold,
                lambda run: "bold" if run.props.bold else "not bold",
                "bold" if expect.bold else "not bold",
            )
        )
    if expect.italic is not None:
        checks.append(
            (
                "italic",
                # The slant of a lone mark (the ";" after an italic line) does not show.
                lambda run: run.props.italic == expect.italic or not _WORDS.search(run.text),
                lambda run: "italic" if run.props.italic else "upright",
                "italic" if expect.italic else "upright",
            )
        )
    for _name, passes, describe, wanted in checks:
        for run in runs:
            if not passes(run):
                yield rule.finding(span, describe(run), wanted, component=component)
                break
    if expect.upper and span.text != upper_vi(span.text) and not all(r.props.caps for r in runs):
        yield rule.finding(
            span, f"{shown(span.text)} not in capitals", "capitals", component=component
        )
    shown_in_capitals = in_capitals(span.text) or (
        bool(runs) and all(r.props.caps for r in runs) and len(span.text.split()) > 1
    )
    if expect.upper is False and shown_in_capitals:
        yield rule.finding(
            span,
            f"{shown(span.text)} in capitals",
            "lower case (chữ in thường)",
            component=component,
        )
    alignment = span.paragraph.props.alignment
    # A justified paragraph is flush left too: it only stretches the lines that wrap.
    flush_left = expect.align is Align.LEFT and alignment in ("both", "start")
    placed = (span.whole or span.own_line) and not seen_aligned
    if expect.align and placed and alignment != expect.align.value and not flush_left:
        found = next((a.description for a in Align if a.value == alignment), alignment)
        yield rule.finding(span, found, expect.align.description, component=component)


def shows_letters(text: str) -> bool:
    """Whether ``text`` holds a letter or a figure: what shows its weight and slant."""
    return any(char.isalnum() for char in text)


def list_endings(rule: Rule, spans: tuple[Span, ...]) -> Iterator[Finding]:
    """Lines of a list end with ";", the last with "." (Kính gửi, Căn cứ)."""
    for position, span in enumerate(spans):
        last = position == len(spans) - 1
        wanted = "." if last else ";"
        text = span.text.rstrip()
        if last and text.endswith(ELLIPSES):
            continue  # an ellipsis already ends the sentence, as the lists are written
        ending = text[-1:]
        if ending != wanted:
            yield rule.finding(span, f"ends with {ending!r}", f"ends with {wanted!r}")
