"""Whatever the model accepts renders: validation and rendering share one set of checks.

A document that constructs (and so a data file that `vnreport validate` calls valid) must
render and pass the render's own conformance check; a problem found only at render time
would reach the user under an internal name, without the line of the data file.
"""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings

from docx_helpers import open_docx
from strategies import reports
from vnreport import Report
from vnreport.exchange import dumps, loads


# Each example renders, checks and reloads a whole report: 150 examples in CI.
@settings(
    max_examples=min(150, settings.default.max_examples),
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow],
)
@given(report=reports())
def test_every_valid_report_renders(report: Report) -> None:
    data = report.render()  # strict: an error of the checker fails the test
    document = open_docx(data)
    texts = [paragraph.text for paragraph in document.paragraphs]
    assert report.doc_type.printed_name in texts
    # What validates from a data file is the same document, and renders the same bytes.
    assert loads(dumps(report), format="yaml").render() == data
