"""A .docx package: its parts, its content types and the relationships of its main part."""

from __future__ import annotations

import io
import posixpath
import zipfile
from pathlib import Path
from typing import Any

import attrs
from lxml import etree

from vnreport.errors import PackageError

__all__ = ["DocxPackage", "parse_xml"]

_MAIN_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"
_RELATIONSHIPS = "http://schemas.openxmlformats.org/package/2006/relationships"
#: A .docx part larger than this (uncompressed) is refused: no real document needs it,
#: and a small zip can otherwise expand to fill the memory.
MAX_PART_SIZE = 64 * 1024 * 1024


def parse_xml(data: bytes) -> etree._Element:
    """Parse a part strictly, with no entities resolved and no network access."""
    parser = etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=False)
    return etree.fromstring(data, parser)


@attrs.frozen(kw_only=True)
class DocxPackage:
    """The parts of a .docx file, by name (no leading "/")."""

    parts: dict[str, bytes]
    main: str
    #: Part name → content type, from the overrides of [Content_Types].xml.
    content_types: dict[str, str]
    #: Relationship id of the main part → target part name.
    relationships: dict[str, str]
    #: Parts already parsed by whoever built the package (a renderer that just wrote them).
    parsed: dict[str, etree._Element] = attrs.field(factory=dict, repr=False, eq=False)

    @classmethod
    def open(cls, source: str | Path | bytes) -> DocxPackage:
        """Read a .docx from a path or from its bytes."""
        try:
            data = source if isinstance(source, bytes) else Path(source).read_bytes()
        except OSError as error:
            raise PackageError(f"cannot read {str(source)!r}: {error.strerror}") from None
        try:
            with zipfile.ZipFile(io.BytesIO(data)) as archive:
                parts: dict[str, bytes] = {}
                for info in archive.infolist():
                    if info.file_size > MAX_PART_SIZE:
                        raise PackageError(
                            f"the part {info.filename} is too large to be a document"
                        )
                    parts[info.filename] = archive.read(info)
        except (zipfile.BadZipFile, ValueError, EOFError) as error:
            raise PackageError(f"not a .docx file (not a zip archive): {error}") from None
        return cls.from_parts(parts)

    @classmethod
    def from_parts(
        cls, parts: dict[str, bytes], parsed: dict[str, etree._Element] | None = None
    ) -> DocxPackage:
        """A package from its parts, as a writer holds them before zipping; ``parsed``
        holds parts the writer has parsed already (they are read, never changed)."""
        content_types = _content_types(parts)
        main = next(
            (name for name, kind in content_types.items() if kind == _MAIN_TYPE and name in parts),
            None,
        )
        if main is None:
            raise PackageError("not a Word document: it has no main document part")
        return cls(
            parts=parts,
            main=main,
            content_types=content_types,
            relationships=_relationships(parts, main),
            parsed=dict(parsed or {}),
        )

    def with_parts(
        self, parts: dict[str, bytes], parsed: dict[str, etree._Element] | None = None
    ) -> DocxPackage:
        """The same package with other contents in its parts (a rendered copy of a
        template): names, content types and relationships are kept, not read again."""
        return attrs.evolve(self, parts=parts, parsed=dict(parsed or {}))

    def xml(self, name: str) -> etree._Element | None:
        """The part ``name`` parsed, or ``None`` when the package lacks it."""
        tree = self.parsed.get(name)
        if tree is not None:
            return tree
        data = self.parts.get(name)
        if data is None:
            return None
        try:
            return parse_xml(data)
        except etree.XMLSyntaxError as error:
            raise PackageError(f"the part {name} is not well-formed XML: {error}") from None


def _content_types(parts: dict[str, bytes]) -> dict[str, str]:
    types = parts.get("[Content_Types].xml")
    if types is None:
        raise PackageError("not a .docx file: it has no [Content_Types].xml")
    try:
        root: Any = parse_xml(types)
    except etree.XMLSyntaxError as error:
        raise PackageError(f"[Content_Types].xml is not well-formed XML: {error}") from None
    return {
        str(element.get("PartName", "")).lstrip("/"): str(element.get("ContentType", ""))
        for element in root
        if str(element.tag).endswith("}Override")
    }


def _relationships(parts: dict[str, bytes], main: str) -> dict[str, str]:
    folder, name = posixpath.split(main)
    data = parts.get(posixpath.join(folder, "_rels", f"{name}.rels"))
    if data is None:
        return {}
    try:
        root: Any = parse_xml(data)
    except etree.XMLSyntaxError as error:
        raise PackageError(
            f"the relationships of {main} are not well-formed XML: {error}"
        ) from None
    targets = {}
    for element in root.iter(f"{{{_RELATIONSHIPS}}}Relationship"):
        if element.get("TargetMode") == "External":
            continue
        target = posixpath.normpath(posixpath.join(folder, str(element.get("Target", ""))))
        targets[str(element.get("Id"))] = target.lstrip("/")
    return targets
