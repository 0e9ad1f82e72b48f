"""Draw docs/images/statistics-table.png: the example table of docs/tables.md as printed.

The page's Python blocks build the table and ``with_table``; the seed report gets it in an
appendix, LibreOffice (a private profile) prints it to PDF and pdftoppm draws the top of
the appendix's landscape page at a small resolution. Needs soffice and pdftoppm.

    python tools/gen_table_picture.py
"""

from __future__ import annotations

import re
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PAGE = ROOT / "docs" / "tables.md"
PICTURE = ROOT / "docs" / "images" / "statistics-table.png"
# Dots per inch, and the part of the landscape A4 page drawn (pixels at that resolution):
# the appendix's heading and the table, without the empty lower half.
DPI = 80
CROP = {"x": 55, "y": 40, "W": 845, "H": 335}


def main() -> int:
    sys.path.insert(0, str(ROOT / "tests"))
    from conftest import load_example

    namespace: dict[str, object] = {}
    for block in re.findall(r"```python\n(.*?)```", PAGE.read_text(encoding="utf-8"), re.S):
        exec(block, namespace)
    report = namespace["with_table"](load_example("tuan_giao_2021").build_report())  # type: ignore[operator]
    with tempfile.TemporaryDirectory() as folder:
        work = Path(folder)
        document = report.save(work / "bang.docx")
        subprocess.run(
            [
                "soffice",
                "--headless",
                "--norestore",
                f"-env:UserInstallation={(work / 'profile').as_uri()}",
                "--convert-to",
                "pdf",
                "--outdir",
                str(work),
                str(document),
            ],
            check=True,
            capture_output=True,
            timeout=300,
        )
        pages = subprocess.run(
            ["pdfinfo", str(work / "bang.pdf")], check=True, capture_output=True, text=True
        ).stdout
        last = re.search(r"^Pages:\s+(\d+)", pages, re.M)
        assert last is not None
        crop: list[str] = []
        for key, value in CROP.items():
            crop += [f"-{key}", str(value)]
        page = last.group(1)
        command = ["pdftoppm", "-png", "-singlefile", "-r", str(DPI), "-f", page, "-l", page]
        subprocess.run([*command, *crop, str(work / "bang.pdf"), str(work / "page")], check=True)
        PICTURE.parent.mkdir(parents=True, exist_ok=True)
        PICTURE.write_bytes((work / "page.png").read_bytes())
    print(f"wrote {PICTURE.relative_to(ROOT)} ({PICTURE.stat().st_size:,} bytes)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
