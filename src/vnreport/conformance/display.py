"""How findings show themselves: a one-line summary, and an HTML table for Jupyter.

The table has a row per deviation — its severity, the rule, the component and the
paragraph it is in, what was found against what the decree expects, and where the
decree says so — then the rules that could not be evaluated and the notes. Every text
comes from a file someone else wrote, so every text is escaped.
"""

from __future__ import annotations

import html
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from vnreport.conformance.findings import Findings

__all__ = ["findings_html", "findings_summary"]

_SCOPE = "vnreport-findings"
_CSS = (
    f".{_SCOPE}{{font:13px/1.35 system-ui,sans-serif;color:#000}}"
    f".{_SCOPE} table{{border-collapse:collapse;margin:4px 0 8px}}"
    f".{_SCOPE} th,.{_SCOPE} td{{border:1px solid #bbb;padding:3px 6px;text-align:left;"
    "vertical-align:top}"
    f".{_SCOPE} th{{background:#f2f2f2}}"
    f".{_SCOPE} .error{{color:#a40000;font-weight:bold}}"
    f".{_SCOPE} .warning{{color:#8a5a00;font-weight:bold}}"
    f".{_SCOPE} .conforms{{color:#156b1f;font-weight:bold}}"
    f".{_SCOPE} q{{font-style:italic}}"
)


def _plural(count: int, noun: str, plural: str | None = None) -> str:
    return f"{count} {noun if count == 1 else plural or noun + 's'}"


def findings_summary(findings: Findings) -> str:
    """ "<Findings: conforms>", "<Findings: 2 errors, 1 warning; 3 rules not evaluated>"."""
    return f"<Findings: {_counts(findings)}>"


def _counts(findings: Findings) -> str:
    errors = len(findings.errors)
    warnings = len(findings) - errors
    if not findings:
        verdict = "conforms"
    else:
        verdict = ", ".join(
            part
            for part in (
                _plural(errors, "error") if errors else "",
                _plural(warnings, "warning") if warnings else "",
            )
            if part
        )
    extra = [
        _plural(len(findings.not_evaluated), "rule") + " not evaluated"
        if findings.not_evaluated
        else "",
        _plural(len(findings.notes), "note") if findings.notes else "",
    ]
    return "; ".join([verdict, *(part for part in extra if part)])


def _e(text: object) -> str:
    return html.escape(str(text), quote=True)


def findings_html(findings: Findings) -> str:
    """The findings as an HTML fragment: a table of deviations, then what was not
    evaluated and the notes; "conforms" when there is no deviation."""
    pieces = [f'<div class="{_SCOPE}"><style>{_CSS}</style>']
    if not findings:
        pieces.append('<p><span class="conforms">conforms</span>: no deviation found</p>')
    else:
        pieces.append(f"<p>{_e(_counts(findings))}</p>")
        pieces.append(
            "<table><thead><tr><th>severity</th><th>rule</th><th>component</th><th>¶</th>"
            "<th>text</th><th>found</th><th>expected</th><th>locator</th></tr></thead><tbody>"
        )
        for finding in findings:
            severity = finding.severity.value
            paragraph = "" if finding.paragraph is None else finding.paragraph
            excerpt = f"<q>{_e(finding.excerpt)}</q>" if finding.excerpt else ""
            pieces.append(
                f'<tr><td class="{_e(severity)}">{_e(severity)}</td><td>{_e(finding.rule)}</td>'
                f"<td>{_e(finding.component)}</td><td>{_e(paragraph)}</td><td>{excerpt}</td>"
                f"<td>{_e(finding.found)}</td><td>{_e(finding.expected)}</td>"
                f"<td>{_e(finding.locator)}</td></tr>"
            )
        pieces.append("</tbody></table>")
    if findings.not_evaluated:
        pieces.append("<p>Not evaluated (the file cannot show them):</p><ul>")
        pieces.extend(
            f"<li><b>{_e(item.rule)}</b>: {_e(item.reason)} [{_e(item.locator)}]</li>"
            for item in findings.not_evaluated
        )
        pieces.append("</ul>")
    if findings.notes:
        pieces.append("<p>Notes (no deviation):</p><ul>")
        for note in findings.notes:
            where = "" if note.paragraph is None else f" ¶{note.paragraph}"
            pieces.append(
                f"<li><b>{_e(note.rule)}</b> ({_e(note.component)}{_e(where)}): "
                f"{_e(note.message)} [{_e(note.locator)}]</li>"
            )
        pieces.append("</ul>")
    pieces.append("</div>")
    return "".join(pieces)
