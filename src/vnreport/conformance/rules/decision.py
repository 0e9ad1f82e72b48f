"""A quyết định's own lines: the authority line, "QUYẾT ĐỊNH:", the articles' labels and
"Như Điều …" in Nơi nhận (Phụ lục I, II.6.đ; Phụ lục III, Mẫu 1.2 and 1.3).

The legal bases are the body rule ``legal-basis.format``'s: every document may have them.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from vnreport.conformance.anatomy import ARTICLE_LABEL, Span, article_label_span
from vnreport.conformance.findings import Severity
from vnreport.conformance.inspection import Inspection, shown
from vnreport.conformance.rules.base import Outcome, Rule, form_findings, rule, shows_letters
from vnreport.rules import ND30, Component
from vnreport.rules.doctypes import DocumentType

__all__ = ["DECISION_FOOTER_RULES", "DECISION_RULES"]

_TEXTS = ND30.texts
_DECISION_WORD = f"{_TEXTS.decision_word}:"
_AS_ARTICLE = re.compile(rf"^-\s*{re.escape(_TEXTS.as_article)}\s+(?P<number>\d+)", re.IGNORECASE)
# A title is a phrase; the text of an untitled article is a sentence, ending with a mark.
_SENTENCE_END = re.compile(r"[.;:!?…,]$")
_TITLE_LIMIT = 200


def _decision(inspection: Inspection) -> bool:
    return inspection.anatomy.doc_type is DocumentType.DECISION


@rule(
    "authority-line.format",
    ND30.form(Component.AUTHORITY_LINE).locator,
    "authority-line",
    "A quyết định names who has the power to decide (thẩm quyền ban hành) on its own line "
    "under the subject: the head's title and the body (CHỦ TỊCH ỦY BAN NHÂN DÂN HUYỆN …) or "
    f"the collective's name, {ND30.form(Component.AUTHORITY_LINE).describe()}.",
    '"Chủ tịch Ủy ban nhân dân huyện Tuần Giáo" in sentence case, or no authority line '
    'before "Căn cứ".',
)
def authority_line_format(self: Rule, inspection: Inspection) -> Iterator[Outcome]:
    anatomy = inspection.anatomy
    if not _decision(inspection):
        return
    if not anatomy.authority_line:
        where = anatomy.subject[-1] if anatomy.subject else anatomy.type_name
        yield self.finding(
            where, "no authority line", "the authority line (CHỦ TỊCH …) under the subject"
        )
        return
    for span in anatomy.authority_line:
        yield from form_findings(self, span, ND30.form(Component.AUTHORITY_LINE))


@rule(
    "decision-word.format",
    ND30.form(Component.DECISION_WORD).locator,
    "decision-word",
    f'"{_DECISION_WORD}" with its colon stands on its own line between the legal bases and '
    f"the articles, {ND30.form(Component.DECISION_WORD).describe()}.",
    f'"{_TEXTS.decision_word}" without the colon, or left-aligned.',
)
def decision_word_format(self: Rule, inspection: Inspection) -> Iterator[Outcome]:
    anatomy = inspection.anatomy
    if not _decision(inspection):
        return
    span = anatomy.decision_word
    if span is None:
        where = anatomy.articles[0] if anatomy.articles else None
        yield self.finding(where, f"no {_DECISION_WORD!r}", f"{_DECISION_WORD!r} before Điều 1")
        return
    if " ".join(span.text.split()) != _DECISION_WORD:
        yield self.finding(span, shown(span.text), repr(_DECISION_WORD))
    yield from form_findings(self, span, ND30.form(Component.DECISION_WORD))


@rule(
    "article.label",
    ND30.form(Component.ARTICLE).locator,
    "article",
    f'An article opens with "{_TEXTS.article_label}", its number in Arabic digits and a full '
    f'stop ("{_TEXTS.article_label} 1."), bold and upright; a title that follows on the same '
    "line is bold too.",
    '"Điều 2:" with a colon, or "Điều 3." not bold.',
)
def article_label(self: Rule, inspection: Inspection) -> Iterator[Outcome]:
    for span in inspection.anatomy.articles:
        label = article_label_span(span)
        match = ARTICLE_LABEL.match(span.text)
        if label is None or match is None:
            continue
        if match["mark"] != ".":
            wanted = f"{_TEXTS.article_label} {match['number']}."
            yield self.finding(span, repr(label.text), f"{wanted!r}, with a full stop")
        # The decree sets "Điều", the number and the title in bold; the full stop between
        # them is left to the typist.
        words = article_label_span(span, mark=False)
        assert words is not None
        runs = words.runs
        if not all(run.props.bold for run in runs):
            yield self.finding(span, f"{words.text!r} not bold", "the label in bold")
        if any(run.props.italic for run in runs):
            yield self.finding(span, f"{words.text!r} in italic", "the label upright")
        yield from _title(self, span, label)


def _title(self: Rule, span: Span, label: Span) -> Iterator[Outcome]:
    """A title on the label's line (a phrase, not a sentence) is bold (Phụ lục I, II.6.đ)."""
    rest = Span(span.paragraph, label.end, span.end)
    text = rest.text
    if not text or len(text) > _TITLE_LIMIT or _SENTENCE_END.search(text):
        return
    # Only the words show their weight: the ". " after the label may be set upright.
    if not all(run.props.bold for run in rest.runs if shows_letters(run.text)):
        yield self.finding(span, f"the title {text[:30]!r} not bold", "the title in bold")


@rule(
    "article.sequence",
    ND30.locator("Phụ lục I, II.6.đ; Phụ lục III, Mẫu 1.2"),
    "article",
    f"A quyết định decides in articles, numbered {_TEXTS.article_label} 1, "
    f"{_TEXTS.article_label} 2 … in order, without gaps.",
    '"Điều 1." followed by "Điều 3.", or a quyết định without "Điều 1.".',
)
def article_sequence(self: Rule, inspection: Inspection) -> Iterator[Outcome]:
    anatomy = inspection.anatomy
    if not _decision(inspection):
        return
    if not anatomy.articles:
        where = anatomy.decision_word
        yield self.finding(where, "no article", f"the articles, '{_TEXTS.article_label} 1.' …")
        return
    expected = 1
    for span in anatomy.articles:
        match = ARTICLE_LABEL.match(span.text)
        assert match is not None  # the anatomy's articles open with a label
        number = int(match["number"])
        if number != expected:
            wanted = f"{_TEXTS.article_label} {expected}"
            yield self.finding(span, f"'{_TEXTS.article_label} {number}'", f"{wanted!r} next")
        expected = number + 1


@rule(
    "recipients.as-article",
    ND30.locator("Phụ lục III, Mẫu 1.2"),
    "recipients",
    f'A quyết định\'s Nơi nhận opens with "- {_TEXTS.as_article} N;", N being the article '
    "that names who carries the decision out, an article of the decision; not with "
    f'"- {_TEXTS.as_above};", which points at a Kính gửi a quyết định has not. Naming those '
    "who carry it out one by one instead is no deviation: the sample's reference only "
    "saves repeating the article.",
    '"- Như trên;" first in a quyết định, or "- Như Điều 5;" in a decision of four articles.',
    severity=Severity.WARNING,
)
def recipients_as_article(self: Rule, inspection: Inspection) -> Iterator[Outcome]:
    anatomy = inspection.anatomy
    if not _decision(inspection) or not anatomy.recipients:
        return
    first = anatomy.recipients[0]
    match = _AS_ARTICLE.match(first.text)
    if match is None:
        if not first.text.lstrip("-– ").lower().startswith(_TEXTS.as_above.lower()):
            return  # those who carry it out, named one by one
        yield self.finding(
            first,
            shown(first.text[:40]),
            f"'- {_TEXTS.as_article} N;' first, N the article naming who carries it out",
        )
        return
    numbers = {
        int(m["number"]) for m in (ARTICLE_LABEL.match(s.text) for s in anatomy.articles) if m
    }
    number = int(match["number"])
    if numbers and number not in numbers:
        yield self.finding(
            first,
            f"'{_TEXTS.as_article} {number}', not an article of the decision",
            f"an article of the decision ({_TEXTS.article_label} 1–{max(numbers)})",
        )


DECISION_RULES: tuple[Rule, ...] = (
    authority_line_format,
    decision_word_format,
    article_label,
    article_sequence,
)
DECISION_FOOTER_RULES: tuple[Rule, ...] = (recipients_as_article,)
