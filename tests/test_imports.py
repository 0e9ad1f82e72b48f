"""Importing vnreport to build a model or format a date does not load the renderer.

docxtpl, Jinja, lxml, babel's data and the checker load on first use; benchmarks/
import_time.py measures what that saves. Here only the fact is checked, in a fresh
interpreter: which heavy modules a program has paid for.
"""

from __future__ import annotations

import subprocess
import sys

import pytest

from conftest import ROOT

HEAVY = ("docxtpl", "docx", "jinja2", "lxml", "babel", "markupsafe", "yaml", "cattrs", "numpy")


def loaded_after(code: str) -> list[str]:
    probe = f"{code}\nimport sys\nprint(' '.join(sorted(set({HEAVY!r}) & set(sys.modules))))"
    done = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, check=True, cwd=ROOT
    )
    return done.stdout.split()


@pytest.mark.parametrize(
    "code",
    [
        "import vnreport",
        "from vnreport import Agency, Report, Section, Signature, Table, FieldError",
        "from vnreport import ConformanceError, TemplateError, PackageError",
        "from vnreport.formatting import format_date, roman, upper_vi\nformat_date(2021, 2, 5)",
        "import vnreport.limits",
    ],
)
def test_building_a_model_loads_nothing_heavy(code: str) -> None:
    assert loaded_after(code) == []


def test_the_heavy_parts_load_when_used() -> None:
    assert "babel" in loaded_after(
        "from vnreport.formatting import format_number\nformat_number(5)"
    )
    assert {"docxtpl", "jinja2", "lxml"} <= set(
        loaded_after(
            "import sys\nsys.path.insert(0, 'tests')\nfrom conftest import load_example\n"
            "load_example('tuan_giao_2021').build_report().render()"
        )
    )
    assert "lxml" in loaded_after("import vnreport\nvnreport.check")


def test_lazy_names_are_the_real_ones() -> None:
    import vnreport
    from vnreport.model.narrative import Report

    assert vnreport.Report is Report
    assert "Report" in dir(vnreport)
    with pytest.raises(AttributeError, match="no attribute 'Nothing'"):
        _ = vnreport.Nothing
