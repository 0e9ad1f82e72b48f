"""From .docx bytes to PDF bytes through headless LibreOffice (``soffice``).

vnreport does not lay out pages itself: LibreOffice Writer reads the .docx and prints it
to PDF. Each conversion gets its own temporary folder holding the input, the output and
a private LibreOffice profile (``-env:UserInstallation``), so that conversions running
at the same time, and a LibreOffice the user has open, never share a profile or a lock.
Many documents given at once are converted by one ``soffice`` process, which starts
LibreOffice (the slow part) once for all of them. The run itself is
:class:`vnreport.render.soffice.Workspace`'s, the one conversion code path, shared with
the pool of LibreOffice processes that converts a batch (:mod:`vnreport.render.pdfpool`).

``soffice`` runs in a new session (its own process group) under a time limit; past it,
the whole group is killed (LibreOffice starts ``soffice.bin`` under ``oosplash``: ending
only the first would leave the second running). Writing the PDF where the caller wants
it is not done here: :mod:`vnreport.pipeline` writes it atomically as it writes a .docx.

Only the standard library is used; nothing here is imported by ``import vnreport``.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import tempfile
import warnings
from collections.abc import Mapping, Sequence
from pathlib import Path

from vnreport.errors import ConversionError, ConversionWarning
from vnreport.render.soffice import INSTALL_HINT, SOFFICE_VARIABLE, NoPdf, Workspace, not_docx
from vnreport.rules import ND30

__all__ = [
    "INSTALL_HINT",
    "SOFFICE_VARIABLE",
    "check_fonts",
    "convert",
    "convert_many",
    "default_timeout",
    "find_soffice",
    "font_substitute",
]

#: Where installers put soffice when they do not put it on the PATH (macOS, Windows).
_USUAL_PLACES = (
    "/Applications/LibreOffice.app/Contents/MacOS/soffice",
    r"C:\Program Files\LibreOffice\program\soffice.exe",
)

#: Fonts with the widths of Times New Roman, letter for letter: with one of them, lines
#: and pages break where they break in Word.
_METRIC_COMPATIBLE = frozenset({"liberation serif", "tinos"})

#: Seconds ``fc-match`` may take (it reads a cache; a first run builds it).
_FC_MATCH_TIMEOUT = 30.0


#: Seconds a LibreOffice run may take to start (a fresh profile is created every time) …
START_SECONDS = 60.0
#: … and then for each document it converts.
SECONDS_PER_DOCUMENT = 10.0


def default_timeout(count: int) -> float:
    """Seconds one LibreOffice run converting ``count`` documents may take: a minute to
    start (a fresh profile is created every time), then ten seconds a document."""
    return START_SECONDS + SECONDS_PER_DOCUMENT * max(count, 1)


def find_soffice(environ: Mapping[str, str] | None = None) -> Path:
    """The ``soffice`` program to run: the one :data:`SOFFICE_VARIABLE` names, else
    ``soffice`` (or ``libreoffice``) on the PATH, else where installers usually put it.

    Raises :class:`~vnreport.errors.ConversionError` naming the install command when
    there is none.
    """
    environ = os.environ if environ is None else environ
    path = environ.get("PATH", os.defpath)
    named = environ.get(SOFFICE_VARIABLE, "").strip()
    if named:
        found = shutil.which(named, path=path)
        if found is None:
            raise ConversionError(
                f"{SOFFICE_VARIABLE}={named!r} is not an executable program: {INSTALL_HINT}"
            )
        return Path(found)
    for name in ("soffice", "libreoffice"):
        found = shutil.which(name, path=path)
        if found is not None:
            return Path(found)
    for place in _USUAL_PLACES:
        if os.access(place, os.X_OK):
            return Path(place)
    raise ConversionError(f"LibreOffice (soffice) is not installed: {INSTALL_HINT}")


def font_substitute(font: str, environ: Mapping[str, str] | None = None) -> str | None:
    """The family fontconfig gives for ``font``: ``font`` itself when it is installed,
    its substitute when not; ``None`` when it cannot tell (no ``fc-match``)."""
    environ = os.environ if environ is None else environ
    fc_match = shutil.which("fc-match", path=environ.get("PATH", os.defpath))
    if fc_match is None:
        return None
    try:
        done = subprocess.run(
            [fc_match, "--format=%{family}", font],
            capture_output=True,
            text=True,
            timeout=_FC_MATCH_TIMEOUT,
            check=False,
            env=dict(environ),
        )
    except (OSError, subprocess.TimeoutExpired):
        return None
    # A family may be listed under several names ("DejaVu Serif,DejaVu Serif Condensed").
    family = done.stdout.split(",")[0].strip()
    return family if done.returncode == 0 and family else None


def check_fonts(*, stacklevel: int = 1, environ: Mapping[str, str] | None = None) -> str | None:
    """Warn (:class:`~vnreport.errors.ConversionWarning`) when the decree's font, Times
    New Roman, is not installed, naming the font LibreOffice will print with instead.

    Returns that substitute, or ``None`` when the font is installed or fontconfig cannot
    be asked. ``stacklevel`` is counted from the caller (1: its own line), as warnings.warn counts.
    """
    font = ND30.font
    family = font_substitute(font, environ)
    if family is None or family.casefold() == font.casefold():
        return None
    if family.casefold() in _METRIC_COMPATIBLE:
        consequence = f"it has the widths of {font}, so lines and pages break as they do in Word"
    else:
        consequence = (
            f"its widths are not those of {font}, so lines and pages may break elsewhere "
            "than in Word; install Liberation Serif (Debian, Ubuntu: apt-get install "
            "fonts-liberation2) or Times New Roman"
        )
    warnings.warn(
        f"the font {font} is not installed: LibreOffice prints the PDF in {family} "
        f"instead ({consequence})",
        ConversionWarning,
        stacklevel=stacklevel + 1,
    )
    return family


def convert(
    docx: bytes,
    *,
    pdfa: bool = False,
    timeout: float | None = None,
    soffice: str | os.PathLike[str] | None = None,
) -> bytes:
    """The PDF of one .docx (:func:`convert_many` with one document)."""
    return convert_many([docx], pdfa=pdfa, timeout=timeout, soffice=soffice)[0]


def convert_many(
    documents: Sequence[bytes],
    *,
    pdfa: bool = False,
    timeout: float | None = None,
    soffice: str | os.PathLike[str] | None = None,
) -> list[bytes]:
    """The PDFs of ``documents`` (.docx bytes), in order, from one LibreOffice run.

    ``pdfa`` asks for PDF/A-2b (ISO 19005-2, level B: fonts embedded, for archiving).
    ``timeout`` bounds the whole run in seconds (:func:`default_timeout` by default);
    past it every process of the run is killed and :class:`ConversionError` raised.
    ``soffice`` is the program to run (:func:`find_soffice` by default).

    Raises :class:`~vnreport.errors.ConversionError` when a document is not a .docx
    (LibreOffice is then not started), when LibreOffice is missing, fails, runs out of
    time, or ends without writing a PDF for every document. Nothing is left
    behind: the run's temporary folder (inputs, outputs, profile) is removed.
    """
    if isinstance(documents, bytes | bytearray):
        raise TypeError("convert_many takes a sequence of .docx contents; use convert for one")
    if not documents:
        return []
    limit = default_timeout(len(documents)) if timeout is None else timeout
    if isinstance(limit, bool) or not isinstance(limit, int | float) or not limit > 0:
        raise ValueError(f"timeout must be a positive number of seconds, got {timeout!r}")
    for index, data in enumerate(documents):
        problem = not_docx(data)
        if problem is not None:
            raise ConversionError(f"document {index + 1} was not converted: {problem}")
    program = Path(soffice) if soffice is not None else find_soffice()
    with tempfile.TemporaryDirectory(prefix="vnreport-pdf-", ignore_cleanup_errors=True) as tmp:
        # One workspace, one call, no retry: the caller asked for all or nothing.
        results = Workspace(Path(tmp), program, pdfa=pdfa).convert(documents, timeout=limit)
    pdfs: list[bytes] = []
    for index, result in enumerate(results):
        if isinstance(result, NoPdf):
            raise ConversionError(
                f"LibreOffice exited without error but {result.problem} for document "
                f"{index + 1}; nothing was written"
                + (f":\n{result.printed}" if result.printed else "")
            )
        pdfs.append(result)
    return pdfs
