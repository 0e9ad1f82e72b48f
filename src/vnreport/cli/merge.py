"""``vnreport merge DOC DATA -o OUT_DIR``: one document a row of a table (*trộn văn bản*).

Exit codes: 0 every row has its file (made now or before), 1 some rows failed (the
others were made; the manifest names each failed row and field), 2 the batch could not
run (usage, a description and data that do not fit, names that collide or leave the
folder: nothing was written), 130 interrupted by Ctrl-C (the same command resumes).
"""

from __future__ import annotations

import argparse
import sys
import warnings

from vnreport.batch import DEFAULT_NAMES, MANIFEST_NAME, BatchResult, render_many
from vnreport.errors import ConformanceWarning, ConversionWarning, VnreportError

__all__ = ["add_merge", "merge"]

_EXAMPLES = f"""\
examples:
  vnreport merge giay-moi.yaml dai-bieu.csv -o out/
  vnreport merge giay-moi.yaml dai-bieu.xlsx -o out/ --names "{{so}}-{{ho_ten}}.docx"
  vnreport merge quyet-dinh.yaml ho-gia-dinh.csv -o out/ --number-from 120 --pdf
  vnreport merge bao-cao.yaml xa.json -o out/ --column "Tên xã=xa" --one-file tat-ca.docx

In DOC, a string names a column in braces: "{{ho_ten}}" (quoted in YAML). {{row}} is the
row's number, {{number}} the document's. Each run writes OUT_DIR/{MANIFEST_NAME}, one record
a row; a second run skips what is already made (--force replaces files this batch did not
make). docs/batch.md is the guide.

exit codes: 0 every row made, 1 some rows failed (the rest made), 2 nothing could be done"""


def add_merge(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """The ``merge`` command's options."""
    parser = sub.add_parser(
        "merge",
        help="make one document a row of a table (CSV, Excel, JSON, YAML)",
        description="Make one document a row of a table (mail merge, trộn văn bản).",
        epilog=_EXAMPLES,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("description", metavar="DOC", help="the document, with {placeholders}")
    parser.add_argument("data", metavar="DATA", help="the rows: .csv, .xlsx, .json, .yaml")
    parser.add_argument("-o", "--output", required=True, metavar="OUT_DIR", help="the folder")
    parser.add_argument(
        "--names",
        default=DEFAULT_NAMES,
        metavar="PATTERN",
        help=f"the file names, from columns (default {DEFAULT_NAMES.replace('%', '%%')}); "
        "folders with /",
    )
    parser.add_argument(
        "--plain-names", action="store_true", help="file names without diacritics (Nguyen)"
    )
    parser.add_argument(
        "--number-from",
        type=int,
        metavar="N",
        help="number the documents from N in row order (the register's numbers)",
    )
    parser.add_argument(
        "--column",
        action="append",
        default=[],
        metavar="COLUMN=NAME",
        help="the data column COLUMN fills the placeholder {NAME}; repeatable",
    )
    parser.add_argument(
        "--ignore-unused-columns", action="store_true", help="let columns fill nothing"
    )
    parser.add_argument("--encoding", help="the CSV's encoding (default: detected)")
    parser.add_argument("--delimiter", help="the CSV's delimiter (default: detected)")
    parser.add_argument("--sheet", help="the Excel sheet (default: the first)")
    parser.add_argument("--force", action="store_true", help="replace files not made by this batch")
    parser.add_argument("--pdf", action="store_true", help="a PDF beside each .docx")
    parser.add_argument("--pdfa", action="store_true", help="the PDFs as PDF/A-2b")
    parser.add_argument(
        "--one-file", metavar="NAME", help="also join every document into OUT_DIR/NAME"
    )
    parser.add_argument("--workers", type=int, metavar="N", help="processes (default: cores)")
    parser.add_argument("--chunk-size", type=int, metavar="N", help="rows a task")
    parser.add_argument("--manifest", metavar="PATH", help=f"default OUT_DIR/{MANIFEST_NAME}")
    parser.add_argument("--template", help="a docxtpl template instead of the shipped one")
    parser.add_argument(
        "--check",
        choices=("on", "off"),
        default="on",
        help="check each document against Nghị định 30/2020 (a document with errors is not "
        "written: its row fails)",
    )
    shown = parser.add_mutually_exclusive_group()
    shown.add_argument("--progress", action="store_true", default=None, help="always a bar")
    shown.add_argument(
        "-q", "--quiet", dest="progress", action="store_false", help="no bar, no summary"
    )
    parser.add_argument(
        "--trusted", action="store_true", help="DOC, DATA and the template are trusted"
    )
    parser.set_defaults(command="merge", run=merge)


def merge(options: argparse.Namespace) -> int:
    """Run the batch; print the summary (and each failed row) to standard error."""
    columns: dict[str, str] = {}
    for item in options.column:
        column, equals, name = item.partition("=")
        if not equals or not column.strip() or not name.strip():
            return _refused(f"--column {item!r}: write COLUMN=NAME")
        columns[column.strip()] = name.strip()
    if options.pdfa:
        options.pdf = True
    try:
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always", ConversionWarning)
            warnings.simplefilter("always", ConformanceWarning)
            result = _run(options, columns)
    except (VnreportError, ValueError, OSError) as error:  # BatchError and DataError too
        return _refused(str(error))
    except KeyboardInterrupt:
        # Every finished row is on record and nothing is half-written: say how to go on.
        print(
            "vnreport merge: interrupted; the rows done are in the manifest, and the same "
            "command resumes the batch",
            file=sys.stderr,
        )
        return _INTERRUPTED
    # A warning (a font LibreOffice replaces) is said once, as a line of the command's.
    ours = (ConversionWarning, ConformanceWarning)
    said = [str(w.message) for w in caught if issubclass(w.category, ours)]
    for warning in caught:
        if not issubclass(warning.category, ours):  # another library's: shown as it was
            warnings.warn_explicit(
                warning.message, warning.category, warning.filename, warning.lineno
            )
    for message in dict.fromkeys(said):
        print(f"vnreport merge: warning: {message}", file=sys.stderr)
    if options.progress is not False or not result.ok:
        print(result.summary(), file=sys.stderr)
    return 0 if result.ok else 1


def _run(options: argparse.Namespace, columns: dict[str, str]) -> BatchResult:
    from vnreport.limits import Limits

    return render_many(
        options.description,
        options.data,
        options.output,
        names=options.names,
        plain_names=options.plain_names,
        number_from=options.number_from,
        columns=columns,
        ignore_unused=options.ignore_unused_columns,
        encoding=options.encoding,
        delimiter=options.delimiter,
        sheet=options.sheet,
        force=options.force,
        pdf=options.pdf,
        pdfa=options.pdfa,
        one_file=options.one_file,
        workers=options.workers,
        chunk_size=options.chunk_size,
        progress=options.progress,
        manifest=options.manifest,
        template=options.template,
        check=options.check == "on",
        limits=Limits.trusted() if options.trusted else None,
    )


#: The exit status of a run stopped by Ctrl-C (128 + SIGINT), as shells report it.
_INTERRUPTED = 130


def _refused(message: str) -> int:
    print(f"vnreport merge: {message}", file=sys.stderr)
    return 2
