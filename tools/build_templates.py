"""Build the shipped .docx templates from their sources in templates/<name>/.

The sources are the unpacked parts, indented and commented for review in diffs; the
shipped file holds the same parts without comments and indentation, zipped with fixed
metadata, so that a build is reproducible and tests/test_templates.py can prove that
templates/<name>.docx is exactly what its source builds.

    python tools/build_templates.py          # rebuild every template
    python tools/build_templates.py --check  # exit 1 if a shipped file is out of date

After restyling a template in Word, unpack it over its source folder (and indent the XML)
to keep the source the reference.
"""

from __future__ import annotations

import sys
from pathlib import Path

from lxml import etree

from vnreport.render.package import write_package

TEMPLATES = Path(__file__).resolve().parent.parent / "templates"
# The content types come first in every .docx, then the package relationships.
_FIRST = ("[Content_Types].xml", "_rels/.rels")


def minify(xml: bytes) -> bytes:
    """The part without comments or indentation, with its XML declaration."""
    parser = etree.XMLParser(remove_blank_text=True, remove_comments=True)
    root = etree.fromstring(xml, parser)
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
