"""The checker against single deviations: each one is reported, with the right rule and
place, and nothing else is; ``--fix`` repairs the layout-level ones and only those.

Each mutation (tests/mutations.py) starts from a correct rendered report — the seed
report, the seed dated in January, or the seed with points a) b) c) — and changes one
thing in its XML: a margin, Arial in one run, "tháng 06", "Số: 5/…", en dashes in the
Tiêu ngữ, a missing "./.", "KT." without a deputy's title, a page number on page 1 …
"""

from __future__ import annotations

import json
import re
import subprocess
import sys
import unicodedata
from functools import reduce
from pathlib import Path

import attrs
import pytest

from mutations import MUTATIONS, Docx, Mutation, replace_text, styled, texts, w
from vnreport import Report, Section, Severity, check
from vnreport.cli.main import main
from vnreport.conformance import Findings
from vnreport.conformance.fix import fix
from vnreport.ooxml.document import WordDocument, normalize

FIXABLE = [mutation for mutation in MUTATIONS if mutation.fixable]
WORDING = [mutation for mutation in MUTATIONS if not mutation.fixable]
#: The mutation of the date line: --fix may change its digits, and nothing else.
DATE_RULE = "date.form"


def describe(findings: Findings) -> str:
    return "\n".join(str(finding) for finding in findings) or "(no finding)"


@pytest.fixture(scope="module")
def bases(seed_report: Report) -> dict[str, bytes]:
    """The correct documents the mutations start from."""
    last = seed_report.sections[-1]
    points = Section(
        title="Đề xuất cụ thể",
        content=[
            Section(title="Về tập huấn", content=["Tổ chức tập huấn nghiệp vụ dân vận."]),
            Section(title="Về kinh phí", content=["Bố trí kinh phí cho công tác dân vận."]),
            Section(title="Về khen thưởng", content=["Khen thưởng kịp thời các mô hình tốt."]),
        ],
    )
    with_points = attrs.evolve(
        seed_report,
        sections=(
            *seed_report.sections[:-1],
            Section(title=last.title, content=[*last.content, points]),
        ),
    )
    return {
        "seed": seed_report.render(),
        "january": attrs.evolve(seed_report, date="2021-01-15").render(),
        "points": with_points.render(),
    }


def mutated(mutation: Mutation, bases: dict[str, bytes]) -> tuple[WordDocument, bytes]:
    """The unmutated document (where the mutation is located) and the mutated bytes."""
    base = bases[mutation.base]
    return WordDocument.open(base), mutation.apply(base)


def test_the_bases_conform(bases: dict[str, bytes]) -> None:
    for name, data in bases.items():
        assert check(data) == (), name


def test_the_suite_has_at_least_30_distinct_deviations() -> None:
    ids = [mutation.id for mutation in MUTATIONS]
    assert len(ids) == len(set(ids))
    assert len(MUTATIONS) >= 30
    # They exercise most of the checker, not one rule thirty times.
    assert len({mutation.rule for mutation in MUTATIONS}) >= 30
    assert len(FIXABLE) >= 10
    assert len(WORDING) >= 20


def test_unzipping_and_zipping_again_changes_nothing(bases: dict[str, bytes]) -> None:
    """Every XML part parsed and written back: the document is as it was, so the edit of
    a mutation is the only difference the checker can see."""
    data = bases["seed"]
    again = Docx(data)
    for name in again.parts:
        if name.endswith(".xml"):
            again.xml(name)
    assert check(again.data()) == ()
    assert texts(WordDocument.open(again.data())) == texts(WordDocument.open(data))


# --- each deviation is reported -----------------------------------------------------------


@pytest.mark.parametrize("mutation", MUTATIONS, ids=lambda mutation: mutation.id)
def test_each_deviation_is_reported_where_it_is(
    mutation: Mutation, bases: dict[str, bytes]
) -> None:
    original, data = mutated(mutation, bases)
    findings = check(data)

    # The rule the deviation breaks, and no unrelated one.
    assert {finding.rule for finding in findings} == mutation.rules, describe(findings)

    reported = [finding for finding in findings if finding.rule == mutation.rule]
    first = reported[0]
    expected = mutation.expected_locations(original)
    if expected is None:
        assert first.paragraph == mutation.expected_paragraph(original), describe(findings)
        assert all(finding.severity is mutation.severity for finding in reported)
    else:
        assert [finding.paragraph for finding in reported] == expected, describe(findings)
    assert first.severity is mutation.severity
    assert first.locator.startswith("NĐ 30/2020"), first.locator
    assert first.component

    # What the finding says names the deviation.
    said = " ".join((first.excerpt, first.found, first.expected))
    for needle in mutation.mentions:
        assert needle in said, f"{needle!r} not in {said!r}"

    # The excerpt quotes the paragraph the finding points to.
    if first.paragraph is not None:
        text = WordDocument.open(data).paragraphs[first.paragraph].plain
        assert text.startswith(first.excerpt.rstrip("…")), (first.excerpt, text)


def test_the_mutated_paragraph_is_the_one_located(bases: dict[str, bytes]) -> None:
    """A paragraph index counts body and table-cell paragraphs in reading order: the
    indexes the mutations aim at are those of the components they change."""
    document = WordDocument.open(bases["seed"])
    styles = {p.index: p.props.style for p in document.paragraphs}
    assert styles[styled("VNNationalName")(document)] == "VNNationalName"
    assert document.paragraphs[styled("VNMotto")(document)].plain == "Độc lập - Tự do - Hạnh phúc"
    assert document.paragraphs[styled("VNRecipientsHeading")(document)].location.in_table
    # The header table comes first: the issuer is paragraph 0.
    assert document.paragraphs[0].plain == "ỦY BAN NHÂN DÂN"


# --- accepted variants (not deviations) -------------------------------------------------


def test_hoa_with_the_old_accent_placement_is_accepted(bases: dict[str, bytes]) -> None:
    """The decree writes both "HÒA" and "HOÀ" (nd30-spec §3.1): either is the Quốc hiệu."""
    original = WordDocument.open(bases["seed"])
    docx = Docx(bases["seed"])
    replace_text(docx.paragraph(styled("VNNationalName")(original)), "HÒA", "HOÀ")
    findings = check(docx.data())
    assert findings == (), describe(findings)


def test_decomposed_unicode_is_read_as_composed(bases: dict[str, bytes]) -> None:
    """Text typed in NFD (some Vietnamese keyboards) is recognised like NFC text: the
    components are found and no rule reports a form that is right."""
    docx = Docx(bases["seed"])
    for paragraph in docx.paragraphs():
        for node in paragraph.iter(w("t")):
            node.text = unicodedata.normalize("NFD", node.text or "")
    findings = check(docx.data())
    assert findings == (), describe(findings)


# --- --fix ------------------------------------------------------------------------------


def _same_text_but_date_digits(before: list[str], after: list[str]) -> None:
    assert len(before) == len(after)
    for old, new in zip(before, after, strict=True):
        if old != new:
            assert re.search(r",\s*ngày\b", old), (old, new)
            assert re.sub(r"\d", "", old) == re.sub(r"\d", "", new), (old, new)


@pytest.mark.parametrize("mutation", FIXABLE, ids=lambda mutation: mutation.id)
def test_fix_repairs_layout_deviations(mutation: Mutation, bases: dict[str, bytes]) -> None:
    _, data = mutated(mutation, bases)
    result = fix(data)
    assert mutation.rule in {finding.rule for finding in result.before}
    assert result.repairs
    # Everything was layout-level: nothing is left, and the copy is checked again.
    assert result.after == (), describe(result.after)
    assert check(result.data) == ()
    before, after = texts(WordDocument.open(data)), texts(WordDocument.open(result.data))
    if mutation.rule == DATE_RULE:
        assert before != after
        _same_text_but_date_digits(before, after)
    else:
        assert after == before


def test_fix_pads_the_date_as_the_decree_does(bases: dict[str, bytes]) -> None:
    by_id = {mutation.id: mutation for mutation in MUTATIONS}
    expected = {
        "day-not-padded": "Tuần Giáo, ngày 05 tháng 6 năm 2021",
        "june-padded": "Tuần Giáo, ngày tháng 6 năm 2021",
        "january-not-padded": "Tuần Giáo, ngày 15 tháng 01 năm 2021",
    }
    for name, line in expected.items():
        original, data = mutated(by_id[name], bases)
        index = styled("VNPlaceDate")(original)
        fixed = WordDocument.open(fix(data).data).paragraphs[index]
        assert fixed.plain == line
        assert normalize(fixed.text) == line


@pytest.mark.parametrize("mutation", WORDING, ids=lambda mutation: mutation.id)
def test_fix_leaves_wording_and_form_to_the_author(
    mutation: Mutation, bases: dict[str, bytes]
) -> None:
    _, data = mutated(mutation, bases)
    result = fix(data)

    def located(findings: Findings) -> list[tuple[str, int | None, str]]:
        return [(f.rule, f.paragraph, f.found) for f in findings if f.rule == mutation.rule]

    assert located(result.before)
    assert located(result.after) == located(result.before), describe(result.after)
    # Nothing that --fix may repair was wrong, so nothing was changed.
    assert result.repairs == ()
    assert texts(WordDocument.open(result.data)) == texts(WordDocument.open(data))


def test_fix_never_changes_its_source(bases: dict[str, bytes], tmp_path: Path) -> None:
    mutation = FIXABLE[0]
    _, data = mutated(mutation, bases)
    path = tmp_path / "bad.docx"
    path.write_bytes(data)
    result = fix(path)
    assert path.read_bytes() == data
    assert result.before == check(data)
    assert result.after == ()


# --- the command line ---------------------------------------------------------------------


def _layout_only(bases: dict[str, bytes]) -> bytes:
    """The seed with three layout-level deviations: a margin, a body size, the month."""
    chosen = [m for m in MUTATIONS if m.id in ("margin-left-25mm", "body-12pt", "june-padded")]
    assert len(chosen) == 3
    return reduce(lambda data, mutation: mutation.apply(data), chosen, bases["seed"])


@pytest.fixture
def bad_file(bases: dict[str, bytes], tmp_path: Path) -> Path:
    path = tmp_path / "bao-cao.docx"
    path.write_bytes(_layout_only(bases))
    return path


def test_cli_check_prints_rules_and_paragraphs(
    bad_file: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    findings = check(bad_file)
    assert {finding.rule for finding in findings} == {"page.margins", "body.size", "date.form"}
    assert main(["check", str(bad_file)]) == 1
    out = capsys.readouterr().out
    for finding in findings:
        assert finding.rule in out
        if finding.paragraph is not None:
            assert f"¶{finding.paragraph} " in out
    assert "¶7 " in out  # the date line
    assert "month '06'" in out
    assert "not evaluated signature.kept-together" in out
    assert "3 error(s), 0 warning(s)" in out


def test_cli_check_json(bad_file: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["check", str(bad_file), "--format", "json"]) == 1
    result = json.loads(capsys.readouterr().out)
    assert [entry["file"] for entry in result] == [str(bad_file)]
    listed = result[0]["findings"]
    assert listed == [finding.to_dict() for finding in check(bad_file)]
    assert {item["rule"] for item in listed} == {"page.margins", "body.size", "date.form"}
    assert {item["severity"] for item in listed} == {"error"}
    date = next(item for item in listed if item["rule"] == "date.form")
    assert date["paragraph"] == 7
    assert [item["rule"] for item in result[0]["not_evaluated"]] == ["signature.kept-together"]


def test_cli_check_of_a_conforming_file(
    bases: dict[str, bytes], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "dung.docx"
    path.write_bytes(bases["seed"])
    assert main(["check", str(path)]) == 0
    assert "conforms" in capsys.readouterr().out


def test_cli_fix_writes_a_corrected_copy(
    bad_file: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    original = bad_file.read_bytes()
    out = tmp_path / "bao-cao-sua.docx"
    assert main(["check", str(bad_file), "--fix", "-o", str(out)]) == 0
    printed = capsys.readouterr()
    assert bad_file.read_bytes() == original
    assert check(out) == ()
    assert "fixed" in printed.out
    assert "conforms" in printed.out
    assert f"wrote {out}" in printed.err
    # The wording is the original's, the month aside.
    _same_text_but_date_digits(
        texts(WordDocument.open(original)), texts(WordDocument.open(out.read_bytes()))
    )


def test_cli_fix_exits_1_when_findings_remain(
    bases: dict[str, bytes], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    wording = next(m for m in MUTATIONS if m.id == "motto-en-dashes")
    source = tmp_path / "bao-cao.docx"
    source.write_bytes(wording.apply(_layout_only(bases)))
    out = tmp_path / "sua.docx"
    assert main(["check", str(source), "--fix", "-o", str(out)]) == 1
    text = capsys.readouterr().out
    assert "motto.text" in text
    assert {finding.rule for finding in check(out)} == {"motto.text"}


def test_cli_fix_refuses_to_write_over_its_input(
    bad_file: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    original = bad_file.read_bytes()
    assert main(["check", str(bad_file), "--fix", "-o", str(bad_file)]) == 2
    assert "never changes the original" in capsys.readouterr().err
    assert bad_file.read_bytes() == original


def test_cli_fix_needs_force_to_replace_a_file(
    bad_file: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "sua.docx"
    out.write_bytes(b"an earlier copy")
    assert main(["check", str(bad_file), "--fix", "-o", str(out)]) == 1
    assert "--force" in capsys.readouterr().err
    assert out.read_bytes() == b"an earlier copy"
    assert main(["check", str(bad_file), "--fix", "-o", str(out), "--force"]) == 0
    assert check(out) == ()


def test_cli_fix_needs_an_output(bad_file: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["check", str(bad_file), "--fix"]) == 2
    assert "-o" in capsys.readouterr().err


def test_cli_check_in_a_subprocess(bad_file: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "vnreport", "check", bad_file.name, "--format", "json"],
        cwd=bad_file.parent,
        capture_output=True,
        timeout=60,
        check=False,
    )
    assert result.returncode == 1, result.stderr.decode("utf-8")
    listed = json.loads(result.stdout.decode("utf-8"))[0]["findings"]
    assert {item["rule"] for item in listed} == {"page.margins", "body.size", "date.form"}
    assert all(item["severity"] == Severity.ERROR.value for item in listed)
