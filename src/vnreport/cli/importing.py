"""``vnreport import FILE -o doc.yaml``: a text or .docx read into a data file."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from vnreport.cli.outputs import refusal_of, same_file, trusted_option, why_not_written

__all__ = ["add_import"]

_EXAMPLES = """\
examples:
  vnreport import bao-cao-cu.docx -o bao-cao.yaml   a .docx another office sent
  vnreport import ban-nhap.txt -o bao-cao.yaml      a draft pasted from an e-mail
  vnreport import cu.txt --encoding cp1258 -o x.yaml  a text whose encoding is known

A text's encoding is detected: UTF-8 with or without its byte order mark, UTF-16
(Notepad's "Unicode"), else Windows-1258 (the Vietnamese code page).

exit status: 0 everything was recognised; 1 a document was written but some lines were
not recognised (listed on stderr, FILE: line N: … or FILE: ¶N: …); 2 nothing recognisable.
"""


def add_import(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """The ``import`` command's options."""
    parser = sub.add_parser(
        "import",
        help="read a .docx or a plain text into a data file",
        description="Read a .docx or a plain text into a data file (docs/importing.md).",
        epilog=_EXAMPLES,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("file", metavar="FILE", help="the .docx or .txt to read")
    parser.add_argument("-o", "--output", required=True, metavar="OUT", help="the data file")
    parser.add_argument("--type", dest="doc_type", metavar="TYPE", help="the type (bao-cao …)")
    parser.add_argument(
        "--encoding",
        metavar="NAME",
        help="a text's encoding (utf-8, utf-16, cp1258 …) when detection is not enough",
    )
    parser.add_argument("--force", action="store_true", help="replace OUT if it exists")
    trusted_option(parser, "FILE and what it holds")
    parser.set_defaults(command="import", run=run_import)


def run_import(options: argparse.Namespace) -> int:
    """Read, report what was not recognised, write the data file atomically."""
    from vnreport.errors import OutputExistsError, UnsafeOutputError
    from vnreport.exchange import dump
    from vnreport.importing import read_docx, read_text
    from vnreport.limits import Limits

    source = Path(options.file)
    if same_file(options.output, options.file):
        print(
            f"{options.output} is FILE; give another -o OUT (nothing was written)", file=sys.stderr
        )
        return 2
    refusal = why_not_written(options.output, options.force)
    if refusal is not None:
        print(f"vnreport import: {refusal}", file=sys.stderr)
        return 2
    limits = Limits.trusted() if options.trusted else None
    if source.suffix.lower() == ".docx":
        if options.encoding is not None:
            print(
                f"{source}: --encoding is for a plain text; a .docx names its own", file=sys.stderr
            )
            return 2
        imported = read_docx(source, doc_type=options.doc_type, limits=limits)
    else:
        imported = read_text(
            source, encoding=options.encoding, doc_type=options.doc_type, limits=limits
        )
    for item in imported.unrecognised:
        where = f" {item.where}:" if item.where else ""
        shown = f" «{item.text}»" if item.text else ""
        print(f"{source}:{where} {item.reason}{shown}", file=sys.stderr)
    if imported.document is None:
        return 2
    try:
        dump(imported.document, options.output, replace=options.force)
    except (OutputExistsError, UnsafeOutputError) as error:  # appeared since the check
        print(f"vnreport import: {refusal_of(options.output, error)}", file=sys.stderr)
        return 2
    except OSError as error:
        print(f"vnreport import: cannot write {options.output}: {error}", file=sys.stderr)
        return 2
    return 0 if imported.recognised else 1
