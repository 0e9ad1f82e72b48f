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
import traceback
import zipfile
from pathlib import Path
from types import MappingProxyType
from typing import Any

import attrs
import jinja2
from docxtpl import DocxTemplate  # type: ignore[import-untyped]
from jinja2.exceptions import SecurityError
from lxml import etree

from vnreport.errors import PackageError, TemplateError
from vnreport.limits import PackageLimits, TemplateLimits
from vnreport.ooxml.package import DocxPackage, parse_xml
from vnreport.ooxml.styles import StyleSheet
from vnreport.render.geometry import Geometry, read_geometry, style_names
from vnreport.render.sandbox import BUDGET, Budget, compile_part, sandbox

__all__ = ["PreparedTemplate", "default_template", "load_template", "render_part"]

# The parts a template may hold tags in, besides its main part: headers and footers.
_TEMPLATED = re.compile(r"\.(header|footer)\+xml$")
_MACRO_ENABLED = frozenset(
    {
        "application/vnd.ms-word.document.macroEnabled.main+xml",
        "application/vnd.ms-word.template.macroEnabledTemplate.main+xml",
    }
)


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
    #: Each templated part as compiled, one paragraph a line, for placing errors.
    sources: MappingProxyType[str, str]
    #: What one render of a part may cost.
    limits: TemplateLimits


def default_template(name: str) -> Path:
    """The path of a template shipped with vnreport ("van-ban")."""
    packaged = importlib.resources.files("vnreport") / "templates" / f"{name}.docx"
    if packaged.is_file():
        return Path(str(packaged))
    # A source checkout (or an editable install) keeps templates at the project root.
    checkout = Path(__file__).resolve().parents[3] / "templates" / f"{name}.docx"
    if checkout.is_file():
        return checkout
    raise TemplateError(f"the template {name!r} is not installed with vnreport")


def load_template(
    path: str | os.PathLike[str],
    *,
    limits: TemplateLimits | None = None,
    package_limits: PackageLimits | None = None,
) -> PreparedTemplate:
    """Prepare the template at ``path``; a file that has not changed is prepared once.

    The template is untrusted: its package is read under ``package_limits`` and it is
    compiled in vnreport's sandbox (:mod:`vnreport.render.sandbox`) to run under ``limits``.
    """
    resolved = Path(path).resolve()
    try:
        stat = resolved.stat()
    except OSError as error:
        raise TemplateError(f"cannot read the template {str(path)!r}: {error.strerror}") from None
    return _prepare(
        resolved,
        stat.st_mtime_ns,
        stat.st_size,
        limits or TemplateLimits(),
        package_limits or PackageLimits(),
    )


# The cache key includes the modification time and size, so an edited template is read
# again, and the limits, which decide whether it is accepted; prepared templates are
# immutable, so sharing them is safe.
@functools.lru_cache(maxsize=32)
def _prepare(
    path: Path, mtime_ns: int, size: int, limits: TemplateLimits, package_limits: PackageLimits
) -> PreparedTemplate:
    try:
        # The template is untrusted: read as every package from outside is.
        package = DocxPackage.open(path, limits=package_limits)
        styles_name = next((name for name in package.parts if name.endswith("/styles.xml")), None)
        styles = None if styles_name is None else package.xml(styles_name)
        main = package.xml(package.main)
    except PackageError as error:
        raise TemplateError(f"the template {str(path)!r}: {error}") from None
    assert main is not None  # the package has its main part
    if package.content_types.get(package.main) in _MACRO_ENABLED:
        raise TemplateError(
            f"the template {str(path)!r} is macro-enabled (.docm, .dotm): save it as a Word "
            "document (.docx) to use it; vnreport never carries macros into a document"
        )
    parts = tuple(package.parts.items())
    names = package.parts
    templated = [
        name
        for name in names
        if name == package.main or _TEMPLATED.search(package.content_types.get(name, ""))
    ]
    patcher = DocxTemplate(str(path))
    compiled: dict[str, jinja2.Template] = {}
    sources: dict[str, str] = {}
    for name in templated:
        if name not in names:
            continue
        where = f"the template {str(path)!r}, part {name}"
        xml = _canonical(package, name, where)
        _check_tags(xml, where, limits)
        try:
            # docxtpl's clean-up swallows the text after a tag left open, so the tags are
            # checked on the plain text first, where Jinja reports the mistake.
            sandbox().parse(_tag_text(xml))
            source = _one_paragraph_a_line(_without_empty_runs(patcher.patch_xml(xml)))
            compiled[name] = compile_part(source, _filename(name))
        except jinja2.TemplateSyntaxError as error:
            raise TemplateError(f"{where}: {error.message}") from None
        except RecursionError:
            raise TemplateError(f"{where}: an expression is nested too deeply") from None
        sources[name] = source
    return PreparedTemplate(
        source=str(path),
        parts=parts,
        compiled=MappingProxyType(compiled),
        sources=MappingProxyType(sources),
        package=package,
        geometry=read_geometry(main, styles, _reference_names(path)),
        styles=StyleSheet(styles),
        limits=limits,
    )


def _reference_names(path: Path) -> dict[str, str]:
    """The style names of the shipped template, which a custom one is matched against."""
    shipped = default_template("van-ban").resolve()
    return {} if path == shipped else dict(_shipped_style_names(shipped))


@functools.cache
def _shipped_style_names(shipped: Path) -> MappingProxyType[str, str]:
    with zipfile.ZipFile(shipped) as archive:
        return MappingProxyType(style_names(parse_xml(archive.read("word/styles.xml"))))


def _canonical(package: DocxPackage, name: str, where: str) -> str:
    """The part as lxml writes it: one spelling for every character.

    Word writes a quotation mark in text as it is, LibreOffice as ``&quot;``; a tag such
    as ``{% if b.role == "heading-1" %}`` must read the same whichever program saved it.
    """
    try:
        root = package.xml(name)
    except PackageError as error:
        raise TemplateError(f"{where}: {error}") from None
    assert root is not None  # a part of the package
    return etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True).decode()


_TAG_OPENING = re.compile(r"\{[{%#]")


def _check_tags(xml: str, where: str, limits: TemplateLimits) -> None:
    """Refuse a part too large, with too many tags, or with a tag too long, before the
    patching and compiling work that grows with them."""
    if len(xml) > limits.max_source_chars:
        raise TemplateError(
            f"{where} has {len(xml):,} characters, more than {limits.max_source_chars:,} "
            "(TemplateLimits.max_source_chars)"
        )
    text = _tag_text(xml)
    openings = [match.start() for match in _TAG_OPENING.finditer(text)]
    if len(openings) > limits.max_tags:
        raise TemplateError(
            f"{where} has {len(openings):,} tags, more than {limits.max_tags:,} "
            "(TemplateLimits.max_tags)"
        )
    for start in openings:
        closing = _CLOSING[text[start + 1]]
        end = text.find(closing, start + 2, start + 2 + limits.max_tag_chars)
        if end < 0 and len(text) - start > limits.max_tag_chars:
            raise TemplateError(
                f"{where}: the tag {_quote(text[start : start + 40])} is longer than "
                f"{limits.max_tag_chars:,} characters (TemplateLimits.max_tag_chars)"
            )


_CLOSING = {"{": "}}", "%": "%}", "#": "#}"}


def _quote(text: str) -> str:
    return "«" + " ".join(text.split()) + "…»"


# Jinja counts lines: with each paragraph on a line of its own, the line of an error
# tells which paragraph holds the tag (docxtpl does the same). The breaks are taken out
# of the output again.
_PARAGRAPH_START = re.compile(r"<w:p([ >])")
_LINED_PARAGRAPH = re.compile(r"\n<w:p([ >])")


def _one_paragraph_a_line(source: str) -> str:
    return _PARAGRAPH_START.sub(r"\n<w:p\1", source)


def _filename(part: str) -> str:
    return f"<vnreport template part {part}>"


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


# --- rendering -------------------------------------------------------------------------


def render_part(prepared: PreparedTemplate, name: str, context: dict[str, Any]) -> str:
    """The XML of the part ``name`` filled with ``context``, within the template's limits.

    Any failure of the template — a variable vnreport does not provide, a reach for
    something a template may not touch, a limit passed, an error in an expression — is a
    :class:`TemplateError` naming the part, the paragraph and the tag.
    """
    budget = Budget(prepared.limits)
    chunks: list[str] = []
    try:
        for chunk in prepared.compiled[name].generate({**context, BUDGET: budget}):
            budget.emit(chunk)
            chunks.append(chunk)
    except jinja2.UndefinedError as error:
        raise TemplateError(
            f"{_place(prepared, name, error)} uses a variable vnreport does not provide: "
            f"{error.message} (docs/templates.md lists them)"
        ) from None
    except SecurityError as error:
        raise TemplateError(f"{_place(prepared, name, error)}: {error}") from None
    except (jinja2.TemplateError, ArithmeticError, LookupError, TypeError, ValueError) as error:
        raise TemplateError(f"{_place(prepared, name, error)}: {_describe(error)}") from None
    except RecursionError as error:
        raise TemplateError(
            f"{_place(prepared, name, error)}: the template calls itself too deeply"
        ) from None
    return _LINED_PARAGRAPH.sub(r"<w:p\1", "".join(chunks))


def _describe(error: BaseException) -> str:
    message = getattr(error, "message", None) or str(error)
    return f"{message} ({type(error).__name__})"


def _place(prepared: PreparedTemplate, name: str, error: BaseException) -> str:
    """ "the template 'x.docx', part word/document.xml, paragraph 12, tag «{{ x.y }}»"."""
    where = f"the template {prepared.source!r}, part {name}"
    line = _error_line(error, _filename(name))
    lines = prepared.sources[name].split("\n")
    if line is None or not 1 <= line <= len(lines):
        return where
    tag = _culprit(_tags_in(lines[line - 1]), str(error))
    if tag is None:
        return where
    paragraph = _paragraph_of(prepared, name, tag)
    at = "" if paragraph is None else f", paragraph {paragraph}"
    return f"{where}{at}, tag «{' '.join(tag.split())}»"


_QUOTED = re.compile(r"'([^']+)'")
_STRUCTURE = re.compile(r"^\{%-?\s*(end\w*|else|elif\b.*|for\b.*|if\b.*)\s*-?%\}$", re.DOTALL)


def _culprit(tags: list[str], message: str) -> str | None:
    """The tag on the failing line that the error is about: the one naming what the
    message quotes, else the first that is not a loop or a condition."""
    names = _QUOTED.findall(message)
    for tag in tags:
        if any(quoted in tag for quoted in names):
            return tag
    return next((tag for tag in tags if not _STRUCTURE.match(tag)), tags[0] if tags else None)


def _error_line(error: BaseException, filename: str) -> int | None:
    line = getattr(error, "lineno", None)
    if isinstance(line, int):
        return line
    found = None
    for frame, number in traceback.walk_tb(error.__traceback__):
        if frame.f_code.co_filename == filename:
            found = number
    return found


_TAG = re.compile(r"\{\{.*?\}\}|\{%.*?%\}", re.DOTALL)
_MARKUP = re.compile(r"<[^>]*>")


def _tags_in(line: str) -> list[str]:
    return _TAG.findall(html.unescape(_MARKUP.sub("", line)))


def _paragraph_of(prepared: PreparedTemplate, name: str, tag: str) -> int | None:
    """The number (from 1) of the template's paragraph holding ``tag``'s expression."""
    inner = " ".join(tag.strip("{}%# ").split())
    root = parse_xml(dict(prepared.parts)[name])
    for number, paragraph in enumerate(root.iter(_W_P), start=1):
        text = "".join(node.text or "" for node in paragraph.iter(_W_T))
        if inner and inner in " ".join(text.split()):
            return number
    return None


_W_P = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}p"
_W_T = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}t"
