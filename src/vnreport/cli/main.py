"""``vnreport``: data files in, Word files out, from the command line.

Exit codes: 0 success, 1 invalid input (nothing is written), 2 usage error, 128 + n when
signal n (SIGTERM, SIGHUP) ended it (nothing is written). Messages go to standard error;
standard output carries only data (a schema, a starter file, a .docx written to ``-o -``).
"""

from __future__ import annotations

import argparse
import contextlib
import os
import signal
import sys
import threading
from collections.abc import Iterator, Sequence
from types import FrameType

from vnreport import __version__
from vnreport.cli import commands
from vnreport.cli.importing import add_import
from vnreport.cli.merge import add_merge
from vnreport.cli.outputs import trusted_option
from vnreport.exchange import DOCUMENT_TYPES, FORMATS

__all__ = ["main"]

_DESCRIPTION = """\
Draft Vietnamese administrative documents that follow Nghị định 30/2020/NĐ-CP.
Write the content in a YAML, JSON or TOML file; vnreport writes the Word file."""

_EXAMPLES = """\
examples:
  vnreport new bao-cao -o bao-cao.yaml     start a report from a commented file
  vnreport validate bao-cao.yaml           check it
  vnreport render bao-cao.yaml             write bao-cao.docx
  vnreport render bao-cao.yaml --pdf       write bao-cao.pdf (needs LibreOffice)
  vnreport check van-ban.docx              list its deviations from Nghị định 30/2020
  vnreport merge giay-moi.yaml ds.csv -o out/   one giấy mời a row of ds.csv
  vnreport schema > vnreport.schema.json   a JSON Schema for editors

exit codes: 0 success, 1 invalid input (nothing written), 2 usage error"""


def main(argv: Sequence[str] | None = None) -> int:
    """Run the tool with ``argv`` (the process's arguments by default); return the exit code."""
    with _ending_cleanly():
        parser = _parser()
        options = parser.parse_args(argv)
        if options.command is None:
            parser.print_help(sys.stderr)
            return commands.USAGE
        try:
            code = int(options.run(options))
            sys.stdout.flush()
        except BrokenPipeError:
            return _reader_gone()
        return code


#: The exit status of a process whose output's reader went away (128 + SIGPIPE), as
#: shells report it for tools killed by the signal.
_PIPE_CLOSED = 141


def _reader_gone() -> int:
    """End quietly when what reads our output stopped early (``vnreport new | head``):
    point stdout at /dev/null, so the interpreter's final flush does not fail again."""
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, sys.stdout.fileno())
    os.close(devnull)
    return _PIPE_CLOSED


#: Signals that ask the tool to end; their default action would kill the process
#: before it removes the temporary file of a write in progress.
_ENDING = ("SIGTERM", "SIGHUP")


@contextlib.contextmanager
def _ending_cleanly() -> Iterator[None]:
    """Turn a request to end into ``SystemExit(128 + signal)``, so that cleanup runs.

    Only the command line does this (the library never touches signal handlers), only in
    the main thread, only where the signal still has its default action (a signal a
    parent process chose to ignore stays ignored), and the default is restored after.
    """
    installed: list[signal.Signals] = []
    if threading.current_thread() is threading.main_thread():
        for name in _ENDING:
            number = getattr(signal, name, None)
            if number is not None and signal.getsignal(number) is signal.SIG_DFL:
                signal.signal(number, _end)
                installed.append(number)
    try:
        yield
    finally:
        for number in installed:
            signal.signal(number, signal.SIG_DFL)


def _end(number: int, frame: FrameType | None) -> None:
    # Once is enough: a second signal must not interrupt the cleanup the first started.
    signal.signal(number, signal.SIG_IGN)
    raise SystemExit(128 + number)


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="vnreport",
        description=_DESCRIPTION,
        epilog=_EXAMPLES,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--version", action="version", version=f"vnreport {__version__}")
    parser.set_defaults(command=None)
    sub = parser.add_subparsers(title="commands", metavar="COMMAND")

    render = _command(
        sub,
        "render",
        "write the Word file (or the PDF) of data files",
        """\
examples:
  vnreport render bao-cao.yaml                  writes bao-cao.docx beside it
  vnreport render bao-cao.yaml -o out/bc.docx   writes out/bc.docx
  cat bao-cao.json | vnreport render - -o bao-cao.docx
  vnreport render bao-cao.yaml -o - > bao-cao.docx
  vnreport render bao-cao.yaml --template van-phong.docx --force
  vnreport render bao-cao.yaml --pdf            writes bao-cao.pdf (through LibreOffice)
  vnreport render *.yaml --pdf --pdfa           one LibreOffice run for all, PDF/A-2b""",
    )
    render.add_argument(
        "inputs",
        nargs="+",
        metavar="INPUT",
        help="the data file (.yaml, .json, .toml), or - for standard input; several files "
        "are each written beside them",
    )
    render.add_argument(
        "-o",
        "--output",
        help="the file to write (default: INPUT with .docx, or .pdf with --pdf); - for "
        "standard output; only with one INPUT",
    )
    render.add_argument(
        "--pdf",
        action="store_true",
        help="write a PDF instead of the .docx: the checked .docx printed by headless "
        "LibreOffice, all INPUTs in one run (from 40 up, and no --timeout, through a pool "
        "of two; docs/pdf.md)",
    )
    render.add_argument("--pdfa", action="store_true", help="--pdf as PDF/A-2b (for archiving)")
    render.add_argument(
        "--timeout",
        type=float,
        metavar="SECONDS",
        help="with --pdf: stop LibreOffice after SECONDS (default: 60 + 10 per INPUT)",
    )
    render.add_argument("--template", help="a docxtpl template to use instead of the shipped one")
    render.add_argument("--force", action="store_true", help="replace OUTPUT if it exists")
    render.add_argument(
        "--check",
        choices=("strict", "warn", "off"),
        default="strict",
        help="the conformance check of the result: refuse on errors (strict, the default), "
        "report every finding as a warning (warn), or skip it (off)",
    )
    _format_option(render)
    trusted_option(render, "INPUT and the template")
    render.set_defaults(command="render", run=commands.render)

    new = _command(
        sub,
        "new",
        "write a commented starter data file",
        """\
examples:
  vnreport new bao-cao                  print the starter file
  vnreport new bao-cao -o bao-cao.yaml  write it to a file""",
    )
    new.add_argument("doc_type", choices=list(DOCUMENT_TYPES), help="the type of document")
    new.add_argument("-o", "--output", help="the file to write (default: standard output)")
    new.add_argument("--force", action="store_true", help="replace OUTPUT if it exists")
    new.set_defaults(command="new", run=commands.new)

    validate = _command(
        sub,
        "validate",
        "check a data file without rendering",
        """\
examples:
  vnreport validate bao-cao.yaml
  vnreport validate - --format json < bao-cao.json""",
    )
    validate.add_argument("input", help="the data file, or - for standard input")
    _format_option(validate)
    trusted_option(validate, "INPUT")
    validate.set_defaults(command="validate", run=commands.validate)

    check = _command(
        sub,
        "check",
        "check .docx files against Nghị định 30/2020",
        """\
examples:
  vnreport check bao-cao.docx                       list the deviations
  vnreport check *.docx --format json > report.json
  vnreport check so-tay-1200-trang.docx --trusted   a very large file from a trusted source
  vnreport check van-ban.docx --fix -o van-ban-sua.docx
                                                    write a corrected copy (layout only)

A file that cannot be read is reported as "FILE: error: …" and the next one is checked.

exit codes: 0 no deviation, 1 deviations found (or a file unreadable), 2 usage error""",
    )
    check.add_argument("files", nargs="+", metavar="FILE", help="the .docx files to check")
    check.add_argument(
        "--format", choices=("text", "json"), default="text", help="how to print the findings"
    )
    check.add_argument(
        "--fix",
        action="store_true",
        help="write a corrected copy to -o (page, margins, fonts, sizes, date padding only)",
    )
    trusted_option(check, "the files")
    check.add_argument("-o", "--output", help="with --fix: the corrected copy to write")
    check.add_argument("--force", action="store_true", help="with --fix: replace OUTPUT")
    check.set_defaults(command="check", run=commands.check)

    schema = _command(
        sub,
        "schema",
        "print the JSON Schema of the data files",
        """\
examples:
  vnreport schema > vnreport.schema.json
  # then in a YAML file, for editors that read the comment:
  # yaml-language-server: $schema=vnreport.schema.json""",
    )
    schema.set_defaults(command="schema", run=commands.schema)
    add_merge(sub)
    add_import(sub)
    return parser


def _command(
    sub: argparse._SubParsersAction[argparse.ArgumentParser], name: str, summary: str, examples: str
) -> argparse.ArgumentParser:
    return sub.add_parser(
        name,
        help=summary,
        description=summary[:1].upper() + summary[1:] + ".",
        epilog=examples,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )


def _format_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--format",
        choices=FORMATS,
        help="the format of INPUT (default: from its suffix; guessed for standard input)",
    )
