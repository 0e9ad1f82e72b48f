"""Regenerate the key tables of docs/data-files.md from the terms and the type registry.

Everything from the heading "## Every key, with its Vietnamese meaning" to the end of the
file is generated; the text above it is written by hand. ``python tools/gen_data_docs.py``
rewrites the file; with ``--check`` it only exits 1 when the file is out of date (a test
runs that).
"""

from __future__ import annotations

import sys
from collections.abc import Mapping
from pathlib import Path

import attrs

from vnreport.exchange.terms import TERMS
from vnreport.types import REGISTRY, TypeEntry

TARGET = Path(__file__).resolve().parent.parent / "docs" / "data-files.md"
HEADING = "## Every key, with its Vietnamese meaning"

INTRO = f"""\
{HEADING}

Every document has the keys under **Document**; each type adds its own, listed under the
class that holds them. The other tables are the values those keys hold. (Generated from
the code by `tools/gen_data_docs.py`.)
"""


def _table(terms: Mapping[str, str]) -> list[str]:
    lines = ["| key | Vietnamese | meaning |", "|---|---|---|"]
    for key, term in terms.items():
        vietnamese, _, meaning = term.partition(" — ")
        escaped = meaning.replace("|", "\\|")
        lines.append(f"| `{key}` | {vietnamese} | {escaped} |")
    return lines


def _holder(entry: TypeEntry) -> str:
    # The most general class of the type that already has all of its own keys.
    for cls in reversed(entry.model.__mro__):
        if attrs.has(cls) and set(entry.terms) <= set(attrs.fields_dict(cls)):
            return cls.__name__
    return entry.model.__name__


def render(hand_written: str) -> str:
    lines = [hand_written.rstrip("\n"), "", INTRO, "### Document", "", *_table(TERMS["Document"])]
    lines += ["", "### The types", "", "| `doc_type` | type | sample | class | its own keys |"]
    lines.append("|---|---|---|---|---|")
    groups: dict[str, list[TypeEntry]] = {}
    for entry in REGISTRY:
        holder = _holder(entry)
        groups.setdefault(holder, []).append(entry)
        row = (f"`{entry.key}`", entry.title, entry.sample, entry.model.__name__, holder)
        lines.append("| " + " | ".join(row) + " |")
    for holder, entries in groups.items():
        keys = ", ".join(f"`{entry.key}`" for entry in entries)
        lines += ["", f"### {holder}", "", f"The keys of {keys}, besides those of Document.", ""]
        lines += _table(entries[0].terms)
    for name, terms in TERMS.items():
        if name != "Document":
            lines += ["", f"### {name}", "", *_table(terms)]
    return "\n".join(lines) + "\n"


def main(argv: list[str]) -> int:
    current = TARGET.read_text(encoding="utf-8")
    hand_written, found, _ = current.partition(HEADING)
    if not found:
        print(f"docs/data-files.md has no heading {HEADING!r}", file=sys.stderr)
        return 1
    text = render(hand_written)
    if "--check" in argv:
        if current != text:
            print("docs/data-files.md is out of date: run tools/gen_data_docs.py", file=sys.stderr)
            return 1
        return 0
    TARGET.write_text(text, encoding="utf-8")
    print(f"wrote {TARGET.relative_to(TARGET.parent.parent)} ({len(REGISTRY)} types)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
