"""Custom templates made from the shipped one, the way an office restyles it."""

from __future__ import annotations

import io
import zipfile
from html import escape
from pathlib import Path

from docx_helpers import zip_parts

__all__ = ["BODY", "MOTTO", "SHIPPED", "inserted_paragraph", "template_variant", "with_paragraph"]

SHIPPED = Path(__file__).resolve().parent.parent / "templates" / "van-ban.docx"
#: The tag of the shipped template that prints the Tiêu ngữ: one place, in the header.
MOTTO = "{{ header.motto }}"
#: The paragraph of the shipped template where the body goes.
BODY = '<w:p><w:pPr><w:pStyle w:val="VNBody"/></w:pPr><w:r><w:t>{{p body }}</w:t></w:r></w:p>'


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


def with_paragraph(folder: Path, text: str, *, name: str = "variant.docx") -> Path:
    """The shipped template with a paragraph of ``text`` (as typed in Word: escaped here)
    just before the body, in the plain Normal style that no component has."""
    paragraph = (
        '<w:p><w:pPr><w:pStyle w:val="Normal"/></w:pPr><w:r><w:t xml:space="preserve">'
        f"{escape(text, quote=False)}</w:t></w:r></w:p>"
    )
    return template_variant(folder, BODY, paragraph + BODY, name=name)


def inserted_paragraph() -> int:
    """The number (from 1) of the paragraph :func:`with_paragraph` adds, among the main
    part's paragraphs."""
    document = zip_parts(SHIPPED.read_bytes())["word/document.xml"].decode("utf-8")
    before = document[: document.index(BODY)]
    return before.count("<w:p>") + before.count("<w:p ") + 1
