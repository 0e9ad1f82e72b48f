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

import attrs
import jinja2
from docxtpl import DocxTemplate  # type: ignore[import-untyped]

from vnreport.errors import PackageError, TemplateError
from vnreport.ooxml.package import DocxPackage, parse_xml
from vnreport.ooxml.styles import StyleSheet
from vnreport.render.geometry import Geometry, read_geometry
from vnreport.render.package import read_package

__all__ = ["PreparedTemplate", "default_template", "load_template"]

# The parts a template may hold tags in: the main document, headers and footers.
_TEMPLATED = re.compile(r"\.(document\.main|header|footer)\+xml$")


@attrs.frozen(kw_only=True)
class PreparedTemplate:
    """A template ready to render: its parts, the compiled ones, and its page geometry."""

    source: str
    parts: tuple[tuple[str, bytes], ...]
    compiled: MappingProxyType[str, jinja2.Template]
    #: The template as a package: its main part, content types and relationships, which
    #: every rendered copy shares.
    package: DocxPackage
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
    try:
        package = DocxPackage.from_parts(names)
    except PackageError as error:
        raise TemplateError(f"{str(path)!r}: {error}") from None
    templated = [name for name, kind in package.content_types.items() if _TEMPLATED.search(kind)]
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
    styles_part = next((data for name, data in parts if name.endswith("/styles.xml")), None)
    styles = None if styles_part is None else parse_xml(styles_part)
    return PreparedTemplate(
        source=str(path),
        parts=parts,
        compiled=MappingProxyType(compiled),
        package=package,
        geometry=read_geometry(parse_xml(names[package.main]), styles),
        styles=StyleSheet(styles),
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
