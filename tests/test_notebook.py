"""examples/drafting.ipynb runs from top to bottom, as a user runs it in Jupyter.

The notebook's code cells are executed in order, in one namespace, in a fresh folder,
without Jupyter (CI has no kernel): ``display`` is given as Jupyter gives it, and what a
cell displays — its last expression included — is rendered the way a notebook front end
does, through ``_repr_html_``, so that the previews it shows are built and checked too.
"""

from __future__ import annotations

import ast
import json
from pathlib import Path
from typing import Any

import pytest

from conftest import ROOT
from vnreport import check

NOTEBOOK = ROOT / "examples" / "drafting.ipynb"


def _shown(value: object, shown: list[str]) -> None:
    """Show ``value`` as Jupyter would: its HTML when it has one, else its repr."""
    if value is None:
        return
    html = getattr(value, "_repr_html_", None)
    shown.append(html() if callable(html) else repr(value))


def run_notebook(path: Path) -> tuple[dict[str, Any], list[str]]:
    """Execute the code cells of ``path``; the namespace and what was displayed."""
    cells = json.loads(path.read_text(encoding="utf-8"))["cells"]
    shown: list[str] = []
    namespace: dict[str, Any] = {"display": lambda *values: [_shown(v, shown) for v in values]}
    for number, cell in enumerate(cells):
        if cell["cell_type"] != "code":
            continue
        source = "".join(cell["source"])
        tree = ast.parse(source, filename=f"cell {number}")
        last = tree.body.pop() if tree.body and isinstance(tree.body[-1], ast.Expr) else None
        exec(compile(tree, f"cell {number}", "exec"), namespace)
        if last is not None:
            expression = ast.Expression(last.value)
            _shown(eval(compile(expression, f"cell {number}", "eval"), namespace), shown)
    return namespace, shown


@pytest.mark.slow
def test_the_notebook_drafts_checks_and_exports_the_report(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    namespace, shown = run_notebook(NOTEBOOK)
    # It wrote the report as .docx and PDF, in the folder it was run from.
    docx = tmp_path / "out" / "bao-cao-quy-3.docx"
    pdf = tmp_path / "out" / "bao-cao-quy-3.pdf"
    assert docx.is_file()
    assert check(docx.read_bytes()) == ()
    assert pdf.read_bytes().startswith(b"%PDF")
    # It showed the report's preview and its check, as HTML.
    previews = [html for html in shown if "BÁO CÁO" in html]
    assert previews
    assert "<script" not in "".join(shown).lower()
    assert any("Toàn xã" in html for html in previews)  # the statistics table
    # The report it drafted is the one it saved.
    assert namespace["report"].render() == docx.read_bytes()
