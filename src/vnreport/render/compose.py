"""Several rendered documents in one .docx, each on its own pages with its own numbering.

An office that prints a batch at once (300 giấy mời, a quyết định for each household)
wants one file: :func:`join_docx` takes the rendered .docx files in order and returns one
package in which every document starts on a new page and numbers its pages from 1, the
first page unnumbered as Nghị định 30 asks (Phụ lục I, I.7).

Why section breaks
    A WordprocessingML section carries the page size and orientation, the margins, the
    headers and footers and the page numbering. A page break would start a new page but
    keep one numbering and one set of headers for the whole batch; a section break
    (``w:sectPr`` of type ``nextPage``, the default) starts a new page *and* a new set of
    properties. Each document's own sections are kept as they are (a kế hoạch's landscape
    appendix stays landscape); the section that closed a document's body
    (``w:body/w:sectPr``) moves into the pPr of its last paragraph, so it now closes that
    document only, and the next document's sections follow.

Why ``w:pgNumType w:start="1"``
    Numbering continues from section to section unless a section restarts it: the first
    section of every document gets ``w:pgNumType w:start="1"``, so each document counts
    its own pages (its appendices already restart at 1, Phụ lục I, III.1). The "different
    first page" of the decree (``w:titlePg``, an empty first-page header) applies to the
    first page of each section, hence of each document, as it did alone. A later
    document's first section that lacks a header or footer would inherit the previous
    document's: it is given an empty one, as it had alone.

How relationships are remapped
    The first document's package is the base: its styles, settings, font table,
    numbering, theme and properties are the joined file's. A later document's body and
    sections name parts by relationship id (``r:id`` of headers, footers, images,
    hyperlinks). Each id is looked up in the document's own relationships and its target
    brought into the joined package: a part byte-identical to one already there (with
    the same relationships of its own) is shared — a batch from one template keeps one
    page-number header — and any other is copied under a free name of the same kind
    (``word/footer3.xml``), with its own relationships copied along. The joined main
    part then gets a relationship to it, reusing an identical one where it exists, else a
    new ``rIdN``, and the reference is rewritten. Styles a later document uses are
    shared, copied or renamed (:mod:`vnreport.render.style_merge`); list numbering,
    footnotes, endnotes and comments that the base does not hold identically are refused
    with a :class:`~vnreport.errors.RenderError` naming the document, never silently
    dropped. Bookmark and drawing ids are renumbered so they stay unique.

Every input is read with the defensive reader (:func:`vnreport.ooxml.package.read_docx`,
under ``limits``), and the output is zipped by
:func:`vnreport.ooxml.archive.write_package`: the same documents give the same bytes.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterator, Sequence
from typing import Any

import attrs
from lxml import etree

from vnreport.errors import PackageError, RenderError
from vnreport.limits import PackageLimits
from vnreport.ooxml.archive import write_package
from vnreport.ooxml.names import R_NS, W_NS, w
from vnreport.ooxml.order import insert_in_order
from vnreport.ooxml.package import (
    DEFAULT_LIMITS,
    DocxPackage,
    parse_xml,
    read_docx,
    resolve_target,
)
from vnreport.render.style_merge import (
    StyleMap,
    StyleMerger,
    apply_styles,
    numbering_ids,
    style_ids,
)

__all__ = ["join_docx"]

_RELS_NS = "http://schemas.openxmlformats.org/package/2006/relationships"
_TYPES_NS = "http://schemas.openxmlformats.org/package/2006/content-types"
_WP_NS = "http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing"
_OFFICE_NS = "urn:schemas-microsoft-com:office:office"
_REL_TYPES = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
_CONTENT_TYPES = "[Content_Types].xml"
_WORDML = "wordprocessingml"
_PART_TYPES = {
    "header": f"application/vnd.openxmlformats-officedocument.{_WORDML}.header+xml",
    "footer": f"application/vnd.openxmlformats-officedocument.{_WORDML}.footer+xml",
}
_ROOTS = {"header": "hdr", "footer": "ftr"}
# What a later document may not bring: its notes and comments live in parts of the main
# document that the joined file takes from the first one.
_NOT_JOINED = {
    w("footnoteReference"): "footnotes",
    w("endnoteReference"): "endnotes",
    w("commentReference"): "comments",
    w("commentRangeStart"): "comments",
}
_TRUE = (None, "1", "true", "on")
_NUMBERED_NAME = re.compile(r"^(?P<stem>.*?)(?P<number>\d*)(?P<extension>\.[^./]*)?$")


def join_docx(parts: Sequence[bytes], *, limits: PackageLimits | None = None) -> bytes:
    """One .docx holding the documents ``parts`` (the bytes of rendered .docx files),
    in order, each starting on a new page and numbering its pages from 1.

    The first document's package is the base (styles, settings, numbering, theme,
    properties); each later document's sections, headers, footers and images are kept.
    Every part is read under ``limits`` (the default :class:`PackageLimits` when
    ``None``). :class:`RenderError` names the document (``document 3 of 5``) when one is
    not a .docx or brings what one file cannot hold; ``TypeError`` when one is not bytes.
    """
    if isinstance(parts, bytes | bytearray | memoryview | str):
        raise TypeError("join_docx takes a sequence of .docx files' bytes, not one file")
    items = list(parts)
    if not items:
        raise RenderError("nothing to join: join_docx needs at least one .docx file")
    total = len(items)
    packages = [
        _read(f"document {number} of {total}", data, limits or DEFAULT_LIMITS)
        for number, data in enumerate(items, 1)
    ]
    joined = _Joined(packages[0])
    for number, package in enumerate(packages, 1):
        joined.add(_Source(number, f"document {number} of {total}", package))
    return joined.finish()


def _read(label: str, data: object, limits: PackageLimits) -> DocxPackage:
    if not isinstance(data, bytes | bytearray | memoryview):
        raise TypeError(f"{label} is a {type(data).__name__}, not the bytes of a .docx file")
    try:
        return read_docx(bytes(data), limits)
    except PackageError as error:
        raise RenderError(f"cannot join {label}: {error}") from error


@attrs.frozen
class _Relationship:
    type: str
    #: The part it names (a name in the package), or the external address.
    target: str
    external: bool


@attrs.define
class _Source:
    """One document being added, and what of it has been brought in so far."""

    number: int
    label: str
    package: DocxPackage
    styles: StyleMap = attrs.field(factory=StyleMap)
    #: Its part name → the joined package's, for the parts already brought in.
    parts: dict[str, str] = attrs.field(factory=dict)
    #: Its parts parsed (the WordprocessingML ones its body reaches).
    trees: dict[str, etree._Element] = attrs.field(factory=dict)
    #: Its main part's relationship ids → the joined main part's.
    ids: dict[str, str] = attrs.field(factory=dict)
    #: The parts being brought in (a relationship cycle would never end).
    importing: set[str] = attrs.field(factory=set)

    def parse(self, name: str) -> etree._Element:
        tree = self.trees.get(name)
        if tree is None:
            data = self.package.parts[name]
            tree = parse_xml(data, f"the part {name} of {self.label}", _elements(self.package))
            self.trees[name] = tree
        return tree

    def relationships(self, name: str) -> dict[str, _Relationship]:
        """The relationships of the part ``name``, by id, in the file's order."""
        return _relationships(self.package, name, self.label)


class _Joined:
    """The package being built. Mutable, and local to one :func:`join_docx` call."""

    def __init__(self, base: DocxPackage) -> None:
        self.base = base
        self.main = base.main
        self.folder = base.main.rpartition("/")[0]
        self.parts: dict[str, bytes] = dict(base.parts)
        self.names = {name.casefold() for name in self.parts}
        self.counters: dict[tuple[str, str], int] = {}
        label = "document 1"
        self.root = parse_xml(base.parts[base.main], f"the main part of {label}", _elements(base))
        self.content: list[etree._Element] = []
        self.closing: etree._Element | None = None
        # The main part's relationships.
        rels = base.parts.get(_rels_name(self.main))
        self.rels = (
            parse_xml(rels, f"the relationships of {label}", _elements(base))
            if rels is not None
            else _new_relationships()
        )
        self.rel_ids = {str(r.get("Id")) for r in self.rels}
        self.rel_index: dict[tuple[str, str, bool], str] = {}
        for identifier, rel in _relationships(base, self.main, label).items():
            self.rel_index.setdefault((rel.type, rel.target, rel.external), identifier)
        self.types = parse_xml(
            base.parts[_CONTENT_TYPES], f"{_CONTENT_TYPES} of {label}", _elements(base)
        )
        # The parts of the base, by content and relationships, for sharing.
        self.shared: dict[tuple[object, ...], str] = {}
        self._index(_Source(1, label, base), self.main, set())
        styles_name = self._main_target("styles")
        styles = None if styles_name is None else base.parts.get(styles_name)
        self.styles_name = styles_name
        sheet = (
            None if styles is None else parse_xml(styles, f"the styles of {label}", _elements(base))
        )
        self.styles = StyleMerger(sheet, styles)
        numbering = self._main_target("numbering")
        self.numbering = None if numbering is None else base.parts.get(numbering)
        settings_name = self._main_target("settings")
        settings = None if settings_name is None else base.xml(settings_name)
        self.even_and_odd = settings is not None and _on(settings.find(w("evenAndOddHeaders")))
        self.bookmark_names: set[str] = set()
        self.next_bookmark = 0
        self.next_drawing = 1
        self.empty_parts: dict[str, str] = {}

    # --- adding a document -------------------------------------------------------------

    def add(self, source: _Source) -> None:
        """Append ``source``'s body, its sections closed, after what is there."""
        root = self.root if source.number == 1 else source.parse(source.package.main)
        body = root.find(w("body"))
        if body is None:
            raise RenderError(f"cannot join {source.label}: its main part has no w:body")
        if source.number > 1:
            self._bring_in(source, body)
        self._number_ids(body, renumber=source.number > 1)
        content = list(body)
        closing = content.pop() if content and content[-1].tag == w("sectPr") else None
        if closing is None:
            closing = etree.Element(w("sectPr"))
        first = next(
            (
                section
                for element in content
                if element.tag == w("p")
                for section in element.iterfind(f"{w('pPr')}/{w('sectPr')}")
            ),
            closing,
        )
        self._restart(source, first)
        if self.closing is not None:
            self._close_section()
        self.content.extend(content)
        self.closing = closing

    def _bring_in(self, source: _Source, body: etree._Element) -> None:
        """Make a later document's body refer to the joined package's parts and styles."""
        for tag, what in _NOT_JOINED.items():
            if next(body.iter(tag), None) is not None:
                raise RenderError(
                    f"cannot join {source.label}: it has {what} ({_prefixed(tag)}), which "
                    "a joined file takes from document 1 only"
                )
        rels = source.relationships(source.package.main)
        reached = list(self._reached(source, body, rels))
        trees = [body, *reached]
        styles_name = _target_of(rels, "styles")
        styles_data = None if styles_name is None else source.package.parts.get(styles_name)
        styles_root = None if styles_data is None else source.parse(str(styles_name))
        source.styles = self.styles.merge(source.label, styles_data, styles_root, style_ids(trees))
        used = numbering_ids(trees) | source.styles.num_ids
        numbering_name = _target_of(rels, "numbering")
        numbering = None if numbering_name is None else source.package.parts.get(numbering_name)
        if used and numbering != self.numbering:
            raise RenderError(
                f"cannot join {source.label}: its lists (w:numId {', '.join(sorted(used))}) "
                "are defined in a numbering part other than document 1's, which the "
                "joined file keeps; join documents made from the same template"
            )
        apply_styles(body, source.styles)
        for element, attribute in _references(body):
            old = str(element.get(attribute))
            element.set(attribute, self._relationship(source, rels, old))

    def _reached(
        self, source: _Source, body: etree._Element, rels: dict[str, _Relationship]
    ) -> Iterator[etree._Element]:
        """The WordprocessingML parts (headers, footers) the body refers to, parsed."""
        seen: set[str] = set()
        todo = [
            rels[str(element.get(attribute))].target
            for element, attribute in _references(body)
            if str(element.get(attribute)) in rels
            and not rels[str(element.get(attribute))].external
        ]
        while todo:
            name = todo.pop(0)
            if name in seen or not _is_wordml(source.package, name):
                continue
            seen.add(name)
            if name in source.package.parts:
                yield source.parse(name)
                todo.extend(
                    rel.target for rel in source.relationships(name).values() if not rel.external
                )

    def _relationship(self, source: _Source, rels: dict[str, _Relationship], old: str) -> str:
        """The joined main part's id for the relationship ``old`` of ``source``'s."""
        done = source.ids.get(old)
        if done is not None:
            return done
        rel = rels.get(old)
        if rel is None:
            raise RenderError(
                f"cannot join {source.label}: its main part names the relationship {old!r}, "
                "which it does not have"
            )
        target = rel.target if rel.external else self._part(source, rel.target)
        new = self._link(rel.type, target, rel.external)
        source.ids[old] = new
        return new

    def _link(self, kind: str, target: str, external: bool) -> str:
        """A relationship of the joined main part: an identical one, or a new ``rIdN``."""
        key = (kind, target, external)
        found = self.rel_index.get(key)
        if found is not None:
            return found
        number = 1 + max(
            (int(i[3:]) for i in self.rel_ids if i.startswith("rId") and i[3:].isdigit()),
            default=0,
        )
        while f"rId{number}" in self.rel_ids:
            number += 1
        identifier = f"rId{number}"
        element = etree.SubElement(self.rels, f"{{{_RELS_NS}}}Relationship")
        element.set("Id", identifier)
        element.set("Type", kind)
        element.set("Target", target if external else _relative(self.folder, target))
        if external:
            element.set("TargetMode", "External")
        self.rel_ids.add(identifier)
        self.rel_index[key] = identifier
        return identifier

    def _part(self, source: _Source, name: str) -> str:
        """The joined package's name of ``source``'s part ``name``: an identical part
        already there, or a copy under a free name (its own relationships copied too)."""
        done = source.parts.get(name)
        if done is not None:
            return done
        if name in source.importing:
            raise RenderError(
                f"cannot join {source.label}: the relationships of its part {name} form a cycle"
            )
        data = source.package.parts.get(name)
        if data is None:
            raise RenderError(
                f"cannot join {source.label}: a relationship names the part {name}, "
                "which the file does not have"
            )
        kind = source.package.content_type(name)
        if kind is None:
            raise RenderError(f"cannot join {source.label}: its part {name} has no content type")
        source.importing.add(name)
        if (
            not source.styles.identity
            and _is_wordml(source.package, name)
            and apply_styles(source.parse(name), source.styles)
        ):
            data = _serialize(source.parse(name))
        folder = name.rpartition("/")[0]
        links = []
        for identifier, rel in source.relationships(name).items():
            target = rel.target if rel.external else self._part(source, rel.target)
            links.append((identifier, rel.type, target, rel.external))
        source.importing.discard(name)
        key = (kind, hashlib.sha256(data).digest(), tuple(links))
        joined = self.shared.get(key)
        if joined is None:
            joined = self._free_name(name)
            self.parts[joined] = data
            if links:
                self.parts[_rels_name(joined)] = _relationships_xml(links, folder)
            self._declare(joined, kind, overridden=name in source.package.content_types)
            self.shared[key] = joined
        source.parts[name] = joined
        return joined

    def _index(self, source: _Source, name: str, seen: set[str]) -> None:
        """Record the base's parts reached from ``name``, to share them."""
        for rel in source.relationships(name).values():
            target = rel.target
            if rel.external or target in seen or target not in self.base.parts:
                continue
            seen.add(target)
            self._index(source, target, seen)
            links = tuple(
                (identifier, child.type, child.target, child.external)
                for identifier, child in source.relationships(target).items()
            )
            data = self.base.parts[target]
            key = (self.base.content_type(target), hashlib.sha256(data).digest(), links)
            self.shared.setdefault(key, target)

    # --- sections ----------------------------------------------------------------------

    def _restart(self, source: _Source, section: etree._Element) -> None:
        """Make a document's first section start a page, numbered 1, with its own
        headers and footers."""
        numbering = section.find(w("pgNumType"))
        if numbering is None:
            numbering = insert_in_order(section, etree.Element(w("pgNumType")))
        numbering.set(w("start"), "1")
        if source.number == 1:
            return
        start = section.find(w("type"))
        if start is not None and start.get(w("val")) in ("continuous", "nextColumn"):
            start.set(w("val"), "nextPage")
        needed = ["default"]
        if _on(section.find(w("titlePg"))):
            needed.append("first")
        if self.even_and_odd:
            needed.append("even")
        for kind in ("header", "footer"):
            tag = w(f"{kind}Reference")
            present = {ref.get(w("type"), "default") for ref in section.iterfind(tag)}
            for missing in (name for name in needed if name not in present):
                reference = etree.Element(tag)
                reference.set(w("type"), missing)
                reference.set(f"{{{R_NS}}}id", self._empty(kind))
                references = section.findall(w("headerReference")) + section.findall(tag)
                section.insert(section.index(references[-1]) + 1 if references else 0, reference)

    def _empty(self, kind: str) -> str:
        """The relationship id of an empty header or footer, made once."""
        found = self.empty_parts.get(kind)
        if found is None:
            name = self._free_name(f"{self.folder}/{kind}1.xml")
            root = etree.Element(w(_ROOTS[kind]), nsmap={"w": W_NS})
            etree.SubElement(root, w("p"))
            self.parts[name] = _serialize(root)
            self._add_type(f"{{{_TYPES_NS}}}Override", "PartName", f"/{name}", _PART_TYPES[kind])
            found = self._link(f"{_REL_TYPES}{kind}", name, external=False)
            self.empty_parts[kind] = found
        return found

    def _close_section(self) -> None:
        """The section that closed the previous document's body now closes its last
        paragraph (a new empty one when it ends with a table)."""
        assert self.closing is not None
        last = self.content[-1] if self.content else None
        if last is None or last.tag != w("p") or last.find(f"{w('pPr')}/{w('sectPr')}") is not None:
            last = etree.Element(w("p"))
            self.content.append(last)
        properties = last.find(w("pPr"))
        if properties is None:
            properties = etree.Element(w("pPr"))
            last.insert(0, properties)
        insert_in_order(properties, self.closing)

    def _number_ids(self, body: etree._Element, *, renumber: bool) -> None:
        """Keep bookmark and drawing ids unique in the joined body."""
        marks = list(body.iter(w("bookmarkStart"), w("bookmarkEnd")))
        numbers = {_number(mark.get(w("id"))) for mark in marks} - {None}
        if renumber and numbers:
            offset = self.next_bookmark - min(n for n in numbers if n is not None)
            for mark in marks:
                value = _number(mark.get(w("id")))
                if value is not None:
                    mark.set(w("id"), str(value + offset))
            numbers = {n + offset for n in numbers if n is not None}
        if numbers:
            self.next_bookmark = 1 + max(n for n in numbers if n is not None)
        renamed: dict[str, str] = {}
        for mark in body.iter(w("bookmarkStart")):
            name = str(mark.get(w("name"), ""))
            if renumber and name.casefold() in self.bookmark_names:
                new, number = name, 2
                while new.casefold() in self.bookmark_names:
                    new, number = f"{name}_{number}", number + 1
                renamed[name] = new
                mark.set(w("name"), new)
                name = new
            self.bookmark_names.add(name.casefold())
        for link in body.iter(w("hyperlink")):
            anchor = link.get(w("anchor"))
            if anchor in renamed:
                link.set(w("anchor"), renamed[anchor])
        for drawing in body.iter(f"{{{_WP_NS}}}docPr"):
            if renumber:
                drawing.set("id", str(self.next_drawing))
            self.next_drawing = max(self.next_drawing, (_number(drawing.get("id")) or 0) + 1)

    # --- the package -------------------------------------------------------------------

    def finish(self) -> bytes:
        """The joined package's bytes."""
        body = self.root.find(w("body"))
        assert body is not None  # found when the first document was added
        assert self.closing is not None
        for child in list(body):
            body.remove(child)
        body.extend(self.content)
        body.append(self.closing)
        self.parts[self.main] = _serialize(self.root)
        if len(self.rels):
            self.parts[_rels_name(self.main)] = _serialize(self.rels)
        self.parts[_CONTENT_TYPES] = _serialize(self.types)
        if self.styles.changed and self.styles.root is not None and self.styles_name:
            self.parts[self.styles_name] = _serialize(self.styles.root)
        return write_package(self.parts.items())

    def _main_target(self, kind: str) -> str | None:
        return _target_of(_relationships(self.base, self.main, "document 1"), kind)

    def _free_name(self, name: str) -> str:
        """A part name of the same kind as ``name`` that the package does not use."""
        folder, _, file = name.rpartition("/")
        match = _NUMBERED_NAME.match(file)
        assert match is not None  # the pattern matches any name
        stem = f"{folder}/{match['stem']}" if folder else match["stem"]
        extension = match["extension"] or ""
        number = self.counters.get((stem, extension), 1)
        while f"{stem}{number}{extension}".casefold() in self.names:
            number += 1
        self.counters[(stem, extension)] = number + 1
        found = f"{stem}{number}{extension}"
        self.names.add(found.casefold())
        return found

    def _declare(self, name: str, kind: str, *, overridden: bool) -> None:
        """Give the copied part ``name`` its content type in the joined package (an
        override where its source had one, or where its extension means another type)."""
        extension = name.rpartition("/")[2].rpartition(".")[2].lower()
        defaults = {
            str(e.get("Extension", "")).lower(): str(e.get("ContentType"))
            for e in self.types.iterfind(f"{{{_TYPES_NS}}}Default")
        }
        by_extension = not overridden and "." in name
        if by_extension and defaults.get(extension) == kind:
            return
        if by_extension and extension not in defaults:
            self._add_type(f"{{{_TYPES_NS}}}Default", "Extension", extension, kind)
            return
        self._add_type(f"{{{_TYPES_NS}}}Override", "PartName", f"/{name}", kind)

    def _add_type(self, tag: str, key: str, value: str, kind: str) -> None:
        element = etree.Element(tag)
        element.set(key, value)
        element.set("ContentType", kind)
        if tag.endswith("}Default"):
            # The schema lists the defaults before the overrides.
            overrides = self.types.find(f"{{{_TYPES_NS}}}Override")
            if overrides is not None:
                overrides.addprevious(element)
                return
        self.types.append(element)


# --- helpers ---------------------------------------------------------------------------


def _elements(package: DocxPackage) -> int:
    return package.limits.max_xml_elements


def _rels_name(name: str) -> str:
    folder, _, file = name.rpartition("/")
    return f"{folder}/_rels/{file}.rels" if folder else f"_rels/{file}.rels"


def _relationships(package: DocxPackage, name: str, label: str) -> dict[str, _Relationship]:
    data = package.parts.get(_rels_name(name))
    if data is None:
        return {}
    root = parse_xml(data, f"the relationships of {name} in {label}", _elements(package))
    folder = name.rpartition("/")[0]
    found: dict[str, _Relationship] = {}
    for element in root.iter(f"{{{_RELS_NS}}}Relationship"):
        identifier, target = str(element.get("Id", "")), str(element.get("Target", ""))
        external = element.get("TargetMode") == "External"
        if not external:
            resolved = resolve_target(folder, target)
            if resolved is None:
                raise RenderError(
                    f"cannot join {label}: the relationship {identifier} of {name} points "
                    f"outside the package ({target!r})"
                )
            target = resolved
        found[identifier] = _Relationship(str(element.get("Type", "")), target, external)
    return found


def _target_of(rels: dict[str, _Relationship], kind: str) -> str | None:
    """The part of the relationship of type ``…/kind`` (styles, numbering, settings)."""
    return next(
        (
            rel.target
            for rel in rels.values()
            if not rel.external and rel.type.rpartition("/")[2] == kind
        ),
        None,
    )


def _new_relationships() -> etree._Element:
    namespaces: Any = {None: _RELS_NS}  # the default namespace: lxml's key is None
    return etree.Element(f"{{{_RELS_NS}}}Relationships", nsmap=namespaces)


def _relationships_xml(links: list[tuple[str, str, str, bool]], folder: str) -> bytes:
    root = _new_relationships()
    for identifier, kind, target, external in links:
        element = etree.SubElement(root, f"{{{_RELS_NS}}}Relationship")
        element.set("Id", identifier)
        element.set("Type", kind)
        element.set("Target", target if external else _relative(folder, target))
        if external:
            element.set("TargetMode", "External")
    return _serialize(root)


def _relative(folder: str, name: str) -> str:
    """The target naming the part ``name`` from a part in ``folder``."""
    if folder and name.startswith(f"{folder}/"):
        return name[len(folder) + 1 :]
    return f"/{name}"


def _references(tree: etree._Element) -> Iterator[tuple[etree._Element, str]]:
    """Each attribute of ``tree`` that holds a relationship id (``r:id``, ``r:embed`` …,
    and VML's ``o:relid``)."""
    for element in tree.iter():
        for attribute in element.attrib:
            name = str(attribute)
            if name.startswith(f"{{{R_NS}}}") or name == f"{{{_OFFICE_NS}}}relid":
                yield element, name


def _is_wordml(package: DocxPackage, name: str) -> bool:
    kind = package.content_type(name) or ""
    return _WORDML in kind and kind.endswith("+xml")


def _on(element: etree._Element | None) -> bool:
    return element is not None and element.get(w("val")) in _TRUE


def _number(value: str | None) -> int | None:
    return int(value) if value is not None and value.isascii() and value.isdigit() else None


def _prefixed(tag: str) -> str:
    return f"w:{tag.rpartition('}')[2]}"


def _serialize(root: etree._Element) -> bytes:
    return etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True)
