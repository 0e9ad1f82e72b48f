"""Templates: a .docx read, patched and compiled once, then rendered many times.

Plain docxtpl re-reads the template, re-patches its XML and recompiles it with Jinja on
every render. Here that work happens once per template file; a render only fills the
compiled parts and zips them (see benchmarks/render_seed.py for the difference).
"""

from __future__ import annotations

import functools
import html
import importlib.resources
import os
import re
import zipfile
from pathlib import Path
from types import MappingProxyType
from typing import Any

import attrs
import jinja2
from docxtpl import DocxTemplate  # type: ignore[import-untyped]
from lxml import etree

from vnreport.errors import VnreportError
from vnreport.ooxml.package import parse_xml
from vnreport.ooxml.styles import StyleSheet
from vnreport.render.geometry import Geometry, read_geometry
from vnreport.render.package import read_package

__all__ = ["PreparedTemplate", "TemplateError", "default_template", "load_template"]

_CONTENT_TYPES = "[Content_Types].xml"
# The parts a template may hold tags in: the main document, headers and footers.
_TEMPLATED = re.compile(r"\.(document\.main|header|footer)\+xml$")
_MAIN = re.compile(r"\.document\.main\+xml$")


class TemplateError(VnreportError):
    """A template file cannot be used: missing, not a .docx, or with broken tags."""


@attrs.frozen(kw_only=True)
class PreparedTemplate:
    """A template ready to render: its parts, the compiled ones, and its page geometry."""

    source: str
    parts: tuple[tuple[str, bytes], ...]
    compiled: MappingProxyType[str, jinja2.Template]
    main_part: str
    geometry: Geometry
    #: The template's styles, read once for the conformance check of every render
    #: (rendering fills text, never styles).
    styles: StyleSheet


def default_template(name: str) -> Path:
    """The path of a template shipped with vnreport ("bao-cao")."""
    packaged = importlib.resources.files("vnreport") / "templates" / f"{name}.docx"
    if packaged.is_file():
        return Path(str(packaged))
    # A source checkout (or an editable install) keeps templates at the project root.
    checkout = Path(__file__).resolve().parents[3] / "templates" / f"{name}.docx"
    if checkout.is_file():
        return checkout
    raise TemplateError(f"the template {name!r} is not installed with vnreport")


def load_template(path: str | os.PathLike[str]) -> PreparedTemplate:
    """Prepare the template at ``path``; a file that has not changed is prepared once."""
    resolved = Path(path).resolve()
    try:
        stat = resolved.stat()
    except OSError as error:
        raise TemplateError(f"cannot read the template {str(path)!r}: {error.strerror}") from None
    return _prepare(resolved, stat.st_mtime_ns, stat.st_size)


def _environment() -> jinja2.Environment:
    # Autoescape: the author's text is text, never markup. StrictUndefined: a variable the
    # template names but the context lacks is an error, not an empty string.
    return jinja2.Environment(
        autoescape=True,
        undefined=jinja2.StrictUndefined,
        keep_trailing_newline=True,
    )


# The cache key includes the modification time and size, so an edited template is read
# again; prepared templates are immutable, so sharing them is safe.
@functools.lru_cache(maxsize=32)
def _prepare(path: Path, mtime_ns: int, size: int) -> PreparedTemplate:
    try:
        parts = read_package(path.read_bytes())
    except (OSError, ValueError, zipfile.BadZipFile) as error:
        raise TemplateError(f"{str(path)!r} is not a .docx file: {error}") from None
    names = dict(parts)
    if _CONTENT_TYPES not in names:
        raise TemplateError(f"{str(path)!r} is not a .docx file: it has no {_CONTENT_TYPES}")
    content_types = _content_types(names[_CONTENT_TYPES])
    templated = [name for name, kind in content_types.items() if _TEMPLATED.search(kind)]
    main = next((name for name, kind in content_types.items() if _MAIN.search(kind)), None)
    if main is None or main not in names:
        raise TemplateError(f"{str(path)!r} has no main document part")
    patcher = DocxTemplate(str(path))
    environment = _environment()
    compiled: dict[str, jinja2.Template] = {}
    for name in templated:
        if name not in names:
            continue
        xml = names[name].decode("utf-8")
        try:
            # docxtpl's clean-up swallows the text after a tag left open, so the tags are
            # checked on the plain text first, where Jinja reports the mistake.
            environment.parse(_tag_text(xml))
            compiled[name] = environment.from_string(_without_empty_runs(patcher.patch_xml(xml)))
        except jinja2.TemplateSyntaxError as error:
            raise TemplateError(f"{str(path)!r}, part {name}: {error.message}") from None
    styles = next((data for name, data in parts if name.endswith("/styles.xml")), None)
    return PreparedTemplate(
        source=str(path),
        parts=parts,
        compiled=MappingProxyType(compiled),
        main_part=main,
        geometry=read_geometry(names[main], styles),
        styles=StyleSheet(None if styles is None else parse_xml(styles)),
    )


# docxtpl leaves an empty run on each side of a {{r …}} tag; a clerk editing the result
# would meet them as invisible runs with no formatting, so they are removed once here.
_EMPTY_RUN = re.compile(r'<w:r><w:t(?: xml:space="preserve")?></w:t></w:r>')


def _without_empty_runs(source: str) -> str:
    return _EMPTY_RUN.sub("", source)


_TEXT = re.compile(r"<w:t(?:\s[^>]*)?>([^<]*)</w:t>")
_DOCXTPL_PREFIX = re.compile(r"([{][{%#])(?:p|r|tr|tc)\s")


def _tag_text(xml: str) -> str:
    """The part's text with docxtpl's tag prefixes removed, for Jinja to check the tags."""
    text = "".join(match.group(1) for match in _TEXT.finditer(xml))
    return _DOCXTPL_PREFIX.sub(r"\1 ", html.unescape(text))


def _content_types(xml: bytes) -> dict[str, str]:
    """Part name (without the leading "/") → content type, from the overrides."""
    root: Any = etree.fromstring(xml)
    return {
        element.get("PartName", "").lstrip("/"): element.get("ContentType", "")
        for element in root
        if element.tag.endswith("}Override")
    }
