"""What each ``vnreport`` command does; every function returns the exit code."""

from __future__ import annotations

import argparse
import json
import sys
import warnings
from pathlib import Path

from vnreport.conformance.checker import check as check_document
from vnreport.conformance.findings import Findings
from vnreport.conformance.fix import fix as fix_document
from vnreport.errors import ConformanceWarning, FieldError, PackageError, VnreportError
from vnreport.exchange import DataError, loads
from vnreport.exchange.formats import format_of
from vnreport.exchange.schema import json_schema
from vnreport.exchange.starter import STARTERS
from vnreport.limits import Limits, PackageLimits
from vnreport.model.document import Document
from vnreport.model.report import Report
from vnreport.render.files import write_atomically

__all__ = ["INVALID", "OK", "USAGE", "check", "new", "render", "schema", "validate"]

OK = 0
INVALID = 1
USAGE = 2


def render(options: argparse.Namespace) -> int:
    """``vnreport render INPUT [-o OUTPUT] [--template T] [--force]``."""
    if options.input == "-" and options.output is None:
        return _usage("reading standard input needs -o OUTPUT (or -o - for standard output)")
    output = options.output or str(Path(options.input).with_suffix(".docx"))
    if output != "-" and Path(output).exists() and not options.force:
        return _fail(f"{output} exists; pass --force to replace it (nothing was written)")
    document = _read(options.input, options.format)
    if document is None:
        return INVALID
    if not isinstance(document, Report):
        return _fail(f"{options.input}: rendering {type(document).__name__} is not supported yet")
    try:
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always", ConformanceWarning)
            data = document.render(template=options.template, check=options.check)
        for warning in caught:
            _say(f"{options.input}: {warning.message}")
        if output == "-":
            sys.stdout.buffer.write(data)
            sys.stdout.buffer.flush()
        else:
            write_atomically(output, data)
    except (VnreportError, OSError) as error:
        return _fail(f"{options.input}: {error} (nothing was written)")
    if output != "-":
        _say(f"wrote {output}")
    return OK


def new(options: argparse.Namespace) -> int:
    """``vnreport new DOC_TYPE [-o FILE] [--force]``."""
    text = STARTERS[options.doc_type]
    if options.output is None or options.output == "-":
        sys.stdout.write(text)
        return OK
    if Path(options.output).exists() and not options.force:
        return _fail(f"{options.output} exists; pass --force to replace it (nothing was written)")
    if format_of(options.output) not in (None, "yaml"):
        return _usage(f"the starter file is YAML: name it .yaml, not {Path(options.output).suffix}")
    try:
        write_atomically(options.output, text.encode("utf-8"))
    except OSError as error:
        return _fail(f"cannot write {options.output}: {error}")
    _say(f"wrote {options.output}: fill it in, then run vnreport render {options.output}")
    return OK


def validate(options: argparse.Namespace) -> int:
    """``vnreport validate INPUT``."""
    document = _read(options.input, options.format)
    if document is None:
        return INVALID
    summary = document.doc_type.title.lower()
    if isinstance(document, Report):
        summary += f", {len(document.body)} paragraphs"
    name = "<stdin>" if options.input == "-" else options.input
    _say(f"{name}: valid ({summary})")
    return OK


def check(options: argparse.Namespace) -> int:
    """``vnreport check FILE… [--format text|json] [--trusted] [--fix -o OUT]``.

    Each file is checked on its own: one that cannot be read is reported as
    ``FILE: error: …`` (``{"file": …, "error": …}`` in JSON) and the next one is checked.
    """
    if options.fix:
        if len(options.files) != 1 or not options.output:
            return _usage("--fix takes one FILE and -o OUTPUT for the corrected copy")
        return _fix(options.files[0], options.output, options)
    if options.output:
        return _usage("-o is for the corrected copy of --fix")
    limits = package_limits(options)
    results: list[dict[str, object]] = []
    status = OK
    for name in options.files:
        try:
            findings = check_document(Path(name), limits=limits)
        except (VnreportError, OSError) as error:
            problem = str(error)
        except MemoryError:
            problem = "not enough memory to check it"
        except RecursionError:
            problem = "nested too deeply to be checked"
        else:
            if findings:
                status = INVALID
            results.append({"file": name, **findings.to_dict()})
            if options.format == "text":
                _print_findings(name, findings)
            continue
        status = INVALID
        results.append({"file": name, "error": problem})
        if options.format == "text":
            print(f"{name}: error: {problem}", flush=True)
    if options.format == "json":
        sys.stdout.write(json.dumps(results, ensure_ascii=False, indent=2) + "\n")
    return status


def package_limits(options: argparse.Namespace) -> PackageLimits:
    """The limits .docx files are read under: the defaults, or sixteen times them with
    ``--trusted`` (for files from a trusted source)."""
    return Limits.trusted().package if getattr(options, "trusted", False) else PackageLimits()


def _print_findings(name: str, findings: Findings) -> None:
    for finding in findings:
        where = "" if finding.paragraph is None else f" ¶{finding.paragraph}"
        quoted = f" «{finding.excerpt}»" if finding.excerpt else ""
        print(
            f"{name}:{where} {finding.severity.value} {finding.rule} ({finding.component})"
            f"{quoted}: found {finding.found}; expected {finding.expected} [{finding.locator}]"
        )
    for item in findings.not_evaluated:
        print(f"{name}: not evaluated {item.rule}: {item.reason} [{item.locator}]")
    errors = len(findings.errors)
    warnings_count = len(findings) - errors
    verdict = "conforms" if not findings else f"{errors} error(s), {warnings_count} warning(s)"
    print(f"{name}: {verdict}")


def _fix(source: str, output: str, options: argparse.Namespace) -> int:
    if Path(output).resolve() == Path(source).resolve():
        return _usage("--fix never changes the original: give another -o OUTPUT")
    if Path(output).exists() and not options.force:
        return _fail(f"{output} exists; pass --force to replace it (nothing was written)")
    try:
        result = fix_document(Path(source))
        write_atomically(output, result.data)
    except (PackageError, OSError) as error:
        return _fail(f"{source}: {error} (nothing was written)")
    for repair in result.repairs:
        print(f"{source}: fixed {repair}")
    if not result.repairs:
        print(f"{source}: nothing that --fix may repair")
    _say(f"wrote {output}")
    if options.format == "json":
        sys.stdout.write(
            json.dumps(
                {"file": output, "repairs": list(result.repairs), **result.after.to_dict()},
                ensure_ascii=False,
                indent=2,
            )
            + "\n"
        )
    else:
        _print_findings(output, result.after)
    return INVALID if result.after else OK


def schema(options: argparse.Namespace) -> int:
    """``vnreport schema``."""
    sys.stdout.write(json.dumps(json_schema(), ensure_ascii=False, indent=2) + "\n")
    return OK


def _read(source: str, fmt: str | None) -> Document | None:
    """The document in ``source`` (a path or "-"), or ``None`` after reporting why not."""
    name = "<stdin>" if source == "-" else source
    if source == "-":
        data = sys.stdin.buffer.read()
    else:
        path = Path(source)
        fmt = fmt or format_of(path)
        if fmt is None:
            _say(
                f"{source}: cannot tell the format: name it .yaml, .json or .toml, or pass --format"
            )
            return None
        try:
            data = path.read_bytes()
        except FileNotFoundError:
            _say(f"{source}: no such file")
            return None
        except OSError as error:
            _say(f"{source}: cannot read it: {error.strerror}")
            return None
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        _say(f"{name}: not UTF-8 text (byte {error.start}); save the file as UTF-8")
        return None
    try:
        return loads(text, format=fmt, source=name)
    except DataError as error:
        for problem in error.problems:
            _say(f"{name}: {problem}")
        count = len(error.problems)
        _say(f"{name}: {count} problem{'s' if count != 1 else ''}, nothing was written")
        return None
    except FieldError as error:  # a check that only the whole document can make
        _say(f"{name}: {error}")
        return None


def _say(message: str) -> None:
    print(message, file=sys.stderr)


def _fail(message: str) -> int:
    _say(f"vnreport: {message}")
    return INVALID


def _usage(message: str) -> int:
    _say(f"vnreport: {message}")
    return USAGE
