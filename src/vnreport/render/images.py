"""The real printed pages as PNG images: the .docx converted by headless LibreOffice, the
PDF rasterised by poppler's ``pdftoppm``.

The HTML preview (:mod:`vnreport.render.html`) shows what a document prints; only a word
processor knows where its lines and pages break. This asks one: each conversion runs in
a temporary folder with a LibreOffice profile of its own (so that it never meets a
running LibreOffice or another conversion), within a time limit after which its whole
process group is killed: the conversion is :func:`vnreport.render.pdf.convert`'s.
"""

from __future__ import annotations

import base64
import re
import shutil
import tempfile
from collections.abc import Iterable, Sequence
from pathlib import Path

import attrs

from vnreport.errors import ConversionError, PreviewError
from vnreport.render.pdf import convert
from vnreport.render.processes import run_bounded

__all__ = ["INSTALL_HINT", "PagePreview", "page_images", "select_pages"]

#: What to install when a tool is missing.
INSTALL_HINT = (
    "the printed pages are made by LibreOffice Writer (soffice) and poppler (pdftoppm, "
    "pdfinfo), with Liberation Serif standing in for Times New Roman where it is not "
    "installed; on Debian or Ubuntu: sudo apt-get install libreoffice-writer-nogui "
    "poppler-utils fonts-liberation2 (elsewhere: install LibreOffice and poppler and put "
    "soffice and pdftoppm on PATH)"
)
_PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"
_PAGES = re.compile(r"^Pages:\s+(\d+)\s*$", re.MULTILINE)
_NUMBERED = re.compile(r"-(\d+)\.png$")


@attrs.frozen(kw_only=True, eq=False)
class PagePreview:
    """Printed pages as PNG images; Jupyter shows them.

    ``pages`` holds the PNG bytes of each page shown, ``numbers`` their page numbers in
    the document (1 is the first) and ``page_count`` how many pages the document has.
    """

    pages: tuple[bytes, ...] = attrs.field(repr=False)
    numbers: tuple[int, ...]
    page_count: int
    dpi: int

    def __repr__(self) -> str:
        numbers = self.numbers
        if len(numbers) == 1:
            shown = f"page {numbers[0]}"
        elif numbers == tuple(range(numbers[0], numbers[-1] + 1)):
            shown = f"pages {numbers[0]}–{numbers[-1]}"
        else:
            shown = "pages " + ", ".join(map(str, numbers))
        return f"<PagePreview: {shown} of {self.page_count} at {self.dpi} dpi>"

    def _repr_png_(self) -> bytes | None:
        # A front end without HTML shows a single page as an image.
        return self.pages[0] if len(self.pages) == 1 else None

    def _repr_html_(self) -> str:
        images = "".join(
            f'<figure style="margin:0 0 12px;text-align:center">'
            f'<img src="data:image/png;base64,{base64.b64encode(png).decode("ascii")}" '
            f'alt="page {number} of {self.page_count}" '
            f'style="max-width:100%;box-shadow:0 0 3px rgba(0,0,0,.35);background:#fff">'
            f'<figcaption style="font:12px sans-serif;color:#555">'
            f"{number} / {self.page_count}</figcaption></figure>"
            for number, png in zip(self.numbers, self.pages, strict=True)
        )
        return f'<div style="background:#e4e4e4;padding:12px">{images}</div>'


def select_pages(pages: int | Iterable[int] | None) -> tuple[int, ...] | None:
    """The page numbers asked for, sorted and once each; ``None`` for every page.

    >>> select_pages(2), select_pages([3, 1, 3]), select_pages(None)
    ((2,), (1, 3), None)
    """
    if pages is None:
        return None
    chosen = (pages,) if isinstance(pages, int) else tuple(pages)
    for number in chosen:
        if isinstance(number, bool) or not isinstance(number, int) or number < 1:
            raise ValueError(f"pages: page numbers are whole numbers from 1, got {number!r}")
    if not chosen:
        raise ValueError("pages: name at least one page, or None for all of them")
    return tuple(sorted(set(chosen)))


def page_images(
    docx: bytes,
    *,
    pages: int | Iterable[int] | None = None,
    dpi: int = 96,
    timeout: float = 120,
) -> PagePreview:
    """The pages of the .docx ``docx`` as PNG images at ``dpi``; ``pages`` picks some by
    number. Raises :class:`PreviewError` when a tool is missing (saying how to install
    it), when a conversion fails or when it takes longer than ``timeout`` seconds."""
    chosen = select_pages(pages)
    if isinstance(dpi, bool) or not isinstance(dpi, int) or not 10 <= dpi <= 600:
        raise ValueError(f"dpi must be a whole number from 10 to 600, got {dpi!r}")
    with tempfile.TemporaryDirectory(prefix="vnreport-preview-") as folder:
        work = Path(folder)
        source = work / "document.docx"
        source.write_bytes(docx)
        pdf = _convert_to_pdf(source, work, timeout)
        count = _page_count(pdf, timeout)
        if chosen is not None and chosen[-1] > count:
            raise ValueError(f"pages: the document has {count} pages, page {chosen[-1]} asked for")
        numbers = chosen or tuple(range(1, count + 1))
        images = _rasterise(pdf, work, numbers, dpi, timeout)
    return PagePreview(pages=images, numbers=numbers, page_count=count, dpi=dpi)


def _convert_to_pdf(source: Path, folder: Path, timeout: float) -> Path:
    """``source`` converted to PDF by headless LibreOffice, the way ``save_pdf`` converts
    (:mod:`vnreport.render.pdf`: a profile of its own, the process group killed on time)."""
    try:
        data = convert(source.read_bytes(), timeout=timeout)
    except ConversionError as error:
        raise PreviewError(f"{error} ({INSTALL_HINT})") from error
    pdf = folder / f"{source.stem}.pdf"
    pdf.write_bytes(data)
    return pdf


def _tool(name: str) -> str:
    path = shutil.which(name)
    if path is None:
        raise PreviewError(f"poppler's {name} is not on PATH: {INSTALL_HINT}")
    return path


def _page_count(pdf: Path, timeout: float) -> int:
    info = _run([_tool("pdfinfo"), str(pdf)], "pdfinfo", timeout)
    match = _PAGES.search(info)
    if match is None:
        raise PreviewError(f"pdfinfo gave no page count for the converted document: {info!r}")
    return int(match.group(1))


def _rasterise(
    pdf: Path, folder: Path, numbers: Sequence[int], dpi: int, timeout: float
) -> tuple[bytes, ...]:
    prefix = folder / "page"
    first, last = str(numbers[0]), str(numbers[-1])
    command = [_tool("pdftoppm"), "-png", "-r", str(dpi), "-f", first, "-l", last]
    _run([*command, str(pdf), str(prefix)], "pdftoppm", timeout)
    # pdftoppm pads the page number to the width of the last one: page-1.png or page-01.png.
    made = {}
    for path in folder.glob("page-*.png"):
        match = _NUMBERED.search(path.name)
        if match is not None:
            made[int(match.group(1))] = path
    missing = [number for number in numbers if number not in made]
    if missing:
        raise PreviewError(f"pdftoppm made no image of page {', '.join(map(str, missing))}")
    images = tuple(made[number].read_bytes() for number in numbers)
    if not all(image.startswith(_PNG_SIGNATURE) for image in images):
        raise PreviewError("pdftoppm wrote something that is not a PNG image")
    return images


def _run(command: list[str], tool: str, timeout: float) -> str:
    """Run ``command`` within ``timeout`` seconds (its process group killed past it);
    what it printed, or a PreviewError with its message."""
    try:
        done = run_bounded(command, timeout=timeout)
    except TimeoutError:
        raise PreviewError(f"{tool} did not finish in {timeout:g} s") from None
    except OSError as error:
        raise PreviewError(f"{tool} cannot be started ({error}): {INSTALL_HINT}") from None
    if done.status != 0:
        raise PreviewError(f"{tool} failed (exit status {done.status}): {done.printed}")
    return done.printed
