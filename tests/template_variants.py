"""Custom templates made from the shipped one, the way an office restyles it."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

from docx_helpers import zip_parts

__all__ = ["SHIPPED", "template_variant"]

SHIPPED = Path(__file__).resolve().parent.parent / "templates" / "bao-cao.docx"


def template_variant(folder: Path, old: str, new: str, *, name: str = "variant.docx") -> Path:
    """A copy of the shipped template with ``old`` replaced by ``new`` in the main part.

    ``new`` is written into the XML as it is: a tag typed in Word would have its ``&``,
    ``<`` and ``>`` escaped, so pass them escaped.
    """
    source = zip_parts(SHIPPED.read_bytes())
    document = source["word/document.xml"].decode("utf-8")
    assert document.count(old) == 1, old
    source["word/document.xml"] = document.replace(old, new).encode("utf-8")
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for part_name, data in source.items():
            archive.writestr(part_name, data)
    path = folder / name
    path.write_bytes(buffer.getvalue())
    return path
