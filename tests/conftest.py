"""Shared fixtures: the seed report built by the example, and its source text."""

from __future__ import annotations

import importlib.util
import re
import sys
from pathlib import Path
from types import ModuleType

import pytest

from vnreport import Report

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
