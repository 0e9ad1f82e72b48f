"""Shared fixtures: the seed report built by the example, and its source text."""

from __future__ import annotations

import importlib.util
import os
import re
import sys
import tempfile
from pathlib import Path
from types import ModuleType

import pytest
from hypothesis import HealthCheck, settings

from vnreport import Report

# Hypothesis profiles. "ci" is what CI runs (.ci/run sets HYPOTHESIS_PROFILE=ci): the same
# examples on every run (derandomised, no example database carried between runs), 500 of
# them for each property that does not set its own count; a property that renders and
# checks a whole document per example sets a smaller count itself. "dev", the default,
# keeps a local run fast and remembers the failures it found.
settings.register_profile(
    "ci",
    max_examples=500,
    derandomize=True,
    database=None,
    deadline=None,
    print_blob=True,
    suppress_health_check=[HealthCheck.too_slow],
)
settings.register_profile("dev", max_examples=50, deadline=None)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "dev"))

ROOT = Path(__file__).resolve().parent.parent
DATA = Path(__file__).resolve().parent / "data"
SEED_TEXT = DATA / "tuan-giao-2021-seed.txt"


def load_example(name: str) -> ModuleType:
    """Import a script of examples/ as a module (examples/ is not a package)."""
    path = ROOT / "examples" / f"{name}.py"
    spec = importlib.util.spec_from_file_location(f"examples_{name}", path)
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="session")
def seed_report() -> Report:
    report = load_example("tuan_giao_2021").build_report()
    assert isinstance(report, Report)
    return report


_LABEL = re.compile(r"^(?:[IVX]+\.|\d+\.)\s")
_SENTENCE_END = re.compile(r"[.:;)…]$")


def seed_paragraphs() -> tuple[list[str], list[str]]:
    """The seed's header lines and its body paragraphs, in order, with emphasis markers.

    The seed is plain text with a blank line after every paragraph, except that a few
    paragraphs are cut where a printed page ended (seeds/README.md). A body paragraph
    that stops without closing punctuation continues in the next one, unless it is a
    heading (a labelled line followed by a capitalised one).
    """
    blocks = [
        re.sub(r"\s*\n\s*", " ", block.strip())
        for block in re.split(r"\n\s*\n", SEED_TEXT.read_text(encoding="utf-8"))
        if block.strip()
    ]
    header, rest = blocks[:4], blocks[4:]
    body_end = rest.index("Nơi nhận:")
    body: list[str] = []
    index = 0
    while index < body_end:
        paragraph = rest[index]
        while not _SENTENCE_END.search(paragraph) and (
            rest[index + 1][:1].islower() or not _LABEL.match(paragraph)
        ):
            index += 1
            paragraph = f"{paragraph} {rest[index]}"
        body.append(paragraph)
        index += 1
    return header, body


@pytest.fixture
def private_tmp(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A folder of its own for the temporary files of what runs (tempfile's), to see
    that nothing is left in it."""
    folder = tmp_path / "tmp"
    folder.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(folder))
    return folder
