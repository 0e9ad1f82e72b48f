"""A .docx package: its parts, its content types and the relationships of its main part.

Every .docx that comes from outside (checked, fixed, used as a template) is read here,
under :class:`~vnreport.limits.PackageLimits`. The file must be a regular file of bounded
size; each zip entry is inflated in small chunks and its size counted as it grows (the
sizes the zip declares are compared with what was found, never trusted); the XML parts'
elements are counted on the bytes before anything is parsed. Whatever is wrong with a
package — a limit, a broken zip, a part missing or malformed — is a
:class:`~vnreport.errors.PackageError` whose message says what and where.
"""

from __future__ import annotations

import io
import os
import re
import stat
import zipfile
import zlib
from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import Any

import attrs
from lxml import etree

from vnreport.errors import PackageError
from vnreport.limits import PackageLimits
from vnreport.ooxml.zipread import (
    CENTRAL_SIGNATURE,
    OLE_SIGNATURE,
    ZIP_ERRORS,
    check_inflated,
    inflate,
    locate,
)

__all__ = [
    "DEFAULT_LIMITS",
    "WORD_MAIN_TYPES",
    "DocxPackage",
    "limit_error",
    "looks_like_xml",
    "node_bound",
    "parse_xml",
    "read_docx",
    "read_entries",
    "read_file",
    "resolve_target",
]

DEFAULT_LIMITS = PackageLimits()

#: The content types of a Word main part: a document, a macro-enabled document (.docm),
#: a template (.dotx) and a macro-enabled template (.dotm). Macros are never run, only
#: carried along as parts.
WORD_MAIN_TYPES = frozenset(
    {
        "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml",
        "application/vnd.ms-word.document.macroEnabled.main+xml",
        "application/vnd.openxmlformats-officedocument.wordprocessingml.template.main+xml",
        "application/vnd.ms-word.template.macroEnabledTemplate.main+xml",
    }
)
_CONTENT_TYPES = "[Content_Types].xml"
_PACKAGE_RELATIONSHIPS = "_rels/.rels"
_RELATIONSHIPS = "http://schemas.openxmlformats.org/package/2006/relationships"
_OFFICE_DOCUMENT = frozenset(
    {
        "http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument",
        "http://purl.oclc.org/ooxml/officeDocument/relationships/officeDocument",
    }
)
#: What other Office main parts are, to say what a file is when it is not a Word document.
_OTHER_KINDS = {"spreadsheetml": "an Excel workbook", "presentationml": "a PowerPoint file"}

# Bytes read at a time: the most a limit can be overshot before it is noticed.
_FILE_CHUNK = 1024 * 1024
#: libxml2 refuses documents nested deeper than this (without its "huge" option, which
#: vnreport never sets: it lifts every other safeguard too).
XML_MAX_DEPTH = 256

_FILE_KINDS = (
    (stat.S_ISDIR, "a directory"),
    (stat.S_ISFIFO, "a named pipe (FIFO)"),
    (stat.S_ISCHR, "a character device"),
    (stat.S_ISBLK, "a block device"),
    (stat.S_ISSOCK, "a socket"),
)


def limit_error(field: str, value: int, subject: str) -> PackageError:
    """The error for a limit reached: what reached it, which limit, how to raise it."""
    return PackageError(
        f"{subject} exceeds the limit PackageLimits.{field} = {value:,}; for a file from "
        f"a trusted source, raise it (PackageLimits({field}=…) in Python, --trusted on "
        "the command line)"
    )


# --- the file --------------------------------------------------------------------------


def read_file(path: str | os.PathLike[str], limits: PackageLimits = DEFAULT_LIMITS) -> bytes:
    """The bytes of the regular file at ``path``, at most ``limits.max_file_bytes``.

    A named pipe, a device, a directory or a socket is refused before anything is read
    from it (a pipe would block, ``/dev/zero`` never ends); the file is opened without
    blocking, checked again once open (it may have been replaced meanwhile), and read
    only up to the limit, whatever size it claimed.
    """
    try:
        _refuse_special(Path(path).stat())
    except OSError as error:
        raise PackageError(f"cannot read the file: {error.strerror}") from None
    flags = os.O_RDONLY
    for name in ("O_NONBLOCK", "O_NOCTTY", "O_CLOEXEC", "O_BINARY"):
        flags |= getattr(os, name, 0)
    try:
        descriptor = os.open(path, flags)
    except OSError as error:
        raise PackageError(f"cannot open the file: {error.strerror}") from None
    try:
        status = os.fstat(descriptor)
        _refuse_special(status)
        limit = limits.max_file_bytes
        if status.st_size > limit:
            raise limit_error("max_file_bytes", limit, f"the file ({status.st_size:,} bytes)")
        chunks: list[bytes] = []
        size = 0
        while chunk := os.read(descriptor, min(_FILE_CHUNK, limit + 1 - size)):
            chunks.append(chunk)
            size += len(chunk)
            if size > limit:
                raise limit_error("max_file_bytes", limit, "the file (it grew while read)")
        return b"".join(chunks)
    except OSError as error:
        raise PackageError(f"cannot read the file: {error.strerror}") from None
    finally:
        os.close(descriptor)


def _refuse_special(status: os.stat_result) -> None:
    if stat.S_ISREG(status.st_mode):
        return
    kind = next((name for test, name in _FILE_KINDS if test(status.st_mode)), "not a file")
    raise PackageError(f"not a regular file but {kind}: only .docx files can be read")


# --- the zip archive -------------------------------------------------------------------


def read_entries(data: bytes, limits: PackageLimits = DEFAULT_LIMITS) -> dict[str, bytes]:
    """Every entry of a zip archive, inflated, by name in archive order.

    zipfile reads only the central directory here; each entry's bytes are taken from
    the archive and inflated by vnreport itself, a chunk at a time, measured as they
    grow against the limits on one part and on all together. The sizes and CRC the
    archive declares are checked against what was inflated, never used to stop early:
    zipfile would stop at the declared size, and a forged CRC would then pass a cut
    part as whole. The elements of each XML part are counted on its bytes.

    Anything but stored or deflated entries is refused, and so are encrypted entries,
    duplicate names, entries sharing bytes, a corrupt or cut stream and an entry whose
    size or CRC is not what the archive declares.
    """
    if len(data) > limits.max_file_bytes:
        raise limit_error(
            "max_file_bytes", limits.max_file_bytes, f"the file ({len(data):,} bytes)"
        )
    # zipfile builds one object per central-directory record before anything can be
    # counted; the records' signatures give an upper bound of their number first.
    if data.count(CENTRAL_SIGNATURE) > limits.max_entries:
        raise limit_error("max_entries", limits.max_entries, "the number of zip entries")
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            infos = archive.infolist()
    except ZIP_ERRORS as error:
        hint = (
            "it is an OLE compound file: an old .doc, or a document protected by a password"
            if data.startswith(OLE_SIGNATURE)
            else str(error)
        )
        raise PackageError(f"not a .docx file (not a zip archive): {hint}") from None
    if len(infos) > limits.max_entries:
        raise limit_error(
            "max_entries", limits.max_entries, f"the number of zip entries ({len(infos):,})"
        )
    stored = locate(infos, data)
    parts: dict[str, bytes] = {}
    total = elements = 0
    for info, (start, end) in stored:
        name = info.filename
        content = _inflate(
            info, memoryview(data)[start:end], limits, limits.max_total_bytes - total
        )
        total += len(content)
        if looks_like_xml(content):
            count = node_bound(content)
            if count > limits.max_xml_elements:
                raise limit_error(
                    "max_xml_elements", limits.max_xml_elements, f"{_NODES} of the part {name}"
                )
            elements += count
            if elements > limits.max_total_xml_elements:
                raise limit_error(
                    "max_total_xml_elements",
                    limits.max_total_xml_elements,
                    f"{_NODES} of all parts together",
                )
        parts[name] = content
    return parts


def _inflate(info: zipfile.ZipInfo, raw: memoryview, limits: PackageLimits, room: int) -> bytes:
    """One entry's bytes, inflated a chunk at a time and measured as they grow; ``room``
    is what is left of the total for all parts."""
    name = info.filename
    chunks: list[bytes] = []
    size = 0
    for chunk in inflate(info, raw):
        size += len(chunk)
        if size > limits.max_part_bytes:
            raise limit_error(
                "max_part_bytes", limits.max_part_bytes, f"the part {name}, inflated,"
            )
        if size > room:
            raise limit_error(
                "max_total_bytes", limits.max_total_bytes, "all parts together, inflated,"
            )
        chunks.append(bytes(chunk))
    content = b"".join(chunks)
    check_inflated(info, size, zlib.crc32(content))
    return content


# --- XML -------------------------------------------------------------------------------


def node_bound(data: bytes) -> int:
    """An upper bound of the number of elements, attributes, comments and processing
    instructions in an XML part (what costs memory once it is parsed), from its bytes.

    Each of them but an attribute starts with "<" not followed by "/" (an end tag), and
    each attribute has one "=". Text cannot hold a bare "<", so in UTF-8 the count is
    never below the number of nodes (a "<" or "=" in a comment or a text only adds to
    it). In any other encoding every byte "<" and "=" is counted: each such character
    holds one, whatever the bytes around it.

    >>> node_bound(b'<?xml version="1.0"?><a x="1"><b/><!-- x --><c>t</c></a>')
    7
    """
    if _encoding(data) != ("utf-8", True):
        return data.count(b"<") + data.count(b"=")
    return data.count(b"<") - data.count(b"</") + data.count(b"=")


_NODES = "the number of XML elements and attributes"


def _encoding(data: bytes) -> tuple[str | None, bool]:
    """The encoding family of an XML part ("utf-8", "utf-16", or ``None`` when it is
    neither), and whether its declaration, if any, agrees: OOXML parts are UTF-8 or
    UTF-16 (ECMA-376 Part 2, 8.1.4), and libxml2 would follow any other declaration,
    where "<" may not be the byte the elements were counted by."""
    if data.startswith((b"\xff\xfe\x00\x00", b"\x00\x00\xfe\xff")):
        return None, False  # UTF-32
    for marks, codec in (
        ((b"\xff\xfe", b"<\x00"), "utf-16-le"),
        ((b"\xfe\xff", b"\x00<"), "utf-16-be"),
    ):
        if data.startswith(marks):
            head = data[:_DECLARATION_BYTES].decode(codec, errors="replace").lstrip("\ufeff")
            declared = _DECLARED.match(head)
            agrees = declared is None or declared[1].lower() in _UTF16_NAMES
            return "utf-16", agrees
    if not _NARROW_START.match(data):
        return None, False
    head = data[:_DECLARATION_BYTES].decode("latin-1").lstrip("\ufeff\xef\xbb\xbf")
    declared = _DECLARED.match(head)
    return "utf-8", declared is None or declared[1].lower() in _UTF8_NAMES


_DECLARATION_BYTES = 512
_DOCTYPES = tuple("<!DOCTYPE".encode(codec) for codec in ("utf-8", "utf-16-le", "utf-16-be"))
_DECLARED = re.compile(r"\s*<\?xml\b[^>]{0,200}?\bencoding\s*=\s*[\"']([^\"'>]{0,40})[\"']")
_UTF8_NAMES = frozenset({"utf-8", "utf8", "us-ascii", "ascii"})
_UTF16_NAMES = frozenset({"utf-16", "utf16", "utf-16le", "utf-16be"})
_NARROW_START = re.compile(rb"(?:\xef\xbb\xbf)?[ \t\r\n]*<")


def looks_like_xml(data: bytes) -> bool:
    """Whether a part may be XML (so that its elements are counted when it is read)."""
    return _encoding(data)[0] is not None


def parse_xml(
    data: bytes, name: str = "the part", max_elements: int | None = None
) -> etree._Element:
    """Parse a part strictly: no DTD, no entities resolved, no network, libxml2's depth
    and size safeguards kept; :class:`PackageError` naming ``name`` when it is not
    well-formed UTF-8 or UTF-16 XML, nests too deep, or has more than ``max_elements``
    elements and attributes (by default the limit of :class:`PackageLimits`), counted
    before parsing (:func:`node_bound`)."""
    family, agrees = _encoding(data)
    if family is None:
        raise PackageError(f"{name} is not XML in UTF-8 or UTF-16, as OOXML parts are")
    if not agrees:
        raise PackageError(
            f"{name} declares an encoding other than its own {family.upper()}; OOXML "
            "parts are UTF-8 or UTF-16"
        )
    if any(mark in data for mark in _DOCTYPES):
        # Word writes none; a DTD is where entities, and their expansion, come from.
        raise PackageError(f"{name} holds a DTD (<!DOCTYPE …>): Office Open XML parts have none")
    limit = DEFAULT_LIMITS.max_xml_elements if max_elements is None else max_elements
    if node_bound(data) > limit:
        raise limit_error("max_xml_elements", limit, f"{_NODES} of {name}")
    parser = etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=False)
    try:
        return etree.fromstring(data, parser)
    except etree.XMLSyntaxError as error:
        raise PackageError(_syntax_message(name, error)) from None


def _syntax_message(name: str, error: etree.XMLSyntaxError) -> str:
    text = str(error.msg or error)
    lowered = text.lower()
    if "depth" in lowered:
        return (
            f"{name} nests its XML elements more than {XML_MAX_DEPTH} levels deep, beyond "
            "the XML parser's safeguard (no document needs so many): it cannot be read"
        )
    if "huge" in lowered or "too long" in lowered:
        return (
            f"{name} holds a text, name or attribute value longer than the XML parser's "
            f"safeguard of 10,000,000 characters allows: it cannot be read ({text})"
        )
    return f"{name} is not well-formed XML: {text}"


# --- the package -----------------------------------------------------------------------


@attrs.frozen(kw_only=True)
class DocxPackage:
    """The parts of a .docx file, by name (no leading "/")."""

    parts: dict[str, bytes]
    main: str
    #: Part name → content type, from the overrides of [Content_Types].xml.
    content_types: dict[str, str]
    #: Relationship id of the main part → target part name.
    relationships: dict[str, str]
    #: Extension (lower case) → content type, from the defaults of [Content_Types].xml.
    default_types: dict[str, str] = attrs.field(factory=dict)
    #: The limits the package was read under; parsing a part and reading the document's
    #: paragraphs keep to them too.
    limits: PackageLimits = DEFAULT_LIMITS
    #: Parts already parsed by whoever built the package (a renderer that just wrote them).
    parsed: dict[str, etree._Element] = attrs.field(factory=dict, repr=False, eq=False)

    @classmethod
    def open(
        cls, source: str | os.PathLike[str] | bytes, limits: PackageLimits = DEFAULT_LIMITS
    ) -> DocxPackage:
        """Read a .docx from a path or from its bytes, under ``limits``."""
        return read_docx(source, limits)

    @classmethod
    def from_parts(
        cls,
        parts: dict[str, bytes],
        parsed: dict[str, etree._Element] | None = None,
        limits: PackageLimits = DEFAULT_LIMITS,
    ) -> DocxPackage:
        """A package from its parts, as a writer holds them before zipping; ``parsed``
        holds parts the writer has parsed already (they are read, never changed)."""
        overrides, defaults = _content_types(parts, limits)
        main = _main_part(parts, overrides, defaults, limits)
        return cls(
            parts=parts,
            main=main,
            content_types=overrides,
            relationships=_relationships(parts, main, limits),
            default_types=defaults,
            limits=limits,
            parsed=dict(parsed or {}),
        )

    def with_parts(
        self, parts: dict[str, bytes], parsed: dict[str, etree._Element] | None = None
    ) -> DocxPackage:
        """The same package with other contents in its parts (a rendered copy of a
        template): names, content types and relationships are kept, not read again."""
        return attrs.evolve(self, parts=parts, parsed=dict(parsed or {}))

    def content_type(self, name: str) -> str | None:
        """The content type of the part ``name``: its override, else its extension's."""
        return _type_of(name, self.content_types, self.default_types)

    def xml(self, name: str) -> etree._Element | None:
        """The part ``name`` parsed, or ``None`` when the package lacks it."""
        tree = self.parsed.get(name)
        if tree is not None:
            return tree
        data = self.parts.get(name)
        if data is None:
            return None
        return parse_xml(data, f"the part {name}", self.limits.max_xml_elements)


def read_docx(
    source: str | os.PathLike[str] | bytes, limits: PackageLimits = DEFAULT_LIMITS
) -> DocxPackage:
    """Read a .docx from a path or from its bytes, under ``limits``: the one way in for
    every file that comes from outside (checked, fixed, used as a template).

    :class:`PackageError` says what is wrong: not a regular file, a limit reached, not a
    zip, an entry vnreport cannot read, [Content_Types].xml or the main part missing.
    """
    if isinstance(source, bytes | bytearray | memoryview):
        data = bytes(source)
    else:
        data = read_file(source, limits)
    return DocxPackage.from_parts(read_entries(data, limits), limits=limits)


def _content_types(
    parts: Mapping[str, bytes], limits: PackageLimits
) -> tuple[dict[str, str], dict[str, str]]:
    types = parts.get(_CONTENT_TYPES)
    if types is None:
        raise PackageError("not a .docx file: it has no [Content_Types].xml")
    root: Any = parse_xml(types, _CONTENT_TYPES, limits.max_xml_elements)
    overrides: dict[str, str] = {}
    defaults: dict[str, str] = {}
    for element in root:
        tag = str(element.tag)
        if tag.endswith("}Override"):
            overrides[str(element.get("PartName", "")).lstrip("/")] = str(
                element.get("ContentType", "")
            )
        elif tag.endswith("}Default"):
            defaults[str(element.get("Extension", "")).lower()] = str(
                element.get("ContentType", "")
            )
    return overrides, defaults


def _type_of(name: str, overrides: Mapping[str, str], defaults: Mapping[str, str]) -> str | None:
    found = overrides.get(name)
    if found is not None:
        return found
    extension = name.rpartition("/")[2].rpartition(".")
    return defaults.get(extension[2].lower()) if extension[1] else None


def _main_part(
    parts: Mapping[str, bytes],
    overrides: Mapping[str, str],
    defaults: Mapping[str, str],
    limits: PackageLimits,
) -> str:
    """The main part, found as OPC finds it: the officeDocument relationship of the
    package; a package without one is searched for a part of a Word main type."""
    named = _office_document(parts, limits)
    if named is not None:
        if named not in parts:
            raise PackageError(
                f"not a Word document: its main part {named} (named in _rels/.rels) is missing"
            )
        kind = _type_of(named, overrides, defaults)
        if kind not in WORD_MAIN_TYPES:
            family = next(
                (label for key, label in _OTHER_KINDS.items() if key in (kind or "")), None
            )
            what = family or f"a part of type {kind!r}"
            raise PackageError(f"not a Word document: its main part {named} is {what}")
        return named
    found = next(
        (name for name, kind in overrides.items() if kind in WORD_MAIN_TYPES and name in parts),
        None,
    )
    if found is None:
        raise PackageError("not a Word document: it has no main document part")
    return found


def _office_document(parts: Mapping[str, bytes], limits: PackageLimits) -> str | None:
    data = parts.get(_PACKAGE_RELATIONSHIPS)
    if data is None:
        return None
    for _id, kind, target in _relationship_entries(data, _PACKAGE_RELATIONSHIPS, "", limits):
        if kind in _OFFICE_DOCUMENT:
            return target
    return None


def _relationships(parts: Mapping[str, bytes], main: str, limits: PackageLimits) -> dict[str, str]:
    folder, _, name = main.rpartition("/")
    source = f"{folder}/_rels/{name}.rels" if folder else f"_rels/{name}.rels"
    data = parts.get(source)
    if data is None:
        return {}
    return {
        identifier: target
        for identifier, _kind, target in _relationship_entries(data, source, folder, limits)
    }


def _relationship_entries(
    data: bytes, source: str, folder: str, limits: PackageLimits
) -> Iterator[tuple[str, str, str]]:
    """``(id, type, target part)`` of each internal relationship in the part ``source``,
    whose targets are relative to ``folder``."""
    root: Any = parse_xml(data, f"the relationships part {source}", limits.max_xml_elements)
    for element in root.iter(f"{{{_RELATIONSHIPS}}}Relationship"):
        if element.get("TargetMode") == "External":
            continue
        target = str(element.get("Target", ""))
        identifier = str(element.get("Id"))
        resolved = resolve_target(folder, target)
        if resolved is None:
            raise PackageError(
                f"the relationship {identifier} of {source} points outside the package "
                f"({target!r}): a part can only name another part of the same file"
            )
        yield identifier, str(element.get("Type", "")), resolved


def resolve_target(folder: str, target: str) -> str | None:
    """The part name a relationship's target names, relative to ``folder`` (or to the
    package's root when it starts with "/"); ``None`` when it climbs out of the package.
    Names stay names inside the zip: nothing is ever looked up on disk.

    >>> resolve_target("word", "media/../styles.xml")
    'word/styles.xml'
    >>> resolve_target("word", "/customXml/item1.xml")
    'customXml/item1.xml'
    >>> resolve_target("word", "../../etc/passwd") is None
    True
    """
    path = target.split("#", 1)[0]
    base = [] if path.startswith("/") or not folder else folder.split("/")
    segments: list[str] = list(base)
    for segment in path.split("/"):
        if segment in ("", "."):
            continue
        if segment == "..":
            if not segments:
                return None
            segments.pop()
        else:
            segments.append(segment)
    return "/".join(segments)
