"""Build the shipped .docx templates from their sources in templates/<name>/.

The sources are the unpacked parts, indented and commented for review in diffs. They hold
no fact of the decree: where a style needs one, a placeholder names the component, and
the build writes what the rulebook (vnreport.rules.ND30) gives it:

- ``<vn:form component="type-name"/>`` in a ``w:style``: the component's printed size,
  bold, italic and alignment;
- ``<vn:size component="body"/>`` in a ``w:rPr``: the component's printed size only;
- ``<vn:font/>`` in a ``w:rPr``: the decree's font on all four slots;
- ``<vn:body/>`` in a ``w:pPr``: the body's spacing, line spacing and first-line indent;
- ``<vn:page header=… footer=… gutter=…/>`` in a ``w:sectPr``: A4 and the printed margins.

The shipped file holds the parts without comments and indentation, zipped with fixed
metadata, so that a build is reproducible and a test can prove that templates/<name>.docx
is exactly what its source and the rulebook build.

    python tools/build_templates.py          # rebuild every template
    python tools/build_templates.py --check  # exit 1 if a shipped file is out of date

After restyling a template in Word, unpack it over its source folder (indent the XML, put
the placeholders back) to keep the source the reference.
"""

from __future__ import annotations

import sys
from pathlib import Path

from lxml import etree

from vnreport.metrics import TWIPS_PER_MM
from vnreport.ooxml.archive import write_package
from vnreport.ooxml.names import w
from vnreport.ooxml.order import insert_in_order
from vnreport.rules import ND30, Component, Form, Rulebook

TEMPLATES = Path(__file__).resolve().parent.parent / "templates"
# The content types come first in every .docx, then the package relationships.
_FIRST = ("[Content_Types].xml", "_rels/.rels")
VN = "urn:vnreport:template"


def _vn(name: str) -> str:
    return f"{{{VN}}}{name}"


def expand(root: etree._Element, rulebook: Rulebook = ND30) -> None:
    """Replace every placeholder of ``root`` with what ``rulebook`` gives."""
    for placeholder in list(root.iter(_vn("form"))):
        style = placeholder.getparent()
        if style is None or style.tag != w("style"):
            raise SystemExit("vn:form belongs in a w:style")
        _apply_form(style, rulebook.form(Component(placeholder.get("component"))))
        style.remove(placeholder)
    for placeholder in list(root.iter(_vn("size"))):
        rpr = _parent(placeholder, "rPr")
        _set_size(rpr, rulebook.form(Component(placeholder.get("component"))).sizes.printed)
        rpr.remove(placeholder)
    for placeholder in list(root.iter(_vn("font"))):
        rpr = _parent(placeholder, "rPr")
        fonts = etree.Element(w("rFonts"))
        for slot in ("ascii", "hAnsi", "eastAsia", "cs"):
            fonts.set(w(slot), rulebook.font)
        insert_in_order(rpr, fonts)
        rpr.remove(placeholder)
    for placeholder in list(root.iter(_vn("body"))):
        ppr = _parent(placeholder, "pPr")
        _, _, indent = rulebook.body_indent
        _, before = rulebook.body_spacing
        _, _, lines = rulebook.body_line_spacing
        spacing = etree.Element(w("spacing"))
        spacing.set(w("before"), str(before))
        spacing.set(w("after"), "0")
        spacing.set(w("line"), str(round(lines * 240)))
        spacing.set(w("lineRule"), "auto")
        insert_in_order(ppr, spacing)
        ind = etree.Element(w("ind"))
        ind.set(w("firstLine"), str(indent))
        insert_in_order(ppr, ind)
        ppr.remove(placeholder)
    for placeholder in list(root.iter(_vn("page"))):
        section = _parent(placeholder, "sectPr")
        page = rulebook.page
        size = etree.Element(w("pgSz"))
        width, height = (round(side * TWIPS_PER_MM) for side in page.paper)
        size.set(w("w"), str(width))
        size.set(w("h"), str(height))
        margins = etree.Element(w("pgMar"))
        for side in ("top", "right", "bottom", "left"):
            margins.set(w(side), str(round(page.printed_margin(side) * TWIPS_PER_MM)))
        for name in ("header", "footer", "gutter"):
            margins.set(w(name), str(placeholder.get(name, "0")))
        section.remove(placeholder)
        insert_in_order(section, size)
        insert_in_order(section, margins)
    etree.cleanup_namespaces(root, top_nsmap={}, keep_ns_prefixes=[])
    if any(element.tag.startswith(f"{{{VN}}}") for element in root.iter()):
        raise ValueError("a placeholder the build does not know is left in the template")


def _parent(placeholder: etree._Element, tag: str) -> etree._Element:
    parent = placeholder.getparent()
    if parent is None or parent.tag != w(tag):
        raise ValueError(f"{placeholder.tag} belongs in a w:{tag}")
    return parent


def _style_part(style: etree._Element, tag: str) -> etree._Element:
    """The style's ``w:pPr`` or ``w:rPr``, made where the schema puts it."""
    found = style.find(w(tag))
    if found is not None:
        return found
    element = etree.Element(w(tag))
    # A style's children: name, aliases, basedOn, next, link … pPr, rPr, tblPr …
    anchor = style.find(w("rPr")) if tag == "pPr" else None
    if anchor is not None:
        anchor.addprevious(element)
    else:
        tblpr = style.find(w("tblPr"))
        if tblpr is not None:
            tblpr.addprevious(element)
        else:
            style.append(element)
    return element


def _apply_form(style: etree._Element, form: Form) -> None:
    rpr = _style_part(style, "rPr")
    for flag, value in (("b", form.bold), ("i", form.italic)):
        if value is None:
            continue
        for tag in (flag, f"{flag}Cs"):
            element = etree.Element(w(tag))
            if not value:
                element.set(w("val"), "0")
            insert_in_order(rpr, element)
    _set_size(rpr, form.sizes.printed)
    if form.align is not None:
        ppr = _style_part(style, "pPr")
        jc = etree.Element(w("jc"))
        jc.set(w("val"), form.align.value)
        insert_in_order(ppr, jc)


def _set_size(rpr: etree._Element, points: float) -> None:
    for tag in ("sz", "szCs"):
        element = etree.Element(w(tag))
        element.set(w("val"), str(round(points * 2)))
        insert_in_order(rpr, element)


def minify(xml: bytes) -> bytes:
    """The part with its placeholders expanded, without comments or indentation."""
    parser = etree.XMLParser(remove_blank_text=True, remove_comments=True)
    root = etree.fromstring(xml, parser)
    expand(root)
    return etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True)


def build(source: Path) -> bytes:
    """The .docx built from the folder ``source``."""
    names = sorted(
        path.relative_to(source).as_posix() for path in source.rglob("*") if path.is_file()
    )
    ordered = [name for name in _FIRST if name in names]
    ordered += [name for name in names if name not in _FIRST]
    return write_package((name, minify((source / name).read_bytes())) for name in ordered)


def main(argv: list[str]) -> int:
    stale = []
    for source in sorted(path for path in TEMPLATES.iterdir() if path.is_dir()):
        target = TEMPLATES / f"{source.name}.docx"
        data = build(source)
        if "--check" in argv:
            if not target.is_file() or target.read_bytes() != data:
                stale.append(target.name)
        else:
            target.write_bytes(data)
            print(f"built {target.relative_to(TEMPLATES.parent)} ({len(data)} bytes)")
    if stale:
        print("out of date: " + ", ".join(stale), file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
