"""The documentation that is derived from the code is current, and covers what it must."""

from __future__ import annotations

import re
import shlex
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import ROOT
from vnreport import Submission, check
from vnreport.conformance.rules import RULES
from vnreport.types import REGISTRY


def test_generated_docs_are_current() -> None:
    result = subprocess.run(
        [sys.executable, "tools/gen_docs.py", "--check"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stderr


def test_every_rule_is_documented_with_its_locator() -> None:
    text = (ROOT / "docs" / "checker.md").read_text(encoding="utf-8")
    for rule in RULES:
        assert f"`{rule.id}`" in text
        assert rule.locator in text


def test_rules_have_unique_ids_and_decree_locators() -> None:
    ids = [rule.id for rule in RULES]
    assert len(ids) == len(set(ids))
    assert len(ids) >= 40
    for rule in RULES:
        assert rule.locator.startswith("NĐ 30/2020"), rule.id
        assert rule.summary.endswith(".")
        assert rule.example


def test_user_guides_link_every_page() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    pages = sorted(path.name for path in (ROOT / "docs").glob("*.md"))
    assert {"user-guide.md", "architecture.md", "templates.md", "checker.md"} <= set(pages)
    for page in pages:
        assert f"(docs/{page})" in readme, page


def test_the_readme_command_line_works_after_the_set_up(tmp_path: Path) -> None:
    # As on a fresh clone right after the README's first command: examples/ in place, the
    # example's output already written, the command-line tool in .venv/bin.
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    lines = re.findall(r"^(\.venv/bin/vnreport render .*)$", readme, re.MULTILINE)
    assert lines, "the README shows no vnreport render line"
    shutil.copytree(ROOT / "examples", tmp_path / "examples")
    (tmp_path / "out").mkdir()
    (tmp_path / "out" / "tuan-giao-2021.docx").write_bytes(b"made by the first command")
    tool = Path(sys.executable).parent / "vnreport"
    for line in lines:
        words = shlex.split(line)
        assert words[0] == ".venv/bin/vnreport"
        done = subprocess.run(
            [str(tool), *words[1:]], cwd=tmp_path, capture_output=True, text=True, check=False
        )
        assert done.returncode == 0, done.stderr
        output = tmp_path / words[words.index("-o") + 1]
        assert output.read_bytes()[:2] == b"PK"


def test_the_document_types_page_links_every_type_page_and_its_code_runs(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    page = (ROOT / "docs" / "document-types.md").read_text(encoding="utf-8")
    for path in sorted((ROOT / "docs" / "types").glob("*.md")):
        assert f"(types/{path.name})" in page, path.name
    for entry in REGISTRY:
        assert f"`{entry.key}`" in page or entry.sample == "Mẫu 1.4", entry.key
    blocks = re.findall(r"```python\n(.*?)```", page, re.DOTALL)
    monkeypatch.chdir(tmp_path)
    namespace: dict[str, object] = {}
    for block in blocks:
        exec(block, namespace)
    submission = namespace["submission"]
    assert isinstance(submission, Submission)
    data = (tmp_path / "to-trinh.docx").read_bytes()
    assert check(data) == ()
    assert "- Như trên;" in submission.recipient_lines


def test_the_formatting_examples_of_the_user_guide_print_what_they_say() -> None:
    # Each line "call  # 'printed'" of the block is run after the block's imports, and
    # what it returns must be what the comment shows, so that a pasted block works.
    page = (ROOT / "docs" / "user-guide.md").read_text(encoding="utf-8")
    (block,) = [
        code
        for code in re.findall(r"```python\n(.*?)```", page, re.DOTALL)
        if "from vnreport.formatting import *" in code
    ]
    namespace: dict[str, object] = {}
    shown = 0
    for line in block.splitlines():
        call, _, comment = line.partition("  # ")
        if not comment:
            exec(line, namespace)  # the imports
            continue
        expected = re.match(r"(\(.*?\)|'.*?')(?:\s|$)", comment)
        assert expected is not None, line
        assert eval(call, namespace) == eval(expected.group(1)), line
        shown += 1
    assert shown >= 10


@pytest.mark.parametrize(
    "script", sorted(path.name for path in (ROOT / "examples").glob("*.py")), ids=str
)
def test_every_example_script_takes_the_same_options(script: str, tmp_path: Path) -> None:
    path = ROOT / "examples" / script
    short = subprocess.run(
        [sys.executable, str(path), "--outline"], capture_output=True, text=True, check=False
    )
    full = subprocess.run(
        [sys.executable, str(path), "--outline", "--full"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert short.returncode == 0, short.stderr
    assert full.returncode == 0, full.stderr
    # The full text is longer than the outline, which cuts each paragraph to one line.
    assert len(full.stdout) > len(short.stdout)
    written = subprocess.run(
        [sys.executable, str(path), "-o", str(tmp_path / "out.docx")],
        capture_output=True,
        text=True,
        check=False,
    )
    assert written.returncode == 0, written.stderr
    assert written.stdout.startswith(f"wrote {tmp_path / 'out.docx'}")
    assert check((tmp_path / "out.docx").read_bytes()) == ()
