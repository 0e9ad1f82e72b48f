"""One LibreOffice workspace: a folder of its own holding a private profile, and one
``soffice --convert-to pdf`` call at a time converting a list of .docx in it.

This is the one conversion code path: :func:`vnreport.render.pdf.convert_many` makes a
workspace for a single call and removes it; :class:`vnreport.render.pdfpool.PdfPool`
keeps one per worker and reuses its profile (``-env:UserInstallation``) from call to
call. Each call's inputs, outputs and LibreOffice's own temporary files go into a folder
of the call, removed when it ends whatever happened; the profile stays until the owner
resets it or removes the workspace.

LibreOffice exits with status 0 when it cannot load a file: a document without its PDF
is told per document (:class:`NoPdf`), so the good documents of a call keep theirs. A
call that fails as a whole (exit status, time-out, no program) raises
:class:`~vnreport.errors.ConversionError`. The process group is run by
:func:`vnreport.render.processes.run_bounded`: killed whole on time-out, on interruption
and when the owner calls it off.
"""

from __future__ import annotations

import os
import shutil
from collections.abc import Callable, Sequence
from pathlib import Path

import attrs

from vnreport.errors import ConversionError
from vnreport.render.processes import run_bounded

__all__ = [
    "INSTALL_HINT",
    "MAX_PDF_BYTES",
    "SOFFICE_VARIABLE",
    "NoPdf",
    "Workspace",
    "not_docx",
]

#: The environment variable naming the ``soffice`` program to run (a path, or a name
#: looked up on the PATH); without it, ``soffice`` is looked for on the PATH.
SOFFICE_VARIABLE = "VNREPORT_SOFFICE"

#: How to get what a conversion needs, said in every error about a missing LibreOffice.
INSTALL_HINT = (
    "install LibreOffice Writer and the Liberation fonts (Debian, Ubuntu: "
    "apt-get install libreoffice-writer-nogui fonts-liberation2; Fedora: dnf install "
    "libreoffice-writer liberation-serif-fonts; macOS: brew install --cask libreoffice), "
    f"or set {SOFFICE_VARIABLE} to the soffice program"
)

#: The largest PDF read back, in bytes: far beyond any document vnreport makes, and a
#: bound on what a runaway conversion can put in memory.
MAX_PDF_BYTES = 256 * 1024 * 1024

#: The PDF export filter's ``SelectPdfVersion``: 2 is PDF/A-2b (LibreOffice ≥ 7.4 reads
#: filter options written as JSON on the command line).
_PDFA_2B = '{"SelectPdfVersion":{"type":"long","value":"2"}}'

#: How every .docx (a zip package) begins. LibreOffice prints any other bytes as plain
#: text rather than refuse them, so they are refused before it is asked.
_ZIP_MAGIC = b"PK\x03\x04"


def not_docx(data: bytes) -> str | None:
    """Why ``data`` cannot be a .docx, or ``None`` when it may be one."""
    if not data:
        return "it is empty"
    if not data.startswith(_ZIP_MAGIC):
        # LibreOffice would print the bytes as plain text rather than refuse them.
        return "it is not a .docx (a .docx is a zip package)"
    return None


@attrs.frozen
class NoPdf:
    """A document of a call that ended without its PDF: what was wrong, and what
    LibreOffice printed during the call."""

    problem: str
    printed: str


@attrs.frozen
class Workspace:
    """A folder for one owner's LibreOffice calls (one at a time), with its profile.

    ``folder`` must belong to the owner alone; it is created if missing.
    """

    folder: Path
    program: Path
    pdfa: bool = False
    max_pdf_bytes: int = MAX_PDF_BYTES

    @property
    def profile(self) -> Path:
        """The profile LibreOffice makes on its first call and reuses on the next."""
        return self.folder / "profile"

    def has_profile(self) -> bool:
        return self.profile.exists()

    def reset_profile(self) -> None:
        """Remove the profile: the next call starts LibreOffice with a fresh one."""
        shutil.rmtree(self.profile, ignore_errors=True)

    def remove(self) -> None:
        """Remove the whole folder, profile included."""
        shutil.rmtree(self.folder, ignore_errors=True)

    def convert(
        self,
        documents: Sequence[bytes],
        *,
        timeout: float,
        cancelled: Callable[[], bool] | None = None,
    ) -> list[bytes | NoPdf]:
        """The PDF of each of ``documents`` (.docx bytes), in order, from one ``soffice``
        run of at most ``timeout`` seconds, or the :class:`NoPdf` of a document that got
        none. Raises :class:`ConversionError` when the run fails as a whole, and
        :class:`~vnreport.render.processes.RunCancelledError` when ``cancelled`` said so."""
        self.folder.mkdir(parents=True, exist_ok=True)
        call = self.folder / "call"
        shutil.rmtree(call, ignore_errors=True)  # a call interrupted before its cleanup
        inputs, outbox, scratch = call / "in", call / "out", call / "tmp"
        try:
            for folder in (inputs, outbox, scratch):
                folder.mkdir(parents=True)
            names = [f"document-{index:04d}" for index in range(1, len(documents) + 1)]
            for name, data in zip(names, documents, strict=True):
                (inputs / f"{name}.docx").write_bytes(data)
            command = [
                os.fspath(self.program),
                "--headless",
                "--invisible",
                "--nologo",
                "--nodefault",
                "--norestore",
                "--nolockcheck",
                f"-env:UserInstallation={self.profile.as_uri()}",
                "--convert-to",
                f"pdf:writer_pdf_Export:{_PDFA_2B}" if self.pdfa else "pdf:writer_pdf_Export",
                "--outdir",
                os.fspath(outbox),
                *(os.fspath(inputs / f"{name}.docx") for name in names),
            ]
            # LibreOffice's own temporary files go into the call's folder and leave with it.
            environment = {**os.environ, "TMPDIR": str(scratch), "TMP": str(scratch)}
            environment["TEMP"] = str(scratch)
            printed = _run(command, environment, timeout, cancelled)
            return [self._read_pdf(outbox / f"{name}.pdf", printed) for name in names]
        finally:
            shutil.rmtree(call, ignore_errors=True)

    def _read_pdf(self, path: Path, printed: str) -> bytes | NoPdf:
        limit = self.max_pdf_bytes
        try:
            with path.open("rb") as file:
                data = file.read(limit + 1)  # never more than the limit into memory
        except FileNotFoundError:
            data = b""
        if len(data) > limit:
            return NoPdf(f"wrote a PDF of more than {limit} bytes", printed)
        if not data.startswith(b"%PDF-"):
            return NoPdf(
                "wrote no PDF" if not data else "wrote something that is not a PDF", printed
            )
        return data


def _run(
    command: list[str],
    environment: dict[str, str],
    timeout: float,
    cancelled: Callable[[], bool] | None,
) -> str:
    """Run LibreOffice within ``timeout`` seconds; return what it printed."""
    try:
        done = run_bounded(command, timeout=timeout, environment=environment, cancelled=cancelled)
    except TimeoutError:  # an OSError too: before the next clause
        raise ConversionError(
            f"LibreOffice did not finish within {timeout:g} s and was stopped; "
            "nothing was written (pass a larger timeout for long documents)"
        ) from None
    except OSError as error:
        raise ConversionError(f"cannot run {command[0]}: {error}; {INSTALL_HINT}") from error
    if done.status != 0:
        raise ConversionError(
            f"LibreOffice failed (exit status {done.status}); nothing was written"
            + (f":\n{done.printed}" if done.printed else "")
        )
    return done.printed
