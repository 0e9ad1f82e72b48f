"""Regenerate docs/checker.md from the checker's rules (their ids, locators and examples).

``python tools/gen_checker_docs.py`` rewrites docs/checker.md; with ``--check`` it only
exits 1 when the file is out of date (a test runs that).
"""

from __future__ import annotations

import sys
from pathlib import Path

from vnreport.conformance.rules import RULES

TARGET = Path(__file__).resolve().parent.parent / "docs" / "checker.md"

INTRO = """\
# The conformance checker

`vnreport.check` reads any .docx — drafts typed by hand in Word, files from other units,
vnreport's own output — and reports every deviation from the form rules of Nghị định
30/2020/NĐ-CP (*thể thức văn bản*), with the rule it breaks and where.

```python
import vnreport

findings = vnreport.check("van-ban.docx")  # a path, or the file's bytes
for finding in findings:  # empty when the document conforms
    print(finding)
for item in findings.not_evaluated:  # rules the file cannot show
    print(item)
```

```sh
vnreport check van-ban.docx                   # exit 0 when it conforms, 1 otherwise
vnreport check *.docx --format json
vnreport check van-ban.docx --fix -o van-ban-sua.docx
```

## What a finding says

| field | meaning |
|---|---|
| `rule` | the rule's id, listed below (`date.form`) |
| `locator` | where the decree states it ("NĐ 30/2020, Phụ lục I, II.4") |
| `severity` | `error` (the decree is broken) or `warning` (practice, or may not apply) |
| `component` | what was checked: `motto`, `issuer`, `number`, `place-date`, `body` … |
| `paragraph` | the paragraph's index in the body (table cells included), in reading order; \
none for page-level rules and for headers and footers |
| `excerpt` | a short quotation of the paragraph |
| `found`, `expected` | what the document has, and what the decree wants |

A rule the file cannot show is reported under `not_evaluated` with the reason — never as
passed. Where the pages of a document break, for instance, is only known once a word
processor lays it out, so whether the signature page also carries body text is not
evaluated; the checker does check that the document is built so that it will (the
signature block cannot split and the last paragraph keeps with it).

## How components are found

The checker does not need vnreport's template. It recognises the header whether it is a
two-column table, plain paragraphs, or one line split by tabs; the Quốc hiệu with "HÒA" or
"HOÀ", the Tiêu ngữ with hyphens or en dashes (then reported), text in NFC or NFD; the
issuer (and a parent agency above it, upright), "Số:", the place and date, the type name
and subject or a công văn's "V/v", "Kính gửi", "Căn cứ", the body and its headings,
"Nơi nhận" with its items, the signature block and the signer, and appendices after it.
Formatting is resolved as Word does: direct formatting, then character, paragraph and
table styles with their `basedOn` ancestors, then the document defaults; a font that comes
from the theme is a theme font, and reported.

## Repairs: `--fix`

`vnreport check FILE --fix -o OUT` (or `vnreport.conformance.fix.fix(source)`) writes a
corrected copy — never the original — with only safe, layout-level repairs:

- the page size (A4) and margins (brought into the decree's ranges);
- fonts: Times New Roman on all four slots, theme fonts removed;
- the sizes of the recognised components (brought into their ranges);
- the padding of the day and the month in the date line.

It never changes wording, punctuation, case, bold or numbering: those findings stay, for
the author. The copy is checked again and the remaining findings are printed; the exit
code is 0 when nothing remains.

## Every render is checked

`report.render()` and `report.save()` run the checker on their own output before returning
it. By default (`check="strict"`) an error raises `vnreport.ConformanceError` and nothing
is written; warnings are issued as `vnreport.ConformanceWarning`. A custom template that
deliberately departs from the decree can be rendered with the findings as warnings, or
without the check:

```python
report.save("bao-cao.docx", template="mau-rieng.docx", check="warn")  # warnings only
report.save("bao-cao.docx", template="mau-rieng.docx", check="off")  # no check
```

```sh
vnreport render bao-cao.yaml --template mau-rieng.docx --check warn
```

To silence or collect the warnings, use Python's `warnings` module
(`warnings.simplefilter("ignore", vnreport.ConformanceWarning)`).

## The rules
"""


def render() -> str:
    lines = [INTRO]
    lines.append("| id | severity | locator | checks | example of a deviation |")
    lines.append("|---|---|---|---|---|")
    for rule in RULES:
        cells = (
            f"`{rule.id}`",
            rule.severity.value,
            rule.locator,
            rule.summary,
            rule.example,
        )
        lines.append("| " + " | ".join(cell.replace("|", "\\|") for cell in cells) + " |")
    return "\n".join(lines) + "\n"


def main(argv: list[str]) -> int:
    text = render()
    if "--check" in argv:
        if not TARGET.is_file() or TARGET.read_text(encoding="utf-8") != text:
            print("docs/checker.md is out of date: run tools/gen_checker_docs.py", file=sys.stderr)
            return 1
        return 0
    TARGET.write_text(text, encoding="utf-8")
    print(f"wrote {TARGET.relative_to(TARGET.parent.parent)} ({len(RULES)} rules)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
