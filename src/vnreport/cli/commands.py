"""What each ``vnreport`` command does; every function returns the exit code."""

from __future__ import annotations

import argparse
import json
import sys
import warnings
from pathlib import Path

from vnreport.cli.outputs import refusal_of, same_file, why_not_written
from vnreport.conformance.checker import check as check_document
from vnreport.conformance.findings import Findings
from vnreport.conformance.fix import fix as fix_document
from vnreport.errors import (
    ConformanceWarning,
    ConversionError,
    ConversionWarning,
    FieldError,
    OutputExistsError,
    PackageError,
    UnsafeOutputError,
    VnreportError,
)
from vnreport.exchange import DataError, loads
from vnreport.exchange.files import decode, read_path, read_stream
from vnreport.exchange.formats import format_of
from vnreport.exchange.schema import json_schema
from vnreport.limits import DataLimits, Limits
from vnreport.model.document import Document
from vnreport.render.files import write_atomically
from vnreport.render.pdf import check_fonts, find_soffice
from vnreport.render.pdfs import convert_all
from vnreport.types import entry_named

__all__ = ["INVALID", "OK", "USAGE", "check", "new", "render", "schema", "validate"]

OK = 0
INVALID = 1
USAGE = 2


def render(options: argparse.Namespace) -> int:
    """``vnreport render INPUT… [-o OUTPUT] [--template T] [--force] [--pdf [--pdfa]]``.

    Each INPUT is rendered on its own: one that is invalid is reported and the next one
    rendered (exit 1 at the end). With ``--pdf`` every .docx is rendered and checked
    first, then all are converted by one LibreOffice run.
    """
    inputs: list[str] = options.inputs
    if len(inputs) > 1:
        if options.output is not None:
            return _usage("-o names the output of one INPUT; several are each written beside it")
        if "-" in inputs:
            return _usage("standard input (-) is rendered alone, with -o OUTPUT")
    if inputs[0] == "-" and options.output is None:
        return _usage("reading standard input needs -o OUTPUT (or -o - for standard output)")
    if options.pdf or options.pdfa:
        return _render_pdfs(inputs, options)
    status = OK
    for source in inputs:
        status = max(status, _render_docx(source, options))
    return status


def _render_docx(source: str, options: argparse.Namespace) -> int:
    output = options.output or str(Path(source).with_suffix(".docx"))
    refused = _refuse_output(source, output, options)
    if refused is not None:
        return refused
    limits = limits_of(options)
    data = _rendered(source, options, limits)
    if data is None:
        return INVALID
    try:
        _write(output, data, force=options.force)
    except (OutputExistsError, UnsafeOutputError) as error:
        return _fail(refusal_of(output, error))
    except OSError as error:
        return _fail(f"{source}: {error} (nothing was written)")
    if output != "-":
        _say(f"wrote {output}")
    return OK


def _render_pdfs(inputs: list[str], options: argparse.Namespace) -> int:
    """Render every input to .docx (checked), then convert them all in one LibreOffice
    run and write each PDF atomically."""
    if options.timeout is not None and not options.timeout > 0:
        return _usage(f"--timeout must be a positive number of seconds, got {options.timeout:g}")
    try:
        soffice = find_soffice()
    except ConversionError as error:
        return _fail(f"{error} (nothing was written)")
    limits = limits_of(options)
    status = OK
    jobs: dict[str, tuple[str, bytes]] = {}  # output → (input, .docx)
    for source in inputs:
        output = options.output or str(Path(source).with_suffix(".pdf"))
        taken = next((other for other in jobs if _same_path(other, output)), None)
        if taken is not None:
            status = _fail(
                f"{source}: {output} is also the PDF of {jobs[taken][0]} (not converted)"
            )
            continue
        refused = _refuse_output(source, output, options)
        if refused is not None:
            status = max(status, refused)
            continue
        data = _rendered(source, options, limits)
        if data is None:
            status = INVALID
            continue
        jobs[output] = (source, data)
    if not jobs:
        return status
    try:
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always", ConversionWarning)
            check_fonts()
        for warning in caught:
            _say(f"vnreport: warning: {warning.message}")
        pdfs = convert_all(
            [data for _, data in jobs.values()],
            pdfa=options.pdfa,
            timeout=options.timeout,
            soffice=soffice,
        )
    except ConversionError as error:
        return _fail(str(error))
    for (output, (source, _)), pdf in zip(jobs.items(), pdfs, strict=True):
        try:
            _write(output, pdf, force=options.force)
        except (OutputExistsError, UnsafeOutputError) as error:
            status = _fail(refusal_of(output, error))
            continue
        except OSError as error:
            status = _fail(f"{source}: {error} (nothing was written)")
            continue
        if output != "-":
            _say(f"wrote {output}")
    return status


def _refuse_output(source: str, output: str, options: argparse.Namespace) -> int | None:
    """The exit code refusing ``output`` before any work is done, or ``None``."""
    if output == "-":
        return None
    inputs = {"the input": source, "the template (--template)": options.template}
    for role, named in inputs.items():
        if named is not None and named != "-" and same_file(output, named):
            return _usage(f"{output} is {role}; give another -o OUTPUT (nothing was written)")
    refusal = why_not_written(output, options.force)
    return None if refusal is None else _fail(refusal)


def _rendered(source: str, options: argparse.Namespace, limits: Limits) -> bytes | None:
    """The checked .docx of ``source``, or ``None`` after saying why there is none."""
    document = _read(source, options.format, limits.data)
    if document is None:
        return None
    try:
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always", ConformanceWarning)
            data = document.render(template=options.template, check=options.check, limits=limits)
    except (VnreportError, OSError) as error:
        _fail(f"{source}: {error} (nothing was written)")
        return None
    for warning in caught:
        _say(f"{source}: {warning.message}")
    return data


def _write(output: str, data: bytes, *, force: bool) -> None:
    if output == "-":
        sys.stdout.buffer.write(data)
        sys.stdout.buffer.flush()
    else:
        write_atomically(output, data, replace=force)


def _same_path(first: str, second: str) -> bool:
    """Whether two outputs not yet written name one file (``-`` is never a file)."""
    if "-" in (first, second):
        return first == second
    return same_file(first, second)


def new(options: argparse.Namespace) -> int:
    """``vnreport new DOC_TYPE [-o FILE] [--force]``."""
    text = entry_named(options.doc_type).starter
    if options.output is None or options.output == "-":
        sys.stdout.write(text)
        return OK
    refusal = why_not_written(options.output, options.force)
    if refusal is not None:
        return _fail(refusal)
    if format_of(options.output) not in (None, "yaml"):
        return _usage(f"the starter file is YAML: name it .yaml, not {Path(options.output).suffix}")
    try:
        write_atomically(options.output, text.encode("utf-8"), replace=options.force)
    except (OutputExistsError, UnsafeOutputError) as error:
        return _fail(refusal_of(options.output, error))
    except OSError as error:
        return _fail(f"cannot write {options.output}: {error}")
    _say(f"wrote {options.output}: fill it in, then run vnreport render {options.output}")
    return OK


def validate(options: argparse.Namespace) -> int:
    """``vnreport validate INPUT``."""
    document = _read(options.input, options.format, limits_of(options).data)
    if document is None:
        return INVALID
    summary = f"{document.doc_type.title.lower()}, {len(document.body)} paragraphs"
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
    limits = limits_of(options).package
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


def limits_of(options: argparse.Namespace) -> Limits:
    """The limits inputs are read and run under: the defaults, or sixteen times them with
    ``--trusted`` (for files from a trusted source)."""
    return Limits.trusted() if getattr(options, "trusted", False) else Limits()


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
    for note in findings.notes:
        where = "" if note.paragraph is None else f" ¶{note.paragraph}"
        quoted = f" «{note.excerpt}»" if note.excerpt else ""
        print(
            f"{name}: note {note.rule} ({note.component}{where}){quoted}: {note.message} "
            f"[{note.locator}]"
        )
    errors = len(findings.errors)
    warnings_count = len(findings) - errors
    verdict = "conforms" if not findings else f"{errors} error(s), {warnings_count} warning(s)"
    print(f"{name}: {verdict}")


def _fix(source: str, output: str, options: argparse.Namespace) -> int:
    if same_file(output, source):
        return _usage("--fix never changes the original: give another -o OUTPUT")
    refusal = why_not_written(output, options.force)
    if refusal is not None:
        return _fail(refusal)
    try:
        result = fix_document(Path(source), limits=limits_of(options).package)
        write_atomically(output, result.data, replace=options.force)
    except (OutputExistsError, UnsafeOutputError) as error:
        return _fail(refusal_of(output, error))
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


def _read(source: str, fmt: str | None, limits: DataLimits | None = None) -> Document | None:
    """The document in ``source`` (a path or "-"), or ``None`` after reporting why not.

    Standard input and a named pipe are read up to ``limits.max_file_bytes``; a device, a
    directory or a socket is refused before anything is read from it.
    """
    limits = limits or DataLimits()
    name = "<stdin>" if source == "-" else source
    try:
        if source == "-":
            data = read_stream(sys.stdin.buffer, limits)
        else:
            fmt = fmt or format_of(source)
            if fmt is None:
                _say(
                    f"{source}: cannot tell the format: name it .yaml, .json or .toml,"
                    " or pass --format"
                )
                return None
            data = read_path(source, limits, pipes=True)
        text = decode(data)
    except FileNotFoundError:
        _say(f"{source}: no such file")
        return None
    except OSError as error:
        _say(f"{source}: cannot read it: {error.strerror}")
        return None
    except DataError as error:  # about the file as a whole: its kind, size or encoding
        for problem in error.problems:
            _say(f"{name}: {problem.message}")
        return None
    try:
        return loads(text, format=fmt, source=name, limits=limits)
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
