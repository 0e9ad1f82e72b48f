"""What the commands share about their outputs and inputs: an output that may not be
written is refused before any work, in the same words by every command."""

from __future__ import annotations

import argparse
import contextlib
from pathlib import Path

from vnreport.errors import OutputExistsError, UnsafeOutputError
from vnreport.render.files import check_output

__all__ = ["refusal_of", "same_file", "trusted_option", "why_not_written"]


def same_file(output: str, source: str) -> bool:
    """Whether writing ``output`` would replace ``source``, however either is spelled
    (``./x``, ``a/../x``, a symbolic or hard link)."""
    with contextlib.suppress(OSError):  # one of them does not exist (yet)
        return Path(output).samefile(source)
    try:
        return Path(output).resolve() == Path(source).resolve()
    except (OSError, RuntimeError):  # a loop of links, refused by the write as a link
        return False


def why_not_written(output: str, force: bool) -> str | None:
    """Why writing ``output`` is refused before any work is done, or ``None``.

    Only an early courtesy: the write decides again, atomically.
    """
    try:
        check_output(output, replace=force)
    except (OutputExistsError, UnsafeOutputError) as error:
        return refusal_of(output, error)
    except OSError as error:  # a missing folder, a name too long for the file system
        return f"cannot write {output}: {error.strerror or error} (nothing was written)"
    return None


def refusal_of(output: str, error: OutputExistsError | UnsafeOutputError) -> str:
    if isinstance(error, OutputExistsError):
        return f"{output} exists; pass --force to replace it (nothing was written)"
    return f"{error} (nothing was written)"


def trusted_option(parser: argparse.ArgumentParser, what: str) -> None:
    """The ``--trusted`` option of a command reading ``what``."""
    parser.add_argument(
        "--trusted",
        action="store_true",
        help=f"{what} come from a trusted source: read and run them with every limit on "
        "size, count and time 16 times the default (docs/security.md)",
    )
