"""Custom templates are untrusted: they run sandboxed, bounded, and fail with a clear error.

Each hostile template is the shipped one with one tag typed in a paragraph of its own, as an
office that restyles the template in Word would type it. An escape must fail before it can
run anything; a runaway must stop within its limits; every failure is a TemplateError that
names the part, the paragraph and the tag.
"""

from __future__ import annotations

import json
import re
import zipfile
from pathlib import Path
from typing import Any

import pytest

from bounded import run_bounded
from docx_helpers import open_docx, zip_parts
from template_variants import SHIPPED, inserted_paragraph, with_paragraph
from vnreport import Report, TemplateError
from vnreport.limits import Limits, TemplateLimits


def hostile(folder: Path, tag: str, *, name: str = "hostile.docx") -> Path:
    """The shipped template with ``tag`` typed in a paragraph before the body."""
    return with_paragraph(folder, tag, name=name)


ESCAPES = {
    "globals through cycler": (
        "{% set _ = cycler.__init__.__globals__.os.system('touch {marker}') %}",
        "access to attribute '__init__'",
    ),
    "class of a text": ("{{ ''.__class__.__mro__[1].__subclasses__() }}", "'__class__'"),
    "globals of a function": ("{{ range.__globals__ }}", "'__globals__'"),
    "base of a type": ("{{ dict.__base__ }}", "'__base__'"),
    "lipsum": ("{{ lipsum(10) }}", "'lipsum' is undefined"),
    "joiner": ("{{ joiner() }}", "'joiner' is undefined"),
    "namespace": ("{% set ns = namespace(s='') %}", "'namespace' is undefined"),
    "self": ("{{ self }}", "'self' is not available"),
    "self's context": ("{{ self._TemplateReference__context }}", "'self' is not available"),
    "render budget": ("{{ __vnreport_budget__ }}", "is not available"),
    "file include": ("{% include '/etc/passwd' %}", "no loader"),
    "file import": ("{% import '/etc/passwd' as p %}", "no loader"),
    "method that changes data": ("{{ footer.recipients.append('x') }}", "'append'"),
    "method outside the allowed ones": ("{{ header.number.encode('utf-8') }}", "str.encode"),
    "private attribute of a value": ("{{ header.__class__ }}", "'__class__'"),
}


@pytest.mark.parametrize(("tag", "message"), ESCAPES.values(), ids=ESCAPES.keys())
def test_a_template_cannot_reach_outside_its_values(
    tmp_path: Path, seed_report: Report, tag: str, message: str
) -> None:
    marker = tmp_path / "ran"
    template = hostile(tmp_path, tag.replace("{marker}", str(marker)))
    with pytest.raises(TemplateError) as raised:
        seed_report.render(template=template)
    text = str(raised.value)
    assert message in text
    assert template.name in text
    assert "word/document.xml" in text
    assert not marker.exists()


def test_an_error_names_the_paragraph_and_the_tag(tmp_path: Path, seed_report: Report) -> None:
    template = hostile(tmp_path, "{{ header.number.__class__ }}")
    with pytest.raises(TemplateError) as raised:
        seed_report.render(template=template)
    assert (
        f"part word/document.xml, paragraph {inserted_paragraph()}, "
        "tag «{{ header.number.__class__ }}»"
    ) in str(raised.value)


EXPRESSIONS = {
    "division by zero": ("{{ 1 / 0 }}", "division by zero"),
    "text as a number": ("{{ header.number|int + 'x' }}", "TypeError"),
    "missing item": ("{{ header.issuer[99] }}", "list object has no element 99"),
    "call of a value": ("{{ header.number() }}", "not allowed"),
}


@pytest.mark.parametrize(("tag", "message"), EXPRESSIONS.values(), ids=EXPRESSIONS.keys())
def test_an_expression_that_fails_is_a_template_error(
    tmp_path: Path, seed_report: Report, tag: str, message: str
) -> None:
    template = hostile(tmp_path, tag)
    with pytest.raises(TemplateError, match=re.escape(message)):
        seed_report.render(template=template)


def test_an_allowed_template_still_renders(tmp_path: Path, seed_report: Report) -> None:
    # What a restyled template may do: filters, string methods, loops with loop.index,
    # conditions, macros and their caller.
    tag = (
        "{% macro strong(text) %}[{{ text|upper }}]{% endmacro %}"
        "{% for line in footer.recipients if line %}{% if loop.first %}{{ line }}{% endif %}"
        "{% endfor %}{{ strong('') if false }}"
        "{{ '' if header.issuer|join(' ')|lower|replace('x', 'y')|length > 0 else '?' }}"
        "{{ footer.signatures[0].name.split(' ')|first|lower|capitalize|replace('Phạm', '') }}"
        "{{ '{}'.format('!') }}"
    )
    document = open_docx(seed_report.render(template=hostile(tmp_path, tag)))
    texts = [paragraph.text for paragraph in document.paragraphs]
    assert "Nơi nhận:!" in texts


# --- runaways: each would hang or fill the memory if it were not bounded -----------------

RUNAWAYS = {
    "range of a billion": (
        "{% for i in range(10**9) %}{% endfor %}",
        "Range too big",
    ),
    "nested loops": (
        "{% for i in range(99999) %}{% for j in range(99999) %}{% endfor %}{% endfor %}",
        "TemplateLimits.max_iterations",
    ),
    "loop over a text's characters, nested": (
        "{% for a in 'x' * 30000 %}{% for b in 'x' * 30000 %}{% endfor %}{% endfor %}",
        "TemplateLimits.max_iterations",
    ),
    "a text of two billion characters": (
        "{{ 'A' * 2000000000 }}",
        "TemplateLimits.max_output_chars",
    ),
    "a list of a billion items": ("{{ [0] * 1000000000 }}", "TemplateLimits.max_output_chars"),
    "doubling a text": (
        "{% set s = 'x' * 1000 %}" + "{% set s = s ~ s %}" * 40 + "{{ s|length }}",
        "TemplateLimits.max_output_chars",
    ),
    "doubling with +": (
        "{% set s = 'x' * 1000 %}" + "{% set s = s + s %}" * 40 + "{{ s|length }}",
        "TemplateLimits.max_output_chars",
    ),
    "output of a loop": (
        "{% for i in range(99999) %}{{ 'x' * 10000 }}{% endfor %}",
        "TemplateLimits.max_output_chars",
    ),
    "a power": ("{{ 2 ** (10 ** 9) }}", "a power too large"),
    "a product of integers": ("{{ (10 ** 30000) * (10 ** 30000) }}", "too large"),
    "center": ("{{ 'x'|center(10**9) }}", "width"),
    "indent": ("{{ ('x\\n' * 1000)|indent(10**9) }}", "width"),
    "percent width": ("{{ '%*s' % (10**9, 'a') }}", "'*'"),
    "percent width in digits": ("{{ '%999999999s' % 'a' }}", "width"),
    "format filter": ("{{ '%*s'|format(10**9, 'a') }}", "'*'"),
    "str.format width": ("{{ '{:>999999999}'.format(1) }}", "width"),
    "str.format nested width": ("{{ '{:>{}}'.format(1, 10**9) }}", "from an argument"),
    "str.ljust": ("{{ 'a'.ljust(10**9) }}", "width"),
    "str.replace": ("{{ ('a' * 100000).replace('a', 'b' * 100000) }}", "str.replace"),
    "replace filter": (
        "{{ ('a' * 100000)|replace('a', 'b' * 100000) }}",
        "TemplateLimits.max_output_chars",
    ),
    "join separator": (
        "{{ ('-' * 100000).join(range(99999)|map('string')|list) }}",
        "str.join",
    ),
    "join filter separator": (
        "{{ range(99999)|join('-' * 100000) }}",
        "TemplateLimits.max_output_chars",
    ),
    "a macro that calls itself": (
        "{% macro m(n) %}{{ m(n) }}{% endmacro %}{{ m(1) }}",
        "calls itself too deeply",
    ),
    "a recursive loop that never ends": (
        "{% for x in [1, 2] recursive %}{{ loop([1, 2]) }}{% endfor %}",
        "TemplateError",
    ),
}

_RUN = """
import json, sys
sys.path.insert(0, {tests!r})
from conftest import load_example
from vnreport import TemplateError
report = load_example("tuan_giao_2021").build_report()
for template in sys.argv[1:]:
    try:
        report.render(template=template)
    except TemplateError as error:
        outcome = "TemplateError: " + str(error)
    else:
        outcome = "rendered"
    print(json.dumps(outcome), flush=True)
"""


@pytest.fixture(scope="module")
def runaway_outcomes(tmp_path_factory: pytest.TempPathFactory) -> dict[str, str]:
    """Every runaway template rendered in one child process under the memory limit: one
    interpreter start for all of them, each outcome read back by its test."""
    folder = tmp_path_factory.mktemp("runaways")
    templates = [
        str(hostile(folder, tag, name=f"runaway-{index}.docx"))
        for index, (tag, _) in enumerate(RUNAWAYS.values())
    ]
    done = run_bounded(_RUN.format(tests=str(Path(__file__).resolve().parent)), *templates)
    outcomes = [json.loads(line) for line in done.stdout.splitlines()]
    assert done.returncode == 0, done.stderr[-2000:]
    return dict(zip(RUNAWAYS, outcomes, strict=True))


@pytest.mark.parametrize("case", RUNAWAYS)
def test_a_runaway_template_stops_within_its_limits(
    runaway_outcomes: dict[str, str], case: str
) -> None:
    _, message = RUNAWAYS[case]
    outcome = runaway_outcomes[case]
    assert outcome.startswith("TemplateError:"), outcome
    assert message in outcome
    assert "word/document.xml" in outcome


def test_the_time_budget_stops_a_slow_template(tmp_path: Path) -> None:
    # Within the step limit (raised here) but past the time budget (lowered here).
    template = hostile(
        tmp_path, "{% for i in range(99999) %}{% for j in range(99999) %}{% endfor %}{% endfor %}"
    )
    code = _RUN.format(tests=str(Path(__file__).resolve().parent)).replace(
        "report.render(template=template)",
        "report.render(template=template, limits=Limits(template=TemplateLimits("
        "max_iterations=10**12, max_seconds=0.5)))",
    )
    code = "from vnreport.limits import Limits, TemplateLimits\n" + code
    done = run_bounded(code, str(template))
    assert "TemplateLimits.max_seconds" in done.stdout, done.stdout + done.stderr[-2000:]


def test_limits_can_be_raised_for_a_trusted_template(tmp_path: Path, seed_report: Report) -> None:
    template = hostile(tmp_path, "{% for i in range(3000) %}{% endfor %}")
    tight = Limits(template=TemplateLimits(max_iterations=1000))
    with pytest.raises(TemplateError, match=r"TemplateLimits\.max_iterations"):
        seed_report.render(template=template, limits=tight)
    raised = _texts(open_docx(seed_report.render(template=template, limits=Limits.trusted())))
    shipped = _texts(open_docx(seed_report.render()))
    # The loop ran to its end and printed nothing: its paragraph is left empty, before
    # the body's first paragraph; everything else is the shipped output.
    first_body = shipped.index(seed_report.body[0].text)
    assert raised == [*shipped[:first_body], "", *shipped[first_body:]]


def _texts(document: Any) -> list[str]:
    cells = [
        paragraph.text
        for table in document.tables
        for row in table.rows
        for cell in row.cells
        for paragraph in cell.paragraphs
    ]
    return [paragraph.text for paragraph in document.paragraphs] + cells


def test_a_template_with_too_many_tags_is_refused_before_compiling(
    tmp_path: Path, seed_report: Report
) -> None:
    template = hostile(tmp_path, "{{ header.motto }}" * 200)
    with pytest.raises(TemplateError, match=r"TemplateLimits\.max_tags"):
        seed_report.render(template=template, limits=Limits(template=TemplateLimits(max_tags=100)))


def test_a_tag_left_open_for_pages_is_refused(tmp_path: Path, seed_report: Report) -> None:
    template = hostile(tmp_path, "{{ header.motto " + "x " * 2000)
    with pytest.raises(TemplateError, match=r"TemplateLimits\.max_tag_chars"):
        seed_report.render(template=template)


# --- the template's package: read like any Word file from outside -----------------------


def _with_main_type(folder: Path, content_type: str, name: str) -> Path:
    source = zip_parts(SHIPPED.read_bytes())
    types = source["[Content_Types].xml"].decode("utf-8")
    document = "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"
    assert document in types
    source["[Content_Types].xml"] = types.replace(document, content_type).encode("utf-8")
    path = folder / name
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for part, data in source.items():
            archive.writestr(part, data)
    return path


def test_a_template_saved_as_dotx_makes_a_document(tmp_path: Path, seed_report: Report) -> None:
    template = _with_main_type(
        tmp_path,
        "application/vnd.openxmlformats-officedocument.wordprocessingml.template.main+xml",
        "mau.dotx",
    )
    data = seed_report.render(template=template)
    types = zip_parts(data)["[Content_Types].xml"].decode("utf-8")
    assert "wordprocessingml.document.main+xml" in types
    assert "template.main" not in types
    assert _texts(open_docx(data)) == _texts(open_docx(seed_report.render()))


@pytest.mark.parametrize(
    "content_type",
    [
        "application/vnd.ms-word.document.macroEnabled.main+xml",
        "application/vnd.ms-word.template.macroEnabledTemplate.main+xml",
    ],
)
def test_a_macro_enabled_template_is_refused(
    tmp_path: Path, seed_report: Report, content_type: str
) -> None:
    template = _with_main_type(tmp_path, content_type, "mau.docx")
    with pytest.raises(TemplateError, match=r"macro-enabled .*save it as a Word document"):
        seed_report.render(template=template)


_SPECIAL = """
import os, sys
sys.path.insert(0, {tests!r})
from conftest import load_example
from vnreport import TemplateError
report = load_example("tuan_giao_2021").build_report()
path = sys.argv[1]
if path.endswith(".fifo"):
    os.mkfifo(path)
try:
    report.render(template=path)
except TemplateError as error:
    print("TemplateError:", error)
"""


@pytest.mark.parametrize("special", ["named pipe", "/dev/zero", "directory"])
def test_a_template_that_is_not_a_regular_file(tmp_path: Path, special: str) -> None:
    # A named pipe would block the read for ever, /dev/zero fill the memory.
    path = {
        "named pipe": str(tmp_path / "mau.fifo"),
        "/dev/zero": "/dev/zero",
        "directory": str(tmp_path),
    }[special]
    done = run_bounded(_SPECIAL.format(tests=str(Path(__file__).resolve().parent)), path)
    assert done.stdout.startswith("TemplateError:"), done.stdout + done.stderr[-2000:]
    assert "regular file" in done.stdout or "directory" in done.stdout


def test_a_zip_bomb_template_is_refused(tmp_path: Path, seed_report: Report) -> None:
    source = zip_parts(SHIPPED.read_bytes())
    source["word/media/bomb.bin"] = b"\0" * (80 * 1024 * 1024)
    path = tmp_path / "bomb.docx"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for part, data in source.items():
            archive.writestr(part, data)
    assert path.stat().st_size < 1024 * 1024
    with pytest.raises(TemplateError, match=r"PackageLimits\.max_part_bytes"):
        seed_report.render(template=path)
