"""Regenerate the parts of docs/ that are read off the code, so that they never go stale.

Each page below is written by hand down to a heading; everything from that heading to the
end of the page is generated:

- docs/checker.md, from "## The rules": every rule of the checker, its id and locator;
- docs/data-files.md, from "## Every key, with its Vietnamese meaning": the keys of every
  registered type and of the values they hold, with their terms;
- docs/templates.md, from "## What the shipped template prints": each component's style
  in the shipped template and its form in the rulebook.

``python tools/gen_docs.py`` rewrites the pages; ``--check`` only exits 1 when one is out
of date (a test runs that).
"""

from __future__ import annotations

import sys
import zipfile
from collections.abc import Callable, Mapping
from pathlib import Path

import attrs
from lxml import etree

from vnreport.conformance.rules import RULES
from vnreport.exchange.terms import TERMS
from vnreport.ooxml.names import w
from vnreport.render.styles import STYLE_COMPONENTS
from vnreport.rules import ND30
from vnreport.types import REGISTRY, TypeEntry

ROOT = Path(__file__).resolve().parent.parent
DOCS = ROOT / "docs"
TEMPLATE = ROOT / "templates" / "van-ban.docx"


def _row(cells: tuple[str, ...]) -> str:
    return "| " + " | ".join(cell.replace("|", "\\|") for cell in cells) + " |"


# --- docs/checker.md -----------------------------------------------------------------------


def checker_rules() -> list[str]:
    lines = ["| id | severity | locator | checks | example of a deviation |"]
    lines.append("|---|---|---|---|---|")
    for rule in RULES:
        cells = (f"`{rule.id}`", rule.severity.value, rule.locator, rule.summary, rule.example)
        lines.append(_row(cells))
    return lines


# --- docs/data-files.md --------------------------------------------------------------------


def _terms_table(terms: Mapping[str, str]) -> list[str]:
    lines = ["| key | Vietnamese | meaning |", "|---|---|---|"]
    for key, term in terms.items():
        vietnamese, _, meaning = term.partition(" — ")
        lines.append(_row((f"`{key}`", vietnamese, meaning)))
    return lines


def _holder(entry: TypeEntry) -> str:
    # The most general class of the type that already has all of its own keys.
    for cls in reversed(entry.model.__mro__):
        if attrs.has(cls) and set(entry.terms) <= set(attrs.fields_dict(cls)):
            return cls.__name__
    return entry.model.__name__


def data_file_keys() -> list[str]:
    lines = [
        "Every document has the keys under **Document**; each type adds its own, listed "
        "under the class",
        "that holds them. The other tables are the values those keys hold.",
        "",
        "### Document",
        "",
        *_terms_table(TERMS["Document"]),
        "",
        "### The types",
        "",
        "| `doc_type` | type | sample | class | its own keys |",
        "|---|---|---|---|---|",
    ]
    groups: dict[str, list[TypeEntry]] = {}
    for entry in REGISTRY:
        holder = _holder(entry)
        groups.setdefault(holder, []).append(entry)
        lines.append(
            _row((f"`{entry.key}`", entry.title, entry.sample, entry.model.__name__, holder))
        )
    for holder, entries in groups.items():
        keys = ", ".join(f"`{entry.key}`" for entry in entries)
        lines += ["", f"### {holder}", "", f"The keys of {keys}, besides those of Document.", ""]
        lines += _terms_table(entries[0].terms)
    for name, terms in TERMS.items():
        if name != "Document":
            lines += ["", f"### {name}", "", *_terms_table(terms)]
    return lines


# --- docs/templates.md ---------------------------------------------------------------------


def _style_names() -> dict[str, str]:
    with zipfile.ZipFile(TEMPLATE) as package:
        styles = etree.fromstring(package.read("word/styles.xml"))
    return {
        str(style.get(w("styleId"))): str(name.get(w("val")))
        for style in styles.iter(w("style"))
        if (name := style.find(w("name"))) is not None
    }


def template_styles() -> list[str]:
    names = _style_names()
    lines = [
        "Each component is printed in a style of the shipped template; the style holds the "
        "size vnreport prints",
        "within the decree's range (the build writes it from the rulebook, `vnreport.rules.ND30`).",
        "",
        "| component | style | printed | the decree | where |",
        "|---|---|---|---|---|",
    ]
    for style, component in STYLE_COMPONENTS.items():
        form = ND30.form(component)
        printed = f"{form.sizes.printed:g} pt"
        lines.append(
            _row((f"`{component.value}`", names[style], printed, form.describe(), form.locator))
        )
    page = ND30.page
    margins = ", ".join(
        f"{side} {low:g}–{high:g} mm (printed {printed:g})"
        for side, (low, high, printed) in page.margins.items()
    )
    lines += [
        "",
        f"The page: A4 ({page.paper[0]:g} × {page.paper[1]:g} mm), portrait; margins "
        f"{margins} ({page.margins_locator}); the font {ND30.font} ({ND30.font_locator}).",
    ]
    return lines


#: Page → (the heading from which it is generated, what stands under the heading).
PAGES: dict[str, tuple[str, Callable[[], list[str]]]] = {
    "checker.md": ("## The rules", checker_rules),
    "data-files.md": ("## Every key, with its Vietnamese meaning", data_file_keys),
    "templates.md": ("## What the shipped template prints", template_styles),
}


def render(current: str, heading: str, generate: Callable[[], list[str]]) -> str:
    hand_written, found, _ = current.partition(heading)
    if not found:
        raise SystemExit(f"the page has no heading {heading!r}")
    note = "<!-- generated by tools/gen_docs.py from here on: edit the code, not this -->"
    return "\n".join([hand_written.rstrip("\n"), "", heading, "", note, "", *generate()]) + "\n"


def main(argv: list[str]) -> int:
    stale = []
    for name, (heading, generate) in PAGES.items():
        path = DOCS / name
        current = path.read_text(encoding="utf-8")
        text = render(current, heading, generate)
        if text == current:
            continue
        if "--check" in argv:
            stale.append(name)
        else:
            path.write_text(text, encoding="utf-8")
            print(f"wrote docs/{name}")
    if stale:
        print(f"out of date: {', '.join(stale)}; run tools/gen_docs.py", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
